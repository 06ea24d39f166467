"""Checks of the client's settings and of the per-call options, made where they are given.

Without them a bad value fails late and far away: a timeout of ``"abc"`` as a TypeError from
inside ``socket``, after connecting; a header with a line break as a "connection error" that is
retried. Each check names the setting and the rule and raises
:class:`FireworksConfigurationError` (also a ``ValueError``); none of them shows the API key.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import httpx

from fireworks_client._exceptions import FireworksConfigurationError

__all__ = [
    "check_account_id",
    "check_api_key",
    "check_base_url",
    "check_delay",
    "check_headers",
    "check_retries",
    "check_timeout",
]

_FORBIDDEN_IN_VALUES = ("\r", "\n", "\0")


def _bad(name: str, rule: str, value: Any) -> FireworksConfigurationError:
    return FireworksConfigurationError(f"{name}: {rule}, got {value!r}")


def _seconds(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return value > 0 and not math.isnan(value)


def check_timeout(name: str, value: Any) -> None:
    """Seconds above 0, ``None`` (no limit) or an ``httpx.Timeout`` made of those."""
    parts = value.as_dict().values() if isinstance(value, httpx.Timeout) else (value,)
    if not all(part is None or _seconds(part) for part in parts):
        raise _bad(name, "expected seconds above 0, None or an httpx.Timeout of those", value)


def check_retries(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(name, "expected a whole number of 0 or more", value)


def check_delay(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise _bad(name, "expected seconds, 0 or more", value)


def check_headers(name: str, headers: Any) -> None:
    """A mapping of header names (visible characters, no colon) to single-line text."""
    if not isinstance(headers, Mapping):
        raise _bad(name, "expected a mapping of header names to values", headers)
    for key, value in headers.items():
        if not isinstance(key, str) or not key or not key.isprintable() or ":" in key:
            raise _bad(name, "expected header names of visible characters without ':'", key)
        if " " in key:
            raise _bad(name, "expected header names without spaces", key)
        if not isinstance(value, str):
            raise _bad(f"{name}[{key!r}]", "expected text", value)
        if any(c in value for c in _FORBIDDEN_IN_VALUES):
            raise _bad(f"{name}[{key!r}]", "expected text on one line", value)


def check_api_key(name: str, value: Any) -> None:
    # The key never appears in the message, whatever is wrong with it.
    if not isinstance(value, str):
        raise FireworksConfigurationError(f"{name}: expected text, got {type(value).__name__}")
    if any(c.isspace() for c in value) or not value.isprintable():
        raise FireworksConfigurationError(
            f"{name}: must not contain spaces, line breaks or control characters "
            "(the key is not shown)"
        )


def check_account_id(name: str, value: Any) -> None:
    """An account's id, as in ``accounts/{account_id}/...``: one path segment."""
    if not isinstance(value, str) or not value or "/" in value or value != value.strip():
        raise _bad(name, "expected an account id (one path segment, like 'my-account')", value)


def check_base_url(name: str, value: Any) -> None:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise _bad(name, "expected an http:// or https:// URL", value)
