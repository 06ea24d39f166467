"""The boundary between the request path and the transports.

The request path (``_request_path``) prepares a request once (:class:`Prepared`: method, URL,
merged headers, encoded body, timeouts) and hands it to a sender, sync or async, whatever the
HTTP library underneath. A sender puts it on the wire and gives the answer back, each method
with one answer type:

- ``send``: the whole answer, a :class:`BufferedResponse`
  (status, raw headers, the body's bytes as they came, NOT decoded: the request path decodes a
  ``Content-Encoding`` itself, so a body that does not decode is reported as the SDK's error
  with the answer's status). The aiohttp sender reads it without any httpx object (its fast
  path; see ``make bench``); httpx-based senders read ``iter_raw()`` into it.
- ``open_stream``: an ``httpx.Response`` whose body is not read yet (the caller closes it),
  for a :class:`~fireworks_client._streaming.Stream`.

A body streamed from a file (:class:`StreamedContent`: an upload) is read as it is sent, from
its start again at each attempt; each sender takes it as its library takes an iterator of bytes
(:func:`sync_content`, :func:`async_content`), with its Content-Length among the headers.

Network failures and timeouts come out as ``httpx.TransportError`` subclasses, whatever the
library, so the request path maps them to the SDK's errors in one place. Speed work lives in
the senders; behaviour (headers, retries, errors) lives in the request path.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, NamedTuple, Protocol, TypeAlias, runtime_checkable

import httpx

from fireworks_client._json import loads
from fireworks_client._response import build_request

__all__ = [
    "AsyncSender",
    "BufferedResponse",
    "Content",
    "Prepared",
    "StreamedContent",
    "SyncSender",
    "async_content",
    "sync_content",
]


class StreamedContent(Protocol):
    """A request body read from its source while it is sent (never whole in memory): each
    iteration, sync or async, reads it from its start, so a retried request sends it again."""

    @property
    def length(self) -> int: ...

    def __iter__(self) -> Iterator[bytes]: ...

    def __aiter__(self) -> AsyncIterator[bytes]: ...


Content: TypeAlias = bytes | StreamedContent | None


def sync_content(content: Content) -> bytes | Iterator[bytes] | None:
    """The body as a sync HTTP library takes it: bytes, or a fresh iterator of its chunks."""
    return content if content is None or isinstance(content, bytes) else iter(content)


def async_content(content: Content) -> bytes | AsyncIterator[bytes] | None:
    """The body as an async HTTP library takes it: bytes, or a fresh async iterator."""
    return content if content is None or isinstance(content, bytes) else aiter(content)


class Prepared(NamedTuple):
    """A request ready to send. ``headers`` are merged already (one value per name, names
    compared without regard to case); ``content`` is the encoded body (JSON or multipart, its
    Content-Type among the headers) or one streamed from a file (its Content-Length among the
    headers too); ``timeout`` is httpx's timeout dictionary (connect, read, write, pool)."""

    method: str
    url: str
    headers: dict[str, str]
    content: Content
    timeout: dict[str, float | None]


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
            return loads(self.http_response().read())
        return loads(self.content)

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


class SyncSender(Protocol):
    def send(self, request: Prepared) -> BufferedResponse: ...

    def open_stream(self, request: Prepared) -> httpx.Response: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncSender(Protocol):
    async def send(self, request: Prepared) -> BufferedResponse: ...

    async def open_stream(self, request: Prepared) -> httpx.Response: ...

    async def aclose(self) -> None: ...
