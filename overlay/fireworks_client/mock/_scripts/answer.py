"""Scripted answers, as sent: what a script's answer (``fireworks_client.mock._scripts.book``)
becomes for one request. Parts go over the mock's own answer (each choice's content, tool
calls, finish reason; the usage added up again; a merge last); a whole chat or completions
answer streams as the mock's own chunks; a scripted stream is made chunk by chunk, with its
pauses, and its break (a stream fault after its last chunk, ``_faults``). What is scripted was
checked against the spec when it was scripted (``book``); this module only makes it."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fireworks_client.mock._answers.chat import _chat_chunks, chat_prompt_tokens
from fireworks_client.mock._answers.common import (
    CREATED,
    JsonResult,
    MockRequest,
    Pause,
    Result,
    StreamResult,
)
from fireworks_client.mock._answers.completions import _completion_chunks
from fireworks_client.mock._answers.messages import (
    input_tokens_of,
    message_events,
    whole_deltas,
)
from fireworks_client.mock._answers.responses import ResponseStore
from fireworks_client.mock._answers.stream_options import usage_chunk_last
from fireworks_client.mock._answers.text import count_tokens
from fireworks_client.mock._faults import StreamBreak, script_break
from fireworks_client.mock._spec.errors import MockError, error_body

__all__ = [
    "CHAT",
    "COMPLETIONS",
    "MESSAGES",
    "PART_OPERATIONS",
    "RESPONSES",
    "STREAM_OPERATIONS",
    "TEXT_OPERATIONS",
    "ScriptedAnswer",
    "answer",
    "apply_parts",
    "chunks_of_whole",
    "joined",
    "merged",
    "scripted_message_events",
    "stream_chunks",
    "template",
]

CHAT = "chat.completions.create"
COMPLETIONS = "completions.create"
RESPONSES = "responses.create"
MESSAGES = "messages.create"
TEXT_OPERATIONS = (CHAT, COMPLETIONS)
# Operations whose streams a script writes delta by delta.
STREAM_OPERATIONS = (CHAT, COMPLETIONS, MESSAGES)
# Operations whose answers take the parts content, json and (but completions) tool_calls.
PART_OPERATIONS = (CHAT, COMPLETIONS, RESPONSES, MESSAGES)
_JSON = "application/json"


def merged(base: Any, extra: Any) -> Any:
    """``extra`` merged into ``base``: objects member by member, anything else replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merged(base.get(key), value)
        return out
    return copy.deepcopy(extra)


@dataclass(frozen=True, slots=True)
class ScriptedAnswer:
    """One answer of a script, checked: what the mock sends when a request matches."""

    kind: str  # "body", "parts", "stream", "status"
    spec: dict[str, Any]
    operation: str  # the friendly name


def template(name: str) -> dict[str, Any]:
    usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
    head = {"id": "x", "created": CREATED, "model": "m", "usage": usage}
    if name == CHAT:
        message = {"role": "assistant", "content": "x"}
        choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return {**head, "object": "chat.completion", "choices": [choice]}
    choice = {"index": 0, "text": "x", "logprobs": None, "finish_reason": "stop"}
    return {**head, "object": "text_completion", "choices": [choice]}


