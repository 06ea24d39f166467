from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class TypeDate:
    """Represents a whole or partial calendar date, such as a birthday. The time of
    day and time zone are either specified elsewhere or are insignificant. The
    date is relative to the Gregorian Calendar. This can represent one of the
    following:

    * A full date, with non-zero year, month, and day values
    * A month and day value, with a zero year, such as an anniversary
    * A year on its own, with zero month and day values
    * A year and month value, with a zero day, such as a credit card expiration
    date

    Related types are [google.type.TimeOfDay][google.type.TimeOfDay] and
    `google.protobuf.Timestamp`.

        Attributes:
            year (int | None): Year of the date. Must be from 1 to 9999, or 0 to specify a date without
                a year.
            month (int | None): Month of a year. Must be from 1 to 12, or 0 to specify a year without a
                month and day.
            day (int | None): Day of a month. Must be from 1 to 31 and valid for the year and month, or 0
                to specify a year by itself or a year and month where the day isn't
                significant.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        year: int | None | Unset = UNSET,
        month: int | None | Unset = UNSET,
        day: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(year, Unset):
            self.year = None
        else:
            self.year = year
        if isinstance(month, Unset):
            self.month = None
        else:
            self.month = month
        if isinstance(day, Unset):
            self.day = None
        else:
            self.day = day
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.year is not None:
            field_dict["year"] = self.year
        if self.month is not None:
            field_dict["month"] = self.month
        if self.day is not None:
            field_dict["day"] = self.day
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
