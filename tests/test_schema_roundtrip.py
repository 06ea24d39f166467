"""Payloads drawn from the effective spec's own schemas survive the generated models.

Responses: ``Model.from_dict(x).to_dict() == x`` for every response schema, with nulls,
optional fields absent and unknown fields present at every level. Requests: a body drawn from
the request schema parses, serialises back to itself, and the serialised body validates
against the schema; multipart bodies are checked part by part.
"""

from __future__ import annotations

import json
from typing import Any

import fireworks_api.models
import jsonschema
import jsonschema_rs
import pytest
from fireworks_api.operations import OPERATIONS
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from codegen.operations import effective_spec, operations
from codegen.params import _model_name
from tests._oas import (
    body_class,
    drawable,
    examples_for,
    json_same,
    object_properties,
    request_body,
    response_cases,
    to_json_schema,
)

SPEC = effective_spec()


def _model_of(case: Any) -> str | None:
    """The generated class of a response case: its component's, or for an inline answer the
    class the generator made of it (as fireworks_api.operations names it)."""
    schema = case.schema
    ref = schema.get("$ref") or schema.get("items", {}).get("$ref", "")
    bodies = OPERATIONS[case.operation.operation_id].responses[case.status]
    if any(b.variants for b in bodies if b.content_type == case.media_type):
        return None  # a union of event models (messages): each a root of test_fast_parse
    if ref:
        return str(ref.rsplit("/", 1)[-1])
    return next((b.model for b in bodies if b.content_type == case.media_type), None)


def _unique_response_schemas() -> dict[str, tuple[str, dict[str, Any]]]:
    unique: dict[str, tuple[str, dict[str, Any]]] = {}
    for case in response_cases(SPEC):
        model = _model_of(case)
        if model is not None:
            unique.setdefault(json.dumps(case.schema, sort_keys=True), (model, case.schema))
    return unique


RESPONSE_SCHEMAS = list(_unique_response_schemas().values())


def _schema_id(case: tuple[str, dict[str, Any]]) -> str:
    name, schema = case
    return f"list[{name}]" if schema.get("type") == "array" else name


def _parse_and_dump(name: str, schema: dict[str, Any], payload: Any) -> Any:
    # the generator's class of the component (gatewayAccount: GatewayAccount)
    cls = getattr(fireworks_api.models, _model_name(f"#/components/schemas/{name}"))
    if schema.get("type") == "array":
        return [cls.from_dict(item).to_dict() for item in payload]
    return cls.from_dict(payload).to_dict()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _with_unknown_fields(payload: Any, value: Any) -> Any:
    """A copy with an unknown key added to every object, at every depth."""
    if isinstance(payload, dict):
        out = {k: _with_unknown_fields(v, value) for k, v in payload.items()}
        out.setdefault("x_unknown_field", value)
        return out
    if isinstance(payload, list):
        return [_with_unknown_fields(v, value) for v in payload]
    return payload


@pytest.mark.parametrize("case", RESPONSE_SCHEMAS, ids=_schema_id)
def test_response_models_round_trip(case: tuple[str, dict[str, Any]]) -> None:
    name, schema = case
    json_schema = to_json_schema(schema, SPEC)
    allows = jsonschema_rs.validator_for(json_schema)

    @given(payload=from_schema(drawable(json_schema)), extra=json_values)
    def check(payload: Any, extra: Any) -> None:
        assert json_same(_parse_and_dump(name, schema, payload), payload)
        widened = _with_unknown_fields(payload, extra)
        # Where the schema types its maps' values (the platform's filename -> URL maps), an
        # unknown key with another value is not an answer the service can give.
        if allows.is_valid(widened):
            assert json_same(_parse_and_dump(name, schema, widened), widened)

    check()


def test_every_response_schema_is_covered() -> None:
    """The parametrisation above is derived from the spec; make sure it found them all."""
    names = {_schema_id(s) for s in RESPONSE_SCHEMAS}
    assert {
        "ChatCompletionResponse",
        "ChatCompletionStreamResponse",
        "CompletionResponse",
        "CompletionStreamResponse",
        "CreateEmbeddingResponse",
        "ListModelsResponse",
        "ErrorResponse",
        "list[ImageArtifact]",
        "CreateRerankResponse",
        "ResponseList",
        "CreateFluxImageResponse200",
        "GetKontextResultResponse200",
    } <= names


JSON_BODIES = [
    op for op in operations(SPEC) if (request_body(op, SPEC) or ("",))[0] == "application/json"
]
MULTIPART_BODIES = [
    op for op in operations(SPEC) if (request_body(op, SPEC) or ("",))[0] == "multipart/form-data"
]


@pytest.mark.parametrize("op", JSON_BODIES, ids=lambda op: op.operation_id)
def test_json_request_bodies_round_trip_and_validate(op: Any) -> None:
    _, schema = request_body(op, SPEC)  # type: ignore[misc]
    json_schema = to_json_schema(schema, SPEC)
    validator = jsonschema.Draft202012Validator(json_schema)
    cls = body_class(op)

    @settings(max_examples=examples_for(cls.__name__))
    @given(body=from_schema(drawable(json_schema)))
    def check(body: dict[str, Any]) -> None:
        wire = cls.from_dict(body).to_dict()
        assert json_same(wire, body)
        validator.validate(wire)

    check()


def _decode_part(text: str, prop: dict[str, Any]) -> Any:
    kind = prop.get("type") or next(
        (m.get("type") for m in prop.get("anyOf", []) + prop.get("oneOf", []) if "type" in m),
        "string",
    )
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "boolean":
        assert text.lower() in ("true", "false"), f"boolean part sent as {text!r}"
        return text.lower() == "true"
    if kind in ("array", "object"):
        return json.loads(text)
    return text


@pytest.mark.parametrize("op", MULTIPART_BODIES, ids=lambda op: op.operation_id)
def test_multipart_request_bodies_send_every_field(op: Any) -> None:
    _, schema = request_body(op, SPEC)  # type: ignore[misc]
    flat = to_json_schema(schema, SPEC)
    # Form fields carry text: unknown extra fields are strings here.
    flat = {"allOf": [flat], "additionalProperties": {"type": "string"}}
    validator = jsonschema.Draft202012Validator(flat)
    props = object_properties(schema, SPEC)
    binaries = {name for name, prop in props.items() if prop.get("format") == "binary"}
    assert binaries, "a multipart body without a file field: check the schema lookup"
    cls = body_class(op)

    @given(body=from_schema(flat))
    def check(body: dict[str, Any]) -> None:
        validator.validate(body)
        raw = {k: (v.encode() if k in binaries else v) for k, v in body.items()}
        model = cls.from_dict(raw)
        received: dict[str, Any] = {}
        for name, (_filename, content, _ctype) in model.to_multipart():
            data = content.read() if hasattr(content, "read") else content
            if name in binaries:
                received[name] = data
            else:
                received[name] = _decode_part(data.decode(), props.get(name, {"type": "string"}))
        assert received == raw

    check()
