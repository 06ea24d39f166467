from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_response_stream_choice import (
        ChatCompletionResponseStreamChoice,
    )
    from ..models.chat_completion_stream_response_perf_metrics_type_0 import (
        ChatCompletionStreamResponsePerfMetricsType0,
    )
    from ..models.usage_info import UsageInfo


T = TypeVar("T", bound="ChatCompletionStreamResponse")


@_attrs_define
class ChatCompletionStreamResponse:
    """The streamed response message from a /v1/chat/completions call.

    Attributes:
        id (str): A unique identifier of the response
        created (int): The Unix time in seconds when the response was generated
        model (str): The model used for the chat completion
        choices (list[ChatCompletionResponseStreamChoice]): The list of streamed chat completion choices
        object_ (str | Unset): The object type, which is always "chat.completion.chunk" Default:
            'chat.completion.chunk'.
        usage (None | Unset | UsageInfo):
        perf_metrics (ChatCompletionStreamResponsePerfMetricsType0 | None | Unset): See parameter
            [perf_metrics_in_response](#body-perf-metrics-in-response)
        prompt_token_ids (list[int] | None | Unset): Token IDs for the prompt (when return_token_ids=true, sent in first
            chunk)
    """

    id: str
    created: int
    model: str
    choices: list[ChatCompletionResponseStreamChoice]
    object_: str | Unset = "chat.completion.chunk"
    usage: None | Unset | UsageInfo = UNSET
    perf_metrics: ChatCompletionStreamResponsePerfMetricsType0 | None | Unset = UNSET
    prompt_token_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_stream_response_perf_metrics_type_0 import (
            ChatCompletionStreamResponsePerfMetricsType0,
        )
        from ..models.usage_info import UsageInfo

        id = self.id

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        object_ = self.object_

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, UsageInfo):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        perf_metrics: dict[str, Any] | None | Unset
        if isinstance(self.perf_metrics, Unset):
            perf_metrics = UNSET
        elif isinstance(
            self.perf_metrics, ChatCompletionStreamResponsePerfMetricsType0
        ):
            perf_metrics = self.perf_metrics.to_dict()
        else:
            perf_metrics = self.perf_metrics

        prompt_token_ids: list[int] | None | Unset
        if isinstance(self.prompt_token_ids, Unset):
            prompt_token_ids = UNSET
        elif isinstance(self.prompt_token_ids, list):
            prompt_token_ids = self.prompt_token_ids

        else:
            prompt_token_ids = self.prompt_token_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if perf_metrics is not UNSET:
            field_dict["perf_metrics"] = perf_metrics
        if prompt_token_ids is not UNSET:
            field_dict["prompt_token_ids"] = prompt_token_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_response_stream_choice import (
            ChatCompletionResponseStreamChoice,
        )
        from ..models.chat_completion_stream_response_perf_metrics_type_0 import (
            ChatCompletionStreamResponsePerfMetricsType0,
        )
        from ..models.usage_info import UsageInfo

        d = dict(src_dict)
        id = d.pop("id")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionResponseStreamChoice.from_dict(
                choices_item_data
            )

            choices.append(choices_item)

        object_ = d.pop("object", UNSET)

        def _parse_usage(data: object) -> None | Unset | UsageInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = UsageInfo.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageInfo, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_perf_metrics(
            data: object,
        ) -> ChatCompletionStreamResponsePerfMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                perf_metrics_type_0 = (
                    ChatCompletionStreamResponsePerfMetricsType0.from_dict(data)
                )

                return perf_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChatCompletionStreamResponsePerfMetricsType0 | None | Unset, data
            )

        perf_metrics = _parse_perf_metrics(d.pop("perf_metrics", UNSET))

        def _parse_prompt_token_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_token_ids_type_0 = cast(list[int], data)

                return prompt_token_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        prompt_token_ids = _parse_prompt_token_ids(d.pop("prompt_token_ids", UNSET))

        chat_completion_stream_response = cls(
            id=id,
            created=created,
            model=model,
            choices=choices,
            object_=object_,
            usage=usage,
            perf_metrics=perf_metrics,
            prompt_token_ids=prompt_token_ids,
        )

        chat_completion_stream_response.additional_properties = d
        return chat_completion_stream_response

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
