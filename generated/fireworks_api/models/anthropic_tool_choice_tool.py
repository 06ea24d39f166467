from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class AnthropicToolChoiceTool:
    """The model will use the specified tool with `tool_choice.name`.

    Attributes:
        name (str): The name of the tool to use.
        type_ (Literal['tool']):
        disable_parallel_tool_use (bool | None): Whether to disable parallel tool use.

            Defaults to `false`. If set to `true`, the model will output exactly one tool use.
    """

    name: str
    type_: Literal["tool"]
    disable_parallel_tool_use: bool | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str,
        type_: Literal["tool"],
        disable_parallel_tool_use: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.name = name
        self.type_ = type_
        if isinstance(disable_parallel_tool_use, Unset):
            self.disable_parallel_tool_use = None
        else:
            self.disable_parallel_tool_use = disable_parallel_tool_use
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        field_dict["type"] = to_jsonable(self.type_)
        if self.disable_parallel_tool_use is not None:
            field_dict["disable_parallel_tool_use"] = self.disable_parallel_tool_use
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
