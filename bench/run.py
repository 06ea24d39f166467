"""Benchmarks: import cost of the packages against ``import httpx``; the mock server's
requests per second over loopback.

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


MOCK_CLIENT = """
import json, sys, time, httpx
url, count = sys.argv[1], int(sys.argv[2])
body = {"model": "accounts/fireworks/models/llama-v3p1-8b-instruct", "max_tokens": 16,
        "messages": [{"role": "user", "content": "Tell me about lighthouses"}]}
with httpx.Client(base_url=url, headers={"Authorization": "Bearer bench"}) as client:
    client.post("/chat/completions", json=body).raise_for_status()  # warm up
    started = time.perf_counter()
    for _ in range(count):
        client.post("/chat/completions", json=body).raise_for_status()
    print(count / (time.perf_counter() - started))
"""


def mock_requests_per_second(count: int) -> tuple[float, float]:
    """Non-streaming chat completions against `fireworks-client mock` in its own process, one
    keep-alive connection; returns (requests/s, the server's CPU seconds per request)."""
    server = subprocess.Popen(
        [sys.executable, "-m", "fireworks_client", "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split(" on ")[1].split()[0]
        cpu_before = _cpu_seconds(server.pid)
        rate = float(
            subprocess.run(
                [sys.executable, "-c", MOCK_CLIENT, url, str(count)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        cpu = (_cpu_seconds(server.pid) - cpu_before) / (count + 1)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return rate, cpu


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    mock_count = 20 if args.smoke else 2000
    rates = [mock_requests_per_second(mock_count) for _ in range(1 if args.smoke else 3)]
    mock_rate = statistics.median(r for r, _ in rates)
    mock_cpu = statistics.median(c for _, c in rates)
    print(
        f"\nmock server: {mock_rate:,.0f} requests/s, "
        f"{mock_cpu * 1e6:,.0f} us server CPU per request "
        f"(chat completions over loopback, one connection, {mock_count} requests)"
    )
    result = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "versions": {p: metadata.version(p) for p in ("httpx", "attrs", "fireworks-client")},
        "repeats": repeats,
        "imports": rows,
        "mock_server": {
            "requests_per_second": round(mock_rate),
            "server_cpu_us_per_request": round(mock_cpu * 1e6),
            "requests": mock_count,
        },
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
