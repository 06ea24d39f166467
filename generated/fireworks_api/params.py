"""Typed request parameters, generated from the effective spec by codegen/params.py.

Do not edit: `make generate` writes this file.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import IO, TYPE_CHECKING, Any, Literal, NotRequired, Required, TypedDict

if TYPE_CHECKING:
    from .models import (
        AnthropicInputMessage,
        AnthropicMetadata,
        AnthropicOutputConfig,
        AnthropicRequestTextBlock,
        AnthropicThinkingConfigAdaptive,
        AnthropicThinkingConfigDisabled,
        AnthropicThinkingConfigEnabled,
        AnthropicTool,
        AnthropicToolChoiceAny,
        AnthropicToolChoiceAuto,
        AnthropicToolChoiceNone,
        AnthropicToolChoiceTool,
        ChatCompletionFunction,
        ChatCompletionTool,
        ChatMessage,
        EvaluatorSource,
        FunctionNameSpec,
        FunctionSelection,
        GatewayApiKey,
        GatewayAutoTune,
        GatewayAutoscalingPolicy,
        GatewayAwsS3Config,
        GatewayAzureBlobStorageConfig,
        GatewayBaseModelDetails,
        GatewayBaseTrainingConfig,
        GatewayBatchInferenceJobInferenceParameters,
        GatewayConversationConfig,
        GatewayCriterion,
        GatewayDataset,
        GatewayDeployedModelRef,
        GatewayEvalProtocol,
        GatewayEvaluationJob,
        GatewayEvaluationResult,
        GatewayEvaluator,
        GatewayJobProgress,
        GatewayModel,
        GatewayPEFTDetails,
        GatewayPlacement,
        GatewayReinforcementFineTuningJobInferenceParameters,
        GatewayReinforcementLearningLossConfig,
        GatewayReplicaStats,
        GatewaySplitted,
        GatewayStatus,
        GatewayTEFTDetails,
        GatewayTransformed,
        GatewayUserUploaded,
        GatewayWandbConfig,
        PredictedOutput,
        ResponseFormat,
        TextPrompt,
        ThinkingConfigDisabled,
        ThinkingConfigEnabled,
        TypeDate,
        TypeMoney,
    )

__all__ = [
    "AnthropicCreateMessageParamsParams",
    "ChatCompletionRequestParams",
    "CompletionRequestParams",
    "CreateControlNetRequestParams",
    "CreateEmbeddingRequestParams",
    "CreateFluxImageParams",
    "CreateImageRequestParams",
    "CreateImageToImageRequestParams",
    "CreateKontextRequestParams",
    "CreateRerankRequestParams",
    "CreateResponseParams",
    "GatewayCancelReinforcementFineTuningJobBodyParams",
    "GatewayCreateApiKeyBodyParams",
    "GatewayCreateBatchInferenceJobParams",
    "GatewayCreateDatasetBodyParams",
    "GatewayCreateDeployedModelParams",
    "GatewayCreateDeploymentParams",
    "GatewayCreateDpoJobParams",
    "GatewayCreateEvaluationJobBodyParams",
    "GatewayCreateEvaluatorV2BodyParams",
    "GatewayCreateModelBodyParams",
    "GatewayCreateReinforcementFineTuningJobParams",
    "GatewayCreateRlorTrainerJobParams",
    "GatewayCreateSupervisedFineTuningJobParams",
    "GatewayCreateUserParams",
    "GatewayDeleteApiKeyBodyParams",
    "GatewayDeleteDeploymentParams",
    "GatewayExecuteRlorTrainStepBodyParams",
    "GatewayGetAccountParams",
    "GatewayGetBatchInferenceJobParams",
    "GatewayGetDatasetDownloadEndpointParams",
    "GatewayGetDatasetParams",
    "GatewayGetDatasetUploadEndpointBodyParams",
    "GatewayGetDeployedModelParams",
    "GatewayGetDeploymentParams",
    "GatewayGetDeploymentShapeParams",
    "GatewayGetDeploymentShapeVersionParams",
    "GatewayGetDpoJobParams",
    "GatewayGetEvaluationJobParams",
    "GatewayGetEvaluatorBuildLogEndpointParams",
    "GatewayGetEvaluatorParams",
    "GatewayGetEvaluatorSourceCodeEndpointParams",
    "GatewayGetEvaluatorUploadEndpointBodyParams",
    "GatewayGetModelDownloadEndpointParams",
    "GatewayGetModelParams",
    "GatewayGetModelUploadEndpointBodyParams",
    "GatewayGetReinforcementFineTuningJobParams",
    "GatewayGetRlorTrainerJobParams",
    "GatewayGetSecretParams",
    "GatewayGetSupervisedFineTuningJobParams",
    "GatewayGetUserParams",
    "GatewayListAccountsParams",
    "GatewayListApiKeysParams",
    "GatewayListBatchInferenceJobsParams",
    "GatewayListDatasetsParams",
    "GatewayListDeployedModelsParams",
    "GatewayListDeploymentShapeVersionsParams",
    "GatewayListDeploymentShapesParams",
    "GatewayListDeploymentsParams",
    "GatewayListDpoJobsParams",
    "GatewayListEvaluationJobsParams",
    "GatewayListEvaluatorVersionsParams",
    "GatewayListEvaluatorsParams",
    "GatewayListModelsParams",
    "GatewayListReinforcementFineTuningJobsParams",
    "GatewayListRlorTrainerJobsParams",
    "GatewayListSecretsParams",
    "GatewayListSupervisedFineTuningJobsParams",
    "GatewayListUsersParams",
    "GatewayPrepareModelBodyParams",
    "GatewayResumeDpoJobBodyParams",
    "GatewayResumeReinforcementFineTuningJobBodyParams",
    "GatewayResumeRlorTrainerJobBodyParams",
    "GatewayResumeSupervisedFineTuningJobBodyParams",
    "GatewayScaleDeploymentBodyParams",
    "GatewaySecretParams",
    "GatewayUndeleteDeploymentBodyParams",
    "GatewayUpdateDatasetParams",
    "GatewayUpdateDeployedModelParams",
    "GatewayUpdateDeploymentParams",
    "GatewayUpdateEvaluatorParams",
    "GatewayUpdateModelParams",
    "GatewayUpdateSecretParams",
    "GatewayUpdateUserParams",
    "GatewayUploadDatasetFileParams",
    "GatewayValidateDatasetUploadBodyParams",
    "GatewayValidateEvaluatorUploadBodyParams",
    "GatewayValidateModelUploadParams",
    "GetKontextResultParams",
    "ListResponsesParams",
]


class ChatCompletionRequestParams(TypedDict, total=False):
    """The fields of create_chat_completion_v1_chat_completions_post."""

    model: Required[str]
    """The name of the model to use. Example: `"accounts/fireworks/models/kimi-k2-instruct-0905"`"""
    messages: Required[Sequence[ChatMessage | dict[str, Any]]]
    """A list of messages comprising the conversation so far."""
    tools: NotRequired[Sequence[ChatCompletionTool | dict[str, Any]]]
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. See the our [model library](https://app.fireworks.ai/models/?filter=LLM&functionCalling=true) for the list of supported models"""
    tool_choice: NotRequired[
        Literal["auto", "none", "any", "required"] | FunctionSelection | dict[str, Any]
    ]
    """Controls which (if any) tool is called by the model. - `none`: the model will not call any tool and instead generates a message. - `auto`: the model can pick between generating a message or calling one or more tools. - `required` (alias: `any`): the model must call one or more tools. To force a ..."""
    response_format: NotRequired[ResponseFormat | dict[str, Any] | None]
    """Allows to force the model to produce specific output format. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON. If `"type"` is `"json_schema"`, a JSON schema must be provided. E.g., `response_format = {"type": "json_schema", ..."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or top_p but not both. Required range: `0 <= x <= 2` Example: `1`"""
    top_k: NotRequired[int | None]
    """Top-k sampling is another sampling method where the k most probable next tokens are filtered and the probability mass is redistributed among only those k next tokens. The value of k controls the number of candidates for the next token at each step during text generation. Must be between 0 and ..."""
    user: NotRequired[str | None]
    """A unique identifier representing your end-user, which can help monitor and detect abuse."""
    prompt_cache_isolation_key: NotRequired[str | None]
    """Isolation key for prompt caching to separate cache entries."""
    raw_output: NotRequired[bool | None]
    """Return raw output from the model."""
    perf_metrics_in_response: NotRequired[bool | None]
    """Whether to include performance metrics in the response body. **Non-streaming requests:** Performance metrics are always included in response headers (e.g., `fireworks-prompt-tokens`, `fireworks-server-time-to-first-token`). Setting this to `true` additionally includes the same metrics in the ..."""
    n: NotRequired[int]
    """How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`. Required range: `1 <= x <= 128` Example: `1`"""
    stop: NotRequired[str | Sequence[str] | None]
    """Up to 4 sequences where the API will stop generating further tokens. The returned text will NOT contain the stop sequence."""
    max_tokens: NotRequired[int | None]
    """The maximum number of tokens to generate in the completion. If the token count of your prompt plus max_tokens exceeds the model's context length, the behavior depends on context_length_exceeded_behavior. By default, max_tokens will be lowered to fit in the context window instead of returning an ..."""
    max_completion_tokens: NotRequired[int | None]
    """Alias for max_tokens. Cannot be specified together with max_tokens."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not ..."""
    min_p: NotRequired[float | None]
    """Minimum probability threshold for token selection. Only tokens with probability >= min_p are considered for selection. This is an alternative to `top_p` and `top_k` sampling. Required range: `0 <= x <= 1`"""
    typical_p: NotRequired[float | None]
    """Typical-p sampling is an alternative to nucleus sampling. It considers the most typical tokens whose cumulative probability is at most typical_p. Required range: `0 <= x <= 1`"""
    frequency_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is ..."""
    presence_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to strongly ..."""
    repetition_penalty: NotRequired[float | None]
    """Applies a penalty to repeated tokens to discourage or encourage repetition. A value of `1.0` means no penalty, allowing free repetition. Values above `1.0` penalize repetition, reducing the likelihood of repeating tokens. Values between `0.0` and `1.0` reward repetition, increasing the chance of ..."""
    mirostat_target: NotRequired[float | None]
    """Defines the target perplexity for the Mirostat algorithm. Perplexity measures the unpredictability of the generated text, with higher values encouraging more diverse and creative outputs, while lower values prioritize predictability and coherence. The algorithm dynamically adjusts the token ..."""
    mirostat_lr: NotRequired[float | None]
    """Specifies the learning rate for the Mirostat sampling algorithm, which controls how quickly the model adjusts its token distribution to maintain the target perplexity. A smaller value slows down the adjustments, leading to more stable but gradual shifts, while higher values speed up corrections ..."""
    seed: NotRequired[int | None]
    """Random seed for deterministic sampling."""
    logprobs: NotRequired[int | bool | None]
    """Include log probabilities in the response. This accepts either a boolean or an integer: If set to `true`, log probabilities are included and the number of alternatives can be controlled via `top_logprobs` (OpenAI-compatible behavior). If set to an integer N (0-5), include log probabilities for ..."""
    top_logprobs: NotRequired[int | None]
    """An integer between 0 and 5 specifying the number of most likely tokens to return at each token position, each with an associated log probability. The minimum value is 0 and the maximum value is 5. When `logprobs` is set, `top_logprobs` can be used to modify how many top log probabilities are ..."""
    echo: NotRequired[bool | None]
    """Echo back the prompt in addition to the completion."""
    echo_last: NotRequired[int | None]
    """Echo back the last N tokens of the prompt in addition to the completion. This is useful for obtaining logprobs of the prompt suffix but without transferring too much data. Passing `echo_last=len(prompt)` is the same as `echo=True`"""
    ignore_eos: NotRequired[bool]
    """This setting controls whether the model should ignore the End of Sequence (EOS) token. When set to `True`, the model will continue generating tokens even after the EOS token is produced. By default, it stops when the EOS token is reached."""
    context_length_exceeded_behavior: NotRequired[Literal["error", "truncate"]]
    """What to do if the token count of prompt plus `max_tokens` exceeds the model's context window. Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the default. Passing `error` would trigger a request error. The default of `'truncate'` is selected ..."""
    logit_bias: NotRequired[dict[str, Any] | None]
    """Modify the likelihood of specified tokens appearing in the completion. Accepts a json object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling."""
    speculation: NotRequired[str | Sequence[int] | None]
    """Speculative decoding prompt or token IDs to speed up generation."""
    prediction: NotRequired[PredictedOutput | dict[str, Any] | str | None]
    """OpenAI-compatible predicted output for speculative decoding. Can be a PredictedOutput object or a simple string. Automatically transformed to speculation."""
    metadata: NotRequired[dict[str, Any] | None]
    """Additional metadata to store with the request for tracing/distillation."""
    reasoning_effort: NotRequired[
        Literal["low", "medium", "high", "none"] | int | bool | None
    ]
    """Controls reasoning behavior for supported models. When enabled, the model's reasoning appears in the `reasoning_content` field of the response, separate from the final answer in `content`. **Accepted values:** - **String** (OpenAI-compatible): `'low'`, `'medium'`, or `'high'` to enable reasoning ..."""
    reasoning_history: NotRequired[
        Literal["disabled", "interleaved", "preserved"] | None
    ]
    """Controls how historical assistant reasoning content is included in the prompt for multi-turn conversations. **Accepted values:** - `null`: Use model/template default behavior (for **GLM-4.7**, the model/template default is `'interleaved'`, i.e. historical reasoning is cleared by default) - ..."""
    thinking: NotRequired[
        ThinkingConfigEnabled | dict[str, Any] | ThinkingConfigDisabled | None
    ]
    """Configuration for enabling extended thinking (Anthropic-compatible format). This is an alternative to `reasoning_effort` for controlling reasoning behavior. **Format:** - `{"type": "enabled"}` - Enable thinking (equivalent to `reasoning_effort: true`) - `{"type": "enabled", "budget_tokens": ..."""
    return_token_ids: NotRequired[bool | None]
    """Return token IDs alongside text to avoid retokenization drift."""
    functions: NotRequired[Sequence[ChatCompletionFunction | dict[str, Any]]]
    """Deprecated in OpenAI. Use 'tools' instead. This will be automatically transformed to tools."""
    prompt_truncate_len: NotRequired[int | None]
    """The size (in tokens) to which to truncate chat prompts. This includes the system prompt (if any), previous user/assistant messages, and the current user message. Earlier user/assistant messages will be evicted first to fit the prompt into this length. The system prompt is preserved whenever ..."""
    parallel_tool_calls: NotRequired[bool | None]
    """Enable parallel function calling."""
    function_call: NotRequired[
        Literal["auto", "none"] | FunctionNameSpec | dict[str, Any] | None
    ]
    """Deprecated in OpenAI. Use 'tool_choice' instead. This will be automatically transformed to tool_choice."""
    stream_options: NotRequired[dict[str, Any] | None]
    """Options of a streamed answer (with stream true only)."""
    prompt_cache_key: NotRequired[str | None]
    """Requests with the same key are routed to the same backend, for prompt cache hits (takes priority over `user`)."""
    safe_tokenization: NotRequired[bool | None]
    """Special tokens in the content are never read as special tokens (no prompt injection through them); `prompt_truncate_len` is not applied then."""
    service_tier: NotRequired[Literal["auto", "default", "flex", "priority"]]
    """Only `priority` is served differently; the others mean `default`."""


