"""Typed request parameters, generated from the effective spec by codegen/params.py.

Do not edit: `make generate` writes this file.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import IO, TYPE_CHECKING, Any, Literal, NotRequired, Required, TypedDict

if TYPE_CHECKING:
    from .models import (
        ChatCompletionFunction,
        ChatCompletionTool,
        ChatMessage,
        FunctionNameSpec,
        FunctionSelection,
        PredictedOutput,
        ResponseFormat,
        TextPrompt,
        ThinkingConfigDisabled,
        ThinkingConfigEnabled,
    )

__all__ = [
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
