"""``client.embeddings``: the embeddings operation.

With ``encoding_format="base64"`` the service sends each vector as base64 (little-endian
float32, a quarter of the JSON text); the answer's ``embedding`` is decoded back into floats,
so code reads the same vectors whichever form went over the wire.
"""

from __future__ import annotations

import base64
import sys
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import parsed, request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import AsyncResource, SyncResource

if TYPE_CHECKING:
    from fireworks_api.models import CreateEmbeddingResponse
    from fireworks_api.params import CreateEmbeddingRequestParams

    from fireworks_client._wire import Answer

__all__ = [
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
]

CREATE = Endpoint("embeddings.create")


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


class Embeddings(SyncResource):
    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingRequestParams],
    ) -> CreateEmbeddingResponse:
        """One embedding vector per input (floats, whatever ``encoding_format`` says)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            CREATE, params, extra_body, options, raw=self._raw, parse=_decoded
        )

    @property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        return EmbeddingsWithRawResponse(self)


class EmbeddingsWithRawResponse:
    def __init__(self, resource: Embeddings) -> None:
        self.create = to_raw(resource._raw_copy().create)


class AsyncEmbeddings(AsyncResource):
    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingRequestParams],
    ) -> CreateEmbeddingResponse:
        """One embedding vector per input (floats, whatever ``encoding_format`` says)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            CREATE, params, extra_body, options, raw=self._raw, parse=_decoded
        )

    @property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        return AsyncEmbeddingsWithRawResponse(self)


class AsyncEmbeddingsWithRawResponse:
    def __init__(self, resource: AsyncEmbeddings) -> None:
        self.create = to_raw_async(resource._raw_copy().create)
