"""The mock's Responses API: responses kept in memory (bounded), retrievable, listed newest
first with cursors, deletable; ``previous_response_id`` continues a stored conversation."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._answers.chat import tool_call
from fireworks_client.mock._answers.common import CREATED, JsonResult, MockRequest, Result
from fireworks_client.mock._answers.text import count_tokens, generate, rng_for, topic_words
from fireworks_client.mock._spec.errors import MockError

if TYPE_CHECKING:
    from fireworks_client.mock._models import ModelInfo

__all__ = ["ResponseStore", "create_response", "delete_response", "get_response", "list_responses"]

_DEFAULT_LIMIT = 20
_MAX_LIMIT = 100


class ResponseStore:
    """At most ``capacity`` stored responses; the oldest goes first."""

    def __init__(self, capacity: int = 1000) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._count = 0

    def new_id(self) -> str:
        with self._lock:
            self._count += 1
            return f"resp_mock_{self._count:08d}"

    def put(self, response: dict[str, Any]) -> None:
        with self._lock:
            self._items[response["id"]] = response
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def get(self, response_id: str) -> dict[str, Any]:
        with self._lock:
            found = self._items.get(response_id)
        if found is None:
            raise MockError(
                404,
                f"response_id: no stored response {response_id!r}",
                param="response_id",
                code="response_not_found",
            )
        return found

    def delete(self, response_id: str) -> None:
        self.get(response_id)
        with self._lock:
            self._items.pop(response_id, None)

    def newest_first(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(reversed(self._items.values()))


def _input_text(given: Any) -> str:
    if isinstance(given, str):
        return given
    parts = []
    for item in given or []:
        content = item.get("content") if isinstance(item, dict) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts += [str(p.get("text", "")) for p in content if isinstance(p, dict)]
    return "\n".join(parts)


def _as_chat(body: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The request's function tools and the end of its input as a chat request has them, for
    the chat's tool choice: the Responses API's tools are flat (``{"type": "function", "name",
    ...}``); the input's last item is the last message (a function call's output is a tool
    message)."""
    tools = [
        {"type": "function", "function": {k: v for k, v in tool.items() if k != "type"}}
        for tool in body.get("tools") or []
        # The schema leaves these items free: only what a chat tool could be is taken.
        if isinstance(tool, dict)
        and tool.get("type") == "function"
        and isinstance(tool.get("name"), str)
        and tool["name"]
    ]
    given = body.get("input")
    last = given[-1] if isinstance(given, list) and given else given
    if isinstance(last, dict):
        role = last.get("role") if last.get("type", "message") == "message" else "tool"
        messages = [{"role": role, "content": _input_text([last])}]
    else:
        messages = [{"role": "user", "content": _input_text(last)}]
    choice = body.get("tool_choice")
    if isinstance(choice, dict):  # a function by name, else a kind of tool (MCP) not made here
        named = choice.get("type") == "function" and isinstance(choice.get("name"), str)
        choice = {"type": "function", "function": {"name": choice["name"]}} if named else "auto"
    return {"tools": tools, "tool_choice": choice}, messages


def _function_call(
    body: dict[str, Any], response_id: str, seed: tuple[Any, ...]
) -> dict[str, Any] | None:
    """A function_call output item when a function tool is to be called, as in a chat."""
    chat, messages = _as_chat(body)
    if not chat["tools"]:
        return None
    call = tool_call(chat, messages, seed)
    if call is None:
        return None
    return {
        "id": f"fc_{response_id}",
        "type": "function_call",
        "call_id": call["id"],
        "name": call["function"]["name"],
        "arguments": call["function"]["arguments"],
        "status": "completed",
    }


def _store(request: MockRequest) -> ResponseStore:
    store = request.memory.get("responses")
    if not isinstance(store, ResponseStore):
        raise TypeError("the mock app has no response store")
    return store


def create_response(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    store = _store(request)
    history = ""
    previous = body.get("previous_response_id")
    if previous:
        earlier = store.get(previous)
        history = str(earlier.get("_conversation", ""))
    text = _input_text(body.get("input"))
    conversation = f"{history}\n{text}".strip()
    limit = body.get("max_output_tokens")
    generation = generate(
        rng_for(body.get("model"), conversation),
        topic_words(text),
        max_tokens=limit if isinstance(limit, int) and limit > 0 else 120,
        stop=[],
    )
    response_id = store.new_id()
    prompt_tokens = count_tokens(conversation)
    call = _function_call(body, response_id, (body.get("model"), conversation))
    output: list[dict[str, Any]] = [
        {
            "id": f"msg_{response_id}",
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": generation.text}],
        }
    ]
    said, completion_tokens = generation.text, generation.token_count
    if call is not None:
        output = [call]
        said = f"{call['name']}({call['arguments']})"
        completion_tokens = count_tokens(call["name"] + call["arguments"])
    response = {
        "id": response_id,
        "object": "response",
        "created_at": CREATED,
        "status": "completed",
        "model": body["model"],
        "output": output,
        "previous_response_id": previous,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
        "error": None,
        "incomplete_details": None,
        "instructions": body.get("instructions"),
        "max_output_tokens": limit,
        "max_tool_calls": body.get("max_tool_calls"),
        "parallel_tool_calls": body.get("parallel_tool_calls", True) is not False,
        "reasoning": body.get("reasoning"),
        "store": body.get("store", True) is not False,
        "temperature": body.get("temperature") if body.get("temperature") is not None else 1.0,
        "text": body.get("text"),
        "tool_choice": body.get("tool_choice") or "auto",
        "tools": body.get("tools") or [],
        "top_p": body.get("top_p") if body.get("top_p") is not None else 1.0,
        "truncation": body.get("truncation") or "disabled",
        "user": body.get("user"),
        "metadata": body.get("metadata"),
    }
    if response["store"]:
        store.put({**response, "_conversation": f"{conversation}\n{said}"})
        return JsonResult(response)
    # Not stored: no id to read it by ("Will be None if store=False", says the spec's Response.id).
    # A tool that follows the spec's link from create to retrieve then has nothing to follow,
    # instead of an id that would answer 404 (schemathesis' stateful phase reported ST302).
    return JsonResult({**response, "id": None})


def _public(stored: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in stored.items() if not k.startswith("_")}


def get_response(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    return JsonResult(_public(_store(request).get(str(request.params["response_id"]))))


def delete_response(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    _store(request).delete(str(request.params["response_id"]))
    return JsonResult({"message": "Response deleted successfully"})


def _limit(value: Any) -> int:
    if value is None:
        return _DEFAULT_LIMIT
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise MockError(400, f"limit: {value!r} is not an integer", param="limit") from None
    if not 1 <= limit <= _MAX_LIMIT:
        raise MockError(400, f"limit: must be 1 to {_MAX_LIMIT}, got {limit}", param="limit")
    return limit


def list_responses(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    """Newest first; ``after`` starts after that id, ``before`` ends before it."""
    items = _store(request).newest_first()
    ids = [item["id"] for item in items]
    after, before = request.params.get("after"), request.params.get("before")
    # A cursor that names no stored response (deleted, or never one) gives an empty page.
    start, end = 0, len(items)
    if after:
        start = ids.index(after) + 1 if after in ids else len(items)
    if before:
        end = ids.index(before) if before in ids else 0
    limit = _limit(request.params.get("limit"))
    page = items[start:end][:limit]
    return JsonResult(
        {
            "object": "list",
            "data": [_public(item) for item in page],
            "has_more": start + len(page) < end,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
        }
    )
