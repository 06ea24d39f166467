from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_content import MessageContent


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """Represents a message in a conversation.

    Attributes:
        id (str): The unique identifier of the message.
        role (str): The role of the message sender. Can be 'user', 'assistant', or 'system'.
        content (list[MessageContent]): An array of content parts that make up the message. Each part has a type and
            associated data.
        status (str): The status of the message. Can be 'in_progress' or 'completed'.
        type_ (str | Unset): The object type, always 'message'. Default: 'message'.
    """

    id: str
    role: str
    content: list[MessageContent]
    status: str
    type_: str | Unset = "message"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
                "content": content,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_content import MessageContent

        d = dict(src_dict)
        id = d.pop("id")

        role = d.pop("role")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = MessageContent.from_dict(content_item_data)

            content.append(content_item)

        status = d.pop("status")

        type_ = d.pop("type", UNSET)

        message = cls(
            id=id,
            role=role,
            content=content,
            status=status,
            type_=type_,
        )

        message.additional_properties = d
        return message

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
