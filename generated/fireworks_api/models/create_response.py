from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_input_type_1_item import CreateResponseInputType1Item
    from ..models.create_response_metadata_type_0 import CreateResponseMetadataType0
    from ..models.create_response_reasoning_type_0 import CreateResponseReasoningType0
    from ..models.create_response_text_type_0 import CreateResponseTextType0
    from ..models.create_response_tool_choice_type_1 import (
        CreateResponseToolChoiceType1,
    )
    from ..models.create_response_tools_type_0_item import CreateResponseToolsType0Item


T = TypeVar("T", bound="CreateResponse")


@_attrs_define
class CreateResponse:
    """Request model for creating a new response.

    This model defines all the parameters needed to create a new model response,
    including model configuration, input data, tool definitions, and conversation continuation.

        Attributes:
            model (str): The model to use for generating the response. Example: `accounts/<ACCOUNT_ID>/models/<MODEL_ID>`.
            input_ (list[CreateResponseInputType1Item] | str): The input to the model. Can be a simple text string or a list
                of message objects for complex inputs with multiple content types.
            previous_response_id (None | str | Unset): The ID of a previous response to continue the conversation from. When
                provided, the conversation history from that response will be automatically loaded.
            instructions (None | str | Unset): System instructions that guide the model's behavior throughout the
                conversation. Similar to a system message.
            max_output_tokens (int | None | Unset): The maximum number of tokens that can be generated in the response. Must
                be at least 1. If not specified, the model will generate up to its maximum context length.
            max_tool_calls (int | None | Unset): The maximum number of tool calls allowed in a single response. Useful for
                controlling costs and limiting tool execution. Must be at least 1.
            metadata (CreateResponseMetadataType0 | None | Unset): Set of up to 16 key-value pairs that can be attached to
                the response. Useful for storing additional information in a structured format.
            parallel_tool_calls (bool | None | Unset): Whether to enable parallel function calling during tool use. When
                true, the model can call multiple tools simultaneously. Default is True. Default: True.
            reasoning (CreateResponseReasoningType0 | None | Unset): Configuration for reasoning output. When enabled, the
                model will return its reasoning process along with the response.
            store (bool | None | Unset): Whether to store the response. When set to false, the response will not be stored
                and will not be retrievable via the API. This is useful for ephemeral or sensitive data. See an example in our
                [Controlling Response Storage cookbook](https://github.com/fw-ai/cookbook/blob/main/learn/response-
                api/mcp_server_with_store_false_argument.ipynb). Default is True. Default: True.
            stream (bool | None | Unset): Whether to stream the response back as Server-Sent Events (SSE). When true, tokens
                are sent incrementally as they are generated. Default is False. Default: False.
            temperature (float | None | Unset): The sampling temperature to use, between 0 and 2. Higher values like 0.8
                make output more random, while lower values like 0.2 make it more focused and deterministic. Default is 1.0.
                Default: 1.0.
            text (CreateResponseTextType0 | None | Unset): Text generation configuration parameters. Used for advanced text
                generation settings.
            tool_choice (CreateResponseToolChoiceType1 | None | str | Unset): Controls which (if any) tool the model should
                use. Can be 'none' (never call tools), 'auto' (model decides), 'required' (must call at least one tool), or an
                object specifying a particular tool to call. Default is 'auto'. Default: 'auto'.
            tools (list[CreateResponseToolsType0Item] | None | Unset): A list of MCP tools the model may call. See our
                cookbooks for examples on [basic MCP usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
                api/fireworks_mcp_examples.ipynb) and [streaming with MCP](https://github.com/fw-
                ai/cookbook/blob/main/learn/response-api/fireworks_mcp_with_streaming.ipynb).
            top_p (float | None | Unset): An alternative to temperature sampling, called nucleus sampling, where the model
                considers the results of tokens with top_p probability mass. So 0.1 means only tokens comprising the top 10%
                probability mass are considered. Default is 1.0. We generally recommend altering this or temperature but not
                both. Default: 1.0.
            truncation (None | str | Unset): The truncation strategy to use for the context when it exceeds the model's
                maximum length. Can be 'auto' (automatically truncate) or 'disabled' (return error if context too long). Default
                is 'disabled'. Default: 'disabled'.
            user (None | str | Unset): A unique identifier representing your end-user, which can help Fireworks to monitor
                and detect abuse. This can be a username, email, or any other unique identifier.
    """

    model: str
    input_: list[CreateResponseInputType1Item] | str
    previous_response_id: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    metadata: CreateResponseMetadataType0 | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = True
    reasoning: CreateResponseReasoningType0 | None | Unset = UNSET
    store: bool | None | Unset = True
    stream: bool | None | Unset = False
    temperature: float | None | Unset = 1.0
    text: CreateResponseTextType0 | None | Unset = UNSET
    tool_choice: CreateResponseToolChoiceType1 | None | str | Unset = "auto"
    tools: list[CreateResponseToolsType0Item] | None | Unset = UNSET
    top_p: float | None | Unset = 1.0
    truncation: None | str | Unset = "disabled"
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_response_metadata_type_0 import CreateResponseMetadataType0
        from ..models.create_response_reasoning_type_0 import (
            CreateResponseReasoningType0,
        )
        from ..models.create_response_text_type_0 import CreateResponseTextType0
        from ..models.create_response_tool_choice_type_1 import (
            CreateResponseToolChoiceType1,
        )

        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, CreateResponseReasoningType0):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, CreateResponseTextType0):
            text = self.text.to_dict()
        else:
            text = self.text

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, CreateResponseToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

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
                "input": input_,
            }
        )
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_input_type_1_item import (
            CreateResponseInputType1Item,
        )
        from ..models.create_response_metadata_type_0 import CreateResponseMetadataType0
        from ..models.create_response_reasoning_type_0 import (
            CreateResponseReasoningType0,
        )
        from ..models.create_response_text_type_0 import CreateResponseTextType0
        from ..models.create_response_tool_choice_type_1 import (
            CreateResponseToolChoiceType1,
        )
        from ..models.create_response_tools_type_0_item import (
            CreateResponseToolsType0Item,
        )

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(data: object) -> list[CreateResponseInputType1Item] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = CreateResponseInputType1Item.from_dict(
                        input_type_1_item_data
                    )

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateResponseInputType1Item] | str, data)

        input_ = _parse_input_(d.pop("input"))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(
            d.pop("previous_response_id", UNSET)
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

        def _parse_metadata(data: object) -> CreateResponseMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(
            d.pop("parallel_tool_calls", UNSET)
        )

        def _parse_reasoning(
            data: object,
        ) -> CreateResponseReasoningType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = CreateResponseReasoningType0.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseReasoningType0 | None | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_text(data: object) -> CreateResponseTextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = CreateResponseTextType0.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseTextType0 | None | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> CreateResponseToolChoiceType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = CreateResponseToolChoiceType1.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseToolChoiceType1 | None | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_tools(
            data: object,
        ) -> list[CreateResponseToolsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = CreateResponseToolsType0Item.from_dict(
                        tools_type_0_item_data
                    )

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateResponseToolsType0Item] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_truncation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        create_response = cls(
            model=model,
            input_=input_,
            previous_response_id=previous_response_id,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            metadata=metadata,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            store=store,
            stream=stream,
            temperature=temperature,
            text=text,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            truncation=truncation,
            user=user,
        )

        create_response.additional_properties = d
        return create_response

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
