"""The models the mock server knows, with their context windows and embedding sizes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["DEFAULT_MODELS", "ModelInfo", "ModelKind", "find_model"]


class ModelKind(StrEnum):
    TEXT = "text"  # serves /chat/completions and /completions
    EMBEDDING = "embedding"
    IMAGE = "image"
    RERANK = "rerank"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    id: str
    kind: ModelKind
    context_window: int = 0  # tokens: prompt + completion (text), input limit (embedding)
    dimensions: int = 0  # embedding size when the request does not set `dimensions`
    owned_by: str = "fireworks"
    created: int = 1704067200
    reasoning: bool = False  # answers with reasoning_content unless told not to


DEFAULT_MODELS: tuple[ModelInfo, ...] = (
    # Today's catalogue (the models today's reference and guides name).
    ModelInfo("accounts/fireworks/models/kimi-k2-instruct-0905", ModelKind.TEXT, 262144),
    ModelInfo("accounts/fireworks/models/deepseek-r1-0528", ModelKind.TEXT, 163840, reasoning=True),
    ModelInfo("accounts/fireworks/models/qwen3-235b-a22b", ModelKind.TEXT, 131072, reasoning=True),
    ModelInfo("accounts/fireworks/models/gpt-oss-120b", ModelKind.TEXT, 131072, reasoning=True),
    ModelInfo("accounts/fireworks/models/llama-v3p3-70b-instruct", ModelKind.TEXT, 131072),
    ModelInfo("accounts/fireworks/models/qwen3-reranker-8b", ModelKind.RERANK, 40960),
    ModelInfo("accounts/fireworks/models/flux-1-schnell-fp8", ModelKind.IMAGE),
    ModelInfo("accounts/fireworks/models/flux-kontext-pro", ModelKind.IMAGE),
    # Earlier models, still answered.
    ModelInfo("accounts/fireworks/models/llama-v3p1-8b-instruct", ModelKind.TEXT, 131072),
    ModelInfo("accounts/fireworks/models/llama-v2-7b", ModelKind.TEXT, 4096),
    ModelInfo("accounts/fireworks/models/llama-v2-7b-chat", ModelKind.TEXT, 4096),
    ModelInfo("accounts/fireworks/models/starcoder-16b-w8a16", ModelKind.TEXT, 8192),
    # A deliberately small window, so that tests can exceed it with a short prompt.
    ModelInfo("accounts/fireworks/models/mock-tiny", ModelKind.TEXT, 64),
    ModelInfo(
        "nomic-ai/nomic-embed-text-v1.5",
        ModelKind.EMBEDDING,
        8192,
        dimensions=768,
        owned_by="nomic-ai",
    ),
    ModelInfo("thenlper/gte-base", ModelKind.EMBEDDING, 512, dimensions=768, owned_by="thenlper"),
    ModelInfo("accounts/fireworks/models/stable-diffusion-xl-1024-v1-0", ModelKind.IMAGE),
)


def find_model(models: tuple[ModelInfo, ...], model_id: str) -> ModelInfo | None:
    for model in models:
        if model.id == model_id:
            return model
    return None
