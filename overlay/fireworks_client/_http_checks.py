"""The connection pool's settings, checked when a client (or an ``AiohttpTransport``) is made,
so that a setting that cannot work is a :class:`FireworksConfigurationError` naming it, not a
raw ``ImportError``/``ValueError``/``FileNotFoundError`` on every request.

Checked, on the arguments and (with ``trust_env``) on the environment as httpx reads it:

- ``proxy``, else ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY`` (any case; ``NO_PROXY=*`` turns
  them off, as in httpx; httpx sets up every one of them when its client is made, whichever
  URL it serves): a URL with a host, a port in range and a scheme the sender takes (httpx:
  http, https, socks5, socks5h; aiohttp: http, https); SOCKS only with ``socksio`` installed.
- ``verify``: True, False, an ``ssl.SSLContext``, or the path of a file or directory that
  exists; with ``verify=True`` and ``trust_env``, ``SSL_CERT_FILE`` (a file that exists), else
  ``SSL_CERT_DIR`` (one of its directories exists), the variables httpx reads then.
- ``cert``: a path, ``(certificate, key)`` or ``(certificate, key, password)``, files that
  exist; not with ``verify=<path>`` (httpx 0.28 then leaves ``cert`` unused).
- ``limits``: an ``httpx.Limits`` whose numbers mean the same on both senders (see
  :func:`check_limits`).

Not checked here: what a file holds. Loading a CA bundle takes ~30 ms and the pool loads it
again; a file that exists but does not load fails when the pool is made (the first request)
as a ``FireworksConfigurationError`` too (:func:`pool_failure`).

No message holds a proxy's credentials or a certificate's password: a proxy is shown as
``scheme://host:port`` only.
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import ssl
import urllib.request
from typing import Any, Literal, NoReturn

import httpx

from fireworks_client._exceptions import FireworksConfigurationError

__all__ = ["Sender", "check_http_settings", "check_limits", "environment_proxies", "pool_failure"]

# Which pool the settings are for: httpx's (Fireworks; AsyncFireworks with an httpx
# transport) or aiohttp's (AsyncFireworks' default).
Sender = Literal["httpx", "aiohttp"]

_SCHEMES: dict[Sender, tuple[str, ...]] = {
    "httpx": ("http", "https", "socks5", "socks5h"),
    "aiohttp": ("http", "https"),
}
_SOCKS = ("socks5", "socks5h")
# A host name (IDNA already applied by httpx.URL), an IPv4 address or an IPv6 one (httpx.URL
# gives it without brackets). Anything else (a space became %20) cannot be connected to.
_HOST = re.compile(r"[A-Za-z0-9._~:-]+")
_INSTALL_SOCKS = "pip install 'httpx[socks]' (it adds the socksio package)"
# httpx sets up every proxy of the environment when its client is made: a NO_PROXY naming the
# API's host would not spare the client one that cannot work; NO_PROXY='*' does.
_FROM_ENVIRONMENT = (
    "; or unset the variable, or leave the environment's proxies unused (NO_PROXY='*', or "
    "trust_env=False on the client)"
)


def check_http_settings(
    *,
    verify: Any,
    cert: Any,
    proxy: Any,
    limits: Any,
    trust_env: Any,
    sender: Sender,
) -> None:
    """Refuse, with :class:`FireworksConfigurationError`, a pool setting that cannot work."""
    if not isinstance(trust_env, bool):
        _refuse(f"trust_env: must be True or False, got {type(trust_env).__name__}")
    check_limits(limits)
    _check_verify(verify)
    _check_cert(cert, verify)
    if proxy is not None:
        _check_proxy("proxy", proxy, sender)
    elif trust_env:
        for variable, value in _proxy_variables():
            _check_proxy(f"{variable} (environment)", value, sender, environment=True)
    if trust_env and verify is True:
        _check_ssl_environment()


def check_limits(limits: Any) -> None:
    """``limits`` that mean the same on httpx's pool and aiohttp's: ``max_connections`` 1 or
    more (httpx's pool with 0 makes no connection at all; aiohttp's 0 is no limit), or None for
    no limit; ``max_keepalive_connections`` 0 (no reuse) or more, or None; ``keepalive_expiry``
    0 or more seconds, or None (idle connections never expire)."""
    if limits is None:
        return
    if not isinstance(limits, httpx.Limits):
        _refuse(f"limits: must be an httpx.Limits, got {type(limits).__name__}")
    _check_count(
        "limits.max_connections",
        limits.max_connections,
        least=1,
        why="0 would let no request through; None is no limit",
    )
    _check_count(
        "limits.max_keepalive_connections",
        limits.max_keepalive_connections,
        least=0,
        why="0 keeps no idle connection; None keeps up to max_connections",
    )
    expiry = limits.keepalive_expiry
    if expiry is not None and (
        isinstance(expiry, bool)
        or not isinstance(expiry, int | float)
        or not math.isfinite(expiry)
        or expiry < 0
    ):
        _refuse(
            f"limits.keepalive_expiry: must be 0 or more seconds, or None for idle connections "
            f"that never expire; got {expiry!r}"
        )


def pool_failure(
    exc: BaseException, *, verify: Any, cert: Any, trust_env: bool
) -> FireworksConfigurationError:
    """The SDK's error for a pool that could not be made with these settings (a CA bundle or
    certificate that exists but does not load, a setting the environment changed since the
    client was made): the settings involved and the library's reason."""
    sources = []
    if isinstance(verify, str):
        sources.append(f"verify={verify!r}")
    if isinstance(cert, str):
        sources.append(f"cert={cert!r}")
    elif isinstance(cert, tuple) and cert:
        sources.append(f"cert=({', '.join(repr(part) for part in cert[:2])}, ...)")
    if verify is True and trust_env:
        for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
            if os.environ.get(name):
                sources.append(f"{name}={os.environ[name]!r} (environment)")
                break  # httpx reads SSL_CERT_DIR only without SSL_CERT_FILE
    # An OSError (ssl.SSLError among them) or ImportError says what and where; a ValueError
    # of httpx's may quote a URL: its name only, the cause is chained.
    reason = str(exc) if isinstance(exc, OSError | ImportError) else type(exc).__name__
    if isinstance(exc, OSError) and sources:  # ssl.SSLError is one
        return FireworksConfigurationError(
            f"{', '.join(sources)}: the certificates do not load: {reason}"
        )
    return FireworksConfigurationError(
        f"the connection pool cannot be made with its settings (verify, cert, proxy, limits, "
        f"trust_env and the environment's): {reason}"
    )


