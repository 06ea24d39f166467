"""Chat completions (``chat.completions.create``): text, tool calls, JSON mode, reasoning, log
probabilities; streamed as chunks, a token a chunk."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from fireworks_client.mock._answers.chat_today import (
    openai_logprobs,
    raw_output,
    reasoning_budget,
    token_ids,
)
from fireworks_client.mock._answers.common import (
    CREATED,
    JsonResult,
    MockRequest,
    Result,
    StreamResult,
    _check_work,
    _content_text,
    _fit_window,
    _json_mode_generation,
    _max_tokens,
    _request_id,
    _seed_parts,
    _stops,
    _synthesized,
    _text_model,
)
from fireworks_client.mock._answers.text import (
    count_tokens,
    generate,
    rng_for,
    split_tokens,
    stream_pieces,
    topic_words,
)
from fireworks_client.mock._models import ModelInfo
from fireworks_client.mock._spec.errors import MockError

__all__ = ["chat_completion", "chat_prompt_tokens", "tool_call"]


_CHAT_MAX_TOKENS = 200  # the spec's defaults


def _message_tokens(message: dict[str, Any]) -> int:
    return (
        count_tokens(str(message.get("role", "")))
        + count_tokens(str(message.get("name") or ""))
        + count_tokens(_content_text(message.get("content")))
        + 2
    )


def chat_prompt_tokens(messages: list[dict[str, Any]]) -> int:
    """Each message costs its role, its name, its text, and 2 tokens of framing."""
    return sum(map(_message_tokens, messages))


def _truncate_messages(messages: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """prompt_truncate_len: evict the earliest non-system messages, never the last one. Each
    message is counted once (linear in the size of the prompt)."""
    if limit is None:
        return messages
    costs = [_message_tokens(m) for m in messages]
    total = sum(costs)
    evicted: set[int] = set()
    for index, message in enumerate(messages[:-1]):
        if total <= limit:
            break
        if message.get("role") != "system":
            evicted.add(index)
            total -= costs[index]
    return [m for i, m in enumerate(messages) if i not in evicted]


def _chosen_tool(body: dict[str, Any], messages: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The tool to call, as ``tool_choice`` says: "none" never; a named function that one;
    "required" (or "any") one always: the one the last user message names, else the first;
    "auto" (the default) when the last message, from the user, names one."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice") or "auto"
    if not tools or choice == "none":
        return None
    functions: dict[str, dict[str, Any]] = {
        tool["function"]["name"]: tool for tool in tools if tool.get("function")
    }
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name not in functions:
            raise MockError(
                400,
                f"tool_choice: function {name!r} is not among the tools",
                param="tool_choice",
            )
        return functions[name]
    last = messages[-1] if messages else {}
    asked = _content_text(last.get("content")).lower() if last.get("role") == "user" else ""
    named = next((t for n, t in functions.items() if asked and n.lower() in asked), None)
    if choice in ("required", "any"):
        return named or next(iter(functions.values()), None)
    return named


def _tool_call(
    body: dict[str, Any], messages: list[dict[str, Any]], rng_parts: tuple[Any, ...]
) -> dict[str, Any] | None:
    """A call of the tool that ``_chosen_tool`` picks, with arguments drawn from its
    parameters' schema."""
    tool = _chosen_tool(body, messages)
    if tool is None:
        return None
    function = tool["function"]
    tools = body.get("tools") or []
    number = next(i for i, t in enumerate(tools) if t is tool)
    asked = _content_text(messages[-1].get("content")).lower() if messages else ""
    rng = rng_for(*rng_parts, "tool", function["name"])
    arguments = _synthesized(
        f"tools[{number}].function.parameters",
        function.get("parameters") or {"type": "object"},
        rng,
        topic_words(asked) or ["mock"],
        body.get("n") or 1,
    )
    return {
        "id": "call_"
        + hashlib.sha256(
            json.dumps([rng_parts, function["name"]], default=str).encode()
        ).hexdigest()[:24],
        "type": "function",
        "function": {"name": function["name"], "arguments": json.dumps(arguments)},
    }


def tool_call(
    body: dict[str, Any], messages: list[dict[str, Any]], rng_parts: tuple[Any, ...]
) -> dict[str, Any] | None:
    """The tool call a chat answer makes (the Responses API's too): ``body`` has ``tools`` (in
    the chat form) and ``tool_choice``; None when no tool is to be called."""
    return _tool_call(body, messages, rng_parts)


def _chat_logprobs(body: dict[str, Any]) -> tuple[int | None, bool]:
    """(how many alternatives, OpenAI form) for the chat ``logprobs``/``top_logprobs``."""
    asked = body.get("logprobs")
    if asked is True:
        return int(body.get("top_logprobs") or 0), True
    if isinstance(asked, int) and not isinstance(asked, bool) and asked > 0:
        return asked, False
    return None, False


def _reasoning(
    budget: int | None, topics: list[str], rng_parts: tuple[Any, ...]
) -> tuple[str | None, int]:
    """(reasoning text, its tokens); (None, 0) when the model is not to reason."""
    if budget is None:
        return None, 0
    thought = generate(rng_for(*rng_parts, "reasoning"), topics, max_tokens=budget, stop=[])
    return thought.text, thought.token_count


