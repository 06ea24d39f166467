"""``client.dpo_jobs``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteDpoJobResponse200,
        GatewayDpoJob,
        GatewayGetDpoJobMetricsFileResponse,
        GatewayListDpoJobsResponse,
    )
    from fireworks_api.params import (
        GatewayCreateDpoJobParams,
        GatewayGetDpoJobParams,
        GatewayListDpoJobsParams,
        GatewayResumeDpoJobBodyParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "DPO_JOBS_CREATE",
    "DPO_JOBS_DELETE",
    "DPO_JOBS_GET",
    "DPO_JOBS_GET_METRICS_FILE_ENDPOINT",
    "DPO_JOBS_LIST",
    "DPO_JOBS_RESUME",
    "DPO_JOBS_WAITING",
    "AsyncDpoJobsOperations",
    "AsyncDpoJobsOperationsWithRawResponse",
    "DpoJobsOperations",
    "DpoJobsOperationsWithRawResponse",
]

DPO_JOBS_LIST: PagedEndpoint[GatewayListDpoJobsResponse, GatewayDpoJob] = PagedEndpoint(
    "dpo_jobs.list",
    "GET",
    "/v1/accounts/{account_id}/dpoJobs",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListDpoJobsResponse",
    paging=Paging("page_token", "dpo_jobs", "next_page_token"),
)

DPO_JOBS_CREATE: Endpoint[GatewayDpoJob, Never] = Endpoint(
    "dpo_jobs.create",
    "POST",
    "/v1/accounts/{account_id}/dpoJobs",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    query_params=("dpoJobId",),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "completed_time": "completedTime",
        "created_by": "createdBy",
        "training_config": "trainingConfig",
        "wandb_config": "wandbConfig",
        "trainer_logs_signed_url": "trainerLogsSignedUrl",
        "loss_config": "lossConfig",
        "aws_s3_config": "awsS3Config",
        "azure_blob_storage_config": "azureBlobStorageConfig",
        "dpo_job_id": "dpoJobId",
    },
    answer="GatewayDpoJob",
)

DPO_JOBS_GET: Endpoint[GatewayDpoJob, Never] = Endpoint(
    "dpo_jobs.get",
    "GET",
    "/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
    service_root=True,
    path_params=("account_id", "dpo_job_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayDpoJob",
)

DPO_JOBS_DELETE: Endpoint[GatewayDeleteDpoJobResponse200, Never] = Endpoint(
    "dpo_jobs.delete",
    "DELETE",
    "/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}",
    service_root=True,
    path_params=("account_id", "dpo_job_id"),
    answer="GatewayDeleteDpoJobResponse200",
)

DPO_JOBS_RESUME: Endpoint[GatewayDpoJob, Never] = Endpoint(
    "dpo_jobs.resume",
    "POST",
    "/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume",
    service_root=True,
    request="application/json",
    path_params=("account_id", "dpo_job_id"),
    answer="GatewayDpoJob",
)

DPO_JOBS_GET_METRICS_FILE_ENDPOINT: Endpoint[
    GatewayGetDpoJobMetricsFileResponse, Never
] = Endpoint(
    "dpo_jobs.get_metrics_file_endpoint",
    "GET",
    "/v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint",
    service_root=True,
    path_params=("account_id", "dpo_job_id"),
    answer="GatewayGetDpoJobMetricsFileResponse",
)

# Its get's answer's state is a gatewayJobState (x-waits of openapi3.names.yml).
DPO_JOBS_WAITING = Waiting(
    frozenset({"JOB_STATE_COMPLETED", "JOB_STATE_EARLY_STOPPED"}),
    frozenset(
        {
            "JOB_STATE_FAILED",
            "JOB_STATE_CANCELLED",
            "JOB_STATE_EXPIRED",
            "JOB_STATE_DELETED",
        }
    ),
)


class DpoJobsOperations(SyncResource):
    """``client.dpo_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDpoJobsParams],
    ) -> SyncPager[GatewayDpoJob, GatewayListDpoJobsResponse]:
        """dpo_jobs.list (``GET /v1/accounts/{account_id}/dpoJobs``).

        Every GatewayDpoJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client, DPO_JOBS_LIST, {"account_id": account_id, **params}, options
        )

    def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDpoJobsParams],
    ) -> GatewayListDpoJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DPO_JOBS_LIST,
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
        **params: Unpack[GatewayCreateDpoJobParams],
    ) -> GatewayDpoJob:
        """dpo_jobs.create (``POST /v1/accounts/{account_id}/dpoJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DPO_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDpoJobParams],
    ) -> GatewayDpoJob:
        """dpo_jobs.get (``GET /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DPO_JOBS_GET,
            {"account_id": account_id, "dpo_job_id": dpo_job_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteDpoJobResponse200:
        """dpo_jobs.delete (``DELETE /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DPO_JOBS_DELETE,
            {"account_id": account_id, "dpo_job_id": dpo_job_id},
            None,
            options,
            raw=self._raw,
        )

    def resume(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeDpoJobBodyParams],
    ) -> GatewayDpoJob:
        """Resume Dpo Job (``POST /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DPO_JOBS_RESUME,
            {"account_id": account_id, "dpo_job_id": dpo_job_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get_metrics_file_endpoint(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayGetDpoJobMetricsFileResponse:
        """dpo_jobs.get_metrics_file_endpoint (``GET
        /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            DPO_JOBS_GET_METRICS_FILE_ENDPOINT,
            {"account_id": account_id, "dpo_job_id": dpo_job_id},
            None,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDpoJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDpoJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                dpo_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DPO_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> DpoJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return DpoJobsOperationsWithRawResponse(self)


class DpoJobsOperationsWithRawResponse:
    """The methods of :class:`DpoJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: DpoJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.delete = to_raw(raw.delete)
        self.resume = to_raw(raw.resume)
        self.get_metrics_file_endpoint = to_raw(raw.get_metrics_file_endpoint)


class AsyncDpoJobsOperations(AsyncResource):
    """``client.dpo_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDpoJobsParams],
    ) -> AsyncPager[GatewayDpoJob, GatewayListDpoJobsResponse]:
        """dpo_jobs.list (``GET /v1/accounts/{account_id}/dpoJobs``).

        Every GatewayDpoJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client, DPO_JOBS_LIST, {"account_id": account_id, **params}, options
        )

    async def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListDpoJobsParams],
    ) -> GatewayListDpoJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DPO_JOBS_LIST,
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
        **params: Unpack[GatewayCreateDpoJobParams],
    ) -> GatewayDpoJob:
        """dpo_jobs.create (``POST /v1/accounts/{account_id}/dpoJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DPO_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetDpoJobParams],
    ) -> GatewayDpoJob:
        """dpo_jobs.get (``GET /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DPO_JOBS_GET,
            {"account_id": account_id, "dpo_job_id": dpo_job_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteDpoJobResponse200:
        """dpo_jobs.delete (``DELETE /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DPO_JOBS_DELETE,
            {"account_id": account_id, "dpo_job_id": dpo_job_id},
            None,
            options,
            raw=self._raw,
        )

    async def resume(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeDpoJobBodyParams],
    ) -> GatewayDpoJob:
        """Resume Dpo Job (``POST /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DPO_JOBS_RESUME,
            {"account_id": account_id, "dpo_job_id": dpo_job_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get_metrics_file_endpoint(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayGetDpoJobMetricsFileResponse:
        """dpo_jobs.get_metrics_file_endpoint (``GET
        /v1/accounts/{account_id}/dpoJobs/{dpo_job_id}:getMetricsFileEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            DPO_JOBS_GET_METRICS_FILE_ENDPOINT,
            {"account_id": account_id, "dpo_job_id": dpo_job_id},
            None,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        dpo_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayDpoJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDpoJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                dpo_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            DPO_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncDpoJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncDpoJobsOperationsWithRawResponse(self)


class AsyncDpoJobsOperationsWithRawResponse:
    """The methods of :class:`AsyncDpoJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncDpoJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.delete = to_raw_async(raw.delete)
        self.resume = to_raw_async(raw.resume)
        self.get_metrics_file_endpoint = to_raw_async(raw.get_metrics_file_endpoint)
