"""``Fireworks`` and ``AsyncFireworks``, the clients.

client = Fireworks()  # FIREWORKS_API_KEY, FIREWORKS_BASE_URL
answer = client.chat.completions.create(model=..., messages=[...])
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from fireworks_client._base_client import AsyncAPIClient, SyncAPIClient, resolve_config
from fireworks_client._constants import DEFAULT_MAX_RETRIES, INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources import (
    AsyncChat,
    AsyncCompletions,
    AsyncEmbeddings,
    AsyncImages,
    AsyncModels,
    Chat,
    Completions,
    Embeddings,
    Images,
    Models,
)

__all__ = ["AsyncFireworks", "Fireworks"]


class Fireworks(SyncAPIClient):
    """The synchronous client.

    ``api_key`` defaults to ``FIREWORKS_API_KEY``; ``base_url`` to ``FIREWORKS_BASE_URL`` or
    https://api.fireworks.ai/inference/v1; ``timeout`` to 600 s with a 5 s connect timeout;
    ``max_retries`` to 2, with exponential backoff from ``retry_initial_delay`` (0.5 s) up to
    ``retry_max_delay`` (8 s), or the server's ``Retry-After``. Pass ``http_client`` (an
    ``httpx.Client``) or ``transport`` to control the HTTP layer. A context manager;
    ``close()`` releases the connections.
    """

    chat: Chat
    completions: Completions
    embeddings: Embeddings
    images: Images
    models: Models

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry_initial_delay: float = INITIAL_RETRY_DELAY,
        retry_max_delay: float = MAX_RETRY_DELAY,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_initial_delay=retry_initial_delay,
            retry_max_delay=retry_max_delay,
        )
        super().__init__(config, http_client=http_client, transport=transport)
        self._attach()

    def _attach(self) -> None:
        self.chat = Chat(self)
        self.completions = Completions(self)
        self.embeddings = Embeddings(self)
        self.images = Images(self)
        self.models = Models(self)


class AsyncFireworks(AsyncAPIClient):
    """The asynchronous client; the same settings as :class:`Fireworks`, ``http_client`` an
    ``httpx.AsyncClient`` and ``transport`` an async transport."""

    chat: AsyncChat
    completions: AsyncCompletions
    embeddings: AsyncEmbeddings
    images: AsyncImages
    models: AsyncModels

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_initial_delay: float = INITIAL_RETRY_DELAY,
        retry_max_delay: float = MAX_RETRY_DELAY,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_initial_delay=retry_initial_delay,
            retry_max_delay=retry_max_delay,
        )
        super().__init__(config, http_client=http_client, transport=transport)
        self._attach()

    def _attach(self) -> None:
        self.chat = AsyncChat(self)
        self.completions = AsyncCompletions(self)
        self.embeddings = AsyncEmbeddings(self)
        self.images = AsyncImages(self)
        self.models = AsyncModels(self)
