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
    from ..models.gateway_api_key_annotations import GatewayApiKeyAnnotations


@_attrs_define(init=False)
class GatewayApiKey:
    """
    Attributes:
        key_id (str | None): Unique identifier (Key ID) for the API key, used primarily for deletion.
        display_name (str | None): Display name for the API key, defaults to "default" if not specified.
        key (str | None): The actual API key value, only available upon creation and not stored thereafter.
        create_time (datetime.datetime | None): Timestamp indicating when the API key was created.
        secure (bool | None): Indicates whether the plaintext value of the API key is unknown to Fireworks.
            If true, Fireworks does not know this API key's plaintext value. If false, Fireworks does
            know the plaintext value.
        email (str | None): Email of the user who owns this API key.
        prefix (str | None): The first few characters of the API key to visually identify it
        expire_time (datetime.datetime | None): Timestamp indicating when the API key will expire. If not set, the key
            never expires.
        annotations (GatewayApiKeyAnnotations | None): Optional key-value annotations for this API key.
        last_used (datetime.datetime | None): Timestamp indicating when the API key was last used. Not set if the key
            has never been used.
    """

    key_id: str | None = None
    display_name: str | None = None
    key: str | None = None
    create_time: datetime.datetime | None = None
    secure: bool | None = None
    email: str | None = None
    prefix: str | None = None
    expire_time: datetime.datetime | None = None
    annotations: GatewayApiKeyAnnotations | None = None
    last_used: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        key_id: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        secure: bool | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        prefix: str | None | Unset = UNSET,
        expire_time: datetime.datetime | None | Unset = UNSET,
        annotations: GatewayApiKeyAnnotations | None | Unset = UNSET,
        last_used: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(key_id, Unset):
            self.key_id = None
        else:
            self.key_id = key_id
        if isinstance(display_name, Unset):
            self.display_name = None
        else:
            self.display_name = display_name
        if isinstance(key, Unset):
            self.key = None
        else:
            self.key = key
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(secure, Unset):
            self.secure = None
        else:
            self.secure = secure
        if isinstance(email, Unset):
            self.email = None
        else:
            self.email = email
        if isinstance(prefix, Unset):
            self.prefix = None
        else:
            self.prefix = prefix
        if isinstance(expire_time, Unset):
            self.expire_time = None
        else:
            self.expire_time = expire_time
        if isinstance(annotations, Unset):
            self.annotations = None
        else:
            self.annotations = annotations
        if isinstance(last_used, Unset):
            self.last_used = None
        else:
            self.last_used = last_used
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.key_id is not None:
            field_dict["keyId"] = self.key_id
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.key is not None:
            field_dict["key"] = self.key
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.secure is not None:
            field_dict["secure"] = self.secure
        if self.email is not None:
            field_dict["email"] = self.email
        if self.prefix is not None:
            field_dict["prefix"] = self.prefix
        if self.expire_time is not None:
            field_dict["expireTime"] = to_jsonable(self.expire_time)
        if self.annotations is not None:
            field_dict["annotations"] = to_jsonable(self.annotations)
        if self.last_used is not None:
            field_dict["lastUsed"] = to_jsonable(self.last_used)
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
