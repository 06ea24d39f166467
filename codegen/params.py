"""Typed keyword parameters for the hand-written clients, generated from the effective spec.

For each operation with a JSON or multipart request body this writes a ``TypedDict`` of its
fields (the ``allOf`` parts merged) to ``fireworks_api/params.py``. The clients take ``**params:
Unpack[...]``, so an IDE completes every field the spec has, and a field added to the spec
reaches users by regeneration alone. Fields the clients handle themselves (``stream``) are
left out. Nested objects accept a dict or the generated attrs model. Keys are the models'
snake_case names (``page_size``); the endpoint's ``wire_names`` maps them back to the wire's
(``pageSize``) where they differ.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from typing import Any

from codegen.normalise import HTTP_METHODS
from codegen.refs import parameters

__all__ = ["fields_of", "params_name", "python_name", "render_params", "wire_names"]

_HANDLED_BY_CLIENT = {"stream"}
_SCHEMA_REF = "#/components/schemas/"
_FORMS = ("application/json", "multipart/form-data")


def _body(op: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON (else multipart) body of an operation, if it has one."""
    content = op.get("requestBody", {}).get("content", {})
    for form in _FORMS:
        if form in content:
            body: dict[str, Any] = content[form]
            return body
    return None


def params_name(op: dict[str, Any], parameters: list[dict[str, Any]] | None = None) -> str | None:
    """The TypedDict's name: after the body's component schema (``ChatCompletionRequest`` ->
    ``ChatCompletionRequestParams``), else after the operationId; None with neither a body nor
    query parameters (``parameters``: the operation's, resolved)."""
    if "operationId" not in op:
        return None
    body = _body(op)
    if body is None and not _query(op, parameters):
        return None
    ref = str(((body or {}).get("schema") or {}).get("$ref", ""))
    # After the body's schema only when the body is all there is: two operations may share a
    # body schema and differ in their query parameters (create and update a deployment).
    if ref.startswith(_SCHEMA_REF) and not _query(op, parameters):
        return _model_name(ref) + "Params"
    words = re.split(r"[^A-Za-z0-9]", str(op["operationId"]))
    return "".join(w[:1].upper() + w[1:] for w in words if w) + "Params"


def python_name(field: str) -> str:
    """A body or query field's keyword in Python: the generated models' snake_case
    (``pageSize`` -> ``page_size``); the clients send it under its wire name."""
    from openapi_python_client.strings import snake_case  # noqa: PLC0415 - build-time only

    name = snake_case(field)
    return name if name.isidentifier() and not keyword.iskeyword(name) else field


def fields_of(
    op: dict[str, Any], spec: dict[str, Any], parameters: list[dict[str, Any]] | None = None
) -> tuple[dict[str, Any], set[str]]:
    """The body's fields (its ``allOf`` parts merged) and the query parameters: wire name ->
    schema, and the required ones."""
    body = _body(op)
    props, required = _fields(body["schema"], spec) if body else ({}, set())
    for parameter in _query(op, parameters):  # query fields alongside the body's
        props[parameter["name"]] = parameter.get("schema", {})
        if parameter.get("required"):
            required.add(parameter["name"])
    return props, required


def wire_names(
    op: dict[str, Any], spec: dict[str, Any], parameters: list[dict[str, Any]] | None = None
) -> dict[str, str]:
    """Python keyword -> wire name, for the fields whose names differ."""
    props, _ = fields_of(op, spec, parameters)
    return {python_name(f): f for f in props if python_name(f) != f}


