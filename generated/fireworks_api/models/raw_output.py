from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_log_probs import NewLogProbs


T = TypeVar("T", bound="RawOutput")


@_attrs_define
class RawOutput:
    """Extension of OpenAI that returns low-level interaction of what the model
    sees, including the formatted prompt and function calls

        Attributes:
            prompt_fragments (list[int | str]): Pieces of the prompt (like individual messages) before truncation and
                concatenation. Depending on prompt_truncate_len some of the messages might be dropped. Contains a mix of strings
                to be tokenized and individual tokens (if dictated by the conversation template)
            prompt_token_ids (list[int]): Fully processed prompt as seen by the model
            completion (str): Raw completion produced by the model before any tool calls are parsed
            completion_token_ids (list[int] | None | Unset): Token IDs for the raw completion
            completion_logprobs (NewLogProbs | None | Unset): Log probabilities for the completion. Only populated if
                logprobs is specified in the request
            images (list[str] | None | Unset): Images in the prompt
            grammar (None | str | Unset): Grammar used for constrained decoding, can be either user provided (directly or
                JSON schema) or inferred by the chat template
    """

    prompt_fragments: list[int | str]
    prompt_token_ids: list[int]
    completion: str
    completion_token_ids: list[int] | None | Unset = UNSET
    completion_logprobs: NewLogProbs | None | Unset = UNSET
    images: list[str] | None | Unset = UNSET
    grammar: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_log_probs import NewLogProbs

        prompt_fragments = []
        for prompt_fragments_item_data in self.prompt_fragments:
            prompt_fragments_item: int | str
            prompt_fragments_item = prompt_fragments_item_data
            prompt_fragments.append(prompt_fragments_item)

        prompt_token_ids = self.prompt_token_ids

        completion = self.completion

        completion_token_ids: list[int] | None | Unset
        if isinstance(self.completion_token_ids, Unset):
            completion_token_ids = UNSET
        elif isinstance(self.completion_token_ids, list):
            completion_token_ids = self.completion_token_ids

        else:
            completion_token_ids = self.completion_token_ids

        completion_logprobs: dict[str, Any] | None | Unset
        if isinstance(self.completion_logprobs, Unset):
            completion_logprobs = UNSET
        elif isinstance(self.completion_logprobs, NewLogProbs):
            completion_logprobs = self.completion_logprobs.to_dict()
        else:
            completion_logprobs = self.completion_logprobs

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

        grammar: None | str | Unset
        if isinstance(self.grammar, Unset):
            grammar = UNSET
        else:
            grammar = self.grammar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_fragments": prompt_fragments,
                "prompt_token_ids": prompt_token_ids,
                "completion": completion,
            }
        )
        if completion_token_ids is not UNSET:
            field_dict["completion_token_ids"] = completion_token_ids
        if completion_logprobs is not UNSET:
            field_dict["completion_logprobs"] = completion_logprobs
        if images is not UNSET:
            field_dict["images"] = images
        if grammar is not UNSET:
            field_dict["grammar"] = grammar

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_log_probs import NewLogProbs

        d = dict(src_dict)
        prompt_fragments = []
        _prompt_fragments = d.pop("prompt_fragments")
        for prompt_fragments_item_data in _prompt_fragments:

            def _parse_prompt_fragments_item(data: object) -> int | str:
                return cast(int | str, data)

            prompt_fragments_item = _parse_prompt_fragments_item(
                prompt_fragments_item_data
            )

            prompt_fragments.append(prompt_fragments_item)

        prompt_token_ids = cast(list[int], d.pop("prompt_token_ids"))

        completion = d.pop("completion")

        def _parse_completion_token_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                completion_token_ids_type_0 = cast(list[int], data)

                return completion_token_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        completion_token_ids = _parse_completion_token_ids(
            d.pop("completion_token_ids", UNSET)
        )

        def _parse_completion_logprobs(data: object) -> NewLogProbs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_logprobs_type_0 = NewLogProbs.from_dict(data)

                return completion_logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewLogProbs | None | Unset, data)

        completion_logprobs = _parse_completion_logprobs(
            d.pop("completion_logprobs", UNSET)
        )

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_grammar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grammar = _parse_grammar(d.pop("grammar", UNSET))

        raw_output = cls(
            prompt_fragments=prompt_fragments,
            prompt_token_ids=prompt_token_ids,
            completion=completion,
            completion_token_ids=completion_token_ids,
            completion_logprobs=completion_logprobs,
            images=images,
            grammar=grammar,
        )

        raw_output.additional_properties = d
        return raw_output

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
