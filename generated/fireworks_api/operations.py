"""The operations of the effective spec, as data: written by codegen/operations.py.

Do not edit: `make generate` writes this file. The clients, the mock server and the command
line take every operation's method, path, parameters, content types, binary fields, answer
models and the framing of its streams from here; nothing of the kind is written by hand
elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["API_ROOT", "OPERATIONS", "Body", "EventStream", "Operation"]


@dataclass(frozen=True, slots=True)
class EventStream:
    """How the events of a text/event-stream answer are framed: the spec's x-fireworks-sse.
    Each event's ``data`` is one chunk as JSON, or the terminator, or an in-band error."""

    terminator: str | None
    """The ``data`` of the event that ends the stream; None: the stream ends with its body.
    A stream whose body ends before its terminator came is incomplete."""
    error_model: str | None
    """The class in ``fireworks_api.models`` of an in-band error event; None: none declared."""
    error_key: str | None
    """The member of an event's JSON object that makes it an error event, not a chunk."""


@dataclass(frozen=True, slots=True)
class Body:
    """One content type of a request or an answer."""

    content_type: str
    model: str | None
    """The class in ``fireworks_api.models``; None when the body is no generated model."""
    array: bool = False
    """A JSON array of ``model``."""
    events: EventStream | None = None
    """The framing of a text/event-stream body's events; None for any other content type."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the effective spec."""

    operation_id: str
    method: str
    path: str
    """Relative to API_ROOT, the clients' base URL."""
    url_path: str
    """With its server's base path."""
    request: tuple[Body, ...]
    params: str | None
    """The TypedDict of the body's fields (or the query's) in ``fireworks_api.params``."""
    binary_fields: frozenset[str]
    """Multipart fields that carry files."""
    responses: Mapping[str, tuple[Body, ...]]
    """By status code as the spec writes it ("200", "4XX", "default")."""
    path_params: tuple[str, ...] = ()
    """The ``{names}`` in ``path``."""
    query_params: tuple[str, ...] = ()
    """Parameters sent in the query string."""

    @property
    def success(self) -> tuple[Body, ...]:
        """The bodies of the 2xx answers."""
        return tuple(
            b
            for status, bodies in self.responses.items()
            if status.startswith("2")
            for b in bodies
        )

    @property
    def json_model(self) -> str | None:
        """The model of the application/json 2xx answer."""
        json_bodies = (b for b in self.success if b.content_type == "application/json")
        return next((b.model for b in json_bodies), None)

    @property
    def stream_model(self) -> str | None:
        """The model of each event of the text/event-stream 2xx answer (the chunk)."""
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        return next((b.model for b in streams), None)

    @property
    def event_stream(self) -> EventStream | None:
        """The framing of the text/event-stream 2xx answer; None when the operation has none."""
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        return next((b.events for b in streams), None)


