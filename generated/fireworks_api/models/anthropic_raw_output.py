from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class AnthropicRawOutput:
    """Fireworks extension that returns low-level details of what the model sees, including the formatted prompt and
    function calls.

        Attributes:
            prompt_fragments (list[int | str]): Pieces of the prompt (like individual messages) before truncation and
                concatenation. Depending on prompt_truncate_len some of the messages might be dropped. Contains a mix of strings
                to be tokenized and individual tokens (if dictated by the conversation template)
            prompt_token_ids (list[int]): Fully processed prompt as seen by the model
            completion (str): Raw completion produced by the model before any tool calls are parsed
            completion_token_ids (list[int] | None): Token IDs for the raw completion
            images (list[str] | None): Images in the prompt
            grammar (None | str): Grammar used for constrained decoding, can be either user provided (directly or JSON
                schema) or inferred by the chat template
    """

    prompt_fragments: list[int | str]
    prompt_token_ids: list[int]
    completion: str
    completion_token_ids: list[int] | None = None
    images: list[str] | None = None
    grammar: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        prompt_fragments: list[int | str],
        prompt_token_ids: list[int],
        completion: str,
        completion_token_ids: list[int] | None | Unset = UNSET,
        images: list[str] | None | Unset = UNSET,
        grammar: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.prompt_fragments = prompt_fragments
        self.prompt_token_ids = prompt_token_ids
        self.completion = completion
        if isinstance(completion_token_ids, Unset):
            self.completion_token_ids = None
        else:
            self.completion_token_ids = completion_token_ids
            if completion_token_ids is None:
                nulls |= 8
        if isinstance(images, Unset):
            self.images = None
        else:
            self.images = images
            if images is None:
                nulls |= 16
        if isinstance(grammar, Unset):
            self.grammar = None
        else:
            self.grammar = grammar
            if grammar is None:
                nulls |= 32
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["prompt_fragments"] = to_jsonable(self.prompt_fragments)
        field_dict["prompt_token_ids"] = to_jsonable(self.prompt_token_ids)
        field_dict["completion"] = self.completion
        if self.completion_token_ids is not None or self._nulls & 8:
            field_dict["completion_token_ids"] = to_jsonable(self.completion_token_ids)
        if self.images is not None or self._nulls & 16:
            field_dict["images"] = to_jsonable(self.images)
        if self.grammar is not None or self._nulls & 32:
            field_dict["grammar"] = self.grammar
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
