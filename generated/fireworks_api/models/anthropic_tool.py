from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.anthropic_input_schema import AnthropicInputSchema


@_attrs_define(init=False)
class AnthropicTool:
    """
    Attributes:
        name (str): Name of the tool.

            This is how the tool will be called by the model and in `tool_use` blocks.
        input_schema (AnthropicInputSchema):
        type_ (Literal['custom'] | None):
        description (str | None): Description of what this tool does.

            Tool descriptions should be as detailed as possible. The more information that the model has about what the tool
            is and how to use it, the better it will perform. You can use natural language descriptions to reinforce
            important aspects of the tool input JSON schema.
        strict (bool | None): When true, guarantees schema validation on tool names and inputs
    """

    name: str
    input_schema: AnthropicInputSchema
    type_: Literal["custom"] | None = None
    description: str | None = None
    strict: bool | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str,
        input_schema: AnthropicInputSchema,
        type_: Literal["custom"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.name = name
        self.input_schema = input_schema
        if isinstance(type_, Unset):
            self.type_ = None
        else:
            self.type_ = type_
            if type_ is None:
                nulls |= 4
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
        if isinstance(strict, Unset):
            self.strict = None
        else:
            self.strict = strict
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        field_dict["input_schema"] = to_jsonable(self.input_schema)
        if self.type_ is not None or self._nulls & 4:
            field_dict["type"] = to_jsonable(self.type_)
        if self.description is not None:
            field_dict["description"] = self.description
        if self.strict is not None:
            field_dict["strict"] = self.strict
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
