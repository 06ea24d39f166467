from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_content import ChatMessageContent


T = TypeVar("T", bound="PredictedOutput")


@_attrs_define
class PredictedOutput:
    """OpenAI-compatible struct for the "speculation" field.

    Attributes:
        content (list[ChatMessageContent] | str):
        type_ (Literal['content'] | Unset):  Default: 'content'.
    """

    content: list[ChatMessageContent] | str
    type_: Literal["content"] | Unset = "content"

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_message_content import ChatMessageContent

        d = dict(src_dict)

        def _parse_content(data: object) -> list[ChatMessageContent] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatMessageContent.from_dict(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatMessageContent] | str, data)

        content = _parse_content(d.pop("content"))

        type_ = cast(Literal["content"] | Unset, d.pop("type", UNSET))
        if type_ != "content" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'content', got '{type_}'")

        predicted_output = cls(
            content=content,
            type_=type_,
        )

        return predicted_output
