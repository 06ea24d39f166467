"""Helpers of the resources: what goes on the wire and how answers are parsed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from fireworks_client._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from fireworks_client._exceptions import APIResponseValidationError
from fireworks_client._response import BufferedResponse, RawResponse, WithRawResponse, raw_mode
from fireworks_client._streaming import AsyncStream, Stream
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

__all__ = [
    "Resource",
    "create_async",
    "create_sync",
    "options",
    "parse_json",
    "wire_body",
]

T = TypeVar("T")
C = TypeVar("C")


class Resource:
    """What every resource has: its client and ``with_raw_response``."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """This resource with methods that return :class:`RawResponse`."""
        return WithRawResponse(self)


def wire_body(
    params: Mapping[str, Any], extra_body: Mapping[str, Any] | None, *, stream: bool = False
) -> dict[str, Any]:
    """Exactly what the caller set (no spec defaults), then ``extra_body`` for fields the spec
    does not know yet, then what the call itself decides (``stream``). Generated models in it
    are turned into JSON when the body is encoded (``json_default``), not walked here.
    ``params`` is the call's own ``**params``, a fresh dict: it is completed in place."""
    body = params if isinstance(params, dict) else dict(params)
    if extra_body:
        body.update(extra_body)
    if stream:
        body["stream"] = True
    return body


def options(
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
) -> RequestOptions:
    if extra_headers is None and timeout is NOT_GIVEN and max_retries is NOT_GIVEN:
        return _DEFAULT_OPTIONS  # the common call; a frozen dataclass is slow to make
    return RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)


_DEFAULT_OPTIONS = RequestOptions()


def parse_json(response: httpx.Response | BufferedResponse, parse: Callable[[Any], T]) -> T:
    """The parsed answer; under ``with_raw_response``, a RawResponse that parses on demand."""
    if raw_mode.get():
        http = _http(response)
        return RawResponse(http, lambda: _parse_json(http, parse))  # type: ignore[return-value]
    return _parse_json(response, parse)


def _http(response: httpx.Response | BufferedResponse) -> httpx.Response:
    return response if isinstance(response, httpx.Response) else response.http_response()


def _parse_json(response: httpx.Response | BufferedResponse, parse: Callable[[Any], T]) -> T:
    try:
        data = response.json()
    except ValueError as exc:
        http = _http(response)
        raise APIResponseValidationError(
            f"The answer is not JSON: {http.text[:100]!r}", response=http
        ) from exc
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"The answer does not match the spec: {exc!r}", response=_http(response), body=data
        ) from exc


def create_sync(
    client: SyncAPIClient,
    path: str,
    body: dict[str, Any],
    opts: RequestOptions,
    *,
    stream: bool,
    parse: Callable[[Any], T],
    parse_chunk: Callable[[dict[str, Any]], C],
) -> T | Stream[C]:
    """POST a body; parse the answer, or stream its chunks."""
    if stream:
        response = client.request(
            "POST", path, json_body=body, options=opts, stream=True, accept="text/event-stream"
        )
        return Stream(response, parse_chunk)
    return parse_json(client.request_json("POST", path, json_body=body, options=opts), parse)


async def create_async(
    client: AsyncAPIClient,
    path: str,
    body: dict[str, Any],
    opts: RequestOptions,
    *,
    stream: bool,
    parse: Callable[[Any], T],
    parse_chunk: Callable[[dict[str, Any]], C],
) -> T | AsyncStream[C]:
    if stream:
        response = await client.request(
            "POST", path, json_body=body, options=opts, stream=True, accept="text/event-stream"
        )
        return AsyncStream(response, parse_chunk)
    return parse_json(await client.request_json("POST", path, json_body=body, options=opts), parse)
