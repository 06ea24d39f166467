"""Connection limits for the mock on a socket: uvicorn's h11 protocol with a deadline for the
request head and for the body, and a cap on open connections.

uvicorn itself closes idle keep-alive connections (``timeout_keep_alive``) and bounds an
incomplete head (``h11_max_incomplete_event_size``), but has no deadline for a head or a body
that trickles in, and its ``limit_concurrency`` answers 503 to newcomers while slow clients
keep their places. Here a newcomer over the cap takes the place of the connection that has
waited longest for a request head (an idle or slow one); only when every connection is busy
with a request is the newcomer refused (503, ``Retry-After: 1``).
"""

from __future__ import annotations

import asyncio
import json
import math
from dataclasses import dataclass
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from fireworks_client.mock._spec.errors import error_body

__all__ = ["BODY_DEADLINE", "BodyDeadline", "ConnectionLimits", "guarded_protocol"]

# The key in a request's ASGI scope["extensions"] under which the app finds the request's
# BodyDeadline: the app holds it while it chooses not to read a body yet.
BODY_DEADLINE = "fireworks.mock.body_deadline"


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """``head_timeout``: seconds for a request head to arrive whole, from the connection's
    start or, on a kept-alive connection, from the end of the idle ``keep_alive_timeout``;
    ``body_timeout``: seconds for a body to arrive whole once its head has;
    ``write_timeout``: seconds an answer may wait for a client that reads none of it (its
    send buffer full) before the connection is closed;
    ``max_connections``: open connections at most (below the common limit of 1,024 open
    files, with room for a burst of ``backlog`` accepted at once); ``shutdown_grace``: whole
    seconds the requests in flight get to end when the server stops, after which they are
    cancelled (a request held by a ``delay`` fault or a stalled stream would hold up the stop
    for as long as it waits)."""

    head_timeout: float = 10.0
    body_timeout: float = 30.0
    write_timeout: float = 30.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 512
    backlog: int = 256
    shutdown_grace: int = 1

    def __post_init__(self) -> None:
        for name in ("head_timeout", "body_timeout", "write_timeout", "keep_alive_timeout"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name}: must be a number of seconds above 0, got {value!r}")
        grace = self.shutdown_grace
        if isinstance(grace, bool) or not isinstance(grace, int) or grace < 0:
            raise ValueError(f"shutdown_grace: must be whole seconds, 0 or more, got {grace!r}")
        for name in ("max_connections", "backlog"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name}: must be an integer of at least 1, got {value!r}")


class BodyDeadline:
    """The body deadline of one request, as the app sees it. ``hold()`` stops the clock while
    the app leaves the body unread on purpose (waiting for its turn to work on a large one),
    ``restart()`` gives the body its whole time again once the app reads it."""

    def __init__(self, protocol: _Guarded) -> None:
        self._protocol = protocol

    def hold(self) -> None:
        if self._protocol._body_pending():
            self._protocol._disarm()

    def restart(self) -> None:
        if self._protocol._body_pending():
            self._protocol._arm(self._protocol.limits.body_timeout, self._protocol._body_timed_out)


def _raw_answer(status: int, reason: str, message: str, extra: str = "") -> bytes:
    """A whole HTTP/1.1 answer written straight to the socket: h11 cannot send one before it
    has parsed a request, and these go to requests that never arrived whole."""
    body = json.dumps(error_body(status, message, code="connection_limit")).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n{extra}connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


def guarded_protocol(limits: ConnectionLimits) -> type[H11Protocol]:
    """An h11 protocol class for ``uvicorn.Config(http=...)`` that enforces ``limits``."""

    class GuardedH11Protocol(_Guarded):
        pass

    GuardedH11Protocol.limits = limits
    return GuardedH11Protocol


# How long a connection answered with an error and closing reads what the client still sends.
LINGER_SECONDS = 2.0


class _Recording(h11.Connection):
    """h11's connection, keeping what was wrong with a request it could not parse: uvicorn
    answers those with a fixed text that names no rule."""

    problem = ""

    def next_event(self) -> Any:
        try:
            return super().next_event()
        except h11.RemoteProtocolError as exc:
            self.problem = str(exc)
            raise