class CompletionRequestParams(TypedDict, total=False):
    """The fields of create_completion_v1_completions_post."""

    model: Required[str]
    """The name of the model to use. Example: `"accounts/fireworks/models/kimi-k2-instruct-0905"`"""
    user: NotRequired[str | None]
    """A unique identifier representing your end-user, which can help monitor and detect abuse."""
    prompt_cache_isolation_key: NotRequired[str | None]
    """Isolation key for prompt caching to separate cache entries."""
    raw_output: NotRequired[bool | None]
    """Return raw output from the model."""
    perf_metrics_in_response: NotRequired[bool | None]
    """Whether to include performance metrics in the response body. **Non-streaming requests:** Performance metrics are always included in response headers (e.g., `fireworks-prompt-tokens`, `fireworks-server-time-to-first-token`). Setting this to `true` additionally includes the same metrics in the ..."""
    n: NotRequired[int]
    """How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`. Required range: `1 <= x <= 128` Example: `1`"""
    stop: NotRequired[str | Sequence[str] | None]
    """Up to 4 sequences where the API will stop generating further tokens. The returned text will NOT contain the stop sequence."""
    max_tokens: NotRequired[int | None]
    """The maximum number of tokens to generate in the completion. If the token count of your prompt plus max_tokens exceeds the model's context length, the behavior depends on context_length_exceeded_behavior. By default, max_tokens will be lowered to fit in the context window instead of returning an ..."""
    max_completion_tokens: NotRequired[int | None]
    """Alias for max_tokens. Cannot be specified together with max_tokens."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or top_p but not both. Required range: `0 <= x <= 2` Example: `1`"""
    top_k: NotRequired[int | None]
    """Top-k sampling is another sampling method where the k most probable next tokens are filtered and the probability mass is redistributed among only those k next tokens. The value of k controls the number of candidates for the next token at each step during text generation. Must be between 0 and ..."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not ..."""
    min_p: NotRequired[float | None]
    """Minimum probability threshold for token selection. Only tokens with probability >= min_p are considered for selection. This is an alternative to `top_p` and `top_k` sampling. Required range: `0 <= x <= 1`"""
    typical_p: NotRequired[float | None]
    """Typical-p sampling is an alternative to nucleus sampling. It considers the most typical tokens whose cumulative probability is at most typical_p. Required range: `0 <= x <= 1`"""
    frequency_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is ..."""
    presence_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to strongly ..."""
    repetition_penalty: NotRequired[float | None]
    """Applies a penalty to repeated tokens to discourage or encourage repetition. A value of `1.0` means no penalty, allowing free repetition. Values above `1.0` penalize repetition, reducing the likelihood of repeating tokens. Values between `0.0` and `1.0` reward repetition, increasing the chance of ..."""
    mirostat_target: NotRequired[float | None]
    """Defines the target perplexity for the Mirostat algorithm. Perplexity measures the unpredictability of the generated text, with higher values encouraging more diverse and creative outputs, while lower values prioritize predictability and coherence. The algorithm dynamically adjusts the token ..."""
    mirostat_lr: NotRequired[float | None]
    """Specifies the learning rate for the Mirostat sampling algorithm, which controls how quickly the model adjusts its token distribution to maintain the target perplexity. A smaller value slows down the adjustments, leading to more stable but gradual shifts, while higher values speed up corrections ..."""
    seed: NotRequired[int | None]
    """Random seed for deterministic sampling."""
    logprobs: NotRequired[int | bool | None]
    """Include log probabilities in the response. This accepts either a boolean or an integer: If set to `true`, log probabilities are included and the number of alternatives can be controlled via `top_logprobs` (OpenAI-compatible behavior). If set to an integer N (0-5), include log probabilities for ..."""
    top_logprobs: NotRequired[int | None]
    """An integer between 0 and 5 specifying the number of most likely tokens to return at each token position, each with an associated log probability. The minimum value is 0 and the maximum value is 5. When `logprobs` is set, `top_logprobs` can be used to modify how many top log probabilities are ..."""
    echo: NotRequired[bool | None]
    """Echo back the prompt in addition to the completion."""
    echo_last: NotRequired[int | None]
    """Echo back the last N tokens of the prompt in addition to the completion. This is useful for obtaining logprobs of the prompt suffix but without transferring too much data. Passing `echo_last=len(prompt)` is the same as `echo=True`"""
    ignore_eos: NotRequired[bool]
    """This setting controls whether the model should ignore the End of Sequence (EOS) token. When set to `True`, the model will continue generating tokens even after the EOS token is produced. By default, it stops when the EOS token is reached."""
    context_length_exceeded_behavior: NotRequired[Literal["error", "truncate"]]
    """What to do if the token count of prompt plus `max_tokens` exceeds the model's context window. Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the default. Passing `error` would trigger a request error. The default of `'truncate'` is selected ..."""
    response_format: NotRequired[ResponseFormat | dict[str, Any] | None]
    """Allows to force the model to produce specific output format. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON. If `"type"` is `"json_schema"`, a JSON schema must be provided. E.g., `response_format = {"type": "json_schema", ..."""
    logit_bias: NotRequired[dict[str, Any] | None]
    """Modify the likelihood of specified tokens appearing in the completion. Accepts a json object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling."""
    speculation: NotRequired[str | Sequence[int] | None]
    """Speculative decoding prompt or token IDs to speed up generation."""
    prediction: NotRequired[PredictedOutput | dict[str, Any] | str | None]
    """OpenAI-compatible predicted output for speculative decoding. Can be a PredictedOutput object or a simple string. Automatically transformed to speculation."""
    metadata: NotRequired[dict[str, Any] | None]
    """Additional metadata to store with the request for tracing/distillation."""
    reasoning_effort: NotRequired[
        Literal["low", "medium", "high", "none"] | int | bool | None
    ]
    """Controls reasoning behavior for supported models. When enabled, the model's reasoning appears in the `reasoning_content` field of the response, separate from the final answer in `content`. **Accepted values:** - **String** (OpenAI-compatible): `'low'`, `'medium'`, or `'high'` to enable reasoning ..."""
    reasoning_history: NotRequired[
        Literal["disabled", "interleaved", "preserved"] | None
    ]
    """Controls how historical assistant reasoning content is included in the prompt for multi-turn conversations. **Accepted values:** - `null`: Use model/template default behavior (for **GLM-4.7**, the model/template default is `'interleaved'`, i.e. historical reasoning is cleared by default) - ..."""
    thinking: NotRequired[
        ThinkingConfigEnabled | dict[str, Any] | ThinkingConfigDisabled | None
    ]
    """Configuration for enabling extended thinking (Anthropic-compatible format). This is an alternative to `reasoning_effort` for controlling reasoning behavior. **Format:** - `{"type": "enabled"}` - Enable thinking (equivalent to `reasoning_effort: true`) - `{"type": "enabled", "budget_tokens": ..."""
    return_token_ids: NotRequired[bool | None]
    """Return token IDs alongside text to avoid retokenization drift."""
    prompt: Required[str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]]]
    """The prompt to generate completions for. It can be a single string or an array of strings. It can also be an array of integers or an array of integer arrays, which allows to pass already tokenized prompt. If multiple prompts are specified, several choices with corresponding `index` will be ..."""
    images: NotRequired[Sequence[str] | Sequence[Sequence[str]] | None]
    """The list of base64 encoded images for visual language completition generation. They should be formatted as MIME_TYPE,<base64 encoded str> eg. data:image/jpeg;base64,<base64 encoded str> Additionally, the number of images provided should match the number of '<image>' special token in the prompt"""
    stream_options: NotRequired[dict[str, Any] | None]
    """Options of a streamed answer (with stream true only)."""
    prompt_cache_key: NotRequired[str | None]
    """Requests with the same key are routed to the same backend, for prompt cache hits (takes priority over `user`)."""
    service_tier: NotRequired[Literal["auto", "default", "flex", "priority"]]
    """Only `priority` is served differently; the others mean `default`."""


class CreateEmbeddingRequestParams(TypedDict, total=False):
    """The fields of createEmbedding."""

    input: Required[str | Sequence[str] | dict[str, Any] | Sequence[dict[str, Any]]]
    """Input text to embed, encoded as a string. To embed multiple inputs in a single request, pass an array of strings. You can pass structured object(s) to use along with the prompt_template. The input must not exceed the max input tokens for the model (8192 tokens for `nomic-ai/nomic-embed- ..."""
    model: Required[str]
    """The model to use for generating embeddings."""
    prompt_template: NotRequired[str]
    """Template string for processing input data before embedding. When provided, fields from the input object are substituted using [Jinja2](https://jinja.palletsprojects.com/en/stable/). For example, simple substitution is done using `{field_name}` syntax. The resulting string(s) are then embedded. ..."""
    dimensions: NotRequired[int]
    """The number of dimensions the resulting output embeddings should have. Only supported in `nomic-ai/nomic-embed-text-v1.5` and later models."""
    return_logits: NotRequired[Sequence[int]]
    """If provided, returns raw model logits (pre-softmax scores) for specified token or class indices. If an empty list is provided, returns logits for all available tokens/classes. Otherwise, only the specified indices are returned. When used with normalize=true, softmax is applied to create ..."""
    normalize: NotRequired[bool]
    """Controls normalization of the output. When return_logits is not provided, embeddings are L2 normalized (unit vectors). When return_logits is provided, softmax is applied to the selected logits to create probability distributions."""
    encoding_format: NotRequired[Literal["float", "base64"]]
    """The form of each vector in the answer."""


class CreateRerankRequestParams(TypedDict, total=False):
    """The fields of createRerank."""

    model: NotRequired[str | None]
    """The name of the reranker model to use."""
    query: Required[str]
    """The search query to use for reranking documents."""
    documents: Required[Sequence[str]]
    """A list of documents to rerank. Each document is a string."""
    top_n: NotRequired[int | None]
    """The number of most relevant documents to return. If not specified, all documents are returned."""
    return_documents: NotRequired[bool]
    """Whether to return the document text in the response. Defaults to true."""
    task: NotRequired[str | None]
    """Optional task description to guide the reranking process."""


