"""A plain install (no extras): every command and import that needs an extra says which one, in
one line, without a traceback. A module of the extra is hidden (``sys.modules[name] = None``, as
if it were not installed): the command line runs in fresh interpreters (started together, so
they cost about one start), the rest in process, with ``sys.modules`` put back after."""

from __future__ import annotations

import importlib
import importlib.metadata
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fireworks_client import FireworksError, MissingExtraError, _cli, demo
from fireworks_client._extras import EXTRAS, missing_extra

ROOT = Path(__file__).resolve().parents[1]
REQUEST = {
    "custom_id": "a",
    "method": "POST",
    "url": "/v1/chat/completions",
    "body": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
}


def said(what: str, extra: str, hidden: str) -> str:
    return (
        f"{what} needs the {extra!r} extra: pip install 'fireworks-client[{extra}]' "
        f"(no module named {hidden!r})"
    )


@pytest.fixture(scope="module")
def jobs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("extras")
    source = tmp / "requests.jsonl"
    source.write_text(json.dumps(REQUEST) + "\n")
    return source, tmp / "results.jsonl"


# --- the command line, as a user runs it ----------------------------------------------------

# name: (hidden module, argv, the line). uvicorn: imported last of the mock's modules.
COMMANDS = {
    "--mock chat": ("jsonschema", ["--mock", "chat", "hi"], said("--mock", "mock", "jsonschema")),
    "mock": ("uvicorn", ["mock", "--port", "0"], said("the mock server", "mock", "uvicorn")),
    "bulk --progress bar": (
        "rich",
        ["--api-key", "k", "--base-url", "http://127.0.0.1:9", "bulk", "--progress", "bar"],
        said("progress='bar'", "progress", "rich"),
    ),
}


@pytest.fixture(scope="module")
def ran(jobs: tuple[Path, Path]) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every command, started at once, with its module hidden."""
    started = {}
    for name, (hidden, argv, _) in COMMANDS.items():
        args = [*argv, *map(str, jobs)] if "bulk" in argv else argv
        code = (
            f"import sys\nsys.modules[{hidden!r}] = None\n"
            f"sys.argv = ['fireworks-client', *{args!r}]\n"
            "from fireworks_client._cli import main\nsys.exit(main())\n"
        )
        started[name] = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=jobs[0].parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    done = {}
    for name, process in started.items():
        out, err = process.communicate(timeout=60)
        done[name] = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    return done


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_says_which_extra_in_one_line(
    name: str, ran: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    result = ran[name]
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr == f"fireworks-client: {COMMANDS[name][2]}\n"
    assert result.returncode == _cli.EXIT_USAGE and result.stdout == ""


# --- in process ------------------------------------------------------------------------------


@pytest.fixture
def hide() -> Iterator[Callable[[str], None]]:
    """Hides a module (and its submodules) as if it were not installed, and the mock as if
    never imported; every module is put back after (the mock's modules imported meanwhile are
    dropped)."""
    saved = dict(sys.modules)

    def hide(name: str) -> None:
        for module in list(sys.modules):
            if any(
                module == m or module.startswith(m + ".") for m in ("fireworks_client.mock", name)
            ):
                del sys.modules[module]
        sys.modules[name] = None  # the import system's "not installed"

    yield hide
    for module in set(sys.modules) - set(saved):
        del sys.modules[module]
    sys.modules.update(saved)


@pytest.mark.parametrize(
    ("module", "hidden"),
    [
        ("fireworks_client.mock", "jsonschema_rs"),
        ("fireworks_client.mock.pytest_plugin", "starlette"),
    ],
)
def test_an_import_raises_a_fireworks_import_error_naming_the_extra(
    module: str, hidden: str, hide: Callable[[str], None]
) -> None:
    hide(hidden)
    with pytest.raises(MissingExtraError) as info:
        importlib.import_module(module)
    error = info.value
    assert isinstance(error, FireworksError) and isinstance(error, ImportError)
    assert str(error) == said("fireworks_client.mock", "mock", hidden)
    assert (error.extra, error.name) == ("mock", hidden)
    # the error from inside the mock is not chained to it (no second traceback)
    assert error.__cause__ is None and error.__suppress_context__


def test_bulk_with_mock_says_which_extra(
    hide: Callable[[str], None], jobs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    hide("python_multipart")
    assert _cli.main(["--mock", "bulk", *map(str, jobs)]) == _cli.EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.err == f"fireworks-client: {said('--mock', 'mock', 'python_multipart')}\n"


def test_the_demo_says_which_extra(
    hide: Callable[[str], None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hide("jsonschema")
    assert demo.main(["--out", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == said("python -m fireworks_client.demo", "mock", "jsonschema") + "\n"
    assert captured.out == ""


def test_only_a_module_of_the_extra_is_a_missing_extra() -> None:
    missing = ModuleNotFoundError("No module named 'PIL.Image'", name="PIL.Image")
    error = missing_extra(missing, "mock", "--mock")
    assert isinstance(error, MissingExtraError) and str(error) == said("--mock", "mock", "PIL")
    # said again for what asked for it
    again = missing_extra(MissingExtraError("fireworks_client.mock", "mock", "PIL"), "mock", "x")
    assert isinstance(again, MissingExtraError) and str(again) == said("x", "mock", "PIL")
    # not the extra's: a broken install, its own error goes on
    click = ModuleNotFoundError("No module named 'click'", name="click")
    assert missing_extra(click, "mock", "--mock") is click
    other = MissingExtraError("progress='bar'", "progress", "rich")
    assert missing_extra(other, "mock", "--mock") is other


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_table_is_the_extras_of_pyproject() -> None:
    import tomllib  # noqa: PLC0415

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    owners: dict[str, set[str]] = {}
    for module, distributions in importlib.metadata.packages_distributions().items():
        for distribution in distributions:
            if not module.startswith("_"):
                owners.setdefault(_normal(distribution), set()).add(module)
    # codegen and dev are for working on the repository: nothing installed imports them
    runtime = {n: reqs for n, reqs in extras.items() if reqs and n not in ("codegen", "dev")}
    assert set(EXTRAS) == set(runtime)
    for name, requirements in runtime.items():
        names = [re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0] for r in requirements]
        assert EXTRAS[name] == set().union(*(owners[_normal(n)] for n in names)), name
