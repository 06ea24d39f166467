from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_dataset import GatewayDataset


@_attrs_define(init=False)
class GatewayListDatasetsResponse:
    """
    Attributes:
        datasets (list[GatewayDataset] | None):
        next_page_token (str | None): A token, which can be sent as `page_token` to retrieve the next page.
            If this field is omitted, there are no subsequent pages.
        total_size (int | None): The total number of datasets
    """

    datasets: list[GatewayDataset] | None = None
    next_page_token: str | None = None
    total_size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        datasets: list[GatewayDataset] | None | Unset = UNSET,
        next_page_token: str | None | Unset = UNSET,
        total_size: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(datasets, Unset):
            self.datasets = None
        else:
            self.datasets = datasets
        if isinstance(next_page_token, Unset):
            self.next_page_token = None
        else:
            self.next_page_token = next_page_token
        if isinstance(total_size, Unset):
            self.total_size = None
        else:
            self.total_size = total_size
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.datasets is not None:
            field_dict["datasets"] = to_jsonable(self.datasets)
        if self.next_page_token is not None:
            field_dict["nextPageToken"] = self.next_page_token
        if self.total_size is not None:
            field_dict["totalSize"] = self.total_size
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
