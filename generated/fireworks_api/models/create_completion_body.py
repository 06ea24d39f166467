from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_create_completion_request_context_length_exceeded_behavior import (
    BaseCreateCompletionRequestContextLengthExceededBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_create_completion_request_response_format_type_0 import (
        BaseCreateCompletionRequestResponseFormatType0,
    )


T = TypeVar("T", bound="CreateCompletionBody")


@_attrs_define
class CreateCompletionBody:
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
        temperature (float | None | Unset): What sampling temperature to use, between 0 and 2. Higher values like 0.8
            will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

            We generally recommend altering this or `top_p` but not both.
             Default: 1.0. Example: 1.
        top_p (float | None | Unset): An alternative to sampling with temperature, called nucleus sampling, where the
            model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising
            the top 10% probability mass are considered.

            We generally recommend altering this or `temperature` but not both.
             Default: 1.0. Example: 1.
        top_k (int | None | Unset): Top-k sampling is another sampling method where the k most probable next tokens are
            filtered and the probability mass is redistributed among only those k next tokens. The value of k controls the
            number of candidates for the next token at each step during text generation.
             Example: 50.
        frequency_penalty (float | None | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based
            on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line
            verbatim.

            Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to
            strongly suppress repetition, then one can increase the coefficients up to 2, but this can noticeably degrade
            the quality of samples. Negative values can be used to increase the likelihood of repetition.

            See also `presence_penalty` for penalizing tokens that have at least one appearance at a fixed rate.
             Default: 0.0.
        presence_penalty (float | None | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based
            on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

            Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to
            strongly suppress repetition, then one can increase the coefficients up to 2, but this can noticeably degrade
            the quality of samples. Negative values can be used to increase the likelihood of repetition.

            See also `frequence_penalty` for penalizing tokens at an increasing rate depending on how often they appear.
             Default: 0.0.
        n (int | None | Unset): How many completions to generate for each prompt.

            **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
            carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
             Default: 1. Example: 1.
        stop (list[str] | None | str | Unset): Up to 4 sequences where the API will stop generating further tokens. The
            returned text will contain the stop sequence.
        response_format (BaseCreateCompletionRequestResponseFormatType0 | None | Unset): Allows to force the model to
            produce specific output format.

            Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is
            valid JSON.

            Optional JSON schema can be provided as `response_format = {"type": "json_object", "schema": <json_schema>}`.

            **Important:** when using JSON mode, it's crucial to also instruct the model to produce JSON via a system or
            user message. Without this, the model may generate an unending stream of whitespace until the generation reaches
            the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content
            may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or
            the conversation exceeded the max context length. In this case the return value might not be a valid JSON.
        stream (bool | None | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-only
            [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-
            sent_events#Event_stream_format)
            as they become available, with the stream terminated by a `data: [DONE]` message.
             Default: False.
        context_length_exceeded_behavior (BaseCreateCompletionRequestContextLengthExceededBehavior | Unset): What to do
            if the token count of prompt plus `max_tokens` exceeds the model's context window.

            Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the
            default.

            Passing `error` would trigger a request error.

            The default of 'truncate' is selected as it allows to ask for high `max_tokens` value while respecting the
            context window length without having to do client-side prompt tokenization.

            Note, that it differs from OpenAI's behavior that matches that of `error`.
        user (None | str | Unset): A unique identifier representing your end-user, which can help monitor and detect
            abuse
    """

    model: str
    prompt: list[int] | list[list[int]] | list[str] | str
    images: list[str] | Unset = UNSET
    max_tokens: int | None | Unset = 16
    logprobs: int | None | Unset = UNSET
    echo: bool | None | Unset = False
    temperature: float | None | Unset = 1.0
    top_p: float | None | Unset = 1.0
    top_k: int | None | Unset = UNSET
    frequency_penalty: float | None | Unset = 0.0
    presence_penalty: float | None | Unset = 0.0
    n: int | None | Unset = 1
    stop: list[str] | None | str | Unset = UNSET
    response_format: BaseCreateCompletionRequestResponseFormatType0 | None | Unset = (
        UNSET
    )
    stream: bool | None | Unset = False
    context_length_exceeded_behavior: (
        BaseCreateCompletionRequestContextLengthExceededBehavior | Unset
    ) = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_create_completion_request_response_format_type_0 import (
            BaseCreateCompletionRequestResponseFormatType0,
        )

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

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(
            self.response_format, BaseCreateCompletionRequestResponseFormatType0
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        context_length_exceeded_behavior: str | Unset = UNSET
        if not isinstance(self.context_length_exceeded_behavior, Unset):
            context_length_exceeded_behavior = (
                self.context_length_exceeded_behavior.value
            )

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

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
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if n is not UNSET:
            field_dict["n"] = n
        if stop is not UNSET:
            field_dict["stop"] = stop
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stream is not UNSET:
            field_dict["stream"] = stream
        if context_length_exceeded_behavior is not UNSET:
            field_dict["context_length_exceeded_behavior"] = (
                context_length_exceeded_behavior
            )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.base_create_completion_request_response_format_type_0 import (
            BaseCreateCompletionRequestResponseFormatType0,
        )

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

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_top_k(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_k = _parse_top_k(d.pop("top_k", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_response_format(
            data: object,
        ) -> BaseCreateCompletionRequestResponseFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = (
                    BaseCreateCompletionRequestResponseFormatType0.from_dict(data)
                )

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BaseCreateCompletionRequestResponseFormatType0 | None | Unset, data
            )

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        _context_length_exceeded_behavior = d.pop(
            "context_length_exceeded_behavior", UNSET
        )
        context_length_exceeded_behavior: (
            BaseCreateCompletionRequestContextLengthExceededBehavior | Unset
        )
        if isinstance(_context_length_exceeded_behavior, Unset):
            context_length_exceeded_behavior = UNSET
        else:
            context_length_exceeded_behavior = (
                BaseCreateCompletionRequestContextLengthExceededBehavior(
                    _context_length_exceeded_behavior
                )
            )

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        create_completion_body = cls(
            model=model,
            prompt=prompt,
            images=images,
            max_tokens=max_tokens,
            logprobs=logprobs,
            echo=echo,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            n=n,
            stop=stop,
            response_format=response_format,
            stream=stream,
            context_length_exceeded_behavior=context_length_exceeded_behavior,
            user=user,
        )

        create_completion_body.additional_properties = d
        return create_completion_body

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
