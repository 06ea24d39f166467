"""The retry policy: which failures are tried again, and after how long.

Network errors and the statuses 408, 409, 429 and 5xx are retried (a server's
``x-should-retry: true|false`` decides first), ``max_retries`` times at most, after the
server's ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date, up to
MAX_RETRY_AFTER), else after an exponential backoff with jitter. The sync and async request
paths ask the same :class:`Attempts`, so they cannot drift apart.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from fireworks_client._constants import MAX_RETRY_AFTER

__all__ = ["Attempts", "RetryPolicy", "server_delay", "should_retry"]

log = logging.getLogger("fireworks_client")

RETRY_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int
    initial_delay: float
    max_delay: float

    def backoff(self, retries_done: int) -> float:
        delay = min(self.initial_delay * float(2**retries_done), self.max_delay)
        return delay * (1 - 0.25 * random.random())  # jitter spreads retries of many clients


def should_retry(status: int, headers: Mapping[str, str]) -> bool:
    explicit = headers.get("x-should-retry")
    if explicit in ("true", "false"):
        return explicit == "true"
    return status in RETRY_STATUSES or status >= 500


def server_delay(headers: Mapping[str, str]) -> float | None:
    """What ``retry-after-ms`` or ``Retry-After`` asks for, in seconds; None if neither."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    import email.utils  # noqa: PLC0415 - only for an HTTP-date Retry-After; keeps imports light

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


class Attempts:
    """One call's retry budget: after each failed attempt, how long to wait before the next,
    or None when the failure is to be raised."""

    __slots__ = ("_done", "_left", "_policy")

    def __init__(self, policy: RetryPolicy, max_retries: int) -> None:
        self._policy = policy
        self._left = max_retries
        self._done = 0

    def after_failure(self, method: str, url: str, why: str) -> float | None:
        """After a network error."""
        if self._left <= 0:
            return None
        return self._next(method, url, why, None)

    def after_status(
        self, method: str, url: str, status: int, headers: Mapping[str, str]
    ) -> float | None:
        """After an error answer."""
        if self._left <= 0 or not should_retry(status, headers):
            return None
        return self._next(method, url, f"HTTP {status}", headers)

    def _next(self, method: str, url: str, why: str, headers: Mapping[str, str] | None) -> float:
        server = server_delay(headers) if headers is not None else None
        if server is not None and 0 <= server <= MAX_RETRY_AFTER:
            delay = server
        else:
            delay = self._policy.backoff(self._done)
        if log.isEnabledFor(logging.DEBUG):
            path = urlsplit(url).path  # the path only: a base URL may carry credentials
            log.debug(
                "retrying %s %s in %.2fs (%s; %d retries left)",
                method,
                path,
                delay,
                why,
                self._left,
            )
        self._left -= 1
        self._done += 1
        return delay
