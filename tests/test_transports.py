"""The senders under the clients (``_transports``, ``_aiohttp_transport``), set up as httpx's
clients are and checked against httpx itself: the proxy chosen for each URL and environment,
proxy credentials, TLS settings (a local TLS server with a test CA), limits, the error classes
for the same failures, forked children and event loops. Servers run on 127.0.0.1 in threads
of this process, record what they see (the peer's port tells connections apart) and stop when
their block ends."""

from __future__ import annotations

import asyncio
import base64
import gc
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import fireworks_client as fw
import httpx
import pytest
from fireworks_client import _aiohttp_transport
from fireworks_client._aiohttp_transport import AiohttpTransport
from fireworks_client._transports import (
    AsyncHTTPSender,
    HTTPOptions,
    ProxyRules,
    SyncHTTPSender,
)
from fireworks_client._wire import BufferedResponse, Prepared

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD")
TIMEOUT: dict[str, float | None] = {"connect": 5.0, "read": 10.0, "write": 5.0, "pool": 5.0}

# A test CA and a certificate it signed for 127.0.0.1 and localhost (server and client use),
# valid 2000-2100 (EC P-256; made with openssl). Nothing else trusts this CA.
CA_PEM = """-----BEGIN CERTIFICATE-----
MIIBeTCCASCgAwIBAgICEAAwCgYIKoZIzj0EAwIwIzEhMB8GA1UEAwwYZmlyZXdv
cmtzLWNsaWVudCB0ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAw
MDAwWjAjMSEwHwYDVQQDDBhmaXJld29ya3MtY2xpZW50IHRlc3QgQ0EwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAATaZ71WB0gRJauFJwHhftUnMIXMsUY4zttGQeCo
vg+3D8z53PsEkNhCv2oEXgnaCXp+6EfDAxkkZkx5mOiRRZV8o0IwQDAPBgNVHRMB
Af8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUyBSVMM6vpCavlHpp
lyp7mueFu70wCgYIKoZIzj0EAwIDRwAwRAIgGRuwqQQBctlfybjYT85yC7NyxYPf
IeGRuO5Ye0WcY50CIE4YcTc+EkNvfmgtKTyC1yArneCN35AMaTD5RpPxMbUX
-----END CERTIFICATE-----
"""
CA_SUBJECT_HASH = "afc94dae"  # openssl x509 -hash: its file name in an SSL_CERT_DIR
LEAF_PEM = """-----BEGIN CERTIFICATE-----
MIIBxTCCAWygAwIBAgICEAEwCgYIKoZIzj0EAwIwIzEhMB8GA1UEAwwYZmlyZXdv
cmtzLWNsaWVudCB0ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAw
MDAwWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjOPQMB
BwNCAAR6Nk9A2R9HVndUMDZvR4+bQcJYZFCWBQ5Hu3UjIc3D6U5UZAePt8Vu/CRW
gb3I6P8oll1eJ1yGelMysxLFaeeYo4GcMIGZMAwGA1UdEwEB/wQCMAAwDgYDVR0P
AQH/BAQDAgeAMB0GA1UdJQQWMBQGCCsGAQUFBwMBBggrBgEFBQcDAjAaBgNVHREE
EzARhwR/AAABgglsb2NhbGhvc3QwHQYDVR0OBBYEFFRhF6Q6lx/W201+lNkHG4us
4PrFMB8GA1UdIwQYMBaAFMgUlTDOr6Qmr5R6aZcqe5rnhbu9MAoGCCqGSM49BAMC
A0cAMEQCIFezYQTvQfQTcgQhBaHvIBijDRLrFpTc5/ElryRUfX5vAiB/SzceKwhz
8oXbDLaw1foKoT8nRHBj+Z3qfhXVBKDLvg==
-----END CERTIFICATE-----
"""
LEAF_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkWmUhd50aJTQ9i22
b2Z4JIwOwz68iCoZshcFJuM3Rn2hRANCAAR6Nk9A2R9HVndUMDZvR4+bQcJYZFCW
BQ5Hu3UjIc3D6U5UZAePt8Vu/CRWgb3I6P8oll1eJ1yGelMysxLFaeeY
-----END PRIVATE KEY-----
"""


# --- A recording server ---------------------------------------------------------------------


@dataclass
class Seen:
    """One request as the server read it."""

    peer_port: int  # tells connections apart
    method: str
    target: str  # the path, or the absolute URL a proxy is asked for
    headers: dict[str, str]  # names in lower case
    body: bytes


def _json_answer(seen: Seen) -> bytes | None:
    body = json.dumps({"target": seen.target, "peer": seen.peer_port}).encode()
    return _http(200, body, "content-type: application/json")


def _http(status: int, body: bytes, *headers: str) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"content-length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@dataclass
class Server:
    """An HTTP/1.1 server on 127.0.0.1 (a free port), TLS with ``tls``. Keeps connections alive
    and answers each request with ``answer(seen)`` (None: closes the connection without an
    answer; ``close_after``: closes it after the answer); with ``gate`` cleared, holds every
    answer until it is set."""

    answer: Callable[[Seen], bytes | None] = _json_answer
    tls: ssl.SSLContext | None = None
    close_after: bool = False  # close each connection after its first answer
    seen: list[Seen] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)
    changed: threading.Condition = field(default_factory=threading.Condition)
    port: int = 0
    _listener: socket.socket | None = None
    _connections: list[socket.socket] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def wait_for(self, count: int) -> None:
        """Until ``count`` requests have arrived (10 s at most)."""
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.seen) >= count, timeout=10)

    def __enter__(self) -> Server:
        self.gate.set()
        listener = self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.gate.set()
        assert self._listener is not None
        self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() up (Linux)
        self._listener.close()
        for connection in list(self._connections):
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._connections.append(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        peer_port = connection.getpeername()[1]
        try:
            if self.tls is not None:
                connection = self.tls.wrap_socket(connection, server_side=True)
                self._connections.append(connection)
            reader = connection.makefile("rb")
            while True:
                line = reader.readline()
                if not line:
                    return
                method, target, _ = line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (header := reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = header.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = reader.read(int(headers.get("content-length", 0)))
                seen = Seen(peer_port, method, target, headers, body)
                with self.changed:
                    self.seen.append(seen)
                    self.changed.notify_all()
                self.gate.wait()
                reply = self.answer(seen)
                if reply is None:
                    return
                connection.sendall(reply)
                if self.close_after:
                    return
        except (OSError, ValueError):
            return
        finally:
            connection.close()


@contextmanager
def serving(**kw: Any) -> Iterator[Server]:
    with Server(**kw) as server:
        yield server


def _prepared(url: str, **timeout: float) -> Prepared:
    """A GET of ``url`` with TIMEOUT, or these timeouts where given."""
    return Prepared("GET", url, {"accept": "application/json"}, None, {**TIMEOUT, **timeout})


def _payload(answer: Any) -> dict[str, Any]:
    """The JSON body of a sender's whole answer."""
    assert isinstance(answer, BufferedResponse), type(answer)
    assert answer.status_code == 200, answer.content
    data: dict[str, Any] = json.loads(answer.content)
    return data


