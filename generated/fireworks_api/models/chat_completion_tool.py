from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.chat_completion_tool_type import ChatCompletionToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function import ChatCompletionFunction


T = TypeVar("T", bound="ChatCompletionTool")


@_attrs_define
class ChatCompletionTool:
    """
    Attributes:
        type_ (ChatCompletionToolType): The type of the tool. Currently, only `function` is supported.
        function (ChatCompletionFunction | None | Unset): Required for function tools.
    """

    type_: ChatCompletionToolType
    function: ChatCompletionFunction | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_function import ChatCompletionFunction

        type_ = self.type_.value

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, ChatCompletionFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_function import ChatCompletionFunction

        d = dict(src_dict)
        type_ = ChatCompletionToolType(d.pop("type"))

        def _parse_function(data: object) -> ChatCompletionFunction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_type_0 = ChatCompletionFunction.from_dict(data)

                return function_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionFunction | None | Unset, data)

        function = _parse_function(d.pop("function", UNSET))

        chat_completion_tool = cls(
            type_=type_,
            function=function,
        )

        return chat_completion_tool
