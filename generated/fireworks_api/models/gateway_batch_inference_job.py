from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.deployment_precision import DeploymentPrecision
from ..models.gateway_job_state import GatewayJobState
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_batch_inference_job_inference_parameters import (
        GatewayBatchInferenceJobInferenceParameters,
    )
    from ..models.gateway_job_progress import GatewayJobProgress
    from ..models.gateway_status import GatewayStatus


@_attrs_define(init=False)
class GatewayBatchInferenceJob:
    """
    Attributes:
        name (str | None): The resource name of the batch inference job. e.g. accounts/my-account/batchInferenceJobs/my-
            batch-inference-job
        display_name (str | None): Human-readable display name of the batch inference job. e.g. "My Batch Inference Job"
        create_time (datetime.datetime | None): The creation time of the batch inference job.
        created_by (str | None): The email address of the user who initiated this batch inference job.
        state (GatewayJobState | None): JobState represents the state an asynchronous job can be in.

             - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention.
             - JOB_STATE_DELETED: Job has been deleted.
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        model (str | None): The name of the model to use for inference. This is required, except when
            continued_from_job_name is specified.
        input_dataset_id (str | None): The name of the dataset used for inference. This is required, except when
            continued_from_job_name is specified.
        output_dataset_id (str | None): The name of the dataset used for storing the results. This will also contain the
            error file.
        inference_parameters (GatewayBatchInferenceJobInferenceParameters | None): BIJ inference parameters
        update_time (datetime.datetime | None): The update time for the batch inference job.
        precision (DeploymentPrecision | None): - PRECISION_UNSPECIFIED: if left unspecified we will treat this as a
            legacy model created before
            self serve
        job_progress (GatewayJobProgress | None): Progress of a job, e.g. RLOR, EVJ, BIJ etc.
        continued_from_job_name (str | None): The resource name of the batch inference job that this job continues from.
            Used for lineage tracking to understand job continuation chains.
    """

    name: str | None = None
    display_name: str | None = None
    create_time: datetime.datetime | None = None
    created_by: str | None = None
    state: GatewayJobState | None = None
    status: GatewayStatus | None = None
    model: str | None = None
    input_dataset_id: str | None = None
    output_dataset_id: str | None = None
    inference_parameters: GatewayBatchInferenceJobInferenceParameters | None = None
    update_time: datetime.datetime | None = None
    precision: DeploymentPrecision | None = None
    job_progress: GatewayJobProgress | None = None
    continued_from_job_name: str | None = None
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
        created_by: str | None | Unset = UNSET,
        state: GatewayJobState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        input_dataset_id: str | None | Unset = UNSET,
        output_dataset_id: str | None | Unset = UNSET,
        inference_parameters: GatewayBatchInferenceJobInferenceParameters
        | None
        | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        precision: DeploymentPrecision | None | Unset = UNSET,
        job_progress: GatewayJobProgress | None | Unset = UNSET,
        continued_from_job_name: str | None | Unset = UNSET,
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
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(model, Unset):
            self.model = None
        else:
            self.model = model
        if isinstance(input_dataset_id, Unset):
            self.input_dataset_id = None
        else:
            self.input_dataset_id = input_dataset_id
        if isinstance(output_dataset_id, Unset):
            self.output_dataset_id = None
        else:
            self.output_dataset_id = output_dataset_id
        if isinstance(inference_parameters, Unset):
            self.inference_parameters = None
        else:
            self.inference_parameters = inference_parameters
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(precision, Unset):
            self.precision = None
        else:
            self.precision = precision
        if isinstance(job_progress, Unset):
            self.job_progress = None
        else:
            self.job_progress = job_progress
        if isinstance(continued_from_job_name, Unset):
            self.continued_from_job_name = None
        else:
            self.continued_from_job_name = continued_from_job_name
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
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.model is not None:
            field_dict["model"] = self.model
        if self.input_dataset_id is not None:
            field_dict["inputDatasetId"] = self.input_dataset_id
        if self.output_dataset_id is not None:
            field_dict["outputDatasetId"] = self.output_dataset_id
        if self.inference_parameters is not None:
            field_dict["inferenceParameters"] = to_jsonable(self.inference_parameters)
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.precision is not None:
            field_dict["precision"] = to_jsonable(self.precision)
        if self.job_progress is not None:
            field_dict["jobProgress"] = to_jsonable(self.job_progress)
        if self.continued_from_job_name is not None:
            field_dict["continuedFromJobName"] = self.continued_from_job_name
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
