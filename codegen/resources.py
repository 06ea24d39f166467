"""The clients' resource classes and friendly names, generated from ``openapi3.names.yml``.

``make generate`` writes two modules from the declared names (friendly name -> operationId)
and the description of each operation (codegen/operations.py):

- ``fireworks_api/names.py``: ``FRIENDLY_NAMES``, the declared mapping, for the clients, the
  command line and the bulk runner;
- ``fireworks_api/resources/``, a module per top-level resource (``chat.py``, ``images.py``):
  for every resource in it (a friendly name less its last part: ``chat.completions``,
  ``images.kontext``) a synchronous and an asynchronous class whose methods call the
  operations (path parameters as arguments, the body's or the query's fields as typed
  keywords, the answer's model as return type, ``stream=`` overloads when the operation
  streams), their ``with_raw_response`` classes, a class for each resource that only holds
  others (``chat``), and each operation's typed :class:`~fireworks_client._operations.Endpoint`
  (everything the request path needs, from the spec). The package's face holds the mixins
  that give a client its top-level resources, each made, and its module loaded, on first use.
  The hand-written classes of ``fireworks_client.resources`` subclass a few of these.

The resource modules import the client's runtime (request path, resource base, endpoint
type), as other SDKs' generated operations import their core; the runtime never imports them,
and the package face imports nothing of the client, so either package can be imported first.

A declared name whose operationId the spec lacks, an operation with no name, or a name that
cannot be a Python attribute stops the generation with a message naming it.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from codegen.effective_spec import ROOT, load_yaml
from codegen.normalise import HTTP_METHODS
from codegen.operations import (
    Described,
    DescribedBody,
    DescribedPaging,
    api_root,
    on_service_root,
    relative_path,
)

# Path parameters a client supplies from its own settings when a call gives none: the
# account (``Fireworks(account_id=...)``, ``FIREWORKS_ACCOUNT_ID``). Keyword-only arguments,
# after the positional ones; fireworks_client._settings.CLIENT_PATH_PARAMETERS says the same
# (a test holds them equal: generation must not import the client).
CLIENT_PATH_PARAMETERS = ("account_id",)
_SCHEMAS = "#/components/schemas/"

__all__ = [
    "NAMES",
    "NamesError",
    "check_names",
    "check_waits",
    "load_hand_written",
    "load_names",
    "load_waits",
    "render_names",
    "render_resources",
    "render_root",
    "waited_resources",
]

NAMES = ROOT / "openapi3.names.yml"
# What every generated method takes besides the operation's own parameters, and what every
# resource class has: a declared name or path parameter must not take these names.
_RESERVED = frozenset(
    {"stream", "extra_body", "extra_headers", "timeout", "max_retries", "self", "params"}
)
_RESERVED_ATTRIBUTES = frozenset({"with_raw_response"})
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*\Z")


class NamesError(ValueError):
    """The declared names do not fit the spec."""


def _entries(path: Path) -> dict[str, tuple[str, bool]]:
    """friendly name -> (operationId, written by hand), in the file's order."""
    loaded = load_yaml(path)
    if not isinstance(loaded, dict):
        raise NamesError(f"{path.name}: expected lines of `friendly.name: operationId`")
    entries: dict[str, tuple[str, bool]] = {}
    for friendly, value in loaded.items():
        if str(friendly).startswith("x-"):  # an extension: x-waits (load_waits)
            continue
        if isinstance(value, str):
            entries[str(friendly)] = (value, False)
        elif (
            isinstance(value, dict)
            and set(value) == {"operationId", "hand"}
            and isinstance(value["operationId"], str)
            and value["hand"] is True
        ):
            entries[str(friendly)] = (value["operationId"], True)
        else:
            raise NamesError(
                f"{path.name}: {friendly}: expected an operationId, or "
                "{operationId: ..., hand: true} for a method written by hand"
            )
    return entries


WAITS_KEY = "x-waits"


@dataclass(frozen=True)
class Waits:
    """What a ``wait`` waits for, for one state enum (``x-waits`` of openapi3.names.yml)."""

    until: tuple[str, ...]
    fails: tuple[str, ...]


