"""The mock server as an ASGI app, derived from the effective spec at start-up.

Routes (method, path under each operation's server, request content types, binary fields) come
from the generated description of the operations (``fireworks_api.operations``); request
validation and the shape of answers from the spec's schemas; what a schema cannot say (models,
context windows, ...) from ``_behaviours``. Order of checks for a request:
auth (401), the fault header, body size (413), content type, parse, schema validation (400),
queued faults, then the behaviour. With an upstream or a cassette, ``_intercept`` sees each
request first: the proxy (``_upstream``) answers all of them, a cassette (``_cassette``) those
it has an entry for.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
import math
import os
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import jsonschema
import jsonschema_rs
from fireworks_api.names import FRIENDLY_NAMES
from fireworks_api.operations import OPERATIONS, EventStream, Operation
from python_multipart.multipart import parse_options_header
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from fireworks_client._openapi import load_spec, to_json_schema
from fireworks_client._sse import encode_event
from fireworks_client.mock._answers.chat import (
    BEHAVIOURS,
    BinaryResult,
    JsonResult,
    MockRequest,
    Result,
    StreamResult,
)
from fireworks_client.mock._answers.flux import (
    KontextJobs,
    flux_text_to_image,
    kontext_result,
    kontext_submit,
)
from fireworks_client.mock._answers.messages import create_message
from fireworks_client.mock._answers.platform import (
    PlatformBehaviour,
    PlatformStore,
    platform_behaviours,
    platform_routes,
)
from fireworks_client.mock._answers.rerank import rerank
from fireworks_client.mock._answers.responses import (
    ResponseStore,
    create_response,
    delete_response,
    get_response,
    list_responses,
)
from fireworks_client.mock._answers.stream_options import usage_chunk_last
from fireworks_client.mock._answers.synth import synthesize
from fireworks_client.mock._answers.text import rng_for
from fireworks_client.mock._faults import (
    FAULT_HEADER,
    Fault,
    FaultKind,
    FaultPlan,
    check_fault,
    check_times,
    parse_fault_header,
)
from fireworks_client.mock._gate import LoopGate
from fireworks_client.mock._journal import Journal
from fireworks_client.mock._models import DEFAULT_MODELS, ModelInfo
from fireworks_client.mock._protocol import BODY_DEADLINE, BodyDeadline
from fireworks_client.mock._quietlog import QuietDisconnect
from fireworks_client.mock._record.cassette import Cassette, OnMiss, Recorder, Replay
from fireworks_client.mock._record.drift import DriftReport, SpecCheck
from fireworks_client.mock._record.intercept import Intercept
from fireworks_client.mock._record.upstream import Proxy, upstream_root
from fireworks_client.mock._requestlog import RequestLog
from fireworks_client.mock._scripts.answer import answer as scripted_answer
from fireworks_client.mock._scripts.book import (
    MAX_SCRIPT_BYTES,
    ScriptBook,
    ScriptError,
)
from fireworks_client.mock._spec.errors import ERROR_MODELS, MockError, error_body, shaped_error
from fireworks_client.mock._spec.jsonpieces import loads_in_pieces
from fireworks_client.mock._spec.routes import OperationFinder

__all__ = ["MockState", "api_prefix", "create_app"]

# A 10 MB body is refused at once; one of 8 MB is answered in well under a second.
MAX_BODY_BYTES = 8 * 1024 * 1024
# Above this a body is validated by jsonschema-rs, and only a few are worked on at once.
LARGE_BODY_BYTES = 256 * 1024
LARGE_BODIES_AT_ONCE = 2
# Requests worked on in threads at once: more would not run faster (the GIL), only hold more
# answers in memory together.
WORK_AT_ONCE = 4
# GET /_mock/requests answers a page of the log: 100 entries unless ?limit= says otherwise.
REQUESTS_PAGE = 100
MAX_REQUESTS_PAGE = 1000
# The control endpoints take a few small fields.
CONTROL_BODY_BYTES = 64 * 1024
MAX_DEPTH = 64
_MESSAGE_LIMIT = 300
_JSON = "application/json"
_FORM = "multipart/form-data"
_HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
)


@dataclass
class MockState:
    """What a running mock shares with its user: the fault plan and a bounded log of requests
    (method, path, headers without Authorization, parsed body: :class:`RequestLog`)."""

    models: tuple[ModelInfo, ...]
    api_keys: frozenset[str] | None
    max_body_bytes: int
    faults: FaultPlan = field(default_factory=FaultPlan)
    # What behaviours keep between requests, each bounded: stored responses, Kontext jobs.
    memory: dict[str, Any] = field(
        default_factory=lambda: {
            "responses": ResponseStore(),
            "kontext": KontextJobs(),
            "platform": PlatformStore(),
        }
    )
    large_bodies: LoopGate = field(default_factory=lambda: LoopGate(LARGE_BODIES_AT_ONCE))
    workers: LoopGate = field(default_factory=lambda: LoopGate(WORK_AT_ONCE))
    requests: RequestLog = field(default_factory=RequestLog)
    # Scripted answers (fireworks_client.mock._scripts.book): what tests say the model answers.
    scripts: ScriptBook = field(default_factory=ScriptBook)
    # Recording, replay and drift (_upstream, _cassette, _drift; taken in _intercept): the
    # proxy to the service, the cassette answered from, the differences from the spec.
    proxy: Proxy | None = None
    replay: Replay | None = None
    drift: DriftReport | None = None
    spec_check: SpecCheck | None = None
    finder: OperationFinder | None = None
    _ids: itertools.count[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def platform(self) -> PlatformStore:
        """The platform's resources (``fail_next("deployments")``: the next one fails)."""
        store: PlatformStore = self.memory["platform"]
        return store

    @property
    def journal(self) -> Journal:
        """The request log, typed: ``journal.of("chat.completions.create")``."""
        return Journal(self.requests)

    def load_cassette(
        self,
        path: str | os.PathLike[str],
        *,
        on_miss: OnMiss = "synthesize",
        pace: float = 1.0,
        check: Literal["error", "warn"] = "error",
    ) -> Replay:
        """Answers from the cassette at ``path`` from now on (:class:`Replay`); raises
        :class:`CassetteError` naming the line when it is malformed or, with ``check="error"``,
        when an answer no longer fits the spec."""
        if self.proxy is not None:
            raise ValueError("a mock forwarding to an upstream does not replay a cassette")
        if self.spec_check is None or self.finder is None:
            raise ValueError("this state has no spec to check a cassette against")
        cassette = Cassette.load(path, self.spec_check, self.finder, on_problem=check)
        self.replay = Replay(cassette, on_miss=on_miss, pace=pace)
        return self.replay

    def close(self) -> None:
        """Writes the drift report a last time (the server calls this when it stops)."""
        if self.drift is not None:
            self.drift.flush()

    def next_request_id(self) -> str:
        with self._lock:
            return f"req_mock_{next(self._ids):08d}"


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status, headers, media_type="application/json")


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(error: jsonschema.ValidationError) -> tuple[str, str | None]:
    """A message naming the field and the rule, and the field for ``param``."""
    # "not valid under any of the given schemas" says little: name the closest alternative's
    # rule instead, leaving out the null branch that `nullable` adds.
    while error.validator in ("anyOf", "oneOf") and error.context:
        candidates = [e for e in error.context if e.validator_value != "null"]
        best = jsonschema.exceptions.best_match(candidates)
        if best is None:
            break
        error = best
    where = _path(error.absolute_path)
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        # jsonschema types validator_value as object; for "required" it is the list of names.
        wanted: list[str] = list(error.validator_value)  # type: ignore[arg-type]
        missing = next((r for r in wanted if r not in instance), "?")
        name = f"{where}.{missing}" if where else missing
        return f"{name}: is required (rule: required)", name
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        known = set(schema.get("properties", {}))
        extra = sorted(set(instance) - known)[0] if set(instance) - known else "?"
        name = f"{where}.{extra}" if where else extra
        return f"{name}: unknown field (rule: additionalProperties)", name
    message = error.message
    if len(message) > _MESSAGE_LIMIT:
        message = message[:_MESSAGE_LIMIT] + "..."
    return f"{where or 'body'}: {message} (rule: {error.validator})", where or None


