"""Raw responses: the headers, status and request id next to the parsed answer.

    raw = client.chat.completions.with_raw_response.create(model=..., messages=[...])
    raw.request_id, raw.headers["x-request-id"], raw.status_code
    answer = raw.parse()

Works on every resource, sync and async. A stream already exposes its ``response``.

``BufferedResponse`` is the async client's answer read whole without httpx's objects; it makes
the ``httpx.Response`` only when something needs one (an error, a bad body).
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["BufferedResponse", "RawResponse", "WithRawResponse", "raw_mode"]

T = TypeVar("T")

raw_mode: ContextVar[bool] = ContextVar("fireworks_client_raw_mode", default=False)


class RawResponse(Generic[T]):
    """An answer before parsing: ``http_response``, ``headers``, ``status_code``,
    ``request_id``; ``parse()`` gives what the call returns normally."""

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


class WithRawResponse:
    """A resource whose methods return :class:`RawResponse` instead of the parsed answer."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._resource, name)
        if inspect.iscoroutinefunction(method):

            @functools.wraps(method)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                token = raw_mode.set(True)
                try:
                    return await method(*args, **kwargs)
                finally:
                    raw_mode.reset(token)

            return call_async

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            token = raw_mode.set(True)
            try:
                return method(*args, **kwargs)
            finally:
                raw_mode.reset(token)

        return call


class BufferedResponse:
    """A whole answer as the transport read it: status, raw headers and body.

    Building ``httpx.Request`` and ``httpx.Response`` costs more CPU than aiohttp spends on the
    whole request (``make bench``), so the async client's JSON path reads answers into this and
    makes the httpx objects only on demand (``http_response()``): for an error status, a
    compressed body or a body that does not parse.
    """

    __slots__ = (
        "_response",
        "content",
        "content_encoding",
        "method",
        "raw_headers",
        "reason",
        "request_content",
        "request_headers",
        "status_code",
        "timeout",
        "url",
    )

    def __init__(
        self,
        status_code: int,
        reason: str,
        raw_headers: tuple[tuple[bytes, bytes], ...],
        content: bytes,
        *,
        content_encoding: str | None,
        method: str,
        url: str,
        request_headers: Mapping[str, str],
        request_content: bytes | None,
        timeout: Mapping[str, float | None],
    ) -> None:
        self.status_code = status_code
        self.reason = reason
        self.raw_headers = raw_headers
        self.content = content
        self.content_encoding = content_encoding
        self.method = method
        self.url = url
        self.request_headers = request_headers
        self.request_content = request_content
        self.timeout = timeout
        self._response: httpx.Response | None = None

    @property
    def is_plain_success(self) -> bool:
        """A 2xx whose body needs no decoding: the only answer the JSON path takes as it is."""
        return 200 <= self.status_code < 300 and not self.content_encoding

    def json(self) -> Any:
        return json.loads(self.content)

    def http_request(self) -> httpx.Request:
        return build_request(
            self.method, self.url, self.request_headers, self.request_content, self.timeout
        )

    def http_response(self, request: httpx.Request | None = None) -> httpx.Response:
        """The same answer as an ``httpx.Response`` (decoded as its Content-Encoding says)."""
        if self._response is None:
            self._response = httpx.Response(
                self.status_code,
                headers=list(self.raw_headers),
                content=self.content,
                request=request or self.http_request(),
                extensions={
                    "http_version": b"HTTP/1.1",
                    "reason_phrase": self.reason.encode(),
                },
            )
        return self._response

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
) -> httpx.Request:
    """The ``httpx.Request`` for what the client prepared (timeouts as httpx's extension)."""
    return httpx.Request(
        method,
        url,
        headers=headers,
        content=content,
        files=files,
        data=data,
        extensions={"timeout": timeout},
    )