def load_waits(path: Path = NAMES) -> dict[str, Waits]:
    """The declared waits: state enum (a component schema's name) -> its :class:`Waits`."""
    loaded = load_yaml(path)
    declared = loaded.get(WAITS_KEY) if isinstance(loaded, dict) else None
    if declared is None:
        return {}
    if not isinstance(declared, dict):
        raise NamesError(
            f"{path.name}: {WAITS_KEY} maps a state enum to {{until: [...], fails: [...]}}"
        )
    waits: dict[str, Waits] = {}
    for enum, value in declared.items():
        if (
            not isinstance(value, dict)
            or set(value) != {"until", "fails"}
            or not all(
                isinstance(v, list) and all(isinstance(x, str) for x in v) for v in value.values()
            )
            or not value["until"]
        ):
            raise NamesError(
                f"{path.name}: {WAITS_KEY}.{enum}: expected {{until: [states], fails: [states]}}"
            )
        waits[str(enum)] = Waits(tuple(value["until"]), tuple(value["fails"]))
    return waits


def state_enum(spec: dict[str, Any], operation_id: str) -> str | None:
    """The state enum (a component schema's name) of the model an operation answers: its 2xx
    JSON answer's ``state`` property, a $ref to an enum. None without one."""
    op = _spec_operation(spec, operation_id)
    for status, response in op.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
        ref = str(schema.get("$ref", ""))
        if not ref.startswith(_SCHEMAS):
            return None
        model = spec["components"]["schemas"].get(ref.removeprefix(_SCHEMAS), {})
        state = (model.get("properties") or {}).get("state") or {}
        state_ref = str(state.get("$ref", ""))
        if state_ref.startswith(_SCHEMAS):
            return state_ref.removeprefix(_SCHEMAS)
        return None
    return None


def check_waits(spec: dict[str, Any], waits: Mapping[str, Waits]) -> list[str]:
    """What is wrong with the declared waits for this spec (nothing: an empty list)."""
    problems = []
    schemas = spec["components"]["schemas"]
    for enum, wait in waits.items():
        values = (schemas.get(enum) or {}).get("enum")
        if not isinstance(values, list):
            problems.append(f"{WAITS_KEY}: the spec has no state enum {enum}")
            continue
        for state in (*wait.until, *wait.fails):
            if state not in values:
                problems.append(f"{WAITS_KEY}.{enum}: {state} is not one of its states")
        if set(wait.until) & set(wait.fails):
            problems.append(f"{WAITS_KEY}.{enum}: a state both waited for and failing")
    return problems


def load_names(path: Path = NAMES) -> dict[str, str]:
    """The declared friendly names, in the file's order."""
    return {friendly: op for friendly, (op, _) in _entries(path).items()}


def load_hand_written(path: Path = NAMES) -> frozenset[str]:
    """The names whose methods are written by hand (``hand: true``): the generator writes
    their endpoints, and no method, so that the hand-written class adds the method instead
    of overriding one with another signature."""
    return frozenset(friendly for friendly, (_, hand) in _entries(path).items() if hand)


def check_names(
    names: Mapping[str, str], described: Iterable[Described], *, complete: bool = True
) -> list[str]:
    """What is wrong with ``names`` for these operations (nothing: an empty list); with
    ``complete``, an operation without a name is wrong too."""
    known = {d.operation_id: d for d in described}
    problems: list[str] = []
    named: dict[str, str] = {}
    for friendly, operation_id in names.items():
        parts = friendly.split(".")
        if len(parts) < 2 or not all(  # a resource and a method at least
            _IDENTIFIER.match(p) and not keyword.iskeyword(p) and not p.startswith("_")
            for p in parts
        ):
            problems.append(
                f"{friendly}: a friendly name is resource.method, lower-case identifiers "
                "not starting with _"
            )
            continue
        if parts[-1] in _RESERVED | _RESERVED_ATTRIBUTES:
            problems.append(f"{friendly}: {parts[-1]} is taken by every resource")
        if operation_id not in known:
            problems.append(f"{friendly}: the spec has no operation {operation_id}")
            continue
        if operation_id in named:
            problems.append(f"{operation_id} is named twice: {named[operation_id]} and {friendly}")
        named[operation_id] = friendly
        for name in known[operation_id].path_params:
            if not name.isidentifier() or keyword.iskeyword(name) or name in _RESERVED:
                problems.append(f"{friendly}: path parameter {name!r} cannot be an argument")
    resources = {f.rpartition(".")[0] for f in names}
    for friendly in names:
        if friendly in resources:
            problems.append(f"{friendly}: both a method and a resource")
    problems += [
        f"{where_of(d)} ({d.operation_id}) has no friendly name: give it one in {NAMES.name}"
        for d in known.values()
        if complete and d.operation_id not in named
    ]
    return problems


