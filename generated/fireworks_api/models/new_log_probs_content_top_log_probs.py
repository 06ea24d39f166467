from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        token_id = self.token_id

        bytes_: list[int] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}

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

        return new_log_probs_content_top_log_probs