def sync_send(sender: SyncHTTPSender, url: str, **timeout: float) -> dict[str, Any]:
    return _payload(sender.send(_prepared(url, **timeout)))


async def async_send(sender: Any, url: str, **timeout: float) -> dict[str, Any]:
    return _payload(await sender.send(_prepared(url, **timeout)))


def run_async(sender: Any, url: str, **timeout: float) -> dict[str, Any]:
    """One request on a fresh event loop; the sender stays open."""
    return asyncio.run(async_send(sender, url, **timeout))


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # closed again: nothing listens there


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """An environment without proxy or certificate variables, in either case."""
    for name in (*PROXY_VARIABLES, "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("certs")
    (folder / "ca.pem").write_text(CA_PEM)
    (folder / "leaf.pem").write_text(LEAF_PEM)
    (folder / "leaf.key").write_text(LEAF_KEY)
    return folder


def _server_tls(certs: Path, *, client_certs: bool = False) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs / "leaf.pem", certs / "leaf.key")
    if client_certs:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(certs / "ca.pem")
    return context


# --- Proxies: the same choice as httpx ------------------------------------------------------

ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"HTTP_PROXY": "http://plain.proxy:3128"},
    {"https_proxy": "http://secure.proxy:3129"},
    {"ALL_PROXY": "http://any.proxy:8080"},
    {
        "HTTP_PROXY": "http://plain.proxy:3128",
        "HTTPS_PROXY": "https://secure.proxy:3129",
        "all_proxy": "http://any.proxy:8080",
    },
    {"HTTP_PROXY": "http://plain.proxy:3128", "NO_PROXY": "example.com"},
    {"ALL_PROXY": "http://any.proxy:8080", "no_proxy": ".example.com"},
    {"ALL_PROXY": "http://any.proxy:8080", "NO_PROXY": "*"},
    {"ALL_PROXY": "http://any.proxy:8080", "NO_PROXY": "localhost, 127.0.0.1,::1,10.0.0.0/8"},
    {"ALL_PROXY": "http://any.proxy:8080", "NO_PROXY": "http://internal.test,example.com:8443"},
    {"ALL_PROXY": "http://any.proxy:8080", "NO_PROXY": " , EXAMPLE.com ,, LOCALHOST"},
    {"HTTPS_PROXY": "secure.proxy:3129", "HTTP_PROXY": "plain.proxy"},  # no scheme: http://
    {"HTTP_PROXY": "http://upper.proxy:1", "http_proxy": "http://lower.proxy:2"},  # lower wins
    {"HTTPS_PROXY": "http://us%C3%ABr:p%40ss:w@cred.proxy:8080"},  # credentials
    {"HTTP_PROXY": "http://plain.proxy:3128", "REQUEST_METHOD": "GET"},  # CGI: HTTP_PROXY unsafe
    {"HTTPS_PROXY": "http://secure.proxy:3129", "NO_PROXY": "example.com:443,api.example.com"},
]
URLS = [
    "http://example.com/v1",
    "https://example.com/v1",
    "https://api.example.com/v1/chat",
    "https://deep.api.example.com/",
    "http://notexample.com/",
    "https://EXAMPLE.COM/x",
    "https://example.com:443/",
    "https://example.com:8443/",
    "http://localhost:8000/",
    "http://127.0.0.1:9/",
    "http://[::1]:8000/",
    "http://10.0.0.0/",
    "http://10.1.2.3/",
    "http://internal.test/",
    "https://internal.test/",
    "https://api.fireworks.ai/inference/v1",
]


