"""Raw responses: the headers, status and request id next to the parsed answer.

    raw = client.chat.completions.with_raw_response.create(model=..., messages=[...])
    raw.request_id, raw.headers["x-request-id"], raw.status_code
    answer = raw.parse()

Works on every resource, sync and async. A stream already exposes its ``response``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["RawResponse", "WithRawResponse", "raw_mode"]

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
