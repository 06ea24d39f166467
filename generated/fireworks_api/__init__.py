"""A client library for accessing Gateway REST API

Each name's module loads on first use (codegen/lazy_faces.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient
    from .client import Client

_MODULES = {
    "AuthenticatedClient": ".client",
    "Client": ".client",
}

__all__ = (
    "AuthenticatedClient",
    "Client",
)

# Outside TYPE_CHECKING: a type checker sees only the imports above, so a name that
# does not exist is an error, not the Any this function would give it.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
