from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayTrainerShardingScheme:
    """Structured parallelism/sharding profile used by trainer launches.

    Attributes:
        tensor_parallelism (int | None): Tensor-parallel degree. 0 means unspecified (server defaults to 1).
        pipeline_parallelism (int | None): Pipeline-parallel degree. 0 means unspecified (server defaults to 1).
        context_parallelism (int | None): Context-parallel degree. 0 means unspecified (server defaults to 1).
        expert_parallelism (int | None): Expert-parallel degree. 0 means unspecified (server defaults to 1).
        sequence_parallelism (bool | None): Whether sequence parallelism should be enabled.
    """

    tensor_parallelism: int | None = None
    pipeline_parallelism: int | None = None
    context_parallelism: int | None = None
    expert_parallelism: int | None = None
    sequence_parallelism: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        tensor_parallelism: int | None | Unset = UNSET,
        pipeline_parallelism: int | None | Unset = UNSET,
        context_parallelism: int | None | Unset = UNSET,
        expert_parallelism: int | None | Unset = UNSET,
        sequence_parallelism: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(tensor_parallelism, Unset):
            self.tensor_parallelism = None
        else:
            self.tensor_parallelism = tensor_parallelism
        if isinstance(pipeline_parallelism, Unset):
            self.pipeline_parallelism = None
        else:
            self.pipeline_parallelism = pipeline_parallelism
        if isinstance(context_parallelism, Unset):
            self.context_parallelism = None
        else:
            self.context_parallelism = context_parallelism
        if isinstance(expert_parallelism, Unset):
            self.expert_parallelism = None
        else:
            self.expert_parallelism = expert_parallelism
        if isinstance(sequence_parallelism, Unset):
            self.sequence_parallelism = None
        else:
            self.sequence_parallelism = sequence_parallelism
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.tensor_parallelism is not None:
            field_dict["tensorParallelism"] = self.tensor_parallelism
        if self.pipeline_parallelism is not None:
            field_dict["pipelineParallelism"] = self.pipeline_parallelism
        if self.context_parallelism is not None:
            field_dict["contextParallelism"] = self.context_parallelism
        if self.expert_parallelism is not None:
            field_dict["expertParallelism"] = self.expert_parallelism
        if self.sequence_parallelism is not None:
            field_dict["sequenceParallelism"] = self.sequence_parallelism
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
