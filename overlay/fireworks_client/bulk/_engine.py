"""One request line to one result: sent under the adaptive limit and the rate ceilings, retried
with the client's policy, and never raised: every outcome is a result (an error result when the
retries are spent). Shared by the runner and by :class:`RayRequests`.

The client's own retry loop is switched off for these calls (``max_retries=0``) so that every
429 and 503 reaches the limit; the runner retries instead, with the client's backoff, its
``max_retries`` for other failures, and ``overload_retries`` for 429/503 (which are the
service asking to slow down, not a failure of the request). A 401 is raised: with a key the
API refuses, every line would fail alike.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fireworks_client._constants import MAX_RETRY_AFTER
from fireworks_client._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
)
from fireworks_client._request_path import RequestOptions, parsed
from fireworks_client._retries import Attempts, server_delay
from fireworks_client.bulk._format import Request, error_result, success_result
from fireworks_client.bulk._pace import AdaptiveLimit, RateCeiling

if TYPE_CHECKING:
    from fireworks_client._client import AsyncFireworks
    from fireworks_client._wire import BufferedResponse

__all__ = ["Engine", "Stats"]

_NO_RETRIES = RequestOptions(max_retries=0)
_OVERLOAD = frozenset({429, 503})


@dataclass(slots=True)
class Stats:
    """Counters of a job, read by the progress display and the summary."""

    requests_sent: int = 0  # HTTP requests, retries included
    succeeded: int = 0
    failed: int = 0
    rate_limited: int = 0  # 429 answers
    unavailable: int = 0  # 503 answers
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def count_usage(self, body: Any) -> None:
        usage = body.get("usage") if isinstance(body, dict) else None
        if isinstance(usage, dict):
            for name in ("prompt_tokens", "completion_tokens", "total_tokens"):
                value = usage.get(name)
                if isinstance(value, int):
                    setattr(self, name, getattr(self, name) + value)


@dataclass(slots=True)
class _Budget:
    """One request's retries left: the client's policy for failures, and a count of
    overload answers (429/503), which have their own allowance."""

    attempts: Attempts
    overloads: int = 0


def _request_id(answer: BufferedResponse) -> str | None:
    for name, value in answer.raw_headers:
        if name.lower() == b"x-request-id":
            return value.decode("latin-1")
    return None


def _whole(answer: BufferedResponse) -> tuple[int, str | None, Any]:
    return answer.status_code, _request_id(answer), parsed(answer, lambda data: data)


def estimate_tokens(body: dict[str, Any]) -> int:
    """A guess at a request's tokens before it is sent (about 4 characters a token, plus the
    completion it may ask for), for the tokens-per-minute ceiling; the answer's usage corrects
    it."""
    text = sum(
        len(json.dumps(body[name], ensure_ascii=False))
        for name in ("messages", "prompt", "input")
        if name in body
    )
    max_tokens = body.get("max_tokens")
    return text // 4 + (max_tokens if isinstance(max_tokens, int) else 0) + 1


def _error_response(exc: APIStatusError) -> dict[str, Any]:
    return {"status_code": exc.status_code, "request_id": exc.request_id, "body": exc.body}


class Engine:
    def __init__(
        self,
        client: AsyncFireworks,
        *,
        max_concurrency: int = 64,
        initial_concurrency: int = 8,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        max_retries: int | None = None,
        overload_retries: int = 10,
    ) -> None:
        self.client = client
        self.limit = AdaptiveLimit(initial=initial_concurrency, maximum=max_concurrency)
        self.requests = RateCeiling(requests_per_minute) if requests_per_minute else None
        self.tokens = RateCeiling(tokens_per_minute) if tokens_per_minute else None
        self.max_retries = client.max_retries if max_retries is None else max_retries
        self.overload_retries = overload_retries
        self.stats = Stats()

    async def answer(self, request: Request, ticket: int | None = None) -> dict[str, Any]:
        """The result of a request line. ``ticket``: a slot of the limit taken already."""
        budget = _Budget(Attempts(self.client._retry, self.max_retries))
        estimate = estimate_tokens(request.body) if self.tokens else 0
        while True:
            if ticket is None:
                ticket = await self.limit.acquire()
            wait = self.requests.reserve(1) if self.requests else 0.0
            if self.tokens:
                wait = max(wait, self.tokens.reserve(estimate))
            if wait > 0:
                try:
                    await asyncio.sleep(wait)
                except asyncio.CancelledError:
                    self.limit.release(ticket, ok=None)  # a job that stops gives its slots back
                    raise
            outcome = await self._attempt(request, ticket, budget, estimate)
            ticket = None
            if isinstance(outcome, dict):
                return outcome
            self.stats.retries += 1
            await asyncio.sleep(outcome)

    async def _attempt(
        self, request: Request, ticket: int, budget: _Budget, estimate: int
    ) -> dict[str, Any] | float:
        """One send: its result, or the seconds to wait before the next try. Gives the
        limit's slot back."""
        stats = self.stats
        stats.requests_sent += 1
        try:
            status, request_id, body = await self.client.request_parsed(
                request.endpoint, dict(request.body), None, _NO_RETRIES, parse=_whole
            )
        except (AuthenticationError, asyncio.CancelledError):
            # The key is refused (every line would fail alike), or the job stops: nothing is
            # recorded for this line.
            self.limit.release(ticket, ok=None)
            raise
        except APIStatusError as exc:
            if self.tokens:
                self.tokens.adjust(-estimate)  # an error answer used no tokens
            delay = self._after_status(request, ticket, exc, budget)
            if delay is not None:
                return delay
            stats.failed += 1
            code = exc.code or exc.type or f"http_{exc.status_code}"
            return error_result(request.custom_id, code, str(exc), response=_error_response(exc))
        except APIConnectionError as exc:
            if self.tokens:
                self.tokens.adjust(-estimate)
            self.limit.release(ticket, ok=None)
            delay = budget.attempts.after_failure("POST", request.url, type(exc).__name__)
            if delay is not None:
                return delay
            stats.failed += 1
            code = "timeout" if "Timeout" in type(exc).__name__ else "connection_error"
            return error_result(request.custom_id, code, str(exc) or type(exc).__name__)
        except APIError as exc:  # an answer that is not JSON, or not what the spec says
            self.limit.release(ticket, ok=None)
            stats.failed += 1
            return error_result(request.custom_id, "invalid_response", str(exc))
        self.limit.release(ticket, ok=True)
        stats.succeeded += 1
        stats.count_usage(body)
        if self.tokens:
            usage = body.get("usage") if isinstance(body, dict) else None
            used = usage.get("total_tokens") if isinstance(usage, dict) else None
            if isinstance(used, int):
                self.tokens.adjust(used - estimate)
        return success_result(request.custom_id, status, request_id, body)

    def _after_status(
        self, request: Request, ticket: int, exc: APIStatusError, budget: _Budget
    ) -> float | None:
        """After an error answer: the wait before trying again, or None to give up."""
        if exc.status_code not in _OVERLOAD:
            self.limit.release(ticket, ok=None)
            return budget.attempts.after_status(
                "POST", request.url, exc.status_code, exc.response.headers
            )
        self.stats.rate_limited += exc.status_code == 429
        self.stats.unavailable += exc.status_code == 503
        asked = server_delay(exc.response.headers)
        if asked is not None and not 0 <= asked <= MAX_RETRY_AFTER:
            asked = None
        self.limit.release(ticket, ok=False, retry_after=asked)
        if budget.overloads >= self.overload_retries:
            return None
        budget.overloads += 1
        return asked if asked is not None else self.client._retry.backoff(budget.overloads - 1)
