"""The errors fireworks-client raises. Catch ``FireworksError`` for all of them.

    FireworksError
    ├── FireworksConfigurationError      no API key, a bad base URL, ...
    ├── ClientClosedError                a request on a client after close()
    ├── EventLoopError                   a client used in an event loop it cannot serve
    ├── MissingExtraError                a feature whose extra is not installed (ImportError)
    └── APIError                         anything that went wrong talking to the API
        ├── APIConnectionError           the request or response never made it
        │   ├── APITimeoutError          ... because a timeout expired
        │   └── IncompleteStreamError    a stream ended before its end (`[DONE]`, `message_stop`)
        ├── APIResponseValidationError   an answer that does not parse as the spec says
        ├── ImageGenerationError         a FLUX Kontext job that ended without an image
        ├── ResourceFailedError          a waited-for resource ended failed, cancelled, expired
        └── APIStatusError               the API answered with an error status (or in-band)
            ├── InvalidRequestError          400 (also 413, 422)
            │   └── ContextLengthExceededError   prompt + max_tokens over the context window
            ├── AuthenticationError          401
            ├── PermissionError              403 (also exported as PermissionDeniedError)
            ├── NotFoundError                404
            ├── ConflictError                409
            ├── RateLimitError               429
            ├── InternalServerError          500 and any other 5xx (520, 529, ...)
            └── ServiceUnavailableError      503

Which status is which error: :data:`ERROR_KINDS`, the one table of status, the ``type`` of
the spec's ErrorResponse and exception class, read by the client for error answers and in-band
stream errors and by the mock for the errors it answers.

The names of the older ``fireworks.client`` (InvalidRequestError, AuthenticationError,
PermissionError, RateLimitError, InternalServerError, ServiceUnavailableError) keep their
meaning. No message, repr or attribute of these errors holds the API key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "ANTHROPIC",
    "ERROR_KINDS",
    "FIREWORKS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConflictError",
    "ContextLengthExceededError",
    "ErrorKind",
    "EventLoopError",
    "FireworksConfigurationError",
    "FireworksError",
    "ImageGenerationError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingExtraError",
    "NotFoundError",
    "PermissionDeniedError",
    "PermissionError",
    "RateLimitError",
    "ResourceFailedError",
    "ServiceUnavailableError",
    "connection_error",
    "status_error",
    "status_of_type",
    "type_of_status",
]


class FireworksError(Exception):
    """The base of every error fireworks-client raises."""


class FireworksConfigurationError(FireworksError, ValueError):
    """A setting is missing or not acceptable: no API key, a base URL that is not http(s), a
    timeout that is not seconds, a header with a line break... Also a ``ValueError``."""


class ClientClosedError(FireworksError, RuntimeError):
    """The client was closed (``close()``, or its ``with`` block ended): it sends nothing more.
    Also a ``RuntimeError``, as httpx's own error for a closed client."""


class EventLoopError(FireworksError, RuntimeError):
    """The client cannot serve the running event loop: it is in use in another loop running
    at the same time (another thread), or its HTTP layer is the caller's httpx pool, whose
    connections and locks belong to the loop it was first used in. Raised before anything is
    sent. Also a ``RuntimeError``."""


class MissingExtraError(FireworksError, ModuleNotFoundError):
    """A feature needs an optional extra that is not installed: ``extra`` names it, ``name``
    the module that is missing. Also a ``ModuleNotFoundError`` (an ``ImportError``)."""

    def __init__(self, what: str, extra: str, missing: str | None) -> None:
        message = f"{what} needs the {extra!r} extra: pip install 'fireworks-client[{extra}]'"
        if missing:
            message += f" (no module named {missing!r})"
        super().__init__(message, name=missing)
        self.what = what
        self.extra = extra


class APIError(FireworksError):
    """Something went wrong talking to the API. ``request`` is the request, when there was one."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request did not reach the API or its answer did not arrive whole."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class IncompleteStreamError(APIConnectionError):
    """A stream ended before its declared end (``data: [DONE]``, ``event: message_stop``):
    what arrived is not the whole answer."""


class APIResponseValidationError(APIError):
    """The API answered, but not in the shape the spec describes."""

    def __init__(self, message: str, *, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class ImageGenerationError(APIError):
    """A FLUX Kontext job ended without an image: ``status`` is what the service said
    ("Request Moderated", "Content Moderated", "Error", "Task not found"), ``request_id`` the
    job's id."""

    def __init__(self, status: str, request_id: str, details: Any = None) -> None:
        super().__init__(f"image generation {request_id} ended with status {status!r}")
        self.status = status
        self.request_id = request_id
        self.details = details


