"""An httpx async transport that sends requests with aiohttp.

httpx's own async connection pool checks every pooled connection on each request; at 64
concurrent requests ``make bench`` measured it about 16x slower than aiohttp for the same work
(perf-facts.md saw 14x). ``AsyncFireworks`` keeps httpx's API (requests, responses, timeouts,
errors) and uses this transport underneath when aiohttp is installed (the ``aiohttp`` extra).
Errors and timeouts come out as httpx's exceptions, so the client maps them as usual.

``send`` is the async client's sender (``_wire``): an answer read whole comes back as a
``BufferedResponse``, skipping httpx's request and response objects, which cost more CPU than
aiohttp's whole request (``make bench``: 0.45x raw aiohttp's requests/s through httpx's
objects); a stream as an ``httpx.Response``.

Set up as httpx's clients are: ``verify``/``cert`` (and ``SSL_CERT_FILE``/``SSL_CERT_DIR``)
through httpx's own SSL context; ``proxy``, else with ``trust_env`` the proxy variables
(``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) for each request's host;
``limits``. After ``os.fork()`` the child starts a session of its own and leaves the parent's
alone.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import ssl
import urllib.request
import weakref
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
import yarl

from fireworks_client._response import BufferedResponse, build_request
from fireworks_client._wire import Prepared

__all__ = ["AiohttpTransport"]


_SKIP = frozenset({"host", "content-length"})
_URLS: dict[str, yarl.URL] = {}


def _yarl(url: str) -> yarl.URL:
    parsed = _URLS.get(url)
    if parsed is None:  # a handful of paths per base URL; never grow without bound
        if len(_URLS) > 256:
            _URLS.clear()
        parsed = _URLS[url] = yarl.URL(url, encoded=True)
    return parsed


_TIMEOUTS: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}


def _timeout(limits: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    key = (limits.get("connect"), limits.get("read"), limits.get("pool"))
    timeout = _TIMEOUTS.get(key)
    if timeout is None:  # a few distinct timeouts at most; made once each
        if len(_TIMEOUTS) > 64:
            _TIMEOUTS.clear()
        timeout = _TIMEOUTS[key] = aiohttp.ClientTimeout(
            total=None, sock_connect=key[0], sock_read=key[1], connect=key[2]
        )
    return timeout


def _map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for the pool
        return httpx.ConnectTimeout(str(exc) or "connect timed out", request=request)
    if isinstance(exc, TimeoutError):  # the answer was too slow: its head or its body
        return httpx.ReadTimeout(str(exc) or "read timed out", request=request)
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
            raise _map_error(exc, self._request) from exc

    async def aclose(self) -> None:
        self._response.release()

    def release(self) -> None:
        """Give the connection back without awaiting (from a finalizer)."""
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Keep-alive connections (``limit`` at most; or ``limits``, httpx's) in one aiohttp
    session, made on first use in the running event loop. Used again in a later loop (a second
    ``asyncio.run``), it starts afresh: connections cannot outlive their loop."""

    def __init__(
        self,
        *,
        limit: int = 100,
        verify: bool | str | ssl.SSLContext = True,
        cert: Any = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
    ) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pid = os.getpid()
        if limits is not None:
            limit = limits.max_connections if limits.max_connections is not None else 0
            self._keepalive = limits.keepalive_expiry
        else:
            self._keepalive = 5.0
        if limit < 0 or (limits is None and limit < 1):
            raise ValueError(f"limit: must be 1 or more connections, got {limit}")
        self._limit = limit
        self._verify, self._cert, self._trust_env = verify, cert, trust_env
        self._proxy = _proxy_url(proxy)
        self._proxies: dict[tuple[str, str], str | None] = {}

    def _new_session(self) -> aiohttp.ClientSession:
        # httpx's own SSL context: the same verify/cert/SSL_CERT_FILE/SSL_CERT_DIR rules.
        context = httpx.create_ssl_context(
            verify=self._verify, cert=self._cert, trust_env=self._trust_env
        )
        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=self._limit, ssl=context, keepalive_timeout=self._keepalive
            ),
            # httpx decodes content encodings itself; aiohttp hands the bytes over as sent.
            auto_decompress=False,
        )

    async def _get_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._pid != os.getpid():  # a forked child: never the parent's sockets
            self._session, self._loop, self._pid = None, None, os.getpid()
        session = self._session
        if session is not None and self._loop is loop and not session.closed:
            return session
        old = session if session is not None and self._loop is not loop else None
        if old is not None and self._loop is not None and self._loop.is_running():
            raise RuntimeError(
                "This client is in use in another running event loop (another thread?); "
                "make one client per event loop"
            )
        # Made before any await: requests that start together in a new loop share it.
        session = self._session = self._new_session()
        self._loop = loop
        _WITH_SESSION.add(self)
        if old is not None:  # the loop it was made in has ended: close what it left
            await old.close()
        return session

    def _proxy_for(self, url: str) -> str | None:
        """The proxy for ``url``: the explicit one, else the environment's (by scheme, with
        ALL_PROXY as the fallback and NO_PROXY's hosts and domains bypassed), as httpx does."""
        if self._proxy is not None or not self._trust_env:
            return self._proxy
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            found = urllib.request.getproxies()
            proxy = found.get(parts.scheme) or found.get("all")
            if proxy and urllib.request.proxy_bypass_environment(key[1], found):  # type: ignore[attr-defined]
                proxy = None
            if proxy and "://" not in proxy:
                proxy = "http://" + proxy
            self._proxies[key] = proxy or None
        return self._proxies[key]

    async def send(self, request: Prepared, *, stream: bool) -> httpx.Response | BufferedResponse:
        """The sender of ``AsyncFireworks`` (``_wire``)."""
        if not stream:
            return await self.send_buffered(*request)
        return await self._stream(build_request(*request))

    async def send_buffered(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeout: dict[str, float | None],
    ) -> BufferedResponse:
        """Send and read the whole answer; no httpx objects unless something fails."""
        session = await self._get_session()
        try:
            response = await session.request(
                method,
                _yarl(url),
                headers=headers,
                data=content,
                allow_redirects=False,
                timeout=_timeout(timeout),
                proxy=self._proxy_for(url),
            )
        except (TimeoutError, aiohttp.ClientError) as exc:
            request = build_request(method, url, headers, content, timeout)
            raise _map_error(exc, request) from exc
        try:
            body = await response.read()
        except (TimeoutError, aiohttp.ClientError) as exc:
            request = build_request(method, url, headers, content, timeout)
            raise _map_error(exc, request) from exc
        finally:
            response.release()
        return BufferedResponse(
            response.status,
            response.reason or "",
            response.raw_headers,
            body,
            content_encoding=response.headers.get("Content-Encoding"),
            method=method,
            url=url,
            request_headers=headers,
            request_content=content,
            timeout=timeout,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's transport interface, for an ``httpx.AsyncClient`` of the caller's."""
        body = await request.aread()
        # aiohttp sets Host and Content-Length itself.
        headers = {k: v for k, v in request.headers.items() if k not in _SKIP}
        return await self._stream(request, headers, body)

    async def _stream(
        self,
        request: httpx.Request,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> httpx.Response:
        if headers is None:
            headers = {k: v for k, v in request.headers.items() if k not in _SKIP}
            body = request.content
        session = await self._get_session()
        url = str(request.url)
        try:
            response = await session.request(
                request.method,
                _yarl(url),
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=_timeout(request.extensions.get("timeout") or {}),
                proxy=self._proxy_for(url),
            )
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _map_error(exc, request) from exc
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode(),
            },
        )

    def _forget_ended_loop(self) -> None:
        """A client never closed, whose loop has ended (the usual end of a script): aiohttp
        would print "Unclosed client session/connector" at exit, where httpx's clients say
        nothing. Its connections died with the loop; mark them closed. A loop still alive is
        a real leak, and aiohttp says so."""
        session, loop = self._session, self._loop
        if session is None or session.closed or loop is None or not loop.is_closed():
            return
        connector = session.connector
        session.detach()
        if connector is not None:
            # Private, and sync: with the loop closed it only marks the connector closed.
            # Remove when aiohttp offers a sync close (it has only the async one, 3.14).
            getattr(connector, "_close", lambda: None)()

    def __del__(self) -> None:
        self._forget_ended_loop()

    async def aclose(self) -> None:
        if self._session is not None and self._pid == os.getpid():
            await self._session.close()
        self._session = None


def _proxy_url(proxy: str | httpx.URL | httpx.Proxy | None) -> str | None:
    if proxy is None:
        return None
    if isinstance(proxy, httpx.Proxy):
        url = proxy.url
        if proxy.auth:
            url = url.copy_with(username=proxy.auth[0], password=proxy.auth[1])
        return str(url)
    return str(proxy)


# At exit, the finalizers of a never-closed client run in no set order (a client and its
# resources form a cycle), so aiohttp's session could warn before its transport's __del__
# has marked it. atexit runs first: asyncio.run has closed its loop by then.
_WITH_SESSION: weakref.WeakSet[AiohttpTransport] = weakref.WeakSet()


@atexit.register
def _forget_ended_loops() -> None:
    for transport in list(_WITH_SESSION):
        transport._forget_ended_loop()
