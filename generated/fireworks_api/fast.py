"""Fast constructors of the generated models: ``parser_for(Model)(data)`` gives what
``Model.from_dict(data)`` gives, results and errors, in a fraction of the time.

Do not edit: `make generate` writes this file (codegen/fast_models.py).

Each model has a straight-line function that reads the decoded JSON dict, builds the models
inside it in line, and fills each object's slots directly. Where it is not sure what the
reference would do (an odd input, any error), it raises, and the reference ``from_dict`` runs
instead. Importing this module loads no model (nor attrs): ``parser_for`` loads what a model
needs on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["MODELS", "parser_for"]

T = TypeVar("T")


class _Fallback(Exception):
    """The fast path is not sure: the reference ``from_dict`` decides."""


_MISS: Any = object()
_new = object.__new__
# Set by _load() on first use (placeholders until then).
_UNSET: Any = object()

_File: Any = None
_BytesIO: Any = None
_C_BaseCreateCompletionRequest: Any = None
_C_BaseCreateCompletionRequestResponseFormatType0: Any = None
_C_BaseCreateCompletionRequestResponseFormatType0SchemaType0: Any = None
_C_BaseImageToImageRequest: Any = None
_C_ChatCompletionMessageToolCall: Any = None
_C_ChatCompletionMessageToolCallChunk: Any = None
_C_ChatCompletionMessageToolCallChunkFunction: Any = None
_C_ChatCompletionMessageToolCallFunction: Any = None
_C_ChatCompletionRequestMessage: Any = None
_C_ChatCompletionResponseMessage: Any = None
_C_ChatCompletionStreamResponseDelta: Any = None
_C_ChatCompletionTool: Any = None
_C_ChatMessageContentImageUrl: Any = None
_C_ChatMessageContentText: Any = None
_C_ChatMessageImageUrl: Any = None
_C_CreateChatCompletionBody: Any = None
_C_CreateChatCompletionExclusiveFields: Any = None
_C_CreateChatCompletionResponse: Any = None
_C_CreateChatCompletionResponseChoicesItem: Any = None
_C_CreateChatCompletionStreamResponse: Any = None
_C_CreateChatCompletionStreamResponseChoicesItem: Any = None
_C_CreateCompletionBody: Any = None
_C_CreateCompletionExclusiveFields: Any = None
_C_CreateCompletionResponse: Any = None
_C_CreateCompletionResponseChoicesItem: Any = None
_C_CreateCompletionResponseChoicesItemLogprobsType0: Any = None
_C_CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem: Any = None
_C_CreateCompletionStreamResponse: Any = None
_C_CreateCompletionStreamResponseChoicesItem: Any = None
_C_CreateCompletionStreamResponseChoicesItemLogprobsType0: Any = None
_C_CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem: Any = None
_C_CreateControlNetRequest: Any = None
_C_CreateEmbeddingRequest: Any = None
_C_CreateEmbeddingResponse: Any = None
_C_CreateEmbeddingResponseUsage: Any = None
_C_CreateImageRequest: Any = None
_C_CreateImageToImageRequest: Any = None
_C_Embedding: Any = None
_C_Error: Any = None
_C_ErrorResponse: Any = None
_C_FunctionObject: Any = None
_C_FunctionParameters: Any = None
_C_FunctionParametersProperties: Any = None
_C_FunctionParametersPropertiesAdditionalProperty: Any = None
_C_ImageArtifact: Any = None
_C_ImageStrengthRequest: Any = None
_C_ListModelsResponse: Any = None
_C_Model: Any = None
_C_StepScheduleRequest: Any = None
_C_TextPrompt: Any = None
_C_UsageInfo: Any = None
_E_BaseCreateCompletionRequestContextLengthExceededBehavior: dict[Any, Any] = {}
_E_BaseCreateCompletionRequestResponseFormatType0Type: dict[Any, Any] = {}
_E_ChatCompletionMessageToolCallChunkType: dict[Any, Any] = {}
_E_ChatCompletionMessageToolCallType: dict[Any, Any] = {}
_E_ChatCompletionRequestMessageRole: dict[Any, Any] = {}
_E_ChatCompletionResponseMessageRole: dict[Any, Any] = {}
_E_ChatCompletionStreamResponseDeltaRole: dict[Any, Any] = {}
_E_ChatCompletionToolType: dict[Any, Any] = {}
_E_ChatMessageContentImageUrlType: dict[Any, Any] = {}
_E_ChatMessageContentTextType: dict[Any, Any] = {}
_E_CreateChatCompletionResponseChoicesItemFinishReason: dict[Any, Any] = {}
_E_CreateChatCompletionStreamResponseChoicesItemFinishReasonType0: dict[Any, Any] = {}
_E_CreateCompletionResponseChoicesItemFinishReason: dict[Any, Any] = {}
_E_CreateCompletionStreamResponseChoicesItemFinishReasonType0: dict[Any, Any] = {}
_E_CreateControlNetRequestControlNetName: dict[Any, Any] = {}
_E_CreateEmbeddingResponseObject: dict[Any, Any] = {}
_E_CreateImageToImageRequestInitImageMode: dict[Any, Any] = {}
_E_EmbeddingObject: dict[Any, Any] = {}
_E_FunctionParametersType: dict[Any, Any] = {}
_E_ImageArtifactFinishReason: dict[Any, Any] = {}
_E_Sampler: dict[Any, Any] = {}

# Every model class the generator emits.
MODELS: tuple[str, ...] = (
    "BaseCreateCompletionRequest",
    "BaseCreateCompletionRequestResponseFormatType0",
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
    "BaseImageToImageRequest",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionRequestMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionTool",
    "ChatMessageContentImageUrl",
    "ChatMessageContentText",
    "ChatMessageImageUrl",
    "CreateChatCompletionBody",
    "CreateChatCompletionExclusiveFields",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateCompletionBody",
    "CreateCompletionExclusiveFields",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemLogprobsType0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    "CreateCompletionStreamResponse",
    "CreateCompletionStreamResponseChoicesItem",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem",
    "CreateControlNetRequest",
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateImageRequest",
    "CreateImageToImageRequest",
    "Embedding",
    "Error",
    "ErrorResponse",
    "FunctionObject",
    "FunctionParameters",
    "FunctionParametersProperties",
    "FunctionParametersPropertiesAdditionalProperty",
    "ImageArtifact",
    "ImageStrengthRequest",
    "ListModelsResponse",
    "Model",
    "StepScheduleRequest",
    "TextPrompt",
    "UsageInfo",
)
# The module of each class under models/.
_MODULES: dict[str, str] = {
    "BaseCreateCompletionRequest": "base_create_completion_request",
    "BaseCreateCompletionRequestContextLengthExceededBehavior": "base_create_completion_request_context_length_exceeded_behavior",
    "BaseCreateCompletionRequestResponseFormatType0": "base_create_completion_request_response_format_type_0",
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0": "base_create_completion_request_response_format_type_0_schema_type_0",
    "BaseCreateCompletionRequestResponseFormatType0Type": "base_create_completion_request_response_format_type_0_type",
    "BaseImageToImageRequest": "base_image_to_image_request",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallChunkType": "chat_completion_message_tool_call_chunk_type",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallType": "chat_completion_message_tool_call_type",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageRole": "chat_completion_request_message_role",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageRole": "chat_completion_response_message_role",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaRole": "chat_completion_stream_response_delta_role",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolType": "chat_completion_tool_type",
    "ChatMessageContentImageUrl": "chat_message_content_image_url",
    "ChatMessageContentImageUrlType": "chat_message_content_image_url_type",
    "ChatMessageContentText": "chat_message_content_text",
    "ChatMessageContentTextType": "chat_message_content_text_type",
    "ChatMessageImageUrl": "chat_message_image_url",
    "CreateChatCompletionBody": "create_chat_completion_body",
    "CreateChatCompletionExclusiveFields": "create_chat_completion_exclusive_fields",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": "create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemFinishReason": "create_chat_completion_response_choices_item_finish_reason",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": "create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0": "create_chat_completion_stream_response_choices_item_finish_reason_type_0",
    "CreateCompletionBody": "create_completion_body",
    "CreateCompletionExclusiveFields": "create_completion_exclusive_fields",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoicesItem": "create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemFinishReason": "create_completion_response_choices_item_finish_reason",
    "CreateCompletionResponseChoicesItemLogprobsType0": "create_completion_response_choices_item_logprobs_type_0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": "create_completion_response_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateCompletionStreamResponse": "create_completion_stream_response",
    "CreateCompletionStreamResponseChoicesItem": "create_completion_stream_response_choices_item",
    "CreateCompletionStreamResponseChoicesItemFinishReasonType0": "create_completion_stream_response_choices_item_finish_reason_type_0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0": "create_completion_stream_response_choices_item_logprobs_type_0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem": "create_completion_stream_response_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateControlNetRequest": "create_control_net_request",
    "CreateControlNetRequestControlNetName": "create_control_net_request_control_net_name",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseObject": "create_embedding_response_object",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateImageRequest": "create_image_request",
    "CreateImageToImageRequest": "create_image_to_image_request",
    "CreateImageToImageRequestInitImageMode": "create_image_to_image_request_init_image_mode",
    "Embedding": "embedding",
    "EmbeddingObject": "embedding_object",
    "Error": "error",
    "ErrorResponse": "error_response",
    "FunctionObject": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionParametersProperties": "function_parameters_properties",
    "FunctionParametersPropertiesAdditionalProperty": "function_parameters_properties_additional_property",
    "FunctionParametersType": "function_parameters_type",
    "ImageArtifact": "image_artifact",
    "ImageArtifactFinishReason": "image_artifact_finish_reason",
    "ImageStrengthRequest": "image_strength_request",
    "ListModelsResponse": "list_models_response",
    "Model": "model",
    "Sampler": "sampler",
    "StepScheduleRequest": "step_schedule_request",
    "TextPrompt": "text_prompt",
    "UsageInfo": "usage_info",
}
_ENUMS: frozenset[str] = frozenset(
    [
        "BaseCreateCompletionRequestContextLengthExceededBehavior",
        "BaseCreateCompletionRequestResponseFormatType0Type",
        "ChatCompletionMessageToolCallChunkType",
        "ChatCompletionMessageToolCallType",
        "ChatCompletionRequestMessageRole",
        "ChatCompletionResponseMessageRole",
        "ChatCompletionStreamResponseDeltaRole",
        "ChatCompletionToolType",
        "ChatMessageContentImageUrlType",
        "ChatMessageContentTextType",
        "CreateChatCompletionResponseChoicesItemFinishReason",
        "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0",
        "CreateCompletionResponseChoicesItemFinishReason",
        "CreateCompletionStreamResponseChoicesItemFinishReasonType0",
        "CreateControlNetRequestControlNetName",
        "CreateEmbeddingResponseObject",
        "CreateImageToImageRequestInitImageMode",
        "EmbeddingObject",
        "FunctionParametersType",
        "ImageArtifactFinishReason",
        "Sampler",
    ]
)
# A model and every model and enum its constructor uses.
_REACH: dict[str, tuple[str, ...]] = {
    "BaseCreateCompletionRequest": (
        "BaseCreateCompletionRequest",
        "BaseCreateCompletionRequestContextLengthExceededBehavior",
        "BaseCreateCompletionRequestResponseFormatType0",
        "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
        "BaseCreateCompletionRequestResponseFormatType0Type",
    ),
    "BaseCreateCompletionRequestResponseFormatType0": (
        "BaseCreateCompletionRequestResponseFormatType0",
        "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
        "BaseCreateCompletionRequestResponseFormatType0Type",
    ),
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0": (
        "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
    ),
    "BaseImageToImageRequest": ("BaseImageToImageRequest", "Sampler"),
    "ChatCompletionMessageToolCall": (
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallType",
    ),
    "ChatCompletionMessageToolCallChunk": (
        "ChatCompletionMessageToolCallChunk",
        "ChatCompletionMessageToolCallChunkFunction",
        "ChatCompletionMessageToolCallChunkType",
    ),
    "ChatCompletionMessageToolCallChunkFunction": (
        "ChatCompletionMessageToolCallChunkFunction",
    ),
    "ChatCompletionMessageToolCallFunction": ("ChatCompletionMessageToolCallFunction",),
    "ChatCompletionRequestMessage": (
        "ChatCompletionRequestMessage",
        "ChatCompletionRequestMessageRole",
        "ChatMessageContentImageUrl",
        "ChatMessageContentImageUrlType",
        "ChatMessageContentText",
        "ChatMessageContentTextType",
        "ChatMessageImageUrl",
    ),
    "ChatCompletionResponseMessage": (
        "ChatCompletionResponseMessage",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallType",
        "ChatCompletionResponseMessageRole",
    ),
    "ChatCompletionStreamResponseDelta": (
        "ChatCompletionStreamResponseDelta",
        "ChatCompletionMessageToolCallChunk",
        "ChatCompletionMessageToolCallChunkFunction",
        "ChatCompletionMessageToolCallChunkType",
        "ChatCompletionStreamResponseDeltaRole",
    ),
    "ChatCompletionTool": (
        "ChatCompletionTool",
        "ChatCompletionToolType",
        "FunctionObject",
        "FunctionParameters",
        "FunctionParametersProperties",
        "FunctionParametersPropertiesAdditionalProperty",
        "FunctionParametersType",
    ),
    "ChatMessageContentImageUrl": (
        "ChatMessageContentImageUrl",
        "ChatMessageContentImageUrlType",
        "ChatMessageImageUrl",
    ),
    "ChatMessageContentText": ("ChatMessageContentText", "ChatMessageContentTextType"),
    "ChatMessageImageUrl": ("ChatMessageImageUrl",),
    "CreateChatCompletionBody": (
        "CreateChatCompletionBody",
        "BaseCreateCompletionRequestContextLengthExceededBehavior",
        "BaseCreateCompletionRequestResponseFormatType0",
        "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
        "BaseCreateCompletionRequestResponseFormatType0Type",
        "ChatCompletionRequestMessage",
        "ChatCompletionRequestMessageRole",
        "ChatCompletionTool",
        "ChatCompletionToolType",
        "ChatMessageContentImageUrl",
        "ChatMessageContentImageUrlType",
        "ChatMessageContentText",
        "ChatMessageContentTextType",
        "ChatMessageImageUrl",
        "FunctionObject",
        "FunctionParameters",
        "FunctionParametersProperties",
        "FunctionParametersPropertiesAdditionalProperty",
        "FunctionParametersType",
    ),
    "CreateChatCompletionExclusiveFields": (
        "CreateChatCompletionExclusiveFields",
        "ChatCompletionRequestMessage",
        "ChatCompletionRequestMessageRole",
        "ChatCompletionTool",
        "ChatCompletionToolType",
        "ChatMessageContentImageUrl",
        "ChatMessageContentImageUrlType",
        "ChatMessageContentText",
        "ChatMessageContentTextType",
        "ChatMessageImageUrl",
        "FunctionObject",
        "FunctionParameters",
        "FunctionParametersProperties",
        "FunctionParametersPropertiesAdditionalProperty",
        "FunctionParametersType",
    ),
    "CreateChatCompletionResponse": (
        "CreateChatCompletionResponse",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallType",
        "ChatCompletionResponseMessage",
        "ChatCompletionResponseMessageRole",
        "CreateChatCompletionResponseChoicesItem",
        "CreateChatCompletionResponseChoicesItemFinishReason",
        "UsageInfo",
    ),
    "CreateChatCompletionResponseChoicesItem": (
        "CreateChatCompletionResponseChoicesItem",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallType",
        "ChatCompletionResponseMessage",
        "ChatCompletionResponseMessageRole",
        "CreateChatCompletionResponseChoicesItemFinishReason",
    ),
    "CreateChatCompletionStreamResponse": (
        "CreateChatCompletionStreamResponse",
        "ChatCompletionMessageToolCallChunk",
        "ChatCompletionMessageToolCallChunkFunction",
        "ChatCompletionMessageToolCallChunkType",
        "ChatCompletionStreamResponseDelta",
        "ChatCompletionStreamResponseDeltaRole",
        "CreateChatCompletionStreamResponseChoicesItem",
        "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0",
        "UsageInfo",
    ),
    "CreateChatCompletionStreamResponseChoicesItem": (
        "CreateChatCompletionStreamResponseChoicesItem",
        "ChatCompletionMessageToolCallChunk",
        "ChatCompletionMessageToolCallChunkFunction",
        "ChatCompletionMessageToolCallChunkType",
        "ChatCompletionStreamResponseDelta",
        "ChatCompletionStreamResponseDeltaRole",
        "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0",
    ),
    "CreateCompletionBody": (
        "CreateCompletionBody",
        "BaseCreateCompletionRequestContextLengthExceededBehavior",
        "BaseCreateCompletionRequestResponseFormatType0",
        "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
        "BaseCreateCompletionRequestResponseFormatType0Type",
    ),
    "CreateCompletionExclusiveFields": ("CreateCompletionExclusiveFields",),
    "CreateCompletionResponse": (
        "CreateCompletionResponse",
        "CreateCompletionResponseChoicesItem",
        "CreateCompletionResponseChoicesItemFinishReason",
        "CreateCompletionResponseChoicesItemLogprobsType0",
        "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
        "UsageInfo",
    ),
    "CreateCompletionResponseChoicesItem": (
        "CreateCompletionResponseChoicesItem",
        "CreateCompletionResponseChoicesItemFinishReason",
        "CreateCompletionResponseChoicesItemLogprobsType0",
        "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    ),
    "CreateCompletionResponseChoicesItemLogprobsType0": (
        "CreateCompletionResponseChoicesItemLogprobsType0",
        "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    ),
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": (
        "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    ),
    "CreateCompletionStreamResponse": (
        "CreateCompletionStreamResponse",
        "CreateCompletionStreamResponseChoicesItem",
        "CreateCompletionStreamResponseChoicesItemFinishReasonType0",
        "CreateCompletionStreamResponseChoicesItemLogprobsType0",
        "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem",
        "UsageInfo",
    ),
    "CreateCompletionStreamResponseChoicesItem": (
        "CreateCompletionStreamResponseChoicesItem",
        "CreateCompletionStreamResponseChoicesItemFinishReasonType0",
        "CreateCompletionStreamResponseChoicesItemLogprobsType0",
        "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem",
    ),
    "CreateCompletionStreamResponseChoicesItemLogprobsType0": (
        "CreateCompletionStreamResponseChoicesItemLogprobsType0",
        "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem",
    ),
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem": (
        "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem",
    ),
    "CreateControlNetRequest": (
        "CreateControlNetRequest",
        "CreateControlNetRequestControlNetName",
        "Sampler",
    ),
    "CreateEmbeddingRequest": ("CreateEmbeddingRequest",),
    "CreateEmbeddingResponse": (
        "CreateEmbeddingResponse",
        "CreateEmbeddingResponseObject",
        "CreateEmbeddingResponseUsage",
        "Embedding",
        "EmbeddingObject",
    ),
    "CreateEmbeddingResponseUsage": ("CreateEmbeddingResponseUsage",),
    "CreateImageRequest": ("CreateImageRequest", "Sampler", "TextPrompt"),
    "CreateImageToImageRequest": (
        "CreateImageToImageRequest",
        "CreateImageToImageRequestInitImageMode",
        "Sampler",
    ),
    "Embedding": ("Embedding", "EmbeddingObject"),
    "Error": ("Error",),
    "ErrorResponse": ("ErrorResponse", "Error"),
    "FunctionObject": (
        "FunctionObject",
        "FunctionParameters",
        "FunctionParametersProperties",
        "FunctionParametersPropertiesAdditionalProperty",
        "FunctionParametersType",
    ),
    "FunctionParameters": (
        "FunctionParameters",
        "FunctionParametersProperties",
        "FunctionParametersPropertiesAdditionalProperty",
        "FunctionParametersType",
    ),
    "FunctionParametersProperties": (
        "FunctionParametersProperties",
        "FunctionParametersPropertiesAdditionalProperty",
    ),
    "FunctionParametersPropertiesAdditionalProperty": (
        "FunctionParametersPropertiesAdditionalProperty",
    ),
    "ImageArtifact": ("ImageArtifact", "ImageArtifactFinishReason"),
    "ImageStrengthRequest": ("ImageStrengthRequest", "Sampler"),
    "ListModelsResponse": ("ListModelsResponse", "Model"),
    "Model": ("Model",),
    "StepScheduleRequest": ("StepScheduleRequest", "Sampler"),
    "TextPrompt": ("TextPrompt",),
    "UsageInfo": ("UsageInfo",),
}
# The attrs fields of each model, in order (checked when loaded).
_FIELDS: dict[str, tuple[str, ...]] = {
    "BaseCreateCompletionRequest": (
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "n",
        "stop",
        "response_format",
        "stream",
        "context_length_exceeded_behavior",
        "user",
        "additional_properties",
    ),
    "BaseCreateCompletionRequestResponseFormatType0": (
        "type_",
        "schema",
        "additional_properties",
    ),
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0": (
        "additional_properties",
    ),
    "BaseImageToImageRequest": (
        "prompt",
        "negative_prompt",
        "init_image",
        "init_image_mode",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "additional_properties",
    ),
    "ChatCompletionMessageToolCall": (
        "id",
        "type_",
        "function",
        "additional_properties",
    ),
    "ChatCompletionMessageToolCallChunk": (
        "index",
        "id",
        "type_",
        "function",
        "additional_properties",
    ),
    "ChatCompletionMessageToolCallChunkFunction": (
        "name",
        "arguments",
        "additional_properties",
    ),
    "ChatCompletionMessageToolCallFunction": (
        "name",
        "arguments",
        "additional_properties",
    ),
    "ChatCompletionRequestMessage": (
        "role",
        "content",
        "name",
        "additional_properties",
    ),
    "ChatCompletionResponseMessage": (
        "role",
        "content",
        "tool_calls",
        "additional_properties",
    ),
    "ChatCompletionStreamResponseDelta": (
        "role",
        "content",
        "tool_calls",
        "additional_properties",
    ),
    "ChatCompletionTool": ("type_", "function", "additional_properties"),
    "ChatMessageContentImageUrl": ("type_", "image_url", "additional_properties"),
    "ChatMessageContentText": ("type_", "text", "additional_properties"),
    "ChatMessageImageUrl": ("url", "additional_properties"),
    "CreateChatCompletionBody": (
        "model",
        "messages",
        "tools",
        "max_tokens",
        "prompt_truncate_len",
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "n",
        "stop",
        "response_format",
        "stream",
        "context_length_exceeded_behavior",
        "user",
        "additional_properties",
    ),
    "CreateChatCompletionExclusiveFields": (
        "model",
        "messages",
        "tools",
        "max_tokens",
        "prompt_truncate_len",
        "additional_properties",
    ),
    "CreateChatCompletionResponse": (
        "id",
        "object_",
        "created",
        "model",
        "choices",
        "usage",
        "additional_properties",
    ),
    "CreateChatCompletionResponseChoicesItem": (
        "index",
        "message",
        "finish_reason",
        "additional_properties",
    ),
    "CreateChatCompletionStreamResponse": (
        "id",
        "object_",
        "created",
        "model",
        "choices",
        "usage",
        "additional_properties",
    ),
    "CreateChatCompletionStreamResponseChoicesItem": (
        "index",
        "delta",
        "finish_reason",
        "additional_properties",
    ),
    "CreateCompletionBody": (
        "model",
        "prompt",
        "images",
        "max_tokens",
        "logprobs",
        "echo",
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "n",
        "stop",
        "response_format",
        "stream",
        "context_length_exceeded_behavior",
        "user",
        "additional_properties",
    ),
    "CreateCompletionExclusiveFields": (
        "model",
        "prompt",
        "images",
        "max_tokens",
        "logprobs",
        "echo",
        "additional_properties",
    ),
    "CreateCompletionResponse": (
        "id",
        "object_",
        "created",
        "model",
        "choices",
        "usage",
        "additional_properties",
    ),
    "CreateCompletionResponseChoicesItem": (
        "text",
        "index",
        "logprobs",
        "finish_reason",
        "additional_properties",
    ),
    "CreateCompletionResponseChoicesItemLogprobsType0": (
        "tokens",
        "token_logprobs",
        "top_logprobs",
        "text_offset",
        "additional_properties",
    ),
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": (
        "additional_properties",
    ),
    "CreateCompletionStreamResponse": (
        "id",
        "object_",
        "created",
        "model",
        "choices",
        "usage",
        "additional_properties",
    ),
    "CreateCompletionStreamResponseChoicesItem": (
        "text",
        "index",
        "finish_reason",
        "logprobs",
        "additional_properties",
    ),
    "CreateCompletionStreamResponseChoicesItemLogprobsType0": (
        "tokens",
        "token_logprobs",
        "top_logprobs",
        "text_offset",
        "additional_properties",
    ),
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem": (
        "additional_properties",
    ),
    "CreateControlNetRequest": (
        "prompt",
        "control_image",
        "negative_prompt",
        "control_net_name",
        "conditioning_scale",
        "step_schedule_start",
        "step_schedule_end",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "steps",
        "seed",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "additional_properties",
    ),
    "CreateEmbeddingRequest": ("input_", "model", "dimensions"),
    "CreateEmbeddingResponse": (
        "data",
        "model",
        "object_",
        "usage",
        "additional_properties",
    ),
    "CreateEmbeddingResponseUsage": (
        "prompt_tokens",
        "total_tokens",
        "additional_properties",
    ),
    "CreateImageRequest": (
        "text_prompts",
        "height",
        "width",
        "cfg_scale",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "additional_properties",
    ),
    "CreateImageToImageRequest": (
        "init_image",
        "init_image_mode",
        "prompt",
        "negative_prompt",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "image_strength",
        "step_schedule_start",
        "step_schedule_end",
        "additional_properties",
    ),
    "Embedding": ("index", "embedding", "object_", "additional_properties"),
    "Error": ("type_", "message", "param", "code", "additional_properties"),
    "ErrorResponse": ("error", "additional_properties"),
    "FunctionObject": ("name", "parameters", "description", "additional_properties"),
    "FunctionParameters": ("type_", "required", "properties", "additional_properties"),
    "FunctionParametersProperties": ("additional_properties",),
    "FunctionParametersPropertiesAdditionalProperty": (
        "type_",
        "description",
        "additional_properties",
    ),
    "ImageArtifact": ("base64", "finish_reason", "seed", "additional_properties"),
    "ImageStrengthRequest": (
        "image_strength",
        "prompt",
        "negative_prompt",
        "init_image",
        "init_image_mode",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "additional_properties",
    ),
    "ListModelsResponse": ("object_", "data", "additional_properties"),
    "Model": ("id", "object_", "created", "owned_by", "additional_properties"),
    "StepScheduleRequest": (
        "step_schedule_end",
        "step_schedule_start",
        "prompt",
        "negative_prompt",
        "init_image",
        "init_image_mode",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "additional_properties",
    ),
    "TextPrompt": ("text", "weight", "additional_properties"),
    "UsageInfo": (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "additional_properties",
    ),
}
_K_BaseCreateCompletionRequest = frozenset(
    {
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "n",
        "stop",
        "response_format",
        "stream",
        "context_length_exceeded_behavior",
        "user",
    }
)
_K_BaseImageToImageRequest = frozenset(
    {
        "prompt",
        "negative_prompt",
        "init_image",
        "init_image_mode",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
    }
)
_K_CreateChatCompletionBody = frozenset(
    {
        "model",
        "messages",
        "tools",
        "max_tokens",
        "prompt_truncate_len",
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "n",
        "stop",
        "response_format",
        "stream",
        "context_length_exceeded_behavior",
        "user",
    }
)
_K_CreateCompletionBody = frozenset(
    {
        "model",
        "prompt",
        "images",
        "max_tokens",
        "logprobs",
        "echo",
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "n",
        "stop",
        "response_format",
        "stream",
        "context_length_exceeded_behavior",
        "user",
    }
)
_K_CreateControlNetRequest = frozenset(
    {
        "prompt",
        "control_image",
        "negative_prompt",
        "control_net_name",
        "conditioning_scale",
        "step_schedule_start",
        "step_schedule_end",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "steps",
        "seed",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
    }
)
_K_CreateImageRequest = frozenset(
    {
        "text_prompts",
        "height",
        "width",
        "cfg_scale",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
    }
)
_K_CreateImageToImageRequest = frozenset(
    {
        "init_image",
        "init_image_mode",
        "prompt",
        "negative_prompt",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
        "image_strength",
        "step_schedule_start",
        "step_schedule_end",
    }
)
_K_ImageStrengthRequest = frozenset(
    {
        "image_strength",
        "prompt",
        "negative_prompt",
        "init_image",
        "init_image_mode",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
    }
)
_K_StepScheduleRequest = frozenset(
    {
        "step_schedule_start",
        "step_schedule_end",
        "prompt",
        "negative_prompt",
        "init_image",
        "init_image_mode",
        "cfg_scale",
        "clip_guidance_preset",
        "sampler",
        "samples",
        "seed",
        "steps",
        "safety_check",
        "lora_adapter_name",
        "lora_weight_filename",
    }
)


def _f_BaseCreateCompletionRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_BaseCreateCompletionRequest)
    v2 = data.get("temperature", _UNSET)
    o1.temperature = v2
    v3 = data.get("top_p", _UNSET)
    o1.top_p = v3
    v4 = data.get("top_k", _UNSET)
    o1.top_k = v4
    v5 = data.get("frequency_penalty", _UNSET)
    o1.frequency_penalty = v5
    v6 = data.get("presence_penalty", _UNSET)
    o1.presence_penalty = v6
    v7 = data.get("n", _UNSET)
    o1.n = v7
    v8 = data.get("stop", _UNSET)
    o1.stop = v8
    v9 = data.get("response_format", _UNSET)
    if v9 is None:
        pass
    elif v9 is _UNSET:
        pass
    elif isinstance(v9, dict):
        v9 = _member(
            _f_BaseCreateCompletionRequestResponseFormatType0,
            _C_BaseCreateCompletionRequestResponseFormatType0,
            v9,
            v9,
        )
    o1.response_format = v9
    v10 = data.get("stream", _UNSET)
    o1.stream = v10
    v11 = data.get("context_length_exceeded_behavior", _UNSET)
    if v11 is not _UNSET:
        v11 = _E_BaseCreateCompletionRequestContextLengthExceededBehavior[v11]
    o1.context_length_exceeded_behavior = v11
    v12 = data.get("user", _UNSET)
    o1.user = v12
    if not data.keys() <= _K_BaseCreateCompletionRequest:
        x13 = dict(data)
        x13.pop("temperature", None)
        x13.pop("top_p", None)
        x13.pop("top_k", None)
        x13.pop("frequency_penalty", None)
        x13.pop("presence_penalty", None)
        x13.pop("n", None)
        x13.pop("stop", None)
        x13.pop("response_format", None)
        x13.pop("stream", None)
        x13.pop("context_length_exceeded_behavior", None)
        x13.pop("user", None)
        o1.additional_properties = x13
    else:
        o1.additional_properties = {}
    return o1


def _f_BaseCreateCompletionRequestResponseFormatType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_BaseCreateCompletionRequestResponseFormatType0)
    v2 = data["type"]
    v2 = _E_BaseCreateCompletionRequestResponseFormatType0Type[v2]
    o1.type_ = v2
    v3 = data.get("schema", _UNSET)
    if v3 is None:
        pass
    elif v3 is _UNSET:
        pass
    elif isinstance(v3, dict):
        v3 = _member(
            _f_BaseCreateCompletionRequestResponseFormatType0SchemaType0,
            _C_BaseCreateCompletionRequestResponseFormatType0SchemaType0,
            v3,
            v3,
        )
    o1.schema = v3
    if len(data) != 1 + (v3 is not _UNSET):
        x4 = dict(data)
        del x4["type"]
        x4.pop("schema", None)
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_BaseCreateCompletionRequestResponseFormatType0SchemaType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_BaseCreateCompletionRequestResponseFormatType0SchemaType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_BaseImageToImageRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_BaseImageToImageRequest)
    v2 = data.get("prompt", _UNSET)
    o1.prompt = v2
    v3 = data.get("negative_prompt", _UNSET)
    o1.negative_prompt = v3
    v4 = data.get("init_image", _UNSET)
    if v4 is not _UNSET:
        v4 = _File(payload=_BytesIO(v4))
    o1.init_image = v4
    v5 = data.get("init_image_mode", _UNSET)
    o1.init_image_mode = v5
    v6 = data.get("cfg_scale", _UNSET)
    o1.cfg_scale = v6
    v7 = data.get("clip_guidance_preset", _UNSET)
    o1.clip_guidance_preset = v7
    v8 = data.get("sampler", _UNSET)
    if v8 is not _UNSET:
        v8 = _E_Sampler[v8]
    o1.sampler = v8
    v9 = data.get("samples", _UNSET)
    o1.samples = v9
    v10 = data.get("seed", _UNSET)
    o1.seed = v10
    v11 = data.get("steps", _UNSET)
    o1.steps = v11
    v12 = data.get("safety_check", _UNSET)
    o1.safety_check = v12
    v13 = data.get("lora_adapter_name", _UNSET)
    o1.lora_adapter_name = v13
    v14 = data.get("lora_weight_filename", _UNSET)
    o1.lora_weight_filename = v14
    if not data.keys() <= _K_BaseImageToImageRequest:
        x15 = dict(data)
        x15.pop("prompt", None)
        x15.pop("negative_prompt", None)
        x15.pop("init_image", None)
        x15.pop("init_image_mode", None)
        x15.pop("cfg_scale", None)
        x15.pop("clip_guidance_preset", None)
        x15.pop("sampler", None)
        x15.pop("samples", None)
        x15.pop("seed", None)
        x15.pop("steps", None)
        x15.pop("safety_check", None)
        x15.pop("lora_adapter_name", None)
        x15.pop("lora_weight_filename", None)
        o1.additional_properties = x15
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCall(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCall)
    o1.id = data["id"]
    v3 = data["type"]
    v3 = _E_ChatCompletionMessageToolCallType[v3]
    o1.type_ = v3
    v4 = data["function"]
    if type(v4) is not dict:
        raise _Fallback
    o5 = _new(_C_ChatCompletionMessageToolCallFunction)
    o5.name = v4["name"]
    o5.arguments = v4["arguments"]
    if len(v4) != 2:
        x8 = dict(v4)
        del x8["name"]
        del x8["arguments"]
        o5.additional_properties = x8
    else:
        o5.additional_properties = {}
    v4 = o5
    o1.function = v4
    if len(data) != 3:
        x12 = dict(data)
        del x12["id"]
        del x12["type"]
        del x12["function"]
        o1.additional_properties = x12
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCallChunk(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCallChunk)
    o1.index = data["index"]
    v3 = data.get("id", _UNSET)
    o1.id = v3
    v4 = data.get("type", _UNSET)
    if v4 is not _UNSET:
        v4 = _E_ChatCompletionMessageToolCallChunkType[v4]
    o1.type_ = v4
    v5 = data.get("function", _UNSET)
    if v5 is not _UNSET:
        if type(v5) is not dict:
            raise _Fallback
        o6 = _new(_C_ChatCompletionMessageToolCallChunkFunction)
        v7 = v5.get("name", _UNSET)
        o6.name = v7
        v8 = v5.get("arguments", _UNSET)
        o6.arguments = v8
        if len(v5) != 0 + (v7 is not _UNSET) + (v8 is not _UNSET):
            x9 = dict(v5)
            x9.pop("name", None)
            x9.pop("arguments", None)
            o6.additional_properties = x9
        else:
            o6.additional_properties = {}
        v5 = o6
    o1.function = v5
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET) + (v5 is not _UNSET):
        x13 = dict(data)
        del x13["index"]
        x13.pop("id", None)
        x13.pop("type", None)
        x13.pop("function", None)
        o1.additional_properties = x13
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCallChunkFunction(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCallChunkFunction)
    v2 = data.get("name", _UNSET)
    o1.name = v2
    v3 = data.get("arguments", _UNSET)
    o1.arguments = v3
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET):
        x4 = dict(data)
        x4.pop("name", None)
        x4.pop("arguments", None)
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCallFunction(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCallFunction)
    o1.name = data["name"]
    o1.arguments = data["arguments"]
    if len(data) != 2:
        x4 = dict(data)
        del x4["name"]
        del x4["arguments"]
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionRequestMessage(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionRequestMessage)
    v2 = data["role"]
    v2 = _E_ChatCompletionRequestMessageRole[v2]
    o1.role = v2
    v3 = data["content"]
    if v3 is None:
        pass
    elif isinstance(v3, list):
        if type(v3) is not list:
            raise _Fallback
        a5 = []
        for i4 in v3:
            if (
                isinstance(i4, dict)
                and (
                    r6 := _member(
                        _f_ChatMessageContentText, _C_ChatMessageContentText, i4, _MISS
                    )
                )
                is not _MISS
            ):
                i4 = r6
            elif isinstance(i4, dict):
                if type(i4) is not dict:
                    raise _Fallback
                o7 = _new(_C_ChatMessageContentImageUrl)
                v8 = i4.get("type", _UNSET)
                if v8 is not _UNSET:
                    v8 = _E_ChatMessageContentImageUrlType[v8]
                o7.type_ = v8
                v9 = i4.get("image_url", _UNSET)
                if v9 is not _UNSET:
                    if type(v9) is not dict:
                        raise _Fallback
                    o10 = _new(_C_ChatMessageImageUrl)
                    v11 = v9.get("url", _UNSET)
                    o10.url = v11
                    if len(v9) != 0 + (v11 is not _UNSET):
                        x12 = dict(v9)
                        x12.pop("url", None)
                        o10.additional_properties = x12
                    else:
                        o10.additional_properties = {}
                    v9 = o10
                o7.image_url = v9
                if len(i4) != 0 + (v8 is not _UNSET) + (v9 is not _UNSET):
                    x16 = dict(i4)
                    x16.pop("type", None)
                    x16.pop("image_url", None)
                    o7.additional_properties = x16
                else:
                    o7.additional_properties = {}
                i4 = o7
            else:
                raise _Fallback
            a5.append(i4)
        v3 = a5
    o1.content = v3
    v20 = data.get("name", _UNSET)
    o1.name = v20
    if len(data) != 2 + (v20 is not _UNSET):
        x21 = dict(data)
        del x21["role"]
        del x21["content"]
        x21.pop("name", None)
        o1.additional_properties = x21
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionResponseMessage(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionResponseMessage)
    v2 = data["role"]
    v2 = _E_ChatCompletionResponseMessageRole[v2]
    o1.role = v2
    v3 = data.get("content", _UNSET)
    o1.content = v3
    v4 = data.get("tool_calls", _UNSET)
    if v4 is not _UNSET:
        if type(v4) is not list:
            raise _Fallback
        a6 = []
        for i5 in v4:
            if type(i5) is not dict:
                raise _Fallback
            o7 = _new(_C_ChatCompletionMessageToolCall)
            o7.id = i5["id"]
            v9 = i5["type"]
            v9 = _E_ChatCompletionMessageToolCallType[v9]
            o7.type_ = v9
            v10 = i5["function"]
            if type(v10) is not dict:
                raise _Fallback
            o11 = _new(_C_ChatCompletionMessageToolCallFunction)
            o11.name = v10["name"]
            o11.arguments = v10["arguments"]
            if len(v10) != 2:
                x14 = dict(v10)
                del x14["name"]
                del x14["arguments"]
                o11.additional_properties = x14
            else:
                o11.additional_properties = {}
            v10 = o11
            o7.function = v10
            if len(i5) != 3:
                x18 = dict(i5)
                del x18["id"]
                del x18["type"]
                del x18["function"]
                o7.additional_properties = x18
            else:
                o7.additional_properties = {}
            i5 = o7
            a6.append(i5)
        v4 = a6
    o1.tool_calls = v4
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET):
        x22 = dict(data)
        del x22["role"]
        x22.pop("content", None)
        x22.pop("tool_calls", None)
        o1.additional_properties = x22
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionStreamResponseDelta(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionStreamResponseDelta)
    v2 = data.get("role", _UNSET)
    if v2 is not _UNSET:
        v2 = _E_ChatCompletionStreamResponseDeltaRole[v2]
    o1.role = v2
    v3 = data.get("content", _UNSET)
    o1.content = v3
    v4 = data.get("tool_calls", _UNSET)
    if v4 is not _UNSET:
        if type(v4) is not list:
            raise _Fallback
        a6 = []
        for i5 in v4:
            if type(i5) is not dict:
                raise _Fallback
            o7 = _new(_C_ChatCompletionMessageToolCallChunk)
            o7.index = i5["index"]
            v9 = i5.get("id", _UNSET)
            o7.id = v9
            v10 = i5.get("type", _UNSET)
            if v10 is not _UNSET:
                v10 = _E_ChatCompletionMessageToolCallChunkType[v10]
            o7.type_ = v10
            v11 = i5.get("function", _UNSET)
            if v11 is not _UNSET:
                if type(v11) is not dict:
                    raise _Fallback
                o12 = _new(_C_ChatCompletionMessageToolCallChunkFunction)
                v13 = v11.get("name", _UNSET)
                o12.name = v13
                v14 = v11.get("arguments", _UNSET)
                o12.arguments = v14
                if len(v11) != 0 + (v13 is not _UNSET) + (v14 is not _UNSET):
                    x15 = dict(v11)
                    x15.pop("name", None)
                    x15.pop("arguments", None)
                    o12.additional_properties = x15
                else:
                    o12.additional_properties = {}
                v11 = o12
            o7.function = v11
            if len(i5) != 1 + (v9 is not _UNSET) + (v10 is not _UNSET) + (
                v11 is not _UNSET
            ):
                x19 = dict(i5)
                del x19["index"]
                x19.pop("id", None)
                x19.pop("type", None)
                x19.pop("function", None)
                o7.additional_properties = x19
            else:
                o7.additional_properties = {}
            i5 = o7
            a6.append(i5)
        v4 = a6
    o1.tool_calls = v4
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET) + (v4 is not _UNSET):
        x23 = dict(data)
        x23.pop("role", None)
        x23.pop("content", None)
        x23.pop("tool_calls", None)
        o1.additional_properties = x23
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionTool(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionTool)
    v2 = data["type"]
    v2 = _E_ChatCompletionToolType[v2]
    o1.type_ = v2
    v3 = data["function"]
    if type(v3) is not dict:
        raise _Fallback
    o4 = _new(_C_FunctionObject)
    o4.name = v3["name"]
    v6 = v3["parameters"]
    if type(v6) is not dict:
        raise _Fallback
    o7 = _new(_C_FunctionParameters)
    v8 = v6.get("type", _UNSET)
    if v8 is not _UNSET:
        v8 = _E_FunctionParametersType[v8]
    o7.type_ = v8
    v9 = v6.get("required", _UNSET)
    o7.required = v9
    v10 = v6.get("properties", _UNSET)
    if v10 is not _UNSET:
        if type(v10) is not dict:
            raise _Fallback
        o11 = _new(_C_FunctionParametersProperties)
        if v10:
            x12 = dict(v10)
            b15 = {}
            for k13, u14 in x12.items():
                if type(u14) is not dict:
                    raise _Fallback
                o16 = _new(_C_FunctionParametersPropertiesAdditionalProperty)
                v17 = u14.get("type", _UNSET)
                o16.type_ = v17
                v18 = u14.get("description", _UNSET)
                o16.description = v18
                if len(u14) != 0 + (v17 is not _UNSET) + (v18 is not _UNSET):
                    x19 = dict(u14)
                    x19.pop("type", None)
                    x19.pop("description", None)
                    o16.additional_properties = x19
                else:
                    o16.additional_properties = {}
                u14 = o16
                b15[k13] = u14
            x12 = b15
            o11.additional_properties = x12
        else:
            o11.additional_properties = {}
        v10 = o11
    o7.properties = v10
    if len(v6) != 0 + (v8 is not _UNSET) + (v9 is not _UNSET) + (v10 is not _UNSET):
        x23 = dict(v6)
        x23.pop("type", None)
        x23.pop("required", None)
        x23.pop("properties", None)
        o7.additional_properties = x23
    else:
        o7.additional_properties = {}
    v6 = o7
    o4.parameters = v6
    v27 = v3.get("description", _UNSET)
    o4.description = v27
    if len(v3) != 2 + (v27 is not _UNSET):
        x28 = dict(v3)
        del x28["name"]
        del x28["parameters"]
        x28.pop("description", None)
        o4.additional_properties = x28
    else:
        o4.additional_properties = {}
    v3 = o4
    o1.function = v3
    if len(data) != 2:
        x32 = dict(data)
        del x32["type"]
        del x32["function"]
        o1.additional_properties = x32
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatMessageContentImageUrl(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatMessageContentImageUrl)
    v2 = data.get("type", _UNSET)
    if v2 is not _UNSET:
        v2 = _E_ChatMessageContentImageUrlType[v2]
    o1.type_ = v2
    v3 = data.get("image_url", _UNSET)
    if v3 is not _UNSET:
        if type(v3) is not dict:
            raise _Fallback
        o4 = _new(_C_ChatMessageImageUrl)
        v5 = v3.get("url", _UNSET)
        o4.url = v5
        if len(v3) != 0 + (v5 is not _UNSET):
            x6 = dict(v3)
            x6.pop("url", None)
            o4.additional_properties = x6
        else:
            o4.additional_properties = {}
        v3 = o4
    o1.image_url = v3
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET):
        x10 = dict(data)
        x10.pop("type", None)
        x10.pop("image_url", None)
        o1.additional_properties = x10
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatMessageContentText(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatMessageContentText)
    v2 = data.get("type", _UNSET)
    if v2 is not _UNSET:
        v2 = _E_ChatMessageContentTextType[v2]
    o1.type_ = v2
    v3 = data.get("text", _UNSET)
    o1.text = v3
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET):
        x4 = dict(data)
        x4.pop("type", None)
        x4.pop("text", None)
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatMessageImageUrl(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatMessageImageUrl)
    v2 = data.get("url", _UNSET)
    o1.url = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x3 = dict(data)
        x3.pop("url", None)
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateChatCompletionBody(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateChatCompletionBody)
    o1.model = data["model"]
    v3 = data["messages"]
    if type(v3) is not list:
        raise _Fallback
    a5 = []
    for i4 in v3:
        if type(i4) is not dict:
            raise _Fallback
        o6 = _new(_C_ChatCompletionRequestMessage)
        v7 = i4["role"]
        v7 = _E_ChatCompletionRequestMessageRole[v7]
        o6.role = v7
        v8 = i4["content"]
        if v8 is None:
            pass
        elif isinstance(v8, list):
            if type(v8) is not list:
                raise _Fallback
            a10 = []
            for i9 in v8:
                if (
                    isinstance(i9, dict)
                    and (
                        r11 := _member(
                            _f_ChatMessageContentText,
                            _C_ChatMessageContentText,
                            i9,
                            _MISS,
                        )
                    )
                    is not _MISS
                ):
                    i9 = r11
                elif isinstance(i9, dict):
                    if type(i9) is not dict:
                        raise _Fallback
                    o12 = _new(_C_ChatMessageContentImageUrl)
                    v13 = i9.get("type", _UNSET)
                    if v13 is not _UNSET:
                        v13 = _E_ChatMessageContentImageUrlType[v13]
                    o12.type_ = v13
                    v14 = i9.get("image_url", _UNSET)
                    if v14 is not _UNSET:
                        if type(v14) is not dict:
                            raise _Fallback
                        o15 = _new(_C_ChatMessageImageUrl)
                        v16 = v14.get("url", _UNSET)
                        o15.url = v16
                        if len(v14) != 0 + (v16 is not _UNSET):
                            x17 = dict(v14)
                            x17.pop("url", None)
                            o15.additional_properties = x17
                        else:
                            o15.additional_properties = {}
                        v14 = o15
                    o12.image_url = v14
                    if len(i9) != 0 + (v13 is not _UNSET) + (v14 is not _UNSET):
                        x21 = dict(i9)
                        x21.pop("type", None)
                        x21.pop("image_url", None)
                        o12.additional_properties = x21
                    else:
                        o12.additional_properties = {}
                    i9 = o12
                else:
                    raise _Fallback
                a10.append(i9)
            v8 = a10
        o6.content = v8
        v25 = i4.get("name", _UNSET)
        o6.name = v25
        if len(i4) != 2 + (v25 is not _UNSET):
            x26 = dict(i4)
            del x26["role"]
            del x26["content"]
            x26.pop("name", None)
            o6.additional_properties = x26
        else:
            o6.additional_properties = {}
        i4 = o6
        a5.append(i4)
    v3 = a5
    o1.messages = v3
    v30 = data.get("tools", _UNSET)
    if v30 is not _UNSET:
        if type(v30) is not list:
            raise _Fallback
        a32 = []
        for i31 in v30:
            if type(i31) is not dict:
                raise _Fallback
            o33 = _new(_C_ChatCompletionTool)
            v34 = i31["type"]
            v34 = _E_ChatCompletionToolType[v34]
            o33.type_ = v34
            v35 = i31["function"]
            if type(v35) is not dict:
                raise _Fallback
            o36 = _new(_C_FunctionObject)
            o36.name = v35["name"]
            v38 = v35["parameters"]
            if type(v38) is not dict:
                raise _Fallback
            o39 = _new(_C_FunctionParameters)
            v40 = v38.get("type", _UNSET)
            if v40 is not _UNSET:
                v40 = _E_FunctionParametersType[v40]
            o39.type_ = v40
            v41 = v38.get("required", _UNSET)
            o39.required = v41
            v42 = v38.get("properties", _UNSET)
            if v42 is not _UNSET:
                v42 = _f_FunctionParametersProperties(v42)
            o39.properties = v42
            if len(v38) != 0 + (v40 is not _UNSET) + (v41 is not _UNSET) + (
                v42 is not _UNSET
            ):
                x43 = dict(v38)
                x43.pop("type", None)
                x43.pop("required", None)
                x43.pop("properties", None)
                o39.additional_properties = x43
            else:
                o39.additional_properties = {}
            v38 = o39
            o36.parameters = v38
            v47 = v35.get("description", _UNSET)
            o36.description = v47
            if len(v35) != 2 + (v47 is not _UNSET):
                x48 = dict(v35)
                del x48["name"]
                del x48["parameters"]
                x48.pop("description", None)
                o36.additional_properties = x48
            else:
                o36.additional_properties = {}
            v35 = o36
            o33.function = v35
            if len(i31) != 2:
                x52 = dict(i31)
                del x52["type"]
                del x52["function"]
                o33.additional_properties = x52
            else:
                o33.additional_properties = {}
            i31 = o33
            a32.append(i31)
        v30 = a32
    o1.tools = v30
    v56 = data.get("max_tokens", _UNSET)
    o1.max_tokens = v56
    v57 = data.get("prompt_truncate_len", _UNSET)
    o1.prompt_truncate_len = v57
    v58 = data.get("temperature", _UNSET)
    o1.temperature = v58
    v59 = data.get("top_p", _UNSET)
    o1.top_p = v59
    v60 = data.get("top_k", _UNSET)
    o1.top_k = v60
    v61 = data.get("frequency_penalty", _UNSET)
    o1.frequency_penalty = v61
    v62 = data.get("presence_penalty", _UNSET)
    o1.presence_penalty = v62
    v63 = data.get("n", _UNSET)
    o1.n = v63
    v64 = data.get("stop", _UNSET)
    o1.stop = v64
    v65 = data.get("response_format", _UNSET)
    if v65 is None:
        pass
    elif v65 is _UNSET:
        pass
    elif isinstance(v65, dict):
        v65 = _member(
            _f_BaseCreateCompletionRequestResponseFormatType0,
            _C_BaseCreateCompletionRequestResponseFormatType0,
            v65,
            v65,
        )
    o1.response_format = v65
    v66 = data.get("stream", _UNSET)
    o1.stream = v66
    v67 = data.get("context_length_exceeded_behavior", _UNSET)
    if v67 is not _UNSET:
        v67 = _E_BaseCreateCompletionRequestContextLengthExceededBehavior[v67]
    o1.context_length_exceeded_behavior = v67
    v68 = data.get("user", _UNSET)
    o1.user = v68
    if not data.keys() <= _K_CreateChatCompletionBody:
        x69 = dict(data)
        del x69["model"]
        del x69["messages"]
        x69.pop("tools", None)
        x69.pop("max_tokens", None)
        x69.pop("prompt_truncate_len", None)
        x69.pop("temperature", None)
        x69.pop("top_p", None)
        x69.pop("top_k", None)
        x69.pop("frequency_penalty", None)
        x69.pop("presence_penalty", None)
        x69.pop("n", None)
        x69.pop("stop", None)
        x69.pop("response_format", None)
        x69.pop("stream", None)
        x69.pop("context_length_exceeded_behavior", None)
        x69.pop("user", None)
        o1.additional_properties = x69
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateChatCompletionExclusiveFields(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateChatCompletionExclusiveFields)
    o1.model = data["model"]
    v3 = data["messages"]
    if type(v3) is not list:
        raise _Fallback
    a5 = []
    for i4 in v3:
        if type(i4) is not dict:
            raise _Fallback
        o6 = _new(_C_ChatCompletionRequestMessage)
        v7 = i4["role"]
        v7 = _E_ChatCompletionRequestMessageRole[v7]
        o6.role = v7
        v8 = i4["content"]
        if v8 is None:
            pass
        elif isinstance(v8, list):
            if type(v8) is not list:
                raise _Fallback
            a10 = []
            for i9 in v8:
                if (
                    isinstance(i9, dict)
                    and (
                        r11 := _member(
                            _f_ChatMessageContentText,
                            _C_ChatMessageContentText,
                            i9,
                            _MISS,
                        )
                    )
                    is not _MISS
                ):
                    i9 = r11
                elif isinstance(i9, dict):
                    if type(i9) is not dict:
                        raise _Fallback
                    o12 = _new(_C_ChatMessageContentImageUrl)
                    v13 = i9.get("type", _UNSET)
                    if v13 is not _UNSET:
                        v13 = _E_ChatMessageContentImageUrlType[v13]
                    o12.type_ = v13
                    v14 = i9.get("image_url", _UNSET)
                    if v14 is not _UNSET:
                        if type(v14) is not dict:
                            raise _Fallback
                        o15 = _new(_C_ChatMessageImageUrl)
                        v16 = v14.get("url", _UNSET)
                        o15.url = v16
                        if len(v14) != 0 + (v16 is not _UNSET):
                            x17 = dict(v14)
                            x17.pop("url", None)
                            o15.additional_properties = x17
                        else:
                            o15.additional_properties = {}
                        v14 = o15
                    o12.image_url = v14
                    if len(i9) != 0 + (v13 is not _UNSET) + (v14 is not _UNSET):
                        x21 = dict(i9)
                        x21.pop("type", None)
                        x21.pop("image_url", None)
                        o12.additional_properties = x21
                    else:
                        o12.additional_properties = {}
                    i9 = o12
                else:
                    raise _Fallback
                a10.append(i9)
            v8 = a10
        o6.content = v8
        v25 = i4.get("name", _UNSET)
        o6.name = v25
        if len(i4) != 2 + (v25 is not _UNSET):
            x26 = dict(i4)
            del x26["role"]
            del x26["content"]
            x26.pop("name", None)
            o6.additional_properties = x26
        else:
            o6.additional_properties = {}
        i4 = o6
        a5.append(i4)
    v3 = a5
    o1.messages = v3
    v30 = data.get("tools", _UNSET)
    if v30 is not _UNSET:
        if type(v30) is not list:
            raise _Fallback
        a32 = []
        for i31 in v30:
            if type(i31) is not dict:
                raise _Fallback
            o33 = _new(_C_ChatCompletionTool)
            v34 = i31["type"]
            v34 = _E_ChatCompletionToolType[v34]
            o33.type_ = v34
            v35 = i31["function"]
            if type(v35) is not dict:
                raise _Fallback
            o36 = _new(_C_FunctionObject)
            o36.name = v35["name"]
            v38 = v35["parameters"]
            if type(v38) is not dict:
                raise _Fallback
            o39 = _new(_C_FunctionParameters)
            v40 = v38.get("type", _UNSET)
            if v40 is not _UNSET:
                v40 = _E_FunctionParametersType[v40]
            o39.type_ = v40
            v41 = v38.get("required", _UNSET)
            o39.required = v41
            v42 = v38.get("properties", _UNSET)
            if v42 is not _UNSET:
                v42 = _f_FunctionParametersProperties(v42)
            o39.properties = v42
            if len(v38) != 0 + (v40 is not _UNSET) + (v41 is not _UNSET) + (
                v42 is not _UNSET
            ):
                x43 = dict(v38)
                x43.pop("type", None)
                x43.pop("required", None)
                x43.pop("properties", None)
                o39.additional_properties = x43
            else:
                o39.additional_properties = {}
            v38 = o39
            o36.parameters = v38
            v47 = v35.get("description", _UNSET)
            o36.description = v47
            if len(v35) != 2 + (v47 is not _UNSET):
                x48 = dict(v35)
                del x48["name"]
                del x48["parameters"]
                x48.pop("description", None)
                o36.additional_properties = x48
            else:
                o36.additional_properties = {}
            v35 = o36
            o33.function = v35
            if len(i31) != 2:
                x52 = dict(i31)
                del x52["type"]
                del x52["function"]
                o33.additional_properties = x52
            else:
                o33.additional_properties = {}
            i31 = o33
            a32.append(i31)
        v30 = a32
    o1.tools = v30
    v56 = data.get("max_tokens", _UNSET)
    o1.max_tokens = v56
    v57 = data.get("prompt_truncate_len", _UNSET)
    o1.prompt_truncate_len = v57
    if len(data) != 2 + (v30 is not _UNSET) + (v56 is not _UNSET) + (v57 is not _UNSET):
        x58 = dict(data)
        del x58["model"]
        del x58["messages"]
        x58.pop("tools", None)
        x58.pop("max_tokens", None)
        x58.pop("prompt_truncate_len", None)
        o1.additional_properties = x58
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateChatCompletionResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateChatCompletionResponse)
    o1.id = data["id"]
    o1.object_ = data["object"]
    o1.created = data["created"]
    o1.model = data["model"]
    v6 = data["choices"]
    if type(v6) is not list:
        raise _Fallback
    a8 = []
    for i7 in v6:
        if type(i7) is not dict:
            raise _Fallback
        o9 = _new(_C_CreateChatCompletionResponseChoicesItem)
        o9.index = i7["index"]
        v11 = i7["message"]
        if type(v11) is not dict:
            raise _Fallback
        o12 = _new(_C_ChatCompletionResponseMessage)
        v13 = v11["role"]
        v13 = _E_ChatCompletionResponseMessageRole[v13]
        o12.role = v13
        v14 = v11.get("content", _UNSET)
        o12.content = v14
        v15 = v11.get("tool_calls", _UNSET)
        if v15 is not _UNSET:
            if type(v15) is not list:
                raise _Fallback
            a17 = []
            for i16 in v15:
                if type(i16) is not dict:
                    raise _Fallback
                o18 = _new(_C_ChatCompletionMessageToolCall)
                o18.id = i16["id"]
                v20 = i16["type"]
                v20 = _E_ChatCompletionMessageToolCallType[v20]
                o18.type_ = v20
                v21 = i16["function"]
                v21 = _f_ChatCompletionMessageToolCallFunction(v21)
                o18.function = v21
                if len(i16) != 3:
                    x22 = dict(i16)
                    del x22["id"]
                    del x22["type"]
                    del x22["function"]
                    o18.additional_properties = x22
                else:
                    o18.additional_properties = {}
                i16 = o18
                a17.append(i16)
            v15 = a17
        o12.tool_calls = v15
        if len(v11) != 1 + (v14 is not _UNSET) + (v15 is not _UNSET):
            x26 = dict(v11)
            del x26["role"]
            x26.pop("content", None)
            x26.pop("tool_calls", None)
            o12.additional_properties = x26
        else:
            o12.additional_properties = {}
        v11 = o12
        o9.message = v11
        v30 = i7["finish_reason"]
        v30 = _E_CreateChatCompletionResponseChoicesItemFinishReason[v30]
        o9.finish_reason = v30
        if len(i7) != 3:
            x31 = dict(i7)
            del x31["index"]
            del x31["message"]
            del x31["finish_reason"]
            o9.additional_properties = x31
        else:
            o9.additional_properties = {}
        i7 = o9
        a8.append(i7)
    v6 = a8
    o1.choices = v6
    v35 = data.get("usage", _UNSET)
    if v35 is not _UNSET:
        if type(v35) is not dict:
            raise _Fallback
        o36 = _new(_C_UsageInfo)
        o36.prompt_tokens = v35["prompt_tokens"]
        o36.completion_tokens = v35["completion_tokens"]
        o36.total_tokens = v35["total_tokens"]
        if len(v35) != 3:
            x40 = dict(v35)
            del x40["prompt_tokens"]
            del x40["completion_tokens"]
            del x40["total_tokens"]
            o36.additional_properties = x40
        else:
            o36.additional_properties = {}
        v35 = o36
    o1.usage = v35
    if len(data) != 5 + (v35 is not _UNSET):
        x44 = dict(data)
        del x44["id"]
        del x44["object"]
        del x44["created"]
        del x44["model"]
        del x44["choices"]
        x44.pop("usage", None)
        o1.additional_properties = x44
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateChatCompletionResponseChoicesItem(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateChatCompletionResponseChoicesItem)
    o1.index = data["index"]
    v3 = data["message"]
    if type(v3) is not dict:
        raise _Fallback
    o4 = _new(_C_ChatCompletionResponseMessage)
    v5 = v3["role"]
    v5 = _E_ChatCompletionResponseMessageRole[v5]
    o4.role = v5
    v6 = v3.get("content", _UNSET)
    o4.content = v6
    v7 = v3.get("tool_calls", _UNSET)
    if v7 is not _UNSET:
        if type(v7) is not list:
            raise _Fallback
        a9 = []
        for i8 in v7:
            if type(i8) is not dict:
                raise _Fallback
            o10 = _new(_C_ChatCompletionMessageToolCall)
            o10.id = i8["id"]
            v12 = i8["type"]
            v12 = _E_ChatCompletionMessageToolCallType[v12]
            o10.type_ = v12
            v13 = i8["function"]
            if type(v13) is not dict:
                raise _Fallback
            o14 = _new(_C_ChatCompletionMessageToolCallFunction)
            o14.name = v13["name"]
            o14.arguments = v13["arguments"]
            if len(v13) != 2:
                x17 = dict(v13)
                del x17["name"]
                del x17["arguments"]
                o14.additional_properties = x17
            else:
                o14.additional_properties = {}
            v13 = o14
            o10.function = v13
            if len(i8) != 3:
                x21 = dict(i8)
                del x21["id"]
                del x21["type"]
                del x21["function"]
                o10.additional_properties = x21
            else:
                o10.additional_properties = {}
            i8 = o10
            a9.append(i8)
        v7 = a9
    o4.tool_calls = v7
    if len(v3) != 1 + (v6 is not _UNSET) + (v7 is not _UNSET):
        x25 = dict(v3)
        del x25["role"]
        x25.pop("content", None)
        x25.pop("tool_calls", None)
        o4.additional_properties = x25
    else:
        o4.additional_properties = {}
    v3 = o4
    o1.message = v3
    v29 = data["finish_reason"]
    v29 = _E_CreateChatCompletionResponseChoicesItemFinishReason[v29]
    o1.finish_reason = v29
    if len(data) != 3:
        x30 = dict(data)
        del x30["index"]
        del x30["message"]
        del x30["finish_reason"]
        o1.additional_properties = x30
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateChatCompletionStreamResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateChatCompletionStreamResponse)
    o1.id = data["id"]
    o1.object_ = data["object"]
    o1.created = data["created"]
    o1.model = data["model"]
    v6 = data["choices"]
    if type(v6) is not list:
        raise _Fallback
    a8 = []
    for i7 in v6:
        if type(i7) is not dict:
            raise _Fallback
        o9 = _new(_C_CreateChatCompletionStreamResponseChoicesItem)
        o9.index = i7["index"]
        v11 = i7["delta"]
        if type(v11) is not dict:
            raise _Fallback
        o12 = _new(_C_ChatCompletionStreamResponseDelta)
        v13 = v11.get("role", _UNSET)
        if v13 is not _UNSET:
            v13 = _E_ChatCompletionStreamResponseDeltaRole[v13]
        o12.role = v13
        v14 = v11.get("content", _UNSET)
        o12.content = v14
        v15 = v11.get("tool_calls", _UNSET)
        if v15 is not _UNSET:
            if type(v15) is not list:
                raise _Fallback
            a17 = []
            for i16 in v15:
                if type(i16) is not dict:
                    raise _Fallback
                o18 = _new(_C_ChatCompletionMessageToolCallChunk)
                o18.index = i16["index"]
                v20 = i16.get("id", _UNSET)
                o18.id = v20
                v21 = i16.get("type", _UNSET)
                if v21 is not _UNSET:
                    v21 = _E_ChatCompletionMessageToolCallChunkType[v21]
                o18.type_ = v21
                v22 = i16.get("function", _UNSET)
                if v22 is not _UNSET:
                    v22 = _f_ChatCompletionMessageToolCallChunkFunction(v22)
                o18.function = v22
                if len(i16) != 1 + (v20 is not _UNSET) + (v21 is not _UNSET) + (
                    v22 is not _UNSET
                ):
                    x23 = dict(i16)
                    del x23["index"]
                    x23.pop("id", None)
                    x23.pop("type", None)
                    x23.pop("function", None)
                    o18.additional_properties = x23
                else:
                    o18.additional_properties = {}
                i16 = o18
                a17.append(i16)
            v15 = a17
        o12.tool_calls = v15
        if len(v11) != 0 + (v13 is not _UNSET) + (v14 is not _UNSET) + (
            v15 is not _UNSET
        ):
            x27 = dict(v11)
            x27.pop("role", None)
            x27.pop("content", None)
            x27.pop("tool_calls", None)
            o12.additional_properties = x27
        else:
            o12.additional_properties = {}
        v11 = o12
        o9.delta = v11
        v31 = i7["finish_reason"]
        if v31 is None:
            pass
        elif isinstance(v31, str):
            v31 = _E_CreateChatCompletionStreamResponseChoicesItemFinishReasonType0.get(
                v31, v31
            )
        o9.finish_reason = v31
        if len(i7) != 3:
            x32 = dict(i7)
            del x32["index"]
            del x32["delta"]
            del x32["finish_reason"]
            o9.additional_properties = x32
        else:
            o9.additional_properties = {}
        i7 = o9
        a8.append(i7)
    v6 = a8
    o1.choices = v6
    v36 = data.get("usage", _UNSET)
    if v36 is None:
        pass
    elif v36 is _UNSET:
        pass
    elif isinstance(v36, dict):
        v36 = _member(_f_UsageInfo, _C_UsageInfo, v36, v36)
    o1.usage = v36
    if len(data) != 5 + (v36 is not _UNSET):
        x37 = dict(data)
        del x37["id"]
        del x37["object"]
        del x37["created"]
        del x37["model"]
        del x37["choices"]
        x37.pop("usage", None)
        o1.additional_properties = x37
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateChatCompletionStreamResponseChoicesItem(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateChatCompletionStreamResponseChoicesItem)
    o1.index = data["index"]
    v3 = data["delta"]
    if type(v3) is not dict:
        raise _Fallback
    o4 = _new(_C_ChatCompletionStreamResponseDelta)
    v5 = v3.get("role", _UNSET)
    if v5 is not _UNSET:
        v5 = _E_ChatCompletionStreamResponseDeltaRole[v5]
    o4.role = v5
    v6 = v3.get("content", _UNSET)
    o4.content = v6
    v7 = v3.get("tool_calls", _UNSET)
    if v7 is not _UNSET:
        if type(v7) is not list:
            raise _Fallback
        a9 = []
        for i8 in v7:
            if type(i8) is not dict:
                raise _Fallback
            o10 = _new(_C_ChatCompletionMessageToolCallChunk)
            o10.index = i8["index"]
            v12 = i8.get("id", _UNSET)
            o10.id = v12
            v13 = i8.get("type", _UNSET)
            if v13 is not _UNSET:
                v13 = _E_ChatCompletionMessageToolCallChunkType[v13]
            o10.type_ = v13
            v14 = i8.get("function", _UNSET)
            if v14 is not _UNSET:
                if type(v14) is not dict:
                    raise _Fallback
                o15 = _new(_C_ChatCompletionMessageToolCallChunkFunction)
                v16 = v14.get("name", _UNSET)
                o15.name = v16
                v17 = v14.get("arguments", _UNSET)
                o15.arguments = v17
                if len(v14) != 0 + (v16 is not _UNSET) + (v17 is not _UNSET):
                    x18 = dict(v14)
                    x18.pop("name", None)
                    x18.pop("arguments", None)
                    o15.additional_properties = x18
                else:
                    o15.additional_properties = {}
                v14 = o15
            o10.function = v14
            if len(i8) != 1 + (v12 is not _UNSET) + (v13 is not _UNSET) + (
                v14 is not _UNSET
            ):
                x22 = dict(i8)
                del x22["index"]
                x22.pop("id", None)
                x22.pop("type", None)
                x22.pop("function", None)
                o10.additional_properties = x22
            else:
                o10.additional_properties = {}
            i8 = o10
            a9.append(i8)
        v7 = a9
    o4.tool_calls = v7
    if len(v3) != 0 + (v5 is not _UNSET) + (v6 is not _UNSET) + (v7 is not _UNSET):
        x26 = dict(v3)
        x26.pop("role", None)
        x26.pop("content", None)
        x26.pop("tool_calls", None)
        o4.additional_properties = x26
    else:
        o4.additional_properties = {}
    v3 = o4
    o1.delta = v3
    v30 = data["finish_reason"]
    if v30 is None:
        pass
    elif isinstance(v30, str):
        v30 = _E_CreateChatCompletionStreamResponseChoicesItemFinishReasonType0.get(
            v30, v30
        )
    o1.finish_reason = v30
    if len(data) != 3:
        x31 = dict(data)
        del x31["index"]
        del x31["delta"]
        del x31["finish_reason"]
        o1.additional_properties = x31
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionBody(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionBody)
    o1.model = data["model"]
    v3 = data["prompt"]
    if isinstance(v3, list):
        pass
    elif isinstance(v3, list):
        pass
    elif isinstance(v3, list):
        if type(v3) is not list:
            raise _Fallback
        v3 = list(v3)
    o1.prompt = v3
    v6 = data.get("images", _UNSET)
    o1.images = v6
    v7 = data.get("max_tokens", _UNSET)
    o1.max_tokens = v7
    v8 = data.get("logprobs", _UNSET)
    o1.logprobs = v8
    v9 = data.get("echo", _UNSET)
    o1.echo = v9
    v10 = data.get("temperature", _UNSET)
    o1.temperature = v10
    v11 = data.get("top_p", _UNSET)
    o1.top_p = v11
    v12 = data.get("top_k", _UNSET)
    o1.top_k = v12
    v13 = data.get("frequency_penalty", _UNSET)
    o1.frequency_penalty = v13
    v14 = data.get("presence_penalty", _UNSET)
    o1.presence_penalty = v14
    v15 = data.get("n", _UNSET)
    o1.n = v15
    v16 = data.get("stop", _UNSET)
    o1.stop = v16
    v17 = data.get("response_format", _UNSET)
    if v17 is None:
        pass
    elif v17 is _UNSET:
        pass
    elif isinstance(v17, dict):
        v17 = _member(
            _f_BaseCreateCompletionRequestResponseFormatType0,
            _C_BaseCreateCompletionRequestResponseFormatType0,
            v17,
            v17,
        )
    o1.response_format = v17
    v18 = data.get("stream", _UNSET)
    o1.stream = v18
    v19 = data.get("context_length_exceeded_behavior", _UNSET)
    if v19 is not _UNSET:
        v19 = _E_BaseCreateCompletionRequestContextLengthExceededBehavior[v19]
    o1.context_length_exceeded_behavior = v19
    v20 = data.get("user", _UNSET)
    o1.user = v20
    if not data.keys() <= _K_CreateCompletionBody:
        x21 = dict(data)
        del x21["model"]
        del x21["prompt"]
        x21.pop("images", None)
        x21.pop("max_tokens", None)
        x21.pop("logprobs", None)
        x21.pop("echo", None)
        x21.pop("temperature", None)
        x21.pop("top_p", None)
        x21.pop("top_k", None)
        x21.pop("frequency_penalty", None)
        x21.pop("presence_penalty", None)
        x21.pop("n", None)
        x21.pop("stop", None)
        x21.pop("response_format", None)
        x21.pop("stream", None)
        x21.pop("context_length_exceeded_behavior", None)
        x21.pop("user", None)
        o1.additional_properties = x21
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionExclusiveFields(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionExclusiveFields)
    o1.model = data["model"]
    v3 = data["prompt"]
    if isinstance(v3, list):
        pass
    elif isinstance(v3, list):
        pass
    elif isinstance(v3, list):
        if type(v3) is not list:
            raise _Fallback
        v3 = list(v3)
    o1.prompt = v3
    v6 = data.get("images", _UNSET)
    o1.images = v6
    v7 = data.get("max_tokens", _UNSET)
    o1.max_tokens = v7
    v8 = data.get("logprobs", _UNSET)
    o1.logprobs = v8
    v9 = data.get("echo", _UNSET)
    o1.echo = v9
    if len(data) != 2 + (v6 is not _UNSET) + (v7 is not _UNSET) + (v8 is not _UNSET) + (
        v9 is not _UNSET
    ):
        x10 = dict(data)
        del x10["model"]
        del x10["prompt"]
        x10.pop("images", None)
        x10.pop("max_tokens", None)
        x10.pop("logprobs", None)
        x10.pop("echo", None)
        o1.additional_properties = x10
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionResponse)
    o1.id = data["id"]
    o1.object_ = data["object"]
    o1.created = data["created"]
    o1.model = data["model"]
    v6 = data["choices"]
    if type(v6) is not list:
        raise _Fallback
    a8 = []
    for i7 in v6:
        if type(i7) is not dict:
            raise _Fallback
        o9 = _new(_C_CreateCompletionResponseChoicesItem)
        o9.text = i7["text"]
        o9.index = i7["index"]
        v12 = i7["logprobs"]
        if v12 is None:
            pass
        elif isinstance(v12, dict):
            v12 = _member(
                _f_CreateCompletionResponseChoicesItemLogprobsType0,
                _C_CreateCompletionResponseChoicesItemLogprobsType0,
                v12,
                v12,
            )
        o9.logprobs = v12
        v13 = i7["finish_reason"]
        v13 = _E_CreateCompletionResponseChoicesItemFinishReason[v13]
        o9.finish_reason = v13
        if len(i7) != 4:
            x14 = dict(i7)
            del x14["text"]
            del x14["index"]
            del x14["logprobs"]
            del x14["finish_reason"]
            o9.additional_properties = x14
        else:
            o9.additional_properties = {}
        i7 = o9
        a8.append(i7)
    v6 = a8
    o1.choices = v6
    v18 = data.get("usage", _UNSET)
    if v18 is not _UNSET:
        if type(v18) is not dict:
            raise _Fallback
        o19 = _new(_C_UsageInfo)
        o19.prompt_tokens = v18["prompt_tokens"]
        o19.completion_tokens = v18["completion_tokens"]
        o19.total_tokens = v18["total_tokens"]
        if len(v18) != 3:
            x23 = dict(v18)
            del x23["prompt_tokens"]
            del x23["completion_tokens"]
            del x23["total_tokens"]
            o19.additional_properties = x23
        else:
            o19.additional_properties = {}
        v18 = o19
    o1.usage = v18
    if len(data) != 5 + (v18 is not _UNSET):
        x27 = dict(data)
        del x27["id"]
        del x27["object"]
        del x27["created"]
        del x27["model"]
        del x27["choices"]
        x27.pop("usage", None)
        o1.additional_properties = x27
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionResponseChoicesItem(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionResponseChoicesItem)
    o1.text = data["text"]
    o1.index = data["index"]
    v4 = data["logprobs"]
    if v4 is None:
        pass
    elif isinstance(v4, dict):
        v4 = _member(
            _f_CreateCompletionResponseChoicesItemLogprobsType0,
            _C_CreateCompletionResponseChoicesItemLogprobsType0,
            v4,
            v4,
        )
    o1.logprobs = v4
    v5 = data["finish_reason"]
    v5 = _E_CreateCompletionResponseChoicesItemFinishReason[v5]
    o1.finish_reason = v5
    if len(data) != 4:
        x6 = dict(data)
        del x6["text"]
        del x6["index"]
        del x6["logprobs"]
        del x6["finish_reason"]
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionResponseChoicesItemLogprobsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionResponseChoicesItemLogprobsType0)
    v2 = data.get("tokens", _UNSET)
    o1.tokens = v2
    v3 = data.get("token_logprobs", _UNSET)
    o1.token_logprobs = v3
    v4 = data.get("top_logprobs", _UNSET)
    if v4 is not _UNSET:
        if type(v4) is not list:
            raise _Fallback
        a6 = []
        for i5 in v4:
            if type(i5) is not dict:
                raise _Fallback
            o7 = _new(
                _C_CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem
            )
            if i5:
                x8 = dict(i5)
                o7.additional_properties = x8
            else:
                o7.additional_properties = {}
            i5 = o7
            a6.append(i5)
        v4 = a6
    o1.top_logprobs = v4
    v12 = data.get("text_offset", _UNSET)
    o1.text_offset = v12
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET) + (v4 is not _UNSET) + (
        v12 is not _UNSET
    ):
        x13 = dict(data)
        x13.pop("tokens", None)
        x13.pop("token_logprobs", None)
        x13.pop("top_logprobs", None)
        x13.pop("text_offset", None)
        o1.additional_properties = x13
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem(
    data: Any,
) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionStreamResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionStreamResponse)
    o1.id = data["id"]
    o1.object_ = data["object"]
    o1.created = data["created"]
    o1.model = data["model"]
    v6 = data["choices"]
    if type(v6) is not list:
        raise _Fallback
    a8 = []
    for i7 in v6:
        if type(i7) is not dict:
            raise _Fallback
        o9 = _new(_C_CreateCompletionStreamResponseChoicesItem)
        o9.text = i7["text"]
        o9.index = i7["index"]
        v12 = i7["finish_reason"]
        if v12 is None:
            pass
        elif isinstance(v12, str):
            v12 = _E_CreateCompletionStreamResponseChoicesItemFinishReasonType0.get(
                v12, v12
            )
        o9.finish_reason = v12
        v13 = i7.get("logprobs", _UNSET)
        if v13 is None:
            pass
        elif v13 is _UNSET:
            pass
        elif isinstance(v13, dict):
            v13 = _member(
                _f_CreateCompletionStreamResponseChoicesItemLogprobsType0,
                _C_CreateCompletionStreamResponseChoicesItemLogprobsType0,
                v13,
                v13,
            )
        o9.logprobs = v13
        if len(i7) != 3 + (v13 is not _UNSET):
            x14 = dict(i7)
            del x14["text"]
            del x14["index"]
            del x14["finish_reason"]
            x14.pop("logprobs", None)
            o9.additional_properties = x14
        else:
            o9.additional_properties = {}
        i7 = o9
        a8.append(i7)
    v6 = a8
    o1.choices = v6
    v18 = data.get("usage", _UNSET)
    if v18 is None:
        pass
    elif v18 is _UNSET:
        pass
    elif isinstance(v18, dict):
        v18 = _member(_f_UsageInfo, _C_UsageInfo, v18, v18)
    o1.usage = v18
    if len(data) != 5 + (v18 is not _UNSET):
        x19 = dict(data)
        del x19["id"]
        del x19["object"]
        del x19["created"]
        del x19["model"]
        del x19["choices"]
        x19.pop("usage", None)
        o1.additional_properties = x19
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionStreamResponseChoicesItem(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionStreamResponseChoicesItem)
    o1.text = data["text"]
    o1.index = data["index"]
    v4 = data["finish_reason"]
    if v4 is None:
        pass
    elif isinstance(v4, str):
        v4 = _E_CreateCompletionStreamResponseChoicesItemFinishReasonType0.get(v4, v4)
    o1.finish_reason = v4
    v5 = data.get("logprobs", _UNSET)
    if v5 is None:
        pass
    elif v5 is _UNSET:
        pass
    elif isinstance(v5, dict):
        v5 = _member(
            _f_CreateCompletionStreamResponseChoicesItemLogprobsType0,
            _C_CreateCompletionStreamResponseChoicesItemLogprobsType0,
            v5,
            v5,
        )
    o1.logprobs = v5
    if len(data) != 3 + (v5 is not _UNSET):
        x6 = dict(data)
        del x6["text"]
        del x6["index"]
        del x6["finish_reason"]
        x6.pop("logprobs", None)
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionStreamResponseChoicesItemLogprobsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionStreamResponseChoicesItemLogprobsType0)
    v2 = data.get("tokens", _UNSET)
    o1.tokens = v2
    v3 = data.get("token_logprobs", _UNSET)
    o1.token_logprobs = v3
    v4 = data.get("top_logprobs", _UNSET)
    if v4 is not _UNSET:
        if type(v4) is not list:
            raise _Fallback
        a6 = []
        for i5 in v4:
            if type(i5) is not dict:
                raise _Fallback
            o7 = _new(
                _C_CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem
            )
            if i5:
                x8 = dict(i5)
                o7.additional_properties = x8
            else:
                o7.additional_properties = {}
            i5 = o7
            a6.append(i5)
        v4 = a6
    o1.top_logprobs = v4
    v12 = data.get("text_offset", _UNSET)
    o1.text_offset = v12
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET) + (v4 is not _UNSET) + (
        v12 is not _UNSET
    ):
        x13 = dict(data)
        x13.pop("tokens", None)
        x13.pop("token_logprobs", None)
        x13.pop("top_logprobs", None)
        x13.pop("text_offset", None)
        o1.additional_properties = x13
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem(
    data: Any,
) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateControlNetRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateControlNetRequest)
    o1.prompt = data["prompt"]
    v3 = data["control_image"]
    v3 = _File(payload=_BytesIO(v3))
    o1.control_image = v3
    v4 = data.get("negative_prompt", _UNSET)
    o1.negative_prompt = v4
    v5 = data.get("control_net_name", _UNSET)
    if v5 is not _UNSET:
        v5 = _E_CreateControlNetRequestControlNetName[v5]
    o1.control_net_name = v5
    v6 = data.get("conditioning_scale", _UNSET)
    o1.conditioning_scale = v6
    v7 = data.get("step_schedule_start", _UNSET)
    o1.step_schedule_start = v7
    v8 = data.get("step_schedule_end", _UNSET)
    o1.step_schedule_end = v8
    v9 = data.get("cfg_scale", _UNSET)
    o1.cfg_scale = v9
    v10 = data.get("clip_guidance_preset", _UNSET)
    o1.clip_guidance_preset = v10
    v11 = data.get("sampler", _UNSET)
    if v11 is not _UNSET:
        v11 = _E_Sampler[v11]
    o1.sampler = v11
    v12 = data.get("samples", _UNSET)
    o1.samples = v12
    v13 = data.get("steps", _UNSET)
    o1.steps = v13
    v14 = data.get("seed", _UNSET)
    o1.seed = v14
    v15 = data.get("safety_check", _UNSET)
    o1.safety_check = v15
    v16 = data.get("lora_adapter_name", _UNSET)
    o1.lora_adapter_name = v16
    v17 = data.get("lora_weight_filename", _UNSET)
    o1.lora_weight_filename = v17
    if not data.keys() <= _K_CreateControlNetRequest:
        x18 = dict(data)
        del x18["prompt"]
        del x18["control_image"]
        x18.pop("negative_prompt", None)
        x18.pop("control_net_name", None)
        x18.pop("conditioning_scale", None)
        x18.pop("step_schedule_start", None)
        x18.pop("step_schedule_end", None)
        x18.pop("cfg_scale", None)
        x18.pop("clip_guidance_preset", None)
        x18.pop("sampler", None)
        x18.pop("samples", None)
        x18.pop("steps", None)
        x18.pop("seed", None)
        x18.pop("safety_check", None)
        x18.pop("lora_adapter_name", None)
        x18.pop("lora_weight_filename", None)
        o1.additional_properties = x18
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateEmbeddingRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateEmbeddingRequest)
    o1.input_ = data["input"]
    o1.model = data["model"]
    v4 = data.get("dimensions", _UNSET)
    o1.dimensions = v4
    return o1


def _f_CreateEmbeddingResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateEmbeddingResponse)
    v2 = data["data"]
    if type(v2) is not list:
        raise _Fallback
    a4 = []
    for i3 in v2:
        if type(i3) is not dict:
            raise _Fallback
        o5 = _new(_C_Embedding)
        o5.index = i3["index"]
        o5.embedding = i3["embedding"]
        v8 = i3["object"]
        v8 = _E_EmbeddingObject[v8]
        o5.object_ = v8
        if len(i3) != 3:
            x9 = dict(i3)
            del x9["index"]
            del x9["embedding"]
            del x9["object"]
            o5.additional_properties = x9
        else:
            o5.additional_properties = {}
        i3 = o5
        a4.append(i3)
    v2 = a4
    o1.data = v2
    o1.model = data["model"]
    v14 = data["object"]
    v14 = _E_CreateEmbeddingResponseObject[v14]
    o1.object_ = v14
    v15 = data["usage"]
    if type(v15) is not dict:
        raise _Fallback
    o16 = _new(_C_CreateEmbeddingResponseUsage)
    o16.prompt_tokens = v15["prompt_tokens"]
    o16.total_tokens = v15["total_tokens"]
    if len(v15) != 2:
        x19 = dict(v15)
        del x19["prompt_tokens"]
        del x19["total_tokens"]
        o16.additional_properties = x19
    else:
        o16.additional_properties = {}
    v15 = o16
    o1.usage = v15
    if len(data) != 4:
        x23 = dict(data)
        del x23["data"]
        del x23["model"]
        del x23["object"]
        del x23["usage"]
        o1.additional_properties = x23
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateEmbeddingResponseUsage(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateEmbeddingResponseUsage)
    o1.prompt_tokens = data["prompt_tokens"]
    o1.total_tokens = data["total_tokens"]
    if len(data) != 2:
        x4 = dict(data)
        del x4["prompt_tokens"]
        del x4["total_tokens"]
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateImageRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateImageRequest)
    v2 = data["text_prompts"]
    if type(v2) is not list:
        raise _Fallback
    a4 = []
    for i3 in v2:
        if type(i3) is not dict:
            raise _Fallback
        o5 = _new(_C_TextPrompt)
        o5.text = i3["text"]
        o5.weight = i3["weight"]
        if len(i3) != 2:
            x8 = dict(i3)
            del x8["text"]
            del x8["weight"]
            o5.additional_properties = x8
        else:
            o5.additional_properties = {}
        i3 = o5
        a4.append(i3)
    v2 = a4
    o1.text_prompts = v2
    v12 = data.get("height", _UNSET)
    o1.height = v12
    v13 = data.get("width", _UNSET)
    o1.width = v13
    v14 = data.get("cfg_scale", _UNSET)
    o1.cfg_scale = v14
    v15 = data.get("sampler", _UNSET)
    if v15 is not _UNSET:
        v15 = _E_Sampler[v15]
    o1.sampler = v15
    v16 = data.get("samples", _UNSET)
    o1.samples = v16
    v17 = data.get("seed", _UNSET)
    o1.seed = v17
    v18 = data.get("steps", _UNSET)
    o1.steps = v18
    v19 = data.get("safety_check", _UNSET)
    o1.safety_check = v19
    v20 = data.get("lora_adapter_name", _UNSET)
    o1.lora_adapter_name = v20
    v21 = data.get("lora_weight_filename", _UNSET)
    o1.lora_weight_filename = v21
    if not data.keys() <= _K_CreateImageRequest:
        x22 = dict(data)
        del x22["text_prompts"]
        x22.pop("height", None)
        x22.pop("width", None)
        x22.pop("cfg_scale", None)
        x22.pop("sampler", None)
        x22.pop("samples", None)
        x22.pop("seed", None)
        x22.pop("steps", None)
        x22.pop("safety_check", None)
        x22.pop("lora_adapter_name", None)
        x22.pop("lora_weight_filename", None)
        o1.additional_properties = x22
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateImageToImageRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateImageToImageRequest)
    v2 = data["init_image"]
    v2 = _File(payload=_BytesIO(v2))
    o1.init_image = v2
    v3 = data["init_image_mode"]
    v3 = _E_CreateImageToImageRequestInitImageMode[v3]
    o1.init_image_mode = v3
    v4 = data.get("prompt", _UNSET)
    o1.prompt = v4
    v5 = data.get("negative_prompt", _UNSET)
    o1.negative_prompt = v5
    v6 = data.get("cfg_scale", _UNSET)
    o1.cfg_scale = v6
    v7 = data.get("clip_guidance_preset", _UNSET)
    o1.clip_guidance_preset = v7
    v8 = data.get("sampler", _UNSET)
    if v8 is not _UNSET:
        v8 = _E_Sampler[v8]
    o1.sampler = v8
    v9 = data.get("samples", _UNSET)
    o1.samples = v9
    v10 = data.get("seed", _UNSET)
    o1.seed = v10
    v11 = data.get("steps", _UNSET)
    o1.steps = v11
    v12 = data.get("safety_check", _UNSET)
    o1.safety_check = v12
    v13 = data.get("lora_adapter_name", _UNSET)
    o1.lora_adapter_name = v13
    v14 = data.get("lora_weight_filename", _UNSET)
    o1.lora_weight_filename = v14
    v15 = data.get("image_strength", _UNSET)
    o1.image_strength = v15
    v16 = data.get("step_schedule_start", _UNSET)
    o1.step_schedule_start = v16
    v17 = data.get("step_schedule_end", _UNSET)
    o1.step_schedule_end = v17
    if not data.keys() <= _K_CreateImageToImageRequest:
        x18 = dict(data)
        del x18["init_image"]
        del x18["init_image_mode"]
        x18.pop("prompt", None)
        x18.pop("negative_prompt", None)
        x18.pop("cfg_scale", None)
        x18.pop("clip_guidance_preset", None)
        x18.pop("sampler", None)
        x18.pop("samples", None)
        x18.pop("seed", None)
        x18.pop("steps", None)
        x18.pop("safety_check", None)
        x18.pop("lora_adapter_name", None)
        x18.pop("lora_weight_filename", None)
        x18.pop("image_strength", None)
        x18.pop("step_schedule_start", None)
        x18.pop("step_schedule_end", None)
        o1.additional_properties = x18
    else:
        o1.additional_properties = {}
    return o1


def _f_Embedding(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_Embedding)
    o1.index = data["index"]
    o1.embedding = data["embedding"]
    v4 = data["object"]
    v4 = _E_EmbeddingObject[v4]
    o1.object_ = v4
    if len(data) != 3:
        x5 = dict(data)
        del x5["index"]
        del x5["embedding"]
        del x5["object"]
        o1.additional_properties = x5
    else:
        o1.additional_properties = {}
    return o1


def _f_Error(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_Error)
    o1.type_ = data["type"]
    o1.message = data["message"]
    o1.param = data["param"]
    o1.code = data["code"]
    if len(data) != 4:
        x6 = dict(data)
        del x6["type"]
        del x6["message"]
        del x6["param"]
        del x6["code"]
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_ErrorResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ErrorResponse)
    v2 = data["error"]
    if type(v2) is not dict:
        raise _Fallback
    o3 = _new(_C_Error)
    o3.type_ = v2["type"]
    o3.message = v2["message"]
    o3.param = v2["param"]
    o3.code = v2["code"]
    if len(v2) != 4:
        x8 = dict(v2)
        del x8["type"]
        del x8["message"]
        del x8["param"]
        del x8["code"]
        o3.additional_properties = x8
    else:
        o3.additional_properties = {}
    v2 = o3
    o1.error = v2
    if len(data) != 1:
        x12 = dict(data)
        del x12["error"]
        o1.additional_properties = x12
    else:
        o1.additional_properties = {}
    return o1


def _f_FunctionObject(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_FunctionObject)
    o1.name = data["name"]
    v3 = data["parameters"]
    if type(v3) is not dict:
        raise _Fallback
    o4 = _new(_C_FunctionParameters)
    v5 = v3.get("type", _UNSET)
    if v5 is not _UNSET:
        v5 = _E_FunctionParametersType[v5]
    o4.type_ = v5
    v6 = v3.get("required", _UNSET)
    o4.required = v6
    v7 = v3.get("properties", _UNSET)
    if v7 is not _UNSET:
        if type(v7) is not dict:
            raise _Fallback
        o8 = _new(_C_FunctionParametersProperties)
        if v7:
            x9 = dict(v7)
            b12 = {}
            for k10, u11 in x9.items():
                if type(u11) is not dict:
                    raise _Fallback
                o13 = _new(_C_FunctionParametersPropertiesAdditionalProperty)
                v14 = u11.get("type", _UNSET)
                o13.type_ = v14
                v15 = u11.get("description", _UNSET)
                o13.description = v15
                if len(u11) != 0 + (v14 is not _UNSET) + (v15 is not _UNSET):
                    x16 = dict(u11)
                    x16.pop("type", None)
                    x16.pop("description", None)
                    o13.additional_properties = x16
                else:
                    o13.additional_properties = {}
                u11 = o13
                b12[k10] = u11
            x9 = b12
            o8.additional_properties = x9
        else:
            o8.additional_properties = {}
        v7 = o8
    o4.properties = v7
    if len(v3) != 0 + (v5 is not _UNSET) + (v6 is not _UNSET) + (v7 is not _UNSET):
        x20 = dict(v3)
        x20.pop("type", None)
        x20.pop("required", None)
        x20.pop("properties", None)
        o4.additional_properties = x20
    else:
        o4.additional_properties = {}
    v3 = o4
    o1.parameters = v3
    v24 = data.get("description", _UNSET)
    o1.description = v24
    if len(data) != 2 + (v24 is not _UNSET):
        x25 = dict(data)
        del x25["name"]
        del x25["parameters"]
        x25.pop("description", None)
        o1.additional_properties = x25
    else:
        o1.additional_properties = {}
    return o1


def _f_FunctionParameters(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_FunctionParameters)
    v2 = data.get("type", _UNSET)
    if v2 is not _UNSET:
        v2 = _E_FunctionParametersType[v2]
    o1.type_ = v2
    v3 = data.get("required", _UNSET)
    o1.required = v3
    v4 = data.get("properties", _UNSET)
    if v4 is not _UNSET:
        if type(v4) is not dict:
            raise _Fallback
        o5 = _new(_C_FunctionParametersProperties)
        if v4:
            x6 = dict(v4)
            b9 = {}
            for k7, u8 in x6.items():
                if type(u8) is not dict:
                    raise _Fallback
                o10 = _new(_C_FunctionParametersPropertiesAdditionalProperty)
                v11 = u8.get("type", _UNSET)
                o10.type_ = v11
                v12 = u8.get("description", _UNSET)
                o10.description = v12
                if len(u8) != 0 + (v11 is not _UNSET) + (v12 is not _UNSET):
                    x13 = dict(u8)
                    x13.pop("type", None)
                    x13.pop("description", None)
                    o10.additional_properties = x13
                else:
                    o10.additional_properties = {}
                u8 = o10
                b9[k7] = u8
            x6 = b9
            o5.additional_properties = x6
        else:
            o5.additional_properties = {}
        v4 = o5
    o1.properties = v4
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET) + (v4 is not _UNSET):
        x17 = dict(data)
        x17.pop("type", None)
        x17.pop("required", None)
        x17.pop("properties", None)
        o1.additional_properties = x17
    else:
        o1.additional_properties = {}
    return o1


def _f_FunctionParametersProperties(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_FunctionParametersProperties)
    if data:
        x2 = dict(data)
        b5 = {}
        for k3, u4 in x2.items():
            if type(u4) is not dict:
                raise _Fallback
            o6 = _new(_C_FunctionParametersPropertiesAdditionalProperty)
            v7 = u4.get("type", _UNSET)
            o6.type_ = v7
            v8 = u4.get("description", _UNSET)
            o6.description = v8
            if len(u4) != 0 + (v7 is not _UNSET) + (v8 is not _UNSET):
                x9 = dict(u4)
                x9.pop("type", None)
                x9.pop("description", None)
                o6.additional_properties = x9
            else:
                o6.additional_properties = {}
            u4 = o6
            b5[k3] = u4
        x2 = b5
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_FunctionParametersPropertiesAdditionalProperty(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_FunctionParametersPropertiesAdditionalProperty)
    v2 = data.get("type", _UNSET)
    o1.type_ = v2
    v3 = data.get("description", _UNSET)
    o1.description = v3
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET):
        x4 = dict(data)
        x4.pop("type", None)
        x4.pop("description", None)
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_ImageArtifact(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ImageArtifact)
    o1.base64 = data["base64"]
    v3 = data["finishReason"]
    v3 = _E_ImageArtifactFinishReason[v3]
    o1.finish_reason = v3
    o1.seed = data["seed"]
    if len(data) != 3:
        x5 = dict(data)
        del x5["base64"]
        del x5["finishReason"]
        del x5["seed"]
        o1.additional_properties = x5
    else:
        o1.additional_properties = {}
    return o1


def _f_ImageStrengthRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ImageStrengthRequest)
    o1.image_strength = data["image_strength"]
    v3 = data.get("prompt", _UNSET)
    o1.prompt = v3
    v4 = data.get("negative_prompt", _UNSET)
    o1.negative_prompt = v4
    v5 = data.get("init_image", _UNSET)
    if v5 is not _UNSET:
        v5 = _File(payload=_BytesIO(v5))
    o1.init_image = v5
    v6 = data.get("init_image_mode", _UNSET)
    o1.init_image_mode = v6
    v7 = data.get("cfg_scale", _UNSET)
    o1.cfg_scale = v7
    v8 = data.get("clip_guidance_preset", _UNSET)
    o1.clip_guidance_preset = v8
    v9 = data.get("sampler", _UNSET)
    if v9 is not _UNSET:
        v9 = _E_Sampler[v9]
    o1.sampler = v9
    v10 = data.get("samples", _UNSET)
    o1.samples = v10
    v11 = data.get("seed", _UNSET)
    o1.seed = v11
    v12 = data.get("steps", _UNSET)
    o1.steps = v12
    v13 = data.get("safety_check", _UNSET)
    o1.safety_check = v13
    v14 = data.get("lora_adapter_name", _UNSET)
    o1.lora_adapter_name = v14
    v15 = data.get("lora_weight_filename", _UNSET)
    o1.lora_weight_filename = v15
    if not data.keys() <= _K_ImageStrengthRequest:
        x16 = dict(data)
        del x16["image_strength"]
        x16.pop("prompt", None)
        x16.pop("negative_prompt", None)
        x16.pop("init_image", None)
        x16.pop("init_image_mode", None)
        x16.pop("cfg_scale", None)
        x16.pop("clip_guidance_preset", None)
        x16.pop("sampler", None)
        x16.pop("samples", None)
        x16.pop("seed", None)
        x16.pop("steps", None)
        x16.pop("safety_check", None)
        x16.pop("lora_adapter_name", None)
        x16.pop("lora_weight_filename", None)
        o1.additional_properties = x16
    else:
        o1.additional_properties = {}
    return o1


def _f_ListModelsResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ListModelsResponse)
    o1.object_ = data["object"]
    v3 = data["data"]
    if type(v3) is not list:
        raise _Fallback
    a5 = []
    for i4 in v3:
        if type(i4) is not dict:
            raise _Fallback
        o6 = _new(_C_Model)
        o6.id = i4["id"]
        o6.object_ = i4["object"]
        o6.created = i4["created"]
        o6.owned_by = i4["owned_by"]
        if len(i4) != 4:
            x11 = dict(i4)
            del x11["id"]
            del x11["object"]
            del x11["created"]
            del x11["owned_by"]
            o6.additional_properties = x11
        else:
            o6.additional_properties = {}
        i4 = o6
        a5.append(i4)
    v3 = a5
    o1.data = v3
    if len(data) != 2:
        x15 = dict(data)
        del x15["object"]
        del x15["data"]
        o1.additional_properties = x15
    else:
        o1.additional_properties = {}
    return o1


def _f_Model(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_Model)
    o1.id = data["id"]
    o1.object_ = data["object"]
    o1.created = data["created"]
    o1.owned_by = data["owned_by"]
    if len(data) != 4:
        x6 = dict(data)
        del x6["id"]
        del x6["object"]
        del x6["created"]
        del x6["owned_by"]
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_StepScheduleRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_StepScheduleRequest)
    o1.step_schedule_start = data["step_schedule_start"]
    o1.step_schedule_end = data["step_schedule_end"]
    v4 = data.get("prompt", _UNSET)
    o1.prompt = v4
    v5 = data.get("negative_prompt", _UNSET)
    o1.negative_prompt = v5
    v6 = data.get("init_image", _UNSET)
    if v6 is not _UNSET:
        v6 = _File(payload=_BytesIO(v6))
    o1.init_image = v6
    v7 = data.get("init_image_mode", _UNSET)
    o1.init_image_mode = v7
    v8 = data.get("cfg_scale", _UNSET)
    o1.cfg_scale = v8
    v9 = data.get("clip_guidance_preset", _UNSET)
    o1.clip_guidance_preset = v9
    v10 = data.get("sampler", _UNSET)
    if v10 is not _UNSET:
        v10 = _E_Sampler[v10]
    o1.sampler = v10
    v11 = data.get("samples", _UNSET)
    o1.samples = v11
    v12 = data.get("seed", _UNSET)
    o1.seed = v12
    v13 = data.get("steps", _UNSET)
    o1.steps = v13
    v14 = data.get("safety_check", _UNSET)
    o1.safety_check = v14
    v15 = data.get("lora_adapter_name", _UNSET)
    o1.lora_adapter_name = v15
    v16 = data.get("lora_weight_filename", _UNSET)
    o1.lora_weight_filename = v16
    if not data.keys() <= _K_StepScheduleRequest:
        x17 = dict(data)
        del x17["step_schedule_start"]
        del x17["step_schedule_end"]
        x17.pop("prompt", None)
        x17.pop("negative_prompt", None)
        x17.pop("init_image", None)
        x17.pop("init_image_mode", None)
        x17.pop("cfg_scale", None)
        x17.pop("clip_guidance_preset", None)
        x17.pop("sampler", None)
        x17.pop("samples", None)
        x17.pop("seed", None)
        x17.pop("steps", None)
        x17.pop("safety_check", None)
        x17.pop("lora_adapter_name", None)
        x17.pop("lora_weight_filename", None)
        o1.additional_properties = x17
    else:
        o1.additional_properties = {}
    return o1


def _f_TextPrompt(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_TextPrompt)
    o1.text = data["text"]
    o1.weight = data["weight"]
    if len(data) != 2:
        x4 = dict(data)
        del x4["text"]
        del x4["weight"]
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_UsageInfo(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_UsageInfo)
    o1.prompt_tokens = data["prompt_tokens"]
    o1.completion_tokens = data["completion_tokens"]
    o1.total_tokens = data["total_tokens"]
    if len(data) != 3:
        x5 = dict(data)
        del x5["prompt_tokens"]
        del x5["completion_tokens"]
        del x5["total_tokens"]
        o1.additional_properties = x5
    else:
        o1.additional_properties = {}
    return o1


_FAST: dict[str, Callable[[Any], Any]] = {
    "BaseCreateCompletionRequest": _f_BaseCreateCompletionRequest,
    "BaseCreateCompletionRequestResponseFormatType0": _f_BaseCreateCompletionRequestResponseFormatType0,
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0": _f_BaseCreateCompletionRequestResponseFormatType0SchemaType0,
    "BaseImageToImageRequest": _f_BaseImageToImageRequest,
    "ChatCompletionMessageToolCall": _f_ChatCompletionMessageToolCall,
    "ChatCompletionMessageToolCallChunk": _f_ChatCompletionMessageToolCallChunk,
    "ChatCompletionMessageToolCallChunkFunction": _f_ChatCompletionMessageToolCallChunkFunction,
    "ChatCompletionMessageToolCallFunction": _f_ChatCompletionMessageToolCallFunction,
    "ChatCompletionRequestMessage": _f_ChatCompletionRequestMessage,
    "ChatCompletionResponseMessage": _f_ChatCompletionResponseMessage,
    "ChatCompletionStreamResponseDelta": _f_ChatCompletionStreamResponseDelta,
    "ChatCompletionTool": _f_ChatCompletionTool,
    "ChatMessageContentImageUrl": _f_ChatMessageContentImageUrl,
    "ChatMessageContentText": _f_ChatMessageContentText,
    "ChatMessageImageUrl": _f_ChatMessageImageUrl,
    "CreateChatCompletionBody": _f_CreateChatCompletionBody,
    "CreateChatCompletionExclusiveFields": _f_CreateChatCompletionExclusiveFields,
    "CreateChatCompletionResponse": _f_CreateChatCompletionResponse,
    "CreateChatCompletionResponseChoicesItem": _f_CreateChatCompletionResponseChoicesItem,
    "CreateChatCompletionStreamResponse": _f_CreateChatCompletionStreamResponse,
    "CreateChatCompletionStreamResponseChoicesItem": _f_CreateChatCompletionStreamResponseChoicesItem,
    "CreateCompletionBody": _f_CreateCompletionBody,
    "CreateCompletionExclusiveFields": _f_CreateCompletionExclusiveFields,
    "CreateCompletionResponse": _f_CreateCompletionResponse,
    "CreateCompletionResponseChoicesItem": _f_CreateCompletionResponseChoicesItem,
    "CreateCompletionResponseChoicesItemLogprobsType0": _f_CreateCompletionResponseChoicesItemLogprobsType0,
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": _f_CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    "CreateCompletionStreamResponse": _f_CreateCompletionStreamResponse,
    "CreateCompletionStreamResponseChoicesItem": _f_CreateCompletionStreamResponseChoicesItem,
    "CreateCompletionStreamResponseChoicesItemLogprobsType0": _f_CreateCompletionStreamResponseChoicesItemLogprobsType0,
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem": _f_CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem,
    "CreateControlNetRequest": _f_CreateControlNetRequest,
    "CreateEmbeddingRequest": _f_CreateEmbeddingRequest,
    "CreateEmbeddingResponse": _f_CreateEmbeddingResponse,
    "CreateEmbeddingResponseUsage": _f_CreateEmbeddingResponseUsage,
    "CreateImageRequest": _f_CreateImageRequest,
    "CreateImageToImageRequest": _f_CreateImageToImageRequest,
    "Embedding": _f_Embedding,
    "Error": _f_Error,
    "ErrorResponse": _f_ErrorResponse,
    "FunctionObject": _f_FunctionObject,
    "FunctionParameters": _f_FunctionParameters,
    "FunctionParametersProperties": _f_FunctionParametersProperties,
    "FunctionParametersPropertiesAdditionalProperty": _f_FunctionParametersPropertiesAdditionalProperty,
    "ImageArtifact": _f_ImageArtifact,
    "ImageStrengthRequest": _f_ImageStrengthRequest,
    "ListModelsResponse": _f_ListModelsResponse,
    "Model": _f_Model,
    "StepScheduleRequest": _f_StepScheduleRequest,
    "TextPrompt": _f_TextPrompt,
    "UsageInfo": _f_UsageInfo,
}


def _member(fast: Callable[[Any], Any], cls: Any, data: Any, miss: Any) -> Any:
    """A model member of a union, as the generated ``_parse_<field>`` tries it: its value, or
    ``miss`` when the reference's ``from_dict`` raises one of the errors it passes over."""
    try:
        return fast(data)
    except Exception:
        pass  # the reference tells a miss from a hit
    try:
        return cls.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        return miss


