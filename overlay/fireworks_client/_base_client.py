"""What the sync and async clients share: configuration, request building, the retry policy
and the mapping of error answers to exceptions. The two clients add only their I/O loops."""

from __future__ import annotations

import enum
import json
import logging
import os
import platform
import random
import time
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, NamedTuple, Protocol, Self, runtime_checkable

import httpx

from fireworks_client._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    WHOLE_BODY,
)
from fireworks_client._exceptions import (
    APIConnectionError,
    APITimeoutError,
    FireworksConfigurationError,
    status_error,
)
from fireworks_client._response import BufferedResponse, build_request
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client._validation import (
    check_api_key,
    check_base_url,
    check_delay,
    check_headers,
    check_retries,
    check_timeout,
)
from fireworks_client._version import __version__

__all__ = [
    "AsyncAPIClient",
    "BufferedTransport",
    "ClientConfig",
    "RequestOptions",
    "SyncAPIClient",
    "connection_error",
    "json_default",
    "json_text",
    "resolve_config",
    "with_config",
]

log = logging.getLogger("fireworks_client")

RETRY_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """A client's settings; ``with_options`` copies it with changes."""

    api_key: str
    base_url: str
    timeout: Timeout
    max_retries: int
    default_headers: Mapping[str, str]
    retry_initial_delay: float = INITIAL_RETRY_DELAY
    retry_max_delay: float = MAX_RETRY_DELAY

    def __repr__(self) -> str:  # never the key
        return (
            f"ClientConfig(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries})"
        )


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides."""

    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        _check_settings(
            timeout=self.timeout,
            max_retries=self.max_retries,
            extra_headers=NOT_GIVEN if self.extra_headers is None else self.extra_headers,
        )


def resolve_config(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: Timeout | NotGiven,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_initial_delay: float = INITIAL_RETRY_DELAY,
    retry_max_delay: float = MAX_RETRY_DELAY,
) -> ClientConfig:
    key = api_key if api_key is not None else os.environ.get("FIREWORKS_API_KEY")
    if not key:
        raise FireworksConfigurationError(
            "No API key: pass api_key=... to the client "
            "or set the FIREWORKS_API_KEY environment variable"
        )
    url = base_url or os.environ.get("FIREWORKS_BASE_URL") or DEFAULT_BASE_URL
    _check_settings(
        api_key=key,
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers or {},
        retry_initial_delay=retry_initial_delay,
        retry_max_delay=retry_max_delay,
    )
    return ClientConfig(
        api_key=key,
        base_url=url.rstrip("/"),
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        retry_initial_delay=retry_initial_delay,
        retry_max_delay=retry_max_delay,
    )


_CHECKS = {
    "api_key": check_api_key,
    "base_url": check_base_url,
    "timeout": check_timeout,
    "max_retries": check_retries,
    "default_headers": check_headers,
    "extra_headers": check_headers,
    "retry_initial_delay": check_delay,
    "retry_max_delay": check_delay,
}


def _check_settings(**settings: Any) -> None:
    """Each given setting against its rule (_validation); NOT_GIVEN is left out."""
    for name, value in settings.items():
        if not isinstance(value, NotGiven):
            _CHECKS[name](name, value)


_USER_AGENT = (
    f"fireworks-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)


class _BaseClient:
    """Configuration, headers, retry policy and error mapping."""

    def __init__(self, config: ClientConfig) -> None:
        self._config = config
        # Made once per client (a config never changes; with_options makes a new client).
        self._base_headers = {
            "Accept": "application/json",
            # Said, not left to the HTTP library: aiohttp would otherwise ask for gzip, and
            # skipping its default costs it more per request than the header does.
            "Accept-Encoding": "identity",
            "User-Agent": _USER_AGENT,
            **config.default_headers,
            "Authorization": f"Bearer {config.api_key}",
        }
        self._json_headers = {**self._base_headers, "Content-Type": "application/json"}
        self._default_timeout = _timeout_dict(config.timeout)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def with_options(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool."""
        copy = object.__new__(type(self))
        config = with_config(
            self._config,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        copy._share(self, config)
        copy._attach()
        return copy

    def _share(self, other: Self, config: ClientConfig) -> None:
        """Set up as a copy of ``other`` with ``config``, on its HTTP layer (not owning it)."""
        raise NotImplementedError

    def _attach(self) -> None:
        """Make the resources (the public clients have them)."""

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> Timeout:
        return self._config.timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r})"

    def _headers(
        self, extra: Mapping[str, str] | None, accept: str | None, json_body: bool
    ) -> dict[str, str]:
        """The request's headers. The common sets are made once per client and shared: the
        HTTP libraries copy them, nothing here changes them."""
        if not extra and not accept:
            return self._json_headers if json_body else self._base_headers
        headers = dict(self._base_headers)
        if accept:
            headers["Accept"] = accept
        if json_body:
            headers["Content-Type"] = "application/json"
        if extra:
            headers.update(extra)
        return headers

    def _timeout_for(self, options: RequestOptions) -> dict[str, float | None]:
        if isinstance(options.timeout, NotGiven):
            return self._default_timeout
        return _timeout_dict(options.timeout)

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        json_body: Any,
        options: RequestOptions,
        accept: str | None = None,
    ) -> _Prepared:
        """What a request carries, before any HTTP library's objects are made."""
        content = None
        if json_body is not None:
            content = json_text(json_body).encode()
        return _Prepared(
            method,
            self._config.base_url + path,
            self._headers(options.extra_headers, accept, json_body is not None),
            content,
            self._timeout_for(options),
        )

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient | None,
        prepared: _Prepared,
        *,
        files: Any = None,
        data: Any = None,
    ) -> httpx.Request:
        method, url, headers, content, timeout = prepared
        if client is not None:  # the caller's own httpx client: its hooks, cookies, limits
            return client.build_request(
                method,
                url,
                content=content,
                files=files,
                data=data,
                headers=headers,
                timeout=httpx.Timeout(**timeout),
            )
        return build_request(
            method, self._url(url), headers, content, timeout, files=files, data=data
        )

    def _url(self, url: str) -> httpx.URL:
        # Parsing a URL is a fifth of building a request; there are only a few paths.
        parsed = _URLS.get(url)
        if parsed is None:
            if len(_URLS) > 256:  # a handful of paths per base URL; never grow without bound
                _URLS.clear()
            parsed = _URLS[url] = httpx.URL(url)
        return parsed

    def _retries(self, options: RequestOptions) -> int:
        return (
            self._config.max_retries
            if isinstance(options.max_retries, NotGiven)
            else options.max_retries
        )

    @staticmethod
    def _should_retry(response: httpx.Response) -> bool:
        explicit: str | None = response.headers.get("x-should-retry")
        if explicit in ("true", "false"):
            return explicit == "true"
        status: int = response.status_code
        return status in RETRY_STATUSES or status >= 500

    def _retry_delay(self, retries_done: int, response: httpx.Response | None) -> float:
        """``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date) when the server
        gives one within MAX_RETRY_AFTER; else exponential backoff with jitter."""
        if response is not None:
            server = _server_delay(response.headers)
            if server is not None and 0 <= server <= MAX_RETRY_AFTER:
                return server
        cap: float = self._config.retry_max_delay
        delay: float = min(self._config.retry_initial_delay * (2**retries_done), cap)
        return delay * (1 - 0.25 * random.random())  # jitter spreads retries of many clients

    @staticmethod
    def _error_for(response: httpx.Response) -> Exception:
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        return status_error(response, body)

    @staticmethod
    def _log_retry(request: httpx.Request, why: str, delay: float, left: int) -> None:
        log.debug(
            "retrying %s %s in %.2fs (%s; %d retries left)",
            request.method,
            request.url.path,
            delay,
            why,
            left,
        )


