from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_format_type import ResponseFormatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_type_1 import (
        ResponseFormatJsonSchemaType1,
    )
    from ..models.response_format_schema_type_1 import ResponseFormatSchemaType1


T = TypeVar("T", bound="ResponseFormat")


@_attrs_define
class ResponseFormat:
    """
    Attributes:
        type_ (ResponseFormatType):
        schema (None | ResponseFormatSchemaType1 | str | Unset):
        grammar (None | str | Unset):
        json_schema (None | ResponseFormatJsonSchemaType1 | str | Unset):
    """

    type_: ResponseFormatType
    schema: None | ResponseFormatSchemaType1 | str | Unset = UNSET
    grammar: None | str | Unset = UNSET
    json_schema: None | ResponseFormatJsonSchemaType1 | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_format_json_schema_type_1 import (
            ResponseFormatJsonSchemaType1,
        )
        from ..models.response_format_schema_type_1 import ResponseFormatSchemaType1

        type_ = self.type_.value

        schema: dict[str, Any] | None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, ResponseFormatSchemaType1):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        grammar: None | str | Unset
        if isinstance(self.grammar, Unset):
            grammar = UNSET
        else:
            grammar = self.grammar

        json_schema: dict[str, Any] | None | str | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(self.json_schema, ResponseFormatJsonSchemaType1):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema
        if grammar is not UNSET:
            field_dict["grammar"] = grammar
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_format_json_schema_type_1 import (
            ResponseFormatJsonSchemaType1,
        )
        from ..models.response_format_schema_type_1 import ResponseFormatSchemaType1

        d = dict(src_dict)
        type_ = ResponseFormatType(d.pop("type"))

        def _parse_schema(
            data: object,
        ) -> None | ResponseFormatSchemaType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_1 = ResponseFormatSchemaType1.from_dict(data)

                return schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFormatSchemaType1 | str | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        def _parse_grammar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grammar = _parse_grammar(d.pop("grammar", UNSET))

        def _parse_json_schema(
            data: object,
        ) -> None | ResponseFormatJsonSchemaType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_schema_type_1 = ResponseFormatJsonSchemaType1.from_dict(data)

                return json_schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFormatJsonSchemaType1 | str | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

        response_format = cls(
            type_=type_,
            schema=schema,
            grammar=grammar,
            json_schema=json_schema,
        )

        return response_format
