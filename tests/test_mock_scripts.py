"""Scripted answers (issue 19, point 1) and the typed request journal (point 2): what a test
says the model answers, in process, over HTTP and from the pytest plugin; scripts the service
could not send refused when scripted, naming the field and the rule."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from fireworks_api.models import ChatCompletionRequest, CompletionRequest, ToolCall
from fireworks_client import (
    APIConnectionError,
    Fireworks,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    fold_message_events,
)
from fireworks_client._openapi import load_spec, to_json_schema
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import (
    ASGISyncTransport,
    MockServer,
    RequestLog,
    ScriptBook,
    ScriptError,
    create_app,
)
from fireworks_client.mock._scripts.book import MAX_SCRIPTS
from hypothesis import given
from hypothesis import strategies as st

SPEC = load_spec()
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
TEXT_MODEL = "accounts/fireworks/models/llama-v2-7b"
CHAT = "chat.completions.create"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


class InProcess:
    """The mock as an app, with a raw httpx client and the SDK's client on it."""

    def __init__(self, **options: Any) -> None:
        self.app = create_app(**options)
        transport = ASGISyncTransport(self.app)
        self.http = httpx.Client(
            transport=transport,
            base_url="http://mock/inference/v1",
            headers={"Authorization": "Bearer test-key"},
        )
        self.client = Fireworks(
            api_key="test-key",
            base_url="http://mock/inference/v1",
            transport=transport,
            max_retries=0,
        )

    @property
    def scripts(self) -> ScriptBook:
        book: ScriptBook = self.app.state.mock.scripts
        return book

    def chat(self, content: str = "Tell me about lighthouses", **body: Any) -> httpx.Response:
        body.setdefault("model", MODEL)
        body.setdefault("messages", [{"role": "user", "content": content}])
        return self.http.post("/chat/completions", json=body)


@pytest.fixture
def mock() -> Iterator[InProcess]:
    made = InProcess()
    yield made
    made.http.close()
    made.client.close()


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as running:
        yield running


def conforms(body: Any, schema_name: str) -> None:
    jsonschema.validate(body, to_json_schema({"$ref": f"#/components/schemas/{schema_name}"}, SPEC))


def events(response: httpx.Response) -> list[Any]:
    decoder = SSEDecoder()
    out = decoder.feed(response.content)
    tail, _ = decoder.close()
    return [e.data if e.data == "[DONE]" else json.loads(e.data) for e in out + tail]


