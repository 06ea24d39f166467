"""``client.chat``: its resource classes and its operations' endpoints, written by
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
    from fireworks_api.models import (
        ChatCompletionResponse,
        ChatCompletionStreamResponse,
    )
    from fireworks_api.params import ChatCompletionRequestParams
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
    from fireworks_client._streaming import AsyncStream, Stream

__all__ = [
    "CHAT_COMPLETIONS_CREATE",
    "AsyncChatCompletionsOperations",
    "AsyncChatCompletionsOperationsWithRawResponse",
    "AsyncChatResources",
    "ChatCompletionsOperations",
    "ChatCompletionsOperationsWithRawResponse",
    "ChatResources",
]

CHAT_COMPLETIONS_CREATE: Endpoint[
    ChatCompletionResponse, ChatCompletionStreamResponse
] = Endpoint(
    "chat.completions.create",
    "POST",
    "/chat/completions",
    request="application/json",
    answer="ChatCompletionResponse",
    chunk="ChatCompletionStreamResponse",
    terminator="[DONE]",
    error_key="error",
)


class ChatResources:
    """``client.chat``: holds completions."""

    completions: ChatCompletionsOperations

    def __init__(self, client: SyncAPIClient) -> None:
        self.completions = ChatCompletionsOperations(client)


class AsyncChatResources:
    """``client.chat``: holds completions."""

    completions: AsyncChatCompletionsOperations

    def __init__(self, client: AsyncAPIClient) -> None:
        self.completions = AsyncChatCompletionsOperations(client)


class ChatCompletionsOperations(SyncResource):
    """``client.chat.completions``, as the spec describes it."""

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> Stream[ChatCompletionStreamResponse]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse | Stream[ChatCompletionStreamResponse]:
        """Create Chat Completion (``POST /inference/v1/chat/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            CHAT_COMPLETIONS_CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> ChatCompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ChatCompletionsOperationsWithRawResponse(self)


class ChatCompletionsOperationsWithRawResponse:
    """The methods of :class:`ChatCompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: ChatCompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncChatCompletionsOperations(AsyncResource):
    """``client.chat.completions``, as the spec describes it."""

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> AsyncStream[ChatCompletionStreamResponse]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse | AsyncStream[ChatCompletionStreamResponse]:
        """Create Chat Completion (``POST /inference/v1/chat/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            CHAT_COMPLETIONS_CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncChatCompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncChatCompletionsOperationsWithRawResponse(self)


class AsyncChatCompletionsOperationsWithRawResponse:
    """The methods of :class:`AsyncChatCompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncChatCompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)
