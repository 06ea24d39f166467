"""``client.rerank``: documents ordered by their relevance to a query."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import AsyncResource, SyncResource

if TYPE_CHECKING:
    from fireworks_api.models import CreateRerankResponse
    from fireworks_api.params import CreateRerankRequestParams

__all__ = ["AsyncRerank", "AsyncRerankWithRawResponse", "Rerank", "RerankWithRawResponse"]

CREATE = Endpoint("rerank.create")


class Rerank(SyncResource):
    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateRerankRequestParams],
    ) -> CreateRerankResponse:
        """The documents scored against the query, most relevant first (``top_n`` of them)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(CREATE, params, extra_body, options, raw=self._raw)  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> RerankWithRawResponse:
        return RerankWithRawResponse(self)


class RerankWithRawResponse:
    def __init__(self, resource: Rerank) -> None:
        self.create = to_raw(resource._raw_copy().create)


class AsyncRerank(AsyncResource):
    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateRerankRequestParams],
    ) -> CreateRerankResponse:
        """As :meth:`Rerank.create`, awaited."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(CREATE, params, extra_body, options, raw=self._raw)  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> AsyncRerankWithRawResponse:
        return AsyncRerankWithRawResponse(self)


class AsyncRerankWithRawResponse:
    def __init__(self, resource: AsyncRerank) -> None:
        self.create = to_raw_async(resource._raw_copy().create)
