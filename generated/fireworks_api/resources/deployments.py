"""``client.deployments``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteDeploymentResponse200,
        GatewayDeployment,
        GatewayListDeploymentsResponse,
        GatewayScaleDeploymentResponse200,
    )
    from fireworks_api.params import (
        GatewayCreateDeploymentParams,
        GatewayDeleteDeploymentParams,
        GatewayGetDeploymentParams,
        GatewayListDeploymentsParams,
        GatewayScaleDeploymentBodyParams,
        GatewayUndeleteDeploymentBodyParams,
        GatewayUpdateDeploymentParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DEPLOYMENTS_CREATE",
    "DEPLOYMENTS_DELETE",
    "DEPLOYMENTS_GET",
    "DEPLOYMENTS_LIST",
    "DEPLOYMENTS_SCALE",
    "DEPLOYMENTS_UNDELETE",
    "DEPLOYMENTS_UPDATE",
    "DEPLOYMENTS_WAITING",
    "AsyncDeploymentsOperations",
    "AsyncDeploymentsOperationsWithRawResponse",
    "DeploymentsOperations",
    "DeploymentsOperationsWithRawResponse",
]

DEPLOYMENTS_LIST: PagedEndpoint[GatewayListDeploymentsResponse, GatewayDeployment] = (
    PagedEndpoint(
        "deployments.list",
        "GET",
        "/v1/accounts/{account_id}/deployments",
        service_root=True,
        path_params=("account_id",),
        query_params=(
            "pageSize",
            "pageToken",
            "filter",
            "orderBy",
            "showDeleted",
            "readMask",
        ),
        wire_names={
            "page_size": "pageSize",
            "page_token": "pageToken",
            "order_by": "orderBy",
            "show_deleted": "showDeleted",
            "read_mask": "readMask",
        },
        answer="GatewayListDeploymentsResponse",
        paging=Paging("page_token", "deployments", "next_page_token"),
    )
)

DEPLOYMENTS_CREATE: Endpoint[GatewayDeployment, Never] = Endpoint(
    "deployments.create",
    "POST",
    "/v1/accounts/{account_id}/deployments",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    query_params=(
        "disableAutoDeploy",
        "disableSpeculativeDecoding",
        "deploymentId",
        "validateOnly",
        "skipShapeValidation",
        "skipImageTagValidation",
    ),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "expire_time": "expireTime",
        "purge_time": "purgeTime",
        "delete_time": "deleteTime",
        "min_replica_count": "minReplicaCount",
        "max_replica_count": "maxReplicaCount",
        "max_with_revocable_replica_count": "maxWithRevocableReplicaCount",
        "desired_replica_count": "desiredReplicaCount",
        "replica_count": "replicaCount",
        "autoscaling_policy": "autoscalingPolicy",
        "base_model": "baseModel",
        "accelerator_count": "acceleratorCount",
        "accelerator_type": "acceleratorType",
        "enable_addons": "enableAddons",
        "draft_token_count": "draftTokenCount",
        "draft_model": "draftModel",
        "ngram_speculation_length": "ngramSpeculationLength",
        "enable_session_affinity": "enableSessionAffinity",
        "direct_route_api_keys": "directRouteApiKeys",
        "num_peft_device_cached": "numPeftDeviceCached",
        "direct_route_type": "directRouteType",
        "direct_route_handle": "directRouteHandle",
        "deployment_template": "deploymentTemplate",
        "auto_tune": "autoTune",
        "max_context_length": "maxContextLength",
        "update_time": "updateTime",
        "disable_deployment_size_validation": "disableDeploymentSizeValidation",
        "enable_hot_load": "enableHotLoad",
        "hot_load_bucket_type": "hotLoadBucketType",
        "enable_hot_reload_latest_addon": "enableHotReloadLatestAddon",
        "deployment_shape": "deploymentShape",
        "active_model_version": "activeModelVersion",
        "target_model_version": "targetModelVersion",
        "replica_stats": "replicaStats",
        "hot_load_bucket_url": "hotLoadBucketUrl",
        "pricing_plan_id": "pricingPlanId",
        "hot_load_trainer_job": "hotLoadTrainerJob",
        "disable_auto_deploy": "disableAutoDeploy",
        "disable_speculative_decoding": "disableSpeculativeDecoding",
        "deployment_id": "deploymentId",
        "validate_only": "validateOnly",
        "skip_shape_validation": "skipShapeValidation",
        "skip_image_tag_validation": "skipImageTagValidation",
    },
    answer="GatewayDeployment",
)

DEPLOYMENTS_GET: Endpoint[GatewayDeployment, Never] = Endpoint(
    "deployments.get",
    "GET",
    "/v1/accounts/{account_id}/deployments/{deployment_id}",
    service_root=True,
    path_params=("account_id", "deployment_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayDeployment",
)

DEPLOYMENTS_UPDATE: Endpoint[GatewayDeployment, Never] = Endpoint(
    "deployments.update",
    "PATCH",
    "/v1/accounts/{account_id}/deployments/{deployment_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "deployment_id"),
    query_params=("skipShapeValidation",),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "expire_time": "expireTime",
        "purge_time": "purgeTime",
        "delete_time": "deleteTime",
        "min_replica_count": "minReplicaCount",
        "max_replica_count": "maxReplicaCount",
        "max_with_revocable_replica_count": "maxWithRevocableReplicaCount",
        "desired_replica_count": "desiredReplicaCount",
        "replica_count": "replicaCount",
        "autoscaling_policy": "autoscalingPolicy",
        "base_model": "baseModel",
        "accelerator_count": "acceleratorCount",
        "accelerator_type": "acceleratorType",
        "enable_addons": "enableAddons",
        "draft_token_count": "draftTokenCount",
        "draft_model": "draftModel",
        "ngram_speculation_length": "ngramSpeculationLength",
        "enable_session_affinity": "enableSessionAffinity",
        "direct_route_api_keys": "directRouteApiKeys",
        "num_peft_device_cached": "numPeftDeviceCached",
        "direct_route_type": "directRouteType",
        "direct_route_handle": "directRouteHandle",
        "deployment_template": "deploymentTemplate",
        "auto_tune": "autoTune",
        "max_context_length": "maxContextLength",
        "update_time": "updateTime",
        "disable_deployment_size_validation": "disableDeploymentSizeValidation",
        "enable_hot_load": "enableHotLoad",
        "hot_load_bucket_type": "hotLoadBucketType",
        "enable_hot_reload_latest_addon": "enableHotReloadLatestAddon",
        "deployment_shape": "deploymentShape",
        "active_model_version": "activeModelVersion",
        "target_model_version": "targetModelVersion",
        "replica_stats": "replicaStats",
        "hot_load_bucket_url": "hotLoadBucketUrl",
        "pricing_plan_id": "pricingPlanId",
        "hot_load_trainer_job": "hotLoadTrainerJob",
        "skip_shape_validation": "skipShapeValidation",
    },
    answer="GatewayDeployment",
)

DEPLOYMENTS_DELETE: Endpoint[GatewayDeleteDeploymentResponse200, Never] = Endpoint(
    "deployments.delete",
    "DELETE",
    "/v1/accounts/{account_id}/deployments/{deployment_id}",
    service_root=True,
    path_params=("account_id", "deployment_id"),
    query_params=("hard", "ignoreChecks"),
    wire_names={"ignore_checks": "ignoreChecks"},
    answer="GatewayDeleteDeploymentResponse200",
)

DEPLOYMENTS_SCALE: Endpoint[GatewayScaleDeploymentResponse200, Never] = Endpoint(
    "deployments.scale",
    "PATCH",
    "/v1/accounts/{account_id}/deployments/{deployment_id}:scale",
    service_root=True,
    request="application/json",
    path_params=("account_id", "deployment_id"),
    wire_names={"replica_count": "replicaCount"},
    answer="GatewayScaleDeploymentResponse200",
)

DEPLOYMENTS_UNDELETE: Endpoint[GatewayDeployment, Never] = Endpoint(
    "deployments.undelete",
    "POST",
    "/v1/accounts/{account_id}/deployments/{deployment_id}:undelete",
    service_root=True,
    request="application/json",
    path_params=("account_id", "deployment_id"),
    answer="GatewayDeployment",
)

# Its get's answer's state is a gatewayDeploymentState (x-waits of openapi3.names.yml).
DEPLOYMENTS_WAITING = Waiting(
    frozenset({"READY"}), frozenset({"FAILED", "DELETING", "DELETED"})
)


class DeploymentsOperations(SyncResource):
    """``client.deployments``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentsParams],
    ) -> SyncPager[GatewayDeployment, GatewayListDeploymentsResponse]:
        """List Deployments (``GET /v1/accounts/{account_id}/deployments``).

        Every GatewayDeployment of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            DEPLOYMENTS_LIST,
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
        **params: Unpack[GatewayListDeploymentsParams],
    ) -> GatewayListDeploymentsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_LIST,
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
        **params: Unpack[GatewayCreateDeploymentParams],
    ) -> GatewayDeployment:
        """Create Deployment (``POST /v1/accounts/{account_id}/deployments``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeploymentParams],
    ) -> GatewayDeployment:
        """Get Deployment (``GET /v1/accounts/{account_id}/deployments/{deployment_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_GET,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateDeploymentParams],
    ) -> GatewayDeployment:
        """Update Deployment (``PATCH /v1/accounts/{account_id}/deployments/{deployment_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_UPDATE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayDeleteDeploymentParams],
    ) -> GatewayDeleteDeploymentResponse200:
        """Delete Deployment (``DELETE /v1/accounts/{account_id}/deployments/{deployment_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_DELETE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def scale(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayScaleDeploymentBodyParams],
    ) -> GatewayScaleDeploymentResponse200:
        """Scale Deployment to a specific number of replicas or to zero (``PATCH
        /v1/accounts/{account_id}/deployments/{deployment_id}:scale``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_SCALE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def undelete(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUndeleteDeploymentBodyParams],
    ) -> GatewayDeployment:
        """Undelete Deployment (``POST
        /v1/accounts/{account_id}/deployments/{deployment_id}:undelete``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENTS_UNDELETE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDeployment], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeployment:
        """Read it (``get``) until its state is READY, and return it; a
        state of FAILED, DELETING, DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                deployment_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DEPLOYMENTS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> DeploymentsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return DeploymentsOperationsWithRawResponse(self)


