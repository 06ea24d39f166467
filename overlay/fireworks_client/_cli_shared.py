"""What the command line's modules share (``_cli``, its resource commands, its hand-written
methods' commands, ``bulk``): the error of a command line that cannot run, the mock's
account, a field's option from its schema, a method and an endpoint from a friendly name.
Apart so that they import it, not each other."""

from __future__ import annotations

import argparse
import contextlib
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_client._client import Fireworks
    from fireworks_client._operations import Endpoint

__all__ = ["MOCK_ACCOUNT", "UsageError", "endpoint_of", "method_of", "scalar_option"]

MOCK_ACCOUNT = "mock-account"  # the account of --mock without --account-id


class UsageError(Exception):
    """A command line that cannot be run as given."""


_SCALARS: dict[str, Callable[[str], Any]] = {"integer": int, "number": float, "string": str}


def scalar_option(schema: dict[str, Any]) -> dict[str, Any] | None:
    """argparse settings for a field of this schema; None when it is no scalar, nor a list
    of scalars, that a command line can say."""
    members = schema.get("oneOf") or schema.get("anyOf") or [schema]
    members = [m for m in members if m.get("type") != "null"]
    lists = [m for m in members if m.get("type") == "array"]
    if lists:  # a list of scalars (a single one too, like `stop`): a repeatable option
        kind = (lists[0].get("items") or {}).get("type")
        return {"action": "append", "type": _SCALARS[kind]} if kind in _SCALARS else None
    kinds = {m.get("type") for m in members}
    if any(m.get("format") == "binary" for m in members):
        return None
    if len(kinds) > 1:  # several scalar kinds (reasoning_effort: a level, a number, a bool)
        return _union_option(members) if kinds <= {*_SCALARS, "boolean"} else None
    kind = kinds.pop()
    enum = [v for m in members for v in m.get("enum", []) if v is not None]
    if enum and kind == "string":
        return {"choices": enum}
    if kind == "boolean":
        return {"action": argparse.BooleanOptionalAction}
    return {"type": _SCALARS[kind]} if kind in _SCALARS else None


def _union_option(members: list[dict[str, Any]]) -> dict[str, Any]:
    """One option for a field of several scalar kinds: the text read as the first kind it
    fits (a boolean, an integer, a number, then one of the strings the field allows)."""
    kinds = {str(m.get("type")) for m in members}
    words = [v for m in members for v in m.get("enum", []) if isinstance(v, str)]

    def convert(text: str) -> Any:
        if "boolean" in kinds and text.lower() in ("true", "false"):
            return text.lower() == "true"
        for kind in ("integer", "number"):
            if kind in kinds:
                with contextlib.suppress(ValueError):
                    return _SCALARS[kind](text)
        if "string" in kinds and (not words or text in words):
            return text
        raise ValueError(text)

    convert.__name__ = " or ".join(  # argparse names the expected kind in its error
        sorted(k for k in kinds if k != "string") + ([" | ".join(words)] if words else [])
    )
    return {"type": convert, "metavar": "|".join([*words, *sorted(kinds - {"string"})])}


def method_of(client: Fireworks, friendly: str) -> Callable[..., Any]:
    """The client's method for a friendly name (``chat.completions.create``)."""
    target: Any = client
    for name in friendly.split("."):
        target = getattr(target, name)
    method: Callable[..., Any] = target
    return method


def endpoint_of(friendly: str) -> Endpoint[Any, Any]:
    """The generated endpoint of a friendly name, from its resource module."""
    from fireworks_client._operations import Endpoint  # noqa: PLC0415

    module = importlib.import_module(f"fireworks_api.resources.{friendly.partition('.')[0]}")
    for value in vars(module).values():
        if isinstance(value, Endpoint) and value.friendly == friendly:
            return value
    raise KeyError(friendly)
