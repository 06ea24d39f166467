from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_stream_response_choices_item_finish_reason_type_0 import (
    CreateCompletionStreamResponseChoicesItemFinishReasonType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_stream_response_choices_item_logprobs_type_0 import (
        CreateCompletionStreamResponseChoicesItemLogprobsType0,
    )


T = TypeVar("T", bound="CreateCompletionStreamResponseChoicesItem")


@_attrs_define
class CreateCompletionStreamResponseChoicesItem:
    """
    Attributes:
        text (str):
        index (int):
        finish_reason (CreateCompletionStreamResponseChoicesItemFinishReasonType0 | None):
        logprobs (CreateCompletionStreamResponseChoicesItemLogprobsType0 | None | Unset):
    """

    text: str
    index: int
    finish_reason: CreateCompletionStreamResponseChoicesItemFinishReasonType0 | None
    logprobs: CreateCompletionStreamResponseChoicesItemLogprobsType0 | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_completion_stream_response_choices_item_logprobs_type_0 import (
            CreateCompletionStreamResponseChoicesItemLogprobsType0,
        )

        text = self.text

        index = self.index

        finish_reason: None | str
        if isinstance(
            self.finish_reason,
            CreateCompletionStreamResponseChoicesItemFinishReasonType0,
        ):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(
            self.logprobs, CreateCompletionStreamResponseChoicesItemLogprobsType0
        ):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "index": index,
                "finish_reason": finish_reason,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_completion_stream_response_choices_item_logprobs_type_0 import (
            CreateCompletionStreamResponseChoicesItemLogprobsType0,
        )

        d = dict(src_dict)
        text = d.pop("text")

        index = d.pop("index")

        def _parse_finish_reason(
            data: object,
        ) -> CreateCompletionStreamResponseChoicesItemFinishReasonType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = (
                    CreateCompletionStreamResponseChoicesItemFinishReasonType0(data)
                )

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateCompletionStreamResponseChoicesItemFinishReasonType0 | None, data
            )

        finish_reason = _parse_finish_reason(d.pop("finish_reason"))

        def _parse_logprobs(
            data: object,
        ) -> CreateCompletionStreamResponseChoicesItemLogprobsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = (
                    CreateCompletionStreamResponseChoicesItemLogprobsType0.from_dict(
                        data
                    )
                )

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateCompletionStreamResponseChoicesItemLogprobsType0 | None | Unset,
                data,
            )

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        create_completion_stream_response_choices_item = cls(
            text=text,
            index=index,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )

        create_completion_stream_response_choices_item.additional_properties = d
        return create_completion_stream_response_choices_item

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
