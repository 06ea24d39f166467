"""The mock's Responses API: responses kept in memory (bounded), retrievable, listed newest
first with cursors, deletable; ``previous_response_id`` continues a stored conversation."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._behaviours import CREATED, JsonResult, MockRequest, Result
from fireworks_client.mock._errors import MockError
from fireworks_client.mock._text import count_tokens, generate, rng_for, topic_words

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
    response = {
        "id": response_id,
        "object": "response",
        "created_at": CREATED,
        "status": "completed",
        "model": body["model"],
        "output": [
            {
                "id": f"msg_{response_id}",
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": generation.text}],
            }
        ],
        "previous_response_id": previous,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": generation.token_count,
            "total_tokens": prompt_tokens + generation.token_count,
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
        store.put({**response, "_conversation": f"{conversation}\n{generation.text}"})
    return JsonResult(response)


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
