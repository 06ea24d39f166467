from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.gateway_user_state import GatewayUserState
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_status import GatewayStatus


@_attrs_define(init=False)
class GatewayUser:
    """
    Attributes:
        role (str): The user's role: admin, user, contributor, inference-user, or custom.
            When set to "custom", the user's permissions are governed by permission_preset.
        name (str | None): The resource name of the user. e.g. accounts/my-account/users/my-user
        display_name (str | None): Human-readable display name of the user. e.g. "Alice"
            Must be fewer than 64 characters long.
        service_account (bool | None): Whether this user is a service account (can only be set by admins)
        create_time (datetime.datetime | None): The creation time of the user.
        email (str | None): The user's email address.
        state (GatewayUserState | None):
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        update_time (datetime.datetime | None): The update time for the user.
        permission_preset (str | None): The permission preset for this user. Only valid when role is "custom".
    """

    role: str
    name: str | None = None
    display_name: str | None = None
    service_account: bool | None = None
    create_time: datetime.datetime | None = None
    email: str | None = None
    state: GatewayUserState | None = None
    status: GatewayStatus | None = None
    update_time: datetime.datetime | None = None
    permission_preset: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        role: str,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        service_account: bool | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        state: GatewayUserState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        permission_preset: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.role = role
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
        if isinstance(display_name, Unset):
            self.display_name = None
        else:
            self.display_name = display_name
        if isinstance(service_account, Unset):
            self.service_account = None
        else:
            self.service_account = service_account
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(email, Unset):
            self.email = None
        else:
            self.email = email
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(permission_preset, Unset):
            self.permission_preset = None
        else:
            self.permission_preset = permission_preset
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["role"] = self.role
        if self.name is not None:
            field_dict["name"] = self.name
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.service_account is not None:
            field_dict["serviceAccount"] = self.service_account
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.email is not None:
            field_dict["email"] = self.email
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.permission_preset is not None:
            field_dict["permissionPreset"] = self.permission_preset
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