class CreateResponseParams(TypedDict, total=False):
    """The fields of create_response_v1_responses_post."""

    model: Required[str]
    """The model to use for generating the response. Example: `accounts/<ACCOUNT_ID>/models/<MODEL_ID>`."""
    input: Required[str | Sequence[dict[str, Any]]]
    """The input to the model. Can be a simple text string or a list of message objects for complex inputs with multiple content types."""
    previous_response_id: NotRequired[str | None]
    """The ID of a previous response to continue the conversation from. When provided, the conversation history from that response will be automatically loaded."""
    instructions: NotRequired[str | None]
    """System instructions that guide the model's behavior throughout the conversation. Similar to a system message."""
    max_output_tokens: NotRequired[int | None]
    """The maximum number of tokens that can be generated in the response. Must be at least 1. If not specified, the model will generate up to its maximum context length."""
    max_tool_calls: NotRequired[int | None]
    """The maximum number of tool calls allowed in a single response. Useful for controlling costs and limiting tool execution. Must be at least 1."""
    metadata: NotRequired[dict[str, Any] | None]
    """Set of up to 16 key-value pairs that can be attached to the response. Useful for storing additional information in a structured format."""
    parallel_tool_calls: NotRequired[bool | None]
    """Whether to enable parallel function calling during tool use. When true, the model can call multiple tools simultaneously. Default is True."""
    reasoning: NotRequired[dict[str, Any] | None]
    """Configuration for reasoning output. When enabled, the model will return its reasoning process along with the response."""
    store: NotRequired[bool | None]
    """Whether to store the response. When set to false, the response will not be stored and will not be retrievable via the API. This is useful for ephemeral or sensitive data. See an example in our [Controlling Response Storage cookbook](https://github.com/fw-ai/cookbook/blob/main/learn/response- ..."""
    temperature: NotRequired[float | None]
    """The sampling temperature to use, between 0 and 2. Higher values like 0.8 make output more random, while lower values like 0.2 make it more focused and deterministic. Default is 1.0."""
    text: NotRequired[dict[str, Any] | None]
    """Text generation configuration parameters. Used for advanced text generation settings."""
    tool_choice: NotRequired[str | dict[str, Any] | None]
    """Controls which (if any) tool the model should use. Can be 'none' (never call tools), 'auto' (model decides), 'required' (must call at least one tool), or an object specifying a particular tool to call. Default is 'auto'."""
    tools: NotRequired[Sequence[dict[str, Any]] | None]
    """A list of MCP tools the model may call. See our cookbooks for examples on [basic MCP usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-api/fireworks_mcp_examples.ipynb) and [streaming with MCP](https://github.com/fw-ai/cookbook/blob/main/learn/response- ..."""
    top_p: NotRequired[float | None]
    """An alternative to temperature sampling, called nucleus sampling, where the model considers the results of tokens with top_p probability mass. So 0.1 means only tokens comprising the top 10% probability mass are considered. Default is 1.0. We generally recommend altering this or temperature but ..."""
    truncation: NotRequired[str | None]
    """The truncation strategy to use for the context when it exceeds the model's maximum length. Can be 'auto' (automatically truncate) or 'disabled' (return error if context too long). Default is 'disabled'."""
    user: NotRequired[str | None]
    """A unique identifier representing your end-user, which can help Fireworks to monitor and detect abuse. This can be a username, email, or any other unique identifier."""


class ListResponsesParams(TypedDict, total=False):
    """The fields of listResponses."""

    limit: NotRequired[int]
    after: NotRequired[str | None]
    before: NotRequired[str | None]


class CreateFluxImageParams(TypedDict, total=False):
    """The fields of createFluxImage."""

    prompt: Required[str]
    """Prompt to use for the image generation process."""
    aspect_ratio: NotRequired[
        Literal[
            "1:1",
            "21:9",
            "16:9",
            "3:2",
            "5:4",
            "4:5",
            "2:3",
            "9:16",
            "9:21",
            "4:3",
            "3:4",
        ]
    ]
    """Aspect ratio of the generated image."""
    guidance_scale: NotRequired[float]
    """Classifier-free guidance scale for the image diffusion process. Default value is 3.5."""
    num_inference_steps: NotRequired[int]
    """Number of denoising steps for the image generation process. Default value is 4."""
    seed: NotRequired[int]
    """Random seed to use for the image generation process. If 0, we will use a totally random seed."""


class CreateKontextRequestParams(TypedDict, total=False):
    """The fields of createKontextRequest."""

    prompt: Required[str]
    """Prompt to use for the image generation process."""
    input_image: NotRequired[str | None]
    """Base64 encoded image or URL to use with Kontext."""
    seed: NotRequired[int | None]
    """Optional seed for reproducibility."""
    aspect_ratio: NotRequired[str | None]
    """Aspect ratio of the image between 21:9 and 9:21."""
    output_format: NotRequired[Literal["jpeg", "png"]]
    """Output format for the generated image. Can be 'jpeg' or 'png'."""
    webhook_url: NotRequired[str | None]
    """URL to receive webhook notifications."""
    webhook_secret: NotRequired[str | None]
    """Optional secret for webhook signature verification."""
    prompt_upsampling: NotRequired[bool]
    """Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation."""
    safety_tolerance: NotRequired[int]
    """Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Limit of 2 for Image to Image."""


class GetKontextResultParams(TypedDict, total=False):
    """The fields of getKontextResult."""

    id: Required[str]
    """Request id generated from create/edit image request."""


class CreateImageRequestParams(TypedDict, total=False):
    """The fields of generateImage."""

    height: NotRequired[int]
    """Height of the image in pixels. Supported resolutions (width, height) are (1024, 1024), (1152, 896), (896, 1152), (1216, 832), (832, 1216), (1344, 768), (768, 1344), (1536, 640), and (640, 1536)."""
    width: NotRequired[int]
    """Width of the image in pixels. Supported resolutions (width, height) are (1024, 1024), (1152, 896), (896, 1152), (1216, 832), (832, 1216), (1344, 768), (768, 1344), (1536, 640), and (640, 1536)."""
    text_prompts: Required[Sequence[TextPrompt | dict[str, Any]]]
    cfg_scale: NotRequired[float]
    """Configuration scale for the image diffusion process. Adjust the description as needed."""
    sampler: NotRequired[Literal["K_DPMPP_2M"]]
    """We support none and "K_DPMPP_2M" here"""
    samples: NotRequired[int]
    """Number of images to generate"""
    seed: NotRequired[int]
    """Random noise seed (omit this option or use `0` for a random seed)"""
    steps: NotRequired[int]
    """Number of diffusion steps to run"""
    safety_check: NotRequired[bool]
    """Enable a safety check for each response. If the safety check model detects unsafe content, the response will be filtered with Finish-Reason = CONTENT_FILTERED."""
    lora_adapter_name: NotRequired[str | None]
    """A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA adapter to load and run in SDXL inference."""
    lora_weight_filename: NotRequired[str | None]
    """The filename (e.g. lora.safetensors) of the file within the HF repo to load as the HF adapter."""


class CreateImageToImageRequestParams(TypedDict, total=False):
    """The fields of imageToImage."""

    prompt: NotRequired[str]
    """The prompt to use when transforming the image"""
    negative_prompt: NotRequired[str]
    """The negative prompt to use when transforming the image"""
    init_image: Required[bytes | IO[bytes] | PathLike[str]]
    """Image used to initialize the diffusion process, in lieu of random noise."""
    init_image_mode: Required[Literal["IMAGE_STRENGTH", "STEP_SCHEDULE"]]
    """Which of the two modes to use."""
    cfg_scale: NotRequired[int]
    clip_guidance_preset: NotRequired[str]
    sampler: NotRequired[Literal["K_DPMPP_2M"]]
    """We support none and "K_DPMPP_2M" here"""
    samples: NotRequired[int]
    """Number of images to generate"""
    seed: NotRequired[int]
    """Random noise seed (omit this option or use `0` for a random seed)"""
    steps: NotRequired[int]
    """Number of diffusion steps to run"""
    safety_check: NotRequired[bool]
    """Enable a safety check for each response. If the safety check model detects unsafe content, the response will be filtered with Finish-Reason = CONTENT_FILTERED."""
    lora_adapter_name: NotRequired[str]
    """A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA adapter to load and run in SDXL inference."""
    lora_weight_filename: NotRequired[str]
    """The filename (e.g. lora.safetensors) of the file within the HF repo to load as the HF adapter."""
    image_strength: NotRequired[float]
    """IMAGE_STRENGTH mode only. How much of the init image to keep."""
    step_schedule_start: NotRequired[float]
    """STEP_SCHEDULE mode only."""
    step_schedule_end: NotRequired[float]
    """STEP_SCHEDULE mode only; required in that mode."""


class CreateControlNetRequestParams(TypedDict, total=False):
    """The fields of controlNet."""

    prompt: Required[str]
    """The prompt to use when transforming the image"""
    negative_prompt: NotRequired[str]
    """The negative prompt to use when transforming the image"""
    control_image: Required[bytes | IO[bytes] | PathLike[str]]
    """Image to use as a guidance for ControlNet."""
    control_net_name: NotRequired[Literal["canny"]]
    """Which ControlNet to use. Currently only "canny" is supported"""
    conditioning_scale: NotRequired[float]
    """Scaler from 0 to 1 of the guidance strength from control image."""
    step_schedule_start: NotRequired[float]
    step_schedule_end: NotRequired[float]
    cfg_scale: NotRequired[float]
    """Configuration scale for the image diffusion process. Adjust the description as needed."""
    clip_guidance_preset: NotRequired[str]
    sampler: NotRequired[Literal["K_DPMPP_2M"]]
    """We support none and "K_DPMPP_2M" here"""
    samples: NotRequired[int]
    """Number of images to generate"""
    steps: NotRequired[int]
    """Number of diffusion steps to run"""
    seed: NotRequired[int]
    """Random noise seed (omit this option or use `0` for a random seed)"""
    safety_check: NotRequired[bool]
    """Enable a safety check for each response. If the safety check model detects unsafe content, the response will be filtered with Finish-Reason = CONTENT_FILTERED."""
    lora_adapter_name: NotRequired[str]
    """A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA adapter to load and run in SDXL inference."""
    lora_weight_filename: NotRequired[str]
    """The filename (e.g. lora.safetensors) of the file within the HF repo to load as the HF adapter."""


class GatewayListAccountsParams(TypedDict, total=False):
    """The fields of Gateway_ListAccounts."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayGetAccountParams(TypedDict, total=False):
    """The fields of Gateway_GetAccount."""

    read_mask: NotRequired[str]


class GatewayListUsersParams(TypedDict, total=False):
    """The fields of Gateway_ListUsers."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateUserParams(TypedDict, total=False):
    """The fields of Gateway_CreateUser."""

    name: NotRequired[str]
    """The resource name of the user. e.g. accounts/my-account/users/my-user"""
    display_name: NotRequired[str]
    """Human-readable display name of the user. e.g. "Alice" Must be fewer than 64 characters long."""
    service_account: NotRequired[bool]
    """Whether this user is a service account (can only be set by admins)"""
    create_time: NotRequired[str]
    """The creation time of the user."""
    role: Required[str]
    """The user's role: admin, user, contributor, inference-user, or custom. When set to "custom", the user's permissions are governed by permission_preset."""
    email: NotRequired[str]
    """The user's email address."""
    state: NotRequired[
        Literal["STATE_UNSPECIFIED", "CREATING", "READY", "UPDATING", "DELETING"]
    ]
    """The state of the user."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Contains information about the user status."""
    update_time: NotRequired[str]
    """The update time for the user."""
    permission_preset: NotRequired[str]
    """The permission preset for this user. Only valid when role is "custom"."""
    user_id: NotRequired[str]


class GatewayGetUserParams(TypedDict, total=False):
    """The fields of Gateway_GetUser."""

    read_mask: NotRequired[str]


class GatewayUpdateUserParams(TypedDict, total=False):
    """The fields of Gateway_UpdateUser."""

    display_name: NotRequired[str]
    """Human-readable display name of the user. e.g. "Alice" Must be fewer than 64 characters long."""
    service_account: NotRequired[bool]
    """Whether this user is a service account (can only be set by admins)"""
    create_time: NotRequired[str]
    """The creation time of the user."""
    role: Required[str]
    """The user's role: admin, user, contributor, inference-user, or custom. When set to "custom", the user's permissions are governed by permission_preset."""
    email: NotRequired[str]
    """The user's email address."""
    state: NotRequired[
        Literal["STATE_UNSPECIFIED", "CREATING", "READY", "UPDATING", "DELETING"]
    ]
    """The state of the user."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Contains information about the user status."""
    update_time: NotRequired[str]
    """The update time for the user."""
    permission_preset: NotRequired[str]
    """The permission preset for this user. Only valid when role is "custom"."""