def message(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["choices"][0]["message"]
    return result


# --- matching -------------------------------------------------------------------------------


def test_a_script_answers_the_requests_that_match_and_only_those(mock: InProcess) -> None:
    mock.scripts.add(CHAT, text="capital of France", answer={"content": "Paris"})
    assert message(mock.chat("What is the capital of France?"))["content"] == "Paris"
    assert message(mock.chat("What is the capital of Peru?"))["content"] != "Paris"
    # Another operation is not matched by a chat script.
    completion = mock.http.post(
        "/completions", json={"model": TEXT_MODEL, "prompt": "capital of France"}
    )
    assert completion.json()["choices"][0]["text"] != "Paris"


def test_match_by_model_pattern_tools_and_fields(mock: InProcess) -> None:
    mock.scripts.add(
        CHAT,
        model=MODEL,
        pattern=r"weather in \w+",
        tools=["get_weather"],
        fields={"temperature": 0, "$.messages[-1].role": "user"},
        answer={"content": "scripted"},
    )
    asks: dict[str, Any] = {"tools": [WEATHER], "temperature": 0}
    assert message(mock.chat("the weather in Oslo", **asks))["content"] == "scripted"
    misses = [
        mock.chat("the weather", **asks),  # pattern
        mock.chat("the weather in Oslo", temperature=0),  # tools
        mock.chat("the weather in Oslo", tools=[WEATHER], temperature=0.5),  # a field
        mock.chat("the weather in Oslo", **asks, model="accounts/fireworks/models/mock-tiny"),
    ]
    assert all(message(r)["content"] != "scripted" for r in misses)
    # 0 and 0.0 are the same JSON number; true is not 1.
    assert message(mock.chat("the weather in Oslo", **{**asks, "temperature": 0.0}))["content"] == (
        "scripted"
    )


def test_the_newest_matching_script_answers_first(mock: InProcess) -> None:
    mock.scripts.add(CHAT, answer={"content": "general"})
    mock.scripts.add(CHAT, text="special", answer={"content": "special"})
    assert message(mock.chat("a special question"))["content"] == "special"
    assert message(mock.chat("another question"))["content"] == "general"


def test_a_sequence_plays_once_then_the_mock_answers_itself(mock: InProcess) -> None:
    mock.scripts.add(
        CHAT,
        answers=[
            {"status": 503, "headers": {"Retry-After": "0"}},
            {"content": "first"},
            {"content": "second"},
        ],
    )
    assert mock.chat().status_code == 503
    assert message(mock.chat())["content"] == "first"
    assert message(mock.chat())["content"] == "second"
    own = message(mock.chat())["content"]
    assert own not in ("first", "second")
    (described,) = mock.scripts.describe()
    assert described["used"] == 3 and described["exhausted"]


def test_times_bounds_one_answer(mock: InProcess) -> None:
    mock.scripts.add(CHAT, answer={"content": "twice"}, times=2)
    texts = [message(mock.chat())["content"] for _ in range(3)]
    assert texts[:2] == ["twice", "twice"] and texts[2] != "twice"


# --- answers --------------------------------------------------------------------------------


def test_a_tool_call_with_its_arguments_through_the_client(mock: InProcess) -> None:
    mock.scripts.add(
        CHAT, answer={"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}
    )
    answer = mock.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}], tools=[WEATHER]
    )
    choice = answer.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    # The rest is the mock's own answer: usage that adds up, the model, the id.
    assert answer.usage is not None
    assert answer.usage.total_tokens == answer.usage.prompt_tokens + answer.usage.completion_tokens
    assert answer.model == MODEL


def test_json_content_and_a_finish_reason(mock: InProcess) -> None:
    mock.scripts.add(CHAT, answer={"json": {"name": "Ada", "age": 36}, "finish_reason": "length"})
    response = mock.chat(response_format={"type": "json_object"})
    conforms(response.json(), "ChatCompletionResponse")
    assert json.loads(message(response)["content"]) == {"name": "Ada", "age": 36}
    assert response.json()["choices"][0]["finish_reason"] == "length"


def test_parts_apply_to_every_choice_and_to_completions(mock: InProcess) -> None:
    mock.scripts.add(CHAT, answer={"content": "same"})
    choices = mock.chat(n=3).json()["choices"]
    assert [c["message"]["content"] for c in choices] == ["same"] * 3
    mock.scripts.add("completions.create", answer={"content": " scripted text"})
    body = mock.http.post("/completions", json={"model": TEXT_MODEL, "prompt": "Once"}).json()
    conforms(body, "CompletionResponse")
    assert body["choices"][0]["text"] == " scripted text"
    assert body["usage"]["completion_tokens"] == 2


def test_a_whole_answer_is_sent_as_given_and_streamed_when_asked(mock: InProcess) -> None:
    whole = {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": 1,
        "model": "my-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hi there"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }
    mock.scripts.add(CHAT, answer={"body": whole})
    assert mock.chat().json() == whole
    streamed = events(mock.chat(stream=True))
    assert streamed[-1] == "[DONE]"
    chunks = streamed[:-1]
    for chunk in chunks:
        conforms(chunk, "ChatCompletionStreamResponse")
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == "Hi there"
    assert chunks[-1]["usage"] == whole["usage"]


def test_responses_answer_the_scripted_text_or_function_calls(mock: InProcess) -> None:
    mock.scripts.add(
        "responses.create",
        answers=[
            {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]},
            {"content": "It is 21C."},
        ],
    )
    first = mock.client.responses.create(model=MODEL, input="Weather in Paris?")
    (call,) = first.output
    assert isinstance(call, ToolCall) and call.type_ == "function_call"
    assert call.name == "get_weather"
    assert json.loads(call.arguments or "") == {"city": "Paris"}
    # Stored as answered: retrieving it gives the scripted output.
    assert first.id is not None
    assert mock.client.responses.retrieve(first.id).output[0].name == "get_weather"
    second = mock.http.post("/responses", json={"model": MODEL, "input": "and?"}).json()
    conforms(second, "Response")
    assert second["output"][0]["content"][0]["text"] == "It is 21C."
    with pytest.raises(ScriptError, match=r"answer\.finish_reason: responses\.create answers no"):
        mock.scripts.add("responses.create", answer={"finish_reason": "stop"})


