"""The operations of the effective spec: the description ``make generate`` writes for the
clients, the mock and the command line (``fireworks_api/operations.py``,
:func:`render_operations`), and a table of them with the generated modules that implement them.

python -m codegen.operations     # the table
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from fireworks_client._openapi import load_spec

from codegen.params import _model_name

__all__ = ["Operation", "effective_spec", "module_name", "operations", "render_operations"]

_METHODS = ("get", "put", "post", "delete", "patch")
_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def effective_spec() -> dict[str, Any]:
    """The effective spec as shipped inside the installed ``fireworks_api`` package."""
    return load_spec()


def module_name(operation_id: str) -> str:
    """openapi-python-client's module name for an operationId (camelCase to snake_case)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    summary: str

    @property
    def module_path(self) -> str:
        return f"fireworks_api.api.default.{module_name(self.operation_id)}"

    def module(self) -> ModuleType:
        return importlib.import_module(self.module_path)


def _summary(method: str, path: str, op: dict[str, Any]) -> str:
    summary = str(op.get("summary", ""))
    # Some upstream summaries only repeat the method and path; the description says more.
    if summary == f"{method.upper()} {path}":
        return str(op.get("description", summary))
    return summary


def operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    spec = spec if spec is not None else effective_spec()
    return [
        Operation(method.upper(), path, op.get("operationId", ""), _summary(method, path, op))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in _METHODS
    ]


# --- the generated description ----------------------------------------------------------------

_SCHEMAS = "#/components/schemas/"
_RESPONSES = "#/components/responses/"


