from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.chat_completion_request_context_length_exceeded_behavior import (
    ChatCompletionRequestContextLengthExceededBehavior,
)
from ..models.chat_completion_request_function_call_type_0 import (
    ChatCompletionRequestFunctionCallType0,
)
from ..models.chat_completion_request_reasoning_effort_type_0 import (
    ChatCompletionRequestReasoningEffortType0,
)
from ..models.chat_completion_request_reasoning_history_type_0 import (
    ChatCompletionRequestReasoningHistoryType0,
)
from ..models.chat_completion_request_service_tier import (
    ChatCompletionRequestServiceTier,
)
from ..models.chat_completion_request_tool_choice_type_0 import (
    ChatCompletionRequestToolChoiceType0,
)
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.chat_completion_function import ChatCompletionFunction
    from ..models.chat_completion_request_logit_bias_type_0 import (
        ChatCompletionRequestLogitBiasType0,
    )
    from ..models.chat_completion_request_metadata_type_0 import (
        ChatCompletionRequestMetadataType0,
    )
    from ..models.chat_completion_request_stream_options_type_0 import (
        ChatCompletionRequestStreamOptionsType0,
    )
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.chat_message import ChatMessage
    from ..models.function_name_spec import FunctionNameSpec
    from ..models.function_selection import FunctionSelection
    from ..models.predicted_output import PredictedOutput
    from ..models.response_format import ResponseFormat
    from ..models.thinking_config_disabled import ThinkingConfigDisabled
    from ..models.thinking_config_enabled import ThinkingConfigEnabled


