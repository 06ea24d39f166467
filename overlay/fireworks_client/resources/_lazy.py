"""The answer constructors, loaded on first use so that ``import fireworks_client`` stays light:
each is the generated fast constructor of its model (``fireworks_api.fast``), which loads the
model's modules when first asked for. Each function replaces itself with it when called."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_api.models import (
        CreateChatCompletionResponse,
        CreateChatCompletionStreamResponse,
        CreateCompletionResponse,
        CreateCompletionStreamResponse,
    )

__all__ = ["chat_chunk", "chat_completion", "completion", "completion_chunk"]


def _install(name: str, model: str) -> Callable[[Any], Any]:
    import fireworks_api.models  # noqa: PLC0415 - the face loads only the model asked for
    from fireworks_api.fast import parser_for  # noqa: PLC0415

    parse = parser_for(getattr(fireworks_api.models, model))
    globals()[name] = parse  # later calls go straight to it
    return parse


def chat_chunk(data: dict[str, Any]) -> CreateChatCompletionStreamResponse:
    parsed: CreateChatCompletionStreamResponse = _install(
        "chat_chunk", "CreateChatCompletionStreamResponse"
    )(data)
    return parsed


def completion_chunk(data: dict[str, Any]) -> CreateCompletionStreamResponse:
    parsed: CreateCompletionStreamResponse = _install(
        "completion_chunk", "CreateCompletionStreamResponse"
    )(data)
    return parsed


def chat_completion(data: dict[str, Any]) -> CreateChatCompletionResponse:
    parsed: CreateChatCompletionResponse = _install(
        "chat_completion", "CreateChatCompletionResponse"
    )(data)
    return parsed


def completion(data: dict[str, Any]) -> CreateCompletionResponse:
    parsed: CreateCompletionResponse = _install("completion", "CreateCompletionResponse")(data)
    return parsed