class _Guarded(H11Protocol):
    limits: ClassVar[ConnectionLimits] = ConnectionLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        size = self.config.h11_max_incomplete_event_size
        self.conn = _Recording(h11.SERVER) if size is None else _Recording(h11.SERVER, size)
        self._timer: asyncio.TimerHandle | None = None
        self._write_timer: asyncio.TimerHandle | None = None
        # When the connection began to wait for a request head; None while a request is on.
        self._waiting_since: float | None = None
        self._partial = False  # some of a head has arrived
        self._lingering = False  # answered and closing: what arrives is dropped

    # -- the cap --------------------------------------------------------------------------

    # asyncio declares a BaseTransport; a stream server's protocol is handed a Transport.
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        live = sum(1 for c in self.connections if not c.transport.is_closing())
        if live > self.limits.max_connections and not self._evict_one():
            self.transport.write(
                _raw_answer(
                    503,
                    "Service Unavailable",
                    f"The mock has {self.limits.max_connections} connections open, all busy "
                    "with requests; retry shortly",
                    "retry-after: 1\r\n",
                )
            )
            self.transport.close()
            return
        self._await_head(self.limits.head_timeout)

    def _evict_one(self) -> bool:
        """Close the connection that has waited longest for a head; False if none waits."""
        waiting = [
            c
            for c in self.connections
            if isinstance(c, _Guarded)
            and c is not self
            and c._waiting_since is not None
            and not c.transport.is_closing()
        ]
        if not waiting:
            return False
        oldest = min(waiting, key=lambda c: c._waiting_since or 0.0)
        oldest._head_timed_out("the mock needed its place for a newer connection")
        return True

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a request h11 cannot parse, as an ErrorResponse saying why."""
        problem = self.conn.problem if isinstance(self.conn, _Recording) else ""
        if "Receive buffer too long" in problem:  # h11's max_incomplete_event_size
            problem = "the request head is too long (over 16 KiB in pieces)"
        message = f"Malformed HTTP/1.1 request: {problem[:200]}" if problem else msg
        body = json.dumps(error_body(400, message)).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        self._close_lingering()

    def _close_lingering(self) -> None:
        """Close after answering a client that may still be sending: the write side ends
        at once (the client reads the answer, then the end), and what still arrives is read
        and dropped until the client closes, for LINGER_SECONDS at most. Closing with unread
        bytes would reset the connection, and the client could lose the answer unread (web
        servers linger so too)."""
        self._lingering = True
        self._waiting_since = None
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self._arm(LINGER_SECONDS, self.transport.close)

    def eof_received(self) -> None:
        if self._lingering:
            self.transport.close()
        super().eof_received()

    # -- the deadlines --------------------------------------------------------------------

    def _arm(self, seconds: float, callback: Any) -> None:
        self._disarm()
        self._timer = self.loop.call_later(seconds, callback)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _await_head(self, seconds: float) -> None:
        self._waiting_since = self.loop.time()
        self._partial = False
        self._arm(seconds, self._head_timed_out)

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            return
        if self._waiting_since is not None:
            self._partial = True
        super().data_received(data)

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        cycle = self.cycle
        if cycle is None or self.transport.is_closing():
            return
        if cycle is not before:  # a whole head arrived: a request is on
            self._waiting_since = None
            self._disarm()
            # The app has not run yet: what it finds in its scope is in place in time.
            extensions: dict[str, Any] = self.scope.setdefault("extensions", {})
            extensions[BODY_DEADLINE] = BodyDeadline(self)
            if cycle.more_body:
                self._arm(self.limits.body_timeout, self._body_timed_out)
        elif not cycle.more_body and self._waiting_since is None:
            self._disarm()  # the body is complete; the app has as long as it takes

    def _body_pending(self) -> bool:
        cycle = self.cycle
        return (
            cycle is not None
            and cycle.more_body
            and not cycle.response_started
            and not self.transport.is_closing()
        )

    def on_response_complete(self) -> None:
        self._disarm()
        super().on_response_complete()  # arms uvicorn's keep-alive timer; may start the next
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._await_head(self.limits.keep_alive_timeout + self.limits.head_timeout)

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._write_timer is None:
            self._write_timer = self.loop.call_later(
                self.limits.write_timeout, self._write_timed_out
            )

    def resume_writing(self) -> None:
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None
        super().resume_writing()

    def _write_timed_out(self) -> None:
        # The client reads nothing: the answer it asked for would stay in memory for good.
        self._write_timer = None
        self.transport.abort()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None
        self._disarm()
        self._waiting_since = None
        super().connection_lost(exc)

    def _head_timed_out(self, why: str = "") -> None:
        self._timer = None
        self._waiting_since = None
        if self.transport.is_closing():
            return
        if self._partial:
            message = (
                why or f"The request head did not arrive within {self.limits.head_timeout:g} s"
            )
            self.transport.write(_raw_answer(408, "Request Timeout", message))
        self.transport.close()

    def _body_timed_out(self) -> None:
        self._timer = None
        if self.transport.is_closing():
            return
        message = f"The request body did not arrive within {self.limits.body_timeout:g} s"
        self.transport.write(_raw_answer(408, "Request Timeout", message))
        # The app, waiting for the rest of the body, hears of the disconnect and answers
        # into the void.
        self.transport.close()
