"""The mock's logging: quiet by default, one line per dropped connection, and never blocking.

A harness that starts the mock with ``stderr=PIPE`` and never reads it fills the pipe after a
few dozen lines, and a server that writes to a full pipe stops. Here uvicorn's loggers write
through a bounded queue to a writer thread: when the queue is full, lines are dropped (and
counted), and only the writer thread ever waits on the stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import math
import queue
import sys
import threading
from collections.abc import Iterator
from typing import Any

__all__ = [
    "QueueingHandler",
    "QuietDisconnect",
    "log_config",
    "routed_asyncio_log",
    "shared_handler",
]

_CAPACITY = 1000


class QuietDisconnect(Exception):
    """Raised inside a response to drop the connection on purpose (a fault); logged as its
    message on one line, without a traceback."""


class _OneLineForFaults(logging.Filter):
    """A fault's dropped connection on one line; at a stop, the requests still in flight past
    the grace (``ConnectionLimits.shutdown_grace``) on one line, not a traceback each."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, asyncio.CancelledError):
            return False  # a request cancelled by the stop: counted by the line below
        if str(record.msg).startswith("Cancel %s running task(s)"):
            record.msg = "stopped with %s request(s) in flight: cancelled"
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            return True
        if isinstance(exc, QuietDisconnect):
            record.msg, record.args = str(exc), ()
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class QueueingHandler(logging.Handler):
    """Formats on the caller's thread, writes on a daemon thread; drops lines when more than
    ``capacity`` wait."""

    def __init__(self, capacity: int = _CAPACITY) -> None:
        super().__init__()
        self.addFilter(_OneLineForFaults())
        self.dropped = 0
        self._queue: queue.Queue[str] = queue.Queue(capacity)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # as logging.StreamHandler does: report and carry on
            self.handleError(record)
            return
        try:
            self._queue.put_nowait(line)
        except queue.Full:
            self.dropped += 1
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._write, name="fireworks-mock-log", daemon=True
                )
                self._thread.start()

    def _write(self) -> None:
        reported = 0
        while True:
            line = self._queue.get()
            if self.dropped > reported:
                line = f"({self.dropped - reported} log lines dropped: stderr was not read)\n{line}"
                reported = self.dropped
            stream = sys.stderr
            try:
                stream.write(line + "\n")
                stream.flush()
            except (OSError, ValueError):  # a closed stream: nothing to tell anyone
                pass


@functools.cache
def shared_handler() -> QueueingHandler:
    """One handler (and one writer thread) for every mock server in the process."""
    handler = QueueingHandler()
    handler.setFormatter(logging.Formatter("fireworks mock: %(levelname)s %(message)s"))
    return handler


def log_config(level: str) -> dict[str, Any]:
    """A ``uvicorn.Config(log_config=...)``: its loggers at ``level`` (``"error"`` by default
    in the mock), through :func:`shared_handler`, no access log."""
    name = level.upper()
    if name not in ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"):
        raise ValueError(
            f"log_level: must be one of critical, error, warning, info, debug, got {level!r}"
        )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"mock": {"()": shared_handler}},
        "loggers": {
            "uvicorn": {"handlers": ["mock"], "level": name, "propagate": False},
            "uvicorn.error": {"level": name},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        },
    }


class _OneLineForAcceptErrors(logging.Filter):
    """asyncio logs each accept that fails for want of file descriptors (EMFILE) with a
    traceback, and retries a second later; one line a second says as much."""

    def __init__(self) -> None:
        super().__init__()
        self._last = -math.inf

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, OSError) and "accept" in str(record.msg):
            if record.created - self._last < 1.0:  # the same burst
                return False
            self._last = record.created
            record.msg = "accepting paused for a second: %s (more connections than files)"
            record.args = (exc.strerror or exc,)
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


@contextlib.contextmanager
def routed_asyncio_log() -> Iterator[None]:
    """While the mock runs as its own process, asyncio's logger writes through
    :func:`shared_handler` too: asyncio logs each accept that fails when the process runs out
    of files (a burst of connections), and a writer blocked on a full stderr pipe would stop
    the server's loop. Not for the mock in a caller's process: asyncio's logger is theirs."""
    logger = logging.getLogger("asyncio")
    handler = shared_handler()
    one_line = _OneLineForAcceptErrors()
    saved = logger.propagate
    logger.addFilter(one_line)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.propagate = saved
        logger.removeHandler(handler)
        logger.removeFilter(one_line)
