"""The request path: one place that turns a call into a prepared request, sends it through the
client's sender with retries, and turns the answer into a result or an error. Sync and async
differ only in how they wait; what they decide is shared (``_APIClient``, ``_retries``).

    call ─▶ prepare (URL, merged headers, JSON or multipart body, timeouts)
         ─▶ sender.send  (``_wire``: httpx or aiohttp underneath; speed work lives there)
         ─▶ 2xx: parse the answer (or a Stream of chunks); error status: retry or raise
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, NoReturn, Protocol, Self, TypeVar, cast, overload
from urllib.parse import quote, urlencode

import httpx

from fireworks_client._encoding import form_body, wire_body
from fireworks_client._exceptions import (
    APIResponseValidationError,
    ClientClosedError,
    FireworksConfigurationError,
    connection_error,
    status_error,
)
from fireworks_client._json import dumps
from fireworks_client._response import RawResponse, build_request
from fireworks_client._retries import Attempts, RetryPolicy
from fireworks_client._settings import (
    CLIENT_PATH_PARAMETERS,
    Settings,
    check_settings,
    default_base_url,
    merge_headers,
)
from fireworks_client._streaming import AsyncStream, Stream
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client._wire import (
    AsyncSender,
    BufferedResponse,
    Prepared,
    StreamedContent,
    SyncSender,
)

if TYPE_CHECKING:
    from fireworks_client._operations import Endpoint

# An endpoint's answer and chunk types; a hand parser's answer; a stream.
A = TypeVar("A")
K = TypeVar("K")
T = TypeVar("T")
S = TypeVar("S", "Stream[Any]", "AsyncStream[Any]")


class _Answered(Protocol):
    """What the retry loop asks of an answer before it knows whether it failed."""

    @property
    def is_success(self) -> bool: ...


R = TypeVar("R", bound=_Answered)  # an answer of a sender: whole or a stream

__all__ = [
    "AsyncAPIClient",
    "RequestOptions",
    "SyncAPIClient",
    "parsed",
    "request_options",
]


class RequestOptions:
    """Per-call overrides: ``extra_headers``, ``timeout``, ``max_retries``."""

    __slots__ = ("extra_headers", "max_retries", "timeout")

    def __init__(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        check_settings(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=NOT_GIVEN if extra_headers is None else extra_headers,
        )
        self.timeout = timeout
        self.max_retries = max_retries
        self.extra_headers = extra_headers


_DEFAULT_OPTIONS = RequestOptions()
# The constructor arguments that decide the HTTP layer: a copy that changes one gets its own.
_HTTP_ARGUMENTS = frozenset(
    {"http_client", "transport", "verify", "cert", "proxy", "limits", "trust_env"}
)


def _service_root(settings: Settings, endpoint: Endpoint[Any, Any]) -> str:
    """The service's root, for an operation outside the API root (the platform's)."""
    if settings.service_root is None:
        raise FireworksConfigurationError(
            f"{endpoint.friendly}: base_url {settings.base_url!r} does not end with the API "
            f"root's path ({default_base_url()}), so the service's root above it, where "
            f"{endpoint.path} is, cannot be told; give a base_url that ends so"
        )
    return settings.service_root


def request_options(
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
) -> RequestOptions:
    if extra_headers is None and timeout is NOT_GIVEN and max_retries is NOT_GIVEN:
        return _DEFAULT_OPTIONS  # the common call pays for no checks
    return RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)


class _APIClient:
    """What both request paths decide: the request, the retry budget, the errors; and the
    client's life (made, borrowed by a ``with_options`` copy, closed)."""

    _settings: Settings

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._retry = RetryPolicy(
            settings.max_retries, settings.retry_initial_delay, settings.retry_max_delay
        )
        self._lock = threading.Lock()
        self._closed = False
        self._lender: Self | None = None  # the client whose sender a with_options copy uses

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def timeout(self) -> Timeout:
        return self._settings.timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"

    def __reduce__(self) -> NoReturn:
        raise TypeError(
            f"{type(self).__name__} is not pickled: it holds the API key and open connections."
            " Make a client in each process (pass api_key, or set FIREWORKS_API_KEY there)"
        )

    @property
    def _resource_client(self) -> Self:
        """What the generated resources call (``fireworks_api.resources``): this client."""
        return self

    def _copy_arguments(self) -> dict[str, Any]:
        """The constructor arguments that make this client again (the HTTP layer's too)."""
        raise NotImplementedError

    def _copy_with(self, changes: dict[str, Any]) -> Self:
        """A copy through the constructor with ``changes``; it borrows this client's sender
        unless one of the HTTP layer's arguments changes."""
        given = {k: v for k, v in changes.items() if not isinstance(v, NotGiven)}
        copy = type(self)(**{**self._copy_arguments(), **given})
        if not given.keys() & _HTTP_ARGUMENTS:
            copy._lender = self._lender or self
        return copy

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(
                f"This {type(self).__name__} was closed; make a new client to send requests"
            )

    def _target(
        self, endpoint: Endpoint[Any, Any], params: Mapping[str, Any]
    ) -> tuple[str, Mapping[str, Any]]:
        """The URL (path and query parameters filled in) and the parameters left for the body."""
        settings = self._settings
        url = (
            settings.base_url if not endpoint.service_root else _service_root(settings, endpoint)
        ) + endpoint.path
        names = endpoint.wire_names
        if names:
            params = {names.get(key, key): value for key, value in params.items()}
        if not endpoint.path_params and not endpoint.query_params:
            return url, params
        rest = dict(params)
        for name in endpoint.path_params:
            value = rest.pop(name, None)
            if value is None:
                value = settings.path_defaults.get(name)
                if value is None and name in CLIENT_PATH_PARAMETERS:
                    raise FireworksConfigurationError(
                        f"{endpoint.friendly}: no {name}: pass {name}=... to the call or the "
                        f"client, or set FIREWORKS_{name.upper()}"
                    )
            if value is None or value == "":
                raise TypeError(f"{endpoint.friendly}: {name} is required (a part of the path)")
            url = url.replace("{" + name + "}", quote(str(value), safe=""))
        query = {
            name: _query_value(rest.pop(name))
            for name in endpoint.query_params
            if name in rest and rest[name] is not None
        }
        return (url + "?" + urlencode(query) if query else url), rest

    def _prepare(
        self,
        endpoint: Endpoint[Any, Any],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: bool = False,
        accept: str | None = None,
    ) -> Prepared:
        """The request of one call: URL, body (JSON or multipart), headers, timeouts."""
        url, params = self._target(endpoint, params)
        body = None if endpoint.request is None else wire_body(params, extra_body, stream=stream)
        if stream:
            accept = "text/event-stream"
        settings = self._settings
        content: bytes | None = None
        content_type: str | None = None
        if body is not None:
            if endpoint.request == "multipart/form-data":
                content, content_type = form_body(body, endpoint.binary_fields)
            else:
                content = dumps(body)
        if content_type is None and not accept and not options.extra_headers:
            headers = settings.json_headers if content is not None else settings.headers
        else:
            own: dict[str, str] = {}
            if content is not None:
                own["Content-Type"] = content_type or "application/json"
            if accept:
                own["Accept"] = accept
            headers = merge_headers(settings.headers, own, options.extra_headers)
        return Prepared(endpoint.method, url, headers, content, self._timeouts(options))

    def _timeouts(self, options: RequestOptions) -> dict[str, float | None]:
        if isinstance(options.timeout, NotGiven):
            return self._settings.timeout_dict
        return httpx.Timeout(options.timeout).as_dict()

    def _prepare_file(
        self,
        endpoint: Endpoint[Any, Any],
        params: Mapping[str, Any],
        body: StreamedContent,
        content_type: str,
        options: RequestOptions,
    ) -> Prepared:
        """An operation's request whose body is streamed from a file (a multipart upload):
        the client's headers, key among them, as for any call."""
        url, _ = self._target(endpoint, params)
        own = {"Content-Type": content_type, "Content-Length": str(body.length)}
        headers = merge_headers(self._settings.headers, own, options.extra_headers)
        return Prepared(endpoint.method, url, headers, body, self._timeouts(options))

    def _prepare_signed(
        self, method: str, url: str, body: StreamedContent | None, options: RequestOptions
    ) -> Prepared:
        """A request to a signed URL (a storage host's, which carries its own authorisation):
        none of the client's headers, so never its API key; the body's own only."""
        headers = {}
        if body is not None:
            headers = {
                "Content-Type": "application/octet-stream",
                "Content-Length": str(body.length),
            }
        return Prepared(method, url, headers, body, self._timeouts(options))

    def attempts(self, options: RequestOptions) -> Attempts:
        """One call's retry budget (a download's body read again also spends it: ``_files``)."""
        retries = self._settings.max_retries
        if not isinstance(options.max_retries, NotGiven):
            retries = options.max_retries
        return Attempts(self._retry, retries)


