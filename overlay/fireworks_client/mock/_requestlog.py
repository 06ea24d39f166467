"""The mock's log of the requests it answered, bounded in entries and in bytes, so that a mock
left running beside a long test suite keeps a steady size: the oldest entries go first, and a
body above a size is kept as a summary of its top-level fields."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, overload

__all__ = ["RequestLog"]

_SMALL = 200  # a top-level field of a summarised body is kept when its text is this short
_FIELDS = 50  # top-level fields a summary keeps; the rest are counted
_HEADER = 1024  # characters of a header value kept
_ENTRY_OVERHEAD = 200  # bytes counted for an entry's own fields


@dataclass(frozen=True, slots=True)
class _Entry:
    record: dict[str, Any]
    cost: int


def _summarise(body: dict[str, Any]) -> dict[str, Any]:
    summary = {k: _describe(v) for k, v in list(body.items())[:_FIELDS]}
    if len(body) > _FIELDS:
        summary["..."] = f"<{len(body) - _FIELDS} more fields>"
    return summary


def _clipped(value: str) -> str:
    return value if len(value) <= _HEADER else value[:_HEADER] + f"... <{len(value)} characters>"


def _describe(value: Any) -> Any:
    """A short stand-in for a top-level field of a body too large to keep."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value if len(value) <= _SMALL else f"<string of {len(value)} characters>"
    if isinstance(value, list):
        return f"<list of {len(value)} items>"
    if isinstance(value, dict):
        return f"<object of {len(value)} fields>"
    return f"<{type(value).__name__}>"


class RequestLog:
    """Entries ``{"operation", "method", "path", "headers", "body", "body_bytes", "body_kept"}``
    (``operation``: the clients' name, ``chat.completions.create``), oldest
    first; at most ``max_entries`` of them and about ``max_bytes`` (bodies counted by their
    size on the wire). A body over ``max_body_bytes`` is kept as its top-level fields, long
    ones replaced by a description (``"<list of 60000 items>"``; 50 fields at most), with
    ``body_kept`` false; header values are cut at 1,024 characters.
    Safe to use from any thread."""

    def __init__(
        self,
        max_entries: int = 1000,
        max_bytes: int = 8 * 1024 * 1024,
        max_body_bytes: int = 64 * 1024,
    ) -> None:
        for name, value in (
            ("max_entries", max_entries),
            ("max_bytes", max_bytes),
            ("max_body_bytes", max_body_bytes),
        ):
            if value < 1:
                raise ValueError(f"{name}: must be at least 1, got {value}")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_body_bytes = max_body_bytes
        self._lock = threading.Lock()
        self._entries: deque[_Entry] = deque()
        self._bytes = 0

    def append(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        body: dict[str, Any],
        body_bytes: int,
        *,
        operation: str | None = None,
    ) -> None:
        kept = body_bytes <= self.max_body_bytes
        logged_headers = {k: _clipped(v) for k, v in headers.items()}
        record = {
            "operation": operation,
            "method": method,
            "path": path,
            "headers": logged_headers,
            "body": body if kept else _summarise(body),
            "body_bytes": body_bytes,
            "body_kept": kept,
        }
        cost = _ENTRY_OVERHEAD + sum(len(k) + len(v) for k, v in logged_headers.items())
        cost += body_bytes if kept else _SMALL * min(len(body), _FIELDS + 1)
        with self._lock:
            self._entries.append(_Entry(record, cost))
            self._bytes += cost
            while len(self._entries) > self.max_entries or (
                self._bytes > self.max_bytes and len(self._entries) > 1
            ):
                self._bytes -= self._entries.popleft().cost

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def page(
        self, offset: int, limit: int, operation: str | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        """Entries ``offset`` to ``offset + limit`` (oldest first) and how many there are; of
        one ``operation`` (its friendly name) when given."""
        with self._lock:
            if operation is not None:
                records = [e.record for e in self._entries if e.record["operation"] == operation]
                return records[offset : offset + limit], len(records)
            total = len(self._entries)
            chosen = [self._entries[i].record for i in range(offset, min(total, offset + limit))]
        return chosen, total

    @property
    def size_bytes(self) -> int:
        """What the entries count for against ``max_bytes``."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with self._lock:
            records = [entry.record for entry in self._entries]
        return iter(records)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        with self._lock:
            if isinstance(index, slice):
                return [entry.record for entry in list(self._entries)[index]]
            return self._entries[index].record
