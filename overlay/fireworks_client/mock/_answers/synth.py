"""Deterministic values that satisfy a JSON Schema: JSON-mode answers that follow the caller's
schema, tool-call arguments, and any required response field the mock does not fill itself
(so a field added to the spec is served without a code change). Local ``$ref`` (``#/$defs/...``,
as every nested pydantic model has) are followed.

The schemas of JSON mode and tools come from the request: whatever they hold, a keyword of the
wrong type counts as absent (never an exception), and the value made is bounded
(:data:`MAX_UNITS`; :class:`TooLarge` beyond it, which the caller words as a 400)."""

from __future__ import annotations

import math
import random
from typing import Any

__all__ = ["MAX_UNITS", "TooLarge", "synthesize"]

_MAX_DEPTH = 8
# A value nested deeper than this (only a schema that refers to itself gets there) is refused;
# from _MAX_DEPTH on, a union's null member is chosen, which ends optional recursion.
_MAX_NESTING = 48
# $ref followed in a row to reach a schema (a chain of refs to refs).
_MAX_HOPS = 32
# What one value may cost: a unit per value and per 64 characters of a string.
MAX_UNITS = 100_000


class TooLarge(ValueError):
    """The schema asks for a value larger than the mock makes."""


class _Budget:
    def __init__(self, units: int) -> None:
        self.units = self.left = units

    def spend(self, units: int) -> None:
        self.left -= units
        if self.left < 0:
            raise TooLarge(
                f"the schema asks for more than {self.units} values or {self.units * 64} "
                "characters (minItems, minLength)"
            )


def _number(schema: dict[str, Any], key: str, default: int) -> int:
    value = schema.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return default
    return int(value)


def _list(schema: dict[str, Any], key: str) -> list[Any]:
    value = schema.get(key)
    return value if isinstance(value, list) else []


def _dict(schema: dict[str, Any], key: str) -> dict[str, Any]:
    value = schema.get(key)
    return value if isinstance(value, dict) else {}


def synthesize(schema: Any, rng: random.Random, words: list[str], units: int = MAX_UNITS) -> Any:
    """A value valid against the common JSON Schema keywords (type, enum, const, properties,
    required, items, min/max, anyOf/oneOf/allOf, local $ref); ``words`` flavour the strings.
    Raises TooLarge when the value would cost over ``units`` (a request making several shares
    MAX_UNITS among them) or nest deeper than the mock goes."""
    return _make(schema, rng, words, 0, _Budget(units), _Refs(schema))


