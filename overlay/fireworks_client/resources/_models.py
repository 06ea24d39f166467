"""``client.models``: the model list operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import AsyncResource, SyncResource

if TYPE_CHECKING:
    from fireworks_api.models import ListModelsResponse

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "Models", "ModelsWithRawResponse"]

LIST = Endpoint("models.list")


class Models(SyncResource):
    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """The models the account can use."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(LIST, {}, None, options, raw=self._raw)  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> ModelsWithRawResponse:
        return ModelsWithRawResponse(self)


class ModelsWithRawResponse:
    def __init__(self, resource: Models) -> None:
        self.list = to_raw(resource._raw_copy().list)


class AsyncModels(AsyncResource):
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """The models the account can use."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(LIST, {}, None, options, raw=self._raw)  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        return AsyncModelsWithRawResponse(self)


class AsyncModelsWithRawResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self.list = to_raw_async(resource._raw_copy().list)
