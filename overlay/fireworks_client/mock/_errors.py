"""Errors the mock answers with, shaped as the spec's ErrorResponse."""

from __future__ import annotations

from typing import Any

from fireworks_client._exceptions import type_of_status

__all__ = ["MockError", "error_body"]


def error_body(
    status: int, message: str, *, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """An ErrorResponse; its ``type`` is the status's in the client's table (ERROR_KINDS)."""
    return {
        "error": {"type": type_of_status(status), "message": message, "param": param, "code": code}
    }


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
