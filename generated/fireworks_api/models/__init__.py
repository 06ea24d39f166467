"""Contains all the data models used in inputs/outputs

Each name's module loads on first use (codegen/lazy_faces.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base_image_to_image_request import BaseImageToImageRequest
    from .chat_completion_function import ChatCompletionFunction
    from .chat_completion_function_parameters import ChatCompletionFunctionParameters
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_message_tool_call_function_arguments_type_1 import (
        ChatCompletionMessageToolCallFunctionArgumentsType1,
    )
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_context_length_exceeded_behavior import (
        ChatCompletionRequestContextLengthExceededBehavior,
    )
    from .chat_completion_request_function_call_type_0 import (
        ChatCompletionRequestFunctionCallType0,
    )
    from .chat_completion_request_logit_bias_type_0 import (
        ChatCompletionRequestLogitBiasType0,
    )
    from .chat_completion_request_metadata_type_0 import (
        ChatCompletionRequestMetadataType0,
    )
    from .chat_completion_request_reasoning_effort_type_0 import (
        ChatCompletionRequestReasoningEffortType0,
    )
    from .chat_completion_request_reasoning_history_type_0 import (
        ChatCompletionRequestReasoningHistoryType0,
    )
    from .chat_completion_request_service_tier import ChatCompletionRequestServiceTier
    from .chat_completion_request_stream_options_type_0 import (
        ChatCompletionRequestStreamOptionsType0,
    )
    from .chat_completion_request_tool_choice_type_0 import (
        ChatCompletionRequestToolChoiceType0,
    )
    from .chat_completion_response import ChatCompletionResponse
    from .chat_completion_response_choice import ChatCompletionResponseChoice
    from .chat_completion_response_perf_metrics_type_0 import (
        ChatCompletionResponsePerfMetricsType0,
    )
    from .chat_completion_response_stream_choice import (
        ChatCompletionResponseStreamChoice,
    )
    from .chat_completion_response_stream_choice_finish_reason_type_0 import (
        ChatCompletionResponseStreamChoiceFinishReasonType0,
    )
    from .chat_completion_stream_event import ChatCompletionStreamEvent
    from .chat_completion_stream_response import ChatCompletionStreamResponse
    from .chat_completion_stream_response_perf_metrics_type_0 import (
        ChatCompletionStreamResponsePerfMetricsType0,
    )
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_type import ChatCompletionToolType
    from .chat_message import ChatMessage
    from .chat_message_content import ChatMessageContent
    from .chat_message_content_image_url import ChatMessageContentImageURL
    from .choice import Choice
    from .choice_finish_reason_type_0 import ChoiceFinishReasonType0
    from .completion_request import CompletionRequest
    from .completion_request_context_length_exceeded_behavior import (
        CompletionRequestContextLengthExceededBehavior,
    )
    from .completion_request_logit_bias_type_0 import CompletionRequestLogitBiasType0
    from .completion_request_metadata_type_0 import CompletionRequestMetadataType0
    from .completion_request_reasoning_effort_type_0 import (
        CompletionRequestReasoningEffortType0,
    )
    from .completion_request_reasoning_history_type_0 import (
        CompletionRequestReasoningHistoryType0,
    )
    from .completion_request_service_tier import CompletionRequestServiceTier
    from .completion_request_stream_options_type_0 import (
        CompletionRequestStreamOptionsType0,
    )
    from .completion_response import CompletionResponse
    from .completion_response_perf_metrics_type_0 import (
        CompletionResponsePerfMetricsType0,
    )
    from .completion_response_stream_choice import CompletionResponseStreamChoice
    from .completion_response_stream_choice_finish_reason_type_0 import (
        CompletionResponseStreamChoiceFinishReasonType0,
    )
    from .completion_stream_event import CompletionStreamEvent
    from .completion_stream_response import CompletionStreamResponse
    from .completion_stream_response_perf_metrics_type_0 import (
        CompletionStreamResponsePerfMetricsType0,
    )
    from .create_control_net_request import CreateControlNetRequest
    from .create_control_net_request_control_net_name import (
        CreateControlNetRequestControlNetName,
    )
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_request_encoding_format import (
        CreateEmbeddingRequestEncodingFormat,
    )
    from .create_embedding_request_input_array_of_objects_item import (
        CreateEmbeddingRequestInputArrayOfObjectsItem,
    )
    from .create_embedding_request_structured_data import (
        CreateEmbeddingRequestStructuredData,
    )
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_embedding_response_object import CreateEmbeddingResponseObject
    from .create_embedding_response_usage import CreateEmbeddingResponseUsage
    from .create_flux_image_body import CreateFluxImageBody
    from .create_flux_image_body_aspect_ratio import CreateFluxImageBodyAspectRatio
    from .create_flux_image_response_200 import CreateFluxImageResponse200
    from .create_image_request import CreateImageRequest
    from .create_image_to_image_request import CreateImageToImageRequest
    from .create_image_to_image_request_init_image_mode import (
        CreateImageToImageRequestInitImageMode,
    )
    from .create_kontext_request_body import CreateKontextRequestBody
    from .create_kontext_request_body_output_format import (
        CreateKontextRequestBodyOutputFormat,
    )
    from .create_kontext_request_response_200 import CreateKontextRequestResponse200
    from .create_kontext_request_response_400 import CreateKontextRequestResponse400
    from .create_rerank_request import CreateRerankRequest
    from .create_rerank_response import CreateRerankResponse
    from .create_rerank_response_object import CreateRerankResponseObject
    from .create_rerank_response_usage import CreateRerankResponseUsage
    from .create_response import CreateResponse
    from .create_response_input_type_1_item import CreateResponseInputType1Item
    from .create_response_metadata_type_0 import CreateResponseMetadataType0
    from .create_response_reasoning_type_0 import CreateResponseReasoningType0
    from .create_response_text_type_0 import CreateResponseTextType0
    from .create_response_tool_choice_type_1 import CreateResponseToolChoiceType1
    from .create_response_tools_type_0_item import CreateResponseToolsType0Item
    from .delete_response import DeleteResponse
    from .delta_message import DeltaMessage
    from .embedding import Embedding
    from .embedding_object import EmbeddingObject
    from .error import Error
    from .error_response import ErrorResponse
    from .function_name_spec import FunctionNameSpec
    from .function_selection import FunctionSelection
    from .get_kontext_result_body import GetKontextResultBody
    from .get_kontext_result_response_200 import GetKontextResultResponse200
    from .get_kontext_result_response_200_details_type_0 import (
        GetKontextResultResponse200DetailsType0,
    )
    from .get_kontext_result_response_200_status import (
        GetKontextResultResponse200Status,
    )
    from .http_validation_error import HTTPValidationError
    from .image_artifact import ImageArtifact
    from .image_artifact_finish_reason import ImageArtifactFinishReason
    from .image_strength_request import ImageStrengthRequest
    from .list_models_response import ListModelsResponse
    from .log_probs import LogProbs
    from .log_probs_top_logprobs_type_0_item import LogProbsTopLogprobsType0Item
    from .message import Message
    from .message_content import MessageContent
    from .model import Model
    from .new_log_probs import NewLogProbs
    from .new_log_probs_content import NewLogProbsContent
    from .new_log_probs_content_top_log_probs import NewLogProbsContentTopLogProbs
    from .predicted_output import PredictedOutput
    from .prompt_tokens_details import PromptTokensDetails
    from .raw_output import RawOutput
    from .rerank_result import RerankResult
    from .response import Response
    from .response_error_type_0 import ResponseErrorType0
    from .response_format import ResponseFormat
    from .response_format_json_schema_type_1 import ResponseFormatJsonSchemaType1
    from .response_format_schema_type_1 import ResponseFormatSchemaType1
    from .response_format_type import ResponseFormatType
    from .response_incomplete_details_type_0 import ResponseIncompleteDetailsType0
    from .response_list import ResponseList
    from .response_metadata_type_0 import ResponseMetadataType0
    from .response_reasoning_type_0 import ResponseReasoningType0
    from .response_text_type_0 import ResponseTextType0
    from .response_tool_choice_type_1 import ResponseToolChoiceType1
    from .response_tools_item import ResponseToolsItem
    from .response_usage_type_0 import ResponseUsageType0
    from .sampler import Sampler
    from .step_schedule_request import StepScheduleRequest
    from .text_prompt import TextPrompt
    from .thinking_config_disabled import ThinkingConfigDisabled
    from .thinking_config_enabled import ThinkingConfigEnabled
    from .tool_call import ToolCall
    from .tool_call_function_type_0 import ToolCallFunctionType0
    from .tool_call_mcp_type_0 import ToolCallMcpType0
    from .tool_output import ToolOutput
    from .usage_info import UsageInfo
    from .validation_error import ValidationError

_MODULES = {
    "BaseImageToImageRequest": ".base_image_to_image_request",
    "ChatCompletionFunction": ".chat_completion_function",
    "ChatCompletionFunctionParameters": ".chat_completion_function_parameters",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunction": ".chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallFunctionArgumentsType1": ".chat_completion_message_tool_call_function_arguments_type_1",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestContextLengthExceededBehavior": ".chat_completion_request_context_length_exceeded_behavior",
    "ChatCompletionRequestFunctionCallType0": ".chat_completion_request_function_call_type_0",
    "ChatCompletionRequestLogitBiasType0": ".chat_completion_request_logit_bias_type_0",
    "ChatCompletionRequestMetadataType0": ".chat_completion_request_metadata_type_0",
    "ChatCompletionRequestReasoningEffortType0": ".chat_completion_request_reasoning_effort_type_0",
    "ChatCompletionRequestReasoningHistoryType0": ".chat_completion_request_reasoning_history_type_0",
    "ChatCompletionRequestServiceTier": ".chat_completion_request_service_tier",
    "ChatCompletionRequestStreamOptionsType0": ".chat_completion_request_stream_options_type_0",
    "ChatCompletionRequestToolChoiceType0": ".chat_completion_request_tool_choice_type_0",
    "ChatCompletionResponse": ".chat_completion_response",
    "ChatCompletionResponseChoice": ".chat_completion_response_choice",
    "ChatCompletionResponsePerfMetricsType0": ".chat_completion_response_perf_metrics_type_0",
    "ChatCompletionResponseStreamChoice": ".chat_completion_response_stream_choice",
    "ChatCompletionResponseStreamChoiceFinishReasonType0": ".chat_completion_response_stream_choice_finish_reason_type_0",
    "ChatCompletionStreamEvent": ".chat_completion_stream_event",
    "ChatCompletionStreamResponse": ".chat_completion_stream_response",
    "ChatCompletionStreamResponsePerfMetricsType0": ".chat_completion_stream_response_perf_metrics_type_0",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolType": ".chat_completion_tool_type",
    "ChatMessage": ".chat_message",
    "ChatMessageContent": ".chat_message_content",
    "ChatMessageContentImageURL": ".chat_message_content_image_url",
    "Choice": ".choice",
    "ChoiceFinishReasonType0": ".choice_finish_reason_type_0",
    "CompletionRequest": ".completion_request",
    "CompletionRequestContextLengthExceededBehavior": ".completion_request_context_length_exceeded_behavior",
    "CompletionRequestLogitBiasType0": ".completion_request_logit_bias_type_0",
    "CompletionRequestMetadataType0": ".completion_request_metadata_type_0",
    "CompletionRequestReasoningEffortType0": ".completion_request_reasoning_effort_type_0",
    "CompletionRequestReasoningHistoryType0": ".completion_request_reasoning_history_type_0",
    "CompletionRequestServiceTier": ".completion_request_service_tier",
    "CompletionRequestStreamOptionsType0": ".completion_request_stream_options_type_0",
    "CompletionResponse": ".completion_response",
    "CompletionResponsePerfMetricsType0": ".completion_response_perf_metrics_type_0",
    "CompletionResponseStreamChoice": ".completion_response_stream_choice",
    "CompletionResponseStreamChoiceFinishReasonType0": ".completion_response_stream_choice_finish_reason_type_0",
    "CompletionStreamEvent": ".completion_stream_event",
    "CompletionStreamResponse": ".completion_stream_response",
    "CompletionStreamResponsePerfMetricsType0": ".completion_stream_response_perf_metrics_type_0",
    "CreateControlNetRequest": ".create_control_net_request",
    "CreateControlNetRequestControlNetName": ".create_control_net_request_control_net_name",
    "CreateEmbeddingRequest": ".create_embedding_request",
    "CreateEmbeddingRequestEncodingFormat": ".create_embedding_request_encoding_format",
    "CreateEmbeddingRequestInputArrayOfObjectsItem": ".create_embedding_request_input_array_of_objects_item",
    "CreateEmbeddingRequestStructuredData": ".create_embedding_request_structured_data",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CreateEmbeddingResponseObject": ".create_embedding_response_object",
    "CreateEmbeddingResponseUsage": ".create_embedding_response_usage",
    "CreateFluxImageBody": ".create_flux_image_body",
    "CreateFluxImageBodyAspectRatio": ".create_flux_image_body_aspect_ratio",
    "CreateFluxImageResponse200": ".create_flux_image_response_200",
    "CreateImageRequest": ".create_image_request",
    "CreateImageToImageRequest": ".create_image_to_image_request",
    "CreateImageToImageRequestInitImageMode": ".create_image_to_image_request_init_image_mode",
    "CreateKontextRequestBody": ".create_kontext_request_body",
    "CreateKontextRequestBodyOutputFormat": ".create_kontext_request_body_output_format",
    "CreateKontextRequestResponse200": ".create_kontext_request_response_200",
    "CreateKontextRequestResponse400": ".create_kontext_request_response_400",
    "CreateRerankRequest": ".create_rerank_request",
    "CreateRerankResponse": ".create_rerank_response",
    "CreateRerankResponseObject": ".create_rerank_response_object",
    "CreateRerankResponseUsage": ".create_rerank_response_usage",
    "CreateResponse": ".create_response",
    "CreateResponseInputType1Item": ".create_response_input_type_1_item",
    "CreateResponseMetadataType0": ".create_response_metadata_type_0",
    "CreateResponseReasoningType0": ".create_response_reasoning_type_0",
    "CreateResponseTextType0": ".create_response_text_type_0",
    "CreateResponseToolChoiceType1": ".create_response_tool_choice_type_1",
    "CreateResponseToolsType0Item": ".create_response_tools_type_0_item",
    "DeleteResponse": ".delete_response",
    "DeltaMessage": ".delta_message",
    "Embedding": ".embedding",
    "EmbeddingObject": ".embedding_object",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "FunctionNameSpec": ".function_name_spec",
    "FunctionSelection": ".function_selection",
    "GetKontextResultBody": ".get_kontext_result_body",
    "GetKontextResultResponse200": ".get_kontext_result_response_200",
    "GetKontextResultResponse200DetailsType0": ".get_kontext_result_response_200_details_type_0",
    "GetKontextResultResponse200Status": ".get_kontext_result_response_200_status",
    "HTTPValidationError": ".http_validation_error",
    "ImageArtifact": ".image_artifact",
    "ImageArtifactFinishReason": ".image_artifact_finish_reason",
    "ImageStrengthRequest": ".image_strength_request",
    "ListModelsResponse": ".list_models_response",
    "LogProbs": ".log_probs",
    "LogProbsTopLogprobsType0Item": ".log_probs_top_logprobs_type_0_item",
    "Message": ".message",
    "MessageContent": ".message_content",
    "Model": ".model",
    "NewLogProbs": ".new_log_probs",
    "NewLogProbsContent": ".new_log_probs_content",
    "NewLogProbsContentTopLogProbs": ".new_log_probs_content_top_log_probs",
    "PredictedOutput": ".predicted_output",
    "PromptTokensDetails": ".prompt_tokens_details",
    "RawOutput": ".raw_output",
    "RerankResult": ".rerank_result",
    "Response": ".response",
    "ResponseErrorType0": ".response_error_type_0",
    "ResponseFormat": ".response_format",
    "ResponseFormatJsonSchemaType1": ".response_format_json_schema_type_1",
    "ResponseFormatSchemaType1": ".response_format_schema_type_1",
    "ResponseFormatType": ".response_format_type",
    "ResponseIncompleteDetailsType0": ".response_incomplete_details_type_0",
    "ResponseList": ".response_list",
    "ResponseMetadataType0": ".response_metadata_type_0",
    "ResponseReasoningType0": ".response_reasoning_type_0",
    "ResponseTextType0": ".response_text_type_0",
    "ResponseToolChoiceType1": ".response_tool_choice_type_1",
    "ResponseToolsItem": ".response_tools_item",
    "ResponseUsageType0": ".response_usage_type_0",
    "Sampler": ".sampler",
    "StepScheduleRequest": ".step_schedule_request",
    "TextPrompt": ".text_prompt",
    "ThinkingConfigDisabled": ".thinking_config_disabled",
    "ThinkingConfigEnabled": ".thinking_config_enabled",
    "ToolCall": ".tool_call",
    "ToolCallFunctionType0": ".tool_call_function_type_0",
    "ToolCallMcpType0": ".tool_call_mcp_type_0",
    "ToolOutput": ".tool_output",
    "UsageInfo": ".usage_info",
    "ValidationError": ".validation_error",
}

__all__ = (
    "BaseImageToImageRequest",
    "ChatCompletionFunction",
    "ChatCompletionFunctionParameters",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionArgumentsType1",
    "ChatCompletionRequest",
    "ChatCompletionRequestContextLengthExceededBehavior",
    "ChatCompletionRequestFunctionCallType0",
    "ChatCompletionRequestLogitBiasType0",
    "ChatCompletionRequestMetadataType0",
    "ChatCompletionRequestReasoningEffortType0",
    "ChatCompletionRequestReasoningHistoryType0",
    "ChatCompletionRequestServiceTier",
    "ChatCompletionRequestStreamOptionsType0",
    "ChatCompletionRequestToolChoiceType0",
    "ChatCompletionResponse",
    "ChatCompletionResponseChoice",
    "ChatCompletionResponsePerfMetricsType0",
    "ChatCompletionResponseStreamChoice",
    "ChatCompletionResponseStreamChoiceFinishReasonType0",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamResponse",
    "ChatCompletionStreamResponsePerfMetricsType0",
    "ChatCompletionTool",
    "ChatCompletionToolType",
    "ChatMessage",
    "ChatMessageContent",
    "ChatMessageContentImageURL",
    "Choice",
    "ChoiceFinishReasonType0",
    "CompletionRequest",
    "CompletionRequestContextLengthExceededBehavior",
    "CompletionRequestLogitBiasType0",
    "CompletionRequestMetadataType0",
    "CompletionRequestReasoningEffortType0",
    "CompletionRequestReasoningHistoryType0",
    "CompletionRequestServiceTier",
    "CompletionRequestStreamOptionsType0",
    "CompletionResponse",
    "CompletionResponsePerfMetricsType0",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReasonType0",
    "CompletionStreamEvent",
    "CompletionStreamResponse",
    "CompletionStreamResponsePerfMetricsType0",
    "CreateControlNetRequest",
    "CreateControlNetRequestControlNetName",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestEncodingFormat",
    "CreateEmbeddingRequestInputArrayOfObjectsItem",
    "CreateEmbeddingRequestStructuredData",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseObject",
    "CreateEmbeddingResponseUsage",
    "CreateFluxImageBody",
    "CreateFluxImageBodyAspectRatio",
    "CreateFluxImageResponse200",
    "CreateImageRequest",
    "CreateImageToImageRequest",
    "CreateImageToImageRequestInitImageMode",
    "CreateKontextRequestBody",
    "CreateKontextRequestBodyOutputFormat",
    "CreateKontextRequestResponse200",
    "CreateKontextRequestResponse400",
    "CreateRerankRequest",
    "CreateRerankResponse",
    "CreateRerankResponseObject",
    "CreateRerankResponseUsage",
    "CreateResponse",
    "CreateResponseInputType1Item",
    "CreateResponseMetadataType0",
    "CreateResponseReasoningType0",
    "CreateResponseTextType0",
    "CreateResponseToolChoiceType1",
    "CreateResponseToolsType0Item",
    "DeleteResponse",
    "DeltaMessage",
    "Embedding",
    "EmbeddingObject",
    "Error",
    "ErrorResponse",
    "FunctionNameSpec",
    "FunctionSelection",
    "GetKontextResultBody",
    "GetKontextResultResponse200",
    "GetKontextResultResponse200DetailsType0",
    "GetKontextResultResponse200Status",
    "HTTPValidationError",
    "ImageArtifact",
    "ImageArtifactFinishReason",
    "ImageStrengthRequest",
    "ListModelsResponse",
    "LogProbs",
    "LogProbsTopLogprobsType0Item",
    "Message",
    "MessageContent",
    "Model",
    "NewLogProbs",
    "NewLogProbsContent",
    "NewLogProbsContentTopLogProbs",
    "PredictedOutput",
    "PromptTokensDetails",
    "RawOutput",
    "RerankResult",
    "Response",
    "ResponseErrorType0",
    "ResponseFormat",
    "ResponseFormatJsonSchemaType1",
    "ResponseFormatSchemaType1",
    "ResponseFormatType",
    "ResponseIncompleteDetailsType0",
    "ResponseList",
    "ResponseMetadataType0",
    "ResponseReasoningType0",
    "ResponseTextType0",
    "ResponseToolChoiceType1",
    "ResponseToolsItem",
    "ResponseUsageType0",
    "Sampler",
    "StepScheduleRequest",
    "TextPrompt",
    "ThinkingConfigDisabled",
    "ThinkingConfigEnabled",
    "ToolCall",
    "ToolCallFunctionType0",
    "ToolCallMcpType0",
    "ToolOutput",
    "UsageInfo",
    "ValidationError",
)

# Outside TYPE_CHECKING: a type checker sees only the imports above, so a name that
# does not exist is an error, not the Any this function would give it.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
