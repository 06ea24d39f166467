"""An operation as the request path uses it: :class:`Endpoint`, typed by its answer and its
stream chunk.

The generated resource modules (``fireworks_api.resources.*``) make one ``Endpoint`` per
operation with everything the generator knew: method, path, path and query parameters, the
request's content type and file fields, the framing of its stream, and the answer and chunk
models, as type parameters for type checkers and as names for the parser (the models' one
parser, their ``from_dict`` in ``fireworks_api.fast``, raises ``SchemaMismatch``, a
ValueError, for an answer that does not fit the spec; a model's class loads on the first
answer that needs it). The request path is generic in them (``SyncAPIClient.request``), so a
generated method's answer type is checked from the spec down to the parser, and nothing is
looked up again at call time.

Code that chooses an operation at run time (the bulk runner, by the URL of a request line)
makes its endpoint from the generated description with :func:`endpoint_named`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, cast

__all__ = ["Endpoint", "endpoint_named", "model_parser"]

AnswerT_co = TypeVar("AnswerT_co", covariant=True)
ChunkT_co = TypeVar("ChunkT_co", covariant=True)


def model_parser(model: str) -> Callable[[Any], Any]:
    """The parser (``from_dict``) of the generated model named ``model`` (its class loads
    here; an endpoint keeps what this gives)."""
    import fireworks_api.models  # noqa: PLC0415 - lazy: loads the one model asked for
    from fireworks_api.fast import parser_for  # noqa: PLC0415

    return parser_for(getattr(fireworks_api.models, model))


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


def _union_of(discriminator: str, variants: Mapping[str, str]) -> Callable[[Any], Any]:
    """The parser of a union of models told apart by ``discriminator``: the model its value
    names parses the object (each model's class loads with its first object); a value the
    union does not name is a SchemaMismatch naming the field and the values it takes."""
    from fireworks_api.fast import SchemaMismatch  # noqa: PLC0415 - loads no model

    parsers: dict[str, Callable[[Any], Any]] = {}
    known = ", ".join(sorted(variants))

    def parse(data: Any) -> Any:
        tag = data.get(discriminator) if type(data) is dict else None
        one = parsers.get(tag) if isinstance(tag, str) else None
        if one is None:
            if not isinstance(tag, str) or tag not in variants:
                raise SchemaMismatch(f"expected one of {known}, got {tag!r}", discriminator)
            one = parsers[tag] = model_parser(variants[tag])
        return one(data)

    return parse


class Endpoint(Generic[AnswerT_co, ChunkT_co]):
    """One operation: ``AnswerT_co`` is its JSON answer's type, ``ChunkT_co`` its stream chunk's
    (``Never`` when it does not stream). ``request``: the request body's content type (None
    without a body); ``binary_fields``: multipart fields that carry files; ``answer`` and
    ``chunk``: the models' names in ``fireworks_api.models`` (``answer_array``: a JSON array
    of them); ``chunk_variants``: instead of ``chunk``, a union of models, the model of each
    value of the chunk's ``chunk_discriminator``; ``terminator``, ``error_key``,
    ``end_event`` and ``error_event``: how its stream is framed, as the spec's
    ``x-fireworks-sse`` declares it (a :class:`~fireworks_client._streaming.Framing`);
    ``service_root``: ``path`` is taken from the service's root, not the client's base URL
    (the platform's operations, outside the API root); ``wire_names``: the Python keyword ->
    wire name of the body and query fields whose names differ (``page_size`` -> ``pageSize``)."""

    __slots__ = (
        "_parse",
        "_parse_chunk",
        "answer",
        "answer_array",
        "binary_fields",
        "chunk",
        "chunk_discriminator",
        "chunk_variants",
        "end_event",
        "error_event",
        "error_key",
        "friendly",
        "method",
        "path",
        "path_params",
        "query_params",
        "request",
        "service_root",
        "terminator",
        "wire_names",
    )

    def __init__(
        self,
        friendly: str,
        method: str,
        path: str,
        *,
        request: str | None = None,
        binary_fields: frozenset[str] = frozenset(),
        path_params: tuple[str, ...] = (),
        query_params: tuple[str, ...] = (),
        answer: str | None = None,
        answer_array: bool = False,
        chunk: str | None = None,
        terminator: str | None = None,
        error_key: str | None = None,
        service_root: bool = False,
        wire_names: Mapping[str, str] | None = None,
        chunk_variants: Mapping[str, str] | None = None,
        chunk_discriminator: str | None = None,
        end_event: str | None = None,
        error_event: str | None = None,
    ) -> None:
        self.friendly = friendly
        self.service_root = service_root
        self.wire_names = wire_names or {}
        self.method = method
        self.path = path
        self.request = request
        self.binary_fields = binary_fields
        self.path_params = path_params
        self.query_params = query_params
        self.answer = answer
        self.answer_array = answer_array
        self.chunk = chunk
        self.terminator = terminator
        self.error_key = error_key
        self.chunk_variants = chunk_variants or {}
        self.chunk_discriminator = chunk_discriminator
        self.end_event = end_event
        self.error_event = error_event
        self._parse: Callable[[Any], Any] | None = None
        self._parse_chunk: Callable[[Any], Any] | None = None

    def parse(self, data: Any) -> AnswerT_co:
        """The typed answer from its decoded JSON."""
        parse = self._parse
        if parse is None:
            if self.answer is None:
                raise TypeError(f"{self.friendly}: the spec gives no JSON answer model")
            one = model_parser(self.answer)
            parse = self._parse = _array_of(one, self.answer) if self.answer_array else one
        # The generator wrote this endpoint's AnswerT_co and its model's name from one schema.
        return cast("AnswerT_co", parse(data))

    def chunk_parser(self) -> Callable[[dict[str, Any]], ChunkT_co]:
        """The chunk model's parser itself, for a stream to call on every chunk without a
        call through this endpoint."""
        parse = self._parse_chunk
        if parse is None:
            if self.chunk is not None:
                parse = model_parser(self.chunk)
            elif self.chunk_variants and self.chunk_discriminator is not None:
                parse = _union_of(self.chunk_discriminator, self.chunk_variants)
            else:
                raise TypeError(f"{self.friendly}: the spec gives no stream answer")
            self._parse_chunk = parse
        # As in parse: the generator wrote ChunkT_co and the chunk model's name from one schema.
        return cast("Callable[[dict[str, Any]], ChunkT_co]", parse)

    def __repr__(self) -> str:
        return f"Endpoint({self.friendly!r}, {self.method!r}, {self.path!r})"


def endpoint_named(friendly: str) -> Endpoint[Any, Any]:
    """The endpoint of a declared friendly name, from the generated description of the
    operations (for code that chooses an operation at run time)."""
    from fireworks_api.names import FRIENDLY_NAMES  # noqa: PLC0415 - lazy: a table
    from fireworks_api.operations import OPERATIONS  # noqa: PLC0415

    if friendly not in FRIENDLY_NAMES:
        raise KeyError(f"no operation is declared for {friendly!r}")
    op = OPERATIONS[FRIENDLY_NAMES[friendly]]
    answer = next((b for b in op.success if b.content_type == "application/json"), None)
    events = op.event_stream
    discriminator, variants = op.stream_variants
    return Endpoint(
        friendly,
        op.method,
        op.path,
        request=op.request[0].content_type if op.request else None,
        binary_fields=op.binary_fields,
        path_params=op.path_params,
        query_params=op.query_params,
        answer=answer.model if answer is not None else None,
        answer_array=answer.array if answer is not None else False,
        chunk=op.stream_model,
        terminator=events.terminator if events is not None else None,
        error_key=events.error_key if events is not None else None,
        chunk_variants=dict(variants),
        chunk_discriminator=discriminator,
        end_event=events.end_event if events is not None else None,
        error_event=events.error_event if events is not None else None,
    )
