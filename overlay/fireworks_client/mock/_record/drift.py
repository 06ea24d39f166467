"""How requests and answers differ from the effective spec: the checks behind drift reports
(``--upstream ... --report drift.json``) and behind a cassette's answers, checked when recorded
and when replayed (``cassette``).

A difference is one of these kinds, each named by the field where it is (array indexes as
``[]``, so that the same difference in every choice counts once):

* ``unknown_field``: a field the spec does not have (answers are open in the spec, so
  jsonschema alone would not say);
* ``type``, ``enum``, ``required``: a type or a value the spec does not allow, a required field
  missing; ``rule``: any other rule of the schema broken (``minimum``, ``pattern``, ...);
* ``status``, ``content_type``: an answer's status, or its content type for that status, that
  the spec does not declare; ``malformed``: a body or an event that is not the JSON declared;
  ``operation``: a request to a method and path the spec does not have.

:class:`SpecCheck` finds them; :class:`DriftReport` counts each once with an example, bounded.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from fireworks_api.operations import Body, Operation

from fireworks_client._openapi import SCHEMA_REF, to_json_schema

__all__ = [
    "MAX_DIFFERENCES",
    "DriftReport",
    "Found",
    "SpecCheck",
    "declared_status",
]

MAX_DIFFERENCES = 1000  # distinct differences a report keeps; more are counted as dropped
MAX_EXAMPLE_CHARS = 500  # an example's JSON is cut here
_JSON = "application/json"
_SSE = "text/event-stream"


@dataclass(frozen=True, slots=True)
class Found:
    """One difference: its kind, the field (or the status, the content type), the rule, a
    message naming them, and the value found there."""

    kind: str
    field: str
    rule: str
    message: str
    example: Any = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.field)


def _path(parts: Iterable[Any]) -> str:
    """A field's path with its array indexes as ``[]``: ``choices[].message.content``."""
    out = ""
    for part in parts:
        out += "[]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _join(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


def _example(value: Any) -> Any:
    """The value itself when its JSON is short; else its JSON cut, as a string."""
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)[:MAX_EXAMPLE_CHARS]
    return value if len(text) <= MAX_EXAMPLE_CHARS else text[:MAX_EXAMPLE_CHARS] + "..."


def declared_status(operation: Operation, status: int) -> str | None:
    """The spec's key for ``status`` (``"429"``, ``"4XX"``, ``"default"``); None: undeclared."""
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in operation.responses:
            return key
    return None


_KINDS = {"type": "type", "enum": "enum", "const": "enum", "required": "required"}


