from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.new_log_probs_content_top_log_probs import (
        NewLogProbsContentTopLogProbs,
    )


@_attrs_define(init=False)
class NewLogProbsContent:
    """
    Attributes:
        token (str):
        logprob (float):
        sampling_logprob (float | None):
        bytes_ (list[int]):
        token_id (int):
        text_offset (int):
        top_logprobs (list[NewLogProbsContentTopLogProbs] | None):
        last_activation (None | str):
        routing_matrix (None | str):
    """

    token: str
    logprob: float
    sampling_logprob: float | None
    bytes_: list[int]
    token_id: int
    text_offset: int
    top_logprobs: list[NewLogProbsContentTopLogProbs] | None = None
    last_activation: None | str = None
    routing_matrix: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        token: str,
        logprob: float,
        sampling_logprob: float | None,
        bytes_: list[int],
        token_id: int,
        text_offset: int,
        top_logprobs: list[NewLogProbsContentTopLogProbs] | None | Unset = UNSET,
        last_activation: None | str | Unset = UNSET,
        routing_matrix: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.token = token
        self.logprob = logprob
        self.sampling_logprob = sampling_logprob
        self.bytes_ = bytes_
        self.token_id = token_id
        self.text_offset = text_offset
        if isinstance(top_logprobs, Unset):
            self.top_logprobs = None
        else:
            self.top_logprobs = top_logprobs
        if isinstance(last_activation, Unset):
            self.last_activation = None
        else:
            self.last_activation = last_activation
            if last_activation is None:
                nulls |= 128
        if isinstance(routing_matrix, Unset):
            self.routing_matrix = None
        else:
            self.routing_matrix = routing_matrix
            if routing_matrix is None:
                nulls |= 256
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["token"] = self.token
        field_dict["logprob"] = self.logprob
        field_dict["sampling_logprob"] = self.sampling_logprob
        field_dict["bytes"] = to_jsonable(self.bytes_)
        field_dict["token_id"] = self.token_id
        field_dict["text_offset"] = self.text_offset
        if self.top_logprobs is not None:
            field_dict["top_logprobs"] = to_jsonable(self.top_logprobs)
        if self.last_activation is not None or self._nulls & 128:
            field_dict["last_activation"] = self.last_activation
        if self.routing_matrix is not None or self._nulls & 256:
            field_dict["routing_matrix"] = self.routing_matrix
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
