"""``client.completions``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import CompletionResponse, CompletionStreamResponse
    from fireworks_api.params import CompletionRequestParams
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
    from fireworks_client._streaming import AsyncStream, Stream

__all__ = [
    "COMPLETIONS_CREATE",
    "AsyncCompletionsOperations",
    "AsyncCompletionsOperationsWithRawResponse",
    "CompletionsOperations",
    "CompletionsOperationsWithRawResponse",
]

COMPLETIONS_CREATE: Endpoint[CompletionResponse, CompletionStreamResponse] = Endpoint(
    "completions.create",
    "POST",
    "/completions",
    request="application/json",
    answer="CompletionResponse",
    chunk="CompletionStreamResponse",
    terminator="[DONE]",
    error_key="error",
)


class CompletionsOperations(SyncResource):
    """``client.completions``, as the spec describes it."""

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> Stream[CompletionStreamResponse]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse | Stream[CompletionStreamResponse]:
        """Create Completion (``POST /inference/v1/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            COMPLETIONS_CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> CompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return CompletionsOperationsWithRawResponse(self)


class CompletionsOperationsWithRawResponse:
    """The methods of :class:`CompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: CompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncCompletionsOperations(AsyncResource):
    """``client.completions``, as the spec describes it."""

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> AsyncStream[CompletionStreamResponse]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse | AsyncStream[CompletionStreamResponse]:
        """Create Completion (``POST /inference/v1/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            COMPLETIONS_CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncCompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncCompletionsOperationsWithRawResponse(self)


class AsyncCompletionsOperationsWithRawResponse:
    """The methods of :class:`AsyncCompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncCompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)
