"""What the spec declares is read, not repeated: the framing of each stream (``x-fireworks-sse``:
its terminator and its in-band error schema) goes from the effective spec through ``make
generate`` into ``fireworks_api.operations``, where the client's stream decoder and the mock's
stream writer read it; error statuses, ErrorResponse types and exception classes are one table
(``fireworks_client._exceptions.ERROR_KINDS``), read by the client's status errors, its in-band
stream errors and the mock."""

from __future__ import annotations

import ast
import asyncio
import copy
import dataclasses
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from fireworks_api.operations import OPERATIONS, EventStream, Operation
from fireworks_client import _exceptions
from fireworks_client._exceptions import (
    ANTHROPIC,
    ERROR_KINDS,
    FIREWORKS,
    APIResponseValidationError,
    APIStatusError,
    ConflictError,
    IncompleteStreamError,
    status_error,
    status_of_type,
    type_of_status,
)
from fireworks_client._openapi import load_spec, to_json_schema
from fireworks_client._sse import SSEDecoder, encode_event
from fireworks_client._streaming import AsyncStream, Stream, event_stream_of
from fireworks_client.mock import ASGISyncTransport, FaultKind, create_app
from fireworks_client.mock._quietlog import QuietDisconnect
from fireworks_client.mock._spec.errors import error_body, shaped_error

from codegen.operations import event_stream, render_operations

OVERLAY = Path(__file__).resolve().parents[1] / "overlay"
SPEC = load_spec()
CHAT = "create_chat_completion_v1_chat_completions_post"
COMPLETION = "create_completion_v1_completions_post"
MESSAGES = "messages_post"
DECLARED = EventStream(terminator="[DONE]", error_model="ErrorResponse", error_key="error")
NAMED = EventStream(
    None, "AnthropicErrorResponse", None, end_event="message_stop", error_event="error"
)


