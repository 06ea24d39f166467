"""``client.batch_inference_jobs``: its resource classes and its operations' endpoints, written by
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
        GatewayBatchInferenceJob,
        GatewayDeleteBatchInferenceJobResponse200,
        GatewayListBatchInferenceJobsResponse,
    )
    from fireworks_api.params import (
        GatewayCreateBatchInferenceJobParams,
        GatewayGetBatchInferenceJobParams,
        GatewayListBatchInferenceJobsParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "BATCH_INFERENCE_JOBS_CREATE",
    "BATCH_INFERENCE_JOBS_DELETE",
    "BATCH_INFERENCE_JOBS_GET",
    "BATCH_INFERENCE_JOBS_LIST",
    "BATCH_INFERENCE_JOBS_WAITING",
    "AsyncBatchInferenceJobsOperations",
    "AsyncBatchInferenceJobsOperationsWithRawResponse",
    "BatchInferenceJobsOperations",
    "BatchInferenceJobsOperationsWithRawResponse",
]

BATCH_INFERENCE_JOBS_LIST: PagedEndpoint[
    GatewayListBatchInferenceJobsResponse, GatewayBatchInferenceJob
] = PagedEndpoint(
    "batch_inference_jobs.list",
    "GET",
    "/v1/accounts/{account_id}/batchInferenceJobs",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListBatchInferenceJobsResponse",
    paging=Paging("page_token", "batch_inference_jobs", "next_page_token"),
)

BATCH_INFERENCE_JOBS_CREATE: Endpoint[GatewayBatchInferenceJob, Never] = Endpoint(
    "batch_inference_jobs.create",
    "POST",
    "/v1/accounts/{account_id}/batchInferenceJobs",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    query_params=("batchInferenceJobId",),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "created_by": "createdBy",
        "input_dataset_id": "inputDatasetId",
        "output_dataset_id": "outputDatasetId",
        "inference_parameters": "inferenceParameters",
        "update_time": "updateTime",
        "job_progress": "jobProgress",
        "continued_from_job_name": "continuedFromJobName",
        "batch_inference_job_id": "batchInferenceJobId",
    },
    answer="GatewayBatchInferenceJob",
)

BATCH_INFERENCE_JOBS_GET: Endpoint[GatewayBatchInferenceJob, Never] = Endpoint(
    "batch_inference_jobs.get",
    "GET",
    "/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
    service_root=True,
    path_params=("account_id", "batch_inference_job_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayBatchInferenceJob",
)

BATCH_INFERENCE_JOBS_DELETE: Endpoint[
    GatewayDeleteBatchInferenceJobResponse200, Never
] = Endpoint(
    "batch_inference_jobs.delete",
    "DELETE",
    "/v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}",
    service_root=True,
    path_params=("account_id", "batch_inference_job_id"),
    answer="GatewayDeleteBatchInferenceJobResponse200",
)

# Its get's answer's state is a gatewayJobState (x-waits of openapi3.names.yml).
BATCH_INFERENCE_JOBS_WAITING = Waiting(
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


class BatchInferenceJobsOperations(SyncResource):
    """``client.batch_inference_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListBatchInferenceJobsParams],
    ) -> SyncPager[GatewayBatchInferenceJob, GatewayListBatchInferenceJobsResponse]:
        """List Batch Inference Jobs (``GET /v1/accounts/{account_id}/batchInferenceJobs``).

        Every GatewayBatchInferenceJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            BATCH_INFERENCE_JOBS_LIST,
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
        **params: Unpack[GatewayListBatchInferenceJobsParams],
    ) -> GatewayListBatchInferenceJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            BATCH_INFERENCE_JOBS_LIST,
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
        **params: Unpack[GatewayCreateBatchInferenceJobParams],
    ) -> GatewayBatchInferenceJob:
        """Create Batch Inference Job (``POST /v1/accounts/{account_id}/batchInferenceJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            BATCH_INFERENCE_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        batch_inference_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetBatchInferenceJobParams],
    ) -> GatewayBatchInferenceJob:
        """Get Batch Inference Job (``GET
        /v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            BATCH_INFERENCE_JOBS_GET,
            {
                "account_id": account_id,
                "batch_inference_job_id": batch_inference_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        batch_inference_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteBatchInferenceJobResponse200:
        """Delete Batch Inference Job (``DELETE
        /v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            BATCH_INFERENCE_JOBS_DELETE,
            {
                "account_id": account_id,
                "batch_inference_job_id": batch_inference_job_id,
            },
            None,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        batch_inference_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayBatchInferenceJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayBatchInferenceJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                batch_inference_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            BATCH_INFERENCE_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> BatchInferenceJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return BatchInferenceJobsOperationsWithRawResponse(self)


class BatchInferenceJobsOperationsWithRawResponse:
    """The methods of :class:`BatchInferenceJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: BatchInferenceJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.delete = to_raw(raw.delete)


class AsyncBatchInferenceJobsOperations(AsyncResource):
    """``client.batch_inference_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListBatchInferenceJobsParams],
    ) -> AsyncPager[GatewayBatchInferenceJob, GatewayListBatchInferenceJobsResponse]:
        """List Batch Inference Jobs (``GET /v1/accounts/{account_id}/batchInferenceJobs``).

        Every GatewayBatchInferenceJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            BATCH_INFERENCE_JOBS_LIST,
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
        **params: Unpack[GatewayListBatchInferenceJobsParams],
    ) -> GatewayListBatchInferenceJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            BATCH_INFERENCE_JOBS_LIST,
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
        **params: Unpack[GatewayCreateBatchInferenceJobParams],
    ) -> GatewayBatchInferenceJob:
        """Create Batch Inference Job (``POST /v1/accounts/{account_id}/batchInferenceJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            BATCH_INFERENCE_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        batch_inference_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetBatchInferenceJobParams],
    ) -> GatewayBatchInferenceJob:
        """Get Batch Inference Job (``GET
        /v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            BATCH_INFERENCE_JOBS_GET,
            {
                "account_id": account_id,
                "batch_inference_job_id": batch_inference_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        batch_inference_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteBatchInferenceJobResponse200:
        """Delete Batch Inference Job (``DELETE
        /v1/accounts/{account_id}/batchInferenceJobs/{batch_inference_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            BATCH_INFERENCE_JOBS_DELETE,
            {
                "account_id": account_id,
                "batch_inference_job_id": batch_inference_job_id,
            },
            None,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        batch_inference_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayBatchInferenceJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayBatchInferenceJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                batch_inference_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            BATCH_INFERENCE_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncBatchInferenceJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncBatchInferenceJobsOperationsWithRawResponse(self)


class AsyncBatchInferenceJobsOperationsWithRawResponse:
    """The methods of :class:`AsyncBatchInferenceJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncBatchInferenceJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.delete = to_raw_async(raw.delete)
