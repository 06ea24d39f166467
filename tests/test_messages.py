"""The Anthropic-compatible messages through this client: a typed message, a typed stream of
Anthropic's named events (sync and async) through the same request path and SSE decoder as
chat, folded into the message (``fold_message_events``); a stream cut before its declared end
event (``message_stop``) says so; ``event: error`` and error answers raise the table's error.
Against the mock, which answers messages as the service does."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_api.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicContentBlockStartEvent,
    AnthropicContentBlockStopEvent,
    AnthropicMessage,
    AnthropicMessageDeltaEvent,
    AnthropicMessageStartEvent,
    AnthropicMessageStopEvent,
    AnthropicPingEvent,
    AnthropicResponseTextBlock,
    AnthropicResponseThinkingBlock,
    AnthropicResponseToolUseBlock,
)
from fireworks_api.resources.messages import MESSAGES_CREATE
from fireworks_client import fold_message_events
from fireworks_client._sse import encode_event
from fireworks_client._streaming import Stream
from fireworks_client.mock import MockServer

KEY = "test-key-not-a-secret"
MODEL = "accounts/fireworks/models/kimi-k2-instruct-0905"
HELLO = [{"role": "user", "content": "Tell me about lighthouses"}]
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
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[fw.Fireworks]:
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        yield client


def test_a_message_is_typed_with_its_usage(client: fw.Fireworks) -> None:
    message = client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert isinstance(message, AnthropicMessage)
    (block,) = message.content
    assert isinstance(block, AnthropicResponseTextBlock) and block.text
    assert message.stop_reason == "end_turn" and message.stop_sequence is None
    assert message.usage is not None and message.usage.input_tokens > 0
    assert message.usage.output_tokens > 0


def test_the_stream_is_typed_named_events_folding_to_the_message(client: fw.Fireworks) -> None:
    asked: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 2000,
        "messages": HELLO,
        "thinking": {"type": "enabled", "budget_tokens": 1024},
    }
    whole = client.messages.create(**asked)
    with client.messages.create(**asked, stream=True) as stream:
        events = list(stream)
    kinds = [type(e) for e in events]
    assert kinds[:3] == [
        AnthropicMessageStartEvent,
        AnthropicPingEvent,
        AnthropicContentBlockStartEvent,
    ]
    assert kinds[-2:] == [AnthropicMessageDeltaEvent, AnthropicMessageStopEvent]
    assert AnthropicContentBlockDeltaEvent in kinds and AnthropicContentBlockStopEvent in kinds
    deltas = {e.delta.type_ for e in events if isinstance(e, AnthropicContentBlockDeltaEvent)}
    assert deltas == {"thinking_delta", "signature_delta", "text_delta"}
    folded = fold_message_events(events)
    # the same request streamed or not: the same message
    assert folded.to_dict() == whole.to_dict()
    thinking, text = folded.content
    assert isinstance(thinking, AnthropicResponseThinkingBlock) and thinking.thinking
    assert isinstance(text, AnthropicResponseTextBlock) and text.text


def test_the_async_stream_is_the_same(server: MockServer) -> None:
    async def run() -> tuple[list[Any], AnthropicMessage]:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            stream = await client.messages.create(
                model=MODEL, max_tokens=64, messages=HELLO, stream=True
            )
            async with stream:
                events = [event async for event in stream]
            return events, await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)

    events, whole = asyncio.run(run())
    assert isinstance(events[0], AnthropicMessageStartEvent)
    assert isinstance(events[-1], AnthropicMessageStopEvent)
    assert fold_message_events(events).to_dict() == whole.to_dict()


def test_tool_use_across_two_turns(client: fw.Fireworks) -> None:
    turn = [{"role": "user", "content": "What is get_weather in Paris?"}]
    with client.messages.create(
        model=MODEL, max_tokens=200, messages=turn, tools=[WEATHER], stream=True
    ) as stream:
        events = list(stream)
    assert any(
        isinstance(e, AnthropicContentBlockDeltaEvent) and e.delta.type_ == "input_json_delta"
        for e in events
    )
    message = fold_message_events(events)
    (call,) = message.content
    assert isinstance(call, AnthropicResponseToolUseBlock) and call.name == "get_weather"
    assert isinstance(call.input_.to_dict()["city"], str)  # the arguments, parsed
    assert message.stop_reason == "tool_use"
    answer = client.messages.create(
        model=MODEL,
        max_tokens=200,
        tools=[WEATHER],
        messages=[
            *turn,
            {"role": "assistant", "content": [call.to_dict()]},
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "18 C"}],
            },
        ],
    )
    assert isinstance(answer.content[0], AnthropicResponseTextBlock)
    assert answer.stop_reason == "end_turn"


def test_max_tokens_and_stop_sequences_end_the_message(client: fw.Fireworks) -> None:
    short = client.messages.create(model=MODEL, max_tokens=2, messages=HELLO)
    assert short.stop_reason == "max_tokens" and short.usage is not None
    assert short.usage.output_tokens <= 2
    full = client.messages.create(model=MODEL, max_tokens=200, messages=HELLO)
    text = full.content[0].to_dict()["text"]
    word = text.split()[3]
    cut = client.messages.create(model=MODEL, max_tokens=200, messages=HELLO, stop_sequences=[word])
    assert cut.stop_reason == "stop_sequence" and cut.stop_sequence == word
    assert cut.content[0].to_dict()["text"] == text[: text.find(word)]


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("stream_truncated; after=3", fw.IncompleteStreamError),
        ("stream_disconnect; after=3", fw.APIConnectionError),
    ],
)
def test_a_stream_cut_before_message_stop_says_so(
    client: fw.Fireworks, fault: str, error: type[Exception]
) -> None:
    seen: list[Any] = []
    with (
        pytest.raises(error, match=r"message_stop|broke off"),
        client.messages.create(
            model=MODEL,
            max_tokens=64,
            messages=HELLO,
            stream=True,
            extra_headers={"X-Mock-Fault": fault},
        ) as stream,
    ):
        seen.extend(stream)
    assert len(seen) == 3 and not any(isinstance(e, AnthropicMessageStopEvent) for e in seen)


def test_the_error_event_raises_its_typed_error(client: fw.Fireworks) -> None:
    with (
        pytest.raises(fw.InternalServerError) as info,
        client.messages.create(
            model=MODEL,
            max_tokens=64,
            messages=HELLO,
            stream=True,
            extra_headers={"X-Mock-Fault": "stream_error; after=2"},
        ) as stream,
    ):
        list(stream)
    assert info.value.status_code == 500 and info.value.type == "api_error"
    assert isinstance(info.value.body, dict) and info.value.body["type"] == "error"


def test_errors_come_in_anthropics_shape_as_the_tables_classes(
    client: fw.Fireworks, server: MockServer
) -> None:
    with pytest.raises(fw.InvalidRequestError) as bad:
        client.messages.create(model=MODEL, max_tokens=0, messages=HELLO)
    assert bad.value.type == "invalid_request_error" and "max_tokens" in bad.value.message
    body = bad.value.body
    assert isinstance(body, dict) and body["type"] == "error"
    assert body["request_id"] == bad.value.request_id
    with pytest.raises(fw.NotFoundError):
        client.messages.create(model="accounts/x/models/none", messages=HELLO)
    with pytest.raises(fw.ServiceUnavailableError) as busy:
        client.messages.create(
            model=MODEL, messages=HELLO, extra_headers={"X-Mock-Fault": "unavailable"}
        )
    assert busy.value.type == "overloaded_error"
    # Anthropic's clients send the key as x-api-key; a wrong one is refused alike
    with httpx.Client(base_url=server.url) as raw:
        sent = {"model": MODEL, "messages": HELLO}
        assert raw.post("/inference/v1/messages", json=sent, headers={"x-api-key": KEY}).is_success
        refused = raw.post("/inference/v1/messages", json=sent)
    assert refused.status_code == 401 and refused.json()["error"]["type"] == "authentication_error"


def test_an_event_of_a_type_the_union_does_not_name_is_refused() -> None:
    request = httpx.Request("POST", "http://api.test/inference/v1/messages")
    body = encode_event(json.dumps({"type": "mystery"}), event="mystery")
    response = httpx.Response(200, content=body, request=request)
    with (
        pytest.raises(fw.APIResponseValidationError, match=r"expected one of .*message_start"),
        Stream(response, MESSAGES_CREATE.chunk_parser(), MESSAGES_CREATE) as stream,
    ):
        list(stream)


def test_fold_needs_the_message_start() -> None:
    with pytest.raises(ValueError, match="message_start"):
        fold_message_events([])
