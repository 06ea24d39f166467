"""The senders over httpx (``_wire``), the pool's settings (:class:`HTTPOptions`) and the choice
of a proxy for a URL as httpx makes it (:class:`ProxyRules`, for the aiohttp sender).

The sync client sends through an ``httpx.Client`` (its own, or the caller's), not straight to a
transport. The client layer costs about 10% of the sync requests/s (bench, 2 cores: 1.10x raw
httpx's requests/s through it, 1.24x straight to ``httpx.HTTPTransport``; 0.92x when requests
were also made by ``client.build_request``, now kept for a caller's client) and buys httpx's own
handling of everything the pool's settings and the environment say: the transport for each URL
by the proxy variables (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``),
certificates (``verify``, ``cert``, ``SSL_CERT_FILE``, ``SSL_CERT_DIR``) and limits, exactly as
an ``httpx.Client`` made with the same arguments; and for a caller's client, its hooks,
cookies, auth and base URL.

The async client sends through aiohttp by default (``_aiohttp_transport``); through httpx
when it is given an ``httpx.AsyncClient`` or an httpx async transport (:class:`AsyncHTTPSender`).

A pool made before ``os.fork()`` is never used by the child: the process id is checked on each
request, as urllib3 does, and the child makes a pool of its own. It leaves the parent's alone,
unclosed: closing it could write on sockets the parent still uses (a TLS close_notify). A
caller's own ``http_client`` or ``transport`` is the caller's business.
"""

from __future__ import annotations

import asyncio
import os
import re
import ssl
import threading
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeAlias, TypeVar

import httpx

from fireworks_client._drain import DrainGuard
from fireworks_client._exceptions import EventLoopError
from fireworks_client._http_checks import check_http_settings, environment_proxies, pool_failure
from fireworks_client._loops import LoopEnd
from fireworks_client._response import build_request
from fireworks_client._wire import BufferedResponse, Prepared, async_content, sync_content

__all__ = [
    "DEFAULT_LIMITS",
    "AsyncHTTPSender",
    "Cert",
    "HTTPOptions",
    "ProxyRules",
    "SyncHTTPSender",
    "Verify",
    "buffered",
    "redacted_proxy",
]

Verify: TypeAlias = bool | str | ssl.SSLContext
# httpx's certificate forms: a file with key and certificate, (certificate, key), or
# (certificate, key, password); httpx 0.27 allowed a None password.
Cert: TypeAlias = str | tuple[str, str] | tuple[str, str, str | None]
ProxyTypes: TypeAlias = str | httpx.URL | httpx.Proxy
C = TypeVar("C", httpx.Client, httpx.AsyncClient)

# httpx's default pool size, every connection kept alive. httpx's default keeps 20: httpcore
# 1.0.9 then closes every idle connection while the pool holds more than 20 in all (it counts
# all connections, not the idle ones: httpcore pull request 1000), so a client used by more
# than 20 threads opened a connection per request, and such a close can hit a connection just
# handed to a waiting request, whose read then fails (EBADF) or hangs (httpcore issue 1110;
# seen here about once in 1,300 streams at 32 threads). With every connection kept alive that
# close never happens. It can go when httpcore counts idle connections: then 20 again, or not
# (test_concurrent_streams holds the connection count at 32 threads).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


@dataclass(frozen=True, slots=True, repr=False)
class HTTPOptions:
    """How the client's own connection pool is set up, with the meaning httpx's clients give
    these arguments. Its repr shows no credential (a proxy URL may carry a password, a
    certificate tuple its key's password)."""

    verify: Verify = True
    cert: Cert | None = None
    proxy: ProxyTypes | None = None
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    trust_env: bool = True

    def client_arguments(self) -> dict[str, Any]:
        """The arguments of an ``httpx.Client``/``httpx.AsyncClient`` with these settings."""
        return {
            "verify": self.verify,
            "cert": self.cert,
            "proxy": self.proxy,
            "limits": self.limits,
            "trust_env": self.trust_env,
            "follow_redirects": False,
        }

    def new_client(self, client_class: type[C]) -> C:
        """An ``httpx.Client`` or ``httpx.AsyncClient`` with these settings, checked first as
        the client checked them when it was made (httpx reads the environment now, when its
        pool is made); a pool that cannot be made (a CA bundle or certificate that does not
        load) is a ``FireworksConfigurationError``."""
        check_http_settings(
            verify=self.verify,
            cert=self.cert,
            proxy=self.proxy,
            limits=self.limits,
            trust_env=self.trust_env,
            sender="httpx",
        )
        try:
            return client_class(**self.client_arguments())
        except (ImportError, OSError, ValueError) as exc:
            raise pool_failure(
                exc, verify=self.verify, cert=self.cert, trust_env=self.trust_env
            ) from exc

    def __repr__(self) -> str:
        cert = self.cert
        if isinstance(cert, tuple) and len(cert) == 3 and cert[2] is not None:
            cert = (cert[0], cert[1], "********")
        verify = "<SSLContext>" if isinstance(self.verify, ssl.SSLContext) else repr(self.verify)
        return (
            f"HTTPOptions(verify={verify}, cert={cert!r}, "
            f"proxy={redacted_proxy(self.proxy)!r}, limits={self.limits!r}, "
            f"trust_env={self.trust_env!r})"
        )


