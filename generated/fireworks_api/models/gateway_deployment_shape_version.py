from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_deployment_shape import GatewayDeploymentShape


@_attrs_define(init=False)
class GatewayDeploymentShapeVersion:
    """A deployment shape version is a specific version of a deployment shape.
    Versions are immutable, only created on updates and deleted when the deployment shape is deleted.

        Attributes:
            name (str | None): The resource name of the deployment shape version. e.g. accounts/my-
                account/deploymentShapes/my-deployment-shape/versions/{version_id}
            create_time (datetime.datetime | None): The creation time of the deployment shape version. Lists will be ordered
                by this field.
            snapshot (GatewayDeploymentShape | None): A deployment shape is a set of parameters that define the shape of a
                deployment.
                Deployments are created from a deployment shape.
            validated (bool | None): If true, this version has been validated.
            public (bool | None): If true, this version will be publicly readable.
            latest_validated (bool | None): If true, this version is the latest validated version.
                Only one version of the shape can be the latest validated version.
    """

    name: str | None = None
    create_time: datetime.datetime | None = None
    snapshot: GatewayDeploymentShape | None = None
    validated: bool | None = None
    public: bool | None = None
    latest_validated: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        snapshot: GatewayDeploymentShape | None | Unset = UNSET,
        validated: bool | None | Unset = UNSET,
        public: bool | None | Unset = UNSET,
        latest_validated: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(snapshot, Unset):
            self.snapshot = None
        else:
            self.snapshot = snapshot
        if isinstance(validated, Unset):
            self.validated = None
        else:
            self.validated = validated
        if isinstance(public, Unset):
            self.public = None
        else:
            self.public = public
        if isinstance(latest_validated, Unset):
            self.latest_validated = None
        else:
            self.latest_validated = latest_validated
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.name is not None:
            field_dict["name"] = self.name
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.snapshot is not None:
            field_dict["snapshot"] = to_jsonable(self.snapshot)
        if self.validated is not None:
            field_dict["validated"] = self.validated
        if self.public is not None:
            field_dict["public"] = self.public
        if self.latest_validated is not None:
            field_dict["latestValidated"] = self.latest_validated
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
