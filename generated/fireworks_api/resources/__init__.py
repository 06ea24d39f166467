"""The clients' resources (``client.chat``, ``client.images`` ...): written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this package. Each top-level resource is a module
of it, loaded when a client first reaches the resource; this face imports nothing at
run time, so importing the client loads no resource, model or parameter class.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fireworks_api.resources.chat import AsyncChatResources, ChatResources
    from fireworks_api.resources.completions import (
        AsyncCompletionsOperations,
        CompletionsOperations,
    )
    from fireworks_api.resources.embeddings import (
        AsyncEmbeddingsOperations,
        EmbeddingsOperations,
    )
    from fireworks_api.resources.rerank import AsyncRerankOperations, RerankOperations
    from fireworks_api.resources.responses import (
        AsyncResponsesOperations,
        ResponsesOperations,
    )
    from fireworks_api.resources.images import AsyncImagesOperations, ImagesOperations
    from fireworks_api.resources.models import AsyncModelsOperations, ModelsOperations
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncFireworksResources", "FireworksResources"]


class FireworksResources:
    """The top-level resources of the synchronous client, as its attributes:
    each is made, and its module loaded, when first reached. A client class may
    give one of them a hand-written subclass by defining the attribute itself."""

    @property
    def _resource_client(self) -> SyncAPIClient:
        """The client the resources call: the client itself (its class gives it)."""
        raise NotImplementedError("a client class gives _resource_client")

    @cached_property
    def chat(self) -> ChatResources:
        from fireworks_api.resources.chat import ChatResources

        return ChatResources(self._resource_client)

    @cached_property
    def completions(self) -> CompletionsOperations:
        from fireworks_api.resources.completions import CompletionsOperations

        return CompletionsOperations(self._resource_client)

    @cached_property
    def embeddings(self) -> EmbeddingsOperations:
        from fireworks_api.resources.embeddings import EmbeddingsOperations

        return EmbeddingsOperations(self._resource_client)

    @cached_property
    def rerank(self) -> RerankOperations:
        from fireworks_api.resources.rerank import RerankOperations

        return RerankOperations(self._resource_client)

    @cached_property
    def responses(self) -> ResponsesOperations:
        from fireworks_api.resources.responses import ResponsesOperations

        return ResponsesOperations(self._resource_client)

    @cached_property
    def images(self) -> ImagesOperations:
        from fireworks_api.resources.images import ImagesOperations

        return ImagesOperations(self._resource_client)

    @cached_property
    def models(self) -> ModelsOperations:
        from fireworks_api.resources.models import ModelsOperations

        return ModelsOperations(self._resource_client)


class AsyncFireworksResources:
    """The top-level resources of the asynchronous client, as its attributes:
    each is made, and its module loaded, when first reached. A client class may
    give one of them a hand-written subclass by defining the attribute itself."""

    @property
    def _resource_client(self) -> AsyncAPIClient:
        """The client the resources call: the client itself (its class gives it)."""
        raise NotImplementedError("a client class gives _resource_client")

    @cached_property
    def chat(self) -> AsyncChatResources:
        from fireworks_api.resources.chat import AsyncChatResources

        return AsyncChatResources(self._resource_client)

    @cached_property
    def completions(self) -> AsyncCompletionsOperations:
        from fireworks_api.resources.completions import AsyncCompletionsOperations

        return AsyncCompletionsOperations(self._resource_client)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsOperations:
        from fireworks_api.resources.embeddings import AsyncEmbeddingsOperations

        return AsyncEmbeddingsOperations(self._resource_client)

    @cached_property
    def rerank(self) -> AsyncRerankOperations:
        from fireworks_api.resources.rerank import AsyncRerankOperations

        return AsyncRerankOperations(self._resource_client)

    @cached_property
    def responses(self) -> AsyncResponsesOperations:
        from fireworks_api.resources.responses import AsyncResponsesOperations

        return AsyncResponsesOperations(self._resource_client)

    @cached_property
    def images(self) -> AsyncImagesOperations:
        from fireworks_api.resources.images import AsyncImagesOperations

        return AsyncImagesOperations(self._resource_client)

    @cached_property
    def models(self) -> AsyncModelsOperations:
        from fireworks_api.resources.models import AsyncModelsOperations

        return AsyncModelsOperations(self._resource_client)
