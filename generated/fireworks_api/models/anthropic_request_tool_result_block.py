from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_ephemeral import (
        AnthropicCacheControlEphemeral,
    )
    from ..models.anthropic_request_document_block import AnthropicRequestDocumentBlock
    from ..models.anthropic_request_image_block import AnthropicRequestImageBlock
    from ..models.anthropic_request_text_block import AnthropicRequestTextBlock


@_attrs_define(init=False)
class AnthropicRequestToolResultBlock:
    """
    Attributes:
        tool_use_id (str):
        type_ (Literal['tool_result']):
        cache_control (AnthropicCacheControlEphemeral | None): Create a cache control breakpoint at this content block.
        content (list[AnthropicRequestDocumentBlock | AnthropicRequestImageBlock | AnthropicRequestTextBlock] | str |
            None):
        is_error (bool | None):
    """

    tool_use_id: str
    type_: Literal["tool_result"]
    cache_control: AnthropicCacheControlEphemeral | None = None
    content: (
        list[
            AnthropicRequestDocumentBlock
            | AnthropicRequestImageBlock
            | AnthropicRequestTextBlock
        ]
        | str
        | None
    ) = None
    is_error: bool | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        tool_use_id: str,
        type_: Literal["tool_result"],
        cache_control: AnthropicCacheControlEphemeral | None | Unset = UNSET,
        content: list[
            AnthropicRequestDocumentBlock
            | AnthropicRequestImageBlock
            | AnthropicRequestTextBlock
        ]
        | str
        | None
        | Unset = UNSET,
        is_error: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.tool_use_id = tool_use_id
        self.type_ = type_
        if isinstance(cache_control, Unset):
            self.cache_control = None
        else:
            self.cache_control = cache_control
            if cache_control is None:
                nulls |= 4
        if isinstance(content, Unset):
            self.content = None
        else:
            self.content = content
        if isinstance(is_error, Unset):
            self.is_error = None
        else:
            self.is_error = is_error
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["tool_use_id"] = self.tool_use_id
        field_dict["type"] = to_jsonable(self.type_)
        if self.cache_control is not None or self._nulls & 4:
            field_dict["cache_control"] = to_jsonable(self.cache_control)
        if self.content is not None:
            field_dict["content"] = to_jsonable(self.content)
        if self.is_error is not None:
            field_dict["is_error"] = self.is_error
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
