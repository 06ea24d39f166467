"""The official openai SDK (pinned in pyproject.toml), a client nobody here wrote, pointed at
the mock: what users run against the service must run against the mock alike."""

from __future__ import annotations

import json
from collections.abc import Iterator

import openai
import pytest
from fireworks_client.mock import MockServer
from pydantic import BaseModel

KEY = "test-key-not-a-secret"
CHAT = "accounts/fireworks/models/kimi-k2-instruct-0905"
REASONING = "accounts/fireworks/models/deepseek-r1-0528"
EMBED = "nomic-ai/nomic-embed-text-v1.5"
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


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=server.base_url, max_retries=0)


def test_chat(client: openai.OpenAI) -> None:
    answer = client.chat.completions.create(
        model=CHAT, messages=[{"role": "user", "content": "Tell me about lighthouses"}]
    )
    assert answer.choices[0].message.content and answer.usage is not None
    assert answer.choices[0].finish_reason in ("stop", "length")


def test_a_stream_with_include_usage_ends_with_the_usage_chunk(client: openai.OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model=CHAT,
            messages=[{"role": "user", "content": "Hello"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    *body, last = chunks
    assert last.choices == [] and last.usage is not None and last.usage.total_tokens > 0
    assert all(c.usage is None for c in body)
    text = "".join(c.choices[0].delta.content or "" for c in body if c.choices)
    assert text and body[-1].choices[0].finish_reason in ("stop", "length")


def test_a_tool_loop_with_tool_choice(client: openai.OpenAI) -> None:
    messages: list[dict[str, object]] = [{"role": "user", "content": "Is it raining in Paris?"}]
    first = client.chat.completions.create(
        model=CHAT,
        messages=messages,  # type: ignore[arg-type]
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
    )
    call = first.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert first.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "get_weather" and "city" in json.loads(call.function.arguments)  # type: ignore[union-attr]
    messages += [
        {"role": "assistant", "tool_calls": [call.model_dump()]},  # no content, as sent back
        {"role": "tool", "tool_call_id": call.id, "content": '{"rain": false}'},
    ]
    second = client.chat.completions.create(
        model=CHAT,
        messages=messages,  # type: ignore[arg-type]
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
    )
    assert second.choices[0].message.content and not second.choices[0].message.tool_calls
    never = client.chat.completions.create(
        model=CHAT,
        messages=[{"role": "user", "content": "get_weather for Paris please"}],
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
        tool_choice="none",
    )
    assert not never.choices[0].message.tool_calls
    forced = client.chat.completions.create(
        model=CHAT,
        messages=[{"role": "user", "content": "Hello"}],
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
        tool_choice="required",
    )
    assert forced.choices[0].message.tool_calls


class Weather(BaseModel):
    city: str
    temperature: float
    raining: bool


def test_structured_output_through_parse(client: openai.OpenAI) -> None:
    answer = client.chat.completions.parse(
        model=CHAT,
        messages=[{"role": "user", "content": "The weather in Paris"}],
        response_format=Weather,
    )
    parsed = answer.choices[0].message.parsed
    assert isinstance(parsed, Weather)


def test_logprobs_and_reasoning(client: openai.OpenAI) -> None:
    answer = client.chat.completions.create(
        model=CHAT,
        messages=[{"role": "user", "content": "Hello"}],
        logprobs=True,
        top_logprobs=2,
    )
    content = answer.choices[0].logprobs.content  # type: ignore[union-attr]
    assert content and len(content[0].top_logprobs) == 2
    assert "".join(t.token for t in content) == answer.choices[0].message.content
    thought = client.chat.completions.create(
        model=REASONING,
        messages=[{"role": "user", "content": "Why is the sky blue?"}],
        reasoning_effort="low",
    )
    assert thought.choices[0].message.model_extra["reasoning_content"]  # type: ignore[index]


def test_completions_embeddings_and_models(client: openai.OpenAI) -> None:
    completion = client.completions.create(model=CHAT, prompt="The sky is", max_tokens=5)
    assert completion.choices[0].text and completion.usage is not None
    default = client.embeddings.create(model=EMBED, input=["a lighthouse", "a beacon"])
    floats = client.embeddings.create(
        model=EMBED, input=["a lighthouse", "a beacon"], encoding_format="float"
    )
    assert len(default.data) == 2 and len(default.data[0].embedding) == 768
    assert default.data[0].embedding == pytest.approx(floats.data[0].embedding, abs=1e-6)
    assert any(m.id == CHAT for m in client.models.list())


def test_the_error_classes(server: MockServer, client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(
            model="accounts/fireworks/models/no-such-model",
            messages=[{"role": "user", "content": "Hi"}],
        )
    with pytest.raises(openai.BadRequestError, match="colour"):
        client.chat.completions.create(
            model=CHAT, messages=[{"role": "user", "content": "Hi"}], extra_body={"colour": 1}
        )
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(
            model=CHAT,
            messages=[{"role": "user", "content": "Hi"}],
            extra_headers={"X-Mock-Fault": "rate_limit"},
        )
    with MockServer(api_keys={"the-right-key"}) as strict:
        wrong = openai.OpenAI(api_key=KEY, base_url=strict.base_url, max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            wrong.models.list()
