"""The OpenAI Batch file format, which Fireworks' batch inference also reads.

A request line: ``{"custom_id": "...", "method": "POST", "url": "/v1/chat/completions",
"body": {...}}``. A result line: ``{"id": "batch_req_...", "custom_id": "...", "response":
{"status_code": 200, "request_id": "...", "body": {...}}, "error": null}``; a failed request has
``error`` ``{"code", "message"}`` (and ``response`` when the API answered). A line that cannot
be a request is an error line whose ``custom_id`` is null and whose ``error`` names its
``line``: it never stops a job.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from fireworks_client._operations import Endpoint, endpoint_named

__all__ = [
    "BULK_OPERATIONS",
    "BadLine",
    "Request",
    "check_request",
    "endpoint_for",
    "error_result",
    "is_failure",
    "line_key",
    "parse_request",
    "result_line",
    "success_result",
]

# The operations a request line may name: JSON in, JSON out, answered whole. A new one
# needs its friendly name here; its url comes from the spec.
BULK_OPERATIONS = (
    "chat.completions.create",
    "completions.create",
    "embeddings.create",
    "rerank.create",
)

_ENDPOINTS: dict[str, Endpoint[Any, Any]] | None = None


def _endpoints() -> dict[str, Endpoint[Any, Any]]:
    global _ENDPOINTS  # noqa: PLW0603 - built once, on first use (it loads the operations table)
    if _ENDPOINTS is None:
        from fireworks_api.names import FRIENDLY_NAMES  # noqa: PLC0415
        from fireworks_api.operations import OPERATIONS  # noqa: PLC0415

        table: dict[str, Endpoint[Any, Any]] = {}
        for friendly in BULK_OPERATIONS:
            endpoint = endpoint_named(friendly)
            op = OPERATIONS[FRIENDLY_NAMES[friendly]]
            # "/v1/chat/completions" as the Batch format writes it, the path under the base
            # URL, and the path with the server's own prefix.
            for url in ("/v1" + op.path, op.path, op.url_path):
                table[url] = endpoint
        _ENDPOINTS = table
    return _ENDPOINTS


def endpoint_for(url: str) -> Endpoint[Any, Any] | None:
    return _endpoints().get(url.rstrip("/") or url)


def known_urls() -> list[str]:
    return sorted(u for u in _endpoints() if u.startswith("/v1/"))


@dataclass(frozen=True, slots=True)
class Request:
    """One request line, checked."""

    line: int
    custom_id: str
    url: str
    body: dict[str, Any]
    endpoint: Endpoint[Any, Any]


@dataclass(frozen=True, slots=True)
class BadLine:
    """An input line that is not a request: ``custom_id`` when the line had a usable one."""

    line: int
    message: str
    custom_id: str | None = None
    code: str = "invalid_request_line"


def parse_request(text: str | bytes, line: int) -> Request | BadLine:
    """A request line checked field by field; what is wrong is named with the line number."""
    try:
        # str first: json.loads of bytes guesses their encoding, line by line
        data = json.loads(text.decode() if isinstance(text, bytes) else text)
    except ValueError as exc:  # UnicodeDecodeError included
        return BadLine(line, f"line {line}: not JSON ({exc})")
    return check_request(data, line, f"line {line}")


def check_request(data: object, line: int, where: str) -> Request | BadLine:
    """A request (a JSON object's fields) checked; ``where`` names it in messages."""
    if not isinstance(data, dict):
        return BadLine(line, f"{where}: a request line is a JSON object")
    custom_id = data.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        return BadLine(line, f"{where}: custom_id: required, a non-empty string")
    method = data.get("method") or "POST"
    if method != "POST":
        return BadLine(line, f"{where}: method: must be POST, got {method!r}", custom_id)
    url = data.get("url")
    if not isinstance(url, str):
        return BadLine(line, f"{where}: url: required, a string", custom_id)
    endpoint = endpoint_for(url)
    if endpoint is None:
        return BadLine(
            line,
            f"{where}: url: {url!r} is not an operation bulk jobs run; one of "
            + ", ".join(known_urls()),
            custom_id,
        )
    body = data.get("body")
    if not isinstance(body, dict):
        return BadLine(line, f"{where}: body: required, a JSON object", custom_id)
    if body.get("stream"):
        return BadLine(
            line, f"{where}: body.stream: bulk requests are answered whole; drop it", custom_id
        )
    return Request(line, custom_id, url, body, endpoint)


def _id() -> str:
    return "batch_req_" + uuid.uuid4().hex


def success_result(
    custom_id: str | None, status_code: int, request_id: str | None, body: Any
) -> dict[str, Any]:
    return {
        "id": _id(),
        "custom_id": custom_id,
        "response": {"status_code": status_code, "request_id": request_id, "body": body},
        "error": None,
    }


def error_result(
    custom_id: str | None,
    code: str,
    message: str,
    *,
    line: int | None = None,
    response: dict[str, Any] | None = None,
) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if line is not None:
        error["line"] = line
    return {"id": _id(), "custom_id": custom_id, "response": response, "error": error}


def result_line(result: dict[str, Any]) -> bytes:
    """One result as one line of bytes: compact JSON and its newline."""
    return (json.dumps(result, separators=(",", ":"), ensure_ascii=False) + "\n").encode()


def line_key(line: int) -> str:
    """The key under which a result without a custom_id (a bad input line) is remembered."""
    return f"\x00line {line}"  # a NUL cannot start a custom_id read from JSON by accident


def is_failure(result: dict[str, Any]) -> bool:
    return result.get("error") is not None
