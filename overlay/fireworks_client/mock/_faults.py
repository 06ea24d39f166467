"""Faults on demand, so that users can test their own code's resilience.

Two ways to ask for them:

* per request, a header: ``X-Mock-Fault: rate_limit; retry_after=2``;
* for the next N requests, in process ``server.faults.inject("unavailable", times=3)`` or, out of
  process, ``POST /_mock/faults`` with ``{"fault": "unavailable", "times": 3}``.

Stream faults wait for the next streaming request; the others take the next request of any
kind. The kinds and their parameters are in :class:`FaultKind`.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["FAULT_HEADER", "Fault", "FaultKind", "FaultPlan", "parse_fault_header"]

FAULT_HEADER = "x-mock-fault"


class FaultKind(StrEnum):
    RATE_LIMIT = "rate_limit"  # 429; retry_after (seconds, default 1) or retry_after_ms
    FORBIDDEN = "forbidden"  # 403
    SERVER_ERROR = "server_error"  # 500, JSON body
    BAD_GATEWAY = "bad_gateway"  # 502, an HTML body as a proxy sends it
    UNAVAILABLE = "unavailable"  # 503; retry_after optional
    STATUS = "status"  # any status (code=, default 500), JSON body: 408, 409, 520, 529 ...
    DELAY = "delay"  # wait `seconds` (default 5) before answering
    STREAM_TRUNCATED = "stream_truncated"  # after `after` events (default 2) end without [DONE]
    STREAM_DISCONNECT = "stream_disconnect"  # after `after` events drop the connection
    STREAM_ERROR = "stream_error"  # after `after` events an in-band data: {"error": ...}
    MALFORMED_CHUNK = "malformed_chunk"  # after `after` events a data: line that is not JSON
    STREAM_STALL = "stream_stall"  # after `after` events wait `seconds` (default 5)

    @property
    def streams_only(self) -> bool:
        return self.value.startswith(("stream_", "malformed_"))


@dataclass(frozen=True, slots=True)
class Fault:
    kind: FaultKind
    params: dict[str, float] = field(default_factory=dict)

    def number(self, name: str, default: float) -> float:
        return self.params.get(name, default)


def parse_fault_header(value: str) -> Fault:
    """``kind; name=value; ...``; raises ValueError naming what is wrong."""
    head, *rest = (part.strip() for part in value.split(";"))
    try:
        kind = FaultKind(head)
    except ValueError:
        known = ", ".join(k.value for k in FaultKind)
        raise ValueError(f"X-Mock-Fault: unknown fault {head!r}; known: {known}") from None
    params: dict[str, float] = {}
    for item in filter(None, rest):
        name, eq, raw = item.partition("=")
        try:
            params[name.strip()] = float(raw)
        except ValueError:
            raise ValueError(f"X-Mock-Fault: parameter {item!r} must be name=number") from None
        if not eq:
            raise ValueError(f"X-Mock-Fault: parameter {item!r} must be name=number")
    return Fault(kind, params)


@dataclass(slots=True)
class _Queued:
    fault: Fault
    left: int


class FaultPlan:
    """Faults queued for the next requests; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[_Queued] = deque()

    def inject(self, kind: FaultKind | str, *, times: int = 1, **params: float) -> None:
        if times < 1:
            raise ValueError("times: must be at least 1")
        fault = Fault(FaultKind(kind), {k: float(v) for k, v in params.items()})
        with self._lock:
            self._queue.append(_Queued(fault, times))

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def pending(self) -> list[tuple[Fault, int]]:
        with self._lock:
            return [(q.fault, q.left) for q in self._queue]

    def take(self, *, streaming: bool) -> Fault | None:
        """The fault for a request, if one is queued for it."""
        with self._lock:
            for queued in self._queue:
                if queued.fault.kind.streams_only and not streaming:
                    continue
                queued.left -= 1
                if queued.left == 0:
                    self._queue.remove(queued)
                return queued.fault
        return None
