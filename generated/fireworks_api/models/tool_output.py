from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolOutput")


@_attrs_define
class ToolOutput:
    """Represents the output/result of a tool call.

    Attributes:
        tool_call_id (str): The ID of the tool call that this output corresponds to.
        output (str): The output content from the tool execution.
        type_ (str | Unset): The object type, always 'tool_output'. Default: 'tool_output'.
    """

    tool_call_id: str
    output: str
    type_: str | Unset = "tool_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_call_id = self.tool_call_id

        output = self.output

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_call_id": tool_call_id,
                "output": output,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_call_id = d.pop("tool_call_id")

        output = d.pop("output")

        type_ = d.pop("type", UNSET)

        tool_output = cls(
            tool_call_id=tool_call_id,
            output=output,
            type_=type_,
        )

        tool_output.additional_properties = d
        return tool_output

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
