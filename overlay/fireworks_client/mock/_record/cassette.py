"""Cassettes: exchanges with the service recorded one JSON line each, then answered from.

A line (an *entry*)::

    {"operation": "chat.completions.create", "method": "POST",
     "path": "/inference/v1/chat/completions", "query": [["name", "value"]],
     "request": {...} (the JSON body; a multipart form's fields, each file as
                  {"file": name, "size": bytes, "sha256": digest}; null without a body),
     "status": 200, "headers": {"content-type": "text/event-stream", ...}, "latency": 0.21,
     "body": {...}  or "text": "..."  or "body_base64": "..."  or
     "events": [{"data": "...", "event": "...", "id": "...", "at": 0.05}, ...],
     "end": "closed" | "broken",
     "drift": [{"kind": "unknown_field", "field": "choices[].message.x"}, ...]}

``latency``: seconds from the request to the answer's head; ``at``: seconds from the head to
the event (a stream replays with these pauses, scaled by ``pace``); ``end``: whether the
service closed the stream or it broke off (replayed as a dropped connection). No request
header is kept, no key: the answer's headers are kept without cookies, and the key is
replaced by ``<redacted>`` wherever the service echoed it. ``drift``: how the answer differed
from the effective spec when it was recorded (``drift``).

When replayed, an entry answers the request of the same operation, path, query and body;
identical requests take their entries in the order recorded. Each entry is checked when the
cassette is loaded: a line that is not such an object, an operation the mock does not serve,
or an answer that differs from the effective spec other than as recorded in ``drift`` (the
spec changed since, ``make generate``, or the line was edited) is a :class:`CassetteError`
naming the line (with ``check="warn"``, a warning, and the entry replayed).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import threading
import warnings
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from starlette.responses import Response, StreamingResponse

from fireworks_client.mock._quietlog import QuietDisconnect
from fireworks_client.mock._record.drift import Found, SpecCheck
from fireworks_client.mock._spec.errors import error_body
from fireworks_client.mock._spec.routes import OperationFinder

__all__ = [
    "MAX_CASSETTE_BYTES",
    "MAX_ENTRIES",
    "MAX_ENTRY_BYTES",
    "MAX_EVENTS",
    "MAX_PAUSE_SECONDS",
    "Cassette",
    "CassetteError",
    "Entry",
    "Recorder",
    "Replay",
    "canonical",
    "event_bytes",
]

MAX_CASSETTE_BYTES = 64 * 1024 * 1024  # a cassette file; recording stops adding beyond it
MAX_ENTRIES = 10_000  # entries of one cassette
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # one line (an image answer, a long stream)
MAX_EVENTS = 100_000  # events of one recorded stream
MAX_PAUSE_SECONDS = 600.0  # a recorded latency, or an event's time since the head
MAX_QUERY = 64  # query parameters of one entry
_REDACTED = "<redacted>"
# Answer headers not kept: set by whoever sends the answer again, or not for a file.
_DROPPED_HEADERS = frozenset(
    {
        "set-cookie",
        "authorization",
        "proxy-authorization",
        "cookie",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
        "content-encoding",
        "date",
        "server",
        "via",
        "alt-svc",
        "x-mock-replayed",
    }
)
_KEYS = frozenset(
    {
        "operation",
        "method",
        "path",
        "query",
        "request",
        "status",
        "headers",
        "latency",
        "body",
        "text",
        "body_base64",
        "events",
        "end",
        "drift",
    }
)
_NO_BODY = frozenset({204, 205, 304})  # statuses that send no body
_ANSWERS = ("body", "text", "body_base64", "events")
_EVENT_KEYS = frozenset({"data", "event", "id", "at"})

OnMiss = Literal["synthesize", "error"]


class CassetteError(ValueError):
    """A cassette that cannot be replayed: the message names the file, the line and what is
    wrong there (``line``: the line's number, from 1; None for the whole file)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def canonical(request: Any) -> str:
    """A request body as the text it is matched by (members sorted, no spaces)."""
    return json.dumps(request, sort_keys=True, separators=(",", ":"))


def kept_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers if k.lower() not in _DROPPED_HEADERS}


