from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BaseCreateCompletionRequestResponseFormatType0SchemaType0")


@_attrs_define
class BaseCreateCompletionRequestResponseFormatType0SchemaType0:
    """JSON schema according to https://json-schema.org/specification that can be provided if `"type": "json_object"`.
    Most common fields like `type`, `properties`, `items`, `required` and `anyOf` are supported.
    More sophisticated cases like `oneOf` might not be covered.
    Note: it's an OpenAI API extension.
    Example: `{"type": "object", "properties": {"foo": {"type": "string"}, "bar": {"type": "integer"}}, "required":
    ["foo"]}`

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_create_completion_request_response_format_type_0_schema_type_0 = cls()

        base_create_completion_request_response_format_type_0_schema_type_0.additional_properties = d
        return base_create_completion_request_response_format_type_0_schema_type_0

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
