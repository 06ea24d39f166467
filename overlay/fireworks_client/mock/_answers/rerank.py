"""The mock's rerank: documents scored by the words they share with the query, deterministic,
most relevant first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._answers.common import JsonResult, MockRequest, Result
from fireworks_client.mock._answers.text import count_tokens, rng_for

if TYPE_CHECKING:
    from fireworks_client.mock._models import ModelInfo

__all__ = ["DEFAULT_RERANK_MODEL", "rerank"]

DEFAULT_RERANK_MODEL = "accounts/fireworks/models/qwen3-reranker-8b"


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _score(query: set[str], document: str, seed: tuple[Any, ...]) -> float:
    """Shared words over the query's words, plus a small seeded tie-breaker; in [0, 1]."""
    words = _words(document)
    overlap = len(query & words) / len(query) if query else 0.0
    jitter = rng_for(*seed, document).random() * 0.01
    return round(min(1.0, overlap * 0.99 + jitter), 6)


def rerank(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = body.get("model") or DEFAULT_RERANK_MODEL
    query = str(body["query"])
    documents = [str(d) for d in body["documents"]]
    wanted = _words(query)
    scored = sorted(
        (
            (_score(wanted, document, (model, query)), index, document)
            for index, document in enumerate(documents)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    top_n = body.get("top_n")
    if isinstance(top_n, int):
        scored = scored[:top_n]
    keep = body.get("return_documents", True) is not False
    data = [
        {"index": index, "relevance_score": score, **({"document": doc} if keep else {})}
        for score, index, doc in scored
    ]
    tokens = count_tokens(query) * max(1, len(documents)) + sum(map(count_tokens, documents))
    return JsonResult(
        {
            "object": "list",
            "model": model,
            "data": data,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )
