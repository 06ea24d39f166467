"""The mock's Anthropic-compatible messages (``POST /inference/v1/messages``): a message of
text, of thinking when ``thinking`` asks for it, of a tool use when tools are given and the
last user message names one (as the mock's chat decides, ``tool_call``); cut by ``max_tokens``
and ``stop_sequences``; its usage. Streamed, the same message as Anthropic's named events
(``message_start``, ``ping``, each block's start, deltas and stop, ``message_delta``); the
app's writer names each event by its ``type`` and adds the declared end event last
(``x-fireworks-sse``). The same request gives the same message, streamed or not."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from fireworks_client.mock._answers.chat import chat_prompt_tokens, tool_call
from fireworks_client.mock._answers.chat_today import reasoning_budget
from fireworks_client.mock._answers.common import (
    JsonResult,
    MockRequest,
    Result,
    StreamResult,
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

__all__ = ["create_message", "input_tokens_of"]

# Fireworks makes max_tokens optional (Anthropic requires it); the mock's chat default.
_MAX_TOKENS = 200
# A tool use's input streams in a few pieces of its JSON, as the service's deltas do.
_JSON_PIECES = 3


def _text_of(content: Any) -> str:
    """The text of a message's content: its text blocks, and the content of its tool
    results (the tools' answers are what the next turn reads)."""
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for block in content if isinstance(content, list) else ():
        if not isinstance(block, dict):
            continue
        if isinstance(block.get("text"), str):
            parts.append(block["text"])
        elif block.get("type") == "tool_result":
            parts.append(_text_of(block.get("content") or ""))
    return " ".join(parts)


def _chat_tools(body: dict[str, Any]) -> dict[str, Any]:
    """``tools`` and ``tool_choice`` in the chat form the mock's tool choice reads: auto,
    any (required), a named tool, none."""
    tools = [
        {
            "type": "function",
            "function": {"name": tool["name"], "parameters": tool.get("input_schema") or {}},
        }
        for tool in body.get("tools") or []
    ]
    choice = body.get("tool_choice") or {}
    kind = choice.get("type", "auto")
    chat_choice: Any = {"any": "required", "none": "none"}.get(kind, "auto")
    if kind == "tool":
        chat_choice = {"type": "function", "function": {"name": choice.get("name")}}
    return {"tools": tools, "tool_choice": chat_choice}


def _signature(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def _thinking_budget(model: ModelInfo, body: dict[str, Any]) -> int | None:
    """Thinking as ``thinking`` asks: enabled (or adaptive) thinks, disabled does not; a
    reasoning model thinks unless told not to."""
    thinking = body.get("thinking")
    asked = isinstance(thinking, dict) and thinking.get("type") != "disabled"
    return reasoning_budget(model.reasoning or asked, body)


def _conversation(
    body: Mapping[str, Any],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the turns, the system prompt and the turns) as text, as the chat counts them."""
    system = _text_of(body.get("system") or "")
    turns = [{"role": m["role"], "content": _text_of(m["content"])} for m in body["messages"]]
    return turns, [*([{"role": "system", "content": system}] if system else []), *turns]


def input_tokens_of(body: Mapping[str, Any]) -> int:
    """The tokens of a request's system prompt and messages, as its usage counts them."""
    return chat_prompt_tokens(_conversation(body)[1])


def create_message(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = _text_model(models, request)
    turns, conversation = _conversation(body)
    input_tokens = chat_prompt_tokens(conversation)
    max_tokens = int(body.get("max_tokens") or _MAX_TOKENS)
    text = "\n".join(t["content"] for t in conversation)
    last_user = next((t["content"] for t in reversed(turns) if t["role"] == "user"), text)
    topics = topic_words(last_user)
    seed = (model.id, body.get("temperature"), body.get("top_p"), body.get("top_k"), text)
    blocks: list[dict[str, Any]] = []
    output_tokens = 0
    budget = _thinking_budget(model, body)
    if budget is not None:
        thought = generate(rng_for(*seed, "thinking"), topics, max_tokens=budget, stop=[])
        blocks.append({"type": "thinking", "thinking": thought.text, "signature": _signature(seed)})
        output_tokens += thought.token_count
    call = tool_call({**body, **_chat_tools(body)}, turns, seed) if body.get("tools") else None
    stop_sequence = None
    if call is not None:
        name, arguments = call["function"]["name"], call["function"]["arguments"]
        blocks.append(
            {
                "type": "tool_use",
                "id": "toolu_" + call["id"].removeprefix("call_"),
                "name": name,
                "input": json.loads(arguments),
            }
        )
        output_tokens += count_tokens(name + arguments)
        stop_reason = "tool_use"
    else:
        stops = [s for s in body.get("stop_sequences") or [] if s]
        # Thinking counts towards max_tokens, as on the service.
        room = max(1, max_tokens - output_tokens)
        generation = generate(rng_for(*seed), topics, max_tokens=room, stop=[])
        # Where the earliest stop sequence starts: the text ends there, without it.
        found = [(generation.text.find(s), s) for s in stops if s in generation.text]
        cut, stop_sequence = min(found) if found else (-1, None)
        answer = generation.text[:cut] if cut >= 0 else generation.text
        length = generation.finish_reason == "length" and stop_sequence is None
        stop_reason = "stop_sequence" if stop_sequence else "max_tokens" if length else "end_turn"
        blocks.append({"type": "text", "text": answer, "citations": None})
        output_tokens += count_tokens(answer)
    message = {
        "id": "msg_" + _signature(body.get("model"), body.get("messages"), body.get("tools"))[:24],
        "type": "message",
        "role": "assistant",
        "content": blocks,
        "model": model.id,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }
    if body.get("stream"):
        return StreamResult(message_events(message))
    return JsonResult(message)


def _empty(block: dict[str, Any]) -> dict[str, Any]:
    """A block as its ``content_block_start`` carries it: without what its deltas bring."""
    if block["type"] == "text":
        return {**block, "text": ""}
    if block["type"] == "thinking":
        return {**block, "thinking": "", "signature": ""}
    return {**block, "input": {}}


def _deltas(block: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if block["type"] == "text":
        for piece in stream_pieces(block["text"]):
            yield {"type": "text_delta", "text": piece}
    elif block["type"] == "thinking":
        for piece in split_tokens(block["thinking"]):
            yield {"type": "thinking_delta", "thinking": piece}
        yield {"type": "signature_delta", "signature": block["signature"]}
    else:
        arguments = json.dumps(block["input"])
        step = max(1, -(-len(arguments) // _JSON_PIECES))
        for start in range(0, len(arguments), step):
            yield {"type": "input_json_delta", "partial_json": arguments[start : start + step]}


def whole_deltas(block: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A block's content in one delta (a scripted answer streams as it was scripted)."""
    if block["type"] == "text":
        yield {"type": "text_delta", "text": block["text"]}
    elif block["type"] == "thinking":
        yield {"type": "thinking_delta", "thinking": block["thinking"]}
        yield {"type": "signature_delta", "signature": block["signature"]}
    else:
        yield {"type": "input_json_delta", "partial_json": json.dumps(block["input"])}


def message_events(
    message: Mapping[str, Any],
    deltas: Callable[[dict[str, Any]], Iterator[dict[str, Any]]] = _deltas,
) -> Iterator[dict[str, Any]]:
    """The message as Anthropic's stream events, but its end event (the app's writer adds the
    declared one), each block's content in ``deltas`` (by default in the pieces the mock
    streams text in). Made as they are sent."""
    usage = message.get("usage") or {"input_tokens": 0, "output_tokens": 0}
    start = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": usage["input_tokens"], "output_tokens": 0},
    }
    yield {"type": "message_start", "message": start}
    yield {"type": "ping"}
    for index, block in enumerate(message["content"]):
        yield {"type": "content_block_start", "index": index, "content_block": _empty(block)}
        for delta in deltas(block):
            yield {"type": "content_block_delta", "index": index, "delta": delta}
        yield {"type": "content_block_stop", "index": index}
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]},
        "usage": {"output_tokens": usage["output_tokens"]},
    }
