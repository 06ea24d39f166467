"""The clients' friendly names of the operations: written by codegen/resources.py from
openapi3.names.yml.

Do not edit: `make generate` writes this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["FRIENDLY_NAMES", "HAND_WRITTEN"]

FRIENDLY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "chat.completions.create": "create_chat_completion_v1_chat_completions_post",
        "completions.create": "create_completion_v1_completions_post",
        "embeddings.create": "createEmbedding",
        "rerank.create": "createRerank",
        "responses.create": "create_response_v1_responses_post",
        "responses.retrieve": "get_response_v1_responses__response_id__get",
        "responses.list_page": "listResponses",
        "responses.delete": "delete_response_v1_responses__response_id__delete",
        "images.flux": "createFluxImage",
        "images.kontext_jobs.submit": "createKontextRequest",
        "images.kontext_jobs.result": "getKontextResult",
        "images.generate": "generateImage",
        "images.image_to_image": "imageToImage",
        "images.control_net": "controlNet",
        "models.list": "listModels",
    }
)

# Their methods are written by hand (fireworks_client.resources); only their endpoints
# are generated.
HAND_WRITTEN: frozenset[str] = frozenset(
    {
        "images.flux",
        "images.generate",
        "images.image_to_image",
        "images.control_net",
    }
)
