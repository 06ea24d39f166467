from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class FileUploadResponse:
    """
    Attributes:
        id (str | None): The dataset id.
        object_ (str | None): The object type, which is always file.
        bytes_ (int | None): The size of the file, in bytes.
        created_at (int | None): The Unix timestamp (in seconds) for when the file was created.
        filename (str | None): The name of the file.
        purpose (str | None): The intended purpose of the file.
    """

    id: str | None = None
    object_: str | None = None
    bytes_: int | None = None
    created_at: int | None = None
    filename: str | None = None
    purpose: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        id: str | None | Unset = UNSET,
        object_: str | None | Unset = UNSET,
        bytes_: int | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        filename: str | None | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
        if isinstance(object_, Unset):
            self.object_ = None
        else:
            self.object_ = object_
        if isinstance(bytes_, Unset):
            self.bytes_ = None
        else:
            self.bytes_ = bytes_
        if isinstance(created_at, Unset):
            self.created_at = None
        else:
            self.created_at = created_at
        if isinstance(filename, Unset):
            self.filename = None
        else:
            self.filename = filename
        if isinstance(purpose, Unset):
            self.purpose = None
        else:
            self.purpose = purpose
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.id is not None:
            field_dict["id"] = self.id
        if self.object_ is not None:
            field_dict["object"] = self.object_
        if self.bytes_ is not None:
            field_dict["bytes"] = self.bytes_
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        if self.filename is not None:
            field_dict["filename"] = self.filename
        if self.purpose is not None:
            field_dict["purpose"] = self.purpose
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
