"""``client.evaluation_jobs``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteEvaluationJobResponse200,
        GatewayEvaluationJob,
        GatewayGetEvaluationJobExecutionLogEndpointResponse,
        GatewayListEvaluationJobsResponse,
    )
    from fireworks_api.params import (
        GatewayCreateEvaluationJobBodyParams,
        GatewayGetEvaluationJobParams,
        GatewayListEvaluationJobsParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "EVALUATION_JOBS_CREATE",
    "EVALUATION_JOBS_DELETE",
    "EVALUATION_JOBS_GET",
    "EVALUATION_JOBS_GET_LOG_ENDPOINT",
    "EVALUATION_JOBS_LIST",
    "EVALUATION_JOBS_WAITING",
    "AsyncEvaluationJobsOperations",
    "AsyncEvaluationJobsOperationsWithRawResponse",
    "EvaluationJobsOperations",
    "EvaluationJobsOperationsWithRawResponse",
]

EVALUATION_JOBS_LIST: PagedEndpoint[
    GatewayListEvaluationJobsResponse, GatewayEvaluationJob
] = PagedEndpoint(
    "evaluation_jobs.list",
    "GET",
    "/v1/accounts/{account_id}/evaluationJobs",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListEvaluationJobsResponse",
    paging=Paging("page_token", "evaluation_jobs", "next_page_token"),
)

EVALUATION_JOBS_CREATE: Endpoint[GatewayEvaluationJob, Never] = Endpoint(
    "evaluation_jobs.create",
    "POST",
    "/v1/accounts/{account_id}/evaluationJobs",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    wire_names={
        "evaluation_job": "evaluationJob",
        "evaluation_job_id": "evaluationJobId",
    },
    answer="GatewayEvaluationJob",
)

EVALUATION_JOBS_GET: Endpoint[GatewayEvaluationJob, Never] = Endpoint(
    "evaluation_jobs.get",
    "GET",
    "/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
    service_root=True,
    path_params=("account_id", "evaluation_job_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayEvaluationJob",
)

EVALUATION_JOBS_DELETE: Endpoint[GatewayDeleteEvaluationJobResponse200, Never] = (
    Endpoint(
        "evaluation_jobs.delete",
        "DELETE",
        "/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}",
        service_root=True,
        path_params=("account_id", "evaluation_job_id"),
        answer="GatewayDeleteEvaluationJobResponse200",
    )
)

EVALUATION_JOBS_GET_LOG_ENDPOINT: Endpoint[
    GatewayGetEvaluationJobExecutionLogEndpointResponse, Never
] = Endpoint(
    "evaluation_jobs.get_log_endpoint",
    "GET",
    "/v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint",
    service_root=True,
    path_params=("account_id", "evaluation_job_id"),
    answer="GatewayGetEvaluationJobExecutionLogEndpointResponse",
)

# Its get's answer's state is a gatewayJobState (x-waits of openapi3.names.yml).
EVALUATION_JOBS_WAITING = Waiting(
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


class EvaluationJobsOperations(SyncResource):
    """``client.evaluation_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluationJobsParams],
    ) -> SyncPager[GatewayEvaluationJob, GatewayListEvaluationJobsResponse]:
        """List Evaluation Jobs (``GET /v1/accounts/{account_id}/evaluationJobs``).

        Every GatewayEvaluationJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            EVALUATION_JOBS_LIST,
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
        **params: Unpack[GatewayListEvaluationJobsParams],
    ) -> GatewayListEvaluationJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATION_JOBS_LIST,
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
        **params: Unpack[GatewayCreateEvaluationJobBodyParams],
    ) -> GatewayEvaluationJob:
        """Create Evaluation Job (``POST /v1/accounts/{account_id}/evaluationJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATION_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluationJobParams],
    ) -> GatewayEvaluationJob:
        """Get Evaluation Job (``GET
        /v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATION_JOBS_GET,
            {
                "account_id": account_id,
                "evaluation_job_id": evaluation_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteEvaluationJobResponse200:
        """Delete Evaluation Job (``DELETE
        /v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATION_JOBS_DELETE,
            {"account_id": account_id, "evaluation_job_id": evaluation_job_id},
            None,
            options,
            raw=self._raw,
        )

    def get_log_endpoint(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayGetEvaluationJobExecutionLogEndpointResponse:
        """Get Evaluation Job execution logs (stream log endpoint + tracing IDs) (``GET
        /v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATION_JOBS_GET_LOG_ENDPOINT,
            {"account_id": account_id, "evaluation_job_id": evaluation_job_id},
            None,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayEvaluationJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayEvaluationJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                evaluation_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            EVALUATION_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> EvaluationJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return EvaluationJobsOperationsWithRawResponse(self)


class EvaluationJobsOperationsWithRawResponse:
    """The methods of :class:`EvaluationJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: EvaluationJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.delete = to_raw(raw.delete)
        self.get_log_endpoint = to_raw(raw.get_log_endpoint)


class AsyncEvaluationJobsOperations(AsyncResource):
    """``client.evaluation_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluationJobsParams],
    ) -> AsyncPager[GatewayEvaluationJob, GatewayListEvaluationJobsResponse]:
        """List Evaluation Jobs (``GET /v1/accounts/{account_id}/evaluationJobs``).

        Every GatewayEvaluationJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            EVALUATION_JOBS_LIST,
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
        **params: Unpack[GatewayListEvaluationJobsParams],
    ) -> GatewayListEvaluationJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATION_JOBS_LIST,
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
        **params: Unpack[GatewayCreateEvaluationJobBodyParams],
    ) -> GatewayEvaluationJob:
        """Create Evaluation Job (``POST /v1/accounts/{account_id}/evaluationJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATION_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluationJobParams],
    ) -> GatewayEvaluationJob:
        """Get Evaluation Job (``GET
        /v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATION_JOBS_GET,
            {
                "account_id": account_id,
                "evaluation_job_id": evaluation_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteEvaluationJobResponse200:
        """Delete Evaluation Job (``DELETE
        /v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATION_JOBS_DELETE,
            {"account_id": account_id, "evaluation_job_id": evaluation_job_id},
            None,
            options,
            raw=self._raw,
        )

    async def get_log_endpoint(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayGetEvaluationJobExecutionLogEndpointResponse:
        """Get Evaluation Job execution logs (stream log endpoint + tracing IDs) (``GET
        /v1/accounts/{account_id}/evaluationJobs/{evaluation_job_id}:getExecutionLogEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATION_JOBS_GET_LOG_ENDPOINT,
            {"account_id": account_id, "evaluation_job_id": evaluation_job_id},
            None,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        evaluation_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayEvaluationJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayEvaluationJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                evaluation_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            EVALUATION_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> AsyncEvaluationJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncEvaluationJobsOperationsWithRawResponse(self)


class AsyncEvaluationJobsOperationsWithRawResponse:
    """The methods of :class:`AsyncEvaluationJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncEvaluationJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.delete = to_raw_async(raw.delete)
        self.get_log_endpoint = to_raw_async(raw.get_log_endpoint)
