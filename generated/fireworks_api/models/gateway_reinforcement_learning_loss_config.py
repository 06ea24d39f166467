from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.reinforcement_learning_loss_config_method import (
    ReinforcementLearningLossConfigMethod,
)
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_dpo_config import GatewayDpoConfig
    from ..models.gateway_orpo_config import GatewayOrpoConfig


@_attrs_define(init=False)
class GatewayReinforcementLearningLossConfig:
    """Loss method + hyperparameters for reinforcement-learning-style fine-tuning (e.g. RFT / RL trainers).
    For preference jobs (DPO API), the default loss method is GRPO when METHOD_UNSPECIFIED.

        Attributes:
            method (ReinforcementLearningLossConfigMethod | None): - METHOD_UNSPECIFIED: Defaults to GRPO
                 - GRPO: Group Relative Policy Optimization (default for preference jobs)
                 - DAPO: Decoupled Alignment Preference Optimization
                 - DPO: Direct Preference Optimization
                 - ORPO: Odds Ratio Preference Optimization (reference-free)
                 - GSPO_TOKEN: Group Sequence Policy Optimization (token-level)
            kl_beta (float | None): KL coefficient (beta) override for GRPO-like methods.
                If unset, the trainer default is used.
            dpo (GatewayDpoConfig | None): Hyperparameters for Direct Preference Optimization (DPO) training.
            orpo (GatewayOrpoConfig | None): Hyperparameters for Odds Ratio Preference Optimization (ORPO) training.
    """

    method: ReinforcementLearningLossConfigMethod | None = None
    kl_beta: float | None = None
    dpo: GatewayDpoConfig | None = None
    orpo: GatewayOrpoConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        method: ReinforcementLearningLossConfigMethod | None | Unset = UNSET,
        kl_beta: float | None | Unset = UNSET,
        dpo: GatewayDpoConfig | None | Unset = UNSET,
        orpo: GatewayOrpoConfig | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(method, Unset):
            self.method = None
        else:
            self.method = method
        if isinstance(kl_beta, Unset):
            self.kl_beta = None
        else:
            self.kl_beta = kl_beta
        if isinstance(dpo, Unset):
            self.dpo = None
        else:
            self.dpo = dpo
        if isinstance(orpo, Unset):
            self.orpo = None
        else:
            self.orpo = orpo
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.method is not None:
            field_dict["method"] = to_jsonable(self.method)
        if self.kl_beta is not None:
            field_dict["klBeta"] = self.kl_beta
        if self.dpo is not None:
            field_dict["dpo"] = to_jsonable(self.dpo)
        if self.orpo is not None:
            field_dict["orpo"] = to_jsonable(self.orpo)
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