def _parameters(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> list[Any]:
    """The operation's parameters and its path item's, resolved."""
    return parameters(spec, item, op)


def _query(op: dict[str, Any], parameters: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    declared = parameters if parameters is not None else op.get("parameters", [])
    return [p for p in declared if isinstance(p, dict) and p.get("in") == "query"]


def _model_name(ref: str) -> str:
    """openapi-python-client's class name for a component schema."""
    name = ref.removeprefix(_SCHEMA_REF)
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]", name) if part)


def _annotation(schema: dict[str, Any], spec: dict[str, Any], models: set[str]) -> str:
    if "$ref" in schema:
        target = spec["components"]["schemas"][schema["$ref"].removeprefix(_SCHEMA_REF)]
        inner = _annotation(target, spec, models)
        if target.get("type") == "object" or "properties" in target:
            name = _model_name(schema["$ref"])
            models.add(name)
            return f"{name} | dict[str, Any]"
        return inner
    nullable = " | None" if schema.get("nullable") else ""
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    for key in ("oneOf", "anyOf"):
        if key in schema:
            members = [_annotation(m, spec, models) for m in schema[key]]
            unique = list(dict.fromkeys(part for m in members for part in m.split(" | ")))
            if "None" in unique:  # None last, as one writes it
                unique = [*(u for u in unique if u != "None"), "None"]
            return " | ".join(unique) + (nullable if "None" not in unique else "")
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _annotation(schema["allOf"][0], spec, models) + nullable
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        none = " | None" if None in schema["enum"] else nullable
        return f"Literal[{', '.join(repr(v) for v in values)}]" + none
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1: several types
        parts = [_annotation({**schema, "type": k}, spec, models) for k in kind]
        return " | ".join(dict.fromkeys(parts))
    if kind == "null":
        return "None"
    if kind == "array":
        return f"Sequence[{_annotation(schema.get('items', {}), spec, models)}]" + nullable
    if kind == "string" and schema.get("format") == "binary":
        return "bytes | IO[bytes] | PathLike[str]" + nullable
    simple = {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "object": "dict[str, Any]",
    }
    return simple.get(str(kind), "Any") + nullable


def _fields(schema: dict[str, Any], spec: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    if "$ref" in schema:
        return _fields(
            spec["components"]["schemas"][schema["$ref"].removeprefix(_SCHEMA_REF)], spec
        )
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf", []):
        part_props, part_required = _fields(part, spec)
        props.update(part_props)
        required |= part_required
    props.update(schema.get("properties", {}))
    required |= set(schema.get("required", []))
    return props, required


def _doc(schema: dict[str, Any], spec: dict[str, Any]) -> str:
    if "$ref" in schema and "description" not in schema:
        schema = spec["components"]["schemas"][schema["$ref"].removeprefix(_SCHEMA_REF)]
    text = " ".join(str(schema.get("description", "")).split())
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    text = textwrap.shorten(text, 300, placeholder=" ...") if text else ""
    # A quote at the end would close the docstring early.
    return text + " " if text.endswith('"') else text


def render_params(spec: dict[str, Any]) -> str:
    models: set[str] = set()
    classes: list[str] = []
    names: list[str] = []
    for item in spec["paths"].values():
        for method, op in item.items():
            name = params_name(op, _parameters(spec, item, op)) if method in HTTP_METHODS else None
            if name is None:
                continue
            props, required = fields_of(op, spec, _parameters(spec, item, op))
            names.append(name)
            lines = [
                f"class {name}(TypedDict, total=False):",
                f'    """The fields of {op["operationId"]}."""',
                "",
            ]
            for field, prop in props.items():
                if (
                    field in _HANDLED_BY_CLIENT
                    or not field.isidentifier()
                    or keyword.iskeyword(field)
                ):
                    continue
                annotation = _annotation(prop, spec, models)
                wrapped = (
                    f"Required[{annotation}]" if field in required else f"NotRequired[{annotation}]"
                )
                lines.append(f"    {python_name(field)}: {wrapped}")
                doc = _doc(prop, spec)
                if doc:
                    lines.append(f'    """{doc}"""')
            classes.append("\n".join(lines))
    header = [
        '"""Typed request parameters, generated from the effective spec by codegen/params.py.',
        "",
        "Do not edit: `make generate` writes this file.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Sequence",
        "from os import PathLike",
        "from typing import IO, TYPE_CHECKING, Any, Literal, NotRequired, Required, TypedDict",
        "",
    ]
    if models:
        # Only for type checkers: importing the models costs import time that callers of the
        # typed parameters should not pay.
        header.append("if TYPE_CHECKING:")
        header.append("    from .models import " + ", ".join(sorted(models)))
        header.append("")
    header.append(f"__all__ = [{', '.join(repr(n) for n in sorted(names))}]")
    return "\n".join(header) + "\n\n\n" + "\n\n\n".join(classes) + "\n"