def _proxy_of(pool: Any) -> tuple[str, bytes | None] | None:
    """(proxy URL, Proxy-Authorization) of an httpcore pool; None: it goes direct."""
    url = getattr(pool, "_proxy_url", None)
    if url is None:
        return None
    auth = dict(pool._proxy_headers).get(b"Proxy-Authorization")
    scheme = url.scheme.decode()
    port = url.port or {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{url.host.decode()}:{port}", auth


def httpx_choices(**client: Any) -> dict[str, tuple[str, bytes | None] | None]:
    """What an ``httpx.Client`` set up so does with each of URLS (httpx's private table)."""
    with httpx.Client(**client) as http:
        return {
            url: _proxy_of(http._transport_for_url(httpx.URL(url))._pool)  # type: ignore[attr-defined]
            for url in URLS
        }


def our_choice(url: str, **rules: Any) -> tuple[str, bytes | None] | None:
    proxy = ProxyRules(**rules).choose(url)
    if proxy is None:
        return None
    port = proxy.url.port or {"http": 80, "https": 443}[proxy.url.scheme]
    auth = None
    if proxy.auth:
        auth = b"Basic " + base64.b64encode(":".join(proxy.auth).encode())
    return f"{proxy.url.scheme}://{proxy.url.host}:{port}", auth


@pytest.mark.parametrize("variables", ENVIRONMENTS, ids=lambda v: ",".join(v) or "none")
def test_the_proxy_for_each_url_is_httpxs(
    env: pytest.MonkeyPatch, variables: dict[str, str]
) -> None:
    for name, value in variables.items():
        env.setenv(name, value)
    assert {url: our_choice(url, trust_env=True) for url in URLS} == httpx_choices()
    # trust_env=False ignores the environment; an explicit proxy takes every URL (NO_PROXY
    # or not), as in httpx.
    assert all(our_choice(url, trust_env=False) is None for url in URLS)
    explicit = httpx.Proxy("http://explicit.proxy:9", auth=("me", "secret"))
    ours = {url: our_choice(url, proxy=explicit) for url in URLS}
    assert ours == httpx_choices(proxy=explicit) and all(ours.values())


def test_a_no_proxy_domain_covers_its_subdomains_only_as_httpx_says(
    env: pytest.MonkeyPatch,
) -> None:
    """The rules the table above holds to, spelt out (a regression would change both)."""
    env.setenv("ALL_PROXY", "http://any.proxy:8080")
    env.setenv("NO_PROXY", "example.com,.sub.test")
    rules = ProxyRules()
    assert rules.choose("https://example.com/") is None
    assert rules.choose("https://a.b.example.com/") is None
    assert rules.choose("https://notexample.com/") is not None
    assert rules.choose("https://sub.test/") is not None  # ".sub.test": subdomains only
    assert rules.choose("https://x.sub.test/") is None


def test_proxy_credentials_reach_the_proxy_as_httpx_sends_them(env: pytest.MonkeyPatch) -> None:
    """A plain-http request through a proxy: the same Proxy-Authorization (UTF-8 credentials)
    and proxy headers from both default senders; the origin never sees them."""
    with serving() as proxy:
        for setting in (
            {"proxy": httpx.Proxy(f"http://127.0.0.1:{proxy.port}", auth=("üser", "p@ss:wörd"))},
            {"proxy": f"http://%C3%BCser:p%40ss%3Aw%C3%B6rd@127.0.0.1:{proxy.port}"},
        ):
            proxy.seen.clear()
            sender = SyncHTTPSender(HTTPOptions(**setting))
            assert sync_send(sender, "http://origin.invalid/v1/a")["target"] == (
                "http://origin.invalid/v1/a"
            )
            sender.close()
            transport = AiohttpTransport(**setting)
            assert run_async(transport, "http://origin.invalid/v1/a")["target"] == (
                "http://origin.invalid/v1/a"
            )
            asyncio.run(transport.aclose())
            by_httpx, by_aiohttp = proxy.seen
            assert (
                by_httpx.headers["proxy-authorization"]
                == "Basic " + base64.b64encode("üser:p@ss:wörd".encode()).decode()
            )
            assert (
                by_aiohttp.headers["proxy-authorization"] == by_httpx.headers["proxy-authorization"]
            )
        # Proxy headers, and the environment's proxy.
        proxy.seen.clear()
        env.setenv("HTTP_PROXY", f"http://who:pw@127.0.0.1:{proxy.port}")
        with_headers = httpx.Proxy(f"http://127.0.0.1:{proxy.port}", headers={"X-Via": "sdk"})
        run_async(AiohttpTransport(proxy=with_headers), "http://origin.invalid/h")
        run_async(AiohttpTransport(), "http://origin.invalid/e")
        assert proxy.seen[0].headers["x-via"] == "sdk"
        assert (
            proxy.seen[1].headers["proxy-authorization"]
            == "Basic " + base64.b64encode(b"who:pw").decode()
        )


def test_a_socks_proxy_is_refused_clearly_by_the_aiohttp_sender(env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="http and https proxies only"):
        AiohttpTransport(proxy="socks5://127.0.0.1:1080")
    env.setenv("ALL_PROXY", "socks5://user:secret@127.0.0.1:1080")
    with pytest.raises(ValueError, match="http and https proxies only") as raised:
        AiohttpTransport()
    assert "secret" not in str(raised.value)
    AiohttpTransport(trust_env=False)  # ignores it


def test_a_dead_proxy_in_the_environment_is_a_connection_error(
    env: pytest.MonkeyPatch, certs: Path
) -> None:
    """Never a silent direct connection: HTTP_PROXY for http URLs, HTTPS_PROXY for https ones
    (the target a live local TLS server), on both default senders; NO_PROXY and
    trust_env=False go direct, an explicit proxy wins over NO_PROXY."""
    dead = f"http://127.0.0.1:{_dead_port()}"
    verify = ssl.create_default_context(cafile=certs / "ca.pem")
    with serving() as plain, serving(tls=_server_tls(certs)) as secure:
        env.setenv("HTTP_PROXY", dead)
        env.setenv("HTTPS_PROXY", dead)
        for url in (plain.url, secure.url):
            with pytest.raises(httpx.ConnectError):
                sync_send(SyncHTTPSender(HTTPOptions(verify=verify)), url + "/v1")
            with pytest.raises(httpx.ConnectError):
                run_async(AiohttpTransport(verify=verify), url + "/v1")
        assert not plain.seen and not secure.seen
        for url in (plain.url, secure.url):
            assert sync_send(SyncHTTPSender(HTTPOptions(verify=verify, trust_env=False)), url)
            assert run_async(AiohttpTransport(verify=verify, trust_env=False), url)
        env.setenv("NO_PROXY", "127.0.0.1")
        for url in (plain.url, secure.url):
            assert sync_send(SyncHTTPSender(HTTPOptions(verify=verify)), url + "/v1")
            assert run_async(AiohttpTransport(verify=verify), url + "/v1")
            with pytest.raises(httpx.ConnectError):
                run_async(AiohttpTransport(verify=verify, proxy=dead), url + "/v1")
        assert len(plain.seen) == len(secure.seen) == 4


# --- TLS: httpx's context, on both senders --------------------------------------------------


@contextmanager
def _quiet_deprecations() -> Iterator[None]:
    # httpx 0.28 deprecates verify=<path> and cert=...; both still mean what they meant.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def _both(options: HTTPOptions, url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """One request on each default sender set up by ``options``."""
    with _quiet_deprecations():
        sync = SyncHTTPSender(options)
        try:
            by_httpx = sync_send(sync, url)
        finally:
            sync.close()
        transport = AiohttpTransport.from_options(options)
        by_aiohttp = run_async(transport, url)
    return by_httpx, by_aiohttp


def _both_fail(options: HTTPOptions, url: str) -> tuple[Exception, Exception]:
    failures: list[Exception] = []
    sends: list[Callable[[], object]] = [
        lambda: sync_send(SyncHTTPSender(options), url),
        lambda: run_async(AiohttpTransport.from_options(options), url),
    ]
    with _quiet_deprecations():
        for send in sends:
            with pytest.raises(httpx.TransportError) as raised:
                send()
            failures.append(raised.value)
    return failures[0], failures[1]


def test_tls_settings_mean_what_they_mean_to_httpx(env: pytest.MonkeyPatch, certs: Path) -> None:
    """Against a server whose CA nothing trusts by default: refused with the default
    settings; accepted with verify=False, a context or a CA file (verify=<path>) trusting the
    CA, or SSL_CERT_FILE / SSL_CERT_DIR naming it (unless trust_env=False)."""
    with serving(tls=_server_tls(certs)) as server:
        url = server.url + "/v1"
        by_httpx, by_aiohttp = _both_fail(HTTPOptions(), url)
        assert type(by_httpx) is type(by_aiohttp) is httpx.ConnectError
        assert "CERTIFICATE_VERIFY_FAILED" in str(by_aiohttp)
        trusting = ssl.create_default_context(cafile=certs / "ca.pem")
        for options in (
            HTTPOptions(verify=False),
            HTTPOptions(verify=trusting),
            HTTPOptions(verify=str(certs / "ca.pem")),
        ):
            assert all(answer["target"] == "/v1" for answer in _both(options, url))
        env.setenv("SSL_CERT_FILE", str(certs / "ca.pem"))
        assert _both(HTTPOptions(), url)
        _both_fail(HTTPOptions(trust_env=False), url)
        env.delenv("SSL_CERT_FILE")
        capath = certs / "capath"
        capath.mkdir(exist_ok=True)
        (capath / f"{CA_SUBJECT_HASH}.0").write_text(CA_PEM)  # the name OpenSSL looks up
        env.setenv("SSL_CERT_DIR", str(capath))
        assert _both(HTTPOptions(), url)


def test_a_client_certificate_is_presented(certs: Path) -> None:
    """The server requires a certificate from our CA: only a sender given ``cert`` gets in."""
    trusting = ssl.create_default_context(cafile=certs / "ca.pem")
    with serving(tls=_server_tls(certs, client_certs=True)) as server:
        options = HTTPOptions(
            verify=trusting, cert=(str(certs / "leaf.pem"), str(certs / "leaf.key"))
        )
        assert all(answer["target"] == "/v1" for answer in _both(options, server.url + "/v1"))
        _both_fail(
            HTTPOptions(verify=ssl.create_default_context(cafile=certs / "ca.pem")), server.url
        )


def test_the_aiohttp_sender_sends_each_requests_headers_and_no_others() -> None:
    """The headers of a session's first request become its twin session's defaults (_Preset):
    a request with that dictionary sends the same headers as any other; a request with
    other headers never gets a default of the first; a changed dictionary sends its change;
    a new event loop starts afresh, and nothing is left unclosed."""
    first = {"Accept": "application/json", "Authorization": "Bearer one", "X-A": "1"}
    other = {"accept": "text/plain", "X-B": "2"}
    transport = AiohttpTransport()

    async def send(headers: dict[str, str]) -> None:
        await transport.send(Prepared("GET", url, headers, None, TIMEOUT))

    def sent(seen: Seen) -> dict[str, str]:
        return {k: v for k, v in seen.headers.items() if k not in ("host", "user-agent")}

    # Earlier tests' garbage (a socket in a reference cycle, say) is collected here, before
    # the watch below: collected inside it, it warned as if this test had left it open.
    gc.collect()
    with serving() as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        url = server.url + "/h"

        async def main() -> None:
            await send(first)
            await send(first)  # through the twin
            await send(other)
            await send(dict(first))  # equal, another dictionary: its own headers
            first["X-A"] = "changed"
            await send(first)

        asyncio.run(main())
        asyncio.run(send(first))  # a new loop, a new session and twin
        asyncio.run(transport.aclose())
        gc.collect()
        unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
        assert not unclosed, unclosed
        lowered = {k.lower(): v for k, v in first.items()}
        assert [sent(seen) for seen in server.seen] == [
            {**lowered, "x-a": "1", "accept-encoding": "gzip, deflate"},
            {**lowered, "x-a": "1", "accept-encoding": "gzip, deflate"},
            {"accept": "text/plain", "x-b": "2", "accept-encoding": "gzip, deflate"},
            {**lowered, "x-a": "1", "accept-encoding": "gzip, deflate"},
            {**lowered, "accept-encoding": "gzip, deflate"},
            {**lowered, "accept-encoding": "gzip, deflate"},
        ]


def test_the_ssl_context_handed_to_aiohttp_is_httpxs() -> None:
    """The context the sender gives aiohttp (that aiohttp uses it: the TLS tests above, against
    a live server; read here from our side, not from aiohttp's private connector)."""
    mine = ssl.create_default_context()
    assert AiohttpTransport(verify=mine)._ssl_context() is mine
    unverified = AiohttpTransport(verify=False)._ssl_context()
    assert unverified.verify_mode == ssl.CERT_NONE and not unverified.check_hostname
    assert AiohttpTransport()._ssl_context().verify_mode == ssl.CERT_REQUIRED


def test_the_default_ssl_context_is_made_once_per_ca_source(
    env: pytest.MonkeyPatch, certs: Path
) -> None:
    """verify=True without a cert: one context per process and CA source (certifi's, or
    SSL_CERT_FILE's), as aiohttp makes its default one once; any other setting its own."""
    first = AiohttpTransport()._ssl_context()
    assert AiohttpTransport()._ssl_context() is first
    assert AiohttpTransport(trust_env=False)._ssl_context() is first  # certifi's either way
    assert AiohttpTransport(verify=False)._ssl_context() is not first
    env.setenv("SSL_CERT_FILE", str(certs / "ca.pem"))
    own = AiohttpTransport()._ssl_context()
    assert own is not first and AiohttpTransport()._ssl_context() is own
    assert AiohttpTransport(trust_env=False)._ssl_context() is first
    env.setenv("SSL_CERT_FILE", str(certs / "leaf.key"))  # there, but holds no certificate
    for _ in range(2):  # a source that does not load is not kept: it fails every time
        transport = AiohttpTransport()
        with pytest.raises(fw.FireworksConfigurationError, match="SSL_CERT_FILE"):
            transport._ssl_context()


# --- Limits ----------------------------------------------------------------------------------


def test_limits_reach_the_pool() -> None:
    """One connection at most: with the only one held by an unanswered request, the next one
    waits for the pool and times out there (a sender that ignored the limit would connect
    again and time out reading instead)."""
    limits = httpx.Limits(max_connections=1, keepalive_expiry=7)
    with serving() as server:
        server.gate.clear()
        sync = SyncHTTPSender(HTTPOptions(limits=limits))
        held = threading.Thread(target=sync_send, args=(sync, server.url + "/held"), daemon=True)
        held.start()
        server.wait_for(1)
        with pytest.raises(httpx.PoolTimeout):
            sync_send(sync, server.url + "/next", pool=0.2, read=1.0)
        server.gate.set()
        held.join(timeout=10)
        assert len(server.seen) == 1

    async def main(transport: AiohttpTransport, server: Server) -> None:
        held = asyncio.create_task(async_send(transport, server.url + "/held"))
        await asyncio.to_thread(server.wait_for, 1)
        with pytest.raises(httpx.ConnectTimeout):  # aiohttp counts the pool into connecting
            await async_send(transport, server.url + "/next", pool=0.2, read=1.0)
        server.gate.set()
        await held
        connector = transport._session.connector  # type: ignore[union-attr]
        assert connector is not None and connector.limit == 1
        assert connector._keepalive_timeout == 7

    with serving() as server:
        server.gate.clear()
        asyncio.run(main(AiohttpTransport(limits=limits), server))
        assert len(server.seen) == 1
    # Unlimited: aiohttp's 0.
    assert AiohttpTransport(limits=httpx.Limits(max_connections=None))._limit == 0
    assert AiohttpTransport(limit=3)._limit == 3
    with pytest.raises(ValueError, match="limit: must be 1 or more connections"):
        AiohttpTransport(limit=0)


# --- Errors: httpx's classes for the same failures ------------------------------------------


def _cut_short(seen: Seen) -> bytes | None:
    return b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n" + b"x" * 10


def _garbage(seen: Seen) -> bytes | None:
    return b"NOT HTTP AT ALL\r\n\r\n"


def _hang_up(seen: Seen) -> bytes | None:
    return None


def _refuse_connect(seen: Seen) -> bytes | None:
    if seen.method == "CONNECT":
        return _http(407, b"", "proxy-authenticate: Basic")
    return _json_answer(seen)


SCENARIOS: dict[str, tuple[Callable[[Seen], bytes | None], type[httpx.TransportError]]] = {
    "a body cut short": (_cut_short, httpx.RemoteProtocolError),
    "an answer that is not HTTP": (_garbage, httpx.RemoteProtocolError),
    "the peer hangs up without an answer": (_hang_up, httpx.RemoteProtocolError),
}


def _senders() -> list[tuple[str, Any]]:
    return [
        ("httpx sync", SyncHTTPSender(HTTPOptions(trust_env=False))),
        ("httpx async", AsyncHTTPSender(HTTPOptions(trust_env=False))),
        ("aiohttp", AiohttpTransport(trust_env=False)),
    ]


def _failure(sender: Any, url: str, *, stream: bool = False, **timeout: float) -> Exception:
    """The error sending to ``url`` (reading the whole stream, for ``stream``)."""

    async def go() -> None:
        if stream:
            await (await sender.open_stream(_prepared(url, **timeout))).aread()
        else:
            await sender.send(_prepared(url, **timeout))

    def sync() -> None:
        if stream:
            sender.open_stream(_prepared(url, **timeout)).read()
        else:
            sender.send(_prepared(url, **timeout))

    with pytest.raises(httpx.TransportError) as raised:
        sync() if isinstance(sender, SyncHTTPSender) else asyncio.run(go())
    return raised.value


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_a_broken_answer_is_the_same_error_as_in_httpx(scenario: str) -> None:
    answer, expected = SCENARIOS[scenario]
    with serving(answer=answer, close_after=True) as server:
        for name, sender in _senders():
            for stream in (False, True):
                error = _failure(sender, server.url + "/v1", stream=stream)
                assert type(error) is expected, (name, stream, error)
                assert error.request.url == server.url + "/v1"


def test_failures_to_connect_and_time_outs_are_the_same_errors_as_in_httpx(
    env: pytest.MonkeyPatch,
) -> None:
    refused = f"http://127.0.0.1:{_dead_port()}/v1"
    for name, sender in _senders():
        assert type(_failure(sender, refused)) is httpx.ConnectError, name
    with serving() as server:
        server.gate.clear()
        for name, sender in _senders():
            for stream in (False, True):
                error = _failure(sender, server.url + "/slow", stream=stream, read=0.1)
                assert type(error) is httpx.ReadTimeout, (name, stream)
    with serving(answer=_refuse_connect) as proxy:
        env.setenv("HTTPS_PROXY", f"http://who:pw@127.0.0.1:{proxy.port}")
        senders = [
            ("httpx sync", SyncHTTPSender()),
            ("httpx async", AsyncHTTPSender()),
            ("aiohttp", AiohttpTransport()),
        ]
        for name, sender in senders:
            assert type(_failure(sender, "https://origin.invalid/v1")) is httpx.ProxyError, name
        tunnels = [seen for seen in proxy.seen if seen.method == "CONNECT"]
        assert len(tunnels) == 3
        assert {seen.headers["proxy-authorization"] for seen in tunnels} == {
            "Basic " + base64.b64encode(b"who:pw").decode()
        }


def test_every_aiohttp_failure_is_an_httpx_transport_error() -> None:
    request = httpx.Request("GET", "http://example.invalid/")
    key: Any = SimpleNamespace(host="example.invalid", port=80, ssl=True, is_ssl=False)
    info: Any = SimpleNamespace(real_url="http://example.invalid/")
    os_error = OSError(111, "refused")
    cases: list[tuple[BaseException, type[httpx.TransportError]]] = [
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ClientConnectorError(key, os_error), httpx.ConnectError),
        (aiohttp.ClientProxyConnectionError(key, os_error), httpx.ConnectError),
        (aiohttp.ClientConnectorDNSError(key, os_error), httpx.ConnectError),
        (aiohttp.ClientConnectorCertificateError(key, ssl.CertificateError()), httpx.ConnectError),
        (aiohttp.ClientConnectorSSLError(key, ssl.SSLError()), httpx.ConnectError),
        (aiohttp.ServerFingerprintMismatch(b"a", b"b", "h", 1), httpx.ConnectError),
        (aiohttp.ClientHttpProxyError(info, (), status=407), httpx.ProxyError),
        (aiohttp.ClientPayloadError("cut"), httpx.RemoteProtocolError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientResponseError(info, (), status=400), httpx.RemoteProtocolError),
        (aiohttp.InvalidURL("nope"), httpx.UnsupportedProtocol),
        (aiohttp.NonHttpUrlClientError("ftp://x"), httpx.UnsupportedProtocol),
        (aiohttp.ClientOSError(32, "broken pipe"), httpx.ReadError),
        (aiohttp.ClientConnectionResetError("reset"), httpx.ReadError),
        (aiohttp.ClientConnectionError("closed"), httpx.ReadError),
        (ConnectionResetError(104, "reset"), httpx.ReadError),
        (aiohttp.ClientError("other"), httpx.ReadError),
    ]
    for failure, expected in cases:
        assert isinstance(failure, _aiohttp_transport._FAILURES), failure
        mapped = _aiohttp_transport._map_error(failure, request)
        assert type(mapped) is expected, (failure, mapped)
        assert mapped.request is request and str(mapped)


