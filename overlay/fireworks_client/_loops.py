"""Closing a pool while its event loop still runs, when that loop ends.

A pool of connections belongs to the event loop that opened them: their sockets are registered
with that loop's selector, and closing them needs that loop to run (a transport's ``close``
schedules its ``connection_lost``; a closed loop schedules nothing). After ``asyncio.run``
returns it is too late: the transports are left to the garbage collector, which prints an
"unclosed transport" ``ResourceWarning`` for each (and "unclosed socket" for their sockets),
often at interpreter exit.

:class:`LoopEnd` closes a pool at the end of the loop it was made in, with public asyncio only:
an async generator, started in that loop, whose ``finally`` awaits the pool's ``aclose``.
asyncio's loops keep (weakly) the async generators started in them, and ``asyncio.run`` (and
``asyncio.Runner``, ``IsolatedAsyncioTestCase``, pytest-asyncio) call
``loop.shutdown_asyncgens()`` before closing the loop: that closes the generator, in the loop,
while it still runs. No task is made; nothing shows in ``asyncio.all_tasks()``.

A loop closed without ``shutdown_asyncgens()`` (``loop.close()`` by hand) runs nothing: its
pool is left as before. A generator dropped while its loop is open is closed by that loop
(asyncio's finalizer hook schedules it), so its pool is closed then.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

__all__ = ["LoopEnd", "run_now"]


def run_now(awaitable: Awaitable[Any]) -> None:
    """Run ``awaitable``, which waits on no event loop, to its end here and now: the await
    protocol by hand, its ``__await__`` iterator stepped until ``StopIteration``. A bare
    ``yield`` (``None``: "resume me at once", as asyncio's tasks read it) is resumed; a future
    would need a running loop: an error (a bug here, never expected)."""
    steps = awaitable.__await__()
    for _ in range(1000):
        try:
            waited = steps.send(None)
        except StopIteration:
            return
        if waited is not None:
            break
    steps.close()
    raise RuntimeError("run_now: the awaitable waited on an event loop")


async def _at_end(pending: list[Callable[[], Awaitable[object]]]) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        # Empty when cancelled (or already run): then no await, and closing needs no loop.
        if pending:
            await pending.pop()()


class LoopEnd:
    """``aclose()`` awaited in the running event loop when it shuts down its async generators,
    unless :meth:`run` (now, awaited in that loop) or :meth:`cancel` (never) came first.
    Made while the loop runs, in its thread."""

    __slots__ = ("_generator", "_pending")

    def __init__(self, aclose: Callable[[], Awaitable[object]]) -> None:
        self._pending = [aclose]
        self._generator: AsyncGenerator[None, None] | None = None
        if sys.get_asyncgen_hooks().firstiter is None:
            return  # a loop that keeps no async generators: it will not call us at its end
        generator = _at_end(self._pending)
        # Its first step registers it with the running loop (the loop's firstiter hook) and
        # runs it to its ``yield``: no await before it, so it needs no loop to get there.
        run_now(generator.asend(None))
        self._generator = generator

    async def run(self) -> None:
        """Close now, in the loop (an explicit ``aclose`` of the pool's owner)."""
        generator, self._generator = self._generator, None
        if generator is not None:
            await generator.aclose()
        elif self._pending:
            await self._pending.pop()()

    def cancel(self) -> None:
        """Never close (the loop has ended another way, or the pool is not this process's):
        the generator is finished here without running ``aclose``."""
        self._pending.clear()
        generator, self._generator = self._generator, None
        if generator is not None:
            run_now(generator.aclose())
