from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.get_kontext_result_response_200_status import (
    GetKontextResultResponse200Status,
)
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.get_kontext_result_response_200_details_type_0 import (
        GetKontextResultResponse200DetailsType0,
    )


@_attrs_define(init=False)
class GetKontextResultResponse200:
    """
    Attributes:
        id (str): Task id for retrieving result
        status (GetKontextResultResponse200Status):
        result (Any | None):
        progress (float | None):
        details (GetKontextResultResponse200DetailsType0 | None):
    """

    id: str
    status: GetKontextResultResponse200Status
    result: Any | None = None
    progress: float | None = None
    details: GetKontextResultResponse200DetailsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        id: str,
        status: GetKontextResultResponse200Status,
        result: Any | None | Unset = UNSET,
        progress: float | None | Unset = UNSET,
        details: GetKontextResultResponse200DetailsType0 | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.id = id
        self.status = status
        if isinstance(result, Unset):
            self.result = None
        else:
            self.result = result
            if result is None:
                nulls |= 4
        if isinstance(progress, Unset):
            self.progress = None
        else:
            self.progress = progress
            if progress is None:
                nulls |= 8
        if isinstance(details, Unset):
            self.details = None
        else:
            self.details = details
            if details is None:
                nulls |= 16
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = self.id
        field_dict["status"] = to_jsonable(self.status)
        if self.result is not None or self._nulls & 4:
            field_dict["result"] = to_jsonable(self.result)
        if self.progress is not None or self._nulls & 8:
            field_dict["progress"] = self.progress
        if self.details is not None or self._nulls & 16:
            field_dict["details"] = to_jsonable(self.details)
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
