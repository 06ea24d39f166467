from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_autoscaling_policy_load_targets import (
        GatewayAutoscalingPolicyLoadTargets,
    )
    from ..models.gateway_autoscaling_policy_scaling_schedules import (
        GatewayAutoscalingPolicyScalingSchedules,
    )


@_attrs_define(init=False)
class GatewayAutoscalingPolicy:
    """
    Attributes:
        scale_up_window (str | None): The duration the autoscaler will wait before scaling up a deployment after
            observing
            increased load. Default is 30s. Must be less than or equal to 1 hour.
        scale_down_window (str | None): The duration the autoscaler will wait before scaling down a deployment after
            observing
            decreased load. Default is 10m. Must be less than or equal to 1 hour.
        scale_to_zero_window (str | None): The duration after which there are no requests that the deployment will be
            scaled down
            to zero replicas, if min_replica_count==0. Default is 1h.
            This must be at least 5 minutes.
        load_targets (GatewayAutoscalingPolicyLoadTargets | None): Map of load metric names to their target utilization
            factors.
            Currently only the "default" key is supported, which specifies the default target for all metrics.
            If not specified, the default target is 0.8
        scaling_schedules (GatewayAutoscalingPolicyScalingSchedules | None): Named scaling schedules that override
            min_replica_count on a time-based cron schedule.
            When multiple schedules are active simultaneously, the highest min_replica_count
            across all active schedules is used ("max wins"). When no schedule is active, the
            deployment's base min_replica_count applies.
            Maximum 5 schedules per deployment.
    """

    scale_up_window: str | None = None
    scale_down_window: str | None = None
    scale_to_zero_window: str | None = None
    load_targets: GatewayAutoscalingPolicyLoadTargets | None = None
    scaling_schedules: GatewayAutoscalingPolicyScalingSchedules | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        scale_up_window: str | None | Unset = UNSET,
        scale_down_window: str | None | Unset = UNSET,
        scale_to_zero_window: str | None | Unset = UNSET,
        load_targets: GatewayAutoscalingPolicyLoadTargets | None | Unset = UNSET,
        scaling_schedules: GatewayAutoscalingPolicyScalingSchedules
        | None
        | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(scale_up_window, Unset):
            self.scale_up_window = None
        else:
            self.scale_up_window = scale_up_window
        if isinstance(scale_down_window, Unset):
            self.scale_down_window = None
        else:
            self.scale_down_window = scale_down_window
        if isinstance(scale_to_zero_window, Unset):
            self.scale_to_zero_window = None
        else:
            self.scale_to_zero_window = scale_to_zero_window
        if isinstance(load_targets, Unset):
            self.load_targets = None
        else:
            self.load_targets = load_targets
        if isinstance(scaling_schedules, Unset):
            self.scaling_schedules = None
        else:
            self.scaling_schedules = scaling_schedules
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.scale_up_window is not None:
            field_dict["scaleUpWindow"] = self.scale_up_window
        if self.scale_down_window is not None:
            field_dict["scaleDownWindow"] = self.scale_down_window
        if self.scale_to_zero_window is not None:
            field_dict["scaleToZeroWindow"] = self.scale_to_zero_window
        if self.load_targets is not None:
            field_dict["loadTargets"] = to_jsonable(self.load_targets)
        if self.scaling_schedules is not None:
            field_dict["scalingSchedules"] = to_jsonable(self.scaling_schedules)
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
