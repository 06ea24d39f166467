"""Deterministic values that satisfy a JSON Schema: JSON-mode answers that follow the caller's
schema, tool-call arguments, and any required response field the mock does not fill itself
(so a field added to the spec is served without a code change)."""

from __future__ import annotations

import random
from typing import Any

__all__ = ["synthesize"]

_MAX_DEPTH = 8


def synthesize(schema: Any, rng: random.Random, words: list[str], _depth: int = 0) -> Any:
    """A value valid against the common JSON Schema keywords (type, enum, const, properties,
    required, items, min/max, anyOf/oneOf/allOf); ``words`` flavour the strings."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return rng.choice(schema["enum"])
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return synthesize(schema[key][0], rng, words, _depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged = _merge(merged, part)
        return synthesize(
            {**merged, **{k: v for k, v in schema.items() if k != "allOf"}}, rng, words, _depth + 1
        )
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        return _object(schema, rng, words, _depth)
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 1 if _depth < _MAX_DEPTH else 0)
        count = min(count, int(schema.get("maxItems", count)))
        return [synthesize(schema.get("items", {}), rng, words, _depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        minimum: Any = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        low = int(minimum)
        maximum: Any = schema.get("maximum", schema.get("exclusiveMaximum", max(low, 0) + 100))
        high = int(maximum)
        low += "exclusiveMinimum" in schema
        high -= "exclusiveMaximum" in schema
        value = rng.randint(low, high) if low <= high else low
        return value if kind == "integer" else float(value)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    text = " ".join(rng.sample(words, k=min(len(words), 2))) if words else "mock"
    low = int(schema.get("minLength", 0))
    high = int(schema.get("maxLength", max(low, len(text))))
    text = (text + "x" * low)[: max(low, min(high, len(text)))]
    return text


def _object(
    schema: dict[str, Any], rng: random.Random, words: list[str], depth: int
) -> dict[str, Any]:
    props: dict[str, Any] = schema.get("properties", {})
    required = list(schema.get("required", []))
    # Optional properties too, while the value stays small.
    names = required + [p for p in props if p not in required and depth < 2]
    return {name: synthesize(props.get(name, {}), rng, words, depth + 1) for name in names}


def _merge(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    out = dict(left)
    for key, value in right.items():
        if key == "properties":
            out[key] = {**out.get(key, {}), **value}
        elif key == "required":
            out[key] = [*out.get(key, []), *value]
        else:
            out[key] = value
    return out