def apply_parts(name: str, answer: Any, parts: Mapping[str, Any]) -> Any:
    """The answer with the scripted parts in each choice, its usage added up again."""
    answer = copy.deepcopy(answer)
    if name in TEXT_OPERATIONS and isinstance(answer, dict):
        completion_tokens = 0
        for choice in answer.get("choices") or []:
            content = parts.get("content")
            if "json" in parts:
                content = json.dumps(parts["json"])
            if name == CHAT:
                message = choice.setdefault("message", {"role": "assistant"})
                if content is not None:
                    message["content"] = content
                    message.pop("tool_calls", None)
                    choice["finish_reason"] = "stop"
                if "tool_calls" in parts:
                    message["content"] = None
                    message["tool_calls"] = copy.deepcopy(parts["tool_calls"])
                    choice["finish_reason"] = "tool_calls"
                said = message.get("content") or ""
                said += "".join(
                    c["function"]["name"] + c["function"]["arguments"]
                    for c in message.get("tool_calls") or []
                )
            else:
                if content is not None:
                    choice["text"] = content
                    choice["finish_reason"] = "stop"
                said = choice.get("text") or ""
            if content is not None or "tool_calls" in parts:
                for stale in ("logprobs", "token_ids", "raw_output"):
                    choice.pop(stale, None)
                if name == COMPLETIONS:
                    choice["logprobs"] = None
            if "finish_reason" in parts:
                choice["finish_reason"] = parts["finish_reason"]
            completion_tokens += count_tokens(said)
        usage = answer.get("usage")
        if isinstance(usage, dict) and any(k in parts for k in ("content", "json", "tool_calls")):
            prompt = usage.get("prompt_tokens") or 0
            answer["usage"] = {
                **usage,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt + completion_tokens,
            }
    if name == RESPONSES and isinstance(answer, dict):
        answer = _apply_response_parts(answer, parts)
    if name == MESSAGES and isinstance(answer, dict):
        answer = _apply_message_parts(answer, parts)
    if "merge" in parts:
        answer = merged(answer, parts["merge"])
    return answer


def _apply_response_parts(answer: dict[str, Any], parts: Mapping[str, Any]) -> dict[str, Any]:
    """A Responses answer whose output is the scripted text (a message) or function calls."""
    content = json.dumps(parts["json"]) if "json" in parts else parts.get("content")
    key = str(answer.get("id") or "script")
    said = ""
    if content is not None:
        said = content
        text = {"type": "output_text", "text": content}
        answer["output"] = [
            {
                "id": f"msg_{key}",
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [text],
            }
        ]
    if "tool_calls" in parts:
        answer["output"] = [
            {
                "id": f"fc_{key}_{number}",
                "type": "function_call",
                "call_id": call["id"],
                "name": call["function"]["name"],
                "arguments": call["function"]["arguments"],
                "status": "completed",
            }
            for number, call in enumerate(parts["tool_calls"])
        ]
        said = "".join(
            c["function"]["name"] + c["function"]["arguments"] for c in parts["tool_calls"]
        )
    usage = answer.get("usage")
    if isinstance(usage, dict) and (content is not None or "tool_calls" in parts):
        completion_tokens = count_tokens(said)
        prompt = usage.get("prompt_tokens") or 0
        answer["usage"] = {
            **usage,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt + completion_tokens,
        }
    return answer


def _apply_message_parts(answer: dict[str, Any], parts: Mapping[str, Any]) -> dict[str, Any]:
    """A message whose content is the scripted text (a text block) or tool uses (their input
    the calls' arguments, objects), its stop reason and output tokens to match;
    ``finish_reason`` is the message's ``stop_reason``."""
    content = json.dumps(parts["json"]) if "json" in parts else parts.get("content")
    said = None
    if content is not None:
        said = content
        answer["content"] = [_text_block(content)]
        answer["stop_reason"] = "end_turn"
    if "tool_calls" in parts:
        calls = parts["tool_calls"]
        answer["content"] = [
            {
                "type": "tool_use",
                "id": call["id"],
                "name": call["function"]["name"],
                "input": json.loads(call["function"]["arguments"]),
            }
            for call in calls
        ]
        answer["stop_reason"] = "tool_use"
        said = "".join(c["function"]["name"] + c["function"]["arguments"] for c in calls)
    if said is not None:
        answer["stop_sequence"] = None
        usage = answer.get("usage")
        if isinstance(usage, dict):
            answer["usage"] = {**usage, "output_tokens": count_tokens(said)}
    if "finish_reason" in parts:
        answer["stop_reason"] = parts["finish_reason"]
    return answer