class ResourceFailedError(APIError):
    """A resource waited for (``client.deployments.wait(...)``) reached a state it does not
    leave, other than the one waited for: ``state`` is that state (``FAILED``,
    ``JOB_STATE_CANCELLED``, ``JOB_STATE_EXPIRED``, ...), ``status_message`` the resource's
    ``status.message`` (what the service says went wrong; None when it says nothing),
    ``resource`` the resource as last read (its model), ``name`` its name."""

    def __init__(
        self, resource: object, state: str, status_message: str | None, name: str | None
    ) -> None:
        said = f": {status_message}" if status_message else ""
        super().__init__(f"{name or 'the resource'} ended {state}{said}")
        self.resource = resource
        self.state = state
        self.status_message = status_message
        self.name = name


class APIStatusError(APIError):
    """The API answered with an error, as an HTTP status or as an event inside a stream.

    ``status_code``, ``request_id`` (the ``x-request-id`` header), the ErrorResponse fields
    ``type``, ``code`` and ``param``, the parsed ``body`` and the ``response``."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = status_code if status_code is not None else response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        self.body = body
        error = body.get("error") if isinstance(body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.type: str | None = _str_or_none(error.get("type"))
        self.code: str | None = _str_or_none(error.get("code"))
        self.param: str | None = _str_or_none(error.get("param"))

    def __str__(self) -> str:
        request_id = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.status_code}: {self.message}{request_id}"


class InvalidRequestError(APIStatusError):
    """400: the request is wrong; ``param`` names the field when the API says which."""


class ContextLengthExceededError(InvalidRequestError):
    """The prompt plus ``max_tokens`` does not fit the model's context window and
    ``context_length_exceeded_behavior`` is ``"error"``. ``prompt_tokens``, ``max_tokens``
    and ``context_window`` hold the numbers when the message gives them."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, status_code=status_code)
        self.prompt_tokens = _number(r"(\d+) prompt tokens", message)
        self.max_tokens = _number(r"max_tokens (\d+)", message)
        self.context_window = _number(r"context window of (\d+)", message)


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionError(APIStatusError):  # the older fireworks.client's name; shadows the builtin
    """403: the key may not do this."""


PermissionDeniedError = PermissionError


class NotFoundError(APIStatusError):
    """404: no such model or path."""


class ConflictError(APIStatusError):
    """409."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically, honouring ``Retry-After``."""


class InternalServerError(APIStatusError):
    """500, and any other 5xx status without a class of its own."""


class ServiceUnavailableError(APIStatusError):
    """503: the service is overloaded or down for a moment."""


# The two shapes of error answers: the OpenAI-style ErrorResponse of most operations, and
# Anthropic's (`{"type": "error", "error": {"type", "message"}}`) of the messages endpoint.
# Their error types differ for a few statuses only.
FIREWORKS = "fireworks"
ANTHROPIC = "anthropic"
_BOTH = (FIREWORKS, ANTHROPIC)


@dataclass(frozen=True, slots=True)
class ErrorKind:
    """One row of :data:`ERROR_KINDS`."""

    status: int
    error_type: str
    """The ``error.type`` of the error body for this status."""
    exception: type[APIStatusError]
    """What the client raises for it."""
    dialects: tuple[str, ...] = _BOTH
    """The error shapes whose type this is (:data:`FIREWORKS`, :data:`ANTHROPIC`)."""


