"""Scripted answers: a test says what the model answers, for the requests that match.

A script is a plain JSON object, the same in process (``mock.scripts.add(...)``), over HTTP
(``POST /_mock/scripts``) and from the pytest plugin::

    {"operation": "chat.completions.create",          # a friendly name (openapi3.names.yml)
     "model": "...", "text": "weather", "pattern": "wea.?ther", "tools": ["get_weather"],
     "fields": {"response_format.type": "json_object", "messages[-1].role": "user"},
     "answer": {...}  or  "answers": [{...}, {...}],  # one answer, or one per call in turn
     "times": 3}                                       # (one answer) how many calls; default all

Every match key is optional and all given must hold: ``model`` equal; ``text`` a substring and
``pattern`` a regular expression (searched) of the request's text (each message's text, the
prompt, the input, the query); ``tools`` among the function names offered; ``fields`` each
value equal to the request's at that path. The newest script that matches and has answers
left answers; when none does, the mock answers itself.

An answer is one of:

* ``{"body": {...}}``: the whole answer (a stream of it when the request streams: chunks, or
  for messages Anthropic's events);
* parts, the rest being the mock's own answer to the request: ``content`` (text), ``json``
  (any JSON value, as the content), ``tool_calls`` (``[{"name": ..., "arguments": {...}}]``),
  ``finish_reason`` (chat and completions; the Responses API takes content, json and
  tool_calls as its output; messages all four: a text block or tool uses whose input is the
  arguments, ``finish_reason`` its stop reason), ``merge`` (an object merged into the answer,
  for any operation);
* ``{"stream": ["Hel", "lo", {"pause": 0.2}, {"tool_calls": [...]}], "finish_reason": ...,
  "break": "disconnect" | "truncate" | "error" | "malformed"}``: the deltas as chunks (a
  string is content; an object a chat delta; a pause waits), then the finish chunk and the
  terminator, or instead the break (a request that does not stream gets the whole answer);
  for chat, completions and messages (a string a text delta; ``finish_reason`` its stop
  reason; the events around them Anthropic's, ``message_stop`` last);
* ``{"status": 429, "body": {...}, "headers": {"Retry-After": "1"}}``: an error status (the
  body defaults to an ErrorResponse).

Each answer is checked against the effective spec's schema of what it would send (the answer,
each chunk, the error's body) when it is scripted: one the service could not send is refused
then, with the field and the rule (:class:`ScriptError`, or a 400 over HTTP). Bounded: see the
constants below (the README's Limits table). This module says what a script is, checks it and
finds the one that matches a request (:meth:`ScriptBook.take`, called by ``_app``);
``answer`` makes the answer.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from fireworks_api.names import FRIENDLY_NAMES
from fireworks_api.operations import OPERATIONS, SCHEMAS, Operation

from fireworks_client._openapi import load_spec, to_json_schema
from fireworks_client.mock._answers.common import CREATED
from fireworks_client.mock._answers.synth import synthesize
from fireworks_client.mock._faults import SCRIPT_BREAKS
from fireworks_client.mock._scripts.answer import (
    CHAT,
    COMPLETIONS,
    MESSAGES,
    PART_OPERATIONS,
    RESPONSES,
    STREAM_OPERATIONS,
    TEXT_OPERATIONS,
    ScriptedAnswer,
    apply_parts,
    chunks_of_whole,
    joined,
    scripted_message_events,
    stream_chunks,
    template,
)
from fireworks_client.mock._spec.requests import closest, field_path

__all__ = [
    "MAX_ANSWERS",
    "MAX_PAUSE_SECONDS",
    "MAX_SCRIPTS",
    "MAX_SCRIPT_BYTES",
    "MAX_STREAM_ITEMS",
    "Script",
    "ScriptBook",
    "ScriptError",
    "ScriptedAnswer",
]

MAX_SCRIPTS = 100  # live at once; adding one more is refused (clear them, or let them run out)
MAX_SCRIPT_BYTES = 1024 * 1024  # a script as JSON; also the POST /_mock/scripts body limit
MAX_ANSWERS = 1000  # answers of one script's sequence
MAX_STREAM_ITEMS = 10_000  # deltas and pauses of one stream answer
MAX_PAUSE_SECONDS = 60.0  # one pause; a stream's pauses together at most MAX_PAUSES_SECONDS
MAX_PAUSES_SECONDS = 300.0
MAX_TIMES = 1_000_000
MAX_PATTERN = 1000  # characters of a pattern
MAX_FIELDS = 32  # paths in ``fields``

_MATCH_KEYS = ("model", "text", "pattern", "tools", "fields")
_ENTRY_KEYS = ("operation", *_MATCH_KEYS, "answer", "answers", "times")
_PART_KEYS = ("content", "json", "tool_calls", "finish_reason", "merge")
# Where a scripted stream's chunks say what was scripted, by operation: how many chunks come
# before the deltas, the path of a delta's fields, the path of the finish reason.
_STREAM_PLACES = {
    CHAT: (1, "choices[0].delta.", "choices[0].finish_reason"),
    COMPLETIONS: (0, "choices[0].", "choices[0].finish_reason"),
    MESSAGES: (3, "delta.", "delta.stop_reason"),
}
_BREAKS = tuple(SCRIPT_BREAKS)  # a stream broken as a stream fault breaks it (_faults)
_JSON = "application/json"
_PATH_PART = re.compile(r"\.?([^.\[\]]+)|\[(-?\d+)\]")


class ScriptError(ValueError):
    """A script that cannot be scripted: its message names the entry, the field and the
    rule (``answers[1].body.choices[0].index: 'x' is not of type 'integer' (rule: type)``);
    ``entry``: which of several scripts given at once (``add_entries``), else None."""

    def __init__(self, message: str, entry: int | None = None) -> None:
        super().__init__(message)
        self.entry = entry


# --- paths and checks -----------------------------------------------------------------------


def _parse_path(path: str) -> list[str | int]:
    """``messages[-1].content`` (or ``$.messages[-1].content``) as keys and indexes."""
    text = path.removeprefix("$").removeprefix(".")
    parts: list[str | int] = []
    position = 0
    while position < len(text):
        found = _PATH_PART.match(text, position)
        if found is None or found.end() == position:
            raise ScriptError(f"{path!r}: not a path like a.b[0].c (rule: path)")
        parts.append(found.group(1) if found.group(1) is not None else int(found.group(2)))
        position = found.end()
    if not parts:
        raise ScriptError(f"{path!r}: an empty path (rule: path)")
    return parts


_MISSING = object()


def _at(value: Any, parts: list[str | int]) -> Any:
    for part in parts:
        if isinstance(part, int) and isinstance(value, list) and -len(value) <= part < len(value):
            value = value[part]
            continue
        if isinstance(part, str) and isinstance(value, dict) and part in value:
            value = value[part]
            continue
        return _MISSING
    return value


def _schema_error(value: Any, schema: Any, where: str) -> str | None:
    """The first way ``value`` breaks ``schema``: the field and the rule; None when it fits."""
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(value)
    )
    if error is None:
        return None
    error = closest(error)
    name = ".".join(p for p in (where, field_path(error.absolute_path)) if p).replace(".[", "[")
    instance = error.instance
    required = error.validator_value
    if error.validator == "required" and isinstance(instance, dict) and isinstance(required, list):
        wanted = [str(r) for r in required]
        missing = next((r for r in wanted if r not in instance), "?")
        return f"{name}.{missing}: is required (rule: required)"
    message = error.message if len(error.message) <= 300 else error.message[:300] + "..."
    return f"{name}: {message} (rule: {error.validator})"


def _need(condition: bool, message: str) -> None:
    if not condition:
        raise ScriptError(message)


def _only(given: Mapping[str, Any], allowed: Iterable[str], where: str, what: str) -> None:
    """A ScriptError naming the first key of ``given`` that is not ``allowed``."""
    extra = sorted(set(given) - set(allowed))
    if extra:
        raise ScriptError(f"{where}.{extra[0]}: unknown field; {what} (rule: additionalProperties)")


# --- the request's side ---------------------------------------------------------------------


def _texts(body: Mapping[str, Any]) -> Iterator[str]:
    """The request's text: each message's, the prompt, the input, the query."""

    def of(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for item in value:
                yield from of(item)
        elif isinstance(value, dict):
            for key in ("content", "text", "input"):
                if key in value:
                    yield from of(value[key])

    for key in ("messages", "prompt", "input", "query"):
        yield from of(body.get(key))


def _tool_names(body: Mapping[str, Any]) -> set[str]:
    names = set()
    for tool in body.get("tools") or []:
        if isinstance(tool, dict):
            inner = tool.get("function")
            function: dict[str, Any] = inner if isinstance(inner, dict) else tool
            if isinstance(function.get("name"), str):
                names.add(function["name"])
    return names


@dataclass(frozen=True, slots=True)
class _Match:
    model: str | None = None
    text: str | None = None
    pattern: re.Pattern[str] | None = None
    tools: tuple[str, ...] = ()
    fields: tuple[tuple[str, list[str | int], Any], ...] = ()

    def holds(self, body: Mapping[str, Any]) -> bool:
        if self.model is not None and body.get("model") != self.model:
            return False
        if self.tools and not set(self.tools) <= _tool_names(body):
            return False
        for _, parts, wanted in self.fields:
            found = _at(body, parts)
            if found is _MISSING or not _same(found, wanted):
                return False
        if self.text is not None or self.pattern is not None:
            texts = list(_texts(body))
            if self.text is not None and not any(self.text in t for t in texts):
                return False
            pattern = self.pattern
            if pattern is not None and not any(pattern.search(t) for t in texts):
                return False
        return True


def _same(left: Any, right: Any) -> bool:
    """Equal as JSON values (1 == 1.0, but True is not 1)."""
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return bool(left == right)


# --- answers --------------------------------------------------------------------------------


@dataclass(slots=True)
class Script:
    """One script: what it matches, its answers, and how many calls it has answered."""

    operation: str
    entry: dict[str, Any]
    match: _Match
    answers: list[ScriptedAnswer]
    times: int | None  # one answer: calls left (None: every call); a sequence: None
    used: int = 0

    @property
    def exhausted(self) -> bool:
        """Whether it has no answer left: a sequence played, or ``times`` calls answered."""
        if len(self.answers) > 1:
            return self.used >= len(self.answers)
        return self.times is not None and self.used >= self.times

    def describe(self) -> dict[str, Any]:
        """What it matches, how many answers it has, how often it answered (not the answers:
        a listing stays small)."""
        matched = {k: v for k, v in self.entry.items() if k in ("operation", *_MATCH_KEYS)}
        return {
            **matched,
            "answers": len(self.answers),
            "times": self.times,
            "used": self.used,
            "exhausted": self.exhausted,
        }


@dataclass(frozen=True, slots=True)
class _Schemas:
    """What an operation answers, as JSON Schemas of the effective spec."""

    operation: Operation
    answer: Any  # the JSON success answer; None when it answers none
    chunk: Any  # each event of its stream; None when it has none, or a union of events
    errors: Mapping[str, Any]  # by status as the spec writes it ("429", "4XX", "default")
    # A stream of a union of events (messages): each event's schema by its discriminator.
    tag: str | None = None
    events: Mapping[str, Any] = field(default_factory=dict)

    @property
    def streams(self) -> bool:
        return self.chunk is not None or bool(self.events)

    def event(self, chunk: Mapping[str, Any]) -> Any:
        """The schema of one event of its stream."""
        if self.chunk is not None or self.tag is None:
            return self.chunk
        return self.events.get(str(chunk.get(self.tag)), {"not": {}})


class ScriptBook:
    """The scripts of one mock: added, matched newest first, cleared. Safe from any thread.
    ``spec`` and ``operations``: what the mock serves (default: the effective spec)."""

    def __init__(
        self,
        spec: dict[str, Any] | None = None,
        operations: Mapping[str, Operation] | None = None,
    ) -> None:
        self._spec = spec
        self._operations = operations if operations is not None else OPERATIONS
        self._names = {name: op for name, op in FRIENDLY_NAMES.items() if op in self._operations}
        self._lock = threading.Lock()
        self._scripts: list[Script] = []
        self._schemas: dict[str, _Schemas] = {}

    # -- what tests call --

    def add(
        self,
        operation: str,
        *,
        answer: Mapping[str, Any] | None = None,
        answers: list[Mapping[str, Any]] | None = None,
        times: int | None = None,
        model: str | None = None,
        text: str | None = None,
        pattern: str | None = None,
        tools: list[str] | None = None,
        fields: Mapping[str, Any] | None = None,
    ) -> Script:
        """Script the answers to the requests of ``operation`` (a friendly name) that match;
        see the module's description. Raises :class:`ScriptError` naming the field and the
        rule when the script is malformed or an answer breaks the spec's schema."""
        entry: dict[str, Any] = {"operation": operation}
        given = {
            "answer": answer,
            "answers": answers,
            "times": times,
            "model": model,
            "text": text,
            "pattern": pattern,
            "tools": tools,
            "fields": fields,
        }
        entry.update({k: v for k, v in given.items() if v is not None})
        return self.add_entry(entry)

    def add_entry(self, entry: Any) -> Script:
        """A script given as its JSON object (what ``POST /_mock/scripts`` takes)."""
        (script,) = self._admit([self._compile(entry)])
        return script

    def add_entries(self, entries: list[Any]) -> list[Script]:
        """Scripts given as JSON objects, all or none: a ScriptError names the first malformed
        one (``scripts[1]: answer.status: ...``) and none is added."""
        compiled = []
        for number, entry in enumerate(entries):
            try:
                compiled.append(self._compile(entry))
            except ScriptError as exc:
                raise ScriptError(f"scripts[{number}]: {exc}", entry=number) from None
        return self._admit(compiled)

    def _admit(self, scripts: list[Script]) -> list[Script]:
        with self._lock:
            live = [s for s in self._scripts if not s.exhausted]
            if len(live) + len(scripts) > MAX_SCRIPTS:
                raise ScriptError(
                    f"scripts: {len(live)} live scripts and {len(scripts)} more; the mock keeps "
                    f"at most {MAX_SCRIPTS} (rule: mock limit); clear them between tests"
                )
            self._scripts = [*live, *scripts]
        return scripts

    def clear(self) -> None:
        with self._lock:
            self._scripts = []

    def __len__(self) -> int:
        with self._lock:
            return len(self._scripts)

    def describe(self) -> list[dict[str, Any]]:
        """Each script's operation and match, ``answers`` (how many), ``times``, ``used`` and
        ``exhausted``; oldest first."""
        with self._lock:
            return [s.describe() for s in self._scripts]

    # -- what the mock calls --

    def take(self, operation: str, body: Mapping[str, Any]) -> ScriptedAnswer | None:
        """The next answer of the newest script of ``operation`` (a friendly name) that
        matches ``body`` (counted as used); None when none does."""
        with self._lock:
            if not self._scripts:
                return None
            for script in reversed(self._scripts):
                if script.operation != operation or script.exhausted:
                    continue
                if not script.match.holds(body):
                    continue
                answer = script.answers[min(script.used, len(script.answers) - 1)]
                script.used += 1
                return answer
        return None

    # -- compiling a script --

    def _schemas_of(self, name: str) -> _Schemas:
        if name in self._schemas:
            return self._schemas[name]
        if self._spec is None:
            self._spec = load_spec()
        spec = self._spec
        operation = self._operations[self._names[name]]

        def schema_of(model: str | None) -> Any:
            if model is None:
                return None
            # a class's component, where the generator named it otherwise (gatewayDataset)
            key = SCHEMAS.get(model, model)
            return to_json_schema({"$ref": f"#/components/schemas/{key}"}, spec)

        errors = {}
        for status, bodies in operation.responses.items():
            json_body = next((b for b in bodies if b.content_type == _JSON), None)
            if not status.startswith("2") and json_body is not None:
                errors[status] = schema_of(json_body.model)
        tag, variants = operation.stream_variants
        made = _Schemas(
            operation,
            schema_of(operation.json_model),
            schema_of(operation.stream_model),
            errors,
            tag,
            {value: schema_of(model) for value, model in variants},
        )
        self._schemas[name] = made
        return made

    def _compile(self, entry: Any) -> Script:
        _need(
            isinstance(entry, dict), f"script: {type(entry).__name__} is not an object (rule: type)"
        )
        unknown = sorted(set(entry) - set(_ENTRY_KEYS))
        _need(
            not unknown,
            f"{unknown[0] if unknown else ''}: unknown field; a script has "
            f"{', '.join(_ENTRY_KEYS)} (rule: additionalProperties)",
        )
        try:
            size = len(json.dumps(entry))
        except (TypeError, ValueError) as exc:
            raise ScriptError(f"script: not JSON ({exc}) (rule: type)") from None
        _need(
            size <= MAX_SCRIPT_BYTES,
            f"script: {size} bytes as JSON; at most {MAX_SCRIPT_BYTES} (rule: mock limit)",
        )
        name = entry.get("operation")
        _need(
            isinstance(name, str) and name in self._names,
            f"operation: {name!r} is not an operation the mock serves; one of "
            f"{', '.join(sorted(self._names))} (rule: enum)",
        )
        schemas = self._schemas_of(name)
        match = self._compile_match(entry)
        has_one, has_many = "answer" in entry, "answers" in entry
        _need(has_one != has_many, "answer: give either answer or answers (rule: oneOf)")
        if has_many:
            given = entry["answers"]
            _need(
                isinstance(given, list) and 1 <= len(given) <= MAX_ANSWERS,
                f"answers: a list of 1 to {MAX_ANSWERS} answers (rule: type)",
            )
            _need(
                "times" not in entry,
                "times: only with one answer; a sequence plays once (rule: dependentRequired)",
            )
            answers = [
                self._compile_answer(a, schemas, f"answers[{i}]") for i, a in enumerate(given)
            ]
            if len(answers) == 1:  # a sequence of one plays once too
                times: int | None = 1
            else:
                times = None
        else:
            answers = [self._compile_answer(entry["answer"], schemas, "answer")]
            times = entry.get("times")
            _need(
                times is None
                or (
                    isinstance(times, int)
                    and not isinstance(times, bool)
                    and 1 <= times <= MAX_TIMES
                ),
                f"times: {times!r} must be an integer from 1 to {MAX_TIMES} (rule: range)",
            )
        return Script(name, copy.deepcopy(entry), match, answers, times)

    def _compile_match(self, entry: dict[str, Any]) -> _Match:
        for key in ("model", "text", "pattern"):
            value = entry.get(key)
            _need(
                value is None or isinstance(value, str),
                f"{key}: {value!r} is not a string (rule: type)",
            )
        pattern = entry.get("pattern")
        compiled = None
        if pattern is not None:
            _need(
                len(pattern) <= MAX_PATTERN,
                f"pattern: longer than {MAX_PATTERN} characters (rule: mock limit)",
            )
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ScriptError(
                    f"pattern: not a regular expression: {exc} (rule: format)"
                ) from None
        tools = entry.get("tools") or []
        _need(
            isinstance(tools, list) and all(isinstance(t, str) for t in tools),
            "tools: a list of function names (rule: type)",
        )
        fields = entry.get("fields") or {}
        _need(isinstance(fields, dict), "fields: an object of path: value (rule: type)")
        _need(len(fields) <= MAX_FIELDS, f"fields: at most {MAX_FIELDS} paths (rule: mock limit)")
        compiled_fields = []
        for path, value in fields.items():
            try:
                compiled_fields.append((path, _parse_path(path), value))
            except ScriptError as exc:
                raise ScriptError(f"fields.{exc}") from None
        return _Match(
            entry.get("model"), entry.get("text"), compiled, tuple(tools), tuple(compiled_fields)
        )

    def _compile_answer(self, given: Any, schemas: _Schemas, where: str) -> ScriptedAnswer:
        _need(
            isinstance(given, dict) and bool(given),
            f"{where}: an answer is a non-empty object (rule: type)",
        )
        name = next(n for n, op in self._names.items() if op == schemas.operation.operation_id)
        if "status" in given:
            return self._compile_status(given, schemas, name, where)
        if "stream" in given:
            return self._compile_stream(given, schemas, name, where)
        if "body" in given:
            _only(given, {"body"}, f"{where}", "a whole answer has only body")
            _need(
                schemas.answer is not None,
                f"{where}.body: {name} answers no JSON to script whole (rule: operation)",
            )
            problem = _schema_error(given["body"], schemas.answer, f"{where}.body")
            _need(problem is None, str(problem))
            self._check_streamed(name, given["body"], schemas, f"{where}.body")
            return ScriptedAnswer("body", copy.deepcopy(given), name)
        unknown = sorted(set(given) - set(_PART_KEYS))
        _need(
            not unknown,
            f"{where}.{unknown[0] if unknown else ''}: unknown field; an answer has body, status, "
            f"stream, or parts ({', '.join(_PART_KEYS)}) (rule: additionalProperties)",
        )
        text_parts = sorted(set(given) - {"merge"})
        _need(
            not text_parts or name in PART_OPERATIONS,
            f"{where}.{text_parts[0] if text_parts else ''}: {name} takes only merge as a "
            f"part; content, json and tool_calls are for {', '.join(PART_OPERATIONS)} "
            "(rule: operation)",
        )
        _need(
            "finish_reason" not in given or name in (*TEXT_OPERATIONS, MESSAGES),
            f"{where}.finish_reason: {name} answers no finish_reason; "
            f"merge its status instead (rule: operation)",
        )
        _need(
            not ("content" in given and "json" in given),
            f"{where}.json: give content or json, not both (rule: oneOf)",
        )
        _need(
            "tool_calls" not in given or name in (CHAT, RESPONSES, MESSAGES),
            f"{where}.tool_calls: only {CHAT}, {RESPONSES} and {MESSAGES} call tools "
            "(rule: operation)",
        )
        if "content" in given:
            _need(
                isinstance(given["content"], str),
                f"{where}.content: {given['content']!r} is not a string (rule: type)",
            )
        if "merge" in given:
            _need(isinstance(given["merge"], dict), f"{where}.merge: an object (rule: type)")
            _need(
                schemas.answer is not None,
                f"{where}.merge: {name} answers no JSON (rule: operation)",
            )
        calls = (
            _tool_calls(given.get("tool_calls"), f"{where}.tool_calls")
            if "tool_calls" in given
            else None
        )
        if calls is not None and name == MESSAGES:
            for number, call in enumerate(calls):
                arguments = call["function"]["arguments"]
                try:
                    decoded = json.loads(arguments)
                except ValueError:
                    decoded = None
                _need(
                    isinstance(decoded, dict),
                    f"{where}.tool_calls[{number}].arguments: {arguments[:60]!r} is not a JSON "
                    f"object, a tool use's input (rule: type)",
                )
        parts = {**given}
        if calls is not None:
            parts["tool_calls"] = calls
        # Checked on a sample answer: a template for chat and completions, a value of the
        # schema for the others; the mock's own answer has the same shape.
        sample = (
            template(name)
            if name in TEXT_OPERATIONS
            else synthesize(schemas.answer, random.Random(0), ["mock"])
        )
        made = apply_parts(name, sample, parts)
        problem = _schema_error(made, schemas.answer, where)
        _need(problem is None, str(problem))
        self._check_streamed(name, made, schemas, where)
        return ScriptedAnswer("parts", parts, name)

    def _check_streamed(self, name: str, whole: Any, schemas: _Schemas, where: str) -> None:
        """A whole answer a streaming request gets as a stream: each of its chunks checked."""
        if schemas.chunk is None:
            return
        if name in TEXT_OPERATIONS:
            self._check_chunks(chunks_of_whole(name, whole), schemas, where)
        elif name == MESSAGES:
            self._check_chunks(scripted_message_events(whole), schemas, where)

    def _check_chunks(
        self, chunks: Iterable[dict[str, Any]], schemas: _Schemas, where: str
    ) -> None:
        for number, chunk in enumerate(chunks):
            problem = _schema_error(
                chunk, schemas.chunk, f"{where} (as the stream's chunk {number})"
            )
            _need(problem is None, str(problem))

    def _compile_status(
        self, given: dict[str, Any], schemas: _Schemas, name: str, where: str
    ) -> ScriptedAnswer:
        _only(
            given,
            {"status", "body", "headers"},
            f"{where}",
            "an error answer has status, body and headers",
        )
        status = given["status"]
        _need(
            isinstance(status, int) and not isinstance(status, bool) and 400 <= status <= 599,
            f"{where}.status: {status!r} must be an error status, an integer from 400 to 599 "
            "(rule: range)",
        )
        headers = given.get("headers") or {}
        _need(
            isinstance(headers, dict)
            and len(headers) <= 32
            and all(
                isinstance(k, str)
                and isinstance(v, str)
                and k.isascii()
                and v.isascii()
                and "\n" not in k + v
                and "\r" not in k + v
                for k, v in headers.items()
            ),
            f"{where}.headers: at most 32 ASCII header names and string values (rule: type)",
        )
        if "body" in given:
            declared = (
                schemas.errors.get(str(status))
                or schemas.errors.get(f"{str(status)[0]}XX")
                or schemas.errors.get("default")
            )
            if declared is None and self._spec is not None:
                declared = to_json_schema(
                    {"$ref": "#/components/schemas/ErrorResponse"}, self._spec
                )
            problem = _schema_error(given["body"], declared, f"{where}.body")
            _need(problem is None, str(problem))
        return ScriptedAnswer("status", copy.deepcopy(given), name)

    def _compile_stream(
        self, given: dict[str, Any], schemas: _Schemas, name: str, where: str
    ) -> ScriptedAnswer:
        _only(
            given,
            {"stream", "finish_reason", "break"},
            f"{where}",
            "a stream answer has stream, finish_reason and break",
        )
        _need(
            name in STREAM_OPERATIONS and schemas.streams,
            f"{where}.stream: {name} answers no stream to script (rule: operation)",
        )
        items = given["stream"]
        _need(
            isinstance(items, list) and len(items) <= MAX_STREAM_ITEMS,
            f"{where}.stream: a list of at most {MAX_STREAM_ITEMS} deltas and pauses (rule: type)",
        )
        broken = given.get("break")
        _need(
            broken is None or broken in _BREAKS,
            f"{where}.break: {broken!r} is not one of {', '.join(_BREAKS)} (rule: enum)",
        )
        pauses = 0.0
        for number, item in enumerate(items):
            at = f"{where}.stream[{number}]"
            if isinstance(item, dict) and "pause" in item:
                seconds = item["pause"]
                _need(
                    len(item) == 1
                    and isinstance(seconds, int | float)
                    and not isinstance(seconds, bool)
                    and 0 <= seconds <= MAX_PAUSE_SECONDS,
                    f"{at}.pause: seconds from 0 to {MAX_PAUSE_SECONDS} (rule: range)",
                )
                pauses += float(seconds)
            else:
                _need(
                    isinstance(item, str) or (isinstance(item, dict) and name == CHAT),
                    f"{at}: a string (content), a pause, or (chat) a delta object (rule: type)",
                )
        _need(
            pauses <= MAX_PAUSES_SECONDS,
            f"{where}.stream: {pauses} s of pauses; at most {MAX_PAUSES_SECONDS} "
            "(rule: mock limit)",
        )
        spec = copy.deepcopy(given)
        head = {"id": "x", "created": CREATED, "model": "m"}
        # Checked whole, its finish chunk too: a request that does not stream gets it joined.
        chunks = stream_chunks(name, {**spec, "break": None}, head, 1, {})
        # Each chunk checked, a problem named by the item it comes from: the chunks before the
        # deltas first (chat's role chunk; the message's start), a chunk per delta, the finish
        # chunk (or the message's last events) last.
        labels = [
            f"{where}.stream[{i}]"
            for i, item in enumerate(items)
            if not (isinstance(item, dict) and "pause" in item)
        ]
        leading, inner, finish = _STREAM_PLACES[name]
        sources = [f"{where} (its first chunk)"] * leading + labels
        for number, chunk in enumerate(c for c in chunks if isinstance(c, dict)):
            problem = _schema_error(chunk, schemas.event(chunk), "")
            if problem is None:
                continue
            source = sources[number] if number < len(sources) else f"{where} (its finish chunk)"
            if problem.startswith(finish):
                raise ScriptError(f"{where}.finish_reason{problem.removeprefix(finish)}")
            if problem.startswith(inner):
                raise ScriptError(f"{source}.{problem.removeprefix(inner)}")
            raise ScriptError(f"{source}, as a chunk: {problem}")
        problem = _schema_error(joined(name, spec, head, 1), schemas.answer, "")
        _need(problem is None, f"{where}.stream, joined as the whole answer: {problem}")
        return ScriptedAnswer("stream", spec, name)


def _tool_calls(given: Any, where: str) -> list[dict[str, Any]]:
    """``[{"name": ..., "arguments": {...} or "...", "id": ...}]`` as the answer's tool calls."""
    _need(
        isinstance(given, list) and bool(given), f"{where}: a non-empty list of calls (rule: type)"
    )
    calls = []
    for number, call in enumerate(given):
        at = f"{where}[{number}]"
        _need(isinstance(call, dict), f"{at}: an object with name and arguments (rule: type)")
        _only(call, {"name", "arguments", "id"}, f"{at}", "a call has name, arguments and id")
        _need(
            isinstance(call.get("name"), str) and call["name"],
            f"{at}.name: is required, a string (rule: required)",
        )
        arguments = call.get("arguments", {})
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments)
        call_id = (
            call.get("id")
            or "call_"
            + hashlib.sha256(f"{call['name']}{arguments}{number}".encode()).hexdigest()[:24]
        )
        _need(isinstance(call_id, str), f"{at}.id: a string (rule: type)")
        calls.append(
            {
                "id": call_id,
                "type": "function",
                "function": {"name": call["name"], "arguments": arguments},
            }
        )
    return calls
