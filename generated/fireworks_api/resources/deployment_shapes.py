"""``client.deployment_shapes``: its resource classes and its operations' endpoints, written by
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
        GatewayDeploymentShape,
        GatewayListDeploymentShapesResponse,
    )
    from fireworks_api.params import (
        GatewayGetDeploymentShapeParams,
        GatewayListDeploymentShapesParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DEPLOYMENT_SHAPES_GET",
    "DEPLOYMENT_SHAPES_LIST",
    "AsyncDeploymentShapesOperations",
    "AsyncDeploymentShapesOperationsWithRawResponse",
    "DeploymentShapesOperations",
    "DeploymentShapesOperationsWithRawResponse",
]

DEPLOYMENT_SHAPES_LIST: PagedEndpoint[
    GatewayListDeploymentShapesResponse, GatewayDeploymentShape
] = PagedEndpoint(
    "deployment_shapes.list",
    "GET",
    "/v1/accounts/{account_id}/deploymentShapes",
    service_root=True,
    path_params=("account_id",),
    query_params=(
        "pageSize",
        "pageToken",
        "filter",
        "orderBy",
        "readMask",
        "targetModel",
    ),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
        "target_model": "targetModel",
    },
    answer="GatewayListDeploymentShapesResponse",
    paging=Paging("page_token", "deployment_shapes", "next_page_token"),
)

DEPLOYMENT_SHAPES_GET: Endpoint[GatewayDeploymentShape, Never] = Endpoint(
    "deployment_shapes.get",
    "GET",
    "/v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}",
    service_root=True,
    path_params=("account_id", "deployment_shape_id"),
    query_params=("readMask", "skipShapeValidation"),
    wire_names={
        "read_mask": "readMask",
        "skip_shape_validation": "skipShapeValidation",
    },
    answer="GatewayDeploymentShape",
)


class DeploymentShapesOperations(SyncResource):
    """``client.deployment_shapes``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentShapesParams],
    ) -> SyncPager[GatewayDeploymentShape, GatewayListDeploymentShapesResponse]:
        """List Deployment Shapes (``GET /v1/accounts/{account_id}/deploymentShapes``).

        Every GatewayDeploymentShape of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            DEPLOYMENT_SHAPES_LIST,
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
        **params: Unpack[GatewayListDeploymentShapesParams],
    ) -> GatewayListDeploymentShapesResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENT_SHAPES_LIST,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def get(
        self,
        deployment_shape_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeploymentShapeParams],
    ) -> GatewayDeploymentShape:
        """Get Deployment Shape (``GET
        /v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DEPLOYMENT_SHAPES_GET,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> DeploymentShapesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return DeploymentShapesOperationsWithRawResponse(self)


class DeploymentShapesOperationsWithRawResponse:
    """The methods of :class:`DeploymentShapesOperations`, answering a RawResponse."""

    def __init__(self, resource: DeploymentShapesOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.get = to_raw(raw.get)


class AsyncDeploymentShapesOperations(AsyncResource):
    """``client.deployment_shapes``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDeploymentShapesParams],
    ) -> AsyncPager[GatewayDeploymentShape, GatewayListDeploymentShapesResponse]:
        """List Deployment Shapes (``GET /v1/accounts/{account_id}/deploymentShapes``).

        Every GatewayDeploymentShape of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            DEPLOYMENT_SHAPES_LIST,
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
        **params: Unpack[GatewayListDeploymentShapesParams],
    ) -> GatewayListDeploymentShapesResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENT_SHAPES_LIST,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        deployment_shape_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDeploymentShapeParams],
    ) -> GatewayDeploymentShape:
        """Get Deployment Shape (``GET
        /v1/accounts/{account_id}/deploymentShapes/{deployment_shape_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DEPLOYMENT_SHAPES_GET,
            {
                "account_id": account_id,
                "deployment_shape_id": deployment_shape_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncDeploymentShapesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncDeploymentShapesOperationsWithRawResponse(self)


class AsyncDeploymentShapesOperationsWithRawResponse:
    """The methods of :class:`AsyncDeploymentShapesOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncDeploymentShapesOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.get = to_raw_async(raw.get)