# --- the parts ---------------------------------------------------------------------------


def _refuse(message: str) -> NoReturn:
    raise FireworksConfigurationError(message)


def _check_count(name: str, value: Any, *, least: int, why: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        _refuse(f"{name}: must be {least} or more, or None; got {value!r} ({why})")


def _check_verify(verify: Any) -> None:
    if isinstance(verify, bool | ssl.SSLContext):
        return
    if not isinstance(verify, str):
        _refuse(
            "verify: must be True, False, an ssl.SSLContext, or the path (str) of a CA bundle "
            f"or of a directory of CA certificates; got {type(verify).__name__}"
        )
    if not (os.path.isfile(verify) or os.path.isdir(verify)):
        _refuse(
            f"verify: no such file or directory: {verify!r} (give the path of a CA bundle or "
            "of a directory of CA certificates, or an ssl.SSLContext)"
        )


def _check_cert(cert: Any, verify: Any) -> None:
    if cert is None:
        return
    files: list[tuple[str, Any]]
    if isinstance(cert, str):
        files = [("cert", cert)]
    elif (
        isinstance(cert, tuple)
        and len(cert) in (2, 3)
        and isinstance(cert[0], str)
        and (cert[1] is None or isinstance(cert[1], str))
        and (len(cert) == 2 or cert[2] is None or isinstance(cert[2], str))
    ):
        files = [("cert[0] (the certificate)", cert[0])]
        if cert[1] is not None:
            files.append(("cert[1] (the key)", cert[1]))
    else:  # never the tuple itself: it may hold the key's password
        _refuse(
            "cert: must be a path (str), (certificate, key) or (certificate, key, password); "
            f"got {type(cert).__name__}"
        )
    for name, path in files:
        if not os.path.isfile(path):
            _refuse(f"{name}: no such file: {path!r}")
    if isinstance(verify, str):
        _refuse(
            "cert: httpx leaves cert unused when verify is a path (str); give "
            "verify=ssl.create_default_context(cafile=...) (or capath=...) with it instead"
        )


def _check_ssl_environment() -> None:
    """The variables httpx reads with verify=True: SSL_CERT_FILE, else SSL_CERT_DIR."""
    cafile = os.environ.get("SSL_CERT_FILE")
    if cafile:
        if not os.path.isfile(cafile):
            _refuse(
                f"SSL_CERT_FILE (environment): no such file: {cafile!r}; point it at a CA "
                "bundle or unset it (or pass trust_env=False, or verify=...)"
            )
        return
    capath = os.environ.get("SSL_CERT_DIR")
    if capath and not any(os.path.isdir(part) for part in capath.split(os.pathsep) if part):
        _refuse(
            f"SSL_CERT_DIR (environment): no such directory: {capath!r}; point it at a "
            "directory of CA certificates or unset it (or pass trust_env=False, or verify=...)"
        )


def _proxy_variables() -> list[tuple[str, str]]:
    """The proxies httpx would set up from the environment, each with the variable (or the
    system setting: urllib reads macOS's and Windows' too) that gives it."""
    table = environment_proxies()
    found = []
    for scheme in ("http", "https", "all"):
        value = table.get(f"{scheme}://")
        if value:
            found.append((_variable(scheme, value), value))
    return found


def _variable(scheme: str, value: str) -> str:
    names = [name for name in os.environ if name.lower() == f"{scheme}_proxy"]
    names.sort(key=lambda name: name != name.lower())  # urllib prefers the lower-case one
    for name in names:
        if os.environ[name] in (value, value.removeprefix("http://")):
            return name
    return names[0] if names else f"the system's {scheme} proxy setting"


def _check_proxy(label: str, proxy: Any, sender: Sender, *, environment: bool = False) -> None:
    after = _FROM_ENVIRONMENT if environment else ""
    schemes = ", ".join(_SCHEMES[sender])
    if isinstance(proxy, httpx.Proxy):
        url = proxy.url
    elif isinstance(proxy, str | httpx.URL):
        try:
            url = httpx.URL(proxy)
        except (httpx.InvalidURL, TypeError, ValueError):
            url = None
        if url is None or not url.scheme or not url.host:
            # Never the value itself: without "scheme://", "user:password@host" is a path.
            _refuse(
                f"{label}: not a proxy URL: expected scheme://host:port, the scheme one of "
                f"{schemes}{after}"
            )
    else:
        _refuse(
            f"{label}: must be a URL (str), an httpx.URL or an httpx.Proxy; got "
            f"{type(proxy).__name__}"
        )
    assert url is not None
    shown = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port is not None else "")
    if url.scheme in _SOCKS and sender == "aiohttp":
        _refuse(
            f"{label}: {shown}: AsyncFireworks' default sender (aiohttp) takes http and https "
            "proxies only; for a SOCKS proxy give AsyncFireworks an httpx transport, "
            "transport=httpx.AsyncHTTPTransport(proxy=...), with SOCKS support installed: "
            f"{_INSTALL_SOCKS}{after}"
        )
    if url.scheme not in _SCHEMES[sender]:
        _refuse(f"{label}: {shown}: {url.scheme!r} is not a proxy scheme; use {schemes}{after}")
    if not _HOST.fullmatch(url.host):
        _refuse(f"{label}: {shown}: {url.host!r} is not a host name or address{after}")
    if url.port is not None and not 0 < url.port < 65536:
        _refuse(f"{label}: {shown}: the port is not in 1-65535{after}")
    if url.scheme in _SOCKS and importlib.util.find_spec("socksio") is None:
        _refuse(
            f"{label}: {shown} is a SOCKS proxy, and SOCKS support is not installed: "
            f"{_INSTALL_SOCKS}{after}"
        )


