"""The async client's default sender, over aiohttp; also an httpx async transport.

Why aiohttp: httpx's own async pool checks every pooled connection on each request; at 64
concurrent requests ``make bench`` measured it many times slower than aiohttp for the same
work (perf-facts.md: 0.13x raw aiohttp on 2 cores). And why a transport of our own rather
than a generic httpx-over-aiohttp transport (httpx-aiohttp): ``send`` reads a whole answer
into a ``BufferedResponse`` without httpx's client, request and response objects, which cost
more CPU than aiohttp's whole request (``make bench`` at 64 concurrent requests: 0.83-0.86x
raw aiohttp's requests/s, row "async"; httpx-aiohttp's transport as ``transport=`` 0.34-0.38x,
row "async httpx-aiohttp", and this transport behind an ``httpx.AsyncClient`` alike, 0.37x); it
chooses each request's proxy from the environment (httpx-aiohttp's transport takes an explicit
proxy only); and it follows its caller to a new event loop or a forked child.

``send(prepared, stream=...)`` is the sender (``_wire``): an answer read whole comes back as a
``BufferedResponse``, a stream as an ``httpx.Response``. ``handle_async_request`` makes it an
``httpx.AsyncBaseTransport`` too, to mount in an ``httpx.AsyncClient`` of one's own.

Set up as httpx's clients are: ``verify``/``cert`` (and ``SSL_CERT_FILE``/``SSL_CERT_DIR``)
through ``httpx.create_ssl_context``; the proxy of each request as httpx chooses it (an explicit
``proxy``, else with ``trust_env`` the proxy variables and ``NO_PROXY``: ``ProxyRules``);
``limits`` with httpx's meaning (``max_connections``, None no limit; ``keepalive_expiry``; a
``max_keepalive_connections`` or ``keepalive_expiry`` of 0 is no reuse; aiohttp has no other
count of idle connections). Settings that cannot work are refused when the transport is made,
as the clients refuse them (``_http_checks``). Errors and timeouts come out as httpx's
``TransportError`` subclasses, the same classes httpx raises for the same failures.

Event loops and processes: the aiohttp session is made on first use in the running loop, with
no ``await`` between finding none and making one, so requests that start together in a new
loop share it. The session is closed in its loop when that loop ends (``asyncio.run`` shuts
down its async generators before closing it: ``_loops.LoopEnd``), so no connection of an ended
loop is left to the garbage collector ("unclosed transport" warnings at exit). Used in a later
loop (a second ``asyncio.run``), the transport starts afresh; a loop still running in another
thread is an ``EventLoopError``. After ``os.fork()`` the child makes a session of its own and
never touches the parent's, not even to close it.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import contextlib
import os
import ssl
from collections.abc import AsyncIterator, Mapping
from typing import Any, NamedTuple, cast

import aiohttp
import httpx
import yarl

from fireworks_client._exceptions import EventLoopError, FireworksConfigurationError
from fireworks_client._http_checks import check_http_settings, pool_failure
from fireworks_client._loops import LoopEnd, run_now
from fireworks_client._response import build_request
from fireworks_client._transports import (
    DEFAULT_LIMITS,
    Cert,
    HTTPOptions,
    ProxyRules,
    ProxyTypes,
    Verify,
    redacted_proxy,
)
from fireworks_client._wire import BufferedResponse, Prepared, async_content

__all__ = ["AiohttpTransport"]


_SKIP = frozenset({"host", "content-length"})


_TIMEOUTS: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}


def _timeout(limits: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    key = (limits.get("connect"), limits.get("read"), limits.get("pool"))
    timeout = _TIMEOUTS.get(key)
    if timeout is None:  # a few distinct timeouts at most; made once each
        if len(_TIMEOUTS) > 64:
            _TIMEOUTS.clear()
        # aiohttp's "connect" covers waiting for the pool and connecting; "sock_connect"
        # the connecting alone. It has no write timeout. Its "sock_read" is httpx's read
        # timeout (the longest wait for the next bytes), and the dearest part of a small
        # request against raw aiohttp's default (one deadline for the whole request): a timer
        # made and cancelled at each read, ~5% of the instructions of `make bench`'s async
        # request (valgrind). aiohttp 3.14 has no cheaper per-read timeout, and a deadline
        # for the whole answer would cut a slow answer that httpx lets through.
        timeout = _TIMEOUTS[key] = aiohttp.ClientTimeout(
            total=None, sock_connect=key[0], sock_read=key[1], connect=key[2]
        )
    return timeout


# Caught around every aiohttp call: its errors, timeouts (TimeoutError is an OSError) and
# the socket's own errors where aiohttp lets one through.
_FAILURES = (aiohttp.ClientError, OSError)


def _map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """aiohttp's failure as the httpx error httpx raises for the same failure."""
    message = str(exc) or type(exc).__name__
    error: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for the pool
        error = httpx.ConnectTimeout
    elif isinstance(exc, TimeoutError):  # the answer was too slow: its head or its body
        error = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientHttpProxyError):  # the proxy refused (CONNECT not 2xx)
        error = httpx.ProxyError
    elif isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ServerFingerprintMismatch):
        # No connection: refused, DNS, TLS handshake or certificate, a dead proxy (httpx
        # too says ConnectError for a proxy that does not answer).
        error = httpx.ConnectError
    elif isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        error = httpx.UnsupportedProtocol
    elif isinstance(
        exc,
        aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError,
    ):
        # A body cut short, no answer before the peer closed, an answer that is not HTTP.
        error = httpx.RemoteProtocolError
    else:  # reset, broken pipe and other socket failures once connected
        error = httpx.ReadError
    return error(message, request=request)


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except _FAILURES as exc:
            raise _map_error(exc, self._request) from exc

    async def aclose(self) -> None:
        self._response.release()

    def release(self) -> None:
        """Give the connection back without awaiting (from a finalizer)."""
        self._response.release()


