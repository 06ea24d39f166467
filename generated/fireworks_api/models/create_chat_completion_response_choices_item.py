from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_choices_item_finish_reason import (
    CreateChatCompletionResponseChoicesItemFinishReason,
)

if TYPE_CHECKING:
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage


T = TypeVar("T", bound="CreateChatCompletionResponseChoicesItem")


@_attrs_define
class CreateChatCompletionResponseChoicesItem:
    """
    Attributes:
        index (int): The index of the chat completion choice.
        message (ChatCompletionResponseMessage):
        finish_reason (CreateChatCompletionResponseChoicesItemFinishReason): The reason the model stopped generating
            tokens. This will be "stop" if
            the model hit a natural stop point or a provided stop sequence, or
            "length" if the maximum number of tokens specified in the request was
            reached.
    """

    index: int
    message: ChatCompletionResponseMessage
    finish_reason: CreateChatCompletionResponseChoicesItemFinishReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason = self.finish_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_response_message import (
            ChatCompletionResponseMessage,
        )

        d = dict(src_dict)
        index = d.pop("index")

        message = ChatCompletionResponseMessage.from_dict(d.pop("message"))

        finish_reason = CreateChatCompletionResponseChoicesItemFinishReason(
            d.pop("finish_reason")
        )

        create_chat_completion_response_choices_item = cls(
            index=index,
            message=message,
            finish_reason=finish_reason,
        )

        create_chat_completion_response_choices_item.additional_properties = d
        return create_chat_completion_response_choices_item

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
