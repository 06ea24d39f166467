from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.gateway_job_state import GatewayJobState
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_aws_s3_config import GatewayAwsS3Config
    from ..models.gateway_evaluation_job_metrics import GatewayEvaluationJobMetrics
    from ..models.gateway_status import GatewayStatus


@_attrs_define(init=False)
class GatewayEvaluationJob:
    """
    Attributes:
        evaluator (str): The fully-qualified resource name of the Evaluation used by this job.

            Format: accounts/{account_id}/evaluators/{evaluator_id}
        input_dataset (str): The fully-qualified resource name of the input Dataset used by this job.

            Format: accounts/{account_id}/datasets/{dataset_id}
        output_dataset (str): The fully-qualified resource name of the output Dataset created by this job.

            Format: accounts/{account_id}/datasets/{output_dataset_id}
        name (str | None):
        display_name (str | None):
        create_time (datetime.datetime | None):
        created_by (str | None):
        state (GatewayJobState | None): JobState represents the state an asynchronous job can be in.

             - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention.
             - JOB_STATE_DELETED: Job has been deleted.
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        metrics (GatewayEvaluationJobMetrics | None):
        output_stats (str | None): The output dataset's aggregated stats for the evaluation job.
        update_time (datetime.datetime | None): The update time for the evaluation job.
        aws_s3_config (GatewayAwsS3Config | None): AwsS3Config is the configuration for AWS S3 dataset access which
            will be used by a training job.
    """

    evaluator: str
    input_dataset: str
    output_dataset: str
    name: str | None = None
    display_name: str | None = None
    create_time: datetime.datetime | None = None
    created_by: str | None = None
    state: GatewayJobState | None = None
    status: GatewayStatus | None = None
    metrics: GatewayEvaluationJobMetrics | None = None
    output_stats: str | None = None
    update_time: datetime.datetime | None = None
    aws_s3_config: GatewayAwsS3Config | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        evaluator: str,
        input_dataset: str,
        output_dataset: str,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        state: GatewayJobState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        metrics: GatewayEvaluationJobMetrics | None | Unset = UNSET,
        output_stats: str | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        aws_s3_config: GatewayAwsS3Config | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.evaluator = evaluator
        self.input_dataset = input_dataset
        self.output_dataset = output_dataset
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
        if isinstance(metrics, Unset):
            self.metrics = None
        else:
            self.metrics = metrics
        if isinstance(output_stats, Unset):
            self.output_stats = None
        else:
            self.output_stats = output_stats
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(aws_s3_config, Unset):
            self.aws_s3_config = None
        else:
            self.aws_s3_config = aws_s3_config
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["evaluator"] = self.evaluator
        field_dict["inputDataset"] = self.input_dataset
        field_dict["outputDataset"] = self.output_dataset
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
        if self.metrics is not None:
            field_dict["metrics"] = to_jsonable(self.metrics)
        if self.output_stats is not None:
            field_dict["outputStats"] = self.output_stats
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.aws_s3_config is not None:
            field_dict["awsS3Config"] = to_jsonable(self.aws_s3_config)
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
