from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )


T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobsType0")


@_attrs_define
class CreateCompletionResponseChoicesItemLogprobsType0:
    """The log probabilities of the most likely tokens.

    Attributes:
        tokens (list[str] | Unset):
        token_logprobs (list[float] | Unset):
        top_logprobs (list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset):
        text_offset (list[int] | Unset):
    """

    tokens: list[str] | Unset = UNSET
    token_logprobs: list[float] | Unset = UNSET
    top_logprobs: (
        list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset
    ) = UNSET
    text_offset: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        token_logprobs: list[float] | Unset = UNSET
        if not isinstance(self.token_logprobs, Unset):
            token_logprobs = self.token_logprobs

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        text_offset: list[int] | Unset = UNSET
        if not isinstance(self.text_offset, Unset):
            text_offset = self.text_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if token_logprobs is not UNSET:
            field_dict["token_logprobs"] = token_logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if text_offset is not UNSET:
            field_dict["text_offset"] = text_offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
            CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
        )

        d = dict(src_dict)
        tokens = cast(list[str], d.pop("tokens", UNSET))

        token_logprobs = cast(list[float], d.pop("token_logprobs", UNSET))

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: (
            list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem]
            | Unset
        ) = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

        text_offset = cast(list[int], d.pop("text_offset", UNSET))

        create_completion_response_choices_item_logprobs_type_0 = cls(
            tokens=tokens,
            token_logprobs=token_logprobs,
            top_logprobs=top_logprobs,
            text_offset=text_offset,
        )

        create_completion_response_choices_item_logprobs_type_0.additional_properties = d
        return create_completion_response_choices_item_logprobs_type_0

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
