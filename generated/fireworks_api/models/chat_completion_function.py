from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.chat_completion_function_parameters import (
        ChatCompletionFunctionParameters,
    )


@_attrs_define(init=False)
class ChatCompletionFunction:
    """
    Attributes:
        name (str): The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes,
            with a maximum length of 64.
        description (None | str): A description of what the function does, used by the model to choose when and how to
            call the function.
        parameters (ChatCompletionFunctionParameters | None): The parameters the function accepts, described as a JSON
            Schema object.

            The JSON Schema object should have the following structure:

            ```json
            {
              "type": "object",
              "required": ["param1", "param2"],
              "properties": {
                "param1": {
                  "type": "string",
                  "description": "..."
                },
                "param2": {
                  "type": "number",
                  "description": "..."
                }
              }
            }
            ```

            - The `type` field must be `"object"`.
            - The `required` field is an array of strings indicating which parameters are required.
            - The `properties` field is a map of property names to their definitions, where each property is an object with
            `type` (string) and `description` (string) fields.

            To describe a function that accepts no parameters, provide the value:

            ```json
            {"type": "object", "properties": {}}
            ```
        strict (bool | None):
    """

    name: str
    description: None | str = None
    parameters: ChatCompletionFunctionParameters | None = None
    strict: bool | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str,
        description: None | str | Unset = UNSET,
        parameters: ChatCompletionFunctionParameters | None | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.name = name
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
            if description is None:
                nulls |= 2
        if isinstance(parameters, Unset):
            self.parameters = None
        else:
            self.parameters = parameters
        if isinstance(strict, Unset):
            self.strict = None
        else:
            self.strict = strict
            if strict is None:
                nulls |= 8
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        if self.description is not None or self._nulls & 2:
            field_dict["description"] = self.description
        if self.parameters is not None:
            field_dict["parameters"] = to_jsonable(self.parameters)
        if self.strict is not None or self._nulls & 8:
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
