"""Errors the mock answers with, shaped as the spec's ErrorResponse."""

from __future__ import annotations

from typing import Any

__all__ = ["ERROR_TYPES", "MockError", "error_body"]

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    409: "conflict_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "internal_server_error",
    503: "service_unavailable",
}


def error_body(
    status: int, message: str, *, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    kind = ERROR_TYPES.get(
        status, "internal_server_error" if status >= 500 else "invalid_request_error"
    )
    return {"error": {"type": kind, "message": message, "param": param, "code": code}}


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
