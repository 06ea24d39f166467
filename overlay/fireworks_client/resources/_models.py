"""``client.models``: the models the account can use (generated: ``fireworks_api.resources``)."""

from __future__ import annotations

from fireworks_api.resources import (
    AsyncModelsOperations,
    AsyncModelsOperationsWithRawResponse,
    ModelsOperations,
    ModelsOperationsWithRawResponse,
)

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "Models", "ModelsWithRawResponse"]

ModelsWithRawResponse = ModelsOperationsWithRawResponse
AsyncModelsWithRawResponse = AsyncModelsOperationsWithRawResponse


class Models(ModelsOperations):
    """``client.models``."""


class AsyncModels(AsyncModelsOperations):
    """``client.models`` of the async client."""
