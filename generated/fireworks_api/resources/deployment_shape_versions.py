"""``client.deployment_shape_versions``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Never, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._pagination import AsyncPager, PagedEndpoint, Paging, SyncPager
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import (
        GatewayDeploymentShapeVersion,
        GatewayListDeploymentShapeVersionsResponse,
    )
    from fireworks_api.params import (
        GatewayGetDeploymentShapeVersionParams,
        GatewayListDeploymentShapeVersionsParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DEPLOYMENT_SHAPE_VERSIONS_GET",
    "DEPLOYMENT_SHAPE_VERSIONS_LIST",
    "AsyncDeploymentShapeVersionsOperations",
    "AsyncDeploymentShapeVersionsOperationsWithRawResponse",
    "DeploymentShapeVersionsOperations",
    "DeploymentShapeVersionsOperationsWithRawResponse",
]

DEPLOYMENT_SHAPE_VERSIONS_LIST: PagedEndpoint[
    GatewayListDeploymentShapeVersionsResponse, GatewayDeploymentShapeVersion
] = PagedEndpoint(
    "deployment_shape_versions.list",
    "GET",
    "/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions",
    service_root=True,
    path_params=("account_id", "deployment_shape_id"),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListDeploymentShapeVersionsResponse",
    paging=Paging("page_token", "deployment_shape_versions", "next_page_token"),
)

DEPLOYMENT_SHAPE_VERSIONS_GET: Endpoint[GatewayDeploymentShapeVersion, Never] = (
    Endpoint(
        "deployment_shape_versions.get",
        "GET",
        "/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions/{version_id}",
        service_root=True,
        path_params=("account_id", "deployment_shape_id", "version_id"),
        query_params=("readMask",),
        wire_names={"read_mask": "readMask"},
        answer="GatewayDeploymentShapeVersion",
    )
)


class DeploymentShapeVersionsOperations(SyncResource):
    """``client.deployment_shape_versions``, as the spec describes it."""

    def list(
        self,
        deployment_shape_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentShapeVersionsParams],
    ) -> SyncPager[
        GatewayDeploymentShapeVersion, GatewayListDeploymentShapeVersionsResponse
    ]:
        """List Deployment Shapes Versions (``GET
        /v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions``).

        Every GatewayDeploymentShapeVersion of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            DEPLOYMENT_SHAPE_VERSIONS_LIST,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                **params,
            },
            options,
        )

    def _list_page(
        self,
        deployment_shape_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentShapeVersionsParams],
    ) -> GatewayListDeploymentShapeVersionsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENT_SHAPE_VERSIONS_LIST,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def get(
        self,
        deployment_shape_id: str,
        version_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeploymentShapeVersionParams],
    ) -> GatewayDeploymentShapeVersion:
        """Get Deployment Shape Version (``GET /v1/accounts/{account_id}/deploymentShapes/{deployme
        nt_shape_id}/versions/{version_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENT_SHAPE_VERSIONS_GET,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                "version_id": version_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> DeploymentShapeVersionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return DeploymentShapeVersionsOperationsWithRawResponse(self)


class DeploymentShapeVersionsOperationsWithRawResponse:
    """The methods of :class:`DeploymentShapeVersionsOperations`, answering a RawResponse."""

    def __init__(self, resource: DeploymentShapeVersionsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.get = to_raw(raw.get)


class AsyncDeploymentShapeVersionsOperations(AsyncResource):
    """``client.deployment_shape_versions``, as the spec describes it."""

    def list(
        self,
        deployment_shape_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentShapeVersionsParams],
    ) -> AsyncPager[
        GatewayDeploymentShapeVersion, GatewayListDeploymentShapeVersionsResponse
    ]:
        """List Deployment Shapes Versions (``GET
        /v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}/versions``).

        Every GatewayDeploymentShapeVersion of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            DEPLOYMENT_SHAPE_VERSIONS_LIST,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                **params,
            },
            options,
        )

    async def _list_page(
        self,
        deployment_shape_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentShapeVersionsParams],
    ) -> GatewayListDeploymentShapeVersionsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENT_SHAPE_VERSIONS_LIST,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        deployment_shape_id: str,
        version_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeploymentShapeVersionParams],
    ) -> GatewayDeploymentShapeVersion:
        """Get Deployment Shape Version (``GET /v1/accounts/{account_id}/deploymentShapes/{deployme
        nt_shape_id}/versions/{version_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENT_SHAPE_VERSIONS_GET,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                "version_id": version_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(
        self,
    ) -> AsyncDeploymentShapeVersionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncDeploymentShapeVersionsOperationsWithRawResponse(self)


class AsyncDeploymentShapeVersionsOperationsWithRawResponse:
    """The methods of :class:`AsyncDeploymentShapeVersionsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncDeploymentShapeVersionsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.get = to_raw_async(raw.get)