def where_of(d: Described) -> str:
    return f"{d.method} {d.url}"


def render_root(root: str) -> str:
    """``fireworks_api/root.py``: the clients' default base URL, in a module of its own so that
    making a client loads nothing that grows with the API."""
    return (
        '"""The API root the spec\'s servers give: the clients\' default base URL (written by\n'
        "codegen/resources.py).\n\n"
        "Do not edit: `make generate` writes this file.\n"
        '"""\n\n'
        '__all__ = ["API_ROOT"]\n\n'
        f"API_ROOT = {root!r}\n"
    )


def waited_resources(
    spec: dict[str, Any],
    names: Mapping[str, str],
    described: Iterable[Described],
    hand: frozenset[str] = frozenset(),
    waits: Mapping[str, Waits] | None = None,
) -> frozenset[str]:
    """The resources (paths) that get a ``wait``: those whose ``get`` answers a state enum
    declared under ``x-waits`` (as :func:`render_resources` decides)."""
    waits = load_waits() if waits is None else waits
    resources = _resources(names, {d.operation_id: d for d in described})
    found = set()
    for resource in resources.values():
        get = _waited_get(resource, hand)
        if get is not None and state_enum(spec, get.operation_id) in waits:
            found.add(resource.path)
    return frozenset(found)


def render_names(
    names: Mapping[str, str],
    hand: frozenset[str] = frozenset(),
    waited: frozenset[str] = frozenset(),
) -> str:
    """``fireworks_api/names.py``."""
    entries = "".join(f"    {k!r}: {v!r},\n" for k, v in names.items())
    written = "".join(f"    {k!r},\n" for k in names if k in hand)
    waiting = "".join(f"    {k!r},\n" for k in sorted(waited))
    return (
        '"""The clients\' friendly names of the operations: written by codegen/resources.py from\n'
        "openapi3.names.yml.\n\n"
        "Do not edit: `make generate` writes this file.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Mapping\n"
        "from types import MappingProxyType\n\n"
        '__all__ = ["FRIENDLY_NAMES", "HAND_WRITTEN", "WAITED"]\n\n'
        "FRIENDLY_NAMES: Mapping[str, str] = MappingProxyType({\n" + entries + "})\n\n"
        "# Their methods are written by hand (fireworks_client.resources); only their endpoints\n"
        "# are generated.\n"
        "HAND_WRITTEN: frozenset[str] = frozenset({\n" + written + "})\n\n"
        "# The resources that have a generated ``wait`` (x-waits of openapi3.names.yml).\n"
        "WAITED: frozenset[str] = frozenset({\n" + waiting + "})\n"
    )


# --- the resource classes ---------------------------------------------------------------------


@dataclass
class _Resource:
    path: str  # "chat.completions"
    methods: list[tuple[str, str, Described]] = field(default_factory=list)  # (name, friendly, op)
    children: list[str] = field(default_factory=list)  # child resource paths

    @property
    def attribute(self) -> str:
        return self.path.rpartition(".")[2]

    @property
    def top(self) -> str:
        return self.path.partition(".")[0]

    @property
    def camel(self) -> str:
        return "".join(
            part[:1].upper() + part[1:] for p in self.path.split(".") for part in p.split("_")
        )

    def cls(self, sync: bool) -> str:
        suffix = "Operations" if self.methods else "Resources"
        return ("" if sync else "Async") + self.camel + suffix


def _resources(names: Mapping[str, str], known: Mapping[str, Described]) -> dict[str, _Resource]:
    resources: dict[str, _Resource] = {}

    def resource(path: str) -> _Resource:
        if path not in resources:
            parent, _, _ = path.rpartition(".")
            if parent:
                resource(parent).children.append(path)
            resources[path] = _Resource(path)
        return resources[path]

    for friendly, operation_id in names.items():
        path, _, method = friendly.rpartition(".")
        resource(path).methods.append((method, friendly, known[operation_id]))
    return resources


