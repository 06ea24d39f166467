"""The effective spec shipped in ``fireworks_api/openapi.json``, and its schemas as JSON Schema.

The mock server validates requests and shapes responses with these; the tests validate
responses with them. Nothing here imports a third-party package.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_REF", "load_spec", "object_properties", "resolve", "to_json_schema"]

SCHEMA_REF = "#/components/schemas/"
# OpenAPI-only keywords with no JSON Schema meaning.
_DROP = frozenset({"discriminator", "example", "xml", "externalDocs", "nullable", "deprecated"})
# Formats that are OpenAPI type hints, not JSON Schema string formats.
_OPENAPI_FORMATS = frozenset({"binary", "float", "double", "int32", "int64", "byte"})
# The range an integer format gives (OpenAPI: signed 32 and 64 bits), as JSON Schema bounds.
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@cache
def _spec_text() -> str:
    return resources.files("fireworks_api").joinpath("openapi.json").read_text(encoding="utf-8")


def load_spec() -> dict[str, Any]:
    """A fresh copy of the effective spec (callers may change it)."""
    spec: dict[str, Any] = json.loads(_spec_text())
    return spec


def resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` to a component schema until a schema without one is reached."""
    seen: set[str] = set()
    while "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise ValueError(f"circular $ref {ref}")
        seen.add(ref)
        schema = spec["components"]["schemas"][ref.removeprefix(SCHEMA_REF)]
    return schema


def object_properties(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """An object schema's properties, merged over allOf, each with its $ref resolved."""
    schema = resolve(schema, spec)
    props: dict[str, dict[str, Any]] = {}
    for part in schema.get("allOf", []):
        props.update(object_properties(part, spec))
    for name, prop in schema.get("properties", {}).items():
        props[name] = resolve(prop, spec)
    return props


def to_json_schema(schema: Any, spec: dict[str, Any], _stack: tuple[str, ...] = ()) -> Any:
    """Inline every ``$ref`` and translate OpenAPI 3.0 into JSON Schema (draft 2020-12).

    ``nullable: true`` allows null; OpenAPI-only keywords and type-hint formats are dropped
    (an integer's ``int32``/``int64`` becomes its range);
    a lone ``allOf`` (OpenAPI 3.0's way to make a ``$ref`` nullable) is inlined.
    """
    if isinstance(schema, list):
        return [to_json_schema(s, spec, _stack) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_REF)
        if name in _stack:
            raise ValueError(f"recursive schema {name}")
        return to_json_schema(spec["components"]["schemas"][name], spec, (*_stack, name))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROP or key.startswith("x-"):
            continue
        if key == "format" and value in _OPENAPI_FORMATS:
            continue
        if key == "properties":
            out[key] = {k: to_json_schema(v, spec, _stack) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            out[key] = to_json_schema(value, spec, _stack)
        else:
            out[key] = value
    bounds = _INTEGER_RANGES.get(schema.get("format", ""))
    if bounds is not None and schema.get("type") == "integer":
        out.setdefault("minimum", bounds[0])
        out.setdefault("maximum", bounds[1])
    if list(out) == ["allOf"] and len(out["allOf"]) == 1:
        out = out["allOf"][0]
    if schema.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out