class _Refs:
    """The document that local references point into, and the references being followed on
    the way to the value being made (to notice a schema that refers to itself)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.active: list[str] = []

    def pointer(self, ref: str) -> Any:
        """What a local reference (``#``, ``#/$defs/Name``) points at; None if nothing."""
        if ref == "#":
            return self.root
        if not ref.startswith("#/"):
            return None  # a remote reference: nothing the mock fetches
        node = self.root
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif (
                isinstance(node, list) and key.isascii() and key.isdigit() and int(key) < len(node)
            ):
                node = node[int(key)]
            else:
                return None
        return node

    def resolve(self, schema: dict[str, Any], followed: list[str]) -> dict[str, Any]:
        """``schema`` with its ``$ref`` replaced by the schema referred to, the keywords beside
        the reference added to it (a reference to nothing constrains nothing); the references
        followed are appended to ``followed``."""
        for _ in range(_MAX_HOPS):
            ref = schema.get("$ref")
            if not isinstance(ref, str):
                return schema
            followed.append(ref)
            target = self.pointer(ref)
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = _merge(target, rest) if isinstance(target, dict) else rest
        raise TooLarge(f"the schema's $ref chain is longer than {_MAX_HOPS}")


def _make(
    schema: Any, rng: random.Random, words: list[str], depth: int, budget: _Budget, refs: _Refs
) -> Any:
    budget.spend(1)
    if not isinstance(schema, dict):
        return None
    if depth > _MAX_NESTING:
        raise TooLarge(f"the value would nest deeper than {_MAX_NESTING} levels ($ref cycle)")
    if "$ref" not in schema:
        return _make_resolved(schema, rng, words, depth, budget, refs)
    followed: list[str] = []
    schema = refs.resolve(schema, followed)
    if any(ref in refs.active for ref in followed):
        # The schema refers to itself (a tree): from here on the smallest value, as deep
        # down (a union's null member, no optional items), so that it ends.
        depth = max(depth, _MAX_DEPTH)
    refs.active += followed
    try:
        return _make_resolved(schema, rng, words, depth, budget, refs)
    finally:
        del refs.active[len(refs.active) - len(followed) :]


def _make_resolved(
    schema: dict[str, Any],
    rng: random.Random,
    words: list[str],
    depth: int,
    budget: _Budget,
    refs: _Refs,
) -> Any:
    if "const" in schema:
        return schema["const"]
    if _list(schema, "enum"):
        return rng.choice(_list(schema, "enum"))
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        members = _list(schema, key)
        if members:
            # Deep down, null where allowed: a self-referring model (a tree) ends there.
            null = next(
                (m for m in members if isinstance(m, dict) and m.get("type") == "null"), None
            )
            chosen = null if null is not None and depth >= _MAX_DEPTH else members[0]
            return _make(chosen, rng, words, depth + 1, budget, refs)
    if _list(schema, "allOf"):
        merged: dict[str, Any] = {}
        for part in _list(schema, "allOf"):
            if isinstance(part, dict):
                merged = _merge(merged, refs.resolve(part, []))
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return _make({**merged, **rest}, rng, words, depth + 1, budget, refs)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        return _object(schema, rng, words, depth, budget, refs)
    if kind == "array":
        count = max(_number(schema, "minItems", 0), 1 if depth < _MAX_DEPTH else 0)
        count = min(count, _number(schema, "maxItems", count))
        budget.spend(max(count, 0))  # before making them: a count of 10**9 fails at once
        items = schema.get("items", {})
        return [_make(items, rng, words, depth + 1, budget, refs) for _ in range(count)]
    if kind in ("integer", "number"):
        low = _number(schema, "minimum", _number(schema, "exclusiveMinimum", 0))
        high = _number(schema, "maximum", _number(schema, "exclusiveMaximum", max(low, 0) + 100))
        low += "exclusiveMinimum" in schema
        high -= "exclusiveMaximum" in schema
        value = rng.randint(low, high) if low <= high else low
        return value if kind == "integer" else float(value)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    fixed = _FORMATS.get(str(schema.get("format")))
    if fixed is not None and "pattern" not in schema and "enum" not in schema:
        return fixed
    text = " ".join(rng.sample(words, k=min(len(words), 2))) if words else "mock"
    low = max(_number(schema, "minLength", 0), 0)
    budget.spend(low // 64)
    high = _number(schema, "maxLength", max(low, len(text)))
    return (text + "x" * low)[: max(low, min(high, len(text)))]


# A string of these formats (the platform's times and 64-bit counts) as its format reads it.
_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "int64": "0",
    "uint64": "0",
}


def _object(
    schema: dict[str, Any],
    rng: random.Random,
    words: list[str],
    depth: int,
    budget: _Budget,
    refs: _Refs,
) -> dict[str, Any]:
    props = _dict(schema, "properties")
    required = [name for name in _list(schema, "required") if isinstance(name, str)]
    # Optional properties too, while the value stays small.
    names = required + [p for p in props if p not in required and depth < 2]
    return {name: _make(props.get(name, {}), rng, words, depth + 1, budget, refs) for name in names}


def _merge(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    out = dict(left)
    for key, value in right.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {**_dict(out, key), **value}
        elif key == "required" and isinstance(value, list):
            out[key] = [*_list(out, key), *value]
        else:
            out[key] = value
    return out
