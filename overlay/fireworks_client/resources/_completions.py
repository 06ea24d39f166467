"""``client.completions``: the text completions operation (all generated:
``fireworks_api.resources``).

``create`` sends only the parameters you pass; ``extra_body`` adds fields the spec does not
know yet; ``stream=True`` answers a :class:`Stream` of chunks;
``context_length_exceeded_behavior="error"`` makes an over-long prompt raise
:class:`ContextLengthExceededError`.
"""

from __future__ import annotations

from fireworks_api.resources import (
    AsyncCompletionsOperations,
    AsyncCompletionsOperationsWithRawResponse,
    CompletionsOperations,
    CompletionsOperationsWithRawResponse,
)

__all__ = [
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "Completions",
    "CompletionsWithRawResponse",
]

CompletionsWithRawResponse = CompletionsOperationsWithRawResponse
AsyncCompletionsWithRawResponse = AsyncCompletionsOperationsWithRawResponse


class Completions(CompletionsOperations):
    """``client.completions``."""


class AsyncCompletions(AsyncCompletionsOperations):
    """``client.completions`` of the async client; streams are :class:`AsyncStream`."""
