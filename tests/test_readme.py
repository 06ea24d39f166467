"""Every Python and shell example of the README runs against the mock server, so the README
cannot drift from the code.

Python blocks run as scripts with FIREWORKS_API_KEY and FIREWORKS_BASE_URL pointing at a mock;
blocks marked ``file=NAME`` are written out together and run as a pytest suite. Shell blocks
run line by line; a line marked ``# runs until Ctrl-C`` must print a URL and stop on SIGINT;
``make test`` is the command running this very test, so it is only checked to be what CI runs.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fireworks_client.mock import MockServer

from codegen.effective_spec import ROOT
from tests._drifting_upstream import KNOWN, DriftingUpstream

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    language: str
    info: str
    code: str
    line: int

    @property
    def file(self) -> str | None:
        match = re.search(r"file=(\S+)", self.info)
        return match.group(1) if match else None


def blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [
        Block(m.group(1), m.group(2).strip(), m.group(3), text.count("\n", 0, m.start()) + 1)
        for m in FENCE.finditer(text)
    ]


SCRIPTS = [b for b in blocks() if b.language == "python" and b.file is None]
FILES = [b for b in blocks() if b.language == "python" and b.file is not None]
DATA = [b for b in blocks() if b.language != "python" and b.file is not None]
SHELL = [b for b in blocks() if b.language == "sh"]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture(scope="module")
def upstream() -> Iterator[DriftingUpstream]:
    """The service of the examples that record: local, and differing from the spec."""
    with DriftingUpstream() as server:
        yield server


def _env(mock: MockServer, upstream: DriftingUpstream | None = None) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "FIREWORKS_API_KEY": "readme-key",
        "FIREWORKS_BASE_URL": mock.base_url,
        "FIREWORKS_UPSTREAM": upstream.url if upstream is not None else "http://127.0.0.1:9",
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
    }


def test_the_readme_has_examples() -> None:
    assert len(SCRIPTS) >= 8 and len(FILES) == 4 and len(DATA) == 1 and len(SHELL) >= 3


@pytest.mark.parametrize("block", SCRIPTS, ids=lambda b: f"README.md:{b.line}")
def test_python_examples_run(
    block: Block, mock: MockServer, upstream: DriftingUpstream, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", block.code],
        cwd=tmp_path,
        env=_env(mock, upstream),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"README.md:{block.line}\n{result.stderr}"
    assert result.stdout.strip(), "an example should show what it does"
    if "FIREWORKS_UPSTREAM" in block.code:
        # Recorded against the drifting service: its chat differences reported, the key in
        # no file, the answer replayed.
        for operation, where, kind, name in KNOWN:
            if operation == "chat.completions.create":
                assert f"{operation} ({where}): {kind} {name}," in result.stdout
        assert "refused:" in result.stdout
        assert "200 from session.jsonl:1" in result.stdout
        assert "readme-key" not in (tmp_path / "session.jsonl").read_text()


def test_pytest_example_runs(mock: MockServer, tmp_path: Path) -> None:
    for block in FILES + DATA:
        (tmp_path / str(block.file)).write_text(block.code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=_env(mock),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout


def _shell_lines() -> list[tuple[int, str]]:
    return [
        (block.line + number + 1, line)
        for block in SHELL
        for number, line in enumerate(block.code.splitlines())
        if line.strip() and not line.startswith("#")
    ]


@pytest.mark.parametrize(("line", "command"), _shell_lines(), ids=lambda v: str(v)[:40])
def test_shell_examples_run(line: int, command: str, mock: MockServer, tmp_path: Path) -> None:
    command = command.split("  #", maxsplit=1)[0].strip() if "  #" in command else command
    if command == "make test":
        assert "make test" in (ROOT / ".ci" / "run").read_text()
        assert re.search(r"^test:", (ROOT / "Makefile").read_text(), re.MULTILINE)
        return
    cwd = ROOT if command.startswith("make ") else tmp_path
    if "runs until Ctrl-C" in dict(_shell_lines())[line]:
        proc = subprocess.Popen(
            ["bash", "-c", f"exec {command}"],
            cwd=cwd,
            env=_env(mock),
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            assert re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline())
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
        return
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=_env(mock),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"README.md:{line}: {command}\n{result.stderr}"
