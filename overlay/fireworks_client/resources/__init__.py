"""The API's resources, as attributes of the clients (``client.chat.completions`` ...).

Most are generated whole (``fireworks_api.resources``: ``Chat`` is its ``ChatResources``,
``ChatCompletions`` its ``ChatCompletionsOperations``, and so on); four are hand-written
subclasses: ``Embeddings`` (vectors decoded from base64), ``Images`` (image answers, FLUX
Kontext's submit-and-poll), ``Datasets`` and ``Models`` (files uploaded and downloaded,
streamed).
``Responses`` is generated too: its ``list`` pages by itself, as every list of the spec does
(``fireworks_client._pagination``). Each loads on first use: importing the client loads none
of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fireworks_api.resources.chat import AsyncChatCompletionsOperations as AsyncChatCompletions
    from fireworks_api.resources.chat import AsyncChatResources as AsyncChat
    from fireworks_api.resources.chat import ChatCompletionsOperations as ChatCompletions
    from fireworks_api.resources.chat import ChatResources as Chat
    from fireworks_api.resources.completions import AsyncCompletionsOperations as AsyncCompletions
    from fireworks_api.resources.completions import CompletionsOperations as Completions
    from fireworks_api.resources.rerank import AsyncRerankOperations as AsyncRerank
    from fireworks_api.resources.rerank import RerankOperations as Rerank
    from fireworks_api.resources.responses import AsyncResponsesOperations as AsyncResponses
    from fireworks_api.resources.responses import ResponsesOperations as Responses

    from fireworks_client.resources._datasets import AsyncDatasets, Datasets
    from fireworks_client.resources._embeddings import AsyncEmbeddings, Embeddings
    from fireworks_client.resources._images import AsyncImages, GeneratedImage, Images
    from fireworks_client.resources._models import AsyncModels, Models

# name -> (module, attribute)
_WHERE = {
    "AsyncChat": ("fireworks_api.resources.chat", "AsyncChatResources"),
    "AsyncChatCompletions": ("fireworks_api.resources.chat", "AsyncChatCompletionsOperations"),
    "AsyncCompletions": ("fireworks_api.resources.completions", "AsyncCompletionsOperations"),
    "AsyncDatasets": ("fireworks_client.resources._datasets", "AsyncDatasets"),
    "AsyncEmbeddings": ("fireworks_client.resources._embeddings", "AsyncEmbeddings"),
    "AsyncImages": ("fireworks_client.resources._images", "AsyncImages"),
    "AsyncModels": ("fireworks_client.resources._models", "AsyncModels"),
    "AsyncRerank": ("fireworks_api.resources.rerank", "AsyncRerankOperations"),
    "AsyncResponses": ("fireworks_api.resources.responses", "AsyncResponsesOperations"),
    "Chat": ("fireworks_api.resources.chat", "ChatResources"),
    "ChatCompletions": ("fireworks_api.resources.chat", "ChatCompletionsOperations"),
    "Completions": ("fireworks_api.resources.completions", "CompletionsOperations"),
    "Datasets": ("fireworks_client.resources._datasets", "Datasets"),
    "Embeddings": ("fireworks_client.resources._embeddings", "Embeddings"),
    "GeneratedImage": ("fireworks_client.resources._images", "GeneratedImage"),
    "Images": ("fireworks_client.resources._images", "Images"),
    "Models": ("fireworks_client.resources._models", "Models"),
    "Rerank": ("fireworks_api.resources.rerank", "RerankOperations"),
    "Responses": ("fireworks_api.resources.responses", "ResponsesOperations"),
}

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncCompletions",
    "AsyncDatasets",
    "AsyncEmbeddings",
    "AsyncImages",
    "AsyncModels",
    "AsyncRerank",
    "AsyncResponses",
    "Chat",
    "ChatCompletions",
    "Completions",
    "Datasets",
    "Embeddings",
    "GeneratedImage",
    "Images",
    "Models",
    "Rerank",
    "Responses",
]

if not TYPE_CHECKING:  # for type checkers the names are the imports above: no hole

    def __getattr__(name: str) -> Any:
        where = _WHERE.get(name)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where[0]), where[1])
        globals()[name] = value
        return value
