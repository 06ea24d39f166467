"""The benchmark harness runs (tiny counts, no targets), so it cannot rot."""

from __future__ import annotations

import subprocess
import sys

from codegen.effective_spec import ROOT


def test_bench_harness_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["case", "baseline", "candidate", "ratio"]
    names = {line.split()[0] for line in lines[1:6]}
    assert names >= {"import", "sync", "stream", "async"}
    every = {line.split("  ")[0].strip() for line in lines[1:]}
    assert every >= {"bulk", "bulk 429 busy", "bulk 429 random", "bulk memory"}
    assert any(line.startswith("memory: ") for line in lines)
    assert any(line.startswith("mock server: ") and "requests/s" in line for line in lines)
