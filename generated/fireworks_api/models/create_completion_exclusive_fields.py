from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompletionExclusiveFields")


@_attrs_define
class CreateCompletionExclusiveFields:
    """
    Attributes:
        model (str): The name of the model to use. Example: accounts/fireworks/models/llama-v2-7b.
        prompt (list[int] | list[list[int]] | list[str] | str): The prompt to generate completions for.
            It can be a single string or an array of strings.
            It can also be an array of integers or an array of integer arrays,
            which allows to pass already tokenized prompt.
            If multiple prompts are specified, several choices with corresponding `index` will be returned in the output."
        images (list[str] | Unset): The list of base64 encoded images for visual language completition generation.
            They should be formatted as MIME_TYPE,\\<base64 encoded str\\>
            eg. data:image/jpeg;base64,\\<base64 encoded str\\>
            Additionally, the number of images provided should match the number of '\\<image\\>' special token in the prompt
        max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion.

            If the token count of your prompt plus `max_tokens` exceed the model's context length, the behavior is depends
            on `context_length_exceeded_behavior`. By default, `max_tokens` will be lowered to fit in the context window
            instead of returning an error.
             Default: 16. Example: 16.
        logprobs (int | None | Unset): Include the log probabilities on the `logprobs` most likely tokens, as well the
            chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API
            will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the
            response.

            The maximum value for `logprobs` is 5.
        echo (bool | None | Unset): Echo back the prompt in addition to the completion. Default: False.
    """

    model: str
    prompt: list[int] | list[list[int]] | list[str] | str
    images: list[str] | Unset = UNSET
    max_tokens: int | None | Unset = 16
    logprobs: int | None | Unset = UNSET
    echo: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt: list[int] | list[list[int]] | list[str] | str
        if isinstance(self.prompt, list) or isinstance(self.prompt, list):
            prompt = self.prompt

        elif isinstance(self.prompt, list):
            prompt = []
            for prompt_type_3_item_data in self.prompt:
                prompt_type_3_item = prompt_type_3_item_data

                prompt.append(prompt_type_3_item)

        else:
            prompt = self.prompt

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        logprobs: int | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        echo: bool | None | Unset
        if isinstance(self.echo, Unset):
            echo = UNSET
        else:
            echo = self.echo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if echo is not UNSET:
            field_dict["echo"] = echo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_prompt(
            data: object,
        ) -> list[int] | list[list[int]] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_1 = cast(list[str], data)

                return prompt_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_2 = cast(list[int], data)

                return prompt_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_3 = []
                _prompt_type_3 = data
                for prompt_type_3_item_data in _prompt_type_3:
                    prompt_type_3_item = cast(list[int], prompt_type_3_item_data)

                    prompt_type_3.append(prompt_type_3_item)

                return prompt_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | list[list[int]] | list[str] | str, data)

        prompt = _parse_prompt(d.pop("prompt"))

        images = cast(list[str], d.pop("images", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_echo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        echo = _parse_echo(d.pop("echo", UNSET))

        create_completion_exclusive_fields = cls(
            model=model,
            prompt=prompt,
            images=images,
            max_tokens=max_tokens,
            logprobs=logprobs,
            echo=echo,
        )

        create_completion_exclusive_fields.additional_properties = d
        return create_completion_exclusive_fields

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
