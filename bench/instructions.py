"""Instructions a case costs per item, counted by valgrind (a 2-core machine shared with other
work times CPU only to about 10%; cachegrind counts a sequential case to about 1%, an async one
to about 2%). The README's performance section gives the figures this prints.

    python bench/instructions.py stream [seed|extra] stream_raw stream_sdk
    python bench/instructions.py requests async_aiohttp async_sdk sync_raw sync_sdk

A stream case: one stream from a server of 10,000 chunks less one of 2,000, over 8,000. A
request case: 2,500 requests less 500, over 2,000. Needs ``valgrind`` on the PATH; each case
runs as ``make bench`` runs it (``cases.py`` in a fresh process, from bytecode).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import run
from canned_server import SHAPES
from cases import case_env

HERE = Path(__file__).resolve().parent


def instructions(case: str, url: str, count: int) -> int:
    """The instructions of one run of ``case`` (its process, start to end)."""
    with tempfile.NamedTemporaryFile() as out:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={out.name}",
                sys.executable,
                str(HERE / "cases.py"),
                case,
                url,
                str(count),
            ],
            capture_output=True,
            text=True,
            check=True,
            env=case_env(),
        )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no count for {case}: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("stream", "requests"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "stream":
        shape, cases = (argv[1], argv[2:]) if argv[1] in SHAPES else ("seed", argv[1:])
        small, large = run.canned(2000, shape), run.canned(10000, shape)
        try:
            for case in cases:
                per = (instructions(case, large.url, 1) - instructions(case, small.url, 1)) / 8000
                print(f"{case} ({shape} chunks): {per:,.0f} instructions a chunk")
        finally:
            small.stop()
            large.stop()
        return 0
    server = run.canned(20)
    try:
        for case in argv[1:]:
            per = (
                instructions(case, server.url, 2500) - instructions(case, server.url, 500)
            ) / 2000
            print(f"{case}: {per:,.0f} instructions a request")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