class GatewayListApiKeysParams(TypedDict, total=False):
    """The fields of Gateway_ListApiKeys."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateApiKeyBodyParams(TypedDict, total=False):
    """The fields of Gateway_CreateApiKey."""

    api_key: Required[GatewayApiKey | dict[str, Any]]
    """The API key to be created."""


class GatewayDeleteApiKeyBodyParams(TypedDict, total=False):
    """The fields of Gateway_DeleteApiKey."""

    key_id: Required[str]
    """The key ID for the API key."""


class GatewayListSecretsParams(TypedDict, total=False):
    """The fields of Gateway_ListSecrets."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewaySecretParams(TypedDict, total=False):
    """The fields of Gateway_CreateSecret."""

    name: Required[str]
    """name follows the convention accounts/account-id/secrets/unkey-key-id"""
    key_name: Required[str]
    """name of the key. In this case, it can be WOLFRAM_ALPHA_API_KEY"""
    value: NotRequired[str]
    """The secret value. This field is INPUT_ONLY and will not be returned in GET or LIST responses for security reasons. The value is only accepted when creating or updating secrets."""


class GatewayGetSecretParams(TypedDict, total=False):
    """The fields of Gateway_GetSecret."""

    read_mask: NotRequired[str]


class GatewayUpdateSecretParams(TypedDict, total=False):
    """The fields of Gateway_UpdateSecret."""

    key_name: Required[str]
    """name of the key. In this case, it can be WOLFRAM_ALPHA_API_KEY"""
    value: NotRequired[str]
    """The secret value. This field is INPUT_ONLY and will not be returned in GET or LIST responses for security reasons. The value is only accepted when creating or updating secrets."""


class GatewayListModelsParams(TypedDict, total=False):
    """The fields of Gateway_ListModels."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateModelBodyParams(TypedDict, total=False):
    """The fields of Gateway_CreateModel."""

    model: NotRequired[GatewayModel | dict[str, Any]]
    """The properties of the Model being created."""
    model_id: Required[str]
    """ID of the model."""
    cluster: NotRequired[str]
    """The resource name of the BYOC cluster to which this model belongs. e.g. accounts/my-account/clusters/my-cluster. Empty if it belongs to a Fireworks cluster."""


class GatewayGetModelParams(TypedDict, total=False):
    """The fields of Gateway_GetModel."""

    read_mask: NotRequired[str]


class GatewayUpdateModelParams(TypedDict, total=False):
    """The fields of Gateway_UpdateModel."""

    display_name: NotRequired[str]
    """Human-readable display name of the model. e.g. "My Model" Must be fewer than 64 characters long."""
    description: NotRequired[str]
    """The description of the model. Must be fewer than 1000 characters long."""
    create_time: NotRequired[str]
    """The creation time of the model."""
    state: NotRequired[Literal["STATE_UNSPECIFIED", "UPLOADING", "READY"]]
    """The state of the model."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Contains detailed message when the last model operation fails."""
    kind: NotRequired[
        Literal[
            "KIND_UNSPECIFIED",
            "HF_BASE_MODEL",
            "HF_PEFT_ADDON",
            "HF_TEFT_ADDON",
            "FLUMINA_BASE_MODEL",
            "FLUMINA_ADDON",
            "DRAFT_ADDON",
            "FIRE_AGENT",
            "LIVE_MERGE",
            "CUSTOM_MODEL",
            "EMBEDDING_MODEL",
            "SNAPSHOT_MODEL",
        ]
    ]
    """The kind of model. If not specified, the default is HF_PEFT_ADDON."""
    github_url: NotRequired[str]
    """The URL to GitHub repository of the model."""
    hugging_face_url: NotRequired[str]
    """The URL to the Hugging Face model."""
    base_model_details: NotRequired[GatewayBaseModelDetails | dict[str, Any]]
    """Base model details. Required if kind is HF_BASE_MODEL. Must not be set otherwise."""
    peft_details: NotRequired[GatewayPEFTDetails | dict[str, Any]]
    """PEFT addon details. Required if kind is HF_PEFT_ADDON or HF_TEFT_ADDON."""
    teft_details: NotRequired[GatewayTEFTDetails | dict[str, Any]]
    """TEFT addon details. Required if kind is HF_TEFT_ADDON. Must not be set otherwise."""
    public: NotRequired[bool]
    """If true, the model will be publicly readable."""
    conversation_config: NotRequired[GatewayConversationConfig | dict[str, Any]]
    """If set, the Chat Completions API will be enabled for this model."""
    context_length: NotRequired[int]
    """The maximum context length supported by the model."""
    supports_image_input: NotRequired[bool]
    """If set, images can be provided as input to the model."""
    supports_tools: NotRequired[bool]
    """If set, tools (i.e. functions) can be provided as input to the model, and the model may respond with one or more tool calls."""
    imported_from: NotRequired[str]
    """The name of the the model from which this was imported. This field is empty if the model was not imported."""
    fine_tuning_job: NotRequired[str]
    """If the model was created from a fine-tuning job, this is the fine-tuning job name."""
    default_draft_model: NotRequired[str]
    """The default draft model to use when creating a deployment. If empty, speculative decoding is disabled by default."""
    default_draft_token_count: NotRequired[int]
    """The default draft token count to use when creating a deployment. Must be specified if default_draft_model is specified."""
    deployed_model_refs: NotRequired[Sequence[GatewayDeployedModelRef | dict[str, Any]]]
    """Populated from GetModel API call only."""
    cluster: NotRequired[str]
    """The resource name of the BYOC cluster to which this model belongs. e.g. accounts/my-account/clusters/my-cluster. Empty if it belongs to a Fireworks cluster."""
    deprecation_date: NotRequired[TypeDate | dict[str, Any]]
    """If specified, this is the date when the serverless deployment of the model will be taken down."""
    calibrated: NotRequired[bool]
    """If true, the model is calibrated and can be deployed to non-FP16 precisions."""
    tunable: NotRequired[bool]
    """Deprecated: V1 training stack only — LoRA only, limited architecture support. If the model has use_training_v2=true and your account has AllowTrainingV2, use supervised_lora_tunable and supervised_full_parameter_tunable instead."""
    supports_lora: NotRequired[bool]
    """Whether this model supports LoRA."""
    use_hf_apply_chat_template: NotRequired[bool]
    """If true, the model will use the Hugging Face apply_chat_template API to apply the chat template."""
    update_time: NotRequired[str]
    """The update time for the model."""
    default_sampling_params: NotRequired[dict[str, Any]]
    """A json object that contains the default sampling parameters for the model."""
    rl_tunable: NotRequired[bool]
    """Deprecated: V1 training stack only — LoRA only, limited architecture support. If the model has use_training_v2=true and your account has AllowTrainingV2, use rl_lora_tunable and rl_full_parameter_tunable instead."""
    training_context_length: NotRequired[int]
    """The maximum context length supported by the model."""
    snapshot_type: NotRequired[Literal["FULL_SNAPSHOT", "INCREMENTAL_SNAPSHOT"]]
    supports_serverless: NotRequired[bool]
    """If true, the model has a serverless deployment."""
    supervised_lora_tunable: NotRequired[bool]
    """V2 only. Whether the model supports LoRA supervised fine-tuning and DPO (lora_rank > 0). True when a validated LORA_TRAINER training shape exists."""
    supervised_full_parameter_tunable: NotRequired[bool]
    """V2 only. Whether the model supports full-parameter supervised fine-tuning and DPO (lora_rank = 0). True when a validated POLICY_TRAINER training shape exists."""
    rl_lora_tunable: NotRequired[bool]
    """V2 only. Whether the model supports LoRA reinforcement learning (lora_rank > 0). True when a validated LORA_TRAINER training shape exists plus a deployment shape."""
    rl_full_parameter_tunable: NotRequired[bool]
    """V2 only. Whether the model supports full-parameter reinforcement learning (lora_rank = 0). True when validated POLICY_TRAINER + FORWARD_ONLY training shapes exist plus a deployment shape."""


class GatewayGetModelUploadEndpointBodyParams(TypedDict, total=False):
    """The fields of Gateway_GetModelUploadEndpoint."""

    filename_to_size: Required[dict[str, Any]]
    """A mapping from the file name to its size in bytes."""
    enable_resumable_upload: NotRequired[bool]
    """If true, enable resumable upload instead of PUT."""
    read_mask: NotRequired[str]
    """The fields to be returned in the response. If empty or "*", all fields will be returned."""


class GatewayGetModelDownloadEndpointParams(TypedDict, total=False):
    """The fields of Gateway_GetModelDownloadEndpoint."""

    read_mask: NotRequired[str]


class GatewayValidateModelUploadParams(TypedDict, total=False):
    """The fields of Gateway_ValidateModelUpload."""

    skip_hf_config_validation: NotRequired[bool]
    trust_remote_code: NotRequired[bool]
    config_only: NotRequired[bool]


class GatewayPrepareModelBodyParams(TypedDict, total=False):
    """The fields of Gateway_PrepareModel."""

    precision: NotRequired[
        Literal[
            "PRECISION_UNSPECIFIED",
            "FP16",
            "FP8",
            "FP8_MM",
            "FP8_AR",
            "FP8_MM_KV_ATTN",
            "FP8_KV",
            "FP8_MM_V2",
            "FP8_V2",
            "FP8_MM_KV_ATTN_V2",
            "NF4",
            "FP4",
            "BF16",
            "FP4_BLOCKSCALED_MM",
            "FP4_MX_MOE",
        ]
    ]
    """the precision with which the model will be prepared"""
    read_mask: NotRequired[str]
    """The fields to be returned in the response. If empty or "*", all fields will be returned. This is added as is used in getResource()"""


class GatewayListDeployedModelsParams(TypedDict, total=False):
    """The fields of Gateway_ListDeployedModels."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateDeployedModelParams(TypedDict, total=False):
    """The fields of Gateway_CreateDeployedModel."""

    name: NotRequired[str]
    """The resource name. e.g. accounts/my-account/deployedModels/my-deployed-model"""
    display_name: NotRequired[str]
    description: NotRequired[str]
    """Description of the resource."""
    create_time: NotRequired[str]
    """The creation time of the resource."""
    model: NotRequired[str]
    """The resource name of the model to be deployed. e.g. accounts/my-account/models/my-model"""
    deployment: NotRequired[str]
    """The resource name of the base deployment the model is deployed to."""
    default: NotRequired[bool]
    """If true, this is the default target when querying this model without the `#<deployment>` suffix. The first deployment a model is deployed to will have this field set to true."""
    state: NotRequired[
        Literal["STATE_UNSPECIFIED", "UNDEPLOYING", "DEPLOYING", "DEPLOYED", "UPDATING"]
    ]
    """The state of the deployed model."""
    serverless: NotRequired[bool]
    """True if the underlying deployment is managed by Fireworks"""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Contains model deploy/undeploy details."""
    public: NotRequired[bool]
    """If true, the deployed model will be publicly reachable."""
    update_time: NotRequired[str]
    """The update time for the deployed model."""
    replace_merged_addon: NotRequired[bool]


class GatewayGetDeployedModelParams(TypedDict, total=False):
    """The fields of Gateway_GetDeployedModel."""

    read_mask: NotRequired[str]


class GatewayUpdateDeployedModelParams(TypedDict, total=False):
    """The fields of Gateway_UpdateDeployedModel."""

    display_name: NotRequired[str]
    description: NotRequired[str]
    """Description of the resource."""
    create_time: NotRequired[str]
    """The creation time of the resource."""
    model: NotRequired[str]
    """The resource name of the model to be deployed. e.g. accounts/my-account/models/my-model"""
    deployment: NotRequired[str]
    """The resource name of the base deployment the model is deployed to."""
    default: NotRequired[bool]
    """If true, this is the default target when querying this model without the `#<deployment>` suffix. The first deployment a model is deployed to will have this field set to true."""
    state: NotRequired[
        Literal["STATE_UNSPECIFIED", "UNDEPLOYING", "DEPLOYING", "DEPLOYED", "UPDATING"]
    ]
    """The state of the deployed model."""
    serverless: NotRequired[bool]
    """True if the underlying deployment is managed by Fireworks"""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Contains model deploy/undeploy details."""
    public: NotRequired[bool]
    """If true, the deployed model will be publicly reachable."""
    update_time: NotRequired[str]
    """The update time for the deployed model."""


class GatewayListDeploymentsParams(TypedDict, total=False):
    """The fields of Gateway_ListDeployments."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    show_deleted: NotRequired[bool]
    read_mask: NotRequired[str]


