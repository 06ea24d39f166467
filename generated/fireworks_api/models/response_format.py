from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.response_format_type import ResponseFormatType
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.response_format_json_schema_type_1 import (
        ResponseFormatJsonSchemaType1,
    )
    from ..models.response_format_schema_type_1 import ResponseFormatSchemaType1


@_attrs_define(init=False)
class ResponseFormat:
    """
    Attributes:
        type_ (ResponseFormatType):
        schema (None | ResponseFormatSchemaType1 | str):
        grammar (None | str):
        json_schema (None | ResponseFormatJsonSchemaType1 | str):
    """

    type_: ResponseFormatType
    schema: None | ResponseFormatSchemaType1 | str = None
    grammar: None | str = None
    json_schema: None | ResponseFormatJsonSchemaType1 | str = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        type_: ResponseFormatType,
        schema: None | ResponseFormatSchemaType1 | str | Unset = UNSET,
        grammar: None | str | Unset = UNSET,
        json_schema: None | ResponseFormatJsonSchemaType1 | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.type_ = type_
        if isinstance(schema, Unset):
            self.schema = None
        else:
            self.schema = schema
            if schema is None:
                nulls |= 2
        if isinstance(grammar, Unset):
            self.grammar = None
        else:
            self.grammar = grammar
            if grammar is None:
                nulls |= 4
        if isinstance(json_schema, Unset):
            self.json_schema = None
        else:
            self.json_schema = json_schema
            if json_schema is None:
                nulls |= 8
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = to_jsonable(self.type_)
        if self.schema is not None or self._nulls & 2:
            field_dict["schema"] = to_jsonable(self.schema)
        if self.grammar is not None or self._nulls & 4:
            field_dict["grammar"] = self.grammar
        if self.json_schema is not None or self._nulls & 8:
            field_dict["json_schema"] = to_jsonable(self.json_schema)
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
