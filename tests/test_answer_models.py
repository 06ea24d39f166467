"""Answers as a user meets them through the clients: Python values (an absent field is None,
the repr names the fields, ``to_dict()`` gives back what the service sent), and an answer that
does not fit the spec is an ``APIResponseValidationError`` naming the field and the rule, never
a raw exception from inside (base64 that is not base64, a value of the wrong type)."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_api.fast import SchemaMismatch
from fireworks_api.models import ChatMessage

from tests.test_request_path import ANSWER, SDXL_ON_PURPOSE, Recorder, both, chat

EMBED = "nomic-ai/nomic-embed-text-v1.5"


def _embeddings(vector: Any) -> dict[str, Any]:
    return {
        "object": "list",
        "model": EMBED,
        "data": [
            {"index": 0, "object": "embedding", "embedding": [0.5]},
            {"index": 1, "object": "embedding", "embedding": vector},
        ],
        "usage": {"prompt_tokens": 2, "total_tokens": 2},
    }


def _embed(client: Any) -> Any:
    return client.embeddings.create(model=EMBED, input=["a", "b"], encoding_format="base64")


@pytest.mark.parametrize(
    ("vector", "why"),
    [
        ("not base64!", "not base64"),
        ("AAAAAA", "not base64"),  # bad padding: binascii.Error before
        (base64.b64encode(b"\x00\x00\x80?\x00").decode(), "5 bytes, not a whole number"),
    ],
)
def test_an_embedding_that_is_not_base64_floats_is_a_validation_error(
    vector: str, why: str
) -> None:
    """The spec allows a string; one that does not decode is the answer's fault, said as such
    (sync and async), with the response and the body."""
    recorder = Recorder(lambda request: httpx.Response(200, json=_embeddings(vector)))
    for client_call in (_sync_embed, _async_embed):
        with pytest.raises(fw.APIResponseValidationError) as raised:
            client_call(recorder)
        message = str(raised.value)
        assert "CreateEmbeddingResponse: data[1].embedding: expected base64" in message
        assert why in message
        assert raised.value.response.status_code == 200
        assert raised.value.body == _embeddings(vector)


def _sync_embed(recorder: Recorder) -> Any:
    with recorder.sync(max_retries=0) as client:
        return _embed(client)


def _async_embed(recorder: Recorder) -> Any:
    async def main() -> Any:
        async with recorder.async_(max_retries=0) as client:
            return await _embed(client)

    return asyncio.run(main())


@SDXL_ON_PURPOSE
def test_an_image_that_is_not_base64_is_a_validation_error() -> None:
    artifacts = [
        {"base64": base64.b64encode(b"png").decode(), "finishReason": "SUCCESS", "seed": 1},
        {"base64": "not base64!", "finishReason": "SUCCESS", "seed": 2},
    ]
    recorder = Recorder(lambda request: httpx.Response(200, json=artifacts))
    with (
        recorder.sync(max_retries=0) as client,
        pytest.raises(fw.APIResponseValidationError) as raised,
    ):
        client.images.generate(text_prompts=[{"text": "x"}], samples=2)
    assert "ImageArtifact: [1].base64: expected base64" in str(raised.value)
    assert raised.value.body == artifacts


def test_base64_embeddings_still_decode() -> None:
    packed = base64.b64encode(b"\x00\x00\x80?\x00\x00\x00\xc0").decode()  # 1.0, -2.0
    recorder = Recorder(lambda request: httpx.Response(200, json=_embeddings(packed)))
    for answer in both(recorder, _embed):
        assert [item.embedding for item in answer.data] == [[0.5], [1.0, -2.0]]


def test_an_answer_of_the_wrong_shape_names_the_field_and_the_rule() -> None:
    wrong: dict[str, Any] = json.loads(json.dumps(ANSWER))
    wrong["choices"][0]["message"]["role"] = 7
    recorder = Recorder(lambda request: httpx.Response(200, json=wrong))
    with (
        recorder.sync(max_retries=0) as client,
        pytest.raises(fw.APIResponseValidationError) as raised,
    ):
        chat(client)
    assert str(raised.value) == (
        "The answer does not match the spec: ChatCompletionResponse: "
        "choices[0].message.role: expected a string, got int 7"
    )
    assert isinstance(raised.value.__cause__, SchemaMismatch)
    assert raised.value.body == wrong


def test_a_stream_chunk_of_the_wrong_shape_names_the_field_and_the_rule() -> None:
    chunk = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "he"}, "finish_reason": "surprise"}],
    }
    body = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
    recorder = Recorder(lambda request: httpx.Response(200, content=body))
    with recorder.sync(max_retries=0) as client:
        stream = chat(client, stream=True)
        with pytest.raises(fw.APIResponseValidationError) as raised:
            list(stream)
    assert str(raised.value).startswith(
        "A stream chunk does not match the spec: ChatCompletionStreamResponse: "
        "choices[0].finish_reason: expected one of 'stop', 'length', 'function_call', "
        "'tool_calls' or null, got string 'surprise'"
    )


def test_an_array_answer_that_is_not_an_array_is_a_mismatch() -> None:
    from fireworks_api.resources.images import IMAGES_GENERATE  # noqa: PLC0415

    parse = IMAGES_GENERATE.parse
    with pytest.raises(SchemaMismatch, match=r"^expected an array of ImageArtifact, got an object"):
        parse({"base64": "AA=="})
    ok = {"base64": "AA==", "seed": 1, "finishReason": "SUCCESS"}
    with pytest.raises(SchemaMismatch, match=r"^ImageArtifact: \[1\]\.seed: expected an integer"):
        parse([ok, {**ok, "seed": "x"}])


def test_an_answer_reads_like_python() -> None:
    recorder = Recorder()
    for answer in both(recorder, chat):
        message = answer.choices[0].message
        assert message.reasoning_content is None and message.tool_calls is None
        text = repr(answer)
        assert text.startswith("ChatCompletionResponse(id='c1', ")
        assert "content='hello'" in text and "reasoning_content=None" in text
        assert "Unset" not in text and "object at 0x" not in text
        assert answer.to_dict() == ANSWER  # absent stays absent
        assert json.loads(answer.to_json()) == ANSWER
    first, second = both(recorder, chat)
    assert first == second  # by value


def test_a_model_in_a_request_sends_what_the_caller_gave() -> None:
    """Models inside a request body go out by their to_dict(): the arguments given, None given
    as null where the field may be null, nothing for what was left out."""
    recorder = Recorder()
    messages = [
        ChatMessage(role="user", content="hi"),
        ChatMessage(role="assistant", content=None, tool_calls=[]),
    ]
    with recorder.sync(max_retries=0) as client:
        client.chat.completions.create(model="m", messages=messages)
    sent = json.loads(recorder.requests[0].content)
    assert sent["messages"] == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None, "tool_calls": []},
    ]
