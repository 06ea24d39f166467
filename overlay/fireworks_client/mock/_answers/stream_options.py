"""``stream_options.include_usage``: the usage moves from the finish chunks to one last chunk
whose ``choices`` is empty, as the service (and the OpenAI API it follows) sends it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from fireworks_client.mock._spec.framing import Pause

__all__ = ["usage_chunk_last"]


def _total(usages: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not usages:
        return None
    # Every finish chunk of one request carries the usage of the whole request.
    return usages[-1]


def usage_chunk_last(
    chunks: Iterable[dict[str, Any] | Pause], *, always: bool = True
) -> Iterator[dict[str, Any] | Pause]:
    """The chunks with ``usage: null``, then ``{..., "choices": [], "usage": ...}``; with
    ``always`` false, that last chunk only when the stream's last chunk carried the usage (a
    scripted stream that breaks has no finish chunk, and no usage to move)."""
    usages: list[dict[str, Any]] = []
    last: dict[str, Any] | None = None
    for chunk in chunks:
        if isinstance(chunk, Pause):
            yield chunk
            continue
        if chunk.get("usage"):
            usages.append(chunk["usage"])
        last = chunk
        yield {**chunk, "usage": None}
    if last is not None and (always or last.get("usage")):
        yield {**last, "choices": [], "usage": _total(usages)}
