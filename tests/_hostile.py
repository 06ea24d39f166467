"""Hostile and odd requests for the mock, sent over raw sockets (so that nothing between the
test and the server tidies them up), and the helpers that send them."""

from __future__ import annotations

import contextlib
import json
import socket
import time
from dataclasses import dataclass
from typing import Any

__all__ = [
    "API",
    "AUTH",
    "CASES",
    "CHAT_MODEL",
    "I2I",
    "Answer",
    "Case",
    "exchange",
    "multipart",
    "request",
]

API = "/inference/v1"
CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
AUTH = b"Authorization: Bearer test-key\r\n"


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def message(self) -> str:
        try:
            return str(self.json()["error"]["message"])
        except (ValueError, KeyError, TypeError):
            return self.body[:200].decode("latin-1")


def request(
    method: str,
    path: str,
    body: bytes | None = None,
    *,
    headers: dict[str, str] | None = None,
    auth: bool = True,
    content_type: str | None = "application/json",
) -> bytes:
    """A whole HTTP/1.1 request that asks the server to close the connection afterwards."""
    lines = [f"{method} {path} HTTP/1.1", "Host: mock", "Connection: close"]
    if content_type is not None and body is not None:
        lines.append(f"Content-Type: {content_type}")
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    head = "\r\n".join(lines).encode("latin-1") + b"\r\n" + (AUTH if auth else b"") + b"\r\n"
    return head + (body or b"")


def multipart(boundary: str, parts: bytes) -> tuple[str, bytes]:
    """Content type and body of a multipart request with the given raw parts."""
    return f"multipart/form-data; boundary={boundary}", parts


