"""``client.embeddings``: the embeddings operation.

With ``encoding_format="base64"`` the service sends each vector as base64 (little-endian
float32, a quarter of the JSON text); the answer's ``embedding`` is decoded back into floats,
so code reads the same vectors whichever form went over the wire. The method is generated
(``fireworks_api.resources``); this module gives it its answer parser.
"""

from __future__ import annotations

import base64
import sys
from array import array
from types import MappingProxyType
from typing import TYPE_CHECKING

from fireworks_api.resources import (
    AsyncEmbeddingsOperations,
    AsyncEmbeddingsOperationsWithRawResponse,
    EmbeddingsOperations,
    EmbeddingsOperationsWithRawResponse,
)

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import parsed

if TYPE_CHECKING:
    from fireworks_api.models import CreateEmbeddingResponse

    from fireworks_client._wire import Answer

__all__ = [
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
]

CREATE = Endpoint("embeddings.create")
EmbeddingsWithRawResponse = EmbeddingsOperationsWithRawResponse
AsyncEmbeddingsWithRawResponse = AsyncEmbeddingsOperationsWithRawResponse


def _floats(text: str) -> list[float]:
    values = array("f")
    values.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":
        values.byteswap()
    return values.tolist()


def _decoded(answer: Answer) -> CreateEmbeddingResponse:
    """The answer with base64 vectors turned back into floats."""
    response: CreateEmbeddingResponse = parsed(answer, CREATE.parse)
    for item in response.data:
        if isinstance(item.embedding, str):
            item.embedding = _floats(item.embedding)
    return response


class Embeddings(EmbeddingsOperations):
    """``client.embeddings``: one embedding vector per input (floats, whatever
    ``encoding_format`` says)."""

    _parsers = MappingProxyType({"create": _decoded})


class AsyncEmbeddings(AsyncEmbeddingsOperations):
    """``client.embeddings`` of the async client."""

    _parsers = MappingProxyType({"create": _decoded})
