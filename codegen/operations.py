"""The operations of the effective spec: the description ``make generate`` writes for the
clients, the mock and the command line (``fireworks_api/operations.py``,
:func:`render_operations`), and a table of them with the generated modules that implement them.

python -m codegen.operations     # the table
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.responses import _source_by_content_type

from codegen.effective_spec import ROOT
from codegen.normalise import HTTP_METHODS, common_base
from codegen.params import _model_name, params_name, python_name, wire_names
from codegen.refs import parameters, resolved
from codegen.sources import API_ROOT_KEY

__all__ = [
    "Described",
    "DescribedBody",
    "DescribedEvents",
    "DescribedPaging",
    "Operation",
    "api_root",
    "describe",
    "effective_spec",
    "event_payload",
    "event_stream",
    "module_name",
    "on_service_root",
    "operations",
    "paging_of",
    "relative_path",
    "render_operations",
]


def effective_spec() -> dict[str, Any]:
    """The effective spec as shipped inside the installed ``fireworks_api`` package."""
    # Imported here: the generation itself must not need the client (whose resources are
    # generated), or a stale generated/ could not be regenerated.
    from fireworks_client._openapi import load_spec  # noqa: PLC0415

    return load_spec()


def module_name(operation_id: str) -> str:
    """openapi-python-client's module name for an operationId (its own snake_case)."""
    from openapi_python_client.strings import snake_case  # noqa: PLC0415 - build-time only

    return snake_case(operation_id)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    summary: str


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
        if method in HTTP_METHODS
    ]


# --- the generated description ----------------------------------------------------------------

CONFIG = ROOT / "generator-config.yaml"
_SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True)
class DescribedEvents:
    """How the events of a text/event-stream answer are framed: the spec's ``x-fireworks-sse``
    (:func:`event_stream`)."""

    terminator: str | None
    error_model: str | None
    error_key: str | None
    end_event: str | None = None
    error_event: str | None = None


@dataclass(frozen=True)
class DescribedBody:
    content_type: str
    model: str | None
    array: bool = False
    events: DescribedEvents | None = None
    variants: tuple[tuple[str, str], ...] = ()
    """A body that is a union of models told apart by ``discriminator``: (its value, model)."""
    discriminator: str | None = None


@dataclass(frozen=True)
class Described:
    """One operation as ``fireworks_api/operations.py`` describes it; ``url`` is the whole
    URL (server + path), made relative to the API root when rendered."""

    operation_id: str
    method: str
    url: str
    request: tuple[DescribedBody, ...]
    params: str | None
    binary_fields: tuple[str, ...]
    responses: dict[str, tuple[DescribedBody, ...]]
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    wire_names: tuple[tuple[str, str], ...] = ()
    """(Python keyword, wire name) of the body and query fields whose names differ."""
    paging: DescribedPaging | None = None
    """How the operation pages, when it is a list (:func:`paging_of`)."""


@dataclass(frozen=True)
class DescribedPaging:
    """A list operation's paging, in the generated models' Python names: ``param`` (the query
    keyword asking for a page), ``items`` (the answer's array field) of ``item`` (its
    model), ``next_token`` (the answer field with the next page's token) and ``has_more``
    (the answer's flag that more follow; cursor lists only)."""

    param: str
    items: str
    item: str
    next_token: str
    has_more: str | None = None


# How a list pages, by the names the spec gives its fields: (query parameter, answer field
# with the next token, answer flag that more follow). AIP-158 (the platform's lists) and the
# cursor lists of OpenAI's style (the Responses API).
PAGING_STYLES = (
    ("pageToken", "nextPageToken", None),
    ("after", "last_id", "has_more"),
)


