"""``client.responses``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Never, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._pagination import AsyncPager, PagedEndpoint, Paging, SyncPager
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import DeleteResponse, Response, ResponseList
    from fireworks_api.params import CreateResponseParams, ListResponsesParams
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "RESPONSES_CREATE",
    "RESPONSES_DELETE",
    "RESPONSES_LIST",
    "RESPONSES_RETRIEVE",
    "AsyncResponsesOperations",
    "AsyncResponsesOperationsWithRawResponse",
    "ResponsesOperations",
    "ResponsesOperationsWithRawResponse",
]

RESPONSES_CREATE: Endpoint[Response, Never] = Endpoint(
    "responses.create",
    "POST",
    "/responses",
    request="application/json",
    answer="Response",
)

RESPONSES_RETRIEVE: Endpoint[Response, Never] = Endpoint(
    "responses.retrieve",
    "GET",
    "/responses/{response_id}",
    path_params=("response_id",),
    answer="Response",
)

RESPONSES_LIST: PagedEndpoint[ResponseList, Response] = PagedEndpoint(
    "responses.list",
    "GET",
    "/responses",
    query_params=("limit", "after", "before"),
    answer="ResponseList",
    paging=Paging("after", "data", "last_id", "has_more"),
)

RESPONSES_DELETE: Endpoint[DeleteResponse, Never] = Endpoint(
    "responses.delete",
    "DELETE",
    "/responses/{response_id}",
    path_params=("response_id",),
    answer="DeleteResponse",
)


class ResponsesOperations(SyncResource):
    """``client.responses``, as the spec describes it."""

    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateResponseParams],
    ) -> Response:
        """Create Response (``POST /inference/v1/responses``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            RESPONSES_CREATE, params, extra_body, options, raw=self._raw
        )

    def retrieve(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Get Response (``GET /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            RESPONSES_RETRIEVE,
            {"response_id": response_id},
            None,
            options,
            raw=self._raw,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> SyncPager[Response, ResponseList]:
        """List Responses (``GET /inference/v1/responses``).

        Every Response of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(self._client, RESPONSES_LIST, params, options)

    def _list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> ResponseList:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            RESPONSES_LIST, params, None, options, raw=self._raw
        )

    def delete(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteResponse:
        """Delete Response (``DELETE /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            RESPONSES_DELETE, {"response_id": response_id}, None, options, raw=self._raw
        )

    @property
    def with_raw_response(self) -> ResponsesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ResponsesOperationsWithRawResponse(self)


class ResponsesOperationsWithRawResponse:
    """The methods of :class:`ResponsesOperations`, answering a RawResponse."""

    def __init__(self, resource: ResponsesOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.list = to_raw(raw._list_page)
        self.delete = to_raw(raw.delete)


class AsyncResponsesOperations(AsyncResource):
    """``client.responses``, as the spec describes it."""

    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateResponseParams],
    ) -> Response:
        """Create Response (``POST /inference/v1/responses``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            RESPONSES_CREATE, params, extra_body, options, raw=self._raw
        )

    async def retrieve(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Get Response (``GET /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            RESPONSES_RETRIEVE,
            {"response_id": response_id},
            None,
            options,
            raw=self._raw,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> AsyncPager[Response, ResponseList]:
        """List Responses (``GET /inference/v1/responses``).

        Every Response of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(self._client, RESPONSES_LIST, params, options)

    async def _list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> ResponseList:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            RESPONSES_LIST, params, None, options, raw=self._raw
        )

    async def delete(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteResponse:
        """Delete Response (``DELETE /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            RESPONSES_DELETE, {"response_id": response_id}, None, options, raw=self._raw
        )

    @property
    def with_raw_response(self) -> AsyncResponsesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncResponsesOperationsWithRawResponse(self)


class AsyncResponsesOperationsWithRawResponse:
    """The methods of :class:`AsyncResponsesOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncResponsesOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.list = to_raw_async(raw._list_page)
        self.delete = to_raw_async(raw.delete)
