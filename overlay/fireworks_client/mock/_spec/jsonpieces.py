"""JSON decoding of a large document in pieces, so that other threads (the event loop among
them) get their turn meanwhile.

CPython's C decoder holds the GIL for a whole document: about 150 ms for 8 MB, during which
the mock answers nobody. Here the outer object and the arrays and objects directly inside it
are walked in Python, and each of their members is decoded by the C decoder on its own; the
interpreter can switch threads between members (measured: the longest wait of another thread
falls from about 150 ms to about 20 ms, for about three times the decoding time). The result,
and the errors, are those of ``json.loads``.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["loads_in_pieces"]

_SPACE = re.compile(r"[ \t\n\r]*")
_SPACES = frozenset(" \t\n\r")
_WALKED = 2  # levels walked in Python: the document, and the containers directly inside it


def loads_in_pieces(text: str, decoder: json.JSONDecoder) -> Any:
    """``decoder.decode(text)``, a member at a time for the outer levels."""
    at = _skip(text, 0)
    value, at = _value(text, at, decoder, 0)
    at = _skip(text, at)
    if at != len(text):
        raise json.JSONDecodeError("Extra data", text, at)
    return value


def _skip(text: str, at: int) -> int:
    if at < len(text) and text[at] in _SPACES:
        match = _SPACE.match(text, at)
        return match.end() if match is not None else at
    return at


def _value(text: str, at: int, decoder: json.JSONDecoder, level: int) -> tuple[Any, int]:
    if level < _WALKED and text[at : at + 1] in ("{", "["):
        return _container(text, at, decoder, level)
    try:
        return decoder.raw_decode(text, at)
    except StopIteration as exc:  # as json.decoder words a value that is not there
        raise json.JSONDecodeError("Expecting value", text, exc.value) from None


def _container(text: str, at: int, decoder: json.JSONDecoder, level: int) -> tuple[Any, int]:
    is_object = text[at] == "{"
    closing = "}" if is_object else "]"
    members: Any = {} if is_object else []
    at = _skip(text, at + 1)
    if text[at : at + 1] == closing:
        return members, at + 1
    while True:
        if is_object:
            if text[at : at + 1] != '"':
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, at
                )
            key, at = decoder.raw_decode(text, at)
            at = _skip(text, at)
            if text[at : at + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
            members[key], at = _value(text, _skip(text, at + 1), decoder, level + 1)
        else:
            item, at = _value(text, at, decoder, level + 1)
            members.append(item)
        at = _skip(text, at)
        following = text[at : at + 1]
        if following == closing:
            return members, at + 1
        if following != ",":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _skip(text, at + 1)
