"""``client.chat.completions``: POST /chat/completions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from fireworks_client._streaming import AsyncStream, Stream
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources import _lazy as _fast
from fireworks_client.resources._shared import (
    Resource,
    create_async,
    create_sync,
    options,
    wire_body,
)

if TYPE_CHECKING:
    from fireworks_api.models import (
        CreateChatCompletionResponse,
        CreateChatCompletionStreamResponse,
    )
    from fireworks_api.params import CreateChatCompletionParams

    from fireworks_client._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncChat", "AsyncChatCompletions", "Chat", "ChatCompletions"]

PATH = "/chat/completions"


class ChatCompletions(Resource):
    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateChatCompletionParams],
    ) -> CreateChatCompletionResponse: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateChatCompletionParams],
    ) -> Stream[CreateChatCompletionStreamResponse]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateChatCompletionParams],
    ) -> CreateChatCompletionResponse | Stream[CreateChatCompletionStreamResponse]:
        """Create a chat completion; with ``stream=True``, a :class:`Stream` of chunks.

        Only the parameters you pass are sent; ``extra_body`` adds fields the spec does not
        know yet. ``context_length_exceeded_behavior="error"`` makes an over-long prompt
        raise :class:`ContextLengthExceededError`."""
        body = wire_body(params, extra_body, stream=stream)
        opts = options(extra_headers, timeout, max_retries)
        return create_sync(
            self._client,
            PATH,
            body,
            opts,
            stream=stream,
            parse=_fast.chat_completion,
            parse_chunk=_fast.chat_chunk,
        )


class Chat:
    def __init__(self, client: SyncAPIClient) -> None:
        self.completions = ChatCompletions(client)


class AsyncChatCompletions(Resource):
    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateChatCompletionParams],
    ) -> CreateChatCompletionResponse: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateChatCompletionParams],
    ) -> AsyncStream[CreateChatCompletionStreamResponse]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateChatCompletionParams],
    ) -> CreateChatCompletionResponse | AsyncStream[CreateChatCompletionStreamResponse]:
        """As :meth:`ChatCompletions.create`, awaited; streams are :class:`AsyncStream`."""
        body = wire_body(params, extra_body, stream=stream)
        opts = options(extra_headers, timeout, max_retries)
        return await create_async(
            self._client,
            PATH,
            body,
            opts,
            stream=stream,
            parse=_fast.chat_completion,
            parse_chunk=_fast.chat_chunk,
        )


class AsyncChat:
    def __init__(self, client: AsyncAPIClient) -> None:
        self.completions = AsyncChatCompletions(client)
