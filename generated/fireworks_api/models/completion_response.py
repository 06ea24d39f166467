from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice import Choice
    from ..models.completion_response_perf_metrics_type_0 import (
        CompletionResponsePerfMetricsType0,
    )
    from ..models.usage_info import UsageInfo


T = TypeVar("T", bound="CompletionResponse")


@_attrs_define
class CompletionResponse:
    """The response message from a /v1/completions call.

    Attributes:
        id (str): A unique identifier of the response
        created (int): The Unix time in seconds when the response was generated
        model (str): The model used for the completion
        choices (list[Choice]): The list of generated completion choices
        usage (UsageInfo): Usage statistics.
        object_ (str | Unset): The object type, which is always "text_completion" Default: 'text_completion'.
        perf_metrics (CompletionResponsePerfMetricsType0 | None | Unset): See parameter
            [perf_metrics_in_response](#body-perf-metrics-in-response)
    """

    id: str
    created: int
    model: str
    choices: list[Choice]
    usage: UsageInfo
    object_: str | Unset = "text_completion"
    perf_metrics: CompletionResponsePerfMetricsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_response_perf_metrics_type_0 import (
            CompletionResponsePerfMetricsType0,
        )

        id = self.id

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage = self.usage.to_dict()

        object_ = self.object_

        perf_metrics: dict[str, Any] | None | Unset
        if isinstance(self.perf_metrics, Unset):
            perf_metrics = UNSET
        elif isinstance(self.perf_metrics, CompletionResponsePerfMetricsType0):
            perf_metrics = self.perf_metrics.to_dict()
        else:
            perf_metrics = self.perf_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "model": model,
                "choices": choices,
                "usage": usage,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if perf_metrics is not UNSET:
            field_dict["perf_metrics"] = perf_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice import Choice
        from ..models.completion_response_perf_metrics_type_0 import (
            CompletionResponsePerfMetricsType0,
        )
        from ..models.usage_info import UsageInfo

        d = dict(src_dict)
        id = d.pop("id")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = Choice.from_dict(choices_item_data)

            choices.append(choices_item)

        usage = UsageInfo.from_dict(d.pop("usage"))

        object_ = d.pop("object", UNSET)

        def _parse_perf_metrics(
            data: object,
        ) -> CompletionResponsePerfMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                perf_metrics_type_0 = CompletionResponsePerfMetricsType0.from_dict(data)

                return perf_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionResponsePerfMetricsType0 | None | Unset, data)

        perf_metrics = _parse_perf_metrics(d.pop("perf_metrics", UNSET))

        completion_response = cls(
            id=id,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
            object_=object_,
            perf_metrics=perf_metrics,
        )

        completion_response.additional_properties = d
        return completion_response

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