API_ROOT = "https://api.fireworks.ai/inference/v1"

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "create_chat_completion_v1_chat_completions_post": Operation(
            operation_id="create_chat_completion_v1_chat_completions_post",
            method="POST",
            path="/chat/completions",
            url_path="/inference/v1/chat/completions",
            request=(Body("application/json", "ChatCompletionRequest"),),
            params="ChatCompletionRequestParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "ChatCompletionResponse"),
                        Body(
                            "text/event-stream",
                            "ChatCompletionStreamResponse",
                            events=EventStream(
                                terminator="[DONE]",
                                error_model="ErrorResponse",
                                error_key="error",
                            ),
                        ),
                    ),
                    "422": (Body("application/json", "HTTPValidationError"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "create_completion_v1_completions_post": Operation(
            operation_id="create_completion_v1_completions_post",
            method="POST",
            path="/completions",
            url_path="/inference/v1/completions",
            request=(Body("application/json", "CompletionRequest"),),
            params="CompletionRequestParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "CompletionResponse"),
                        Body(
                            "text/event-stream",
                            "CompletionStreamResponse",
                            events=EventStream(
                                terminator="[DONE]",
                                error_model="ErrorResponse",
                                error_key="error",
                            ),
                        ),
                    ),
                    "422": (Body("application/json", "HTTPValidationError"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "createEmbedding": Operation(
            operation_id="createEmbedding",
            method="POST",
            path="/embeddings",
            url_path="/inference/v1/embeddings",
            request=(Body("application/json", "CreateEmbeddingRequest"),),
            params="CreateEmbeddingRequestParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "CreateEmbeddingResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "createRerank": Operation(
            operation_id="createRerank",
            method="POST",
            path="/rerank",
            url_path="/inference/v1/rerank",
            request=(Body("application/json", "CreateRerankRequest"),),
            params="CreateRerankRequestParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "CreateRerankResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "create_response_v1_responses_post": Operation(
            operation_id="create_response_v1_responses_post",
            method="POST",
            path="/responses",
            url_path="/inference/v1/responses",
            request=(Body("application/json", "CreateResponse"),),
            params="CreateResponseParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "Response"),),
                    "422": (Body("application/json", "HTTPValidationError"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "listResponses": Operation(
            operation_id="listResponses",
            method="GET",
            path="/responses",
            url_path="/inference/v1/responses",
            request=(),
            params="ListResponsesParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "ResponseList"),),
                    "422": (Body("application/json", "HTTPValidationError"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=("limit", "after", "before"),
        ),
        "get_response_v1_responses__response_id__get": Operation(
            operation_id="get_response_v1_responses__response_id__get",
            method="GET",
            path="/responses/{response_id}",
            url_path="/inference/v1/responses/{response_id}",
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "Response"),),
                    "422": (Body("application/json", "HTTPValidationError"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("response_id",),
            query_params=(),
        ),
        "delete_response_v1_responses__response_id__delete": Operation(
            operation_id="delete_response_v1_responses__response_id__delete",
            method="DELETE",
            path="/responses/{response_id}",
            url_path="/inference/v1/responses/{response_id}",
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "DeleteResponse"),),
                    "422": (Body("application/json", "HTTPValidationError"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("response_id",),
            query_params=(),
        ),
        "createFluxImage": Operation(
            operation_id="createFluxImage",
            method="POST",
            path="/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image",
            url_path="/inference/v1/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image",
            request=(Body("application/json", "CreateFluxImageBody"),),
            params="CreateFluxImageParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "CreateFluxImageResponse200"),
                        Body("image/jpeg", None),
                        Body("image/png", None),
                    ),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "createKontextRequest": Operation(
            operation_id="createKontextRequest",
            method="POST",
            path="/workflows/accounts/fireworks/models/{model}",
            url_path="/inference/v1/workflows/accounts/fireworks/models/{model}",
            request=(Body("application/json", "CreateKontextRequestBody"),),
            params="CreateKontextRequestParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "CreateKontextRequestResponse200"),
                    ),
                    "400": (
                        Body("application/json", "CreateKontextRequestResponse400"),
                    ),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("model",),
            query_params=(),
        ),
        "getKontextResult": Operation(
            operation_id="getKontextResult",
            method="POST",
            path="/workflows/accounts/fireworks/models/{model}/get_result",
            url_path="/inference/v1/workflows/accounts/fireworks/models/{model}/get_result",
            request=(Body("application/json", "GetKontextResultBody"),),
            params="GetKontextResultParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GetKontextResultResponse200"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("model",),
            query_params=(),
        ),
        "generateImage": Operation(
            operation_id="generateImage",
            method="POST",
            path="/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0",
            url_path="/inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0",
            request=(Body("application/json", "CreateImageRequest"),),
            params="CreateImageRequestParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("image/png", None),
                        Body("image/jpeg", None),
                        Body("application/json", "ImageArtifact", array=True),
                    ),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "imageToImage": Operation(
            operation_id="imageToImage",
            method="POST",
            path="/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/image_to_image",
            url_path="/inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/image_to_image",
            request=(Body("multipart/form-data", "CreateImageToImageRequest"),),
            params="CreateImageToImageRequestParams",
            binary_fields=frozenset({"init_image"}),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("image/png", None),
                        Body("image/jpeg", None),
                        Body("application/json", "ImageArtifact", array=True),
                    ),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "controlNet": Operation(
            operation_id="controlNet",
            method="POST",
            path="/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/control_net",
            url_path="/inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/control_net",
            request=(Body("multipart/form-data", "CreateControlNetRequest"),),
            params="CreateControlNetRequestParams",
            binary_fields=frozenset({"control_image"}),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("image/png", None),
                        Body("image/jpeg", None),
                        Body("application/json", "ImageArtifact", array=True),
                    ),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
        "listModels": Operation(
            operation_id="listModels",
            method="GET",
            path="/models",
            url_path="/inference/v1/models",
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "ListModelsResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
        ),
    }
)
