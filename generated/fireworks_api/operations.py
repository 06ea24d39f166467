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

__all__ = ["API_ROOT", "OPERATIONS", "SCHEMAS", "Body", "EventStream", "Operation"]


@dataclass(frozen=True, slots=True)
class EventStream:
    """How the events of a text/event-stream answer are framed: the spec's x-fireworks-sse.
    Each event's ``data`` is one chunk as JSON, or the terminator, or an in-band error; or,
    in the named dialect, each event's name says which (``end_event``, ``error_event``)."""

    terminator: str | None
    """The ``data`` of the event that ends the stream; None: the stream ends with its body
    (or its end event). A stream whose body ends before its terminator came is incomplete."""
    error_model: str | None
    """The class in ``fireworks_api.models`` of an in-band error event; None: none declared."""
    error_key: str | None
    """The member of an event's JSON object that makes it an error event, not a chunk."""
    end_event: str | None = None
    """The name of the event that ends the stream (a chunk itself); a stream whose body ends
    before it came is incomplete."""
    error_event: str | None = None
    """The name of the event whose data is an in-band error (an ``error_model``)."""

    @property
    def named(self) -> bool:
        """Whether the events' names frame the stream (Anthropic's dialect)."""
        return self.end_event is not None or self.error_event is not None


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
    variants: tuple[tuple[str, str], ...] = ()
    """A body that is a union of models: (value of ``discriminator``, its model) each."""
    discriminator: str | None = None


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
    service_root: bool = False
    """Outside API_ROOT (the platform's /v1/accounts/...): reached from the service's root,
    the base URL without API_ROOT's own path."""

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
    def stream_variants(self) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        """(discriminator, (value, model) ...) of a stream whose events are a union of
        models; (None, ()) otherwise."""
        streams = (b for b in self.success if b.content_type == "text/event-stream")
        body = next(streams, None)
        return (body.discriminator, body.variants) if body is not None else (None, ())

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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
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
            service_root=False,
        ),
        "Gateway_ListAccounts": Operation(
            operation_id="Gateway_ListAccounts",
            method="GET",
            path="/v1/accounts",
            url_path="/v1/accounts",
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
            service_root=True,
        ),
        "Gateway_GetAccount": Operation(
            operation_id="Gateway_GetAccount",
            method="GET",
            path="/v1/accounts/{account_id}",
            url_path="/v1/accounts/{account_id}",
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
            service_root=True,
        ),
        "Gateway_ListUsers": Operation(
            operation_id="Gateway_ListUsers",
            method="GET",
            path="/v1/accounts/{account_id}/users",
            url_path="/v1/accounts/{account_id}/users",
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
            service_root=True,
        ),
        "Gateway_CreateUser": Operation(
            operation_id="Gateway_CreateUser",
            method="POST",
            path="/v1/accounts/{account_id}/users",
            url_path="/v1/accounts/{account_id}/users",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("userId",),
            service_root=True,
        ),
        "Gateway_GetUser": Operation(
            operation_id="Gateway_GetUser",
            method="GET",
            path="/v1/accounts/{account_id}/users/{user_id}",
            url_path="/v1/accounts/{account_id}/users/{user_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateUser": Operation(
            operation_id="Gateway_UpdateUser",
            method="PATCH",
            path="/v1/accounts/{account_id}/users/{user_id}",
            url_path="/v1/accounts/{account_id}/users/{user_id}",
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
            service_root=True,
        ),
        "Gateway_ListApiKeys": Operation(
            operation_id="Gateway_ListApiKeys",
            method="GET",
            path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
            url_path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
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
            service_root=True,
        ),
        "Gateway_CreateApiKey": Operation(
            operation_id="Gateway_CreateApiKey",
            method="POST",
            path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
            url_path="/v1/accounts/{account_id}/users/{user_id}/apiKeys",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id", "user_id"),
            query_params=(),
            service_root=True,
        ),
        "Gateway_DeleteApiKey": Operation(
            operation_id="Gateway_DeleteApiKey",
            method="POST",
            path="/v1/accounts/{account_id}/users/{user_id}/apiKeys:delete",
            url_path="/v1/accounts/{account_id}/users/{user_id}/apiKeys:delete",
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
            service_root=True,
        ),
        "Gateway_ListSecrets": Operation(
            operation_id="Gateway_ListSecrets",
            method="GET",
            path="/v1/accounts/{account_id}/secrets",
            url_path="/v1/accounts/{account_id}/secrets",
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
            service_root=True,
        ),
        "Gateway_CreateSecret": Operation(
            operation_id="Gateway_CreateSecret",
            method="POST",
            path="/v1/accounts/{account_id}/secrets",
            url_path="/v1/accounts/{account_id}/secrets",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
            service_root=True,
        ),
        "Gateway_GetSecret": Operation(
            operation_id="Gateway_GetSecret",
            method="GET",
            path="/v1/accounts/{account_id}/secrets/{secret_id}",
            url_path="/v1/accounts/{account_id}/secrets/{secret_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateSecret": Operation(
            operation_id="Gateway_UpdateSecret",
            method="PATCH",
            path="/v1/accounts/{account_id}/secrets/{secret_id}",
            url_path="/v1/accounts/{account_id}/secrets/{secret_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteSecret": Operation(
            operation_id="Gateway_DeleteSecret",
            method="DELETE",
            path="/v1/accounts/{account_id}/secrets/{secret_id}",
            url_path="/v1/accounts/{account_id}/secrets/{secret_id}",
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
            service_root=True,
        ),
        "Gateway_ListModels": Operation(
            operation_id="Gateway_ListModels",
            method="GET",
            path="/v1/accounts/{account_id}/models",
            url_path="/v1/accounts/{account_id}/models",
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
            service_root=True,
        ),
        "Gateway_CreateModel": Operation(
            operation_id="Gateway_CreateModel",
            method="POST",
            path="/v1/accounts/{account_id}/models",
            url_path="/v1/accounts/{account_id}/models",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
            service_root=True,
        ),
        "Gateway_GetModel": Operation(
            operation_id="Gateway_GetModel",
            method="GET",
            path="/v1/accounts/{account_id}/models/{model_id}",
            url_path="/v1/accounts/{account_id}/models/{model_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateModel": Operation(
            operation_id="Gateway_UpdateModel",
            method="PATCH",
            path="/v1/accounts/{account_id}/models/{model_id}",
            url_path="/v1/accounts/{account_id}/models/{model_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteModel": Operation(
            operation_id="Gateway_DeleteModel",
            method="DELETE",
            path="/v1/accounts/{account_id}/models/{model_id}",
            url_path="/v1/accounts/{account_id}/models/{model_id}",
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
            service_root=True,
        ),
        "Gateway_GetModelUploadEndpoint": Operation(
            operation_id="Gateway_GetModelUploadEndpoint",
            method="POST",
            path="/v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint",
            url_path="/v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint",
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
            service_root=True,
        ),
        "Gateway_GetModelDownloadEndpoint": Operation(
            operation_id="Gateway_GetModelDownloadEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint",
            url_path="/v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint",
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
            service_root=True,
        ),
        "Gateway_ValidateModelUpload": Operation(
            operation_id="Gateway_ValidateModelUpload",
            method="GET",
            path="/v1/accounts/{account_id}/models/{model_id}:validateUpload",
            url_path="/v1/accounts/{account_id}/models/{model_id}:validateUpload",
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
            service_root=True,
        ),
        "Gateway_PrepareModel": Operation(
            operation_id="Gateway_PrepareModel",
            method="POST",
            path="/v1/accounts/{account_id}/models/{model_id}:prepare",
            url_path="/v1/accounts/{account_id}/models/{model_id}:prepare",
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
            service_root=True,
        ),
        "Gateway_ListDeployedModels": Operation(
            operation_id="Gateway_ListDeployedModels",
            method="GET",
            path="/v1/accounts/{account_id}/deployedModels",
            url_path="/v1/accounts/{account_id}/deployedModels",
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
            service_root=True,
        ),
        "Gateway_CreateDeployedModel": Operation(
            operation_id="Gateway_CreateDeployedModel",
            method="POST",
            path="/v1/accounts/{account_id}/deployedModels",
            url_path="/v1/accounts/{account_id}/deployedModels",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("replaceMergedAddon",),
            service_root=True,
        ),
        "Gateway_GetDeployedModel": Operation(
            operation_id="Gateway_GetDeployedModel",
            method="GET",
            path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            url_path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateDeployedModel": Operation(
            operation_id="Gateway_UpdateDeployedModel",
            method="PATCH",
            path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            url_path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteDeployedModel": Operation(
            operation_id="Gateway_DeleteDeployedModel",
            method="DELETE",
            path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
            url_path="/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
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
            service_root=True,
        ),
        "Gateway_ListDeployments": Operation(
            operation_id="Gateway_ListDeployments",
            method="GET",
            path="/v1/accounts/{account_id}/deployments",
            url_path="/v1/accounts/{account_id}/deployments",
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
            service_root=True,
        ),
        "Gateway_CreateDeployment": Operation(
            operation_id="Gateway_CreateDeployment",
            method="POST",
            path="/v1/accounts/{account_id}/deployments",
            url_path="/v1/accounts/{account_id}/deployments",
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
                    "409": (Body("application/json", "ErrorResponse"),),
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
            service_root=True,
        ),
        "Gateway_GetDeployment": Operation(
            operation_id="Gateway_GetDeployment",
            method="GET",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateDeployment": Operation(
            operation_id="Gateway_UpdateDeployment",
            method="PATCH",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteDeployment": Operation(
            operation_id="Gateway_DeleteDeployment",
            method="DELETE",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}",
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
            service_root=True,
        ),
        "Gateway_ScaleDeployment": Operation(
            operation_id="Gateway_ScaleDeployment",
            method="PATCH",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}:scale",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}:scale",
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
            service_root=True,
        ),
        "Gateway_UndeleteDeployment": Operation(
            operation_id="Gateway_UndeleteDeployment",
            method="POST",
            path="/v1/accounts/{account_id}/deployments/{deployment_id}:undelete",
            url_path="/v1/accounts/{account_id}/deployments/{deployment_id}:undelete",
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
            service_root=True,
        ),
        "Gateway_ListDeploymentShapes": Operation(
            operation_id="Gateway_ListDeploymentShapes",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes",
            url_path="/v1/accounts/{account_id}/deploymentShapes",
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
            service_root=True,
        ),
        "Gateway_GetDeploymentShape": Operation(
            operation_id="Gateway_GetDeploymentShape",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}",
            url_path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}",
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
            service_root=True,
        ),
        "Gateway_ListDeploymentShapeVersions": Operation(
            operation_id="Gateway_ListDeploymentShapeVersions",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions",
            url_path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions",
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
            service_root=True,
        ),
        "Gateway_GetDeploymentShapeVersion": Operation(
            operation_id="Gateway_GetDeploymentShapeVersion",
            method="GET",
            path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions/{version_id}",
            url_path="/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions/{version_id}",
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
            service_root=True,
        ),
        "Gateway_ListDatasets": Operation(
            operation_id="Gateway_ListDatasets",
            method="GET",
            path="/v1/accounts/{account_id}/datasets",
            url_path="/v1/accounts/{account_id}/datasets",
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
            service_root=True,
        ),
        "Gateway_CreateDataset": Operation(
            operation_id="Gateway_CreateDataset",
            method="POST",
            path="/v1/accounts/{account_id}/datasets",
            url_path="/v1/accounts/{account_id}/datasets",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
            service_root=True,
        ),
        "Gateway_GetDataset": Operation(
            operation_id="Gateway_GetDataset",
            method="GET",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateDataset": Operation(
            operation_id="Gateway_UpdateDataset",
            method="PATCH",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteDataset": Operation(
            operation_id="Gateway_DeleteDataset",
            method="DELETE",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}",
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
            service_root=True,
        ),
        "Gateway_GetDatasetUploadEndpoint": Operation(
            operation_id="Gateway_GetDatasetUploadEndpoint",
            method="POST",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint",
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
            service_root=True,
        ),
        "Gateway_GetDatasetDownloadEndpoint": Operation(
            operation_id="Gateway_GetDatasetDownloadEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint",
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
            service_root=True,
        ),
        "Gateway_ValidateDatasetUpload": Operation(
            operation_id="Gateway_ValidateDatasetUpload",
            method="POST",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload",
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
            service_root=True,
        ),
        "Gateway_UploadDatasetFile": Operation(
            operation_id="Gateway_UploadDatasetFile",
            method="POST",
            path="/v1/accounts/{account_id}/datasets/{dataset_id}:upload",
            url_path="/v1/accounts/{account_id}/datasets/{dataset_id}:upload",
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
            service_root=True,
        ),
        "Gateway_ListBatchInferenceJobs": Operation(
            operation_id="Gateway_ListBatchInferenceJobs",
            method="GET",
            path="/v1/accounts/{account_id}/batchInferenceJobs",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs",
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
            service_root=True,
        ),
        "Gateway_CreateBatchInferenceJob": Operation(
            operation_id="Gateway_CreateBatchInferenceJob",
            method="POST",
            path="/v1/accounts/{account_id}/batchInferenceJobs",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("batchInferenceJobId",),
            service_root=True,
        ),
        "Gateway_GetBatchInferenceJob": Operation(
            operation_id="Gateway_GetBatchInferenceJob",
            method="GET",
            path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteBatchInferenceJob": Operation(
            operation_id="Gateway_DeleteBatchInferenceJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
            url_path="/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
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
            service_root=True,
        ),
        "Gateway_ListSupervisedFineTuningJobs": Operation(
            operation_id="Gateway_ListSupervisedFineTuningJobs",
            method="GET",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
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
            service_root=True,
        ),
        "Gateway_CreateSupervisedFineTuningJob": Operation(
            operation_id="Gateway_CreateSupervisedFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("supervisedFineTuningJobId",),
            service_root=True,
        ),
        "Gateway_GetSupervisedFineTuningJob": Operation(
            operation_id="Gateway_GetSupervisedFineTuningJob",
            method="GET",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteSupervisedFineTuningJob": Operation(
            operation_id="Gateway_DeleteSupervisedFineTuningJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
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
            service_root=True,
        ),
        "Gateway_ResumeSupervisedFineTuningJob": Operation(
            operation_id="Gateway_ResumeSupervisedFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}:resume",
            url_path="/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}:resume",
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
            service_root=True,
        ),
        "Gateway_ListReinforcementFineTuningJobs": Operation(
            operation_id="Gateway_ListReinforcementFineTuningJobs",
            method="GET",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
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
            service_root=True,
        ),
        "Gateway_CreateReinforcementFineTuningJob": Operation(
            operation_id="Gateway_CreateReinforcementFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("reinforcementFineTuningJobId",),
            service_root=True,
        ),
        "Gateway_GetReinforcementFineTuningJob": Operation(
            operation_id="Gateway_GetReinforcementFineTuningJob",
            method="GET",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteReinforcementFineTuningJob": Operation(
            operation_id="Gateway_DeleteReinforcementFineTuningJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
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
            service_root=True,
        ),
        "Gateway_CancelReinforcementFineTuningJob": Operation(
            operation_id="Gateway_CancelReinforcementFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:cancel",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:cancel",
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
            service_root=True,
        ),
        "Gateway_ResumeReinforcementFineTuningJob": Operation(
            operation_id="Gateway_ResumeReinforcementFineTuningJob",
            method="POST",
            path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:resume",
            url_path="/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:resume",
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
            service_root=True,
        ),
        "Gateway_ListRlorTrainerJobs": Operation(
            operation_id="Gateway_ListRlorTrainerJobs",
            method="GET",
            path="/v1/accounts/{account_id}/rlorTrainerJobs",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs",
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
            service_root=True,
        ),
        "Gateway_CreateRlorTrainerJob": Operation(
            operation_id="Gateway_CreateRlorTrainerJob",
            method="POST",
            path="/v1/accounts/{account_id}/rlorTrainerJobs",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("rlorTrainerJobId", "trainingShape"),
            service_root=True,
        ),
        "Gateway_GetRlorTrainerJob": Operation(
            operation_id="Gateway_GetRlorTrainerJob",
            method="GET",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteRlorTrainerJob": Operation(
            operation_id="Gateway_DeleteRlorTrainerJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
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
            service_root=True,
        ),
        "Gateway_ExecuteRlorTrainStep": Operation(
            operation_id="Gateway_ExecuteRlorTrainStep",
            method="POST",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep",
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
            service_root=True,
        ),
        "Gateway_ResumeRlorTrainerJob": Operation(
            operation_id="Gateway_ResumeRlorTrainerJob",
            method="POST",
            path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume",
            url_path="/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume",
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
            service_root=True,
        ),
        "Gateway_ListDpoJobs": Operation(
            operation_id="Gateway_ListDpoJobs",
            method="GET",
            path="/v1/accounts/{account_id}/dpoJobs",
            url_path="/v1/accounts/{account_id}/dpoJobs",
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
            service_root=True,
        ),
        "Gateway_CreateDpoJob": Operation(
            operation_id="Gateway_CreateDpoJob",
            method="POST",
            path="/v1/accounts/{account_id}/dpoJobs",
            url_path="/v1/accounts/{account_id}/dpoJobs",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=("dpoJobId",),
            service_root=True,
        ),
        "Gateway_GetDpoJob": Operation(
            operation_id="Gateway_GetDpoJob",
            method="GET",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteDpoJob": Operation(
            operation_id="Gateway_DeleteDpoJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
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
            service_root=True,
        ),
        "Gateway_ResumeDpoJob": Operation(
            operation_id="Gateway_ResumeDpoJob",
            method="POST",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume",
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
            service_root=True,
        ),
        "Gateway_GetDpoJobMetricsFileEndpoint": Operation(
            operation_id="Gateway_GetDpoJobMetricsFileEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint",
            url_path="/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint",
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
            service_root=True,
        ),
        "Gateway_ListEvaluationJobs": Operation(
            operation_id="Gateway_ListEvaluationJobs",
            method="GET",
            path="/v1/accounts/{account_id}/evaluationJobs",
            url_path="/v1/accounts/{account_id}/evaluationJobs",
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
            service_root=True,
        ),
        "Gateway_CreateEvaluationJob": Operation(
            operation_id="Gateway_CreateEvaluationJob",
            method="POST",
            path="/v1/accounts/{account_id}/evaluationJobs",
            url_path="/v1/accounts/{account_id}/evaluationJobs",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
            service_root=True,
        ),
        "Gateway_GetEvaluationJob": Operation(
            operation_id="Gateway_GetEvaluationJob",
            method="GET",
            path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
            url_path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteEvaluationJob": Operation(
            operation_id="Gateway_DeleteEvaluationJob",
            method="DELETE",
            path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
            url_path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
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
            service_root=True,
        ),
        "Gateway_GetEvaluationJobExecutionLogEndpoint": Operation(
            operation_id="Gateway_GetEvaluationJobExecutionLogEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint",
            url_path="/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint",
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
            service_root=True,
        ),
        "Gateway_ListEvaluators": Operation(
            operation_id="Gateway_ListEvaluators",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators",
            url_path="/v1/accounts/{account_id}/evaluators",
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
            service_root=True,
        ),
        "Gateway_CreateEvaluatorV2": Operation(
            operation_id="Gateway_CreateEvaluatorV2",
            method="POST",
            path="/v1/accounts/{account_id}/evaluatorsV2",
            url_path="/v1/accounts/{account_id}/evaluatorsV2",
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
                    "409": (Body("application/json", "ErrorResponse"),),
                }
            ),
            path_params=("account_id",),
            query_params=(),
            service_root=True,
        ),
        "Gateway_GetEvaluator": Operation(
            operation_id="Gateway_GetEvaluator",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
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
            service_root=True,
        ),
        "Gateway_UpdateEvaluator": Operation(
            operation_id="Gateway_UpdateEvaluator",
            method="PATCH",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
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
            service_root=True,
        ),
        "Gateway_DeleteEvaluator": Operation(
            operation_id="Gateway_DeleteEvaluator",
            method="DELETE",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}",
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
            service_root=True,
        ),
        "Gateway_GetEvaluatorUploadEndpoint": Operation(
            operation_id="Gateway_GetEvaluatorUploadEndpoint",
            method="POST",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint",
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
            service_root=True,
        ),
        "Gateway_ValidateEvaluatorUpload": Operation(
            operation_id="Gateway_ValidateEvaluatorUpload",
            method="POST",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload",
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
            service_root=True,
        ),
        "Gateway_GetEvaluatorBuildLogEndpoint": Operation(
            operation_id="Gateway_GetEvaluatorBuildLogEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint",
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
            service_root=True,
        ),
        "Gateway_GetEvaluatorSourceCodeEndpoint": Operation(
            operation_id="Gateway_GetEvaluatorSourceCodeEndpoint",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl",
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
            service_root=True,
        ),
        "Gateway_ListEvaluatorVersions": Operation(
            operation_id="Gateway_ListEvaluatorVersions",
            method="GET",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions",
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
            service_root=True,
        ),
        "Gateway_DeleteEvaluatorVersion": Operation(
            operation_id="Gateway_DeleteEvaluatorVersion",
            method="DELETE",
            path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}",
            url_path="/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}",
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
            service_root=True,
        ),
        "messages_post": Operation(
            operation_id="messages_post",
            method="POST",
            path="/messages",
            url_path="/inference/v1/messages",
            request=(Body("application/json", "AnthropicCreateMessageParams"),),
            params="AnthropicCreateMessageParamsParams",
            binary_fields=frozenset(),
            responses=MappingProxyType(
                {
                    "200": (
                        Body("application/json", "AnthropicMessage"),
                        Body(
                            "text/event-stream",
                            None,
                            events=EventStream(
                                terminator=None,
                                error_model="AnthropicErrorResponse",
                                error_key=None,
                                end_event="message_stop",
                                error_event="error",
                            ),
                            variants=(
                                ("message_start", "AnthropicMessageStartEvent"),
                                (
                                    "content_block_start",
                                    "AnthropicContentBlockStartEvent",
                                ),
                                (
                                    "content_block_delta",
                                    "AnthropicContentBlockDeltaEvent",
                                ),
                                (
                                    "content_block_stop",
                                    "AnthropicContentBlockStopEvent",
                                ),
                                ("message_delta", "AnthropicMessageDeltaEvent"),
                                ("message_stop", "AnthropicMessageStopEvent"),
                                ("ping", "AnthropicPingEvent"),
                            ),
                            discriminator="type",
                        ),
                    ),
                    "4XX": (Body("application/json", "AnthropicErrorResponse"),),
                    "400": (Body("application/json", "AnthropicErrorResponse"),),
                    "401": (Body("application/json", "AnthropicErrorResponse"),),
                    "403": (Body("application/json", "AnthropicErrorResponse"),),
                    "404": (Body("application/json", "AnthropicErrorResponse"),),
                    "429": (Body("application/json", "AnthropicErrorResponse"),),
                    "500": (Body("application/json", "AnthropicErrorResponse"),),
                    "503": (Body("application/json", "AnthropicErrorResponse"),),
                }
            ),
            path_params=(),
            query_params=(),
            service_root=False,
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
            service_root=False,
        ),
    }
)

