"""The mock as a proxy to the real service (``--upstream URL``): each request forwarded as it
came (the client's key with it), each answer sent back as it comes (a stream event by event),
and each exchange, once over, checked against the effective spec for the drift report
(``drift``) and written to the cassette (``cassette``) when recording.

The upstream URL is the service's root (``https://api.fireworks.ai``), as the effective spec's
server is: the mock's paths (``/inference/v1/...``, ``/v1/accounts/...``) are appended to it.
A URL given with the API root's path (``.../inference/v1``) has it taken off.
"""

from __future__ import annotations

import asyncio
import base64
import email.parser
import email.policy
import hashlib
import json
import time
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from starlette.concurrency import run_in_threadpool

from fireworks_client._sse import ServerSentEvent, SSEDecoder
from fireworks_client.mock._quietlog import QuietDisconnect
from fireworks_client.mock._record.cassette import (
    MAX_ENTRY_BYTES,
    MAX_EVENTS,
    Recorder,
    kept_headers,
)
from fireworks_client.mock._record.drift import DriftReport, Found, SpecCheck
from fireworks_client.mock._requestlog import RequestLog
from fireworks_client.mock._spec.errors import error_body
from fireworks_client.mock._spec.routes import OperationFinder, Routed

__all__ = [
    "MAX_ANSWER_BYTES",
    "Proxy",
    "form_fields",
    "json_request",
    "read_body",
    "upstream_root",
]