def test_merge_completes_any_operation_answer(mock: InProcess) -> None:
    mock.scripts.add("embeddings.create", answer={"merge": {"model": "scripted-model"}})
    body = mock.http.post(
        "/embeddings", json={"model": "nomic-ai/nomic-embed-text-v1.5", "input": "hello"}
    ).json()
    assert body["model"] == "scripted-model" and len(body["data"][0]["embedding"]) == 768


def test_a_stream_with_given_deltas_and_a_pause(mock: InProcess) -> None:
    mock.scripts.add(
        CHAT,
        answer={
            "stream": [
                "Hel",
                {"pause": 0.2},
                "lo",
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": "{}"},
                        }
                    ]
                },
            ],
            "finish_reason": "tool_calls",
        },
    )
    started = time.monotonic()
    response = mock.chat(stream=True, stream_options={"include_usage": True})
    assert time.monotonic() - started >= 0.2  # the pause: a lower bound only
    streamed = events(response)
    assert streamed[-1] == "[DONE]"
    chunks = streamed[:-1]
    for chunk in chunks:
        conforms(chunk, "ChatCompletionStreamResponse")
    deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
    assert "".join(d.get("content") or "" for d in deltas) == "Hello"
    assert deltas[-2]["tool_calls"][0]["function"]["name"] == "get_weather"
    assert chunks[-2]["choices"][0]["finish_reason"] == "tool_calls"
    # include_usage: the usage in a last chunk of its own.
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 1  # "Hello"
    # The same script answers a request that does not stream whole.
    joined = message(mock.chat())
    assert joined["content"] == "Hello" and joined["tool_calls"][0]["id"] == "call_1"


def test_a_completions_stream(mock: InProcess) -> None:
    mock.scripts.add("completions.create", answer={"stream": [" a", " b"]})
    response = mock.http.post(
        "/completions", json={"model": TEXT_MODEL, "prompt": "x", "stream": True}
    )
    chunks = events(response)[:-1]
    assert "".join(c["choices"][0]["text"] for c in chunks) == " a b"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("disconnect", APIConnectionError),
        ("truncate", IncompleteStreamError),
        ("error", InternalServerError),
    ],
)
def test_broken_streams_reach_the_client_as_its_errors(
    server: MockServer, kind: str, error: type[Exception]
) -> None:
    # On a socket: a dropped connection is a socket's doing.
    server.scripts.clear()
    server.scripts.add(CHAT, answer={"stream": ["Par", "is"], "break": kind})
    received: list[str] = []

    def read() -> None:
        with Fireworks(api_key="k", base_url=server.base_url, max_retries=0) as client:
            for chunk in client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "Capital?"}], stream=True
            ):
                received.append(chunk.choices[0].delta.content or "")

    with pytest.raises(error):
        read()
    server.scripts.clear()
    assert "".join(received) == "Paris"


def test_an_error_status_with_its_body_and_headers(mock: InProcess) -> None:
    body = {
        "error": {"type": "rate_limit_error", "message": "slow down", "param": None, "code": "x"}
    }
    mock.scripts.add(CHAT, answer={"status": 429, "body": body, "headers": {"Retry-After": "7"}})
    response = mock.chat()
    assert response.status_code == 429
    assert response.json() == body and response.headers["retry-after"] == "7"
    mock.scripts.add(CHAT, answer={"status": 429})
    with pytest.raises(RateLimitError, match="Scripted answer"):
        mock.client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "x"}]
        )


def test_a_stream_fault_breaks_a_scripted_stream(mock: InProcess) -> None:
    mock.scripts.add(CHAT, answer={"stream": ["a", " b", " c", " d"], "break": "disconnect"})
    mock.app.state.mock.faults.inject("stream_truncated", after=2)
    streamed = events(mock.chat(stream=True))
    assert len(streamed) == 2 and "[DONE]" not in streamed  # the fault's, not the script's
    mock.scripts.add(CHAT, answer={"content": "whole"})
    mock.app.state.mock.faults.inject("stream_error", after=1)
    streamed = events(mock.chat(stream=True))
    assert streamed[-1]["error"]["code"] == "mock_fault"


