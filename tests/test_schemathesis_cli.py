"""schemathesis run from its own command line, as a user runs it against the mock: the
effective spec, one base URL, every check (``-c all``), the mock started with ``--api-key``."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import fireworks_api
import pytest

KEY = "schemathesis-cli-key"
SPEC = Path(fireworks_api.__file__).parent / "openapi.json"
ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def mock_root() -> Iterator[str]:
    process = subprocess.Popen(
        [str(BIN / "fireworks-client"), "mock", "--api-key", KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "Fireworks mock server on http://127.0.0.1:N/..."
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found, line
        yield found.group(0)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _run(mock_root: str, tmp_path: Path, paths: str, *more: str) -> str:
    """schemathesis run over the paths matching ``paths``, every check; its output. The
    project's schemathesis.toml, in a directory of its own: schemathesis keeps the failures it
    finds under .schemathesis/ where it runs and replays them first, so a run in the checkout
    would depend on the runs before it."""
    shutil.copy(ROOT / "schemathesis.toml", tmp_path)
    result = subprocess.run(
        [
            str(BIN / "schemathesis"),
            "run",
            str(SPEC),
            "--url",
            mock_root,  # the spec's one server (the service root), on the mock
            "--include-path-regex",
            paths,
            "-c",
            "all",
            "-H",
            f"Authorization: Bearer {KEY}",
            "-n",
            "5",
            "--generation-deterministic",
            "--no-color",
            *more,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    # Green, as a user sees it from the project directory: schemathesis.toml there says the few
    # things the spec cannot (the SDXL image parts must be real images; a page token is one a
    # list gave; an upload is validated after it).
    assert result.returncode == 0, output[-6000:]
    return output


def test_schemathesis_run_against_the_platform(mock_root: str, tmp_path: Path) -> None:
    # Every phase but coverage: its boundary values of the platform's 91 operations take ~80 s
    # on two cores (fuzzing ~25 s); they were green when this was written (issue 20).
    phases = "examples,fuzzing,stateful"
    output = _run(mock_root, tmp_path, "^/v1/accounts", "--phases", phases)
    assert "Tested: 91" in output, output[-3000:]


def test_schemathesis_run_against_the_mock(mock_root: str, tmp_path: Path) -> None:
    output = _run(mock_root, tmp_path, "^/inference/")
    assert "Tested: 16" in output, output[-3000:]  # the 15 of inference and messages
    assert "stream" not in output.lower() or "ST108" not in output


def test_without_the_project_config_only_the_sdxl_image_parts_fail(
    mock_root: str, tmp_path: Path
) -> None:
    """What schemathesis.toml hides, and only that: run elsewhere, schemathesis sends random
    bytes as the SDXL images, and they are refused as the service refuses them."""
    result = subprocess.run(
        [
            str(BIN / "schemathesis"),
            "run",
            str(SPEC),
            "--url",
            mock_root,
            "-c",
            "positive_data_acceptance",
            "-H",
            f"Authorization: Bearer {KEY}",
            "-n",
            "5",
            "--generation-deterministic",
            "--no-color",
            "--include-operation-id",
            "imageToImage",
            "--include-operation-id",
            "controlNet",
            "--phases",
            "examples,fuzzing",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    codes = set(re.findall(r"^\s*- (ST\d+)", output, re.MULTILINE))
    assert codes == {"ST202"}, output[-6000:]
    for block in output.split("- ST202")[1:]:
        assert "invalid_image" in block.split("Reproduce with")[0], block[:2000]