def _json_answer(d: Described, list_type: str = "list") -> tuple[str | None, bool, str]:
    """(model, array, annotation) of the operation's JSON 2xx answer; (None, False, "Any")
    without one. ``list_type``: how the class body can name ``list`` (a method may be
    ``list``)."""
    for status, bodies in d.responses.items():
        if status.startswith("2"):
            for body in bodies:
                if body.content_type == "application/json" and body.model:
                    annotation = f"{list_type}[{body.model}]" if body.array else body.model
                    return body.model, body.array, annotation
    return None, False, "Any"


def _stream_body(d: Described) -> DescribedBody | None:
    for status, bodies in d.responses.items():
        if status.startswith("2"):
            for body in bodies:
                if body.content_type == "text/event-stream" and (body.model or body.variants):
                    return body
    return None


def _stream_models(d: Described) -> list[str]:
    """The models of a stream's chunks: its one model, or each model of its union."""
    body = _stream_body(d)
    if body is None:
        return []
    return [body.model] if body.model else sorted({model for _, model in body.variants})


def _stream_model(d: Described) -> str | None:
    """The type of a stream's chunk (a union of its models' classes)."""
    return " | ".join(_stream_models(d)) or None


def endpoint_constant(friendly: str) -> str:
    """The name of an operation's Endpoint in its resource module: ``CHAT_COMPLETIONS_CREATE``."""
    return friendly.upper().replace(".", "_")


def _docstring(spec: dict[str, Any], d: Described, friendly: str) -> str:
    op = _spec_operation(spec, d.operation_id)
    text = " ".join(str(op.get("summary") or "").split())
    if not text or text.upper() == f"{d.method} {d.url}".upper():
        paragraph = str(op.get("description") or "").strip().split("\n\n")[0]
        text = " ".join(paragraph.split())
    text = textwrap.shorten(text, 240, placeholder=" ...") if text else friendly
    text = text.rstrip(".") + f" (``{d.method} {urlsplit(d.url).path}``)."
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    lines = textwrap.wrap(text, 88)
    if text.endswith('"'):
        lines[-1] += " "
    return '"""' + "\n        ".join(lines) + '"""'


def _spec_operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS and op.get("operationId") == operation_id:
                found: dict[str, Any] = op
                return found
    raise KeyError(operation_id)


