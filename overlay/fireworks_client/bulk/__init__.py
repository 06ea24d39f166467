"""Bulk jobs: files of requests in the OpenAI Batch format, run politely and resumably.

    from fireworks_client import bulk

    summary = bulk.run("requests.jsonl", "results.jsonl")  # FIREWORKS_API_KEY
    print(summary)

or ``fireworks-client bulk requests.jsonl results.jsonl``. Rerun with the same output file to go
on where a run stopped; ``retry_failed=True`` (``--retry-failed``) runs the failed lines again.
``remote=True`` (``--remote``) runs the same file as Fireworks batch inference jobs.
On a Ray cluster: :class:`RayRequests` with ``Dataset.map_batches`` (the ``ray`` extra).

The modules: the file format (``_format``), the output file and resuming (``_output``), a
compact set of ids (``_idset``), pacing (``_pace``: adaptive concurrency, rate ceilings), one
request to one result (``_engine``), the progress display (``_progress``), the runner
(``_runner``), its remote mode (``_remote``, its state beside the output ``_remote_state``), the
input lines checked alike by both (``_lines``) and the Ray stage (``_ray``, imported on first use).
"""

from typing import TYPE_CHECKING, Any

from fireworks_client.bulk._engine import Stats
from fireworks_client.bulk._output import BulkOutputError
from fireworks_client.bulk._pace import AdaptiveLimit, RateCeiling
from fireworks_client.bulk._remote import RemoteEvent
from fireworks_client.bulk._runner import Summary, arun, run

__all__ = [
    "AdaptiveLimit",
    "BulkOutputError",
    "RateCeiling",
    "RayRequests",
    "RemoteEvent",
    "Stats",
    "Summary",
    "arun",
    "run",
]

if TYPE_CHECKING:
    from fireworks_client.bulk._ray import RayRequests as RayRequests


def __getattr__(name: str) -> Any:
    # Imported on first use: it needs nothing of ray itself, but keeps `import bulk` light.
    if name == "RayRequests":
        from fireworks_client.bulk._ray import RayRequests  # noqa: PLC0415

        return RayRequests
    raise AttributeError(f"module 'fireworks_client.bulk' has no attribute {name!r}")
