"""Schemathesis against the mock server: every operation, positive and negative data, all of
schemathesis's checks, streams validated event by event.

Two checks are replaced by stricter versions of themselves, ``_judged_by_the_wire``:
positive_data_acceptance and negative_data_rejection trust schemathesis's label of a case,
but the label does not always survive the trip: in a multipart body ``True`` and ``"true"``
are the same text, and the coverage phase sometimes labels a schema-invalid body positive.
The replacement validates the body that actually went on the wire against the spec and
expects what the built-in checks expect: acceptance of a valid body, rejection (4xx) of an
invalid one. It also accepts a 400 for a valid body whose ``error.code`` names a limit that
a schema cannot express: a prompt longer than the model's context window with
context_length_exceeded_behavior "error", more embedding dimensions than the model has, an
image part that is not a decodable PNG or JPEG, image-to-image's STEP_SCHEDULE mode without
step_schedule_end (the flat form of that body cannot say it in OpenAPI 3.0), an object to
embed without a prompt_template or one that renders to no text.
"""

from __future__ import annotations

import email.parser
import io
import json
import math
import os
from collections import Counter
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jsonschema
import pytest
import schemathesis
from fireworks_client._openapi import load_spec, resolve, to_json_schema
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import create_app
from hypothesis import settings
from hypothesis import strategies as st
from PIL import Image
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from codegen.operations import event_payload

KEY = "schemathesis-test-key"
APP = create_app(api_keys={KEY})
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
# Schemathesis reads 20 events of a stream by default and cuts the rest, which the stream
# check below (ending with [DONE]) would report: read them all.
schema.config.max_stream_events = 100_000
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "15"))
# Limits of a model that a schema cannot express; see the module docstring.
SEMANTIC_CODES = {
    "semantic",  # an Anthropic-shaped rejection that is not the schema's (see below)
    "mock_limit",
    "context_length_exceeded",
    "invalid_dimensions",
    "input_too_long",
    "invalid_image",
    "mode_requires_field",
    "missing_prompt_template",  # an object input to embed needs a template to become text
    "empty_input",  # a template that renders an object to no text at all
    # The platform's state and its strings' grammars (ids, filters, page tokens): an id taken
    # already, a dataset validated before its upload, a filter the mock does not read.
    "already_exists",
    "failed_precondition",
    "invalid_argument",
}
PLATFORM_FORMATS = jsonschema.FormatChecker(formats=["date-time"])
ACCEPTED = set(range(200, 400)) | {401, 403, 404, 409, 429} | set(range(500, 600))
REJECTED = {400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429}
SPEC = load_spec()
# (operation, schema-valid on the wire, status) -> count, for the coverage test at the end.
OUTCOMES: Counter[tuple[str, bool, int]] = Counter()

if os.environ.get("PYTEST_XDIST_WORKER"):
    # schemathesis' items (one an operation) share one node id, and pytest-xdist schedules by
    # node id: it would run one of them and report the module green. make test runs this module
    # in a process of its own.
    raise pytest.UsageError(
        "tests/test_mock_schemathesis.py cannot run under pytest-xdist (-n): run it apart "
        "(pytest tests/test_mock_schemathesis.py) and the rest with "
        "--ignore=tests/test_mock_schemathesis.py, as make test does"
    )


def _image(fmt: str, size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, fmt)
    return out.getvalue()


schemathesis.openapi.media_type(
    "image/png", st.sampled_from([_image("PNG", (64, 64)), _image("PNG", (96, 48))])
)
schemathesis.openapi.media_type("image/jpeg", st.sampled_from([_image("JPEG", (64, 64))]))


# Realistic values, as schemathesis asks for them: half of the generated bodies name a model
# the mock serves (a random model name is a 404, which tells little about the operation).
KNOWN_MODELS = {
    "/inference/v1/chat/completions": "accounts/fireworks/models/kimi-k2-instruct-0905",
    "/inference/v1/completions": "accounts/fireworks/models/llama-v3p1-8b-instruct",
    "/inference/v1/embeddings": "nomic-ai/nomic-embed-text-v1.5",
    "/inference/v1/messages": "accounts/fireworks/models/kimi-k2-instruct-0905",
}


