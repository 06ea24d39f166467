"""Errors the mock answers with, shaped as the spec's ErrorResponse, or as
AnthropicErrorResponse for the operation that declares it (messages)."""

from __future__ import annotations

from typing import Any

from fireworks_client._exceptions import ANTHROPIC, type_of_status

__all__ = ["ERROR_MODELS", "MockError", "error_body", "shaped_error"]

# The error bodies the mock writes, by the spec's schema of them.
_ERROR_RESPONSE = "ErrorResponse"
_ANTHROPIC_ERROR = "AnthropicErrorResponse"
ERROR_MODELS = (_ERROR_RESPONSE, _ANTHROPIC_ERROR)


def error_body(
    status: int, message: str, *, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """An ErrorResponse; its ``type`` is the status's in the client's table (ERROR_KINDS)."""
    return {
        "error": {"type": type_of_status(status), "message": message, "param": param, "code": code}
    }


def shaped_error(
    model: str | None,
    status: int,
    message: str,
    *,
    param: str | None = None,
    code: str | None = None,
    request_id: str | None = None,
) -> dict[str, Any]:
    """An error body of the schema ``model`` (one of :data:`ERROR_MODELS`; None: an
    ErrorResponse): Anthropic's carries the type of the status in its dialect, the request's
    id, and no param or code."""
    if model == _ANTHROPIC_ERROR:
        error = {"type": type_of_status(status, ANTHROPIC), "message": message}
        return {"type": "error", "error": error, "request_id": request_id}
    return error_body(status, message, param=param, code=code)


class MockError(Exception):
    """Raised inside the mock to answer with an ErrorResponse."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.message, param=self.param, code=self.code)
