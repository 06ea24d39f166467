"""Fold the chunks of a stream into the answer the same request would give without streaming.

chunks = []
with client.chat.completions.create(..., stream=True) as stream:
    for chunk in stream:
        show(chunk)
        chunks.append(chunk)
answer = fold_chat_chunks(chunks)

A messages stream's events fold the same way: ``fold_message_events(events)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_api.models import (
        AnthropicContentBlockDeltaEvent,
        AnthropicContentBlockStartEvent,
        AnthropicContentBlockStopEvent,
        AnthropicMessage,
        AnthropicMessageDeltaEvent,
        AnthropicMessageStartEvent,
        AnthropicMessageStopEvent,
        AnthropicPingEvent,
        ChatCompletionResponse,
        ChatCompletionStreamResponse,
        CompletionResponse,
        CompletionStreamResponse,
    )

__all__ = ["fold_chat_chunks", "fold_completion_chunks", "fold_message_events"]


def _head(first: dict[str, Any], obj: str) -> dict[str, Any]:
    return {"id": first["id"], "object": obj, "created": first["created"], "model": first["model"]}


def _fold_logprobs(folded: dict[str, Any] | None, part: Any) -> dict[str, Any] | None:
    """Log probabilities of successive chunks joined: the OpenAI form's ``content`` lists, or
    the legacy form's parallel lists (``tokens``, ``token_logprobs``, ...)."""
    if not isinstance(part, dict):
        return folded
    if folded is None:
        return {k: list(v) if isinstance(v, list) else v for k, v in part.items()}
    for key, value in part.items():
        if isinstance(value, list) and isinstance(folded.get(key), list):
            folded[key] = folded[key] + value
        elif key not in folded:
            folded[key] = value
    return folded


def fold_chat_chunks(
    chunks: Iterable[ChatCompletionStreamResponse],
) -> ChatCompletionResponse:
    """One message per choice: the text and the reasoning joined, tool calls merged by index
    (their ``arguments`` joined), log probabilities joined, the finish reason, usage and
    ``perf_metrics`` from the chunks that carried them (a last chunk with ``choices: []``
    included)."""
    head: dict[str, Any] | None = None
    usage: Any = None
    extra: dict[str, Any] = {}
    choices: dict[int, dict[str, Any]] = {}
    for chunk in chunks:
        data = chunk.to_dict()
        head = head or _head(data, "chat.completion")
        usage = data.get("usage") or usage
        if data.get("perf_metrics"):
            extra["perf_metrics"] = data["perf_metrics"]
        for choice in data.get("choices", []):
            state = choices.setdefault(
                choice["index"],
                {
                    "role": "assistant",
                    "content": [],
                    "reasoning": [],
                    "tools": {},
                    "finish": None,
                    "logprobs": None,
                },
            )
            delta = choice.get("delta") or {}
            state["role"] = delta.get("role") or state["role"]
            if delta.get("content"):
                state["content"].append(delta["content"])
            if delta.get("reasoning_content"):
                state["reasoning"].append(delta["reasoning_content"])
            for position, call in enumerate(delta.get("tool_calls") or []):
                merged = state["tools"].setdefault(
                    call.get("index", position),
                    {"id": "", "type": "function", "function": {"name": "", "arguments": ""}},
                )
                merged["id"] = call.get("id") or merged["id"]
                merged["type"] = call.get("type") or merged["type"]
                function = call.get("function") or {}
                if isinstance(function, dict):
                    merged["function"]["name"] += function.get("name") or ""
                    merged["function"]["arguments"] += function.get("arguments") or ""
            state["logprobs"] = _fold_logprobs(state["logprobs"], choice.get("logprobs"))
            state["finish"] = choice.get("finish_reason") or state["finish"]
    if head is None:
        raise ValueError("chunks: a stream with no chunk has no answer to fold")
    out_choices = []
    for index, state in sorted(choices.items()):
        message: dict[str, Any] = {
            "role": state["role"],
            "content": "".join(state["content"])
            if state["content"] or not state["tools"]
            else None,
        }
        if state["reasoning"]:
            message["reasoning_content"] = "".join(state["reasoning"])
        if state["tools"]:
            message["tool_calls"] = [call for _, call in sorted(state["tools"].items())]
        folded: dict[str, Any] = {
            "index": index,
            "message": message,
            "finish_reason": state["finish"] or "stop",
        }
        if state["logprobs"] is not None:
            folded["logprobs"] = state["logprobs"]
        out_choices.append(folded)
    body = {**head, "choices": out_choices, **({"usage": usage} if usage else {}), **extra}
    from fireworks_api.models import ChatCompletionResponse  # noqa: PLC0415 - on first use

    return ChatCompletionResponse.from_dict(body)


