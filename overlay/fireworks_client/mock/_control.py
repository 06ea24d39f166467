"""The mock's own routes, beside the API: the spec it serves (``/openapi.json``), faults
(``/_mock/faults``), the request log (``/_mock/requests``), scripts (``/_mock/scripts``), the
cassette (``/_mock/cassette``) and the drift report (``/_mock/drift``)."""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from fireworks_client.mock._faults import control_fault
from fireworks_client.mock._scripts import MAX_SCRIPT_BYTES, ScriptError
from fireworks_client.mock._spec.errors import MockError
from fireworks_client.mock._spec.requests import parse_json, read_body
from fireworks_client.mock._state import MockState

__all__ = ["control_routes"]

# GET /_mock/requests answers a page of the log: 100 entries unless ?limit= says otherwise.
REQUESTS_PAGE = 100
MAX_REQUESTS_PAGE = 1000
# The control endpoints take a few small fields.
CONTROL_BODY_BYTES = 64 * 1024


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status, headers, media_type="application/json")


def _query_int(request: Request, name: str, default: int, low: int, high: int | None) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    rule = f"must be an integer from {low}" + (f" to {high}" if high is not None else " up")
    value = int(text) if text.isdigit() and len(text) < 10 else None
    if value is None or value < low or (high is not None and value > high):
        raise MockError(400, f"{name}: {rule}, got {text[:20]!r} (rule: range)", param=name)
    return value


def control_routes(spec: dict[str, Any], state: MockState) -> list[Route]:
    """Not part of the API: the spec itself, fault injection and the request log."""

    async def openapi(_: Request) -> Response:
        return JSONResponse(spec)

    async def faults(request: Request) -> Response:
        try:
            if request.method == "DELETE":
                state.faults.clear()
            elif request.method == "POST":
                raw = await read_body(request, min(CONTROL_BODY_BYTES, state.max_body_bytes))
                fault, times = control_fault(parse_json(raw))
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
                raw = await read_body(request, min(MAX_SCRIPT_BYTES, state.max_body_bytes))
                data = await run_in_threadpool(parse_json, raw)
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
