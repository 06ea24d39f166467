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


# Models whose schemas hypothesis-jsonschema draws slowly (Anthropic's message request: ~10 s
# an example; the stream's message_start holds a whole message, 2 s an example): `make test`
# draws a few; `make fuzz` (300 examples a property) draws them at full size. The draws are
# derandomised, so the count picks which payloads come: 3 take Anthropic's request 33 s,
# 2 took it 159 s (one monstrous payload). Measure before changing it.
SLOW_TO_DRAW = frozenset(
    {"AnthropicCreateMessageParams", "AnthropicInputMessage", "AnthropicMessageStartEvent"}
)
FEW_EXAMPLES = 3


def examples_for(model: str) -> int:
    """How many examples a property over ``model`` draws under the loaded profile."""
    default = settings.default.max_examples
    return FEW_EXAMPLES if model in SLOW_TO_DRAW and default <= FEW_EXAMPLES * 5 else default