MESSAGES = "messages.create"
HELLO = [{"role": "user", "content": "Say hello"}]


def named_events(response: httpx.Response) -> list[tuple[str | None, Any]]:
    decoder = SSEDecoder()
    out = decoder.feed(response.content)
    tail, _ = decoder.close()
    return [(e.event, json.loads(e.data)) for e in out + tail]


def test_a_messages_stream_with_given_text_deltas_and_a_pause(mock: InProcess) -> None:
    mock.scripts.add(MESSAGES, answer={"stream": ["Hel", {"pause": 0.1}, "lo"]}, text="hello")
    body = {"model": MODEL, "max_tokens": 64, "messages": HELLO}
    started = time.monotonic()
    response = mock.http.post("/messages", json={**body, "stream": True})
    assert time.monotonic() - started >= 0.1  # the pause: a lower bound only
    streamed = named_events(response)
    names = [name for name, _ in streamed]
    assert names == [
        "message_start",
        "ping",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    for name, data in streamed:
        assert data["type"] == name
    deltas = [data["delta"]["text"] for name, data in streamed if name == "content_block_delta"]
    assert deltas == ["Hel", "lo"]
    assert streamed[-2][1]["delta"]["stop_reason"] == "end_turn"
    # Through the client: the events typed, the text as scripted.
    with mock.client.messages.create(model=MODEL, max_tokens=64, messages=HELLO, stream=True) as s:
        typed = list(s)
    texts = [e.delta.to_dict().get("text") for e in typed if getattr(e, "delta", None)]
    assert "".join(t for t in texts if t) == "Hello"
    # The same script answers a request that does not stream whole, as the spec's Message.
    whole = mock.http.post("/messages", json=body).json()
    conforms(whole, "AnthropicMessage")
    assert whole["content"][0]["text"] == "Hello" and whole["stop_reason"] == "end_turn"
    assert whole["usage"]["output_tokens"] == 1  # "Hello"


@pytest.mark.parametrize(
    ("kind", "error"),
    [("truncate", IncompleteStreamError), ("error", InternalServerError)],
)
def test_a_broken_messages_stream_reaches_the_client_as_its_error(
    mock: InProcess, kind: str, error: type[Exception]
) -> None:
    mock.scripts.add(MESSAGES, answer={"stream": ["Par", "is"], "break": kind})
    raw = named_events(
        mock.http.post(
            "/messages", json={"model": MODEL, "max_tokens": 64, "messages": HELLO, "stream": True}
        )
    )
    assert "message_stop" not in [name for name, _ in raw]
    if kind == "error":  # Anthropic's error event, as the spec declares it
        assert raw[-1][0] == "error" and raw[-1][1]["type"] == "error"
    received: list[Any] = []
    with (
        pytest.raises(error),
        mock.client.messages.create(model=MODEL, max_tokens=64, messages=HELLO, stream=True) as s,
    ):
        received.extend(s)
    texts = [e.delta.to_dict().get("text") for e in received if getattr(e, "delta", None)]
    assert "".join(t for t in texts if t) == "Paris"


def test_a_messages_stream_script_is_checked_against_the_spec(mock: InProcess) -> None:
    with pytest.raises(ScriptError, match=r"answer\.finish_reason.*(rule: enum)"):
        mock.scripts.add(MESSAGES, answer={"stream": ["x"], "finish_reason": "no_such_reason"})
    with pytest.raises(ScriptError, match=r"answer\.stream\[0\]: a string"):
        mock.scripts.add(MESSAGES, answer={"stream": [{"content": "x"}]})


def test_a_message_scripted_by_its_parts_whole_and_streamed(mock: InProcess) -> None:
    """Parts script a message as they do a chat answer: a tool use with its input (the
    arguments, an object), then text; a streaming request gets the same message as Anthropic's
    named events, which the client folds back into it."""
    mock.scripts.add(
        MESSAGES,
        answers=[
            {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]},
            {"content": "Sunny in Paris."},
            {"json": {"city": "Paris"}, "finish_reason": "max_tokens"},
        ],
    )
    body = {"model": MODEL, "max_tokens": 64, "messages": HELLO}
    used = mock.http.post("/messages", json=body).json()
    conforms(used, "AnthropicMessage")
    (block,) = used["content"]
    assert (block["type"], block["name"], block["input"]) == (
        "tool_use",
        "get_weather",
        {"city": "Paris"},
    )
    assert used["stop_reason"] == "tool_use"
    with mock.client.messages.create(model=MODEL, max_tokens=64, messages=HELLO, stream=True) as s:
        folded = fold_message_events(list(s))
    assert folded.content[0].text == "Sunny in Paris." and folded.stop_reason == "end_turn"
    raw = named_events(mock.http.post("/messages", json={**body, "stream": True}))
    assert [name for name, _ in raw][-2:] == ["message_delta", "message_stop"]
    assert raw[-2][1]["delta"]["stop_reason"] == "max_tokens"
    deltas = [d["delta"] for name, d in raw if name == "content_block_delta"]
    assert deltas == [{"type": "text_delta", "text": '{"city": "Paris"}'}]


