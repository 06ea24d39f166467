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
    """Relative to API_ROOT, the clients' base URL; from the service's root when
    ``service_root``."""
    url_path: str
    """With its server's base path."""
    service_root: bool
    """Outside API_ROOT (the platform's /v1/accounts/...): reached from the service's root,
    the base URL without API_ROOT's own path."""
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
        "Gateway_ListAccounts": Operation(
            operation_id="Gateway_ListAccounts",
            method="GET",
            path="/v1/accounts",
            url_path="/v1/accounts",
            service_root=True,
            request=(),
            params="GatewayListAccountsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListAccountsResponse"),),
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
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_GetAccount": Operation(
            operation_id="Gateway_GetAccount",
            method="GET",
            path="/v1/accounts/{account_id}",
            url_path="/v1/accounts/{account_id}",
            service_root=True,
            request=(),
            params="GatewayGetAccountParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayAccount"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("readMask",),
        ),
        "Gateway_ListUsers": Operation(
            operation_id="Gateway_ListUsers",
            method="GET",
            path="/v1/accounts/{account_id}/users",
            url_path="/v1/accounts/{account_id}/users",
            service_root=True,
            request=(),
            params="GatewayListUsersParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListUsersResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateUser": Operation(
            operation_id="Gateway_CreateUser",
            method="POST",
            path="/v1/accounts/{account_id}/users",
            url_path="/v1/accounts/{account_id}/users",
            service_root=True,
            request=(Body("application/json", "GatewayUser"),),
            params="GatewayCreateUserParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayUser"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("userId",),
        ),
        "Gateway_GetUser": Operation(
            operation_id="Gateway_GetUser",
            method="GET",
            path="/v1/accounts/{account_id}/users/{user_id}",
            url_path="/v1/accounts/{account_id}/users/{user_id}",
            service_root=True,
            request=(),
            params="GatewayGetUserParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayUser"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "user_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateUser": Operation(
            operation_id="Gateway_UpdateUser",
            method="PATCH",
            path="/v1/accounts/{account_id}/users/{user_id}",
            url_path="/v1/accounts/{account_id}/users/{user_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateUserBody"),),
            params="GatewayUpdateUserParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayUser"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "user_id"),
            query_params=(),
        ),
        "Gateway_ListApiKeys": Operation(
            operation_id="Gateway_ListApiKeys",
            method="GET",
            path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
            url_path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
            service_root=True,
            request=(),
            params="GatewayListApiKeysParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListApiKeysResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "user_id"),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateApiKey": Operation(
            operation_id="Gateway_CreateApiKey",
            method="POST",
            path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
            url_path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
            service_root=True,
            request=(Body("application/json", "GatewayCreateApiKeyBody"),),
            params="GatewayCreateApiKeyBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayApiKey"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "user_id"),
            query_params=(),
        ),
        "Gateway_DeleteApiKey": Operation(
            operation_id="Gateway_DeleteApiKey",
            method="POST",
            path="/v1/accounts/{account_id}/users/{user_id}/apiKeys:delete",
            url_path="/v1/accounts/{account_id}/users/{user_id}/apiKeys:delete",
            service_root=True,
            request=(Body("application/json", "GatewayDeleteApiKeyBody"),),
            params="GatewayDeleteApiKeyBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayDeleteApiKeyResponse200"),
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
            path_params=("account_id", "user_id"),
            query_params=(),
        ),
        "Gateway_ListSecrets": Operation(
            operation_id="Gateway_ListSecrets",
            method="GET",
            path="/v1/accounts/{account_id}/secrets",
            url_path="/v1/accounts/{account_id}/secrets",
            service_root=True,
            request=(),
            params="GatewayListSecretsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListSecretsResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateSecret": Operation(
            operation_id="Gateway_CreateSecret",
            method="POST",
            path="/v1/accounts/{account_id}/secrets",
            url_path="/v1/accounts/{account_id}/secrets",
            service_root=True,
            request=(Body("application/json", "GatewaySecret"),),
            params="GatewaySecretParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewaySecret"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
        ),
        "Gateway_GetSecret": Operation(
            operation_id="Gateway_GetSecret",
            method="GET",
            path="/v1/accounts/{account_id}/secrets/{secret_id}",
            url_path="/v1/accounts/{account_id}/secrets/{secret_id}",
            service_root=True,
            request=(),
            params="GatewayGetSecretParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewaySecret"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "secret_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateSecret": Operation(
            operation_id="Gateway_UpdateSecret",
            method="PATCH",
            path="/v1/accounts/{account_id}/secrets/{secret_id}",
            url_path="/v1/accounts/{account_id}/secrets/{secret_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateSecretBody"),),
            params="GatewayUpdateSecretParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewaySecret"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "secret_id"),
            query_params=(),
        ),
        "Gateway_DeleteSecret": Operation(
            operation_id="Gateway_DeleteSecret",
            method="DELETE",
            path="/v1/accounts/{account_id}/secrets/{secret_id}",
            url_path="/v1/accounts/{account_id}/secrets/{secret_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayDeleteSecretResponse200"),
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
            path_params=("account_id", "secret_id"),
            query_params=(),
        ),
        "Gateway_ListModels": Operation(
            operation_id="Gateway_ListModels",
            method="GET",
            path="/v1/accounts/{account_id}/models",
            url_path="/v1/accounts/{account_id}/models",
            service_root=True,
            request=(),
            params="GatewayListModelsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListModelsResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateModel": Operation(
            operation_id="Gateway_CreateModel",
            method="POST",
            path="/v1/accounts/{account_id}/models",
            url_path="/v1/accounts/{account_id}/models",
            service_root=True,
            request=(Body("application/json", "GatewayCreateModelBody"),),
            params="GatewayCreateModelBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayModel"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
        ),
        "Gateway_GetModel": Operation(
            operation_id="Gateway_GetModel",
            method="GET",
            path="/v1/accounts/{account_id}/models/{model_id}",
            url_path="/v1/accounts/{account_id}/models/{model_id}",
            service_root=True,
            request=(),
            params="GatewayGetModelParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayModel"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "model_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateModel": Operation(
            operation_id="Gateway_UpdateModel",
            method="PATCH",
            path="/v1/accounts/{account_id}/models/{model_id}",
            url_path="/v1/accounts/{account_id}/models/{model_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateModelBody"),),
            params="GatewayUpdateModelParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayModel"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "model_id"),
            query_params=(),
        ),
        "Gateway_DeleteModel": Operation(
            operation_id="Gateway_DeleteModel",
            method="DELETE",
            path="/v1/accounts/{account_id}/models/{model_id}",
            url_path="/v1/accounts/{account_id}/models/{model_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeleteModelResponse200"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "model_id"),
            query_params=(),
        ),
        "Gateway_GetModelUploadEndpoint": Operation(
            operation_id="Gateway_GetModelUploadEndpoint",
            method="POST",
            path="/v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint",
            url_path="/v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint",
            service_root=True,
            request=(Body("application/json", "GatewayGetModelUploadEndpointBody"),),
            params="GatewayGetModelUploadEndpointBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayGetModelUploadEndpointResponse"
                        ),
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
            path_params=("account_id", "model_id"),
            query_params=(),
        ),
        "Gateway_GetModelDownloadEndpoint": Operation(
            operation_id="Gateway_GetModelDownloadEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint",
            url_path="/v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint",
            service_root=True,
            request=(),
            params="GatewayGetModelDownloadEndpointParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetModelDownloadEndpointResponse",
                        ),
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
            path_params=("account_id", "model_id"),
            query_params=("readMask",),
        ),
        "Gateway_ValidateModelUpload": Operation(
            operation_id="Gateway_ValidateModelUpload",
            method="GET",
            path="/v1/accounts/{account_id}/models/{model_id}:validateUpload",
            url_path="/v1/accounts/{account_id}/models/{model_id}:validateUpload",
            service_root=True,
            request=(),
            params="GatewayValidateModelUploadParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayValidateModelUploadResponse"),
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
            path_params=("account_id", "model_id"),
            query_params=("skipHfConfigValidation", "trustRemoteCode", "configOnly"),
        ),
        "Gateway_PrepareModel": Operation(
            operation_id="Gateway_PrepareModel",
            method="POST",
            path="/v1/accounts/{account_id}/models/{model_id}:prepare",
            url_path="/v1/accounts/{account_id}/models/{model_id}:prepare",
            service_root=True,
            request=(Body("application/json", "GatewayPrepareModelBody"),),
            params="GatewayPrepareModelBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayPrepareModelResponse200"),
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
            path_params=("account_id", "model_id"),
            query_params=(),
        ),
        "Gateway_ListDeployedModels": Operation(
            operation_id="Gateway_ListDeployedModels",
            method="GET",
            path="/v1/accounts/{account_id}/deployedModels",
            url_path="/v1/accounts/{account_id}/deployedModels",
            service_root=True,
            request=(),
            params="GatewayListDeployedModelsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayListDeployedModelsResponse"),
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
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateDeployedModel": Operation(
            operation_id="Gateway_CreateDeployedModel",
            method="POST",
            path="/v1/accounts/{account_id}/deployedModels",
            url_path="/v1/accounts/{account_id}/deployedModels",
            service_root=True,
            request=(Body("application/json", "GatewayDeployedModel"),),
            params="GatewayCreateDeployedModelParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployedModel"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("replaceMergedAddon",),
        ),
        "Gateway_GetDeployedModel": Operation(
            operation_id="Gateway_GetDeployedModel",
            method="GET",
            path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            url_path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            service_root=True,
            request=(),
            params="GatewayGetDeployedModelParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployedModel"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployed_model_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateDeployedModel": Operation(
            operation_id="Gateway_UpdateDeployedModel",
            method="PATCH",
            path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            url_path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateDeployedModelBody"),),
            params="GatewayUpdateDeployedModelParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployedModel"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployed_model_id"),
            query_params=(),
        ),
        "Gateway_DeleteDeployedModel": Operation(
            operation_id="Gateway_DeleteDeployedModel",
            method="DELETE",
            path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            url_path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayDeleteDeployedModelResponse200"
                        ),
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
            path_params=("account_id", "deployed_model_id"),
            query_params=(),
        ),
        "Gateway_ListDeployments": Operation(
            operation_id="Gateway_ListDeployments",
            method="GET",
            path="/v1/accounts/{account_id}/deployments",
            url_path="/v1/accounts/{account_id}/deployments",
            service_root=True,
            request=(),
            params="GatewayListDeploymentsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayListDeploymentsResponse"),
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
            path_params=("account_id",),
            query_params=(
                "pageSize",
                "pageToken",
                "filter",
                "orderBy",
                "showDeleted",
                "readMask",
            ),
        ),
        "Gateway_CreateDeployment": Operation(
            operation_id="Gateway_CreateDeployment",
            method="POST",
            path="/v1/accounts/{account_id}/deployments",
            url_path="/v1/accounts/{account_id}/deployments",
            service_root=True,
            request=(Body("application/json", "GatewayDeployment"),),
            params="GatewayCreateDeploymentParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployment"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(
                "disableAutoDeploy",
                "disableSpeculativeDecoding",
                "deploymentId",
                "validateOnly",
                "skipShapeValidation",
                "skipImageTagValidation",
            ),
        ),
        "Gateway_GetDeployment": Operation(
            operation_id="Gateway_GetDeployment",
            method="GET",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            service_root=True,
            request=(),
            params="GatewayGetDeploymentParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployment"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployment_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateDeployment": Operation(
            operation_id="Gateway_UpdateDeployment",
            method="PATCH",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateDeploymentBody"),),
            params="GatewayUpdateDeploymentParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployment"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployment_id"),
            query_params=("skipShapeValidation",),
        ),
        "Gateway_DeleteDeployment": Operation(
            operation_id="Gateway_DeleteDeployment",
            method="DELETE",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            service_root=True,
            request=(),
            params="GatewayDeleteDeploymentParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayDeleteDeploymentResponse200"),
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
            path_params=("account_id", "deployment_id"),
            query_params=("hard", "ignoreChecks"),
        ),
        "Gateway_ScaleDeployment": Operation(
            operation_id="Gateway_ScaleDeployment",
            method="PATCH",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}:scale",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}:scale",
            service_root=True,
            request=(Body("application/json", "GatewayScaleDeploymentBody"),),
            params="GatewayScaleDeploymentBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayScaleDeploymentResponse200"),
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
            path_params=("account_id", "deployment_id"),
            query_params=(),
        ),
        "Gateway_UndeleteDeployment": Operation(
            operation_id="Gateway_UndeleteDeployment",
            method="POST",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}:undelete",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}:undelete",
            service_root=True,
            request=(Body("application/json", "GatewayUndeleteDeploymentBody"),),
            params="GatewayUndeleteDeploymentBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeployment"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployment_id"),
            query_params=(),
        ),
        "Gateway_ListDeploymentShapes": Operation(
            operation_id="Gateway_ListDeploymentShapes",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes",
            url_path="/v1/accounts/{account_id}/deploymentShapes",
            service_root=True,
            request=(),
            params="GatewayListDeploymentShapesParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayListDeploymentShapesResponse"),
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
            path_params=("account_id",),
            query_params=(
                "pageSize",
                "pageToken",
                "filter",
                "orderBy",
                "readMask",
                "targetModel",
            ),
        ),
        "Gateway_GetDeploymentShape": Operation(
            operation_id="Gateway_GetDeploymentShape",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}",
            url_path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}",
            service_root=True,
            request=(),
            params="GatewayGetDeploymentShapeParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeploymentShape"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployment_shape_id"),
            query_params=("readMask", "skipShapeValidation"),
        ),
        "Gateway_ListDeploymentShapeVersions": Operation(
            operation_id="Gateway_ListDeploymentShapeVersions",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions",
            url_path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions",
            service_root=True,
            request=(),
            params="GatewayListDeploymentShapeVersionsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayListDeploymentShapeVersionsResponse",
                        ),
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
            path_params=("account_id", "deployment_shape_id"),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_GetDeploymentShapeVersion": Operation(
            operation_id="Gateway_GetDeploymentShapeVersion",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions/{version_id}",
            url_path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions/{version_id}",
            service_root=True,
            request=(),
            params="GatewayGetDeploymentShapeVersionParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDeploymentShapeVersion"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "deployment_shape_id", "version_id"),
            query_params=("readMask",),
        ),
        "Gateway_ListDatasets": Operation(
            operation_id="Gateway_ListDatasets",
            method="GET",
            path="/v1/accounts/{account_id}/datasets",
            url_path="/v1/accounts/{account_id}/datasets",
            service_root=True,
            request=(),
            params="GatewayListDatasetsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListDatasetsResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateDataset": Operation(
            operation_id="Gateway_CreateDataset",
            method="POST",
            path="/v1/accounts/{account_id}/datasets",
            url_path="/v1/accounts/{account_id}/datasets",
            service_root=True,
            request=(Body("application/json", "GatewayCreateDatasetBody"),),
            params="GatewayCreateDatasetBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDataset"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
        ),
        "Gateway_GetDataset": Operation(
            operation_id="Gateway_GetDataset",
            method="GET",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            service_root=True,
            request=(),
            params="GatewayGetDatasetParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDataset"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "dataset_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateDataset": Operation(
            operation_id="Gateway_UpdateDataset",
            method="PATCH",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateDatasetBody"),),
            params="GatewayUpdateDatasetParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDataset"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "dataset_id"),
            query_params=(),
        ),
        "Gateway_DeleteDataset": Operation(
            operation_id="Gateway_DeleteDataset",
            method="DELETE",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayDeleteDatasetResponse200"),
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
            path_params=("account_id", "dataset_id"),
            query_params=(),
        ),
        "Gateway_GetDatasetUploadEndpoint": Operation(
            operation_id="Gateway_GetDatasetUploadEndpoint",
            method="POST",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint",
            service_root=True,
            request=(Body("application/json", "GatewayGetDatasetUploadEndpointBody"),),
            params="GatewayGetDatasetUploadEndpointBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetDatasetUploadEndpointResponse",
                        ),
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
            path_params=("account_id", "dataset_id"),
            query_params=(),
        ),
        "Gateway_GetDatasetDownloadEndpoint": Operation(
            operation_id="Gateway_GetDatasetDownloadEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint",
            service_root=True,
            request=(),
            params="GatewayGetDatasetDownloadEndpointParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetDatasetDownloadEndpointResponse",
                        ),
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
            path_params=("account_id", "dataset_id"),
            query_params=("readMask", "downloadLineage"),
        ),
        "Gateway_ValidateDatasetUpload": Operation(
            operation_id="Gateway_ValidateDatasetUpload",
            method="POST",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload",
            service_root=True,
            request=(Body("application/json", "GatewayValidateDatasetUploadBody"),),
            params="GatewayValidateDatasetUploadBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayValidateDatasetUploadResponse200",
                        ),
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
            path_params=("account_id", "dataset_id"),
            query_params=(),
        ),
        "Gateway_UploadDatasetFile": Operation(
            operation_id="Gateway_UploadDatasetFile",
            method="POST",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:upload",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:upload",
            service_root=True,
            request=(Body("multipart/form-data", "GatewayUploadDatasetFileBody"),),
            params="GatewayUploadDatasetFileParams",
            binary_fields=frozenset({"file"}),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "FileUploadResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "dataset_id"),
            query_params=(),
        ),
        "Gateway_ListBatchInferenceJobs": Operation(
            operation_id="Gateway_ListBatchInferenceJobs",
            method="GET",
            path="/v1/accounts/{account_id}/batchInferenceJobs",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs",
            service_root=True,
            request=(),
            params="GatewayListBatchInferenceJobsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayListBatchInferenceJobsResponse"
                        ),
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
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateBatchInferenceJob": Operation(
            operation_id="Gateway_CreateBatchInferenceJob",
            method="POST",
            path="/v1/accounts/{account_id}/batchInferenceJobs",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs",
            service_root=True,
            request=(Body("application/json", "GatewayBatchInferenceJob"),),
            params="GatewayCreateBatchInferenceJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayBatchInferenceJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("batchInferenceJobId",),
        ),
        "Gateway_GetBatchInferenceJob": Operation(
            operation_id="Gateway_GetBatchInferenceJob",
            method="GET",
            path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
            service_root=True,
            request=(),
            params="GatewayGetBatchInferenceJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayBatchInferenceJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "batch_inference_job_id"),
            query_params=("readMask",),
        ),
        "Gateway_DeleteBatchInferenceJob": Operation(
            operation_id="Gateway_DeleteBatchInferenceJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayDeleteBatchInferenceJobResponse200",
                        ),
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
            path_params=("account_id", "batch_inference_job_id"),
            query_params=(),
        ),
        "Gateway_ListSupervisedFineTuningJobs": Operation(
            operation_id="Gateway_ListSupervisedFineTuningJobs",
            method="GET",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
            service_root=True,
            request=(),
            params="GatewayListSupervisedFineTuningJobsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayListSupervisedFineTuningJobsResponse",
                        ),
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
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateSupervisedFineTuningJob": Operation(
            operation_id="Gateway_CreateSupervisedFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
            service_root=True,
            request=(Body("application/json", "GatewaySupervisedFineTuningJob"),),
            params="GatewayCreateSupervisedFineTuningJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewaySupervisedFineTuningJob"),
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
            path_params=("account_id",),
            query_params=("supervisedFineTuningJobId",),
        ),
        "Gateway_GetSupervisedFineTuningJob": Operation(
            operation_id="Gateway_GetSupervisedFineTuningJob",
            method="GET",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
            service_root=True,
            request=(),
            params="GatewayGetSupervisedFineTuningJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewaySupervisedFineTuningJob"),
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
            path_params=("account_id", "supervised_fine_tuning_job_id"),
            query_params=("readMask",),
        ),
        "Gateway_DeleteSupervisedFineTuningJob": Operation(
            operation_id="Gateway_DeleteSupervisedFineTuningJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayDeleteSupervisedFineTuningJobResponse200",
                        ),
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
            path_params=("account_id", "supervised_fine_tuning_job_id"),
            query_params=(),
        ),
        "Gateway_ResumeSupervisedFineTuningJob": Operation(
            operation_id="Gateway_ResumeSupervisedFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}:resume",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}:resume",
            service_root=True,
            request=(
                Body("application/json", "GatewayResumeSupervisedFineTuningJobBody"),
            ),
            params="GatewayResumeSupervisedFineTuningJobBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewaySupervisedFineTuningJob"),
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
            path_params=("account_id", "supervised_fine_tuning_job_id"),
            query_params=(),
        ),
        "Gateway_ListReinforcementFineTuningJobs": Operation(
            operation_id="Gateway_ListReinforcementFineTuningJobs",
            method="GET",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
            service_root=True,
            request=(),
            params="GatewayListReinforcementFineTuningJobsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayListReinforcementFineTuningJobsResponse",
                        ),
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
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateReinforcementFineTuningJob": Operation(
            operation_id="Gateway_CreateReinforcementFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
            service_root=True,
            request=(Body("application/json", "GatewayReinforcementFineTuningJob"),),
            params="GatewayCreateReinforcementFineTuningJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayReinforcementFineTuningJob"),
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
            path_params=("account_id",),
            query_params=("reinforcementFineTuningJobId",),
        ),
        "Gateway_GetReinforcementFineTuningJob": Operation(
            operation_id="Gateway_GetReinforcementFineTuningJob",
            method="GET",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
            service_root=True,
            request=(),
            params="GatewayGetReinforcementFineTuningJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayReinforcementFineTuningJob"),
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
            path_params=("account_id", "reinforcement_fine_tuning_job_id"),
            query_params=("readMask",),
        ),
        "Gateway_DeleteReinforcementFineTuningJob": Operation(
            operation_id="Gateway_DeleteReinforcementFineTuningJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayDeleteReinforcementFineTuningJobResponse200",
                        ),
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
            path_params=("account_id", "reinforcement_fine_tuning_job_id"),
            query_params=(),
        ),
        "Gateway_CancelReinforcementFineTuningJob": Operation(
            operation_id="Gateway_CancelReinforcementFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:cancel",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:cancel",
            service_root=True,
            request=(
                Body("application/json", "GatewayCancelReinforcementFineTuningJobBody"),
            ),
            params="GatewayCancelReinforcementFineTuningJobBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayCancelReinforcementFineTuningJobResponse200",
                        ),
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
            path_params=("account_id", "reinforcement_fine_tuning_job_id"),
            query_params=(),
        ),
        "Gateway_ResumeReinforcementFineTuningJob": Operation(
            operation_id="Gateway_ResumeReinforcementFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:resume",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:resume",
            service_root=True,
            request=(
                Body("application/json", "GatewayResumeReinforcementFineTuningJobBody"),
            ),
            params="GatewayResumeReinforcementFineTuningJobBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayReinforcementFineTuningJob"),
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
            path_params=("account_id", "reinforcement_fine_tuning_job_id"),
            query_params=(),
        ),
        "Gateway_ListRlorTrainerJobs": Operation(
            operation_id="Gateway_ListRlorTrainerJobs",
            method="GET",
            path="/v1/accounts/{account_id}/rlorTrainerJobs",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs",
            service_root=True,
            request=(),
            params="GatewayListRlorTrainerJobsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayListRlorTrainerJobsResponse"),
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
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateRlorTrainerJob": Operation(
            operation_id="Gateway_CreateRlorTrainerJob",
            method="POST",
            path="/v1/accounts/{account_id}/rlorTrainerJobs",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs",
            service_root=True,
            request=(Body("application/json", "GatewayRlorTrainerJob"),),
            params="GatewayCreateRlorTrainerJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayRlorTrainerJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("rlorTrainerJobId", "trainingShape"),
        ),
        "Gateway_GetRlorTrainerJob": Operation(
            operation_id="Gateway_GetRlorTrainerJob",
            method="GET",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
            service_root=True,
            request=(),
            params="GatewayGetRlorTrainerJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayRlorTrainerJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "rlor_trainer_job_id"),
            query_params=("readMask",),
        ),
        "Gateway_DeleteRlorTrainerJob": Operation(
            operation_id="Gateway_DeleteRlorTrainerJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayDeleteRlorTrainerJobResponse200"
                        ),
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
            path_params=("account_id", "rlor_trainer_job_id"),
            query_params=(),
        ),
        "Gateway_ExecuteRlorTrainStep": Operation(
            operation_id="Gateway_ExecuteRlorTrainStep",
            method="POST",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep",
            service_root=True,
            request=(Body("application/json", "GatewayExecuteRlorTrainStepBody"),),
            params="GatewayExecuteRlorTrainStepBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayExecuteRlorTrainStepResponse200"
                        ),
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
            path_params=("account_id", "rlor_trainer_job_id"),
            query_params=(),
        ),
        "Gateway_ResumeRlorTrainerJob": Operation(
            operation_id="Gateway_ResumeRlorTrainerJob",
            method="POST",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume",
            service_root=True,
            request=(Body("application/json", "GatewayResumeRlorTrainerJobBody"),),
            params="GatewayResumeRlorTrainerJobBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayRlorTrainerJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "rlor_trainer_job_id"),
            query_params=(),
        ),
        "Gateway_ListDpoJobs": Operation(
            operation_id="Gateway_ListDpoJobs",
            method="GET",
            path="/v1/accounts/{account_id}/dpoJobs",
            url_path="/v1/accounts/{account_id}/dpoJobs",
            service_root=True,
            request=(),
            params="GatewayListDpoJobsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListDpoJobsResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateDpoJob": Operation(
            operation_id="Gateway_CreateDpoJob",
            method="POST",
            path="/v1/accounts/{account_id}/dpoJobs",
            url_path="/v1/accounts/{account_id}/dpoJobs",
            service_root=True,
            request=(Body("application/json", "GatewayDpoJob"),),
            params="GatewayCreateDpoJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDpoJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("dpoJobId",),
        ),
        "Gateway_GetDpoJob": Operation(
            operation_id="Gateway_GetDpoJob",
            method="GET",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
            service_root=True,
            request=(),
            params="GatewayGetDpoJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDpoJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "dpo_job_id"),
            query_params=("readMask",),
        ),
        "Gateway_DeleteDpoJob": Operation(
            operation_id="Gateway_DeleteDpoJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayDeleteDpoJobResponse200"),
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
            path_params=("account_id", "dpo_job_id"),
            query_params=(),
        ),
        "Gateway_ResumeDpoJob": Operation(
            operation_id="Gateway_ResumeDpoJob",
            method="POST",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume",
            service_root=True,
            request=(Body("application/json", "GatewayResumeDpoJobBody"),),
            params="GatewayResumeDpoJobBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayDpoJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "dpo_job_id"),
            query_params=(),
        ),
        "Gateway_GetDpoJobMetricsFileEndpoint": Operation(
            operation_id="Gateway_GetDpoJobMetricsFileEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayGetDpoJobMetricsFileResponse"),
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
            path_params=("account_id", "dpo_job_id"),
            query_params=(),
        ),
        "Gateway_ListEvaluationJobs": Operation(
            operation_id="Gateway_ListEvaluationJobs",
            method="GET",
            path="/v1/accounts/{account_id}/evaluationJobs",
            url_path="/v1/accounts/{account_id}/evaluationJobs",
            service_root=True,
            request=(),
            params="GatewayListEvaluationJobsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayListEvaluationJobsResponse"),
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
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateEvaluationJob": Operation(
            operation_id="Gateway_CreateEvaluationJob",
            method="POST",
            path="/v1/accounts/{account_id}/evaluationJobs",
            url_path="/v1/accounts/{account_id}/evaluationJobs",
            service_root=True,
            request=(Body("application/json", "GatewayCreateEvaluationJobBody"),),
            params="GatewayCreateEvaluationJobBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayEvaluationJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
        ),
        "Gateway_GetEvaluationJob": Operation(
            operation_id="Gateway_GetEvaluationJob",
            method="GET",
            path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
            url_path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
            service_root=True,
            request=(),
            params="GatewayGetEvaluationJobParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayEvaluationJob"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "evaluation_job_id"),
            query_params=("readMask",),
        ),
        "Gateway_DeleteEvaluationJob": Operation(
            operation_id="Gateway_DeleteEvaluationJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
            url_path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayDeleteEvaluationJobResponse200"
                        ),
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
            path_params=("account_id", "evaluation_job_id"),
            query_params=(),
        ),
        "Gateway_GetEvaluationJobExecutionLogEndpoint": Operation(
            operation_id="Gateway_GetEvaluationJobExecutionLogEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint",
            url_path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetEvaluationJobExecutionLogEndpointResponse",
                        ),
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
            path_params=("account_id", "evaluation_job_id"),
            query_params=(),
        ),
        "Gateway_ListEvaluators": Operation(
            operation_id="Gateway_ListEvaluators",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators",
            url_path="/v1/accounts/{account_id}/evaluators",
            service_root=True,
            request=(),
            params="GatewayListEvaluatorsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayListEvaluatorsResponse"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_CreateEvaluatorV2": Operation(
            operation_id="Gateway_CreateEvaluatorV2",
            method="POST",
            path="/v1/accounts/{account_id}/evaluatorsV2",
            url_path="/v1/accounts/{account_id}/evaluatorsV2",
            service_root=True,
            request=(Body("application/json", "GatewayCreateEvaluatorV2Body"),),
            params="GatewayCreateEvaluatorV2BodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayEvaluator"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
        ),
        "Gateway_GetEvaluator": Operation(
            operation_id="Gateway_GetEvaluator",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            service_root=True,
            request=(),
            params="GatewayGetEvaluatorParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayEvaluator"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "evaluator_id"),
            query_params=("readMask",),
        ),
        "Gateway_UpdateEvaluator": Operation(
            operation_id="Gateway_UpdateEvaluator",
            method="PATCH",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            service_root=True,
            request=(Body("application/json", "GatewayUpdateEvaluatorBody"),),
            params="GatewayUpdateEvaluatorParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "GatewayEvaluator"),),
                    "400": (Body("application/json", "ErrorResponse"),),
                    "401": (Body("application/json", "ErrorResponse"),),
                    "403": (Body("application/json", "ErrorResponse"),),
                    "404": (Body("application/json", "ErrorResponse"),),
                    "429": (Body("application/json", "ErrorResponse"),),
                    "500": (Body("application/json", "ErrorResponse"),),
                    "503": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "evaluator_id"),
            query_params=("prepareCodeUpload",),
        ),
        "Gateway_DeleteEvaluator": Operation(
            operation_id="Gateway_DeleteEvaluator",
            method="DELETE",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "GatewayDeleteEvaluatorResponse200"),
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
            path_params=("account_id", "evaluator_id"),
            query_params=(),
        ),
        "Gateway_GetEvaluatorUploadEndpoint": Operation(
            operation_id="Gateway_GetEvaluatorUploadEndpoint",
            method="POST",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint",
            service_root=True,
            request=(
                Body("application/json", "GatewayGetEvaluatorUploadEndpointBody"),
            ),
            params="GatewayGetEvaluatorUploadEndpointBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetEvaluatorUploadEndpointResponse",
                        ),
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
            path_params=("account_id", "evaluator_id"),
            query_params=(),
        ),
        "Gateway_ValidateEvaluatorUpload": Operation(
            operation_id="Gateway_ValidateEvaluatorUpload",
            method="POST",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload",
            service_root=True,
            request=(Body("application/json", "GatewayValidateEvaluatorUploadBody"),),
            params="GatewayValidateEvaluatorUploadBodyParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayValidateEvaluatorUploadResponse200",
                        ),
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
            path_params=("account_id", "evaluator_id"),
            query_params=(),
        ),
        "Gateway_GetEvaluatorBuildLogEndpoint": Operation(
            operation_id="Gateway_GetEvaluatorBuildLogEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint",
            service_root=True,
            request=(),
            params="GatewayGetEvaluatorBuildLogEndpointParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetEvaluatorBuildLogEndpointResponse",
                        ),
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
            path_params=("account_id", "evaluator_id"),
            query_params=("readMask",),
        ),
        "Gateway_GetEvaluatorSourceCodeEndpoint": Operation(
            operation_id="Gateway_GetEvaluatorSourceCodeEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl",
            service_root=True,
            request=(),
            params="GatewayGetEvaluatorSourceCodeEndpointParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayGetEvaluatorSourceCodeEndpointResponse",
                        ),
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
            path_params=("account_id", "evaluator_id"),
            query_params=("readMask",),
        ),
        "Gateway_ListEvaluatorVersions": Operation(
            operation_id="Gateway_ListEvaluatorVersions",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions",
            service_root=True,
            request=(),
            params="GatewayListEvaluatorVersionsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json", "GatewayListEvaluatorVersionsResponse"
                        ),
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
            path_params=("account_id", "evaluator_id"),
            query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        ),
        "Gateway_DeleteEvaluatorVersion": Operation(
            operation_id="Gateway_DeleteEvaluatorVersion",
            method="DELETE",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}",
            service_root=True,
            request=(),
            params=None,
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body(
                            "application/json",
                            "GatewayDeleteEvaluatorVersionResponse200",
                        ),
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
            path_params=("account_id", "evaluator_id", "version_id"),
            query_params=(),
        ),
        "messages_post": Operation(
            operation_id="messages_post",
            method="POST",
            path="/messages",
            url_path="/inference/v1/messages",
            service_root=False,
            request=(Body("application/json", "AnthropicCreateMessageParams"),),
            params="AnthropicCreateMessageParamsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (Body("application/json", "AnthropicMessage"),),
                    "4XX": (Body("application/json", "AnthropicErrorResponse"),),
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
            service_root=False,
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
