"""Clients that Fireworks users already have, pointed at the mock: each makes the calls a user
makes, and each call is checked against what the service does. Not part of ``make test`` (the
clients are heavy and their pins conflict); run by hand. A table of calls per client is printed
(behaves, MISBEHAVES, or known: a limit the mock does not remove, with the reason), and the
exit status is 1 when a call misbehaves.

The clients' pins conflict (instructor 1.17.0 wants jiter<0.15, openai>=3.31 wants jiter>=0.16),
so two throwaway venvs. On today's PyPI fireworks-ai >= 1.2.29 and langchain-core >= 1.7.5
require certifi>=2026.10.19, which is not published (the newest is 2026.10.18): an override
lets uv install them with the newest certifi::

    python3 -m venv /tmp/uv-venv && /tmp/uv-venv/bin/pip install uv
    echo 'certifi>=2024.6.2' > /tmp/probe-overrides.txt
    python3 -m venv /tmp/probe-venv && /tmp/uv-venv/bin/uv pip install \\
        --python /tmp/probe-venv/bin/python --override /tmp/probe-overrides.txt \\
        -e '.[mock]' openai==3.51.0 fireworks-ai==1.2.30 langchain-fireworks==1.7.1 \\
        langchain-openai==1.7.4 'pydantic-ai-slim[openai]==2.62.0'
    python3 -m venv /tmp/probe-venv-instructor && /tmp/uv-venv/bin/uv pip install \\
        --python /tmp/probe-venv-instructor/bin/python --override /tmp/probe-overrides.txt \\
        -e '.[mock]' instructor==1.17.0

    /tmp/probe-venv/bin/python tests/probes/clients_probe.py
    /tmp/probe-venv-instructor/bin/python tests/probes/clients_probe.py instructor

Arguments name the clients to probe (default: every one that imports): fireworks-ai,
langchain-fireworks, langchain-openai, pydantic-ai, instructor. ``-v`` prints each failure's
traceback. Nothing leaves 127.0.0.1: the mock runs in-process on a free port.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fireworks_client.mock import MockServer
from pydantic import BaseModel

KEY = "test-key-not-a-secret"
CHAT = "accounts/fireworks/models/kimi-k2-instruct-0905"
REASONING = "accounts/fireworks/models/deepseek-r1-0528"
EMBED = "nomic-ai/nomic-embed-text-v1.5"
RERANK = "accounts/fireworks/models/qwen3-reranker-8b"
MISSING = "accounts/fireworks/models/no-such-model"
INCLUDE_USAGE = {"stream_options": {"include_usage": True}}
WEATHER_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": WEATHER_SCHEMA,
    },
}


class Day(BaseModel):
    temperature: float
    raining: bool


class Weather(BaseModel):
    # Nested models: the schema the clients send has $defs and $ref.
    city: str
    today: Day
    week: list[Day]


@dataclass
class Outcome:
    client: str
    call: str
    ok: bool
    why: str
    seconds: float


OUTCOMES: list[Outcome] = []
# Calls that misbehave for a reason the mock does not remove, and why.
KNOWN = {
    ("fireworks-ai", "messages (Anthropic form)"): (
        "the service's POST /v1/messages has no published OpenAPI description, so neither the "
        "effective spec nor the mock has it"
    ),
    ("fireworks-ai", "models.list"): (
        "the SDK lists models with the control-plane API (GET /v1/accounts/{account}/models on "
        "api.fireworks.ai), not the inference API; a base_url of .../inference gets a 404 from "
        "the service as from the mock"
    ),
    ("langchain-openai", "Responses API: stream"): (
        "the service's Responses event stream is described nowhere (the spec has `stream` and "
        "a JSON answer only): the mock answers JSON, which the client reads as no events"
    ),
    ("pydantic-ai", "OpenAIResponsesModel"): (
        "the spec's output_text part has no `annotations`, which pydantic-ai iterates; whether "
        "the service sends them is unknown"
    ),
    ("instructor", "Mode.MD_JSON"): (
        "text mode with the format asked for in prose: the mock's text follows no instructions"
    ),
}
VERBOSE = "-v" in sys.argv


def check(client: str, call: str, run: Callable[[], object]) -> None:
    """Runs one call; an exception (the client's, or a failed assert) is a misbehaviour."""
    start = time.perf_counter()
    try:
        result = run()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        ok, why = True, ""
    except Exception as exc:  # any failure is reported, never raised
        ok, why = False, f"{type(exc).__name__}: {str(exc)[:300]}"
        if VERBOSE:
            traceback.print_exc()
    OUTCOMES.append(Outcome(client, call, ok, why, time.perf_counter() - start))


@contextmanager
def mocks() -> Iterator[tuple[MockServer, MockServer]]:
    """A mock taking any key, and one taking only "the-right-key" (for the 401 case)."""
    with MockServer() as mock, MockServer(api_keys={"the-right-key"}) as strict:
        yield mock, strict


def origin(mock: MockServer) -> str:
    """The mock's https://api.fireworks.ai: base_url ends in /inference/v1."""
    return mock.base_url.removesuffix("/inference/v1")


# --- fireworks-ai, the official Fireworks SDK -----------------------------------------------


def probe_fireworks_ai(mock: MockServer, strict: MockServer) -> None:
    import fireworks

    name = "fireworks-ai"
    # Overridden, the SDK posts to base_url + "/v1/chat/completions" (default base_url
    # https://api.fireworks.ai, full URLs .../inference/v1/...): a user's base_url ends in
    # /inference.
    base = origin(mock) + "/inference"
    client = fireworks.Fireworks(api_key=KEY, base_url=base, max_retries=0)
    user = [{"role": "user", "content": "Tell me about lighthouses"}]

    def chat() -> None:
        answer = client.chat.completions.create(model=CHAT, messages=user)
        assert answer.choices[0].message.content, answer
        assert answer.usage and answer.usage.total_tokens > 0
        assert answer.choices[0].finish_reason in ("stop", "length")

    def stream() -> None:
        # The SDK's create() has no stream_options parameter (1.2.30): users send it in
        # extra_body, as langchain-fireworks does.
        chunks = list(
            client.chat.completions.create(
                model=CHAT, messages=user, stream=True, extra_body=INCLUDE_USAGE
            )
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text, chunks
        *body, last = chunks
        assert last.choices == [] and last.usage and last.usage.total_tokens > 0, last
        assert all(c.usage is None for c in body), "usage before the last chunk"

    def tool_loop() -> None:
        messages: list[Any] = [{"role": "user", "content": "get_weather for Paris please"}]
        first = client.chat.completions.create(model=CHAT, messages=messages, tools=[WEATHER_TOOL])
        choice = first.choices[0]
        assert choice.finish_reason == "tool_calls" and choice.message.tool_calls, first
        call = choice.message.tool_calls[0]
        assert "city" in json.loads(call.function.arguments)
        messages += [
            choice.message.model_dump(exclude_none=True),
            {"role": "tool", "tool_call_id": call.id, "content": '{"rain": false}'},
        ]
        second = client.chat.completions.create(model=CHAT, messages=messages, tools=[WEATHER_TOOL])
        assert second.choices[0].message.content and not second.choices[0].message.tool_calls

    def tool_stream() -> None:
        chunks = list(
            client.chat.completions.create(
                model=CHAT,
                messages=[{"role": "user", "content": "get_weather for Paris"}],
                tools=[WEATHER_TOOL],
                stream=True,
            )
        )
        calls = [t for c in chunks if c.choices for t in c.choices[0].delta.tool_calls or []]
        assert calls and calls[0].function.name == "get_weather", chunks
        assert chunks[-1].choices[0].finish_reason == "tool_calls"

    def json_schema() -> None:
        answer = client.chat.completions.create(
            model=CHAT,
            messages=[{"role": "user", "content": "The weather in Paris"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "Weather", "schema": Weather.model_json_schema()},
            },
        )
        Weather.model_validate_json(answer.choices[0].message.content or "")

    def json_object() -> None:
        answer = client.chat.completions.create(
            model=CHAT,
            messages=[{"role": "user", "content": "The weather in Paris, as JSON"}],
            response_format={"type": "json_object", "schema": Weather.model_json_schema()},
        )
        Weather.model_validate_json(answer.choices[0].message.content or "")

    def logprobs() -> None:
        answer = client.chat.completions.create(
            model=CHAT, messages=user, logprobs=True, top_logprobs=2
        )
        content = answer.choices[0].logprobs.content  # type: ignore[union-attr]
        assert content and len(content[0].top_logprobs) == 2, answer.choices[0].logprobs
        assert "".join(t.token for t in content) == answer.choices[0].message.content

    def reasoning() -> None:
        answer = client.chat.completions.create(
            model=REASONING,
            messages=[{"role": "user", "content": "Why is the sky blue?"}],
            reasoning_effort="low",
        )
        assert answer.choices[0].message.reasoning_content, answer

    def completions() -> None:
        answer = client.completions.create(model=CHAT, prompt="The sky is", max_tokens=5)
        assert answer.choices[0].text and answer.usage, answer
        chunks = list(
            client.completions.create(model=CHAT, prompt="The sky is", max_tokens=5, stream=True)
        )
        assert "".join(c.choices[0].text for c in chunks if c.choices) == answer.choices[0].text

    def sdk_fields() -> None:
        # Parameters of the SDK's create() newer than the 4.21.6 reference.
        answer = client.chat.completions.create(
            model=CHAT,
            messages=user,
            prompt_cache_key="session-1",
            safe_tokenization=True,
            service_tier="priority",
        )
        assert answer.choices
        done = client.completions.create(
            model=CHAT, prompt="The sky is", prompt_cache_key="s", service_tier="flex"
        )
        assert done.choices

    def n_and_stop() -> None:
        answer = client.chat.completions.create(
            model=CHAT, messages=user, n=2, max_tokens=3, stop=["zzz"]
        )
        assert len(answer.choices) == 2 and answer.choices[0].finish_reason == "length", answer

    def more_chat_options() -> None:
        forced = client.chat.completions.create(
            model=CHAT, messages=user, tools=[WEATHER_TOOL], tool_choice="required"
        )
        assert forced.choices[0].message.tool_calls, forced
        grammar = client.chat.completions.create(
            model=CHAT,
            messages=user,
            response_format={"type": "grammar", "grammar": 'root ::= "yes" | "no"'},
        )
        assert grammar.choices[0].message.content is not None
        raw = client.chat.completions.with_raw_response.create(model=CHAT, messages=user)
        assert raw.headers.get("x-request-id") and raw.parse().choices

    def context_too_long() -> None:
        try:
            client.chat.completions.create(
                model="accounts/fireworks/models/mock-tiny",
                messages=[{"role": "user", "content": "word " * 100}],
                context_length_exceeded_behavior="error",
            )
        except fireworks.BadRequestError as exc:
            assert "context" in str(exc).lower(), exc
            return
        raise AssertionError("no BadRequestError")

    def error_in_stream() -> None:
        stream = client.chat.completions.create(
            model=CHAT,
            messages=user,
            stream=True,
            extra_headers={"X-Mock-Fault": "stream_error; after=2"},
        )
        # The SDK (1.2.30) raises nothing for an in-band error: it yields the event as a chunk
        # with an `error` field, as it would from the service.
        *_, last = list(stream)
        assert (last.model_extra or {}).get("error", {}).get("message"), last

    def completion_options() -> None:
        answer = client.completions.create(
            model=CHAT, prompt="The sky is", max_tokens=4, logprobs=2, echo=True, n=2
        )
        first = answer.choices[0]
        assert len(answer.choices) == 2 and first.text.startswith("The sky is"), answer
        assert first.logprobs and first.logprobs.tokens, first

    def model_list() -> None:
        assert list(client.models.list(account_id="fireworks"))

    def not_found() -> None:
        try:
            client.chat.completions.create(model=MISSING, messages=user)
        except fireworks.NotFoundError:
            return
        raise AssertionError("no NotFoundError")

    def bad_request() -> None:
        try:
            client.chat.completions.create(model=CHAT, messages=user, extra_body={"colour": 1})
        except fireworks.BadRequestError as exc:
            assert "colour" in str(exc), exc
            return
        raise AssertionError("no BadRequestError")

    def bad_key() -> None:
        wrong = fireworks.Fireworks(
            api_key=KEY, base_url=origin(strict) + "/inference", max_retries=0
        )
        try:
            wrong.chat.completions.create(model=CHAT, messages=user)
        except fireworks.AuthenticationError:
            return
        raise AssertionError("no AuthenticationError")

    def rate_limit_retried() -> None:
        mock.faults.inject("rate_limit", times=1, retry_after_ms=10)
        retrying = fireworks.Fireworks(api_key=KEY, base_url=base, max_retries=2)
        assert retrying.chat.completions.create(model=CHAT, messages=user).choices

    async def async_chat() -> None:
        async with fireworks.AsyncFireworks(api_key=KEY, base_url=base, max_retries=0) as aclient:
            answer = await aclient.chat.completions.create(model=CHAT, messages=user)
            assert answer.choices[0].message.content
            stream = await aclient.chat.completions.create(
                model=CHAT, messages=user, stream=True, extra_body=INCLUDE_USAGE
            )
            chunks = [c async for c in stream]
            assert chunks[-1].usage is not None

    def anthropic_messages() -> None:
        # The service's Anthropic-compatible POST /v1/messages (no OpenAPI document published).
        answer = client.messages.create(
            model=CHAT, max_tokens=50, messages=[{"role": "user", "content": "Hello"}]
        )
        assert answer.content, answer

    for call, run in [
        ("chat", chat),
        ("chat stream + include_usage", stream),
        ("tool loop", tool_loop),
        ("tool call streamed", tool_stream),
        ("response_format json_schema", json_schema),
        ("response_format json_object + schema", json_object),
        ("logprobs + top_logprobs", logprobs),
        ("reasoning_effort", reasoning),
        ("completions (+ stream)", completions),
        ("prompt_cache_key, safe_tokenization, service_tier", sdk_fields),
        ("n=2, max_tokens, stop", n_and_stop),
        ("completions logprobs, echo, n", completion_options),
        ("models.list", model_list),
        ("tool_choice required, grammar, raw response", more_chat_options),
        ("context too long -> BadRequestError", context_too_long),
        ("in-band stream error (a chunk with error)", error_in_stream),
        ("bad model -> NotFoundError", not_found),
        ("unknown field -> BadRequestError", bad_request),
        ("bad key -> AuthenticationError", bad_key),
        ("429 retried", rate_limit_retried),
        ("async chat + stream", async_chat),
        ("messages (Anthropic form)", anthropic_messages),
    ]:
        check(name, call, run)


# --- langchain-fireworks (over the fireworks-ai SDK) ----------------------------------------


def _langchain_calls(name: str, chat_model: Callable[..., Any], embeddings: Any) -> None:
    """What a LangChain user does with a chat model: invoke, stream, bind_tools and a tool
    loop, with_structured_output (each method), and embeddings."""
    from langchain_core.messages import AIMessageChunk, HumanMessage, ToolMessage
    from langchain_core.tools import tool

    @tool
    def get_weather(city: str) -> str:
        """The weather in a city."""
        return '{"rain": false}'

    llm = chat_model()

    def invoke() -> None:
        answer = llm.invoke("Tell me about lighthouses")
        assert answer.content and answer.usage_metadata, answer
        assert answer.usage_metadata["total_tokens"] > 0

    def stream() -> None:
        chunks = list(llm.stream("Tell me about lighthouses"))
        whole: AIMessageChunk = sum(chunks[1:], chunks[0])  # type: ignore[assignment]
        assert whole.content, chunks
        assert whole.usage_metadata and whole.usage_metadata["total_tokens"] > 0, whole

    def tool_loop() -> None:
        bound = llm.bind_tools([get_weather])
        messages: list[Any] = [HumanMessage("get_weather for Paris please")]
        first = bound.invoke(messages)
        assert first.tool_calls and first.tool_calls[0]["name"] == "get_weather", first
        messages += [
            first,
            ToolMessage(
                get_weather.invoke(first.tool_calls[0]["args"]),
                tool_call_id=first.tool_calls[0]["id"],
            ),
        ]
        second = bound.invoke(messages)
        assert second.content and not second.tool_calls, second

    def tool_stream() -> None:
        bound = llm.bind_tools([get_weather])
        chunks = list(bound.stream("get_weather for Paris please"))
        whole = sum(chunks[1:], chunks[0])
        assert whole.tool_calls and whole.tool_calls[0]["args"].get("city") is not None, whole

    def forced_tool() -> None:
        bound = llm.bind_tools([get_weather], tool_choice="get_weather")
        assert bound.invoke("Hello").tool_calls

    def structured(method: str) -> Callable[[], None]:
        # json_mode sends no schema: LangChain's docs tell the user to describe the format in
        # the prompt, which they do here with the schema (the mock follows a schema, not prose).
        asked = "The weather in Paris"
        if method == "json_mode":
            asked += f" as JSON valid against {json.dumps(Weather.model_json_schema())}"

        def run() -> None:
            parsed = llm.with_structured_output(Weather, method=method).invoke(asked)
            assert isinstance(parsed, Weather), parsed

        return run

    def batch() -> None:
        answers = llm.batch(["Hello", "Tell me about lighthouses"])
        assert len(answers) == 2 and all(a.content for a in answers), answers

    def embed() -> None:
        vectors = embeddings.embed_documents(["a lighthouse", "a beacon"])
        query = embeddings.embed_query("a lighthouse")
        assert len(vectors) == 2 and len(vectors[0]) == 768
        assert abs(sum(a * b for a, b in zip(vectors[0], query, strict=True)) - 1) < 1e-6

    async def ainvoke() -> None:
        answer = await llm.ainvoke("Hello")
        assert answer.content
        chunks = [c async for c in llm.astream("Hello")]
        assert sum(chunks[1:], chunks[0]).usage_metadata

    def not_found() -> None:
        try:
            chat_model(model=MISSING).invoke("Hi")
        except Exception as exc:
            assert "404" in str(exc) or "NotFound" in type(exc).__name__, repr(exc)
            return
        raise AssertionError("no error")

    for call, run in [
        ("invoke", invoke),
        ("stream (usage)", stream),
        ("bind_tools tool loop", tool_loop),
        ("bind_tools streamed", tool_stream),
        ("tool_choice=name", forced_tool),
        ("with_structured_output json_schema", structured("json_schema")),
        ("with_structured_output function_calling", structured("function_calling")),
        ("with_structured_output json_mode", structured("json_mode")),
        ("embeddings", embed),
        ("ainvoke + astream", ainvoke),
        ("batch", batch),
        ("bad model -> error", not_found),
    ]:
        if run is embed and embeddings is None:
            continue
        check(name, call, run)


def probe_langchain_fireworks(mock: MockServer, strict: MockServer) -> None:
    import openai
    from langchain_fireworks import ChatFireworks, Fireworks, FireworksEmbeddings

    name = "langchain-fireworks"
    base = origin(mock) + "/inference"

    def chat_model(model: str = CHAT) -> Any:
        return ChatFireworks(model=model, api_key=KEY, base_url=base, max_retries=0)

    # FireworksEmbeddings has no base_url: its OpenAI client is fixed to the service's URL, so
    # a user pointing it elsewhere replaces the client.
    embeddings = FireworksEmbeddings(api_key=KEY)
    embeddings.client = openai.OpenAI(api_key=KEY, base_url=mock.base_url, max_retries=0)
    _langchain_calls(name, chat_model, embeddings)

    def llm_completions() -> None:
        # The completions LLM posts with requests/aiohttp to the full URL in base_url.
        llm = Fireworks(
            model=CHAT, api_key=KEY, base_url=mock.base_url + "/completions", max_tokens=8
        )
        assert llm.invoke("The sky is")

    def bad_key() -> None:
        wrong = ChatFireworks(
            model=CHAT, api_key=KEY, base_url=origin(strict) + "/inference", max_retries=0
        )
        try:
            wrong.invoke("Hi")
        except Exception as exc:
            assert "401" in str(exc) or "Authentication" in type(exc).__name__, repr(exc)
            return
        raise AssertionError("no error")

    def rerank() -> None:
        from langchain_core.documents import Document
        from langchain_fireworks import FireworksRerank

        ranker = FireworksRerank(
            model=RERANK, fireworks_api_key=KEY, base_url=mock.base_url, top_n=2
        )
        docs = [Document(page_content=t) for t in ("a lighthouse", "a cake", "a beacon")]
        ranked = ranker.compress_documents(docs, "lighthouse")
        assert len(ranked) == 2, ranked

    check(name, "Fireworks LLM (completions)", llm_completions)
    check(name, "bad key -> error", bad_key)
    check(name, "FireworksRerank", rerank)


# --- langchain-openai ------------------------------------------------------------------------


def probe_langchain_openai(mock: MockServer, strict: MockServer) -> None:
    from langchain_openai import ChatOpenAI, OpenAIEmbeddings

    name = "langchain-openai"

    def chat_model(model: str = CHAT) -> Any:
        return ChatOpenAI(
            model=model, api_key=KEY, base_url=mock.base_url, max_retries=0, stream_usage=True
        )

    # check_embedding_ctx_length (the default) tokenises with tiktoken and sends token ids,
    # an OpenAI-only form that needs tiktoken's files from the internet: users of other
    # services turn it off.
    embeddings = OpenAIEmbeddings(
        model=EMBED, api_key=KEY, base_url=mock.base_url, check_embedding_ctx_length=False
    )
    _langchain_calls(name, chat_model, embeddings)

    def bad_key() -> None:
        wrong = ChatOpenAI(model=CHAT, api_key=KEY, base_url=strict.base_url, max_retries=0)
        try:
            wrong.invoke("Hi")
        except Exception as exc:
            assert "401" in str(exc) or "Authentication" in type(exc).__name__, repr(exc)
            return
        raise AssertionError("no error")

    def logprobs() -> None:
        answer = chat_model().bind(logprobs=True, top_logprobs=2).invoke("Hello")
        content = answer.response_metadata["logprobs"]["content"]
        assert content and len(content[0]["top_logprobs"]) == 2, answer.response_metadata

    def reasoning() -> None:
        answer = ChatOpenAI(
            model=REASONING, api_key=KEY, base_url=mock.base_url, reasoning_effort="low"
        ).invoke("Why is the sky blue?")
        assert answer.content, answer

    def responses_api() -> None:
        from langchain_core.messages import HumanMessage, ToolMessage
        from langchain_core.tools import tool

        @tool
        def get_weather(city: str) -> str:
            """The weather in a city."""
            return '{"rain": false}'

        llm = ChatOpenAI(
            model=CHAT, api_key=KEY, base_url=mock.base_url, use_responses_api=True, max_retries=0
        )
        assert llm.invoke("Hello").text
        bound = llm.bind_tools([get_weather])
        messages: list[Any] = [HumanMessage("get_weather for Paris please")]
        first = bound.invoke(messages)
        assert first.tool_calls and first.tool_calls[0]["name"] == "get_weather", first
        call = first.tool_calls[0]
        messages += [first, ToolMessage(get_weather.invoke(call["args"]), tool_call_id=call["id"])]
        second = bound.invoke(messages)
        assert second.text and not second.tool_calls, second

    def responses_stream() -> None:
        llm = ChatOpenAI(
            model=CHAT, api_key=KEY, base_url=mock.base_url, use_responses_api=True, max_retries=0
        )
        assert "".join(c.text for c in llm.stream("Hello"))

    check(name, "bad key -> error", bad_key)
    check(name, "logprobs", logprobs)
    check(name, "reasoning_effort", reasoning)
    check(name, "Responses API: invoke, tool loop", responses_api)
    check(name, "Responses API: stream", responses_stream)


# --- pydantic-ai ----------------------------------------------------------------------------


def probe_pydantic_ai(mock: MockServer, strict: MockServer) -> None:
    from pydantic_ai import Agent, NativeOutput, PromptedOutput, ToolOutput
    from pydantic_ai.exceptions import ModelHTTPError
    from pydantic_ai.models.openai import OpenAIChatModel
    from pydantic_ai.providers.openai import OpenAIProvider

    name = "pydantic-ai"

    def model(base_url: str = mock.base_url, model_name: str = CHAT) -> OpenAIChatModel:
        return OpenAIChatModel(model_name, provider=OpenAIProvider(base_url=base_url, api_key=KEY))

    def chat() -> None:
        result = Agent(model()).run_sync("Tell me about lighthouses")
        assert result.output and result.usage.total_tokens > 0, result

    async def stream() -> None:
        async with Agent(model()).run_stream("Tell me about lighthouses") as run:
            text = [t async for t in run.stream_text(delta=True)]
        assert "".join(text), text
        assert run.usage.total_tokens > 0, run.usage

    def tools() -> None:
        agent = Agent(model())
        calls: list[str] = []

        @agent.tool_plain
        def get_weather(city: str) -> str:
            """The weather in a city."""
            calls.append(city)
            return '{"rain": false}'

        result = agent.run_sync("get_weather for Paris please")
        assert calls and result.output, (calls, result.all_messages())

        async def streamed() -> None:
            async with agent.run_stream("get_weather for Lyon please") as run:
                text = [t async for t in run.stream_text(delta=True)]
            assert len(calls) == 2 and "".join(text), (calls, text)

        asyncio.run(streamed())

    def output(kind: Callable[[type[Weather]], Any] | None) -> Callable[[], None]:
        def run() -> None:
            out = Weather if kind is None else kind(Weather)
            result = Agent(model(), output_type=out).run_sync("The weather in Paris")
            assert isinstance(result.output, Weather), result.output

        return run

    def not_found() -> None:
        try:
            Agent(model(model_name=MISSING)).run_sync("Hi")
        except ModelHTTPError as exc:
            assert exc.status_code == 404, exc
            return
        raise AssertionError("no error")

    def bad_key() -> None:
        try:
            Agent(model(base_url=strict.base_url)).run_sync("Hi")
        except ModelHTTPError as exc:
            assert exc.status_code == 401, exc
            return
        raise AssertionError("no error")

    def fireworks_provider() -> None:
        import openai
        from pydantic_ai.providers.fireworks import FireworksProvider

        client = openai.AsyncOpenAI(api_key=KEY, base_url=mock.base_url, max_retries=0)
        chat_model = OpenAIChatModel(CHAT, provider=FireworksProvider(openai_client=client))
        assert Agent(chat_model).run_sync("Hello").output

    def responses_model() -> None:
        from pydantic_ai.models.openai import OpenAIResponsesModel

        responses = OpenAIResponsesModel(
            CHAT, provider=OpenAIProvider(base_url=mock.base_url, api_key=KEY)
        )
        assert Agent(responses).run_sync("Hello").output

    for call, run in [
        ("chat", chat),
        ("FireworksProvider", fireworks_provider),
        ("OpenAIResponsesModel", responses_model),
        ("stream (usage)", stream),
        ("tool loop (+ streamed)", tools),
        ("output_type (tool output, default)", output(None)),
        ("ToolOutput", output(ToolOutput)),
        ("NativeOutput (json_schema)", output(NativeOutput)),
        ("PromptedOutput", output(PromptedOutput)),
        ("bad model -> 404", not_found),
        ("bad key -> 401", bad_key),
    ]:
        check(name, call, run)


# --- instructor -----------------------------------------------------------------------------


def probe_instructor(mock: MockServer, strict: MockServer) -> None:
    import instructor
    import openai

    name = "instructor"
    raw = openai.OpenAI(api_key=KEY, base_url=mock.base_url, max_retries=0)
    asked = [{"role": "user", "content": "The weather in Paris"}]

    def mode(which: Any) -> Callable[[], None]:
        def run() -> None:
            client = instructor.from_openai(raw, mode=which)
            parsed = client.chat.completions.create(
                model=CHAT, messages=asked, response_model=Weather, max_retries=0
            )
            assert isinstance(parsed, Weather), parsed

        return run

    def partial() -> None:
        client = instructor.from_openai(raw, mode=instructor.Mode.TOOLS)
        parts = list(
            client.chat.completions.create_partial(
                model=CHAT, messages=asked, response_model=Weather, max_retries=0
            )
        )
        assert parts and parts[-1].city, parts

    def iterable() -> None:
        client = instructor.from_openai(raw, mode=instructor.Mode.JSON)
        many = list(
            client.chat.completions.create_iterable(
                model=CHAT, messages=asked, response_model=Weather, max_retries=0
            )
        )
        assert many and all(isinstance(w, Weather) for w in many), many

    def fireworks_provider() -> None:
        # from_provider("fireworks/...") needs the fireworks-ai SDK: tried only when present.
        if importlib.util.find_spec("fireworks") is None:
            raise AssertionError("fireworks-ai is not installed in this venv")
        client = instructor.from_provider(
            f"fireworks/{CHAT}", api_key=KEY, base_url=origin(mock) + "/inference"
        )
        assert isinstance(
            client.chat.completions.create(messages=asked, response_model=Weather), Weather
        )

    def not_found() -> None:
        client = instructor.from_openai(raw)
        try:
            client.chat.completions.create(
                model=MISSING, messages=asked, response_model=Weather, max_retries=0
            )
        except Exception as exc:
            assert "404" in str(exc) or "NotFound" in repr(exc), repr(exc)
            return
        raise AssertionError("no error")

    def bad_key() -> None:
        wrong = openai.OpenAI(api_key=KEY, base_url=strict.base_url, max_retries=0)
        try:
            instructor.from_openai(wrong).chat.completions.create(
                model=CHAT, messages=asked, response_model=Weather, max_retries=0
            )
        except Exception as exc:
            assert "401" in str(exc) or "Authentication" in repr(exc), repr(exc)
            return
        raise AssertionError("no error")

    async def async_tools() -> None:
        client = instructor.from_openai(
            openai.AsyncOpenAI(api_key=KEY, base_url=mock.base_url, max_retries=0)
        )
        parsed = await client.chat.completions.create(
            model=CHAT, messages=asked, response_model=Weather, max_retries=0
        )
        assert isinstance(parsed, Weather), parsed

    for call, run in [
        ("Mode.TOOLS", mode(instructor.Mode.TOOLS)),
        ("async Mode.TOOLS", async_tools),
        ("Mode.TOOLS_STRICT", mode(instructor.Mode.TOOLS_STRICT)),
        ("Mode.JSON", mode(instructor.Mode.JSON)),
        ("Mode.JSON_SCHEMA", mode(instructor.Mode.JSON_SCHEMA)),
        ("Mode.MD_JSON", mode(instructor.Mode.MD_JSON)),
        ("create_partial (stream)", partial),
        ("create_iterable", iterable),
        ("bad model -> error", not_found),
        ("bad key -> error", bad_key),
    ]:
        check(name, call, run)
    if importlib.util.find_spec("fireworks") is not None:
        check(name, "from_provider fireworks", fireworks_provider)


PROBES = {
    "fireworks-ai": ("fireworks", probe_fireworks_ai),
    "langchain-fireworks": ("langchain_fireworks", probe_langchain_fireworks),
    "langchain-openai": ("langchain_openai", probe_langchain_openai),
    "pydantic-ai": ("pydantic_ai", probe_pydantic_ai),
    "instructor": ("instructor", probe_instructor),
}


def main(argv: list[str]) -> int:
    asked = [a for a in argv if not a.startswith("-")] or [
        n for n, (module, _) in PROBES.items() if importlib.util.find_spec(module) is not None
    ]
    with mocks() as (mock, strict):
        for client in asked:
            PROBES[client][1](mock, strict)
    width = max(len(o.call) for o in OUTCOMES)
    known = bad = 0
    for o in OUTCOMES:
        reason = KNOWN.get((o.client, o.call))
        if o.ok:
            mark = "behaves   "
        elif reason is not None:
            mark, o.why = "known     ", f"{reason} ({o.why[:120]})"
            known += 1
        else:
            mark = "MISBEHAVES"
            bad += 1
        print(f"{o.client:20} {o.call:{width}} {mark} {o.seconds:5.2f}s {o.why}")
    print(f"{len(OUTCOMES) - bad - known} behave, {bad} misbehave, {known} known limits")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
