from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_content_image_url_type import ChatMessageContentImageUrlType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_image_url import ChatMessageImageUrl


T = TypeVar("T", bound="ChatMessageContentImageUrl")


@_attrs_define
class ChatMessageContentImageUrl:
    """A message containing an image

    Attributes:
        type_ (ChatMessageContentImageUrlType | Unset):
        image_url (ChatMessageImageUrl | Unset):
    """

    type_: ChatMessageContentImageUrlType | Unset = UNSET
    image_url: ChatMessageImageUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        image_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_url, Unset):
            image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_message_image_url import ChatMessageImageUrl

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ChatMessageContentImageUrlType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatMessageContentImageUrlType(_type_)

        _image_url = d.pop("image_url", UNSET)
        image_url: ChatMessageImageUrl | Unset
        if isinstance(_image_url, Unset):
            image_url = UNSET
        else:
            image_url = ChatMessageImageUrl.from_dict(_image_url)

        chat_message_content_image_url = cls(
            type_=type_,
            image_url=image_url,
        )

        chat_message_content_image_url.additional_properties = d
        return chat_message_content_image_url

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