_PARSERS: dict[type[Any], Callable[[Any], Any]] = {}
_LOADED: set[str] = set()
_NOT_PLAIN: set[str] = set()


def _load(name: str) -> None:
    """Import the classes and enums ``name``'s constructor uses into this module's globals."""
    import attrs  # noqa: PLC0415 - the models load it anyway

    from . import types  # noqa: PLC0415

    names = globals()
    names["_UNSET"] = types.UNSET
    from io import BytesIO

    names["_File"] = types.File
    names["_BytesIO"] = BytesIO
    for dep in _REACH[name]:
        if dep in _LOADED:
            continue
        module = importlib.import_module(f"{__package__}.models.{_MODULES[dep]}")
        value = getattr(module, dep)
        if dep in _ENUMS:
            names[f"_E_{dep}"] = {member.value: member for member in value}
        else:
            fields = tuple(a.name for a in attrs.fields(value))
            if fields != _FIELDS[dep]:
                raise RuntimeError(
                    f"{__name__} is out of date: {dep} has {fields}; run `make generate`"
                )
            if not _plain(value, attrs):
                _NOT_PLAIN.add(dep)
            names[f"_C_{dep}"] = value
        _LOADED.add(dep)


def _plain(cls: Any, attrs: Any) -> bool:
    """Whether the attrs ``__init__`` of ``cls`` only stores its arguments (and a new dict):
    then an object made without it, with the same values in its slots, is the same object."""
    return (
        cls.__setattr__ is object.__setattr__
        and not getattr(cls, "__attrs_pre_init__", None)
        and not getattr(cls, "__attrs_post_init__", None)
        and all(a.validator is None and a.converter is None for a in attrs.fields(cls))
    )


