"""httpx transports that call the mock in process, without a socket.

``httpx.ASGITransport(app=create_app())`` already serves ``httpx.AsyncClient``; a plain
``httpx.Client`` needs a synchronous transport, which this module adds: it runs the app on an
event loop of its own in a daemon thread (so a forgotten ``close()`` never keeps the process
alive). Responses arrive whole, streams included.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

__all__ = ["ASGISyncTransport"]


class ASGISyncTransport(httpx.BaseTransport):
    """``httpx.Client(transport=ASGISyncTransport(create_app()))``."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="fireworks-mock-asgi", daemon=True
                ).start()
                self._loop = loop
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def call() -> httpx.Response:
            async_request = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self._inner.handle_async_request(async_request)
            body = await response.aread()
            return httpx.Response(
                response.status_code, headers=response.headers, content=body, request=request
            )

        return asyncio.run_coroutine_threadsafe(call(), self._running_loop()).result()

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
