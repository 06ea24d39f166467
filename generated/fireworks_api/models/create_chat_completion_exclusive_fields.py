from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_message import ChatCompletionRequestMessage
    from ..models.chat_completion_tool import ChatCompletionTool


T = TypeVar("T", bound="CreateChatCompletionExclusiveFields")


@_attrs_define
class CreateChatCompletionExclusiveFields:
    """
    Attributes:
        model (str): The name of the model to use. Example: accounts/fireworks/models/llama-v2-7b-chat.
        messages (list[ChatCompletionRequestMessage]): A list of messages comprising the conversation so far.
        tools (list[ChatCompletionTool] | Unset): A list of tools the model may call. Currently, only functions are
            supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. See the
            guide for more information and the list of supported models: https://readme.fireworks.ai/docs/function-
            calling#supported-models
        max_tokens (int | Unset): The maximum number of tokens to generate in the completion.

            If the token count of your prompt (previous messages) plus `max_tokens` exceed the model's context length, the
            behavior is depends on `context_length_exceeded_behavior`. By default, `max_tokens` will be lowered to fit in
            the context window instead of returning an error.
             Default: 200.
        prompt_truncate_len (int | None | Unset): The size to which to truncate chat prompts. Earlier user/assistant
            messages will be evicted to fit the prompt into this length.

            This should usually be set to a number << the max context size of the model, to allow enough remaining tokens
            for generating a response.

            If omitted, you may receive "prompt too long" errors in your responses as conversations grow. Note that even
            with this set, you may still receive "prompt too long" errors if individual messages are too long for the model
            context window.
             Default: 1500.
    """

    model: str
    messages: list[ChatCompletionRequestMessage]
    tools: list[ChatCompletionTool] | Unset = UNSET
    max_tokens: int | Unset = 200
    prompt_truncate_len: int | None | Unset = 1500
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        max_tokens = self.max_tokens

        prompt_truncate_len: int | None | Unset
        if isinstance(self.prompt_truncate_len, Unset):
            prompt_truncate_len = UNSET
        else:
            prompt_truncate_len = self.prompt_truncate_len

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if prompt_truncate_len is not UNSET:
            field_dict["prompt_truncate_len"] = prompt_truncate_len

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_message import (
            ChatCompletionRequestMessage,
        )
        from ..models.chat_completion_tool import ChatCompletionTool

        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatCompletionRequestMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatCompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        max_tokens = d.pop("max_tokens", UNSET)

        def _parse_prompt_truncate_len(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_truncate_len = _parse_prompt_truncate_len(
            d.pop("prompt_truncate_len", UNSET)
        )

        create_chat_completion_exclusive_fields = cls(
            model=model,
            messages=messages,
            tools=tools,
            max_tokens=max_tokens,
            prompt_truncate_len=prompt_truncate_len,
        )

        create_chat_completion_exclusive_fields.additional_properties = d
        return create_chat_completion_exclusive_fields

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
