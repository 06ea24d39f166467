"""``client.responses``: the Responses API (create, retrieve, list, delete).

``list`` walks the cursor pages by itself: it yields responses, asking for the next page
(``after`` = the page's ``last_id``) while the service says it ``has_more``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import AsyncResource, SyncResource

if TYPE_CHECKING:
    from fireworks_api.models import DeleteResponse, Response, ResponseList
    from fireworks_api.params import CreateResponseParams, ListResponsesParams

__all__ = [
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "Responses",
    "ResponsesWithRawResponse",
]

CREATE = Endpoint("responses.create")
RETRIEVE = Endpoint("responses.retrieve")
LIST = Endpoint("responses.list")
DELETE = Endpoint("responses.delete")


def _next_cursor(page: ResponseList, seen: set[str]) -> str | None:
    """The ``after`` of the next page; None at the end. A cursor seen before ends the walk
    too (a service that repeats a page must not make the loop endless)."""
    if not page.has_more or not page.data:
        return None
    cursor = page.last_id if isinstance(page.last_id, str) else page.data[-1].id
    if not cursor or cursor in seen:
        return None
    seen.add(cursor)
    return cursor


class Responses(SyncResource):
    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateResponseParams],
    ) -> Response:
        """A model response; ``previous_response_id`` continues a conversation."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(CREATE, params, extra_body, options, raw=self._raw)  # type: ignore[no-any-return]

    def retrieve(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response:
        """A stored response by its id."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            RETRIEVE, {"response_id": response_id}, None, options, raw=self._raw
        )

    def delete(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteResponse:
        """Delete a stored response, for good."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            DELETE, {"response_id": response_id}, None, options, raw=self._raw
        )

    def list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> ResponseList:
        """One page of stored responses, most recent first."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(LIST, params, None, options, raw=self._raw)  # type: ignore[no-any-return]

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> Iterator[Response]:
        """Every stored response, most recent first, page after page (``limit`` a page)."""
        query: dict[str, Any] = dict(params)
        seen: set[str] = set()
        while True:
            page = self.list_page(
                extra_headers=extra_headers, timeout=timeout, max_retries=max_retries, **query
            )
            yield from page.data
            cursor = _next_cursor(page, seen)
            if cursor is None:
                return
            query = {**query, "after": cursor}
            query.pop("before", None)

    @property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        return ResponsesWithRawResponse(self)


class ResponsesWithRawResponse:
    def __init__(self, resource: Responses) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.delete = to_raw(raw.delete)
        self.list_page = to_raw(raw.list_page)


class AsyncResponses(AsyncResource):
    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateResponseParams],
    ) -> Response:
        """As :meth:`Responses.create`, awaited."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(CREATE, params, extra_body, options, raw=self._raw)  # type: ignore[no-any-return]

    async def retrieve(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response:
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            RETRIEVE, {"response_id": response_id}, None, options, raw=self._raw
        )

    async def delete(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteResponse:
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            DELETE, {"response_id": response_id}, None, options, raw=self._raw
        )

    async def list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> ResponseList:
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(LIST, params, None, options, raw=self._raw)  # type: ignore[no-any-return]

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> AsyncIterator[Response]:
        """As :meth:`Responses.list`: ``async for response in client.responses.list()``."""
        query: dict[str, Any] = dict(params)
        seen: set[str] = set()
        while True:
            page = await self.list_page(
                extra_headers=extra_headers, timeout=timeout, max_retries=max_retries, **query
            )
            for item in page.data:
                yield item
            cursor = _next_cursor(page, seen)
            if cursor is None:
                return
            query = {**query, "after": cursor}
            query.pop("before", None)

    @property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        return AsyncResponsesWithRawResponse(self)


class AsyncResponsesWithRawResponse:
    def __init__(self, resource: AsyncResponses) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.delete = to_raw_async(raw.delete)
        self.list_page = to_raw_async(raw.list_page)
