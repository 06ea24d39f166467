from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import to_jsonable


@_attrs_define(init=False)
class AnthropicRequestSearchResultLocationCitation:
    """
    Attributes:
        cited_text (str):
        end_block_index (int):
        search_result_index (int):
        source (str):
        start_block_index (int):
        title (None | str):
        type_ (Literal['search_result_location']):
    """

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: None | str
    type_: Literal["search_result_location"]
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        cited_text: str,
        end_block_index: int,
        search_result_index: int,
        source: str,
        start_block_index: int,
        title: None | str,
        type_: Literal["search_result_location"],
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.cited_text = cited_text
        self.end_block_index = end_block_index
        self.search_result_index = search_result_index
        self.source = source
        self.start_block_index = start_block_index
        self.title = title
        self.type_ = type_
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["cited_text"] = self.cited_text
        field_dict["end_block_index"] = self.end_block_index
        field_dict["search_result_index"] = self.search_result_index
        field_dict["source"] = self.source
        field_dict["start_block_index"] = self.start_block_index
        field_dict["title"] = self.title
        field_dict["type"] = to_jsonable(self.type_)
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
