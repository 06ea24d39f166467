from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_log_probs_content import NewLogProbsContent


T = TypeVar("T", bound="NewLogProbs")


@_attrs_define
class NewLogProbs:
    """OpenAI-compatible log probabilities format

    Attributes:
        content (list[NewLogProbsContent] | Unset):
    """

    content: list[NewLogProbsContent] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_log_probs_content import NewLogProbsContent

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: list[NewLogProbsContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = NewLogProbsContent.from_dict(content_item_data)

                content.append(content_item)

        new_log_probs = cls(
            content=content,
        )

        return new_log_probs
