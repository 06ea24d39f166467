"""Progress of a bulk job: a live bar on a terminal (rich, when it is installed), else a quiet
line now and then on stderr; or nothing.

``progress="auto"`` picks the bar when stderr is a terminal and rich can be imported, else
lines; ``"bar"``, ``"lines"`` and ``"off"`` (or False) choose. ``"bar"`` without rich raises
:class:`MissingExtraError` (the ``progress`` extra).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TextIO

from fireworks_client._exceptions import MissingExtraError
from fireworks_client._extras import missing_extra

__all__ = ["ProgressMode", "Snapshot", "make_progress"]

ProgressMode = Literal["auto", "bar", "lines", "off"] | bool


@dataclass(frozen=True, slots=True)
class Snapshot:
    done: int  # lines with a result, this run and before
    total: int | None  # lines in the input, when counted
    elapsed: float
    answered: int  # results of this run
    errors: int
    retries: int
    tokens: int
    concurrency: int

    def eta(self) -> float | None:
        if self.total is None or self.answered == 0 or self.elapsed <= 0:
            return None
        return (self.total - self.done) / (self.answered / self.elapsed)

    def line(self) -> str:
        rate = self.answered / self.elapsed if self.elapsed > 0 else 0.0
        tokens = self.tokens / self.elapsed if self.elapsed > 0 else 0.0
        total = f"/{self.total}" if self.total is not None else ""
        eta = self.eta()
        return (
            f"bulk: {self.done}{total} done, {rate:.1f} req/s, {tokens:.0f} tok/s, "
            f"{self.errors} errors, {self.retries} retries, concurrency {self.concurrency}"
            + (f", ETA {_duration(eta)}" if eta is not None else "")
        )


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress(Protocol):
    def update(self, snapshot: Snapshot) -> None: ...

    def close(self, snapshot: Snapshot) -> None: ...


class _Off:
    def update(self, snapshot: Snapshot) -> None:
        pass

    def close(self, snapshot: Snapshot) -> None:
        pass


class _Lines:
    """A line every ``every`` seconds, and one at the end."""

    def __init__(self, stream: TextIO, every: float, clock: Callable[[], float]) -> None:
        self._stream = stream
        self._every = every
        self._clock = clock
        self._last = clock()

    def update(self, snapshot: Snapshot) -> None:
        now = self._clock()
        if now - self._last >= self._every:
            self._last = now
            print(snapshot.line(), file=self._stream, flush=True)

    def close(self, snapshot: Snapshot) -> None:
        print(snapshot.line(), file=self._stream, flush=True)


class _Bar:
    def __init__(self, stream: TextIO) -> None:
        try:
            from rich.console import Console  # noqa: PLC0415 - optional
            from rich.progress import (  # noqa: PLC0415
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )
        except ModuleNotFoundError as exc:
            raise missing_extra(exc, "progress", "progress='bar'") from None

        self._progress = Progress(
            TextColumn("bulk"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self._task = self._progress.add_task("bulk", total=None, rates="")
        self._started = False

    def update(self, snapshot: Snapshot) -> None:
        if not self._started:  # on the first result: a job that fails to start shows no bar
            self._started = True
            self._progress.start()
        rate = snapshot.answered / snapshot.elapsed if snapshot.elapsed > 0 else 0.0
        tokens = snapshot.tokens / snapshot.elapsed if snapshot.elapsed > 0 else 0.0
        self._progress.update(
            self._task,
            completed=snapshot.done,
            total=snapshot.total,
            rates=f"{rate:.1f} req/s {tokens:.0f} tok/s {snapshot.errors} err "
            f"{snapshot.retries} retries c={snapshot.concurrency}",
        )

    def close(self, snapshot: Snapshot) -> None:
        self.update(snapshot)
        self._progress.stop()
        self._started = False


def make_progress(
    mode: ProgressMode,
    *,
    stream: TextIO | None = None,
    every: float = 10.0,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The display for ``mode``."""
    stream = stream if stream is not None else sys.stderr
    if mode is False or mode == "off":
        return _Off()
    if mode not in (True, "auto", "bar", "lines"):
        raise ValueError(f"progress: one of 'auto', 'bar', 'lines', 'off', got {mode!r}")
    if mode in (True, "auto", "bar"):
        tty = stream.isatty()
        if mode == "bar" or tty:
            try:
                return _Bar(stream)
            except MissingExtraError:
                if mode == "bar":
                    raise
    return _Lines(stream, every, clock)
