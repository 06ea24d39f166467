"""Issue 19's mock defects, each met by a client users already have: completions honour
``max_completion_tokens`` and JSON mode, a stop sequence is not returned (streamed or not), and a
response created with ``"store": false`` has no id for the spec's link to follow."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from fireworks_client._openapi import load_spec, to_json_schema
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import ASGISyncTransport, create_app
from fireworks_client.mock._answers.text import count_tokens

SPEC = load_spec()
CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
TEXT_MODEL = "accounts/fireworks/models/llama-v2-7b"


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=ASGISyncTransport(create_app()),
        base_url="http://mock/inference/v1",
        headers={"Authorization": "Bearer test-key"},
    ) as c:
        yield c


def conforms(body: Any, schema_name: str) -> None:
    jsonschema.validate(body, to_json_schema({"$ref": f"#/components/schemas/{schema_name}"}, SPEC))


def complete(client: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("model", TEXT_MODEL)
    body.setdefault("prompt", "Tell me about lighthouses")
    return client.post("/completions", json=body)


def chat(client: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("model", CHAT_MODEL)
    body.setdefault("messages", [{"role": "user", "content": "Tell me about lighthouses"}])
    return client.post("/chat/completions", json=body)


def streamed(response: httpx.Response) -> list[dict[str, Any]]:
    decoder = SSEDecoder()
    out = decoder.feed(response.content)
    tail, truncated = decoder.close()
    assert not truncated
    return [json.loads(e.data) for e in out + tail if e.data != "[DONE]"]


# --- max_completion_tokens ------------------------------------------------------------------


def test_completions_honour_max_completion_tokens(client: httpx.Client) -> None:
    # The official Fireworks SDK sends it; 16 tokens (the default) came back for 8.
    body = complete(client, max_completion_tokens=8).json()
    conforms(body, "CompletionResponse")
    assert body["usage"]["completion_tokens"] == 8
    assert count_tokens(body["choices"][0]["text"]) == 8
    assert body["choices"][0]["finish_reason"] == "length"


def test_completions_refuse_both_max_tokens_and_its_alias(client: httpx.Client) -> None:
    response = complete(client, max_tokens=4, max_completion_tokens=8)
    assert response.status_code == 400
    assert "max_completion_tokens" in response.json()["error"]["message"]


# --- JSON mode ------------------------------------------------------------------------------


def test_completions_answer_json_in_json_mode(client: httpx.Client) -> None:
    body = complete(client, response_format={"type": "json_object"}, max_tokens=200).json()
    conforms(body, "CompletionResponse")
    choice = body["choices"][0]
    assert isinstance(json.loads(choice["text"]), dict)
    assert choice["finish_reason"] == "stop"
    assert body["usage"]["completion_tokens"] == count_tokens(choice["text"])


def test_completions_follow_a_schema_in_json_mode(client: httpx.Client) -> None:
    schema = {
        "type": "object",
        "required": ["city", "days"],
        "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
    }
    given = complete(
        client, response_format={"type": "json_object", "schema": schema}, max_tokens=200
    ).json()
    jsonschema.validate(json.loads(given["choices"][0]["text"]), schema)
    # The schema written in the prompt, as prompting libraries send it.
    prompt = f"Answer with JSON following this schema: {json.dumps(schema)}"
    in_prompt = complete(
        client, prompt=prompt, response_format={"type": "json_object"}, max_tokens=200
    ).json()
    jsonschema.validate(json.loads(in_prompt["choices"][0]["text"]), schema)


def test_completions_stream_json_in_json_mode(client: httpx.Client) -> None:
    chunks = streamed(
        complete(client, response_format={"type": "json_object"}, max_tokens=200, stream=True)
    )
    assert isinstance(json.loads("".join(c["choices"][0]["text"] for c in chunks)), dict)


def test_chat_answers_json_in_json_mode_streamed_too(client: httpx.Client) -> None:
    whole = chat(client, response_format={"type": "json_object"}).json()
    content = whole["choices"][0]["message"]["content"]
    assert isinstance(json.loads(content), dict)
    chunks = streamed(chat(client, response_format={"type": "json_object"}, stream=True))
    joined = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert joined == content


# --- stop sequences -------------------------------------------------------------------------


def _a_word_in(text: str) -> str:
    return next(w for w in text.split()[3:] if w.isalpha())


def test_completions_do_not_return_the_stop_sequence(client: httpx.Client) -> None:
    text = complete(client, max_tokens=40).json()["choices"][0]["text"]
    word = _a_word_in(text)
    body = complete(client, max_tokens=40, stop=[word]).json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert choice["text"] == text[: text.index(word)]
    assert word not in choice["text"]
    assert body["usage"]["completion_tokens"] == count_tokens(choice["text"])


def test_streams_do_not_send_the_stop_sequence(client: httpx.Client) -> None:
    text = complete(client, max_tokens=40).json()["choices"][0]["text"]
    word = _a_word_in(text)
    chunks = streamed(complete(client, max_tokens=40, stop=word, stream=True))
    assert "".join(c["choices"][0]["text"] for c in chunks) == text[: text.index(word)]
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    content = chat(client).json()["choices"][0]["message"]["content"]
    word = _a_word_in(content)
    chat_chunks = streamed(chat(client, stop=[word], stream=True))
    joined = "".join(c["choices"][0]["delta"].get("content") or "" for c in chat_chunks)
    assert joined == content[: content.index(word)]


def test_a_stop_sequence_inside_a_word_cuts_it_there(client: httpx.Client) -> None:
    text = complete(client, max_tokens=40).json()["choices"][0]["text"]
    word = _a_word_in(text)
    stop = word[1:3]  # starts inside the word: the text ends with the word's first letter
    choice = complete(client, max_tokens=40, stop=stop).json()["choices"][0]
    assert choice["text"] == text[: text.index(stop)]
    assert stop not in choice["text"]


# --- Responses with "store": false ----------------------------------------------------------


def _link_value(expression: str, answer: dict[str, Any]) -> Any:
    """An OpenAPI runtime expression ``$response.body#/pointer`` read from ``answer``."""
    prefix = "$response.body#/"
    assert expression.startswith(prefix), expression
    value: Any = answer
    for part in expression.removeprefix(prefix).split("/"):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def test_a_response_not_stored_offers_no_id_to_follow(client: httpx.Client) -> None:
    """ST302 in schemathesis' stateful phase: the spec's links from create to retrieve and
    delete were followed with the id of a response created with "store": false, which is
    rightly not retrievable. The spec says its id is null ("Will be None if store=False"); the
    links then have nothing to follow (schemathesis skips a link whose value is null)."""
    links = SPEC["paths"]["/inference/v1/responses"]["post"]["responses"]["200"]["links"]
    body = {"model": CHAT_MODEL, "input": "Tell me about lighthouses"}
    ephemeral = client.post("/responses", json={**body, "store": False})
    assert ephemeral.status_code == 200
    conforms(ephemeral.json(), "Response")
    assert ephemeral.json()["store"] is False
    stored = client.post("/responses", json=body).json()
    assert stored["store"] is True and stored["id"]
    for link in links.values():
        assert _link_value(link["parameters"]["response_id"], ephemeral.json()) is None
        assert _link_value(link["parameters"]["response_id"], stored) == stored["id"]
    # A stored one is retrievable through the link, as it promises.
    assert client.get(f"/responses/{stored['id']}").status_code == 200
