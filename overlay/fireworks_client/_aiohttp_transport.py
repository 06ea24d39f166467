"""An httpx async transport that sends requests with aiohttp.

httpx's own async connection pool checks every pooled connection on each request; at 64
concurrent requests ``make bench`` measured it about 16x slower than aiohttp for the same work
(perf-facts.md saw 14x). ``AsyncFireworks`` keeps httpx's API (requests, responses, timeouts,
errors) and uses this transport underneath when aiohttp is installed (the ``aiohttp`` extra).
Errors and timeouts come out as httpx's exceptions, so the client maps them as usual.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import yarl

__all__ = ["WHOLE_BODY", "AiohttpTransport"]

# A request extension: the caller wants the whole body, not a stream.
WHOLE_BODY = "fireworks_client.whole_body"


_SKIP = frozenset({"host", "content-length"})
_URLS: dict[str, yarl.URL] = {}


def _yarl(url: httpx.URL) -> yarl.URL:
    text = str(url)
    parsed = _URLS.get(text)
    if parsed is None:
        if len(_URLS) > 256:
            _URLS.clear()
        parsed = _URLS[text] = yarl.URL(text, encoded=True)
    return parsed


_TIMEOUTS: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}


def _timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    limits = request.extensions.get("timeout") or {}
    key = (limits.get("connect"), limits.get("read"), limits.get("pool"))
    timeout = _TIMEOUTS.get(key)
    if timeout is None:  # a few distinct timeouts at most; made once each
        if len(_TIMEOUTS) > 64:
            _TIMEOUTS.clear()
        timeout = _TIMEOUTS[key] = aiohttp.ClientTimeout(
            total=None, sock_connect=key[0], sock_read=key[1], connect=key[2]
        )
    return timeout


def _map_error(
    exc: BaseException, request: httpx.Request, *, reading: bool
) -> httpx.TransportError:
    if isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        if reading:
            return httpx.ReadTimeout(str(exc) or "read timed out", request=request)
        return httpx.ConnectTimeout(str(exc) or "connect timed out", request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(str(exc), request=request)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(str(exc) or type(exc).__name__, request=request)
    return httpx.ReadError(str(exc) or type(exc).__name__, request=request)


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _map_error(exc, self._request, reading=True) from exc

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Keep-alive connections (``limit`` at most) in one aiohttp session, made on first use in
    the running event loop."""

    def __init__(self, *, limit: int = 100) -> None:
        self._limit = limit
        self._session: aiohttp.ClientSession | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit)
            # httpx decodes content encodings itself; aiohttp must hand the bytes over as sent.
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._get_session()
        body = await request.aread()
        # aiohttp sets Host and Content-Length itself; the URL is parsed once per distinct URL.
        headers = [(k, v) for k, v in request.headers.multi_items() if k not in _SKIP]
        try:
            response = await session.request(
                request.method,
                _yarl(request.url),
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=_timeout(request),
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
            )
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _map_error(exc, request, reading=False) from exc
        raw: Any = response.raw_headers
        extensions = {
            "http_version": b"HTTP/1.1",
            "reason_phrase": (response.reason or "").encode(),
        }
        if request.extensions.get(WHOLE_BODY):
            # Not a stream: read it here in one go, which skips httpx's chunk iteration.
            try:
                content = await response.read()
            except (TimeoutError, aiohttp.ClientError) as exc:
                raise _map_error(exc, request, reading=True) from exc
            finally:
                response.release()
            return httpx.Response(
                response.status,
                headers=list(raw),
                content=content,
                request=request,
                extensions=extensions,
            )
        return httpx.Response(
            response.status,
            headers=list(raw),
            stream=_Body(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