def event_bytes(event: Mapping[str, Any]) -> bytes:
    """One recorded event in the event-stream format: its name and id when it had them, its
    data line by line, then the blank line."""
    lines = []
    if event.get("event") not in (None, "message"):
        lines.append(f"event: {event['event']}")
    if event.get("id") is not None:
        lines.append(f"id: {event['id']}")
    lines += [f"data: {line}" for line in str(event["data"]).split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


@dataclass(slots=True)
class Entry:
    """One recorded exchange, checked (see the module's description)."""

    line: int
    operation: str
    method: str
    path: str
    query: list[tuple[str, str]]
    request: Any
    status: int
    headers: dict[str, str]
    latency: float
    body: Any = None
    text: str | None = None
    binary: bytes | None = None
    events: list[dict[str, Any]] | None = None
    end: str = "closed"
    drift: list[dict[str, str]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, tuple[tuple[str, str], ...], str]:
        return (self.method, self.path, tuple(sorted(self.query)), canonical(self.request))


def _need(condition: bool, line: int, message: str) -> None:
    if not condition:
        raise CassetteError(f"line {line}: {message}", line)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _entry(data: Any, line: int, finder: OperationFinder) -> Entry:
    """A line's object as an Entry; CassetteError naming the line and the field otherwise."""
    _need(isinstance(data, dict), line, f"{type(data).__name__} is not an object (rule: type)")
    unknown = sorted(set(data) - _KEYS)
    _need(
        not unknown,
        line,
        f"{unknown[0] if unknown else ''}: unknown field; an entry has "
        f"{', '.join(sorted(_KEYS))} (rule: additionalProperties)",
    )
    for key in ("operation", "method", "path", "status"):
        _need(key in data, line, f"{key}: is required (rule: required)")
    name = data["operation"]
    known = finder.by_name
    _need(
        isinstance(name, str) and name in known,
        line,
        f"operation: {str(name)[:80]!r} is not an operation the mock serves (rule: enum)",
    )
    method, path = data["method"], data["path"]
    _need(isinstance(method, str) and isinstance(path, str), line, "method, path: strings")
    routed = finder.find(method, path)
    _need(
        routed is not None and routed.name == name,
        line,
        f"path: {method} {path[:200]} is not {name}'s ({known[name].method} "
        f"{known[name].url_path}) (rule: operation)",
    )
    status = data["status"]
    _need(
        isinstance(status, int) and not isinstance(status, bool) and 200 <= status <= 599,
        line,
        f"status: {status!r} must be an integer from 200 to 599 (rule: range)",
    )
    query = data.get("query") or []
    _need(
        isinstance(query, list)
        and len(query) <= MAX_QUERY
        and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p)
            for p in query
        ),
        line,
        f"query: a list of at most {MAX_QUERY} [name, value] pairs of strings (rule: type)",
    )
    headers = data.get("headers") or {}
    _need(
        isinstance(headers, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
        and all(k.isascii() and v.isascii() and "\n" not in k + v for k, v in headers.items()),
        line,
        "headers: an object of ASCII header names and string values (rule: type)",
    )
    latency = data.get("latency", 0)
    _need(
        _number(latency) and 0 <= latency <= MAX_PAUSE_SECONDS,
        line,
        f"latency: seconds from 0 to {MAX_PAUSE_SECONDS} (rule: range)",
    )
    answers = [k for k in _ANSWERS if k in data]
    _need(
        len(answers) <= 1,
        line,
        f"{answers[-1] if answers else ''}: give one of {', '.join(_ANSWERS)} (rule: oneOf)",
    )
    drift = data.get("drift") or []
    _need(
        isinstance(drift, list)
        and all(
            isinstance(d, dict)
            and isinstance(d.get("kind"), str)
            and isinstance(d.get("field"), str)
            for d in drift
        ),
        line,
        'drift: a list of {"kind": ..., "field": ...} (rule: type)',
    )
    entry = Entry(
        line,
        name,
        method,
        path,
        [(str(k), str(v)) for k, v in query],
        data.get("request"),
        status,
        # What the answer's sender sets itself is not taken from the file.
        kept_headers(headers.items()),
        float(latency),
        drift=[{"kind": d["kind"], "field": d["field"]} for d in drift],
    )
    if "body" in data:
        entry.body = data["body"]
    elif "text" in data:
        _need(isinstance(data["text"], str), line, "text: a string (rule: type)")
        entry.text = data["text"]
    elif "body_base64" in data:
        try:
            entry.binary = base64.b64decode(str(data["body_base64"]), validate=True)
        except ValueError:
            raise CassetteError(
                f"line {line}: body_base64: not base64 (rule: format)", line
            ) from None
    elif "events" in data:
        entry.events = _events(data["events"], line)
        end = data.get("end", "closed")
        _need(
            end in ("closed", "broken"), line, f"end: {end!r} is not closed or broken (rule: enum)"
        )
        entry.end = end
    return entry


def _events(given: Any, line: int) -> list[dict[str, Any]]:
    _need(
        isinstance(given, list) and len(given) <= MAX_EVENTS,
        line,
        f"events: a list of at most {MAX_EVENTS} events (rule: type)",
    )
    previous = 0.0
    for number, event in enumerate(given):
        at = f"events[{number}]"
        _need(isinstance(event, dict), line, f"{at}: an object (rule: type)")
        extra = sorted(set(event) - _EVENT_KEYS)
        _need(
            not extra,
            line,
            f"{at}.{extra[0] if extra else ''}: unknown field (rule: additionalProperties)",
        )
        _need(
            isinstance(event.get("data"), str),
            line,
            f"{at}.data: is required, a string (rule: type)",
        )
        for name in ("event", "id"):
            value = event.get(name)
            _need(
                value is None
                or (isinstance(value, str) and "\n" not in value and "\r" not in value),
                line,
                f"{at}.{name}: a string of one line (rule: type)",
            )
        moment = event.get("at", previous)
        _need(
            _number(moment) and previous <= moment <= MAX_PAUSE_SECONDS,
            line,
            f"{at}.at: seconds from the head, not decreasing, at most {MAX_PAUSE_SECONDS} "
            "(rule: range)",
        )
        previous = float(moment)
    return list(given)


def answer_differences(check: SpecCheck, finder: OperationFinder, entry: Entry) -> list[Found]:
    """How an entry's answer differs from the spec: its head, its body or each event."""
    operation = finder.by_name[entry.operation]
    content_type = entry.headers.get("content-type", "")
    if entry.events is not None:
        found = check.answer(
            operation, entry.status, content_type or "text/event-stream", None, True
        )
        if found:
            return found
        seen: dict[tuple[str, str], Found] = {}
        for event in entry.events:
            name = str(event.get("event", "message"))
            for item in check.event(operation, entry.status, str(event["data"]), name):
                seen.setdefault(item.key, item)
        return list(seen.values())
    if entry.binary is not None:
        return check.answer(operation, entry.status, content_type, None, True)
    if entry.text is not None:
        return check.answer(operation, entry.status, content_type, entry.text, False)
    return check.answer(
        operation, entry.status, content_type or "application/json", entry.body, True
    )


class Cassette:
    """A cassette's entries, loaded and checked (see the module's description)."""

    def __init__(self, path: Path, entries: list[Entry], problems: list[str]) -> None:
        self.path = path
        self.entries = entries
        self.problems = problems  # what check="warn" let through, by line

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str],
        check: SpecCheck,
        finder: OperationFinder,
        *,
        on_problem: Literal["error", "warn"] = "error",
    ) -> Cassette:
        """Reads and checks ``path``: CassetteError naming the line for a malformed entry or,
        with ``on_problem="error"``, an answer that no longer fits the spec."""
        where = Path(path)
        try:
            size = where.stat().st_size
        except OSError as exc:
            raise CassetteError(f"{where}: cannot read the cassette: {exc.strerror}") from None
        if size > MAX_CASSETTE_BYTES:
            raise CassetteError(
                f"{where}: {size} bytes; a cassette has at most {MAX_CASSETTE_BYTES} "
                "(rule: mock limit)"
            )
        entries: list[Entry] = []
        problems: list[str] = []
        with where.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                if not raw.strip():
                    continue
                try:
                    entry = cls._parse_line(raw, number, finder)
                    _need(
                        len(entries) < MAX_ENTRIES,
                        number,
                        f"more than {MAX_ENTRIES} entries (rule: mock limit)",
                    )
                except CassetteError as exc:
                    raise CassetteError(f"{where}: {exc}", exc.line) from None
                problem = _new_differences(check, finder, entry)
                if problem is not None:
                    message = f"{where}: line {number} ({entry.operation}): {problem}"
                    if on_problem == "error":
                        raise CassetteError(message, number)
                    problems.append(message)
                    warnings.warn(message, stacklevel=2)
                entries.append(entry)
        return cls(where, entries, problems)

    @staticmethod
    def _parse_line(raw: bytes, number: int, finder: OperationFinder) -> Entry:
        _need(
            len(raw) <= MAX_ENTRY_BYTES,
            number,
            f"{len(raw)} bytes; an entry has at most {MAX_ENTRY_BYTES} (rule: mock limit)",
        )
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise CassetteError(f"line {number}: not JSON: {str(exc)[:200]}", number) from None
        return _entry(data, number, finder)