class _Module:
    """One resource module being written: what its header must import."""

    def __init__(self, spec: dict[str, Any], root: str) -> None:
        self.spec = spec
        self.root = root
        self.models: set[str] = set()
        self.params: set[str] = set()
        self.streams = False
        self.builtins = False
        self.never = False
        self.any = False
        self.paged = False
        self.waits = False
        self._waits_of: dict[str, Waits] = {}
        self.endpoints: list[str] = []

    def endpoint(self, friendly: str, d: Described) -> None:
        model, array, answer = _json_answer(d)
        chunk = _stream_model(d)
        self.any |= model is None
        self.never |= chunk is None
        for name in (model, *_stream_models(d)):
            if name:
                self.models.add(name)
        arguments = [repr(friendly), repr(d.method), repr(relative_path(d.url, self.root))]
        if on_service_root(d.url, self.root):
            arguments.append("service_root=True")
        if d.request:
            arguments.append(f"request={d.request[0].content_type!r}")
        if d.binary_fields:
            arguments.append(f"binary_fields=frozenset({set(d.binary_fields)!r})")
        if d.path_params:
            arguments.append(f"path_params={d.path_params!r}")
        if d.query_params:
            arguments.append(f"query_params={d.query_params!r}")
        if d.wire_names:
            arguments.append(f"wire_names={dict(d.wire_names)!r}")
        if model:
            arguments.append(f"answer={model!r}")
        if array:
            arguments.append("answer_array=True")
        body = _stream_body(d)
        if body is not None and body.model:
            arguments.append(f"chunk={body.model!r}")
        elif body is not None:  # a union of models, told apart by the discriminator
            arguments.append(f"chunk_variants={dict(body.variants)!r}")
            arguments.append(f"chunk_discriminator={body.discriminator!r}")
        events = body.events if body is not None else None
        for name in ("terminator", "error_key", "end_event", "error_event"):
            value = getattr(events, name, None)
            if value is not None:
                arguments.append(f"{name}={value!r}")
        paging = d.paging if model and not array and not chunk else None
        if paging is None:
            kind = f"Endpoint[{answer}, {chunk or 'Never'}] = Endpoint"
        else:  # a list: the pager walks it (fireworks_client._pagination)
            self.paged = True
            self.models.add(paging.item)
            fields = [repr(paging.param), repr(paging.items), repr(paging.next_token)]
            if paging.has_more:
                fields.append(repr(paging.has_more))
            arguments.append(f"paging=Paging({', '.join(fields)})")
            kind = f"PagedEndpoint[{answer}, {paging.item}] = PagedEndpoint"
        self.endpoints.append(
            f"{endpoint_constant(friendly)}: {kind}(\n"
            + "".join(f"    {a},\n" for a in arguments)
            + ")"
        )

    def method(self, name: str, friendly: str, d: Described, sync: bool, shadowed: bool) -> str:
        """One method; ``shadowed``: the class has a method named ``list``."""
        _, _, answer = _json_answer(d, "builtins.list" if shadowed else "list")
        self.builtins |= answer.startswith("builtins.")
        chunk = _stream_model(d)
        positional = [p for p in d.path_params if p not in CLIENT_PATH_PARAMETERS]
        head = ["self", *(f"{p}: str" for p in positional), "*"]
        head += [f"{p}: str | None = None" for p in d.path_params if p in CLIENT_PATH_PARAMETERS]
        tail = []
        if d.request:
            tail.append("extra_body: Mapping[str, Any] | None = None")
        tail += [
            "extra_headers: Mapping[str, str] | None = None",
            "timeout: Timeout | NotGiven = NOT_GIVEN",
            "max_retries: int | NotGiven = NOT_GIVEN",
        ]
        if d.params:
            self.params.add(d.params)
            tail.append(f"**params: Unpack[{d.params}]")
        if d.path_params:
            given = ", ".join(f"{p!r}: {p}" for p in d.path_params)
            arguments = "{" + given + (", **params}" if d.params else "}")
        else:
            arguments = "params" if d.params else "{}"
        body = "extra_body" if d.request else "None"
        define = "def" if sync else "async def"
        wait = "" if sync else "await "
        doc = _docstring(self.spec, d, friendly)
        constant = endpoint_constant(friendly)
        call = (
            f"        options = request_options(extra_headers, timeout, max_retries)\n"
            f"        return {wait}self._client.request(\n"
            f"            {constant}, {arguments}, {body}, options,"
            + (" stream=stream," if chunk else "")
            + " raw=self._raw\n"
            "        )\n"
        )
        if not chunk and _paging(d) is not None:
            return self._paged(name, constant, d, sync, head, tail, arguments, answer, doc, call)
        if not chunk:
            signature = ", ".join([*head, *tail])
            return f"    {define} {name}({signature}) -> {answer}:\n        {doc}\n" + call
        self.streams = True
        stream_type = f"{'Stream' if sync else 'AsyncStream'}[{chunk}]"
        out: list[str] = []
        for literal, default, returns in (
            ("False", " = False", answer),
            ("True", "", stream_type),
        ):
            signature = ", ".join([*head, f"stream: Literal[{literal}]{default}", *tail])
            out.append(f"    @overload\n    {define} {name}({signature}) -> {returns}: ...\n")
        signature = ", ".join([*head, "stream: bool = False", *tail])
        out.append(
            f"    {define} {name}({signature}) -> {answer} | {stream_type}:\n        {doc}\n" + call
        )
        return "".join(out)

    def _paged(
        self,
        name: str,
        constant: str,
        d: Described,
        sync: bool,
        head: list[str],
        tail: list[str],
        arguments: str,
        answer: str,
        doc: str,
        call: str,
    ) -> str:
        """A list that pages: the method returns a pager over its items (nothing is sent
        until it is walked); ``_<name>_page``, one page as the spec answers it, is what the
        raw-response copy calls."""
        paging = _paging(d)
        assert paging is not None
        pager = "SyncPager" if sync else "AsyncPager"
        define = "def" if sync else "async def"
        signature = ", ".join([*head, *tail])
        walk = (
            f"    def {name}({signature}) -> {pager}[{paging.item}, {answer}]:\n"
            f"        {doc[:-3].rstrip()}\n\n"
            f"        Every {paging.item} of every page, the pages asked for as the walk needs\n"
            f"        them (``.pages()``, ``.first_page()`` for the pages).\n"
            '        """\n'
            "        options = request_options(extra_headers, timeout, max_retries)\n"
            f"        return {pager}(self._client, {constant},"
            f" {arguments}, options)\n"
        )
        one = (
            f"    {define} _{name}_page({signature}) -> {answer}:\n"
            f'        """One page of :meth:`{name}`, as the spec answers it."""\n' + call
        )
        return walk + "\n" + one

    def wait(self, resource: _Resource, enum: str, waits: Waits) -> None:
        """The :class:`~fireworks_client._waits.Waiting` of the resource's ``wait``."""
        self.waits = True
        self._waits_of[resource.path] = waits
        constant = endpoint_constant(resource.path + ".waiting")
        until = ", ".join(repr(s) for s in waits.until)
        fails = ", ".join(repr(s) for s in waits.fails)
        self.endpoints.append(
            f"# Its get's answer's state is a {enum} (x-waits of openapi3.names.yml).\n"
            f"{constant} = Waiting(frozenset({{{until}}}), frozenset({{{fails}}}))"
        )

    def wait_method(self, resource: _Resource, get: Described, sync: bool) -> str:
        """``wait``: ``get`` until the resource ends (fireworks_client._waits)."""
        model, _, _ = _json_answer(get)
        positional = [p for p in get.path_params if p not in CLIENT_PATH_PARAMETERS]
        head = ["self", *(f"{p}: str" for p in positional), "*"]
        head += [f"{p}: str | None = None" for p in get.path_params if p in CLIENT_PATH_PARAMETERS]
        head += [
            "deadline: float | None = None",
            "poll_interval: float = DEFAULT_POLL_INTERVAL",
            "max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL",
            f"on_progress: Callable[[{model}], object] | None = None",
            "extra_headers: Mapping[str, str] | None = None",
            "timeout: Timeout | NotGiven = NOT_GIVEN",
            "max_retries: int | NotGiven = NOT_GIVEN",
        ]
        given = ", ".join(
            [
                *positional,
                *(f"{p}={p}" for p in get.path_params if p in CLIENT_PATH_PARAMETERS),
                "extra_headers=extra_headers",
                "timeout=timeout",
                "max_retries=max_retries",
            ]
        )
        constant = endpoint_constant(resource.path + ".waiting")
        until = ", ".join(self._waits_of[resource.path].until)
        fails = ", ".join(self._waits_of[resource.path].fails) or "none"
        runner = "wait_until" if sync else "async_wait_until"
        define = "def" if sync else "async def"
        wait = "" if sync else "await "
        return (
            f"    {define} wait({', '.join(head)}) -> {model}:\n"
            f'        """Read it (``get``) until its state is {until}, and return it; a\n'
            f"        state of {fails} raises ResourceFailedError (with its status message);\n"
            "        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every\n"
            "        read; the reads are ``poll_interval`` apart, growing by half up to\n"
            '        ``max_poll_interval``."""\n'
            f"        return {wait}{runner}(\n"
            f"            lambda: self.get({given}),\n"
            f"            {constant},\n"
            "            deadline=deadline,\n"
            "            poll_interval=poll_interval,\n"
            "            max_poll_interval=max_poll_interval,\n"
            "            on_progress=on_progress,\n"
            "        )\n"
        )