class GatewayCreateDeploymentParams(TypedDict, total=False):
    """The fields of Gateway_CreateDeployment."""

    name: NotRequired[str]
    """The resource name of the deployment. e.g. accounts/my-account/deployments/my-deployment"""
    display_name: NotRequired[str]
    """Human-readable display name of the deployment. e.g. "My Deployment" Must be fewer than 64 characters long."""
    description: NotRequired[str]
    """Description of the deployment."""
    create_time: NotRequired[str]
    """The creation time of the deployment."""
    expire_time: NotRequired[str]
    """Deprecated: This field is deprecated and no longer causes auto-deletion. The time at which this deployment will automatically be deleted."""
    purge_time: NotRequired[str]
    """The time at which the resource will be hard deleted."""
    delete_time: NotRequired[str]
    """The time at which the resource will be soft deleted."""
    state: NotRequired[
        Literal[
            "STATE_UNSPECIFIED",
            "CREATING",
            "READY",
            "DELETING",
            "FAILED",
            "UPDATING",
            "DELETED",
        ]
    ]
    """The state of the deployment."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Detailed status information regarding the most recent operation."""
    annotations: NotRequired[dict[str, Any]]
    """Annotations to identify deployment properties. Key/value pairs may be used by external tools or other services. The "image-tag-reason" key is redacted from API responses for non-superuser principals."""
    min_replica_count: NotRequired[int]
    """The minimum number of replicas. If not specified, the default is 0."""
    max_replica_count: NotRequired[int]
    """The maximum number of replicas. If not specified, the default is max(min_replica_count, 1). May be set to 0 to downscale the deployment to 0."""
    max_with_revocable_replica_count: NotRequired[int]
    """max_with_revocable_replica_count is max replica count including revocable capacity. The max revocable capacity will be max_with_revocable_replica_count - max_replica_count."""
    desired_replica_count: NotRequired[int]
    """The desired number of replicas for this deployment. This represents the target replica count that the system is trying to achieve."""
    replica_count: NotRequired[int]
    autoscaling_policy: NotRequired[GatewayAutoscalingPolicy | dict[str, Any]]
    base_model: Required[str]
    """The base model name. e.g. accounts/fireworks/models/falcon-7b"""
    accelerator_count: NotRequired[int]
    """The number of accelerators used per replica. If not specified, the default is the estimated minimum required by the base model."""
    accelerator_type: NotRequired[
        Literal[
            "ACCELERATOR_TYPE_UNSPECIFIED",
            "NVIDIA_A100_80GB",
            "NVIDIA_H100_80GB",
            "AMD_MI300X_192GB",
            "NVIDIA_A10G_24GB",
            "NVIDIA_A100_40GB",
            "NVIDIA_L4_24GB",
            "NVIDIA_H200_141GB",
            "NVIDIA_B200_180GB",
            "AMD_MI325X_256GB",
            "AMD_MI350X_288GB",
            "NVIDIA_B300_288GB",
        ]
    ]
    """The type of accelerator to use."""
    precision: NotRequired[
        Literal[
            "PRECISION_UNSPECIFIED",
            "FP16",
            "FP8",
            "FP8_MM",
            "FP8_AR",
            "FP8_MM_KV_ATTN",
            "FP8_KV",
            "FP8_MM_V2",
            "FP8_V2",
            "FP8_MM_KV_ATTN_V2",
            "NF4",
            "FP4",
            "BF16",
            "FP4_BLOCKSCALED_MM",
            "FP4_MX_MOE",
        ]
    ]
    """The precision with which the model should be served."""
    cluster: NotRequired[str]
    """If set, this deployment is deployed to a cloud-premise cluster."""
    enable_addons: NotRequired[bool]
    """If true, PEFT addons are enabled for this deployment."""
    draft_token_count: NotRequired[int]
    """The number of candidate tokens to generate per step for speculative decoding. Default is the base model's draft_token_count. Set CreateDeploymentRequest.disable_speculative_decoding to false to disable this behavior."""
    draft_model: NotRequired[str]
    """The draft model name for speculative decoding. e.g. accounts/fireworks/models/my-draft-model If empty, speculative decoding using a draft model is disabled. Default is the base model's default_draft_model. Set CreateDeploymentRequest.disable_speculative_decoding to false to disable this behavior."""
    ngram_speculation_length: NotRequired[int]
    """The length of previous input sequence to be considered for N-gram speculation."""
    enable_session_affinity: NotRequired[bool]
    """Whether to apply sticky routing based on `user` field. Serverless will be set to true when creating deployment."""
    direct_route_api_keys: NotRequired[Sequence[str]]
    """The set of API keys used to access the direct route deployment. If direct routing is not enabled, this field is unused."""
    num_peft_device_cached: NotRequired[int]
    """How many peft adapters to keep on gpu side for caching"""
    direct_route_type: NotRequired[
        Literal[
            "DIRECT_ROUTE_TYPE_UNSPECIFIED",
            "INTERNET",
            "GCP_PRIVATE_SERVICE_CONNECT",
            "AWS_PRIVATELINK",
        ]
    ]
    """If set, this deployment will expose an endpoint that bypasses the Fireworks API gateway."""
    direct_route_handle: NotRequired[str]
    """The handle for calling a direct route. The meaning of the handle depends on the direct route type of the deployment: INTERNET -> The host name for accessing the deployment GCP_PRIVATE_SERVICE_CONNECT -> The service attachment name used to create the PSC endpoint. AWS_PRIVATELINK -> The service ..."""
    deployment_template: NotRequired[str]
    """The name of the deployment template to use for this deployment. Only available to enterprise accounts."""
    auto_tune: NotRequired[GatewayAutoTune | dict[str, Any]]
    """The performance profile to use for this deployment."""
    placement: NotRequired[GatewayPlacement | dict[str, Any]]
    """The desired geographic region where the deployment must be placed. If unspecified, the default is the GLOBAL multi-region."""
    region: NotRequired[
        Literal[
            "REGION_UNSPECIFIED",
            "US_IOWA_1",
            "US_VIRGINIA_1",
            "US_VIRGINIA_2",
            "US_ILLINOIS_1",
            "AP_TOKYO_1",
            "US_ARIZONA_1",
            "US_TEXAS_1",
            "US_ILLINOIS_2",
            "EU_FRANKFURT_1",
            "US_TEXAS_2",
            "EU_ICELAND_1",
            "EU_ICELAND_2",
            "US_WASHINGTON_1",
            "US_WASHINGTON_2",
            "US_WASHINGTON_3",
            "AP_TOKYO_2",
            "US_CALIFORNIA_1",
            "US_UTAH_1",
            "US_GEORGIA_1",
            "US_GEORGIA_2",
            "US_WASHINGTON_4",
            "US_GEORGIA_3",
            "NA_BRITISHCOLUMBIA_1",
            "US_GEORGIA_4",
            "US_OHIO_1",
            "US_NEWYORK_1",
            "EU_NETHERLANDS_1",
            "US_WASHINGTON_5",
            "US_MINNESOTA_1",
            "US_CALIFORNIA_2",
            "AP_MALAYSIA_1",
            "US_OHIO_2",
        ]
    ]
    """The geographic region where the deployment is presently located. This region may change over time, but within the `placement` constraint."""
    max_context_length: NotRequired[int]
    """The maximum context length supported by the model (context window). If set to 0 or not specified, the model's default maximum context length will be used."""
    update_time: NotRequired[str]
    """The update time for the deployment."""
    disable_deployment_size_validation: NotRequired[bool]
    """Whether the deployment size validation is disabled."""
    enable_hot_load: NotRequired[bool]
    """Whether to use hot load for this deployment."""
    hot_load_bucket_type: NotRequired[
        Literal["BUCKET_TYPE_UNSPECIFIED", "MINIO", "S3", "NEBIUS", "FW_HOSTED"]
    ]
    """hot load bucket name, indicate what type of storage to use for hot load"""
    enable_hot_reload_latest_addon: NotRequired[bool]
    """Allows up to 1 addon at a time to be loaded, and will merge it into the base model."""
    deployment_shape: NotRequired[str]
    """The name of the deployment shape that this deployment is using. On the server side, this will be replaced with the deployment shape version name."""
    active_model_version: NotRequired[str]
    """The model version that is currently active and applied to running replicas of a deployment."""
    target_model_version: NotRequired[str]
    """The target model version that is being rolled out to the deployment. In a ready steady state, the target model version is the same as the active model version."""
    replica_stats: NotRequired[GatewayReplicaStats | dict[str, Any]]
    """Per-replica deployment status counters. Provides visibility into the deployment process by tracking replicas in different stages of the deployment lifecycle."""
    hot_load_bucket_url: NotRequired[str]
    """For hot load bucket location e.g for s3: s3://mybucket/<object_path>; for GCS: gs://mybucket/<object_path>, no trailing slash"""
    pricing_plan_id: NotRequired[str]
    """Optional pricing plan ID for custom billing configuration. If set, this deployment will use the pricing plan's billing rules instead of default billing behavior."""
    hot_load_trainer_job: NotRequired[str]
    """Trainer job whose hot_load_bucket_url this deployment should use. At creation, the trainer's bucket URL is copied into this deployment's hot_load_bucket_url. The deployment continues working after the trainer is deleted (snapshot-at-creation semantics). Format: ..."""
    disable_auto_deploy: NotRequired[bool]
    disable_speculative_decoding: NotRequired[bool]
    deployment_id: NotRequired[str]
    validate_only: NotRequired[bool]
    skip_shape_validation: NotRequired[bool]
    skip_image_tag_validation: NotRequired[bool]


class GatewayGetDeploymentParams(TypedDict, total=False):
    """The fields of Gateway_GetDeployment."""

    read_mask: NotRequired[str]


