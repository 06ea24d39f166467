"""Embeddings (``embeddings.create``): one L2-normalised vector per input, the same for the
same text; structured inputs through ``prompt_template``."""

from __future__ import annotations

import base64
import math
import re
import struct
from typing import Any

from fireworks_client.mock._answers.common import (
    JsonResult,
    MockRequest,
    Result,
)
from fireworks_client.mock._answers.text import (
    count_tokens,
    rng_for,
)
from fireworks_client.mock._models import ModelInfo, ModelKind, find_model
from fireworks_client.mock._spec.errors import MockError

__all__ = ["embedding"]


_FIELD = re.compile(r"\{\{?\s*(\w+)\s*\}?\}")


def _embedding_texts(body: dict[str, Any]) -> list[str]:
    """The texts to embed: strings as they are; structured inputs (objects) through
    ``prompt_template``, whose ``{field}`` (or ``{{ field }}``) places take the object's
    fields."""
    given = body["input"]
    items = [given] if isinstance(given, str | dict) else list(given)
    template = body.get("prompt_template")
    texts = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            texts.append(item)
            continue
        if not isinstance(template, str):
            raise MockError(
                400,
                f"input[{index}]: an object needs prompt_template to become text",
                param="prompt_template",
                code="missing_prompt_template",
            )

        texts.append(_render(template, item))
    return texts


def _render(template: str, fields: dict[str, Any]) -> str:
    """``template`` with each ``{field}`` replaced; a field the object lacks renders empty, as
    an undefined Jinja2 variable does."""
    values = {k: str(v) for k, v in fields.items()}
    return _FIELD.sub(lambda match: values.get(match.group(1), ""), template)


def _base64_floats(values: list[float]) -> str:
    """Little-endian float32, base64-encoded: the service's encoding_format "base64"."""
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def embedding(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = find_model(models, body["model"])
    if model is None or model.kind is not ModelKind.EMBEDDING:
        raise MockError(
            404,
            f"Model not found: {body['model']!r} is not an embedding model",
            param="model",
            code="model_not_found",
        )
    inputs = _embedding_texts(body)
    size = body.get("dimensions") or model.dimensions
    if size > model.dimensions:
        raise MockError(
            400,
            f"dimensions: {size} is more than the {model.dimensions} that {model.id} produces",
            param="dimensions",
            code="invalid_dimensions",
        )
    data, total = [], 0
    for index, text in enumerate(inputs):
        tokens = count_tokens(text)
        if not text:
            raise MockError(
                400,
                f"input[{index}]: must not be an empty string",
                param="input",
                code="empty_input",
            )
        if tokens > model.context_window:
            raise MockError(
                400,
                f"input[{index}]: {tokens} tokens is more than the {model.context_window} "
                f"that {model.id} accepts",
                param="input",
                code="input_too_long",
            )
        total += tokens
        rng = rng_for(model.id, text)
        full = [rng.gauss(0.0, 1.0) for _ in range(model.dimensions)]
        vector = full[:size]
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        unit = [v / norm for v in vector]
        data.append(
            {
                "object": "embedding",
                "index": index,
                "embedding": _base64_floats(unit)
                if body.get("encoding_format") == "base64"
                else unit,
            }
        )
    return JsonResult(
        {
            "object": "list",
            "model": model.id,
            "data": data,
            "usage": {"prompt_tokens": total, "total_tokens": total},
        }
    )