MAX_ANSWER_BYTES = 64 * 1024 * 1024  # a whole (not streamed) answer read from the service
MAX_FORWARDS = 128  # connections to the service at once; more requests wait their turn
_CHECK_BATCH = 256  # a stream's events checked together, off the event loop
# No pool timeout: a request waits for a connection as long as the mock keeps it open (its
# own connection cap bounds how many wait).
_TIMEOUT = httpx.Timeout(connect=10.0, read=300.0, write=60.0, pool=None)
# Request headers not forwarded: the connection's own, or set again by httpx.
_HOP = frozenset(
    {
        "host",
        "connection",
        "keep-alive",
        "content-length",
        "transfer-encoding",
        "upgrade",
        "te",
        "trailer",
        "proxy-authorization",
        "accept-encoding",
    }
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyTooLarge(Exception):
    """A request body over the mock's limit (answered 413)."""


def upstream_root(url: str, api_root: str) -> str:
    """The service's root from ``url``: checked, without a trailing slash or ``api_root``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"upstream: {url[:200]!r} is not an http(s) URL like https://api.fireworks.ai"
        )
    if parts.query or parts.fragment:
        raise ValueError("upstream: the service's root URL, without a query or a fragment")
    root = url.rstrip("/")
    return root.removesuffix(api_root.rstrip("/")) if api_root else root


async def read_body(receive: Receive, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def json_request(headers: dict[str, str], raw: bytes) -> tuple[Any, bool]:
    """A request's body as matched and checked: its JSON (None without one, or for another
    content type), a multipart form as its fields (:func:`form_fields`), and whether it was
    meant as JSON but is not."""
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        return form_fields(headers["content-type"], raw), False
    if not raw.strip() or not (kind in ("", "application/json") or kind.endswith("+json")):
        return None, False
    try:
        return json.loads(raw), False
    except (ValueError, RecursionError):
        return None, True


def form_fields(content_type: str, raw: bytes) -> dict[str, Any] | None:
    """A multipart form as a cassette keeps and matches it: each text field's value, each file
    as its name, size and SHA-256 (not its bytes: an image or a dataset would swell the
    cassette); a field sent more than once, its values in a list. None when it does not parse
    (matched by operation, path and query alone, as a form used to be)."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        return None
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        content = part.get_payload(decode=True)
        data = content if isinstance(content, bytes) else b""
        filename = part.get_filename()
        value: Any = (
            {"file": filename, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            if filename is not None
            else data.decode("utf-8", "replace")
        )
        if name in fields:
            earlier = fields[name]
            fields[name] = [*earlier, value] if isinstance(earlier, list) else [earlier, value]
        else:
            fields[name] = value
    return fields


def _secrets(headers: dict[str, str]) -> list[str]:
    """What must not be written: the key, and the whole Authorization header."""
    found = []
    for name in ("authorization", "x-api-key", "api-key"):
        value = headers.get(name)
        if value:
            found.append(value)
            _, _, token = value.partition(" ")
            if token.strip():
                found.append(token.strip())
    return sorted(set(found), key=len, reverse=True)


def _respond_json(status: int, body: Any) -> Message:
    return {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json")],
    }


@dataclass(slots=True)
class _Stream:
    """A stream passing through: its events to check, those kept for the cassette."""

    exchange: _Exchange
    head: list[Found]  # the status's or content type's difference, if any
    pending: list[tuple[str, str]] = field(default_factory=list)  # (name, data)
    kept: list[dict[str, Any]] = field(default_factory=list)
    kept_bytes: int = 0
    overflow: bool = False  # over the cassette's bounds: not recorded
    differences: dict[tuple[str, str], Found] = field(default_factory=dict)
    ended: str = "closed"

    def take(self, events: list[ServerSentEvent], since_head: float) -> None:
        moment = round(since_head, 4)
        for event in events:
            self.pending.append((event.event, event.data))
            if self.overflow:
                continue
            self.kept_bytes += len(event.data) + 64
            if len(self.kept) >= MAX_EVENTS or self.kept_bytes > MAX_ENTRY_BYTES:
                self.overflow, self.kept = True, []
                continue
            item: dict[str, Any] = {"data": event.data}
            if event.event != "message":
                item["event"] = event.event
            if event.id is not None:
                item["id"] = event.id
            item["at"] = moment
            self.kept.append(item)


@dataclass(slots=True)
class _Exchange:
    routed: Routed | None
    method: str
    path: str
    query: list[tuple[str, str]]
    request: Any
    request_malformed: bool
    secrets: list[str]
    status: int = 0
    headers: dict[str, str] | None = None
    latency: float = 0.0


class Proxy:
    """Forwards requests to ``root`` (see the module's description); ``recorder`` and
    ``report``: where exchanges are written and differences counted (either may be None)."""

    def __init__(
        self,
        root: str,
        check: SpecCheck,
        finder: OperationFinder,
        *,
        recorder: Recorder | None = None,
        report: DriftReport | None = None,
        timeout: httpx.Timeout | float = _TIMEOUT,
    ) -> None:
        self.root = root
        self.check = check
        self.finder = finder
        self.recorder = recorder
        self.report = report
        self.timeout = timeout
        # One client (its pool of connections to the service) per event loop serving the
        # mock: a forwarded request reuses a connection, so a recording's latencies are the
        # service's, not a TLS handshake's. Closed by aclose() (the app's shutdown).
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient]
        self._clients = weakref.WeakKeyDictionary()

    def _client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client = httpx.AsyncClient(
                timeout=self.timeout,
                limits=httpx.Limits(max_connections=MAX_FORWARDS),
                # Forwarded as they came: no cookie of an earlier answer added to a request.
                cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),
            )
            self._clients[loop] = client
        return client

    async def aclose(self) -> None:
        """Closes the connections of the running loop's client (the app's shutdown)."""
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()

    async def __call__(
        self, scope: Scope, receive: Receive, send: Send, limit: int, log: RequestLog
    ) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            raw = await read_body(receive, limit)
        except BodyTooLarge:
            await _send_error(send, 413, f"The request body is over the limit of {limit} bytes")
            return
        method, path = scope["method"], scope["path"]
        query_string = scope.get("query_string", b"").decode("latin-1")
        request, malformed = json_request(headers, raw)
        exchange = _Exchange(
            self.finder.find(method, path),
            method,
            path,
            parse_qsl(query_string, keep_blank_values=True),
            request,
            malformed,
            _secrets(headers),
        )
        log.append(
            method,
            path,
            {k: v for k, v in headers.items() if k != "authorization"},
            request if isinstance(request, dict) else {},
            len(raw),
            operation=exchange.routed.name if exchange.routed else None,
        )
        url = self.root + path + (f"?{query_string}" if query_string else "")
        forwarded = [(k, v) for k, v in headers.items() if k not in _HOP]
        started = time.monotonic()
        client = self._client()
        try:
            answer = await client.send(
                client.build_request(method, url, headers=forwarded, content=raw), stream=True
            )
        except httpx.HTTPError as exc:
            await _send_error(
                send, 502, f"The upstream {self.root} did not answer: {type(exc).__name__}"
            )
            return
        try:
            exchange.latency = time.monotonic() - started
            exchange.status = answer.status_code
            exchange.headers = kept_headers(answer.headers.multi_items())
            out_headers = [
                (k.encode("latin-1"), v.encode("latin-1"))
                for k, v in answer.headers.multi_items()
                if k.lower()
                not in ("content-length", "content-encoding", "transfer-encoding", "connection")
            ]
            kind = answer.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "text/event-stream":
                await self._stream(answer, exchange, out_headers, send)
            else:
                await self._whole(answer, exchange, out_headers, send)
        finally:
            await answer.aclose()

    async def _whole(
        self,
        answer: httpx.Response,
        exchange: _Exchange,
        out_headers: list[tuple[bytes, bytes]],
        send: Send,
    ) -> None:
        chunks, size = [], 0
        try:
            async for chunk in answer.aiter_bytes():
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    await _send_error(
                        send, 502, f"The upstream's answer is over {MAX_ANSWER_BYTES} bytes"
                    )
                    return
                chunks.append(chunk)
        except httpx.HTTPError as exc:
            await _send_error(send, 502, f"The upstream's answer broke off: {type(exc).__name__}")
            return
        content = b"".join(chunks)
        # Checked and recorded before it is sent: once a client has its answer, the report
        # and the cassette have the exchange.
        await run_in_threadpool(self._done_whole, exchange, content)
        await send(
            {"type": "http.response.start", "status": answer.status_code, "headers": out_headers}
        )
        await send({"type": "http.response.body", "body": content, "more_body": False})

    async def _stream(
        self,
        answer: httpx.Response,
        exchange: _Exchange,
        out_headers: list[tuple[bytes, bytes]],
        send: Send,
    ) -> None:
        """Passed on chunk by chunk; the events checked in batches as they come (memory stays
        bounded however long the stream), and kept for the cassette within its bounds."""
        await send(
            {"type": "http.response.start", "status": answer.status_code, "headers": out_headers}
        )
        head = time.monotonic()
        decoder = SSEDecoder()
        stream = _Stream(
            exchange,
            self.check.answer(
                exchange.routed.operation,
                exchange.status,
                (exchange.headers or {}).get("content-type", ""),
                None,
                True,
            )
            if exchange.routed is not None
            else [],
        )
        broken = False
        try:
            async for chunk in answer.aiter_bytes():
                stream.take(decoder.feed(chunk), time.monotonic() - head)
                if len(stream.pending) >= _CHECK_BATCH:
                    await run_in_threadpool(self._check_events, stream)
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except httpx.HTTPError:
            broken = True
        last, unfinished = decoder.close()
        stream.take(last, time.monotonic() - head)
        # An event left unfinished reads as a stream that broke off, and replays as one.
        stream.ended = "broken" if broken or unfinished else "closed"
        # Before the stream's end is sent, as for a whole answer.
        await run_in_threadpool(self._done_stream, stream)
        if broken:
            raise QuietDisconnect(
                f"the upstream {self.root} broke off the stream; connection dropped"
            )
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    # -- once an exchange is over: checks and the cassette (in a worker thread) --

    def _request_differences(self, exchange: _Exchange) -> list[Found]:
        routed = exchange.routed
        if routed is None:
            return []
        if exchange.request_malformed:
            return [Found("malformed", "body", "json", "body: declared JSON but is no JSON")]
        return self.check.request(
            routed.operation, exchange.request, (k for k, _ in exchange.query)
        )

    def _report_head(self, exchange: _Exchange) -> str:
        name = exchange.routed.name if exchange.routed else f"{exchange.method} {exchange.path}"
        if self.report is not None:
            self.report.exchange()
            if exchange.routed is None:
                self.report.add(
                    name,
                    "request",
                    [
                        Found(
                            "operation",
                            f"{exchange.method} {exchange.path[:200]}",
                            "paths",
                            f"{exchange.method} {exchange.path[:200]}: no operation of the spec",
                        )
                    ],
                )
            else:
                found = self._request_differences(exchange)
                self.report.add(name, "request", found, secrets=exchange.secrets)
        return name

    def _done_whole(self, exchange: _Exchange, content: bytes) -> None:
        name = self._report_head(exchange)
        if exchange.routed is None:
            return
        kind = (exchange.headers or {}).get("content-type", "")
        answer, body, parsed = _stored(kind, content)
        found = self.check.answer(exchange.routed.operation, exchange.status, kind, body, parsed)
        if self.report is not None:
            self.report.add(name, "answer", found, secrets=exchange.secrets)
        self._record(exchange, answer, found)

    def _check_events(self, stream: _Stream) -> None:
        """The events not checked yet, checked (when the head was as declared)."""
        pending, stream.pending = stream.pending, []
        routed = stream.exchange.routed
        if routed is None:
            return
        found: list[Found] = []
        for name, data in pending if not stream.head else ():
            for item in self.check.event(routed.operation, stream.exchange.status, data, name):
                found.append(item)
                stream.differences.setdefault(item.key, item)
        if self.report is not None:
            self.report.add(
                routed.name, "event", found, events=len(pending), secrets=stream.exchange.secrets
            )

    def _done_stream(self, stream: _Stream) -> None:
        self._check_events(stream)
        exchange = stream.exchange
        name = self._report_head(exchange)
        if exchange.routed is None:
            return
        if self.report is not None:
            self.report.add(name, "answer", stream.head, secrets=exchange.secrets)
        if stream.overflow:
            if self.recorder is not None:
                self.recorder.skip()
            return
        answer: dict[str, Any] = {"events": stream.kept, "end": stream.ended}
        self._record(exchange, answer, [*stream.head, *stream.differences.values()])

    def _record(self, exchange: _Exchange, answer: dict[str, Any], found: list[Found]) -> None:
        if self.recorder is None or exchange.routed is None:
            return
        entry: dict[str, Any] = {
            "operation": exchange.routed.name,
            "method": exchange.method,
            "path": exchange.path,
            "query": [list(pair) for pair in exchange.query],
            "request": exchange.request,
            "status": exchange.status,
            "headers": exchange.headers or {},
            "latency": round(exchange.latency, 4),
            **answer,
        }
        kinds = sorted({f.key for f in found})
        if kinds:
            entry["drift"] = [{"kind": k, "field": f} for k, f in kinds]
        self.recorder.write(entry, exchange.secrets)


def _stored(content_type: str, content: bytes) -> tuple[dict[str, Any], Any, bool]:
    """An answer's body as a cassette keeps it (JSON, text, or base64 for bytes), the value
    checked against the spec, and whether a JSON body parsed."""
    kind = content_type.split(";", maxsplit=1)[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        try:
            value = json.loads(content) if content.strip() else None
            return {"body": value}, value, True
        except (ValueError, RecursionError):
            pass
        parsed = False
    else:
        parsed = True
    if not (kind.startswith("image/") or kind == "application/octet-stream"):
        try:
            text = content.decode()
            return {"text": text}, text, parsed
        except UnicodeDecodeError:
            pass
    return {"body_base64": base64.b64encode(content).decode()}, None, parsed


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message, code="upstream")).encode()
    await send(_respond_json(status, None))
    await send({"type": "http.response.body", "body": body, "more_body": False})