@_attrs_define(init=False)
class ChatCompletionRequest:
    """
    Attributes:
        model (str): The name of the model to use.

            Example: `"accounts/fireworks/models/kimi-k2-instruct-0905"`
        messages (list[ChatMessage]): A list of messages comprising the conversation so far.
        tools (list[ChatCompletionTool] | None): A list of tools the model may call. Currently, only functions are
            supported as a tool.

            Use this to provide a list of functions the model may generate JSON inputs for.

            See the our [model library](https://app.fireworks.ai/models/?filter=LLM&functionCalling=true) for the list of
            supported models
        tool_choice (ChatCompletionRequestToolChoiceType0 | FunctionSelection | None): Controls which (if any) tool is
            called by the model.

            - `none`: the model will not call any tool and instead generates a message.
            - `auto`: the model can pick between generating a message or calling one or more tools.
            - `required` (alias: `any`): the model must call one or more tools.
              To force a specific function, pass an object of the form `{ "type": "function", "name": "my_function" }` or `{
            "type": "function", "function": { "name": "my_function" } }` for OpenAI compatibility. Default:
            ChatCompletionRequestToolChoiceType0.AUTO.
        stream (bool | None): Whether to stream back partial progress. If set, tokens will be sent as data-only [server-
            sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-
            sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]`
            message. Default: False.
        response_format (None | ResponseFormat): Allows to force the model to produce specific output format.

            Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is
            valid JSON.

            If `"type"` is `"json_schema"`, a JSON schema must be provided. E.g., `response_format = {"type": "json_schema",
            "json_schema": <json_schema>}`.

            Important: when using JSON mode, it's crucial to also instruct the model to produce JSON via a system or user
            message. Without this, the model may generate an unending stream of whitespace until the generation reaches the
            token limit, resulting in a long-running and seemingly "stuck" request.

            Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the
            generation exceeded `max_tokens` or the conversation exceeded the max context length. In this case the return
            value might not be a valid JSON.
        temperature (float | None): What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make
            the output more random, while lower values like 0.2 will make it more focused and deterministic.

            We generally recommend altering this or top_p but not both.

            Required range: `0 <= x <= 2`

            Example: `1`
        top_k (int | None): Top-k sampling is another sampling method where the k most probable next tokens are filtered
            and the probability mass is redistributed among only those k next tokens. The value of k controls the number of
            candidates for the next token at each step during text generation. Must be between 0 and 100.

            Required range: `0 <= x <= 100`

            Example: `50`
        user (None | str): A unique identifier representing your end-user, which can help monitor and detect abuse.
        prompt_cache_isolation_key (None | str): Isolation key for prompt caching to separate cache entries.
        raw_output (bool | None): Return raw output from the model. Default: False.
        perf_metrics_in_response (bool | None): Whether to include performance metrics in the response body.

            **Non-streaming requests:** Performance metrics are always included in response headers (e.g., `fireworks-
            prompt-tokens`, `fireworks-server-time-to-first-token`). Setting this to `true` additionally includes the same
            metrics in the response body under the `perf_metrics` field.

            **Streaming requests:** Performance metrics are only included in the response body under the `perf_metrics`
            field in the final chunk (when `finish_reason` is set). This is because headers may not be accessible during
            streaming.

            The response body `perf_metrics` field contains the following metrics:

            **Basic Metrics (all deployments):**

            - `prompt-tokens`: Number of tokens in the prompt
            - `cached-prompt-tokens`: Number of cached prompt tokens
            - `server-time-to-first-token`: Time from request start to first token (in seconds)
            - `server-processing-time`: Total processing time (in seconds, only for completed requests)

            **Predicted Outputs Metrics:**

            - `speculation-prompt-tokens`: Number of speculative prompt tokens
            - `speculation-prompt-matched-tokens`: Number of matched speculative prompt tokens (for completed requests)

            **Dedicated Deployment Only Metrics:**

            - `speculation-generated-tokens`: Number of speculative generated tokens (for completed requests)
            - `speculation-acceptance`: Speculation acceptance rates by position
            - `backend-host`: Hostname of the backend server
            - `num-concurrent-requests`: Number of concurrent requests
            - `deployment`: Deployment name
            - `tokenizer-queue-duration`: Time spent in tokenizer queue
            - `tokenizer-duration`: Time spent in tokenizer
            - `prefill-queue-duration`: Time spent in prefill queue
            - `prefill-duration`: Time spent in prefill
            - `generation-queue-duration`: Time spent in generation queue Default: False.
        n (int | None): How many completions to generate for each prompt.

            **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
            carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

            Required range: `1 <= x <= 128`

            Example: `1` Default: 1.
        stop (list[str] | None | str): Up to 4 sequences where the API will stop generating further tokens. The returned
            text will NOT contain the stop sequence.
        max_tokens (int | None): The maximum number of tokens to generate in the completion. If the token count of your
            prompt plus max_tokens exceeds the model's context length, the behavior depends on
            context_length_exceeded_behavior. By default, max_tokens will be lowered to fit in the context window instead of
            returning an error.
        max_completion_tokens (int | None): Alias for max_tokens. Cannot be specified together with max_tokens.
        top_p (float | None): An alternative to sampling with temperature, called nucleus sampling, where the model
            considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
            10% probability mass are considered.

            We generally recommend altering this or temperature but not both.

            Required range: `0 <= x <= 1`

            Example: `1`
        min_p (float | None): Minimum probability threshold for token selection. Only tokens with probability >= min_p
            are considered for selection. This is an alternative to `top_p` and `top_k` sampling.

            Required range: `0 <= x <= 1`
        typical_p (float | None): Typical-p sampling is an alternative to nucleus sampling. It considers the most
            typical tokens whose cumulative probability is at most typical_p.

            Required range: `0 <= x <= 1`
        frequency_penalty (float | None): Number between -2.0 and 2.0. Positive values penalize new tokens based on
            their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

            Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to
            strongly suppress repetition, then one can increase the coefficients up to 2, but this can noticeably degrade
            the quality of samples. Negative values can be used to increase the likelihood of repetition.

            See also `presence_penalty` for penalizing tokens that have at least one appearance at a fixed rate.

            OpenAI compatible (follows OpenAI's conventions for handling token frequency and repetition penalties).

            Required range: `-2 <= x <= 2`
        presence_penalty (float | None): Number between -2.0 and 2.0. Positive values penalize new tokens based on
            whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

            Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to
            strongly suppress repetition, then one can increase the coefficients up to 2, but this can noticeably degrade
            the quality of samples. Negative values can be used to increase the likelihood of repetition.

            See also `frequency_penalty` for penalizing tokens at an increasing rate depending on how often they appear.

            OpenAI compatible (follows OpenAI's conventions for handling token frequency and repetition penalties).

            Required range: `-2 <= x <= 2`
        repetition_penalty (float | None): Applies a penalty to repeated tokens to discourage or encourage repetition. A
            value of `1.0` means no penalty, allowing free repetition. Values above `1.0` penalize repetition, reducing the
            likelihood of repeating tokens. Values between `0.0` and `1.0` reward repetition, increasing the chance of
            repeated tokens. For a good balance, a value of `1.2` is often recommended. Note that the penalty is applied to
            both the generated output and the prompt in decoder-only models.

            Required range: `0 <= x <= 2`
        mirostat_target (float | None): Defines the target perplexity for the Mirostat algorithm. Perplexity measures
            the unpredictability of the generated text, with higher values encouraging more diverse and creative outputs,
            while lower values prioritize predictability and coherence. The algorithm dynamically adjusts the token
            selection to maintain this target during text generation.

            If not specified, Mirostat sampling is disabled.
        mirostat_lr (float | None): Specifies the learning rate for the Mirostat sampling algorithm, which controls how
            quickly the model adjusts its token distribution to maintain the target perplexity. A smaller value slows down
            the adjustments, leading to more stable but gradual shifts, while higher values speed up corrections at the cost
            of potential instability.
        seed (int | None): Random seed for deterministic sampling.
        logprobs (bool | int | None): Include log probabilities in the response. This accepts either a boolean or an
            integer:

            If set to `true`, log probabilities are included and the number of alternatives can be controlled via
            `top_logprobs` (OpenAI-compatible behavior).

            If set to an integer N (0-5), include log probabilities for up to N most likely tokens per position in the
            legacy format.

            The API will always return the logprob of the sampled token, so there may be up to `logprobs+1` elements in the
            response when an integer is used. The maximum value for the integer form is 5.
        top_logprobs (int | None): An integer between 0 and 5 specifying the number of most likely tokens to return at
            each token position, each with an associated log probability. The minimum value is 0 and the maximum value is 5.

            When `logprobs` is set, `top_logprobs` can be used to modify how many top log probabilities are returned. If
            `top_logprobs` is not set, the API will return up to `logprobs` tokens per position.

            Required range: `0 <= x <= 5`
        echo (bool | None): Echo back the prompt in addition to the completion. Default: False.
        echo_last (int | None): Echo back the last N tokens of the prompt in addition to the completion. This is useful
            for obtaining logprobs of the prompt suffix but without transferring too much data. Passing
            `echo_last=len(prompt)` is the same as `echo=True`
        ignore_eos (bool | None): This setting controls whether the model should ignore the End of Sequence (EOS) token.
            When set to `True`, the model will continue generating tokens even after the EOS token is produced. By default,
            it stops when the EOS token is reached. Default: False.
        context_length_exceeded_behavior (ChatCompletionRequestContextLengthExceededBehavior | None): What to do if the
            token count of prompt plus `max_tokens` exceeds the model's context window.

            Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the
            default.

            Passing `error` would trigger a request error.

            The default of `'truncate'` is selected as it allows to ask for high `max_tokens` value while respecting the
            context window length without having to do client-side prompt tokenization.

            Note, that it differs from OpenAI's behavior that matches that of `error`. Default:
            ChatCompletionRequestContextLengthExceededBehavior.TRUNCATE.
        logit_bias (ChatCompletionRequestLogitBiasType0 | None): Modify the likelihood of specified tokens appearing in
            the completion. Accepts a json object that maps tokens (specified by their token ID in the tokenizer) to an
            associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model
            prior to sampling.
        speculation (list[int] | None | str): Speculative decoding prompt or token IDs to speed up generation.
        prediction (None | PredictedOutput | str): OpenAI-compatible predicted output for speculative decoding. Can be a
            PredictedOutput object or a simple string. Automatically transformed to speculation.
        metadata (ChatCompletionRequestMetadataType0 | None): Additional metadata to store with the request for
            tracing/distillation.
        reasoning_effort (bool | ChatCompletionRequestReasoningEffortType0 | int | None): Controls reasoning behavior
            for supported models. When enabled, the model's reasoning appears in the `reasoning_content` field of the
            response, separate from the final answer in `content`.

            **Accepted values:**

            - **String** (OpenAI-compatible): `'low'`, `'medium'`, or `'high'` to enable reasoning with varying effort
            levels; `'none'` to disable reasoning.
            - **Boolean** (Fireworks extension): `true` to enable reasoning, `false` to disable it.
            - **Integer** (Fireworks extension): A positive integer to set a hard token limit on reasoning output (only
            effective for grammar-based reasoning models).

            **Important:** Boolean values are normalized internally: `true` becomes `'medium'`, and `false` becomes
            `'none'`. This normalization happens before model-specific validation, so if a model doesn't support `'none'`,
            passing `false` will produce an error referencing `'none'`.

            **Model-specific behavior:**

            - **Qwen3 (e.g., Qwen3-8B)**: Grammar-based reasoning. Default reasoning on. Use `'none'` or `false` to disable.
            Supports integer token limits to cap reasoning output. `'low'` maps to a default token limit (~3000 tokens).
            - **MiniMax M2**: Reasoning is required (always on). Defaults to `'medium'` when omitted. Accepts only string
            `reasoning_effort`: `'low'`, `'medium'`, or `'high'`. `'none'` and boolean values are rejected.
            - **DeepSeek V3.1, DeepSeek V3.2**: Binary on/off reasoning. Default reasoning on. Use `'none'` or `false` to
            disable; effort levels and integers have no additional effect.
            - **GLM 4.5, GLM 4.5 Air, GLM 4.6, GLM 4.7**: Binary on/off reasoning. Default reasoning on. Use `'none'` or
            `false` to disable; effort levels and integers have no additional effect.
            - **Harmony (OpenAI GPT-OSS 120B, GPT-OSS 20B)**: Accepts only `'low'`, `'medium'`, or `'high'`. Does not
            support `'none'`, `false`, or integer values — using these will return an error (e.g., "Invalid reasoning
            effort: none"). When omitted, defaults to `'medium'`. Lower effort produces faster responses with shorter
            reasoning.
        reasoning_history (ChatCompletionRequestReasoningHistoryType0 | None): Controls how historical assistant
            reasoning content is included in the prompt for multi-turn conversations.

            **Accepted values:**

            - `null`: Use model/template default behavior (for **GLM-4.7**, the model/template default is `'interleaved'`,
            i.e. historical reasoning is cleared by default)
            - `'disabled'`: Strip `reasoning_content` from all messages before prompt construction
            - `'interleaved'`: Strip `reasoning_content` from messages up to (and including) the last user message
            - `'preserved'`: Preserve historical `reasoning_content` across the conversation

            **Model support:**

            | Model | Default | Supported values |
            | --- | --- | --- |
            | Kimi K2 Instruct | `'preserved'` | `'disabled'`, `'interleaved'`, `'preserved'` |
            | MiniMax M2 | `'interleaved'` | `'disabled'`, `'interleaved'` |
            | GLM-4.7 | `'interleaved'` | `'disabled'`, `'interleaved'`, `'preserved'` |
            | GLM-4.6 | `'interleaved'` | `'disabled'`, `'interleaved'` |

            For other models, refer to the model provider's documentation.

            **Note:** This parameter controls prompt formatting only. To disable reasoning computation entirely, use
            `reasoning_effort='none'`.
        thinking (None | ThinkingConfigDisabled | ThinkingConfigEnabled): Configuration for enabling extended thinking
            (Anthropic-compatible format). This is an alternative to `reasoning_effort` for controlling reasoning behavior.

            **Format:**

            - `{"type": "enabled"}` - Enable thinking (equivalent to `reasoning_effort: true`)
            - `{"type": "enabled", "budget_tokens": <int>}` - Enable thinking with a token budget (equivalent to
            `reasoning_effort: <int>`). Must be >= 1024.
            - `{"type": "disabled"}` - Disable thinking (equivalent to `reasoning_effort: "none"`)

            **Note:** Cannot be specified together with `reasoning_effort`. If both are provided, a validation error will be
            raised.
        return_token_ids (bool | None): Return token IDs alongside text to avoid retokenization drift. Default: False.
        functions (list[ChatCompletionFunction] | None): Deprecated in OpenAI. Use 'tools' instead. This will be
            automatically transformed to tools.
        prompt_truncate_len (int | None): The size (in tokens) to which to truncate chat prompts. This includes the
            system prompt (if any), previous user/assistant messages, and the current user message. Earlier user/assistant
            messages will be evicted first to fit the prompt into this length. The system prompt is preserved whenever
            possible and only truncated as a last resort.

            This should usually be set to a number much smaller << than the model's maximum context size, to allow enough
            remaining tokens for generating a response.

            If omitted, you may receive "prompt too long" errors in your responses as conversations grow. Note that even
            with this set, you may still receive "prompt too long" errors if individual messages (such as a very long system
            prompt or user message) exceed the model's context window on their own.
        parallel_tool_calls (bool | None): Enable parallel function calling.
        function_call (ChatCompletionRequestFunctionCallType0 | FunctionNameSpec | None): Deprecated in OpenAI. Use
            'tool_choice' instead. This will be automatically transformed to tool_choice.
        stream_options (ChatCompletionRequestStreamOptionsType0 | None): Options of a streamed answer (with stream true
            only).
        prompt_cache_key (None | str): Requests with the same key are routed to the same backend, for prompt cache hits
            (takes priority over `user`).
        safe_tokenization (bool | None): Special tokens in the content are never read as special tokens (no prompt
            injection through them); `prompt_truncate_len` is not applied then.
        service_tier (ChatCompletionRequestServiceTier | None): Only `priority` is served differently; the others mean
            `default`.
    """

    model: str
    messages: list[ChatMessage]
    tools: list[ChatCompletionTool] | None = None
    tool_choice: ChatCompletionRequestToolChoiceType0 | FunctionSelection | None = None
    stream: bool | None = None
    response_format: None | ResponseFormat = None
    temperature: float | None = None
    top_k: int | None = None
    user: None | str = None
    prompt_cache_isolation_key: None | str = None
    raw_output: bool | None = None
    perf_metrics_in_response: bool | None = None
    n: int | None = None
    stop: list[str] | None | str = None
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    top_p: float | None = None
    min_p: float | None = None
    typical_p: float | None = None
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    repetition_penalty: float | None = None
    mirostat_target: float | None = None
    mirostat_lr: float | None = None
    seed: int | None = None
    logprobs: bool | int | None = None
    top_logprobs: int | None = None
    echo: bool | None = None
    echo_last: int | None = None
    ignore_eos: bool | None = None
    context_length_exceeded_behavior: (
        ChatCompletionRequestContextLengthExceededBehavior | None
    ) = None
    logit_bias: ChatCompletionRequestLogitBiasType0 | None = None
    speculation: list[int] | None | str = None
    prediction: None | PredictedOutput | str = None
    metadata: ChatCompletionRequestMetadataType0 | None = None
    reasoning_effort: bool | ChatCompletionRequestReasoningEffortType0 | int | None = (
        None
    )
    reasoning_history: ChatCompletionRequestReasoningHistoryType0 | None = None
    thinking: None | ThinkingConfigDisabled | ThinkingConfigEnabled = None
    return_token_ids: bool | None = None
    functions: list[ChatCompletionFunction] | None = None
    prompt_truncate_len: int | None = None
    parallel_tool_calls: bool | None = None
    function_call: ChatCompletionRequestFunctionCallType0 | FunctionNameSpec | None = (
        None
    )
    stream_options: ChatCompletionRequestStreamOptionsType0 | None = None
    prompt_cache_key: None | str = None
    safe_tokenization: bool | None = None
    service_tier: ChatCompletionRequestServiceTier | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        model: str,
        messages: list[ChatMessage],
        tools: list[ChatCompletionTool] | None | Unset = UNSET,
        tool_choice: ChatCompletionRequestToolChoiceType0
        | FunctionSelection
        | None
        | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        response_format: None | ResponseFormat | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        prompt_cache_isolation_key: None | str | Unset = UNSET,
        raw_output: bool | None | Unset = UNSET,
        perf_metrics_in_response: bool | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        typical_p: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        mirostat_target: float | None | Unset = UNSET,
        mirostat_lr: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        logprobs: bool | int | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        echo: bool | None | Unset = UNSET,
        echo_last: int | None | Unset = UNSET,
        ignore_eos: bool | None | Unset = UNSET,
        context_length_exceeded_behavior: ChatCompletionRequestContextLengthExceededBehavior
        | None
        | Unset = UNSET,
        logit_bias: ChatCompletionRequestLogitBiasType0 | None | Unset = UNSET,
        speculation: list[int] | None | str | Unset = UNSET,
        prediction: None | PredictedOutput | str | Unset = UNSET,
        metadata: ChatCompletionRequestMetadataType0 | None | Unset = UNSET,
        reasoning_effort: bool
        | ChatCompletionRequestReasoningEffortType0
        | int
        | None
        | Unset = UNSET,
        reasoning_history: ChatCompletionRequestReasoningHistoryType0
        | None
        | Unset = UNSET,
        thinking: None | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset = UNSET,
        return_token_ids: bool | None | Unset = UNSET,
        functions: list[ChatCompletionFunction] | None | Unset = UNSET,
        prompt_truncate_len: int | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        function_call: ChatCompletionRequestFunctionCallType0
        | FunctionNameSpec
        | None
        | Unset = UNSET,
        stream_options: ChatCompletionRequestStreamOptionsType0 | None | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        safe_tokenization: bool | None | Unset = UNSET,
        service_tier: ChatCompletionRequestServiceTier | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.model = model
        self.messages = messages
        if isinstance(tools, Unset):
            self.tools = None
        else:
            self.tools = tools
        if isinstance(tool_choice, Unset):
            self.tool_choice = None
        else:
            self.tool_choice = tool_choice
        if isinstance(stream, Unset):
            self.stream = None
        else:
            self.stream = stream
            if stream is None:
                nulls |= 16
        if isinstance(response_format, Unset):
            self.response_format = None
        else:
            self.response_format = response_format
            if response_format is None:
                nulls |= 32
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
            if temperature is None:
                nulls |= 64
        if isinstance(top_k, Unset):
            self.top_k = None
        else:
            self.top_k = top_k
            if top_k is None:
                nulls |= 128
        if isinstance(user, Unset):
            self.user = None
        else:
            self.user = user
            if user is None:
                nulls |= 256
        if isinstance(prompt_cache_isolation_key, Unset):
            self.prompt_cache_isolation_key = None
        else:
            self.prompt_cache_isolation_key = prompt_cache_isolation_key
            if prompt_cache_isolation_key is None:
                nulls |= 512
        if isinstance(raw_output, Unset):
            self.raw_output = None
        else:
            self.raw_output = raw_output
            if raw_output is None:
                nulls |= 1024
        if isinstance(perf_metrics_in_response, Unset):
            self.perf_metrics_in_response = None
        else:
            self.perf_metrics_in_response = perf_metrics_in_response
            if perf_metrics_in_response is None:
                nulls |= 2048
        if isinstance(n, Unset):
            self.n = None
        else:
            self.n = n
        if isinstance(stop, Unset):
            self.stop = None
        else:
            self.stop = stop
            if stop is None:
                nulls |= 8192
        if isinstance(max_tokens, Unset):
            self.max_tokens = None
        else:
            self.max_tokens = max_tokens
            if max_tokens is None:
                nulls |= 16384
        if isinstance(max_completion_tokens, Unset):
            self.max_completion_tokens = None
        else:
            self.max_completion_tokens = max_completion_tokens
            if max_completion_tokens is None:
                nulls |= 32768
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
            if top_p is None:
                nulls |= 65536
        if isinstance(min_p, Unset):
            self.min_p = None
        else:
            self.min_p = min_p
            if min_p is None:
                nulls |= 131072
        if isinstance(typical_p, Unset):
            self.typical_p = None
        else:
            self.typical_p = typical_p
            if typical_p is None:
                nulls |= 262144
        if isinstance(frequency_penalty, Unset):
            self.frequency_penalty = None
        else:
            self.frequency_penalty = frequency_penalty
            if frequency_penalty is None:
                nulls |= 524288
        if isinstance(presence_penalty, Unset):
            self.presence_penalty = None
        else:
            self.presence_penalty = presence_penalty
            if presence_penalty is None:
                nulls |= 1048576
        if isinstance(repetition_penalty, Unset):
            self.repetition_penalty = None
        else:
            self.repetition_penalty = repetition_penalty
            if repetition_penalty is None:
                nulls |= 2097152
        if isinstance(mirostat_target, Unset):
            self.mirostat_target = None
        else:
            self.mirostat_target = mirostat_target
            if mirostat_target is None:
                nulls |= 4194304
        if isinstance(mirostat_lr, Unset):
            self.mirostat_lr = None
        else:
            self.mirostat_lr = mirostat_lr
            if mirostat_lr is None:
                nulls |= 8388608
        if isinstance(seed, Unset):
            self.seed = None
        else:
            self.seed = seed
            if seed is None:
                nulls |= 16777216
        if isinstance(logprobs, Unset):
            self.logprobs = None
        else:
            self.logprobs = logprobs
            if logprobs is None:
                nulls |= 33554432
        if isinstance(top_logprobs, Unset):
            self.top_logprobs = None
        else:
            self.top_logprobs = top_logprobs
            if top_logprobs is None:
                nulls |= 67108864
        if isinstance(echo, Unset):
            self.echo = None
        else:
            self.echo = echo
            if echo is None:
                nulls |= 134217728
        if isinstance(echo_last, Unset):
            self.echo_last = None
        else:
            self.echo_last = echo_last
            if echo_last is None:
                nulls |= 268435456
        if isinstance(ignore_eos, Unset):
            self.ignore_eos = None
        else:
            self.ignore_eos = ignore_eos
        if isinstance(context_length_exceeded_behavior, Unset):
            self.context_length_exceeded_behavior = None
        else:
            self.context_length_exceeded_behavior = context_length_exceeded_behavior
        if isinstance(logit_bias, Unset):
            self.logit_bias = None
        else:
            self.logit_bias = logit_bias
            if logit_bias is None:
                nulls |= 2147483648
        if isinstance(speculation, Unset):
            self.speculation = None
        else:
            self.speculation = speculation
            if speculation is None:
                nulls |= 4294967296
        if isinstance(prediction, Unset):
            self.prediction = None
        else:
            self.prediction = prediction
            if prediction is None:
                nulls |= 8589934592
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
            if metadata is None:
                nulls |= 17179869184
        if isinstance(reasoning_effort, Unset):
            self.reasoning_effort = None
        else:
            self.reasoning_effort = reasoning_effort
            if reasoning_effort is None:
                nulls |= 34359738368
        if isinstance(reasoning_history, Unset):
            self.reasoning_history = None
        else:
            self.reasoning_history = reasoning_history
            if reasoning_history is None:
                nulls |= 68719476736
        if isinstance(thinking, Unset):
            self.thinking = None
        else:
            self.thinking = thinking
            if thinking is None:
                nulls |= 137438953472
        if isinstance(return_token_ids, Unset):
            self.return_token_ids = None
        else:
            self.return_token_ids = return_token_ids
            if return_token_ids is None:
                nulls |= 274877906944
        if isinstance(functions, Unset):
            self.functions = None
        else:
            self.functions = functions
        if isinstance(prompt_truncate_len, Unset):
            self.prompt_truncate_len = None
        else:
            self.prompt_truncate_len = prompt_truncate_len
            if prompt_truncate_len is None:
                nulls |= 1099511627776
        if isinstance(parallel_tool_calls, Unset):
            self.parallel_tool_calls = None
        else:
            self.parallel_tool_calls = parallel_tool_calls
            if parallel_tool_calls is None:
                nulls |= 2199023255552
        if isinstance(function_call, Unset):
            self.function_call = None
        else:
            self.function_call = function_call
            if function_call is None:
                nulls |= 4398046511104
        if isinstance(stream_options, Unset):
            self.stream_options = None
        else:
            self.stream_options = stream_options
            if stream_options is None:
                nulls |= 8796093022208
        if isinstance(prompt_cache_key, Unset):
            self.prompt_cache_key = None
        else:
            self.prompt_cache_key = prompt_cache_key
            if prompt_cache_key is None:
                nulls |= 17592186044416
        if isinstance(safe_tokenization, Unset):
            self.safe_tokenization = None
        else:
            self.safe_tokenization = safe_tokenization
            if safe_tokenization is None:
                nulls |= 35184372088832
        if isinstance(service_tier, Unset):
            self.service_tier = None
        else:
            self.service_tier = service_tier
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["model"] = self.model
        field_dict["messages"] = to_jsonable(self.messages)
        if self.tools is not None:
            field_dict["tools"] = to_jsonable(self.tools)
        if self.tool_choice is not None:
            field_dict["tool_choice"] = to_jsonable(self.tool_choice)
        if self.stream is not None or self._nulls & 16:
            field_dict["stream"] = self.stream
        if self.response_format is not None or self._nulls & 32:
            field_dict["response_format"] = to_jsonable(self.response_format)
        if self.temperature is not None or self._nulls & 64:
            field_dict["temperature"] = self.temperature
        if self.top_k is not None or self._nulls & 128:
            field_dict["top_k"] = self.top_k
        if self.user is not None or self._nulls & 256:
            field_dict["user"] = self.user
        if self.prompt_cache_isolation_key is not None or self._nulls & 512:
            field_dict["prompt_cache_isolation_key"] = self.prompt_cache_isolation_key
        if self.raw_output is not None or self._nulls & 1024:
            field_dict["raw_output"] = self.raw_output
        if self.perf_metrics_in_response is not None or self._nulls & 2048:
            field_dict["perf_metrics_in_response"] = self.perf_metrics_in_response
        if self.n is not None:
            field_dict["n"] = self.n
        if self.stop is not None or self._nulls & 8192:
            field_dict["stop"] = to_jsonable(self.stop)
        if self.max_tokens is not None or self._nulls & 16384:
            field_dict["max_tokens"] = self.max_tokens
        if self.max_completion_tokens is not None or self._nulls & 32768:
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        if self.top_p is not None or self._nulls & 65536:
            field_dict["top_p"] = self.top_p
        if self.min_p is not None or self._nulls & 131072:
            field_dict["min_p"] = self.min_p
        if self.typical_p is not None or self._nulls & 262144:
            field_dict["typical_p"] = self.typical_p
        if self.frequency_penalty is not None or self._nulls & 524288:
            field_dict["frequency_penalty"] = self.frequency_penalty
        if self.presence_penalty is not None or self._nulls & 1048576:
            field_dict["presence_penalty"] = self.presence_penalty
        if self.repetition_penalty is not None or self._nulls & 2097152:
            field_dict["repetition_penalty"] = self.repetition_penalty
        if self.mirostat_target is not None or self._nulls & 4194304:
            field_dict["mirostat_target"] = self.mirostat_target
        if self.mirostat_lr is not None or self._nulls & 8388608:
            field_dict["mirostat_lr"] = self.mirostat_lr
        if self.seed is not None or self._nulls & 16777216:
            field_dict["seed"] = self.seed
        if self.logprobs is not None or self._nulls & 33554432:
            field_dict["logprobs"] = to_jsonable(self.logprobs)
        if self.top_logprobs is not None or self._nulls & 67108864:
            field_dict["top_logprobs"] = self.top_logprobs
        if self.echo is not None or self._nulls & 134217728:
            field_dict["echo"] = self.echo
        if self.echo_last is not None or self._nulls & 268435456:
            field_dict["echo_last"] = self.echo_last
        if self.ignore_eos is not None:
            field_dict["ignore_eos"] = self.ignore_eos
        if self.context_length_exceeded_behavior is not None:
            field_dict["context_length_exceeded_behavior"] = to_jsonable(
                self.context_length_exceeded_behavior
            )
        if self.logit_bias is not None or self._nulls & 2147483648:
            field_dict["logit_bias"] = to_jsonable(self.logit_bias)
        if self.speculation is not None or self._nulls & 4294967296:
            field_dict["speculation"] = to_jsonable(self.speculation)
        if self.prediction is not None or self._nulls & 8589934592:
            field_dict["prediction"] = to_jsonable(self.prediction)
        if self.metadata is not None or self._nulls & 17179869184:
            field_dict["metadata"] = to_jsonable(self.metadata)
        if self.reasoning_effort is not None or self._nulls & 34359738368:
            field_dict["reasoning_effort"] = to_jsonable(self.reasoning_effort)
        if self.reasoning_history is not None or self._nulls & 68719476736:
            field_dict["reasoning_history"] = to_jsonable(self.reasoning_history)
        if self.thinking is not None or self._nulls & 137438953472:
            field_dict["thinking"] = to_jsonable(self.thinking)
        if self.return_token_ids is not None or self._nulls & 274877906944:
            field_dict["return_token_ids"] = self.return_token_ids
        if self.functions is not None:
            field_dict["functions"] = to_jsonable(self.functions)
        if self.prompt_truncate_len is not None or self._nulls & 1099511627776:
            field_dict["prompt_truncate_len"] = self.prompt_truncate_len
        if self.parallel_tool_calls is not None or self._nulls & 2199023255552:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.function_call is not None or self._nulls & 4398046511104:
            field_dict["function_call"] = to_jsonable(self.function_call)
        if self.stream_options is not None or self._nulls & 8796093022208:
            field_dict["stream_options"] = to_jsonable(self.stream_options)
        if self.prompt_cache_key is not None or self._nulls & 17592186044416:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        if self.safe_tokenization is not None or self._nulls & 35184372088832:
            field_dict["safe_tokenization"] = self.safe_tokenization
        if self.service_tier is not None:
            field_dict["service_tier"] = to_jsonable(self.service_tier)
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
