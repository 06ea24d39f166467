"""``client.models``: GET /models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from fireworks_api import models

from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import Resource, options, parse_json

if TYPE_CHECKING:
    from fireworks_api.models import ListModelsResponse

    pass

__all__ = ["AsyncModels", "Models"]


class Models(Resource):
    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """The models the account can use."""
        response = self._client.request_json(
            "GET", "/models", options=options(extra_headers, timeout, max_retries)
        )
        return parse_json(response, models.ListModelsResponse.from_dict)


class AsyncModels(Resource):
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        response = await self._client.request_json(
            "GET", "/models", options=options(extra_headers, timeout, max_retries)
        )
        return parse_json(response, models.ListModelsResponse.from_dict)
