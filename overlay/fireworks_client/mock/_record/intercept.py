"""What sees a request before the mock's own routes: the proxy to the service (``upstream``,
every request but the mock's own ``/_mock/...`` and ``/openapi.json``) or a cassette's replay
(``cassette``: a request of an operation, answered from the cassette when an entry matches;
on a miss the mock's own answer or a 404, as configured). Neither set: the mock answers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol
from urllib.parse import parse_qsl

from fireworks_client.mock._record.cassette import Entry, Replay
from fireworks_client.mock._record.upstream import (
    BodyTooLarge,
    Message,
    Proxy,
    Receive,
    Scope,
    Send,
    json_request,
    read_body,
)
from fireworks_client.mock._requestlog import RequestLog
from fireworks_client.mock._spec.routes import OperationFinder

__all__ = ["Intercept", "Intercepted"]


class Intercepted(Protocol):
    """What the middleware reads of the mock's state (``_app.MockState``)."""

    @property
    def proxy(self) -> Proxy | None: ...
    @property
    def replay(self) -> Replay | None: ...
    @property
    def api_keys(self) -> frozenset[str] | None: ...
    @property
    def max_body_bytes(self) -> int: ...
    @property
    def requests(self) -> RequestLog: ...


_OWN = ("/_mock/", "/openapi.json")


class Intercept:
    """An ASGI middleware over the mock's app (see the module's description)."""

    def __init__(
        self,
        app: Callable[[Scope, Receive, Send], Awaitable[None]],
        state: Intercepted,
        finder: OperationFinder,
    ) -> None:
        self.app = app
        self.state = state
        self.finder = finder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state
        if (
            scope["type"] != "http"
            or (state.proxy is None and state.replay is None)
            or str(scope["path"]).startswith(_OWN)
        ):
            await self.app(scope, receive, send)
            return
        if state.proxy is not None:
            await state.proxy(scope, receive, send, state.max_body_bytes, state.requests)
            return
        await self._replay(scope, receive, send)

    async def _replay(self, scope: Scope, receive: Receive, send: Send) -> None:
        replay = self.state.replay
        routed = self.finder.find(scope["method"], scope["path"])
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length", "")
        # What the mock refuses anyway (no key, a body over its limit) it answers itself.
        if (
            replay is None
            or routed is None
            or not _authorised(headers.get("authorization", ""), self.state.api_keys)
            or (declared.isdigit() and int(declared) > self.state.max_body_bytes)
        ):
            await self.app(scope, receive, send)
            return
        try:
            raw = await read_body(receive, self.state.max_body_bytes)
        except BodyTooLarge:
            await self.app(scope, _replayed(b"", receive), send)  # its 413, read no further
            return
        request, malformed = json_request(headers, raw)
        if malformed:  # the mock's 400 names what is wrong
            await self.app(scope, _replayed(raw, receive), send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        found = replay.take(routed.name, scope["method"], scope["path"], query, request)
        if not isinstance(found, Entry) and replay.on_miss == "synthesize":
            await self.app(scope, _replayed(raw, receive), send)
            return
        self.state.requests.append(
            scope["method"],
            scope["path"],
            {k: v for k, v in headers.items() if k != "authorization"},
            request if isinstance(request, dict) else {},
            len(raw),
            operation=routed.name,
        )
        if isinstance(found, Entry):
            response = await replay.respond(found)
        else:
            response = replay.miss_response(found)
        await response(scope, receive, send)


def _authorised(header: str, keys: frozenset[str] | None) -> bool:
    """Whether the mock would take this Authorization header (else it answers the 401)."""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return False
    return keys is None or token.strip() in keys


def _replayed(raw: bytes, receive: Receive) -> Receive:
    """A receive that gives the body already read, then whatever comes next (a disconnect)."""
    given = False

    async def again() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return again
