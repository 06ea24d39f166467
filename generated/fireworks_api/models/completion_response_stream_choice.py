from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_response_stream_choice_finish_reason_type_0 import (
    CompletionResponseStreamChoiceFinishReasonType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_probs import LogProbs
    from ..models.new_log_probs import NewLogProbs
    from ..models.raw_output import RawOutput


T = TypeVar("T", bound="CompletionResponseStreamChoice")


@_attrs_define
class CompletionResponseStreamChoice:
    """A streamed completion choice.

    Attributes:
      index (int): The index of the completion choice.
      text (str): The completion response.
      logprobs (float, optional): The log probabilities of the most likely tokens.
      finish_reason (str): The reason the model stopped generating tokens. This will be "stop" if
        the model hit a natural stop point or a provided stop sequence, or
        "length" if the maximum number of tokens specified in the request was
        reached.
      prompt_token_ids (Optional[List[int]]): Token IDs for the prompt (when return_token_ids=true, sent in first chunk)
      token_ids (Optional[List[int]]): Token IDs for this chunk (when return_token_ids=true)

        Attributes:
            index (int):
            text (str):
            logprobs (LogProbs | NewLogProbs | None | Unset):
            finish_reason (CompletionResponseStreamChoiceFinishReasonType0 | None | Unset):
            raw_output (None | RawOutput | Unset):
            prompt_token_ids (list[int] | None | Unset):
            token_ids (list[int] | None | Unset):
    """

    index: int
    text: str
    logprobs: LogProbs | NewLogProbs | None | Unset = UNSET
    finish_reason: CompletionResponseStreamChoiceFinishReasonType0 | None | Unset = (
        UNSET
    )
    raw_output: None | RawOutput | Unset = UNSET
    prompt_token_ids: list[int] | None | Unset = UNSET
    token_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_probs import LogProbs
        from ..models.new_log_probs import NewLogProbs
        from ..models.raw_output import RawOutput

        index = self.index

        text = self.text

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, LogProbs) or isinstance(
            self.logprobs, NewLogProbs
        ):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(
            self.finish_reason, CompletionResponseStreamChoiceFinishReasonType0
        ):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        raw_output: dict[str, Any] | None | Unset
        if isinstance(self.raw_output, Unset):
            raw_output = UNSET
        elif isinstance(self.raw_output, RawOutput):
            raw_output = self.raw_output.to_dict()
        else:
            raw_output = self.raw_output

        prompt_token_ids: list[int] | None | Unset
        if isinstance(self.prompt_token_ids, Unset):
            prompt_token_ids = UNSET
        elif isinstance(self.prompt_token_ids, list):
            prompt_token_ids = self.prompt_token_ids

        else:
            prompt_token_ids = self.prompt_token_ids

        token_ids: list[int] | None | Unset
        if isinstance(self.token_ids, Unset):
            token_ids = UNSET
        elif isinstance(self.token_ids, list):
            token_ids = self.token_ids

        else:
            token_ids = self.token_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "text": text,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if raw_output is not UNSET:
            field_dict["raw_output"] = raw_output
        if prompt_token_ids is not UNSET:
            field_dict["prompt_token_ids"] = prompt_token_ids
        if token_ids is not UNSET:
            field_dict["token_ids"] = token_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_probs import LogProbs
        from ..models.new_log_probs import NewLogProbs
        from ..models.raw_output import RawOutput

        d = dict(src_dict)
        index = d.pop("index")

        text = d.pop("text")

        def _parse_logprobs(data: object) -> LogProbs | NewLogProbs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = LogProbs.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_1 = NewLogProbs.from_dict(data)

                return logprobs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogProbs | NewLogProbs | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_finish_reason(
            data: object,
        ) -> CompletionResponseStreamChoiceFinishReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = CompletionResponseStreamChoiceFinishReasonType0(
                    data
                )

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CompletionResponseStreamChoiceFinishReasonType0 | None | Unset, data
            )

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        def _parse_raw_output(data: object) -> None | RawOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raw_output_type_0 = RawOutput.from_dict(data)

                return raw_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RawOutput | Unset, data)

        raw_output = _parse_raw_output(d.pop("raw_output", UNSET))

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

        def _parse_token_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                token_ids_type_0 = cast(list[int], data)

                return token_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        token_ids = _parse_token_ids(d.pop("token_ids", UNSET))

        completion_response_stream_choice = cls(
            index=index,
            text=text,
            logprobs=logprobs,
            finish_reason=finish_reason,
            raw_output=raw_output,
            prompt_token_ids=prompt_token_ids,
            token_ids=token_ids,
        )

        completion_response_stream_choice.additional_properties = d
        return completion_response_stream_choice

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