@schemathesis.hook
def map_body(context: schemathesis.HookContext, body: Any) -> Any:
    operation = context.operation
    known = KNOWN_MODELS.get(operation.path) if operation is not None else None
    if (
        known
        and isinstance(body, dict)
        and isinstance(body.get("model"), str)
        and len(json.dumps(body, sort_keys=True, default=str)) % 2 == 0
    ):
        return {**body, "model": known}
    return body


def _stream_content(case: schemathesis.Case) -> Any:
    op = SPEC["paths"][case.operation.path][case.operation.method.lower()]
    return op["responses"]["200"]["content"]["text/event-stream"]


def _stream_schema(case: schemathesis.Case) -> Any:
    """The JSON Schema of the chunk inside each event of the operation's stream."""
    return to_json_schema(event_payload(SPEC, _stream_content(case)["schema"]), SPEC)


@schemathesis.check
def _events_hold_chunks(
    ctx: schemathesis.CheckContext, response: Any, case: schemathesis.Case
) -> bool | None:
    """What schemathesis cannot check from the spec (it validates each event's shape; the
    chunk is only the contentSchema of ``data``, an annotation): every event's data is a chunk
    of the spec, and the stream ends with the terminator (or, named events, the end event)
    its x-fireworks-sse declares."""
    content_type = next(
        (
            str(v[0] if isinstance(v, list) else v)
            for k, v in response.headers.items()
            if k.lower() == "content-type"
        ),
        "",
    )
    if not content_type.startswith("text/event-stream"):
        return None
    decoder = SSEDecoder()
    events = decoder.feed(response.content)
    tail, truncated = decoder.close()
    events += tail
    declared = _stream_content(case)["x-fireworks-sse"]
    end_event = declared.get("end_event")
    if end_event is not None:  # named events: the end event is a chunk too
        if truncated or not events or events[-1].event != end_event:
            raise AssertionError(f"the stream does not end with event: {end_event}")
        chunks = events
    else:
        terminator = declared["terminator"]
        if truncated or not events or events[-1].data != terminator:
            raise AssertionError(f"the stream does not end with data: {terminator}")
        chunks = events[:-1]
    validator = jsonschema.Draft202012Validator(_stream_schema(case))
    for event in chunks:
        validator.validate(json.loads(event.data))
    return None


def _form_value(text: str, prop: dict[str, Any]) -> Any:
    """A form field as the type its schema names, when the text is one (else the text)."""
    kind = prop.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _wire_body(case: schemathesis.Case, response: Any) -> Any:
    raw = response.request.body or b""
    raw = raw.encode() if isinstance(raw, str) else raw
    content_type = response.request.headers.get("Content-Type", "")
    if not content_type.startswith("multipart/form-data"):
        return json.loads(raw)
    if "boundary=" not in content_type:
        # No boundary, no parts: not multipart at all (an empty form is sent so).
        raise ValueError("multipart/form-data without a boundary (RFC 2046)")
    message = email.parser.BytesParser().parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    props = _request_schema(case)["properties"]
    body: dict[str, Any] = {}
    for part in message.get_payload():
        name = part.get_param("name", header="content-disposition")
        if name is None:  # a part without its headers: not a form field at all
            raise ValueError("a multipart part without a Content-Disposition name")
        data = part.get_payload(decode=True) or b""
        if part.get_filename() is not None or props.get(name, {}).get("format") == "binary":
            body[name] = "<binary>"
        else:
            body[name] = _form_value(data.decode("utf-8", "replace"), props.get(name, {}))
    return body


def _request_schema(case: schemathesis.Case) -> Any:
    op = SPEC["paths"][case.operation.path][case.operation.method.lower()]
    ((_, content),) = op["requestBody"]["content"].items()
    return to_json_schema(resolve(content["schema"], SPEC), SPEC)


def _query_text_fits(text: str, schema: dict[str, Any]) -> bool:
    """One query value as its schema's type (booleans true/false, numbers finite), then
    checked against the schema; written here, apart from the mock's own check."""
    kind = schema.get("type")
    value: Any = text
    try:
        if kind == "integer":
            value = int(text)
        elif kind == "number":
            value = float(text)
            if not math.isfinite(value):
                return False
    except ValueError:
        return False
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            return False
        value = text.lower() == "true"
    return jsonschema.Draft202012Validator(to_json_schema(schema, SPEC)).is_valid(value)


