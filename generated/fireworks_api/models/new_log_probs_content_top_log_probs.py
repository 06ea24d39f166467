from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewLogProbsContentTopLogProbs")


@_attrs_define
class NewLogProbsContentTopLogProbs:
    """
    Attributes:
        token (str):
        logprob (float):
        token_id (int):
        bytes_ (list[int] | Unset):
    """

    token: str
    logprob: float
    token_id: int
    bytes_: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        token_id = self.token_id

        bytes_: list[int] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
                "token_id": token_id,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        logprob = d.pop("logprob")

        token_id = d.pop("token_id")

        bytes_ = cast(list[int], d.pop("bytes", UNSET))

        new_log_probs_content_top_log_probs = cls(
            token=token,
            logprob=logprob,
            token_id=token_id,
            bytes_=bytes_,
        )

        new_log_probs_content_top_log_probs.additional_properties = d
        return new_log_probs_content_top_log_probs

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