def exchange(port: int, raw: bytes, timeout: float = 5.0) -> Answer:
    """Send ``raw`` and read until the server closes; raises TimeoutError when no whole answer
    arrives within ``timeout`` seconds."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        # The server may answer and close before reading all of a large body.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(raw)
        chunks = []
        while True:
            left = timeout - (time.monotonic() - started)
            if left <= 0:
                raise TimeoutError(f"no whole answer within {timeout} s")
            sock.settimeout(left)
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    data = b"".join(chunks)
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 "):
        raise ConnectionError(f"no HTTP answer, got {data[:80]!r}")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Answer(int(status_line.split()[1]), headers, body, time.monotonic() - started)


@dataclass(frozen=True)
class Case:
    name: str
    raw: bytes
    status: int | None = None  # the status expected, when one is; else any 2xx or 4xx
    says: str = ""  # a piece of the error message expected


def _chat(**fields: Any) -> dict[str, Any]:
    return {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "hi"}], **fields}


def _post(path: str, body: bytes | str | dict[str, Any], **kwargs: Any) -> bytes:
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    return request("POST", path, data if isinstance(data, bytes) else data.encode(), **kwargs)


def _fault(value: str) -> bytes:
    return request("GET", f"{API}/models", headers={"X-Mock-Fault": value})


CHAT = f"{API}/chat/completions"
I2I = (
    f"{API}/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/image_to_image"
)

_ODD_VALUES = [
    Case("max_tokens 4.0", _post(CHAT, _chat(max_tokens=4.0)), 200),
    Case("max_tokens 4.5", _post(CHAT, _chat(max_tokens=4.5)), 400, "max_tokens"),
    Case("max_tokens 1e400", _post(CHAT, b'{"model": "m", "messages": [], "max_tokens": 1e400}')),
    Case("n 1e300", _post(CHAT, _chat(n=1e300)), 400, "n"),
    Case("temperature NaN", _post(CHAT, b'{"model": "x", "temperature": NaN}'), 400, "NaN"),
    Case("huge integer", _post(CHAT, b'{"max_tokens": 1' + b"0" * 5000 + b"}"), 400),
    Case("deep JSON", _post(CHAT, b"[" * 100_000 + b"]" * 100_000), 400, "deeper"),
    Case("1e400 then deep", _post(CHAT, b"[1e400, " + b"[" * 100_000 + b"]" * 100_001), 400),
    Case("1e400 in a list", _post(CHAT, b'{"stop": [1, 1e400]}'), 400, "stop[1]"),
    Case("deep object", _post(CHAT, b'{"a":' * 100 + b"1" + b"}" * 100), 400, "deeper"),
    Case("prompt_truncate_len -1", _post(CHAT, _chat(prompt_truncate_len=-1))),
    Case("stop 5000 strings", _post(CHAT, _chat(stop=["x"] * 5000))),
    Case("json array body", _post(CHAT, b"[1, 2]"), 400, "object"),
    Case("invalid utf-8", _post(CHAT, b'{"model": "\xff\xfe"}'), 400),
    Case("lone surrogate", _post(CHAT, b'{"model": "\\ud800", "messages": []}')),
    Case("empty body", _post(CHAT, b""), 400, "empty"),
    Case("no content type", _post(CHAT, _chat(), content_type=None), 200),
    Case("text/plain", _post(CHAT, _chat(), content_type="text/plain"), 400, "Content-Type"),
    Case(
        "completion 3000 prompts",
        _post(f"{API}/completions", {"model": CHAT_MODEL, "prompt": ["a"] * 3000}),
    ),
    Case(
        "embedding 3000 inputs",
        _post(f"{API}/embeddings", {"model": "thenlper/gte-base", "input": ["a"] * 3000}),
    ),
]

_FAULT_HEADERS = [
    Case("retry_after nan", _fault("rate_limit; retry_after=nan"), 400, "retry_after"),
    Case("retry_after inf", _fault("rate_limit; retry_after=inf"), 400, "retry_after"),
    Case("retry_after -1", _fault("rate_limit; retry_after=-1"), 400, "retry_after"),
    Case("retry_after_ms 1e300", _fault("rate_limit; retry_after_ms=1e300"), 400, "retry_after_ms"),
    Case("code nan", _fault("status; code=nan"), 400, "code"),
    *(
        Case(f"code {code}", _fault(f"status; code={code}"), 400, "code")
        for code in ("99", "1000", "-1", "204", "304", "100", "520.5")
    ),
    Case("code 418", _fault("status; code=418"), 418),
    Case("seconds 1e9", _fault("delay; seconds=1e9"), 400, "seconds"),
    Case("unknown parameter", _fault("rate_limit; colour=3"), 400, "colour"),
    Case("not name=number", _fault("rate_limit; retry_after"), 400, "cannot parse"),
    Case("garbage", _fault(";;;=;=="), 400, "X-Mock-Fault"),
    Case("unknown kind", _fault("meteor"), 400, "meteor"),
    Case("long header", _fault("rate_limit; " + "x=1; " * 2000), 400),
]


def _control(body: bytes) -> bytes:
    return request("POST", "/_mock/faults", body)


_CONTROL = [
    Case("control deep", _control(b"[" * 10_000 + b"]" * 10_000), 400, "deeper"),
    Case("control times 1e400", _control(b'{"fault": "rate_limit", "times": 1e400}'), 400),
    Case("control times 1.5", _control(b'{"fault": "rate_limit", "times": 1.5}'), 400, "times"),
    Case("control times true", _control(b'{"fault": "rate_limit", "times": true}'), 400, "times"),
    Case("control times 0", _control(b'{"fault": "rate_limit", "times": 0}'), 400, "times"),
    Case("control retry 1e400", _control(b'{"fault": "rate_limit", "retry_after": 1e400}'), 400),
    Case("control retry str", _control(b'{"fault": "rate_limit", "retry_after": "2"}'), 400),
    Case("control code 204", _control(b'{"fault": "status", "code": 204}'), 400, "code"),
    Case("control no fault", _control(b'{"times": 2}'), 400, "fault"),
    Case("control fault 3", _control(b'{"fault": 3}'), 400, "fault"),
    Case("control kind param", _control(b'{"fault": "delay", "kind": 1}'), 400, "kind"),
    Case("control list", _control(b"[1]"), 400, "object"),
    Case("control NaN", _control(b'{"fault": "delay", "seconds": NaN}'), 400),
    Case("control not JSON", _control(b"fault=delay"), 400, "JSON"),
    Case("control 1 MB", _control(b'{"fault": "delay", "x": "' + b"a" * 1_000_000 + b'"}'), 413),
]

_PART = (
    b'--B\r\nContent-Disposition: form-data; name="init_image"; filename="a.png"\r\n'
    b"Content-Type: image/png\r\n\r\nnot a png\r\n"
)


def _form(content_type: str, body: bytes) -> bytes:
    return request("POST", I2I, body, content_type=content_type)


_MULTIPART = [
    Case(
        "multipart no boundary", _form("multipart/form-data", _PART + b"--B--\r\n"), 400, "boundary"
    ),
    Case(
        "multipart empty boundary",
        _form("multipart/form-data; boundary=", b"--\r\n"),
        400,
        "boundary",
    ),
    Case(
        "multipart long boundary",
        _form("multipart/form-data; boundary=" + "b" * 500, _PART),
        400,
        "boundary",
    ),
    Case("multipart garbage", _form("multipart/form-data; boundary=B", b"\x00garbage" * 100), 400),
    Case(
        "multipart part without headers",
        _form("multipart/form-data; boundary=B", b"--B\r\n\r\nvalue\r\n--B--\r\n"),
        400,
    ),
    Case(
        "multipart 5000 fields",
        _form(
            "multipart/form-data; boundary=B",
            b"".join(
                b'--B\r\nContent-Disposition: form-data; name="f%d"\r\n\r\nv\r\n' % i
                for i in range(5000)
            )
            + b"--B--\r\n",
        ),
        400,
        "field",
    ),
    Case("multipart unterminated", _form("multipart/form-data; boundary=B", _PART), 400, "end"),
]

_HTTP = [
    Case("no auth", request("GET", f"{API}/models", auth=False), 401),
    Case("bad method", request("PATCH", f"{API}/models"), 405),
    Case("unknown path", request("GET", "/nope"), 404),
    Case(
        "garbage request line",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
        400,
        "illegal request line",
    ),
    Case(
        "bad content-length",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        400,
        "bad Content-Length",
    ),
    Case("no host", b"GET / HTTP/1.1\r\n\r\n", 400, "Missing mandatory Host"),
    Case(
        "gzip transfer encoding",
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
        400,
        "Only Transfer-Encoding: chunked",
    ),
    Case("huge header", request("GET", f"{API}/models", headers={"X-Big": "a" * 100_000})),
    Case("body over limit", _post(CHAT, b'{"a": "' + b"a" * 2_000_000 + b'"}'), 413),
    Case(
        "chunked body",
        b"POST "
        + CHAT.encode()
        + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        + AUTH
        + b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        400,
        "required",
    ),
]

CASES = [*_ODD_VALUES, *_FAULT_HEADERS, *_CONTROL, *_MULTIPART, *_HTTP]
