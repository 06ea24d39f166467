"""The senders over httpx (``_wire``): the sync client's, and the async client's when it is
given an ``httpx.AsyncClient`` or an httpx transport. (Without them the async client sends
through aiohttp: ``_aiohttp_transport``.)

The sync sender goes through an ``httpx.Client`` (its own, or the caller's), not straight to a
transport: the client layer costs a little per request (``make bench``) and buys exactly
httpx's handling of proxies (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``),
certificates (``SSL_CERT_FILE``, ``SSL_CERT_DIR``, ``verify``, ``cert``) and limits.

A pool made before ``os.fork()`` is never used by the child (the process id is checked on
each request, as urllib3 does): the child makes its own and leaves the parent's alone, unclosed,
since closing it could write on sockets the parent still reads.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from typing import Any

import httpx

from fireworks_client._response import BufferedResponse
from fireworks_client._wire import Prepared

__all__ = ["AsyncHTTPSender", "HTTPOptions", "SyncHTTPSender", "buffered"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


@dataclass(frozen=True, slots=True)
class HTTPOptions:
    """How the client's own connection pool is set up, as httpx's clients take it."""

    verify: bool | str | ssl.SSLContext = True
    cert: Any = None
    proxy: str | httpx.URL | httpx.Proxy | None = field(default=None, repr=False)
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    trust_env: bool = True

    def client_arguments(self) -> dict[str, Any]:
        return {
            "verify": self.verify,
            "cert": self.cert,
            "proxy": self.proxy,
            "limits": self.limits,
            "trust_env": self.trust_env,
            "follow_redirects": False,
        }


def buffered(request: Prepared, response: httpx.Response, raw: bytes | None) -> BufferedResponse:
    """The answer read whole: its raw (undecoded) bytes, or None when a transport answered
    with the body read already (decoded: httpx.MockTransport, ASGI transports)."""
    return BufferedResponse.of(
        request,
        response.status_code,
        response.reason_phrase,
        tuple(response.headers.raw),
        response.content if raw is None else raw,
        None if raw is None else response.headers.get("content-encoding"),
    )


def _request(client: httpx.Client | httpx.AsyncClient, prepared: Prepared) -> httpx.Request:
    method, url, headers, content, timeout = prepared
    return client.build_request(
        method, url, headers=headers, content=content, extensions={"timeout": timeout}
    )


class SyncHTTPSender:
    """Sends through an ``httpx.Client``: the caller's (``http_client``, never closed here),
    one around the caller's ``transport``, or one of its own set up by ``options``."""

    def __init__(
        self,
        options: HTTPOptions | None = None,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._options = options or HTTPOptions()
        self._transport = transport
        self._owned = http_client is None
        self._client = http_client if http_client is not None else self._new_client()
        self._pid = os.getpid()

    def _new_client(self) -> httpx.Client:
        if self._transport is not None:
            return httpx.Client(transport=self._transport, follow_redirects=False)
        return httpx.Client(**self._options.client_arguments())

    def _current(self) -> httpx.Client:
        if self._pid != os.getpid() and self._owned and self._transport is None:
            # A forked child: a pool of its own; the parent's is left as it is.
            self._client = self._new_client()
            self._pid = os.getpid()
        return self._client

    def send(self, request: Prepared, *, stream: bool) -> httpx.Response | BufferedResponse:
        client = self._current()
        response = client.send(_request(client, request), stream=True)
        if stream:
            return response
        if response.is_stream_consumed:  # a transport that answered with its body read
            return buffered(request, response, None)
        try:
            content = b"".join(response.iter_raw())
        finally:
            response.close()
        return buffered(request, response, content)

    def close(self) -> None:
        if self._owned:
            self._client.close()


class AsyncHTTPSender:
    """Sends through an ``httpx.AsyncClient``: the caller's (never closed here), or one around
    the caller's async ``transport``."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._owned = http_client is None
        self._client = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(transport=transport, follow_redirects=False)
        )

    async def send(self, request: Prepared, *, stream: bool) -> httpx.Response | BufferedResponse:
        client = self._client
        response = await client.send(_request(client, request), stream=True)
        if stream:
            return response
        if response.is_stream_consumed:
            return buffered(request, response, None)
        try:
            content = b"".join([part async for part in response.aiter_raw()])
        finally:
            await response.aclose()
        return buffered(request, response, content)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()
