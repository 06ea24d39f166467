from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.dataset_format import DatasetFormat
from ..models.gateway_dataset_state import GatewayDatasetState
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_eval_protocol import GatewayEvalProtocol
    from ..models.gateway_evaluation_result import GatewayEvaluationResult
    from ..models.gateway_splitted import GatewaySplitted
    from ..models.gateway_status import GatewayStatus
    from ..models.gateway_transformed import GatewayTransformed
    from ..models.gateway_user_uploaded import GatewayUserUploaded


@_attrs_define(init=False)
class GatewayUpdateDatasetBody:
    """The properties of the Dataset being updated. `dataset.name` must
    be populated with the updated resource's name.

        Attributes:
            display_name (str | None):
            create_time (datetime.datetime | None):
            state (GatewayDatasetState | None):
            status (GatewayStatus | None): Mimics
                [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
            example_count (str | None):
            user_uploaded (GatewayUserUploaded | None):
            evaluation_result (GatewayEvaluationResult | None):
            transformed (GatewayTransformed | None):
            splitted (GatewaySplitted | None):
            eval_protocol (GatewayEvalProtocol | None):
            external_url (str | None): The external URI of the dataset. e.g. gs://foo/bar/baz.jsonl
            format_ (DatasetFormat | None):
            created_by (str | None): The email address of the user who initiated this fine-tuning job.
            update_time (datetime.datetime | None): The update time for the dataset.
            source_job_name (str | None): The resource name of the job that created this dataset (e.g., batch inference
                job).
                Used for lineage tracking to understand dataset provenance.
            estimated_token_count (str | None): The estimated number of tokens in the dataset.
            average_turn_count (float | None): An estimate of the average number of turns per sample in the dataset.
    """

    display_name: str | None = None
    create_time: datetime.datetime | None = None
    state: GatewayDatasetState | None = None
    status: GatewayStatus | None = None
    example_count: str | None = None
    user_uploaded: GatewayUserUploaded | None = None
    evaluation_result: GatewayEvaluationResult | None = None
    transformed: GatewayTransformed | None = None
    splitted: GatewaySplitted | None = None
    eval_protocol: GatewayEvalProtocol | None = None
    external_url: str | None = None
    format_: DatasetFormat | None = None
    created_by: str | None = None
    update_time: datetime.datetime | None = None
    source_job_name: str | None = None
    estimated_token_count: str | None = None
    average_turn_count: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        display_name: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        state: GatewayDatasetState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        example_count: str | None | Unset = UNSET,
        user_uploaded: GatewayUserUploaded | None | Unset = UNSET,
        evaluation_result: GatewayEvaluationResult | None | Unset = UNSET,
        transformed: GatewayTransformed | None | Unset = UNSET,
        splitted: GatewaySplitted | None | Unset = UNSET,
        eval_protocol: GatewayEvalProtocol | None | Unset = UNSET,
        external_url: str | None | Unset = UNSET,
        format_: DatasetFormat | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        source_job_name: str | None | Unset = UNSET,
        estimated_token_count: str | None | Unset = UNSET,
        average_turn_count: float | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(display_name, Unset):
            self.display_name = None
        else:
            self.display_name = display_name
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(example_count, Unset):
            self.example_count = None
        else:
            self.example_count = example_count
        if isinstance(user_uploaded, Unset):
            self.user_uploaded = None
        else:
            self.user_uploaded = user_uploaded
        if isinstance(evaluation_result, Unset):
            self.evaluation_result = None
        else:
            self.evaluation_result = evaluation_result
        if isinstance(transformed, Unset):
            self.transformed = None
        else:
            self.transformed = transformed
        if isinstance(splitted, Unset):
            self.splitted = None
        else:
            self.splitted = splitted
        if isinstance(eval_protocol, Unset):
            self.eval_protocol = None
        else:
            self.eval_protocol = eval_protocol
        if isinstance(external_url, Unset):
            self.external_url = None
        else:
            self.external_url = external_url
        if isinstance(format_, Unset):
            self.format_ = None
        else:
            self.format_ = format_
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(source_job_name, Unset):
            self.source_job_name = None
        else:
            self.source_job_name = source_job_name
        if isinstance(estimated_token_count, Unset):
            self.estimated_token_count = None
        else:
            self.estimated_token_count = estimated_token_count
        if isinstance(average_turn_count, Unset):
            self.average_turn_count = None
        else:
            self.average_turn_count = average_turn_count
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.example_count is not None:
            field_dict["exampleCount"] = self.example_count
        if self.user_uploaded is not None:
            field_dict["userUploaded"] = to_jsonable(self.user_uploaded)
        if self.evaluation_result is not None:
            field_dict["evaluationResult"] = to_jsonable(self.evaluation_result)
        if self.transformed is not None:
            field_dict["transformed"] = to_jsonable(self.transformed)
        if self.splitted is not None:
            field_dict["splitted"] = to_jsonable(self.splitted)
        if self.eval_protocol is not None:
            field_dict["evalProtocol"] = to_jsonable(self.eval_protocol)
        if self.external_url is not None:
            field_dict["externalUrl"] = self.external_url
        if self.format_ is not None:
            field_dict["format"] = to_jsonable(self.format_)
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.source_job_name is not None:
            field_dict["sourceJobName"] = self.source_job_name
        if self.estimated_token_count is not None:
            field_dict["estimatedTokenCount"] = self.estimated_token_count
        if self.average_turn_count is not None:
            field_dict["averageTurnCount"] = self.average_turn_count
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
