"""The inference API's list of models (``models.list``): the mock's :data:`DEFAULT_MODELS`."""

from __future__ import annotations

from fireworks_client.mock._answers.common import (
    JsonResult,
    MockRequest,
    Result,
)
from fireworks_client.mock._models import ModelInfo

__all__ = ["list_models"]


def list_models(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    data = [
        {"id": m.id, "object": "model", "created": m.created, "owned_by": m.owned_by}
        for m in models
    ]
    return JsonResult({"object": "list", "data": data})