def test_message_parts_are_checked_when_scripted(mock: InProcess) -> None:
    with pytest.raises(ScriptError, match=r"tool_calls\[0\]\.arguments: .* not a JSON object"):
        mock.scripts.add(MESSAGES, answer={"tool_calls": [{"name": "f", "arguments": "[1]"}]})
    with pytest.raises(ScriptError, match=r"answer.*stop_reason.*(rule: enum)"):
        mock.scripts.add(MESSAGES, answer={"content": "x", "finish_reason": "stop"})


def test_faults_come_before_scripts(mock: InProcess) -> None:
    mock.scripts.add(CHAT, answer={"content": "scripted"})
    mock.app.state.mock.faults.inject("unavailable", times=1)
    assert mock.chat().status_code == 503
    assert message(mock.chat())["content"] == "scripted"


# --- refused when scripted ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "says"),
    [
        (
            {"answer": {"body": {"id": "x", "object": "chat.completion", "created": 1}}},
            "answer.body.model: is required (rule: required)",
        ),
        (
            {"answer": {"finish_reason": 3}},
            "answer.choices[0].finish_reason: 3 is not of type 'string' (rule: type)",
        ),
        (
            {"answers": [{"content": "ok"}, {"stream": ["no pause", {"pause": 0}, {"role": 7}]}]},
            "answers[1].stream[2].role: 7 is not of type 'string' (rule: type)",
        ),
        (
            {"answer": {"stream": ["a"], "finish_reason": "done"}},
            "answer.finish_reason: 'done' is not one of",
        ),
        (
            {"answer": {"status": 200}},
            "answer.status: 200 must be an error status",
        ),
        (
            {"answer": {"status": 400, "body": {"error": "no"}}},
            "answer.body.error: 'no' is not of type 'object' (rule: type)",
        ),
        ({"answer": {"contents": "typo"}}, "answer.contents: unknown field"),
        ({"answer": {"content": "a", "json": {}}}, "answer.json: give content or json"),
        ({"answer": {"stream": ["a", {"pause": 999}]}}, "answer.stream[1].pause"),
        ({"answer": {"stream": [], "break": "explode"}}, "answer.break: 'explode'"),
        ({"pattern": "(", "answer": {"content": "a"}}, "pattern: not a regular expression"),
        ({"fields": {"a..b": 1}, "answer": {"content": "a"}}, "fields.'a..b': not a path"),
        ({"answer": {"content": "a"}, "times": 0}, "times: 0 must be an integer from 1"),
        ({"answers": [], "model": MODEL}, "answers: a list of 1 to 1000"),
        ({"model": MODEL}, "answer: give either answer or answers"),
        ({"answer": {"content": "a"}, "when": {}}, "when: unknown field"),
    ],
)
def test_a_script_the_service_could_not_send_is_refused(
    mock: InProcess, script: dict[str, Any], says: str
) -> None:
    with pytest.raises(ScriptError) as caught:
        mock.scripts.add_entry({"operation": CHAT, **script})
    assert says in str(caught.value)
    assert len(mock.scripts) == 0


