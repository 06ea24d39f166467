"""fireworks-client: a typed Python SDK for the Fireworks AI inference API.

    from fireworks_client import Fireworks

    client = Fireworks()  # reads FIREWORKS_API_KEY
    answer = client.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": "Hello"}],
    )

The clients: :class:`Fireworks`, :class:`AsyncFireworks` (``_client``), their settings
(``_settings``), one request path for both (``_request_path``: prepare, send through a sender
of ``_transports``/``_aiohttp_transport``, retry by ``_retries``, parse), and the operations
they call (``_operations``: friendly names → the generated ``fireworks_api.operations``).
Errors: the tree in ``_exceptions``. Streams: ``_streaming``. Results are the attrs models of
the generated package ``fireworks_api``, compiled from the effective spec. ``AiohttpTransport``
(the async client's sender; give it your own connection ``limit``) is imported on first use.
Logging: ``_logging`` (``FIREWORKS_LOG=debug``). The older ``fireworks.client`` API:
``fireworks_client.legacy``. Files of requests in the OpenAI Batch format, resumably and on Ray:
``fireworks_client.bulk``.
"""

from typing import TYPE_CHECKING, Any

from fireworks_client._accumulate import (
    fold_chat_chunks,
    fold_completion_chunks,
    fold_message_events,
)
from fireworks_client._client import AsyncFireworks, Fireworks
from fireworks_client._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConflictError,
    ContextLengthExceededError,
    EventLoopError,
    FireworksConfigurationError,
    FireworksError,
    ImageGenerationError,
    IncompleteStreamError,
    InternalServerError,
    InvalidRequestError,
    MissingExtraError,
    NotFoundError,
    PermissionDeniedError,
    PermissionError,
    RateLimitError,
    ResourceFailedError,
    ServiceUnavailableError,
)
from fireworks_client._logging import set_console_log_level, setup_from_environment
from fireworks_client._response import RawResponse
from fireworks_client._streaming import AsyncStream, Stream
from fireworks_client._types import NOT_GIVEN, NotGiven
from fireworks_client._version import __version__

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFireworks",
    "AsyncStream",
    "AuthenticationError",
    "ClientClosedError",
    "ConflictError",
    "ContextLengthExceededError",
    "EventLoopError",
    "Fireworks",
    "FireworksConfigurationError",
    "FireworksError",
    "GeneratedImage",
    "ImageGenerationError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingExtraError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "PermissionError",
    "RateLimitError",
    "RawResponse",
    "ResourceFailedError",
    "ServiceUnavailableError",
    "Stream",
    "__version__",
    "fold_chat_chunks",
    "fold_completion_chunks",
    "fold_message_events",
    "set_console_log_level",
]

setup_from_environment()


if TYPE_CHECKING:
    from fireworks_client._aiohttp_transport import AiohttpTransport as AiohttpTransport
    from fireworks_client.resources._embeddings import DecodedEmbedding as DecodedEmbedding
    from fireworks_client.resources._embeddings import (
        DecodedEmbeddingResponse as DecodedEmbeddingResponse,
    )
    from fireworks_client.resources._images import GeneratedImage as GeneratedImage

# Loaded on first use: AiohttpTransport imports aiohttp (~90 ms), an optional extra; the others
# live with their resources, which importing the client does not load.
_LAZY = {
    "AiohttpTransport": "fireworks_client._aiohttp_transport",
    "DecodedEmbedding": "fireworks_client.resources._embeddings",
    "DecodedEmbeddingResponse": "fireworks_client.resources._embeddings",
    "GeneratedImage": "fireworks_client.resources._images",
}

if not TYPE_CHECKING:  # for type checkers the names are the imports above: no hole

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'fireworks_client' has no attribute {name!r}")
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(module), name)
