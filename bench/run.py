"""Benchmarks. For now: import cost of the packages against ``import httpx``.

    python bench/run.py            # 7 repeats, written to bench-results/bench.json
    python bench/run.py --smoke    # 1 repeat, to check that the harness runs

Each measurement is a fresh interpreter (``python -X importtime`` is not used: it inflates
times); baseline and candidate alternate so that drift hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = "import time, sys; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
SUBJECTS = ("httpx", "fireworks_client", "fireworks_api", "fireworks_api.models")


def import_seconds(module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fireworks-client benchmarks")
    parser.add_argument("--smoke", action="store_true", help="one repeat, no file written")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    repeats = 1 if args.smoke else args.repeats
    samples: dict[str, list[float]] = {s: [] for s in SUBJECTS}
    started = time.perf_counter()
    for _ in range(repeats):
        for subject in SUBJECTS:  # alternate baseline and candidates
            samples[subject].append(import_seconds(subject))
    base = statistics.median(samples["httpx"])
    rows = []
    print(f"{'import':24} {'median ms':>10} {'x httpx':>8}")
    for subject in SUBJECTS:
        median = statistics.median(samples[subject])
        rows.append(
            {
                "import": subject,
                "median_ms": round(median * 1000, 2),
                "ratio_to_httpx": round(median / base, 2),
            }
        )
        print(f"{subject:24} {median * 1000:10.1f} {median / base:8.2f}")
    result = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "versions": {p: metadata.version(p) for p in ("httpx", "attrs", "fireworks-client")},
        "repeats": repeats,
        "imports": rows,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if not args.smoke:
        out = ROOT / "bench-results" / "bench.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n")
        print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
