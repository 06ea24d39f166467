from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_probs_top_logprobs_type_0_item import LogProbsTopLogprobsType0Item


T = TypeVar("T", bound="LogProbs")


@_attrs_define
class LogProbs:
    """Legacy log probabilities format

    Attributes:
        tokens (list[str]):
        token_logprobs (list[float]):
        top_logprobs (list[LogProbsTopLogprobsType0Item] | None | Unset):
        text_offset (list[int] | Unset):
        token_ids (list[int] | None | Unset):
    """

    tokens: list[str]
    token_logprobs: list[float]
    top_logprobs: list[LogProbsTopLogprobsType0Item] | None | Unset = UNSET
    text_offset: list[int] | Unset = UNSET
    token_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        token_logprobs = self.token_logprobs

        top_logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        elif isinstance(self.top_logprobs, list):
            top_logprobs = []
            for top_logprobs_type_0_item_data in self.top_logprobs:
                top_logprobs_type_0_item = top_logprobs_type_0_item_data.to_dict()
                top_logprobs.append(top_logprobs_type_0_item)

        else:
            top_logprobs = self.top_logprobs

        text_offset: list[int] | Unset = UNSET
        if not isinstance(self.text_offset, Unset):
            text_offset = self.text_offset

        token_ids: list[int] | None | Unset
        if isinstance(self.token_ids, Unset):
            token_ids = UNSET
        elif isinstance(self.token_ids, list):
            token_ids = self.token_ids

        else:
            token_ids = self.token_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "token_logprobs": token_logprobs,
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if text_offset is not UNSET:
            field_dict["text_offset"] = text_offset
        if token_ids is not UNSET:
            field_dict["token_ids"] = token_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_probs_top_logprobs_type_0_item import (
            LogProbsTopLogprobsType0Item,
        )

        d = dict(src_dict)
        tokens = cast(list[str], d.pop("tokens"))

        token_logprobs = cast(list[float], d.pop("token_logprobs"))

        def _parse_top_logprobs(
            data: object,
        ) -> list[LogProbsTopLogprobsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                top_logprobs_type_0 = []
                _top_logprobs_type_0 = data
                for top_logprobs_type_0_item_data in _top_logprobs_type_0:
                    top_logprobs_type_0_item = LogProbsTopLogprobsType0Item.from_dict(
                        top_logprobs_type_0_item_data
                    )

                    top_logprobs_type_0.append(top_logprobs_type_0_item)

                return top_logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogProbsTopLogprobsType0Item] | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        text_offset = cast(list[int], d.pop("text_offset", UNSET))

        def _parse_token_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                token_ids_type_0 = cast(list[int], data)

                return token_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        token_ids = _parse_token_ids(d.pop("token_ids", UNSET))

        log_probs = cls(
            tokens=tokens,
            token_logprobs=token_logprobs,
            top_logprobs=top_logprobs,
            text_offset=text_offset,
            token_ids=token_ids,
        )

        log_probs.additional_properties = d
        return log_probs

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
