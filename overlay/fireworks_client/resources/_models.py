"""``client.models``: GET /models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from fireworks_api.models import ListModelsResponse

from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import options, parse_json

if TYPE_CHECKING:
    from fireworks_client._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncModels", "Models"]


class Models:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """The models the account can use."""
        response = self._client.request(
            "GET", "/models", options=options(extra_headers, timeout, max_retries)
        )
        return parse_json(response, ListModelsResponse.from_dict)


class AsyncModels:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        response = await self._client.request(
            "GET", "/models", options=options(extra_headers, timeout, max_retries)
        )
        return parse_json(response, ListModelsResponse.from_dict)
