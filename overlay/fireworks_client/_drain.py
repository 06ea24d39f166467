"""The rest of a streamed body after ``[DONE]``, read so that its connection can serve the next
request, within bounds: at most :data:`DRAIN_LIMIT` bytes and :data:`DRAIN_SECONDS`; past
either, the connection is dropped instead of pooled.

Normally nothing follows ``[DONE]`` but the end of the body, there already or a moment later.
The bound is for a server or proxy that holds the body open: without it the caller would wait
for the read timeout (600 s by default).

Async, ``asyncio.timeout`` bounds the time. Sync, a read blocks in httpcore with the read
timeout the request began with, and nothing public shortens it, so a watchdog thread (one per
process) ends the wait from outside: at the deadline it shuts the connection's socket down
(``network_stream.get_extra_info("socket")``, public), the blocked read ends, httpx raises, and
the connection is closed. It may do so only while the connection is this stream's: a
connection goes back to the pool when its response closes, and another thread may take it at
once. So each streamed request carries a :class:`DrainGuard` as its ``trace`` extension
(public, read by httpcore at each step); httpcore calls it with ``response_closed.started``
before it gives the connection back, in the stream's own thread, and the guard disarms there,
under the watchdog's lock. Either the watchdog shuts the socket down first (the connection is
still the stream's: its read fails and the connection is closed; a connection already at the
point of release is found readable at EOF and discarded by the pool, never handed out), or the
guard disarms first and the watchdog leaves it alone. No attribute of httpx or httpcore is
written: an earlier version replaced the network stream's ``read`` for the drain, which the
next owner of a pooled connection could find replaced or removed (issue 17).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

__all__ = ["DRAIN_LIMIT", "DRAIN_SECONDS", "DrainGuard", "adrain", "drain"]

# What may follow [DONE] and still be read to keep the connection; past it, it is dropped.
DRAIN_LIMIT = 64 * 1024
# How long a stream waits for the body to end after [DONE]. A new connection costs a
# handshake (milliseconds to a few hundred on TLS far away), so waiting much longer than
# that to save one is a loss.
DRAIN_SECONDS = 1.0
# The watchdog wakes at most this often: a deadline may be passed by this much.
_TICK = 0.05

# httpcore's trace event before a response's connection is released (HTTP/1.1).
_RELEASED = "http11.response_closed.started"


class DrainGuard:
    """A streamed request's ``trace`` extension: armed while its drain may block on the
    connection's socket; disarmed by httpcore's ``response_closed`` event, before the
    connection can go to another request."""

    __slots__ = ("_armed", "_deadline", "_socket")

    def __init__(self) -> None:
        self._armed = False
        self._deadline = 0.0
        self._socket: socket.socket | None = None

    def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name == _RELEASED and self._armed:
            _WATCHDOG.disarm(self)

    def __repr__(self) -> str:
        return f"DrainGuard(armed={self._armed})"


class _Watchdog:
    """Shuts down the sockets of drains past their deadline. Deadlines are all
    ``DRAIN_SECONDS`` from their start, so they come in order: a queue, not a heap."""

    def __init__(self) -> None:
        # Reentrant: a finalizer run by the cyclic GC inside this lock may close a response.
        self._lock = threading.RLock()
        self._wake = threading.Condition(self._lock)
        self._queue: deque[DrainGuard] = deque()
        self._pid = 0  # the process its thread runs in; none after a fork

    def arm(self, guard: DrainGuard, sock: socket.socket, seconds: float) -> None:
        with self._lock:
            guard._socket = sock
            guard._deadline = time.monotonic() + seconds
            guard._armed = True
            self._queue.append(guard)
            if self._pid != os.getpid():
                self._pid = os.getpid()
                threading.Thread(target=self._run, name="fireworks-drain", daemon=True).start()
            elif len(self._queue) == 1:
                self._wake.notify()

    def disarm(self, guard: DrainGuard) -> None:
        with self._lock:
            guard._armed = False
            guard._socket = None

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._queue and not self._queue[0]._armed:
                    self._queue.popleft()
                if not self._queue:
                    self._wake.wait()
                    continue
                guard = self._queue[0]
                left = guard._deadline - time.monotonic()
                if left > 0:
                    self._wake.wait(max(left, _TICK))
                    continue
                self._queue.popleft()
                sock, guard._socket, guard._armed = guard._socket, None, False
                if sock is not None:
                    # The base class's shutdown: an SSLSocket's own would also change its
                    # state under the thread reading it. Only the socket is shut; the thread
                    # reading it closes the connection.
                    with contextlib.suppress(OSError):
                        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_WATCHDOG = _Watchdog()


def _socket_of(response: httpx.Response) -> socket.socket | None:
    network = response.extensions.get("network_stream")
    get_extra_info = getattr(network, "get_extra_info", None)
    if get_extra_info is None:
        return None
    sock = get_extra_info("socket")
    return sock if isinstance(sock, socket.socket) else None


def drain(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    """Read the body to its end after [DONE], within the bounds; else leave it for the
    response's close to drop the connection. Only an HTTP/1.1 body on a socket that httpcore
    shows (``network_stream``) is waited on; with HTTP/2 nothing needs to be (closing the
    response ends that stream only); a transport of the caller's without a socket is not
    waited on (the connection, if any, is dropped)."""
    if response.http_version != "HTTP/1.1":
        return
    guard = response.request.extensions.get("trace")
    sock = _socket_of(response)
    if not isinstance(guard, DrainGuard) or sock is None:
        return
    _WATCHDOG.arm(guard, sock, DRAIN_SECONDS)
    seen = 0
    try:
        for raw in chunks:
            seen += len(raw)
            if seen > DRAIN_LIMIT:
                return
    except httpx.TransportError:
        pass  # the answer is whole already; only the connection is lost
    finally:
        _WATCHDOG.disarm(guard)  # before the caller closes the response


async def adrain(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    """As :func:`drain`; here ``asyncio.timeout`` bounds the time, in the stream's own task."""
    import asyncio  # noqa: PLC0415 - loaded by then; `import fireworks_client` stays cheap

    if response.http_version != "HTTP/1.1":
        return
    seen = 0
    try:
        async with asyncio.timeout(DRAIN_SECONDS):
            async for raw in chunks:
                seen += len(raw)
                if seen > DRAIN_LIMIT:
                    return
    except (httpx.TransportError, TimeoutError):
        pass  # the answer is whole already; only the connection is lost