class DeploymentsOperationsWithRawResponse:
    """The methods of :class:`DeploymentsOperations`, answering a RawResponse."""

    def __init__(self, resource: DeploymentsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)
        self.scale = to_raw(raw.scale)
        self.undelete = to_raw(raw.undelete)


class AsyncDeploymentsOperations(AsyncResource):
    """``client.deployments``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentsParams],
    ) -> AsyncPager[GatewayDeployment, GatewayListDeploymentsResponse]:
        """List Deployments (``GET /v1/accounts/{account_id}/deployments``).

        Every GatewayDeployment of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            DEPLOYMENTS_LIST,
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
        **params: Unpack[GatewayListDeploymentsParams],
    ) -> GatewayListDeploymentsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_LIST,
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
        **params: Unpack[GatewayCreateDeploymentParams],
    ) -> GatewayDeployment:
        """Create Deployment (``POST /v1/accounts/{account_id}/deployments``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeploymentParams],
    ) -> GatewayDeployment:
        """Get Deployment (``GET /v1/accounts/{account_id}/deployments/{deployment_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_GET,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateDeploymentParams],
    ) -> GatewayDeployment:
        """Update Deployment (``PATCH /v1/accounts/{account_id}/deployments/{deployment_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_UPDATE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayDeleteDeploymentParams],
    ) -> GatewayDeleteDeploymentResponse200:
        """Delete Deployment (``DELETE /v1/accounts/{account_id}/deployments/{deployment_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_DELETE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def scale(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayScaleDeploymentBodyParams],
    ) -> GatewayScaleDeploymentResponse200:
        """Scale Deployment to a specific number of replicas or to zero (``PATCH
        /v1/accounts/{account_id}/deployments/{deployment_id}:scale``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_SCALE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def undelete(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUndeleteDeploymentBodyParams],
    ) -> GatewayDeployment:
        """Undelete Deployment (``POST
        /v1/accounts/{account_id}/deployments/{deployment_id}:undelete``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENTS_UNDELETE,
            {"account_id": account_id, "deployment_id": deployment_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        deployment_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDeployment], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeployment:
        """Read it (``get``) until its state is READY, and return it; a
        state of FAILED, DELETING, DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                deployment_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DEPLOYMENTS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncDeploymentsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncDeploymentsOperationsWithRawResponse(self)


class AsyncDeploymentsOperationsWithRawResponse:
    """The methods of :class:`AsyncDeploymentsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncDeploymentsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
        self.scale = to_raw_async(raw.scale)
        self.undelete = to_raw_async(raw.undelete)