def fold_completion_chunks(
    chunks: Iterable[CompletionStreamResponse],
) -> CompletionResponse:
    """One text per choice, joined; the finish reason and usage from the chunks that
    carried them."""
    head: dict[str, Any] | None = None
    usage: Any = None
    texts: dict[int, list[str]] = {}
    finish: dict[int, str] = {}
    for chunk in chunks:
        data = chunk.to_dict()
        head = head or _head(data, "text_completion")
        usage = data.get("usage") or usage
        for choice in data.get("choices", []):
            texts.setdefault(choice["index"], []).append(choice.get("text") or "")
            if choice.get("finish_reason"):
                finish[choice["index"]] = choice["finish_reason"]
    if head is None:
        raise ValueError("chunks: a stream with no chunk has no answer to fold")
    choices = [
        {
            "index": i,
            "text": "".join(parts),
            "logprobs": None,
            "finish_reason": finish.get(i, "stop"),
        }
        for i, parts in sorted(texts.items())
    ]
    from fireworks_api.models import CompletionResponse  # noqa: PLC0415 - on first use

    return CompletionResponse.from_dict(
        {**head, "choices": choices, **({"usage": usage} if usage else {})}
    )


def fold_message_events(
    events: Iterable[
        AnthropicMessageStartEvent
        | AnthropicContentBlockStartEvent
        | AnthropicContentBlockDeltaEvent
        | AnthropicContentBlockStopEvent
        | AnthropicMessageDeltaEvent
        | AnthropicMessageStopEvent
        | AnthropicPingEvent
    ],
) -> AnthropicMessage:
    """The message of ``message_start`` with its content blocks by index: text and thinking
    joined from their deltas (and the thinking's signature), each tool use's ``input`` the
    JSON its ``input_json_delta`` pieces join to, parsed; the stop reason, stop sequence and
    usage of ``message_delta`` over those of ``message_start``."""
    from fireworks_api.models import (  # noqa: PLC0415 - on first use
        AnthropicContentBlockDeltaEvent,
        AnthropicContentBlockStartEvent,
        AnthropicMessage,
        AnthropicMessageDeltaEvent,
        AnthropicMessageStartEvent,
    )

    message: dict[str, Any] | None = None
    blocks: dict[int, dict[str, Any]] = {}
    arguments: dict[int, list[str]] = {}  # the input_json_delta pieces of each tool use
    for event in events:
        if isinstance(event, AnthropicMessageStartEvent):
            message = event.message.to_dict()
        elif isinstance(event, AnthropicContentBlockStartEvent):
            blocks[event.index] = event.content_block.to_dict()
        elif isinstance(event, AnthropicContentBlockDeltaEvent):
            block = blocks.get(event.index)
            if block is None:
                raise ValueError(f"events: a delta of block {event.index}, which never started")
            delta = event.delta
            if delta.partial_json is not None:
                arguments.setdefault(event.index, []).append(delta.partial_json)
            for field in ("text", "thinking", "signature"):
                piece = getattr(delta, field)
                if piece is not None:
                    block[field] = (block.get(field) or "") + piece
        elif isinstance(event, AnthropicMessageDeltaEvent) and message is not None:
            message.update(event.delta.to_dict())
            message["usage"] = {**(message.get("usage") or {}), **event.usage.to_dict()}
    if message is None:
        raise ValueError("events: a stream without message_start has no message to fold")
    for index, pieces in arguments.items():
        joined = "".join(pieces)
        try:
            blocks[index]["input"] = json.loads(joined) if joined else {}
        except ValueError as exc:
            raise ValueError(f"events: the input of tool use {index} is not JSON: {exc}") from None
    message["content"] = [block for _, block in sorted(blocks.items())]
    return AnthropicMessage.from_dict(message)
