from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_function_type_0 import ToolCallFunctionType0
    from ..models.tool_call_mcp_type_0 import ToolCallMcpType0


T = TypeVar("T", bound="ToolCall")


@_attrs_define
class ToolCall:
    """Represents a tool call made by the model.

    Attributes:
        id (str): The unique identifier of the tool call.
        type_ (str): The type of tool call. Can be 'function_call' or 'mcp_call'.
        call_id (None | str | Unset): The call ID for function calls, used to match with function_call_output.
        name (None | str | Unset): The name of the function to call (for function_call type).
        arguments (None | str | Unset): The arguments for the function call as a JSON string (for function_call type).
        status (None | str | Unset): The status of the tool call. Can be 'in_progress', 'completed', or 'incomplete'.
        function (None | ToolCallFunctionType0 | Unset): The function definition for function tool calls. Contains
            'name' and 'arguments' keys. Deprecated for function_call type.
        mcp (None | ToolCallMcpType0 | Unset): The MCP (Model Context Protocol) tool call definition for MCP tool calls.
    """

    id: str
    type_: str
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    arguments: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    function: None | ToolCallFunctionType0 | Unset = UNSET
    mcp: None | ToolCallMcpType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_call_function_type_0 import ToolCallFunctionType0
        from ..models.tool_call_mcp_type_0 import ToolCallMcpType0

        id = self.id

        type_ = self.type_

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, ToolCallFunctionType0):
            function = self.function.to_dict()
        else:
            function = self.function

        mcp: dict[str, Any] | None | Unset
        if isinstance(self.mcp, Unset):
            mcp = UNSET
        elif isinstance(self.mcp, ToolCallMcpType0):
            mcp = self.mcp.to_dict()
        else:
            mcp = self.mcp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if status is not UNSET:
            field_dict["status"] = status
        if function is not UNSET:
            field_dict["function"] = function
        if mcp is not UNSET:
            field_dict["mcp"] = mcp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_call_function_type_0 import ToolCallFunctionType0
        from ..models.tool_call_mcp_type_0 import ToolCallMcpType0

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_arguments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_function(data: object) -> None | ToolCallFunctionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_type_0 = ToolCallFunctionType0.from_dict(data)

                return function_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallFunctionType0 | Unset, data)

        function = _parse_function(d.pop("function", UNSET))

        def _parse_mcp(data: object) -> None | ToolCallMcpType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_type_0 = ToolCallMcpType0.from_dict(data)

                return mcp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallMcpType0 | Unset, data)

        mcp = _parse_mcp(d.pop("mcp", UNSET))

        tool_call = cls(
            id=id,
            type_=type_,
            call_id=call_id,
            name=name,
            arguments=arguments,
            status=status,
            function=function,
            mcp=mcp,
        )

        tool_call.additional_properties = d
        return tool_call

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
