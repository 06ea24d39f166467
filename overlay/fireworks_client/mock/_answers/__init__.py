"""What the mock answers, a module per resource, found by the operation's friendly name
(``openapi3.names.yml``) in :data:`ANSWERS`; the platform's stateful answers in
:func:`platform_answers`. Requests arrive already validated against the effective spec; an
answer adds what a schema cannot say (models, context windows, stop sequences, ...). An
operation with no answer here is answered with a value of its success schema."""

from __future__ import annotations

from collections.abc import Callable

from fireworks_client.mock._answers.chat import chat_completion
from fireworks_client.mock._answers.common import (
    BinaryResult,
    JsonResult,
    MockRequest,
    Result,
    StreamResult,
)
from fireworks_client.mock._answers.completions import completion
from fireworks_client.mock._answers.embeddings import embedding
from fireworks_client.mock._answers.flux import (
    KontextJobs,
    flux_text_to_image,
    kontext_result,
    kontext_submit,
)
from fireworks_client.mock._answers.images import control_net, generate_image, image_to_image
from fireworks_client.mock._answers.messages import create_message
from fireworks_client.mock._answers.models import list_models
from fireworks_client.mock._answers.platform import PlatformAnswer, platform_answers
from fireworks_client.mock._answers.platform_store import PlatformStore
from fireworks_client.mock._answers.rerank import rerank
from fireworks_client.mock._answers.responses import (
    ResponseStore,
    create_response,
    delete_response,
    get_response,
    list_responses,
)
from fireworks_client.mock._models import ModelInfo

__all__ = [
    "ANSWERS",
    "Answer",
    "BinaryResult",
    "JsonResult",
    "KontextJobs",
    "MockRequest",
    "PlatformAnswer",
    "PlatformStore",
    "ResponseStore",
    "Result",
    "StreamResult",
    "platform_answers",
]

Answer = Callable[[tuple[ModelInfo, ...], MockRequest], Result]

ANSWERS: dict[str, Answer] = {
    "chat.completions.create": chat_completion,
    "completions.create": completion,
    "embeddings.create": embedding,
    "rerank.create": rerank,
    "responses.create": create_response,
    "responses.retrieve": get_response,
    "responses.list": list_responses,
    "responses.delete": delete_response,
    "images.flux": flux_text_to_image,
    "images.kontext_jobs.submit": kontext_submit,
    "images.kontext_jobs.result": kontext_result,
    "images.generate": generate_image,
    "images.image_to_image": image_to_image,
    "images.control_net": control_net,
    "models.list": list_models,
    "messages.create": create_message,
}