def _too_deep(value: Any) -> bool:
    """Whether ``value`` nests deeper than MAX_DEPTH; level by level, containers only (a
    body of a few MB has hundreds of thousands of values)."""
    frontier = [value] if isinstance(value, dict | list) else []
    for _ in range(MAX_DEPTH):
        if not frontier:
            return False
        frontier = [
            child
            for node in frontier
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
    return bool(frontier)


class _OutOfRange(ValueError):
    """A JSON number beyond the float range (1e400), which Python would read as infinity."""


_OUT_OF_RANGE = object()  # stands for such a number when looking for where it is


def _json_number(text: str) -> float | int:
    value = float(text)
    if not math.isfinite(value):
        raise _OutOfRange(text)
    # JSON Schema counts 4.0 as an integer; the behaviours then need it as one (slicing and
    # ranges refuse floats).
    return int(value) if value.is_integer() else value


def _where_out_of_range(raw: bytes) -> str | None:
    """The path of the first out-of-range number: parsed again, that number as a marker."""

    def number(text: str) -> Any:
        return _json_number(text) if math.isfinite(float(text)) else _OUT_OF_RANGE

    def find(node: Any, path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        if node is _OUT_OF_RANGE:
            return path
        if not isinstance(node, dict | list):
            return None
        for key, child in node.items() if isinstance(node, dict) else enumerate(node):
            found = find(child, (*path, key))
            if found is not None:
                return found
        return None

    found = find(json.loads(raw, parse_float=number), ())
    return _path(found) if found else None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _flat_properties(schema: Any) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if isinstance(schema, dict):
        for part in schema.get("allOf", []):
            props.update(_flat_properties(part))
        props.update(schema.get("properties", {}))
    return props


def _coerce_form_value(name: str, text: str, prop: dict[str, Any]) -> Any:
    """A form field's text as the type its schema says; a 400 naming the field otherwise."""
    kind = prop.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            value = float(text)
            if not math.isfinite(value):
                raise ValueError(text)
            return value
    except ValueError:
        raise MockError(
            400, f"{name}: {text[:40]!r} is not a valid {kind} (rule: type)", param=name
        ) from None
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise MockError(
                400, f"{name}: {text[:40]!r} is not a valid boolean (rule: type)", param=name
            )
        return text.lower() == "true"
    return text


_PLATFORM_FORMATS = jsonschema.FormatChecker(formats=["date-time"])

# The schema of the mock's error answers (error_body).
_ERROR_MODEL = "ErrorResponse"


class _Operation:
    """One operation: parses, validates and answers its requests. What it is (content types,
    binary fields, answers) comes from its description; ``declared`` is the same operation in
    the spec, read for its schemas only."""

    def __init__(
        self,
        operation: Operation,
        declared: dict[str, Any],
        spec: dict[str, Any],
        state: MockState,
        platform: PlatformBehaviour | None = None,
    ) -> None:
        self.state = state
        self.operation = operation
        self.operation_id = operation.operation_id
        # The clients' name of the operation (chat.completions.create), for scripts and the log.
        self.name = _FRIENDLY.get(self.operation_id)
        self.binaries = operation.binary_fields
        # By request content type: the body's validator and its fields (as JSON Schema).
        self.bodies: dict[str, tuple[jsonschema.protocols.Validator, dict[str, Any]]] = {}
        self.fast_validators: dict[str, Any] = {}
        if operation.request:
            content = _resolved(spec, declared["requestBody"])["content"]
            # Formats are not asserted, except the platform's times: it stores what it is sent
            # and answers it back, where a time that is not one would break the answer's schema.
            formats = _PLATFORM_FORMATS if operation.service_root else None
            for body in operation.request:
                schema = to_json_schema(content[body.content_type]["schema"], spec)
                self.bodies[body.content_type] = (
                    jsonschema.Draft202012Validator(schema, format_checker=formats),
                    _flat_properties(schema),
                )
                self.fast_validators[body.content_type] = jsonschema_rs.validator_for(
                    schema, validate_formats=formats is not None
                )
        # The query's parameters as the spec declares them, each checked as its schema says
        # (what a body's fields are, a query's are too: a page size past int32, a flag that is
        # not a boolean, are refused for every operation, stored or not).
        self.query: dict[str, tuple[dict[str, Any], jsonschema.protocols.Validator]] = {}
        for given in declared.get("parameters", []):
            ref = given.get("$ref")
            parameter = spec["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else given
            if parameter.get("in") == "query":
                schema = to_json_schema(parameter.get("schema") or {}, spec)
                self.query[parameter["name"]] = (schema, jsonschema.Draft202012Validator(schema))
        # Statuses whose declared body is an operation's own (FLUX Kontext's 400 is
        # {"error_message": ...}): the message goes in that body's first string field.
        self.error_fields: dict[int, str] = {}
        # The shape of its errors: the error model its 400 (or 4XX) declares, when the mock
        # writes that model (messages: Anthropic's), else the ErrorResponse.
        declared_errors = [
            b.model
            for status in ("400", "4XX")
            for b in operation.responses.get(status, ())
            if b.content_type == _JSON and b.model in ERROR_MODELS
        ]
        self.error_model = declared_errors[0] if declared_errors else _ERROR_MODEL
        for status, bodies in operation.responses.items():
            json_body = next((b for b in bodies if b.content_type == _JSON), None)
            if not status.isdigit() or json_body is None or json_body.model in ERROR_MODELS:
                continue
            answer = _resolved(spec, declared["responses"][status])
            props = to_json_schema(answer["content"][_JSON]["schema"], spec).get("properties", {})
            field = next((k for k, v in props.items() if v.get("type") == "string"), None)
            if field is not None and int(status) >= 400:
                self.error_fields[int(status)] = field
        # How its stream is framed, as the spec declares it; its in-band errors are an error
        # body the mock writes (shaped_error), so a stream declaring another error schema is
        # refused here rather than answered wrong.
        self.events = operation.event_stream
        if self.events is not None and self.events.error_model not in (None, *ERROR_MODELS):
            raise ValueError(
                f"{self.operation_id}: the mock writes in-band stream errors as "
                f"{' or '.join(ERROR_MODELS)}; the spec declares {self.events.error_model}"
            )
        # Named events are named by the discriminator of their union (`type`).
        self.framing = _Framing(self.events, operation.stream_variants[0]) if self.events else None
        # Headers that carry the API key besides Authorization (apiKey schemes it declares).
        self.key_headers = _key_headers(spec, declared)
        self.behaviour = _ALL_BEHAVIOURS.get(self.operation_id)
        # The platform's stateful behaviour (_platform), answering None to leave it to the spec.
        self.platform = platform
        # An operation added to the spec with no behaviour yet answers a value of the schema of
        # its first JSON success.
        self.fallback_schema = None
        for status, bodies in operation.responses.items():
            if status.startswith("2") and any(b.content_type == _JSON for b in bodies):
                answer = _resolved(spec, declared["responses"][status])
                self.fallback_schema = to_json_schema(answer["content"][_JSON]["schema"], spec)
                break

    async def endpoint(self, request: Request) -> Response:
        request_id = self.state.next_request_id()
        try:
            response = await self._handle(request)
        except MockError as exc:
            own = self.error_fields.get(exc.status)
            body = (
                {own: exc.message}
                if own is not None
                else shaped_error(
                    self.error_model,
                    exc.status,
                    exc.message,
                    param=exc.param,
                    code=exc.code,
                    request_id=request_id,
                )
            )
            response = _json(body, exc.status, exc.headers)
        response.headers["x-request-id"] = request_id
        return response

    async def _handle(self, request: Request) -> Response:
        _check_auth(request, self.state.api_keys, self.key_headers)
        header_fault = None
        if FAULT_HEADER in request.headers:
            try:
                header_fault = parse_fault_header(request.headers[FAULT_HEADER])
            except ValueError as exc:
                raise MockError(400, str(exc), param=FAULT_HEADER) from None
        if self.query:
            self._check_query(request.query_params.multi_items())
        accept = request.headers.get("accept", "")
        params = {**request.query_params, **request.path_params}
        delay = 0.0
        large = self.bodies != {} and _is_large(request)
        # Waiting for a turn to work on a large body is the mock's doing, not the client's:
        # the body deadline stops meanwhile (on a socket; in process there is none).
        deadline: BodyDeadline | None = request.scope.get("extensions", {}).get(BODY_DEADLINE)
        if large and deadline is not None:
            deadline.hold()
        async with self.state.large_bodies.slot(large):
            if large and deadline is not None:
                deadline.restart()
            body, files, size = await self._parse(request)
            self.state.requests.append(
                request.method,
                request.url.path,
                {k: v for k, v in request.headers.items() if k != "authorization"},
                body,
                size,
                operation=self.name,
            )
            streaming = body.get("stream") is True
            fault = header_fault or self.state.faults.take(streaming=streaming)
            if fault is not None and fault.kind is FaultKind.DELAY:
                delay, fault = fault.number("seconds", 5), None
            elif fault is not None and not fault.kind.streams_only:
                return _fault_response(fault, self.error_model)
            origin = f"{request.url.scheme}://{request.url.netloc}"
            if not delay:
                return await self._respond(body, files, accept, fault, params, origin)
        # A delay waits outside the gate: it holds no work, only the parsed body.
        await asyncio.sleep(delay)
        return await self._respond(body, files, accept, fault, params, origin)

    def _check_query(self, items: list[tuple[str, str]]) -> None:
        """A 400 naming the parameter and the rule when the query breaks its schema."""
        for name, text in items:
            declared = self.query.get(name)
            if declared is None:
                continue
            schema, validator = declared
            value = _coerce_form_value(name, text, schema)
            error = jsonschema.exceptions.best_match(validator.iter_errors(value))
            if error is not None:
                message = error.message[:_MESSAGE_LIMIT]
                raise MockError(400, f"{name}: {message} (rule: {error.validator})", param=name)

    async def _respond(
        self,
        body: dict[str, Any],
        files: dict[str, bytes],
        accept: str,
        fault: Fault | None,
        params: dict[str, str],
        origin: str = "",
    ) -> Response:
        """The behaviour's answer (or the scripted one), rendered; in a worker thread when the
        request has a body, so that a large one (a long prompt, many images) does not stall
        other clients."""
        request = MockRequest(
            self.operation, body, files, accept, params, self.state.memory, origin
        )

        def work() -> Response:
            # A scripted answer, when a script matches (its text searched off the event loop).
            script = self.state.scripts.take(self.operation_id, body)
            if script is None:
                return _render(self._answer(request), fault, self.framing)
            streams_fault = fault is not None and fault.kind.streams_only
            made = scripted_answer(script, request, self._answer, self.events, streams_fault)
            return made if isinstance(made, Response) else _render(made, fault, self.framing)

        if not self.bodies and self.platform is None:
            return work()
        async with self.state.workers.slot():
            return await run_in_threadpool(work)

    def _answer(self, request: MockRequest) -> Result:
        if self.platform is not None:
            answer = self.platform(self.state.models, request)
            if answer is not None:
                return answer
        if self.behaviour is not None:
            result = self.behaviour(self.state.models, request)
            options = request.body.get("stream_options") or {}
            if isinstance(result, StreamResult) and options.get("include_usage"):
                return StreamResult(usage_chunk_last(result.chunks))
            return result
        value = synthesize(self.fallback_schema, rng_for(self.operation_id, request.body), ["mock"])
        return JsonResult(value)

    async def _parse(self, request: Request) -> tuple[dict[str, Any], dict[str, bytes], int]:
        """The body as fields, the file parts, and the body's size in bytes."""
        if not self.bodies:
            return {}, {}, 0
        raw = await _read_body(request, self.state.max_body_bytes)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        declared = _declared_type(content_type, self.bodies)
        if declared is None:
            raise MockError(
                400,
                f"Content-Type: expected {' or '.join(self.bodies)}, got {content_type or 'none'}",
                param="content-type",
            )
        if declared == _FORM:
            body, files = await self._parse_form(request, raw, self.bodies[declared][1])
            self._validate(declared, body, len(raw))
            return body, files, len(raw)

        def decode() -> dict[str, Any]:
            body: dict[str, Any] = _parse_json(raw)
            self._validate(declared, body, len(raw))
            return body

        # Parsing and validating take time in proportion to the body: off the event loop.
        async with self.state.workers.slot():
            return await run_in_threadpool(decode), {}, len(raw)

    def validate_json(self, content_type: str, body: dict[str, Any]) -> None:
        self._validate(content_type, body, 0)

    def _validate(self, content_type: str, body: dict[str, Any], size: int) -> None:
        """A 400 naming the field and the rule when ``body`` breaks the schema. Bodies up to
        LARGE_BODY_BYTES go through jsonschema, whose errors this module words; larger ones
        through jsonschema-rs (hundreds of times faster, its own wording), so that validation
        stays well under a second at the body size limit."""
        validator, _ = self.bodies[content_type]
        if size > LARGE_BODY_BYTES:
            fast = self.fast_validators[content_type]
            first = next(iter(fast.iter_errors(body)), None)
            if first is not None:
                name = _path(first.instance_path)
                rule = _RS_RULES.get(type(first.kind).__name__) or _camel(type(first.kind).__name__)
                message = first.message
                if len(message) > _MESSAGE_LIMIT:
                    message = message[:_MESSAGE_LIMIT] + "..."
                raise MockError(
                    400,
                    f"Invalid request: {name or 'body'}: {message} (rule: {rule})",
                    param=name or None,
                )
            return
        error = jsonschema.exceptions.best_match(validator.iter_errors(body))
        if error is not None:
            message, param = _describe(error)
            raise MockError(400, f"Invalid request: {message}", param=param)

    async def _parse_form(
        self, request: Request, raw: bytes, properties: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, bytes]]:
        _check_multipart(request.headers.get("content-type", ""), raw)

        async def whole() -> AsyncGenerator[bytes, None]:
            yield raw

        parser = MultiPartParser(
            request.headers,
            whole(),
            max_files=16,
            max_fields=256,
            max_part_size=self.state.max_body_bytes,
        )
        try:
            form = await parser.parse()
        except (MultiPartException, ValueError, KeyError, UnicodeDecodeError) as exc:
            message = exc.message if isinstance(exc, MultiPartException) else str(exc)
            raise MockError(400, f"Malformed multipart body: {message}") from None
        body: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        try:
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read()
                else:
                    data = value.encode() if name in self.binaries else b""
                if name in self.binaries:
                    files[name] = data
                    body[name] = "<binary>"
                elif isinstance(value, UploadFile):
                    raise MockError(
                        400, f"{name}: expected a plain form field, got a file", param=name
                    )
                else:
                    body[name] = _coerce_form_value(name, value, properties.get(name, {}))
        finally:
            await form.close()
        return body, files


def _check_multipart(content_type: str, raw: bytes) -> None:
    """What python-multipart takes silently or reports vaguely: the boundary, and a body that
    stops before its closing delimiter (which would otherwise read as missing fields)."""
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary", b"")
    if not 1 <= len(boundary) <= 70:
        got = "none" if b"boundary" not in options else f"{len(boundary)} characters"
        raise MockError(
            400,
            f"Content-Type: multipart/form-data needs a boundary of 1 to 70 characters, got "
            f"{got} (rule: RFC 2046)",
            param="content-type",
        )
    if b"--" + boundary + b"--" not in raw:
        raise MockError(
            400,
            f"Malformed multipart body: it does not end with the closing delimiter "
            f"--{boundary.decode('latin-1')}-- (rule: RFC 2046)",
        )


def _declared_type(content_type: str, declared: Mapping[str, Any]) -> str | None:
    """Which of the operation's request content types a request's Content-Type is: itself, or
    for JSON any ``+json`` type or none at all (clients that omit the header)."""
    if content_type in declared:
        return content_type
    if _JSON in declared and (not content_type or content_type.endswith("+json")):
        return _JSON
    return None


def _resolved(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """A response or request body, its ``$ref`` to components followed."""
    while "$ref" in item:
        section, _, name = str(item["$ref"]).removeprefix("#/components/").partition("/")
        item = spec["components"][section][name]
    return item


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_json_number)


def _parse_json(raw: bytes, what: str = "body") -> Any:
    """A JSON document of at most MAX_DEPTH levels and finite numbers; MockError otherwise."""
    if not raw.strip():
        raise MockError(400, "The request body is empty; expected a JSON object")
    try:
        if len(raw) > LARGE_BODY_BYTES:
            # As json.loads reads bytes, but a member at a time: other clients go on meanwhile.
            text = raw.decode(json.detect_encoding(raw), "surrogatepass")
            body = loads_in_pieces(text, _DECODER)
        else:
            body = _DECODER.decode(raw.decode(json.detect_encoding(raw), "surrogatepass"))
    except RecursionError:
        raise MockError(
            400, f"Malformed JSON body: nested deeper than {MAX_DEPTH} levels"
        ) from None
    except _OutOfRange as exc:
        # The document nests less than the recursion limit (the parser got to a number), so
        # parsing it once more is safe.
        try:
            name = _where_out_of_range(raw) or what
        except RecursionError:  # a deep document after the number: name no field
            name = what
        raise MockError(
            400,
            f"{name}: {str(exc)[:40]} is out of range for a 64-bit float (rule: finite)",
            param=name,
        ) from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, NaN and friends
        raise MockError(400, f"Malformed JSON body: {exc}") from None
    if _too_deep(body):
        raise MockError(400, f"Malformed JSON body: nested deeper than {MAX_DEPTH} levels")
    if not isinstance(body, dict):
        raise MockError(400, f"{what}: {type(body).__name__} is not of type 'object' (rule: type)")
    return body


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise MockError(
            413,
            f"The request body is {declared} bytes; the limit is {limit}",
            code="request_too_large",
        )
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise MockError(
                    413,
                    f"The request body is over the limit of {limit} bytes",
                    code="request_too_large",
                )
            chunks.append(chunk)
    except ClientDisconnect:
        # The client went, or the body deadline closed the connection: nobody hears this.
        raise MockError(408, "The connection closed before the whole body arrived") from None
    return b"".join(chunks)


def _key_headers(spec: dict[str, Any], declared: dict[str, Any]) -> tuple[str, ...]:
    """The headers of the apiKey schemes the operation's security declares (``x-api-key``
    for Anthropic's clients), lowercase."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    names = {name for requirement in declared.get("security", []) for name in requirement}
    return tuple(
        str(schemes[name]["name"]).lower()
        for name in sorted(names)
        if schemes.get(name, {}).get("type") == "apiKey" and schemes[name].get("in") == "header"
    )


def _check_auth(
    request: Request, api_keys: frozenset[str] | None, key_headers: tuple[str, ...] = ()
) -> None:
    header = request.headers.get("authorization")
    key_header = next((h for h in key_headers if h in request.headers), None)
    if header is None and key_header is not None:
        key = request.headers[key_header].strip()
        if not key:
            raise MockError(401, f"Empty {key_header} header", code="invalid_api_key")
        if api_keys is not None and key not in api_keys:
            raise MockError(401, "Invalid API key", code="invalid_api_key")
        return
    if header is None:
        raise MockError(
            401,
            "Missing Authorization header: send `Authorization: Bearer <API key>`",
            code="missing_api_key",
        )
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise MockError(
            401,
            "Malformed Authorization header: expected `Bearer <API key>`",
            code="invalid_api_key",
        )
    if api_keys is not None and token.strip() not in api_keys:
        raise MockError(401, "Invalid API key", code="invalid_api_key")


def _fault_response(fault: Fault, error_model: str | None = None) -> Response:
    """The answer of a request-level fault other than a delay."""
    kind = fault.kind
    if kind is FaultKind.BAD_GATEWAY:
        return Response(_HTML_502, 502, media_type="text/html")
    headers: dict[str, str] = {}
    if "retry_after_ms" in fault.params:
        headers["retry-after-ms"] = str(int(fault.params["retry_after_ms"]))
    if kind is FaultKind.RATE_LIMIT or "retry_after" in fault.params:
        headers["Retry-After"] = str(int(fault.number("retry_after", 1)))
    status = {
        FaultKind.RATE_LIMIT: 429,
        FaultKind.FORBIDDEN: 403,
        FaultKind.SERVER_ERROR: 500,
        FaultKind.UNAVAILABLE: 503,
    }.get(kind, int(fault.number("code", 500)))
    messages = {
        429: "Rate limit exceeded (mock fault)",
        403: "Permission denied (mock fault)",
        503: "The service is temporarily unavailable (mock fault)",
    }
    message = messages.get(status, f"Mock fault: HTTP {status}")
    return _json(shaped_error(error_model, status, message, code="mock_fault"), status, headers)


def _is_large(request: Request) -> bool:
    """Whether the body may be over LARGE_BODY_BYTES: declared so, or of unknown length."""
    declared = request.headers.get("content-length", "")
    return not declared.isdigit() or int(declared) > LARGE_BODY_BYTES


# jsonschema-rs error kinds whose name is not the keyword's.
_RS_RULES = {
    "OneOfNotValid": "oneOf",
    "OneOfMultipleValid": "oneOf",
    "FalseSchema": "false",
    "Constant": "const",
}


def _camel(name: str) -> str:
    return name[:1].lower() + name[1:]


@dataclass(frozen=True)
class _Framing:
    """How the mock writes an operation's stream: its declared framing, and for named events
    the discriminator whose value names each event."""

    events: EventStream
    tag: str | None

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        name = str(chunk.get(self.tag)) if self.events.named and self.tag else None
        return encode_event(json.dumps(chunk), event=name)

    def error(self, error: dict[str, Any]) -> bytes:
        return encode_event(json.dumps(error), event=self.events.error_event)

    def end(self) -> bytes:
        """The declared end: the terminator, or the end event (its data names it)."""
        end_event = self.events.end_event
        if end_event is not None:
            data = {self.tag: end_event} if self.tag else {}
            return encode_event(json.dumps(data), event=end_event)
        return encode_event(self.events.terminator) if self.events.terminator else b""


def _render(result: Result, fault: Fault | None, framing: _Framing | None) -> Response:
    if isinstance(result, JsonResult):
        return _json(result.body, headers=result.headers)
    if isinstance(result, BinaryResult):
        return Response(result.content, media_type=result.media_type, headers=result.headers)
    if framing is None:
        raise TypeError("a behaviour streamed an answer of an operation that declares no stream")
    return StreamingResponse(
        _events(result, fault, framing),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache"},
    )


async def _events(
    result: StreamResult, fault: Fault | None, framing: _Framing
) -> AsyncIterator[bytes]:
    """The chunks as events, framed as the operation's stream is declared (x-fireworks-sse):
    the terminator (or the end event) last, an in-band error as its error event."""
    events = framing.events
    after = int(fault.number("after", 2)) if fault else -1
    for number, chunk in enumerate(result.chunks):
        if number == after and fault is not None:
            kind = fault.kind
            if kind is FaultKind.STREAM_TRUNCATED:
                return
            if kind is FaultKind.STREAM_DISCONNECT:
                raise QuietDisconnect(
                    f"mock fault stream_disconnect: connection dropped after {after} events"
                )
            if kind is FaultKind.STREAM_ERROR and events.error_model is not None:
                error = shaped_error(
                    events.error_model,
                    500,
                    "The model failed while streaming (mock fault)",
                    code="mock_fault",
                )
                yield framing.error(error)  # a body the mock writes (_Operation checks)
                return
            if kind is FaultKind.STREAM_ERROR:  # no in-band error declared: the stream breaks
                raise QuietDisconnect(
                    "mock fault stream_error: no in-band error declared, connection dropped"
                )
            if kind is FaultKind.MALFORMED_CHUNK:
                yield b'data: {"id": "broken", "choices": [\n\n'
            if kind is FaultKind.STREAM_STALL:
                await asyncio.sleep(fault.number("seconds", 5))
        yield framing.chunk(chunk)
    end = framing.end()
    if end:
        yield end


_FRIENDLY = {operation_id: name for name, operation_id in FRIENDLY_NAMES.items()}

_ALL_BEHAVIOURS = {
    **BEHAVIOURS,
    "createRerank": rerank,
    "create_response_v1_responses_post": create_response,
    "get_response_v1_responses__response_id__get": get_response,
    "listResponses": list_responses,
    "delete_response_v1_responses__response_id__delete": delete_response,
    "createFluxImage": flux_text_to_image,
    "createKontextRequest": kontext_submit,
    "getKontextResult": kontext_result,
    "messages_post": create_message,
}


def _by_method(
    handlers: dict[str, _Operation],
) -> Callable[[Request], Awaitable[Response]]:
    if len(handlers) == 1:
        return next(iter(handlers.values())).endpoint

    async def endpoint(request: Request) -> Response:
        return await handlers[request.method].endpoint(request)  # Route checked the method

    return endpoint


def create_app(
    *,
    models: tuple[ModelInfo, ...] = DEFAULT_MODELS,
    api_keys: frozenset[str] | set[str] | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    spec: dict[str, Any] | None = None,
    operations: Mapping[str, Operation] | None = None,
    request_log: RequestLog | None = None,
    upstream: str | None = None,
    record: str | os.PathLike[str] | None = None,
    report: str | os.PathLike[str] | None = None,
    replay: str | os.PathLike[str] | None = None,
    on_miss: OnMiss = "synthesize",
    pace: float = 1.0,
    replay_check: Literal["error", "warn"] = "error",
) -> Starlette:
    """The mock as an ASGI app. ``api_keys``: accept only these (default: any non-empty key).
    ``operations`` (default: ``fireworks_api.operations.OPERATIONS``) and ``spec`` (default: the
    effective spec) are what it serves; a test may pass a description regenerated from a
    changed spec with that spec. ``request_log``: a :class:`RequestLog` with other bounds
    (default: 1,000 entries, 8 MiB, bodies over 64 KiB summarised). The app's ``state.mock``
    is its :class:`MockState` (faults, request log).

    ``upstream``: the service's root URL; every request is forwarded there and its answer
    sent back (``_upstream``), the exchanges written to the cassette ``record`` and the
    differences from the spec to the drift report ``report`` (JSON). ``replay``: a cassette
    answered from (``_cassette``), ``on_miss`` saying what a request it has no answer for
    gets (``synthesize``: the mock's own answer; ``error``: a 404 naming what was not found),
    ``pace`` scaling the recorded pauses (0: none), ``replay_check`` whether an answer that
    no longer fits the spec is an error or a warning."""
    spec = spec if spec is not None else load_spec()
    operations = operations if operations is not None else OPERATIONS
    if max_body_bytes < 1:
        raise ValueError(f"max_body_bytes: must be at least 1, got {max_body_bytes}")
    finder = OperationFinder(operations)
    state = MockState(
        models,
        frozenset(api_keys) if api_keys is not None else None,
        max_body_bytes,
        requests=request_log if request_log is not None else RequestLog(),
        scripts=ScriptBook(spec, operations),
        spec_check=SpecCheck(spec),
        finder=finder,
    )
    _contract(state, operations, upstream, record, report, replay, on_miss, pace, replay_check)
    declared = _declared_operations(spec)
    missing = sorted(set(operations) - set(declared))
    if missing:
        raise ValueError(f"operations not in the spec: {', '.join(missing)}")
    # Each operation at its server's path (/inference/v1/...), as the service serves it; the
    # operations of one path share a route (else the first route's 405 would hide the others).
    platform = platform_behaviours(spec, operations)
    by_path: dict[str, dict[str, _Operation]] = {}
    for op in operations.values():
        handler = _Operation(
            op, declared[op.operation_id], spec, state, platform.get(op.operation_id)
        )
        by_path.setdefault(op.url_path, {})[op.method] = handler
        if handler.bodies.get(_JSON) is not None:
            # What a batch job checks its lines' bodies with, as the operation checks its own.
            state.memory[f"validate:{op.operation_id}"] = functools.partial(
                handler.validate_json, _JSON
            )
    # Custom methods first: {deployment_id} would otherwise take "abc:scale" as an id.
    ordered = sorted(by_path.items(), key=lambda item: ":" not in item[0].rsplit("/", 1)[-1])
    api = [
        Route(
            path,
            _by_method(handlers),
            methods=list(handlers),
            # "METHOD:operationId ..." for each operation it serves
            name=" ".join(f"{m}:{h.operation_id}" for m, h in handlers.items()),
        )
        for path, handlers in ordered
    ]
    routes = _control_routes(spec, state) + platform_routes(state.platform, max_body_bytes) + api
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error},
        middleware=[Middleware(Intercept, state=state, finder=finder)],
    )
    # A path the spec does not have is a 404, a trailing slash included: no redirect to the
    # path without it (``datasets/``, an empty id, is no dataset; redirected, a PATCH would
    # reach the collection and be a 405 no operation declares).
    app.router.redirect_slashes = False
    app.state.mock = state
    return app


def _contract(
    state: MockState,
    operations: Mapping[str, Operation],
    upstream: str | None,
    record: str | os.PathLike[str] | None,
    report: str | os.PathLike[str] | None,
    replay: str | os.PathLike[str] | None,
    on_miss: OnMiss,
    pace: float,
    replay_check: Literal["error", "warn"],
) -> None:
    """The proxy, the cassette and the drift report of ``create_app``'s options, checked."""
    if upstream is None and (record is not None or report is not None):
        raise ValueError("record, report: only with an upstream to forward to")
    if upstream is not None and replay is not None:
        raise ValueError("upstream, replay: a mock forwards to an upstream or replays, not both")
    if upstream is not None:
        assert state.spec_check is not None  # made with the state
        assert state.finder is not None
        root = upstream_root(upstream, api_prefix(operations))
        state.drift = DriftReport(report, upstream=root)
        state.proxy = Proxy(
            root,
            state.spec_check,
            state.finder,
            recorder=Recorder(record) if record is not None else None,
            report=state.drift,
        )
    if replay is not None:
        state.load_cassette(replay, on_miss=on_miss, pace=pace, check=replay_check)


def api_prefix(operations: Mapping[str, Operation] | None = None) -> str:
    """The path of the API root under which the operations are served (``/inference/v1``):
    what each operation's ``url_path`` adds before its ``path``."""
    operations = operations if operations is not None else OPERATIONS
    # The platform's operations sit on the service's root, outside the API root.
    prefixes = {
        op.url_path.removesuffix(op.path) for op in operations.values() if not op.service_root
    }
    if len(prefixes) != 1:
        raise ValueError(f"the operations have no one API root: {sorted(prefixes)}")
    return prefixes.pop()


def _declared_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The spec's operations by operationId, for their schemas."""
    return {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    messages = {404: f"No such path: {request.url.path}", 405: "Method not allowed"}
    message = messages.get(exc.status_code, exc.detail)
    return _json(error_body(exc.status_code, message), exc.status_code, headers)


def _query_int(request: Request, name: str, default: int, low: int, high: int | None) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    rule = f"must be an integer from {low}" + (f" to {high}" if high is not None else " up")
    value = int(text) if text.isdigit() and len(text) < 10 else None
    if value is None or value < low or (high is not None and value > high):
        raise MockError(400, f"{name}: {rule}, got {text[:20]!r} (rule: range)", param=name)
    return value


def _control_fault(data: dict[str, Any]) -> tuple[Fault, int]:
    """The fault a POST /_mock/faults body asks for: {"fault": kind, "times": N, params...}."""
    kind = data.get("fault")
    if not isinstance(kind, str):
        known = ", ".join(k.value for k in FaultKind)
        rule = "required" if kind is None else "type"
        raise MockError(
            400,
            f'fault: is required, a string, one of {known}; the body is {{"fault": kind, '
            f'"times": N, parameters...}} (rule: {rule})',
            param="fault",
        )
    params = {k: v for k, v in data.items() if k not in ("fault", "times")}
    try:
        return check_fault(kind, params), check_times(data.get("times", 1))
    except ValueError as exc:
        raise MockError(400, str(exc)) from None


def _control_routes(spec: dict[str, Any], state: MockState) -> list[Route]:
    """Not part of the API: the spec itself, fault injection and the request log."""

    async def openapi(_: Request) -> Response:
        return JSONResponse(spec)

    async def faults(request: Request) -> Response:
        try:
            if request.method == "DELETE":
                state.faults.clear()
            elif request.method == "POST":
                raw = await _read_body(request, min(CONTROL_BODY_BYTES, state.max_body_bytes))
                fault, times = _control_fault(_parse_json(raw))
                state.faults.add(fault, times)
        except MockError as exc:
            return _json(exc.body(), exc.status, exc.headers)
        pending = [
            {"fault": f.kind.value, "times": left, **f.params} for f, left in state.faults.pending()
        ]
        return _json({"pending": pending})

    async def requests(request: Request) -> Response:
        try:
            offset = _query_int(request, "offset", 0, 0, None)
            limit = _query_int(request, "limit", REQUESTS_PAGE, 1, MAX_REQUESTS_PAGE)
        except MockError as exc:
            return _json(exc.body(), exc.status, exc.headers)
        operation = request.query_params.get("operation")
        page, total = state.requests.page(offset, limit, operation)
        following = offset + len(page)
        answer = {
            "requests": page,
            "total": total,
            "offset": offset,
            "next_offset": following if following < total else None,
        }
        # Up to the log's byte bound of JSON: encoded off the event loop.
        return await run_in_threadpool(_json, answer)

    async def scripts(request: Request) -> Response:
        try:
            if request.method == "DELETE":
                state.scripts.clear()
            elif request.method == "POST":
                raw = await _read_body(request, min(MAX_SCRIPT_BYTES, state.max_body_bytes))
                data = await run_in_threadpool(_parse_json, raw)
                # {"scripts": [...]}, all or none, or one script.
                many = set(data) == {"scripts"}
                entries = data["scripts"] if many else [data]
                if not isinstance(entries, list):
                    raise MockError(400, "scripts: a list of scripts (rule: type)", param="scripts")
                try:
                    if many:
                        await run_in_threadpool(state.scripts.add_entries, entries)
                    else:
                        await run_in_threadpool(state.scripts.add_entry, data)
                except ScriptError as exc:
                    where = f"scripts[{exc.entry}]" if exc.entry is not None else None
                    message = str(exc) if many else f"script: {exc}"
                    raise MockError(400, message, param=where, code="invalid_script") from None
        except MockError as exc:
            return _json(exc.body(), exc.status, exc.headers)
        return _json({"scripts": state.scripts.describe()})

    async def cassette(request: Request) -> Response:
        replay = state.replay
        if replay is not None and request.method == "POST":
            replay.rewind()
        return _json({"replay": replay.describe() if replay is not None else None})

    async def drift(_: Request) -> Response:
        report = state.drift
        return _json({"drift": report.report() if report is not None else None})

    return [
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/_mock/cassette", cassette, methods=["GET"]),
        Route("/_mock/cassette/rewind", cassette, methods=["POST"]),
        Route("/_mock/drift", drift, methods=["GET"]),
        Route("/_mock/scripts", scripts, methods=["GET", "POST", "DELETE"]),
        Route("/_mock/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_mock/requests", requests, methods=["GET"]),
    ]
