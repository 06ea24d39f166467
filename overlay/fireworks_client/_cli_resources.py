"""The command line's resource commands, made from the spec: ``fireworks-client deployments
list``, ``fireworks-client deployments get my-deployment``, ``fireworks-client datasets delete
ID``.

Nothing here names a resource, a method or a field. The commands are the clients' friendly
names (``fireworks_api.names``: ``deployments.create`` is ``deployments create``), each
method's positional arguments its path parameters (the account excepted: ``--account-id``, or
the client's), its options the fields of its body and query as the spec describes them
(``--kebab-case``: integers, numbers, booleans as ``--x/--no-x``, enums as choices, lists of
scalars repeated, anything else as JSON; read-only fields left out), its help the spec's
summary and descriptions. A resource's parser is filled only when the command line names it,
so ``--help`` and the other commands never pay for the whole platform.

Answers: a list method's (``list``, ``list_page``, ...: an answer with one array of objects) as
a table of a few columns chosen generically (:data:`COLUMNS`), with the next page's token on
stderr; any other answer as its top-level fields; ``--json`` the whole answer as JSON.

Waits (a ``wait`` command, ``--wait`` on the methods that make or change a resource) and the
hand-written methods' commands (``datasets upload ID FILE``) are ``_cli_methods``'.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fireworks_client._cli_shared import (
    MOCK_ACCOUNT,
    UsageError,
    endpoint_of,
    method_of,
    scalar_option,
)
from fireworks_client._pagination import SyncPager

if TYPE_CHECKING:
    from fireworks_client._client import Fireworks

__all__ = [
    "COLUMNS",
    "ResourceCommands",
    "read_spec",
    "render",
    "run_method",
]

# The columns of a list's table, those its items have, in this order (wire names).
COLUMNS = ("name", "id", "displayName", "state", "createTime", "created", "owned_by")
_FALLBACK_COLUMNS = 4  # items with none of COLUMNS: their first scalar fields
_CELL = 60  # characters of a cell at most
_PAGE_TOKEN = "nextPageToken"  # an AIP-158 list's next page
_ACCOUNT = "account_id"  # the client's path parameter (--account-id)
_FRIENDLY = "_friendly"  # argparse destination: the method chosen
_FIELD = "resource_field:"  # argparse destinations of fields
_PATH = "resource_path:"  # argparse destinations of path parameters
_SCALARS: dict[str, Callable[[str], Any]] = {"integer": int, "number": float, "string": str}


@cache
def read_spec() -> dict[str, Any]:
    """The effective spec, read once for the command line (which never changes it)."""
    from fireworks_client._openapi import load_spec  # noqa: PLC0415

    return load_spec()


def _names() -> Mapping[str, str]:
    from fireworks_api.names import FRIENDLY_NAMES  # noqa: PLC0415

    return FRIENDLY_NAMES


def _waited() -> frozenset[str]:
    from fireworks_api.names import WAITED  # noqa: PLC0415

    return WAITED


def _hand_written() -> frozenset[str]:
    from fireworks_api.names import HAND_WRITTEN  # noqa: PLC0415

    return HAND_WRITTEN


def _command(name: str) -> str:
    return name.replace("_", "-")


def _first_sentence(text: Any, limit: int = 100) -> str:
    words = " ".join(str(text or "").split())
    for end in (". ", ".\n"):
        if end in words:
            words = words.split(end, 1)[0]
    words = words.rstrip(".")
    return (words if len(words) <= limit else words[: limit - 3] + "...").replace("%", "%%")


class ResourceCommands:
    """The resource commands of a parser: one per top-level resource of the friendly names
    that no other command has taken, filled only when named (:meth:`fill`)."""

    def __init__(self, taken: Iterable[str]) -> None:
        from fireworks_client._cli_methods import HAND_COMMANDS, hand_methods  # noqa: PLC0415

        self.tree: dict[str, dict[str, str]] = {}  # resource path -> method -> friendly name
        hand = _hand_written()
        taken = set(taken)
        for friendly in _names():
            path, _, method = friendly.rpartition(".")
            if friendly in hand or path.partition(".")[0] in taken:
                continue
            self.tree.setdefault(path, {})[method] = friendly
        # the commands that are no operation: hand-written methods, waits (_cli_methods)
        self.extra: dict[str, list[str]] = {
            path: list(hand_methods(path)) for path in HAND_COMMANDS if path in self.tree
        }
        for path in _waited() & self.tree.keys():
            self.extra.setdefault(path, []).append("wait")
        self.parsers: dict[str, argparse.ArgumentParser] = {}
        self._filled: set[str] = set()

    @property
    def tops(self) -> list[str]:
        return list(dict.fromkeys(p.partition(".")[0] for p in self.tree))

    def add_to(self, sub: Any, existing: Mapping[str, argparse.ArgumentParser]) -> None:
        """A command per top-level resource in ``sub`` (argparse's subparsers); a resource
        whose name is already a command (``existing``) gets its methods under that command,
        which runs as before without one."""
        for top in self.tops:
            methods = [
                _command(p.removeprefix(top).lstrip(".") + "." + m).lstrip(".")
                for p in self.tree
                if p == top or p.startswith(top + ".")
                for m in [*self.tree[p], *self.extra.get(p, ())]
            ]
            if top in existing:
                self.parsers[top] = existing[top]
                continue
            self.parsers[top] = sub.add_parser(
                _command(top),
                help=", ".join(m.replace(".", " ") for m in methods),
                add_help=False,  # added with the methods (fill): a first pass finds the command
            )

    def top_of(self, command: str | None) -> str | None:
        if command is None:
            return None
        name = command.replace("-", "_")
        return name if name in self.parsers else None

    def fill(self, top: str, *, without_method: str | None = None) -> None:
        """The methods of resource ``top`` (and of its sub-resources) as subcommands, with
        their arguments; ``without_method``: what the command does without one (None: it
        needs one)."""
        if top in self._filled:
            return
        self._filled.add(top)
        parser = self.parsers[top]
        parser.add_argument("-h", "--help", action="help", help="show this help and exit")
        self._fill(parser, top, optional=without_method is not None)
        if without_method is not None:
            parser.description = f"{parser.description} Without a method: {without_method}."

    def _fill(self, parser: argparse.ArgumentParser, path: str, *, optional: bool) -> None:
        children = sorted(
            {
                p.removeprefix(path + ".").partition(".")[0]
                for p in self.tree
                if p.startswith(path + ".")
            }
        )
        methods = self.tree.get(path, {})
        parser.description = f"The methods of client.{path}, from the API's description."
        sub = parser.add_subparsers(dest=f"_method:{path}", metavar="METHOD", required=not optional)
        from fireworks_client import _cli_methods as extra  # noqa: PLC0415

        for method, friendly in methods.items():
            operation = _operation(friendly)
            summary = _first_sentence(operation.get("summary") or operation.get("description"))
            child = sub.add_parser(
                _command(method), help=summary, description=_description(friendly, operation)
            )
            _method_arguments(child, friendly)
            if extra.waitable(friendly):
                extra.add_wait_option(child)
            child.set_defaults(**{_FRIENDLY: friendly})
        for method in self.extra.get(path, ()):
            if method == "wait":
                extra.add_wait_command(sub, path, _path_argument)
            else:
                extra.add_hand_command(sub, path, method)
        for name in children:
            methods_of = [_command(m) for m in self.tree.get(f"{path}.{name}", {})]
            child = sub.add_parser(_command(name), help=", ".join(methods_of) or None)
            self._fill(child, f"{path}.{name}", optional=False)


def _operation(friendly: str) -> dict[str, Any]:
    operation_id = _names()[friendly]
    for item in read_spec()["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                found: dict[str, Any] = {**op, "_method": method.upper(), "_item": item}
                return found
    raise KeyError(operation_id)


def _description(friendly: str, operation: Mapping[str, Any]) -> str:
    endpoint = endpoint_of(friendly)
    text = " ".join(str(operation.get("summary") or "").split())
    detail = str(operation.get("description") or "").strip().split("\n\n")[0]
    detail = " ".join(detail.split())
    parts = [p for p in (text, detail if detail != text else "") if p]
    parts.append(f"({endpoint.method} {endpoint.path}; client.{friendly})")
    return " ".join(parts).replace("%", "%%")


@cache
def fields(friendly: str) -> dict[str, tuple[str, dict[str, Any], bool]]:
    """The fields a caller may set, body's then query's: Python name -> (wire name, schema
    with its ``$ref`` resolved, required); without the read-only ones and what the client
    sends itself (``stream``)."""
    from fireworks_client._openapi import object_properties, resolve  # noqa: PLC0415

    spec = read_spec()
    operation = _operation(friendly)
    endpoint = endpoint_of(friendly)
    python = {wire: name for name, wire in endpoint.wire_names.items()}
    found: dict[str, tuple[str, dict[str, Any], bool]] = {}
    if endpoint.request is not None:
        body = operation["requestBody"]
        if "$ref" in body:
            body = spec["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
        schema = body["content"][endpoint.request]["schema"]
        required = set(resolve(schema, spec).get("required", []))
        written = _declared_properties(schema, spec)  # readOnly sits beside a $ref
        for wire, prop in object_properties(schema, spec).items():
            as_written = written.get(wire, {})
            if as_written.get("readOnly") or prop.get("readOnly") or wire == "stream":
                continue
            if not wire.isidentifier():
                continue
            described = {
                **prop,
                "description": as_written.get("description", prop.get("description")),
            }
            found[python.get(wire, wire)] = (wire, described, wire in required)
    for parameter in _parameters(operation):
        if parameter.get("in") == "query" and parameter["name"] in endpoint.query_params:
            schema = resolve(dict(parameter.get("schema") or {}), spec)
            if parameter.get("description") and "description" not in schema:
                schema = {**schema, "description": parameter["description"]}
            wire = parameter["name"]
            found[python.get(wire, wire)] = (wire, schema, bool(parameter.get("required")))
    return found


def _parameters(operation: Mapping[str, Any]) -> list[dict[str, Any]]:
    """An operation's parameters and its path item's, their ``$ref`` followed."""
    found = []
    for parameter in [*operation["_item"].get("parameters", []), *operation.get("parameters", [])]:
        ref = parameter.get("$ref")
        found.append(
            read_spec()["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else parameter
        )
    return found


def _declared_properties(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """An object schema's properties as written (their ``$ref`` not followed), over allOf."""
    from fireworks_client._openapi import resolve  # noqa: PLC0415

    schema = resolve(schema, spec)
    props: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        props.update(_declared_properties(part, spec))
    props.update(schema.get("properties", {}))
    return props


def _path_parameters(friendly: str) -> dict[str, str]:
    """The path parameters (the account's excepted), name -> description."""
    operation = _operation(friendly)
    described: dict[str, str] = {}
    for parameter in _parameters(operation):
        if parameter.get("in") == "path":
            described[parameter["name"]] = str(parameter.get("description") or "")
    return {
        name: described.get(name, "")
        for name in endpoint_of(friendly).path_params
        if name != _ACCOUNT
    }


def _json_option(flag: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """An option whose value is JSON, of the schema's kind when it has one."""
    kind = schema.get("type")
    expected = {"object": dict, "array": list}.get(kind if isinstance(kind, str) else "")
    members = schema.get("anyOf") or schema.get("oneOf") or []
    text_too = any(m.get("type") == "string" for m in members)  # a text, or JSON

    def convert(text: str) -> Any:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if text_too:
                return text
            raise argparse.ArgumentTypeError(f"expected JSON: {exc}") from None
        if expected is not None and not isinstance(value, expected):
            raise argparse.ArgumentTypeError(f"expected a JSON {kind}, got {type(value).__name__}")
        return value

    return {"type": convert, "metavar": "TEXT|JSON" if text_too else "JSON"}


def _option(flag: str, schema: Mapping[str, Any], binary: bool) -> dict[str, Any]:
    """argparse settings for a field: the command line's own (scalars, enums, booleans, lists
    of scalars) when it has them, else JSON."""

    if binary:
        return {"type": Path, "metavar": "PATH"}
    settings = scalar_option(dict(schema))
    return settings if settings is not None else _json_option(flag, schema)


def _path_argument(parser: argparse.ArgumentParser, name: str, description: str = "") -> None:
    parser.add_argument(
        _PATH + name, metavar=name.upper(), help=_first_sentence(description) or name
    )


def _method_arguments(parser: argparse.ArgumentParser, friendly: str) -> None:
    endpoint = endpoint_of(friendly)
    for name, description in _path_parameters(friendly).items():
        _path_argument(parser, name, description)
    if _ACCOUNT in endpoint.path_params:
        parser.add_argument(
            "--account-id",
            dest=_PATH + _ACCOUNT,
            metavar="ID",
            help="the account (default: --account-id before the command, FIREWORKS_ACCOUNT_ID)",
        )
    parser.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    taken = set(parser._option_string_actions)
    for name, (_, schema, required) in fields(friendly).items():
        flag = "--" + _command(name)
        if flag in taken:  # a field named like an option of every method: --json
            continue
        taken.add(flag)
        settings = _option(flag, schema, name in endpoint.binary_fields)
        settings.setdefault("metavar", name.upper())
        text = _first_sentence(schema.get("description"))
        if "choices" in settings:
            text = f"{text}; one of: {', '.join(map(str, settings['choices']))}".lstrip("; ")
        parser.add_argument(
            flag,
            dest=_FIELD + name,
            required=required,
            help=(text + " (required)" if required else text) or None,
            **settings,
        )


def chosen(args: argparse.Namespace) -> str | None:
    """The friendly name of the method the command line chose, if it chose one."""
    friendly = getattr(args, _FRIENDLY, None)
    return friendly if isinstance(friendly, str) else None


def run_method(client: Fireworks, args: argparse.Namespace, out: Any = None) -> int:
    """Call the method the command line chose and print its answer."""
    from fireworks_client import _cli_methods as extra  # noqa: PLC0415

    out = out if out is not None else sys.stdout
    friendly = chosen(args)
    assert friendly is not None
    values = vars(args)
    json_output = bool(values.get("json"))
    resource, _, method = friendly.rpartition(".")
    if method in extra.hand_methods(resource):
        answer = extra.run_hand(client, friendly, _account(friendly, args, needed=False), args)
        render(friendly, answer, json_output=json_output, out=out)
        return 0
    if method == "wait" and friendly not in _names():
        ids = [values[_PATH + name] for name in extra._get_path(resource)]
        answer = extra.run_wait(client, friendly, ids, _account(resource + ".get", args), args)
        render(friendly, answer, json_output=json_output, out=out)
        return 0
    given = {name: values[_PATH + name] for name in _path_parameters(friendly)}
    params = {
        dest.removeprefix(_FIELD): value
        for dest, value in values.items()
        if dest.startswith(_FIELD) and value is not None
    }
    for name, value in params.items():
        if isinstance(value, Path) and not value.is_file():
            raise UsageError(f"--{_command(name)}: no such file: {value}")
    account = _account(friendly, args)
    keywords = {_ACCOUNT: account} if account else {}
    answer = method_of(client, friendly)(*given.values(), **keywords, **params)
    if isinstance(answer, SyncPager):  # a list: the page asked for (--page-token), as answered
        answer = answer.first_page().answer
    answer = extra.waits_after(client, friendly, answer, given, account, args)
    render(friendly, answer, json_output=json_output, out=out)
    return 0


def _account(friendly: str, args: argparse.Namespace, *, needed: bool = True) -> str | None:
    """The account of a call whose path has one: ``--account-id`` (the method's, then the
    command line's), FIREWORKS_ACCOUNT_ID, the mock's; None for a call without one."""

    if needed and _ACCOUNT not in endpoint_of(friendly).path_params:
        return None
    account = (
        vars(args).get(_PATH + _ACCOUNT)
        or getattr(args, "account_id", None)
        or os.environ.get("FIREWORKS_ACCOUNT_ID")
        or (MOCK_ACCOUNT if getattr(args, "mock", False) else None)
    )
    if not account and needed:
        raise UsageError(
            f"{friendly.replace('.', ' ')} needs an account: --account-id ID, "
            "or FIREWORKS_ACCOUNT_ID"
        )
    return account if isinstance(account, str) else None


def _plain(answer: Any) -> Any:
    """The answer as JSON values (wire names)."""
    if isinstance(answer, list):
        return [_plain(a) for a in answer]
    to_dict = getattr(answer, "to_dict", None)
    return to_dict() if callable(to_dict) else answer


def render(friendly: str, answer: Any, *, json_output: bool, out: Any) -> None:
    """Print an answer: JSON, a table of a list, or an object's fields."""
    data = _plain(answer)
    if isinstance(data, list) and data and all(isinstance(d, Path) for d in data):
        data = [str(d) for d in data]  # files written (a download)
        if not json_output:
            print("\n".join(data), file=out)
            return
    if json_output:
        print(json.dumps(data, indent=2, default=str), file=out)
        return
    if data is None or data == {}:
        print(f"{friendly.replace('.', ' ')}: done", file=sys.stderr)
        return
    # A list method's (list, list_page, ...) answer is a table of its one array of objects.
    rows = _rows(data) if friendly.rpartition(".")[2].startswith("list") else None
    if rows is not None:
        _table(rows, out)
        token = data.get(_PAGE_TOKEN) if isinstance(data, dict) else None
        if token:
            print(f"more: --page-token {token}", file=sys.stderr)
        return
    if isinstance(data, dict):
        width = max(len(k) for k in data)
        for key, value in data.items():
            print(f"{key.ljust(width)}  {_cell(value, limit=None)}".rstrip(), file=out)
        return
    print(json.dumps(data, indent=2, default=str), file=out)


def _rows(data: Any) -> list[dict[str, Any]] | None:
    """The items of a list answer: an array of objects, or an object with one."""
    if isinstance(data, list) and all(isinstance(d, dict) for d in data):
        return data
    if not isinstance(data, dict):
        return None
    arrays = [
        v for v in data.values() if isinstance(v, list) and all(isinstance(i, dict) for i in v)
    ]
    return arrays[0] if len(arrays) == 1 else None


def _cell(value: Any, limit: int | None = _CELL) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 3] + "..."


def _table(rows: Sequence[Mapping[str, Any]], out: Any) -> None:
    present = {k for row in rows for k in row}
    columns = [c for c in COLUMNS if c in present]
    if not columns and rows:
        columns = [k for k, v in rows[0].items() if not isinstance(v, dict | list)][
            :_FALLBACK_COLUMNS
        ]
    if not columns:
        print(f"({len(rows)} items)", file=out)
        return
    header = [_heading(c) for c in columns]
    cells = [
        [_cell(row.get(c, "")) if row.get(c) is not None else "" for c in columns] for row in rows
    ]
    widths = [max(len(r[i]) for r in [header, *cells]) for i in range(len(columns))]
    for line in [header, *cells]:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip(), file=out)


def _heading(wire: str) -> str:
    """``displayName`` -> ``DISPLAY NAME``."""
    words = "".join(f" {c}" if c.isupper() else c for c in wire).replace("_", " ")
    return words.strip().upper()