def _component(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    for prefix, section in ((_SCHEMAS, "schemas"), (_RESPONSES, "responses")):
        if ref.startswith(prefix):
            found: dict[str, Any] = spec["components"][section][ref.removeprefix(prefix)]
            return found
    raise ValueError(f"unsupported $ref {ref}")


def _resolved(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    seen: set[str] = set()
    while "$ref" in item:
        if item["$ref"] in seen:
            raise ValueError(f"circular $ref {item['$ref']}")
        seen.add(item["$ref"])
        item = _component(spec, item["$ref"])
    return item


def _body(content_type: str, media: dict[str, Any]) -> tuple[str, str | None, bool]:
    """(content type, model class name or None, array of it)."""
    schema = media.get("schema") or {}
    if "$ref" in schema and schema["$ref"].startswith(_SCHEMAS):
        return (content_type, _model_name(schema["$ref"]), False)
    items = schema.get("items") or {}
    if schema.get("type") == "array" and str(items.get("$ref", "")).startswith(_SCHEMAS):
        return (content_type, _model_name(items["$ref"]), True)
    return (content_type, None, False)


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """An object schema's properties over allOf, each resolved."""
    schema = _resolved(spec, schema)
    props: dict[str, dict[str, Any]] = {}
    for part in schema.get("allOf", []):
        props.update(_properties(spec, part))
    for name, prop in schema.get("properties", {}).items():
        props[name] = _resolved(spec, prop)
    return props


def _binary_fields(spec: dict[str, Any], content: dict[str, Any]) -> list[str]:
    media = content.get("multipart/form-data")
    if not media:
        return []
    props = _properties(spec, media.get("schema") or {})
    return sorted(
        n for n, p in props.items() if p.get("type") == "string" and p.get("format") == "binary"
    )


def _server(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> str:
    for servers in (op.get("servers"), item.get("servers"), spec.get("servers")):
        if servers:
            return str(servers[0]["url"])
    return "/"


def _api_root(urls: list[str]) -> str:
    """The longest common prefix of the operations' URLs at a path-segment boundary, never
    taking an operation's last segment: the clients' default base URL."""
    split = [urlsplit(u) for u in urls]
    origins = {f"{s.scheme}://{s.netloc}" for s in split}
    if len(origins) != 1:
        raise ValueError(f"operations on several hosts: {sorted(origins)}")
    paths = [[seg for seg in s.path.split("/") if seg] for s in split]
    common: list[str] = []
    for segments in zip(*(p[:-1] for p in paths), strict=False):
        if len(set(segments)) != 1:
            break
        common.append(segments[0])
    return origins.pop() + "".join(f"/{seg}" for seg in common)


def _bodies(items: tuple[tuple[str, str | None, bool], ...]) -> str:
    return "(" + "".join(f"Body({ct!r}, {m!r}, {a!r}), " for ct, m, a in items) + ")"


def render_operations(spec: dict[str, Any]) -> str:
    """``fireworks_api/operations.py``: every operation of ``spec``, described as data."""
    found: list[dict[str, Any]] = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in _METHODS or "operationId" not in op:
                continue
            server = _server(spec, item, op).rstrip("/")
            content = (op.get("requestBody") or {}).get("content", {})
            responses = {}
            for status, declared in op.get("responses", {}).items():
                answer = _resolved(spec, declared)
                responses[str(status)] = tuple(
                    _body(ct, media) for ct, media in answer.get("content", {}).items()
                )
            found.append(
                {
                    "operation_id": op["operationId"],
                    "method": method.upper(),
                    "url": server + path,
                    "request": tuple(_body(ct, media) for ct, media in content.items()),
                    "params": (op["operationId"][0].upper() + op["operationId"][1:] + "Params")
                    if content
                    and ("application/json" in content or "multipart/form-data" in content)
                    else None,
                    "binary_fields": _binary_fields(spec, content),
                    "responses": responses,
                }
            )
    root = _api_root([o["url"] for o in found])
    entries = []
    for o in found:
        url_path = urlsplit(o["url"]).path
        relative = o["url"].removeprefix(root)
        answers = ", ".join(f"{k!r}: {_bodies(v)}" for k, v in o["responses"].items())
        entries.append(
            f"    {o['operation_id']!r}: Operation(\n"
            f"        operation_id={o['operation_id']!r},\n"
            f"        method={o['method']!r},\n"
            f"        path={relative!r},\n"
            f"        url_path={url_path!r},\n"
            f"        request={_bodies(o['request'])},\n"
            f"        params={o['params']!r},\n"
            f"        binary_fields=frozenset({o['binary_fields']!r}),\n"
            f"        responses={{{answers}}},\n"
            f"    ),"
        )
    return (
        _HEADER
        + f"API_ROOT = {root!r}\n\nOPERATIONS: Mapping[str, Operation] = {{\n"
        + "\n".join(entries)
        + "\n}\n"
    )


_HEADER = '''"""The operations of the effective spec, as data: written by codegen/operations.py.

Do not edit: `make generate` writes this file. The clients, the mock server and the command
line take every operation's method, path, content types, binary fields and answer models from
here; nothing of the kind is written by hand elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["API_ROOT", "OPERATIONS", "Body", "Operation"]


@dataclass(frozen=True, slots=True)
class Body:
    """One content type of a request or an answer."""

    content_type: str
    model: str | None
    """The class in ``fireworks_api.models``; None when the body is no generated model."""
    array: bool = False
    """A JSON array of ``model``."""


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    """Relative to API_ROOT, the clients' base URL."""
    url_path: str
    """With its server's base path."""
    request: tuple[Body, ...]
    params: str | None
    """The TypedDict of the body's fields in ``fireworks_api.params``."""
    binary_fields: frozenset[str]
    """Multipart fields that carry files."""
    responses: Mapping[str, tuple[Body, ...]]
    """By status code as the spec writes it ("200", "4XX", "default")."""

    @property
    def success(self) -> tuple[Body, ...]:
        return tuple(
            b for status, bodies in self.responses.items() if status.startswith("2") for b in bodies
        )

    @property
    def json_model(self) -> str | None:
        json_bodies = (b for b in self.success if b.content_type == "application/json")
        return next((b.model for b in json_bodies), None)

    @property
    def stream_model(self) -> str | None:
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        return next((b.model for b in streams), None)


'''


def main() -> int:
    spec = effective_spec()
    print(
        f"{spec['info']['title']} {spec['info']['version']}: the generated client, fireworks_api\n"
    )
    for op in operations(spec):
        module = op.module()
        present = [f for f in _FUNCTIONS if callable(getattr(module, f, None))]
        print(f"  {op.method:4} {op.path}")
        print(f"       {op.module_path} ({', '.join(present)})")
        print(f"       {op.summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
