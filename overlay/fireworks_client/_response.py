"""Raw responses: the headers, status and request id next to the parsed answer.

    raw = client.chat.completions.with_raw_response.create(model=..., messages=[...])
    raw.request_id, raw.headers["x-request-id"], raw.status_code
    answer = raw.parse()            # typed: what ``create`` returns

Every resource has ``with_raw_response``, sync and async; for a stream, ``parse()`` gives the
:class:`Stream`, and the headers are there before the first chunk.

``BufferedResponse`` is an answer read whole, as every sender gives it: status, raw headers and
the body's bytes; the ``httpx.Response`` is made only when something needs one (an error, a
compressed body, a raw response).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

if TYPE_CHECKING:
    from fireworks_client._wire import Prepared

__all__ = ["BufferedResponse", "RawResponse", "build_request", "to_raw", "to_raw_async"]

T = TypeVar("T")
P = ParamSpec("P")


class RawResponse(Generic[T]):
    """An answer before parsing: ``http_response``, ``headers``, ``status_code``,
    ``request_id``; ``parse()`` gives what the call returns normally."""

    __slots__ = ("_parse", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    def parse(self) -> T:
        return self._parse()

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"


def to_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """For type checkers: ``method`` of a resource made with ``raw=True`` returns a
    :class:`RawResponse` of what the plain one returns (overloads included)."""
    return cast("Callable[P, RawResponse[T]]", method)


def to_raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """As :func:`to_raw`, for the async resources' methods."""
    return cast("Callable[P, Awaitable[RawResponse[T]]]", method)


class BufferedResponse:
    """A whole answer as the sender read it: status, raw headers and body, and the prepared
    request it answers.

    Building ``httpx.Request`` and ``httpx.Response`` costs more CPU than aiohttp spends on the
    whole request (``make bench``), so every sender reads whole answers into this and the
    httpx objects are made only on demand (``http_response()``): for an error status, a
    compressed body, a body that does not parse, or a raw response.
    """

    __slots__ = (
        "_response",
        "content",
        "content_encoding",
        "raw_headers",
        "reason",
        "request",
        "status_code",
    )

    def __init__(
        self,
        status_code: int,
        reason: str,
        raw_headers: tuple[tuple[bytes, bytes], ...],
        content: bytes,
        *,
        content_encoding: str | None,
        request: Prepared,
    ) -> None:
        self.status_code = status_code
        self.reason = reason
        self.raw_headers = raw_headers
        self.content = content
        self.content_encoding = content_encoding
        self.request = request
        self._response: httpx.Response | None = None

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def is_plain_success(self) -> bool:
        """A 2xx whose body needs no decoding: the only answer the JSON path takes as it is."""
        return 200 <= self.status_code < 300 and not self.content_encoding

    def json(self) -> Any:
        """The body as JSON, decoded first as its Content-Encoding says (``httpx.DecodingError``
        when it does not decode)."""
        if self.content_encoding:
            return json.loads(self.http_response().read())
        return json.loads(self.content)

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response().headers

    def http_request(self) -> httpx.Request:
        return build_request(*self.request)

    def http_response(
        self, request: httpx.Request | None = None, *, decode: bool = True
    ) -> httpx.Response:
        """The same answer as an ``httpx.Response``, decoded as its Content-Encoding says. A
        body that does not decode gives a response whose ``read()`` raises
        ``httpx.DecodingError`` (with ``decode=False`` too, without trying first)."""
        if self._response is None:
            request = request or self.http_request()
            if decode:
                try:
                    self._response = self._make(request, content=self.content)
                except httpx.DecodingError:
                    decode = False
            if not decode:
                return self._make(request, stream=httpx.ByteStream(self.content))
            assert self._response is not None
        return self._response

    def _make(self, request: httpx.Request, **body: Any) -> httpx.Response:
        return httpx.Response(
            self.status_code,
            headers=list(self.raw_headers),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": self.reason.encode()},
            **body,
        )

    def __repr__(self) -> str:
        return f"<BufferedResponse [{self.status_code}]>"


def build_request(
    method: str,
    url: str | httpx.URL,
    headers: Mapping[str, str],
    content: bytes | None,
    timeout: Mapping[str, float | None],
    *,
    files: Any = None,
    data: Any = None,
    extensions: dict[str, Any] | None = None,
) -> httpx.Request:
    """The ``httpx.Request`` for what the client prepared (timeouts as httpx's extension,
    with any other ``extensions``)."""
    return httpx.Request(
        method,
        url,
        headers=headers,
        content=content,
        files=files,
        data=data,
        extensions={"timeout": timeout, **(extensions or {})},
    )
