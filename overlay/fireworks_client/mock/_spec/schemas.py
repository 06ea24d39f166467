"""The effective spec's pieces the mock reads for one operation: its declaration by
operationId, a body's ``$ref`` followed, the schema of its first JSON success."""

from __future__ import annotations

from typing import Any

from fireworks_api.operations import Operation

from fireworks_client._openapi import to_json_schema

__all__ = ["declared_operations", "resolved", "success_schema"]

_JSON = "application/json"


def declared_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The spec's operations by operationId, for their schemas."""
    return {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def resolved(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """A response or request body, its ``$ref`` to components followed."""
    while "$ref" in item:
        section, _, name = str(item["$ref"]).removeprefix("#/components/").partition("/")
        item = spec["components"][section][name]
    return item


def success_schema(
    operation: Operation, declared: dict[str, Any], spec: dict[str, Any]
) -> dict[str, Any] | None:
    """The JSON Schema of the operation's first JSON success answer; None when it has none."""
    for status, bodies in operation.responses.items():
        if status.startswith("2") and any(b.content_type == _JSON for b in bodies):
            answer = resolved(spec, declared["responses"][status])
            schema: dict[str, Any] = to_json_schema(answer["content"][_JSON]["schema"], spec)
            return schema
    return None