def scripted_message_events(answer: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """A scripted whole message as the named events of its stream, each block in one delta."""
    return message_events(answer, whole_deltas)


def _head(answer: Mapping[str, Any]) -> dict[str, Any]:
    return {k: answer[k] for k in ("id", "created", "model") if k in answer}


def chunks_of_whole(name: str, answer: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """A whole chat or completions answer as the chunks of its stream."""
    choices = copy.deepcopy(list(answer.get("choices") or []))
    usage = answer.get("usage") or {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    if name == CHAT:
        for choice in choices:
            message = choice.setdefault("message", {})
            if not message.get("tool_calls") and message.get("content") is None:
                message["content"] = ""
        return _chat_chunks(_head(answer), choices, usage)
    head = {**_head(answer), "object": "text_completion"}
    for choice in choices:
        choice["text"] = choice.get("text") or ""
        choice["logprobs"] = None
    return _completion_chunks(head, choices, usage, echo_prompts=None, n=1)


def stream_chunks(
    name: str,
    spec: Mapping[str, Any],
    head: dict[str, Any],
    prompt_tokens: int,
    extra: dict[str, Any],
) -> Iterator[dict[str, Any] | Pause]:
    """A scripted stream's chunks (and pauses), the finish chunk last unless it breaks."""
    if name == MESSAGES:
        yield from _message_events(spec, head, prompt_tokens)
        return
    said = ""
    chunk_head = {**head, "object": "chat.completion.chunk" if name == CHAT else "text_completion"}
    if name == CHAT:
        yield {
            **chunk_head,
            "choices": [
                {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
            ],
            "usage": None,
        }
    calls = False
    for item in spec["stream"]:
        if isinstance(item, dict) and "pause" in item:
            yield Pause(float(item["pause"]))
            continue
        if name == CHAT:
            delta = {"content": item} if isinstance(item, str) else item
            said += str(delta.get("content") or "")
            calls = calls or bool(delta.get("tool_calls"))
            yield {
                **chunk_head,
                "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                "usage": None,
            }
        else:
            said += item
            choice = {"text": item, "index": 0, "logprobs": None, "finish_reason": None}
            yield {**chunk_head, "choices": [choice], "usage": None}
    if spec.get("break") is not None:
        return
    finish = spec.get("finish_reason") or ("tool_calls" if calls else "stop")
    completion_tokens = count_tokens(said)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    if name == CHAT:
        last: dict[str, Any] = {"index": 0, "delta": {}, "finish_reason": finish}
    else:
        last = {"text": "", "index": 0, "logprobs": None, "finish_reason": finish}
    yield {**chunk_head, "choices": [last], "usage": usage, **extra}


def _message_events(
    spec: Mapping[str, Any], head: dict[str, Any], input_tokens: int
) -> Iterator[dict[str, Any] | Pause]:
    """A scripted message stream, as Anthropic's named events: the message's start, a text
    block of the deltas, its stop and the message's delta (its stop reason and usage) unless
    it breaks; the writer adds the declared end event (message_stop)."""
    message = _message(head, "", None, input_tokens, 0)
    yield {"type": "message_start", "message": {**message, "content": []}}
    yield {"type": "ping"}
    yield {"type": "content_block_start", "index": 0, "content_block": _text_block("")}
    said = ""
    for item in spec["stream"]:
        if isinstance(item, dict) and "pause" in item:
            yield Pause(float(item["pause"]))
            continue
        said += item
        yield {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "text_delta", "text": item},
        }
    if spec.get("break") is not None:
        return
    yield {"type": "content_block_stop", "index": 0}
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": spec.get("finish_reason") or "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": count_tokens(said)},
    }


def _text_block(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text, "citations": None}


def _message(
    head: dict[str, Any], text: str, stop: str | None, input_tokens: int, output_tokens: int
) -> dict[str, Any]:
    return {
        "id": f"msg_{head['id']}",
        "type": "message",
        "role": "assistant",
        "content": [_text_block(text)],
        "model": head["model"],
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


def joined(
    name: str, spec: Mapping[str, Any], head: dict[str, Any], prompt_tokens: int
) -> dict[str, Any]:
    """A scripted stream as the whole answer, for a request that does not stream."""
    if name == MESSAGES:
        text = "".join(item for item in spec["stream"] if isinstance(item, str))
        stop = spec.get("finish_reason") or "end_turn"
        return _message(head, text, stop, prompt_tokens, count_tokens(text))
    content, finish, usage = "", "stop", None
    calls: list[dict[str, Any]] = []
    for chunk in stream_chunks(name, {**spec, "break": None}, head, prompt_tokens, {}):
        if isinstance(chunk, Pause):
            continue
        choice = chunk["choices"][0]
        usage = chunk["usage"] or usage
        finish = choice.get("finish_reason") or finish
        if name == CHAT:
            content += choice["delta"].get("content") or ""
            calls += choice["delta"].get("tool_calls") or []
        else:
            content += choice["text"]
    if name == CHAT:
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if calls:
            message["tool_calls"] = [{k: v for k, v in c.items() if k != "index"} for c in calls]
            message["content"] = content or None
        choice = {"index": 0, "message": message, "finish_reason": finish}
        return {**head, "object": "chat.completion", "choices": [choice], "usage": usage}
    choice = {"index": 0, "text": content, "logprobs": None, "finish_reason": finish}
    return {**head, "object": "text_completion", "choices": [choice], "usage": usage}


# --- answering ------------------------------------------------------------------------------


def _prompt_tokens(name: str, body: Mapping[str, Any]) -> int:
    if name == MESSAGES:
        return input_tokens_of(body)
    if name == CHAT:
        return chat_prompt_tokens([m for m in body.get("messages") or [] if isinstance(m, dict)])
    prompt = body.get("prompt")
    prompts = prompt if isinstance(prompt, list) else [prompt]
    return sum(count_tokens(p) if isinstance(p, str) else 1 for p in prompts)


def answer(
    scripted: ScriptedAnswer,
    request: MockRequest,
    own: Callable[[MockRequest], Result],
    fault: bool = False,
) -> tuple[Result, StreamBreak | None]:
    """What a scripted answer sends for ``request``, rendered by the mock as its own answers
    are, and how its stream breaks (a scripted ``break``). ``own``: the mock's own answer;
    ``fault``: a stream fault is to apply, so a scripted stream comes without its pauses and
    break (the fault breaks it)."""
    name = scripted.operation
    body = request.body
    streaming = body.get("stream") is True
    if scripted.kind == "status":
        spec = scripted.spec
        status = int(spec["status"])
        sent = spec.get(
            "body", error_body(status, f"Scripted answer: HTTP {status}", code="mock_script")
        )
        return JsonResult(sent, dict(spec.get("headers") or {}), status), None
    include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
    if scripted.kind == "stream":
        head = {
            "id": "script-"
            + hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[
                :24
            ],
            "created": CREATED,
            "model": str(body.get("model", "")),
        }
        if not streaming:
            return JsonResult(joined(name, scripted.spec, head, _prompt_tokens(name, body))), None
        kept = {**scripted.spec, "break": None} if fault else scripted.spec
        made = stream_chunks(name, kept, head, _prompt_tokens(name, body), {})
        chunks: Iterable[dict[str, Any] | Pause] = (
            (c for c in made if isinstance(c, dict)) if fault else made
        )
        if include_usage:  # the usage moves to a last chunk of its own (stream_options)
            chunks = usage_chunk_last(chunks, always=fault)
        return StreamResult(chunks), None if fault else script_break(scripted.spec.get("break"))
    if scripted.kind == "body":
        whole = copy.deepcopy(scripted.spec["body"])
    else:
        mine = (
            own(
                MockRequest(
                    request.operation,
                    {**body, "stream": False},
                    request.files,
                    request.accept,
                    request.params,
                    request.memory,
                )
            )
            if streaming
            else own(request)
        )
        if not isinstance(mine, JsonResult):
            return mine, None  # an answer that is no JSON (an image) stays the mock's own
        whole = apply_parts(name, mine.body, scripted.spec)
        if name == RESPONSES:
            _restore(request, whole)
    if streaming and name in TEXT_OPERATIONS:
        chunks_made: Iterable[dict[str, Any] | Pause] = chunks_of_whole(name, whole)
        if include_usage:
            chunks_made = usage_chunk_last(chunks_made)
        return StreamResult(chunks_made), None
    if streaming and name == MESSAGES:
        return StreamResult(scripted_message_events(whole)), None
    return JsonResult(whole), None


def _restore(request: MockRequest, response: dict[str, Any]) -> None:
    """A stored response as scripted, so that retrieving it gives what was answered."""
    store = request.memory.get("responses")
    if not isinstance(store, ResponseStore) or not response.get("id"):
        return
    try:
        stored = store.get(str(response["id"]))
    except MockError:  # no longer kept
        return
    store.put({**response, "_conversation": stored.get("_conversation", "")})