def _chat_extra(body: dict[str, Any], prompt_tokens: int, conversation: str) -> dict[str, Any]:
    """The answer's fields that ``return_token_ids`` and ``perf_metrics_in_response`` add."""
    extra: dict[str, Any] = {}
    if body.get("return_token_ids"):
        extra["prompt_token_ids"] = token_ids(conversation.split())
    if body.get("perf_metrics_in_response"):
        extra["perf_metrics"] = {
            "prompt_tokens": prompt_tokens,
            "time_to_first_token_ms": 1,
            "tokens_per_second": 1000.0,
        }
    return extra


def chat_completion(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = _text_model(models, request)
    # No truncation unless asked for (the 0.0.1 document's 1500 default is gone).
    messages = _truncate_messages(body["messages"], body.get("prompt_truncate_len"))
    prompt_tokens = chat_prompt_tokens(messages)
    requested = _max_tokens(body, _CHAT_MAX_TOKENS)
    max_tokens, fill = _fit_window(model, body, prompt_tokens, requested)
    _check_work("n", body.get("n") or 1, max_tokens, fill)
    conversation = "\n".join(_content_text(m.get("content")) for m in messages)
    last_user = next(
        (_content_text(m.get("content")) for m in reversed(messages) if m.get("role") == "user"),
        conversation,
    )
    topics = topic_words(last_user)
    seed = (*_seed_parts(model, body), conversation)
    budget = reasoning_budget(model.reasoning, body)
    top, openai_form = _chat_logprobs(body)
    choices = []
    completion_tokens = 0
    for index in range(body.get("n") or 1):
        reasoning, reasoning_tokens = _reasoning(budget, topics, (*seed, index))
        completion_tokens += reasoning_tokens
        call = _tool_call(body, messages, (*seed, index))
        if call is not None:
            message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
            if reasoning is not None:
                message["reasoning_content"] = reasoning
            completion_tokens += count_tokens(
                call["function"]["name"] + call["function"]["arguments"]
            )
            choices.append({"index": index, "message": message, "finish_reason": "tool_calls"})
            continue
        generation = generate(
            rng_for(*seed, index),
            topics,
            max_tokens=max_tokens,
            stop=_stops(body.get("stop")),
            fill=fill,
            logprobs=top,
        )
        generation = _json_mode_generation(body, generation, (*seed, index), topics, max_tokens)
        completion_tokens += generation.token_count
        message = {"role": "assistant", "content": generation.text}
        if reasoning is not None:
            message["reasoning_content"] = reasoning
        choice: dict[str, Any] = {
            "index": index,
            "message": message,
            "finish_reason": generation.finish_reason,
        }
        if generation.logprobs is not None:
            choice["logprobs"] = (
                openai_logprobs(generation.logprobs, top or 0)
                if openai_form
                else generation.logprobs
            )
        tokens = split_tokens(generation.text)
        if body.get("return_token_ids"):
            choice["token_ids"] = token_ids(tokens)
        if body.get("raw_output"):
            choice["raw_output"] = raw_output(conversation, generation.text, tokens)
        choices.append(choice)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    head = {"id": _request_id("chatcmpl", body), "created": CREATED, "model": model.id}
    extra = _chat_extra(body, prompt_tokens, conversation)
    if body.get("stream"):
        return StreamResult(_chat_chunks(head, choices, usage, extra))
    return JsonResult(
        {**head, "object": "chat.completion", "choices": choices, "usage": usage, **extra}
    )


def _chat_chunks(
    head: dict[str, Any],
    choices: list[dict[str, Any]],
    usage: dict[str, int],
    extra: dict[str, Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """Role first, then the reasoning and the content a token a chunk (each content chunk
    with its log probabilities, when asked), then a finish chunk carrying usage (and
    ``perf_metrics``), for each choice; the choices' chunks interleave. Made as they are sent,
    so that the chunks of a long answer never all exist at once."""
    extra = extra or {}
    per_choice: list[tuple[dict[str, Any], list[Any]]] = []
    for choice in choices:
        message = choice["message"]
        pieces: list[Any] = [
            {"reasoning_content": piece}
            for piece in split_tokens(message.get("reasoning_content") or "")
        ]
        if message.get("tool_calls"):
            pieces.append({"tool_calls": [{"index": 0, **message["tool_calls"][0]}]})
        else:
            entries = (choice.get("logprobs") or {}).get("content")
            for position, piece in enumerate(stream_pieces(message["content"])):
                delta: dict[str, Any] = {"content": piece}
                if entries is not None and position < len(entries):
                    delta = {"content": piece, "_logprobs": {"content": [entries[position]]}}
                pieces.append(delta)
        per_choice.append((choice, pieces))

    def event(choice: dict[str, Any], pieces: list[Any], step: int) -> dict[str, Any]:
        if step == 0:
            return {
                "index": choice["index"],
                "delta": {"role": "assistant", "content": ""},
                "finish_reason": None,
            }
        if step <= len(pieces):
            piece = dict(pieces[step - 1])
            logprobs = piece.pop("_logprobs", None)
            made: dict[str, Any] = {"index": choice["index"], "delta": piece, "finish_reason": None}
            if logprobs is not None:
                made["logprobs"] = logprobs
            return made
        return {"index": choice["index"], "delta": {}, "finish_reason": choice["finish_reason"]}

    for step in range(max(len(pieces) + 2 for _, pieces in per_choice)):
        for choice, pieces in per_choice:
            if step < len(pieces) + 2:
                made = event(choice, pieces, step)
                final = made["finish_reason"] is not None
                yield {
                    **head,
                    "object": "chat.completion.chunk",
                    "choices": [made],
                    "usage": usage if final else None,
                    **(extra if final else {}),
                }
