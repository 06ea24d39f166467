from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )


T = TypeVar("T", bound="ChatCompletionMessageToolCall")


@_attrs_define
class ChatCompletionMessageToolCall:
    """
    Attributes:
        function (ChatCompletionMessageToolCallFunction | str): The function that the model called.
        id (None | str | Unset): The ID of the tool call.
        type_ (str | Unset): The type of the tool. Currently, only `function` is supported. Default: 'function'.
        index (int | Unset): Which tool call of the message this delta continues (streams only).
    """

    function: ChatCompletionMessageToolCallFunction | str
    id: None | str | Unset = UNSET
    type_: str | Unset = "function"
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_message_tool_call_function import (
            ChatCompletionMessageToolCallFunction,
        )

        function: dict[str, Any] | str
        if isinstance(self.function, ChatCompletionMessageToolCallFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_ = self.type_

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_message_tool_call_function import (
            ChatCompletionMessageToolCallFunction,
        )

        d = dict(src_dict)

        def _parse_function(
            data: object,
        ) -> ChatCompletionMessageToolCallFunction | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_type_0 = ChatCompletionMessageToolCallFunction.from_dict(data)

                return function_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionMessageToolCallFunction | str, data)

        function = _parse_function(d.pop("function"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        type_ = d.pop("type", UNSET)

        index = d.pop("index", UNSET)

        chat_completion_message_tool_call = cls(
            function=function,
            id=id,
            type_=type_,
            index=index,
        )

        chat_completion_message_tool_call.additional_properties = d
        return chat_completion_message_tool_call

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
