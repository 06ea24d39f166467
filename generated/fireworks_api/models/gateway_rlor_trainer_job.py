from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.gateway_job_state import GatewayJobState
from ..models.gateway_purpose import GatewayPurpose
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_aws_s3_config import GatewayAwsS3Config
    from ..models.gateway_azure_blob_storage_config import GatewayAzureBlobStorageConfig
    from ..models.gateway_base_training_config import GatewayBaseTrainingConfig
    from ..models.gateway_job_progress import GatewayJobProgress
    from ..models.gateway_reinforcement_learning_loss_config import (
        GatewayReinforcementLearningLossConfig,
    )
    from ..models.gateway_rlor_trainer_job_accelerator_seconds import (
        GatewayRlorTrainerJobAcceleratorSeconds,
    )
    from ..models.gateway_status import GatewayStatus
    from ..models.gateway_wandb_config import GatewayWandbConfig


@_attrs_define(init=False)
class GatewayRlorTrainerJob:
    """Next ID: 36 (field 34 reserved for removed public_logs_signed_url)

    Attributes:
        name (str | None):
        display_name (str | None):
        create_time (datetime.datetime | None):
        completed_time (datetime.datetime | None):
        dataset (str | None): The name of the dataset used for training.
        evaluation_dataset (str | None): The name of a separate dataset to use for evaluation.
        eval_auto_carveout (bool | None): Whether to auto-carve the dataset for eval.
        state (GatewayJobState | None): JobState represents the state an asynchronous job can be in.

             - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention.
             - JOB_STATE_DELETED: Job has been deleted.
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        created_by (str | None): The email address of the user who initiated this fine-tuning job.
        training_config (GatewayBaseTrainingConfig | None): BaseTrainingConfig contains common configuration fields
            shared across
            different training job types.
        reward_weights (list[str] | None): A list of reward metrics to use for training in format of
            "<reward_name>=<weight>".
        wandb_config (GatewayWandbConfig | None): WandbConfig is the configuration for the Weights & Biases (wandb)
            logging which
            will be used by a training job.
        aws_s3_config (GatewayAwsS3Config | None): AwsS3Config is the configuration for AWS S3 dataset access which
            will be used by a training job.
        azure_blob_storage_config (GatewayAzureBlobStorageConfig | None): AzureBlobStorageConfig is the configuration
            for Azure Blob Storage dataset access
            which will be used by a training job.
        job_progress (GatewayJobProgress | None): Progress of a job, e.g. RLOR, EVJ, BIJ etc.
        keep_alive (bool | None): indicates this RLOR trainer job should run in keep-alive mode
        rollout_deployment_name (str | None): Rollout deployment name associated with this RLOR trainer job.
            This is optional. If not set, trainer will not trigger weight sync to rollout engine.
        loss_config (GatewayReinforcementLearningLossConfig | None): Loss method + hyperparameters for reinforcement-
            learning-style fine-tuning (e.g. RFT / RL trainers).
            For preference jobs (DPO API), the default loss method is GRPO when METHOD_UNSPECIFIED.
        node_count (int | None): The number of nodes to use for the fine-tuning job.
            If not specified, the default is 1.
        accelerator_seconds (GatewayRlorTrainerJobAcceleratorSeconds | None): Accelerator seconds used by the job, keyed
            by accelerator type (e.g., "NVIDIA_H100_80GB").
            Updated periodically.
        service_mode (bool | None): Whether to deploy as a service with tinker-style api endpoints exposure
        direct_route_handle (str | None): Only valid when service_mode enabled
            The direct route handle for the trainer in service mode (tinker api)
        hot_load_deployment_id (str | None): The deployment ID used for hot loading. When set, checkpoints are saved
            to this deployment's hot load bucket, enabling weight swaps on inference.
            Only valid for service-mode or keep-alive jobs.
        purpose (GatewayPurpose | None): Scheduling purpose for training jobs and deployments.
        forward_only (bool | None): When true, run the trainer in forward-only mode (no backward/optimizer).
            Used for reference models in GRPO that only need forward passes.
        managed_by (str | None): For managed service use only. Users do not need to set this field.
    """

    name: str | None = None
    display_name: str | None = None
    create_time: datetime.datetime | None = None
    completed_time: datetime.datetime | None = None
    dataset: str | None = None
    evaluation_dataset: str | None = None
    eval_auto_carveout: bool | None = None
    state: GatewayJobState | None = None
    status: GatewayStatus | None = None
    created_by: str | None = None
    training_config: GatewayBaseTrainingConfig | None = None
    reward_weights: list[str] | None = None
    wandb_config: GatewayWandbConfig | None = None
    aws_s3_config: GatewayAwsS3Config | None = None
    azure_blob_storage_config: GatewayAzureBlobStorageConfig | None = None
    job_progress: GatewayJobProgress | None = None
    keep_alive: bool | None = None
    rollout_deployment_name: str | None = None
    loss_config: GatewayReinforcementLearningLossConfig | None = None
    node_count: int | None = None
    accelerator_seconds: GatewayRlorTrainerJobAcceleratorSeconds | None = None
    service_mode: bool | None = None
    direct_route_handle: str | None = None
    hot_load_deployment_id: str | None = None
    purpose: GatewayPurpose | None = None
    forward_only: bool | None = None
    managed_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        completed_time: datetime.datetime | None | Unset = UNSET,
        dataset: str | None | Unset = UNSET,
        evaluation_dataset: str | None | Unset = UNSET,
        eval_auto_carveout: bool | None | Unset = UNSET,
        state: GatewayJobState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        training_config: GatewayBaseTrainingConfig | None | Unset = UNSET,
        reward_weights: list[str] | None | Unset = UNSET,
        wandb_config: GatewayWandbConfig | None | Unset = UNSET,
        aws_s3_config: GatewayAwsS3Config | None | Unset = UNSET,
        azure_blob_storage_config: GatewayAzureBlobStorageConfig | None | Unset = UNSET,
        job_progress: GatewayJobProgress | None | Unset = UNSET,
        keep_alive: bool | None | Unset = UNSET,
        rollout_deployment_name: str | None | Unset = UNSET,
        loss_config: GatewayReinforcementLearningLossConfig | None | Unset = UNSET,
        node_count: int | None | Unset = UNSET,
        accelerator_seconds: GatewayRlorTrainerJobAcceleratorSeconds
        | None
        | Unset = UNSET,
        service_mode: bool | None | Unset = UNSET,
        direct_route_handle: str | None | Unset = UNSET,
        hot_load_deployment_id: str | None | Unset = UNSET,
        purpose: GatewayPurpose | None | Unset = UNSET,
        forward_only: bool | None | Unset = UNSET,
        managed_by: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
        if isinstance(display_name, Unset):
            self.display_name = None
        else:
            self.display_name = display_name
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(completed_time, Unset):
            self.completed_time = None
        else:
            self.completed_time = completed_time
        if isinstance(dataset, Unset):
            self.dataset = None
        else:
            self.dataset = dataset
        if isinstance(evaluation_dataset, Unset):
            self.evaluation_dataset = None
        else:
            self.evaluation_dataset = evaluation_dataset
        if isinstance(eval_auto_carveout, Unset):
            self.eval_auto_carveout = None
        else:
            self.eval_auto_carveout = eval_auto_carveout
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
        if isinstance(training_config, Unset):
            self.training_config = None
        else:
            self.training_config = training_config
        if isinstance(reward_weights, Unset):
            self.reward_weights = None
        else:
            self.reward_weights = reward_weights
        if isinstance(wandb_config, Unset):
            self.wandb_config = None
        else:
            self.wandb_config = wandb_config
        if isinstance(aws_s3_config, Unset):
            self.aws_s3_config = None
        else:
            self.aws_s3_config = aws_s3_config
        if isinstance(azure_blob_storage_config, Unset):
            self.azure_blob_storage_config = None
        else:
            self.azure_blob_storage_config = azure_blob_storage_config
        if isinstance(job_progress, Unset):
            self.job_progress = None
        else:
            self.job_progress = job_progress
        if isinstance(keep_alive, Unset):
            self.keep_alive = None
        else:
            self.keep_alive = keep_alive
        if isinstance(rollout_deployment_name, Unset):
            self.rollout_deployment_name = None
        else:
            self.rollout_deployment_name = rollout_deployment_name
        if isinstance(loss_config, Unset):
            self.loss_config = None
        else:
            self.loss_config = loss_config
        if isinstance(node_count, Unset):
            self.node_count = None
        else:
            self.node_count = node_count
        if isinstance(accelerator_seconds, Unset):
            self.accelerator_seconds = None
        else:
            self.accelerator_seconds = accelerator_seconds
        if isinstance(service_mode, Unset):
            self.service_mode = None
        else:
            self.service_mode = service_mode
        if isinstance(direct_route_handle, Unset):
            self.direct_route_handle = None
        else:
            self.direct_route_handle = direct_route_handle
        if isinstance(hot_load_deployment_id, Unset):
            self.hot_load_deployment_id = None
        else:
            self.hot_load_deployment_id = hot_load_deployment_id
        if isinstance(purpose, Unset):
            self.purpose = None
        else:
            self.purpose = purpose
        if isinstance(forward_only, Unset):
            self.forward_only = None
        else:
            self.forward_only = forward_only
        if isinstance(managed_by, Unset):
            self.managed_by = None
        else:
            self.managed_by = managed_by
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.name is not None:
            field_dict["name"] = self.name
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.completed_time is not None:
            field_dict["completedTime"] = to_jsonable(self.completed_time)
        if self.dataset is not None:
            field_dict["dataset"] = self.dataset
        if self.evaluation_dataset is not None:
            field_dict["evaluationDataset"] = self.evaluation_dataset
        if self.eval_auto_carveout is not None:
            field_dict["evalAutoCarveout"] = self.eval_auto_carveout
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        if self.training_config is not None:
            field_dict["trainingConfig"] = to_jsonable(self.training_config)
        if self.reward_weights is not None:
            field_dict["rewardWeights"] = to_jsonable(self.reward_weights)
        if self.wandb_config is not None:
            field_dict["wandbConfig"] = to_jsonable(self.wandb_config)
        if self.aws_s3_config is not None:
            field_dict["awsS3Config"] = to_jsonable(self.aws_s3_config)
        if self.azure_blob_storage_config is not None:
            field_dict["azureBlobStorageConfig"] = to_jsonable(
                self.azure_blob_storage_config
            )
        if self.job_progress is not None:
            field_dict["jobProgress"] = to_jsonable(self.job_progress)
        if self.keep_alive is not None:
            field_dict["keepAlive"] = self.keep_alive
        if self.rollout_deployment_name is not None:
            field_dict["rolloutDeploymentName"] = self.rollout_deployment_name
        if self.loss_config is not None:
            field_dict["lossConfig"] = to_jsonable(self.loss_config)
        if self.node_count is not None:
            field_dict["nodeCount"] = self.node_count
        if self.accelerator_seconds is not None:
            field_dict["acceleratorSeconds"] = to_jsonable(self.accelerator_seconds)
        if self.service_mode is not None:
            field_dict["serviceMode"] = self.service_mode
        if self.direct_route_handle is not None:
            field_dict["directRouteHandle"] = self.direct_route_handle
        if self.hot_load_deployment_id is not None:
            field_dict["hotLoadDeploymentId"] = self.hot_load_deployment_id
        if self.purpose is not None:
            field_dict["purpose"] = to_jsonable(self.purpose)
        if self.forward_only is not None:
            field_dict["forwardOnly"] = self.forward_only
        if self.managed_by is not None:
            field_dict["managedBy"] = self.managed_by
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model built from decoded JSON (fireworks_api/fast.py). A value that does not fit
        the schema raises ``fireworks_api.fast.SchemaMismatch`` (a ValueError) naming the field
        and the rule."""
        return _fast.build(cls, src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
