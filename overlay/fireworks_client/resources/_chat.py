"""``client.chat.completions``: the chat completions operation (generated:
``fireworks_api.resources``).

``create`` sends only the parameters you pass; ``extra_body`` adds fields the spec does not
know yet; ``stream=True`` answers a :class:`Stream` of chunks;
``context_length_exceeded_behavior="error"`` makes an over-long prompt raise
:class:`ContextLengthExceededError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fireworks_api.resources import (
    AsyncChatCompletionsOperations,
    AsyncChatCompletionsOperationsWithRawResponse,
    AsyncChatResources,
    ChatCompletionsOperations,
    ChatCompletionsOperationsWithRawResponse,
    ChatResources,
)

if TYPE_CHECKING:
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
]

ChatCompletionsWithRawResponse = ChatCompletionsOperationsWithRawResponse
AsyncChatCompletionsWithRawResponse = AsyncChatCompletionsOperationsWithRawResponse


class ChatCompletions(ChatCompletionsOperations):
    """``client.chat.completions``."""


class AsyncChatCompletions(AsyncChatCompletionsOperations):
    """``client.chat.completions`` of the async client; streams are :class:`AsyncStream`."""


class Chat(ChatResources):
    """``client.chat``: the generated container, with this module's ``completions``."""

    completions: ChatCompletions

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.completions = ChatCompletions(client)


class AsyncChat(AsyncChatResources):
    completions: AsyncChatCompletions

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.completions = AsyncChatCompletions(client)