# --- Forked children ------------------------------------------------------------------------


def _in_child(work: Callable[[], Any]) -> Any:
    """``work()`` in a forked child; what it returned (JSON), or the child's failure."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave at once, past pytest's own teardown
        try:
            said = json.dumps({"ok": work()})
        except BaseException as exc:
            said = json.dumps({"error": repr(exc)})
        finally:
            os.write(write, said.encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = json.loads(pipe.read())
    _, status = os.waitpid(pid, 0)
    assert status == 0 and "ok" in said, said
    return said["ok"]


def test_a_forked_child_never_uses_the_parents_sync_pool() -> None:
    with serving() as server:
        sender = SyncHTTPSender()
        first = sync_send(sender, server.url + "/parent-1")
        child = _in_child(lambda: [sync_send(sender, server.url + f"/child-{n}") for n in (1, 2)])
        assert [answer["target"] for answer in child] == ["/child-1", "/child-2"]
        assert child[0]["peer"] == child[1]["peer"] != first["peer"]  # a pool of its own
        # The parent's connection, untouched, still answers the parent.
        assert sync_send(sender, server.url + "/parent-2") == {
            "target": "/parent-2",
            "peer": first["peer"],
        }
        sender.close()
        # A caller's client is the caller's business: the child keeps it.
        mine = httpx.Client()
        theirs = SyncHTTPSender(http_client=mine)
        assert _in_child(lambda: theirs._current() is mine)
        mine.close()


def test_a_forked_child_never_touches_the_parents_aiohttp_session() -> None:
    """The parent's loop runs on in a thread across the fork. The child abandons the
    parent's session, finalizers and exit hook included; had it closed the parent's
    connection, it would have unregistered the socket from the epoll instance both share,
    and the parent's next answer would never be read."""
    with serving() as server:
        transport = AiohttpTransport()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()

        def in_parent(path: str) -> dict[str, Any]:
            work = async_send(transport, server.url + path, read=5.0)
            return asyncio.run_coroutine_threadsafe(work, loop).result(timeout=20)

        def child() -> list[dict[str, Any]]:
            async def two() -> list[dict[str, Any]]:
                return [await async_send(transport, server.url + f"/child-{n}") for n in (1, 2)]

            answers = asyncio.run(two())
            gc.collect()
            _aiohttp_transport._forget_ended_loops()  # what the child's exit would run
            return answers

        try:
            first = in_parent("/parent-1")
            session = transport._session
            answers = _in_child(child)
            assert [answer["target"] for answer in answers] == ["/child-1", "/child-2"]
            assert answers[0]["peer"] == answers[1]["peer"] != first["peer"]
            assert in_parent("/parent-2") == {"target": "/parent-2", "peer": first["peer"]}
            assert transport._session is session and not session.closed  # type: ignore[union-attr]
            asyncio.run_coroutine_threadsafe(transport.aclose(), loop).result(timeout=10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()


def test_an_aiohttp_connector_dropped_unclosed_closes_its_connections() -> None:
    """Why ``_aiohttp_transport._abandon`` writes aiohttp's private ``connector._closed`` (the
    one private write left; issue 18 asks for none): aiohttp offers no public way to drop a
    connector without I/O on its connections. Dropped unclosed, it closes them in its finalizer
    (``close()`` too), which in a forked child would unregister the parent's sockets from the
    epoll instance both share. Marked closed, it leaves them alone. Pinned to the aiohttp
    checked: on another version, look again for a public way."""
    assert aiohttp.__version__.startswith("3.14."), (
        f"aiohttp {aiohttp.__version__}: does it offer a public way to drop a connector "
        "without closing its connections? If so, use it in _abandon; then update this pin"
    )

    async def pooled(*, marked: bool) -> bool:
        """Whether a pooled connection was closed when its connector was dropped."""
        rest = asyncio.Event()

        async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{")
            await rest.wait()  # the body held: the response keeps its connection meanwhile
            writer.write(b"}")
            await reader.read()  # until the client's side closes, or the server does
            writer.close()

        asyncio.get_running_loop().set_exception_handler(lambda loop, context: None)
        server = await asyncio.start_server(answer, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        connector = aiohttp.TCPConnector()
        session = aiohttp.ClientSession(connector=connector)
        async with session.get(f"http://127.0.0.1:{port}/") as response:
            assert response.connection is not None
            transport = response.connection.transport
            rest.set()
            assert await response.read() == b"{}"
        assert transport is not None and not transport.is_closing()  # pooled, open
        session.detach()
        if marked:
            connector._closed = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)  # "Unclosed connector"
            del session, connector
            gc.collect()
        closed = transport.is_closing()
        transport.close()
        server.close()
        await server.wait_closed()
        return closed

    assert asyncio.run(pooled(marked=False))
    assert not asyncio.run(pooled(marked=True))


# --- Event loops ----------------------------------------------------------------------------


def test_a_new_loops_concurrent_first_requests_share_one_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[aiohttp.ClientSession] = []
    new_session = AiohttpTransport._new_session

    def counted(self: AiohttpTransport) -> aiohttp.ClientSession:
        made.append(new_session(self))
        return made[-1]

    monkeypatch.setattr(AiohttpTransport, "_new_session", counted)
    transport = AiohttpTransport()

    async def burst(url: str) -> list[str]:
        answers = await asyncio.gather(*(async_send(transport, f"{url}/{n}") for n in range(10)))
        return [answer["target"] for answer in answers]

    with serving() as server:
        assert asyncio.run(burst(server.url)) == [f"/{n}" for n in range(10)]
        assert len(made) == 1
        assert made[0].closed  # in its loop, as asyncio.run ended it
        # A second asyncio.run: a session of its own, closed in its turn.
        assert asyncio.run(burst(server.url)) == [f"/{n}" for n in range(10)]
        assert len(made) == 2 and made[1].closed

        async def close() -> None:
            await transport.aclose()

        asyncio.run(close())
        assert len(made) == 2


def test_a_loop_closed_by_hand_is_left_without_a_failure() -> None:
    """A loop closed without shutting down its async generators: too late to close its
    connections (the GC warns of them); its session is marked closed with aiohttp's public
    close() (which needs no loop then) and the next loop starts afresh."""
    with serving() as server:
        transport = AiohttpTransport()
        loop = asyncio.new_event_loop()
        assert loop.run_until_complete(async_send(transport, server.url + "/1"))
        session = transport._session
        loop.close()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)  # the old loop's connection
            assert run_async(transport, server.url + "/2")["target"] == "/2"
            assert session is not None and session.closed
            gc.collect()
        assert transport._session is not session


def test_a_loop_still_running_in_another_thread_is_a_clear_error() -> None:
    with serving() as server:
        transport = AiohttpTransport()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            work = async_send(transport, server.url + "/there")
            assert asyncio.run_coroutine_threadsafe(work, loop).result(timeout=10)
            with pytest.raises(RuntimeError, match="in use in another running event loop"):
                run_async(transport, server.url + "/here")
            asyncio.run_coroutine_threadsafe(transport.aclose(), loop).result(timeout=10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()


def _models(seen: Seen) -> bytes:
    """An empty list of models (what ``client.models.list()`` reads)."""
    return _http(200, b'{"object": "list", "data": []}', "content-type: application/json")


# The interpreter exit after one AsyncFireworks served several asyncio.run calls, with eight
# concurrent requests each (eight connections per loop), and after a client on a caller's
# httpx transport served one loop and refused the next. It prints the sockets still open.
_SEVERAL_LOOPS = """
import asyncio, gc, os, sys, httpx
import fireworks_client as fw

url = sys.argv[1]
client = fw.AsyncFireworks(api_key="k", base_url=url)

async def burst(client):
    await asyncio.gather(*(client.models.list() for _ in range(8)))

for _ in range(3):
    asyncio.run(burst(client))
theirs = fw.AsyncFireworks(api_key="k", base_url=url, transport=httpx.AsyncHTTPTransport())
asyncio.run(burst(theirs))
try:
    asyncio.run(burst(theirs))
except fw.EventLoopError:
    pass
gc.collect()

def sockets():
    found = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            found += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
        except OSError:  # the listing's own descriptor, closed by now
            pass
    return found

print("open sockets:", sockets())
"""


def test_several_event_loops_leave_no_connection_open_at_exit() -> None:
    """Issue 17 (5): each loop's connections are closed in that loop as asyncio.run ends it;
    they used to be left to the garbage collector ("unclosed transport" and "unclosed socket"
    ResourceWarnings at exit, ~50 and ~20 here)."""
    with serving(answer=_models) as server:
        warnings_on = [sys.executable, "-X", "dev", "-W", "always::ResourceWarning"]
        done = subprocess.run(
            [*warnings_on, "-c", _SEVERAL_LOOPS, server.url + "/v1"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    assert "ResourceWarning" not in done.stderr, done.stderr
    assert "Unclosed" not in done.stderr, done.stderr
    assert done.stdout.strip() == "open sockets: 0", done.stdout
    assert len(server.seen) == 4 * 8


@pytest.mark.parametrize("kind", ["transport", "http_client"])
def test_a_callers_httpx_pool_in_another_loop_is_refused_at_once(kind: str) -> None:
    """Issue 17 (6): httpx's pool belongs to the loop it was used in. In a later loop it used
    to fail with a raw RuntimeError('Event loop is closed') on a connection of the old loop;
    now an EventLoopError, before anything is sent, every time."""
    with serving() as server:
        theirs = httpx.AsyncClient() if kind == "http_client" else None
        sender = (
            AsyncHTTPSender(http_client=theirs)
            if theirs is not None
            else AsyncHTTPSender(transport=httpx.AsyncHTTPTransport())
        )
        assert run_async(sender, server.url + "/1")["target"] == "/1"
        for _ in range(2):
            with pytest.raises(fw.EventLoopError, match="used in another event loop") as raised:
                run_async(sender, server.url + "/2")
            assert isinstance(raised.value, fw.FireworksError)
            assert kind in str(raised.value)
        assert [seen.target for seen in server.seen] == ["/1"]
        if theirs is not None:
            assert not theirs.is_closed  # the caller's, never closed here


def test_threads_sharing_a_callers_httpx_pool_never_wait() -> None:
    """Issue 17 (6): two threads, each in its own loop, on one client over the caller's httpx
    transport: the second is refused at once while the first loop runs (they used to share
    httpx's pool, and one could wait forever despite its timeout); the first goes on."""
    with serving(answer=_models) as server:
        client = fw.AsyncFireworks(
            api_key="k", base_url=server.url + "/v1", transport=httpx.AsyncHTTPTransport()
        )
        first_done, second_done = threading.Event(), threading.Event()
        outcome: dict[str, Any] = {}

        async def first() -> None:
            outcome["first"] = (await client.models.list()).data
            first_done.set()
            await asyncio.to_thread(second_done.wait, 10)  # the loop runs on meanwhile
            outcome["first again"] = (await client.models.list()).data

        async def second() -> None:
            try:
                await client.models.list()
            except fw.FireworksError as exc:
                outcome["second"] = exc
            finally:
                second_done.set()

        one = threading.Thread(target=asyncio.run, args=(first(),))
        one.start()
        assert first_done.wait(10)
        two = threading.Thread(target=asyncio.run, args=(second(),))
        two.start()
        for thread in (one, two):
            thread.join(10)
            assert not thread.is_alive()
    assert outcome["first"] == outcome["first again"] == []
    assert len(server.seen) == 2
    assert isinstance(outcome["second"], fw.EventLoopError)
    assert "another running event loop" in str(outcome["second"])


def test_its_own_httpx_pool_follows_the_loop_and_is_closed_with_it() -> None:
    """AsyncHTTPSender set up by options makes a pool in each loop, closed as the loop ends."""
    with serving() as server:
        sender = AsyncHTTPSender(HTTPOptions(trust_env=False))
        pools = []
        for n in range(2):
            assert run_async(sender, server.url + f"/{n}")["target"] == f"/{n}"
            pools.append(sender._client)
        assert pools[0] is not pools[1] and all(pool.is_closed for pool in pools)


# --- Settings shown, callers' clients, the aiohttp transport as httpx's ----------------------


def test_no_credential_in_any_repr() -> None:
    options = HTTPOptions(
        proxy="http://me:proxy-secret@proxy.invalid:8080",
        cert=("client.pem", "client.key", "key-secret"),
        verify=ssl.create_default_context(),
    )
    shown = repr(options)
    assert "secret" not in shown and "proxy.invalid:8080" in shown and "client.pem" in shown
    assert "secret" not in repr(
        HTTPOptions(proxy=httpx.Proxy("http://proxy.invalid", auth=("me", "proxy-secret")))
    )
    assert "secret" not in repr(AiohttpTransport(proxy="http://me:proxy-secret@proxy.invalid"))
    with pytest.raises(AttributeError):
        options.trust_env = False  # type: ignore[misc]


def test_a_callers_clients_are_used_as_they_are_and_left_open() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"target": request.url.path, "peer": 0})

    hooked: list[str] = []
    mine = httpx.Client(
        transport=httpx.MockTransport(handler),
        cookies={"session": "c1"},
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    )
    sender = SyncHTTPSender(http_client=mine)
    prepared = _prepared("http://api.invalid/v1/x", read=3.5)
    answer = sender.send(prepared)
    assert isinstance(answer, BufferedResponse) and json.loads(answer.content)["target"] == "/v1/x"
    assert hooked == ["/v1/x"] and seen[0].headers["cookie"] == "session=c1"
    assert seen[0].extensions["timeout"] == prepared.timeout
    sender.close()
    assert not mine.is_closed
    mine.close()
    around = SyncHTTPSender(transport=httpx.MockTransport(handler))
    streamed = around.open_stream(prepared)
    assert isinstance(streamed, httpx.Response) and streamed.json()["target"] == "/v1/x"
    around.close()
    assert around._client.is_closed  # the client made around the transport is ours

    async def main() -> None:
        theirs = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        sender = AsyncHTTPSender(http_client=theirs)
        assert (await async_send(sender, "http://api.invalid/v1/y"))["target"] == "/v1/y"
        await sender.aclose()
        assert not theirs.is_closed
        await theirs.aclose()

    asyncio.run(main())


def test_the_aiohttp_transport_streams_and_serves_httpx_clients() -> None:
    async def main(url: str) -> None:
        transport = AiohttpTransport()
        streamed = await transport.open_stream(_prepared(url + "/s"))
        assert isinstance(streamed, httpx.Response) and not streamed.is_stream_consumed
        assert json.loads(await streamed.aread())["target"] == "/s"
        await streamed.aclose()
        async with httpx.AsyncClient(transport=transport) as client:  # mounted in httpx
            assert (await client.post(url + "/m", content=b"{}")).json()["target"] == "/m"
        assert transport._session is None  # the client closed it

    with serving() as server:
        asyncio.run(main(server.url))
        assert server.seen[-1].body == b"{}" and server.seen[-1].method == "POST"
