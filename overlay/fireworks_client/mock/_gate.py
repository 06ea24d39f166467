"""A bound on how many large request bodies the mock holds and works on at once, so that many
clients sending large bodies together cannot exhaust memory: the others wait, their bodies
left unread in the socket buffers (TCP pushes back on the senders)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import weakref
from collections.abc import AsyncIterator

__all__ = ["LoopGate"]


class LoopGate:
    """At most ``size`` holders at once, per event loop: one app may be served from several
    loops (a server thread, an in-process transport), and asyncio primitives belong to one."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("size: must be at least 1")
        self.size = size
        self._lock = threading.Lock()
        self._gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _gate(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        with self._lock:
            gate = self._gates.get(loop)
            if gate is None:
                gate = self._gates[loop] = asyncio.Semaphore(self.size)
            return gate

    @contextlib.asynccontextmanager
    async def slot(self, needed: bool = True) -> AsyncIterator[None]:
        """Hold a place while the block runs; ``needed=False`` passes straight through."""
        if not needed:
            yield
            return
        async with self._gate():
            yield