class GatewayUpdateDeploymentParams(TypedDict, total=False):
    """The fields of Gateway_UpdateDeployment."""

    display_name: NotRequired[str]
    """Human-readable display name of the deployment. e.g. "My Deployment" Must be fewer than 64 characters long."""
    description: NotRequired[str]
    """Description of the deployment."""
    create_time: NotRequired[str]
    """The creation time of the deployment."""
    expire_time: NotRequired[str]
    """Deprecated: This field is deprecated and no longer causes auto-deletion. The time at which this deployment will automatically be deleted."""
    purge_time: NotRequired[str]
    """The time at which the resource will be hard deleted."""
    delete_time: NotRequired[str]
    """The time at which the resource will be soft deleted."""
    state: NotRequired[
        Literal[
            "STATE_UNSPECIFIED",
            "CREATING",
            "READY",
            "DELETING",
            "FAILED",
            "UPDATING",
            "DELETED",
        ]
    ]
    """The state of the deployment."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Detailed status information regarding the most recent operation."""
    annotations: NotRequired[dict[str, Any]]
    """Annotations to identify deployment properties. Key/value pairs may be used by external tools or other services. The "image-tag-reason" key is redacted from API responses for non-superuser principals."""
    min_replica_count: NotRequired[int]
    """The minimum number of replicas. If not specified, the default is 0."""
    max_replica_count: NotRequired[int]
    """The maximum number of replicas. If not specified, the default is max(min_replica_count, 1). May be set to 0 to downscale the deployment to 0."""
    max_with_revocable_replica_count: NotRequired[int]
    """max_with_revocable_replica_count is max replica count including revocable capacity. The max revocable capacity will be max_with_revocable_replica_count - max_replica_count."""
    desired_replica_count: NotRequired[int]
    """The desired number of replicas for this deployment. This represents the target replica count that the system is trying to achieve."""
    replica_count: NotRequired[int]
    autoscaling_policy: NotRequired[GatewayAutoscalingPolicy | dict[str, Any]]
    base_model: Required[str]
    """The base model name. e.g. accounts/fireworks/models/falcon-7b"""
    accelerator_count: NotRequired[int]
    """The number of accelerators used per replica. If not specified, the default is the estimated minimum required by the base model."""
    accelerator_type: NotRequired[
        Literal[
            "ACCELERATOR_TYPE_UNSPECIFIED",
            "NVIDIA_A100_80GB",
            "NVIDIA_H100_80GB",
            "AMD_MI300X_192GB",
            "NVIDIA_A10G_24GB",
            "NVIDIA_A100_40GB",
            "NVIDIA_L4_24GB",
            "NVIDIA_H200_141GB",
            "NVIDIA_B200_180GB",
            "AMD_MI325X_256GB",
            "AMD_MI350X_288GB",
            "NVIDIA_B300_288GB",
        ]
    ]
    """The type of accelerator to use."""
    precision: NotRequired[
        Literal[
            "PRECISION_UNSPECIFIED",
            "FP16",
            "FP8",
            "FP8_MM",
            "FP8_AR",
            "FP8_MM_KV_ATTN",
            "FP8_KV",
            "FP8_MM_V2",
            "FP8_V2",
            "FP8_MM_KV_ATTN_V2",
            "NF4",
            "FP4",
            "BF16",
            "FP4_BLOCKSCALED_MM",
            "FP4_MX_MOE",
        ]
    ]
    """The precision with which the model should be served."""
    cluster: NotRequired[str]
    """If set, this deployment is deployed to a cloud-premise cluster."""
    enable_addons: NotRequired[bool]
    """If true, PEFT addons are enabled for this deployment."""
    draft_token_count: NotRequired[int]
    """The number of candidate tokens to generate per step for speculative decoding. Default is the base model's draft_token_count. Set CreateDeploymentRequest.disable_speculative_decoding to false to disable this behavior."""
    draft_model: NotRequired[str]
    """The draft model name for speculative decoding. e.g. accounts/fireworks/models/my-draft-model If empty, speculative decoding using a draft model is disabled. Default is the base model's default_draft_model. Set CreateDeploymentRequest.disable_speculative_decoding to false to disable this behavior."""
    ngram_speculation_length: NotRequired[int]
    """The length of previous input sequence to be considered for N-gram speculation."""
    enable_session_affinity: NotRequired[bool]
    """Whether to apply sticky routing based on `user` field. Serverless will be set to true when creating deployment."""
    direct_route_api_keys: NotRequired[Sequence[str]]
    """The set of API keys used to access the direct route deployment. If direct routing is not enabled, this field is unused."""
    num_peft_device_cached: NotRequired[int]
    """How many peft adapters to keep on gpu side for caching"""
    direct_route_type: NotRequired[
        Literal[
            "DIRECT_ROUTE_TYPE_UNSPECIFIED",
            "INTERNET",
            "GCP_PRIVATE_SERVICE_CONNECT",
            "AWS_PRIVATELINK",
        ]
    ]
    """If set, this deployment will expose an endpoint that bypasses the Fireworks API gateway."""
    direct_route_handle: NotRequired[str]
    """The handle for calling a direct route. The meaning of the handle depends on the direct route type of the deployment: INTERNET -> The host name for accessing the deployment GCP_PRIVATE_SERVICE_CONNECT -> The service attachment name used to create the PSC endpoint. AWS_PRIVATELINK -> The service ..."""
    deployment_template: NotRequired[str]
    """The name of the deployment template to use for this deployment. Only available to enterprise accounts."""
    auto_tune: NotRequired[GatewayAutoTune | dict[str, Any]]
    """The performance profile to use for this deployment."""
    placement: NotRequired[GatewayPlacement | dict[str, Any]]
    """The desired geographic region where the deployment must be placed. If unspecified, the default is the GLOBAL multi-region."""
    region: NotRequired[
        Literal[
            "REGION_UNSPECIFIED",
            "US_IOWA_1",
            "US_VIRGINIA_1",
            "US_VIRGINIA_2",
            "US_ILLINOIS_1",
            "AP_TOKYO_1",
            "US_ARIZONA_1",
            "US_TEXAS_1",
            "US_ILLINOIS_2",
            "EU_FRANKFURT_1",
            "US_TEXAS_2",
            "EU_ICELAND_1",
            "EU_ICELAND_2",
            "US_WASHINGTON_1",
            "US_WASHINGTON_2",
            "US_WASHINGTON_3",
            "AP_TOKYO_2",
            "US_CALIFORNIA_1",
            "US_UTAH_1",
            "US_GEORGIA_1",
            "US_GEORGIA_2",
            "US_WASHINGTON_4",
            "US_GEORGIA_3",
            "NA_BRITISHCOLUMBIA_1",
            "US_GEORGIA_4",
            "US_OHIO_1",
            "US_NEWYORK_1",
            "EU_NETHERLANDS_1",
            "US_WASHINGTON_5",
            "US_MINNESOTA_1",
            "US_CALIFORNIA_2",
            "AP_MALAYSIA_1",
            "US_OHIO_2",
        ]
    ]
    """The geographic region where the deployment is presently located. This region may change over time, but within the `placement` constraint."""
    max_context_length: NotRequired[int]
    """The maximum context length supported by the model (context window). If set to 0 or not specified, the model's default maximum context length will be used."""
    update_time: NotRequired[str]
    """The update time for the deployment."""
    disable_deployment_size_validation: NotRequired[bool]
    """Whether the deployment size validation is disabled."""
    enable_hot_load: NotRequired[bool]
    """Whether to use hot load for this deployment."""
    hot_load_bucket_type: NotRequired[
        Literal["BUCKET_TYPE_UNSPECIFIED", "MINIO", "S3", "NEBIUS", "FW_HOSTED"]
    ]
    """hot load bucket name, indicate what type of storage to use for hot load"""
    enable_hot_reload_latest_addon: NotRequired[bool]
    """Allows up to 1 addon at a time to be loaded, and will merge it into the base model."""
    deployment_shape: NotRequired[str]
    """The name of the deployment shape that this deployment is using. On the server side, this will be replaced with the deployment shape version name."""
    active_model_version: NotRequired[str]
    """The model version that is currently active and applied to running replicas of a deployment."""
    target_model_version: NotRequired[str]
    """The target model version that is being rolled out to the deployment. In a ready steady state, the target model version is the same as the active model version."""
    replica_stats: NotRequired[GatewayReplicaStats | dict[str, Any]]
    """Per-replica deployment status counters. Provides visibility into the deployment process by tracking replicas in different stages of the deployment lifecycle."""
    hot_load_bucket_url: NotRequired[str]
    """For hot load bucket location e.g for s3: s3://mybucket/<object_path>; for GCS: gs://mybucket/<object_path>, no trailing slash"""
    pricing_plan_id: NotRequired[str]
    """Optional pricing plan ID for custom billing configuration. If set, this deployment will use the pricing plan's billing rules instead of default billing behavior."""
    hot_load_trainer_job: NotRequired[str]
    """Trainer job whose hot_load_bucket_url this deployment should use. At creation, the trainer's bucket URL is copied into this deployment's hot_load_bucket_url. The deployment continues working after the trainer is deleted (snapshot-at-creation semantics). Format: ..."""
    skip_shape_validation: NotRequired[bool]


class GatewayDeleteDeploymentParams(TypedDict, total=False):
    """The fields of Gateway_DeleteDeployment."""

    hard: NotRequired[bool]
    ignore_checks: NotRequired[bool]


class GatewayScaleDeploymentBodyParams(TypedDict, total=False):
    """The fields of Gateway_ScaleDeployment."""

    replica_count: NotRequired[int]
    """The desired number of replicas."""


class GatewayUndeleteDeploymentBodyParams(TypedDict, total=False):
    """The fields of Gateway_UndeleteDeployment."""


class GatewayListDeploymentShapesParams(TypedDict, total=False):
    """The fields of Gateway_ListDeploymentShapes."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]
    target_model: NotRequired[str]


class GatewayGetDeploymentShapeParams(TypedDict, total=False):
    """The fields of Gateway_GetDeploymentShape."""

    read_mask: NotRequired[str]
    skip_shape_validation: NotRequired[bool]


class GatewayListDeploymentShapeVersionsParams(TypedDict, total=False):
    """The fields of Gateway_ListDeploymentShapeVersions."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayGetDeploymentShapeVersionParams(TypedDict, total=False):
    """The fields of Gateway_GetDeploymentShapeVersion."""

    read_mask: NotRequired[str]


class GatewayListDatasetsParams(TypedDict, total=False):
    """The fields of Gateway_ListDatasets."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateDatasetBodyParams(TypedDict, total=False):
    """The fields of Gateway_CreateDataset."""

    dataset: Required[GatewayDataset | dict[str, Any]]
    dataset_id: Required[str]
    source_dataset_id: NotRequired[str]
    """If set, indicates we are creating a new dataset by filtering this existing dataset ID"""
    filter: NotRequired[str]
    """Filter condition (SQL-like WHERE clause) to apply to the source dataset"""


class GatewayGetDatasetParams(TypedDict, total=False):
    """The fields of Gateway_GetDataset."""

    read_mask: NotRequired[str]


class GatewayUpdateDatasetParams(TypedDict, total=False):
    """The fields of Gateway_UpdateDataset."""

    display_name: NotRequired[str]
    create_time: NotRequired[str]
    state: NotRequired[Literal["STATE_UNSPECIFIED", "UPLOADING", "READY"]]
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Mimics [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]"""
    example_count: NotRequired[str]
    user_uploaded: NotRequired[GatewayUserUploaded | dict[str, Any]]
    evaluation_result: NotRequired[GatewayEvaluationResult | dict[str, Any]]
    transformed: NotRequired[GatewayTransformed | dict[str, Any]]
    splitted: NotRequired[GatewaySplitted | dict[str, Any]]
    eval_protocol: NotRequired[GatewayEvalProtocol | dict[str, Any]]
    external_url: NotRequired[str]
    """The external URI of the dataset. e.g. gs://foo/bar/baz.jsonl"""
    format: NotRequired[Literal["FORMAT_UNSPECIFIED", "CHAT", "COMPLETION", "RL"]]
    created_by: NotRequired[str]
    """The email address of the user who initiated this fine-tuning job."""
    update_time: NotRequired[str]
    """The update time for the dataset."""
    source_job_name: NotRequired[str]
    """The resource name of the job that created this dataset (e.g., batch inference job). Used for lineage tracking to understand dataset provenance."""
    estimated_token_count: NotRequired[str]
    """The estimated number of tokens in the dataset."""
    average_turn_count: NotRequired[float]
    """An estimate of the average number of turns per sample in the dataset."""


class GatewayGetDatasetUploadEndpointBodyParams(TypedDict, total=False):
    """The fields of Gateway_GetDatasetUploadEndpoint."""

    filename_to_size: Required[dict[str, Any]]
    """A mapping from the file name to its size in bytes."""
    read_mask: NotRequired[str]
    """The fields to be returned in the response. If empty or "*", all fields will be returned."""


class GatewayGetDatasetDownloadEndpointParams(TypedDict, total=False):
    """The fields of Gateway_GetDatasetDownloadEndpoint."""

    read_mask: NotRequired[str]
    download_lineage: NotRequired[bool]


class GatewayValidateDatasetUploadBodyParams(TypedDict, total=False):
    """The fields of Gateway_ValidateDatasetUpload."""


class GatewayUploadDatasetFileParams(TypedDict, total=False):
    """The fields of Gateway_UploadDatasetFile."""

    file: Required[bytes | IO[bytes] | PathLike[str]]


class GatewayListBatchInferenceJobsParams(TypedDict, total=False):
    """The fields of Gateway_ListBatchInferenceJobs."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateBatchInferenceJobParams(TypedDict, total=False):
    """The fields of Gateway_CreateBatchInferenceJob."""

    name: NotRequired[str]
    """The resource name of the batch inference job. e.g. accounts/my-account/batchInferenceJobs/my-batch-inference-job"""
    display_name: NotRequired[str]
    """Human-readable display name of the batch inference job. e.g. "My Batch Inference Job" """
    create_time: NotRequired[str]
    """The creation time of the batch inference job."""
    created_by: NotRequired[str]
    """The email address of the user who initiated this batch inference job."""
    state: NotRequired[
        Literal[
            "JOB_STATE_UNSPECIFIED",
            "JOB_STATE_CREATING",
            "JOB_STATE_RUNNING",
            "JOB_STATE_COMPLETED",
            "JOB_STATE_FAILED",
            "JOB_STATE_CANCELLED",
            "JOB_STATE_DELETING",
            "JOB_STATE_WRITING_RESULTS",
            "JOB_STATE_VALIDATING",
            "JOB_STATE_DELETING_CLEANING_UP",
            "JOB_STATE_PENDING",
            "JOB_STATE_EXPIRED",
            "JOB_STATE_RE_QUEUEING",
            "JOB_STATE_CREATING_INPUT_DATASET",
            "JOB_STATE_IDLE",
            "JOB_STATE_CANCELLING",
            "JOB_STATE_EARLY_STOPPED",
            "JOB_STATE_PAUSED",
            "JOB_STATE_DELETED",
        ]
    ]
    """JobState represents the state an asynchronous job can be in."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Mimics [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]"""
    model: NotRequired[str]
    """The name of the model to use for inference. This is required, except when continued_from_job_name is specified."""
    input_dataset_id: NotRequired[str]
    """The name of the dataset used for inference. This is required, except when continued_from_job_name is specified."""
    output_dataset_id: NotRequired[str]
    """The name of the dataset used for storing the results. This will also contain the error file."""
    inference_parameters: NotRequired[
        GatewayBatchInferenceJobInferenceParameters | dict[str, Any]
    ]
    """Parameters controlling the inference process."""
    update_time: NotRequired[str]
    """The update time for the batch inference job."""
    precision: NotRequired[
        Literal[
            "PRECISION_UNSPECIFIED",
            "FP16",
            "FP8",
            "FP8_MM",
            "FP8_AR",
            "FP8_MM_KV_ATTN",
            "FP8_KV",
            "FP8_MM_V2",
            "FP8_V2",
            "FP8_MM_KV_ATTN_V2",
            "NF4",
            "FP4",
            "BF16",
            "FP4_BLOCKSCALED_MM",
            "FP4_MX_MOE",
        ]
    ]
    """The precision with which the model should be served. If PRECISION_UNSPECIFIED, a default will be chosen based on the model."""
    job_progress: NotRequired[GatewayJobProgress | dict[str, Any]]
    """Job progress."""
    continued_from_job_name: NotRequired[str]
    """The resource name of the batch inference job that this job continues from. Used for lineage tracking to understand job continuation chains."""
    batch_inference_job_id: NotRequired[str]


class GatewayGetBatchInferenceJobParams(TypedDict, total=False):
    """The fields of Gateway_GetBatchInferenceJob."""

    read_mask: NotRequired[str]


