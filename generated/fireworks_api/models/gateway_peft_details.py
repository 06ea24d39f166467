from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayPEFTDetails:
    """PEFT addon details.

    Attributes:
        base_model (str): The base model name. e.g. accounts/fireworks/models/falcon-7b
        r (int): The rank of the update matrices.
            Must be between 4 and 64, inclusive.
        target_modules (list[str]): This is the target modules for an adapter that we extract from
            for more information what target module means, check out
            https://huggingface.co/docs/peft/conceptual_guides/lora#common-lora-parameters-in-peft
        base_model_type (str | None): The type of the model.
        merge_addon_model_name (str | None): The resource name of the model to merge with base model, e.g
            accounts/fireworks/models/falcon-7b-lora
    """

    base_model: str
    r: int
    target_modules: list[str]
    base_model_type: str | None = None
    merge_addon_model_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        base_model: str,
        r: int,
        target_modules: list[str],
        base_model_type: str | None | Unset = UNSET,
        merge_addon_model_name: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.base_model = base_model
        self.r = r
        self.target_modules = target_modules
        if isinstance(base_model_type, Unset):
            self.base_model_type = None
        else:
            self.base_model_type = base_model_type
        if isinstance(merge_addon_model_name, Unset):
            self.merge_addon_model_name = None
        else:
            self.merge_addon_model_name = merge_addon_model_name
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["baseModel"] = self.base_model
        field_dict["r"] = self.r
        field_dict["targetModules"] = to_jsonable(self.target_modules)
        if self.base_model_type is not None:
            field_dict["baseModelType"] = self.base_model_type
        if self.merge_addon_model_name is not None:
            field_dict["mergeAddonModelName"] = self.merge_addon_model_name
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
