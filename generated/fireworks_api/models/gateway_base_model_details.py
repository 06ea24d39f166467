from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.base_model_details_checkpoint_format import (
    BaseModelDetailsCheckpointFormat,
)
from ..models.deployment_precision import DeploymentPrecision
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayBaseModelDetails:
    """
    Attributes:
        world_size (int | None): The default number of GPUs the model is served with.
            If not specified, the default is 1.
        checkpoint_format (BaseModelDetailsCheckpointFormat | None):
        huggingface_files (list[str] | None): A list of Hugging Face files associated with this model. Specified if and
            only if
            the checkpoint_format is HUGGINGFACE.
        parameter_count (str | None): The number of model parameters. For serverless models, this determines the
            price per token.
        moe (bool | None): If true, this is a Mixture of Experts (MoE) model. For serverless models,
            this affects the price per token.
        tunable (bool | None): Deprecated: V1 training stack only. Use per-category tunable flags on Model instead.
        model_type (str | None): The type of the model.
        supports_fireattention (bool | None): Whether this model supports fireattention.
        default_precision (DeploymentPrecision | None): - PRECISION_UNSPECIFIED: if left unspecified we will treat this
            as a legacy model created before
            self serve
        supports_mtp (bool | None): If true, this model supports MTP.
    """

    world_size: int | None = None
    checkpoint_format: BaseModelDetailsCheckpointFormat | None = None
    huggingface_files: list[str] | None = None
    parameter_count: str | None = None
    moe: bool | None = None
    tunable: bool | None = None
    model_type: str | None = None
    supports_fireattention: bool | None = None
    default_precision: DeploymentPrecision | None = None
    supports_mtp: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        world_size: int | None | Unset = UNSET,
        checkpoint_format: BaseModelDetailsCheckpointFormat | None | Unset = UNSET,
        huggingface_files: list[str] | None | Unset = UNSET,
        parameter_count: str | None | Unset = UNSET,
        moe: bool | None | Unset = UNSET,
        tunable: bool | None | Unset = UNSET,
        model_type: str | None | Unset = UNSET,
        supports_fireattention: bool | None | Unset = UNSET,
        default_precision: DeploymentPrecision | None | Unset = UNSET,
        supports_mtp: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(world_size, Unset):
            self.world_size = None
        else:
            self.world_size = world_size
        if isinstance(checkpoint_format, Unset):
            self.checkpoint_format = None
        else:
            self.checkpoint_format = checkpoint_format
        if isinstance(huggingface_files, Unset):
            self.huggingface_files = None
        else:
            self.huggingface_files = huggingface_files
        if isinstance(parameter_count, Unset):
            self.parameter_count = None
        else:
            self.parameter_count = parameter_count
        if isinstance(moe, Unset):
            self.moe = None
        else:
            self.moe = moe
        if isinstance(tunable, Unset):
            self.tunable = None
        else:
            self.tunable = tunable
        if isinstance(model_type, Unset):
            self.model_type = None
        else:
            self.model_type = model_type
        if isinstance(supports_fireattention, Unset):
            self.supports_fireattention = None
        else:
            self.supports_fireattention = supports_fireattention
        if isinstance(default_precision, Unset):
            self.default_precision = None
        else:
            self.default_precision = default_precision
        if isinstance(supports_mtp, Unset):
            self.supports_mtp = None
        else:
            self.supports_mtp = supports_mtp
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.world_size is not None:
            field_dict["worldSize"] = self.world_size
        if self.checkpoint_format is not None:
            field_dict["checkpointFormat"] = to_jsonable(self.checkpoint_format)
        if self.huggingface_files is not None:
            field_dict["huggingfaceFiles"] = to_jsonable(self.huggingface_files)
        if self.parameter_count is not None:
            field_dict["parameterCount"] = self.parameter_count
        if self.moe is not None:
            field_dict["moe"] = self.moe
        if self.tunable is not None:
            field_dict["tunable"] = self.tunable
        if self.model_type is not None:
            field_dict["modelType"] = self.model_type
        if self.supports_fireattention is not None:
            field_dict["supportsFireattention"] = self.supports_fireattention
        if self.default_precision is not None:
            field_dict["defaultPrecision"] = to_jsonable(self.default_precision)
        if self.supports_mtp is not None:
            field_dict["supportsMtp"] = self.supports_mtp
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
