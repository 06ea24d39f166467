from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.response import Response


@_attrs_define(init=False)
class ResponseList:
    """Response model for listing responses.

    Returned from the GET /v1/responses endpoint. Provides a paginated list
    of response objects with cursor-based pagination support.

        Attributes:
            data (list[Response]): An array of response objects, sorted by creation time in descending order (most recent
                first).
            has_more (bool): Indicates whether there are more responses available beyond this page. If true, use the
                'last_id' value as the 'after' cursor to fetch the next page.
            object_ (str | None): The object type, which is always 'list'. Default: 'list'.
            first_id (None | str): The ID of the first response in the current page. Used for pagination.
            last_id (None | str): The ID of the last response in the current page. Use this as the 'after' cursor to fetch
                the next page if has_more is true.
    """

    data: list[Response]
    has_more: bool
    object_: str | None = None
    first_id: None | str = None
    last_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        data: list[Response],
        has_more: bool,
        object_: str | None | Unset = UNSET,
        first_id: None | str | Unset = UNSET,
        last_id: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.data = data
        self.has_more = has_more
        if isinstance(object_, Unset):
            self.object_ = None
        else:
            self.object_ = object_
        if isinstance(first_id, Unset):
            self.first_id = None
        else:
            self.first_id = first_id
            if first_id is None:
                nulls |= 8
        if isinstance(last_id, Unset):
            self.last_id = None
        else:
            self.last_id = last_id
            if last_id is None:
                nulls |= 16
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["data"] = to_jsonable(self.data)
        field_dict["has_more"] = self.has_more
        if self.object_ is not None:
            field_dict["object"] = self.object_
        if self.first_id is not None or self._nulls & 8:
            field_dict["first_id"] = self.first_id
        if self.last_id is not None or self._nulls & 16:
            field_dict["last_id"] = self.last_id
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
