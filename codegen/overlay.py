"""A small applier of OpenAPI Overlay 1.0 documents (https://spec.openapis.org/overlay/v1.0.html).

Actions run in order. ``target`` is a JSONPath (jsonpath-ng's extended syntax, which covers
the RFC 9535 forms the overlay uses: names, bracketed names, wildcards and filters).
``update`` merges into every node the target selects: objects merge recursively, arrays
concatenate, scalars are replaced, and any other pairing is an error, as the specification
says. ``remove: true`` deletes every selected node from its parent.

Two rules are stricter than the specification, on purpose: every action must carry a
``description`` (the reason for the correction), and an action whose target selects nothing
is an error. When a newer upstream file makes a correction moot, regeneration then fails and
names the action to delete, instead of silently doing nothing.
"""

from __future__ import annotations

import copy
from typing import Any

from jsonpath_ng import DatumInContext, Fields, Index
from jsonpath_ng.ext.parser import parse

__all__ = ["OverlayError", "apply_overlay", "merge"]


class OverlayError(ValueError):
    """An overlay document or one of its actions cannot be applied."""


def merge(target: Any, update: Any, where: str = "$") -> Any:
    """Merge ``update`` into ``target`` by the overlay rules; returns the merged value."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in target:
                target[key] = merge(target[key], value, f"{where}.{key}")
            else:
                target[key] = copy.deepcopy(value)
        return target
    if isinstance(target, list) and isinstance(update, list):
        target.extend(copy.deepcopy(update))
        return target
    scalar = (str, int, float, bool, type(None))
    if isinstance(target, scalar) and isinstance(update, scalar):
        return copy.deepcopy(update)
    raise OverlayError(
        f"cannot merge {type(update).__name__} into {type(target).__name__} at {where}"
    )


def _remove(match: DatumInContext) -> tuple[Any, Any]:
    parent = match.context.value if match.context is not None else None
    path = match.path
    if isinstance(path, Fields) and isinstance(parent, dict):
        return parent, path.fields[0]
    if isinstance(path, Index) and isinstance(parent, list) and len(path.indices) == 1:
        return parent, path.indices[0]
    raise OverlayError(f"cannot remove {match.full_path}: the root or an unsupported path step")


def _apply(action: dict[str, Any], matches: list[DatumInContext]) -> None:
    if action.get("remove"):
        removals = [_remove(m) for m in matches]
        # Delete list items from the highest index down so earlier indexes stay valid.
        for parent, key in sorted(removals, key=lambda r: -r[1] if isinstance(r[1], int) else 0):
            del parent[key]
        return
    for match in matches:
        node = match.value
        if isinstance(node, list):
            node.append(copy.deepcopy(action["update"]))
        elif isinstance(node, dict):
            merge(node, action["update"], str(match.full_path))
        else:
            raise OverlayError("update targets must be objects or arrays")


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order."""
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1.0"):
        raise OverlayError(f"overlay: expected an Overlay 1.0 document, got version {version!r}")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("actions: an overlay needs a non-empty list of actions")
    result = copy.deepcopy(document)
    for number, action in enumerate(actions, start=1):
        label = f"action {number} ({action.get('target')!r})"
        if not isinstance(action.get("target"), str):
            raise OverlayError(f"{label}: target must be a JSONPath string")
        if not str(action.get("description", "")).strip():
            raise OverlayError(f"{label}: description is required: say why the correction exists")
        if ("update" in action) == bool(action.get("remove")):
            raise OverlayError(f"{label}: give exactly one of update or remove: true")
        try:
            matches = parse(action["target"]).find(result)
        except Exception as exc:  # jsonpath-ng raises bare Exception subclasses
            raise OverlayError(f"{label}: invalid JSONPath: {exc}") from exc
        if not matches:
            raise OverlayError(
                f"{label}: the target selects nothing; is the correction still needed?"
            )
        try:
            _apply(action, matches)
        except OverlayError as exc:
            raise OverlayError(f"{label}: {exc}") from None
    return result
