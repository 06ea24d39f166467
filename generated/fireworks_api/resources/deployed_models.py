"""``client.deployed_models``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteDeployedModelResponse200,
        GatewayDeployedModel,
        GatewayListDeployedModelsResponse,
    )
    from fireworks_api.params import (
        GatewayCreateDeployedModelParams,
        GatewayGetDeployedModelParams,
        GatewayListDeployedModelsParams,
        GatewayUpdateDeployedModelParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DEPLOYED_MODELS_CREATE",
    "DEPLOYED_MODELS_DELETE",
    "DEPLOYED_MODELS_GET",
    "DEPLOYED_MODELS_LIST",
    "DEPLOYED_MODELS_UPDATE",
    "DEPLOYED_MODELS_WAITING",
    "AsyncDeployedModelsOperations",
    "AsyncDeployedModelsOperationsWithRawResponse",
    "DeployedModelsOperations",
    "DeployedModelsOperationsWithRawResponse",
]

DEPLOYED_MODELS_LIST: PagedEndpoint[
    GatewayListDeployedModelsResponse, GatewayDeployedModel
] = PagedEndpoint(
    "deployed_models.list",
    "GET",
    "/v1/accounts/{account_id}/deployedModels",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListDeployedModelsResponse",
    paging=Paging("page_token", "deployed_models", "next_page_token"),
)

DEPLOYED_MODELS_CREATE: Endpoint[GatewayDeployedModel, Never] = Endpoint(
    "deployed_models.create",
    "POST",
    "/v1/accounts/{account_id}/deployedModels",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    query_params=("replaceMergedAddon",),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "update_time": "updateTime",
        "replace_merged_addon": "replaceMergedAddon",
    },
    answer="GatewayDeployedModel",
)

DEPLOYED_MODELS_GET: Endpoint[GatewayDeployedModel, Never] = Endpoint(
    "deployed_models.get",
    "GET",
    "/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
    service_root=True,
    path_params=("account_id", "deployed_model_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayDeployedModel",
)

DEPLOYED_MODELS_UPDATE: Endpoint[GatewayDeployedModel, Never] = Endpoint(
    "deployed_models.update",
    "PATCH",
    "/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "deployed_model_id"),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "update_time": "updateTime",
    },
    answer="GatewayDeployedModel",
)

DEPLOYED_MODELS_DELETE: Endpoint[GatewayDeleteDeployedModelResponse200, Never] = (
    Endpoint(
        "deployed_models.delete",
        "DELETE",
        "/v1/accounts/{account_id}/deployedModels/{deployed_model_id}",
        service_root=True,
        path_params=("account_id", "deployed_model_id"),
        answer="GatewayDeleteDeployedModelResponse200",
    )
)

# Its get's answer's state is a gatewayDeployedModelState (x-waits of openapi3.names.yml).
DEPLOYED_MODELS_WAITING = Waiting(frozenset({"DEPLOYED"}), frozenset({"UNDEPLOYING"}))


class DeployedModelsOperations(SyncResource):
    """``client.deployed_models``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeployedModelsParams],
    ) -> SyncPager[GatewayDeployedModel, GatewayListDeployedModelsResponse]:
        """List LoRAs (``GET /v1/accounts/{account_id}/deployedModels``).

        Every GatewayDeployedModel of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            DEPLOYED_MODELS_LIST,
            {"account_id": account_id, **params},
            options,
        )

    def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeployedModelsParams],
    ) -> GatewayListDeployedModelsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYED_MODELS_LIST,
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
        **params: Unpack[GatewayCreateDeployedModelParams],
    ) -> GatewayDeployedModel:
        """Load LoRA (``POST /v1/accounts/{account_id}/deployedModels``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYED_MODELS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeployedModelParams],
    ) -> GatewayDeployedModel:
        """Get LoRA (``GET /v1/accounts/{account_id}/deployedModels/{deployed_model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYED_MODELS_GET,
            {
                "account_id": account_id,
                "deployed_model_id": deployed_model_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateDeployedModelParams],
    ) -> GatewayDeployedModel:
        """Update LoRA (``PATCH /v1/accounts/{account_id}/deployedModels/{deployed_model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYED_MODELS_UPDATE,
            {
                "account_id": account_id,
                "deployed_model_id": deployed_model_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteDeployedModelResponse200:
        """Unload LoRA (``DELETE /v1/accounts/{account_id}/deployedModels/{deployed_model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYED_MODELS_DELETE,
            {"account_id": account_id, "deployed_model_id": deployed_model_id},
            None,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDeployedModel], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeployedModel:
        """Read it (``get``) until its state is DEPLOYED, and return it; a
        state of UNDEPLOYING raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                deployed_model_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DEPLOYED_MODELS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> DeployedModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return DeployedModelsOperationsWithRawResponse(self)


class DeployedModelsOperationsWithRawResponse:
    """The methods of :class:`DeployedModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: DeployedModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)


class AsyncDeployedModelsOperations(AsyncResource):
    """``client.deployed_models``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeployedModelsParams],
    ) -> AsyncPager[GatewayDeployedModel, GatewayListDeployedModelsResponse]:
        """List LoRAs (``GET /v1/accounts/{account_id}/deployedModels``).

        Every GatewayDeployedModel of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            DEPLOYED_MODELS_LIST,
            {"account_id": account_id, **params},
            options,
        )

    async def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeployedModelsParams],
    ) -> GatewayListDeployedModelsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYED_MODELS_LIST,
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
        **params: Unpack[GatewayCreateDeployedModelParams],
    ) -> GatewayDeployedModel:
        """Load LoRA (``POST /v1/accounts/{account_id}/deployedModels``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYED_MODELS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeployedModelParams],
    ) -> GatewayDeployedModel:
        """Get LoRA (``GET /v1/accounts/{account_id}/deployedModels/{deployed_model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYED_MODELS_GET,
            {
                "account_id": account_id,
                "deployed_model_id": deployed_model_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateDeployedModelParams],
    ) -> GatewayDeployedModel:
        """Update LoRA (``PATCH /v1/accounts/{account_id}/deployedModels/{deployed_model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYED_MODELS_UPDATE,
            {
                "account_id": account_id,
                "deployed_model_id": deployed_model_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteDeployedModelResponse200:
        """Unload LoRA (``DELETE /v1/accounts/{account_id}/deployedModels/{deployed_model_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYED_MODELS_DELETE,
            {"account_id": account_id, "deployed_model_id": deployed_model_id},
            None,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        deployed_model_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDeployedModel], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeployedModel:
        """Read it (``get``) until its state is DEPLOYED, and return it; a
        state of UNDEPLOYING raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                deployed_model_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DEPLOYED_MODELS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncDeployedModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncDeployedModelsOperationsWithRawResponse(self)


class AsyncDeployedModelsOperationsWithRawResponse:
    """The methods of :class:`AsyncDeployedModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncDeployedModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
