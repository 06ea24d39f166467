"""The fast parsers, imported on first use (they load the answer models), so that
``import fireworks_client`` stays light. Each replaces itself with the real one when called."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_api.models import (
        CreateChatCompletionResponse,
        CreateChatCompletionStreamResponse,
        CreateCompletionResponse,
        CreateCompletionStreamResponse,
    )

__all__ = ["chat_chunk", "chat_completion", "completion", "completion_chunk"]


def chat_chunk(data: dict[str, Any]) -> CreateChatCompletionStreamResponse:
    from fireworks_client._fast_parse import chat_chunk as parse  # noqa: PLC0415

    globals()["chat_chunk"] = parse  # later calls go straight to it
    return parse(data)


def completion_chunk(data: dict[str, Any]) -> CreateCompletionStreamResponse:
    from fireworks_client._fast_parse import completion_chunk as parse  # noqa: PLC0415

    globals()["completion_chunk"] = parse
    return parse(data)


def chat_completion(data: dict[str, Any]) -> CreateChatCompletionResponse:
    from fireworks_client._fast_parse import chat_completion as parse  # noqa: PLC0415

    globals()["chat_completion"] = parse
    return parse(data)


def completion(data: dict[str, Any]) -> CreateCompletionResponse:
    from fireworks_client._fast_parse import completion as parse  # noqa: PLC0415

    globals()["completion"] = parse
    return parse(data)