def _query_value(value: Any) -> str:
    """A query parameter as the service reads it (``true``/``false`` for booleans)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _http_of_stream(response: httpx.Response) -> httpx.Response:
    return response


def _http_of_whole(answer: BufferedResponse) -> httpx.Response:
    return answer.http_response()


def _request_of(exc: httpx.TransportError, prepared: Prepared) -> httpx.Request:
    try:
        return exc.request
    except RuntimeError:  # httpx raises when the error was made without its request
        method, url, headers, content, timeout = prepared
        return build_request(method, url, headers, content, timeout)


def _failure(exc: httpx.TransportError, prepared: Prepared) -> Exception:
    return connection_error(exc, _request_of(exc, prepared))


def parsed(answer: BufferedResponse, parse: Callable[[Any], T]) -> T:
    """The typed answer; a body that is not JSON, does not decode or does not match the spec
    is an :class:`APIResponseValidationError` that says which."""
    try:
        data = answer.json()
    except httpx.DecodingError as exc:
        raise APIResponseValidationError(
            f"The answer does not decode as its Content-Encoding says: {exc}",
            response=answer.http_response(decode=False),
        ) from exc
    except ValueError as exc:
        http = answer.http_response()
        raise APIResponseValidationError(
            f"The answer is not JSON: {http.text[:100]!r}", response=http
        ) from exc
    try:
        return parse(data)
    except ValueError as exc:  # the models' parser raises SchemaMismatch, a ValueError
        raise APIResponseValidationError(
            f"The answer does not match the spec: {exc}",
            response=answer.http_response(),
            body=data,
        ) from exc


def _outcome(answer: BufferedResponse, parse: Callable[[BufferedResponse], T], raw: bool) -> T:
    """What a call returns for an answer read whole: parsed, or a RawResponse that parses
    later. A raw resource's methods answer RawResponse where their signature says T: their
    ``with_raw_response`` wrapper says so to type checkers (``to_raw``)."""
    if raw:
        return cast("T", RawResponse(answer.http_response(), lambda: parse(answer)))
    return parse(answer)


def _streamed(chunks: S, raw: bool) -> S:
    """A stream, or a RawResponse of it (as in _outcome)."""
    return cast("S", RawResponse(chunks.response, lambda: chunks)) if raw else chunks


def _error(http: httpx.Response, body: bytes | None) -> Exception:
    """The API error for an error answer whose body was read (None: it did not decode)."""
    data: Any = None
    if body:
        try:
            data = http.json()
        except ValueError:
            data = None
    return status_error(http, data)


class SyncAPIClient(_APIClient):
    """The synchronous request path."""

    def __init__(self, settings: Settings, make_sender: Callable[[], SyncSender]) -> None:
        super().__init__(settings)
        self._make_sender = make_sender
        self._sender: SyncSender | None = None

    def _get_sender(self) -> SyncSender:
        self._check_open()
        if self._lender is not None:
            return self._lender._get_sender()
        sender = self._sender
        if sender is None:
            with self._lock:  # two threads' first requests make one pool
                sender = self._sender
                if sender is None:
                    sender = self._sender = self._make_sender()
        return sender

    @overload
    def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: Literal[False] = False,
        raw: bool = False,
    ) -> A: ...
    @overload
    def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: Literal[True],
        raw: bool = False,
    ) -> Stream[K]: ...
    @overload
    def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: bool,
        raw: bool = False,
    ) -> A | Stream[K]: ...
    def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: bool = False,
        raw: bool = False,
    ) -> A | Stream[K]:
        """One operation: its answer parsed by the endpoint's model, or its Stream of chunks
        (with ``raw``, a RawResponse of either)."""
        prepared = self._prepare(endpoint, params, extra_body, options, stream=stream)
        if stream:
            response = self._open_stream(prepared, options)
            return _streamed(Stream(response, endpoint.chunk_parser(), endpoint), raw)
        # Straight to the retry loop, not through _send: a call less on every request (each
        # request's CPU is what `make bench` holds against raw httpx's and aiohttp's).
        answer = self._with_retries(prepared, options, self._get_sender().send, _http_of_whole)
        if raw:
            return _outcome(answer, lambda whole: parsed(whole, endpoint.parse), raw)
        return parsed(answer, endpoint.parse)  # the common call: no closure to make

    def request_parsed(
        self,
        endpoint: Endpoint[Any, Any],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        parse: Callable[[BufferedResponse], T],
        accept: str | None = None,
        raw: bool = False,
    ) -> T:
        """One operation whose answer ``parse`` reads (an answer the spec's model does not
        describe whole: image bytes, vectors in base64); ``accept``: the Accept header."""
        prepared = self._prepare(endpoint, params, extra_body, options, accept=accept)
        return _outcome(self._send(prepared, options), parse, raw)

    def request_file(
        self,
        endpoint: Endpoint[A, Any],
        params: Mapping[str, Any],
        body: StreamedContent,
        content_type: str,
        options: RequestOptions,
    ) -> A:
        """One operation whose body is streamed from a file (``_files``), sent as any call
        is (the client's sender, settings and retries; the file is read again for a retry);
        its answer parsed."""
        prepared = self._prepare_file(endpoint, params, body, content_type, options)
        return parsed(self._send(prepared, options), endpoint.parse)

    def send_signed(
        self, method: str, url: str, body: StreamedContent | None, options: RequestOptions
    ) -> BufferedResponse:
        """A request to a signed URL through the client's sender and retries, without the
        client's headers (``_prepare_signed``); an error status raises the SDK's error."""
        return self._send(self._prepare_signed(method, url, body, options), options)

    def open_signed(self, url: str, options: RequestOptions) -> httpx.Response:
        """A GET of a signed URL, its body unread (the caller closes it): as send_signed."""
        return self._open_stream(self._prepare_signed("GET", url, None, options), options)

    def _send(self, prepared: Prepared, options: RequestOptions) -> BufferedResponse:
        return self._with_retries(prepared, options, self._get_sender().send, _http_of_whole)

    def _open_stream(self, prepared: Prepared, options: RequestOptions) -> httpx.Response:
        return self._with_retries(
            prepared, options, self._get_sender().open_stream, _http_of_stream
        )

    def _with_retries(
        self,
        prepared: Prepared,
        options: RequestOptions,
        send: Callable[[Prepared], R],
        http_of: Callable[[R], httpx.Response],
    ) -> R:
        """Send with retries; a 2xx comes back, an error answer raises."""
        attempts: Attempts | None = None  # made on the first failure: most calls have none
        while True:
            try:
                answer = send(prepared)
            except httpx.TransportError as exc:
                attempts = attempts or self.attempts(options)
                delay = attempts.after_failure(prepared.method, prepared.url, type(exc).__name__)
                if delay is None:
                    raise _failure(exc, prepared) from exc
                time.sleep(delay)
                continue
            if answer.is_success:
                return answer
            http = http_of(answer)
            attempts = attempts or self.attempts(options)
            delay = attempts.after_status(
                prepared.method, prepared.url, http.status_code, http.headers
            )
            if delay is None:
                raise _error(http, self._read(http, prepared))
            http.close()
            time.sleep(delay)

    @staticmethod
    def _read(http: httpx.Response, prepared: Prepared) -> bytes | None:
        try:
            return http.read()
        except httpx.DecodingError:
            return None
        except httpx.TransportError as exc:
            raise _failure(exc, prepared) from exc
        finally:
            http.close()

    def close(self) -> None:
        """Release the connections (not those of an ``http_client`` of yours, nor those a
        ``with_options`` copy borrows). Requests after it raise :class:`ClientClosedError`."""
        self._closed = True
        sender, self._sender = self._sender, None
        if sender is not None:
            sender.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_APIClient):
    """The asynchronous request path."""

    def __init__(self, settings: Settings, make_sender: Callable[[], AsyncSender]) -> None:
        super().__init__(settings)
        self._make_sender = make_sender
        self._sender: AsyncSender | None = None

    def _get_sender(self) -> AsyncSender:
        self._check_open()
        if self._lender is not None:
            return self._lender._get_sender()
        sender = self._sender
        if sender is None:
            with self._lock:
                sender = self._sender
                if sender is None:
                    sender = self._sender = self._make_sender()
        return sender

    @overload
    async def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: Literal[False] = False,
        raw: bool = False,
    ) -> A: ...
    @overload
    async def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: Literal[True],
        raw: bool = False,
    ) -> AsyncStream[K]: ...
    @overload
    async def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: bool,
        raw: bool = False,
    ) -> A | AsyncStream[K]: ...
    async def request(
        self,
        endpoint: Endpoint[A, K],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        stream: bool = False,
        raw: bool = False,
    ) -> A | AsyncStream[K]:
        """As :meth:`SyncAPIClient.request`."""
        prepared = self._prepare(endpoint, params, extra_body, options, stream=stream)
        if stream:
            response = await self._open_stream(prepared, options)
            return _streamed(AsyncStream(response, endpoint.chunk_parser(), endpoint), raw)
        # As in SyncAPIClient.request: a coroutine less than through _send.
        answer = await self._with_retries(
            prepared, options, self._get_sender().send, _http_of_whole
        )
        if raw:
            return _outcome(answer, lambda whole: parsed(whole, endpoint.parse), raw)
        return parsed(answer, endpoint.parse)  # the common call: no closure to make

    async def request_parsed(
        self,
        endpoint: Endpoint[Any, Any],
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        parse: Callable[[BufferedResponse], T],
        accept: str | None = None,
        raw: bool = False,
    ) -> T:
        """As :meth:`SyncAPIClient.request_parsed`."""
        prepared = self._prepare(endpoint, params, extra_body, options, accept=accept)
        return _outcome(await self._send(prepared, options), parse, raw)

    async def request_file(
        self,
        endpoint: Endpoint[A, Any],
        params: Mapping[str, Any],
        body: StreamedContent,
        content_type: str,
        options: RequestOptions,
    ) -> A:
        """As :meth:`SyncAPIClient.request_file`."""
        prepared = self._prepare_file(endpoint, params, body, content_type, options)
        return parsed(await self._send(prepared, options), endpoint.parse)

    async def send_signed(
        self, method: str, url: str, body: StreamedContent | None, options: RequestOptions
    ) -> BufferedResponse:
        """As :meth:`SyncAPIClient.send_signed`."""
        return await self._send(self._prepare_signed(method, url, body, options), options)

    async def open_signed(self, url: str, options: RequestOptions) -> httpx.Response:
        """As :meth:`SyncAPIClient.open_signed`."""
        return await self._open_stream(self._prepare_signed("GET", url, None, options), options)

    async def _send(self, prepared: Prepared, options: RequestOptions) -> BufferedResponse:
        sender = self._get_sender()
        return await self._with_retries(prepared, options, sender.send, _http_of_whole)

    async def _open_stream(self, prepared: Prepared, options: RequestOptions) -> httpx.Response:
        sender = self._get_sender()
        return await self._with_retries(prepared, options, sender.open_stream, _http_of_stream)

    async def _with_retries(
        self,
        prepared: Prepared,
        options: RequestOptions,
        send: Callable[[Prepared], Awaitable[R]],
        http_of: Callable[[R], httpx.Response],
    ) -> R:
        """As :meth:`SyncAPIClient._with_retries`."""
        attempts: Attempts | None = None
        while True:
            try:
                answer = await send(prepared)
            except httpx.TransportError as exc:
                attempts = attempts or self.attempts(options)
                delay = attempts.after_failure(prepared.method, prepared.url, type(exc).__name__)
                if delay is None:
                    raise _failure(exc, prepared) from exc
                await _sleep(delay)
                continue
            if answer.is_success:
                return answer
            http = http_of(answer)
            attempts = attempts or self.attempts(options)
            delay = attempts.after_status(
                prepared.method, prepared.url, http.status_code, http.headers
            )
            if delay is None:
                raise _error(http, await self._read(http, prepared))
            await http.aclose()
            await _sleep(delay)

    @staticmethod
    async def _read(http: httpx.Response, prepared: Prepared) -> bytes | None:
        try:
            return await http.aread()
        except httpx.DecodingError:
            return None
        except httpx.TransportError as exc:
            raise _failure(exc, prepared) from exc
        finally:
            await http.aclose()

    async def close(self) -> None:
        """Release the connections (not those of an ``http_client`` of yours, nor those a
        ``with_options`` copy borrows). Requests after it raise :class:`ClientClosedError`."""
        self._closed = True
        sender, self._sender = self._sender, None
        if sender is not None:
            await sender.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


async def _sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - asyncio costs ~20 ms of import; sync users never need it

    await asyncio.sleep(seconds)
