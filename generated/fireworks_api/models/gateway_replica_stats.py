from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayReplicaStats:
    """
    Attributes:
        pending_scheduling_replica_count (int | None): Number of replicas waiting to be scheduled to a node.
        downloading_model_replica_count (int | None): Number of replicas downloading model weights.
        initializing_replica_count (int | None): Number of replicas initializing the model server.
        ready_replica_count (int | None): Number of replicas that are ready and serving traffic.
        revocable_replica_count (int | None): The number of replicas that can be revoked
        partial_replica_count (float | None): Number of partial replicas before a full replica is ready
    """

    pending_scheduling_replica_count: int | None = None
    downloading_model_replica_count: int | None = None
    initializing_replica_count: int | None = None
    ready_replica_count: int | None = None
    revocable_replica_count: int | None = None
    partial_replica_count: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        pending_scheduling_replica_count: int | None | Unset = UNSET,
        downloading_model_replica_count: int | None | Unset = UNSET,
        initializing_replica_count: int | None | Unset = UNSET,
        ready_replica_count: int | None | Unset = UNSET,
        revocable_replica_count: int | None | Unset = UNSET,
        partial_replica_count: float | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(pending_scheduling_replica_count, Unset):
            self.pending_scheduling_replica_count = None
        else:
            self.pending_scheduling_replica_count = pending_scheduling_replica_count
        if isinstance(downloading_model_replica_count, Unset):
            self.downloading_model_replica_count = None
        else:
            self.downloading_model_replica_count = downloading_model_replica_count
        if isinstance(initializing_replica_count, Unset):
            self.initializing_replica_count = None
        else:
            self.initializing_replica_count = initializing_replica_count
        if isinstance(ready_replica_count, Unset):
            self.ready_replica_count = None
        else:
            self.ready_replica_count = ready_replica_count
        if isinstance(revocable_replica_count, Unset):
            self.revocable_replica_count = None
        else:
            self.revocable_replica_count = revocable_replica_count
        if isinstance(partial_replica_count, Unset):
            self.partial_replica_count = None
        else:
            self.partial_replica_count = partial_replica_count
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.pending_scheduling_replica_count is not None:
            field_dict["pendingSchedulingReplicaCount"] = (
                self.pending_scheduling_replica_count
            )
        if self.downloading_model_replica_count is not None:
            field_dict["downloadingModelReplicaCount"] = (
                self.downloading_model_replica_count
            )
        if self.initializing_replica_count is not None:
            field_dict["initializingReplicaCount"] = self.initializing_replica_count
        if self.ready_replica_count is not None:
            field_dict["readyReplicaCount"] = self.ready_replica_count
        if self.revocable_replica_count is not None:
            field_dict["revocableReplicaCount"] = self.revocable_replica_count
        if self.partial_replica_count is not None:
            field_dict["partialReplicaCount"] = self.partial_replica_count
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
