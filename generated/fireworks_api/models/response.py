from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

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


@_attrs_define(init=False)
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
            id (None | str): The unique identifier of the response. Will be None if store=False.
            object_ (str | None): The object type, which is always 'response'. Default: 'response'.
            previous_response_id (None | str): The ID of the previous response in the conversation, if this response
                continues a conversation.
            usage (None | ResponseUsageType0): Token usage information for the request. Contains 'prompt_tokens',
                'completion_tokens', and 'total_tokens'.
            error (None | ResponseErrorType0): Error information if the response failed. Contains 'type', 'code', and
                'message' fields.
            incomplete_details (None | ResponseIncompleteDetailsType0): Details about why the response is incomplete, if
                status is 'incomplete'. Contains 'reason' field which can be 'max_output_tokens', 'max_tool_calls', or
                'content_filter'.
            instructions (None | str): System instructions that guide the model's behavior. Similar to a system message.
            max_output_tokens (int | None): The maximum number of tokens that can be generated in the response. Must be at
                least 1.
            max_tool_calls (int | None): The maximum number of tool calls allowed in a single response. Must be at least 1.
            parallel_tool_calls (bool | None): Whether to enable parallel function calling during tool use. Default is True.
                Default: True.
            reasoning (None | ResponseReasoningType0): Reasoning output from the model, if reasoning is enabled. Contains
                'content' and 'type' fields.
            store (bool | None): Whether to store this response for future retrieval. If False, the response will not be
                persisted and previous_response_id cannot reference it. Default is True. Default: True.
            temperature (float | None): The sampling temperature to use, between 0 and 2. Higher values like 0.8 make output
                more random, while lower values like 0.2 make it more focused and deterministic. Default is 1.0. Default: 1.0.
            text (None | ResponseTextType0): Text generation configuration parameters, if applicable.
            tool_choice (ResponseToolChoiceType1 | str | None): Controls which (if any) tool the model should use. Can be
                'none', 'auto', 'required', or an object specifying a particular tool. Default is 'auto'. Default: 'auto'.
            tools (list[ResponseToolsItem] | None): A list of tools the model may call. Each tool is defined with a type and
                function specification following the OpenAI tool format. Supports 'function', 'mcp', 'sse', and 'python' tool
                types.
            top_p (float | None): An alternative to temperature sampling, called nucleus sampling, where the model considers
                the results of tokens with top_p probability mass. So 0.1 means only tokens comprising the top 10% probability
                mass are considered. Default is 1.0. Default: 1.0.
            truncation (str | None): The truncation strategy to use for the context. Can be 'auto' or 'disabled'. Default is
                'disabled'. Default: 'disabled'.
            user (None | str): A unique identifier representing your end-user, which can help Fireworks to monitor and
                detect abuse.
            metadata (None | ResponseMetadataType0): Set of up to 16 key-value pairs that can be attached to the response.
                Useful for storing additional information about the response in a structured format.
    """

    created_at: int
    status: str
    model: str
    output: list[Message | ToolCall | ToolOutput]
    id: None | str = None
    object_: str | None = None
    previous_response_id: None | str = None
    usage: None | ResponseUsageType0 = None
    error: None | ResponseErrorType0 = None
    incomplete_details: None | ResponseIncompleteDetailsType0 = None
    instructions: None | str = None
    max_output_tokens: int | None = None
    max_tool_calls: int | None = None
    parallel_tool_calls: bool | None = None
    reasoning: None | ResponseReasoningType0 = None
    store: bool | None = None
    temperature: float | None = None
    text: None | ResponseTextType0 = None
    tool_choice: ResponseToolChoiceType1 | str | None = None
    tools: list[ResponseToolsItem] | None = None
    top_p: float | None = None
    truncation: str | None = None
    user: None | str = None
    metadata: None | ResponseMetadataType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        created_at: int,
        status: str,
        model: str,
        output: list[Message | ToolCall | ToolOutput],
        id: None | str | Unset = UNSET,
        object_: str | None | Unset = UNSET,
        previous_response_id: None | str | Unset = UNSET,
        usage: None | ResponseUsageType0 | Unset = UNSET,
        error: None | ResponseErrorType0 | Unset = UNSET,
        incomplete_details: None | ResponseIncompleteDetailsType0 | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning: None | ResponseReasoningType0 | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: None | ResponseTextType0 | Unset = UNSET,
        tool_choice: ResponseToolChoiceType1 | str | None | Unset = UNSET,
        tools: list[ResponseToolsItem] | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        truncation: str | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        metadata: None | ResponseMetadataType0 | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.created_at = created_at
        self.status = status
        self.model = model
        self.output = output
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            if id is None:
                nulls |= 16
        if isinstance(object_, Unset):
            self.object_ = None
        else:
            self.object_ = object_
        if isinstance(previous_response_id, Unset):
            self.previous_response_id = None
        else:
            self.previous_response_id = previous_response_id
            if previous_response_id is None:
                nulls |= 64
        if isinstance(usage, Unset):
            self.usage = None
        else:
            self.usage = usage
            if usage is None:
                nulls |= 128
        if isinstance(error, Unset):
            self.error = None
        else:
            self.error = error
            if error is None:
                nulls |= 256
        if isinstance(incomplete_details, Unset):
            self.incomplete_details = None
        else:
            self.incomplete_details = incomplete_details
            if incomplete_details is None:
                nulls |= 512
        if isinstance(instructions, Unset):
            self.instructions = None
        else:
            self.instructions = instructions
            if instructions is None:
                nulls |= 1024
        if isinstance(max_output_tokens, Unset):
            self.max_output_tokens = None
        else:
            self.max_output_tokens = max_output_tokens
            if max_output_tokens is None:
                nulls |= 2048
        if isinstance(max_tool_calls, Unset):
            self.max_tool_calls = None
        else:
            self.max_tool_calls = max_tool_calls
            if max_tool_calls is None:
                nulls |= 4096
        if isinstance(parallel_tool_calls, Unset):
            self.parallel_tool_calls = None
        else:
            self.parallel_tool_calls = parallel_tool_calls
        if isinstance(reasoning, Unset):
            self.reasoning = None
        else:
            self.reasoning = reasoning
            if reasoning is None:
                nulls |= 16384
        if isinstance(store, Unset):
            self.store = None
        else:
            self.store = store
            if store is None:
                nulls |= 32768
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
        if isinstance(text, Unset):
            self.text = None
        else:
            self.text = text
            if text is None:
                nulls |= 131072
        if isinstance(tool_choice, Unset):
            self.tool_choice = None
        else:
            self.tool_choice = tool_choice
        if isinstance(tools, Unset):
            self.tools = None
        else:
            self.tools = tools
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
        if isinstance(truncation, Unset):
            self.truncation = None
        else:
            self.truncation = truncation
        if isinstance(user, Unset):
            self.user = None
        else:
            self.user = user
            if user is None:
                nulls |= 4194304
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
            if metadata is None:
                nulls |= 8388608
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["created_at"] = self.created_at
        field_dict["status"] = self.status
        field_dict["model"] = self.model
        field_dict["output"] = to_jsonable(self.output)
        if self.id is not None or self._nulls & 16:
            field_dict["id"] = self.id
        if self.object_ is not None:
            field_dict["object"] = self.object_
        if self.previous_response_id is not None or self._nulls & 64:
            field_dict["previous_response_id"] = self.previous_response_id
        if self.usage is not None or self._nulls & 128:
            field_dict["usage"] = to_jsonable(self.usage)
        if self.error is not None or self._nulls & 256:
            field_dict["error"] = to_jsonable(self.error)
        if self.incomplete_details is not None or self._nulls & 512:
            field_dict["incomplete_details"] = to_jsonable(self.incomplete_details)
        if self.instructions is not None or self._nulls & 1024:
            field_dict["instructions"] = self.instructions
        if self.max_output_tokens is not None or self._nulls & 2048:
            field_dict["max_output_tokens"] = self.max_output_tokens
        if self.max_tool_calls is not None or self._nulls & 4096:
            field_dict["max_tool_calls"] = self.max_tool_calls
        if self.parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.reasoning is not None or self._nulls & 16384:
            field_dict["reasoning"] = to_jsonable(self.reasoning)
        if self.store is not None or self._nulls & 32768:
            field_dict["store"] = self.store
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        if self.text is not None or self._nulls & 131072:
            field_dict["text"] = to_jsonable(self.text)
        if self.tool_choice is not None:
            field_dict["tool_choice"] = to_jsonable(self.tool_choice)
        if self.tools is not None:
            field_dict["tools"] = to_jsonable(self.tools)
        if self.top_p is not None:
            field_dict["top_p"] = self.top_p
        if self.truncation is not None:
            field_dict["truncation"] = self.truncation
        if self.user is not None or self._nulls & 4194304:
            field_dict["user"] = self.user
        if self.metadata is not None or self._nulls & 8388608:
            field_dict["metadata"] = to_jsonable(self.metadata)
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
