"""A compact table of ids and what is known of them: 8 bytes a slot instead of the ~100 a
``set`` of strings costs.

A job of a million lines remembers every custom_id it has read (``SEEN``: to find repeats) and
every one answered before (``ANSWERED``: to skip it on resume), in one table. An id is kept as
a 62-bit BLAKE2b digest with the two flags in the low bits of one slot of an open-addressing
table (``array('Q')``, linear probing, at most half full): about 16-32 MB a million ids. Two
different ids share a digest with odds of about n²/2⁶³ (10⁻⁷ for a million).
"""

from __future__ import annotations

from array import array
from hashlib import blake2b

__all__ = ["ANSWERED", "SEEN", "IdTable", "digest"]

SEEN = 1
ANSWERED = 2
_FLAGS = SEEN | ANSWERED
_EMPTY = 0


def digest(key: str) -> int:
    """The digest under which ``key`` is kept, its two low bits clear (for the flags)."""
    value = int.from_bytes(blake2b(key.encode(), digest_size=8).digest(), "little") >> 2
    return (value or 1) << 2  # never 0: 0 marks an empty slot


class IdTable:
    __slots__ = ("_count", "_mask", "_slots")

    def __init__(self, capacity: int = 1024) -> None:
        size = 16
        while size < capacity * 2:
            size *= 2
        self._slots = array("Q", bytes(8 * size))
        self._mask = size - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def flags(self, value: int) -> int:
        """The flags of the id of this digest (0: not in the table)."""
        slots, mask = self._slots, self._mask
        at = (value >> 2) & mask
        while True:
            held = slots[at]
            if held == _EMPTY:
                return 0
            if held & ~_FLAGS == value:
                return held & _FLAGS
            at = (at + 1) & mask

    def mark(self, value: int, flag: int) -> int:
        """Set ``flag`` on the id of this digest, adding it if need be; the flags it had."""
        slots, mask = self._slots, self._mask
        at = (value >> 2) & mask
        while True:
            held = slots[at]
            if held == _EMPTY:
                slots[at] = value | flag
                self._count += 1
                if self._count * 2 > mask:
                    self._grow()
                return 0
            if held & ~_FLAGS == value:
                slots[at] = held | flag
                return held & _FLAGS
            at = (at + 1) & mask

    def _grow(self) -> None:
        old = self._slots
        size = len(old) * 2
        slots = self._slots = array("Q", bytes(8 * size))
        mask = self._mask = size - 1
        for held in old:
            if held != _EMPTY:
                at = (held >> 2) & mask
                while slots[at] != _EMPTY:
                    at = (at + 1) & mask
                slots[at] = held
