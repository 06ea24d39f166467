"""``client.embeddings``: the embeddings operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import AsyncResource, SyncResource

if TYPE_CHECKING:
    from fireworks_api.models import CreateEmbeddingResponse
    from fireworks_api.params import CreateEmbeddingRequestParams

__all__ = [
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
]

CREATE = Endpoint("embeddings.create")


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
        """One embedding vector per input text."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(CREATE, params, extra_body, options, raw=self._raw)  # type: ignore[no-any-return]

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
        """One embedding vector per input text."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(CREATE, params, extra_body, options, raw=self._raw)  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        return AsyncEmbeddingsWithRawResponse(self)


class AsyncEmbeddingsWithRawResponse:
    def __init__(self, resource: AsyncEmbeddings) -> None:
        self.create = to_raw_async(resource._raw_copy().create)
