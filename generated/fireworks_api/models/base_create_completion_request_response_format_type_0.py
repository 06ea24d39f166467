from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_create_completion_request_response_format_type_0_type import (
    BaseCreateCompletionRequestResponseFormatType0Type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_create_completion_request_response_format_type_0_schema_type_0 import (
        BaseCreateCompletionRequestResponseFormatType0SchemaType0,
    )


T = TypeVar("T", bound="BaseCreateCompletionRequestResponseFormatType0")


@_attrs_define
class BaseCreateCompletionRequestResponseFormatType0:
    """Allows to force the model to produce specific output format.

    Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid
    JSON.

    Optional JSON schema can be provided as `response_format = {"type": "json_object", "schema": <json_schema>}`.

    **Important:** when using JSON mode, it's crucial to also instruct the model to produce JSON via a system or user
    message. Without this, the model may generate an unending stream of whitespace until the generation reaches the
    token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be
    partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the
    conversation exceeded the max context length. In this case the return value might not be a valid JSON.

        Attributes:
            type_ (BaseCreateCompletionRequestResponseFormatType0Type): Must be one of `text` or `json_object`. Default:
                BaseCreateCompletionRequestResponseFormatType0Type.TEXT. Example: json_object.
            schema (BaseCreateCompletionRequestResponseFormatType0SchemaType0 | None | Unset): JSON schema according to
                https://json-schema.org/specification that can be provided if `"type": "json_object"`.
                Most common fields like `type`, `properties`, `items`, `required` and `anyOf` are supported.
                More sophisticated cases like `oneOf` might not be covered.
                Note: it's an OpenAI API extension.
                Example: `{"type": "object", "properties": {"foo": {"type": "string"}, "bar": {"type": "integer"}}, "required":
                ["foo"]}`
    """

    type_: BaseCreateCompletionRequestResponseFormatType0Type = (
        BaseCreateCompletionRequestResponseFormatType0Type.TEXT
    )
    schema: BaseCreateCompletionRequestResponseFormatType0SchemaType0 | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_create_completion_request_response_format_type_0_schema_type_0 import (
            BaseCreateCompletionRequestResponseFormatType0SchemaType0,
        )

        type_ = self.type_.value

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(
            self.schema, BaseCreateCompletionRequestResponseFormatType0SchemaType0
        ):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.base_create_completion_request_response_format_type_0_schema_type_0 import (
            BaseCreateCompletionRequestResponseFormatType0SchemaType0,
        )

        d = dict(src_dict)
        type_ = BaseCreateCompletionRequestResponseFormatType0Type(d.pop("type"))

        def _parse_schema(
            data: object,
        ) -> BaseCreateCompletionRequestResponseFormatType0SchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = (
                    BaseCreateCompletionRequestResponseFormatType0SchemaType0.from_dict(
                        data
                    )
                )

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BaseCreateCompletionRequestResponseFormatType0SchemaType0
                | None
                | Unset,
                data,
            )

        schema = _parse_schema(d.pop("schema", UNSET))

        base_create_completion_request_response_format_type_0 = cls(
            type_=type_,
            schema=schema,
        )

        base_create_completion_request_response_format_type_0.additional_properties = d
        return base_create_completion_request_response_format_type_0

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
