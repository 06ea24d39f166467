"""How the mock writes an operation's stream, as the spec declares it (``x-fireworks-sse``):
``data:`` events ended by a terminator, or named events ended by an end event, and the
in-band error event; a pause between events (a scripted stream's)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fireworks_api.operations import EventStream, Operation

from fireworks_client._sse import encode_event
from fireworks_client.mock._spec.errors import ERROR_MODELS

__all__ = ["Framing", "Pause", "framing_of"]


@dataclass(frozen=True, slots=True)
class Pause:
    """A wait between a stream's events (a scripted stream's)."""

    seconds: float


@dataclass(frozen=True)
class Framing:
    """An operation's declared framing, and for named events the discriminator whose value
    names each event."""

    events: EventStream
    tag: str | None

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        name = str(chunk.get(self.tag)) if self.events.named and self.tag else None
        return encode_event(json.dumps(chunk), event=name)

    def error(self, error: dict[str, Any]) -> bytes:
        return encode_event(json.dumps(error), event=self.events.error_event)

    def end(self) -> bytes:
        """The declared end: the terminator, or the end event (its data names it)."""
        end_event = self.events.end_event
        if end_event is not None:
            data = {self.tag: end_event} if self.tag else {}
            return encode_event(json.dumps(data), event=end_event)
        return encode_event(self.events.terminator) if self.events.terminator else b""


def framing_of(operation: Operation) -> Framing | None:
    """The operation's framing; None when it declares no stream. Its in-band errors are an
    error body the mock writes (shaped_error), so a stream declaring another error schema is
    refused here rather than answered wrong."""
    events = operation.event_stream
    if events is None:
        return None
    if events.error_model not in (None, *ERROR_MODELS):
        raise ValueError(
            f"{operation.operation_id}: the mock writes in-band stream errors as "
            f"{' or '.join(ERROR_MODELS)}; the spec declares {events.error_model}"
        )
    # Named events are named by the discriminator of their union (`type`).
    return Framing(events, operation.stream_variants[0])
