from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.anthropic_input_message_role import AnthropicInputMessageRole
from ..types import to_jsonable

if TYPE_CHECKING:
    from ..models.anthropic_request_document_block import AnthropicRequestDocumentBlock
    from ..models.anthropic_request_image_block import AnthropicRequestImageBlock
    from ..models.anthropic_request_redacted_thinking_block import (
        AnthropicRequestRedactedThinkingBlock,
    )
    from ..models.anthropic_request_text_block import AnthropicRequestTextBlock
    from ..models.anthropic_request_thinking_block import AnthropicRequestThinkingBlock
    from ..models.anthropic_request_tool_result_block import (
        AnthropicRequestToolResultBlock,
    )
    from ..models.anthropic_request_tool_use_block import AnthropicRequestToolUseBlock


@_attrs_define(init=False)
class AnthropicInputMessage:
    """
    Attributes:
        content (list[AnthropicRequestDocumentBlock | AnthropicRequestImageBlock | AnthropicRequestRedactedThinkingBlock
            | AnthropicRequestTextBlock | AnthropicRequestThinkingBlock | AnthropicRequestToolResultBlock |
            AnthropicRequestToolUseBlock] | str):
        role (AnthropicInputMessageRole):
    """

    content: (
        list[
            AnthropicRequestDocumentBlock
            | AnthropicRequestImageBlock
            | AnthropicRequestRedactedThinkingBlock
            | AnthropicRequestTextBlock
            | AnthropicRequestThinkingBlock
            | AnthropicRequestToolResultBlock
            | AnthropicRequestToolUseBlock
        ]
        | str
    )
    role: AnthropicInputMessageRole
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        content: list[
            AnthropicRequestDocumentBlock
            | AnthropicRequestImageBlock
            | AnthropicRequestRedactedThinkingBlock
            | AnthropicRequestTextBlock
            | AnthropicRequestThinkingBlock
            | AnthropicRequestToolResultBlock
            | AnthropicRequestToolUseBlock
        ]
        | str,
        role: AnthropicInputMessageRole,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.content = content
        self.role = role
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["content"] = to_jsonable(self.content)
        field_dict["role"] = to_jsonable(self.role)
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
