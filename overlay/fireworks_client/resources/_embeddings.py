"""``client.embeddings``: POST /embeddings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from fireworks_api import models

from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import Resource, options, parse_json, wire_body

if TYPE_CHECKING:
    from fireworks_api.models import CreateEmbeddingResponse
    from fireworks_api.params import CreateEmbeddingParams


__all__ = ["AsyncEmbeddings", "Embeddings"]

PATH = "/embeddings"


class Embeddings(Resource):
    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingParams],
    ) -> CreateEmbeddingResponse:
        """One embedding vector per input text."""
        response = self._client.request_json(
            "POST",
            PATH,
            json_body=wire_body(params, extra_body),
            options=options(extra_headers, timeout, max_retries),
        )
        return parse_json(response, models.CreateEmbeddingResponse.from_dict)


class AsyncEmbeddings(Resource):
    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingParams],
    ) -> CreateEmbeddingResponse:
        response = await self._client.request_json(
            "POST",
            PATH,
            json_body=wire_body(params, extra_body),
            options=options(extra_headers, timeout, max_retries),
        )
        return parse_json(response, models.CreateEmbeddingResponse.from_dict)
