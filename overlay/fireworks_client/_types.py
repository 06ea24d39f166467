"""Small shared types: the "not given" sentinel and the request options every call takes."""

from __future__ import annotations

from typing import Any, Final, Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "Timeout"]


class NotGiven:
    """The default of options a caller may leave out, distinct from ``None`` (which can mean
    "no timeout", for instance). Falsy."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> Any:
        return (NotGiven, ())


NOT_GIVEN: Final = NotGiven()

Timeout: TypeAlias = float | httpx.Timeout | None
