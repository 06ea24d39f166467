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
    from ..models.gateway_job_progress import GatewayJobProgress
    from ..models.gateway_status import GatewayStatus
    from ..models.gateway_wandb_config import GatewayWandbConfig
    from ..models.type_money import TypeMoney


@_attrs_define(init=False)
class GatewaySupervisedFineTuningJob:
    """
    Attributes:
        dataset (str): The name of the dataset used for training.
        name (str | None):
        display_name (str | None):
        create_time (datetime.datetime | None):
        completed_time (datetime.datetime | None):
        aws_s3_config (GatewayAwsS3Config | None): AwsS3Config is the configuration for AWS S3 dataset access which
            will be used by a training job.
        azure_blob_storage_config (GatewayAzureBlobStorageConfig | None): AzureBlobStorageConfig is the configuration
            for Azure Blob Storage dataset access
            which will be used by a training job.
        state (GatewayJobState | None): JobState represents the state an asynchronous job can be in.

             - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention.
             - JOB_STATE_DELETED: Job has been deleted.
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        created_by (str | None): The email address of the user who initiated this fine-tuning job.
        output_model (str | None): The model ID to be assigned to the resulting fine-tuned model. If not specified, the
            job ID will be used.
        base_model (str | None): The name of the base model to be fine-tuned
            Only one of 'base_model' or 'warm_start_from' should be specified.
        warm_start_from (str | None): The PEFT addon model in Fireworks format to be fine-tuned from
            Only one of 'base_model' or 'warm_start_from' should be specified.
        jinja_template (str | None): The Jinja template for conversation formatting. If not specified, defaults to the
            base model's conversation template configuration
        early_stop (bool | None): Whether to stop training early if the validation loss does not improve.
        epochs (int | None): The number of epochs to train for.
        learning_rate (float | None): The learning rate used for training.
        max_context_length (int | None): The maximum context length to use with the model.
        lora_rank (int | None): The rank of the LoRA layers.
        wandb_config (GatewayWandbConfig | None): WandbConfig is the configuration for the Weights & Biases (wandb)
            logging which
            will be used by a training job.
        evaluation_dataset (str | None): The name of a separate dataset to use for evaluation.
        is_turbo (bool | None): Whether to run the fine-tuning job in turbo mode.
        eval_auto_carveout (bool | None): Whether to auto-carve the dataset for eval.
        update_time (datetime.datetime | None): The update time for the supervised fine-tuning job.
        nodes (int | None): Deprecated: multi-node scheduling is now handled by the cookbook
            orchestrator in V2 workflows. This field is ignored for V2 jobs and
            will be removed in a future release.
        batch_size (int | None): The batch size for sequence packing in training
        mtp_enabled (bool | None): Deprecated: MTP is not supported in V2 training. These fields are
            retained for V1 Helm-based SFT backward compatibility only.
        mtp_num_draft_tokens (int | None): Deprecated: see mtp_enabled.
        mtp_freeze_base_model (bool | None): Deprecated: see mtp_enabled.
        job_progress (GatewayJobProgress | None): Progress of a job, e.g. RLOR, EVJ, BIJ etc.
        metrics_file_signed_url (str | None): The signed URL for the metrics file
        trainer_logs_signed_url (str | None): The signed URL for the trainer logs file (stdout/stderr).
            Only populated if the account has trainer log reading enabled.
        gradient_accumulation_steps (int | None): Number of gradient accumulation steps
        learning_rate_warmup_steps (int | None): Number of steps for learning rate warm up
        batch_size_samples (int | None): The number of samples per gradient batch.
        estimated_cost (TypeMoney | None): Represents an amount of money with its currency type.
        optimizer_weight_decay (float | None): Weight decay (L2 regularization) for optimizer.
        purpose (GatewayPurpose | None): Scheduling purpose for training jobs and deployments.
    """

    dataset: str
    name: str | None = None
    display_name: str | None = None
    create_time: datetime.datetime | None = None
    completed_time: datetime.datetime | None = None
    aws_s3_config: GatewayAwsS3Config | None = None
    azure_blob_storage_config: GatewayAzureBlobStorageConfig | None = None
    state: GatewayJobState | None = None
    status: GatewayStatus | None = None
    created_by: str | None = None
    output_model: str | None = None
    base_model: str | None = None
    warm_start_from: str | None = None
    jinja_template: str | None = None
    early_stop: bool | None = None
    epochs: int | None = None
    learning_rate: float | None = None
    max_context_length: int | None = None
    lora_rank: int | None = None
    wandb_config: GatewayWandbConfig | None = None
    evaluation_dataset: str | None = None
    is_turbo: bool | None = None
    eval_auto_carveout: bool | None = None
    update_time: datetime.datetime | None = None
    nodes: int | None = None
    batch_size: int | None = None
    mtp_enabled: bool | None = None
    mtp_num_draft_tokens: int | None = None
    mtp_freeze_base_model: bool | None = None
    job_progress: GatewayJobProgress | None = None
    metrics_file_signed_url: str | None = None
    trainer_logs_signed_url: str | None = None
    gradient_accumulation_steps: int | None = None
    learning_rate_warmup_steps: int | None = None
    batch_size_samples: int | None = None
    estimated_cost: TypeMoney | None = None
    optimizer_weight_decay: float | None = None
    purpose: GatewayPurpose | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        dataset: str,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        completed_time: datetime.datetime | None | Unset = UNSET,
        aws_s3_config: GatewayAwsS3Config | None | Unset = UNSET,
        azure_blob_storage_config: GatewayAzureBlobStorageConfig | None | Unset = UNSET,
        state: GatewayJobState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        output_model: str | None | Unset = UNSET,
        base_model: str | None | Unset = UNSET,
        warm_start_from: str | None | Unset = UNSET,
        jinja_template: str | None | Unset = UNSET,
        early_stop: bool | None | Unset = UNSET,
        epochs: int | None | Unset = UNSET,
        learning_rate: float | None | Unset = UNSET,
        max_context_length: int | None | Unset = UNSET,
        lora_rank: int | None | Unset = UNSET,
        wandb_config: GatewayWandbConfig | None | Unset = UNSET,
        evaluation_dataset: str | None | Unset = UNSET,
        is_turbo: bool | None | Unset = UNSET,
        eval_auto_carveout: bool | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        nodes: int | None | Unset = UNSET,
        batch_size: int | None | Unset = UNSET,
        mtp_enabled: bool | None | Unset = UNSET,
        mtp_num_draft_tokens: int | None | Unset = UNSET,
        mtp_freeze_base_model: bool | None | Unset = UNSET,
        job_progress: GatewayJobProgress | None | Unset = UNSET,
        metrics_file_signed_url: str | None | Unset = UNSET,
        trainer_logs_signed_url: str | None | Unset = UNSET,
        gradient_accumulation_steps: int | None | Unset = UNSET,
        learning_rate_warmup_steps: int | None | Unset = UNSET,
        batch_size_samples: int | None | Unset = UNSET,
        estimated_cost: TypeMoney | None | Unset = UNSET,
        optimizer_weight_decay: float | None | Unset = UNSET,
        purpose: GatewayPurpose | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.dataset = dataset
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
        if isinstance(aws_s3_config, Unset):
            self.aws_s3_config = None
        else:
            self.aws_s3_config = aws_s3_config
        if isinstance(azure_blob_storage_config, Unset):
            self.azure_blob_storage_config = None
        else:
            self.azure_blob_storage_config = azure_blob_storage_config
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
        if isinstance(output_model, Unset):
            self.output_model = None
        else:
            self.output_model = output_model
        if isinstance(base_model, Unset):
            self.base_model = None
        else:
            self.base_model = base_model
        if isinstance(warm_start_from, Unset):
            self.warm_start_from = None
        else:
            self.warm_start_from = warm_start_from
        if isinstance(jinja_template, Unset):
            self.jinja_template = None
        else:
            self.jinja_template = jinja_template
        if isinstance(early_stop, Unset):
            self.early_stop = None
        else:
            self.early_stop = early_stop
        if isinstance(epochs, Unset):
            self.epochs = None
        else:
            self.epochs = epochs
        if isinstance(learning_rate, Unset):
            self.learning_rate = None
        else:
            self.learning_rate = learning_rate
        if isinstance(max_context_length, Unset):
            self.max_context_length = None
        else:
            self.max_context_length = max_context_length
        if isinstance(lora_rank, Unset):
            self.lora_rank = None
        else:
            self.lora_rank = lora_rank
        if isinstance(wandb_config, Unset):
            self.wandb_config = None
        else:
            self.wandb_config = wandb_config
        if isinstance(evaluation_dataset, Unset):
            self.evaluation_dataset = None
        else:
            self.evaluation_dataset = evaluation_dataset
        if isinstance(is_turbo, Unset):
            self.is_turbo = None
        else:
            self.is_turbo = is_turbo
        if isinstance(eval_auto_carveout, Unset):
            self.eval_auto_carveout = None
        else:
            self.eval_auto_carveout = eval_auto_carveout
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(nodes, Unset):
            self.nodes = None
        else:
            self.nodes = nodes
        if isinstance(batch_size, Unset):
            self.batch_size = None
        else:
            self.batch_size = batch_size
        if isinstance(mtp_enabled, Unset):
            self.mtp_enabled = None
        else:
            self.mtp_enabled = mtp_enabled
        if isinstance(mtp_num_draft_tokens, Unset):
            self.mtp_num_draft_tokens = None
        else:
            self.mtp_num_draft_tokens = mtp_num_draft_tokens
        if isinstance(mtp_freeze_base_model, Unset):
            self.mtp_freeze_base_model = None
        else:
            self.mtp_freeze_base_model = mtp_freeze_base_model
        if isinstance(job_progress, Unset):
            self.job_progress = None
        else:
            self.job_progress = job_progress
        if isinstance(metrics_file_signed_url, Unset):
            self.metrics_file_signed_url = None
        else:
            self.metrics_file_signed_url = metrics_file_signed_url
        if isinstance(trainer_logs_signed_url, Unset):
            self.trainer_logs_signed_url = None
        else:
            self.trainer_logs_signed_url = trainer_logs_signed_url
        if isinstance(gradient_accumulation_steps, Unset):
            self.gradient_accumulation_steps = None
        else:
            self.gradient_accumulation_steps = gradient_accumulation_steps
        if isinstance(learning_rate_warmup_steps, Unset):
            self.learning_rate_warmup_steps = None
        else:
            self.learning_rate_warmup_steps = learning_rate_warmup_steps
        if isinstance(batch_size_samples, Unset):
            self.batch_size_samples = None
        else:
            self.batch_size_samples = batch_size_samples
        if isinstance(estimated_cost, Unset):
            self.estimated_cost = None
        else:
            self.estimated_cost = estimated_cost
        if isinstance(optimizer_weight_decay, Unset):
            self.optimizer_weight_decay = None
        else:
            self.optimizer_weight_decay = optimizer_weight_decay
        if isinstance(purpose, Unset):
            self.purpose = None
        else:
            self.purpose = purpose
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["dataset"] = self.dataset
        if self.name is not None:
            field_dict["name"] = self.name
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.completed_time is not None:
            field_dict["completedTime"] = to_jsonable(self.completed_time)
        if self.aws_s3_config is not None:
            field_dict["awsS3Config"] = to_jsonable(self.aws_s3_config)
        if self.azure_blob_storage_config is not None:
            field_dict["azureBlobStorageConfig"] = to_jsonable(
                self.azure_blob_storage_config
            )
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        if self.output_model is not None:
            field_dict["outputModel"] = self.output_model
        if self.base_model is not None:
            field_dict["baseModel"] = self.base_model
        if self.warm_start_from is not None:
            field_dict["warmStartFrom"] = self.warm_start_from
        if self.jinja_template is not None:
            field_dict["jinjaTemplate"] = self.jinja_template
        if self.early_stop is not None:
            field_dict["earlyStop"] = self.early_stop
        if self.epochs is not None:
            field_dict["epochs"] = self.epochs
        if self.learning_rate is not None:
            field_dict["learningRate"] = self.learning_rate
        if self.max_context_length is not None:
            field_dict["maxContextLength"] = self.max_context_length
        if self.lora_rank is not None:
            field_dict["loraRank"] = self.lora_rank
        if self.wandb_config is not None:
            field_dict["wandbConfig"] = to_jsonable(self.wandb_config)
        if self.evaluation_dataset is not None:
            field_dict["evaluationDataset"] = self.evaluation_dataset
        if self.is_turbo is not None:
            field_dict["isTurbo"] = self.is_turbo
        if self.eval_auto_carveout is not None:
            field_dict["evalAutoCarveout"] = self.eval_auto_carveout
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.nodes is not None:
            field_dict["nodes"] = self.nodes
        if self.batch_size is not None:
            field_dict["batchSize"] = self.batch_size
        if self.mtp_enabled is not None:
            field_dict["mtpEnabled"] = self.mtp_enabled
        if self.mtp_num_draft_tokens is not None:
            field_dict["mtpNumDraftTokens"] = self.mtp_num_draft_tokens
        if self.mtp_freeze_base_model is not None:
            field_dict["mtpFreezeBaseModel"] = self.mtp_freeze_base_model
        if self.job_progress is not None:
            field_dict["jobProgress"] = to_jsonable(self.job_progress)
        if self.metrics_file_signed_url is not None:
            field_dict["metricsFileSignedUrl"] = self.metrics_file_signed_url
        if self.trainer_logs_signed_url is not None:
            field_dict["trainerLogsSignedUrl"] = self.trainer_logs_signed_url
        if self.gradient_accumulation_steps is not None:
            field_dict["gradientAccumulationSteps"] = self.gradient_accumulation_steps
        if self.learning_rate_warmup_steps is not None:
            field_dict["learningRateWarmupSteps"] = self.learning_rate_warmup_steps
        if self.batch_size_samples is not None:
            field_dict["batchSizeSamples"] = self.batch_size_samples
        if self.estimated_cost is not None:
            field_dict["estimatedCost"] = to_jsonable(self.estimated_cost)
        if self.optimizer_weight_decay is not None:
            field_dict["optimizerWeightDecay"] = self.optimizer_weight_decay
        if self.purpose is not None:
            field_dict["purpose"] = to_jsonable(self.purpose)
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
