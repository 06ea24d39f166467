from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.anthropic_input_message import AnthropicInputMessage
    from ..models.anthropic_metadata import AnthropicMetadata
    from ..models.anthropic_output_config import AnthropicOutputConfig
    from ..models.anthropic_request_text_block import AnthropicRequestTextBlock
    from ..models.anthropic_thinking_config_adaptive import (
        AnthropicThinkingConfigAdaptive,
    )
    from ..models.anthropic_thinking_config_disabled import (
        AnthropicThinkingConfigDisabled,
    )
    from ..models.anthropic_thinking_config_enabled import (
        AnthropicThinkingConfigEnabled,
    )
    from ..models.anthropic_tool import AnthropicTool
    from ..models.anthropic_tool_choice_any import AnthropicToolChoiceAny
    from ..models.anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from ..models.anthropic_tool_choice_none import AnthropicToolChoiceNone
    from ..models.anthropic_tool_choice_tool import AnthropicToolChoiceTool


@_attrs_define(init=False)
class AnthropicCreateMessageParams:
    """
    Example:
        {'max_tokens': 1024, 'messages': [{'content': 'Hello, world', 'role': 'user'}], 'model': 'claude-opus-4-6'}

    Attributes:
        model (str): The model that will complete your prompt. See the [Fireworks Model
            Library](https://app.fireworks.ai/models) for available models.
        messages (list[AnthropicInputMessage]): Input messages.

            Models are trained to operate on alternating `user` and `assistant` conversational turns. When creating a new
            `Message`, you specify the prior conversational turns with the `messages` parameter, and the model then
            generates the next `Message` in the conversation. Consecutive `user` or `assistant` turns in your request will
            be combined into a single turn.

            Each input message must be an object with a `role` and `content`. You can specify a single `user`-role message,
            or you can include multiple `user` and `assistant` messages.

            If the final message uses the `assistant` role, the response content will continue immediately from the content
            in that message. This can be used to constrain part of the model's response.

            Example with a single `user` message:

            ```json
            [{"role": "user", "content": "Hello"}]
            ```

            Example with multiple conversational turns:

            ```json
            [
              {"role": "user", "content": "Hello there."},
              {"role": "assistant", "content": "Hi, I'm here to help. How can I help you?"},
              {"role": "user", "content": "Can you explain LLMs in plain English?"},
            ]
            ```

            Example with a partially-filled response from the model:

            ```json
            [
              {"role": "user", "content": "What's the Greek name for Sun? (A) Sol (B) Helios (C) Sun"},
              {"role": "assistant", "content": "The best answer is ("},
            ]
            ```

            Each input message `content` may be either a single `string` or an array of content blocks, where each block has
            a specific `type`. Using a `string` for `content` is shorthand for an array of one content block of type
            `"text"`. The following input messages are equivalent:

            ```json
            {"role": "user", "content": "Hello"}
            ```

            ```json
            {"role": "user", "content": [{"type": "text", "text": "Hello"}]}
            ```

            See [input examples](https://docs.claude.com/en/api/messages-examples).

            Note that if you want to include a [system prompt](/guides/querying-text-models), you can use the top-level
            `system` parameter — there is no `"system"` role for input messages in the Messages API.

            There is a limit of 100,000 messages in a single request.
        max_tokens (int | None): The maximum number of tokens to generate before stopping.

            Note that models may stop _before_ reaching this maximum. This parameter only specifies the absolute maximum
            number of tokens to generate.

            Different models have different maximum values for this parameter.  See
            [models](https://app.fireworks.ai/models) for details.
        metadata (AnthropicMetadata | None):
        output_config (AnthropicOutputConfig | None):
        stop_sequences (list[str] | None): Custom text sequences that will cause the model to stop generating.

            Models will normally stop when they have naturally completed their turn, which will result in a response
            `stop_reason` of `"end_turn"`.

            If you want the model to stop generating when it encounters custom strings of text, you can use the
            `stop_sequences` parameter. If the model encounters one of the custom sequences, the response `stop_reason`
            value will be `"stop_sequence"` and the response `stop_sequence` value will contain the matched stop sequence.
        stream (bool | None): Whether to incrementally stream the response using server-sent events.

            See [streaming](/guides/querying-text-models) for details.
        system (list[AnthropicRequestTextBlock] | str | None): System prompt.

            A system prompt is a way of providing context and instructions to the model, such as specifying a particular
            goal or role. See the [guide to system prompts](/guides/querying-text-models).
        temperature (float | None): Amount of randomness injected into the response.

            Defaults to `1.0`. Ranges from `0.0` to `1.0`. Use `temperature` closer to `0.0` for analytical / multiple
            choice, and closer to `1.0` for creative and generative tasks.

            Note that even with `temperature` of `0.0`, the results will not be fully deterministic.
        thinking (AnthropicThinkingConfigAdaptive | AnthropicThinkingConfigDisabled | AnthropicThinkingConfigEnabled |
            None): Thinking

            Configuration for enabling the model's extended thinking.

            When enabled, responses include `thinking` content blocks showing the model's thinking process before the final
            answer. Requires a minimum budget of 1,024 tokens and counts towards your `max_tokens` limit.

            See [reasoning](/guides/reasoning) for details.

            **Note:** The `adaptive` thinking type is not supported yet.
        tool_choice (AnthropicToolChoiceAny | AnthropicToolChoiceAuto | AnthropicToolChoiceNone |
            AnthropicToolChoiceTool | None): How the model should use the provided tools. The model can use a specific tool,
            any available tool, decide by itself, or not use tools at all.
        tools (list[AnthropicTool] | None): Definitions of tools that the model may use.

            If you include `tools` in your API request, the model may return `tool_use` content blocks that represent the
            model's use of those tools. You can then run those tools using the tool input generated by the model and then
            optionally return results back to the model using `tool_result` content blocks.

            Each tool definition includes:

            * `name`: Name of the tool.
            * `description`: Optional, but strongly-recommended description of the tool.
            * `input_schema`: [JSON schema](https://json-schema.org/draft/2020-12) for the tool `input` shape that the model
            will produce in `tool_use` output content blocks.

            For example, if you defined `tools` as:

            ```json
            [
              {
                "name": "get_stock_price",
                "description": "Get the current stock price for a given ticker symbol.",
                "input_schema": {
                  "type": "object",
                  "properties": {
                    "ticker": {
                      "type": "string",
                      "description": "The stock ticker symbol, e.g. AAPL for Apple Inc."
                    }
                  },
                  "required": ["ticker"]
                }
              }
            ]
            ```

            And then asked the model "What's the S&P 500 at today?", the model might produce `tool_use` content blocks in
            the response like this:

            ```json
            [
              {
                "type": "tool_use",
                "id": "toolu_01D7FLrfh4GYq7yT1ULFeyMV",
                "name": "get_stock_price",
                "input": { "ticker": "^GSPC" }
              }
            ]
            ```

            You might then run your `get_stock_price` tool with `{"ticker": "^GSPC"}` as an input, and return the following
            back to the model in a subsequent `user` message:

            ```json
            [
              {
                "type": "tool_result",
                "tool_use_id": "toolu_01D7FLrfh4GYq7yT1ULFeyMV",
                "content": "259.75 USD"
              }
            ]
            ```

            Tools can be used for workflows that include running client-side tools and functions, or more generally whenever
            you want the model to produce a particular JSON structure of output.

            See the [guide](/guides/function-calling) for more details.
        top_k (int | None): Only sample from the top K options for each subsequent token.

            Used to remove "long tail" low probability responses. [Learn more technical details
            here](https://towardsdatascience.com/how-to-sample-from-language-models-682bceb97277).

            Recommended for advanced use cases only. You usually only need to use `temperature`.
        top_p (float | None): Use nucleus sampling.

            In nucleus sampling, we compute the cumulative distribution over all the options for each subsequent token in
            decreasing probability order and cut it off once it reaches a particular probability specified by `top_p`. You
            should either alter `temperature` or `top_p`, but not both.

            Recommended for advanced use cases only. You usually only need to use `temperature`.
        raw_output (bool | None): Return raw output from the model. Default: False.
    """

    model: str
    messages: list[AnthropicInputMessage]
    max_tokens: int | None = None
    metadata: AnthropicMetadata | None = None
    output_config: AnthropicOutputConfig | None = None
    stop_sequences: list[str] | None = None
    stream: bool | None = None
    system: list[AnthropicRequestTextBlock] | str | None = None
    temperature: float | None = None
    thinking: (
        AnthropicThinkingConfigAdaptive
        | AnthropicThinkingConfigDisabled
        | AnthropicThinkingConfigEnabled
        | None
    ) = None
    tool_choice: (
        AnthropicToolChoiceAny
        | AnthropicToolChoiceAuto
        | AnthropicToolChoiceNone
        | AnthropicToolChoiceTool
        | None
    ) = None
    tools: list[AnthropicTool] | None = None
    top_k: int | None = None
    top_p: float | None = None
    raw_output: bool | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        model: str,
        messages: list[AnthropicInputMessage],
        max_tokens: int | None | Unset = UNSET,
        metadata: AnthropicMetadata | None | Unset = UNSET,
        output_config: AnthropicOutputConfig | None | Unset = UNSET,
        stop_sequences: list[str] | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        system: list[AnthropicRequestTextBlock] | str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        thinking: AnthropicThinkingConfigAdaptive
        | AnthropicThinkingConfigDisabled
        | AnthropicThinkingConfigEnabled
        | None
        | Unset = UNSET,
        tool_choice: AnthropicToolChoiceAny
        | AnthropicToolChoiceAuto
        | AnthropicToolChoiceNone
        | AnthropicToolChoiceTool
        | None
        | Unset = UNSET,
        tools: list[AnthropicTool] | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        raw_output: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.model = model
        self.messages = messages
        if isinstance(max_tokens, Unset):
            self.max_tokens = None
        else:
            self.max_tokens = max_tokens
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
        if isinstance(output_config, Unset):
            self.output_config = None
        else:
            self.output_config = output_config
        if isinstance(stop_sequences, Unset):
            self.stop_sequences = None
        else:
            self.stop_sequences = stop_sequences
        if isinstance(stream, Unset):
            self.stream = None
        else:
            self.stream = stream
        if isinstance(system, Unset):
            self.system = None
        else:
            self.system = system
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
        if isinstance(thinking, Unset):
            self.thinking = None
        else:
            self.thinking = thinking
        if isinstance(tool_choice, Unset):
            self.tool_choice = None
        else:
            self.tool_choice = tool_choice
        if isinstance(tools, Unset):
            self.tools = None
        else:
            self.tools = tools
        if isinstance(top_k, Unset):
            self.top_k = None
        else:
            self.top_k = top_k
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
        if isinstance(raw_output, Unset):
            self.raw_output = None
        else:
            self.raw_output = raw_output
            if raw_output is None:
                nulls |= 16384
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["model"] = self.model
        field_dict["messages"] = to_jsonable(self.messages)
        if self.max_tokens is not None:
            field_dict["max_tokens"] = self.max_tokens
        if self.metadata is not None:
            field_dict["metadata"] = to_jsonable(self.metadata)
        if self.output_config is not None:
            field_dict["output_config"] = to_jsonable(self.output_config)
        if self.stop_sequences is not None:
            field_dict["stop_sequences"] = to_jsonable(self.stop_sequences)
        if self.stream is not None:
            field_dict["stream"] = self.stream
        if self.system is not None:
            field_dict["system"] = to_jsonable(self.system)
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        if self.thinking is not None:
            field_dict["thinking"] = to_jsonable(self.thinking)
        if self.tool_choice is not None:
            field_dict["tool_choice"] = to_jsonable(self.tool_choice)
        if self.tools is not None:
            field_dict["tools"] = to_jsonable(self.tools)
        if self.top_k is not None:
            field_dict["top_k"] = self.top_k
        if self.top_p is not None:
            field_dict["top_p"] = self.top_p
        if self.raw_output is not None or self._nulls & 16384:
            field_dict["raw_output"] = self.raw_output
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
