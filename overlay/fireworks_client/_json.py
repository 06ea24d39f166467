"""JSON decoding of answers and stream events, in one place.

msgspec decodes an answer or a chunk in about a quarter of the time ``json.loads`` takes (a
typical chat chunk: ~0.65 us against ~2.5 us; most of a stream's cost per chunk on top of the
network, see ``make bench``'s stream rows), so the client decodes with it. It gives the values
``json.loads`` gives, big integers included (orjson, as fast, turns integers past 64 bits into
floats). What it refuses and the standard library accepts (``NaN`` and ``Infinity``, numbers
past a float's range, UTF-16 bytes, lone surrogates) goes to ``json.loads``, whose verdict
stands: the client accepts what it accepted before, and a body that is not JSON raises
``json.loads``'s own ``ValueError``, with its message.

msgspec is imported by the first decode, not by ``import fireworks_client`` (~5 ms, most of it
the typing helpers it loads).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["decoder", "loads"]

_decode: Callable[[str | bytes], Any] | None = None


def decoder() -> Callable[[str | bytes], Any]:
    """msgspec's decoder of JSON into Python values (its ``ValueError``: not JSON to it; ask
    :func:`loads`): for a loop that decodes many values and binds it once."""
    global _decode  # noqa: PLW0603 - imported on first use, then kept
    if _decode is None:
        import msgspec.json  # noqa: PLC0415 - see the module's docstring

        _decode = msgspec.json.Decoder().decode
    return _decode


def loads(data: str | bytes) -> Any:
    """The value of a JSON text, as ``json.loads`` gives it (``ValueError`` when it is none)."""
    try:
        return (_decode or decoder())(data)
    except ValueError:  # msgspec's DecodeError is one
        return json.loads(data)
