from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_parameters_type import FunctionParametersType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_parameters_properties import FunctionParametersProperties


T = TypeVar("T", bound="FunctionParameters")


@_attrs_define
class FunctionParameters:
    """The parameters the functions accepts, described as a JSON Schema object.

    Attributes:
        type_ (FunctionParametersType | Unset):
        required (list[str] | Unset):
        properties (FunctionParametersProperties | Unset):
    """

    type_: FunctionParametersType | Unset = UNSET
    required: list[str] | Unset = UNSET
    properties: FunctionParametersProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.function_parameters_properties import FunctionParametersProperties

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: FunctionParametersType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FunctionParametersType(_type_)

        required = cast(list[str], d.pop("required", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: FunctionParametersProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = FunctionParametersProperties.from_dict(_properties)

        function_parameters = cls(
            type_=type_,
            required=required,
            properties=properties,
        )

        function_parameters.additional_properties = d
        return function_parameters

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
