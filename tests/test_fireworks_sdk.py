"""The official Fireworks SDK (fireworks-ai, pinned in pyproject.toml), a client nobody here
wrote, pointed at the mock: what its users run against the service must run against the mock
alike. The other clients users have are probed by hand (tests/probes/clients_probe.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import fireworks
import pytest
from fireworks_client.mock import MockServer
from pydantic import BaseModel

KEY = "test-key-not-a-secret"
CHAT = "accounts/fireworks/models/kimi-k2-instruct-0905"
REASONING = "accounts/fireworks/models/deepseek-r1-0528"
USER = [{"role": "user", "content": "Tell me about lighthouses"}]
# The SDK's create() has no stream_options parameter: its users (langchain-fireworks among
# them) send it in extra_body.
INCLUDE_USAGE = {"stream_options": {"include_usage": True}}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def base_url(mock: MockServer) -> str:
    # Given a base_url, the SDK posts to base_url + "/v1/chat/completions" (its default is
    # https://api.fireworks.ai, with full .../inference/v1/... URLs): users give .../inference.
    return mock.base_url.removesuffix("/v1")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[fireworks.Fireworks]:
    with fireworks.Fireworks(api_key=KEY, base_url=base_url(server), max_retries=0) as client:
        yield client


def test_chat_and_a_stream_ending_with_the_usage_chunk(client: fireworks.Fireworks) -> None:
    answer = client.chat.completions.create(model=CHAT, messages=USER)
    assert answer.choices[0].message.content and answer.usage and answer.usage.total_tokens > 0
    assert answer.choices[0].finish_reason in ("stop", "length")
    chunks = list(
        client.chat.completions.create(
            model=CHAT, messages=USER, stream=True, extra_body=INCLUDE_USAGE
        )
    )
    *body, last = chunks
    assert last.choices == [] and last.usage and last.usage.total_tokens > 0
    assert all(c.usage is None for c in body)
    text = "".join(c.choices[0].delta.content or "" for c in body if c.choices)
    assert text == answer.choices[0].message.content  # the same request, streamed


def test_a_tool_loop(client: fireworks.Fireworks) -> None:
    messages: list[Any] = [{"role": "user", "content": "get_weather for Paris please"}]
    first = client.chat.completions.create(model=CHAT, messages=messages, tools=[WEATHER_TOOL])
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert call.function and "city" in json.loads(call.function.arguments or "")
    messages += [
        choice.message.model_dump(exclude_none=True),  # sent back as the SDK returned it
        {"role": "tool", "tool_call_id": call.id, "content": '{"rain": false}'},
    ]
    second = client.chat.completions.create(model=CHAT, messages=messages, tools=[WEATHER_TOOL])
    assert second.choices[0].message.content and not second.choices[0].message.tool_calls
    streamed = list(
        client.chat.completions.create(
            model=CHAT, messages=messages[:1], tools=[WEATHER_TOOL], stream=True
        )
    )
    deltas = [t for c in streamed if c.choices for t in c.choices[0].delta.tool_calls or []]
    assert deltas and deltas[0].function and deltas[0].function.name == "get_weather"


class Day(BaseModel):
    temperature: float
    raining: bool


class Weather(BaseModel):
    city: str
    today: Day  # a nested model: the schema has $defs and $ref
    week: list[Day]


def test_structured_output_and_logprobs(client: fireworks.Fireworks) -> None:
    schema = Weather.model_json_schema()
    for response_format in (
        {"type": "json_schema", "json_schema": {"name": "Weather", "schema": schema}},
        {"type": "json_object", "schema": schema},
    ):
        answer = client.chat.completions.create(
            model=CHAT,
            messages=[{"role": "user", "content": "The weather in Paris"}],
            response_format=response_format,  # type: ignore[arg-type]
        )
        Weather.model_validate_json(answer.choices[0].message.content or "")
    scored = client.chat.completions.create(
        model=CHAT, messages=USER, logprobs=True, top_logprobs=2
    )
    content = scored.choices[0].logprobs.content  # type: ignore[union-attr]
    assert content and len(content[0].top_logprobs or []) == 2
    thought = client.chat.completions.create(
        model=REASONING,
        messages=[{"role": "user", "content": "Why is the sky blue?"}],
        reasoning_effort="low",
    )
    assert thought.choices[0].message.reasoning_content


def test_completions_and_the_sdks_newer_fields(client: fireworks.Fireworks) -> None:
    answer = client.completions.create(
        model=CHAT, prompt="The sky is", max_tokens=5, prompt_cache_key="s", service_tier="flex"
    )
    assert answer.choices[0].text and answer.usage
    chunks = list(
        client.completions.create(model=CHAT, prompt="The sky is", max_tokens=5, stream=True)
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == answer.choices[0].text
    chat = client.chat.completions.create(
        model=CHAT,
        messages=USER,
        prompt_cache_key="session-1",
        safe_tokenization=True,
        service_tier="priority",
    )
    assert chat.choices


def test_the_error_classes(server: MockServer, client: fireworks.Fireworks) -> None:
    with pytest.raises(fireworks.NotFoundError):
        client.chat.completions.create(model="accounts/fireworks/models/nope", messages=USER)
    with pytest.raises(fireworks.BadRequestError, match="colour"):
        client.chat.completions.create(model=CHAT, messages=USER, extra_body={"colour": 1})
    with pytest.raises(fireworks.RateLimitError):
        client.chat.completions.create(
            model=CHAT, messages=USER, extra_headers={"X-Mock-Fault": "rate_limit"}
        )
    # The SDK raises nothing for an in-band stream error: it yields the event, as from the
    # service.
    *_, last = client.chat.completions.create(
        model=CHAT,
        messages=USER,
        stream=True,
        extra_headers={"X-Mock-Fault": "stream_error; after=2"},
    )
    assert (last.model_extra or {})["error"]["message"]
    with MockServer(api_keys={"the-right-key"}) as strict:
        wrong = fireworks.Fireworks(api_key=KEY, base_url=base_url(strict), max_retries=0)
        with pytest.raises(fireworks.AuthenticationError):
            wrong.chat.completions.create(model=CHAT, messages=USER)


def test_the_async_client(server: MockServer) -> None:
    async def run() -> None:
        async with fireworks.AsyncFireworks(
            api_key=KEY, base_url=base_url(server), max_retries=0
        ) as client:
            answer = await client.chat.completions.create(model=CHAT, messages=USER)
            assert answer.choices[0].message.content
            stream = await client.chat.completions.create(
                model=CHAT, messages=USER, stream=True, extra_body=INCLUDE_USAGE
            )
            chunks = [c async for c in stream]
            assert chunks[-1].usage and chunks[-1].usage.total_tokens > 0

    asyncio.run(run())
