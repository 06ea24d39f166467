from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayBatchInferenceJobInferenceParameters:
    """BIJ inference parameters

    Attributes:
        max_tokens (int | None): Maximum number of tokens to generate per response.
        temperature (float | None): Sampling temperature, typically between 0 and 2.
        top_p (float | None): Top-p sampling parameter, typically between 0 and 1.
        n (int | None): Number of response candidates to generate per input.
        extra_body (str | None): Additional parameters for the inference request as a JSON string.
            For example: "{\\"stop\\": [\\"\\\\n\\"]}".
        top_k (int | None): Top-k sampling parameter, limits the token selection to the top k tokens.
    """

    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    n: int | None = None
    extra_body: str | None = None
    top_k: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        max_tokens: int | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        extra_body: str | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(max_tokens, Unset):
            self.max_tokens = None
        else:
            self.max_tokens = max_tokens
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
        if isinstance(n, Unset):
            self.n = None
        else:
            self.n = n
        if isinstance(extra_body, Unset):
            self.extra_body = None
        else:
            self.extra_body = extra_body
        if isinstance(top_k, Unset):
            self.top_k = None
        else:
            self.top_k = top_k
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.max_tokens is not None:
            field_dict["maxTokens"] = self.max_tokens
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        if self.top_p is not None:
            field_dict["topP"] = self.top_p
        if self.n is not None:
            field_dict["n"] = self.n
        if self.extra_body is not None:
            field_dict["extraBody"] = self.extra_body
        if self.top_k is not None:
            field_dict["topK"] = self.top_k
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
