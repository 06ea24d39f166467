from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.prompt_tokens_details import PromptTokensDetails


@_attrs_define(init=False)
class UsageInfo:
    """Usage statistics.

    Attributes:
        prompt_tokens (int): The number of tokens in the prompt
        total_tokens (int): The total number of tokens used in the request (prompt + completion)
        completion_tokens (int | None): The number of tokens in the generated completion
        prompt_tokens_details (None | PromptTokensDetails): Details about prompt tokens, including cached tokens
    """

    prompt_tokens: int
    total_tokens: int
    completion_tokens: int | None = None
    prompt_tokens_details: None | PromptTokensDetails = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        prompt_tokens: int,
        total_tokens: int,
        completion_tokens: int | None | Unset = UNSET,
        prompt_tokens_details: None | PromptTokensDetails | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.prompt_tokens = prompt_tokens
        self.total_tokens = total_tokens
        if isinstance(completion_tokens, Unset):
            self.completion_tokens = None
        else:
            self.completion_tokens = completion_tokens
            if completion_tokens is None:
                nulls |= 4
        if isinstance(prompt_tokens_details, Unset):
            self.prompt_tokens_details = None
        else:
            self.prompt_tokens_details = prompt_tokens_details
            if prompt_tokens_details is None:
                nulls |= 8
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["prompt_tokens"] = self.prompt_tokens
        field_dict["total_tokens"] = self.total_tokens
        if self.completion_tokens is not None or self._nulls & 4:
            field_dict["completion_tokens"] = self.completion_tokens
        if self.prompt_tokens_details is not None or self._nulls & 8:
            field_dict["prompt_tokens_details"] = to_jsonable(
                self.prompt_tokens_details
            )
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model built from decoded JSON (fireworks_api/fast.py). A value that does not fit
        the schema raises ``fireworks_api.fast.SchemaMismatch`` (a ValueError) naming the field
        and the rule."""
        return _fast.build(cls, src_dict)

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