_URLS: dict[str, httpx.URL] = {}


class _Prepared(NamedTuple):
    method: str
    url: str
    headers: dict[str, str]
    content: bytes | None
    timeout: dict[str, float | None]


def _timeout_dict(timeout: Timeout) -> dict[str, float | None]:
    return httpx.Timeout(timeout).as_dict()


def _server_delay(headers: httpx.Headers) -> float | None:
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    import email.utils  # noqa: PLC0415 - only for an HTTP-date Retry-After; keeps imports light

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


def connection_error(
    exc: httpx.TransportError, request: httpx.Request, *, streaming: bool = False
) -> APIConnectionError:
    """The SDK's error for a network failure or timeout, sending or reading a stream."""
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        message = "Timed out while reading the stream" if streaming else "Request timed out"
        return APITimeoutError(f"{message}: {name}", request=request)
    message = "The stream broke off" if streaming else "Connection error"
    return APIConnectionError(f"{message}: {name}: {exc}", request=request)


class _Attempts:
    """One call's retry budget: after each failed attempt, how long to wait before the next,
    or the error to raise. Both I/O loops ask it, so they cannot drift apart."""

    __slots__ = ("_client", "_done", "_left")

    def __init__(self, client: _BaseClient, options: RequestOptions) -> None:
        self._client = client
        self._left = client._retries(options)
        self._done = 0

    def after_failure(self, exc: httpx.TransportError, request: httpx.Request) -> float:
        """The delay before trying again after a network error; raises when none is left."""
        if self._left <= 0:
            raise connection_error(exc, request) from exc
        return self._next(request, type(exc).__name__, None)

    def after_status(self, response: httpx.Response) -> float | None:
        """The delay before trying again after an error answer; None: raise it."""
        if self._left <= 0 or not self._client._should_retry(response):
            return None
        return self._next(response.request, f"HTTP {response.status_code}", response)

    def _next(self, request: httpx.Request, why: str, response: httpx.Response | None) -> float:
        delay = self._client._retry_delay(self._done, response)
        self._client._log_retry(request, why, delay, self._left)
        self._left -= 1
        self._done += 1
        return delay