def parser_for(cls: type[T]) -> Callable[[Any], T]:
    """The fast constructor of ``cls``, a model class of this package: equal to
    ``cls.from_dict``, which it calls itself whenever it is not sure."""
    parser: Callable[[Any], T] | None = _PARSERS.get(cls)
    if parser is None:
        name = getattr(cls, "__name__", "")
        fast = _FAST.get(name)
        if fast is None:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        _load(name)
        if globals()[f"_C_{name}"] is not cls:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        if _NOT_PLAIN.intersection(_REACH[name]):
            # An attrs this module does not know: only the reference is sure.
            fast = _reference(cls)
        parser = _PARSERS[cls] = _guarded(cls, fast)
    return parser


def _reference(cls: Any) -> Callable[[Any], Any]:
    def reference(data: Any) -> Any:
        return cls.from_dict(data)

    return reference


def _guarded(cls: type[T], fast: Callable[[Any], Any]) -> Callable[[Any], T]:
    def parse(data: Any) -> T:
        try:
            result: T = fast(data)
        except Exception:
            # Not sure, or not valid: the reference decides, and raises its own errors.
            result = getattr(cls, "from_dict")(data)
        return result

    parse.__name__ = parse.__qualname__ = f"parse_{cls.__name__}"
    parse.__doc__ = f"``{cls.__name__}.from_dict(data)``, built fast."
    return parse
