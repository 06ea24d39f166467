"""Request bodies: JSON, and multipart forms for the operations that upload files.

Only what the caller set goes on the wire (no spec defaults). Generated models, enums and
other mappings or sequences inside a body are encoded by ``json_default``, not walked first: a
JSON body by ``_json.dumps`` (orjson), a form's JSON fields by ``json_text``.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import httpx

__all__ = ["form_body", "json_default", "json_text", "wire_body"]


def wire_body(
    params: Mapping[str, Any], extra_body: Mapping[str, Any] | None, *, stream: bool = False
) -> dict[str, Any]:
    """Exactly what the caller set, then ``extra_body`` for fields the spec does not know yet,
    then what the call itself decides (``stream``). ``params`` is the call's own
    ``**params``, a fresh dict: it is completed in place."""
    body = params if isinstance(params, dict) else dict(params)
    if extra_body:
        body.update(extra_body)
    if stream:
        body["stream"] = True
    return body


def json_default(value: Any) -> Any:
    """What ``json.dumps`` cannot encode itself: generated attrs models (the fields they hold),
    enums, other mappings and sequences; anything else is a clear TypeError."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset) or (
        hasattr(value, "__iter__") and not isinstance(value, str | bytes)
    ):
        return list(value)
    raise TypeError(f"a request parameter of type {type(value).__name__} cannot be sent as JSON")


# One encoder: json.dumps with any option set builds a new JSONEncoder on every call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=json_default)


def json_text(value: Any) -> str:
    """Compact JSON of a request value (generated models and enums included)."""
    return _ENCODER.encode(value)


def form_body(body: Mapping[str, Any], binary_fields: Collection[str]) -> tuple[bytes, str]:
    """A multipart form and its Content-Type: the ``binary_fields`` as files (bytes, a path or
    a binary file), booleans as true/false, text and numbers as they are, anything else as JSON
    text (never a Python repr); a None is left out (a form field has no null)."""
    data: dict[str, str] = {}
    files: dict[str, tuple[str, bytes, str]] = {}
    for name, value in body.items():
        if value is None:
            continue
        if name in binary_fields:
            files[name] = _file(name, value)
        elif isinstance(value, bool):
            data[name] = "true" if value else "false"
        elif isinstance(value, str | int | float):
            data[name] = str(value)  # a StrEnum's str() is its value
        else:
            data[name] = json_text(value)
    # httpx's multipart encoder, through its public API: the boundary and the parts' headers.
    request = httpx.Request("POST", "http://form.invalid/", data=data, files=files)
    return request.read(), request.headers["Content-Type"]


def _file(name: str, value: Any) -> tuple[str, bytes, str]:
    if isinstance(value, bytes):
        data = value
    elif isinstance(value, str | os.PathLike):
        data = Path(value).read_bytes()
    elif hasattr(value, "read"):
        data = value.read()
    else:
        raise TypeError(
            f"{name}: expected bytes, a path or a binary file, got {type(value).__name__}"
        )
    mime = "image/jpeg" if data[:3] == b"\xff\xd8\xff" else "image/png"
    return (f"{name}.{'jpg' if mime == 'image/jpeg' else 'png'}", data, mime)
