"""The API's resources, as attributes of the clients (``client.chat.completions`` ...)."""

from fireworks_client.resources._chat import AsyncChat, AsyncChatCompletions, Chat, ChatCompletions
from fireworks_client.resources._completions import AsyncCompletions, Completions
from fireworks_client.resources._embeddings import AsyncEmbeddings, Embeddings
from fireworks_client.resources._images import AsyncImages, GeneratedImage, Images
from fireworks_client.resources._models import AsyncModels, Models
from fireworks_client.resources._rerank import AsyncRerank, Rerank
from fireworks_client.resources._responses import AsyncResponses, Responses

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncCompletions",
    "AsyncEmbeddings",
    "AsyncImages",
    "AsyncModels",
    "AsyncRerank",
    "AsyncResponses",
    "Chat",
    "ChatCompletions",
    "Completions",
    "Embeddings",
    "GeneratedImage",
    "Images",
    "Models",
    "Rerank",
    "Responses",
]
