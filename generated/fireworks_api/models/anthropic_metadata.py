from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset


@_attrs_define(init=False)
class AnthropicMetadata:
    """
    Attributes:
        user_id (None | str): An external identifier for the user who is associated with the request.

            This should be a uuid, hash value, or other opaque identifier. This id may be used to help detect abuse. Do not
            include any identifying information such as name, email address, or phone number.
    """

    user_id: None | str = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        user_id: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(user_id, Unset):
            self.user_id = None
        else:
            self.user_id = user_id
            if user_id is None:
                nulls |= 1
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        if self.user_id is not None or self._nulls & 1:
            field_dict["user_id"] = self.user_id
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
