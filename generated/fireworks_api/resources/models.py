"""``client.models``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Never, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._pagination import AsyncPager, PagedEndpoint, Paging, SyncPager
from fireworks_client._request_path import request_options
from fireworks_client._waits import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    Waiting,
    async_wait_until,
    wait_until,
)
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import (
        GatewayDeleteModelResponse200,
        GatewayGetModelDownloadEndpointResponse,
        GatewayGetModelUploadEndpointResponse,
        GatewayListModelsResponse,
        GatewayModel,
        GatewayPrepareModelResponse200,
        GatewayValidateModelUploadResponse,
        ListModelsResponse,
    )
    from fireworks_api.params import (
        GatewayCreateModelBodyParams,
        GatewayGetModelDownloadEndpointParams,
        GatewayGetModelParams,
        GatewayGetModelUploadEndpointBodyParams,
        GatewayListModelsParams,
        GatewayPrepareModelBodyParams,
        GatewayUpdateModelParams,
        GatewayValidateModelUploadParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "MODELS_CREATE",
    "MODELS_DELETE",
    "MODELS_GET",
    "MODELS_GET_DOWNLOAD_ENDPOINT",
    "MODELS_GET_UPLOAD_ENDPOINT",
    "MODELS_LIST",
    "MODELS_LIST_ACCOUNT_MODELS",
    "MODELS_PREPARE",
    "MODELS_UPDATE",
    "MODELS_VALIDATE_UPLOAD",
    "MODELS_WAITING",
    "AsyncModelsOperations",
    "AsyncModelsOperationsWithRawResponse",
    "ModelsOperations",
    "ModelsOperationsWithRawResponse",
]

MODELS_LIST: Endpoint[ListModelsResponse, Never] = Endpoint(
    "models.list",
    "GET",
    "/models",
    answer="ListModelsResponse",
)

MODELS_LIST_ACCOUNT_MODELS: PagedEndpoint[GatewayListModelsResponse, GatewayModel] = (
    PagedEndpoint(
        "models.list_account_models",
        "GET",
        "/v1/accounts/{account_id}/models",
        service_root=True,
        path_params=("account_id",),
        query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        wire_names={
            "page_size": "pageSize",
            "page_token": "pageToken",
            "order_by": "orderBy",
            "read_mask": "readMask",
        },
        answer="GatewayListModelsResponse",
        paging=Paging("page_token", "models", "next_page_token"),
    )
)

MODELS_CREATE: Endpoint[GatewayModel, Never] = Endpoint(
    "models.create",
    "POST",
    "/v1/accounts/{account_id}/models",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    wire_names={"model_id": "modelId"},
    answer="GatewayModel",
)

MODELS_GET: Endpoint[GatewayModel, Never] = Endpoint(
    "models.get",
    "GET",
    "/v1/accounts/{account_id}/models/{model_id}",
    service_root=True,
    path_params=("account_id", "model_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayModel",
)

MODELS_UPDATE: Endpoint[GatewayModel, Never] = Endpoint(
    "models.update",
    "PATCH",
    "/v1/accounts/{account_id}/models/{model_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "model_id"),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "github_url": "githubUrl",
        "hugging_face_url": "huggingFaceUrl",
        "base_model_details": "baseModelDetails",
        "peft_details": "peftDetails",
        "teft_details": "teftDetails",
        "conversation_config": "conversationConfig",
        "context_length": "contextLength",
        "supports_image_input": "supportsImageInput",
        "supports_tools": "supportsTools",
        "imported_from": "importedFrom",
        "fine_tuning_job": "fineTuningJob",
        "default_draft_model": "defaultDraftModel",
        "default_draft_token_count": "defaultDraftTokenCount",
        "deployed_model_refs": "deployedModelRefs",
        "deprecation_date": "deprecationDate",
        "supports_lora": "supportsLora",
        "use_hf_apply_chat_template": "useHfApplyChatTemplate",
        "update_time": "updateTime",
        "default_sampling_params": "defaultSamplingParams",
        "rl_tunable": "rlTunable",
        "training_context_length": "trainingContextLength",
        "snapshot_type": "snapshotType",
        "supports_serverless": "supportsServerless",
        "supervised_lora_tunable": "supervisedLoraTunable",
        "supervised_full_parameter_tunable": "supervisedFullParameterTunable",
        "rl_lora_tunable": "rlLoraTunable",
        "rl_full_parameter_tunable": "rlFullParameterTunable",
    },
    answer="GatewayModel",
)

MODELS_DELETE: Endpoint[GatewayDeleteModelResponse200, Never] = Endpoint(
    "models.delete",
    "DELETE",
    "/v1/accounts/{account_id}/models/{model_id}",
    service_root=True,
    path_params=("account_id", "model_id"),
    answer="GatewayDeleteModelResponse200",
)

MODELS_GET_UPLOAD_ENDPOINT: Endpoint[GatewayGetModelUploadEndpointResponse, Never] = (
    Endpoint(
        "models.get_upload_endpoint",
        "POST",
        "/v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint",
        service_root=True,
        request="application/json",
        path_params=("account_id", "model_id"),
        wire_names={
            "filename_to_size": "filenameToSize",
            "enable_resumable_upload": "enableResumableUpload",
            "read_mask": "readMask",
        },
        answer="GatewayGetModelUploadEndpointResponse",
    )
)

MODELS_GET_DOWNLOAD_ENDPOINT: Endpoint[
    GatewayGetModelDownloadEndpointResponse, Never
] = Endpoint(
    "models.get_download_endpoint",
    "GET",
    "/v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint",
    service_root=True,
    path_params=("account_id", "model_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayGetModelDownloadEndpointResponse",
)

MODELS_VALIDATE_UPLOAD: Endpoint[GatewayValidateModelUploadResponse, Never] = Endpoint(
    "models.validate_upload",
    "GET",
    "/v1/accounts/{account_id}/models/{model_id}:validateUpload",
    service_root=True,
    path_params=("account_id", "model_id"),
    query_params=("skipHfConfigValidation", "trustRemoteCode", "configOnly"),
    wire_names={
        "skip_hf_config_validation": "skipHfConfigValidation",
        "trust_remote_code": "trustRemoteCode",
        "config_only": "configOnly",
    },
    answer="GatewayValidateModelUploadResponse",
)

MODELS_PREPARE: Endpoint[GatewayPrepareModelResponse200, Never] = Endpoint(
    "models.prepare",
    "POST",
    "/v1/accounts/{account_id}/models/{model_id}:prepare",
    service_root=True,
    request="application/json",
    path_params=("account_id", "model_id"),
    wire_names={"read_mask": "readMask"},
    answer="GatewayPrepareModelResponse200",
)

# Its get's answer's state is a gatewayModelState (x-waits of openapi3.names.yml).
MODELS_WAITING = Waiting(frozenset({"READY"}), frozenset({}))


class ModelsOperations(SyncResource):
    """``client.models``, as the spec describes it."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the models available to the account (``GET /inference/v1/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(MODELS_LIST, {}, None, options, raw=self._raw)

    def list_account_models(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListModelsParams],
    ) -> SyncPager[GatewayModel, GatewayListModelsResponse]:
        """List Models (``GET /v1/accounts/{account_id}/models``).

        Every GatewayModel of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            MODELS_LIST_ACCOUNT_MODELS,
            {"account_id": account_id, **params},
            options,
        )

    def _list_account_models_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListModelsParams],
    ) -> GatewayListModelsResponse:
        """One page of :meth:`list_account_models`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_LIST_ACCOUNT_MODELS,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayCreateModelBodyParams],
    ) -> GatewayModel:
        """Create Model (``POST /v1/accounts/{account_id}/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetModelParams],
    ) -> GatewayModel:
        """Get Model (``GET /v1/accounts/{account_id}/models/{model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_GET,
            {"account_id": account_id, "model_id": model_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateModelParams],
    ) -> GatewayModel:
        """Update Model (``PATCH /v1/accounts/{account_id}/models/{model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_UPDATE,
            {"account_id": account_id, "model_id": model_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteModelResponse200:
        """Delete Model (``DELETE /v1/accounts/{account_id}/models/{model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_DELETE,
            {"account_id": account_id, "model_id": model_id},
            None,
            options,
            raw=self._raw,
        )

    def get_upload_endpoint(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetModelUploadEndpointBodyParams],
    ) -> GatewayGetModelUploadEndpointResponse:
        """Get Model Upload Endpoint (``POST
        /v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_GET_UPLOAD_ENDPOINT,
            {"account_id": account_id, "model_id": model_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get_download_endpoint(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetModelDownloadEndpointParams],
    ) -> GatewayGetModelDownloadEndpointResponse:
        """Get Model Download Endpoint (``GET
        /v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_GET_DOWNLOAD_ENDPOINT,
            {"account_id": account_id, "model_id": model_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def validate_upload(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayValidateModelUploadParams],
    ) -> GatewayValidateModelUploadResponse:
        """Validate Model Upload (``GET
        /v1/accounts/{account_id}/models/{model_id}:validateUpload``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_VALIDATE_UPLOAD,
            {"account_id": account_id, "model_id": model_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def prepare(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayPrepareModelBodyParams],
    ) -> GatewayPrepareModelResponse200:
        """Prepare Model for different precisions (``POST
        /v1/accounts/{account_id}/models/{model_id}:prepare``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MODELS_PREPARE,
            {"account_id": account_id, "model_id": model_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayModel], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayModel:
        """Read it (``get``) until its state is READY, and return it; a
        state of none raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                model_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            MODELS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> ModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ModelsOperationsWithRawResponse(self)


class ModelsOperationsWithRawResponse:
    """The methods of :class:`ModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: ModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw.list)
        self.list_account_models = to_raw(raw._list_account_models_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)
        self.get_upload_endpoint = to_raw(raw.get_upload_endpoint)
        self.get_download_endpoint = to_raw(raw.get_download_endpoint)
        self.validate_upload = to_raw(raw.validate_upload)
        self.prepare = to_raw(raw.prepare)


class AsyncModelsOperations(AsyncResource):
    """``client.models``, as the spec describes it."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the models available to the account (``GET /inference/v1/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(MODELS_LIST, {}, None, options, raw=self._raw)

    def list_account_models(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListModelsParams],
    ) -> AsyncPager[GatewayModel, GatewayListModelsResponse]:
        """List Models (``GET /v1/accounts/{account_id}/models``).

        Every GatewayModel of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            MODELS_LIST_ACCOUNT_MODELS,
            {"account_id": account_id, **params},
            options,
        )

    async def _list_account_models_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListModelsParams],
    ) -> GatewayListModelsResponse:
        """One page of :meth:`list_account_models`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_LIST_ACCOUNT_MODELS,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayCreateModelBodyParams],
    ) -> GatewayModel:
        """Create Model (``POST /v1/accounts/{account_id}/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetModelParams],
    ) -> GatewayModel:
        """Get Model (``GET /v1/accounts/{account_id}/models/{model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_GET,
            {"account_id": account_id, "model_id": model_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateModelParams],
    ) -> GatewayModel:
        """Update Model (``PATCH /v1/accounts/{account_id}/models/{model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_UPDATE,
            {"account_id": account_id, "model_id": model_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteModelResponse200:
        """Delete Model (``DELETE /v1/accounts/{account_id}/models/{model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_DELETE,
            {"account_id": account_id, "model_id": model_id},
            None,
            options,
            raw=self._raw,
        )

    async def get_upload_endpoint(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetModelUploadEndpointBodyParams],
    ) -> GatewayGetModelUploadEndpointResponse:
        """Get Model Upload Endpoint (``POST
        /v1/accounts/{account_id}/models/{model_id}:getUploadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_GET_UPLOAD_ENDPOINT,
            {"account_id": account_id, "model_id": model_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get_download_endpoint(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetModelDownloadEndpointParams],
    ) -> GatewayGetModelDownloadEndpointResponse:
        """Get Model Download Endpoint (``GET
        /v1/accounts/{account_id}/models/{model_id}:getDownloadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_GET_DOWNLOAD_ENDPOINT,
            {"account_id": account_id, "model_id": model_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def validate_upload(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayValidateModelUploadParams],
    ) -> GatewayValidateModelUploadResponse:
        """Validate Model Upload (``GET
        /v1/accounts/{account_id}/models/{model_id}:validateUpload``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_VALIDATE_UPLOAD,
            {"account_id": account_id, "model_id": model_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def prepare(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayPrepareModelBodyParams],
    ) -> GatewayPrepareModelResponse200:
        """Prepare Model for different precisions (``POST
        /v1/accounts/{account_id}/models/{model_id}:prepare``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MODELS_PREPARE,
            {"account_id": account_id, "model_id": model_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        model_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayModel], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayModel:
        """Read it (``get``) until its state is READY, and return it; a
        state of none raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                model_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            MODELS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncModelsOperationsWithRawResponse(self)


class AsyncModelsOperationsWithRawResponse:
    """The methods of :class:`AsyncModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw.list)
        self.list_account_models = to_raw_async(raw._list_account_models_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
        self.get_upload_endpoint = to_raw_async(raw.get_upload_endpoint)
        self.get_download_endpoint = to_raw_async(raw.get_download_endpoint)
        self.validate_upload = to_raw_async(raw.validate_upload)
        self.prepare = to_raw_async(raw.prepare)
