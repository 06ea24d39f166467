from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.anthropic_base_64_image_source_media_type import (
    AnthropicBase64ImageSourceMediaType,
)
from ..types import to_jsonable


@_attrs_define(init=False)
class AnthropicBase64ImageSource:
    """
    Attributes:
        data (str):
        media_type (AnthropicBase64ImageSourceMediaType):
        type_ (Literal['base64']):
    """

    data: str
    media_type: AnthropicBase64ImageSourceMediaType
    type_: Literal["base64"]
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        data: str,
        media_type: AnthropicBase64ImageSourceMediaType,
        type_: Literal["base64"],
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.data = data
        self.media_type = media_type
        self.type_ = type_
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["data"] = self.data
        field_dict["media_type"] = to_jsonable(self.media_type)
        field_dict["type"] = to_jsonable(self.type_)
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
