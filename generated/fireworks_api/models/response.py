from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.response_error_type_0 import ResponseErrorType0
    from ..models.response_incomplete_details_type_0 import (
        ResponseIncompleteDetailsType0,
    )
    from ..models.response_metadata_type_0 import ResponseMetadataType0
    from ..models.response_reasoning_type_0 import ResponseReasoningType0
    from ..models.response_text_type_0 import ResponseTextType0
    from ..models.response_tool_choice_type_1 import ResponseToolChoiceType1
    from ..models.response_tools_item import ResponseToolsItem
    from ..models.response_usage_type_0 import ResponseUsageType0
    from ..models.tool_call import ToolCall
    from ..models.tool_output import ToolOutput


T = TypeVar("T", bound="Response")


@_attrs_define
class Response:
    """Represents a response object returned from the API.

    A response includes the model output, token usage, configuration parameters,
    and metadata about the conversation state.

        Attributes:
            created_at (int): The Unix timestamp (in seconds) when the response was created.
            status (str): The status of the response. Can be 'completed', 'in_progress', 'incomplete', 'failed', or
                'cancelled'.
            model (str): The model used to generate the response (e.g., `accounts/<ACCOUNT_ID>/models/<MODEL_ID>`).
            output (list[Message | ToolCall | ToolOutput]): An array of output items produced by the model. Can contain
                messages, tool calls, and tool outputs.
            id (None | str | Unset): The unique identifier of the response. Will be None if store=False.
            object_ (str | Unset): The object type, which is always 'response'. Default: 'response'.
            previous_response_id (None | str | Unset): The ID of the previous response in the conversation, if this response
                continues a conversation.
            usage (None | ResponseUsageType0 | Unset): Token usage information for the request. Contains 'prompt_tokens',
                'completion_tokens', and 'total_tokens'.
            error (None | ResponseErrorType0 | Unset): Error information if the response failed. Contains 'type', 'code',
                and 'message' fields.
            incomplete_details (None | ResponseIncompleteDetailsType0 | Unset): Details about why the response is
                incomplete, if status is 'incomplete'. Contains 'reason' field which can be 'max_output_tokens',
                'max_tool_calls', or 'content_filter'.
            instructions (None | str | Unset): System instructions that guide the model's behavior. Similar to a system
                message.
            max_output_tokens (int | None | Unset): The maximum number of tokens that can be generated in the response. Must
                be at least 1.
            max_tool_calls (int | None | Unset): The maximum number of tool calls allowed in a single response. Must be at
                least 1.
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use. Default is
                True. Default: True.
            reasoning (None | ResponseReasoningType0 | Unset): Reasoning output from the model, if reasoning is enabled.
                Contains 'content' and 'type' fields.
            store (bool | None | Unset): Whether to store this response for future retrieval. If False, the response will
                not be persisted and previous_response_id cannot reference it. Default is True. Default: True.
            temperature (float | Unset): The sampling temperature to use, between 0 and 2. Higher values like 0.8 make
                output more random, while lower values like 0.2 make it more focused and deterministic. Default is 1.0. Default:
                1.0.
            text (None | ResponseTextType0 | Unset): Text generation configuration parameters, if applicable.
            tool_choice (ResponseToolChoiceType1 | str | Unset): Controls which (if any) tool the model should use. Can be
                'none', 'auto', 'required', or an object specifying a particular tool. Default is 'auto'. Default: 'auto'.
            tools (list[ResponseToolsItem] | Unset): A list of tools the model may call. Each tool is defined with a type
                and function specification following the OpenAI tool format. Supports 'function', 'mcp', 'sse', and 'python'
                tool types.
            top_p (float | Unset): An alternative to temperature sampling, called nucleus sampling, where the model
                considers the results of tokens with top_p probability mass. So 0.1 means only tokens comprising the top 10%
                probability mass are considered. Default is 1.0. Default: 1.0.
            truncation (str | Unset): The truncation strategy to use for the context. Can be 'auto' or 'disabled'. Default
                is 'disabled'. Default: 'disabled'.
            user (None | str | Unset): A unique identifier representing your end-user, which can help Fireworks to monitor
                and detect abuse.
            metadata (None | ResponseMetadataType0 | Unset): Set of up to 16 key-value pairs that can be attached to the
                response. Useful for storing additional information about the response in a structured format.
    """

    created_at: int
    status: str
    model: str
    output: list[Message | ToolCall | ToolOutput]
    id: None | str | Unset = UNSET
    object_: str | Unset = "response"
    previous_response_id: None | str | Unset = UNSET
    usage: None | ResponseUsageType0 | Unset = UNSET
    error: None | ResponseErrorType0 | Unset = UNSET
    incomplete_details: None | ResponseIncompleteDetailsType0 | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    parallel_tool_calls: bool | Unset = True
    reasoning: None | ResponseReasoningType0 | Unset = UNSET
    store: bool | None | Unset = True
    temperature: float | Unset = 1.0
    text: None | ResponseTextType0 | Unset = UNSET
    tool_choice: ResponseToolChoiceType1 | str | Unset = "auto"
    tools: list[ResponseToolsItem] | Unset = UNSET
    top_p: float | Unset = 1.0
    truncation: str | Unset = "disabled"
    user: None | str | Unset = UNSET
    metadata: None | ResponseMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message
        from ..models.response_error_type_0 import ResponseErrorType0
        from ..models.response_incomplete_details_type_0 import (
            ResponseIncompleteDetailsType0,
        )
        from ..models.response_metadata_type_0 import ResponseMetadataType0
        from ..models.response_reasoning_type_0 import ResponseReasoningType0
        from ..models.response_text_type_0 import ResponseTextType0
        from ..models.response_tool_choice_type_1 import ResponseToolChoiceType1
        from ..models.response_usage_type_0 import ResponseUsageType0
        from ..models.tool_call import ToolCall

        created_at = self.created_at

        status = self.status

        model = self.model

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, Message) or isinstance(
                output_item_data, ToolCall
            ):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, ResponseIncompleteDetailsType0):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponseReasoningType0):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        temperature = self.temperature

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextType0):
            text = self.text.to_dict()
        else:
            text = self.text

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponseToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        top_p = self.top_p

        truncation = self.truncation

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "status": status,
                "model": model,
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if store is not UNSET:
            field_dict["store"] = store
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message import Message
        from ..models.response_error_type_0 import ResponseErrorType0
        from ..models.response_incomplete_details_type_0 import (
            ResponseIncompleteDetailsType0,
        )
        from ..models.response_metadata_type_0 import ResponseMetadataType0
        from ..models.response_reasoning_type_0 import ResponseReasoningType0
        from ..models.response_text_type_0 import ResponseTextType0
        from ..models.response_tool_choice_type_1 import ResponseToolChoiceType1
        from ..models.response_tools_item import ResponseToolsItem
        from ..models.response_usage_type_0 import ResponseUsageType0
        from ..models.tool_call import ToolCall
        from ..models.tool_output import ToolOutput

        d = dict(src_dict)
        created_at = d.pop("created_at")

        status = d.pop("status")

        model = d.pop("model")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(data: object) -> Message | ToolCall | ToolOutput:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_0 = Message.from_dict(data)

                    return output_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_1 = ToolCall.from_dict(data)

                    return output_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                output_item_type_2 = ToolOutput.from_dict(data)

                return output_item_type_2

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(
            d.pop("previous_response_id", UNSET)
        )

        def _parse_usage(data: object) -> None | ResponseUsageType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponseUsageType0.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseUsageType0 | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_error(data: object) -> None | ResponseErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponseErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseErrorType0 | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_incomplete_details(
            data: object,
        ) -> None | ResponseIncompleteDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = ResponseIncompleteDetailsType0.from_dict(
                    data
                )

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseIncompleteDetailsType0 | Unset, data)

        incomplete_details = _parse_incomplete_details(
            d.pop("incomplete_details", UNSET)
        )

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_reasoning(data: object) -> None | ResponseReasoningType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponseReasoningType0.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseReasoningType0 | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        temperature = d.pop("temperature", UNSET)

        def _parse_text(data: object) -> None | ResponseTextType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponseTextType0.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseTextType0 | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_tool_choice(data: object) -> ResponseToolChoiceType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ResponseToolChoiceType1.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseToolChoiceType1 | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ResponseToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ResponseToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        top_p = d.pop("top_p", UNSET)

        truncation = d.pop("truncation", UNSET)

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_metadata(data: object) -> None | ResponseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        response = cls(
            created_at=created_at,
            status=status,
            model=model,
            output=output,
            id=id,
            object_=object_,
            previous_response_id=previous_response_id,
            usage=usage,
            error=error,
            incomplete_details=incomplete_details,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            store=store,
            temperature=temperature,
            text=text,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            truncation=truncation,
            user=user,
            metadata=metadata,
        )

        response.additional_properties = d
        return response

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
