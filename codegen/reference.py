"""The API reference a person reads (``api.md`` at the repository's root), written by ``make
generate`` from the same description as the clients' resources.

One page, in the manner of the Stainless SDKs' ``api.md``: for each top-level resource (in the
order of ``openapi3.names.yml``) the models its methods answer, then each method with its
signature (path parameters positional, the account from the client, ``**params``), the HTTP
operation, its summary, and a table of its parameters: positional and keyword, their Python
types as ``fireworks_api.params`` declares them (codegen/params.py's annotations), required or
not, and the first sentence of their description. ``generate --check`` compares it with a fresh
one like the generated package.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from codegen.normalise import HTTP_METHODS
from codegen.operations import Described
from codegen.params import _HANDLED_BY_CLIENT, _annotation, fields_of, python_name
from codegen.refs import parameters
from codegen.resources import CLIENT_PATH_PARAMETERS, _json_answer, _stream_model

__all__ = ["REFERENCE", "render_reference"]

REFERENCE = "api.md"  # at the repository's root
_DESCRIPTION = 160  # characters of a parameter's description at most
HAND_WRITTEN = (
    "Written by hand (`fireworks_client.resources`: an answer the spec cannot describe); "
    "its parameters are the operation's."
)


def _operation(spec: dict[str, Any], operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(path item, operation) of an operationId."""
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS and op.get("operationId") == operation_id:
                return item, op
    raise KeyError(operation_id)


def _sentence(text: Any, limit: int = _DESCRIPTION) -> str:
    """The first sentence of a description, on one line, fit for a table cell."""
    words = " ".join(str(text or "").split())
    match = re.search(r"(?<=[a-z0-9)\]`])\.\s+(?=[A-Z`])", words)
    if match:
        words = words[: match.start()]
    words = words.rstrip(".")
    if len(words) > limit:
        words = words[: limit - 3].rstrip() + "..."
    return words.replace("|", "\\|")


def _code(text: str) -> str:
    """Inline code in a table cell (a ``|`` escaped)."""
    return "`" + text.replace("|", "\\|") + "`"


def _described(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    if "description" not in schema and "$ref" in schema:
        target = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return target.get("description")
    return schema.get("description")


def _path_descriptions(
    spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> dict[str, str]:
    return {
        p["name"]: _sentence(p.get("description"))
        for p in parameters(spec, item, op)
        if isinstance(p, dict) and p.get("in") == "path"
    }


def _answer(d: Described) -> str:
    model, array, _ = _json_answer(d)
    answer = (f"list[{model}]" if array else model) if model else "Any"
    chunk = _stream_model(d)
    return f"{answer} | Stream[{chunk}]" if chunk else answer


def _method(
    spec: dict[str, Any], friendly: str, d: Described, hand: bool, models: set[str]
) -> list[str]:
    item, op = _operation(spec, d.operation_id)
    positional = [p for p in d.path_params if p not in CLIENT_PATH_PARAMETERS]
    account = [p for p in d.path_params if p in CLIENT_PATH_PARAMETERS]
    keywords = [f"{p}=None" for p in account]
    if _stream_model(d):
        keywords.append("stream=False")
    arguments = [*positional, *(["*", *keywords] if keywords else [])]
    if d.params:
        arguments.append("**params")
    model, _, _ = _json_answer(d)
    signature = f"client.{friendly}({', '.join(arguments)})"
    if hand:
        lines = [f"### `{signature}`", "", HAND_WRITTEN, ""]
    else:
        models.update([model] if model else [])
        lines = [f"### `{signature} -> {_answer(d)}`", ""]
    summary = _sentence(op.get("summary") or op.get("description"), 300)
    where = f"`{d.method} {urlsplit(d.url).path}`"
    lines += [f"{where}: {summary}." if summary else where, ""]
    rows: list[str] = []
    described = _path_descriptions(spec, item, op)
    for name in positional:
        rows.append(f"| `{name}` | `str` | positional, required | {described.get(name, '')} |")
    for name in account:
        rows.append(
            f"| `{name}` | `str \\| None` | keyword; default: the client's "
            f"(`{name}=`, `FIREWORKS_{name.upper()}`) | {described.get(name, '')} |"
        )
    if _stream_model(d):
        rows.append(
            "| `stream` | `bool` | keyword | True: a stream of chunks (`Stream`, "
            "`AsyncStream` for `AsyncFireworks`) |"
        )
    if d.params:
        props, required = fields_of(op, spec, parameters(spec, item, op))
        for field, prop in props.items():
            if field in _HANDLED_BY_CLIENT or not field.isidentifier() or keyword.iskeyword(field):
                continue
            annotation = _annotation(prop, spec, set())
            kind = ["required" if field in required else "optional"]
            if prop.get("readOnly"):
                kind.append("read-only (set by the service)")
            if field in d.binary_fields:
                kind.append("a file")
            rows.append(
                f"| `{python_name(field)}` | {_code(annotation)} | {', '.join(kind)} | "
                f"{_sentence(_described(spec, prop))} |"
            )
    if rows:
        lines += ["| parameter | type | | description |", "|---|---|---|---|", *rows, ""]
    if d.params:
        lines += [f"Keyword parameters: `fireworks_api.params.{d.params}`.", ""]
    return lines


def render_reference(
    spec: dict[str, Any],
    names: Mapping[str, str],
    described: Iterable[Described],
    hand: frozenset[str] = frozenset(),
) -> str:
    """``api.md``: every resource and method of the friendly names."""
    known = {d.operation_id: d for d in described}
    tops: dict[str, list[str]] = {}
    for friendly in names:
        tops.setdefault(friendly.partition(".")[0], []).append(friendly)
    out = [
        "# API reference",
        "",
        "Every resource and method of `Fireworks` (`fireworks_client`), written by `make "
        "generate` (codegen/reference.py) from the effective spec and `openapi3.names.yml`; "
        "do not edit it by hand. `AsyncFireworks` has the same methods, awaited. Path "
        "parameters are positional; the account is the client's (`Fireworks(account_id=...)`, "
        "`FIREWORKS_ACCOUNT_ID`) unless a call gives `account_id=`; the other parameters are "
        "keywords (`**params`, typed by the TypedDict named under each method), in Python's "
        "snake_case, sent under the wire's names. Every method also takes `extra_headers`, "
        "`timeout` and `max_retries`, and those with a request body `extra_body`. Answers are "
        "the models of `fireworks_api.models`; each method has a twin on "
        "`.with_raw_response` answering the raw response. The command line has the same "
        "resources and methods: `fireworks-client deployments list`.",
        "",
        "Resources: " + ", ".join(f"[{top}](#{top})" for top in tops) + ".",
        "",
    ]
    for top, friendlies in tops.items():
        models: set[str] = set()
        body: list[str] = []
        for friendly in friendlies:
            body += _method(spec, friendly, known[names[friendly]], friendly in hand, models)
        out += [f"## {top}", ""]
        if models:
            out += [
                "Types:",
                "",
                "```python",
                f"from fireworks_api.models import {', '.join(sorted(models))}",
                "```",
                "",
            ]
        out += ["Methods:", "", *body]
    return "\n".join(out).rstrip() + "\n"
