"""The fast chunk parsers, imported on first use (they load the stream models), so that
``import fireworks_client`` stays light."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_api.models import (
        CreateChatCompletionStreamResponse,
        CreateCompletionStreamResponse,
    )

__all__ = ["chat_chunk", "completion_chunk"]


def chat_chunk(data: dict[str, Any]) -> CreateChatCompletionStreamResponse:
    from fireworks_client._fast_chunks import chat_chunk as parse  # noqa: PLC0415

    globals()["chat_chunk"] = parse  # later calls go straight to it
    return parse(data)


def completion_chunk(data: dict[str, Any]) -> CreateCompletionStreamResponse:
    from fireworks_client._fast_chunks import completion_chunk as parse  # noqa: PLC0415

    globals()["completion_chunk"] = parse
    return parse(data)
