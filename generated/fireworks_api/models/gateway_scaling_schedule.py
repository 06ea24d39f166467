from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayScalingSchedule:
    """A time-based scaling schedule that sets a minimum replica floor during a recurring window.
    Follows the GCP MIG scaling schedule pattern: cron start time + duration.

        Attributes:
            min_replica_count (int): Minimum number of replicas guaranteed when this schedule is active.
                When multiple schedules overlap, the effective minimum is the highest
                min_replica_count across all active schedules ("max wins").
                Must be >= 0 and <= the deployment's max_replica_count.
            schedule (str): Cron expression defining when this schedule's window starts.
                Standard 5-field cron format: minute hour day-of-month month day-of-week.
                Examples: "0 8 * * Mon-Fri" (8am weekdays), "0 0 1 * *" (midnight on 1st of month).
            duration (str): Duration that the schedule remains active after the cron trigger.
                Must be between 300 seconds (5 minutes) and 604,800 seconds (7 days),
                and use whole-second precision. Schedules needing longer windows should
                raise the deployment's base min_replica_count instead.
                Example: "36000s" = 10 hours (e.g., 8am to 6pm).
            timezone (str): IANA timezone for the cron expression. e.g., "America/New_York", "Europe/London", "UTC".
                Required because cron expressions without a timezone are ambiguous.
                DST transitions are handled automatically.
            description (str | None): Human-readable description of the schedule.
                e.g., "Weekday business hours", "Wednesday peak load".
            disabled (bool | None): If true, this schedule is temporarily disabled without being deleted.
                Useful for holidays or temporary schedule changes.
    """

    min_replica_count: int
    schedule: str
    duration: str
    timezone: str
    description: str | None = None
    disabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        min_replica_count: int,
        schedule: str,
        duration: str,
        timezone: str,
        description: str | None | Unset = UNSET,
        disabled: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.min_replica_count = min_replica_count
        self.schedule = schedule
        self.duration = duration
        self.timezone = timezone
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
        if isinstance(disabled, Unset):
            self.disabled = None
        else:
            self.disabled = disabled
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["minReplicaCount"] = self.min_replica_count
        field_dict["schedule"] = self.schedule
        field_dict["duration"] = self.duration
        field_dict["timezone"] = self.timezone
        if self.description is not None:
            field_dict["description"] = self.description
        if self.disabled is not None:
            field_dict["disabled"] = self.disabled
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
