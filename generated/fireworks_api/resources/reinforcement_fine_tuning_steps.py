"""``client.reinforcement_fine_tuning_steps``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteRlorTrainerJobResponse200,
        GatewayExecuteRlorTrainStepResponse200,
        GatewayListRlorTrainerJobsResponse,
        GatewayRlorTrainerJob,
    )
    from fireworks_api.params import (
        GatewayCreateRlorTrainerJobParams,
        GatewayExecuteRlorTrainStepBodyParams,
        GatewayGetRlorTrainerJobParams,
        GatewayListRlorTrainerJobsParams,
        GatewayResumeRlorTrainerJobBodyParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "REINFORCEMENT_FINE_TUNING_STEPS_CREATE",
    "REINFORCEMENT_FINE_TUNING_STEPS_DELETE",
    "REINFORCEMENT_FINE_TUNING_STEPS_EXECUTE",
    "REINFORCEMENT_FINE_TUNING_STEPS_GET",
    "REINFORCEMENT_FINE_TUNING_STEPS_LIST",
    "REINFORCEMENT_FINE_TUNING_STEPS_RESUME",
    "REINFORCEMENT_FINE_TUNING_STEPS_WAITING",
    "AsyncReinforcementFineTuningStepsOperations",
    "AsyncReinforcementFineTuningStepsOperationsWithRawResponse",
    "ReinforcementFineTuningStepsOperations",
    "ReinforcementFineTuningStepsOperationsWithRawResponse",
]

REINFORCEMENT_FINE_TUNING_STEPS_LIST: PagedEndpoint[
    GatewayListRlorTrainerJobsResponse, GatewayRlorTrainerJob
] = PagedEndpoint(
    "reinforcement_fine_tuning_steps.list",
    "GET",
    "/v1/accounts/{account_id}/rlorTrainerJobs",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListRlorTrainerJobsResponse",
    paging=Paging("page_token", "rlor_trainer_jobs", "next_page_token"),
)

REINFORCEMENT_FINE_TUNING_STEPS_CREATE: Endpoint[GatewayRlorTrainerJob, Never] = (
    Endpoint(
        "reinforcement_fine_tuning_steps.create",
        "POST",
        "/v1/accounts/{account_id}/rlorTrainerJobs",
        service_root=True,
        request="application/json",
        path_params=("account_id",),
        query_params=("rlorTrainerJobId", "trainingShape"),
        wire_names={
            "display_name": "displayName",
            "create_time": "createTime",
            "completed_time": "completedTime",
            "evaluation_dataset": "evaluationDataset",
            "eval_auto_carveout": "evalAutoCarveout",
            "created_by": "createdBy",
            "training_config": "trainingConfig",
            "reward_weights": "rewardWeights",
            "wandb_config": "wandbConfig",
            "aws_s3_config": "awsS3Config",
            "azure_blob_storage_config": "azureBlobStorageConfig",
            "job_progress": "jobProgress",
            "keep_alive": "keepAlive",
            "rollout_deployment_name": "rolloutDeploymentName",
            "loss_config": "lossConfig",
            "node_count": "nodeCount",
            "accelerator_seconds": "acceleratorSeconds",
            "service_mode": "serviceMode",
            "direct_route_handle": "directRouteHandle",
            "hot_load_deployment_id": "hotLoadDeploymentId",
            "forward_only": "forwardOnly",
            "managed_by": "managedBy",
            "rlor_trainer_job_id": "rlorTrainerJobId",
            "training_shape": "trainingShape",
        },
        answer="GatewayRlorTrainerJob",
    )
)

REINFORCEMENT_FINE_TUNING_STEPS_GET: Endpoint[GatewayRlorTrainerJob, Never] = Endpoint(
    "reinforcement_fine_tuning_steps.get",
    "GET",
    "/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
    service_root=True,
    path_params=("account_id", "rlor_trainer_job_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayRlorTrainerJob",
)

REINFORCEMENT_FINE_TUNING_STEPS_DELETE: Endpoint[
    GatewayDeleteRlorTrainerJobResponse200, Never
] = Endpoint(
    "reinforcement_fine_tuning_steps.delete",
    "DELETE",
    "/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}",
    service_root=True,
    path_params=("account_id", "rlor_trainer_job_id"),
    answer="GatewayDeleteRlorTrainerJobResponse200",
)

REINFORCEMENT_FINE_TUNING_STEPS_EXECUTE: Endpoint[
    GatewayExecuteRlorTrainStepResponse200, Never
] = Endpoint(
    "reinforcement_fine_tuning_steps.execute",
    "POST",
    "/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep",
    service_root=True,
    request="application/json",
    path_params=("account_id", "rlor_trainer_job_id"),
    wire_names={"output_model": "outputModel"},
    answer="GatewayExecuteRlorTrainStepResponse200",
)

REINFORCEMENT_FINE_TUNING_STEPS_RESUME: Endpoint[GatewayRlorTrainerJob, Never] = (
    Endpoint(
        "reinforcement_fine_tuning_steps.resume",
        "POST",
        "/v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume",
        service_root=True,
        request="application/json",
        path_params=("account_id", "rlor_trainer_job_id"),
        answer="GatewayRlorTrainerJob",
    )
)

# Its get's answer's state is a gatewayJobState (x-waits of openapi3.names.yml).
REINFORCEMENT_FINE_TUNING_STEPS_WAITING = Waiting(
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


class ReinforcementFineTuningStepsOperations(SyncResource):
    """``client.reinforcement_fine_tuning_steps``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListRlorTrainerJobsParams],
    ) -> SyncPager[GatewayRlorTrainerJob, GatewayListRlorTrainerJobsResponse]:
        """List Reinforcement Fine-tuning Steps (``GET
        /v1/accounts/{account_id}/rlorTrainerJobs``).

        Every GatewayRlorTrainerJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            REINFORCEMENT_FINE_TUNING_STEPS_LIST,
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
        **params: Unpack[GatewayListRlorTrainerJobsParams],
    ) -> GatewayListRlorTrainerJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_LIST,
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
        **params: Unpack[GatewayCreateRlorTrainerJobParams],
    ) -> GatewayRlorTrainerJob:
        """Create Reinforcement Fine-tuning Step (``POST
        /v1/accounts/{account_id}/rlorTrainerJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetRlorTrainerJobParams],
    ) -> GatewayRlorTrainerJob:
        """Get Reinforcement Fine-tuning Step (``GET
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_GET,
            {
                "account_id": account_id,
                "rlor_trainer_job_id": rlor_trainer_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteRlorTrainerJobResponse200:
        """Delete Reinforcement Fine-tuning Step (``DELETE
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_DELETE,
            {"account_id": account_id, "rlor_trainer_job_id": rlor_trainer_job_id},
            None,
            options,
            raw=self._raw,
        )

    def execute(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayExecuteRlorTrainStepBodyParams],
    ) -> GatewayExecuteRlorTrainStepResponse200:
        """Execute one training step for keep-alive Reinforcement Fine-tuning Step (``POST
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_EXECUTE,
            {
                "account_id": account_id,
                "rlor_trainer_job_id": rlor_trainer_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    def resume(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeRlorTrainerJobBodyParams],
    ) -> GatewayRlorTrainerJob:
        """Resume Rlor Trainer Job (``POST
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_RESUME,
            {
                "account_id": account_id,
                "rlor_trainer_job_id": rlor_trainer_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayRlorTrainerJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayRlorTrainerJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                rlor_trainer_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            REINFORCEMENT_FINE_TUNING_STEPS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(
        self,
    ) -> ReinforcementFineTuningStepsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ReinforcementFineTuningStepsOperationsWithRawResponse(self)


class ReinforcementFineTuningStepsOperationsWithRawResponse:
    """The methods of :class:`ReinforcementFineTuningStepsOperations`, answering a RawResponse."""

    def __init__(self, resource: ReinforcementFineTuningStepsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.delete = to_raw(raw.delete)
        self.execute = to_raw(raw.execute)
        self.resume = to_raw(raw.resume)


class AsyncReinforcementFineTuningStepsOperations(AsyncResource):
    """``client.reinforcement_fine_tuning_steps``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListRlorTrainerJobsParams],
    ) -> AsyncPager[GatewayRlorTrainerJob, GatewayListRlorTrainerJobsResponse]:
        """List Reinforcement Fine-tuning Steps (``GET
        /v1/accounts/{account_id}/rlorTrainerJobs``).

        Every GatewayRlorTrainerJob of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            REINFORCEMENT_FINE_TUNING_STEPS_LIST,
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
        **params: Unpack[GatewayListRlorTrainerJobsParams],
    ) -> GatewayListRlorTrainerJobsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_LIST,
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
        **params: Unpack[GatewayCreateRlorTrainerJobParams],
    ) -> GatewayRlorTrainerJob:
        """Create Reinforcement Fine-tuning Step (``POST
        /v1/accounts/{account_id}/rlorTrainerJobs``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetRlorTrainerJobParams],
    ) -> GatewayRlorTrainerJob:
        """Get Reinforcement Fine-tuning Step (``GET
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_GET,
            {
                "account_id": account_id,
                "rlor_trainer_job_id": rlor_trainer_job_id,
                **params,
            },
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteRlorTrainerJobResponse200:
        """Delete Reinforcement Fine-tuning Step (``DELETE
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_DELETE,
            {"account_id": account_id, "rlor_trainer_job_id": rlor_trainer_job_id},
            None,
            options,
            raw=self._raw,
        )

    async def execute(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayExecuteRlorTrainStepBodyParams],
    ) -> GatewayExecuteRlorTrainStepResponse200:
        """Execute one training step for keep-alive Reinforcement Fine-tuning Step (``POST
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:executeTrainStep``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_EXECUTE,
            {
                "account_id": account_id,
                "rlor_trainer_job_id": rlor_trainer_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    async def resume(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayResumeRlorTrainerJobBodyParams],
    ) -> GatewayRlorTrainerJob:
        """Resume Rlor Trainer Job (``POST
        /v1/accounts/{account_id}/rlorTrainerJobs/{rlor_trainer_job_id}:resume``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            REINFORCEMENT_FINE_TUNING_STEPS_RESUME,
            {
                "account_id": account_id,
                "rlor_trainer_job_id": rlor_trainer_job_id,
                **params,
            },
            extra_body,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        rlor_trainer_job_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayRlorTrainerJob], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayRlorTrainerJob:
        """Read it (``get``) until its state is JOB_STATE_COMPLETED, JOB_STATE_EARLY_STOPPED, and return it; a
        state of JOB_STATE_FAILED, JOB_STATE_CANCELLED, JOB_STATE_EXPIRED, JOB_STATE_DELETED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                rlor_trainer_job_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            REINFORCEMENT_FINE_TUNING_STEPS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def with_raw_response(
        self,
    ) -> AsyncReinforcementFineTuningStepsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncReinforcementFineTuningStepsOperationsWithRawResponse(self)


class AsyncReinforcementFineTuningStepsOperationsWithRawResponse:
    """The methods of :class:`AsyncReinforcementFineTuningStepsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncReinforcementFineTuningStepsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.delete = to_raw_async(raw.delete)
        self.execute = to_raw_async(raw.execute)
        self.resume = to_raw_async(raw.resume)
