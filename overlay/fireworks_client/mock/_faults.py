"""Faults on demand, so that users can test their own code's resilience.

Two ways to ask for them:

* per request, a header: ``X-Mock-Fault: rate_limit; retry_after=2``;
* for the next N requests, in process ``server.faults.inject("unavailable", times=3)`` or, out of
  process, ``POST /_mock/faults`` with ``{"fault": "unavailable", "times": 3}``.

Stream faults wait for the next streaming request; the others take the next request of any
kind. The kinds and their parameters are in :class:`FaultKind`. Each kind is parsed
(:func:`check_fault`, :func:`parse_fault_header`, :func:`control_fault`), taken for a request
(:func:`take`) and answered (:func:`fault_response`; in a stream, :func:`stream_events`) here.
A script's broken stream (``"break"``) is a stream fault after its last event
(:func:`script_break`).
"""

from __future__ import annotations

import asyncio
import json
import math
import threading
from collections import deque
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import Response

from fireworks_client.mock._quietlog import QuietDisconnect
from fireworks_client.mock._spec.errors import MockError, shaped_error
from fireworks_client.mock._spec.framing import Framing, Pause

__all__ = [
    "FAULT_HEADER",
    "MAX_TIMES",
    "PARAMETERS",
    "SCRIPT_BREAKS",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "StreamBreak",
    "Taken",
    "check_fault",
    "check_times",
    "control_fault",
    "fault_response",
    "header_fault",
    "parse_fault_header",
    "script_break",
    "stream_events",
    "take",
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


# --- asked for over HTTP ------------------------------------------------------------------------


def header_fault(headers: Headers) -> Fault | None:
    """The fault of the request's ``X-Mock-Fault`` header; a 400 naming what is wrong."""
    if FAULT_HEADER not in headers:
        return None
    try:
        return parse_fault_header(headers[FAULT_HEADER])
    except ValueError as exc:
        raise MockError(400, str(exc), param=FAULT_HEADER) from None


def control_fault(data: dict[str, Any]) -> tuple[Fault, int]:
    """The fault a POST /_mock/faults body asks for: {"fault": kind, "times": N, params...}."""
    kind = data.get("fault")
    if not isinstance(kind, str):
        known = ", ".join(k.value for k in FaultKind)
        rule = "required" if kind is None else "type"
        raise MockError(
            400,
            f'fault: is required, a string, one of {known}; the body is {{"fault": kind, '
            f'"times": N, parameters...}} (rule: {rule})',
            param="fault",
        )
    params = {k: v for k, v in data.items() if k not in ("fault", "times")}
    try:
        return check_fault(kind, params), check_times(data.get("times", 1))
    except ValueError as exc:
        raise MockError(400, str(exc)) from None


# --- taken for a request ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreamBreak:
    """How a stream breaks: a stream fault after ``after`` events, or (``after`` None) a
    script's break after its last event, in place of the declared end. ``by`` says who broke
    it, in what the client and the log see."""

    kind: FaultKind
    after: int | None
    seconds: float = 5
    by: str = "mock fault"


@dataclass(frozen=True, slots=True)
class Taken:
    """What the fault taken for a request does: wait ``delay`` seconds first, answer
    ``response`` instead of the answer, or break the answer's stream."""

    delay: float = 0.0
    response: Response | None = None
    stream: StreamBreak | None = None


def take(
    header: Fault | None, plan: FaultPlan, *, streaming: bool, error_model: str | None
) -> Taken:
    """The request's fault: its header's, else the next queued for it."""
    fault = header or plan.take(streaming=streaming)
    if fault is None:
        return Taken()
    if fault.kind is FaultKind.DELAY:
        return Taken(delay=fault.number("seconds", 5))
    if fault.kind.streams_only:
        after = int(fault.number("after", 2))
        return Taken(stream=StreamBreak(fault.kind, after, fault.number("seconds", 5)))
    return Taken(response=fault_response(fault, error_model))


# --- answered ---------------------------------------------------------------------------------

_HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
)
_MALFORMED = b'data: {"id": "broken", "choices": [\n\n'