# The component schema (``#/components/schemas/<key>``) of each model class above whose
# name differs from its component's key.
SCHEMAS: Mapping[str, str] = MappingProxyType(
    {
        "GatewayAccount": "gatewayAccount",
        "GatewayApiKey": "gatewayApiKey",
        "GatewayBatchInferenceJob": "gatewayBatchInferenceJob",
        "GatewayDataset": "gatewayDataset",
        "GatewayDeployedModel": "gatewayDeployedModel",
        "GatewayDeployment": "gatewayDeployment",
        "GatewayDeploymentShape": "gatewayDeploymentShape",
        "GatewayDeploymentShapeVersion": "gatewayDeploymentShapeVersion",
        "GatewayDpoJob": "gatewayDpoJob",
        "GatewayEvaluationJob": "gatewayEvaluationJob",
        "GatewayEvaluator": "gatewayEvaluator",
        "GatewayGetDatasetDownloadEndpointResponse": "gatewayGetDatasetDownloadEndpointResponse",
        "GatewayGetDatasetUploadEndpointResponse": "gatewayGetDatasetUploadEndpointResponse",
        "GatewayGetDpoJobMetricsFileResponse": "gatewayGetDpoJobMetricsFileResponse",
        "GatewayGetEvaluationJobExecutionLogEndpointResponse": "gatewayGetEvaluationJobExecutionLogEndpointResponse",
        "GatewayGetEvaluatorBuildLogEndpointResponse": "gatewayGetEvaluatorBuildLogEndpointResponse",
        "GatewayGetEvaluatorSourceCodeEndpointResponse": "gatewayGetEvaluatorSourceCodeEndpointResponse",
        "GatewayGetEvaluatorUploadEndpointResponse": "gatewayGetEvaluatorUploadEndpointResponse",
        "GatewayGetModelDownloadEndpointResponse": "gatewayGetModelDownloadEndpointResponse",
        "GatewayGetModelUploadEndpointResponse": "gatewayGetModelUploadEndpointResponse",
        "GatewayListAccountsResponse": "gatewayListAccountsResponse",
        "GatewayListApiKeysResponse": "gatewayListApiKeysResponse",
        "GatewayListBatchInferenceJobsResponse": "gatewayListBatchInferenceJobsResponse",
        "GatewayListDatasetsResponse": "gatewayListDatasetsResponse",
        "GatewayListDeployedModelsResponse": "gatewayListDeployedModelsResponse",
        "GatewayListDeploymentShapeVersionsResponse": "gatewayListDeploymentShapeVersionsResponse",
        "GatewayListDeploymentShapesResponse": "gatewayListDeploymentShapesResponse",
        "GatewayListDeploymentsResponse": "gatewayListDeploymentsResponse",
        "GatewayListDpoJobsResponse": "gatewayListDpoJobsResponse",
        "GatewayListEvaluationJobsResponse": "gatewayListEvaluationJobsResponse",
        "GatewayListEvaluatorVersionsResponse": "gatewayListEvaluatorVersionsResponse",
        "GatewayListEvaluatorsResponse": "gatewayListEvaluatorsResponse",
        "GatewayListModelsResponse": "gatewayListModelsResponse",
        "GatewayListReinforcementFineTuningJobsResponse": "gatewayListReinforcementFineTuningJobsResponse",
        "GatewayListRlorTrainerJobsResponse": "gatewayListRlorTrainerJobsResponse",
        "GatewayListSecretsResponse": "gatewayListSecretsResponse",
        "GatewayListSupervisedFineTuningJobsResponse": "gatewayListSupervisedFineTuningJobsResponse",
        "GatewayListUsersResponse": "gatewayListUsersResponse",
        "GatewayModel": "gatewayModel",
        "GatewayReinforcementFineTuningJob": "gatewayReinforcementFineTuningJob",
        "GatewayRlorTrainerJob": "gatewayRlorTrainerJob",
        "GatewaySecret": "gatewaySecret",
        "GatewaySupervisedFineTuningJob": "gatewaySupervisedFineTuningJob",
        "GatewayUser": "gatewayUser",
        "GatewayValidateModelUploadResponse": "gatewayValidateModelUploadResponse",
    }
)