# --- the proxies the environment gives, as httpx reads them (ProxyRules and the checks) ----


def _is_ip(text: str, version: int) -> bool:
    import ipaddress  # noqa: PLC0415  (only when NO_PROXY has entries)

    try:
        address = ipaddress.ip_address(text.split("/", maxsplit=1)[0])
    except ValueError:
        return False
    return address.version == version


def environment_proxies() -> dict[str, str | None]:
    """The proxy table the environment gives (urllib's ``getproxies``, as httpx reads it):
    scheme keys to proxy URLs, NO_PROXY's entries to None (go direct)."""
    found = urllib.request.getproxies()
    table: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            value = found[scheme]
            table[f"{scheme}://"] = value if "://" in value else f"http://{value}"
    for entry in (part.strip() for part in found.get("no", "").split(",")):
        if entry == "*":  # no proxy for anything
            return {}
        if not entry:
            continue
        if "://" in entry:
            table[entry] = None
        elif _is_ip(entry, 4) or entry.lower() == "localhost":
            # An IP address (a CIDR block counts as its first address, as in httpx).
            table[f"all://{entry}"] = None
        elif _is_ip(entry, 6):
            table[f"all://[{entry}]"] = None
        else:  # a domain: itself and its subdomains; ".example.com": subdomains only
            table[f"all://*{entry}"] = None
    return table
