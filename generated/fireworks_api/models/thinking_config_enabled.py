from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinkingConfigEnabled")


@_attrs_define
class ThinkingConfigEnabled:
    """Configuration for enabling extended thinking (Anthropic-compatible format).

    Attributes:
        type_ (Literal['enabled']):
        budget_tokens (int | None | Unset): Determines how many tokens the model can use for its internal reasoning
            process. Larger budgets can enable more thorough analysis for complex problems, improving response quality. Must
            be >= 1024 if specified.
    """

    type_: Literal["enabled"]
    budget_tokens: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        budget_tokens: int | None | Unset
        if isinstance(self.budget_tokens, Unset):
            budget_tokens = UNSET
        else:
            budget_tokens = self.budget_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if budget_tokens is not UNSET:
            field_dict["budget_tokens"] = budget_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["enabled"], d.pop("type"))
        if type_ != "enabled":
            raise ValueError(f"type must match const 'enabled', got '{type_}'")

        def _parse_budget_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        budget_tokens = _parse_budget_tokens(d.pop("budget_tokens", UNSET))

        thinking_config_enabled = cls(
            type_=type_,
            budget_tokens=budget_tokens,
        )

        return thinking_config_enabled
