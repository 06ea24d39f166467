from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_parameters import (
        ChatCompletionFunctionParameters,
    )


T = TypeVar("T", bound="ChatCompletionFunction")


@_attrs_define
class ChatCompletionFunction:
    """
    Attributes:
        name (str): The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes,
            with a maximum length of 64.
        description (None | str | Unset): A description of what the function does, used by the model to choose when and
            how to call the function.
        parameters (ChatCompletionFunctionParameters | Unset): The parameters the function accepts, described as a JSON
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
        strict (bool | None | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    parameters: ChatCompletionFunctionParameters | Unset = UNSET
    strict: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_function_parameters import (
            ChatCompletionFunctionParameters,
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: ChatCompletionFunctionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ChatCompletionFunctionParameters.from_dict(_parameters)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        chat_completion_function = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        return chat_completion_function
