"""``client.chat.completions``: the chat completions operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import AsyncResource, SyncResource

if TYPE_CHECKING:
    from fireworks_api.models import (
        ChatCompletionResponse,
        ChatCompletionStreamResponse,
    )
    from fireworks_api.params import ChatCompletionRequestParams

    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
    from fireworks_client._streaming import AsyncStream, Stream

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
]

CREATE = Endpoint("chat.completions.create")


class ChatCompletions(SyncResource):
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
        """Create a chat completion; with ``stream=True``, a :class:`Stream` of chunks.

        Only the parameters you pass are sent; ``extra_body`` adds fields the spec does not
        know yet. ``context_length_exceeded_behavior="error"`` makes an over-long prompt
        raise :class:`ContextLengthExceededError`."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            CREATE, params, extra_body, options, stream=stream, raw=self._raw
        )

    @property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """These methods, answering a :class:`RawResponse` (headers, status, request id)."""
        return ChatCompletionsWithRawResponse(self)


class ChatCompletionsWithRawResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self.create = to_raw(resource._raw_copy().create)


class Chat:
    def __init__(self, client: SyncAPIClient) -> None:
        self.completions = ChatCompletions(client)


class AsyncChatCompletions(AsyncResource):
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
        """As :meth:`ChatCompletions.create`, awaited; streams are :class:`AsyncStream`."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            CREATE, params, extra_body, options, stream=stream, raw=self._raw
        )

    @property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        return AsyncChatCompletionsWithRawResponse(self)


class AsyncChatCompletionsWithRawResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self.create = to_raw_async(resource._raw_copy().create)


class AsyncChat:
    def __init__(self, client: AsyncAPIClient) -> None:
        self.completions = AsyncChatCompletions(client)