def paging_of(
    spec: dict[str, Any], query: tuple[str, ...], answer: dict[str, Any] | None
) -> DescribedPaging | None:
    """The paging of an operation with these query parameters and this JSON answer schema:
    a style of :data:`PAGING_STYLES` whose fields it has, and exactly one array field of a
    component model (the items). None for any other operation."""
    if answer is None:
        return None
    props = _properties(spec, answer)
    arrays = [
        (name, str(prop["items"]["$ref"]))
        for name, prop in props.items()
        if prop.get("type") == "array" and str((prop.get("items") or {}).get("$ref", ""))
    ]
    for param, token, more in PAGING_STYLES:
        if param not in query or token not in props or (more and more not in props):
            continue
        if len(arrays) != 1:
            return None
        field, ref = arrays[0]
        return DescribedPaging(
            param=python_name(param),
            items=python_name(field),
            item=_model_name(ref),
            next_token=python_name(token),
            has_more=python_name(more) if more else None,
        )
    return None


def _schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen: set[str] = set()
    while "$ref" in schema:
        ref = str(schema["$ref"])
        if not ref.startswith(_SCHEMAS) or ref in seen:
            raise ValueError(f"unsupported or circular $ref {ref}")
        seen.add(ref)
        schema = spec["components"]["schemas"][ref.removeprefix(_SCHEMAS)]
    return schema


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """An object schema's properties over allOf, each resolved."""
    schema = _schema(spec, schema)
    props: dict[str, dict[str, Any]] = {}
    for part in schema.get("allOf", []):
        props.update(_properties(spec, part))
    for name, prop in schema.get("properties", {}).items():
        props[name] = _schema(spec, prop)
    return props


def _binary_fields(spec: dict[str, Any], content: dict[str, Any]) -> tuple[str, ...]:
    media = content.get("multipart/form-data")
    if not media:
        return ()
    props = _properties(spec, media.get("schema") or {})
    return tuple(
        sorted(
            n for n, p in props.items() if p.get("type") == "string" and p.get("format") == "binary"
        )
    )


