"""What popular clients send (found by tests/probes/clients_probe.py), as raw requests to the
mock in process: each test holds a fix to the mock or the effective spec without needing the
client that showed the problem."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from fireworks_client.mock import ASGISyncTransport, create_app

CHAT = "accounts/fireworks/models/kimi-k2-instruct-0905"


@pytest.fixture(scope="module")
def mock() -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=ASGISyncTransport(create_app()),
        base_url="http://mock/inference/v1",
        headers={"Authorization": "Bearer test-key"},
    ) as client:
        yield client


def test_the_official_sdks_newer_fields_are_taken(mock: httpx.Client) -> None:
    # fireworks-ai 1.2.30 sends these when its user sets them; they were 400 unknown field.
    chat = mock.post(
        "/chat/completions",
        json={
            "model": CHAT,
            "messages": [{"role": "user", "content": "Hi"}],
            "prompt_cache_key": "session-1",
            "safe_tokenization": True,
            "service_tier": "priority",
        },
    )
    assert chat.status_code == 200, chat.text
    completion = mock.post(
        "/completions",
        json={"model": CHAT, "prompt": "Hi", "prompt_cache_key": "s", "service_tier": "flex"},
    )
    assert completion.status_code == 200, completion.text
    wrong = mock.post(
        "/completions", json={"model": CHAT, "prompt": "Hi", "service_tier": "cheapest"}
    )
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "service_tier"


# A nested pydantic model's schema, as the clients send it: the inner model under $defs.
NESTED = {
    "$defs": {
        "Day": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "rain": {"type": "boolean"}},
            "required": ["city", "rain"],
        },
        # A tree: the model refers to itself through an optional field and a list.
        "Node": {
            "type": "object",
            "properties": {
                "next": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
                "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
            },
            "required": ["next", "children"],
        },
    },
    "type": "object",
    "properties": {
        "days": {"type": "array", "items": {"$ref": "#/$defs/Day"}, "minItems": 2},
        "today": {"$ref": "#/$defs/Day", "description": "beside the reference"},
        "tree": {"$ref": "#/$defs/Node"},
        "also": {"allOf": [{"$ref": "#/$defs/Day"}]},
    },
    "required": ["days", "today", "tree", "also"],
}


def _chat(mock: httpx.Client, **fields: Any) -> httpx.Response:
    body = {
        "model": CHAT,
        "messages": [{"role": "user", "content": "get_weather please"}],
        "max_tokens": 2000,  # the whole JSON, not cut
    }
    return mock.post("/chat/completions", json={**body, **fields})


def test_json_mode_and_tool_arguments_follow_refs(mock: httpx.Client) -> None:
    # $ref was not followed: {"today": "weather"}, a string where the model wants an object.
    answer = _chat(
        mock,
        response_format={"type": "json_schema", "json_schema": {"name": "F", "schema": NESTED}},
    )
    value = json.loads(answer.json()["choices"][0]["message"]["content"])
    jsonschema.validate(value, NESTED)
    assert isinstance(value["today"], dict) and len(value["days"]) == 2
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": NESTED}}
    called = _chat(mock, tools=[tool]).json()["choices"][0]["message"]["tool_calls"][0]
    jsonschema.validate(json.loads(called["function"]["arguments"]), NESTED)


@pytest.mark.parametrize(
    "schema",
    [
        {"$ref": "#"},  # a reference to itself
        {"$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}, "$ref": "#/$defs/A"},
        {  # each L requires another L: a value that can only be infinite
            "$defs": {
                "L": {
                    "type": "object",
                    "properties": {"next": {"$ref": "#/$defs/L"}},
                    "required": ["next"],
                }
            },
            "$ref": "#/$defs/L",
        },
    ],
)
def test_a_schema_with_no_finite_value_is_a_400(mock: httpx.Client, schema: Any) -> None:
    fmt = {"type": "json_schema", "json_schema": {"name": "F", "schema": schema}}
    answer = _chat(mock, response_format=fmt)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "mock_limit"


def test_a_remote_or_dangling_ref_constrains_nothing(mock: httpx.Client) -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"$ref": "https://example.com/a.json"}, "b": {"$ref": "#/nowhere"}},
        "required": ["a", "b"],
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "F", "schema": schema}}
    value = json.loads(_chat(mock, response_format=fmt).json()["choices"][0]["message"]["content"])
    assert set(value) == {"a", "b"}


WEATHER = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "temperature": {"type": "number"}},
    "required": ["city", "temperature"],
}


def _json_mode(mock: httpx.Client, messages: list[dict[str, Any]]) -> Any:
    answer = mock.post(
        "/chat/completions",
        json={"model": CHAT, "messages": messages, "response_format": {"type": "json_object"}},
    )
    assert answer.status_code == 200, answer.text
    return json.loads(answer.json()["choices"][0]["message"]["content"])


def test_json_mode_follows_a_schema_given_in_the_prompt(mock: httpx.Client) -> None:
    # As instructor's JSON mode asks: the schema in a system message, braces before it. It
    # was {"answer": "..."} whatever the prompt said.
    system = (
        "Fill in {the blanks}. Answer in JSON that matches the following json_schema:\n\n"
        f"{json.dumps(WEATHER, indent=2)}\n\nReturn an instance of the JSON, not the schema"
    )
    user = {"role": "user", "content": "The weather in Paris"}
    value = _json_mode(mock, [{"role": "system", "content": system}, user])
    jsonschema.validate(value, WEATHER)
    assert set(value) == {"city", "temperature"}
    in_user = [{"role": "user", "content": f"The weather in Paris as {json.dumps(WEATHER)}"}]
    jsonschema.validate(_json_mode(mock, in_user), WEATHER)
    assert set(_json_mode(mock, [user])) == {"answer"}  # no schema anywhere: any JSON object
    # A message too long to be read for a schema (the prompt may be megabytes).
    long = {"role": "user", "content": "x" * 70_000 + json.dumps(WEATHER)}
    assert set(_json_mode(mock, [long])) == {"answer"}


RESPONSES_TOOL = {
    "type": "function",  # the Responses API's flat form: no "function" object
    "name": "get_weather",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def _respond(mock: httpx.Client, input: Any, **fields: Any) -> list[dict[str, Any]]:
    answer = mock.post("/responses", json={"model": CHAT, "input": input, **fields})
    assert answer.status_code == 200, answer.text
    output: list[dict[str, Any]] = answer.json()["output"]
    return output


def test_the_responses_api_calls_function_tools(mock: httpx.Client) -> None:
    # The function tools were ignored: a text message whatever the input and tool_choice.
    asked = [{"role": "user", "content": "get_weather for Paris please"}]
    (call,) = _respond(mock, asked, tools=[RESPONSES_TOOL])
    assert call["type"] == "function_call" and call["name"] == "get_weather"
    assert call["call_id"] and "city" in json.loads(call["arguments"])
    answered = [
        *asked,
        {k: call[k] for k in ("type", "call_id", "name", "arguments")},
        {"type": "function_call_output", "call_id": call["call_id"], "output": "sunny"},
    ]
    (message,) = _respond(mock, answered, tools=[RESPONSES_TOOL])
    assert message["type"] == "message" and message["content"][0]["text"]
    named = {"type": "function", "name": "get_weather"}
    (forced,) = _respond(mock, "Hello", tools=[RESPONSES_TOOL], tool_choice=named)
    assert forced["type"] == "function_call"
    never = _respond(mock, asked[0]["content"], tools=[RESPONSES_TOOL], tool_choice="none")
    assert never[0]["type"] == "message"
    later = [*asked, {"role": "assistant", "content": "Sunny"}, {"role": "user", "content": "Ok"}]
    assert _respond(mock, later, tools=[RESPONSES_TOOL])[0]["type"] == "message"  # the last asks
    mcp = [{"type": "mcp", "server_label": "x", "server_url": "http://127.0.0.1:9/mcp"}]
    assert _respond(mock, "Hello", tools=mcp)[0]["type"] == "message"
