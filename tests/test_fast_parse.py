"""The fast parsers give exactly what the generated from_dict gives."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from fireworks_api.models import (
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    CreateCompletionResponse,
    CreateCompletionStreamResponse,
)
from fireworks_client._fast_parse import chat_chunk, chat_completion, completion, completion_chunk
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


# The shapes the service sends, with random values: schema-random payloads mostly take the
# from_dict fallback, these always take the fast path.
_TEXT = st.text(max_size=20)
_MAYBE_TEXT = st.one_of(st.none(), _TEXT)
_USAGE = st.fixed_dictionaries(
    {k: st.integers(0, 10**6) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
)
_TOP = {"id": _TEXT, "object": _TEXT, "created": st.integers(0, 2**40), "model": _TEXT}
SERVICE_ANSWERS = st.fixed_dictionaries(
    {
        **_TOP,
        "choices": st.lists(
            st.fixed_dictionaries(
                {
                    "index": st.integers(0, 8),
                    "message": st.fixed_dictionaries(
                        {"role": st.sampled_from(["assistant", "user", "system"])},
                        optional={"content": _MAYBE_TEXT},
                    ),
                    "finish_reason": st.sampled_from(["stop", "length", "tool_calls"]),
                }
            ),
            max_size=3,
        ),
    },
    optional={"usage": _USAGE},
)
SERVICE_CHUNKS = st.fixed_dictionaries(
    {
        **_TOP,
        "choices": st.lists(
            st.fixed_dictionaries(
                {
                    "index": st.integers(0, 8),
                    "delta": st.fixed_dictionaries(
                        {}, optional={"role": st.just("assistant"), "content": _MAYBE_TEXT}
                    ),
                    "finish_reason": st.sampled_from([None, "stop", "length"]),
                }
            ),
            max_size=3,
        ),
    },
    optional={"usage": st.none()},
)


def _fast_and_same(fast: Any, model: Any, payload: dict[str, Any]) -> None:
    expected = model.from_dict(payload)
    with mock.patch.object(model, "from_dict", side_effect=AssertionError("took from_dict")):
        got = fast(payload)
    assert got == expected and got.to_dict() == expected.to_dict()


@given(SERVICE_ANSWERS)
def test_service_answers(payload: dict[str, Any]) -> None:
    _fast_and_same(chat_completion, CreateChatCompletionResponse, payload)


@given(SERVICE_CHUNKS)
def test_service_chunks(payload: dict[str, Any]) -> None:
    _fast_and_same(chat_chunk, CreateChatCompletionStreamResponse, payload)


@given(from_schema(_schema("CreateChatCompletionResponse")))
def test_chat_completions(payload: dict[str, Any]) -> None:
    _same(chat_completion, CreateChatCompletionResponse.from_dict, payload)


@given(from_schema(_schema("CreateCompletionResponse")))
def test_completions(payload: dict[str, Any]) -> None:
    _same(completion, CreateCompletionResponse.from_dict, payload)


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


TEXT = {"id": "c", "object": "text_completion", "created": 1, "model": "m"}
USAGE = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}


@pytest.mark.parametrize(
    "choice",
    [
        {"text": "a", "index": 0, "finish_reason": None, "logprobs": None},
        {"text": "a", "index": 0, "finish_reason": "length"},
        {"text": "a", "index": 0, "finish_reason": None, "logprobs": {"tokens": ["a"]}},
        {"text": "a", "index": 0, "finish_reason": "weird"},
    ],
)
def test_completion_chunk_odd_shapes(choice: dict[str, Any]) -> None:
    _same(
        completion_chunk,
        CreateCompletionStreamResponse.from_dict,
        {**TEXT, "choices": [choice], "usage": None},
    )


ANSWER = {"id": "c", "object": "chat.completion", "created": 1, "model": "m"}
MESSAGE = {"role": "assistant", "content": "hi"}


@pytest.mark.parametrize(
    "payload",
    [
        {**ANSWER, "choices": [{"index": 0, "message": MESSAGE, "finish_reason": "stop"}]},
        {
            **ANSWER,
            "choices": [{"index": 0, "message": {"role": "assistant"}, "finish_reason": "length"}],
            "usage": USAGE,
        },
        {**ANSWER, "choices": [], "usage": None},
        {**ANSWER, "choices": [], "usage": {**USAGE, "cached_tokens": 1}},
        {**ANSWER, "choices": [], "usage": {"prompt_tokens": 1}},
        {**ANSWER, "choices": [{"index": 0, "message": MESSAGE, "finish_reason": "odd"}]},
        {**ANSWER, "choices": [{"index": 0, "message": MESSAGE, "finish_reason": None}]},
        {
            **ANSWER,
            "choices": [
                {"index": 0, "message": {"role": "robot", "content": "x"}, "finish_reason": "stop"}
            ],
        },
        {
            **ANSWER,
            "choices": [
                {
                    "index": 0,
                    "message": {**MESSAGE, "tool_calls": []},
                    "finish_reason": "tool_calls",
                }
            ],
        },
        {**ANSWER, "choices": [{"index": 0, "message": MESSAGE}]},
        {**ANSWER, "choices": [{"index": 0, "message": None, "finish_reason": "stop"}]},
        {**ANSWER, "choices": [], "system_fingerprint": "x"},
    ],
)
def test_chat_completion_shapes(payload: dict[str, Any]) -> None:
    _same(chat_completion, CreateChatCompletionResponse.from_dict, payload)


@pytest.mark.parametrize(
    "choice",
    [
        {"text": "a", "index": 0, "finish_reason": "stop", "logprobs": None},
        {"text": "a", "index": 0, "finish_reason": "length"},
        {"text": "a", "index": 0, "finish_reason": "stop", "logprobs": {"tokens": ["a"]}},
        {"text": "a", "index": 0, "finish_reason": "weird", "logprobs": None},
        {"text": "a", "index": 0, "finish_reason": "stop", "logprobs": None, "extra": 1},
    ],
)
def test_completion_shapes(choice: dict[str, Any]) -> None:
    for usage in ({}, {"usage": USAGE}):
        _same(
            completion,
            CreateCompletionResponse.from_dict,
            {**TEXT, "choices": [choice], **usage},
        )


@pytest.mark.parametrize(
    ("parse", "model", "payload"),
    [
        (
            chat_chunk,
            CreateChatCompletionStreamResponse,
            {
                **COMMON,
                "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}],
            },
        ),
        (
            completion_chunk,
            CreateCompletionStreamResponse,
            {
                **TEXT,
                "choices": [{"text": "a", "index": 0, "finish_reason": None, "logprobs": None}],
            },
        ),
        (
            chat_completion,
            CreateChatCompletionResponse,
            {
                **ANSWER,
                "choices": [{"index": 0, "message": MESSAGE, "finish_reason": "stop"}],
                "usage": USAGE,
            },
        ),
        (
            completion,
            CreateCompletionResponse,
            {
                **TEXT,
                "choices": [{"text": "a", "index": 0, "finish_reason": "stop", "logprobs": None}],
                "usage": USAGE,
            },
        ),
    ],
)
def test_the_service_shape_takes_the_fast_path(
    parse: Any, model: Any, payload: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = model.from_dict(payload)

    def slow(data: Any) -> Any:
        raise AssertionError("from_dict was called: the fast path no longer covers this shape")

    monkeypatch.setattr(model, "from_dict", slow)
    assert parse(payload) == expected