def redacted_proxy(proxy: ProxyTypes | None) -> str | None:
    """The proxy's URL with any password masked (for reprs and logs)."""
    if proxy is None:
        return None
    try:
        url = proxy.url if isinstance(proxy, httpx.Proxy) else httpx.URL(proxy)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<proxy>"
    if not url.host:  # not a URL ("user:password@host" parses as a scheme and a path)
        return "<proxy>"
    if url.password:
        url = url.copy_with(password="********")
    return str(url)


# --- Proxies per URL, as httpx chooses them ------------------------------------------------


class _Pattern(NamedTuple):
    """One key of httpx's proxy table ("all://", "https://", "all://*example.com", ...)."""

    scheme: str  # "" for any
    host: str  # "" for any
    port: int | None
    host_match: re.Pattern[str] | None

    @classmethod
    def parse(cls, key: str) -> _Pattern:
        url = httpx.URL(key)  # the same parsing (lower case, IDNA, brackets) as httpx's
        scheme = "" if url.scheme == "all" else url.scheme
        host = "" if url.host == "*" else url.host
        if not host:
            match = None
        elif host.startswith("*."):  # subdomains only
            match = re.compile(rf"^.+\.{re.escape(host[2:])}$")
        elif host.startswith("*"):  # the domain and its subdomains
            match = re.compile(rf"^(.+\.)?{re.escape(host[1:])}$")
        else:
            match = re.compile(rf"^{re.escape(host)}$")
        return cls(scheme, host, url.port, match)

    def priority(self) -> tuple[int, int, int]:
        # Most specific first: with a port, then the longer host, then the longer scheme.
        return (0 if self.port is not None else 1, -len(self.host), -len(self.scheme))

    def matches(self, url: httpx.URL) -> bool:
        if self.scheme and self.scheme != url.scheme:
            return False
        if self.host_match is not None and not self.host_match.match(url.host):
            return False
        return self.port is None or self.port == url.port


class ProxyRules:
    """The proxy for each request URL, chosen as an ``httpx.Client(proxy=..., trust_env=...)``
    chooses it: an explicit ``proxy`` for every URL; else, with ``trust_env``, the
    environment's (``HTTPS_PROXY``/``HTTP_PROXY`` by scheme, ``ALL_PROXY`` for any, each in
    either case; ``NO_PROXY``'s hosts, domains, IP addresses and ``*`` go direct), the most
    specific rule first. The environment is read once, when the rules are made (httpx reads it
    when its client is made).

    ``choose`` gives an ``httpx.Proxy`` (credentials out of its URL, in ``auth``) or None."""

    __slots__ = ("_rules",)

    def __init__(self, proxy: ProxyTypes | None = None, *, trust_env: bool = True) -> None:
        table: dict[str, ProxyTypes | None]
        if proxy is not None:
            table = {"all://": proxy}
        elif trust_env:
            table = dict(environment_proxies())
        else:
            table = {}
        rules = [(_Pattern.parse(key), _as_proxy(value)) for key, value in table.items()]
        # Stable: rules of the same priority keep the table's order, as in httpx.
        rules.sort(key=lambda rule: rule[0].priority())
        self._rules: tuple[tuple[_Pattern, httpx.Proxy | None], ...] = tuple(rules)

    @property
    def proxies(self) -> tuple[httpx.Proxy, ...]:
        """Every proxy some URL may go through."""
        return tuple(proxy for _, proxy in self._rules if proxy is not None)

    def choose(self, url: str | httpx.URL) -> httpx.Proxy | None:
        if not self._rules:
            return None
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        for pattern, proxy in self._rules:
            if pattern.matches(parsed):
                return proxy
        return None


def _as_proxy(value: ProxyTypes | None) -> httpx.Proxy | None:
    if value is None or isinstance(value, httpx.Proxy):
        return value
    return httpx.Proxy(value)  # checks the scheme; takes credentials out of the URL


# --- The senders ------------------------------------------------------------------------


