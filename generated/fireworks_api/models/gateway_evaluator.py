from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.gateway_evaluator_state import GatewayEvaluatorState
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.evaluator_source import EvaluatorSource
    from ..models.gateway_criterion import GatewayCriterion
    from ..models.gateway_status import GatewayStatus


@_attrs_define(init=False)
class GatewayEvaluator:
    """
    Attributes:
        name (str | None):
        display_name (str | None):
        description (str | None):
        create_time (datetime.datetime | None):
        created_by (str | None):
        update_time (datetime.datetime | None):
        state (GatewayEvaluatorState | None): - ACTIVE: The evaluator is ready to use for evaluation
             - BUILDING: The evaluator is being built, i.e. building the e2b template
             - BUILD_FAILED: The evaluator build failed, and it cannot be used for evaluation
        criteria (list[GatewayCriterion] | None): Criteria for the evaluator, it should produce a score for the metric
            (name of criteria)
            Used for eval3 with UI upload path
        requirements (str | None): Content for the requirements.txt for package installation
        entry_point (str | None): entry point of the evaluator inside the codebase. In module::function or
            path::function format
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        commit_hash (str | None): Commit hash of this evaluator from the user's original codebase
        source (EvaluatorSource | None):
        default_dataset (str | None): Default dataset that is associated with the evaluator
    """

    name: str | None = None
    display_name: str | None = None
    description: str | None = None
    create_time: datetime.datetime | None = None
    created_by: str | None = None
    update_time: datetime.datetime | None = None
    state: GatewayEvaluatorState | None = None
    criteria: list[GatewayCriterion] | None = None
    requirements: str | None = None
    entry_point: str | None = None
    status: GatewayStatus | None = None
    commit_hash: str | None = None
    source: EvaluatorSource | None = None
    default_dataset: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        state: GatewayEvaluatorState | None | Unset = UNSET,
        criteria: list[GatewayCriterion] | None | Unset = UNSET,
        requirements: str | None | Unset = UNSET,
        entry_point: str | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        commit_hash: str | None | Unset = UNSET,
        source: EvaluatorSource | None | Unset = UNSET,
        default_dataset: str | None | Unset = UNSET,
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
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(criteria, Unset):
            self.criteria = None
        else:
            self.criteria = criteria
        if isinstance(requirements, Unset):
            self.requirements = None
        else:
            self.requirements = requirements
        if isinstance(entry_point, Unset):
            self.entry_point = None
        else:
            self.entry_point = entry_point
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(commit_hash, Unset):
            self.commit_hash = None
        else:
            self.commit_hash = commit_hash
        if isinstance(source, Unset):
            self.source = None
        else:
            self.source = source
        if isinstance(default_dataset, Unset):
            self.default_dataset = None
        else:
            self.default_dataset = default_dataset
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
        if self.description is not None:
            field_dict["description"] = self.description
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.criteria is not None:
            field_dict["criteria"] = to_jsonable(self.criteria)
        if self.requirements is not None:
            field_dict["requirements"] = self.requirements
        if self.entry_point is not None:
            field_dict["entryPoint"] = self.entry_point
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.commit_hash is not None:
            field_dict["commitHash"] = self.commit_hash
        if self.source is not None:
            field_dict["source"] = to_jsonable(self.source)
        if self.default_dataset is not None:
            field_dict["defaultDataset"] = self.default_dataset
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
