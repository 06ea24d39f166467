"""Contains all the data models used in inputs/outputs

Each name's module loads on first use (codegen/lazy_faces.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base_create_completion_request import BaseCreateCompletionRequest
    from .base_create_completion_request_context_length_exceeded_behavior import (
        BaseCreateCompletionRequestContextLengthExceededBehavior,
    )
    from .base_create_completion_request_response_format_type_0 import (
        BaseCreateCompletionRequestResponseFormatType0,
    )
    from .base_create_completion_request_response_format_type_0_schema_type_0 import (
        BaseCreateCompletionRequestResponseFormatType0SchemaType0,
    )
    from .base_create_completion_request_response_format_type_0_type import (
        BaseCreateCompletionRequestResponseFormatType0Type,
    )
    from .base_image_to_image_request import BaseImageToImageRequest
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
    )
    from .chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_call_chunk_type import (
        ChatCompletionMessageToolCallChunkType,
    )
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_message_tool_call_type import (
        ChatCompletionMessageToolCallType,
    )
    from .chat_completion_request_message import ChatCompletionRequestMessage
    from .chat_completion_request_message_role import ChatCompletionRequestMessageRole
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_response_message_role import ChatCompletionResponseMessageRole
    from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
    from .chat_completion_stream_response_delta_role import (
        ChatCompletionStreamResponseDeltaRole,
    )
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_type import ChatCompletionToolType
    from .chat_message_content_image_url import ChatMessageContentImageUrl
    from .chat_message_content_image_url_type import ChatMessageContentImageUrlType
    from .chat_message_content_text import ChatMessageContentText
    from .chat_message_content_text_type import ChatMessageContentTextType
    from .chat_message_image_url import ChatMessageImageUrl
    from .create_chat_completion_body import CreateChatCompletionBody
    from .create_chat_completion_exclusive_fields import (
        CreateChatCompletionExclusiveFields,
    )
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,
    )
    from .create_chat_completion_response_choices_item_finish_reason import (
        CreateChatCompletionResponseChoicesItemFinishReason,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )
    from .create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )
    from .create_chat_completion_stream_response_choices_item_finish_reason_type_0 import (
        CreateChatCompletionStreamResponseChoicesItemFinishReasonType0,
    )
    from .create_completion_body import CreateCompletionBody
    from .create_completion_exclusive_fields import CreateCompletionExclusiveFields
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )
    from .create_completion_response_choices_item_finish_reason import (
        CreateCompletionResponseChoicesItemFinishReason,
    )
    from .create_completion_response_choices_item_logprobs_type_0 import (
        CreateCompletionResponseChoicesItemLogprobsType0,
    )
    from .create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )
    from .create_completion_stream_response import CreateCompletionStreamResponse
    from .create_completion_stream_response_choices_item import (
        CreateCompletionStreamResponseChoicesItem,
    )
    from .create_completion_stream_response_choices_item_finish_reason_type_0 import (
        CreateCompletionStreamResponseChoicesItemFinishReasonType0,
    )
    from .create_completion_stream_response_choices_item_logprobs_type_0 import (
        CreateCompletionStreamResponseChoicesItemLogprobsType0,
    )
    from .create_completion_stream_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem,
    )
    from .create_control_net_request import CreateControlNetRequest
    from .create_control_net_request_control_net_name import (
        CreateControlNetRequestControlNetName,
    )
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_embedding_response_object import CreateEmbeddingResponseObject
    from .create_embedding_response_usage import CreateEmbeddingResponseUsage
    from .create_image_request import CreateImageRequest
    from .create_image_to_image_request import CreateImageToImageRequest
    from .create_image_to_image_request_init_image_mode import (
        CreateImageToImageRequestInitImageMode,
    )
    from .embedding import Embedding
    from .embedding_object import EmbeddingObject
    from .error import Error
    from .error_response import ErrorResponse
    from .function_object import FunctionObject
    from .function_parameters import FunctionParameters
    from .function_parameters_properties import FunctionParametersProperties
    from .function_parameters_properties_additional_property import (
        FunctionParametersPropertiesAdditionalProperty,
    )
    from .function_parameters_type import FunctionParametersType
    from .image_artifact import ImageArtifact
    from .image_artifact_finish_reason import ImageArtifactFinishReason
    from .image_strength_request import ImageStrengthRequest
    from .list_models_response import ListModelsResponse
    from .model import Model
    from .sampler import Sampler
    from .step_schedule_request import StepScheduleRequest
    from .text_prompt import TextPrompt
    from .usage_info import UsageInfo

_MODULES = {
    "BaseCreateCompletionRequest": ".base_create_completion_request",
    "BaseCreateCompletionRequestContextLengthExceededBehavior": ".base_create_completion_request_context_length_exceeded_behavior",
    "BaseCreateCompletionRequestResponseFormatType0": ".base_create_completion_request_response_format_type_0",
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0": ".base_create_completion_request_response_format_type_0_schema_type_0",
    "BaseCreateCompletionRequestResponseFormatType0Type": ".base_create_completion_request_response_format_type_0_type",
    "BaseImageToImageRequest": ".base_image_to_image_request",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": ".chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": ".chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallChunkType": ".chat_completion_message_tool_call_chunk_type",
    "ChatCompletionMessageToolCallFunction": ".chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallType": ".chat_completion_message_tool_call_type",
    "ChatCompletionRequestMessage": ".chat_completion_request_message",
    "ChatCompletionRequestMessageRole": ".chat_completion_request_message_role",
    "ChatCompletionResponseMessage": ".chat_completion_response_message",
    "ChatCompletionResponseMessageRole": ".chat_completion_response_message_role",
    "ChatCompletionStreamResponseDelta": ".chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaRole": ".chat_completion_stream_response_delta_role",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolType": ".chat_completion_tool_type",
    "ChatMessageContentImageUrl": ".chat_message_content_image_url",
    "ChatMessageContentImageUrlType": ".chat_message_content_image_url_type",
    "ChatMessageContentText": ".chat_message_content_text",
    "ChatMessageContentTextType": ".chat_message_content_text_type",
    "ChatMessageImageUrl": ".chat_message_image_url",
    "CreateChatCompletionBody": ".create_chat_completion_body",
    "CreateChatCompletionExclusiveFields": ".create_chat_completion_exclusive_fields",
    "CreateChatCompletionResponse": ".create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": ".create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemFinishReason": ".create_chat_completion_response_choices_item_finish_reason",
    "CreateChatCompletionStreamResponse": ".create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": ".create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0": ".create_chat_completion_stream_response_choices_item_finish_reason_type_0",
    "CreateCompletionBody": ".create_completion_body",
    "CreateCompletionExclusiveFields": ".create_completion_exclusive_fields",
    "CreateCompletionResponse": ".create_completion_response",
    "CreateCompletionResponseChoicesItem": ".create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemFinishReason": ".create_completion_response_choices_item_finish_reason",
    "CreateCompletionResponseChoicesItemLogprobsType0": ".create_completion_response_choices_item_logprobs_type_0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": ".create_completion_response_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateCompletionStreamResponse": ".create_completion_stream_response",
    "CreateCompletionStreamResponseChoicesItem": ".create_completion_stream_response_choices_item",
    "CreateCompletionStreamResponseChoicesItemFinishReasonType0": ".create_completion_stream_response_choices_item_finish_reason_type_0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0": ".create_completion_stream_response_choices_item_logprobs_type_0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem": ".create_completion_stream_response_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateControlNetRequest": ".create_control_net_request",
    "CreateControlNetRequestControlNetName": ".create_control_net_request_control_net_name",
    "CreateEmbeddingRequest": ".create_embedding_request",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CreateEmbeddingResponseObject": ".create_embedding_response_object",
    "CreateEmbeddingResponseUsage": ".create_embedding_response_usage",
    "CreateImageRequest": ".create_image_request",
    "CreateImageToImageRequest": ".create_image_to_image_request",
    "CreateImageToImageRequestInitImageMode": ".create_image_to_image_request_init_image_mode",
    "Embedding": ".embedding",
    "EmbeddingObject": ".embedding_object",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "FunctionObject": ".function_object",
    "FunctionParameters": ".function_parameters",
    "FunctionParametersProperties": ".function_parameters_properties",
    "FunctionParametersPropertiesAdditionalProperty": ".function_parameters_properties_additional_property",
    "FunctionParametersType": ".function_parameters_type",
    "ImageArtifact": ".image_artifact",
    "ImageArtifactFinishReason": ".image_artifact_finish_reason",
    "ImageStrengthRequest": ".image_strength_request",
    "ListModelsResponse": ".list_models_response",
    "Model": ".model",
    "Sampler": ".sampler",
    "StepScheduleRequest": ".step_schedule_request",
    "TextPrompt": ".text_prompt",
    "UsageInfo": ".usage_info",
}

__all__ = (
    "BaseCreateCompletionRequest",
    "BaseCreateCompletionRequestContextLengthExceededBehavior",
    "BaseCreateCompletionRequestResponseFormatType0",
    "BaseCreateCompletionRequestResponseFormatType0SchemaType0",
    "BaseCreateCompletionRequestResponseFormatType0Type",
    "BaseImageToImageRequest",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallChunkType",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallType",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageRole",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageRole",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaRole",
    "ChatCompletionTool",
    "ChatCompletionToolType",
    "ChatMessageContentImageUrl",
    "ChatMessageContentImageUrlType",
    "ChatMessageContentText",
    "ChatMessageContentTextType",
    "ChatMessageImageUrl",
    "CreateChatCompletionBody",
    "CreateChatCompletionExclusiveFields",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemFinishReason",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0",
    "CreateCompletionBody",
    "CreateCompletionExclusiveFields",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemFinishReason",
    "CreateCompletionResponseChoicesItemLogprobsType0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    "CreateCompletionStreamResponse",
    "CreateCompletionStreamResponseChoicesItem",
    "CreateCompletionStreamResponseChoicesItemFinishReasonType0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0",
    "CreateCompletionStreamResponseChoicesItemLogprobsType0TopLogprobsItem",
    "CreateControlNetRequest",
    "CreateControlNetRequestControlNetName",
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseObject",
    "CreateEmbeddingResponseUsage",
    "CreateImageRequest",
    "CreateImageToImageRequest",
    "CreateImageToImageRequestInitImageMode",
    "Embedding",
    "EmbeddingObject",
    "Error",
    "ErrorResponse",
    "FunctionObject",
    "FunctionParameters",
    "FunctionParametersProperties",
    "FunctionParametersPropertiesAdditionalProperty",
    "FunctionParametersType",
    "ImageArtifact",
    "ImageArtifactFinishReason",
    "ImageStrengthRequest",
    "ListModelsResponse",
    "Model",
    "Sampler",
    "StepScheduleRequest",
    "TextPrompt",
    "UsageInfo",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
