"""The fast chunk constructors give exactly what the generated from_dict gives."""

from __future__ import annotations

from typing import Any

import pytest
from fireworks_api.models import CreateChatCompletionStreamResponse, CreateCompletionStreamResponse
from fireworks_client._fast_chunks import chat_chunk, completion_chunk
from fireworks_client._openapi import load_spec, to_json_schema
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

SPEC = load_spec()


def _schema(name: str) -> Any:
    return to_json_schema({"$ref": f"#/components/schemas/{name}"}, SPEC)


def _same(fast: Any, slow: Any, payload: dict[str, Any]) -> None:
    try:
        expected = slow(payload)
    except Exception as exc:  # the fast path must fail the same way
        with pytest.raises(type(exc)):
            fast(payload)
        return
    got = fast(payload)
    assert got == expected
    assert got.to_dict() == expected.to_dict()


@given(from_schema(_schema("CreateChatCompletionStreamResponse")))
def test_chat_chunks(payload: dict[str, Any]) -> None:
    _same(chat_chunk, CreateChatCompletionStreamResponse.from_dict, payload)


@given(from_schema(_schema("CreateCompletionStreamResponse")))
def test_completion_chunks(payload: dict[str, Any]) -> None:
    _same(completion_chunk, CreateCompletionStreamResponse.from_dict, payload)


COMMON = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}


@pytest.mark.parametrize(
    "payload",
    [
        {
            **COMMON,
            "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}],
            "usage": None,
        },
        {
            **COMMON,
            "choices": [
                {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
            ],
        },
        {
            **COMMON,
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
        },
        {**COMMON, "choices": [{"index": 0, "delta": {}, "finish_reason": "surprise"}]},
        {**COMMON, "choices": [{"index": 0, "delta": {"role": "robot"}, "finish_reason": None}]},
        {**COMMON, "choices": [], "extra": 1},
        {
            **COMMON,
            "choices": [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "id": "t"}]},
                    "finish_reason": None,
                }
            ],
        },
        {"id": "c", "choices": []},
    ],
)
def test_service_shapes_and_odd_ones(payload: dict[str, Any]) -> None:
    _same(chat_chunk, CreateChatCompletionStreamResponse.from_dict, payload)


@pytest.mark.parametrize("extra", [st.none(), st.integers()])
def test_completion_odd_shapes(extra: Any) -> None:
    base = {"id": "c", "object": "text_completion", "created": 1, "model": "m"}
    for choice in (
        {"text": "a", "index": 0, "finish_reason": None, "logprobs": None},
        {"text": "a", "index": 0, "finish_reason": "length"},
        {"text": "a", "index": 0, "finish_reason": None, "logprobs": {"tokens": ["a"]}},
        {"text": "a", "index": 0, "finish_reason": "weird"},
    ):
        _same(
            completion_chunk,
            CreateCompletionStreamResponse.from_dict,
            {**base, "choices": [choice], "usage": None},
        )