def test_parts_that_do_not_fit_the_operation_are_refused(mock: InProcess) -> None:
    with pytest.raises(ScriptError, match=r"operation: 'chat\.create' is not an operation"):
        mock.scripts.add("chat.create", answer={"content": "a"})
    with pytest.raises(ScriptError, match=re.escape("embeddings.create takes only merge")):
        mock.scripts.add("embeddings.create", answer={"content": "a"})
    with pytest.raises(ScriptError, match=r"only chat\.completions\.create, .* call tools"):
        mock.scripts.add("completions.create", answer={"tool_calls": [{"name": "f"}]})
    with pytest.raises(ScriptError, match=r"answer\.data: .* is not of type 'array'"):
        mock.scripts.add("embeddings.create", answer={"merge": {"data": "no"}})
    with pytest.raises(ScriptError, match=re.escape("models.list answers no stream")):
        mock.scripts.add("models.list", answer={"stream": ["a"]})


def test_scripts_are_bounded(mock: InProcess) -> None:
    for _ in range(MAX_SCRIPTS):
        mock.scripts.add(CHAT, answer={"content": "a"})
    with pytest.raises(ScriptError, match=f"at most {MAX_SCRIPTS}"):
        mock.scripts.add(CHAT, answer={"content": "a"})
    mock.scripts.clear()
    with pytest.raises(ScriptError, match="bytes as JSON"):
        mock.scripts.add(CHAT, answer={"content": "x" * (1024 * 1024)})
    with pytest.raises(ScriptError, match="at most 10000"):
        mock.scripts.add(CHAT, answer={"stream": ["a"] * 10_001})


# --- over HTTP, and the journal -------------------------------------------------------------


def test_scripts_over_http(server: MockServer) -> None:
    control = httpx.Client(base_url=server.url)
    api = Fireworks(api_key="k", base_url=server.base_url, max_retries=0)
    try:
        control.delete("/_mock/scripts")
        script = {"operation": CHAT, "text": "ping", "answer": {"content": "pong"}}
        added = control.post("/_mock/scripts", json={"scripts": [script]})
        assert added.status_code == 200 and added.json()["scripts"][0]["used"] == 0
        answer = api.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "ping"}]
        )
        assert answer.choices[0].message.content == "pong"
        assert control.get("/_mock/scripts").json()["scripts"][0]["used"] == 1
        # Refused, naming the entry, the field and the rule; nothing of the request is added.
        bad = {"operation": CHAT, "answer": {"finish_reason": []}}
        refused = control.post("/_mock/scripts", json={"scripts": [script, bad]})
        assert refused.status_code == 400
        error = refused.json()["error"]
        assert error["code"] == "invalid_script" and error["param"] == "scripts[1]"
        assert error["message"].startswith("scripts[1]: answer.choices[0].finish_reason: [] is")
        assert "(rule: type)" in error["message"]
        assert len(control.get("/_mock/scripts").json()["scripts"]) == 1  # all or none
        one = control.post("/_mock/scripts", json={"operation": CHAT, "answer": {"status": 99}})
        assert one.json()["error"]["message"].startswith("script: answer.status: 99 must be")
        assert control.post("/_mock/scripts", content=b"{not json").status_code == 400
        assert control.post("/_mock/scripts", json=[1]).status_code == 400
        big = control.post("/_mock/scripts", content=b" " * (1024 * 1024 + 1))
        assert big.status_code == 413
        assert control.delete("/_mock/scripts").json() == {"scripts": []}
        # The log names each request's operation, and pages one operation's.
        api.models.list()
        page = control.get("/_mock/requests", params={"operation": CHAT}).json()
        assert page["requests"] and {r["operation"] for r in page["requests"]} == {CHAT}
    finally:
        control.close()
        api.close()