class GatewayListSupervisedFineTuningJobsParams(TypedDict, total=False):
    """The fields of Gateway_ListSupervisedFineTuningJobs."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateSupervisedFineTuningJobParams(TypedDict, total=False):
    """The fields of Gateway_CreateSupervisedFineTuningJob."""

    name: NotRequired[str]
    display_name: NotRequired[str]
    create_time: NotRequired[str]
    completed_time: NotRequired[str]
    dataset: Required[str]
    """The name of the dataset used for training."""
    aws_s3_config: NotRequired[GatewayAwsS3Config | dict[str, Any]]
    """The AWS configuration for S3 dataset access."""
    azure_blob_storage_config: NotRequired[
        GatewayAzureBlobStorageConfig | dict[str, Any]
    ]
    """The Azure configuration for Azure Blob Storage dataset access."""
    state: NotRequired[
        Literal[
            "JOB_STATE_UNSPECIFIED",
            "JOB_STATE_CREATING",
            "JOB_STATE_RUNNING",
            "JOB_STATE_COMPLETED",
            "JOB_STATE_FAILED",
            "JOB_STATE_CANCELLED",
            "JOB_STATE_DELETING",
            "JOB_STATE_WRITING_RESULTS",
            "JOB_STATE_VALIDATING",
            "JOB_STATE_DELETING_CLEANING_UP",
            "JOB_STATE_PENDING",
            "JOB_STATE_EXPIRED",
            "JOB_STATE_RE_QUEUEING",
            "JOB_STATE_CREATING_INPUT_DATASET",
            "JOB_STATE_IDLE",
            "JOB_STATE_CANCELLING",
            "JOB_STATE_EARLY_STOPPED",
            "JOB_STATE_PAUSED",
            "JOB_STATE_DELETED",
        ]
    ]
    """JobState represents the state an asynchronous job can be in. - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention. - JOB_STATE_DELETED: Job has been deleted."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Mimics [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]"""
    created_by: NotRequired[str]
    """The email address of the user who initiated this fine-tuning job."""
    output_model: NotRequired[str]
    """The model ID to be assigned to the resulting fine-tuned model. If not specified, the job ID will be used."""
    base_model: NotRequired[str]
    """The name of the base model to be fine-tuned Only one of 'base_model' or 'warm_start_from' should be specified."""
    warm_start_from: NotRequired[str]
    """The PEFT addon model in Fireworks format to be fine-tuned from Only one of 'base_model' or 'warm_start_from' should be specified."""
    jinja_template: NotRequired[str]
    """The Jinja template for conversation formatting. If not specified, defaults to the base model's conversation template configuration"""
    early_stop: NotRequired[bool]
    """Whether to stop training early if the validation loss does not improve."""
    epochs: NotRequired[int]
    """The number of epochs to train for."""
    learning_rate: NotRequired[float]
    """The learning rate used for training."""
    max_context_length: NotRequired[int]
    """The maximum context length to use with the model."""
    lora_rank: NotRequired[int]
    """The rank of the LoRA layers."""
    wandb_config: NotRequired[GatewayWandbConfig | dict[str, Any]]
    """The Weights & Biases team/user account for logging training progress."""
    evaluation_dataset: NotRequired[str]
    """The name of a separate dataset to use for evaluation."""
    is_turbo: NotRequired[bool]
    """Whether to run the fine-tuning job in turbo mode."""
    eval_auto_carveout: NotRequired[bool]
    """Whether to auto-carve the dataset for eval."""
    update_time: NotRequired[str]
    """The update time for the supervised fine-tuning job."""
    nodes: NotRequired[int]
    """Deprecated: multi-node scheduling is now handled by the cookbook orchestrator in V2 workflows. This field is ignored for V2 jobs and will be removed in a future release."""
    batch_size: NotRequired[int]
    """The batch size for sequence packing in training"""
    mtp_enabled: NotRequired[bool]
    """Deprecated: MTP is not supported in V2 training. These fields are retained for V1 Helm-based SFT backward compatibility only."""
    mtp_num_draft_tokens: NotRequired[int]
    """Deprecated: see mtp_enabled."""
    mtp_freeze_base_model: NotRequired[bool]
    """Deprecated: see mtp_enabled."""
    job_progress: NotRequired[GatewayJobProgress | dict[str, Any]]
    """Job progress."""
    metrics_file_signed_url: NotRequired[str]
    """The signed URL for the metrics file"""
    trainer_logs_signed_url: NotRequired[str]
    """The signed URL for the trainer logs file (stdout/stderr). Only populated if the account has trainer log reading enabled."""
    gradient_accumulation_steps: NotRequired[int]
    """Number of gradient accumulation steps"""
    learning_rate_warmup_steps: NotRequired[int]
    """Number of steps for learning rate warm up"""
    batch_size_samples: NotRequired[int]
    """The number of samples per gradient batch."""
    estimated_cost: NotRequired[TypeMoney | dict[str, Any]]
    """The estimated cost of the job."""
    optimizer_weight_decay: NotRequired[float]
    """Weight decay (L2 regularization) for optimizer."""
    purpose: NotRequired[Literal["PURPOSE_UNSPECIFIED", "PURPOSE_PILOT"]]
    """Scheduling purpose for this job."""
    supervised_fine_tuning_job_id: NotRequired[str]


class GatewayGetSupervisedFineTuningJobParams(TypedDict, total=False):
    """The fields of Gateway_GetSupervisedFineTuningJob."""

    read_mask: NotRequired[str]


class GatewayResumeSupervisedFineTuningJobBodyParams(TypedDict, total=False):
    """The fields of Gateway_ResumeSupervisedFineTuningJob."""


class GatewayListReinforcementFineTuningJobsParams(TypedDict, total=False):
    """The fields of Gateway_ListReinforcementFineTuningJobs."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateReinforcementFineTuningJobParams(TypedDict, total=False):
    """The fields of Gateway_CreateReinforcementFineTuningJob."""

    name: NotRequired[str]
    display_name: NotRequired[str]
    create_time: NotRequired[str]
    completed_time: NotRequired[str]
    """The completed time for the reinforcement fine-tuning job."""
    dataset: Required[str]
    """The name of the dataset used for training."""
    evaluation_dataset: NotRequired[str]
    """The name of a separate dataset to use for evaluation."""
    eval_auto_carveout: NotRequired[bool]
    """Whether to auto-carve the dataset for eval."""
    state: NotRequired[
        Literal[
            "JOB_STATE_UNSPECIFIED",
            "JOB_STATE_CREATING",
            "JOB_STATE_RUNNING",
            "JOB_STATE_COMPLETED",
            "JOB_STATE_FAILED",
            "JOB_STATE_CANCELLED",
            "JOB_STATE_DELETING",
            "JOB_STATE_WRITING_RESULTS",
            "JOB_STATE_VALIDATING",
            "JOB_STATE_DELETING_CLEANING_UP",
            "JOB_STATE_PENDING",
            "JOB_STATE_EXPIRED",
            "JOB_STATE_RE_QUEUEING",
            "JOB_STATE_CREATING_INPUT_DATASET",
            "JOB_STATE_IDLE",
            "JOB_STATE_CANCELLING",
            "JOB_STATE_EARLY_STOPPED",
            "JOB_STATE_PAUSED",
            "JOB_STATE_DELETED",
        ]
    ]
    """JobState represents the state an asynchronous job can be in. - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention. - JOB_STATE_DELETED: Job has been deleted."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Mimics [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]"""
    created_by: NotRequired[str]
    """The email address of the user who initiated this fine-tuning job."""
    training_config: NotRequired[GatewayBaseTrainingConfig | dict[str, Any]]
    """Common training configurations."""
    evaluator: Required[str]
    """The evaluator resource name to use for RLOR fine-tuning job."""
    wandb_config: NotRequired[GatewayWandbConfig | dict[str, Any]]
    """The Weights & Biases team/user account for logging training progress."""
    aws_s3_config: NotRequired[GatewayAwsS3Config | dict[str, Any]]
    """The AWS configuration for S3 dataset access."""
    azure_blob_storage_config: NotRequired[
        GatewayAzureBlobStorageConfig | dict[str, Any]
    ]
    """The Azure configuration for Blob Storage dataset access."""
    output_stats: NotRequired[str]
    """The output dataset's aggregated stats for the evaluation job."""
    job_progress: NotRequired[GatewayJobProgress | dict[str, Any]]
    """Job progress."""
    inference_parameters: NotRequired[
        GatewayReinforcementFineTuningJobInferenceParameters | dict[str, Any]
    ]
    """RFT inference parameters."""
    chunk_size: NotRequired[int]
    """Data chunking for rollout, default size 200, enabled when dataset > 300. Valid range is 1-10,000."""
    output_metrics: NotRequired[str]
    max_inference_replica_count: NotRequired[int]
    """Maximum number of replicas to use for the deployment. Default is 1"""
    node_count: NotRequired[int]
    """The number of nodes to use for the fine-tuning job. If not specified, the default is 1."""
    loss_config: NotRequired[GatewayReinforcementLearningLossConfig | dict[str, Any]]
    """Reinforcement learning loss method + hyperparameters for the underlying trainers."""
    trainer_logs_signed_url: NotRequired[str]
    """The signed URL for the trainer logs file (stdout/stderr). Only populated if the account has trainer log reading enabled."""
    accelerator_seconds: NotRequired[dict[str, Any]]
    """Accelerator seconds used by the job, keyed by accelerator type (e.g., "NVIDIA_H100_80GB"). Updated when job completes or is cancelled."""
    max_concurrent_rollouts: NotRequired[int]
    """Maximum number of concurrent rollouts during the RFT job."""
    max_concurrent_evaluations: NotRequired[int]
    """Maximum number of concurrent evaluations during the RFT job."""
    purpose: NotRequired[Literal["PURPOSE_UNSPECIFIED", "PURPOSE_PILOT"]]
    """Scheduling purpose for this job."""
    reinforcement_fine_tuning_job_id: NotRequired[str]


class GatewayGetReinforcementFineTuningJobParams(TypedDict, total=False):
    """The fields of Gateway_GetReinforcementFineTuningJob."""

    read_mask: NotRequired[str]


class GatewayCancelReinforcementFineTuningJobBodyParams(TypedDict, total=False):
    """The fields of Gateway_CancelReinforcementFineTuningJob."""


class GatewayResumeReinforcementFineTuningJobBodyParams(TypedDict, total=False):
    """The fields of Gateway_ResumeReinforcementFineTuningJob."""


class GatewayListRlorTrainerJobsParams(TypedDict, total=False):
    """The fields of Gateway_ListRlorTrainerJobs."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateRlorTrainerJobParams(TypedDict, total=False):
    """The fields of Gateway_CreateRlorTrainerJob."""

    name: NotRequired[str]
    display_name: NotRequired[str]
    create_time: NotRequired[str]
    completed_time: NotRequired[str]
    dataset: NotRequired[str]
    """The name of the dataset used for training."""
    evaluation_dataset: NotRequired[str]
    """The name of a separate dataset to use for evaluation."""
    eval_auto_carveout: NotRequired[bool]
    """Whether to auto-carve the dataset for eval."""
    state: NotRequired[
        Literal[
            "JOB_STATE_UNSPECIFIED",
            "JOB_STATE_CREATING",
            "JOB_STATE_RUNNING",
            "JOB_STATE_COMPLETED",
            "JOB_STATE_FAILED",
            "JOB_STATE_CANCELLED",
            "JOB_STATE_DELETING",
            "JOB_STATE_WRITING_RESULTS",
            "JOB_STATE_VALIDATING",
            "JOB_STATE_DELETING_CLEANING_UP",
            "JOB_STATE_PENDING",
            "JOB_STATE_EXPIRED",
            "JOB_STATE_RE_QUEUEING",
            "JOB_STATE_CREATING_INPUT_DATASET",
            "JOB_STATE_IDLE",
            "JOB_STATE_CANCELLING",
            "JOB_STATE_EARLY_STOPPED",
            "JOB_STATE_PAUSED",
            "JOB_STATE_DELETED",
        ]
    ]
    """JobState represents the state an asynchronous job can be in. - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention. - JOB_STATE_DELETED: Job has been deleted."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Mimics [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]"""
    created_by: NotRequired[str]
    """The email address of the user who initiated this fine-tuning job."""
    training_config: NotRequired[GatewayBaseTrainingConfig | dict[str, Any]]
    """Common training configurations."""
    reward_weights: NotRequired[Sequence[str]]
    """A list of reward metrics to use for training in format of "<reward_name>=<weight>"."""
    wandb_config: NotRequired[GatewayWandbConfig | dict[str, Any]]
    """The Weights & Biases team/user account for logging training progress."""
    aws_s3_config: NotRequired[GatewayAwsS3Config | dict[str, Any]]
    """The AWS configuration for S3 dataset access."""
    azure_blob_storage_config: NotRequired[
        GatewayAzureBlobStorageConfig | dict[str, Any]
    ]
    """The Azure configuration for Azure Blob Storage dataset access."""
    job_progress: NotRequired[GatewayJobProgress | dict[str, Any]]
    """Job progress."""
    keep_alive: NotRequired[bool]
    """indicates this RLOR trainer job should run in keep-alive mode"""
    rollout_deployment_name: NotRequired[str]
    """Rollout deployment name associated with this RLOR trainer job. This is optional. If not set, trainer will not trigger weight sync to rollout engine."""
    loss_config: NotRequired[GatewayReinforcementLearningLossConfig | dict[str, Any]]
    """Reinforcement learning loss method + hyperparameters for the underlying trainer."""
    node_count: NotRequired[int]
    """The number of nodes to use for the fine-tuning job. If not specified, the default is 1."""
    accelerator_seconds: NotRequired[dict[str, Any]]
    """Accelerator seconds used by the job, keyed by accelerator type (e.g., "NVIDIA_H100_80GB"). Updated periodically."""
    service_mode: NotRequired[bool]
    """Whether to deploy as a service with tinker-style api endpoints exposure"""
    direct_route_handle: NotRequired[str]
    """Only valid when service_mode enabled The direct route handle for the trainer in service mode (tinker api)"""
    hot_load_deployment_id: NotRequired[str]
    """The deployment ID used for hot loading. When set, checkpoints are saved to this deployment's hot load bucket, enabling weight swaps on inference. Only valid for service-mode or keep-alive jobs."""
    purpose: NotRequired[Literal["PURPOSE_UNSPECIFIED", "PURPOSE_PILOT"]]
    """Scheduling purpose for this job."""
    forward_only: NotRequired[bool]
    """When true, run the trainer in forward-only mode (no backward/optimizer). Used for reference models in GRPO that only need forward passes."""
    managed_by: NotRequired[str]
    """For managed service use only. Users do not need to set this field."""
    rlor_trainer_job_id: NotRequired[str]
    training_shape: NotRequired[str]