class _Route(NamedTuple):
    """One request URL as aiohttp takes it: parsed, and its proxy arguments."""

    url: yarl.URL  # parsed once per URL, not on every request
    proxy: yarl.URL | None
    proxy_headers: dict[str, str] | None  # on the CONNECT of a tunnel (https)
    forward_headers: dict[str, str] | None  # on the request itself, proxied as it is (http)


def _route(proxy: httpx.Proxy | None, url: str) -> _Route:
    parsed = yarl.URL(url, encoded=True)
    if proxy is None:
        return _Route(parsed, None, None, None)
    headers = dict(proxy.headers)
    if proxy.auth:
        # UTF-8, as httpx encodes proxy credentials (aiohttp's BasicAuth: Latin-1, and
        # deprecated with proxy_auth in 3.14 for exactly this header).
        user, password = proxy.auth
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        headers["Proxy-Authorization"] = f"Basic {token}"
    return _Route(
        parsed,
        yarl.URL(str(proxy.url)),
        headers or None,
        # aiohttp sends proxy headers on CONNECT only; httpx also on a plain http request.
        headers if headers and url.startswith("http:") else None,
    )


def _with_proxy_headers(headers: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """The request's headers after the proxy's; the request's win (as in httpx)."""
    names = {name.lower() for name in headers}
    return {**{k: v for k, v in extra.items() if k.lower() not in names}, **headers}


class _Preset(NamedTuple):
    """A second session on the running session's connector, with one header dictionary as its
    default headers: a request with exactly those headers sends none of its own. aiohttp
    merges a request's headers into its session's defaults in Python, name by name (~10,000
    instructions for the client's five, ~2% of a request's CPU, which `make bench` holds
    against raw aiohttp's); its defaults it copies in C. The clients send one dictionary of
    their settings with nearly every request, the same object each time."""

    headers: dict[str, str]  # the caller's dictionary, recognised by identity
    snapshot: dict[str, str]  # its items when the session was made: a changed one is missed
    session: aiohttp.ClientSession


def _ca_source(trust_env: bool) -> tuple[str | None, str | None]:
    """Where httpx's default context takes its CA certificates from: SSL_CERT_FILE or
    SSL_CERT_DIR with ``trust_env``, else certifi's bundle (None, None)."""
    if not trust_env:
        return None, None
    return os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None


# The default SSL context (verify=True, no cert) of each CA source, made once per process.
_DEFAULT_SSL: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


# Sessions abandoned in a forked child: kept referenced so that no finalizer of theirs runs
# in the child (it could close, or unregister from the event loop's selector, sockets whose
# file descriptions the parent still uses).
_ABANDONED: list[object] = []


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Keep-alive connections in one aiohttp session per event loop: ``limit`` connections at
    most (or ``limits``, httpx's, which wins when both are given); ``verify``, ``cert``,
    ``proxy`` and ``trust_env`` as httpx's clients take them. See :meth:`from_options`."""

    def __init__(
        self,
        *,
        limit: int = 100,
        verify: Verify = True,
        cert: Cert | None = None,
        proxy: ProxyTypes | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
    ) -> None:
        # Set first, so that __del__ of a transport refused below is quiet.
        self._session: aiohttp.ClientSession | None = None
        self._preset: _Preset | None = None  # of the running session, made by its first send
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pid = os.getpid()
        if limits is None:
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
                raise FireworksConfigurationError(
                    f"limit: must be 1 or more connections, got {limit!r}"
                )
            limits = httpx.Limits(
                max_connections=limit, keepalive_expiry=DEFAULT_LIMITS.keepalive_expiry
            )
        # Refused as the clients refuse them (FireworksConfigurationError, a ValueError): a
        # SOCKS proxy (aiohttp takes http and https ones), a file that does not exist, limits
        # that would not mean what they mean to httpx's pool.
        check_http_settings(
            verify=verify,
            cert=cert,
            proxy=proxy,
            limits=limits,
            trust_env=trust_env,
            sender="aiohttp",
        )
        # httpx's limits, in aiohttp's terms: no limit is aiohttp's 0. aiohttp has no count
        # of idle connections of its own (up to `limit` are kept); httpx's 0, none kept, and a
        # keepalive_expiry of 0, none reused, are aiohttp's force_close: no reuse.
        self._limit = limits.max_connections if limits.max_connections is not None else 0
        self._force_close = limits.max_keepalive_connections == 0 or limits.keepalive_expiry == 0
        self._keepalive = None if self._force_close else limits.keepalive_expiry
        self._verify, self._cert, self._trust_env = verify, cert, trust_env
        self._proxy = proxy
        self._ssl: ssl.SSLContext | None = None
        self._proxy_rules = ProxyRules(proxy, trust_env=trust_env)
        self._routes: dict[str, _Route] = {}
        # The last timeouts sent and aiohttp's for them: nearly every call has the client's.
        self._timeouts: tuple[dict[str, float | None], aiohttp.ClientTimeout] = ({}, _timeout({}))

    @classmethod
    def from_options(cls, options: HTTPOptions) -> AiohttpTransport:
        """A transport set up as ``options`` say (``limits.max_connections`` the limit)."""
        return cls(
            verify=options.verify,
            cert=options.cert,
            proxy=options.proxy,
            limits=options.limits,
            trust_env=options.trust_env,
        )

    def __repr__(self) -> str:
        return (
            f"AiohttpTransport(limit={self._limit}, proxy={redacted_proxy(self._proxy)!r}, "
            f"trust_env={self._trust_env})"
        )

    # --- sessions ---------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        # httpx's own: the same verify/cert/SSL_CERT_FILE/SSL_CERT_DIR rules. Made once
        # (loading the CA bundle takes milliseconds) and shared by the sessions of later loops;
        # the default one (verify=True, no cert) once per process and CA source, as aiohttp
        # makes its own default context once, when it is imported.
        if self._ssl is None:
            if self._verify is True and self._cert is None:
                source = _ca_source(self._trust_env)
                context = _DEFAULT_SSL.get(source)
                if context is None:
                    context = _DEFAULT_SSL[source] = self._new_ssl_context()
            else:
                context = self._new_ssl_context()
            self._ssl = context
        return self._ssl

    def _new_ssl_context(self) -> ssl.SSLContext:
        try:
            return httpx.create_ssl_context(
                # httpx 0.27 also took a None password in a cert tuple; 0.28's types do not.
                verify=self._verify,
                cert=cast("Any", self._cert),
                trust_env=self._trust_env,
            )
        except (OSError, ValueError) as exc:  # a file that does not load (ssl.SSLError)
            raise pool_failure(
                exc, verify=self._verify, cert=self._cert, trust_env=self._trust_env
            ) from exc

    def _new_session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=self._limit,
                ssl=self._ssl_context(),
                keepalive_timeout=self._keepalive,
                force_close=self._force_close,
            ),
            # httpx decodes content encodings itself; aiohttp hands the bytes over as sent.
            auto_decompress=False,
        )

    def _preset_for(self, session: aiohttp.ClientSession, headers: dict[str, str]) -> _Preset:
        """The running session's twin with ``headers`` as its defaults: the same connector
        (its pool, owned and closed by ``session``), the same settings."""
        twin = aiohttp.ClientSession(
            connector=session.connector,
            connector_owner=False,
            headers=headers,
            auto_decompress=False,
        )
        return _Preset(headers, dict(headers), twin)

    def _drop_preset(self) -> None:
        """Forget the running session's twin. Detached (public: no I/O, the connector is its
        session's), it counts as closed: aiohttp warns of no unclosed session."""
        preset, self._preset = self._preset, None
        if preset is not None:
            preset.session.detach()

    def _get_session(self) -> aiohttp.ClientSession:
        """The session of the running loop. Synchronous on purpose: nothing can run between
        finding no session and making one, so a new loop's first requests share one."""
        session = self._session
        loop = asyncio.get_running_loop()
        if (
            session is not None
            and self._loop is loop
            and self._pid == os.getpid()
            and not session.closed  # closed by its loop's shutdown of async generators
        ):
            return session
        return self._renew(loop)

    def _renew(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        old, old_loop = self._session, self._loop
        if self._pid != os.getpid():  # a forked child: never the parent's sockets
            if old is not None:
                _abandon(old)
            old, old_loop = None, None
            self._pid = os.getpid()
        elif old is not None and old_loop is not loop and old_loop is not None:
            if old_loop.is_running():
                raise EventLoopError(
                    "This client is in use in another running event loop (another thread?); "
                    "make one client per event loop"
                )
            if old_loop.is_closed():
                # Closed without shutting down its async generators (asyncio.run does, and
                # closed the session then): too late to close its connections.
                _retire(old)
            # Else a loop that may run again: its session is closed when that loop shuts down
            # its async generators (LoopEnd), or at exit once it is closed.
        self._drop_preset()
        session = self._session = self._new_session()
        self._loop = loop
        _keep(session, loop)
        return session

    # --- the sender (_wire) -----------------------------------------------------------

    def _route_for(self, url: str) -> _Route:
        route = self._routes.get(url)
        if route is None:  # a handful of URLs per client; never grow without bound
            if len(self._routes) > 256:
                self._routes.clear()
            route = self._routes[url] = _route(self._proxy_rules.choose(url), url)
        return route

    async def open_stream(self, request: Prepared) -> httpx.Response:
        """A stream's answer, its body unread (``_wire``)."""
        return await self._stream(build_request(*request))

    async def send(self, request: Prepared) -> BufferedResponse:
        """The whole answer (``_wire``); no httpx objects unless something fails."""
        # Every call's CPU here is held against raw aiohttp's (``make bench``): the URL's
        # route and the timeouts are looked up without a call of our own in between.
        method, url, headers, content, timeout = request
        session = self._get_session()
        route = self._routes.get(url) or self._route_for(url)
        limits, client_timeout = self._timeouts
        if timeout != limits:  # compared by value: a caller may reuse a dict it changed
            client_timeout = _timeout(timeout)
            self._timeouts = (dict(timeout), client_timeout)
        sent: dict[str, str] | None = headers
        if route.forward_headers is not None:
            sent = _with_proxy_headers(headers, route.forward_headers)
        else:
            preset = self._preset
            if preset is None:
                preset = self._preset = self._preset_for(session, headers)
            if headers is preset.headers and headers == preset.snapshot:
                session, sent = preset.session, None
        try:
            response = await session.request(
                method,
                route.url,
                headers=sent,
                data=content
                if content is None or content.__class__ is bytes
                else async_content(content),
                allow_redirects=False,
                timeout=client_timeout,
                proxy=route.proxy,
                proxy_headers=route.proxy_headers,
            )
        except _FAILURES as exc:
            raise _map_error(exc, build_request(*request)) from exc
        try:
            body = await response.read()
        except _FAILURES as exc:
            raise _map_error(exc, build_request(*request)) from exc
        finally:
            response.release()
        return BufferedResponse(
            response.status,
            response.reason or "",
            response.raw_headers,
            body,
            content_encoding=response.headers.get("Content-Encoding"),
            request=request,
        )

    # --- the httpx transport ----------------------------------------------------------

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
        session = self._get_session()
        url = str(request.url)
        route = self._route_for(url)
        if route.forward_headers is not None:
            headers = _with_proxy_headers(headers, route.forward_headers)
        try:
            response = await session.request(
                request.method,
                route.url,
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=_timeout(request.extensions.get("timeout") or {}),
                proxy=route.proxy,
                proxy_headers=route.proxy_headers,
            )
        except _FAILURES as exc:
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

    # --- ending -----------------------------------------------------------------------

    def _forget_ended_loop(self) -> None:
        """A client never closed, whose loop was closed without shutting down its async
        generators (``asyncio.run`` shuts them down, and the session was closed then): aiohttp
        would print "Unclosed client session/connector" at exit, where httpx's clients say
        nothing. Its connections can no longer be closed; mark the session closed."""
        session, loop = self._session, self._loop
        if session is None or session.closed or loop is None:
            return
        if self._pid != os.getpid():  # a forked child's copy of the parent's session
            _abandon(session)
        elif loop.is_closed():
            _retire(session)

    def __del__(self) -> None:
        self._drop_preset()
        self._forget_ended_loop()
        if self._session is not None:
            # Still open in a live loop: dropped from the registry, its LoopEnd's generator
            # is collected, and asyncio's finalizer hook has the loop close it, in the loop,
            # soon (kept until the loop's end, clients made and dropped would pile up).
            _SESSIONS.pop(id(self._session), None)

    async def aclose(self) -> None:
        self._drop_preset()
        session, self._session = self._session, None
        if session is None:
            return
        if self._pid != os.getpid():
            _abandon(session)
        elif self._loop is asyncio.get_running_loop():
            kept = _SESSIONS.pop(id(session), None)
            if kept is not None:
                await kept.end.run()  # closes the session
            await session.close()
        elif self._loop is not None and self._loop.is_closed():
            _retire(session)
        # Else its loop may still run (in another thread, or later): closed at its end.


class _Kept(NamedTuple):
    session: aiohttp.ClientSession
    loop: asyncio.AbstractEventLoop
    pid: int
    end: LoopEnd  # closes the session when its loop shuts down its async generators


# The open sessions, with their loops and processes. Held here, not only by their transport,
# so that a transport collected in a reference cycle is finalized before its session (the
# collector finalizes a cycle in no set order), and so that a session outlives its transport
# until its loop ends.
_SESSIONS: dict[int, _Kept] = {}


def _keep(session: aiohttp.ClientSession, loop: asyncio.AbstractEventLoop) -> None:
    """Register a new session of the running ``loop``: closed, in that loop, when it shuts down
    its async generators (``asyncio.run`` does before closing it). Its connections are then
    closed while the loop can still run their ``connection_lost``; after ``asyncio.run``, a
    dropped connection is an "unclosed transport" and "unclosed socket" ResourceWarning."""

    async def close() -> None:
        _SESSIONS.pop(id(session), None)
        await session.close()

    _SESSIONS[id(session)] = _Kept(session, loop, os.getpid(), LoopEnd(close))


def _retire(session: aiohttp.ClientSession) -> None:
    """A session whose loop is closed (without shutting down its async generators): closed as
    far as that allows, public API only. Its connector, closed with its loop closed, only marks
    itself closed: no I/O (the connections can no longer be closed: their loop cannot run)."""
    kept = _SESSIONS.pop(id(session), None)
    if kept is not None:
        kept.end.cancel()
    connector = session.connector
    session.detach()  # public: the session counts as closed and never warns
    if connector is not None and not connector.closed:
        # Public: with its loop closed, close() does no I/O and its awaitable needs no loop.
        # (It marks itself closed first; should it still want the closed loop, e.g. for a
        # DNS lookup left pending there, there is nothing more to do.)
        with contextlib.suppress(RuntimeError):
            run_now(connector.close())


def _abandon(session: aiohttp.ClientSession) -> None:
    """In a forked child: forget the parent's session without any I/O on its sockets."""
    kept = _SESSIONS.pop(id(session), None)
    if kept is not None:
        kept.end.cancel()  # never closed at its loop's end (the parent's loop, copied)
    connector = session.connector
    session.detach()  # public: the session counts as closed and never warns
    if connector is not None:
        # Private, and no public way in aiohttp 3.14: a connector dropped unclosed closes
        # its connections in its finalizer (unregistering them from the epoll instance the
        # parent shares: the parent's next answer is never read), and close() does the same.
        # Marked closed, its finalizer returns at once. Kept referenced besides. The need is
        # pinned by test_an_aiohttp_connector_dropped_unclosed_closes_its_connections.
        connector._closed = True
        _ABANDONED.append(connector)


@atexit.register
def _forget_ended_loops() -> None:
    """At exit: the sessions of never-closed clients whose loops were closed without shutting
    down their async generators are marked closed, quietly; a parent's, in a forked child,
    left."""
    for kept in list(_SESSIONS.values()):
        if kept.pid != os.getpid():
            _abandon(kept.session)
        elif kept.loop.is_closed():
            _retire(kept.session)
