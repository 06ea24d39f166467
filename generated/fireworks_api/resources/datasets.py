"""``client.datasets``: its resource classes and its operations' endpoints, written by
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
        FileUploadResponse,
        GatewayDataset,
        GatewayDeleteDatasetResponse200,
        GatewayGetDatasetDownloadEndpointResponse,
        GatewayGetDatasetUploadEndpointResponse,
        GatewayListDatasetsResponse,
        GatewayValidateDatasetUploadResponse200,
    )
    from fireworks_api.params import (
        GatewayCreateDatasetBodyParams,
        GatewayGetDatasetDownloadEndpointParams,
        GatewayGetDatasetParams,
        GatewayGetDatasetUploadEndpointBodyParams,
        GatewayListDatasetsParams,
        GatewayUpdateDatasetParams,
        GatewayValidateDatasetUploadBodyParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DATASETS_CREATE",
    "DATASETS_DELETE",
    "DATASETS_GET",
    "DATASETS_GET_DOWNLOAD_ENDPOINT",
    "DATASETS_GET_UPLOAD_ENDPOINT",
    "DATASETS_LIST",
    "DATASETS_UPDATE",
    "DATASETS_UPLOAD",
    "DATASETS_VALIDATE_UPLOAD",
    "DATASETS_WAITING",
    "AsyncDatasetsOperations",
    "AsyncDatasetsOperationsWithRawResponse",
    "DatasetsOperations",
    "DatasetsOperationsWithRawResponse",
]

DATASETS_LIST: PagedEndpoint[GatewayListDatasetsResponse, GatewayDataset] = (
    PagedEndpoint(
        "datasets.list",
        "GET",
        "/v1/accounts/{account_id}/datasets",
        service_root=True,
        path_params=("account_id",),
        query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        wire_names={
            "page_size": "pageSize",
            "page_token": "pageToken",
            "order_by": "orderBy",
            "read_mask": "readMask",
        },
        answer="GatewayListDatasetsResponse",
        paging=Paging("page_token", "datasets", "next_page_token"),
    )
)

DATASETS_CREATE: Endpoint[GatewayDataset, Never] = Endpoint(
    "datasets.create",
    "POST",
    "/v1/accounts/{account_id}/datasets",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    wire_names={"dataset_id": "datasetId", "source_dataset_id": "sourceDatasetId"},
    answer="GatewayDataset",
)

DATASETS_GET: Endpoint[GatewayDataset, Never] = Endpoint(
    "datasets.get",
    "GET",
    "/v1/accounts/{account_id}/datasets/{dataset_id}",
    service_root=True,
    path_params=("account_id", "dataset_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayDataset",
)

DATASETS_UPDATE: Endpoint[GatewayDataset, Never] = Endpoint(
    "datasets.update",
    "PATCH",
    "/v1/accounts/{account_id}/datasets/{dataset_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "dataset_id"),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "example_count": "exampleCount",
        "user_uploaded": "userUploaded",
        "evaluation_result": "evaluationResult",
        "eval_protocol": "evalProtocol",
        "external_url": "externalUrl",
        "created_by": "createdBy",
        "update_time": "updateTime",
        "source_job_name": "sourceJobName",
        "estimated_token_count": "estimatedTokenCount",
        "average_turn_count": "averageTurnCount",
    },
    answer="GatewayDataset",
)

DATASETS_DELETE: Endpoint[GatewayDeleteDatasetResponse200, Never] = Endpoint(
    "datasets.delete",
    "DELETE",
    "/v1/accounts/{account_id}/datasets/{dataset_id}",
    service_root=True,
    path_params=("account_id", "dataset_id"),
    answer="GatewayDeleteDatasetResponse200",
)

DATASETS_GET_UPLOAD_ENDPOINT: Endpoint[
    GatewayGetDatasetUploadEndpointResponse, Never
] = Endpoint(
    "datasets.get_upload_endpoint",
    "POST",
    "/v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint",
    service_root=True,
    request="application/json",
    path_params=("account_id", "dataset_id"),
    wire_names={"filename_to_size": "filenameToSize", "read_mask": "readMask"},
    answer="GatewayGetDatasetUploadEndpointResponse",
)

DATASETS_GET_DOWNLOAD_ENDPOINT: Endpoint[
    GatewayGetDatasetDownloadEndpointResponse, Never
] = Endpoint(
    "datasets.get_download_endpoint",
    "GET",
    "/v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint",
    service_root=True,
    path_params=("account_id", "dataset_id"),
    query_params=("readMask", "downloadLineage"),
    wire_names={"read_mask": "readMask", "download_lineage": "downloadLineage"},
    answer="GatewayGetDatasetDownloadEndpointResponse",
)

DATASETS_VALIDATE_UPLOAD: Endpoint[GatewayValidateDatasetUploadResponse200, Never] = (
    Endpoint(
        "datasets.validate_upload",
        "POST",
        "/v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload",
        service_root=True,
        request="application/json",
        path_params=("account_id", "dataset_id"),
        answer="GatewayValidateDatasetUploadResponse200",
    )
)

DATASETS_UPLOAD: Endpoint[FileUploadResponse, Never] = Endpoint(
    "datasets.upload",
    "POST",
    "/v1/accounts/{account_id}/datasets/{dataset_id}:upload",
    service_root=True,
    request="multipart/form-data",
    binary_fields=frozenset({"file"}),
    path_params=("account_id", "dataset_id"),
    answer="FileUploadResponse",
)

# Its get's answer's state is a gatewayDatasetState (x-waits of openapi3.names.yml).
DATASETS_WAITING = Waiting(frozenset({"READY"}), frozenset({}))


class DatasetsOperations(SyncResource):
    """``client.datasets``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDatasetsParams],
    ) -> SyncPager[GatewayDataset, GatewayListDatasetsResponse]:
        """List Datasets (``GET /v1/accounts/{account_id}/datasets``).

        Every GatewayDataset of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client, DATASETS_LIST, {"account_id": account_id, **params}, options
        )

    def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDatasetsParams],
    ) -> GatewayListDatasetsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_LIST,
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
        **params: Unpack[GatewayCreateDatasetBodyParams],
    ) -> GatewayDataset:
        """Create Dataset (``POST /v1/accounts/{account_id}/datasets``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDatasetParams],
    ) -> GatewayDataset:
        """Get Dataset (``GET /v1/accounts/{account_id}/datasets/{dataset_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_GET,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateDatasetParams],
    ) -> GatewayDataset:
        """Update Dataset (``PATCH /v1/accounts/{account_id}/datasets/{dataset_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_UPDATE,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteDatasetResponse200:
        """Delete Dataset (``DELETE /v1/accounts/{account_id}/datasets/{dataset_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_DELETE,
            {"account_id": account_id, "dataset_id": dataset_id},
            None,
            options,
            raw=self._raw,
        )

    def get_upload_endpoint(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDatasetUploadEndpointBodyParams],
    ) -> GatewayGetDatasetUploadEndpointResponse:
        """Get Dataset Upload Endpoint (``POST
        /v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_GET_UPLOAD_ENDPOINT,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get_download_endpoint(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDatasetDownloadEndpointParams],
    ) -> GatewayGetDatasetDownloadEndpointResponse:
        """Get Dataset Download Endpoint (``GET
        /v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_GET_DOWNLOAD_ENDPOINT,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def validate_upload(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayValidateDatasetUploadBodyParams],
    ) -> GatewayValidateDatasetUploadResponse200:
        """Validate Dataset Upload (``POST
        /v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DATASETS_VALIDATE_UPLOAD,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDataset], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDataset:
        """Read it (``get``) until its state is READY, and return it; a
        state of none raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                dataset_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DATASETS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> DatasetsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return DatasetsOperationsWithRawResponse(self)


class DatasetsOperationsWithRawResponse:
    """The methods of :class:`DatasetsOperations`, answering a RawResponse."""

    def __init__(self, resource: DatasetsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)
        self.get_upload_endpoint = to_raw(raw.get_upload_endpoint)
        self.get_download_endpoint = to_raw(raw.get_download_endpoint)
        self.validate_upload = to_raw(raw.validate_upload)


class AsyncDatasetsOperations(AsyncResource):
    """``client.datasets``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDatasetsParams],
    ) -> AsyncPager[GatewayDataset, GatewayListDatasetsResponse]:
        """List Datasets (``GET /v1/accounts/{account_id}/datasets``).

        Every GatewayDataset of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client, DATASETS_LIST, {"account_id": account_id, **params}, options
        )

    async def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDatasetsParams],
    ) -> GatewayListDatasetsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_LIST,
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
        **params: Unpack[GatewayCreateDatasetBodyParams],
    ) -> GatewayDataset:
        """Create Dataset (``POST /v1/accounts/{account_id}/datasets``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDatasetParams],
    ) -> GatewayDataset:
        """Get Dataset (``GET /v1/accounts/{account_id}/datasets/{dataset_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_GET,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateDatasetParams],
    ) -> GatewayDataset:
        """Update Dataset (``PATCH /v1/accounts/{account_id}/datasets/{dataset_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_UPDATE,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteDatasetResponse200:
        """Delete Dataset (``DELETE /v1/accounts/{account_id}/datasets/{dataset_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_DELETE,
            {"account_id": account_id, "dataset_id": dataset_id},
            None,
            options,
            raw=self._raw,
        )

    async def get_upload_endpoint(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDatasetUploadEndpointBodyParams],
    ) -> GatewayGetDatasetUploadEndpointResponse:
        """Get Dataset Upload Endpoint (``POST
        /v1/accounts/{account_id}/datasets/{dataset_id}:getUploadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_GET_UPLOAD_ENDPOINT,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get_download_endpoint(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDatasetDownloadEndpointParams],
    ) -> GatewayGetDatasetDownloadEndpointResponse:
        """Get Dataset Download Endpoint (``GET
        /v1/accounts/{account_id}/datasets/{dataset_id}:getDownloadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_GET_DOWNLOAD_ENDPOINT,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def validate_upload(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayValidateDatasetUploadBodyParams],
    ) -> GatewayValidateDatasetUploadResponse200:
        """Validate Dataset Upload (``POST
        /v1/accounts/{account_id}/datasets/{dataset_id}:validateUpload``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DATASETS_VALIDATE_UPLOAD,
            {"account_id": account_id, "dataset_id": dataset_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        dataset_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDataset], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDataset:
        """Read it (``get``) until its state is READY, and return it; a
        state of none raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                dataset_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DATASETS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncDatasetsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncDatasetsOperationsWithRawResponse(self)


class AsyncDatasetsOperationsWithRawResponse:
    """The methods of :class:`AsyncDatasetsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncDatasetsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
        self.get_upload_endpoint = to_raw_async(raw.get_upload_endpoint)
        self.get_download_endpoint = to_raw_async(raw.get_download_endpoint)
        self.validate_upload = to_raw_async(raw.validate_upload)