def _paging(d: Described) -> DescribedPaging | None:
    """The operation's paging when its method returns a pager: a list with a JSON answer."""
    model, array, _ = _json_answer(d)
    return d.paging if model and not array and _stream_model(d) is None else None


def render_resources(
    spec: dict[str, Any],
    names: Mapping[str, str],
    described: Iterable[Described],
    hand: frozenset[str] = frozenset(),
    waits: Mapping[str, Waits] | None = None,
) -> dict[str, str]:
    """``fireworks_api/resources/``: file name -> source; ``names`` must have passed
    :func:`check_names`; ``hand``: the names whose methods are written by hand (their
    endpoints only are written); ``waits``: the declared waits (default: ``x-waits`` of
    openapi3.names.yml), a ``wait`` for every resource whose ``get`` answers one's state."""
    waits = load_waits() if waits is None else waits
    problems = check_waits(spec, waits)
    if problems:
        raise NamesError("\n".join(problems))
    found = list(described)
    known = {d.operation_id: d for d in found}
    root = api_root(found, spec)
    resources = _resources(names, known)
    top = [r for r in resources.values() if "." not in r.path]
    files = {"__init__.py": _render_face(top)}
    for module_resource in top:
        module = _Module(spec, root)
        members = [r for r in resources.values() if r.top == module_resource.path]
        classes: list[str] = []
        exported: list[str] = []
        for resource in members:
            for _, friendly, d in resource.methods:
                module.endpoint(friendly, d)
                exported.append(endpoint_constant(friendly))
            get = _waited_get(resource, hand)
            enum = state_enum(spec, get.operation_id) if get is not None else None
            if enum is not None and enum in waits:
                module.wait(resource, enum, waits[enum])
                exported.append(endpoint_constant(resource.path + ".waiting"))
        for resource in members:
            for sync in (True, False):
                classes.append(_render_class(resource, resources, module, sync, hand))
                exported.append(resource.cls(sync))
                if resource.methods:
                    classes.append(_render_raw(resource, sync, hand))
                    exported.append(resource.cls(sync) + "WithRawResponse")
        files[f"{module_resource.path}.py"] = (
            _header(module, module_resource.path, exported)
            + "\n\n".join(module.endpoints)
            + "\n\n\n"
            + "\n\n".join(classes)
        )
    return files


