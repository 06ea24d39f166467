"""The mock server as an ASGI app, derived from the effective spec at start-up: each operation
of ``fireworks_api.operations`` at its path, its requests checked as the spec declares them
(``_spec``), then its fault (``_faults``), a script that matches (``_scripts``) or its own
answer (``_answers``, by friendly name). Order of checks for a request: auth (401), the fault
header, body size (413), content type, parse, schema validation (400), queued faults, then the
answer. With an upstream or a cassette, ``_record.intercept`` sees each request first."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Literal

from fireworks_api.operations import OPERATIONS, Operation
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from fireworks_client._openapi import load_spec
from fireworks_client.mock import _faults
from fireworks_client.mock._answers import (
    ANSWERS,
    BinaryResult,
    JsonResult,
    MockRequest,
    PlatformAnswer,
    Result,
    StreamResult,
    platform_answers,
)
from fireworks_client.mock._answers.platform import platform_routes
from fireworks_client.mock._answers.stream_options import usage_chunk_last
from fireworks_client.mock._answers.synth import synthesize
from fireworks_client.mock._answers.text import rng_for
from fireworks_client.mock._control import control_routes
from fireworks_client.mock._faults import StreamBreak
from fireworks_client.mock._models import DEFAULT_MODELS, ModelInfo
from fireworks_client.mock._protocol import BODY_DEADLINE, BodyDeadline
from fireworks_client.mock._record.cassette import OnMiss, Recorder
from fireworks_client.mock._record.drift import DriftReport, SpecCheck
from fireworks_client.mock._record.intercept import Intercept
from fireworks_client.mock._record.upstream import Proxy, upstream_root
from fireworks_client.mock._requestlog import RequestLog
from fireworks_client.mock._scripts import ScriptBook
from fireworks_client.mock._scripts import answer as scripted_answer
from fireworks_client.mock._spec.errors import ErrorShape, MockError, error_body
from fireworks_client.mock._spec.framing import Framing, framing_of
from fireworks_client.mock._spec.requests import RequestSpec, check_auth, is_large
from fireworks_client.mock._spec.routes import OperationFinder, friendly_name
from fireworks_client.mock._spec.schemas import declared_operations, success_schema
from fireworks_client.mock._state import MockState

__all__ = ["MockState", "api_prefix", "create_app"]

# A 10 MB body is refused at once; one of 8 MB is answered in well under a second.
MAX_BODY_BYTES = 8 * 1024 * 1024
_JSON = "application/json"


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status, headers, media_type="application/json")


class _Operation:
    """One operation: its requests read and checked (``_spec``), then its fault, a script or
    its answer."""

    def __init__(
        self,
        operation: Operation,
        declared: dict[str, Any],
        spec: dict[str, Any],
        state: MockState,
        platform: PlatformAnswer | None = None,
    ) -> None:
        self.state = state
        self.operation = operation
        self.operation_id = operation.operation_id
        # The clients' name of the operation (chat.completions.create): its answer's, its
        # scripts', its log entries'.
        self.name = friendly_name(self.operation_id)
        self.requests = RequestSpec(operation, declared, spec)
        self.errors = ErrorShape(operation, declared, spec)
        self.framing = framing_of(operation)
        self.answer = ANSWERS.get(self.name)
        # The platform's stateful answer, answering None to leave it to the spec.
        self.platform = platform
        # An operation added to the spec with no answer yet answers a value of the schema of
        # its first JSON success.
        self.fallback_schema = success_schema(operation, declared, spec)

    async def endpoint(self, request: Request) -> Response:
        request_id = self.state.next_request_id()
        try:
            response = await self._handle(request)
        except MockError as exc:
            response = _json(self.errors.body(exc, request_id), exc.status, exc.headers)
        response.headers["x-request-id"] = request_id
        return response

    async def _handle(self, request: Request) -> Response:
        check_auth(request, self.state.api_keys, self.requests.key_headers)
        header_fault = _faults.header_fault(request.headers)
        if self.requests.query:
            self.requests.check_query(request.query_params.multi_items())
        accept = request.headers.get("accept", "")
        params = {**request.query_params, **request.path_params}
        large = self.requests.bodies != {} and is_large(request)
        # Waiting for a turn to work on a large body is the mock's doing, not the client's:
        # the body deadline stops meanwhile (on a socket; in process there is none).
        deadline: BodyDeadline | None = request.scope.get("extensions", {}).get(BODY_DEADLINE)
        if large and deadline is not None:
            deadline.hold()
        async with self.state.large_bodies.slot(large):
            if large and deadline is not None:
                deadline.restart()
            body, files, size = await self.requests.parse(
                request, self.state.max_body_bytes, self.state.workers
            )
            self.state.requests.append(
                request.method,
                request.url.path,
                {k: v for k, v in request.headers.items() if k != "authorization"},
                body,
                size,
                operation=_log_name(self.name, self.operation_id),
            )
            taken = _faults.take(
                header_fault,
                self.state.faults,
                streaming=body.get("stream") is True,
                error_model=self.errors.model,
            )
            if taken.response is not None:
                return taken.response
            origin = f"{request.url.scheme}://{request.url.netloc}"
            if not taken.delay:
                return await self._respond(body, files, accept, taken.stream, params, origin)
        # A delay waits outside the gate: it holds no work, only the parsed body.
        await asyncio.sleep(taken.delay)
        return await self._respond(body, files, accept, taken.stream, params, origin)

    async def _respond(
        self,
        body: dict[str, Any],
        files: dict[str, bytes],
        accept: str,
        broken: StreamBreak | None,
        params: dict[str, str],
        origin: str = "",
    ) -> Response:
        """The answer (or the scripted one), rendered; in a worker thread when the request has
        a body, so that a large one (a long prompt, many images) does not stall other
        clients."""
        request = MockRequest(
            self.operation, body, files, accept, params, self.state.memory, origin
        )

        def work() -> Response:
            # A scripted answer, when a script matches (its text searched off the event loop).
            script = self.state.scripts.take(self.name, body)
            if script is None:
                return _render(self._answer(request), broken, self.framing)
            made, breaks = scripted_answer(script, request, self._answer, broken is not None)
            return _render(made, broken or breaks, self.framing)

        if not self.requests.bodies and self.platform is None:
            return work()
        async with self.state.workers.slot():
            return await run_in_threadpool(work)

    def _answer(self, request: MockRequest) -> Result:
        if self.platform is not None:
            answer = self.platform(self.state.models, request)
            if answer is not None:
                return answer
        if self.answer is not None:
            result = self.answer(self.state.models, request)
            options = request.body.get("stream_options") or {}
            if isinstance(result, StreamResult) and options.get("include_usage"):
                return StreamResult(usage_chunk_last(result.chunks))
            return result
        value = synthesize(self.fallback_schema, rng_for(self.operation_id, request.body), ["mock"])
        return JsonResult(value)


def _log_name(name: str, operation_id: str) -> str | None:
    """The operation's name in the request log: its friendly name (none for an operation of
    a changed spec that has none yet)."""
    return None if name == operation_id else name


def _render(result: Result, broken: StreamBreak | None, framing: Framing | None) -> Response:
    if isinstance(result, JsonResult):
        return _json(result.body, result.status, result.headers)
    if isinstance(result, BinaryResult):
        return Response(result.content, media_type=result.media_type, headers=result.headers)
    if framing is None:
        raise TypeError("an answer streamed for an operation that declares no stream")
    return StreamingResponse(
        _faults.stream_events(result.chunks, framing, broken),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache"},
    )


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
    sent back (``_record.upstream``), the exchanges written to the cassette ``record`` and the
    differences from the spec to the drift report ``report`` (JSON). ``replay``: a cassette
    answered from (``_record.cassette``), ``on_miss`` saying what a request it has no answer for
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
    declared = declared_operations(spec)
    missing = sorted(set(operations) - set(declared))
    if missing:
        raise ValueError(f"operations not in the spec: {', '.join(missing)}")
    # Each operation at its server's path (/inference/v1/...), as the service serves it; the
    # operations of one path share a route (else the first route's 405 would hide the others).
    platform = platform_answers(spec, operations)
    by_path: dict[str, dict[str, _Operation]] = {}
    for op in operations.values():
        handler = _Operation(
            op, declared[op.operation_id], spec, state, platform.get(friendly_name(op.operation_id))
        )
        by_path.setdefault(op.url_path, {})[op.method] = handler
        if handler.requests.bodies.get(_JSON) is not None:
            # What a batch job checks its lines' bodies with, as the operation checks its own.
            state.memory[f"validate:{handler.name}"] = functools.partial(
                handler.requests.validate_json, _JSON
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
    routes = control_routes(spec, state) + platform_routes(state.platform, max_body_bytes) + api
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error},
        middleware=[Middleware(Intercept, state=state, finder=finder)],
        lifespan=functools.partial(_lifespan, state),
    )
    # A path the spec does not have is a 404, a trailing slash included: no redirect to the
    # path without it (``datasets/``, an empty id, is no dataset; redirected, a PATCH would
    # reach the collection and be a 405 no operation declares).
    app.router.redirect_slashes = False
    app.state.mock = state
    return app


@contextlib.asynccontextmanager
async def _lifespan(state: MockState, _: Starlette) -> AsyncIterator[None]:
    """At the server's stop, in its loop: the proxy's connections to the service closed."""
    yield
    if state.proxy is not None:
        await state.proxy.aclose()


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


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    messages = {404: f"No such path: {request.url.path}", 405: "Method not allowed"}
    message = messages.get(exc.status_code, exc.detail)
    return _json(error_body(exc.status_code, message), exc.status_code, headers)
