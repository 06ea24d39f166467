from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptTokensDetails")


@_attrs_define
class PromptTokensDetails:
    """
    Attributes:
        cached_tokens (int | None | Unset):
    """

    cached_tokens: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cached_tokens: int | None | Unset
        if isinstance(self.cached_tokens, Unset):
            cached_tokens = UNSET
        else:
            cached_tokens = self.cached_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cached_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cached_tokens = _parse_cached_tokens(d.pop("cached_tokens", UNSET))

        prompt_tokens_details = cls(
            cached_tokens=cached_tokens,
        )

        return prompt_tokens_details
