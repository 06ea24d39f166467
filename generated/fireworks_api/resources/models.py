"""``client.models``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Never, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import ListModelsResponse
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "MODELS_LIST",
    "AsyncModelsOperations",
    "AsyncModelsOperationsWithRawResponse",
    "ModelsOperations",
    "ModelsOperationsWithRawResponse",
]

MODELS_LIST: Endpoint[ListModelsResponse, Never] = Endpoint(
    "models.list",
    "GET",
    "/models",
    answer="ListModelsResponse",
)


class ModelsOperations(SyncResource):
    """``client.models``, as the spec describes it."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the models available to the account (``GET /inference/v1/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(MODELS_LIST, {}, None, options, raw=self._raw)

    @property
    def with_raw_response(self) -> ModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ModelsOperationsWithRawResponse(self)


class ModelsOperationsWithRawResponse:
    """The methods of :class:`ModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: ModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw.list)


class AsyncModelsOperations(AsyncResource):
    """``client.models``, as the spec describes it."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the models available to the account (``GET /inference/v1/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(MODELS_LIST, {}, None, options, raw=self._raw)

    @property
    def with_raw_response(self) -> AsyncModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncModelsOperationsWithRawResponse(self)


class AsyncModelsOperationsWithRawResponse:
    """The methods of :class:`AsyncModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw.list)
