"""Fast construction of the hottest answers: stream chunks and whole chat and text completions.

The generated ``from_dict`` is general: it copies the dict, imports inside the function, makes
enums by calling them and tries a union member at a time. ``make bench`` measured it as 60% of
the client's time per stream chunk (the client at 0.49x raw httpx's chunks/s), and as the
largest part of the async client's own CPU per request (9 of 17 us). These functions build the
same attrs objects directly for the shapes the service sends (text, a known role and finish
reason, plain usage) and hand everything else to ``from_dict``, so the result is always what
``from_dict`` gives; property tests hold them to that (tests/test_fast_parse.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fireworks_api.models import (
    ChatCompletionResponseMessage,
    ChatCompletionResponseMessageRole,
    ChatCompletionStreamResponseDelta,
    ChatCompletionStreamResponseDeltaRole,
    CreateChatCompletionResponse,
    CreateChatCompletionResponseChoicesItem,
    CreateChatCompletionResponseChoicesItemFinishReason,
    CreateChatCompletionStreamResponse,
    CreateChatCompletionStreamResponseChoicesItem,
    CreateChatCompletionStreamResponseChoicesItemFinishReasonType0,
    CreateCompletionResponse,
    CreateCompletionResponseChoicesItem,
    CreateCompletionResponseChoicesItemFinishReason,
    CreateCompletionStreamResponse,
    CreateCompletionStreamResponseChoicesItem,
    CreateCompletionStreamResponseChoicesItemFinishReasonType0,
    UsageInfo,
)
from fireworks_api.types import UNSET

__all__ = ["chat_chunk", "chat_completion", "completion", "completion_chunk"]

_CHUNK_FIELDS = frozenset({"id", "object", "created", "model", "choices", "usage"})
_CHAT_CHOICE_FIELDS = frozenset({"index", "delta", "finish_reason"})
_DELTA_FIELDS = frozenset({"role", "content"})
_TEXT_CHOICE_FIELDS = frozenset({"text", "index", "finish_reason", "logprobs"})
_ROLES: dict[Any, Any] = dict(ChatCompletionStreamResponseDeltaRole._value2member_map_)
_CHAT_FINISH: dict[Any, Any] = {
    None: None,
    **CreateChatCompletionStreamResponseChoicesItemFinishReasonType0._value2member_map_,
}
_TEXT_FINISH: dict[Any, Any] = {
    None: None,
    **CreateCompletionStreamResponseChoicesItemFinishReasonType0._value2member_map_,
}
_MESSAGE_FIELDS = frozenset({"role", "content"})
_ANSWER_CHOICE_FIELDS = frozenset({"index", "message", "finish_reason"})
_USAGE_FIELDS = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
_MESSAGE_ROLES: dict[Any, Any] = dict(ChatCompletionResponseMessageRole._value2member_map_)
_ANSWER_FINISH: dict[Any, Any] = dict(
    CreateChatCompletionResponseChoicesItemFinishReason._value2member_map_
)
_TEXT_ANSWER_FINISH: dict[Any, Any] = dict(
    CreateCompletionResponseChoicesItemFinishReason._value2member_map_
)
_MISSING = object()


def chat_chunk(data: dict[str, Any]) -> CreateChatCompletionStreamResponse:
    if data.keys() <= _CHUNK_FIELDS and data.get("usage") is None:
        try:
            choices = []
            for item in data["choices"]:
                delta = item["delta"]
                if item.keys() != _CHAT_CHOICE_FIELDS or not delta.keys() <= _DELTA_FIELDS:
                    break
                role = delta.get("role", UNSET)
                if role is not UNSET:
                    role = _ROLES.get(role, _MISSING)
                finish = _CHAT_FINISH.get(item["finish_reason"], _MISSING)
                if role is _MISSING or finish is _MISSING:
                    break
                choices.append(
                    CreateChatCompletionStreamResponseChoicesItem(
                        index=item["index"],
                        delta=ChatCompletionStreamResponseDelta(
                            role=role, content=delta.get("content", UNSET)
                        ),
                        finish_reason=finish,
                    )
                )
            else:
                return _answer(
                    CreateChatCompletionStreamResponse, data, choices, data.get("usage", UNSET)
                )
        except (KeyError, TypeError, AttributeError):
            pass  # from_dict below raises the same error, or parses the odd shape
    return CreateChatCompletionStreamResponse.from_dict(data)


def completion_chunk(data: dict[str, Any]) -> CreateCompletionStreamResponse:
    if data.keys() <= _CHUNK_FIELDS and data.get("usage") is None:
        try:
            choices = []
            for item in data["choices"]:
                finish = _TEXT_FINISH.get(item["finish_reason"], _MISSING)
                if (
                    not item.keys() <= _TEXT_CHOICE_FIELDS
                    or finish is _MISSING
                    or item.get("logprobs") is not None
                ):
                    break
                choices.append(
                    CreateCompletionStreamResponseChoicesItem(
                        text=item["text"],
                        index=item["index"],
                        finish_reason=finish,
                        logprobs=item.get("logprobs", UNSET),
                    )
                )
            else:
                return _answer(
                    CreateCompletionStreamResponse, data, choices, data.get("usage", UNSET)
                )
        except (KeyError, TypeError, AttributeError):
            pass
    return CreateCompletionStreamResponse.from_dict(data)


_A = TypeVar("_A")


def _answer(cls: Callable[..., _A], data: dict[str, Any], choices: list[Any], usage: Any) -> _A:
    """The top level, the same for chunks and whole answers of both kinds."""
    return cls(
        id=data["id"],
        object_=data["object"],
        created=data["created"],
        model=data["model"],
        choices=choices,
        usage=usage,
    )


def _usage(data: dict[str, Any]) -> Any:
    """``usage`` of a whole answer, or _MISSING when it is not the plain shape."""
    usage = data.get("usage", UNSET)
    if usage is UNSET:
        return UNSET
    if usage.keys() != _USAGE_FIELDS:
        return _MISSING
    return UsageInfo(
        prompt_tokens=usage["prompt_tokens"],
        completion_tokens=usage["completion_tokens"],
        total_tokens=usage["total_tokens"],
    )


def chat_completion(data: dict[str, Any]) -> CreateChatCompletionResponse:
    if data.keys() <= _CHUNK_FIELDS:
        try:
            choices = []
            for item in data["choices"]:
                message = item["message"]
                if item.keys() != _ANSWER_CHOICE_FIELDS or not message.keys() <= _MESSAGE_FIELDS:
                    break
                role = _MESSAGE_ROLES.get(message["role"], _MISSING)
                finish = _ANSWER_FINISH.get(item["finish_reason"], _MISSING)
                if role is _MISSING or finish is _MISSING:
                    break
                choices.append(
                    CreateChatCompletionResponseChoicesItem(
                        index=item["index"],
                        message=ChatCompletionResponseMessage(
                            role=role, content=message.get("content", UNSET)
                        ),
                        finish_reason=finish,
                    )
                )
            else:
                usage = _usage(data)
                if usage is not _MISSING:
                    return _answer(CreateChatCompletionResponse, data, choices, usage)
        except (KeyError, TypeError, AttributeError):
            pass  # from_dict below raises the same error, or parses the odd shape
    return CreateChatCompletionResponse.from_dict(data)


def completion(data: dict[str, Any]) -> CreateCompletionResponse:
    if data.keys() <= _CHUNK_FIELDS:
        try:
            choices = []
            for item in data["choices"]:
                finish = _TEXT_ANSWER_FINISH.get(item["finish_reason"], _MISSING)
                if (
                    item.keys() != _TEXT_CHOICE_FIELDS
                    or finish is _MISSING
                    or item["logprobs"] is not None
                ):
                    break
                choices.append(
                    CreateCompletionResponseChoicesItem(
                        text=item["text"], index=item["index"], logprobs=None, finish_reason=finish
                    )
                )
            else:
                usage = _usage(data)
                if usage is not _MISSING:
                    return _answer(CreateCompletionResponse, data, choices, usage)
        except (KeyError, TypeError, AttributeError):
            pass
    return CreateCompletionResponse.from_dict(data)
