"""Errors the mock answers with, shaped as the spec's ErrorResponse, or as
AnthropicErrorResponse for the operation that declares it (messages), or as an operation's own
error body where it declares one (:class:`ErrorShape`)."""

from __future__ import annotations

from typing import Any

from fireworks_api.operations import Operation

from fireworks_client._exceptions import ANTHROPIC, type_of_status
from fireworks_client._openapi import to_json_schema
from fireworks_client.mock._spec.schemas import resolved

__all__ = ["ERROR_MODELS", "ErrorShape", "MockError", "error_body", "shaped_error"]

# The error bodies the mock writes, by the spec's schema of them.
_ERROR_RESPONSE = "ErrorResponse"
_ANTHROPIC_ERROR = "AnthropicErrorResponse"
ERROR_MODELS = (_ERROR_RESPONSE, _ANTHROPIC_ERROR)
_JSON = "application/json"


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


class ErrorShape:
    """How one operation's errors are written, as the spec declares them."""

    def __init__(
        self, operation: Operation, declared: dict[str, Any], spec: dict[str, Any]
    ) -> None:
        # The error model its 400 (or 4XX) declares, when the mock writes that model
        # (messages: Anthropic's), else the ErrorResponse.
        declared_errors = [
            b.model
            for status in ("400", "4XX")
            for b in operation.responses.get(status, ())
            if b.content_type == _JSON and b.model in ERROR_MODELS
        ]
        self.model = declared_errors[0] if declared_errors else _ERROR_RESPONSE
        # Statuses whose declared body is an operation's own (FLUX Kontext's 400 is
        # {"error_message": ...}): the message goes in that body's first string field.
        self.fields: dict[int, str] = {}
        for status, bodies in operation.responses.items():
            json_body = next((b for b in bodies if b.content_type == _JSON), None)
            if not status.isdigit() or json_body is None or json_body.model in ERROR_MODELS:
                continue
            answer = resolved(spec, declared["responses"][status])
            props = to_json_schema(answer["content"][_JSON]["schema"], spec).get("properties", {})
            field = next((k for k, v in props.items() if v.get("type") == "string"), None)
            if field is not None and int(status) >= 400:
                self.fields[int(status)] = field

    def body(self, exc: MockError, request_id: str) -> dict[str, Any]:
        """The body of the answer to ``exc``."""
        own = self.fields.get(exc.status)
        if own is not None:
            return {own: exc.message}
        return shaped_error(
            self.model,
            exc.status,
            exc.message,
            param=exc.param,
            code=exc.code,
            request_id=request_id,
        )
