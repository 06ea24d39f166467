from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.completion_request_context_length_exceeded_behavior import (
    CompletionRequestContextLengthExceededBehavior,
)
from ..models.completion_request_reasoning_effort_type_0 import (
    CompletionRequestReasoningEffortType0,
)
from ..models.completion_request_reasoning_history_type_0 import (
    CompletionRequestReasoningHistoryType0,
)
from ..models.completion_request_service_tier import CompletionRequestServiceTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_request_logit_bias_type_0 import (
        CompletionRequestLogitBiasType0,
    )
    from ..models.completion_request_metadata_type_0 import (
        CompletionRequestMetadataType0,
    )
    from ..models.completion_request_stream_options_type_0 import (
        CompletionRequestStreamOptionsType0,
    )
    from ..models.predicted_output import PredictedOutput
    from ..models.response_format import ResponseFormat
    from ..models.thinking_config_disabled import ThinkingConfigDisabled
    from ..models.thinking_config_enabled import ThinkingConfigEnabled


T = TypeVar("T", bound="CompletionRequest")


@_attrs_define
class CompletionRequest:
    """
    Attributes:
        model (str): The name of the model to use.

            Example: `"accounts/fireworks/models/kimi-k2-instruct-0905"`
        prompt (list[int] | list[list[int]] | list[str] | str): The prompt to generate completions for.

            It can be a single string or an array of strings.

            It can also be an array of integers or an array of integer arrays, which allows to pass already tokenized
            prompt.

            If multiple prompts are specified, several choices with corresponding `index` will be returned in the output.
        user (None | str | Unset): A unique identifier representing your end-user, which can help monitor and detect
            abuse.
        prompt_cache_isolation_key (None | str | Unset): Isolation key for prompt caching to separate cache entries.
        raw_output (bool | None | Unset): Return raw output from the model. Default: False.
        perf_metrics_in_response (bool | None | Unset): Whether to include performance metrics in the response body.

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
        stream (bool | None | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-only
            [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-
            sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]`
            message. Default: False.
        n (int | Unset): How many completions to generate for each prompt.

            **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
            carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

            Required range: `1 <= x <= 128`

            Example: `1` Default: 1.
        stop (list[str] | None | str | Unset): Up to 4 sequences where the API will stop generating further tokens. The
            returned text will NOT contain the stop sequence.
        max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. If the token count
            of your prompt plus max_tokens exceeds the model's context length, the behavior depends on
            context_length_exceeded_behavior. By default, max_tokens will be lowered to fit in the context window instead of
            returning an error.
        max_completion_tokens (int | None | Unset): Alias for max_tokens. Cannot be specified together with max_tokens.
        temperature (float | None | Unset): What sampling temperature to use, between 0 and 2. Higher values like 0.8
            will make the output more random, while lower values like 0.2 will make it more focused and deterministic.

            We generally recommend altering this or top_p but not both.

            Required range: `0 <= x <= 2`

            Example: `1`
        top_k (int | None | Unset): Top-k sampling is another sampling method where the k most probable next tokens are
            filtered and the probability mass is redistributed among only those k next tokens. The value of k controls the
            number of candidates for the next token at each step during text generation. Must be between 0 and 100.

            Required range: `0 <= x <= 100`

            Example: `50`
        top_p (float | None | Unset): An alternative to sampling with temperature, called nucleus sampling, where the
            model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising
            the top 10% probability mass are considered.

            We generally recommend altering this or temperature but not both.

            Required range: `0 <= x <= 1`

            Example: `1`
        min_p (float | None | Unset): Minimum probability threshold for token selection. Only tokens with probability >=
            min_p are considered for selection. This is an alternative to `top_p` and `top_k` sampling.

            Required range: `0 <= x <= 1`
        typical_p (float | None | Unset): Typical-p sampling is an alternative to nucleus sampling. It considers the
            most typical tokens whose cumulative probability is at most typical_p.

            Required range: `0 <= x <= 1`
        frequency_penalty (float | None | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based
            on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line
            verbatim.

            Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to
            strongly suppress repetition, then one can increase the coefficients up to 2, but this can noticeably degrade
            the quality of samples. Negative values can be used to increase the likelihood of repetition.

            See also `presence_penalty` for penalizing tokens that have at least one appearance at a fixed rate.

            OpenAI compatible (follows OpenAI's conventions for handling token frequency and repetition penalties).

            Required range: `-2 <= x <= 2`
        presence_penalty (float | None | Unset): Number between -2.0 and 2.0. Positive values penalize new tokens based
            on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.

            Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to
            strongly suppress repetition, then one can increase the coefficients up to 2, but this can noticeably degrade
            the quality of samples. Negative values can be used to increase the likelihood of repetition.

            See also `frequency_penalty` for penalizing tokens at an increasing rate depending on how often they appear.

            OpenAI compatible (follows OpenAI's conventions for handling token frequency and repetition penalties).

            Required range: `-2 <= x <= 2`
        repetition_penalty (float | None | Unset): Applies a penalty to repeated tokens to discourage or encourage
            repetition. A value of `1.0` means no penalty, allowing free repetition. Values above `1.0` penalize repetition,
            reducing the likelihood of repeating tokens. Values between `0.0` and `1.0` reward repetition, increasing the
            chance of repeated tokens. For a good balance, a value of `1.2` is often recommended. Note that the penalty is
            applied to both the generated output and the prompt in decoder-only models.

            Required range: `0 <= x <= 2`
        mirostat_target (float | None | Unset): Defines the target perplexity for the Mirostat algorithm. Perplexity
            measures the unpredictability of the generated text, with higher values encouraging more diverse and creative
            outputs, while lower values prioritize predictability and coherence. The algorithm dynamically adjusts the token
            selection to maintain this target during text generation.

            If not specified, Mirostat sampling is disabled.
        mirostat_lr (float | None | Unset): Specifies the learning rate for the Mirostat sampling algorithm, which
            controls how quickly the model adjusts its token distribution to maintain the target perplexity. A smaller value
            slows down the adjustments, leading to more stable but gradual shifts, while higher values speed up corrections
            at the cost of potential instability.
        seed (int | None | Unset): Random seed for deterministic sampling.
        logprobs (bool | int | None | Unset): Include log probabilities in the response. This accepts either a boolean
            or an integer:

            If set to `true`, log probabilities are included and the number of alternatives can be controlled via
            `top_logprobs` (OpenAI-compatible behavior).

            If set to an integer N (0-5), include log probabilities for up to N most likely tokens per position in the
            legacy format.

            The API will always return the logprob of the sampled token, so there may be up to `logprobs+1` elements in the
            response when an integer is used. The maximum value for the integer form is 5.
        top_logprobs (int | None | Unset): An integer between 0 and 5 specifying the number of most likely tokens to
            return at each token position, each with an associated log probability. The minimum value is 0 and the maximum
            value is 5.

            When `logprobs` is set, `top_logprobs` can be used to modify how many top log probabilities are returned. If
            `top_logprobs` is not set, the API will return up to `logprobs` tokens per position.

            Required range: `0 <= x <= 5`
        echo (bool | None | Unset): Echo back the prompt in addition to the completion. Default: False.
        echo_last (int | None | Unset): Echo back the last N tokens of the prompt in addition to the completion. This is
            useful for obtaining logprobs of the prompt suffix but without transferring too much data. Passing
            `echo_last=len(prompt)` is the same as `echo=True`
        ignore_eos (bool | Unset): This setting controls whether the model should ignore the End of Sequence (EOS)
            token. When set to `True`, the model will continue generating tokens even after the EOS token is produced. By
            default, it stops when the EOS token is reached. Default: False.
        context_length_exceeded_behavior (CompletionRequestContextLengthExceededBehavior | Unset): What to do if the
            token count of prompt plus `max_tokens` exceeds the model's context window.

            Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the
            default.

            Passing `error` would trigger a request error.

            The default of `'truncate'` is selected as it allows to ask for high `max_tokens` value while respecting the
            context window length without having to do client-side prompt tokenization.

            Note, that it differs from OpenAI's behavior that matches that of `error`. Default:
            CompletionRequestContextLengthExceededBehavior.TRUNCATE.
        response_format (None | ResponseFormat | Unset): Allows to force the model to produce specific output format.

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
        logit_bias (CompletionRequestLogitBiasType0 | None | Unset): Modify the likelihood of specified tokens appearing
            in the completion. Accepts a json object that maps tokens (specified by their token ID in the tokenizer) to an
            associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model
            prior to sampling.
        speculation (list[int] | None | str | Unset): Speculative decoding prompt or token IDs to speed up generation.
        prediction (None | PredictedOutput | str | Unset): OpenAI-compatible predicted output for speculative decoding.
            Can be a PredictedOutput object or a simple string. Automatically transformed to speculation.
        metadata (CompletionRequestMetadataType0 | None | Unset): Additional metadata to store with the request for
            tracing/distillation.
        reasoning_effort (bool | CompletionRequestReasoningEffortType0 | int | None | Unset): Controls reasoning
            behavior for supported models. When enabled, the model's reasoning appears in the `reasoning_content` field of
            the response, separate from the final answer in `content`.

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
        reasoning_history (CompletionRequestReasoningHistoryType0 | None | Unset): Controls how historical assistant
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
        thinking (None | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset): Configuration for enabling extended
            thinking (Anthropic-compatible format). This is an alternative to `reasoning_effort` for controlling reasoning
            behavior.

            **Format:**

            - `{"type": "enabled"}` - Enable thinking (equivalent to `reasoning_effort: true`)
            - `{"type": "enabled", "budget_tokens": <int>}` - Enable thinking with a token budget (equivalent to
            `reasoning_effort: <int>`). Must be >= 1024.
            - `{"type": "disabled"}` - Disable thinking (equivalent to `reasoning_effort: "none"`)

            **Note:** Cannot be specified together with `reasoning_effort`. If both are provided, a validation error will be
            raised.
        return_token_ids (bool | None | Unset): Return token IDs alongside text to avoid retokenization drift. Default:
            False.
        images (list[list[str]] | list[str] | None | Unset): The list of base64 encoded images for visual language
            completition generation.

            They should be formatted as MIME_TYPE,<base64 encoded str>

            eg. data:image/jpeg;base64,<base64 encoded str>

            Additionally, the number of images provided should match the number of '<image>' special token in the prompt
        stream_options (CompletionRequestStreamOptionsType0 | None | Unset): Options of a streamed answer (with stream
            true only).
        prompt_cache_key (None | str | Unset): Requests with the same key are routed to the same backend, for prompt
            cache hits (takes priority over `user`).
        service_tier (CompletionRequestServiceTier | Unset): Only `priority` is served differently; the others mean
            `default`.
    """

    model: str
    prompt: list[int] | list[list[int]] | list[str] | str
    user: None | str | Unset = UNSET
    prompt_cache_isolation_key: None | str | Unset = UNSET
    raw_output: bool | None | Unset = False
    perf_metrics_in_response: bool | None | Unset = False
    stream: bool | None | Unset = False
    n: int | Unset = 1
    stop: list[str] | None | str | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    min_p: float | None | Unset = UNSET
    typical_p: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    repetition_penalty: float | None | Unset = UNSET
    mirostat_target: float | None | Unset = UNSET
    mirostat_lr: float | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    logprobs: bool | int | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    echo: bool | None | Unset = False
    echo_last: int | None | Unset = UNSET
    ignore_eos: bool | Unset = False
    context_length_exceeded_behavior: (
        CompletionRequestContextLengthExceededBehavior | Unset
    ) = CompletionRequestContextLengthExceededBehavior.TRUNCATE
    response_format: None | ResponseFormat | Unset = UNSET
    logit_bias: CompletionRequestLogitBiasType0 | None | Unset = UNSET
    speculation: list[int] | None | str | Unset = UNSET
    prediction: None | PredictedOutput | str | Unset = UNSET
    metadata: CompletionRequestMetadataType0 | None | Unset = UNSET
    reasoning_effort: (
        bool | CompletionRequestReasoningEffortType0 | int | None | Unset
    ) = UNSET
    reasoning_history: CompletionRequestReasoningHistoryType0 | None | Unset = UNSET
    thinking: None | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset = UNSET
    return_token_ids: bool | None | Unset = False
    images: list[list[str]] | list[str] | None | Unset = UNSET
    stream_options: CompletionRequestStreamOptionsType0 | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    service_tier: CompletionRequestServiceTier | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_request_logit_bias_type_0 import (
            CompletionRequestLogitBiasType0,
        )
        from ..models.completion_request_metadata_type_0 import (
            CompletionRequestMetadataType0,
        )
        from ..models.completion_request_stream_options_type_0 import (
            CompletionRequestStreamOptionsType0,
        )
        from ..models.predicted_output import PredictedOutput
        from ..models.response_format import ResponseFormat
        from ..models.thinking_config_disabled import ThinkingConfigDisabled
        from ..models.thinking_config_enabled import ThinkingConfigEnabled

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

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        prompt_cache_isolation_key: None | str | Unset
        if isinstance(self.prompt_cache_isolation_key, Unset):
            prompt_cache_isolation_key = UNSET
        else:
            prompt_cache_isolation_key = self.prompt_cache_isolation_key

        raw_output: bool | None | Unset
        if isinstance(self.raw_output, Unset):
            raw_output = UNSET
        else:
            raw_output = self.raw_output

        perf_metrics_in_response: bool | None | Unset
        if isinstance(self.perf_metrics_in_response, Unset):
            perf_metrics_in_response = UNSET
        else:
            perf_metrics_in_response = self.perf_metrics_in_response

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        n = self.n

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        min_p: float | None | Unset
        if isinstance(self.min_p, Unset):
            min_p = UNSET
        else:
            min_p = self.min_p

        typical_p: float | None | Unset
        if isinstance(self.typical_p, Unset):
            typical_p = UNSET
        else:
            typical_p = self.typical_p

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

        repetition_penalty: float | None | Unset
        if isinstance(self.repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = self.repetition_penalty

        mirostat_target: float | None | Unset
        if isinstance(self.mirostat_target, Unset):
            mirostat_target = UNSET
        else:
            mirostat_target = self.mirostat_target

        mirostat_lr: float | None | Unset
        if isinstance(self.mirostat_lr, Unset):
            mirostat_lr = UNSET
        else:
            mirostat_lr = self.mirostat_lr

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        logprobs: bool | int | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        echo: bool | None | Unset
        if isinstance(self.echo, Unset):
            echo = UNSET
        else:
            echo = self.echo

        echo_last: int | None | Unset
        if isinstance(self.echo_last, Unset):
            echo_last = UNSET
        else:
            echo_last = self.echo_last

        ignore_eos = self.ignore_eos

        context_length_exceeded_behavior: str | Unset = UNSET
        if not isinstance(self.context_length_exceeded_behavior, Unset):
            context_length_exceeded_behavior = (
                self.context_length_exceeded_behavior.value
            )

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormat):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        speculation: list[int] | None | str | Unset
        if isinstance(self.speculation, Unset):
            speculation = UNSET
        elif isinstance(self.speculation, list):
            speculation = self.speculation

        else:
            speculation = self.speculation

        prediction: dict[str, Any] | None | str | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, PredictedOutput):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CompletionRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        reasoning_effort: bool | int | None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, CompletionRequestReasoningEffortType0):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        reasoning_history: None | str | Unset
        if isinstance(self.reasoning_history, Unset):
            reasoning_history = UNSET
        elif isinstance(self.reasoning_history, CompletionRequestReasoningHistoryType0):
            reasoning_history = self.reasoning_history.value
        else:
            reasoning_history = self.reasoning_history

        thinking: dict[str, Any] | None | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, ThinkingConfigEnabled) or isinstance(
            self.thinking, ThinkingConfigDisabled
        ):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking

        return_token_ids: bool | None | Unset
        if isinstance(self.return_token_ids, Unset):
            return_token_ids = UNSET
        else:
            return_token_ids = self.return_token_ids

        images: list[list[str]] | list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        elif isinstance(self.images, list):
            images = []
            for images_type_1_item_data in self.images:
                images_type_1_item = images_type_1_item_data

                images.append(images_type_1_item)

        else:
            images = self.images

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, CompletionRequestStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if prompt_cache_isolation_key is not UNSET:
            field_dict["prompt_cache_isolation_key"] = prompt_cache_isolation_key
        if raw_output is not UNSET:
            field_dict["raw_output"] = raw_output
        if perf_metrics_in_response is not UNSET:
            field_dict["perf_metrics_in_response"] = perf_metrics_in_response
        if stream is not UNSET:
            field_dict["stream"] = stream
        if n is not UNSET:
            field_dict["n"] = n
        if stop is not UNSET:
            field_dict["stop"] = stop
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if typical_p is not UNSET:
            field_dict["typical_p"] = typical_p
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if mirostat_target is not UNSET:
            field_dict["mirostat_target"] = mirostat_target
        if mirostat_lr is not UNSET:
            field_dict["mirostat_lr"] = mirostat_lr
        if seed is not UNSET:
            field_dict["seed"] = seed
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if echo is not UNSET:
            field_dict["echo"] = echo
        if echo_last is not UNSET:
            field_dict["echo_last"] = echo_last
        if ignore_eos is not UNSET:
            field_dict["ignore_eos"] = ignore_eos
        if context_length_exceeded_behavior is not UNSET:
            field_dict["context_length_exceeded_behavior"] = (
                context_length_exceeded_behavior
            )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if speculation is not UNSET:
            field_dict["speculation"] = speculation
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if reasoning_history is not UNSET:
            field_dict["reasoning_history"] = reasoning_history
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if return_token_ids is not UNSET:
            field_dict["return_token_ids"] = return_token_ids
        if images is not UNSET:
            field_dict["images"] = images
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.completion_request_logit_bias_type_0 import (
            CompletionRequestLogitBiasType0,
        )
        from ..models.completion_request_metadata_type_0 import (
            CompletionRequestMetadataType0,
        )
        from ..models.completion_request_stream_options_type_0 import (
            CompletionRequestStreamOptionsType0,
        )
        from ..models.predicted_output import PredictedOutput
        from ..models.response_format import ResponseFormat
        from ..models.thinking_config_disabled import ThinkingConfigDisabled
        from ..models.thinking_config_enabled import ThinkingConfigEnabled

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

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_prompt_cache_isolation_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_isolation_key = _parse_prompt_cache_isolation_key(
            d.pop("prompt_cache_isolation_key", UNSET)
        )

        def _parse_raw_output(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        raw_output = _parse_raw_output(d.pop("raw_output", UNSET))

        def _parse_perf_metrics_in_response(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        perf_metrics_in_response = _parse_perf_metrics_in_response(
            d.pop("perf_metrics_in_response", UNSET)
        )

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        n = d.pop("n", UNSET)

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

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_completion_tokens = _parse_max_completion_tokens(
            d.pop("max_completion_tokens", UNSET)
        )

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_k(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_k = _parse_top_k(d.pop("top_k", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_min_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_p = _parse_min_p(d.pop("min_p", UNSET))

        def _parse_typical_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        typical_p = _parse_typical_p(d.pop("typical_p", UNSET))

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

        def _parse_repetition_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        repetition_penalty = _parse_repetition_penalty(
            d.pop("repetition_penalty", UNSET)
        )

        def _parse_mirostat_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mirostat_target = _parse_mirostat_target(d.pop("mirostat_target", UNSET))

        def _parse_mirostat_lr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mirostat_lr = _parse_mirostat_lr(d.pop("mirostat_lr", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_logprobs(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        def _parse_echo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        echo = _parse_echo(d.pop("echo", UNSET))

        def _parse_echo_last(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        echo_last = _parse_echo_last(d.pop("echo_last", UNSET))

        ignore_eos = d.pop("ignore_eos", UNSET)

        _context_length_exceeded_behavior = d.pop(
            "context_length_exceeded_behavior", UNSET
        )
        context_length_exceeded_behavior: (
            CompletionRequestContextLengthExceededBehavior | Unset
        )
        if isinstance(_context_length_exceeded_behavior, Unset):
            context_length_exceeded_behavior = UNSET
        else:
            context_length_exceeded_behavior = (
                CompletionRequestContextLengthExceededBehavior(
                    _context_length_exceeded_behavior
                )
            )

        def _parse_response_format(data: object) -> None | ResponseFormat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = ResponseFormat.from_dict(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFormat | Unset, data)

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_logit_bias(
            data: object,
        ) -> CompletionRequestLogitBiasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = CompletionRequestLogitBiasType0.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionRequestLogitBiasType0 | None | Unset, data)

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        def _parse_speculation(data: object) -> list[int] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                speculation_type_1 = cast(list[int], data)

                return speculation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | str | Unset, data)

        speculation = _parse_speculation(d.pop("speculation", UNSET))

        def _parse_prediction(data: object) -> None | PredictedOutput | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = PredictedOutput.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictedOutput | str | Unset, data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_metadata(
            data: object,
        ) -> CompletionRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CompletionRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_reasoning_effort(
            data: object,
        ) -> bool | CompletionRequestReasoningEffortType0 | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = CompletionRequestReasoningEffortType0(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool | CompletionRequestReasoningEffortType0 | int | None | Unset, data
            )

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_reasoning_history(
            data: object,
        ) -> CompletionRequestReasoningHistoryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_history_type_0 = CompletionRequestReasoningHistoryType0(data)

                return reasoning_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionRequestReasoningHistoryType0 | None | Unset, data)

        reasoning_history = _parse_reasoning_history(d.pop("reasoning_history", UNSET))

        def _parse_thinking(
            data: object,
        ) -> None | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_type_0 = ThinkingConfigEnabled.from_dict(data)

                return thinking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_type_1 = ThinkingConfigDisabled.from_dict(data)

                return thinking_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset, data
            )

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        def _parse_return_token_ids(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        return_token_ids = _parse_return_token_ids(d.pop("return_token_ids", UNSET))

        def _parse_images(data: object) -> list[list[str]] | list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_1 = []
                _images_type_1 = data
                for images_type_1_item_data in _images_type_1:
                    images_type_1_item = cast(list[str], images_type_1_item_data)

                    images_type_1.append(images_type_1_item)

                return images_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_stream_options(
            data: object,
        ) -> CompletionRequestStreamOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = CompletionRequestStreamOptionsType0.from_dict(
                    data
                )

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionRequestStreamOptionsType0 | None | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: CompletionRequestServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = CompletionRequestServiceTier(_service_tier)

        completion_request = cls(
            model=model,
            prompt=prompt,
            user=user,
            prompt_cache_isolation_key=prompt_cache_isolation_key,
            raw_output=raw_output,
            perf_metrics_in_response=perf_metrics_in_response,
            stream=stream,
            n=n,
            stop=stop,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            min_p=min_p,
            typical_p=typical_p,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            mirostat_target=mirostat_target,
            mirostat_lr=mirostat_lr,
            seed=seed,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            echo=echo,
            echo_last=echo_last,
            ignore_eos=ignore_eos,
            context_length_exceeded_behavior=context_length_exceeded_behavior,
            response_format=response_format,
            logit_bias=logit_bias,
            speculation=speculation,
            prediction=prediction,
            metadata=metadata,
            reasoning_effort=reasoning_effort,
            reasoning_history=reasoning_history,
            thinking=thinking,
            return_token_ids=return_token_ids,
            images=images,
            stream_options=stream_options,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
        )

        return completion_request
