from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.choice_finish_reason_type_0 import ChoiceFinishReasonType0
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.log_probs import LogProbs
    from ..models.new_log_probs import NewLogProbs
    from ..models.raw_output import RawOutput


@_attrs_define(init=False)
class Choice:
    """A completion choice.

    Attributes:
        index (int): The index of the completion choice
        text (str): The completion response
        logprobs (LogProbs | NewLogProbs | None): The log probabilities of the most likely tokens
        finish_reason (ChoiceFinishReasonType0 | None): The reason the model stopped generating tokens. This will be
            "stop" if the model hit a natural stop point or a provided stop sequence, or "length" if the maximum number of
            tokens specified in the request was reached
        raw_output (None | RawOutput):
        prompt_token_ids (list[int] | None): Token IDs for the prompt (when return_token_ids=true)
        token_ids (list[int] | None): Token IDs for the generated completion (when return_token_ids=true)
    """

    index: int
    text: str
    logprobs: LogProbs | NewLogProbs | None = None
    finish_reason: ChoiceFinishReasonType0 | None = None
    raw_output: None | RawOutput = None
    prompt_token_ids: list[int] | None = None
    token_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        index: int,
        text: str,
        logprobs: LogProbs | NewLogProbs | None | Unset = UNSET,
        finish_reason: ChoiceFinishReasonType0 | None | Unset = UNSET,
        raw_output: None | RawOutput | Unset = UNSET,
        prompt_token_ids: list[int] | None | Unset = UNSET,
        token_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.index = index
        self.text = text
        if isinstance(logprobs, Unset):
            self.logprobs = None
        else:
            self.logprobs = logprobs
            if logprobs is None:
                nulls |= 4
        if isinstance(finish_reason, Unset):
            self.finish_reason = None
        else:
            self.finish_reason = finish_reason
            if finish_reason is None:
                nulls |= 8
        if isinstance(raw_output, Unset):
            self.raw_output = None
        else:
            self.raw_output = raw_output
            if raw_output is None:
                nulls |= 16
        if isinstance(prompt_token_ids, Unset):
            self.prompt_token_ids = None
        else:
            self.prompt_token_ids = prompt_token_ids
            if prompt_token_ids is None:
                nulls |= 32
        if isinstance(token_ids, Unset):
            self.token_ids = None
        else:
            self.token_ids = token_ids
            if token_ids is None:
                nulls |= 64
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["index"] = self.index
        field_dict["text"] = self.text
        if self.logprobs is not None or self._nulls & 4:
            field_dict["logprobs"] = to_jsonable(self.logprobs)
        if self.finish_reason is not None or self._nulls & 8:
            field_dict["finish_reason"] = to_jsonable(self.finish_reason)
        if self.raw_output is not None or self._nulls & 16:
            field_dict["raw_output"] = to_jsonable(self.raw_output)
        if self.prompt_token_ids is not None or self._nulls & 32:
            field_dict["prompt_token_ids"] = to_jsonable(self.prompt_token_ids)
        if self.token_ids is not None or self._nulls & 64:
            field_dict["token_ids"] = to_jsonable(self.token_ids)
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
