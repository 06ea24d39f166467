from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_log_probs_content_top_log_probs import (
        NewLogProbsContentTopLogProbs,
    )


T = TypeVar("T", bound="NewLogProbsContent")


@_attrs_define
class NewLogProbsContent:
    """
    Attributes:
        token (str):
        logprob (float):
        sampling_logprob (float | None):
        bytes_ (list[int]):
        token_id (int):
        text_offset (int):
        top_logprobs (list[NewLogProbsContentTopLogProbs] | Unset):
        last_activation (None | str | Unset):
        routing_matrix (None | str | Unset):
    """

    token: str
    logprob: float
    sampling_logprob: float | None
    bytes_: list[int]
    token_id: int
    text_offset: int
    top_logprobs: list[NewLogProbsContentTopLogProbs] | Unset = UNSET
    last_activation: None | str | Unset = UNSET
    routing_matrix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        sampling_logprob: float | None
        sampling_logprob = self.sampling_logprob

        bytes_ = self.bytes_

        token_id = self.token_id

        text_offset = self.text_offset

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        last_activation: None | str | Unset
        if isinstance(self.last_activation, Unset):
            last_activation = UNSET
        else:
            last_activation = self.last_activation

        routing_matrix: None | str | Unset
        if isinstance(self.routing_matrix, Unset):
            routing_matrix = UNSET
        else:
            routing_matrix = self.routing_matrix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
                "sampling_logprob": sampling_logprob,
                "bytes": bytes_,
                "token_id": token_id,
                "text_offset": text_offset,
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if last_activation is not UNSET:
            field_dict["last_activation"] = last_activation
        if routing_matrix is not UNSET:
            field_dict["routing_matrix"] = routing_matrix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_log_probs_content_top_log_probs import (
            NewLogProbsContentTopLogProbs,
        )

        d = dict(src_dict)
        token = d.pop("token")

        logprob = d.pop("logprob")

        def _parse_sampling_logprob(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sampling_logprob = _parse_sampling_logprob(d.pop("sampling_logprob"))

        bytes_ = cast(list[int], d.pop("bytes"))

        token_id = d.pop("token_id")

        text_offset = d.pop("text_offset")

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: list[NewLogProbsContentTopLogProbs] | Unset = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = NewLogProbsContentTopLogProbs.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

        def _parse_last_activation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_activation = _parse_last_activation(d.pop("last_activation", UNSET))

        def _parse_routing_matrix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        routing_matrix = _parse_routing_matrix(d.pop("routing_matrix", UNSET))

        new_log_probs_content = cls(
            token=token,
            logprob=logprob,
            sampling_logprob=sampling_logprob,
            bytes_=bytes_,
            token_id=token_id,
            text_offset=text_offset,
            top_logprobs=top_logprobs,
            last_activation=last_activation,
            routing_matrix=routing_matrix,
        )

        new_log_probs_content.additional_properties = d
        return new_log_probs_content

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
