"""``client.reinforcement_fine_tuning_jobs``: its resource classes and its operations' endpoints, written by
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
        GatewayCancelReinforcementFineTuningJobResponse200,
        GatewayDeleteReinforcementFineTuningJobResponse200,
        GatewayListReinforcementFineTuningJobsResponse,
        GatewayReinforcementFineTuningJob,
    )
    from fireworks_api.params import (
        GatewayCancelReinforcementFineTuningJobBodyParams,
        GatewayCreateReinforcementFineTuningJobParams,
        GatewayGetReinforcementFineTuningJobParams,
        GatewayListReinforcementFineTuningJobsParams,
        GatewayResumeReinforcementFineTuningJobBodyParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "REINFORCEMENT_FINE_TUNING_JOBS_CANCEL",
    "REINFORCEMENT_FINE_TUNING_JOBS_CREATE",
    "REINFORCEMENT_FINE_TUNING_JOBS_DELETE",
    "REINFORCEMENT_FINE_TUNING_JOBS_GET",
    "REINFORCEMENT_FINE_TUNING_JOBS_LIST",
    "REINFORCEMENT_FINE_TUNING_JOBS_RESUME",
    "REINFORCEMENT_FINE_TUNING_JOBS_WAITING",
    "AsyncReinforcementFineTuningJobsOperations",
    "AsyncReinforcementFineTuningJobsOperationsWithRawResponse",
    "ReinforcementFineTuningJobsOperations",
    "ReinforcementFineTuningJobsOperationsWithRawResponse",
]

REINFORCEMENT_FINE_TUNING_JOBS_LIST: PagedEndpoint[
    GatewayListReinforcementFineTuningJobsResponse, GatewayReinforcementFineTuningJob
] = PagedEndpoint(
    "reinforcement_fine_tuning_jobs.list",
    "GET",
    "/v1/accounts/{account_id}/reinforcementFineTuningJobs",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListReinforcementFineTuningJobsResponse",
    paging=Paging("page_token", "reinforcement_fine_tuning_jobs", "next_page_token"),
)

REINFORCEMENT_FINE_TUNING_JOBS_CREATE: Endpoint[
    GatewayReinforcementFineTuningJob, Never
] = Endpoint(
    "reinforcement_fine_tuning_jobs.create",
    "POST",
    "/v1/accounts/{account_id}/reinforcementFineTuningJobs",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    query_params=("reinforcementFineTuningJobId",),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "completed_time": "completedTime",
        "evaluation_dataset": "evaluationDataset",
        "eval_auto_carveout": "evalAutoCarveout",
        "created_by": "createdBy",
        "training_config": "trainingConfig",
        "wandb_config": "wandbConfig",
        "aws_s3_config": "awsS3Config",
        "azure_blob_storage_config": "azureBlobStorageConfig",
        "output_stats": "outputStats",
        "job_progress": "jobProgress",
        "inference_parameters": "inferenceParameters",
        "chunk_size": "chunkSize",
        "output_metrics": "outputMetrics",
        "max_inference_replica_count": "maxInferenceReplicaCount",
        "node_count": "nodeCount",
        "loss_config": "lossConfig",
        "trainer_logs_signed_url": "trainerLogsSignedUrl",
        "accelerator_seconds": "acceleratorSeconds",
        "max_concurrent_rollouts": "maxConcurrentRollouts",
        "max_concurrent_evaluations": "maxConcurrentEvaluations",
        "reinforcement_fine_tuning_job_id": "reinforcementFineTuningJobId",
    },
    answer="GatewayReinforcementFineTuningJob",
)

REINFORCEMENT_FINE_TUNING_JOBS_GET: Endpoint[
    GatewayReinforcementFineTuningJob, Never
] = Endpoint(
    "reinforcement_fine_tuning_jobs.get",
    "GET",
    "/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
    service_root=True,
    path_params=("account_id", "reinforcement_fine_tuning_job_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayReinforcementFineTuningJob",
)

REINFORCEMENT_FINE_TUNING_JOBS_DELETE: Endpoint[
    GatewayDeleteReinforcementFineTuningJobResponse200, Never
] = Endpoint(
    "reinforcement_fine_tuning_jobs.delete",
    "DELETE",
    "/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}",
    service_root=True,
    path_params=("account_id", "reinforcement_fine_tuning_job_id"),
    answer="GatewayDeleteReinforcementFineTuningJobResponse200",
)

REINFORCEMENT_FINE_TUNING_JOBS_CANCEL: Endpoint[
    GatewayCancelReinforcementFineTuningJobResponse200, Never
] = Endpoint(
    "reinforcement_fine_tuning_jobs.cancel",
    "POST",
    "/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:cancel",
    service_root=True,
    request="application/json",
    path_params=("account_id", "reinforcement_fine_tuning_job_id"),
    answer="GatewayCancelReinforcementFineTuningJobResponse200",
)

REINFORCEMENT_FINE_TUNING_JOBS_RESUME: Endpoint[
    GatewayReinforcementFineTuningJob, Never
] = Endpoint(
    "reinforcement_fine_tuning_jobs.resume",
    "POST",
    "/v1/accounts/{account_id}/reinforcementFineTuningJobs/{reinforcement_fine_tuning_job_id}:resume",
    service_root=True,
    request="application/json",
    path_params=("account_id", "reinforcement_fine_tuning_job_id"),
    answer="GatewayReinforcementFineTuningJob",
)

# Its get's answer's state is a gatewayJobState (x-waits of openapi3.names.yml).
REINFORCEMENT_FINE_TUNING_JOBS_WAITING = Waiting(
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


class ReinforcementFineTuningJobsOperations(SyncResource):
    """``client.reinforcement_fine_tuning_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListReinforcementFineTuningJobsParams],
    ) -> SyncPager[
        GatewayReinforcementFineTuningJob,
        GatewayListReinforcementFineTuningJobsResponse,
    ]:
        """List Reinforcement Fine-tuning Jobs (``GET
        /v1/accounts/{account_id}/reinforcementFineTuningJobs``).

        Every GatewayReinforcementFineTuningJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            REINFORCEMENT_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayListReinforcementFineTuningJobsParams],
    ) -> GatewayListReinforcementFineTuningJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayCreateReinforcementFineTuningJobParams],
    ) -> GatewayReinforcementFineTuningJob:
        """Create Reinforcement Fine-tuning Job (``POST
        /v1/accounts/{account_id}/reinforcementFineTuningJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetReinforcementFineTuningJobParams],
    ) -> GatewayReinforcementFineTuningJob:
        """Get Reinforcement Fine-tuning Job (``GET /v1/accounts/{account_id}/reinforcementFineTuni
        ngJobs/{reinforcement_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_GET,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteReinforcementFineTuningJobResponse200:
        """Delete Reinforcement Fine-tuning Job (``DELETE /v1/accounts/{account_id}/reinforcementFi
        neTuningJobs/{reinforcement_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_DELETE,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
            },
            None,
            options,
            raw=self._raw,
        )

    def cancel(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayCancelReinforcementFineTuningJobBodyParams],
    ) -> GatewayCancelReinforcementFineTuningJobResponse200:
        """Cancel Reinforcement Fine-tuning Job (``POST /v1/accounts/{account_id}/reinforcementFine
        TuningJobs/{reinforcement_fine_tuning_job_id}:cancel``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_CANCEL,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    def resume(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeReinforcementFineTuningJobBodyParams],
    ) -> GatewayReinforcementFineTuningJob:
        """Resume Reinforcement Fine-tuning Job (``POST /v1/accounts/{account_id}/reinforcementFine
        TuningJobs/{reinforcement_fine_tuning_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_RESUME,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayReinforcementFineTuningJob], object]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayReinforcementFineTuningJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                reinforcement_fine_tuning_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            REINFORCEMENT_FINE_TUNING_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> ReinforcementFineTuningJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ReinforcementFineTuningJobsOperationsWithRawResponse(self)