class SpecCheck:
    """Checks requests, answers and stream events of the operations against ``spec``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self._lock = threading.Lock()
        self._fits = _Fits()

    # -- schemas --

    def _validator(self, model: str, array: bool = False) -> jsonschema.protocols.Validator:
        key = f"{model}[]" if array else model
        with self._lock:
            found = self._validators.get(key)
            if found is None:
                schema = to_json_schema({"$ref": SCHEMA_REF + model}, self._spec)
                if array:
                    schema = {"type": "array", "items": schema}
                found = jsonschema.Draft202012Validator(schema)
                self._validators[key] = found
            return found

    def _request_validator(
        self, operation: Operation, content_type: str
    ) -> jsonschema.protocols.Validator | None:
        key = f"request {operation.operation_id} {content_type}"
        with self._lock:
            if key in self._validators:
                return self._validators[key]
        declared = _declared(self._spec, operation)
        if declared is None or "requestBody" not in declared:
            return None
        body = declared["requestBody"]
        while "$ref" in body:
            section, _, name = str(body["$ref"]).removeprefix("#/components/").partition("/")
            body = self._spec["components"][section][name]
        media = body.get("content", {}).get(content_type)
        if media is None or "schema" not in media:
            return None
        made = jsonschema.Draft202012Validator(to_json_schema(media["schema"], self._spec))
        with self._lock:
            self._validators[key] = made
        return made

    # -- what is checked --

    def request(
        self, operation: Operation, body: Any, query: Iterable[str] = (), content_type: str = _JSON
    ) -> list[Found]:
        """A request's differences: its JSON body against the request schema, its query's
        names against the declared parameters."""
        found = [
            Found(
                "unknown_field",
                f"query.{name}",
                "parameters",
                f"query.{name}: a query parameter the spec does not declare",
                name,
            )
            for name in sorted(set(query))
            if name not in operation.query_params
        ]
        if body is None:
            return found
        validator = self._request_validator(operation, content_type)
        if validator is not None:
            found += self._against(validator, body)
        return found

    def answer(
        self, operation: Operation, status: int, content_type: str, body: Any, parsed: bool
    ) -> list[Found]:
        """An answer's differences: its status and content type as declared, its JSON body
        (``parsed`` False: the body was not JSON) against the declared schema."""
        declared, problem = self._head(operation, status, content_type)
        if problem is not None:
            return [problem]
        if declared is None or (declared.content_type != _JSON and not _is_json(content_type)):
            return []
        if not parsed:
            return [
                Found(
                    "malformed",
                    "body",
                    "json",
                    f"body: declared {declared.content_type} but is no JSON",
                    _example(body),
                )
            ]
        if declared.model is None:
            return []
        return self._against(self._validator(declared.model, declared.array), body)

    def event(
        self, operation: Operation, status: int, data: str, name: str = "message"
    ) -> list[Found]:
        """One stream event's differences: its ``data`` against the declared chunk (or the
        in-band error, or the terminator). In the named dialect (Anthropic's) the event's
        ``name`` says which: the declared error event's data is the error model's."""
        key = declared_status(operation, status)
        bodies = operation.responses.get(key, ()) if key is not None else ()
        declared = next((b for b in bodies if b.content_type == _SSE), None)
        if declared is None:
            return []  # the head's difference is reported once, by answer()
        events = declared.events
        if events is not None and events.terminator is not None and data == events.terminator:
            return []
        try:
            value = json.loads(data)
        except ValueError:
            return [
                Found(
                    "malformed",
                    "event.data",
                    "json",
                    "event.data: not JSON (nor the terminator)",
                    data[:MAX_EXAMPLE_CHARS],
                )
            ]
        if events is not None and events.error_model is not None:
            named_error = events.error_event is not None and name == events.error_event
            member = events.error_key
            keyed_error = member is not None and isinstance(value, dict) and member in value
            if named_error or keyed_error:
                return self._against(self._validator(events.error_model), value)
        if declared.model is None:
            return []
        return self._against(self._validator(declared.model), value)

    def _head(
        self, operation: Operation, status: int, content_type: str
    ) -> tuple[Body | None, Found | None]:
        key = declared_status(operation, status)
        if key is None:
            statuses = ", ".join(operation.responses)
            return None, Found(
                "status",
                str(status),
                "responses",
                f"status {status}: not declared (the spec declares {statuses})",
                status,
            )
        bodies = operation.responses[key]
        if not bodies:
            return None, None
        kind = content_type.split(";", maxsplit=1)[0].strip().lower()
        declared = next((b for b in bodies if b.content_type == kind), None)
        if declared is None and _is_json(kind):
            declared = next((b for b in bodies if b.content_type == _JSON), None)
        if declared is None:
            listed = ", ".join(b.content_type for b in bodies)
            return None, Found(
                "content_type",
                f"{key} {kind or 'none'}",
                "content",
                f"status {status}: content type {kind or 'none'} not declared ({listed} are)",
                kind,
            )
        return declared, None

    def _against(self, validator: jsonschema.protocols.Validator, value: Any) -> list[Found]:
        """The schema's rules broken, each error once, and the fields it does not have."""
        out: dict[tuple[str, str], Found] = {}
        for error in validator.iter_errors(value):
            for leaf in _leaves(error):
                found = _found(leaf)
                if found is not None:
                    out.setdefault(found.key, found)
        for where, name, example in _unknown_fields(value, validator.schema, [], self._fits):
            field = _join(_path(where), name)
            out.setdefault(
                ("unknown_field", field),
                Found(
                    "unknown_field",
                    field,
                    "properties",
                    f"{field}: a field the spec does not have",
                    _example(example),
                ),
            )
        return list(out.values())


def _is_json(content_type: str) -> bool:
    kind = content_type.split(";", maxsplit=1)[0].strip().lower()
    return kind == _JSON or kind.endswith("+json")


def _declared(spec: dict[str, Any], operation: Operation) -> dict[str, Any] | None:
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation.operation_id:
                return op
    return None


def _leaves(error: jsonschema.ValidationError) -> Iterator[jsonschema.ValidationError]:
    """The errors that say what is wrong: inside an anyOf/oneOf, those of the branch that
    came closest (not the null branch that ``nullable`` adds)."""
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        yield error
        return
    branches: dict[int, list[jsonschema.ValidationError]] = {}
    for inner in error.context:
        branch = inner.relative_schema_path[0] if inner.relative_schema_path else 0
        branches.setdefault(int(branch), []).append(inner)
    # The closest branch: one whose type fits (its errors lie deeper), then the fewest errors.
    candidates = [
        errors
        for errors in branches.values()
        if not any(e.validator == "type" and not e.relative_path for e in errors)
    ]
    if not candidates:
        yield error
        return
    for inner in min(candidates, key=len):
        yield from _leaves(inner)


def _found(error: jsonschema.ValidationError) -> Found | None:
    rule = str(error.validator)
    where = _path(error.absolute_path)
    if rule in ("additionalProperties", "unevaluatedProperties") and error.validator_value is False:
        return None  # each such field is reported by _unknown_fields, by its name
    names = error.validator_value
    if rule == "required" and isinstance(error.instance, dict) and isinstance(names, list):
        wanted = [str(r) for r in names]
        missing = next((r for r in wanted if r not in error.instance), "?")
        field = _join(where, missing)
        return Found("required", field, rule, f"{field}: is required (rule: required)")
    kind = _KINDS.get(rule, "rule")
    message = error.message if len(error.message) <= 300 else error.message[:300] + "..."
    return Found(
        kind,
        where or "body",
        rule,
        f"{where or 'body'}: {message} (rule: {rule})",
        _example(error.instance),
    )


def _may_be_object(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return schema is True
    kind = schema.get("type")
    return kind in (None, "object") or (isinstance(kind, list) and "object" in kind)


_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
    "integer": int,
    "number": (int, float),
}


class _Fits:
    """Whether a value fits a (sub)schema, each schema's validator made once: a branch's
    type first, which rules out most branches (``nullable``'s null) at no cost."""

    def __init__(self) -> None:
        # By id: the schema is kept with its validator, so that its id stays its own.
        self._made: dict[int, tuple[Any, jsonschema.protocols.Validator]] = {}
        self._lock = threading.Lock()

    def __call__(self, schema: Any, value: Any) -> bool:
        if not isinstance(schema, dict):
            return schema is not False
        kind = schema.get("type")
        if isinstance(kind, str) and kind in _TYPES:
            wanted = _TYPES[kind]
            if not isinstance(value, wanted) or (kind != "boolean" and isinstance(value, bool)):
                return False
        with self._lock:
            made = self._made.get(id(schema))
            if made is None:
                made = (schema, jsonschema.Draft202012Validator(schema))
                self._made[id(schema)] = made
        return made[1].is_valid(value)


def _applied(schema: Any, value: Any, fits: _Fits) -> list[dict[str, Any]]:
    """The schemas that apply to ``value`` in place: the schema, its allOf members, and the
    anyOf/oneOf branches that fit it (all that may, when none fits)."""
    if not isinstance(schema, dict):
        return []
    out = [schema]
    for part in schema.get("allOf", []):
        out += _applied(part, value, fits)
    for key in ("anyOf", "oneOf"):
        branches = [
            b for b in schema.get(key, []) if _may_be_object(b) or not isinstance(value, dict)
        ]
        fitting = [b for b in branches if fits(b, value)]
        for branch in fitting or branches:
            out += _applied(branch, value, fits)
    return out


_SHAPED = ("properties", "allOf", "anyOf", "oneOf")


def _unknown_fields(
    value: Any, schema: Any, where: list[Any], fits: _Fits
) -> Iterator[tuple[list[Any], str, Any]]:
    """Each member of an object that its schema does not declare (the spec's answers are open
    objects, so validation alone says nothing of them), as (where, name, value)."""
    applied = _applied(schema, value, fits)
    if isinstance(value, dict):
        objects = [s for s in applied if _may_be_object(s)]
        if not any(k in s for s in objects for k in _SHAPED):
            return  # a free-form object: nothing declared to compare with
        declared: dict[str, Any] = {}
        extra: Any = None
        open_ = False
        for part in objects:
            for name, sub in part.get("properties", {}).items():
                declared.setdefault(name, sub)
            more = part.get("additionalProperties")
            if isinstance(more, dict) and more:
                extra = more if extra is None else extra
            elif more is True or more == {}:
                open_ = True
        for name, member in value.items():
            if name in declared:
                yield from _unknown_fields(member, declared[name], [*where, name], fits)
            elif extra is not None:
                yield from _unknown_fields(member, extra, [*where, name], fits)
            elif not open_:
                yield where, str(name), member
    elif isinstance(value, list):
        items = next((s["items"] for s in applied if "items" in s), None)
        if items is not None:
            for number, item in enumerate(value):
                yield from _unknown_fields(item, items, [*where, number], fits)


def _hidden(found: Found, secrets: list[str]) -> Found:
    """``found`` with each secret replaced by ``<redacted>`` in its message and example."""
    example, message = json.dumps(found.example), found.message
    for secret in secrets:
        escaped = json.dumps(secret)[1:-1]
        example = example.replace(escaped, "<redacted>").replace(secret, "<redacted>")
        message = message.replace(secret, "<redacted>")
    return Found(found.kind, found.field, found.rule, message, json.loads(example))


# --- the report -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Counted:
    operation: str
    where: str
    found: Found
    count: int
    first_seen: float


class DriftReport:
    """Each difference once (by operation, where, kind and field) with its count and its
    first example; at most ``max_differences`` of them (more are counted as ``dropped``).
    ``path``: written there (atomically) as the differences come, at most once a second,
    and by :meth:`flush`. Safe from any thread."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        upstream: str | None = None,
        max_differences: int = MAX_DIFFERENCES,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.upstream = upstream
        self.max_differences = max_differences
        self._lock = threading.Lock()
        self._found: dict[tuple[str, str, str, str], _Counted] = {}
        self._exchanges = 0
        self._events = 0
        self._dropped = 0
        self._written = 0.0
        self._dirty = False

    def add(
        self,
        operation: str,
        where: str,
        found: Iterable[Found],
        events: int = 0,
        secrets: Iterable[str] = (),
    ) -> None:
        """The differences of one exchange (``where``: request, answer, event) or part of it;
        ``secrets`` (the key) replaced in their examples and messages, should a service echo
        it."""
        hidden = [s for s in secrets if len(s) >= 4]
        with self._lock:
            self._events += events
            for item in found:
                key = (operation, where, item.kind, item.field)
                counted = self._found.get(key)
                if counted is not None:
                    counted.count += 1
                elif len(self._found) < self.max_differences:
                    kept = _hidden(item, hidden) if hidden else item
                    self._found[key] = _Counted(operation, where, kept, 1, time.time())
                else:
                    self._dropped += 1
                self._dirty = True
        self._maybe_write()

    def exchange(self) -> None:
        """Counts one request and its answer."""
        with self._lock:
            self._exchanges += 1
            self._dirty = True
        self._maybe_write()

    def report(self) -> dict[str, Any]:
        """The report as written: ``differences`` sorted by operation, where, kind, field."""
        with self._lock:
            counted = sorted(
                self._found.values(),
                key=lambda c: (c.operation, c.where, c.found.kind, c.found.field),
            )
            differences = [
                {
                    "operation": c.operation,
                    "in": c.where,
                    "kind": c.found.kind,
                    "field": c.found.field,
                    "rule": c.found.rule,
                    "message": c.found.message,
                    "count": c.count,
                    "example": c.found.example,
                }
                for c in counted
            ]
            return {
                "upstream": self.upstream,
                "exchanges": self._exchanges,
                "events": self._events,
                "differences": differences,
                "dropped": self._dropped,
            }

    def kinds(self) -> dict[str, int]:
        """How many distinct differences of each kind."""
        out: dict[str, int] = {}
        for item in self.report()["differences"]:
            out[item["kind"]] = out.get(item["kind"], 0) + 1
        return out

    def _maybe_write(self) -> None:
        if self.path is not None and time.monotonic() - self._written >= 1.0:
            self.flush()

    def flush(self) -> None:
        """Writes the report to its path now (when it has one and something changed)."""
        if self.path is None:
            return
        with self._lock:
            if not self._dirty:
                return
            self._dirty = False
            self._written = time.monotonic()
        text = json.dumps(self.report(), indent=2)
        target = self.path
        # Atomically: a reader never sees half a report.
        handle, temporary = tempfile.mkstemp(prefix=target.name, dir=target.parent or Path("."))
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text + "\n")
        os.replace(temporary, target)