@runtime_checkable
class BufferedTransport(Protocol):
    """A transport that can also send a prepared request and read the answer whole without
    httpx's objects (``AiohttpTransport``); the async client's JSON path uses it."""

    async def send_buffered(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeout: dict[str, float | None],
    ) -> BufferedResponse: ...


class SyncAPIClient(_BaseClient):
    """The synchronous I/O loop: send, retry, raise."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        owns_transport: bool = True,
    ) -> None:
        super().__init__(config)
        self._owns_transport = owns_transport
        # Without a client of the caller's, requests go straight to the transport: httpx's
        # client layer (hooks, cookies, redirects, auth flows) costs ~15% of a request here
        # and does nothing this client needs (make bench).
        self._client = http_client
        self._transport = None if http_client is not None else (transport or httpx.HTTPTransport())

    def _send(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        if self._transport is None:
            assert self._client is not None
            return self._client.send(request, stream=stream)
        response = self._transport.handle_request(request)
        response.request = request
        if not stream:
            try:
                response.read()
            finally:
                response.close()
        return response

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        files: Any = None,
        data: Any = None,
        options: RequestOptions = RequestOptions(),
        stream: bool = False,
        accept: str | None = None,
    ) -> httpx.Response:
        """Send with retries; an error answer raises. With ``stream`` the body is not read."""
        attempts = _Attempts(self, options)
        prepared = self._prepare(method, path, json_body=json_body, options=options, accept=accept)
        while True:
            request = self._build_request(self._client, prepared, files=files, data=data)
            try:
                response = self._send(request, stream=stream)
            except httpx.TransportError as exc:
                time.sleep(attempts.after_failure(exc, request))
                continue
            if response.is_success:
                return response
            delay = attempts.after_status(response)
            if delay is None:
                break
            response.close()
            time.sleep(delay)
        try:
            response.read()
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        finally:
            response.close()
        raise self._error_for(response)

    def request_json(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        options: RequestOptions = RequestOptions(),
    ) -> httpx.Response:
        """An answer read whole (the async client's has a faster path; here it is plain)."""
        return self.request(method, path, json_body=json_body, options=options)

    def close(self) -> None:
        """Release the connections (not those of an ``http_client`` of yours)."""
        if self._transport is not None and self._owns_transport:
            self._transport.close()

    def _share(self, other: Self, config: ClientConfig) -> None:
        SyncAPIClient.__init__(
            self,
            config,
            http_client=other._client,
            transport=other._transport,
            owns_transport=False,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asynchronous I/O loop: send, retry, raise."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        owns_transport: bool = True,
    ) -> None:
        super().__init__(config)
        self._owns_transport = owns_transport
        # Straight to the transport, as in SyncAPIClient; aiohttp underneath when installed.
        self._client = http_client
        self._transport: httpx.AsyncBaseTransport | None = None
        if http_client is None:
            self._transport = transport or _default_async_transport() or httpx.AsyncHTTPTransport()
        self._buffered = self._transport if isinstance(self._transport, BufferedTransport) else None

    async def _send(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        if self._transport is None:
            assert self._client is not None
            return await self._client.send(request, stream=stream)
        if not stream:
            request.extensions[WHOLE_BODY] = True  # honoured by AiohttpTransport
        response = await self._transport.handle_async_request(request)
        response.request = request
        if not stream:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        files: Any = None,
        data: Any = None,
        options: RequestOptions = RequestOptions(),
        stream: bool = False,
        accept: str | None = None,
    ) -> httpx.Response:
        """Send with retries; an error answer raises. With ``stream`` the body is not read."""
        prepared = self._prepare(method, path, json_body=json_body, options=options, accept=accept)
        response = await self._loop(prepared, options, files=files, data=data, stream=stream)
        assert isinstance(response, httpx.Response)
        return response

    def request_json(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        options: RequestOptions = RequestOptions(),
    ) -> Coroutine[Any, Any, httpx.Response | BufferedResponse]:
        """As :meth:`request` for an answer read whole. With aiohttp underneath, a plain 2xx
        comes back as a :class:`BufferedResponse`, without the httpx objects that would cost
        more CPU than aiohttp's whole request (``make bench``); anything else as usual.
        Awaited by the caller: a plain function, so a request passes one frame fewer."""
        prepared = self._prepare(method, path, json_body=json_body, options=options)
        return self._loop(prepared, options, buffered=self._buffered)

    async def _loop(
        self,
        prepared: _Prepared,
        options: RequestOptions,
        *,
        files: Any = None,
        data: Any = None,
        stream: bool = False,
        buffered: BufferedTransport | None = None,
    ) -> httpx.Response | BufferedResponse:
        attempts = _Attempts(self, options)
        while True:
            request: httpx.Request | None = None
            try:
                if buffered is not None:
                    reply = await buffered.send_buffered(*prepared)
                    if reply.is_plain_success:
                        return reply
                    response = reply.http_response()
                    request = response.request
                else:
                    request = self._build_request(self._client, prepared, files=files, data=data)
                    response = await self._send(request, stream=stream)
            except httpx.TransportError as exc:
                await _sleep(attempts.after_failure(exc, request or exc.request))
                continue
            if response.is_success:
                return response
            delay = attempts.after_status(response)
            if delay is None:
                break
            await response.aclose()
            await _sleep(delay)
        try:
            await response.aread()
        except httpx.TransportError as exc:
            raise connection_error(exc, response.request) from exc
        finally:
            await response.aclose()
        raise self._error_for(response)

    async def close(self) -> None:
        """Release the connections (not those of an ``http_client`` of yours)."""
        if self._transport is not None and self._owns_transport:
            await self._transport.aclose()

    def _share(self, other: Self, config: ClientConfig) -> None:
        AsyncAPIClient.__init__(
            self,
            config,
            http_client=other._client,
            transport=other._transport,
            owns_transport=False,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _default_async_transport() -> httpx.AsyncBaseTransport | None:
    """aiohttp underneath httpx's API when it is installed (it is many times faster under
    concurrency; see _aiohttp_transport), else httpx's own pool."""
    try:
        from fireworks_client._aiohttp_transport import AiohttpTransport  # noqa: PLC0415
    except ImportError:
        return None
    return AiohttpTransport()


def json_default(value: Any) -> Any:
    """What ``json.dumps`` cannot encode itself: generated attrs models (the fields they hold),
    enums, other mappings and sequences; anything else is a clear TypeError."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset) or (
        hasattr(value, "__iter__") and not isinstance(value, str | bytes)
    ):
        return list(value)
    raise TypeError(f"a request parameter of type {type(value).__name__} cannot be sent as JSON")


def json_text(value: Any) -> str:
    """Compact JSON of a request value (generated models and enums included)."""
    return _ENCODER.encode(value)


# One encoder: json.dumps with any option set builds a new JSONEncoder on every call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=json_default)


async def _sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - asyncio costs ~20 ms of import; sync users never need it

    await asyncio.sleep(seconds)


def with_config(config: ClientConfig, **changes: Any) -> ClientConfig:
    """``config`` with the given settings changed; NOT_GIVEN leaves one as it is."""
    given = {k: v for k, v in changes.items() if not isinstance(v, NotGiven)}
    _check_settings(**given)
    if "default_headers" in given:
        given["default_headers"] = dict(given["default_headers"])
    if "base_url" in given:
        given["base_url"] = given["base_url"].rstrip("/")
    return replace(config, **given)
