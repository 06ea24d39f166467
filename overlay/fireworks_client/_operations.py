"""The clients' friendly names of the spec's operations, and :class:`Endpoint`, an operation
as the request path uses it.

The names are declared in ``openapi3.names.yml`` (friendly name -> operationId, one a line);
``make generate`` writes them to ``fireworks_api.names`` and, from them, the resource classes
and their methods (``fireworks_api.resources``), which the classes of
``fireworks_client.resources`` subclass. Everything else about an operation (method, path,
request content type, binary fields, the answer and stream-chunk models) comes from
``fireworks_api.operations``; answers are built by the models' one parser, their
``from_dict`` (``fireworks_api.fast``), which raises ``SchemaMismatch`` (a ValueError) for an
answer that does not fit the spec. A new parameter or answer field therefore reaches users by
regeneration alone, and a new operation by one line in ``openapi3.names.yml``; only behaviour
the generator cannot express (a pager, a decoder, a submit-and-poll) is written by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fireworks_api.names import FRIENDLY_NAMES

if TYPE_CHECKING:
    from fireworks_api.operations import Operation

__all__ = ["FRIENDLY_NAMES", "Endpoint", "model_parser"]


_PARSERS: dict[str, Callable[[Any], Any]] = {}


def model_parser(model: str) -> Callable[[Any], Any]:
    """The parser (``from_dict``) of the generated model named ``model`` (its class loads
    here)."""
    parser = _PARSERS.get(model)
    if parser is None:
        import fireworks_api.models  # noqa: PLC0415 - lazy: loads the one model asked for
        from fireworks_api.fast import parser_for  # noqa: PLC0415

        parser = _PARSERS[model] = parser_for(getattr(fireworks_api.models, model))
    return parser


def _array_of(one: Callable[[Any], Any], model: str) -> Callable[[Any], list[Any]]:
    """The parser of a JSON array of ``model``: a SchemaMismatch names the item that does not
    fit, and anything but an array is one."""
    from fireworks_api.fast import SchemaMismatch  # noqa: PLC0415 - loads no model

    def parse(data: Any) -> list[Any]:
        if type(data) is not list:
            kind = "an object" if isinstance(data, dict) else type(data).__name__
            raise SchemaMismatch(f"expected an array of {model}, got {kind}")
        out: list[Any] = []
        try:
            for item in data:
                out.append(one(item))
        except SchemaMismatch as exc:
            exc.within(len(out))
            raise
        return out

    return parse


class Endpoint:
    """A friendly name's operation, resolved on first use (so that importing the clients loads
    neither the operations table nor any model)."""

    __slots__ = ("_op", "_parse", "_parse_chunk", "friendly")

    def __init__(self, friendly: str) -> None:
        if friendly not in FRIENDLY_NAMES:
            raise KeyError(f"no operation is declared for {friendly!r}")
        self.friendly = friendly
        self._op: Operation | None = None
        self._parse: Callable[[Any], Any] | None = None
        self._parse_chunk: Callable[[Any], Any] | None = None

    @property
    def op(self) -> Operation:
        op = self._op
        if op is None:
            from fireworks_api.operations import OPERATIONS  # noqa: PLC0415

            op = self._op = OPERATIONS[FRIENDLY_NAMES[self.friendly]]
        return op

    @property
    def parse(self) -> Callable[[Any], Any]:
        """The constructor of the JSON answer (a list of models when the spec says array)."""
        parse = self._parse
        if parse is None:
            body = next((b for b in self.op.success if b.content_type == "application/json"), None)
            if body is None or body.model is None:
                raise TypeError(f"{self.friendly}: the spec gives no JSON answer model")
            one = model_parser(body.model)
            parse = self._parse = _array_of(one, body.model) if body.array else one
        return parse

    @property
    def parse_chunk(self) -> Callable[[Any], Any]:
        """The constructor of the stream chunk's model."""
        parse = self._parse_chunk
        if parse is None:
            model = self.op.stream_model
            if model is None:
                raise TypeError(f"{self.friendly}: the spec gives no stream answer")
            parse = self._parse_chunk = model_parser(model)
        return parse

    def __repr__(self) -> str:
        return f"Endpoint({self.friendly!r})"
