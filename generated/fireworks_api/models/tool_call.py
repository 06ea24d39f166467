from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.tool_call_function_type_0 import ToolCallFunctionType0
    from ..models.tool_call_mcp_type_0 import ToolCallMcpType0


@_attrs_define(init=False)
class ToolCall:
    """Represents a tool call made by the model.

    Attributes:
        id (str): The unique identifier of the tool call.
        type_ (str): The type of tool call. Can be 'function_call' or 'mcp_call'.
        call_id (None | str): The call ID for function calls, used to match with function_call_output.
        name (None | str): The name of the function to call (for function_call type).
        arguments (None | str): The arguments for the function call as a JSON string (for function_call type).
        status (None | str): The status of the tool call. Can be 'in_progress', 'completed', or 'incomplete'.
        function (None | ToolCallFunctionType0): The function definition for function tool calls. Contains 'name' and
            'arguments' keys. Deprecated for function_call type.
        mcp (None | ToolCallMcpType0): The MCP (Model Context Protocol) tool call definition for MCP tool calls.
    """

    id: str
    type_: str
    call_id: None | str = None
    name: None | str = None
    arguments: None | str = None
    status: None | str = None
    function: None | ToolCallFunctionType0 = None
    mcp: None | ToolCallMcpType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        id: str,
        type_: str,
        call_id: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        arguments: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        function: None | ToolCallFunctionType0 | Unset = UNSET,
        mcp: None | ToolCallMcpType0 | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.id = id
        self.type_ = type_
        if isinstance(call_id, Unset):
            self.call_id = None
        else:
            self.call_id = call_id
            if call_id is None:
                nulls |= 4
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
            if name is None:
                nulls |= 8
        if isinstance(arguments, Unset):
            self.arguments = None
        else:
            self.arguments = arguments
            if arguments is None:
                nulls |= 16
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
            if status is None:
                nulls |= 32
        if isinstance(function, Unset):
            self.function = None
        else:
            self.function = function
            if function is None:
                nulls |= 64
        if isinstance(mcp, Unset):
            self.mcp = None
        else:
            self.mcp = mcp
            if mcp is None:
                nulls |= 128
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        if self.call_id is not None or self._nulls & 4:
            field_dict["call_id"] = self.call_id
        if self.name is not None or self._nulls & 8:
            field_dict["name"] = self.name
        if self.arguments is not None or self._nulls & 16:
            field_dict["arguments"] = self.arguments
        if self.status is not None or self._nulls & 32:
            field_dict["status"] = self.status
        if self.function is not None or self._nulls & 64:
            field_dict["function"] = to_jsonable(self.function)
        if self.mcp is not None or self._nulls & 128:
            field_dict["mcp"] = to_jsonable(self.mcp)
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
