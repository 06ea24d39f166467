"""JSON in and out: request bodies encoded, answers and stream events decoded, in one place.

msgspec decodes an answer or a chunk in about a quarter of the time ``json.loads`` takes (a
typical chat chunk: ~0.65 us against ~2.5 us; most of a stream's cost per chunk on top of the
network, see ``make bench``'s stream rows), so the client decodes with it. It gives the values
``json.loads`` gives, big integers included (orjson, as fast, turns integers past 64 bits into
floats). What it refuses and the standard library accepts (``NaN`` and ``Infinity``, numbers
past a float's range, UTF-16 bytes, lone surrogates) goes to ``json.loads``, whose verdict
stands: the client accepts what it accepted before, and a body that is not JSON raises
``json.loads``'s own ``ValueError``, with its message.

A request body is encoded by orjson (a chat request: ~0.15 us against ``json``'s ~2.2 us,
~4% of an async request's CPU in ``make bench``), with the same output as
``_encoding.json_text``: what it cannot encode itself goes to ``_encoding.json_default``
(generated models by their ``to_dict``, which msgspec's encoder would bypass: it encodes
attrs classes field by field), and what it refuses (keys that are not strings) to
``json_text`` itself. A float
that is NaN or infinite has no JSON form: orjson would send null, ``json`` an invalid ``NaN``;
it is refused, naming where it is.

Both libraries are imported on first use, not by ``import fireworks_client`` (msgspec ~5 ms,
most of it the typing helpers it loads).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from fireworks_client._encoding import json_default, json_text

__all__ = ["decoder", "dumps", "loads"]

_decode: Callable[[str | bytes], Any] | None = None
_encode: Callable[[Any], bytes] | None = None


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


def _encoder() -> Callable[[Any], bytes]:
    global _encode  # noqa: PLW0603 - imported on first use, then kept
    if _encode is None:
        import orjson  # noqa: PLC0415 - see the module's docstring

        _encode = functools.partial(orjson.dumps, default=json_default)
    return _encode


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON of a request value, as ``_encoding.json_text`` writes it; a NaN or
    infinite float is a ``ValueError`` naming where it is; what ``json_default`` refuses, its
    ``TypeError``."""
    try:
        content = (_encode or _encoder())(value)
    except TypeError:  # orjson's JSONEncodeError is one: keys that are not strings, say
        content = json_text(value).encode()
        _refuse_non_finite(value, "")
        return content
    if b"null" in content:  # orjson writes a NaN or an infinity as null
        _refuse_non_finite(value, "")
    return content


def _refuse_non_finite(value: Any, where: str) -> None:
    if type(value) is float or isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(
                f"{where or 'the body'}: {value!r} has no JSON form (NaN and infinities are "
                "not JSON numbers)"
            )
        return
    if value is None or isinstance(value, str | bytes | int):
        return
    if not isinstance(value, dict | list | tuple):
        value = json_default(value)  # a model, an enum, a mapping or a sequence: what is sent
    if isinstance(value, Mapping):
        for key, item in value.items():
            _refuse_non_finite(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _refuse_non_finite(item, f"{where}[{index}]")