def load_description(source: str) -> types.ModuleType:
    name = f"_description_{abs(hash(source))}"
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up while the classes are made
    try:
        exec(compile(source, name, "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    return module


def streams(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(operationId, text/event-stream content) of each streamed 2xx answer of ``spec``."""
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, answer in op["responses"].items():
                content = answer.get("content", {}).get("text/event-stream")
                if status.startswith("2") and content is not None:
                    yield op["operationId"], content


# --- make generate carries the declaration -------------------------------------------------


def test_the_description_says_what_x_fireworks_sse_declares() -> None:
    declared = dict(streams(SPEC))
    assert set(declared) == {CHAT, COMPLETION, MESSAGES}
    for operation_id, content in declared.items():
        sse = content["x-fireworks-sse"]
        events = OPERATIONS[operation_id].event_stream
        assert events is not None and events.terminator == sse.get("terminator")
        assert events.end_event == sse.get("end_event")
        assert events.error_event == sse.get("error_event")
        assert events.error_model == sse["error"]["$ref"].rpartition("/")[2]
        assert events == (NAMED if operation_id == MESSAGES else DECLARED)
    assert OPERATIONS["listModels"].event_stream is None
    # the named events' union: each value of its discriminator, the model the spec maps it to
    union = SPEC["components"]["schemas"]["AnthropicMessageStreamEvent"]["discriminator"]
    tag, variants = OPERATIONS[MESSAGES].stream_variants
    assert tag == union["propertyName"]
    assert {k: f"#/components/schemas/{v}" for k, v in variants} == union["mapping"]


def test_a_changed_declaration_is_regenerated() -> None:
    spec = copy.deepcopy(SPEC)
    content = spec["paths"]["/inference/v1/chat/completions"]["post"]["responses"]["200"]["content"]
    content["text/event-stream"]["x-fireworks-sse"]["terminator"] = "[END]"
    del content["text/event-stream"]["x-fireworks-sse"]["error"]
    after = load_description(render_operations(spec))
    assert after.OPERATIONS[CHAT].event_stream == after.EventStream("[END]", None, None)
    assert after.OPERATIONS[COMPLETION].event_stream == after.EventStream(
        "[DONE]", "ErrorResponse", "error"
    )


@pytest.mark.parametrize(
    ("declared", "rule"),
    [
        ({"terminator": "[DONE]", "end": "x"}, "takes end_event, error, error_event, terminator"),
        ({"terminator": ""}, "non-empty string"),
        ({"end_event": 3}, "end_event must be a non-empty string"),
        ({"terminator": "[DONE]", "end_event": "message_stop"}, "not both"),
        ({"end_event": "message_stop", "error_event": "error"}, "needs the error's schema"),
        ({"error": {"type": "object"}}, "must be a $ref"),
        # every property it requires, the chunk has too: an error is not told from a chunk
        (
            {"error": {"$ref": "#/components/schemas/ChatCompletionStreamResponse"}},
            "exactly one property",
        ),
    ],
)
def test_a_declaration_the_runtime_cannot_read_stops_generation(
    declared: dict[str, Any], rule: str
) -> None:
    chunk = {"$ref": "#/components/schemas/ChatCompletionResponse"}
    with pytest.raises(ValueError, match=r"x-fireworks-sse|error schema|error_event") as info:
        event_stream(SPEC, {"x-fireworks-sse": declared}, chunk, "POST /x 200")
    assert rule in str(info.value) and "POST /x 200" in str(info.value)


# --- the client's decoder reads it ---------------------------------------------------------

REQUEST = httpx.Request("POST", "http://api.test/v1/chat/completions")


def answer(*data: str, end: bytes = b"") -> httpx.Response:
    body = b"".join(encode_event(d) for d in data) + end
    return httpx.Response(200, content=body, request=REQUEST)


def read(response: httpx.Response, events: EventStream) -> list[dict[str, Any]]:
    with Stream(response, dict, events) as stream:
        return list(stream)


def test_a_stream_ends_at_its_declared_terminator() -> None:
    end = EventStream("[END]", "ErrorResponse", "error")
    chunk = json.dumps({"n": 1})
    # what follows the terminator is not read as chunks
    assert read(answer(chunk, "[END]", '{"n": 2}'), end) == [{"n": 1}]
    with pytest.raises(IncompleteStreamError, match=r"data: \[END\]"):
        read(answer(chunk), end)
    # [DONE] is nothing special to a stream that declares another terminator
    with pytest.raises(APIResponseValidationError, match="not JSON"):
        read(answer(chunk, "[DONE]"), end)

    async def both() -> list[dict[str, Any]]:
        async with AsyncStream(answer(chunk, "[END]"), dict, end) as stream:
            return [c async for c in stream]

    assert asyncio.run(both()) == [{"n": 1}]


def test_a_stream_without_terminator_or_error_ends_with_its_body() -> None:
    plain = EventStream(None, None, None)
    data = [json.dumps({"n": 1}), json.dumps({"error": "a field of a chunk"})]
    assert read(answer(*data), plain) == [{"n": 1}, {"error": "a field of a chunk"}]


def test_the_in_band_error_is_the_declared_key_and_the_tables_type() -> None:
    other_key = EventStream("[DONE]", "ErrorResponse", "failure")
    error = {"type": "conflict_error", "message": "busy"}
    with pytest.raises(ConflictError) as info:
        read(answer(json.dumps({"failure": error})), other_key)
    assert info.value.status_code == 409
    assert read(answer(json.dumps({"error": error}), "[DONE]"), other_key) == [{"error": error}]


def named(*events: tuple[str, dict[str, Any]], end: bytes = b"") -> httpx.Response:
    body = b"".join(encode_event(json.dumps(data), event=name) for name, data in events) + end
    return httpx.Response(200, content=body, request=REQUEST)


def test_a_named_stream_ends_at_its_declared_end_event() -> None:
    start, stop = ("start", {"type": "start"}), ("stop", {"type": "stop"})
    framing = EventStream(None, "AnthropicErrorResponse", None, end_event="stop")
    # the end event is the last chunk; what follows it is not read
    assert read(named(start, stop, start), framing) == [{"type": "start"}, {"type": "stop"}]
    with pytest.raises(IncompleteStreamError, match="event: stop"):
        read(named(start, start), framing)
    # an event of the end's name only in its data ends nothing: the name frames the stream
    with pytest.raises(IncompleteStreamError):
        read(named(start, ("other", {"type": "stop"})), framing)

    async def both() -> list[dict[str, Any]]:
        async with AsyncStream(named(start, stop), dict, framing) as stream:
            return [c async for c in stream]

    assert asyncio.run(both()) == [{"type": "start"}, {"type": "stop"}]


def test_the_named_error_event_raises_the_tables_type() -> None:
    framing = EventStream(None, "AnthropicErrorResponse", None, "stop", error_event="failure")
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    with pytest.raises(_exceptions.ServiceUnavailableError) as info:
        read(named(("start", {"type": "start"}), ("failure", error)), framing)
    assert info.value.status_code == 503 and info.value.type == "overloaded_error"
    assert str(info.value).startswith("503: busy")
    # an event named otherwise is a chunk, whatever its data says
    assert read(named(("error", error), ("stop", {})), framing) == [error, {}]


def test_the_request_path_hands_streams_the_operations_framing() -> None:
    assert event_stream_of(OPERATIONS[CHAT]) is OPERATIONS[CHAT].event_stream
    with pytest.raises(TypeError, match="listModels: the spec gives no stream answer"):
        event_stream_of(OPERATIONS["listModels"])


# --- the mock's writer reads it ------------------------------------------------------------


def with_framing(op: Operation, events: EventStream) -> Operation:
    responses = {
        status: tuple(
            dataclasses.replace(b, events=events) if b.events is not None else b for b in bodies
        )
        for status, bodies in op.responses.items()
    }
    return dataclasses.replace(op, responses=responses)


def mock_stream(operation: Operation, fault: str | None = None) -> list[str]:
    app = create_app(operations={CHAT: operation})
    headers = {"Authorization": "Bearer k", **({"X-Mock-Fault": fault} if fault else {})}
    body = {
        "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
        "messages": [{"role": "user", "content": "hi"}],
        "max_tokens": 3,
        "stream": True,
    }
    with httpx.Client(transport=ASGISyncTransport(app), base_url="http://mock") as client:
        response = client.post(
            "/inference/v1/chat/completions", json=body, headers=headers, timeout=10
        )
    decoder = SSEDecoder()
    return [e.data for e in (*decoder.feed(response.content), *decoder.close()[0])]


def test_the_mock_ends_a_stream_with_the_declared_terminator() -> None:
    assert mock_stream(OPERATIONS[CHAT])[-1] == "[DONE]"
    data = mock_stream(with_framing(OPERATIONS[CHAT], EventStream("[END]", None, None)))
    assert data[-1] == "[END]" and "[DONE]" not in data
    assert all(json.loads(d) for d in data[:-1])
    plain = mock_stream(with_framing(OPERATIONS[CHAT], EventStream(None, None, None)))
    assert all(json.loads(d) for d in plain)


def test_the_mock_writes_the_declared_in_band_error() -> None:
    data = mock_stream(OPERATIONS[CHAT], f"{FaultKind.STREAM_ERROR.value}; after=1")
    assert json.loads(data[-1]) == error_body(
        500, "The model failed while streaming (mock fault)", code="mock_fault"
    )
    # a stream that declares no in-band error breaks off instead (as stream_disconnect)
    silent = with_framing(OPERATIONS[CHAT], EventStream("[DONE]", None, None))
    with pytest.raises(QuietDisconnect, match="no in-band error declared"):
        mock_stream(silent, f"{FaultKind.STREAM_ERROR.value}; after=1")
    other = with_framing(OPERATIONS[CHAT], EventStream("[DONE]", "CompletionResponse", "error"))
    with pytest.raises(ValueError, match="writes in-band stream errors as ErrorResponse"):
        create_app(operations={CHAT: other})


def test_the_mock_names_events_and_ends_with_the_declared_end_event() -> None:
    def events_of(operation: Operation) -> list[tuple[str, str]]:
        app = create_app(operations={MESSAGES: operation})
        body = {
            "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "messages": [{"role": "user", "content": "hi"}],
            "max_tokens": 3,
            "stream": True,
        }
        with httpx.Client(transport=ASGISyncTransport(app), base_url="http://mock") as client:
            response = client.post(
                "/inference/v1/messages", json=body, headers={"x-api-key": "k"}, timeout=10
            )
        decoder = SSEDecoder()
        return [(e.event, e.data) for e in (*decoder.feed(response.content), *decoder.close()[0])]

    declared = events_of(OPERATIONS[MESSAGES])
    assert declared[-1] == ("message_stop", json.dumps({"type": "message_stop"}))
    assert all(name == json.loads(data)["type"] for name, data in declared)
    other = events_of(with_framing(OPERATIONS[MESSAGES], dataclasses.replace(NAMED, end_event="x")))
    assert other[-1] == ("x", json.dumps({"type": "x"}))
    assert "message_stop" not in {name for name, _ in other}


# --- one table of statuses, error types and exceptions -------------------------------------


def test_the_mock_and_the_client_read_one_table() -> None:
    response = httpx.Response(400, request=REQUEST)
    for kind in ERROR_KINDS:
        for dialect, model in ((FIREWORKS, "ErrorResponse"), (ANTHROPIC, "AnthropicErrorResponse")):
            body = shaped_error(model, kind.status, "m")
            if dialect in kind.dialects:
                assert body["error"]["type"] == kind.error_type
            assert type(status_error(response, body, status_code=kind.status)) is kind.exception
        # an in-band error carries the type only: back to the first status of that type
        status = status_of_type(kind.error_type)
        assert type_of_status(status, kind.dialects[0]) == kind.error_type
        first = next(k for k in ERROR_KINDS if k.error_type == kind.error_type)
        assert status == first.status
    assert error_body(500, "m") == shaped_error("ErrorResponse", 500, "m")
    assert type_of_status(529) == "internal_server_error" and status_of_type("new") == 500
    assert type_of_status(529, ANTHROPIC) == "api_error"
    assert type_of_status(418) == "invalid_request_error" and status_of_type(None) == 500
    assert issubclass(ConflictError, APIStatusError)
    with pytest.raises(ValueError, match="dialect"):
        type_of_status(400, "klingon")


def test_anthropic_error_types_are_those_its_schema_declares() -> None:
    union = SPEC["components"]["schemas"]["AnthropicErrorResponse"]["properties"]["error"]
    declared = set(union["discriminator"]["mapping"])
    assert {k.error_type for k in ERROR_KINDS if ANTHROPIC in k.dialects} <= declared
    body = shaped_error("AnthropicErrorResponse", 503, "busy", request_id="req_1")
    assert body == {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "busy"},
        "request_id": "req_1",
    }
    jsonschema.validate(
        body, to_json_schema({"$ref": "#/components/schemas/AnthropicErrorResponse"}, SPEC)
    )


def _constants(source: str) -> Iterator[object]:
    """The constants of a module's code (docstrings are prose, not tables)."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and id(node) not in docstrings:
            yield node.value


def test_no_hand_copy_of_the_terminator_or_the_error_types() -> None:
    types_ = {kind.error_type for kind in ERROR_KINDS}
    table = Path(_exceptions.__file__).resolve()
    found = []
    for path in sorted(OVERLAY.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not any(word in source for word in ("[DONE]", *types_)):
            continue  # parsed only when it might hold one
        for value in _constants(source):
            text = value.decode("latin-1") if isinstance(value, bytes) else value
            if not isinstance(text, str):
                continue
            if "[DONE]" in text or (text in types_ and path.resolve() != table):
                found.append(f"{path.relative_to(OVERLAY)}: {text!r}")
    assert found == []
