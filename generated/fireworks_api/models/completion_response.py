from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.choice import Choice
    from ..models.completion_response_perf_metrics_type_0 import (
        CompletionResponsePerfMetricsType0,
    )
    from ..models.usage_info import UsageInfo


@_attrs_define(init=False)
class CompletionResponse:
    """The response message from a /v1/completions call.

    Attributes:
        id (str): A unique identifier of the response
        created (int): The Unix time in seconds when the response was generated
        model (str): The model used for the completion
        choices (list[Choice]): The list of generated completion choices
        usage (UsageInfo): Usage statistics.
        object_ (str | None): The object type, which is always "text_completion" Default: 'text_completion'.
        perf_metrics (CompletionResponsePerfMetricsType0 | None): See parameter [perf_metrics_in_response](#body-perf-
            metrics-in-response)
    """

    id: str
    created: int
    model: str
    choices: list[Choice]
    usage: UsageInfo
    object_: str | None = None
    perf_metrics: CompletionResponsePerfMetricsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        id: str,
        created: int,
        model: str,
        choices: list[Choice],
        usage: UsageInfo,
        object_: str | None | Unset = UNSET,
        perf_metrics: CompletionResponsePerfMetricsType0 | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.id = id
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        if isinstance(object_, Unset):
            self.object_ = None
        else:
            self.object_ = object_
        if isinstance(perf_metrics, Unset):
            self.perf_metrics = None
        else:
            self.perf_metrics = perf_metrics
            if perf_metrics is None:
                nulls |= 64
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = self.id
        field_dict["created"] = self.created
        field_dict["model"] = self.model
        field_dict["choices"] = to_jsonable(self.choices)
        field_dict["usage"] = to_jsonable(self.usage)
        if self.object_ is not None:
            field_dict["object"] = self.object_
        if self.perf_metrics is not None or self._nulls & 64:
            field_dict["perf_metrics"] = to_jsonable(self.perf_metrics)
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
