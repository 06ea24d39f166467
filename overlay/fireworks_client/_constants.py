"""Defaults of the clients."""

from __future__ import annotations

import httpx

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
]

DEFAULT_BASE_URL = "https://api.fireworks.ai/inference/v1"
# Generation can take minutes; a dead host should not.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled on each retry
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a server's Retry-After beyond this is not waited for
