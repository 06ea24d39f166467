from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.account_account_type import AccountAccountType
from ..models.account_suspend_state import AccountSuspendState
from ..models.gateway_account_state import GatewayAccountState
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_notification_settings import GatewayNotificationSettings
    from ..models.gateway_status import GatewayStatus


@_attrs_define(init=False)
class GatewayAccount:
    """
    Attributes:
        email (str): The primary email for the account. This is used for billing invoices
            and account notifications.
        name (str | None): The resource name of the account. e.g. accounts/my-account
        display_name (str | None): Human-readable display name of the account. e.g. "My Account"
            Must be fewer than 64 characters long.
        create_time (datetime.datetime | None): The creation time of the account.
        account_type (AccountAccountType | None):
        state (GatewayAccountState | None):
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        suspend_state (AccountSuspendState | None):
        update_time (datetime.datetime | None): The update time for the account.
        notification_settings (GatewayNotificationSettings | None): NotificationSettings configures notification
            preferences for an account.
            (accounts/{account}/notificationSettings) when more notification categories
            are added. Requires adding singleton support to the resource generator.
    """

    email: str
    name: str | None = None
    display_name: str | None = None
    create_time: datetime.datetime | None = None
    account_type: AccountAccountType | None = None
    state: GatewayAccountState | None = None
    status: GatewayStatus | None = None
    suspend_state: AccountSuspendState | None = None
    update_time: datetime.datetime | None = None
    notification_settings: GatewayNotificationSettings | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        email: str,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        account_type: AccountAccountType | None | Unset = UNSET,
        state: GatewayAccountState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        suspend_state: AccountSuspendState | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        notification_settings: GatewayNotificationSettings | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.email = email
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
        if isinstance(display_name, Unset):
            self.display_name = None
        else:
            self.display_name = display_name
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(account_type, Unset):
            self.account_type = None
        else:
            self.account_type = account_type
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(suspend_state, Unset):
            self.suspend_state = None
        else:
            self.suspend_state = suspend_state
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(notification_settings, Unset):
            self.notification_settings = None
        else:
            self.notification_settings = notification_settings
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["email"] = self.email
        if self.name is not None:
            field_dict["name"] = self.name
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.account_type is not None:
            field_dict["accountType"] = to_jsonable(self.account_type)
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.suspend_state is not None:
            field_dict["suspendState"] = to_jsonable(self.suspend_state)
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.notification_settings is not None:
            field_dict["notificationSettings"] = to_jsonable(self.notification_settings)
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