def fault_response(fault: Fault, error_model: str | None = None) -> Response:
    """The answer of a request-level fault other than a delay."""
    kind = fault.kind
    if kind is FaultKind.BAD_GATEWAY:
        return Response(_HTML_502, 502, media_type="text/html")
    headers: dict[str, str] = {}
    if "retry_after_ms" in fault.params:
        headers["retry-after-ms"] = str(int(fault.params["retry_after_ms"]))
    if kind is FaultKind.RATE_LIMIT or "retry_after" in fault.params:
        headers["Retry-After"] = str(int(fault.number("retry_after", 1)))
    status = {
        FaultKind.RATE_LIMIT: 429,
        FaultKind.FORBIDDEN: 403,
        FaultKind.SERVER_ERROR: 500,
        FaultKind.UNAVAILABLE: 503,
    }.get(kind, int(fault.number("code", 500)))
    messages = {
        429: "Rate limit exceeded (mock fault)",
        403: "Permission denied (mock fault)",
        503: "The service is temporarily unavailable (mock fault)",
    }
    message = messages.get(status, f"Mock fault: HTTP {status}")
    body = shaped_error(error_model, status, message, code="mock_fault")
    return Response(json.dumps(body), status, headers, media_type="application/json")


# A script's "break" as the stream fault it is.
SCRIPT_BREAKS = {
    "disconnect": FaultKind.STREAM_DISCONNECT,
    "truncate": FaultKind.STREAM_TRUNCATED,
    "error": FaultKind.STREAM_ERROR,
    "malformed": FaultKind.MALFORMED_CHUNK,
}


def script_break(name: str | None) -> StreamBreak | None:
    """A scripted stream's ``break`` (one of :data:`SCRIPT_BREAKS`), after its last event."""
    return StreamBreak(SCRIPT_BREAKS[name], None, by="mock script") if name else None


async def stream_events(
    chunks: Iterable[dict[str, Any] | Pause], framing: Framing, broken: StreamBreak | None
) -> AsyncIterator[bytes]:
    """The chunks as events, framed as the operation's stream is declared (x-fireworks-sse),
    pausing where a script says: the terminator (or the end event) last, unless ``broken``
    breaks the stream first."""
    sent = 0
    for chunk in chunks:
        if isinstance(chunk, Pause):
            await asyncio.sleep(chunk.seconds)
            continue
        if broken is not None and sent == broken.after:
            if broken.kind is FaultKind.STREAM_STALL:
                await asyncio.sleep(broken.seconds)
            else:
                for event in _break(broken, framing):
                    yield event
                if broken.kind is not FaultKind.MALFORMED_CHUNK:
                    return
        sent += 1
        yield framing.chunk(chunk)
    if broken is not None and broken.after is None:  # a script's break, in place of the end
        for event in _break(broken, framing):
            yield event
        return
    end = framing.end()
    if end:
        yield end


def _break(broken: StreamBreak, framing: Framing) -> list[bytes]:
    """The events that break a stream (none: it ends, or the connection drops)."""
    kind, by = broken.kind, broken.by
    if kind is FaultKind.STREAM_DISCONNECT:
        where = f"after {broken.after} events" if broken.after is not None else "at its end"
        raise QuietDisconnect(f"{by} stream_disconnect: connection dropped {where}")
    if kind is FaultKind.STREAM_ERROR and framing.events.error_model is not None:
        error = shaped_error(
            framing.events.error_model,
            500,
            f"The model failed while streaming ({by})",
            code=by.replace(" ", "_"),
        )
        return [framing.error(error)]  # a body the mock writes (framing_of checks)
    if kind is FaultKind.STREAM_ERROR:  # no in-band error declared: the stream breaks
        raise QuietDisconnect(f"{by} stream_error: no in-band error declared, connection dropped")
    if kind is FaultKind.MALFORMED_CHUNK:
        return [_MALFORMED]
    return []  # STREAM_TRUNCATED: no declared end