def _query_fits(case: schemathesis.Case, response: Any) -> bool:
    """Every value sent for a declared query parameter fits its schema (undeclared ones are
    ignored, as by the service)."""
    op = SPEC["paths"][case.operation.path][case.operation.method.lower()]
    declared = {
        p["name"]: p.get("schema", {}) for p in op.get("parameters", []) if p.get("in") == "query"
    }
    sent = parse_qsl(urlsplit(str(response.request.url)).query, keep_blank_values=True)
    return all(_query_text_fits(text, declared[name]) for name, text in sent if name in declared)


@schemathesis.check
def _judged_by_the_wire(
    ctx: schemathesis.CheckContext, response: Any, case: schemathesis.Case
) -> bool | None:
    op = SPEC["paths"][case.operation.path][case.operation.method.lower()]
    if response.request.method.upper() != case.operation.method.upper():
        return None  # unsupported_method sends other methods; it judges those itself
    if "requestBody" not in op:
        OUTCOMES[(case.operation.label, True, response.status_code)] += 1
        return None
    ((media_type, _),) = op["requestBody"]["content"].items()
    sent_type = response.request.headers.get("Content-Type", "").split(";")[0].strip()
    try:
        # The platform's times are checked as times (the mock stores and answers them back).
        formats = PLATFORM_FORMATS if case.operation.path.startswith("/v1/accounts") else None
        valid = (
            sent_type == media_type
            and jsonschema.Draft202012Validator(
                _request_schema(case), format_checker=formats
            ).is_valid(_wire_body(case, response))
            and _query_fits(case, response)
        )
    except ValueError:  # not JSON at all
        valid = False
    status = response.status_code
    OUTCOMES[(case.operation.label, valid, status)] += 1
    if valid and status not in ACCEPTED:
        answer = json.loads(response.content) if status == 400 else {}
        error = answer.get("error") or {}
        code = error.get("code")
        # Anthropic's shape (messages) carries no code: a rule of the service's beyond the
        # schema (a tool_choice naming no tool given) is told from the mock's schema
        # validation, whose messages start "Invalid request:".
        if answer.get("type") == "error" and not error.get("message", "").startswith(
            "Invalid request:"
        ):
            code = "semantic"
        if code not in SEMANTIC_CODES:
            raise AssertionError(
                f"A schema-valid request was rejected: {status} {response.content[:300]!r}"
            )
    if not valid and status not in REJECTED:
        raise AssertionError(
            f"A schema-invalid request was accepted: {status} {response.content[:200]!r}"
        )
    return None


@schema.parametrize()
@settings(max_examples=EXAMPLES)
def test_mock_conforms_to_the_spec(case: schemathesis.Case) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {KEY}"},
        excluded_checks=[positive_data_acceptance, negative_data_rejection],
        additional_checks=[_judged_by_the_wire, _events_hold_chunks],
    )


def test_fuzzing_reached_every_behaviour() -> None:
    """The run above must have had valid requests answered 200 by every operation, and
    invalid ones rejected, or it proved little (say, if every model name were unknown)."""
    assert OUTCOMES, "run the whole module: the schemathesis test records what it saw"
    per_operation = Counter[str]()
    for (op, _, _), n in OUTCOMES.items():
        per_operation[op] += n
    print(f"\nschemathesis cases per operation (max_examples={EXAMPLES}):")
    for op, n in sorted(per_operation.items()):
        print(f"  {n:6d}  {op}")
    print(f"  {sum(per_operation.values()):6d}  in all")
    for path, methods in SPEC["paths"].items():
        for method in methods:
            if method == "servers":
                continue
            label = f"{method.upper()} {path}"
            answered = {
                status for (op, valid, status), n in OUTCOMES.items() if op == label and valid
            }
            # An operation on a stored item (GET /v1/responses/{response_id}) meets random ids:
            # its behaviour answering 404 is what this run can reach.
            by_id = "{" in path and "{model}" not in path
            reached = answered & ({200, 404} if by_id else {200})
            assert reached, f"{label}: no valid request was answered 200: {OUTCOMES}"
            if "requestBody" in methods[method]:
                rejected = {
                    s for (op, valid, s), n in OUTCOMES.items() if op == label and not valid
                }
                assert 400 in rejected, f"{label}: no invalid request was rejected with 400"
