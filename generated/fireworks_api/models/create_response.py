from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.create_response_input_type_1_item import CreateResponseInputType1Item
    from ..models.create_response_metadata_type_0 import CreateResponseMetadataType0
    from ..models.create_response_reasoning_type_0 import CreateResponseReasoningType0
    from ..models.create_response_text_type_0 import CreateResponseTextType0
    from ..models.create_response_tool_choice_type_1 import (
        CreateResponseToolChoiceType1,
    )
    from ..models.create_response_tools_type_0_item import CreateResponseToolsType0Item


@_attrs_define(init=False)
class CreateResponse:
    """Request model for creating a new response.

    This model defines all the parameters needed to create a new model response,
    including model configuration, input data, tool definitions, and conversation continuation.

        Attributes:
            model (str): The model to use for generating the response. Example: `accounts/<ACCOUNT_ID>/models/<MODEL_ID>`.
            input_ (list[CreateResponseInputType1Item] | str): The input to the model. Can be a simple text string or a list
                of message objects for complex inputs with multiple content types.
            previous_response_id (None | str): The ID of a previous response to continue the conversation from. When
                provided, the conversation history from that response will be automatically loaded.
            instructions (None | str): System instructions that guide the model's behavior throughout the conversation.
                Similar to a system message.
            max_output_tokens (int | None): The maximum number of tokens that can be generated in the response. Must be at
                least 1. If not specified, the model will generate up to its maximum context length.
            max_tool_calls (int | None): The maximum number of tool calls allowed in a single response. Useful for
                controlling costs and limiting tool execution. Must be at least 1.
            metadata (CreateResponseMetadataType0 | None): Set of up to 16 key-value pairs that can be attached to the
                response. Useful for storing additional information in a structured format.
            parallel_tool_calls (bool | None): Whether to enable parallel function calling during tool use. When true, the
                model can call multiple tools simultaneously. Default is True. Default: True.
            reasoning (CreateResponseReasoningType0 | None): Configuration for reasoning output. When enabled, the model
                will return its reasoning process along with the response.
            store (bool | None): Whether to store the response. When set to false, the response will not be stored and will
                not be retrievable via the API. This is useful for ephemeral or sensitive data. See an example in our
                [Controlling Response Storage cookbook](https://github.com/fw-ai/cookbook/blob/main/learn/response-
                api/mcp_server_with_store_false_argument.ipynb). Default is True. Default: True.
            stream (bool | None): Whether to stream the response back as Server-Sent Events (SSE). When true, tokens are
                sent incrementally as they are generated. Default is False. Default: False.
            temperature (float | None): The sampling temperature to use, between 0 and 2. Higher values like 0.8 make output
                more random, while lower values like 0.2 make it more focused and deterministic. Default is 1.0. Default: 1.0.
            text (CreateResponseTextType0 | None): Text generation configuration parameters. Used for advanced text
                generation settings.
            tool_choice (CreateResponseToolChoiceType1 | None | str): Controls which (if any) tool the model should use. Can
                be 'none' (never call tools), 'auto' (model decides), 'required' (must call at least one tool), or an object
                specifying a particular tool to call. Default is 'auto'. Default: 'auto'.
            tools (list[CreateResponseToolsType0Item] | None): A list of MCP tools the model may call. See our cookbooks for
                examples on [basic MCP usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
                api/fireworks_mcp_examples.ipynb) and [streaming with MCP](https://github.com/fw-
                ai/cookbook/blob/main/learn/response-api/fireworks_mcp_with_streaming.ipynb).
            top_p (float | None): An alternative to temperature sampling, called nucleus sampling, where the model considers
                the results of tokens with top_p probability mass. So 0.1 means only tokens comprising the top 10% probability
                mass are considered. Default is 1.0. We generally recommend altering this or temperature but not both. Default:
                1.0.
            truncation (None | str): The truncation strategy to use for the context when it exceeds the model's maximum
                length. Can be 'auto' (automatically truncate) or 'disabled' (return error if context too long). Default is
                'disabled'. Default: 'disabled'.
            user (None | str): A unique identifier representing your end-user, which can help Fireworks to monitor and
                detect abuse. This can be a username, email, or any other unique identifier.
    """

    model: str
    input_: list[CreateResponseInputType1Item] | str
    previous_response_id: None | str = None
    instructions: None | str = None
    max_output_tokens: int | None = None
    max_tool_calls: int | None = None
    metadata: CreateResponseMetadataType0 | None = None
    parallel_tool_calls: bool | None = None
    reasoning: CreateResponseReasoningType0 | None = None
    store: bool | None = None
    stream: bool | None = None
    temperature: float | None = None
    text: CreateResponseTextType0 | None = None
    tool_choice: CreateResponseToolChoiceType1 | None | str = None
    tools: list[CreateResponseToolsType0Item] | None = None
    top_p: float | None = None
    truncation: None | str = None
    user: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        model: str,
        input_: list[CreateResponseInputType1Item] | str,
        previous_response_id: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        metadata: CreateResponseMetadataType0 | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning: CreateResponseReasoningType0 | None | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: CreateResponseTextType0 | None | Unset = UNSET,
        tool_choice: CreateResponseToolChoiceType1 | None | str | Unset = UNSET,
        tools: list[CreateResponseToolsType0Item] | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        truncation: None | str | Unset = UNSET,
        user: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.model = model
        self.input_ = input_
        if isinstance(previous_response_id, Unset):
            self.previous_response_id = None
        else:
            self.previous_response_id = previous_response_id
            if previous_response_id is None:
                nulls |= 4
        if isinstance(instructions, Unset):
            self.instructions = None
        else:
            self.instructions = instructions
            if instructions is None:
                nulls |= 8
        if isinstance(max_output_tokens, Unset):
            self.max_output_tokens = None
        else:
            self.max_output_tokens = max_output_tokens
            if max_output_tokens is None:
                nulls |= 16
        if isinstance(max_tool_calls, Unset):
            self.max_tool_calls = None
        else:
            self.max_tool_calls = max_tool_calls
            if max_tool_calls is None:
                nulls |= 32
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
            if metadata is None:
                nulls |= 64
        if isinstance(parallel_tool_calls, Unset):
            self.parallel_tool_calls = None
        else:
            self.parallel_tool_calls = parallel_tool_calls
            if parallel_tool_calls is None:
                nulls |= 128
        if isinstance(reasoning, Unset):
            self.reasoning = None
        else:
            self.reasoning = reasoning
            if reasoning is None:
                nulls |= 256
        if isinstance(store, Unset):
            self.store = None
        else:
            self.store = store
            if store is None:
                nulls |= 512
        if isinstance(stream, Unset):
            self.stream = None
        else:
            self.stream = stream
            if stream is None:
                nulls |= 1024
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
            if temperature is None:
                nulls |= 2048
        if isinstance(text, Unset):
            self.text = None
        else:
            self.text = text
            if text is None:
                nulls |= 4096
        if isinstance(tool_choice, Unset):
            self.tool_choice = None
        else:
            self.tool_choice = tool_choice
            if tool_choice is None:
                nulls |= 8192
        if isinstance(tools, Unset):
            self.tools = None
        else:
            self.tools = tools
            if tools is None:
                nulls |= 16384
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
            if top_p is None:
                nulls |= 32768
        if isinstance(truncation, Unset):
            self.truncation = None
        else:
            self.truncation = truncation
            if truncation is None:
                nulls |= 65536
        if isinstance(user, Unset):
            self.user = None
        else:
            self.user = user
            if user is None:
                nulls |= 131072
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["model"] = self.model
        field_dict["input"] = to_jsonable(self.input_)
        if self.previous_response_id is not None or self._nulls & 4:
            field_dict["previous_response_id"] = self.previous_response_id
        if self.instructions is not None or self._nulls & 8:
            field_dict["instructions"] = self.instructions
        if self.max_output_tokens is not None or self._nulls & 16:
            field_dict["max_output_tokens"] = self.max_output_tokens
        if self.max_tool_calls is not None or self._nulls & 32:
            field_dict["max_tool_calls"] = self.max_tool_calls
        if self.metadata is not None or self._nulls & 64:
            field_dict["metadata"] = to_jsonable(self.metadata)
        if self.parallel_tool_calls is not None or self._nulls & 128:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.reasoning is not None or self._nulls & 256:
            field_dict["reasoning"] = to_jsonable(self.reasoning)
        if self.store is not None or self._nulls & 512:
            field_dict["store"] = self.store
        if self.stream is not None or self._nulls & 1024:
            field_dict["stream"] = self.stream
        if self.temperature is not None or self._nulls & 2048:
            field_dict["temperature"] = self.temperature
        if self.text is not None or self._nulls & 4096:
            field_dict["text"] = to_jsonable(self.text)
        if self.tool_choice is not None or self._nulls & 8192:
            field_dict["tool_choice"] = to_jsonable(self.tool_choice)
        if self.tools is not None or self._nulls & 16384:
            field_dict["tools"] = to_jsonable(self.tools)
        if self.top_p is not None or self._nulls & 32768:
            field_dict["top_p"] = self.top_p
        if self.truncation is not None or self._nulls & 65536:
            field_dict["truncation"] = self.truncation
        if self.user is not None or self._nulls & 131072:
            field_dict["user"] = self.user
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
