"""``client.rerank``: documents ordered by their relevance to a query.

Everything is generated (``fireworks_api.resources``): ``create`` answers the documents scored
against the query, most relevant first (``top_n`` of them).
"""

from __future__ import annotations

from fireworks_api.resources import (
    AsyncRerankOperations,
    AsyncRerankOperationsWithRawResponse,
    RerankOperations,
    RerankOperationsWithRawResponse,
)

__all__ = ["AsyncRerank", "AsyncRerankWithRawResponse", "Rerank", "RerankWithRawResponse"]

RerankWithRawResponse = RerankOperationsWithRawResponse
AsyncRerankWithRawResponse = AsyncRerankOperationsWithRawResponse


class Rerank(RerankOperations):
    """``client.rerank``."""


class AsyncRerank(AsyncRerankOperations):
    """``client.rerank`` of the async client."""
