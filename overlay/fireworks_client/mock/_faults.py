"""Faults on demand, so that users can test their own code's resilience.

Two ways to ask for them:

* per request, a header: ``X-Mock-Fault: rate_limit; retry_after=2``;
* for the next N requests, in process ``server.faults.inject("unavailable", times=3)`` or, out of
  process, ``POST /_mock/faults`` with ``{"fault": "unavailable", "times": 3}``.

Stream faults wait for the next streaming request; the others take the next request of any
kind. The kinds and their parameters are in :class:`FaultKind`.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "FAULT_HEADER",
    "MAX_TIMES",
    "PARAMETERS",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "check_fault",
    "check_times",
    "parse_fault_header",
]

FAULT_HEADER = "x-mock-fault"


class FaultKind(StrEnum):
    RATE_LIMIT = "rate_limit"  # 429; retry_after (seconds, default 1) or retry_after_ms
    FORBIDDEN = "forbidden"  # 403
    SERVER_ERROR = "server_error"  # 500, JSON body
    BAD_GATEWAY = "bad_gateway"  # 502, an HTML body as a proxy sends it
    UNAVAILABLE = "unavailable"  # 503; retry_after optional
    STATUS = "status"  # any status (code=, default 500), JSON body: 408, 409, 520, 529 ...
    DELAY = "delay"  # wait `seconds` (default 5) before answering
    STREAM_TRUNCATED = "stream_truncated"  # after `after` events (default 2) end, no declared end
    STREAM_DISCONNECT = "stream_disconnect"  # after `after` events drop the connection
    STREAM_ERROR = "stream_error"  # after `after` events the declared in-band error event
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


MAX_TIMES = 1_000_000
_RETRY = ("retry_after", "retry_after_ms")
# The parameters each kind takes; any other is refused, so that a typo is not silently ignored.
PARAMETERS: dict[FaultKind, tuple[str, ...]] = {
    FaultKind.RATE_LIMIT: _RETRY,
    FaultKind.FORBIDDEN: _RETRY,
    FaultKind.SERVER_ERROR: _RETRY,
    FaultKind.BAD_GATEWAY: (),
    FaultKind.UNAVAILABLE: _RETRY,
    FaultKind.STATUS: ("code", *_RETRY),
    FaultKind.DELAY: ("seconds",),
    FaultKind.STREAM_TRUNCATED: ("after",),
    FaultKind.STREAM_DISCONNECT: ("after",),
    FaultKind.STREAM_ERROR: ("after",),
    FaultKind.MALFORMED_CHUNK: ("after",),
    FaultKind.STREAM_STALL: ("after", "seconds"),
}
# name: (lowest, highest, whole numbers only). Bounded so that every fault ends, and so that a
# value always fits the header or the status line it goes into.
_RANGES: dict[str, tuple[float, float, bool]] = {
    "retry_after": (0, 86_400, False),
    "retry_after_ms": (0, 86_400_000, False),
    "code": (200, 599, True),
    "seconds": (0, 3_600, False),
    "after": (0, 1_000_000, True),
}
# Statuses that carry no body cannot carry the fault's ErrorResponse.
_BODILESS = frozenset({204, 205, 304})


def _rule(name: str) -> str:
    low, high, whole = _RANGES[name]
    kind = "an integer" if whole else "a number"
    extra = " and not 204, 205 or 304 (statuses without a body)" if name == "code" else ""
    return f"must be {kind} from {low:g} to {high:g}{extra}"


def check_fault(kind: str | FaultKind, params: Mapping[str, object], where: str = "") -> Fault:
    """A fault of ``kind`` with ``params``, each checked against its kind and its range;
    raises ValueError naming the parameter and the rule (``where`` prefixes the message)."""
    try:
        fault_kind = FaultKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in FaultKind)
        shown = kind if isinstance(kind, str) else type(kind).__name__
        raise ValueError(
            f"{where}unknown fault {str(shown)[:60]!r} (rule: one of {known})"
        ) from None
    allowed = PARAMETERS[fault_kind]
    checked: dict[str, float] = {}
    for name, value in params.items():
        if name not in allowed:
            takes = ", ".join(allowed) or "no parameters"
            raise ValueError(
                f"{where}{str(name)[:60]!r} is not a parameter of {fault_kind.value} "
                f"(it takes {takes})"
            )
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}{name}: must be a number (rule: type)")
        low, high, whole = _RANGES[name]
        number = float(value)
        shown = f"{where}{name}={number:g}: {_rule(name)}"
        bodiless = name == "code" and number in _BODILESS
        if not math.isfinite(number) or not low <= number <= high or bodiless:
            raise ValueError(f"{shown} (rule: range)")
        if whole and not number.is_integer():
            raise ValueError(f"{shown} (rule: integer)")
        checked[name] = number
    return Fault(fault_kind, checked)


def check_times(value: object, where: str = "") -> int:
    """How many requests a queued fault takes: an integer from 1 to MAX_TIMES."""
    rule = f"times: must be an integer from 1 to {MAX_TIMES}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}{rule} (rule: type)")
    if not (math.isfinite(value) and float(value).is_integer() and 1 <= value <= MAX_TIMES):
        raise ValueError(f"{where}{rule}, got {value!r} (rule: range)")
    return int(value)


def parse_fault_header(value: str) -> Fault:
    """``kind; name=value; ...``; raises ValueError naming what is wrong."""
    head, *rest = (part.strip() for part in value.split(";"))
    params: dict[str, object] = {}
    for item in filter(None, rest):
        name, eq, raw = item.partition("=")
        try:
            number = float(raw) if eq else None
        except ValueError:
            number = None
        if number is None:
            raise ValueError(
                f"X-Mock-Fault: cannot parse {item[:60]!r}: expected name=number "
                "(the header is `kind; name=number; ...`)"
            )
        params[name.strip()] = number
    return check_fault(head, params, "X-Mock-Fault: ")


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
        """Queue ``kind`` for the next ``times`` requests; raises ValueError naming a bad
        parameter."""
        self.add(check_fault(kind, params), check_times(times))

    def add(self, fault: Fault, times: int) -> None:
        """Queue a fault already checked (:func:`check_fault`, :func:`check_times`)."""
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
