"""One distribution, fireworks-client, holding fireworks_api and fireworks_client."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import fireworks_client
import pytest

from codegen.effective_spec import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (path,) = out.glob("fireworks_client-*.whl")
    return path


def test_wheel_holds_both_packages_and_the_spec(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "fireworks_api/__init__.py",
        "fireworks_api/openapi.json",
        "fireworks_api/py.typed",
        "fireworks_api/resources/chat.py",
        "fireworks_api/models/chat_completion_response.py",
        "fireworks_client/__init__.py",
        "fireworks_client/py.typed",
    ):
        assert required in names
    assert not [n for n in names if n.startswith(("fireworks_api/api/", "fireworks_api/client"))]
    tops = {n.split("/", 1)[0] for n in names if not n.startswith("fireworks_client-")}
    assert tops == {"fireworks_api", "fireworks_client"}


def test_core_dependencies_are_the_http_stack_attrs_dateutil_and_json_codecs(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        meta_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(meta_name).decode())
    requires = meta.get_all("Requires-Dist") or []
    core = sorted(
        r.split(">")[0].split("=")[0].split("<")[0].strip() for r in requires if "extra ==" not in r
    )
    assert core == ["aiohttp", "attrs", "httpx", "msgspec", "orjson", "python-dateutil"]
    assert set(meta.get_all("Provides-Extra") or []) >= {"mock", "codegen", "dev"}
    pinned = " ".join(requires)
    for pin in (
        "openapi-python-client==0.29.1",
        "hypothesis==6.170.9",
        "hypothesis-jsonschema==0.23.1",
        "schemathesis==4.32.5",
        "ruff==0.17.6",
    ):
        assert pin in pinned


def test_version_is_the_distribution_version() -> None:
    assert fireworks_client.__version__ == metadata.version("fireworks-client")
