from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class AnthropicUsage:
    """Billing and rate-limit usage of one message.

    Attributes:
        input_tokens (int): The number of input tokens used.
        output_tokens (int): The number of output tokens used.
        cache_creation_input_tokens (int | None): The number of input tokens used to create the cache entry.
        cache_read_input_tokens (int | None): The number of input tokens read from the cache.
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        input_tokens: int,
        output_tokens: int,
        cache_creation_input_tokens: int | None | Unset = UNSET,
        cache_read_input_tokens: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        if isinstance(cache_creation_input_tokens, Unset):
            self.cache_creation_input_tokens = None
        else:
            self.cache_creation_input_tokens = cache_creation_input_tokens
            if cache_creation_input_tokens is None:
                nulls |= 4
        if isinstance(cache_read_input_tokens, Unset):
            self.cache_read_input_tokens = None
        else:
            self.cache_read_input_tokens = cache_read_input_tokens
            if cache_read_input_tokens is None:
                nulls |= 8
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["input_tokens"] = self.input_tokens
        field_dict["output_tokens"] = self.output_tokens
        if self.cache_creation_input_tokens is not None or self._nulls & 4:
            field_dict["cache_creation_input_tokens"] = self.cache_creation_input_tokens
        if self.cache_read_input_tokens is not None or self._nulls & 8:
            field_dict["cache_read_input_tokens"] = self.cache_read_input_tokens
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
