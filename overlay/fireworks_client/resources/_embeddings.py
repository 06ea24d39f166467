"""``client.embeddings``: the embeddings operation.

With ``encoding_format="base64"`` the service sends each vector as base64 (little-endian
float32, a quarter of the JSON text); the answer's ``embedding`` is decoded back into floats,
so code reads the same vectors whichever form went over the wire, and the answer says so to a
type checker: :class:`DecodedEmbeddingResponse` is the generated ``CreateEmbeddingResponse``
whose ``data[i].embedding`` is ``list[float]`` (the spec's answer also allows the base64 string,
which never reaches the caller). The method is generated (``fireworks_api.resources``); this
module gives it its answer parser and that narrower answer type.
"""

from __future__ import annotations

import base64
import binascii
import sys
from array import array
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_api.resources import (
    AsyncEmbeddingsOperations,
    AsyncEmbeddingsOperationsWithRawResponse,
    EmbeddingsOperations,
    EmbeddingsOperationsWithRawResponse,
)

from fireworks_client._exceptions import APIResponseValidationError
from fireworks_client._operations import Endpoint
from fireworks_client._request_path import as_http, parsed

if TYPE_CHECKING:
    from fireworks_api.models import CreateEmbeddingResponse, Embedding
    from fireworks_api.params import CreateEmbeddingRequestParams

    from fireworks_client._types import NotGiven, Timeout
    from fireworks_client._wire import Answer

__all__ = [
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "DecodedEmbedding",
    "DecodedEmbeddingResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
]

CREATE = Endpoint("embeddings.create")
EmbeddingsWithRawResponse = EmbeddingsOperationsWithRawResponse
AsyncEmbeddingsWithRawResponse = AsyncEmbeddingsOperationsWithRawResponse

_ITEM_DOC = "An ``Embedding`` whose vector is floats (decoded if it came as base64)."
_ANSWER_DOC = "The embeddings answer as ``client.embeddings.create`` returns it: floats."

if TYPE_CHECKING:

    class DecodedEmbedding(Embedding):
        """An ``Embedding`` whose vector is floats (decoded if it came as base64)."""

        embedding: list[float]

    class DecodedEmbeddingResponse(CreateEmbeddingResponse):
        """The embeddings answer as ``client.embeddings.create`` returns it: floats."""

        # The generated class says list[Embedding]; every item here is a DecodedEmbedding.
        data: list[DecodedEmbedding]  # type: ignore[assignment]


@cache
def _classes() -> tuple[type[DecodedEmbedding], type[DecodedEmbeddingResponse]]:
    """The two classes, made on first use: they subclass generated models, which importing the
    client must not load. No slots of their own, so an answer's objects can take their class."""
    from fireworks_api.models import CreateEmbeddingResponse, Embedding  # noqa: PLC0415

    namespace = {"__slots__": (), "__module__": __name__}
    item = type("DecodedEmbedding", (Embedding,), {**namespace, "__doc__": _ITEM_DOC})
    answer = type(
        "DecodedEmbeddingResponse",
        (CreateEmbeddingResponse,),
        {**namespace, "__doc__": _ANSWER_DOC},
    )
    return item, answer


def __getattr__(name: str) -> Any:
    if name == "DecodedEmbedding":
        return _classes()[0]
    if name == "DecodedEmbeddingResponse":
        return _classes()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _floats(text: str) -> list[float]:
    """The floats of a base64 vector (little-endian float32); ValueError if it is not one."""
    values = array("f")
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as exc:  # a ValueError, said plainly
        raise ValueError(f"not base64 ({exc})") from None
    if len(raw) % values.itemsize:
        raise ValueError(f"{len(raw)} bytes, not a whole number of float32 values")
    values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tolist()


def _decoded(answer: Answer) -> DecodedEmbeddingResponse:
    """The answer with base64 vectors turned back into floats, as the narrower classes (the
    same objects: only their class changes, which their empty slots allow)."""
    item_class, answer_class = _classes()
    response = parsed(answer, CREATE.parse)
    for n, item in enumerate(response.data):
        if isinstance(item.embedding, str):
            try:
                item.embedding = _floats(item.embedding)
            except ValueError as exc:
                raise APIResponseValidationError(
                    "The answer does not match the spec: CreateEmbeddingResponse: "
                    f"data[{n}].embedding: expected base64 of little-endian float32, {exc}",
                    response=as_http(answer),
                    body=answer.json(),
                ) from exc
        item.__class__ = item_class
    response.__class__ = answer_class
    return response  # type: ignore[no-any-return]


class Embeddings(EmbeddingsOperations):
    """``client.embeddings``: one embedding vector per input (floats, whatever
    ``encoding_format`` says)."""

    _parsers = MappingProxyType({"create": _decoded})

    if TYPE_CHECKING:
        # The generated method with the narrower answer it has here; a test holds these
        # parameters equal to the generated ones.
        def create(
            self,
            *,
            extra_body: Mapping[str, Any] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            timeout: Timeout | NotGiven = ...,
            max_retries: int | NotGiven = ...,
            **params: Unpack[CreateEmbeddingRequestParams],
        ) -> DecodedEmbeddingResponse: ...


class AsyncEmbeddings(AsyncEmbeddingsOperations):
    """``client.embeddings`` of the async client."""

    _parsers = MappingProxyType({"create": _decoded})

    if TYPE_CHECKING:

        async def create(
            self,
            *,
            extra_body: Mapping[str, Any] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            timeout: Timeout | NotGiven = ...,
            max_retries: int | NotGiven = ...,
            **params: Unpack[CreateEmbeddingRequestParams],
        ) -> DecodedEmbeddingResponse: ...
