"""A client's settings: read from the arguments and the environment, checked where they are
given (``_validation``), and kept so that neither a repr, ``vars()``, a traceback's locals nor
a pickle shows the API key.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from fireworks_client._constants import (
    DEFAULT_TIMEOUT,
)
from fireworks_client._exceptions import FireworksConfigurationError
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client._validation import (
    check_account_id,
    check_api_key,
    check_base_url,
    check_delay,
    check_headers,
    check_retries,
    check_timeout,
)
from fireworks_client._version import __version__

__all__ = [
    "CLIENT_PATH_PARAMETERS",
    "HIDDEN",
    "Settings",
    "check_settings",
    "default_base_url",
    "hidden",
    "merge_headers",
]

# Path parameters the client supplies from its settings when a call gives none (the account);
# codegen/resources.py makes them keyword-only arguments of the generated methods.
CLIENT_PATH_PARAMETERS = ("account_id",)

HIDDEN = "<hidden>"


class _Hidden(str):
    """A header value holding the API key: sent as it is, shown as ``<hidden>`` by repr (so in
    dict reprs and traceback locals too), and never pickled."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(HIDDEN)

    def __reduce__(self) -> Any:
        raise TypeError("a value holding the API key is not pickled")


def hidden(value: str) -> str:
    return _Hidden(value)


def default_base_url() -> str:
    """The API root the spec's servers give (``fireworks_api.root.API_ROOT``)."""
    try:
        from fireworks_api.root import API_ROOT  # noqa: PLC0415 - generated; one line
    except ImportError:  # before the first `make generate` that writes it
        return "https://api.fireworks.ai/inference/v1"
    return str(API_ROOT)


_USER_AGENT = (
    f"fireworks-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)


@dataclass(frozen=True, slots=True, repr=False)
class Settings:
    """Everything a client was made with except its HTTP layer. ``headers`` are the request
    headers every call sends (the key among them, hidden); ``with_options`` makes a new
    client from :meth:`arguments` with changes, through the constructor."""

    api_key: str
    base_url: str
    timeout: Timeout
    max_retries: int
    default_headers: Mapping[str, str]
    retry_initial_delay: float
    retry_max_delay: float
    account_id: str | None = None
    headers: dict[str, str] = field(init=False)
    service_root: str | None = field(init=False)
    """Where the operations outside the API root (the platform's ``/v1/accounts/...``) are
    reached: the base URL without the API root's own path; None when the base URL does not
    end with that path (a proxy of the inference API only, say)."""
    path_defaults: dict[str, str] = field(init=False)
    json_headers: dict[str, str] = field(init=False)
    timeout_dict: dict[str, float | None] = field(init=False)

    def __post_init__(self) -> None:
        # Made once per client: the HTTP libraries copy them, nothing here changes them.
        base = merge_headers(
            {
                "Accept": "application/json",
                # Said, not left to the HTTP library: aiohttp would otherwise ask for gzip.
                "Accept-Encoding": "identity",
                "User-Agent": _USER_AGENT,
                "Authorization": hidden(f"Bearer {self.api_key}"),
            },
            self.default_headers,
        )
        object.__setattr__(self, "headers", base)
        object.__setattr__(
            self, "json_headers", merge_headers(base, {"Content-Type": "application/json"})
        )
        object.__setattr__(self, "timeout_dict", httpx.Timeout(self.timeout).as_dict())
        root_path = urlsplit(default_base_url()).path.rstrip("/")
        service_root = (
            self.base_url.removesuffix(root_path) if self.base_url.endswith(root_path) else None
        )
        object.__setattr__(self, "service_root", service_root)
        defaults = {} if self.account_id is None else {"account_id": self.account_id}
        object.__setattr__(self, "path_defaults", defaults)

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        retry_initial_delay: float,
        retry_max_delay: float,
        account_id: str | None = None,
    ) -> Settings:
        """The settings from the constructor's arguments, the environment for what is not
        given (``FIREWORKS_API_KEY``, ``FIREWORKS_BASE_URL``, ``FIREWORKS_ACCOUNT_ID``), and
        the defaults."""
        key = api_key if api_key is not None else os.environ.get("FIREWORKS_API_KEY")
        if not key:
            raise FireworksConfigurationError(
                "No API key: pass api_key=... to the client "
                "or set the FIREWORKS_API_KEY environment variable"
            )
        url = base_url or os.environ.get("FIREWORKS_BASE_URL") or default_base_url()
        account = account_id if account_id is not None else os.environ.get("FIREWORKS_ACCOUNT_ID")
        check_settings(
            api_key=key,
            base_url=url,
            account_id=NOT_GIVEN if account is None else account,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers or {},
            retry_initial_delay=retry_initial_delay,
            retry_max_delay=retry_max_delay,
        )
        return cls(
            api_key=hidden(key),
            base_url=url.rstrip("/"),
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            max_retries=max_retries,
            default_headers=dict(default_headers or {}),
            retry_initial_delay=retry_initial_delay,
            retry_max_delay=retry_max_delay,
            account_id=account,
        )

    def arguments(self) -> dict[str, Any]:
        """The constructor arguments that make these settings again."""
        return {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self.default_headers,
            "retry_initial_delay": self.retry_initial_delay,
            "retry_max_delay": self.retry_max_delay,
            "account_id": self.account_id,
        }

    def __repr__(self) -> str:  # never the key
        return (
            f"Settings(base_url={self.base_url!r}, account_id={self.account_id!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )

    def __reduce__(self) -> Any:
        raise TypeError("client settings hold the API key and are not pickled")


def merge_headers(base: Mapping[str, str], *more: Mapping[str, str] | None) -> dict[str, str]:
    """``base`` with each of ``more`` laid over it; names compare without regard to case, so
    an override replaces (one ``Authorization``, whatever its spelling), keeping its spelling."""
    merged = dict(base)
    lower = {name.lower(): name for name in merged}
    for headers in more:
        for name, value in (headers or {}).items():
            old = lower.get(name.lower())
            if old is not None:
                del merged[old]
            merged[name] = value
            lower[name.lower()] = name
    return merged


_CHECKS = {
    "account_id": check_account_id,
    "api_key": check_api_key,
    "base_url": check_base_url,
    "timeout": check_timeout,
    "max_retries": check_retries,
    "default_headers": check_headers,
    "extra_headers": check_headers,
    "retry_initial_delay": check_delay,
    "retry_max_delay": check_delay,
}


def check_settings(**settings: Any) -> None:
    """Each given setting against its rule (_validation); NOT_GIVEN is left out."""
    for name, value in settings.items():
        if not isinstance(value, NotGiven):
            _CHECKS[name](name, value)
