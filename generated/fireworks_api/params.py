"""Typed request parameters, generated from the effective spec by codegen/params.py.

Do not edit: `make generate` writes this file.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import IO, TYPE_CHECKING, Any, Literal, NotRequired, Required, TypedDict

if TYPE_CHECKING:
    from .models import ChatCompletionRequestMessage, ChatCompletionTool, TextPrompt

__all__ = [
    "ControlNetParams",
    "CreateChatCompletionParams",
    "CreateCompletionParams",
    "CreateEmbeddingParams",
    "GenerateImageParams",
    "ImageToImageParams",
]


class CreateChatCompletionParams(TypedDict, total=False):
    """The fields of createChatCompletion."""

    model: Required[str]
    """The name of the model to use."""
    messages: Required[Sequence[ChatCompletionRequestMessage | dict[str, Any]]]
    """A list of messages comprising the conversation so far."""
    tools: NotRequired[Sequence[ChatCompletionTool | dict[str, Any]]]
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. See the guide for more information and the list of supported models: https://readme.fireworks.ai/docs/function-calling#supported- ..."""
    max_tokens: NotRequired[int]
    """The maximum number of tokens to generate in the completion. If the token count of your prompt (previous messages) plus `max_tokens` exceed the model's context length, the behavior is depends on `context_length_exceeded_behavior`. By default, `max_tokens` will be lowered to fit in the context ..."""
    prompt_truncate_len: NotRequired[int | None]
    """The size to which to truncate chat prompts. Earlier user/assistant messages will be evicted to fit the prompt into this length. This should usually be set to a number << the max context size of the model, to allow enough remaining tokens for generating a response. If omitted, you may receive ..."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but ..."""
    top_k: NotRequired[int | None]
    """Top-k sampling is another sampling method where the k most probable next tokens are filtered and the probability mass is redistributed among only those k next tokens. The value of k controls the number of candidates for the next token at each step during text generation."""
    frequency_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is ..."""
    presence_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to strongly ..."""
    n: NotRequired[int | None]
    """How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`."""
    stop: NotRequired[str | None | Sequence[str]]
    """Up to 4 sequences where the API will stop generating further tokens. The returned text will contain the stop sequence."""
    response_format: NotRequired[dict[str, Any] | None]
    """Allows to force the model to produce specific output format. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON. Optional JSON schema can be provided as `response_format = {"type": "json_object", "schema": <json_schema>}`. ..."""
    context_length_exceeded_behavior: NotRequired[Literal["truncate", "error"]]
    """What to do if the token count of prompt plus `max_tokens` exceeds the model's context window. Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the default. Passing `error` would trigger a request error. The default of 'truncate' is selected ..."""
    user: NotRequired[str | None]
    """A unique identifier representing your end-user, which can help monitor and detect abuse"""


class CreateCompletionParams(TypedDict, total=False):
    """The fields of createCompletion."""

    model: Required[str]
    """The name of the model to use."""
    prompt: Required[str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]]]
    """The prompt to generate completions for. It can be a single string or an array of strings. It can also be an array of integers or an array of integer arrays, which allows to pass already tokenized prompt. If multiple prompts are specified, several choices with corresponding `index` will be ..."""
    images: NotRequired[Sequence[str]]
    """The list of base64 encoded images for visual language completition generation. They should be formatted as MIME_TYPE,\\<base64 encoded str\\> eg. data:image/jpeg;base64,\\<base64 encoded str\\> Additionally, the number of images provided should match the number of '\\<image\\>' special token in ..."""
    max_tokens: NotRequired[int | None]
    """The maximum number of tokens to generate in the completion. If the token count of your prompt plus `max_tokens` exceed the model's context length, the behavior is depends on `context_length_exceeded_behavior`. By default, `max_tokens` will be lowered to fit in the context window instead of ..."""
    logprobs: NotRequired[int | None]
    """Include the log probabilities on the `logprobs` most likely tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in ..."""
    echo: NotRequired[bool | None]
    """Echo back the prompt in addition to the completion."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but ..."""
    top_k: NotRequired[int | None]
    """Top-k sampling is another sampling method where the k most probable next tokens are filtered and the probability mass is redistributed among only those k next tokens. The value of k controls the number of candidates for the next token at each step during text generation."""
    frequency_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is ..."""
    presence_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Reasonable value is around 0.1 to 1 if the aim is to just reduce repetitive samples somewhat. If the aim is to strongly ..."""
    n: NotRequired[int | None]
    """How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`."""
    stop: NotRequired[str | None | Sequence[str]]
    """Up to 4 sequences where the API will stop generating further tokens. The returned text will contain the stop sequence."""
    response_format: NotRequired[dict[str, Any] | None]
    """Allows to force the model to produce specific output format. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is valid JSON. Optional JSON schema can be provided as `response_format = {"type": "json_object", "schema": <json_schema>}`. ..."""
    context_length_exceeded_behavior: NotRequired[Literal["truncate", "error"]]
    """What to do if the token count of prompt plus `max_tokens` exceeds the model's context window. Passing `truncate` limits the `max_tokens` to at most `context_window_length - prompt_length`. This is the default. Passing `error` would trigger a request error. The default of 'truncate' is selected ..."""
    user: NotRequired[str | None]
    """A unique identifier representing your end-user, which can help monitor and detect abuse"""


class GenerateImageParams(TypedDict, total=False):
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


class ImageToImageParams(TypedDict, total=False):
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


class ControlNetParams(TypedDict, total=False):
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


class CreateEmbeddingParams(TypedDict, total=False):
    """The fields of createEmbedding."""

    input: Required[str | Sequence[str]]
    """Input text to embed, encoded as a string or array of strings. To embed multiple inputs in a single request, pass an array of strings. The input must not exceed the max input tokens for the model and cannot be an empty string."""
    model: Required[str]
    """The name of the model to use. Known values are `nomic-ai/nomic-embed-text-v1.5` and `thenlper/gte-base`."""
    dimensions: NotRequired[int]
    """The number of dimensions the resulting output embeddings should have."""