# The one table of error statuses, their error types and the exceptions raised for them: the
# client reads it for error answers (status -> exception) and for in-band stream errors,
# which carry a type and no status (type -> status: the first row of the type); the mock
# answers its errors with the type of their status in the shape the operation declares. The
# spec declares ErrorResponse's `type` as a string without an enum (AnthropicErrorResponse's
# are its union's): the types are the service's, written here once.
ERROR_KINDS: tuple[ErrorKind, ...] = (
    ErrorKind(400, "invalid_request_error", InvalidRequestError),
    ErrorKind(401, "authentication_error", AuthenticationError),
    ErrorKind(402, "billing_error", APIStatusError, (ANTHROPIC,)),
    ErrorKind(403, "permission_error", PermissionError),
    ErrorKind(404, "not_found_error", NotFoundError),
    ErrorKind(408, "timeout_error", APIStatusError),
    ErrorKind(409, "conflict_error", ConflictError, (FIREWORKS,)),
    ErrorKind(413, "invalid_request_error", InvalidRequestError),
    ErrorKind(422, "invalid_request_error", InvalidRequestError),
    ErrorKind(429, "rate_limit_error", RateLimitError),
    ErrorKind(500, "internal_server_error", InternalServerError, (FIREWORKS,)),
    ErrorKind(500, "api_error", InternalServerError, (ANTHROPIC,)),
    ErrorKind(503, "service_unavailable", ServiceUnavailableError, (FIREWORKS,)),
    ErrorKind(503, "overloaded_error", ServiceUnavailableError, (ANTHROPIC,)),
    ErrorKind(504, "timeout_error", InternalServerError, (ANTHROPIC,)),
)
# reversed: the first row of a status (of a type) wins
_BY_STATUS = {kind.status: kind for kind in reversed(ERROR_KINDS)}
_STATUS_OF_TYPE = {kind.error_type: kind.status for kind in reversed(ERROR_KINDS)}
_TYPE_OF_STATUS = {
    (dialect, kind.status): kind.error_type
    for kind in reversed(ERROR_KINDS)
    for dialect in kind.dialects
}


def type_of_status(status: int, dialect: str = FIREWORKS) -> str:
    """The error ``type`` of an error status in an error shape (``dialect``); a status
    without a row takes the type of 500 (a 5xx) or 400 (anything else)."""
    found = _TYPE_OF_STATUS.get((dialect, status))
    if found is not None:
        return found
    if (dialect, 400) not in _TYPE_OF_STATUS:
        raise ValueError(f"dialect: {dialect!r} is not an error shape of ERROR_KINDS")
    return _TYPE_OF_STATUS[(dialect, 500 if status >= 500 else 400)]


def status_of_type(kind: object) -> int:
    """The status of an in-band error's ``type`` (it carries none); 500 for a type the table
    does not know."""
    return _STATUS_OF_TYPE.get(kind, 500) if isinstance(kind, str) else 500


def _exception_of(status: int) -> type[APIStatusError]:
    kind = _BY_STATUS.get(status)
    if kind is not None:
        return kind.exception
    return InternalServerError if status >= 500 else APIStatusError


_CONTEXT_LENGTH = re.compile(r"context[ _]length|context window|prompt is too long", re.IGNORECASE)


def status_error(
    response: httpx.Response, body: object, *, status_code: int | None = None
) -> APIStatusError:
    """The error for an error answer; works for any status, 520 and 529 included."""
    status = status_code if status_code is not None else response.status_code
    error = body.get("error") if isinstance(body, dict) else None
    message = ""
    if isinstance(error, dict):
        message = str(error.get("message") or "")
    elif isinstance(error, str):
        message = error
    if not message:
        message = _text(response) or response.reason_phrase or f"HTTP {status}"
    cls = _exception_of(status)
    code = error.get("code") if isinstance(error, dict) else None
    if cls is InvalidRequestError and (
        code == "context_length_exceeded" or _CONTEXT_LENGTH.search(message)
    ):
        cls = ContextLengthExceededError
    return cls(message, response=response, body=body, status_code=status)


def _text(response: httpx.Response) -> str:
    """The start of a body that was read and decodes; else nothing."""
    try:
        return response.text[:200].strip()
    except (httpx.ResponseNotRead, httpx.DecodingError):
        return ""


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _number(pattern: str, text: str) -> int | None:
    match = re.search(pattern, text)
    return int(match.group(1)) if match else None


def connection_error(
    exc: httpx.TransportError, request: httpx.Request | None, *, streaming: bool = False
) -> APIConnectionError:
    """The SDK's error for a network failure or timeout, sending or reading a stream."""
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        message = "Timed out while reading the stream" if streaming else "Request timed out"
        return APITimeoutError(f"{message}: {name}", request=request)
    message = "The stream broke off" if streaming else "Connection error"
    return APIConnectionError(f"{message}: {name}: {exc}", request=request)
