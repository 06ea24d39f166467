from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.anthropic_effort_level import AnthropicEffortLevel
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.anthropic_json_output_format import AnthropicJsonOutputFormat


@_attrs_define(init=False)
class AnthropicOutputConfig:
    """
    Attributes:
        effort (AnthropicEffortLevel | None): How much effort the model should put into its response. Higher effort
            levels may result in more thorough analysis but take longer.

            Valid values are `low`, `medium`, `high`, or `max`.

            **Fireworks behavior:** The `effort` level is converted to Fireworks [`reasoning_effort`](/api-reference/post-
            chatcompletions). Values `low`, `medium`, and `high` map directly. `max` is mapped to `high` since Fireworks
            does not have a `max` effort level.
        format_ (AnthropicJsonOutputFormat | None): A schema to specify the model's output format in responses. See
            [structured outputs](/structured-responses/structured-output-grammar-based)
    """

    effort: AnthropicEffortLevel | None = None
    format_: AnthropicJsonOutputFormat | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        effort: AnthropicEffortLevel | None | Unset = UNSET,
        format_: AnthropicJsonOutputFormat | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(effort, Unset):
            self.effort = None
        else:
            self.effort = effort
            if effort is None:
                nulls |= 1
        if isinstance(format_, Unset):
            self.format_ = None
        else:
            self.format_ = format_
            if format_ is None:
                nulls |= 2
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        if self.effort is not None or self._nulls & 1:
            field_dict["effort"] = to_jsonable(self.effort)
        if self.format_ is not None or self._nulls & 2:
            field_dict["format"] = to_jsonable(self.format_)
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
