"""The official anthropic SDK (pinned in pyproject.toml), a client nobody here wrote, pointed at
the mock as Fireworks documents it for the service: ``base_url`` the service's root with
``/inference`` and no ``/v1`` (the SDK adds ``/v1/messages``), the Fireworks key as
``api_key`` (sent as ``x-api-key``)."""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import pytest
from fireworks_client.mock import MockServer

KEY = "test-key-not-a-secret"
MODEL = "accounts/fireworks/models/kimi-k2-instruct-0905"
WEATHER = {
    "name": "get_weather",
    "description": "The weather in a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(api_keys={KEY}) as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[anthropic.Anthropic]:
    # Fireworks' convention: https://api.fireworks.ai/inference
    with anthropic.Anthropic(
        api_key=KEY, base_url=f"{server.url}/inference", max_retries=0
    ) as client:
        yield client


def test_a_message(client: anthropic.Anthropic) -> None:
    message = client.messages.create(
        model=MODEL,
        max_tokens=128,
        system="You are terse.",
        messages=[{"role": "user", "content": "Say hello about lighthouses"}],
    )
    assert message.type == "message" and message.role == "assistant"
    (block,) = message.content
    assert block.type == "text" and block.text
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0


def test_a_stream_and_its_helper(client: anthropic.Anthropic) -> None:
    messages: list[anthropic.types.MessageParam] = [
        {"role": "user", "content": "Tell me about harbours"}
    ]
    whole = client.messages.create(model=MODEL, max_tokens=128, messages=messages)
    events = list(
        client.messages.create(model=MODEL, max_tokens=128, messages=messages, stream=True)
    )
    # the SDK reads the ping the mock sends after message_start, and does not hand it on
    assert [e.type for e in events[:2]] == ["message_start", "content_block_start"]
    assert events[-2].type == "message_delta" and events[-1].type == "message_stop"
    with client.messages.stream(model=MODEL, max_tokens=128, messages=messages) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert final.model_dump() == whole.model_dump()
    assert text == whole.content[0].text  # type: ignore[union-attr]
    assert final.usage.output_tokens == whole.usage.output_tokens


def test_thinking_streams_when_asked(client: anthropic.Anthropic) -> None:
    with client.messages.stream(
        model=MODEL,
        max_tokens=2048,
        thinking={"type": "enabled", "budget_tokens": 1024},
        messages=[{"role": "user", "content": "Why is the sea salty?"}],
    ) as stream:
        final = stream.get_final_message()
    thinking, text = final.content
    assert thinking.type == "thinking" and thinking.thinking and thinking.signature
    assert text.type == "text" and text.text


def test_tool_use_across_two_turns(client: anthropic.Anthropic) -> None:
    asked: list[anthropic.types.MessageParam] = [
        {"role": "user", "content": "Use get_weather for Lisbon"}
    ]
    with client.messages.stream(
        model=MODEL, max_tokens=256, tools=[WEATHER], messages=asked
    ) as stream:
        first = stream.get_final_message()
    assert first.stop_reason == "tool_use"
    (call,) = [b for b in first.content if b.type == "tool_use"]
    assert call.name == "get_weather" and isinstance(call.input, dict)
    assert isinstance(call.input["city"], str)  # the streamed JSON, parsed by the SDK
    second = client.messages.create(
        model=MODEL,
        max_tokens=256,
        tools=[WEATHER],
        messages=[
            *asked,
            {"role": "assistant", "content": first.content},
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "21 C"}],
            },
        ],
    )
    assert second.stop_reason == "end_turn" and second.content[0].type == "text"


def test_errors_are_the_sdks_classes(client: anthropic.Anthropic, server: MockServer) -> None:
    with pytest.raises(anthropic.BadRequestError) as bad:
        client.messages.create(
            model=MODEL, max_tokens=0, messages=[{"role": "user", "content": "hi"}]
        )
    assert bad.value.status_code == 400
    assert isinstance(bad.value.body, dict)
    assert bad.value.body["error"]["type"] == "invalid_request_error"
    assert "max_tokens" in bad.value.body["error"]["message"]
    assert bad.value.response.headers["x-request-id"] == bad.value.body["request_id"]
    with pytest.raises(anthropic.NotFoundError):
        client.messages.create(
            model="accounts/x/models/none",
            max_tokens=8,
            messages=[{"role": "user", "content": "hi"}],
        )
    with (
        anthropic.Anthropic(
            api_key="wrong", base_url=f"{server.url}/inference", max_retries=0
        ) as wrong,
        pytest.raises(anthropic.AuthenticationError),
    ):
        wrong.messages.create(
            model=MODEL, max_tokens=8, messages=[{"role": "user", "content": "hi"}]
        )


def test_an_error_event_in_the_stream(client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.APIStatusError, match="mock fault"):
        list(
            client.messages.create(
                model=MODEL,
                max_tokens=64,
                messages=[{"role": "user", "content": "hi"}],
                stream=True,
                extra_headers={"X-Mock-Fault": "stream_error; after=2"},
            )
        )