class ReinforcementFineTuningJobsOperationsWithRawResponse:
    """The methods of :class:`ReinforcementFineTuningJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: ReinforcementFineTuningJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.delete = to_raw(raw.delete)
        self.cancel = to_raw(raw.cancel)
        self.resume = to_raw(raw.resume)


class AsyncReinforcementFineTuningJobsOperations(AsyncResource):
    """``client.reinforcement_fine_tuning_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListReinforcementFineTuningJobsParams],
    ) -> AsyncPager[
        GatewayReinforcementFineTuningJob,
        GatewayListReinforcementFineTuningJobsResponse,
    ]:
        """List Reinforcement Fine-tuning Jobs (``GET
        /v1/accounts/{account_id}/reinforcementFineTuningJobs``).

        Every GatewayReinforcementFineTuningJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            REINFORCEMENT_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayListReinforcementFineTuningJobsParams],
    ) -> GatewayListReinforcementFineTuningJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayCreateReinforcementFineTuningJobParams],
    ) -> GatewayReinforcementFineTuningJob:
        """Create Reinforcement Fine-tuning Job (``POST
        /v1/accounts/{account_id}/reinforcementFineTuningJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetReinforcementFineTuningJobParams],
    ) -> GatewayReinforcementFineTuningJob:
        """Get Reinforcement Fine-tuning Job (``GET /v1/accounts/{account_id}/reinforcementFineTuni
        ngJobs/{reinforcement_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_GET,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteReinforcementFineTuningJobResponse200:
        """Delete Reinforcement Fine-tuning Job (``DELETE /v1/accounts/{account_id}/reinforcementFi
        neTuningJobs/{reinforcement_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_DELETE,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
            },
            None,
            options,
            raw=self._raw,
        )

    async def cancel(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayCancelReinforcementFineTuningJobBodyParams],
    ) -> GatewayCancelReinforcementFineTuningJobResponse200:
        """Cancel Reinforcement Fine-tuning Job (``POST /v1/accounts/{account_id}/reinforcementFine
        TuningJobs/{reinforcement_fine_tuning_job_id}:cancel``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_CANCEL,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    async def resume(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeReinforcementFineTuningJobBodyParams],
    ) -> GatewayReinforcementFineTuningJob:
        """Resume Reinforcement Fine-tuning Job (``POST /v1/accounts/{account_id}/reinforcementFine
        TuningJobs/{reinforcement_fine_tuning_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_JOBS_RESUME,
            {
                "account_id": account_id,
                "reinforcement_fine_tuning_job_id": reinforcement_fine_tuning_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        reinforcement_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayReinforcementFineTuningJob], object]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayReinforcementFineTuningJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                reinforcement_fine_tuning_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            REINFORCEMENT_FINE_TUNING_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(
        self,
    ) -> AsyncReinforcementFineTuningJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncReinforcementFineTuningJobsOperationsWithRawResponse(self)


class AsyncReinforcementFineTuningJobsOperationsWithRawResponse:
    """The methods of :class:`AsyncReinforcementFineTuningJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncReinforcementFineTuningJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.delete = to_raw_async(raw.delete)
        self.cancel = to_raw_async(raw.cancel)
        self.resume = to_raw_async(raw.resume)
