from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_role import (
    ChatCompletionRequestMessageRole,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_content_image_url import ChatMessageContentImageUrl
    from ..models.chat_message_content_text import ChatMessageContentText


T = TypeVar("T", bound="ChatCompletionRequestMessage")


@_attrs_define
class ChatCompletionRequestMessage:
    """
    Attributes:
        role (ChatCompletionRequestMessageRole): The role of the messages author. One of `system`, `user`, or
            `assistant`.
        content (list[ChatMessageContentImageUrl | ChatMessageContentText] | None | str):
        name (str | Unset): The name of the author of this message. May contain a-z, A-Z, 0-9, and underscores, with a
            maximum length of 64 characters.
    """

    role: ChatCompletionRequestMessageRole
    content: list[ChatMessageContentImageUrl | ChatMessageContentText] | None | str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_message_content_text import ChatMessageContentText

        role = self.role.value

        content: list[dict[str, Any]] | None | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatMessageContentText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_message_content_image_url import ChatMessageContentImageUrl
        from ..models.chat_message_content_text import ChatMessageContentText

        d = dict(src_dict)
        role = ChatCompletionRequestMessageRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> list[ChatMessageContentImageUrl | ChatMessageContentText] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ChatMessageContentImageUrl | ChatMessageContentText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_message_content_type_0 = (
                                ChatMessageContentText.from_dict(data)
                            )

                            return componentsschemas_chat_message_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_message_content_type_1 = (
                            ChatMessageContentImageUrl.from_dict(data)
                        )

                        return componentsschemas_chat_message_content_type_1

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ChatMessageContentImageUrl | ChatMessageContentText] | None | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_completion_request_message = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_completion_request_message.additional_properties = d
        return chat_completion_request_message

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
