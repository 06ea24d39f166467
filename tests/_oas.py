"""Helpers for tests: OpenAPI 3.0 schemas of the effective spec as JSON Schema, and the
generated model that each response or request schema maps to."""

from __future__ import annotations

import datetime
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fireworks_api.operations import OPERATIONS
from fireworks_client._openapi import SCHEMA_REF, object_properties, to_json_schema
from hypothesis import settings

from codegen.operations import Operation, effective_spec, event_payload, operations

__all__ = [
    "FEW_EXAMPLES",
    "SLOW_TO_DRAW",
    "ResponseCase",
    "body_class",
    "drawable",
    "examples_for",
    "json_same",
    "model_class",
    "object_properties",
    "request_body",
    "response_cases",
    "to_json_schema",
]

RESPONSE_REF = "#/components/responses/"


def model_class(ref: str) -> type[Any]:
    """The generated attrs class for ``#/components/schemas/Name``."""
    name = ref.removeprefix(SCHEMA_REF)
    module = importlib.import_module("fireworks_api.models")
    cls: type[Any] = getattr(module, name)
    return cls


@dataclass(frozen=True)
class ResponseCase:
    operation: Operation
    status: str
    media_type: str
    schema: dict[str, Any]  # as written in the spec (a $ref, or an array of $ref)

    @property
    def id(self) -> str:
        return f"{self.operation.operation_id}-{self.status}-{self.media_type}"


def response_cases(spec: dict[str, Any] | None = None) -> Iterator[ResponseCase]:
    """Every (operation, status, JSON-ish media type) of the effective spec with a schema."""
    spec = spec if spec is not None else effective_spec()
    by_path = {(op.method.lower(), op.path): op for op in operations(spec)}
    for (method, path), op in by_path.items():
        for status, declared in spec["paths"][path][method]["responses"].items():
            response = declared
            if "$ref" in declared:
                response = spec["components"]["responses"][
                    declared["$ref"].removeprefix(RESPONSE_REF)
                ]
            for media_type, content in response.get("content", {}).items():
                if media_type == "application/json":
                    yield ResponseCase(op, status, media_type, content["schema"])
                elif media_type == "text/event-stream":  # the chunk inside each event
                    payload = event_payload(spec, content["schema"])
                    yield ResponseCase(op, status, media_type, payload)


def request_body(
    op: Operation, spec: dict[str, Any] | None = None
) -> tuple[str, dict[str, Any]] | None:
    """(media type, schema) of an operation's request body, if it has one."""
    spec = spec if spec is not None else effective_spec()
    body = spec["paths"][op.path][op.method.lower()].get("requestBody")
    if body is None:
        return None
    ((media_type, content),) = body["content"].items()
    return media_type, content["schema"]


def body_class(op: Operation) -> type[Any]:
    """The generated model of an operation's request body (as its description names it)."""
    (body,) = OPERATIONS[op.operation_id].request
    assert body.model is not None, op.operation_id
    return model_class(body.model)


_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")


def json_same(a: Any, b: Any) -> bool:
    """Two decoded JSON values are equal, an RFC 3339 date-time compared as the instant it
    names: the models hold ``datetime`` and write it back as Python does (``+00:00`` for
    ``Z``, microseconds at most)."""
    if isinstance(a, str) and isinstance(b, str) and a != b:
        if _DATE_TIME.fullmatch(a) and _DATE_TIME.fullmatch(b):
            return _instant(a) == _instant(b)
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _instant(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.upper().replace(" ", "T"))


# Models whose schemas hypothesis-jsonschema draws slowly (Anthropic's message request, its
# input message, the stream's message_start holding a whole message): `make test` draws a few
# of each; `make fuzz` (300 examples a property) draws them as many times as any other.
SLOW_TO_DRAW = frozenset(
    {"AnthropicCreateMessageParams", "AnthropicInputMessage", "AnthropicMessageStartEvent"}
)
FEW_EXAMPLES = 5
# Under `make test`'s profile (15 examples a property), not `make fuzz`'s (300).
_QUICK = settings.default.max_examples <= 25
# Items of an array drawn under `make test`, at most (more where the schema asks for more).
_QUICK_ITEMS = 2


def examples_for(model: str) -> int:
    """How many examples a property over ``model`` draws under the loaded profile."""
    default = settings.default.max_examples
    return FEW_EXAMPLES if model in SLOW_TO_DRAW and _QUICK else default


def drawable(json_schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a property draws its payloads from: under `make test`, arrays of at most
    two items (the size of a payload, not its shapes, makes hypothesis-jsonschema slow on the
    large schemas: three examples of Anthropic's message request took 36 s, fifteen capped
    take 17 s); `make fuzz` draws from the schema itself. Only narrower: every payload drawn
    is one the schema allows, and the oracles check against the schema itself."""
    return _capped(json_schema) if _QUICK else json_schema


# Members of a schema that map names to schemas, and those that hold values, not schemas.
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_VALUES = frozenset({"enum", "const", "default", "examples", "example"})


def _capped(node: Any) -> Any:
    """A schema with its arrays capped (see :func:`drawable`)."""
    if isinstance(node, list):
        return [_capped(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _VALUES:
            out[key] = value
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _capped(schema) for name, schema in value.items()}
        else:
            out[key] = _capped(value)
    kind = out.get("type")
    if kind == "array" or (isinstance(kind, list) and "array" in kind) or "items" in out:
        least = out.get("minItems", 0)
        most = out.get("maxItems", _QUICK_ITEMS)
        out["maxItems"] = max(least, min(most, _QUICK_ITEMS))
    return out
