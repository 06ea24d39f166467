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

from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

__all__ = ["RawResponse", "build_request", "to_raw", "to_raw_async"]

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


def build_request(
    method: str,
    url: str | httpx.URL,
    headers: Mapping[str, str],
    content: bytes | Iterable[bytes] | AsyncIterable[bytes] | None,
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