def _render_class(
    resource: _Resource,
    resources: Mapping[str, _Resource],
    module: _Module,
    sync: bool,
    hand: frozenset[str],
) -> str:
    name = resource.cls(sync)
    where = f"``client.{resource.path}``"
    if not resource.methods:  # only holds other resources
        client = "SyncAPIClient" if sync else "AsyncAPIClient"
        children = [resources[c] for c in resource.children]
        lines = [
            f"class {name}:",
            f'    """{where}: holds {", ".join(c.attribute for c in children)}."""',
            "",
            *(f"    {c.attribute}: {c.cls(sync)}" for c in children),
            "",
            f"    def __init__(self, client: {client}) -> None:",
            *(f"        self.{c.attribute} = {c.cls(sync)}(client)" for c in children),
        ]
        return "\n".join(lines) + "\n"
    base = "SyncResource" if sync else "AsyncResource"
    parts = [f'class {name}({base}):\n    """{where}, as the spec describes it."""\n']
    shadowed = any(method == "list" for method, _, _ in resource.methods)
    for method, friendly, d in resource.methods:
        if friendly not in hand:
            parts.append(module.method(method, friendly, d, sync, shadowed))
    get = _waited_get(resource, hand)
    if get is not None and resource.path in module._waits_of:
        parts.append(module.wait_method(resource, get, sync))
    for child in (resources[c] for c in resource.children):
        parts.append(
            "    @property\n"
            f"    def {child.attribute}(self) -> {child.cls(sync)}:\n"
            f"        return {child.cls(sync)}(self._client, raw=self._raw)\n"
        )
    parts.append(
        "    @property\n"
        f"    def with_raw_response(self) -> {name}WithRawResponse:\n"
        '        """These methods, answering a RawResponse (headers, status, request id)."""\n'
        f"        return {name}WithRawResponse(self)\n"
    )
    return "\n".join(parts)


def _waited_get(resource: _Resource, hand: frozenset[str]) -> Described | None:
    """The resource's generated ``get`` (what its ``wait`` reads), unless it has a ``wait``."""
    names = {method for method, _, _ in resource.methods}
    if "wait" in names:
        return None
    for method, friendly, d in resource.methods:
        if method == "get" and friendly not in hand:
            return d
    return None


def _render_raw(resource: _Resource, sync: bool, hand: frozenset[str]) -> str:
    name = resource.cls(sync)
    wrap = "to_raw" if sync else "to_raw_async"
    lines = [
        f"class {name}WithRawResponse:",
        f'    """The methods of :class:`{name}`, answering a RawResponse."""',
        "",
        f"    def __init__(self, resource: {name}) -> None:",
        "        raw = resource._raw_copy()",
        *(
            f"        self.{m} = {wrap}(raw.{'_' + m + '_page' if _paging(d) else m})"
            for m, f, d in resource.methods
            if f not in hand
        ),
    ]
    if all(f in hand for _, f, _ in resource.methods):  # the subclass adds them all
        lines[-1] = "        pass  # every method is written by hand"
    return "\n".join(lines) + "\n"


def _mixin(sync: bool) -> str:
    return "FireworksResources" if sync else "AsyncFireworksResources"


