"""``client.responses``: the Responses API (create, retrieve, list, delete).

create, retrieve, delete and ``list_page`` (one page) are generated
(``fireworks_api.resources.responses``).
``list`` walks the cursor pages by itself: it yields responses, asking for the next page
(``after`` = the page's ``last_id``) while the service says it ``has_more``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_api.resources.responses import (
    AsyncResponsesOperations,
    AsyncResponsesOperationsWithRawResponse,
    ResponsesOperations,
    ResponsesOperationsWithRawResponse,
)

from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import Response, ResponseList
    from fireworks_api.params import ListResponsesParams

__all__ = [
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "Responses",
    "ResponsesWithRawResponse",
]

ResponsesWithRawResponse = ResponsesOperationsWithRawResponse
AsyncResponsesWithRawResponse = AsyncResponsesOperationsWithRawResponse


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


class Responses(ResponsesOperations):
    """``client.responses``."""

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


class AsyncResponses(AsyncResponsesOperations):
    """``client.responses`` of the async client."""

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
