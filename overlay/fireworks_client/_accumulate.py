"""Fold the chunks of a stream into the answer the same request would give without streaming.

chunks = []
with client.chat.completions.create(..., stream=True) as stream:
    for chunk in stream:
        show(chunk)
        chunks.append(chunk)
answer = fold_chat_chunks(chunks)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_api.models import (
        ChatCompletionResponse,
        ChatCompletionStreamResponse,
        CompletionResponse,
        CompletionStreamResponse,
    )

__all__ = ["fold_chat_chunks", "fold_completion_chunks"]


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
