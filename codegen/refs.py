"""References of the spec followed: a response, request body or parameter component by its
``$ref``, and an operation's parameters with its path item's. Apart so that the description
(``operations``) and the parameter types (``params``) both read them, not each other."""

from __future__ import annotations

from typing import Any

__all__ = ["parameters", "resolved"]

_COMPONENTS = {
    "#/components/responses/": "responses",
    "#/components/requestBodies/": "requestBodies",
    "#/components/parameters/": "parameters",
}


def resolved(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """A response or request body with its ``$ref`` to components followed."""
    seen: set[str] = set()
    while "$ref" in item:
        ref = str(item["$ref"])
        prefix = next((p for p in _COMPONENTS if ref.startswith(p)), None)
        if prefix is None or ref in seen:
            raise ValueError(f"unsupported or circular $ref {ref}")
        seen.add(ref)
        item = spec["components"][_COMPONENTS[prefix]][ref.removeprefix(prefix)]
    return item


def parameters(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> list[Any]:
    """The operation's parameters, its path item's included (the operation's win), resolved."""
    found: dict[tuple[str, str], Any] = {}
    for declared in (*item.get("parameters", []), *op.get("parameters", [])):
        parameter = resolved(spec, declared)
        found[(parameter["in"], parameter["name"])] = parameter
    return list(found.values())
