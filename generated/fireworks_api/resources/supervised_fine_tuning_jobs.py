"""``client.supervised_fine_tuning_jobs``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteSupervisedFineTuningJobResponse200,
        GatewayListSupervisedFineTuningJobsResponse,
        GatewaySupervisedFineTuningJob,
    )
    from fireworks_api.params import (
        GatewayCreateSupervisedFineTuningJobParams,
        GatewayGetSupervisedFineTuningJobParams,
        GatewayListSupervisedFineTuningJobsParams,
        GatewayResumeSupervisedFineTuningJobBodyParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "SUPERVISED_FINE_TUNING_JOBS_CREATE",
    "SUPERVISED_FINE_TUNING_JOBS_DELETE",
    "SUPERVISED_FINE_TUNING_JOBS_GET",
    "SUPERVISED_FINE_TUNING_JOBS_LIST",
    "SUPERVISED_FINE_TUNING_JOBS_RESUME",
    "SUPERVISED_FINE_TUNING_JOBS_WAITING",
    "AsyncSupervisedFineTuningJobsOperations",
    "AsyncSupervisedFineTuningJobsOperationsWithRawResponse",
    "SupervisedFineTuningJobsOperations",
    "SupervisedFineTuningJobsOperationsWithRawResponse",
]

SUPERVISED_FINE_TUNING_JOBS_LIST: PagedEndpoint[
    GatewayListSupervisedFineTuningJobsResponse, GatewaySupervisedFineTuningJob
] = PagedEndpoint(
    "supervised_fine_tuning_jobs.list",
    "GET",
    "/v1/accounts/{account_id}/supervisedFineTuningJobs",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListSupervisedFineTuningJobsResponse",
    paging=Paging("page_token", "supervised_fine_tuning_jobs", "next_page_token"),
)

SUPERVISED_FINE_TUNING_JOBS_CREATE: Endpoint[GatewaySupervisedFineTuningJob, Never] = (
    Endpoint(
        "supervised_fine_tuning_jobs.create",
        "POST",
        "/v1/accounts/{account_id}/supervisedFineTuningJobs",
        service_root=True,
        request="application/json",
        path_params=("account_id",),
        query_params=("supervisedFineTuningJobId",),
        wire_names={
            "display_name": "displayName",
            "create_time": "createTime",
            "completed_time": "completedTime",
            "aws_s3_config": "awsS3Config",
            "azure_blob_storage_config": "azureBlobStorageConfig",
            "created_by": "createdBy",
            "output_model": "outputModel",
            "base_model": "baseModel",
            "warm_start_from": "warmStartFrom",
            "jinja_template": "jinjaTemplate",
            "early_stop": "earlyStop",
            "learning_rate": "learningRate",
            "max_context_length": "maxContextLength",
            "lora_rank": "loraRank",
            "wandb_config": "wandbConfig",
            "evaluation_dataset": "evaluationDataset",
            "is_turbo": "isTurbo",
            "eval_auto_carveout": "evalAutoCarveout",
            "update_time": "updateTime",
            "batch_size": "batchSize",
            "mtp_enabled": "mtpEnabled",
            "mtp_num_draft_tokens": "mtpNumDraftTokens",
            "mtp_freeze_base_model": "mtpFreezeBaseModel",
            "job_progress": "jobProgress",
            "metrics_file_signed_url": "metricsFileSignedUrl",
            "trainer_logs_signed_url": "trainerLogsSignedUrl",
            "gradient_accumulation_steps": "gradientAccumulationSteps",
            "learning_rate_warmup_steps": "learningRateWarmupSteps",
            "batch_size_samples": "batchSizeSamples",
            "estimated_cost": "estimatedCost",
            "optimizer_weight_decay": "optimizerWeightDecay",
            "supervised_fine_tuning_job_id": "supervisedFineTuningJobId",
        },
        answer="GatewaySupervisedFineTuningJob",
    )
)

SUPERVISED_FINE_TUNING_JOBS_GET: Endpoint[GatewaySupervisedFineTuningJob, Never] = (
    Endpoint(
        "supervised_fine_tuning_jobs.get",
        "GET",
        "/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
        service_root=True,
        path_params=("account_id", "supervised_fine_tuning_job_id"),
        query_params=("readMask",),
        wire_names={"read_mask": "readMask"},
        answer="GatewaySupervisedFineTuningJob",
    )
)

SUPERVISED_FINE_TUNING_JOBS_DELETE: Endpoint[
    GatewayDeleteSupervisedFineTuningJobResponse200, Never
] = Endpoint(
    "supervised_fine_tuning_jobs.delete",
    "DELETE",
    "/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}",
    service_root=True,
    path_params=("account_id", "supervised_fine_tuning_job_id"),
    answer="GatewayDeleteSupervisedFineTuningJobResponse200",
)

SUPERVISED_FINE_TUNING_JOBS_RESUME: Endpoint[GatewaySupervisedFineTuningJob, Never] = (
    Endpoint(
        "supervised_fine_tuning_jobs.resume",
        "POST",
        "/v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}:resume",
        service_root=True,
        request="application/json",
        path_params=("account_id", "supervised_fine_tuning_job_id"),
        answer="GatewaySupervisedFineTuningJob",
    )
)

# Its get's answer's state is a gatewayJobState (x-waits of openapi3.names.yml).
SUPERVISED_FINE_TUNING_JOBS_WAITING = Waiting(
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


class SupervisedFineTuningJobsOperations(SyncResource):
    """``client.supervised_fine_tuning_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListSupervisedFineTuningJobsParams],
    ) -> SyncPager[
        GatewaySupervisedFineTuningJob, GatewayListSupervisedFineTuningJobsResponse
    ]:
        """List Supervised Fine-tuning Jobs (``GET
        /v1/accounts/{account_id}/supervisedFineTuningJobs``).

        Every GatewaySupervisedFineTuningJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            SUPERVISED_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayListSupervisedFineTuningJobsParams],
    ) -> GatewayListSupervisedFineTuningJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayCreateSupervisedFineTuningJobParams],
    ) -> GatewaySupervisedFineTuningJob:
        """Create Supervised Fine-tuning Job (``POST
        /v1/accounts/{account_id}/supervisedFineTuningJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetSupervisedFineTuningJobParams],
    ) -> GatewaySupervisedFineTuningJob:
        """Get Supervised Fine-tuning Job (``GET
        /v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_GET,
            {
                "account_id": account_id,
                "supervised_fine_tuning_job_id": supervised_fine_tuning_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteSupervisedFineTuningJobResponse200:
        """Delete Supervised Fine-tuning Job (``DELETE
        /v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_DELETE,
            {
                "account_id": account_id,
                "supervised_fine_tuning_job_id": supervised_fine_tuning_job_id,
            },
            None,
            options,
            raw=self._raw,
        )

    def resume(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeSupervisedFineTuningJobBodyParams],
    ) -> GatewaySupervisedFineTuningJob:
        """Resume Supervised Fine-tuning Job (``POST /v1/accounts/{account_id}/supervisedFineTuning
        Jobs/{supervised_fine_tuning_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_RESUME,
            {
                "account_id": account_id,
                "supervised_fine_tuning_job_id": supervised_fine_tuning_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewaySupervisedFineTuningJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewaySupervisedFineTuningJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                supervised_fine_tuning_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            SUPERVISED_FINE_TUNING_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(self) -> SupervisedFineTuningJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return SupervisedFineTuningJobsOperationsWithRawResponse(self)


class SupervisedFineTuningJobsOperationsWithRawResponse:
    """The methods of :class:`SupervisedFineTuningJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: SupervisedFineTuningJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.delete = to_raw(raw.delete)
        self.resume = to_raw(raw.resume)


class AsyncSupervisedFineTuningJobsOperations(AsyncResource):
    """``client.supervised_fine_tuning_jobs``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListSupervisedFineTuningJobsParams],
    ) -> AsyncPager[
        GatewaySupervisedFineTuningJob, GatewayListSupervisedFineTuningJobsResponse
    ]:
        """List Supervised Fine-tuning Jobs (``GET
        /v1/accounts/{account_id}/supervisedFineTuningJobs``).

        Every GatewaySupervisedFineTuningJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            SUPERVISED_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayListSupervisedFineTuningJobsParams],
    ) -> GatewayListSupervisedFineTuningJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_LIST,
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
        **params: Unpack[GatewayCreateSupervisedFineTuningJobParams],
    ) -> GatewaySupervisedFineTuningJob:
        """Create Supervised Fine-tuning Job (``POST
        /v1/accounts/{account_id}/supervisedFineTuningJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetSupervisedFineTuningJobParams],
    ) -> GatewaySupervisedFineTuningJob:
        """Get Supervised Fine-tuning Job (``GET
        /v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_GET,
            {
                "account_id": account_id,
                "supervised_fine_tuning_job_id": supervised_fine_tuning_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteSupervisedFineTuningJobResponse200:
        """Delete Supervised Fine-tuning Job (``DELETE
        /v1/accounts/{account_id}/supervisedFineTuningJobs/{supervised_fine_tuning_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_DELETE,
            {
                "account_id": account_id,
                "supervised_fine_tuning_job_id": supervised_fine_tuning_job_id,
            },
            None,
            options,
            raw=self._raw,
        )

    async def resume(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeSupervisedFineTuningJobBodyParams],
    ) -> GatewaySupervisedFineTuningJob:
        """Resume Supervised Fine-tuning Job (``POST /v1/accounts/{account_id}/supervisedFineTuning
        Jobs/{supervised_fine_tuning_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SUPERVISED_FINE_TUNING_JOBS_RESUME,
            {
                "account_id": account_id,
                "supervised_fine_tuning_job_id": supervised_fine_tuning_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        supervised_fine_tuning_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewaySupervisedFineTuningJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewaySupervisedFineTuningJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                supervised_fine_tuning_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            SUPERVISED_FINE_TUNING_JOBS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(
        self,
    ) -> AsyncSupervisedFineTuningJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncSupervisedFineTuningJobsOperationsWithRawResponse(self)


class AsyncSupervisedFineTuningJobsOperationsWithRawResponse:
    """The methods of :class:`AsyncSupervisedFineTuningJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncSupervisedFineTuningJobsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.delete = to_raw_async(raw.delete)
        self.resume = to_raw_async(raw.resume)
