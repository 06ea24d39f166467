"""What the command line shows while it waits: a resource's state as it changes (a wait), the
bytes of a file as they travel (an upload, a download). On stderr, so stdout stays the answer.

On a terminal with ``rich`` installed (the ``progress`` extra), a spinner shows the current
state, or a bar the bytes; otherwise a line for each state reached, and on a terminal a line
of bytes rewritten in place (elsewhere, a line when a file is whole).
"""

from __future__ import annotations

import sys
from typing import IO, Any

from fireworks_client._waits import state_of

__all__ = ["BytesProgress", "StateProgress"]


def _rich_console(stream: IO[str]) -> Any:
    """A rich Console on ``stream`` when it is a terminal and rich is installed; else None."""
    if not stream.isatty():
        return None
    try:
        from rich.console import Console  # noqa: PLC0415 - optional, and only on a terminal
    except ImportError:
        return None
    return Console(file=stream)


class StateProgress:
    """A wait's ``on_progress``: ``label: STATE`` each time the state changes (with the
    resource's status message when it has one)."""

    def __init__(self, label: str, stream: IO[str] | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.last: str | None = None
        self._console = _rich_console(self.stream)
        self._status: Any = None

    def __call__(self, resource: object) -> None:
        state = state_of(resource) or "?"
        if state == self.last:
            return
        self.last = state
        message = getattr(getattr(resource, "status", None), "message", None)
        line = f"{self.label}: {state}" + (f" ({message})" if message else "")
        if self._console is None:
            print(line, file=self.stream, flush=True)
            return
        self._console.print(line, highlight=False, markup=False)
        waiting = f"{self.label}: {state}, waiting"
        if self._status is None:
            self._status = self._console.status(waiting)
            self._status.start()
        else:
            self._status.update(waiting)

    def close(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None


class BytesProgress:
    """A transfer's ``on_progress(done, total)``: each file's bytes."""

    def __init__(self, label: str, stream: IO[str] | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self._terminal = self.stream.isatty()
        self._console = _rich_console(self.stream)
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self._console is not None:
            self._rich(done, total)
            return
        if self._terminal:
            end = "\n" if done >= total else ""
            print(f"\r{self.label}: {done:,}/{total:,} bytes", end=end, file=self.stream)
            self.stream.flush()
        elif total and done >= total:
            print(f"{self.label}: {done:,} bytes", file=self.stream, flush=True)

    def _rich(self, done: int, total: int) -> None:
        from rich.progress import DownloadColumn, Progress  # noqa: PLC0415

        if self._bar is None:
            columns = (*Progress.get_default_columns(), DownloadColumn())
            self._bar = Progress(*columns, console=self._console)
            self._bar.start()
        if done == 0 or self._task is None:
            self._task = self._bar.add_task(self.label, total=total or None)
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
