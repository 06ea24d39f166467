"""Pool settings that cannot work are refused when the client is made, with a
``FireworksConfigurationError`` naming the setting and why, from an argument or from the
environment, on both clients (issue 17, point 2); where only the first request can tell (a
file that exists but does not load), the error there is one too. And ``limits`` mean the same
on both clients (point 3). Nothing here connects anywhere but 127.0.0.1."""

from __future__ import annotations

import asyncio
import importlib.machinery
import re
import socket
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_client import legacy

from tests._raw_http import RawHTTPServer

KEY = "fw-test-key-settings-refused-never-shown"
PASSWORD = "proxy-password-never-shown"
VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")
EXISTING = __file__  # a file that exists (not a certificate: only existence is checked first)
SOCKS = f"socks5://user:{PASSWORD}@127.0.0.1:1080"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy or certificate variables, in either case; SOCKS support not installed (a None
    in sys.modules: importlib.util.find_spec and httpx's `import socksio` both see it absent)."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setitem(sys.modules, "socksio", None)
    return monkeypatch


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # closed again: nothing listens there


def _make(client: str, **settings: Any) -> fw.Fireworks | fw.AsyncFireworks:
    cls = fw.Fireworks if client == "sync" else fw.AsyncFireworks
    return cls(api_key=KEY, base_url=_dead_url(), max_retries=0, **settings)


@dataclass(frozen=True)
class Case:
    arguments: dict[str, Any] = field(default_factory=dict)
    environment: dict[str, str] = field(default_factory=dict)
    sync: str = ""  # the message's pattern on Fireworks (httpx's pool)
    both: str = ""  # on both clients, when sync is not given
    async_: str = ""  # on AsyncFireworks (aiohttp's pool), when it differs

    def pattern(self, client: str) -> str:
        if client == "sync":
            return self.sync or self.both
        return self.async_ or self.both


_SOCKS_SYNC = r"is a SOCKS proxy, and SOCKS support is not installed: pip install 'httpx\[socks\]'"
_SOCKS_ASYNC = (
    r"aiohttp\) takes http and https proxies only; .*transport=httpx\.AsyncHTTPTransport\("
    r"proxy=\.\.\.\), with SOCKS support installed: pip install 'httpx\[socks\]'"
)
_LIMIT = r"limits\.max_connections: must be 1 or more, or None; got "

CASES = {
    # proxies, as arguments
    "proxy=socks5": Case(
        {"proxy": SOCKS},
        sync=r"^proxy: socks5://127\.0\.0\.1:1080 " + _SOCKS_SYNC,
        async_=r"^proxy: socks5://127\.0\.0\.1:1080: .*" + _SOCKS_ASYNC,
    ),
    "proxy=httpx.Proxy(socks5h)": Case(
        {"proxy": httpx.Proxy("socks5h://127.0.0.1:1080")},
        sync=_SOCKS_SYNC,
        async_=_SOCKS_ASYNC,
    ),
    "proxy=ftp": Case(
        {"proxy": f"ftp://user:{PASSWORD}@127.0.0.1:2121"},
        sync=r"^proxy: ftp://127\.0\.0\.1:2121: 'ftp' is not a proxy scheme; use http, https, "
        r"socks5, socks5h$",
        async_=r"^proxy: ftp://127\.0\.0\.1:2121: 'ftp' is not a proxy scheme; use http, https$",
    ),
    "proxy=not a url": Case(
        {"proxy": "not a url"}, both=r"^proxy: not a proxy URL: expected scheme://host:port"
    ),
    "proxy=user:password@host": Case(
        {"proxy": f"user:{PASSWORD}@127.0.0.1:3128"}, both=r"^proxy: not a proxy URL"
    ),
    "proxy=port out of range": Case(
        {"proxy": "http://127.0.0.1:99999"}, both=r"the port is not in 1-65535"
    ),
    # proxies, from the environment
    "ALL_PROXY=socks5": Case(
        environment={"ALL_PROXY": SOCKS},
        sync=r"^ALL_PROXY \(environment\): socks5://127\.0\.0\.1:1080 " + _SOCKS_SYNC,
        async_=r"^ALL_PROXY \(environment\): .*" + _SOCKS_ASYNC,
    ),
    "https_proxy=socks5h": Case(
        environment={"https_proxy": "socks5h://127.0.0.1:1080"},
        sync=r"^https_proxy \(environment\): .*" + _SOCKS_SYNC,
        async_=r"^https_proxy \(environment\): .*" + _SOCKS_ASYNC,
    ),
    # Only for http:// URLs, and NO_PROXY names the host: httpx sets it up all the same.
    "HTTP_PROXY=socks5 with NO_PROXY": Case(
        environment={"HTTP_PROXY": SOCKS, "NO_PROXY": "127.0.0.1"},
        sync=r"^HTTP_PROXY \(environment\): .*" + _SOCKS_SYNC + r".*NO_PROXY='\*'",
        async_=r"^HTTP_PROXY \(environment\): .*" + _SOCKS_ASYNC,
    ),
    "HTTPS_PROXY=ftp": Case(
        environment={"HTTPS_PROXY": "ftp://127.0.0.1:2121"},
        both=r"^HTTPS_PROXY \(environment\): ftp://127\.0\.0\.1:2121: 'ftp' is not a proxy "
        r"scheme; use http, https",
    ),
    "ALL_PROXY=not a url": Case(
        environment={"ALL_PROXY": "not a url"},
        both=r"^ALL_PROXY \(environment\): .*is not a host name or address",
    ),
    # certificates
    "verify=/nonexistent": Case(
        {"verify": "/nonexistent/ca.pem"},
        both=r"^verify: no such file or directory: '/nonexistent/ca\.pem'",
    ),
    "cert=/nonexistent": Case(
        {"cert": "/nonexistent/client.pem"}, both=r"^cert: no such file: '/nonexistent/client"
    ),
    "cert=(/nonexistent, key)": Case(
        {"cert": ("/nonexistent/client.pem", EXISTING)},
        both=r"^cert\[0\] \(the certificate\): no such file: '/nonexistent/client\.pem'$",
    ),
    "cert=(cert, /nonexistent, password)": Case(
        {"cert": (EXISTING, "/nonexistent/key.pem", PASSWORD)},
        both=r"^cert\[1\] \(the key\): no such file: '/nonexistent/key\.pem'$",
    ),
    "cert with verify=<path>": Case(
        {"cert": EXISTING, "verify": EXISTING},
        both=r"^cert: httpx leaves cert unused when verify is a path",
    ),
    "SSL_CERT_FILE=/nonexistent": Case(
        environment={"SSL_CERT_FILE": "/nonexistent/ca.pem"},
        both=r"^SSL_CERT_FILE \(environment\): no such file: '/nonexistent/ca\.pem'",
    ),
    "SSL_CERT_DIR=/nonexistent": Case(
        environment={"SSL_CERT_DIR": "/nonexistent/certs"},
        both=r"^SSL_CERT_DIR \(environment\): no such directory: '/nonexistent/certs'",
    ),
    # limits: the same meaning on both pools
    "max_connections=0": Case(
        {"limits": httpx.Limits(max_connections=0)}, both=_LIMIT + r"0 \(0 would let no request"
    ),
    "max_connections=-1": Case({"limits": httpx.Limits(max_connections=-1)}, both=_LIMIT + "-1"),
    "max_keepalive_connections=-1": Case(
        {"limits": httpx.Limits(max_keepalive_connections=-1)},
        both=r"^limits\.max_keepalive_connections: must be 0 or more, or None; got -1",
    ),
    "keepalive_expiry=-1": Case(
        {"limits": httpx.Limits(keepalive_expiry=-1)},
        both=r"^limits\.keepalive_expiry: must be 0 or more seconds",
    ),
    "keepalive_expiry=inf": Case(
        {"limits": httpx.Limits(keepalive_expiry=float("inf"))},
        both=r"^limits\.keepalive_expiry: .*None for idle connections that never expire",
    ),
    "limits=10": Case({"limits": 10}, both=r"^limits: must be an httpx\.Limits, got int$"),
}
ENVIRONMENT_CASES = {name: case for name, case in CASES.items() if case.environment}


@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_setting_that_cannot_work_is_refused_when_the_client_is_made(
    env: pytest.MonkeyPatch, client: str, case: Case
) -> None:
    for name, value in case.environment.items():
        env.setenv(name, value)
    with pytest.raises(fw.FireworksConfigurationError, match=case.pattern(client)) as raised:
        _make(client, **case.arguments)
    assert PASSWORD not in str(raised.value) and KEY not in str(raised.value)


@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("case", ENVIRONMENT_CASES.values(), ids=ENVIRONMENT_CASES.keys())
def test_with_trust_env_false_the_environment_is_not_read(
    env: pytest.MonkeyPatch, client: str, case: Case
) -> None:
    for name, value in case.environment.items():
        env.setenv(name, value)
    _make(client, trust_env=False)  # no error
    if any(name.startswith("SSL_") for name in case.environment):
        _make(client, verify=False)  # httpx reads them with verify=True only
    else:
        env.setenv("NO_PROXY", "*")  # every proxy of the environment turned off
        _make(client)


def test_a_socks_proxy_is_taken_by_the_sync_client_when_socks_support_is_installed(
    env: pytest.MonkeyPatch,
) -> None:
    socksio = types.ModuleType("socksio")
    socksio.__spec__ = importlib.machinery.ModuleSpec("socksio", None)
    env.setitem(sys.modules, "socksio", socksio)
    _make("sync", proxy=SOCKS)
    env.setenv("ALL_PROXY", SOCKS)
    _make("sync")
    with pytest.raises(fw.FireworksConfigurationError, match="http and https proxies only"):
        _make("async")  # aiohttp's pool takes no SOCKS proxy at all


def test_an_aiohttp_transport_of_ones_own_is_refused_alike(env: pytest.MonkeyPatch) -> None:
    with pytest.raises(fw.FireworksConfigurationError, match=_LIMIT + "0"):
        fw.AiohttpTransport(limits=httpx.Limits(max_connections=0))  # was: no limit
    with pytest.raises(fw.FireworksConfigurationError, match=r"^verify: no such file"):
        fw.AiohttpTransport(verify="/nonexistent/ca.pem")
    env.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    with pytest.raises(fw.FireworksConfigurationError, match=r"^SSL_CERT_FILE"):
        fw.AiohttpTransport()


# httpx 0.28 deprecates verify=<path>; it still means what it meant.
@pytest.mark.filterwarnings("ignore:`verify=<str>` is deprecated:DeprecationWarning")
@pytest.mark.parametrize("source", ["argument", "environment"])
@pytest.mark.parametrize("client", ["sync", "async"])
def test_a_certificate_file_that_does_not_load_fails_on_the_first_request_in_the_tree(
    env: pytest.MonkeyPatch, tmp_path: Path, client: str, source: str
) -> None:
    """A file that exists is taken when the client is made (loading a CA bundle takes ~30 ms);
    when the pool is made, the first request, its load fails as a FireworksConfigurationError,
    before anything is sent."""
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not a certificate\n")
    settings: dict[str, Any] = {}
    if source == "argument":
        settings["verify"] = str(bundle)
        named = "verify="
    else:
        env.setenv("SSL_CERT_FILE", str(bundle))
        named = "SSL_CERT_FILE="
    made = _make(client, **settings)

    def first_request() -> None:
        if isinstance(made, fw.Fireworks):
            with made:
                made.models.list()
            return

        async def main(made: fw.AsyncFireworks) -> None:
            async with made:
                await made.models.list()

        asyncio.run(main(made))

    pattern = f"^{re.escape(named)}'{re.escape(str(bundle))}'.*the certificates do not load"
    with pytest.raises(fw.FireworksConfigurationError, match=pattern):
        first_request()


def test_a_sync_pool_made_after_the_environment_changed_is_checked_again(
    env: pytest.MonkeyPatch,
) -> None:
    """httpx reads the environment when its pool is made: the sync client's, on its first
    request. A proxy set in between is refused there, never a raw ImportError."""
    with _make("sync") as client:
        assert isinstance(client, fw.Fireworks)
        env.setenv("ALL_PROXY", SOCKS)
        with pytest.raises(fw.FireworksConfigurationError, match=_SOCKS_SYNC):
            client.models.list()


def test_the_legacy_api_and_the_cli_refuse_alike(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fireworks_client._cli import EXIT_USAGE, main  # noqa: PLC0415

    env.setenv("ALL_PROXY", SOCKS)
    env.setattr(legacy, "api_key", KEY + "-legacy")  # a client of its own, made now
    env.setattr(legacy, "base_url", _dead_url())
    with pytest.raises(fw.FireworksConfigurationError, match=_SOCKS_SYNC):
        legacy.ChatCompletion.create("m", [{"role": "user", "content": "hi"}])
    assert main(["--api-key", KEY, "--base-url", _dead_url(), "models"]) == EXIT_USAGE
    assert "ALL_PROXY (environment)" in capsys.readouterr().err


# --- limits: the same meaning on both clients ------------------------------------------------


class Counting(RawHTTPServer):
    """Keeps connections alive, answers every request with an empty model list; its
    ``connections`` counts the connections it accepted."""

    def answer(self, conn: socket.socket, body: bytes) -> bool:
        payload = b'{"object": "list", "data": []}'
        head = (
            f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(payload)}"
        )
        conn.sendall(head.encode() + b"\r\n\r\n" + payload)
        return True


def _connections_for_two_requests(client: str, limits: httpx.Limits | None) -> int:
    with Counting() as server:
        url = server.url
        if client == "sync":
            with fw.Fireworks(api_key=KEY, base_url=url, limits=limits, max_retries=0) as c:
                c.models.list()
                c.models.list()
        else:

            async def main() -> None:
                async with fw.AsyncFireworks(
                    api_key=KEY, base_url=url, limits=limits, max_retries=0
                ) as c:
                    await c.models.list()
                    await c.models.list()

            asyncio.run(main())
        return server.connections


@pytest.mark.parametrize("client", ["sync", "async"])
def test_limits_mean_the_same_on_both_clients(env: pytest.MonkeyPatch, client: str) -> None:
    """None is no limit; 0 kept-alive connections, or an expiry of 0, is no reuse (aiohttp
    reused the connection: it has no count of idle connections); else a connection is reused."""
    assert _connections_for_two_requests(client, httpx.Limits(max_connections=None)) == 1
    assert _connections_for_two_requests(client, httpx.Limits(max_keepalive_connections=0)) == 2
    assert _connections_for_two_requests(client, httpx.Limits(keepalive_expiry=0)) == 2
