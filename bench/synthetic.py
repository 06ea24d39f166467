"""Import cost against the size of the API: today's spec beside a synthetic one with ten times
its operations (every path copied nine times under new names), generated into a temporary
directory. ``import fireworks_client`` and making a client must not grow with the number of
operations (issue 18: resources, models and parameters load on first use)."""

from __future__ import annotations

import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.generate import run_generator  # noqa: E402
from codegen.resources import load_names  # noqa: E402

__all__ = ["import_row"]

COPIES = 9
CODE = (
    "import time; t = time.perf_counter(); import fireworks_client; "
    "client = fireworks_client.Fireworks(api_key='k'); took = time.perf_counter() - t; "
    "import fireworks_api.resources as r; print(took, sum(1 for n in vars(r.FireworksResources) "
    "if not n.startswith('_')))"
)


def synthetic_spec(
    spec: dict[str, Any], names: dict[str, str], copies: int = COPIES
) -> tuple[dict[str, Any], dict[str, str]]:
    """``spec`` with every operation copied ``copies`` times (paths under /x<k>, operationIds
    and friendly names prefixed): by default the API has ten times the operations."""
    bigger = copy.deepcopy(spec)
    more_names = dict(names)
    for k in range(1, copies + 1):
        for path, item in spec["paths"].items():
            copied = copy.deepcopy(item)
            for op in copied.values():
                if isinstance(op, dict) and "operationId" in op:
                    op["operationId"] = f"x{k}_{op['operationId']}"
                    op.pop("links", None)
                    for answer in op.get("responses", {}).values():
                        if isinstance(answer, dict):
                            answer.pop("links", None)
            head, _, rest = path.partition("/v1/")
            bigger["paths"][f"{head}/v1/x{k}/{rest}"] = copied
        for friendly, operation_id in names.items():
            more_names[f"x{k}_{friendly}"] = f"x{k}_{operation_id}"
    return bigger, more_names


def _seconds(pythonpath: str | None, pycache: str) -> tuple[float, int]:
    """Seconds to import the client and make one; how many top-level resources it has."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True, env=env
    )
    took, resources = out.stdout.split()
    return float(took), int(resources)


def import_row(repeats: int, copies: int = COPIES) -> dict[str, Any]:
    """The row; ``copies=1`` (``--smoke``) only checks that it runs: generating ten times the
    platform's API takes the generator minutes."""
    spec = json.loads((ROOT / "generated" / "fireworks_api" / "openapi.json").read_text())
    names = load_names()
    with tempfile.TemporaryDirectory(prefix="bench-synthetic-") as tmp:
        bigger, more_names = synthetic_spec(spec, names, copies)
        package, _ = run_generator(bigger, Path(tmp), names=more_names)
        operations = sum(
            1 for item in bigger["paths"].values() for op in item.values() if isinstance(op, dict)
        )
        sides: dict[str | None, list[float]] = {None: [], str(package.parent): []}
        with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache:
            resources = [_seconds(side, pycache)[1] for side in sides]  # compiles: not timed
            assert resources[1] == resources[0] * (copies + 1), resources  # the synthetic one
            for _ in range(repeats):
                for side, times in sides.items():
                    times.append(_seconds(side, pycache)[0])
    base, cand = (statistics.median(t) for t in sides.values())
    return {
        "name": f"import {copies + 1}x API",
        "baseline": f"import + client, today's spec ({len(names)} operations)",
        "candidate": f"import + client, synthetic spec ({operations} operations)",
        "baseline_value": f"{base * 1000:.0f} ms",
        "candidate_value": f"{cand * 1000:.0f} ms",
        "ratio": cand / base,
    }


if __name__ == "__main__":
    print(import_row(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