def _new_differences(check: SpecCheck, finder: OperationFinder, entry: Entry) -> str | None:
    """The first difference from the spec that the entry did not have when recorded, and how
    many there are; None when there is none."""
    recorded = {(d["kind"], d["field"]) for d in entry.drift}
    new = [f for f in answer_differences(check, finder, entry) if f.key not in recorded]
    if not new:
        return None
    more = f" (and {len(new) - 1} more)" if len(new) > 1 else ""
    return (
        f"the answer no longer fits the effective spec: {new[0].message}{more}; it was "
        "recorded without this difference (the spec changed since, or the line was edited)"
    )


# --- recording ------------------------------------------------------------------------------


class Recorder:
    """Writes exchanges to a cassette, one line each, as they end (the file is started anew).
    An exchange over the bounds (MAX_ENTRY_BYTES, MAX_EVENTS, the file's MAX_CASSETTE_BYTES
    and MAX_ENTRIES) is not written, and counted in ``skipped``. Safe from any thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.write_bytes(b"")
        self.written = 0
        self.skipped = 0
        self._bytes = 0
        self._lock = threading.Lock()

    def skip(self) -> None:
        """Counts an exchange not written (over the bounds before it reached :meth:`write`)."""
        with self._lock:
            self.skipped += 1

    def write(self, entry: dict[str, Any], secrets: Iterable[str] = ()) -> bool:
        """Appends one entry; ``secrets`` (the key) replaced wherever they appear in it."""
        text = json.dumps(entry, ensure_ascii=False)
        for secret in secrets:
            if len(secret) >= 4:
                # As sent, and as it reads inside a JSON string.
                text = text.replace(secret, _REDACTED).replace(
                    json.dumps(secret, ensure_ascii=False)[1:-1], _REDACTED
                )
        line = (text + "\n").encode()
        events = entry.get("events")
        with self._lock:
            if (
                len(line) > MAX_ENTRY_BYTES
                or (isinstance(events, list) and len(events) > MAX_EVENTS)
                or self._bytes + len(line) > MAX_CASSETTE_BYTES
                or self.written >= MAX_ENTRIES
            ):
                self.skipped += 1
                return False
            with self.path.open("ab") as out:
                out.write(line)
            self._bytes += len(line)
            self.written += 1
        return True


# --- replaying ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Miss:
    """No entry answers: why, for the 404 of ``on_miss="error"``."""

    message: str


class Replay:
    """Answers from a cassette: the entries of each request in the order recorded, each once
    (:meth:`rewind` starts again). ``on_miss``: what a request no entry answers gets, the
    mock's own answer (``synthesize``) or a 404 naming what was not found (``error``);
    ``pace``: the recorded pauses scaled (1: as recorded, 0: none). Safe from any thread."""

    def __init__(
        self, cassette: Cassette, *, on_miss: OnMiss = "synthesize", pace: float = 1.0
    ) -> None:
        if on_miss not in ("synthesize", "error"):
            raise ValueError(f"on_miss: {on_miss!r} is not synthesize or error")
        if not (_number(pace) and 0 <= pace <= 100):
            raise ValueError(f"pace: {pace!r} must be a number from 0 to 100")
        self.cassette = cassette
        self.on_miss = on_miss
        self.pace = float(pace)
        self._by_key: dict[tuple[str, str, tuple[tuple[str, str], ...], str], list[Entry]] = {}
        for entry in cassette.entries:
            self._by_key.setdefault(entry.key, []).append(entry)
        self._used: dict[tuple[str, str, tuple[tuple[str, str], ...], str], int] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def rewind(self) -> None:
        with self._lock:
            self._used.clear()
            self.hits = self.misses = 0

    def take(
        self, operation: str, method: str, path: str, query: Iterable[tuple[str, str]], request: Any
    ) -> Entry | Miss:
        key = (method, path, tuple(sorted(query)), canonical(request))
        with self._lock:
            entries = self._by_key.get(key, [])
            used = self._used.get(key, 0)
            if used < len(entries):
                self._used[key] = used + 1
                self.hits += 1
                return entries[used]
            self.misses += 1
        name = self.cassette.path.name
        if entries:
            return Miss(
                f"All {len(entries)} answers recorded in {name} for this {operation} request "
                f"(lines {', '.join(str(e.line) for e in entries[:10])}) were replayed; "
                "rewind to replay them again"
            )
        return Miss(
            f"No answer in {name} for this {operation} request: {self._nearest(operation, key)}"
        )

    def _nearest(
        self, operation: str, key: tuple[str, str, tuple[tuple[str, str], ...], str]
    ) -> str:
        same = [e for e in self.cassette.entries if e.operation == operation]
        if not same:
            return f"the cassette has no {operation} entry"
        _, path, query, text = key
        sent = json.loads(text)
        best = min(same, key=lambda e: _distance(e, path, query, sent))
        if best.path != path:
            return f"nearest, line {best.line}: another path ({best.path[:200]})"
        if tuple(sorted(best.query)) != query:
            return f"nearest, line {best.line}: another query ({best.query})"
        where = _first_difference(best.request, sent, "")
        return f"nearest, line {best.line}: the body differs at {where or 'its top'}"

    def describe(self) -> dict[str, Any]:
        with self._lock:
            return {
                "cassette": str(self.cassette.path),
                "entries": len(self.cassette.entries),
                "hits": self.hits,
                "misses": self.misses,
                "on_miss": self.on_miss,
                "pace": self.pace,
                "problems": list(self.cassette.problems),
            }

    def miss_response(self, miss: Miss) -> Response:
        body = error_body(404, miss.message, code="not_in_cassette")
        return Response(json.dumps(body), 404, media_type="application/json")

    async def respond(self, entry: Entry) -> Response:
        """The recorded answer, after its recorded latency (scaled by ``pace``)."""
        if entry.latency and self.pace:
            await asyncio.sleep(entry.latency * self.pace)
        headers = {**entry.headers, "x-mock-replayed": f"{self.cassette.path.name}:{entry.line}"}
        media = headers.pop("content-type", None)
        if entry.status in _NO_BODY:
            return Response(b"", entry.status, headers)
        if entry.events is not None:
            return StreamingResponse(
                self._events(entry),
                entry.status,
                headers,
                media_type=media or "text/event-stream",
            )
        if entry.binary is not None:
            return Response(entry.binary, entry.status, headers, media_type=media)
        if entry.text is not None:
            return Response(entry.text, entry.status, headers, media_type=media)
        return Response(
            json.dumps(entry.body), entry.status, headers, media_type=media or "application/json"
        )

    async def _events(self, entry: Entry) -> AsyncIterator[bytes]:
        previous = 0.0
        for event in entry.events or []:
            moment = float(event.get("at", previous))
            if self.pace and moment > previous:
                await asyncio.sleep((moment - previous) * self.pace)
            previous = max(previous, moment)
            yield event_bytes(event)
        if entry.end == "broken":
            raise QuietDisconnect(
                f"replaying {self.cassette.path.name}:{entry.line}: the stream broke off here "
                "when recorded, connection dropped"
            )


def _distance(entry: Entry, path: str, query: tuple[tuple[str, str], ...], sent: Any) -> int:
    score = 0 if entry.path == path else 1000
    score += 0 if tuple(sorted(entry.query)) == query else 100
    if isinstance(entry.request, dict) and isinstance(sent, dict):
        keys = set(entry.request) | set(sent)
        score += sum(1 for k in keys if entry.request.get(k) != sent.get(k))
    elif entry.request != sent:
        score += 50
    return score


def _first_difference(recorded: Any, sent: Any, where: str) -> str | None:
    """The path of the first place where two JSON values differ."""
    if isinstance(recorded, dict) and isinstance(sent, dict):
        for key in sorted(set(recorded) | set(sent)):
            here = f"{where}.{key}" if where else key
            if key not in recorded:
                return f"{here} (not recorded)"
            if key not in sent:
                return f"{here} (recorded, not sent)"
            found = _first_difference(recorded[key], sent[key], here)
            if found is not None:
                return found
        return None
    if isinstance(recorded, list) and isinstance(sent, list):
        for number, (left, right) in enumerate(zip(recorded, sent, strict=False)):
            found = _first_difference(left, right, f"{where}[{number}]")
            if found is not None:
                return found
        if len(recorded) != len(sent):
            return f"{where} ({len(recorded)} items recorded, {len(sent)} sent)"
        return None
    if recorded != sent or type(recorded) is not type(sent):
        return where or "body"
    return None
