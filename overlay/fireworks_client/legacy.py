"""The API of the older ``fireworks.client``, on top of the new clients.

    from fireworks_client import legacy as client

    client.api_key = "..."            # else FIREWORKS_API_KEY
    answer = client.ChatCompletion.create(
        "accounts/fireworks/models/llama-v3p1-8b-instruct",
        [{"role": "user", "content": "Hello"}],
    )
    for chunk in client.Completion.create(model, "Once upon a time", stream=True): ...

Calls with the same ``api_key`` and ``base_url`` share one client and its connections (the async
ones, one per event loop); ``acreate`` awaits the async client and never blocks the loop.
Answers are the generated models of ``fireworks_api``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import threading
from collections.abc import AsyncIterator
from typing import Any, ClassVar

from fireworks_api.models import ListModelsResponse

from fireworks_client._client import AsyncFireworks, Fireworks
from fireworks_client._logging import set_console_log_level

__all__ = [
    "BaseCompletion",
    "ChatCompletion",
    "Completion",
    "Model",
    "api_key",
    "base_url",
    "set_console_log_level",
]

api_key: str | None = None
"""The API key for the calls below; ``None`` means FIREWORKS_API_KEY."""
base_url: str | None = None
"""The API's base URL; ``None`` means FIREWORKS_BASE_URL or the service."""

_lock = threading.Lock()
_sync: dict[tuple[str | None, str | None], Fireworks] = {}
# Per event loop (httpx's async pool cannot move between loops), keyed by the loop itself (an
# id() can be recycled by a new loop); the clients of ended loops are dropped when a new loop
# asks (their connections died with the loop).
_async: dict[asyncio.AbstractEventLoop, dict[tuple[str | None, str | None], AsyncFireworks]] = {}


# Keyed by this process's own random salt: a digest in the tables cannot be checked against
# a guessed key elsewhere.
_SALT = os.urandom(16)


def _key() -> tuple[str | None, str | None]:
    """The clients' key: a salted digest of the API key, never the key (the tables are module
    state anyone can print)."""
    if api_key is None:
        return (None, base_url)
    return (hmac.new(_SALT, api_key.encode(), hashlib.sha256).hexdigest()[:16], base_url)


def _client() -> Fireworks:
    key = _key()
    with _lock:
        if key not in _sync:
            _sync[key] = Fireworks(api_key=api_key, base_url=base_url)
        return _sync[key]


async def _async_client() -> AsyncFireworks:
    loop = asyncio.get_running_loop()
    key = _key()
    ended: list[AsyncFireworks] = []
    with _lock:
        clients = _async.get(loop)
        if clients is None:
            for other in [other for other in _async if other.is_closed()]:
                ended += _async.pop(other).values()
            clients = _async[loop] = {}
        if key not in clients:
            clients[key] = AsyncFireworks(api_key=api_key, base_url=base_url)
        client = clients[key]
    for old in ended:  # nothing to wait for: their connections died with their loop
        await old.close()
    return client


class BaseCompletion:
    """Shared logic of :class:`Completion` and :class:`ChatCompletion`."""

    _prompt_field: ClassVar[str]
    _resource: ClassVar[str]

    @classmethod
    def _params(cls, model: str, prompt_or_messages: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = {"model": model, **kwargs}
        if prompt_or_messages is not None:
            params[cls._prompt_field] = prompt_or_messages
        elif cls._prompt_field not in params:
            raise ValueError(
                f"prompt_or_messages: give the {cls._prompt_field} as the second argument "
                f"or as {cls._prompt_field}=..."
            )
        return params

    @classmethod
    def _endpoint(cls, client: Fireworks | AsyncFireworks) -> Any:
        return client.chat.completions if cls._resource == "chat" else client.completions

    @classmethod
    def create(
        cls,
        model: str,
        prompt_or_messages: Any = None,
        request_timeout: float = 600,
        stream: bool = False,
        **kwargs: Any,
    ) -> Any:
        """The answer, or with ``stream=True`` an iterator of chunks."""
        params = cls._params(model, prompt_or_messages, kwargs)
        return cls._endpoint(_client()).create(stream=stream, timeout=request_timeout, **params)

    @classmethod
    def acreate(
        cls,
        model: str,
        prompt_or_messages: Any = None,
        request_timeout: float = 600,
        stream: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Awaitable answer, or with ``stream=True`` an async iterator of chunks; the same
        arguments as :meth:`create`, positional ones included."""
        params = cls._params(model, prompt_or_messages, kwargs)
        if stream:
            return cls._astream(params, request_timeout)
        return cls._acreate(params, request_timeout)

    @classmethod
    async def _acreate(cls, params: dict[str, Any], timeout: float) -> Any:
        return await cls._endpoint(await _async_client()).create(timeout=timeout, **params)

    @classmethod
    async def _astream(cls, params: dict[str, Any], timeout: float) -> AsyncIterator[Any]:
        stream = await cls._endpoint(await _async_client()).create(
            stream=True, timeout=timeout, **params
        )
        async with stream:
            async for chunk in stream:
                yield chunk


class Completion(BaseCompletion):
    """Text completions: POST /completions."""

    _prompt_field = "prompt"
    _resource = "completions"


class ChatCompletion(BaseCompletion):
    """Chat completions: POST /chat/completions."""

    _prompt_field = "messages"
    _resource = "chat"


class Model:
    @classmethod
    def list(cls, request_timeout: float = 60) -> ListModelsResponse:
        """The models available to the account."""
        return _client().models.list(timeout=request_timeout)