class GatewayGetRlorTrainerJobParams(TypedDict, total=False):
    """The fields of Gateway_GetRlorTrainerJob."""

    read_mask: NotRequired[str]


class GatewayExecuteRlorTrainStepBodyParams(TypedDict, total=False):
    """The fields of Gateway_ExecuteRlorTrainStep."""

    dataset: Required[str]
    """Dataset to process for this iteration."""
    output_model: Required[str]
    """Output model to materialize when training completes."""


class GatewayResumeRlorTrainerJobBodyParams(TypedDict, total=False):
    """The fields of Gateway_ResumeRlorTrainerJob."""


class GatewayListDpoJobsParams(TypedDict, total=False):
    """The fields of Gateway_ListDpoJobs."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateDpoJobParams(TypedDict, total=False):
    """The fields of Gateway_CreateDpoJob."""

    name: NotRequired[str]
    display_name: NotRequired[str]
    create_time: NotRequired[str]
    completed_time: NotRequired[str]
    dataset: Required[str]
    """The name of the dataset used for training."""
    state: NotRequired[
        Literal[
            "JOB_STATE_UNSPECIFIED",
            "JOB_STATE_CREATING",
            "JOB_STATE_RUNNING",
            "JOB_STATE_COMPLETED",
            "JOB_STATE_FAILED",
            "JOB_STATE_CANCELLED",
            "JOB_STATE_DELETING",
            "JOB_STATE_WRITING_RESULTS",
            "JOB_STATE_VALIDATING",
            "JOB_STATE_DELETING_CLEANING_UP",
            "JOB_STATE_PENDING",
            "JOB_STATE_EXPIRED",
            "JOB_STATE_RE_QUEUEING",
            "JOB_STATE_CREATING_INPUT_DATASET",
            "JOB_STATE_IDLE",
            "JOB_STATE_CANCELLING",
            "JOB_STATE_EARLY_STOPPED",
            "JOB_STATE_PAUSED",
            "JOB_STATE_DELETED",
        ]
    ]
    """JobState represents the state an asynchronous job can be in. - JOB_STATE_PAUSED: Job is paused, typically due to account suspension or manual intervention. - JOB_STATE_DELETED: Job has been deleted."""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Mimics [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]"""
    created_by: NotRequired[str]
    """The email address of the user who initiated this dpo job."""
    training_config: NotRequired[GatewayBaseTrainingConfig | dict[str, Any]]
    """Common training configurations."""
    wandb_config: NotRequired[GatewayWandbConfig | dict[str, Any]]
    """The Weights & Biases team/user account for logging job progress."""
    trainer_logs_signed_url: NotRequired[str]
    """The signed URL for the trainer logs file (stdout/stderr). Only populated if the account has trainer log reading enabled."""
    loss_config: NotRequired[GatewayReinforcementLearningLossConfig | dict[str, Any]]
    """Loss configuration for the training job. If not specified, defaults to DPO loss. Set method to ORPO for ORPO training."""
    aws_s3_config: NotRequired[GatewayAwsS3Config | dict[str, Any]]
    """The AWS configuration for S3 dataset access."""
    azure_blob_storage_config: NotRequired[
        GatewayAzureBlobStorageConfig | dict[str, Any]
    ]
    """The Azure configuration for Azure Blob Storage dataset access."""
    purpose: NotRequired[Literal["PURPOSE_UNSPECIFIED", "PURPOSE_PILOT"]]
    """Scheduling purpose for this job."""
    dpo_job_id: NotRequired[str]


class GatewayGetDpoJobParams(TypedDict, total=False):
    """The fields of Gateway_GetDpoJob."""

    read_mask: NotRequired[str]


class GatewayResumeDpoJobBodyParams(TypedDict, total=False):
    """The fields of Gateway_ResumeDpoJob."""


class GatewayListEvaluationJobsParams(TypedDict, total=False):
    """The fields of Gateway_ListEvaluationJobs."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateEvaluationJobBodyParams(TypedDict, total=False):
    """The fields of Gateway_CreateEvaluationJob."""

    evaluation_job: Required[GatewayEvaluationJob | dict[str, Any]]
    evaluation_job_id: NotRequired[str]


class GatewayGetEvaluationJobParams(TypedDict, total=False):
    """The fields of Gateway_GetEvaluationJob."""

    read_mask: NotRequired[str]


class GatewayListEvaluatorsParams(TypedDict, total=False):
    """The fields of Gateway_ListEvaluators."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class GatewayCreateEvaluatorV2BodyParams(TypedDict, total=False):
    """The fields of Gateway_CreateEvaluatorV2."""

    evaluator: Required[GatewayEvaluator | dict[str, Any]]
    evaluator_id: NotRequired[str]


class GatewayGetEvaluatorParams(TypedDict, total=False):
    """The fields of Gateway_GetEvaluator."""

    read_mask: NotRequired[str]


class GatewayUpdateEvaluatorParams(TypedDict, total=False):
    """The fields of Gateway_UpdateEvaluator."""

    display_name: NotRequired[str]
    description: NotRequired[str]
    create_time: NotRequired[str]
    created_by: NotRequired[str]
    update_time: NotRequired[str]
    state: NotRequired[
        Literal["STATE_UNSPECIFIED", "ACTIVE", "BUILDING", "BUILD_FAILED"]
    ]
    """- ACTIVE: The evaluator is ready to use for evaluation - BUILDING: The evaluator is being built, i.e. building the e2b template - BUILD_FAILED: The evaluator build failed, and it cannot be used for evaluation"""
    criteria: NotRequired[Sequence[GatewayCriterion | dict[str, Any]]]
    """Criteria for the evaluator, it should produce a score for the metric (name of criteria) Used for eval3 with UI upload path"""
    requirements: NotRequired[str]
    """Content for the requirements.txt for package installation"""
    entry_point: NotRequired[str]
    """entry point of the evaluator inside the codebase. In module::function or path::function format"""
    status: NotRequired[GatewayStatus | dict[str, Any]]
    """Status of the evaluator, used to expose build status to the user"""
    commit_hash: NotRequired[str]
    """Commit hash of this evaluator from the user's original codebase"""
    source: NotRequired[EvaluatorSource | dict[str, Any]]
    """Source information for the evaluator codebase."""
    default_dataset: NotRequired[str]
    """Default dataset that is associated with the evaluator"""
    prepare_code_upload: NotRequired[bool]


class GatewayGetEvaluatorUploadEndpointBodyParams(TypedDict, total=False):
    """The fields of Gateway_GetEvaluatorUploadEndpoint."""

    filename_to_size: Required[dict[str, Any]]
    read_mask: NotRequired[str]


class GatewayValidateEvaluatorUploadBodyParams(TypedDict, total=False):
    """The fields of Gateway_ValidateEvaluatorUpload."""


class GatewayGetEvaluatorBuildLogEndpointParams(TypedDict, total=False):
    """The fields of Gateway_GetEvaluatorBuildLogEndpoint."""

    read_mask: NotRequired[str]


class GatewayGetEvaluatorSourceCodeEndpointParams(TypedDict, total=False):
    """The fields of Gateway_GetEvaluatorSourceCodeEndpoint."""

    read_mask: NotRequired[str]


class GatewayListEvaluatorVersionsParams(TypedDict, total=False):
    """The fields of Gateway_ListEvaluatorVersions."""

    page_size: NotRequired[int]
    page_token: NotRequired[str]
    filter: NotRequired[str]
    order_by: NotRequired[str]
    read_mask: NotRequired[str]


class AnthropicCreateMessageParamsParams(TypedDict, total=False):
    """The fields of messages_post."""

    model: Required[str]
    """The model that will complete your prompt. See the [Fireworks Model Library](https://app.fireworks.ai/models) for available models."""
    messages: Required[Sequence[AnthropicInputMessage | dict[str, Any]]]
    """Input messages. Models are trained to operate on alternating `user` and `assistant` conversational turns. When creating a new `Message`, you specify the prior conversational turns with the `messages` parameter, and the model then generates the next `Message` in the conversation. Consecutive ..."""
    max_tokens: NotRequired[int]
    """The maximum number of tokens to generate before stopping. Note that models may stop _before_ reaching this maximum. This parameter only specifies the absolute maximum number of tokens to generate. Different models have different maximum values for this parameter. See ..."""
    metadata: NotRequired[AnthropicMetadata | dict[str, Any]]
    """An object describing metadata about the request."""
    output_config: NotRequired[AnthropicOutputConfig | dict[str, Any]]
    """Configuration options for the model's output, such as the output format."""
    stop_sequences: NotRequired[Sequence[str]]
    """Custom text sequences that will cause the model to stop generating. Models will normally stop when they have naturally completed their turn, which will result in a response `stop_reason` of `"end_turn"`. If you want the model to stop generating when it encounters custom strings of text, you can ..."""
    system: NotRequired[str | Sequence[AnthropicRequestTextBlock | dict[str, Any]]]
    """System prompt. A system prompt is a way of providing context and instructions to the model, such as specifying a particular goal or role. See the [guide to system prompts](/guides/querying-text-models)."""
    temperature: NotRequired[float]
    """Amount of randomness injected into the response. Defaults to `1.0`. Ranges from `0.0` to `1.0`. Use `temperature` closer to `0.0` for analytical / multiple choice, and closer to `1.0` for creative and generative tasks. Note that even with `temperature` of `0.0`, the results will not be fully ..."""
    thinking: NotRequired[
        AnthropicThinkingConfigEnabled
        | dict[str, Any]
        | AnthropicThinkingConfigDisabled
        | AnthropicThinkingConfigAdaptive
    ]
    """Thinking Configuration for enabling the model's extended thinking. When enabled, responses include `thinking` content blocks showing the model's thinking process before the final answer. Requires a minimum budget of 1,024 tokens and counts towards your `max_tokens` limit. See ..."""
    tool_choice: NotRequired[
        AnthropicToolChoiceAuto
        | dict[str, Any]
        | AnthropicToolChoiceAny
        | AnthropicToolChoiceTool
        | AnthropicToolChoiceNone
    ]
    """How the model should use the provided tools. The model can use a specific tool, any available tool, decide by itself, or not use tools at all."""
    tools: NotRequired[Sequence[AnthropicTool | dict[str, Any]]]
    """Definitions of tools that the model may use. If you include `tools` in your API request, the model may return `tool_use` content blocks that represent the model's use of those tools. You can then run those tools using the tool input generated by the model and then optionally return results back ..."""
    top_k: NotRequired[int]
    """Only sample from the top K options for each subsequent token. Used to remove "long tail" low probability responses. [Learn more technical details here](https://towardsdatascience.com/how-to-sample-from-language-models-682bceb97277). Recommended for advanced use cases only. You usually only need ..."""
    top_p: NotRequired[float]
    """Use nucleus sampling. In nucleus sampling, we compute the cumulative distribution over all the options for each subsequent token in decreasing probability order and cut it off once it reaches a particular probability specified by `top_p`. You should either alter `temperature` or `top_p`, but not ..."""
    raw_output: NotRequired[bool | None]
    """Return raw output from the model."""