def test_the_journal_gives_each_request_as_its_typed_model(mock: InProcess) -> None:
    mock.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}], temperature=0.2, tools=[WEATHER]
    )
    mock.client.completions.create(model=TEXT_MODEL, prompt="Once", max_completion_tokens=4)
    mock.client.models.list()
    journal = mock.app.state.mock.journal
    assert [sent.operation for sent in journal] == [CHAT, "completions.create", "models.list"]
    (chat,) = journal.of(CHAT)
    assert isinstance(chat.params, ChatCompletionRequest)
    assert chat.params.temperature == 0.2 and chat.params.messages[0].content == "Hi"
    assert chat.params.tools[0].function.name == "get_weather"
    assert "authorization" not in chat.headers
    completion = journal.last("completions.create")
    assert isinstance(completion.params, CompletionRequest)
    assert completion.params.max_completion_tokens == 4
    assert journal.of("models.list")[0].params is None  # no body
    with pytest.raises(ValueError, match=re.escape("'chat.create' is not one of")):
        journal.of("chat.create")
    with pytest.raises(LookupError):
        journal.last("embeddings.create")


def test_a_summarised_body_has_no_typed_params() -> None:
    small = InProcess(request_log=RequestLog(max_body_bytes=100))
    small.chat("x" * 200)
    (sent,) = small.app.state.mock.journal.of(CHAT)
    assert not sent.body_kept and sent.params is None


# --- the pytest plugin ----------------------------------------------------------------------


def test_the_plugin_scopes_scripts_to_one_test(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        'pytest_plugins = ["fireworks_client.mock.pytest_plugin"]\n'
    )
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            f"""
            import pytest
            from fireworks_client import Fireworks

            def ask(mock):
                client = Fireworks(api_key="k", base_url=mock.base_url)
                return client.chat.completions.create(
                    model={MODEL!r}, messages=[{{"role": "user", "content": "hi"}}]
                ).choices[0].message.content

            @pytest.mark.fireworks_mock_script({CHAT!r}, answer={{"content": "marked"}})
            def test_marked(fireworks_mock):
                assert ask(fireworks_mock) == "marked"

            def test_scripted_by_the_fixture(fireworks_mock, fireworks_scripts):
                fireworks_scripts.add({CHAT!r}, answer={{"content": "by fixture"}})
                assert ask(fireworks_mock) == "by fixture"
                assert len(fireworks_mock.requests.of({CHAT!r})) == 1

            def test_reset_between_tests(fireworks_mock):
                assert ask(fireworks_mock) not in ("marked", "by fixture")
                assert len(fireworks_mock.scripts) == 0

            @pytest.mark.fireworks_mock_script({CHAT!r}, answer={{"finish_reason": 1}})
            def test_a_malformed_marker(fireworks_mock):
                pass

            @pytest.mark.fireworks_mock_script({CHAT!r}, answer={{"content": "lost"}})
            def test_a_marker_without_the_mock():
                pass
            """
        )
    )
    # In a subprocess, as a user's suite runs.
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = run.stdout + run.stderr
    assert "3 passed, 2 errors" in output, output
    assert "scripts the fireworks_mock fixture, which the test does not use" in output
    assert "answer.choices[0].finish_reason: 1 is not of type 'string'" in output


