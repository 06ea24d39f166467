"""httpx transports that call the mock in process, without a socket.

``httpx.ASGITransport(app=create_app())`` already serves ``httpx.AsyncClient``; a plain
``httpx.Client`` needs a synchronous transport, which this module adds: it runs the app on an
event loop in a helper thread (anyio's blocking portal, as Starlette's TestClient does).
Responses arrive whole, streams included.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

import anyio.from_thread
import httpx

__all__ = ["ASGISyncTransport"]


class ASGISyncTransport(httpx.BaseTransport):
    """``httpx.Client(transport=ASGISyncTransport(create_app()))``; close it (or the client)
    to stop its helper thread."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._portal_cm: Any = None
        self._portal: Any = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._portal is None:
            self._portal_cm = anyio.from_thread.start_blocking_portal()
            self._portal = self._portal_cm.__enter__()
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

        response: httpx.Response = self._portal.call(call)
        return response

    def close(self) -> None:
        if self._portal_cm is not None:
            self._portal_cm.__exit__(None, None, None)
            self._portal_cm = self._portal = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        self.close()