def _server_url(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> str:
    """The operation's server (its own, else its path's, else the document's), with server
    variables at their defaults."""
    for servers in (op.get("servers"), item.get("servers"), spec.get("servers")):
        if servers:
            server = servers[0]
            url = str(server["url"])
            for name, variable in (server.get("variables") or {}).items():
                url = url.replace("{" + name + "}", str(variable["default"]))
            return url
    return "/"  # OpenAPI's default server


def _api_root(urls: list[str]) -> str:
    """The longest common prefix of the operations' URLs at a path-segment boundary, never
    taking an operation's last segment: the clients' default base URL."""
    origin, base = common_base(urls, drop_last=True)
    return origin + base


def api_root(described: list[Described], spec: dict[str, Any] | None = None) -> str:
    """The clients' default base URL: the one the merged sources declare (the base document's
    root, ``x-fireworks-api-root``), else the common base of the operations' URLs. Paths under
    it are relative to it; the others (:func:`on_service_root`) to the service's root."""
    declared = (spec or {}).get(API_ROOT_KEY)
    return str(declared) if declared else _api_root([o.url for o in described])


def on_service_root(url: str, root: str) -> bool:
    """Whether an operation's URL is outside the API root (then its path is taken from the
    service's root: the API root's origin and what the client's base URL has above the API
    root's own path)."""
    return not url.startswith(root.rstrip("/") + "/")


def relative_path(url: str, root: str) -> str:
    """An operation's path as the clients join it: after the API root, or from the service's
    root for an operation outside it."""
    if on_service_root(url, root):
        return urlsplit(url).path
    return url.removeprefix(root.rstrip("/"))


class _GeneratorView:
    """What openapi-python-client makes of the spec (its own parser, the settings of ``make
    generate``): the model classes it writes, and the classes it makes of each operation's
    inline request and response schemas (``CreateChatCompletionBody``,
    ``<OperationId>Response200``, ...), so that no naming rule of its is guessed here."""

    def __init__(self, spec: dict[str, Any], config_path: Path) -> None:
        self.config = Config.from_sources(
            ConfigFile.load_from_path(config_path),
            MetaType.NONE,
            Path("openapi.json"),
            "utf-8",
            True,
            None,
        )
        data = GeneratorData.from_dict(json.loads(json.dumps(spec)), config=self.config)
        if isinstance(data, GeneratorError):
            raise ValueError(f"openapi-python-client cannot parse the spec: {data.header}")
        self.models = {str(m.class_info.name) for m in data.models}
        self.bodies: dict[tuple[str, str, str], Any] = {}
        self.responses: dict[tuple[str, str, str], Any] = {}
        for collection in data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                key = (endpoint.method, endpoint.path.get_untrusted_value())
                for body in endpoint.bodies:
                    self.bodies[(*key, body.content_type.get_untrusted_value())] = body.prop
                for response in endpoint.responses:
                    self.responses[(*key, response.status_code.pattern)] = response.prop

    def parses(self, content_type: str) -> bool:
        """Whether the generator reads a response of this content type (it reads the first
        such content type of each response and no other)."""
        return _source_by_content_type(content_type, self.config) is not None

    def named(self, prop: Any) -> tuple[str | None, bool]:
        """(model class, array of it) of a parsed property."""
        if isinstance(prop, ModelProperty):
            return str(prop.class_info.name), False
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            return str(prop.inner_property.class_info.name), True
        return None, False

    def referenced(self, schema: dict[str, Any]) -> tuple[str | None, bool]:
        """(model class, array of it) of a schema that is a component's $ref or an array of
        one; (None, False) when the generator makes no model of it."""
        array = schema.get("type") == "array"
        ref = str((schema.get("items") or {} if array else schema).get("$ref", ""))
        if ref.startswith(_SCHEMAS) and _model_name(ref) in self.models:
            return _model_name(ref), array
        return None, False


def event_payload(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of what each event of a text/event-stream answer carries: the
    ``contentSchema`` of the event's ``data`` (the stream's chunk). A schema that describes no
    event (``data``) is taken as the chunk itself."""
    event = schema
    ref = str(event.get("$ref", ""))
    if ref.startswith(_SCHEMAS):
        event = spec["components"]["schemas"][ref.removeprefix(_SCHEMAS)]
    data = (event.get("properties") or {}).get("data")
    if not isinstance(data, dict):
        return schema
    for member in (data, *data.get("anyOf", ()), *data.get("oneOf", ())):
        if isinstance(member, dict) and isinstance(member.get("contentSchema"), dict):
            payload: dict[str, Any] = member["contentSchema"]
            return payload
    return schema


SSE_EXTENSION = "x-fireworks-sse"
_SSE_KEYS = frozenset({"terminator", "end_event", "error", "error_event"})


def event_stream(
    spec: dict[str, Any], media: dict[str, Any], chunk: dict[str, Any], where: str
) -> DescribedEvents:
    """The framing of a text/event-stream answer, as its ``x-fireworks-sse`` declares it. Two
    dialects. Unnamed events (chat's): the ``data`` of the event that ends the stream
    (``terminator``), and the schema of an in-band error event (``error``, a component's $ref),
    told from a chunk by the error schema's one required property that the chunk (``chunk``,
    the schema of each event's payload) does not have. Named events (Anthropic's): the name of
    the event that ends the stream (``end_event``, itself a chunk), and the name of the error
    event (``error_event``) with the schema of its data (``error``). Without the extension the
    stream is plain server-sent events: it ends with its body and declares no in-band error."""
    declared = media.get(SSE_EXTENSION)
    if declared is None:
        return DescribedEvents(None, None, None)
    if not isinstance(declared, dict) or not set(declared) <= _SSE_KEYS:
        raise ValueError(
            f"{where}: {SSE_EXTENSION} takes {', '.join(sorted(_SSE_KEYS))}, got {declared!r}"
        )
    names = {}
    for key in ("terminator", "end_event", "error_event"):
        value = declared.get(key)
        if value is not None and (not isinstance(value, str) or not value):
            raise ValueError(f"{where}: {SSE_EXTENSION}.{key} must be a non-empty string")
        names[key] = value
    terminator, end_event, error_event = (
        names["terminator"],
        names["end_event"],
        names["error_event"],
    )
    if terminator is not None and end_event is not None:
        raise ValueError(
            f"{where}: {SSE_EXTENSION} ends a stream by terminator or by end_event, not both"
        )
    error = declared.get("error")
    if error is None:
        if error_event is not None:
            raise ValueError(f"{where}: {SSE_EXTENSION}.error_event needs the error's schema")
        return DescribedEvents(terminator, None, None, end_event)
    ref = str(error.get("$ref", "")) if isinstance(error, dict) else ""
    if not ref.startswith(_SCHEMAS):
        raise ValueError(f"{where}: {SSE_EXTENSION}.error must be a $ref to {_SCHEMAS}...")
    if error_event is not None:  # the event's name tells the error apart
        return DescribedEvents(terminator, ref.removeprefix(_SCHEMAS), None, end_event, error_event)
    required = _schema(spec, error).get("required") or []
    own = [key for key in required if key not in _properties(spec, chunk)]
    if len(own) != 1:
        raise ValueError(
            f"{where}: the error schema {ref} must require exactly one property that the "
            f"chunk does not have (it tells an error event from a chunk); found {own}"
        )
    return DescribedEvents(terminator, ref.removeprefix(_SCHEMAS), str(own[0]), end_event)


def union_variants(
    spec: dict[str, Any], schema: dict[str, Any], models: set[str]
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(discriminator, (value, model) ...) of a schema that is a oneOf of component models
    with a discriminator mapping them all; (None, ()) for any other schema."""
    resolved = _schema(spec, schema)
    discriminator = resolved.get("discriminator")
    members = resolved.get("oneOf")
    if not isinstance(discriminator, dict) or not isinstance(members, list):
        return None, ()
    mapping = discriminator.get("mapping") or {}
    variants = tuple((str(value), _model_name(str(ref))) for value, ref in mapping.items())
    listed = {_model_name(str(m.get("$ref", ""))) for m in members if isinstance(m, dict)}
    if not variants or {m for _, m in variants} != listed or not listed <= models:
        return None, ()
    return str(discriminator["propertyName"]), variants


def describe(spec: dict[str, Any], config_path: Path = CONFIG) -> list[Described]:
    """Every operation of ``spec``, in spec order."""
    view = _GeneratorView(spec, config_path)
    found: list[Described] = []
    seen: dict[str, str] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            where = f"{method.upper()} {path}"
            if "operationId" not in op:
                raise ValueError(
                    f"{where} has no operationId: declare one in openapi3.overlay.yml "
                    "(the clients, the mock and the description key operations by it)"
                )
            operation_id = str(op["operationId"])
            if operation_id in seen:
                raise ValueError(
                    f"operationId {operation_id} is both {seen[operation_id]} and {where}"
                )
            seen[operation_id] = where
            content = (
                resolved(spec, op["requestBody"]).get("content", {}) if "requestBody" in op else {}
            )
            request = []
            for content_type, media in content.items():
                schema = media.get("schema") or {}
                parsed = view.bodies.get((method, path, content_type))
                model, array = view.referenced(schema)
                if model is None and parsed is not None:
                    model, array = view.named(parsed)
                request.append(DescribedBody(content_type, model, array))
            responses: dict[str, tuple[DescribedBody, ...]] = {}
            json_answer: dict[str, Any] | None = None
            for status, declared in op.get("responses", {}).items():
                bodies = []
                parsed_one = False  # the generator parses the first content type it can read
                for content_type, media in resolved(spec, declared).get("content", {}).items():
                    schema = media.get("schema") or {}
                    events = None
                    if content_type == "text/event-stream":
                        schema = event_payload(spec, schema)
                        events = event_stream(spec, media, schema, f"{where} {status}")
                    if content_type == "application/json" and str(status).startswith("2"):
                        json_answer = json_answer or schema
                    model, array = view.referenced(schema)
                    if view.parses(content_type) and not parsed_one:
                        parsed_one = True
                        parsed = view.responses.get((method, path, str(status)))
                        if model is None and parsed is not None:
                            model, array = view.named(parsed)
                    tag: str | None = None
                    variants: tuple[tuple[str, str], ...] = ()
                    if model is None and events is not None:  # a union of event models
                        tag, variants = union_variants(spec, schema, view.models)
                    bodies.append(DescribedBody(content_type, model, array, events, variants, tag))
                responses[str(status)] = tuple(bodies)
            declared_parameters = parameters(spec, item, op)
            found.append(
                Described(
                    path_params=tuple(p["name"] for p in declared_parameters if p["in"] == "path"),
                    query_params=tuple(
                        p["name"] for p in declared_parameters if p["in"] == "query"
                    ),
                    operation_id=operation_id,
                    method=method.upper(),
                    url=_server_url(spec, item, op).rstrip("/") + path,
                    request=tuple(request),
                    params=params_name(
                        {**op, "requestBody": {"content": content}},
                        declared_parameters,
                    ),
                    wire_names=tuple(
                        wire_names(
                            {**op, "requestBody": {"content": content}}, spec, declared_parameters
                        ).items()
                    ),
                    binary_fields=_binary_fields(spec, content),
                    responses=responses,
                    paging=paging_of(
                        spec,
                        tuple(p["name"] for p in declared_parameters if p["in"] == "query"),
                        json_answer,
                    ),
                )
            )
    return found


def _body(body: DescribedBody) -> str:
    extra = ", array=True" if body.array else ""
    if body.events is not None:
        e = body.events
        named = (
            f", end_event={e.end_event!r}, error_event={e.error_event!r}"
            if e.end_event is not None or e.error_event is not None
            else ""
        )
        extra += (
            f", events=EventStream(terminator={e.terminator!r}, error_model={e.error_model!r}, "
            f"error_key={e.error_key!r}{named})"
        )
    if body.variants:
        extra += f", variants={body.variants!r}"
        extra += f", discriminator={body.discriminator!r}"
    return f"Body({body.content_type!r}, {body.model!r}{extra})"


def _bodies(items: tuple[DescribedBody, ...]) -> str:
    return "(" + "".join(f"{_body(b)}, " for b in items) + ")"


def render_operations(
    spec: dict[str, Any], config_path: Path = CONFIG, described: list[Described] | None = None
) -> str:
    """``fireworks_api/operations.py``: every operation of ``spec``, described as data
    (``described``: :func:`describe` of it, when already made)."""
    found = described if described is not None else describe(spec, config_path)
    root = api_root(found, spec)
    entries = []
    named: set[str] = set()
    for o in found:
        for body in (*o.request, *(b for bodies in o.responses.values() for b in bodies)):
            named.update(m for m in (body.model, body.events and body.events.error_model) if m)
        answers = ", ".join(f"{k!r}: {_bodies(v)}" for k, v in o.responses.items())
        binaries = "{" + ", ".join(map(repr, o.binary_fields)) + "}" if o.binary_fields else ""
        entries.append(
            f"    {o.operation_id!r}: Operation(\n"
            f"        operation_id={o.operation_id!r},\n"
            f"        method={o.method!r},\n"
            f"        path={relative_path(o.url, root)!r},\n"
            f"        url_path={urlsplit(o.url).path!r},\n"
            f"        request={_bodies(o.request)},\n"
            f"        params={o.params!r},\n"
            f"        binary_fields=frozenset({binaries}),\n"
            f"        responses=MappingProxyType({{{answers}}}),\n"
            f"        path_params={o.path_params!r},\n"
            f"        query_params={o.query_params!r},\n"
            f"        service_root={on_service_root(o.url, root)!r},\n"
            f"    ),"
        )
    return (
        _HEADER
        + f"API_ROOT = {root!r}\n\nOPERATIONS: Mapping[str, Operation] = MappingProxyType({{\n"
        + "\n".join(entries)
        + "\n})\n"
        + _render_schemas(spec, named)
    )


def _render_schemas(spec: dict[str, Any], named: set[str]) -> str:
    """``SCHEMAS``: the component schema of each model class the operations name whose class
    name is not its component's key (the generator capitalises ``gatewayDataset``)."""
    differ = {
        _model_name(_SCHEMAS + key): key
        for key in spec.get("components", {}).get("schemas", {})
        if _model_name(_SCHEMAS + key) != key and _model_name(_SCHEMAS + key) in named
    }
    lines = "".join(f"    {name!r}: {key!r},\n" for name, key in sorted(differ.items()))
    return (
        "\n# The component schema (``#/components/schemas/<key>``) of each model class above whose"
        "\n# name differs from its component's key.\n"
        f"SCHEMAS: Mapping[str, str] = MappingProxyType({{\n{lines}}})\n"
    )


_HEADER = '''"""The operations of the effective spec, as data: written by codegen/operations.py.

Do not edit: `make generate` writes this file. The clients, the mock server and the command
line take every operation's method, path, parameters, content types, binary fields, answer
models and the framing of its streams from here; nothing of the kind is written by hand
elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["API_ROOT", "OPERATIONS", "SCHEMAS", "Body", "EventStream", "Operation"]


@dataclass(frozen=True, slots=True)
class EventStream:
    """How the events of a text/event-stream answer are framed: the spec's x-fireworks-sse.
    Each event's ``data`` is one chunk as JSON, or the terminator, or an in-band error; or,
    in the named dialect, each event's name says which (``end_event``, ``error_event``)."""

    terminator: str | None
    """The ``data`` of the event that ends the stream; None: the stream ends with its body
    (or its end event). A stream whose body ends before its terminator came is incomplete."""
    error_model: str | None
    """The class in ``fireworks_api.models`` of an in-band error event; None: none declared."""
    error_key: str | None
    """The member of an event's JSON object that makes it an error event, not a chunk."""
    end_event: str | None = None
    """The name of the event that ends the stream (a chunk itself); a stream whose body ends
    before it came is incomplete."""
    error_event: str | None = None
    """The name of the event whose data is an in-band error (an ``error_model``)."""

    @property
    def named(self) -> bool:
        """Whether the events' names frame the stream (Anthropic's dialect)."""
        return self.end_event is not None or self.error_event is not None


@dataclass(frozen=True, slots=True)
class Body:
    """One content type of a request or an answer."""

    content_type: str
    model: str | None
    """The class in ``fireworks_api.models``; None when the body is no generated model."""
    array: bool = False
    """A JSON array of ``model``."""
    events: EventStream | None = None
    """The framing of a text/event-stream body's events; None for any other content type."""
    variants: tuple[tuple[str, str], ...] = ()
    """A body that is a union of models: (value of ``discriminator``, its model) each."""
    discriminator: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the effective spec."""

    operation_id: str
    method: str
    path: str
    """Relative to API_ROOT, the clients' base URL; from the service's root when
    ``service_root``."""
    url_path: str
    """With its server's base path."""
    request: tuple[Body, ...]
    params: str | None
    """The TypedDict of the body's fields (or the query's) in ``fireworks_api.params``."""
    binary_fields: frozenset[str]
    """Multipart fields that carry files."""
    responses: Mapping[str, tuple[Body, ...]]
    """By status code as the spec writes it ("200", "4XX", "default")."""
    path_params: tuple[str, ...] = ()
    """The ``{names}`` in ``path``."""
    query_params: tuple[str, ...] = ()
    """Parameters sent in the query string."""
    service_root: bool = False
    """Outside API_ROOT (the platform's /v1/accounts/...): reached from the service's root,
    the base URL without API_ROOT's own path."""

    @property
    def success(self) -> tuple[Body, ...]:
        """The bodies of the 2xx answers."""
        return tuple(
            b for status, bodies in self.responses.items() if status.startswith("2") for b in bodies
        )

    @property
    def json_model(self) -> str | None:
        """The model of the application/json 2xx answer."""
        json_bodies = (b for b in self.success if b.content_type == "application/json")
        return next((b.model for b in json_bodies), None)

    @property
    def stream_model(self) -> str | None:
        """The model of each event of the text/event-stream 2xx answer (the chunk)."""
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        return next((b.model for b in streams), None)

    @property
    def stream_variants(self) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        """(discriminator, (value, model) ...) of a stream whose events are a union of
        models; (None, ()) otherwise."""
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        body = next(streams, None)
        return (body.discriminator, body.variants) if body is not None else (None, ())

    @property
    def event_stream(self) -> EventStream | None:
        """The framing of the text/event-stream 2xx answer; None when the operation has none."""
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        return next((b.events for b in streams), None)


'''


def main() -> int:
    spec = effective_spec()
    print(f"{spec['info']['title']} {spec['info']['version']}: its operations\n")
    for op in operations(spec):
        print(f"  {op.method:4} {op.path}  ({op.operation_id})")
        print(f"       {op.summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