# --- generated scripts: refused, or answered as the spec says -------------------------------

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 600)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.sampled_from(["stop", "Paris", "get_weather", "truncate", "", "{}"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
_PARTS = st.fixed_dictionaries(
    {},
    optional={
        "content": st.text(max_size=20) | _JSON,
        "json": _JSON,
        "tool_calls": st.lists(
            st.fixed_dictionaries(
                {"name": st.sampled_from(["get_weather", ""])}, optional={"arguments": _JSON}
            ),
            max_size=2,
        )
        | _JSON,
        "finish_reason": st.sampled_from(["stop", "length", "tool_calls", "done"]) | _JSON,
        "merge": st.dictionaries(st.sampled_from(["model", "usage", "id", "x"]), _JSON, max_size=2),
    },
)
_STREAMS = st.fixed_dictionaries(
    {"stream": st.lists(st.text(max_size=5) | st.just({"pause": 0}) | _JSON, max_size=4)},
    optional={
        "finish_reason": st.sampled_from(["stop", "length"]) | _JSON,
        "break": st.sampled_from(["truncate", "error", "malformed", "explode"]),
    },
)
_STATUSES = st.fixed_dictionaries(
    {"status": st.integers(100, 700) | _JSON},
    optional={"body": _JSON, "headers": st.dictionaries(st.text(max_size=5), _JSON, max_size=2)},
)
_ANSWERS = _PARTS | _STREAMS | _STATUSES | st.builds(lambda b: {"body": b}, _JSON)
_OPERATIONS = [CHAT, "completions.create", "responses.create", "embeddings.create"]
_REQUESTS: dict[str, tuple[str, dict[str, Any], str, str | None]] = {
    CHAT: (
        "/chat/completions",
        {"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
        "ChatCompletionResponse",
        "ChatCompletionStreamResponse",
    ),
    "completions.create": (
        "/completions",
        {"model": TEXT_MODEL, "prompt": "hi"},
        "CompletionResponse",
        "CompletionStreamResponse",
    ),
    "responses.create": ("/responses", {"model": MODEL, "input": "hi"}, "Response", None),
    "embeddings.create": (
        "/embeddings",
        {"model": "nomic-ai/nomic-embed-text-v1.5", "input": "hi"},
        "CreateEmbeddingResponse",
        None,
    ),
}


@pytest.fixture(scope="module")
def shared() -> Iterator[InProcess]:
    made = InProcess()
    yield made
    made.http.close()
    made.client.close()


@given(
    operation=st.sampled_from(_OPERATIONS),
    answer=_ANSWERS,
    match=st.fixed_dictionaries({}, optional={"text": _JSON, "pattern": _JSON, "fields": _JSON}),
    stream=st.booleans(),
)
def test_generated_scripts_are_refused_or_answered_as_the_spec_says(
    shared: InProcess, operation: str, answer: Any, match: Any, stream: bool
) -> None:
    shared.scripts.clear()
    refused = None
    try:
        shared.scripts.add_entry({"operation": operation, "answer": answer, **match})
    except ScriptError as exc:
        refused = str(exc)
    if refused is not None:
        assert "(rule: " in refused, refused  # the field and the rule
        return
    path, body, model, chunk_model = _REQUESTS[operation]
    streams = stream and chunk_model is not None
    response = shared.http.post(path, json={**body, "stream": True} if streams else body)
    if "status" in answer:
        assert response.status_code == answer["status"]
        return
    assert response.status_code == 200, response.text
    if not streams:
        conforms(response.json(), model)
        return
    decoder = SSEDecoder()
    sent = [e.data for e in decoder.feed(response.content) + decoder.close()[0]]
    if answer.get("break") == "malformed":  # the break: an event that is not JSON, last
        assert json.loads(sent.pop() + "]}") is not None
    for data in sent:
        event = data if data == "[DONE]" else json.loads(data)
        if event != "[DONE]" and "error" not in event:
            conforms(event, str(chunk_model))


@given(body=_JSON | st.builds(lambda a: {"operation": CHAT, "answer": a}, _ANSWERS))
def test_generated_bodies_to_the_scripts_endpoint_never_get_a_500(
    server: MockServer, body: Any
) -> None:
    with httpx.Client(base_url=server.url) as control:
        answered = control.post("/_mock/scripts", json={"scripts": [body]})
        assert answered.status_code in (200, 400), answered.text
        if answered.status_code == 400:
            assert answered.json()["error"]["param"] == "scripts[0]"
        answered = control.post("/_mock/scripts", json=body)
        assert answered.status_code in (200, 400), answered.text
        control.delete("/_mock/scripts")


def test_a_platform_answer_is_scripted_by_its_friendly_name(mock: InProcess) -> None:
    # the platform's classes are not named as their components (GatewayListDeploymentsResponse
    # is gatewayListDeploymentsResponse): the script is checked against the component's schema
    name = "accounts/acme/deployments/scripted"
    mock.scripts.add(
        "deployments.list",
        answer={
            "body": {
                "deployments": [{"name": name, "baseModel": MODEL, "state": "READY"}],
                "totalSize": 1,
            }
        },
    )
    mock.scripts.add("deployments.get", answer={"status": 404}, times=1)
    listed = list(mock.client.deployments.list(account_id="acme"))
    assert [d.name for d in listed] == [name]
    with pytest.raises(NotFoundError):
        mock.client.deployments.get("scripted", account_id="acme")
    with pytest.raises(ScriptError, match="deployments"):
        mock.scripts.add("deployments.list", answer={"body": {"deployments": "none"}})