def buffered(request: Prepared, response: httpx.Response, raw: bytes | None) -> BufferedResponse:
    """The answer read whole: its raw (undecoded) bytes, or None when a transport answered
    with the body read already (decoded: httpx.MockTransport, ASGI transports)."""
    return BufferedResponse(
        response.status_code,
        response.reason_phrase,
        tuple(response.headers.raw),
        response.content if raw is None else raw,
        content_encoding=None if raw is None else response.headers.get("content-encoding"),
        request=request,
    )


def _request(
    client: httpx.Client | httpx.AsyncClient,
    prepared: Prepared,
    *,
    owned: bool,
    extensions: dict[str, Any] | None = None,
) -> httpx.Request:
    method, url, headers, content, timeout = prepared
    body = (
        content
        if content is None or isinstance(content, bytes)
        else async_content(content)
        if isinstance(client, httpx.AsyncClient)
        else sync_content(content)
    )
    if owned:
        # A client of ours has no headers, cookies or base URL of its own to merge in:
        # the request as prepared (client.build_request costs ~15% of a request's CPU).
        return build_request(method, url, headers, body, timeout, extensions=extensions)
    # A caller's client adds its own headers, cookies, base URL and parameters.
    return client.build_request(
        method,
        url,
        headers=headers,
        content=body,
        extensions={"timeout": timeout, **(extensions or {})},
    )