def _render_face(top: list[_Resource]) -> str:
    """``fireworks_api/resources/__init__.py``: the clients' mixins. It imports nothing of
    the client at run time, and no resource module until a client reaches its resource."""
    checking = [
        f"    from fireworks_api.resources.{r.path} import {r.cls(False)}, {r.cls(True)}"
        for r in top
    ]
    checking.append("    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient")
    mixins = []
    for sync in (True, False):
        client = "SyncAPIClient" if sync else "AsyncAPIClient"
        lines = [
            f"class {_mixin(sync)}:",
            f'    """The top-level resources of the {"synchronous" if sync else "asynchronous"}'
            " client, as its attributes:",
            "    each is made, and its module loaded, when first reached. A client class may",
            '    give one of them a hand-written subclass by defining the attribute itself."""',
            "",
            "    @property",
            f"    def _resource_client(self) -> {client}:",
            '        """The client the resources call: the client itself (its class gives it)."""',
            '        raise NotImplementedError("a client class gives _resource_client")',
        ]
        for r in top:
            lines += [
                "",
                "    @cached_property",
                f"    def {r.attribute}(self) -> {r.cls(sync)}:",
                f"        from fireworks_api.resources.{r.path} import {r.cls(sync)}",
                "",
                f"        return {r.cls(sync)}(self._resource_client)",
            ]
        mixins.append("\n".join(lines) + "\n")
    exported = sorted(_mixin(s) for s in (True, False))
    return (
        '"""The clients\' resources (``client.chat``, ``client.images`` ...): written by\n'
        "codegen/resources.py from openapi3.names.yml and the description of each operation.\n\n"
        "Do not edit: `make generate` writes this package. Each top-level resource is a module\n"
        "of it, loaded when a client first reaches the resource; this face imports nothing at\n"
        "run time, so importing the client loads no resource, model or parameter class.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from functools import cached_property\n"
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n" + "\n".join(checking) + "\n\n"
        f"__all__ = [{', '.join(repr(n) for n in exported)}]\n\n\n" + "\n\n".join(mixins)
    )


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order: constants, classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def _header(module: _Module, path: str, exported: list[str]) -> str:
    models = sorted(module.models)
    params = sorted(module.params)
    typing_names = ["TYPE_CHECKING", "Any", "Unpack"]
    if module.streams:
        typing_names += ["Literal", "overload"]
    if module.never:
        typing_names.append("Never")
    checking = ["if TYPE_CHECKING:"]
    if models:
        checking.append("    from fireworks_api.models import " + ", ".join(models))
    if params:
        checking.append("    from fireworks_api.params import " + ", ".join(params))
    checking.append("    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient")
    if module.streams:
        checking.append("    from fireworks_client._streaming import AsyncStream, Stream")
    return (
        f'"""``client.{path}``: its resource classes and its operations\' endpoints, written by\n'
        "codegen/resources.py from openapi3.names.yml and the description of each operation.\n\n"
        "Do not edit: `make generate` writes this file. It imports the runtime of\n"
        "fireworks_client (the request path, the resource base, the endpoint type), which never\n"
        "imports it; models and parameters are imported for type checkers only, and load with\n"
        "the first answer that needs them.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        + ("import builtins\n" if module.builtins else "")
        + f"from collections.abc import {'Callable, Mapping' if module.waits else 'Mapping'}\n"
        f"from typing import {', '.join(sorted(typing_names, key=_isort_key))}\n\n"
        "from fireworks_client._operations import Endpoint\n"
        + (
            "from fireworks_client._pagination import"
            " AsyncPager, PagedEndpoint, Paging, SyncPager\n"
            if module.paged
            else ""
        )
        + "from fireworks_client._request_path import request_options\n"
        + (
            "from fireworks_client._waits import (\n"
            "    DEFAULT_MAX_POLL_INTERVAL, DEFAULT_POLL_INTERVAL, Waiting, async_wait_until,"
            " wait_until,\n)\n"
            if module.waits
            else ""
        )
        + "from fireworks_client._resource import AsyncResource, SyncResource\n"
        "from fireworks_client._response import to_raw, to_raw_async\n"
        "from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout\n\n"
        + "\n".join(checking)
        + "\n\n"
        + f"__all__ = [{', '.join(repr(n) for n in sorted(exported, key=_isort_key))}]\n\n"
    )
