from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_kontext_result_response_200_status import (
    GetKontextResultResponse200Status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_kontext_result_response_200_details_type_0 import (
        GetKontextResultResponse200DetailsType0,
    )


T = TypeVar("T", bound="GetKontextResultResponse200")


@_attrs_define
class GetKontextResultResponse200:
    """
    Attributes:
        id (str): Task id for retrieving result
        status (GetKontextResultResponse200Status):
        result (Any | Unset):
        progress (float | None | Unset):
        details (GetKontextResultResponse200DetailsType0 | None | Unset):
    """

    id: str
    status: GetKontextResultResponse200Status
    result: Any | Unset = UNSET
    progress: float | None | Unset = UNSET
    details: GetKontextResultResponse200DetailsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_kontext_result_response_200_details_type_0 import (
            GetKontextResultResponse200DetailsType0,
        )

        id = self.id

        status = self.status.value

        result = self.result

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, GetKontextResultResponse200DetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if progress is not UNSET:
            field_dict["progress"] = progress
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_kontext_result_response_200_details_type_0 import (
            GetKontextResultResponse200DetailsType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        status = GetKontextResultResponse200Status(d.pop("status"))

        result = d.pop("result", UNSET)

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_details(
            data: object,
        ) -> GetKontextResultResponse200DetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = GetKontextResultResponse200DetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetKontextResultResponse200DetailsType0 | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        get_kontext_result_response_200 = cls(
            id=id,
            status=status,
            result=result,
            progress=progress,
            details=details,
        )

        get_kontext_result_response_200.additional_properties = d
        return get_kontext_result_response_200

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