class SyncHTTPSender:
    """The sync client's sender: through the caller's ``httpx.Client`` (``http_client``: its
    hooks, cookies, limits; never closed here), an ``httpx.Client`` of its own around the
    caller's ``transport``, or one of its own set up by ``options``."""

    __slots__ = ("_client", "_options", "_owned", "_pid", "_transport")

    def __init__(
        self,
        options: HTTPOptions | None = None,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ValueError("give http_client or transport, not both")
        self._options = options if options is not None else HTTPOptions()
        self._transport = transport
        # Closed by close(): a client this sender made (around a transport, as httpx's client
        # closes its transport); not the caller's http_client.
        self._owned = http_client is None
        self._client = http_client if http_client is not None else self._new_client()
        self._pid = os.getpid()

    def _new_client(self) -> httpx.Client:
        if self._transport is not None:
            return httpx.Client(transport=self._transport, follow_redirects=False)
        return self._options.new_client(httpx.Client)

    def _current(self) -> httpx.Client:
        # Only a pool this sender set up is renewed after a fork; a caller's is theirs.
        if self._pid != os.getpid() and self._owned and self._transport is None:
            # A forked child: a pool of its own. The parent's is dropped, not closed (a
            # dropped httpx pool only releases its file descriptors: no I/O).
            self._client = self._new_client()
            self._pid = os.getpid()
        return self._client

    def open_stream(self, request: Prepared) -> httpx.Response:
        client = self._current()
        # A stream's drain after [DONE] is bounded through this guard (_drain).
        extensions = {"trace": DrainGuard()}
        return client.send(
            _request(client, request, owned=self._owned, extensions=extensions), stream=True
        )

    def send(self, request: Prepared) -> BufferedResponse:
        client = self._current()
        response = client.send(_request(client, request, owned=self._owned), stream=True)
        if response.is_stream_consumed:  # a transport that answered with its body read
            return buffered(request, response, None)
        try:
            content = b"".join(response.iter_raw())
        finally:
            response.close()
        return buffered(request, response, content)

    def close(self) -> None:
        if self._owned and self._pid == os.getpid():  # never the parent's, in a child
            self._client.close()


class AsyncHTTPSender:
    """The async client's sender over httpx: through the caller's ``httpx.AsyncClient``
    (never closed here), one of its own around the caller's async ``transport``, or one of its
    own set up by ``options`` (httpx's own async pool; the default sender is aiohttp's).

    Event loops. httpcore's pool belongs to the loop it was used in: its connections are that
    loop's transports and its locks that loop's. Used in another loop, a connection of the old
    one fails with a raw ``RuntimeError('Event loop is closed')``, and two loops sharing it at
    once (two threads) share loop-bound state across threads (a probe saw one thread of two wait
    forever, past its timeout, in 1 run of 3). So:

    - a pool of its own (``options``) follows the running loop as the aiohttp sender does: a
      new one in each new loop, each closed in its loop when that loop ends (``LoopEnd``);
    - the caller's ``httpx.AsyncClient``, or an ``httpx.AsyncHTTPTransport`` of theirs, serves
      the loop it was first used in only: in any other an ``EventLoopError`` at once, before
      anything is sent, saying why. The client of its own around such a transport is closed
      (and with it the transport, as httpx's clients close theirs) when that loop ends; the
      caller's ``httpx.AsyncClient`` is never closed here;
    - another transport of the caller's (a mock, ASGI, ...) is theirs to make work across
      loops: used as it is.

    A loop still running in another thread while another uses the sender is an
    ``EventLoopError`` too (for the first two)."""

    __slots__ = (
        "_client",
        "_end",
        "_guard",
        "_loop",
        "_mode",
        "_options",
        "_owned",
        "_pid",
        "_transport",
    )

    def __init__(
        self,
        options: HTTPOptions | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ValueError("give http_client or transport, not both")
        self._options = options if options is not None else HTTPOptions()
        self._transport = transport
        self._owned = http_client is None
        self._client = http_client if http_client is not None else self._new_client()
        self._pid = os.getpid()
        self._mode = _loop_mode(http_client, transport)
        self._loop: asyncio.AbstractEventLoop | None = None  # of the last request
        self._end: LoopEnd | None = None  # closes an owned pool when its loop ends
        self._guard = threading.Lock()  # two threads' loops arriving at once

    def _new_client(self) -> httpx.AsyncClient:
        if self._transport is not None:
            return httpx.AsyncClient(transport=self._transport, follow_redirects=False)
        return self._options.new_client(httpx.AsyncClient)

    def _current(self) -> httpx.AsyncClient:
        if self._pid != os.getpid() and self._owned and self._transport is None:  # as sync
            self._client = self._new_client()
            self._pid = os.getpid()
            end, self._end, self._loop = self._end, None, None
            if end is not None:
                end.cancel()  # never close the parent's pool
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._enter(loop)
        return self._client

    def _enter(self, loop: asyncio.AbstractEventLoop) -> None:
        """The first request in ``loop``: follow it, or refuse it (see the class)."""
        if self._mode == _FREE:
            self._loop = loop
            return
        with self._guard:
            old = self._loop
            if old is loop:  # checked again under the guard
                return
            if old is not None:
                if old.is_running():
                    raise EventLoopError(
                        "This client is in use in another running event loop (another "
                        "thread?), and its httpx pool belongs to that loop; make one client "
                        "per event loop"
                    )
                if self._mode == _PINNED:
                    raise EventLoopError(
                        f"This client's {_pool_name(self._owned)} was used in another event "
                        "loop (an earlier asyncio.run?): httpx's connection pools belong to "
                        "the loop they were used in (their connections and locks are that "
                        "loop's), so it cannot serve this one. Make one client (and one "
                        "httpx pool) per event loop, or leave http_client and transport out: "
                        "the default sender follows the running loop"
                    )
                # A pool of our own, of an ended loop: closed at its end (LoopEnd); if that
                # loop was closed without shutting down its async generators, it is too late.
                if old.is_closed() and self._end is not None:
                    self._end.cancel()
                self._client = self._new_client()
            self._end = LoopEnd(self._client.aclose) if self._owned else None
            self._loop = loop

    async def open_stream(self, request: Prepared) -> httpx.Response:
        client = self._current()
        return await client.send(_request(client, request, owned=self._owned), stream=True)

    async def send(self, request: Prepared) -> BufferedResponse:
        client = self._current()
        response = await client.send(_request(client, request, owned=self._owned), stream=True)
        if response.is_stream_consumed:
            return buffered(request, response, None)
        try:
            content = b"".join([part async for part in response.aiter_raw()])
        finally:
            await response.aclose()
        return buffered(request, response, content)

    async def aclose(self) -> None:
        if not self._owned or self._pid != os.getpid():
            return
        loop, end = self._loop, self._end
        if self._mode == _FREE or loop is None or loop is asyncio.get_running_loop():
            self._end = None
            if end is not None:
                await end.run()  # closes the client
            await self._client.aclose()
            return
        if loop.is_running():
            raise EventLoopError(
                "This client's httpx pool is in use in another running event loop (another "
                "thread?): close the client in that loop"
            )
        # Its loop has ended: the pool was closed then (asyncio.run shuts down async
        # generators), or its connections can no longer be closed (a loop closed by hand).
        if loop.is_closed() and end is not None:
            self._end = None
            end.cancel()


_FREE, _PINNED, _FOLLOW = "free", "pinned", "follow"


def _loop_mode(
    http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None
) -> str:
    """How the sender treats event loops (see AsyncHTTPSender)."""
    if http_client is not None or isinstance(transport, httpx.AsyncHTTPTransport):
        return _PINNED  # httpx's pool, whose transport is not known, or known to be httpcore's
    return _FOLLOW if transport is None else _FREE


def _pool_name(owned: bool) -> str:
    return "httpx transport (httpx.AsyncHTTPTransport)" if owned else "http_client"
