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
_C_BaseImageToImageRequest: Any = None
_C_ChatCompletionFunction: Any = None
_C_ChatCompletionFunctionParameters: Any = None
_C_ChatCompletionMessageToolCall: Any = None
_C_ChatCompletionMessageToolCallFunction: Any = None
_C_ChatCompletionMessageToolCallFunctionArgumentsType1: Any = None
_C_ChatCompletionRequest: Any = None
_C_ChatCompletionRequestLogitBiasType0: Any = None
_C_ChatCompletionRequestMetadataType0: Any = None
_C_ChatCompletionRequestStreamOptionsType0: Any = None
_C_ChatCompletionResponse: Any = None
_C_ChatCompletionResponseChoice: Any = None
_C_ChatCompletionResponsePerfMetricsType0: Any = None
_C_ChatCompletionResponseStreamChoice: Any = None
_C_ChatCompletionStreamEvent: Any = None
_C_ChatCompletionStreamResponse: Any = None
_C_ChatCompletionStreamResponsePerfMetricsType0: Any = None
_C_ChatCompletionTool: Any = None
_C_ChatMessage: Any = None
_C_ChatMessageContent: Any = None
_C_ChatMessageContentImageURL: Any = None
_C_Choice: Any = None
_C_CompletionRequest: Any = None
_C_CompletionRequestLogitBiasType0: Any = None
_C_CompletionRequestMetadataType0: Any = None
_C_CompletionRequestStreamOptionsType0: Any = None
_C_CompletionResponse: Any = None
_C_CompletionResponsePerfMetricsType0: Any = None
_C_CompletionResponseStreamChoice: Any = None
_C_CompletionStreamEvent: Any = None
_C_CompletionStreamResponse: Any = None
_C_CompletionStreamResponsePerfMetricsType0: Any = None
_C_CreateControlNetRequest: Any = None
_C_CreateEmbeddingRequest: Any = None
_C_CreateEmbeddingRequestInputArrayOfObjectsItem: Any = None
_C_CreateEmbeddingRequestStructuredData: Any = None
_C_CreateEmbeddingResponse: Any = None
_C_CreateEmbeddingResponseUsage: Any = None
_C_CreateFluxImageBody: Any = None
_C_CreateFluxImageResponse200: Any = None
_C_CreateImageRequest: Any = None
_C_CreateImageToImageRequest: Any = None
_C_CreateKontextRequestBody: Any = None
_C_CreateKontextRequestResponse200: Any = None
_C_CreateKontextRequestResponse400: Any = None
_C_CreateRerankRequest: Any = None
_C_CreateRerankResponse: Any = None
_C_CreateRerankResponseUsage: Any = None
_C_CreateResponse: Any = None
_C_CreateResponseInputType1Item: Any = None
_C_CreateResponseMetadataType0: Any = None
_C_CreateResponseReasoningType0: Any = None
_C_CreateResponseTextType0: Any = None
_C_CreateResponseToolChoiceType1: Any = None
_C_CreateResponseToolsType0Item: Any = None
_C_DeleteResponse: Any = None
_C_DeltaMessage: Any = None
_C_Embedding: Any = None
_C_Error: Any = None
_C_ErrorResponse: Any = None
_C_FunctionNameSpec: Any = None
_C_FunctionSelection: Any = None
_C_GetKontextResultBody: Any = None
_C_GetKontextResultResponse200: Any = None
_C_GetKontextResultResponse200DetailsType0: Any = None
_C_HTTPValidationError: Any = None
_C_ImageArtifact: Any = None
_C_ImageStrengthRequest: Any = None
_C_ListModelsResponse: Any = None
_C_LogProbs: Any = None
_C_LogProbsTopLogprobsType0Item: Any = None
_C_Message: Any = None
_C_MessageContent: Any = None
_C_Model: Any = None
_C_NewLogProbs: Any = None
_C_NewLogProbsContent: Any = None
_C_NewLogProbsContentTopLogProbs: Any = None
_C_PredictedOutput: Any = None
_C_PromptTokensDetails: Any = None
_C_RawOutput: Any = None
_C_RerankResult: Any = None
_C_Response: Any = None
_C_ResponseErrorType0: Any = None
_C_ResponseFormat: Any = None
_C_ResponseFormatJsonSchemaType1: Any = None
_C_ResponseFormatSchemaType1: Any = None
_C_ResponseIncompleteDetailsType0: Any = None
_C_ResponseList: Any = None
_C_ResponseMetadataType0: Any = None
_C_ResponseReasoningType0: Any = None
_C_ResponseTextType0: Any = None
_C_ResponseToolChoiceType1: Any = None
_C_ResponseToolsItem: Any = None
_C_ResponseUsageType0: Any = None
_C_StepScheduleRequest: Any = None
_C_TextPrompt: Any = None
_C_ThinkingConfigDisabled: Any = None
_C_ThinkingConfigEnabled: Any = None
_C_ToolCall: Any = None
_C_ToolCallFunctionType0: Any = None
_C_ToolCallMcpType0: Any = None
_C_ToolOutput: Any = None
_C_UsageInfo: Any = None
_C_ValidationError: Any = None
_E_ChatCompletionRequestContextLengthExceededBehavior: dict[Any, Any] = {}
_E_ChatCompletionRequestFunctionCallType0: dict[Any, Any] = {}
_E_ChatCompletionRequestReasoningEffortType0: dict[Any, Any] = {}
_E_ChatCompletionRequestReasoningHistoryType0: dict[Any, Any] = {}
_E_ChatCompletionRequestServiceTier: dict[Any, Any] = {}
_E_ChatCompletionRequestToolChoiceType0: dict[Any, Any] = {}
_E_ChatCompletionResponseStreamChoiceFinishReasonType0: dict[Any, Any] = {}
_E_ChatCompletionToolType: dict[Any, Any] = {}
_E_ChoiceFinishReasonType0: dict[Any, Any] = {}
_E_CompletionRequestContextLengthExceededBehavior: dict[Any, Any] = {}
_E_CompletionRequestReasoningEffortType0: dict[Any, Any] = {}
_E_CompletionRequestReasoningHistoryType0: dict[Any, Any] = {}
_E_CompletionRequestServiceTier: dict[Any, Any] = {}
_E_CompletionResponseStreamChoiceFinishReasonType0: dict[Any, Any] = {}
_E_CreateControlNetRequestControlNetName: dict[Any, Any] = {}
_E_CreateEmbeddingRequestEncodingFormat: dict[Any, Any] = {}
_E_CreateEmbeddingResponseObject: dict[Any, Any] = {}
_E_CreateFluxImageBodyAspectRatio: dict[Any, Any] = {}
_E_CreateImageToImageRequestInitImageMode: dict[Any, Any] = {}
_E_CreateKontextRequestBodyOutputFormat: dict[Any, Any] = {}
_E_CreateRerankResponseObject: dict[Any, Any] = {}
_E_EmbeddingObject: dict[Any, Any] = {}
_E_GetKontextResultResponse200Status: dict[Any, Any] = {}
_E_ImageArtifactFinishReason: dict[Any, Any] = {}
_E_ResponseFormatType: dict[Any, Any] = {}
_E_Sampler: dict[Any, Any] = {}

# Every model class the generator emits.
MODELS: tuple[str, ...] = (
    "BaseImageToImageRequest",
    "ChatCompletionFunction",
    "ChatCompletionFunctionParameters",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionArgumentsType1",
    "ChatCompletionRequest",
    "ChatCompletionRequestLogitBiasType0",
    "ChatCompletionRequestMetadataType0",
    "ChatCompletionRequestStreamOptionsType0",
    "ChatCompletionResponse",
    "ChatCompletionResponseChoice",
    "ChatCompletionResponsePerfMetricsType0",
    "ChatCompletionResponseStreamChoice",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamResponse",
    "ChatCompletionStreamResponsePerfMetricsType0",
    "ChatCompletionTool",
    "ChatMessage",
    "ChatMessageContent",
    "ChatMessageContentImageURL",
    "Choice",
    "CompletionRequest",
    "CompletionRequestLogitBiasType0",
    "CompletionRequestMetadataType0",
    "CompletionRequestStreamOptionsType0",
    "CompletionResponse",
    "CompletionResponsePerfMetricsType0",
    "CompletionResponseStreamChoice",
    "CompletionStreamEvent",
    "CompletionStreamResponse",
    "CompletionStreamResponsePerfMetricsType0",
    "CreateControlNetRequest",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestInputArrayOfObjectsItem",
    "CreateEmbeddingRequestStructuredData",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateFluxImageBody",
    "CreateFluxImageResponse200",
    "CreateImageRequest",
    "CreateImageToImageRequest",
    "CreateKontextRequestBody",
    "CreateKontextRequestResponse200",
    "CreateKontextRequestResponse400",
    "CreateRerankRequest",
    "CreateRerankResponse",
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
    "Error",
    "ErrorResponse",
    "FunctionNameSpec",
    "FunctionSelection",
    "GetKontextResultBody",
    "GetKontextResultResponse200",
    "GetKontextResultResponse200DetailsType0",
    "HTTPValidationError",
    "ImageArtifact",
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
    "ResponseIncompleteDetailsType0",
    "ResponseList",
    "ResponseMetadataType0",
    "ResponseReasoningType0",
    "ResponseTextType0",
    "ResponseToolChoiceType1",
    "ResponseToolsItem",
    "ResponseUsageType0",
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
# The module of each class under models/.
_MODULES: dict[str, str] = {
    "BaseImageToImageRequest": "base_image_to_image_request",
    "ChatCompletionFunction": "chat_completion_function",
    "ChatCompletionFunctionParameters": "chat_completion_function_parameters",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallFunctionArgumentsType1": "chat_completion_message_tool_call_function_arguments_type_1",
    "ChatCompletionRequest": "chat_completion_request",
    "ChatCompletionRequestContextLengthExceededBehavior": "chat_completion_request_context_length_exceeded_behavior",
    "ChatCompletionRequestFunctionCallType0": "chat_completion_request_function_call_type_0",
    "ChatCompletionRequestLogitBiasType0": "chat_completion_request_logit_bias_type_0",
    "ChatCompletionRequestMetadataType0": "chat_completion_request_metadata_type_0",
    "ChatCompletionRequestReasoningEffortType0": "chat_completion_request_reasoning_effort_type_0",
    "ChatCompletionRequestReasoningHistoryType0": "chat_completion_request_reasoning_history_type_0",
    "ChatCompletionRequestServiceTier": "chat_completion_request_service_tier",
    "ChatCompletionRequestStreamOptionsType0": "chat_completion_request_stream_options_type_0",
    "ChatCompletionRequestToolChoiceType0": "chat_completion_request_tool_choice_type_0",
    "ChatCompletionResponse": "chat_completion_response",
    "ChatCompletionResponseChoice": "chat_completion_response_choice",
    "ChatCompletionResponsePerfMetricsType0": "chat_completion_response_perf_metrics_type_0",
    "ChatCompletionResponseStreamChoice": "chat_completion_response_stream_choice",
    "ChatCompletionResponseStreamChoiceFinishReasonType0": "chat_completion_response_stream_choice_finish_reason_type_0",
    "ChatCompletionStreamEvent": "chat_completion_stream_event",
    "ChatCompletionStreamResponse": "chat_completion_stream_response",
    "ChatCompletionStreamResponsePerfMetricsType0": "chat_completion_stream_response_perf_metrics_type_0",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolType": "chat_completion_tool_type",
    "ChatMessage": "chat_message",
    "ChatMessageContent": "chat_message_content",
    "ChatMessageContentImageURL": "chat_message_content_image_url",
    "Choice": "choice",
    "ChoiceFinishReasonType0": "choice_finish_reason_type_0",
    "CompletionRequest": "completion_request",
    "CompletionRequestContextLengthExceededBehavior": "completion_request_context_length_exceeded_behavior",
    "CompletionRequestLogitBiasType0": "completion_request_logit_bias_type_0",
    "CompletionRequestMetadataType0": "completion_request_metadata_type_0",
    "CompletionRequestReasoningEffortType0": "completion_request_reasoning_effort_type_0",
    "CompletionRequestReasoningHistoryType0": "completion_request_reasoning_history_type_0",
    "CompletionRequestServiceTier": "completion_request_service_tier",
    "CompletionRequestStreamOptionsType0": "completion_request_stream_options_type_0",
    "CompletionResponse": "completion_response",
    "CompletionResponsePerfMetricsType0": "completion_response_perf_metrics_type_0",
    "CompletionResponseStreamChoice": "completion_response_stream_choice",
    "CompletionResponseStreamChoiceFinishReasonType0": "completion_response_stream_choice_finish_reason_type_0",
    "CompletionStreamEvent": "completion_stream_event",
    "CompletionStreamResponse": "completion_stream_response",
    "CompletionStreamResponsePerfMetricsType0": "completion_stream_response_perf_metrics_type_0",
    "CreateControlNetRequest": "create_control_net_request",
    "CreateControlNetRequestControlNetName": "create_control_net_request_control_net_name",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestEncodingFormat": "create_embedding_request_encoding_format",
    "CreateEmbeddingRequestInputArrayOfObjectsItem": "create_embedding_request_input_array_of_objects_item",
    "CreateEmbeddingRequestStructuredData": "create_embedding_request_structured_data",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseObject": "create_embedding_response_object",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateFluxImageBody": "create_flux_image_body",
    "CreateFluxImageBodyAspectRatio": "create_flux_image_body_aspect_ratio",
    "CreateFluxImageResponse200": "create_flux_image_response_200",
    "CreateImageRequest": "create_image_request",
    "CreateImageToImageRequest": "create_image_to_image_request",
    "CreateImageToImageRequestInitImageMode": "create_image_to_image_request_init_image_mode",
    "CreateKontextRequestBody": "create_kontext_request_body",
    "CreateKontextRequestBodyOutputFormat": "create_kontext_request_body_output_format",
    "CreateKontextRequestResponse200": "create_kontext_request_response_200",
    "CreateKontextRequestResponse400": "create_kontext_request_response_400",
    "CreateRerankRequest": "create_rerank_request",
    "CreateRerankResponse": "create_rerank_response",
    "CreateRerankResponseObject": "create_rerank_response_object",
    "CreateRerankResponseUsage": "create_rerank_response_usage",
    "CreateResponse": "create_response",
    "CreateResponseInputType1Item": "create_response_input_type_1_item",
    "CreateResponseMetadataType0": "create_response_metadata_type_0",
    "CreateResponseReasoningType0": "create_response_reasoning_type_0",
    "CreateResponseTextType0": "create_response_text_type_0",
    "CreateResponseToolChoiceType1": "create_response_tool_choice_type_1",
    "CreateResponseToolsType0Item": "create_response_tools_type_0_item",
    "DeleteResponse": "delete_response",
    "DeltaMessage": "delta_message",
    "Embedding": "embedding",
    "EmbeddingObject": "embedding_object",
    "Error": "error",
    "ErrorResponse": "error_response",
    "FunctionNameSpec": "function_name_spec",
    "FunctionSelection": "function_selection",
    "GetKontextResultBody": "get_kontext_result_body",
    "GetKontextResultResponse200": "get_kontext_result_response_200",
    "GetKontextResultResponse200DetailsType0": "get_kontext_result_response_200_details_type_0",
    "GetKontextResultResponse200Status": "get_kontext_result_response_200_status",
    "HTTPValidationError": "http_validation_error",
    "ImageArtifact": "image_artifact",
    "ImageArtifactFinishReason": "image_artifact_finish_reason",
    "ImageStrengthRequest": "image_strength_request",
    "ListModelsResponse": "list_models_response",
    "LogProbs": "log_probs",
    "LogProbsTopLogprobsType0Item": "log_probs_top_logprobs_type_0_item",
    "Message": "message",
    "MessageContent": "message_content",
    "Model": "model",
    "NewLogProbs": "new_log_probs",
    "NewLogProbsContent": "new_log_probs_content",
    "NewLogProbsContentTopLogProbs": "new_log_probs_content_top_log_probs",
    "PredictedOutput": "predicted_output",
    "PromptTokensDetails": "prompt_tokens_details",
    "RawOutput": "raw_output",
    "RerankResult": "rerank_result",
    "Response": "response",
    "ResponseErrorType0": "response_error_type_0",
    "ResponseFormat": "response_format",
    "ResponseFormatJsonSchemaType1": "response_format_json_schema_type_1",
    "ResponseFormatSchemaType1": "response_format_schema_type_1",
    "ResponseFormatType": "response_format_type",
    "ResponseIncompleteDetailsType0": "response_incomplete_details_type_0",
    "ResponseList": "response_list",
    "ResponseMetadataType0": "response_metadata_type_0",
    "ResponseReasoningType0": "response_reasoning_type_0",
    "ResponseTextType0": "response_text_type_0",
    "ResponseToolChoiceType1": "response_tool_choice_type_1",
    "ResponseToolsItem": "response_tools_item",
    "ResponseUsageType0": "response_usage_type_0",
    "Sampler": "sampler",
    "StepScheduleRequest": "step_schedule_request",
    "TextPrompt": "text_prompt",
    "ThinkingConfigDisabled": "thinking_config_disabled",
    "ThinkingConfigEnabled": "thinking_config_enabled",
    "ToolCall": "tool_call",
    "ToolCallFunctionType0": "tool_call_function_type_0",
    "ToolCallMcpType0": "tool_call_mcp_type_0",
    "ToolOutput": "tool_output",
    "UsageInfo": "usage_info",
    "ValidationError": "validation_error",
}
_ENUMS: frozenset[str] = frozenset(
    [
        "ChatCompletionRequestContextLengthExceededBehavior",
        "ChatCompletionRequestFunctionCallType0",
        "ChatCompletionRequestReasoningEffortType0",
        "ChatCompletionRequestReasoningHistoryType0",
        "ChatCompletionRequestServiceTier",
        "ChatCompletionRequestToolChoiceType0",
        "ChatCompletionResponseStreamChoiceFinishReasonType0",
        "ChatCompletionToolType",
        "ChoiceFinishReasonType0",
        "CompletionRequestContextLengthExceededBehavior",
        "CompletionRequestReasoningEffortType0",
        "CompletionRequestReasoningHistoryType0",
        "CompletionRequestServiceTier",
        "CompletionResponseStreamChoiceFinishReasonType0",
        "CreateControlNetRequestControlNetName",
        "CreateEmbeddingRequestEncodingFormat",
        "CreateEmbeddingResponseObject",
        "CreateFluxImageBodyAspectRatio",
        "CreateImageToImageRequestInitImageMode",
        "CreateKontextRequestBodyOutputFormat",
        "CreateRerankResponseObject",
        "EmbeddingObject",
        "GetKontextResultResponse200Status",
        "ImageArtifactFinishReason",
        "ResponseFormatType",
        "Sampler",
    ]
)
# A model and every model and enum its constructor uses.
_REACH: dict[str, tuple[str, ...]] = {
    "BaseImageToImageRequest": ("BaseImageToImageRequest", "Sampler"),
    "ChatCompletionFunction": (
        "ChatCompletionFunction",
        "ChatCompletionFunctionParameters",
    ),
    "ChatCompletionFunctionParameters": ("ChatCompletionFunctionParameters",),
    "ChatCompletionMessageToolCall": (
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
    ),
    "ChatCompletionMessageToolCallFunction": (
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
    ),
    "ChatCompletionMessageToolCallFunctionArgumentsType1": (
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
    ),
    "ChatCompletionRequest": (
        "ChatCompletionRequest",
        "ChatCompletionFunction",
        "ChatCompletionFunctionParameters",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
        "ChatCompletionRequestContextLengthExceededBehavior",
        "ChatCompletionRequestFunctionCallType0",
        "ChatCompletionRequestLogitBiasType0",
        "ChatCompletionRequestMetadataType0",
        "ChatCompletionRequestReasoningEffortType0",
        "ChatCompletionRequestReasoningHistoryType0",
        "ChatCompletionRequestServiceTier",
        "ChatCompletionRequestStreamOptionsType0",
        "ChatCompletionRequestToolChoiceType0",
        "ChatCompletionTool",
        "ChatCompletionToolType",
        "ChatMessage",
        "ChatMessageContent",
        "ChatMessageContentImageURL",
        "FunctionNameSpec",
        "FunctionSelection",
        "PredictedOutput",
        "ResponseFormat",
        "ResponseFormatJsonSchemaType1",
        "ResponseFormatSchemaType1",
        "ResponseFormatType",
        "ThinkingConfigDisabled",
        "ThinkingConfigEnabled",
    ),
    "ChatCompletionRequestLogitBiasType0": ("ChatCompletionRequestLogitBiasType0",),
    "ChatCompletionRequestMetadataType0": ("ChatCompletionRequestMetadataType0",),
    "ChatCompletionRequestStreamOptionsType0": (
        "ChatCompletionRequestStreamOptionsType0",
    ),
    "ChatCompletionResponse": (
        "ChatCompletionResponse",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
        "ChatCompletionResponseChoice",
        "ChatCompletionResponsePerfMetricsType0",
        "ChatMessage",
        "ChatMessageContent",
        "ChatMessageContentImageURL",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "PromptTokensDetails",
        "RawOutput",
        "UsageInfo",
    ),
    "ChatCompletionResponseChoice": (
        "ChatCompletionResponseChoice",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
        "ChatMessage",
        "ChatMessageContent",
        "ChatMessageContentImageURL",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "RawOutput",
    ),
    "ChatCompletionResponsePerfMetricsType0": (
        "ChatCompletionResponsePerfMetricsType0",
    ),
    "ChatCompletionResponseStreamChoice": (
        "ChatCompletionResponseStreamChoice",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
        "ChatCompletionResponseStreamChoiceFinishReasonType0",
        "DeltaMessage",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "RawOutput",
    ),
    "ChatCompletionStreamEvent": ("ChatCompletionStreamEvent",),
    "ChatCompletionStreamResponse": (
        "ChatCompletionStreamResponse",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
        "ChatCompletionResponseStreamChoice",
        "ChatCompletionResponseStreamChoiceFinishReasonType0",
        "ChatCompletionStreamResponsePerfMetricsType0",
        "DeltaMessage",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "PromptTokensDetails",
        "RawOutput",
        "UsageInfo",
    ),
    "ChatCompletionStreamResponsePerfMetricsType0": (
        "ChatCompletionStreamResponsePerfMetricsType0",
    ),
    "ChatCompletionTool": (
        "ChatCompletionTool",
        "ChatCompletionFunction",
        "ChatCompletionFunctionParameters",
        "ChatCompletionToolType",
    ),
    "ChatMessage": (
        "ChatMessage",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
        "ChatMessageContent",
        "ChatMessageContentImageURL",
    ),
    "ChatMessageContent": ("ChatMessageContent", "ChatMessageContentImageURL"),
    "ChatMessageContentImageURL": ("ChatMessageContentImageURL",),
    "Choice": (
        "Choice",
        "ChoiceFinishReasonType0",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "RawOutput",
    ),
    "CompletionRequest": (
        "CompletionRequest",
        "ChatMessageContent",
        "ChatMessageContentImageURL",
        "CompletionRequestContextLengthExceededBehavior",
        "CompletionRequestLogitBiasType0",
        "CompletionRequestMetadataType0",
        "CompletionRequestReasoningEffortType0",
        "CompletionRequestReasoningHistoryType0",
        "CompletionRequestServiceTier",
        "CompletionRequestStreamOptionsType0",
        "PredictedOutput",
        "ResponseFormat",
        "ResponseFormatJsonSchemaType1",
        "ResponseFormatSchemaType1",
        "ResponseFormatType",
        "ThinkingConfigDisabled",
        "ThinkingConfigEnabled",
    ),
    "CompletionRequestLogitBiasType0": ("CompletionRequestLogitBiasType0",),
    "CompletionRequestMetadataType0": ("CompletionRequestMetadataType0",),
    "CompletionRequestStreamOptionsType0": ("CompletionRequestStreamOptionsType0",),
    "CompletionResponse": (
        "CompletionResponse",
        "Choice",
        "ChoiceFinishReasonType0",
        "CompletionResponsePerfMetricsType0",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "PromptTokensDetails",
        "RawOutput",
        "UsageInfo",
    ),
    "CompletionResponsePerfMetricsType0": ("CompletionResponsePerfMetricsType0",),
    "CompletionResponseStreamChoice": (
        "CompletionResponseStreamChoice",
        "CompletionResponseStreamChoiceFinishReasonType0",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "RawOutput",
    ),
    "CompletionStreamEvent": ("CompletionStreamEvent",),
    "CompletionStreamResponse": (
        "CompletionStreamResponse",
        "CompletionResponseStreamChoice",
        "CompletionResponseStreamChoiceFinishReasonType0",
        "CompletionStreamResponsePerfMetricsType0",
        "LogProbs",
        "LogProbsTopLogprobsType0Item",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
        "PromptTokensDetails",
        "RawOutput",
        "UsageInfo",
    ),
    "CompletionStreamResponsePerfMetricsType0": (
        "CompletionStreamResponsePerfMetricsType0",
    ),
    "CreateControlNetRequest": (
        "CreateControlNetRequest",
        "CreateControlNetRequestControlNetName",
        "Sampler",
    ),
    "CreateEmbeddingRequest": (
        "CreateEmbeddingRequest",
        "CreateEmbeddingRequestEncodingFormat",
        "CreateEmbeddingRequestInputArrayOfObjectsItem",
        "CreateEmbeddingRequestStructuredData",
    ),
    "CreateEmbeddingRequestInputArrayOfObjectsItem": (
        "CreateEmbeddingRequestInputArrayOfObjectsItem",
    ),
    "CreateEmbeddingRequestStructuredData": ("CreateEmbeddingRequestStructuredData",),
    "CreateEmbeddingResponse": (
        "CreateEmbeddingResponse",
        "CreateEmbeddingResponseObject",
        "CreateEmbeddingResponseUsage",
        "Embedding",
        "EmbeddingObject",
    ),
    "CreateEmbeddingResponseUsage": ("CreateEmbeddingResponseUsage",),
    "CreateFluxImageBody": ("CreateFluxImageBody", "CreateFluxImageBodyAspectRatio"),
    "CreateFluxImageResponse200": ("CreateFluxImageResponse200",),
    "CreateImageRequest": ("CreateImageRequest", "Sampler", "TextPrompt"),
    "CreateImageToImageRequest": (
        "CreateImageToImageRequest",
        "CreateImageToImageRequestInitImageMode",
        "Sampler",
    ),
    "CreateKontextRequestBody": (
        "CreateKontextRequestBody",
        "CreateKontextRequestBodyOutputFormat",
    ),
    "CreateKontextRequestResponse200": ("CreateKontextRequestResponse200",),
    "CreateKontextRequestResponse400": ("CreateKontextRequestResponse400",),
    "CreateRerankRequest": ("CreateRerankRequest",),
    "CreateRerankResponse": (
        "CreateRerankResponse",
        "CreateRerankResponseObject",
        "CreateRerankResponseUsage",
        "RerankResult",
    ),
    "CreateRerankResponseUsage": ("CreateRerankResponseUsage",),
    "CreateResponse": (
        "CreateResponse",
        "CreateResponseInputType1Item",
        "CreateResponseMetadataType0",
        "CreateResponseReasoningType0",
        "CreateResponseTextType0",
        "CreateResponseToolChoiceType1",
        "CreateResponseToolsType0Item",
    ),
    "CreateResponseInputType1Item": ("CreateResponseInputType1Item",),
    "CreateResponseMetadataType0": ("CreateResponseMetadataType0",),
    "CreateResponseReasoningType0": ("CreateResponseReasoningType0",),
    "CreateResponseTextType0": ("CreateResponseTextType0",),
    "CreateResponseToolChoiceType1": ("CreateResponseToolChoiceType1",),
    "CreateResponseToolsType0Item": ("CreateResponseToolsType0Item",),
    "DeleteResponse": ("DeleteResponse",),
    "DeltaMessage": (
        "DeltaMessage",
        "ChatCompletionMessageToolCall",
        "ChatCompletionMessageToolCallFunction",
        "ChatCompletionMessageToolCallFunctionArgumentsType1",
    ),
    "Embedding": ("Embedding", "EmbeddingObject"),
    "Error": ("Error",),
    "ErrorResponse": ("ErrorResponse", "Error"),
    "FunctionNameSpec": ("FunctionNameSpec",),
    "FunctionSelection": ("FunctionSelection", "FunctionNameSpec"),
    "GetKontextResultBody": ("GetKontextResultBody",),
    "GetKontextResultResponse200": (
        "GetKontextResultResponse200",
        "GetKontextResultResponse200DetailsType0",
        "GetKontextResultResponse200Status",
    ),
    "GetKontextResultResponse200DetailsType0": (
        "GetKontextResultResponse200DetailsType0",
    ),
    "HTTPValidationError": ("HTTPValidationError", "ValidationError"),
    "ImageArtifact": ("ImageArtifact", "ImageArtifactFinishReason"),
    "ImageStrengthRequest": ("ImageStrengthRequest", "Sampler"),
    "ListModelsResponse": ("ListModelsResponse", "Model"),
    "LogProbs": ("LogProbs", "LogProbsTopLogprobsType0Item"),
    "LogProbsTopLogprobsType0Item": ("LogProbsTopLogprobsType0Item",),
    "Message": ("Message", "MessageContent"),
    "MessageContent": ("MessageContent",),
    "Model": ("Model",),
    "NewLogProbs": (
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
    ),
    "NewLogProbsContent": ("NewLogProbsContent", "NewLogProbsContentTopLogProbs"),
    "NewLogProbsContentTopLogProbs": ("NewLogProbsContentTopLogProbs",),
    "PredictedOutput": (
        "PredictedOutput",
        "ChatMessageContent",
        "ChatMessageContentImageURL",
    ),
    "PromptTokensDetails": ("PromptTokensDetails",),
    "RawOutput": (
        "RawOutput",
        "NewLogProbs",
        "NewLogProbsContent",
        "NewLogProbsContentTopLogProbs",
    ),
    "RerankResult": ("RerankResult",),
    "Response": (
        "Response",
        "Message",
        "MessageContent",
        "ResponseErrorType0",
        "ResponseIncompleteDetailsType0",
        "ResponseMetadataType0",
        "ResponseReasoningType0",
        "ResponseTextType0",
        "ResponseToolChoiceType1",
        "ResponseToolsItem",
        "ResponseUsageType0",
        "ToolCall",
        "ToolCallFunctionType0",
        "ToolCallMcpType0",
        "ToolOutput",
    ),
    "ResponseErrorType0": ("ResponseErrorType0",),
    "ResponseFormat": (
        "ResponseFormat",
        "ResponseFormatJsonSchemaType1",
        "ResponseFormatSchemaType1",
        "ResponseFormatType",
    ),
    "ResponseFormatJsonSchemaType1": ("ResponseFormatJsonSchemaType1",),
    "ResponseFormatSchemaType1": ("ResponseFormatSchemaType1",),
    "ResponseIncompleteDetailsType0": ("ResponseIncompleteDetailsType0",),
    "ResponseList": (
        "ResponseList",
        "Message",
        "MessageContent",
        "Response",
        "ResponseErrorType0",
        "ResponseIncompleteDetailsType0",
        "ResponseMetadataType0",
        "ResponseReasoningType0",
        "ResponseTextType0",
        "ResponseToolChoiceType1",
        "ResponseToolsItem",
        "ResponseUsageType0",
        "ToolCall",
        "ToolCallFunctionType0",
        "ToolCallMcpType0",
        "ToolOutput",
    ),
    "ResponseMetadataType0": ("ResponseMetadataType0",),
    "ResponseReasoningType0": ("ResponseReasoningType0",),
    "ResponseTextType0": ("ResponseTextType0",),
    "ResponseToolChoiceType1": ("ResponseToolChoiceType1",),
    "ResponseToolsItem": ("ResponseToolsItem",),
    "ResponseUsageType0": ("ResponseUsageType0",),
    "StepScheduleRequest": ("StepScheduleRequest", "Sampler"),
    "TextPrompt": ("TextPrompt",),
    "ThinkingConfigDisabled": ("ThinkingConfigDisabled",),
    "ThinkingConfigEnabled": ("ThinkingConfigEnabled",),
    "ToolCall": ("ToolCall", "ToolCallFunctionType0", "ToolCallMcpType0"),
    "ToolCallFunctionType0": ("ToolCallFunctionType0",),
    "ToolCallMcpType0": ("ToolCallMcpType0",),
    "ToolOutput": ("ToolOutput",),
    "UsageInfo": ("UsageInfo", "PromptTokensDetails"),
    "ValidationError": ("ValidationError",),
}
# The attrs fields of each model, in order (checked when loaded).
_FIELDS: dict[str, tuple[str, ...]] = {
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
    "ChatCompletionFunction": ("name", "description", "parameters", "strict"),
    "ChatCompletionFunctionParameters": ("additional_properties",),
    "ChatCompletionMessageToolCall": (
        "function",
        "id",
        "type_",
        "index",
        "additional_properties",
    ),
    "ChatCompletionMessageToolCallFunction": (
        "name",
        "arguments",
        "additional_properties",
    ),
    "ChatCompletionMessageToolCallFunctionArgumentsType1": ("additional_properties",),
    "ChatCompletionRequest": (
        "model",
        "messages",
        "tools",
        "tool_choice",
        "stream",
        "response_format",
        "temperature",
        "top_k",
        "user",
        "prompt_cache_isolation_key",
        "raw_output",
        "perf_metrics_in_response",
        "n",
        "stop",
        "max_tokens",
        "max_completion_tokens",
        "top_p",
        "min_p",
        "typical_p",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "mirostat_target",
        "mirostat_lr",
        "seed",
        "logprobs",
        "top_logprobs",
        "echo",
        "echo_last",
        "ignore_eos",
        "context_length_exceeded_behavior",
        "logit_bias",
        "speculation",
        "prediction",
        "metadata",
        "reasoning_effort",
        "reasoning_history",
        "thinking",
        "return_token_ids",
        "functions",
        "prompt_truncate_len",
        "parallel_tool_calls",
        "function_call",
        "stream_options",
        "prompt_cache_key",
        "safe_tokenization",
        "service_tier",
    ),
    "ChatCompletionRequestLogitBiasType0": ("additional_properties",),
    "ChatCompletionRequestMetadataType0": ("additional_properties",),
    "ChatCompletionRequestStreamOptionsType0": (
        "include_usage",
        "additional_properties",
    ),
    "ChatCompletionResponse": (
        "id",
        "created",
        "model",
        "choices",
        "object_",
        "usage",
        "perf_metrics",
        "prompt_token_ids",
        "additional_properties",
    ),
    "ChatCompletionResponseChoice": (
        "index",
        "message",
        "finish_reason",
        "logprobs",
        "raw_output",
        "token_ids",
        "additional_properties",
    ),
    "ChatCompletionResponsePerfMetricsType0": ("additional_properties",),
    "ChatCompletionResponseStreamChoice": (
        "index",
        "delta",
        "finish_reason",
        "logprobs",
        "raw_output",
        "prompt_token_ids",
        "token_ids",
        "additional_properties",
    ),
    "ChatCompletionStreamEvent": (
        "data",
        "event",
        "id",
        "retry",
        "additional_properties",
    ),
    "ChatCompletionStreamResponse": (
        "id",
        "created",
        "model",
        "choices",
        "object_",
        "usage",
        "perf_metrics",
        "prompt_token_ids",
        "additional_properties",
    ),
    "ChatCompletionStreamResponsePerfMetricsType0": ("additional_properties",),
    "ChatCompletionTool": ("type_", "function"),
    "ChatMessage": (
        "role",
        "content",
        "reasoning_content",
        "tool_calls",
        "tool_call_id",
        "additional_properties",
    ),
    "ChatMessageContent": ("type_", "text", "image_url", "additional_properties"),
    "ChatMessageContentImageURL": ("url", "detail", "additional_properties"),
    "Choice": (
        "index",
        "text",
        "logprobs",
        "finish_reason",
        "raw_output",
        "prompt_token_ids",
        "token_ids",
        "additional_properties",
    ),
    "CompletionRequest": (
        "model",
        "prompt",
        "user",
        "prompt_cache_isolation_key",
        "raw_output",
        "perf_metrics_in_response",
        "stream",
        "n",
        "stop",
        "max_tokens",
        "max_completion_tokens",
        "temperature",
        "top_k",
        "top_p",
        "min_p",
        "typical_p",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "mirostat_target",
        "mirostat_lr",
        "seed",
        "logprobs",
        "top_logprobs",
        "echo",
        "echo_last",
        "ignore_eos",
        "context_length_exceeded_behavior",
        "response_format",
        "logit_bias",
        "speculation",
        "prediction",
        "metadata",
        "reasoning_effort",
        "reasoning_history",
        "thinking",
        "return_token_ids",
        "images",
        "stream_options",
        "prompt_cache_key",
        "service_tier",
    ),
    "CompletionRequestLogitBiasType0": ("additional_properties",),
    "CompletionRequestMetadataType0": ("additional_properties",),
    "CompletionRequestStreamOptionsType0": ("include_usage", "additional_properties"),
    "CompletionResponse": (
        "id",
        "created",
        "model",
        "choices",
        "usage",
        "object_",
        "perf_metrics",
        "additional_properties",
    ),
    "CompletionResponsePerfMetricsType0": ("additional_properties",),
    "CompletionResponseStreamChoice": (
        "index",
        "text",
        "logprobs",
        "finish_reason",
        "raw_output",
        "prompt_token_ids",
        "token_ids",
        "additional_properties",
    ),
    "CompletionStreamEvent": ("data", "event", "id", "retry", "additional_properties"),
    "CompletionStreamResponse": (
        "id",
        "created",
        "model",
        "choices",
        "object_",
        "usage",
        "perf_metrics",
        "additional_properties",
    ),
    "CompletionStreamResponsePerfMetricsType0": ("additional_properties",),
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
    "CreateEmbeddingRequest": (
        "input_",
        "model",
        "prompt_template",
        "dimensions",
        "return_logits",
        "normalize",
        "encoding_format",
    ),
    "CreateEmbeddingRequestInputArrayOfObjectsItem": ("additional_properties",),
    "CreateEmbeddingRequestStructuredData": ("additional_properties",),
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
    "CreateFluxImageBody": (
        "prompt",
        "aspect_ratio",
        "guidance_scale",
        "num_inference_steps",
        "seed",
        "additional_properties",
    ),
    "CreateFluxImageResponse200": (
        "id",
        "base64",
        "finish_reason",
        "seed",
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
    "CreateKontextRequestBody": (
        "prompt",
        "input_image",
        "seed",
        "aspect_ratio",
        "output_format",
        "webhook_url",
        "webhook_secret",
        "prompt_upsampling",
        "safety_tolerance",
        "additional_properties",
    ),
    "CreateKontextRequestResponse200": ("request_id", "additional_properties"),
    "CreateKontextRequestResponse400": ("error_message", "additional_properties"),
    "CreateRerankRequest": (
        "query",
        "documents",
        "model",
        "top_n",
        "return_documents",
        "task",
    ),
    "CreateRerankResponse": (
        "object_",
        "model",
        "data",
        "usage",
        "additional_properties",
    ),
    "CreateRerankResponseUsage": (
        "prompt_tokens",
        "total_tokens",
        "additional_properties",
    ),
    "CreateResponse": (
        "model",
        "input_",
        "previous_response_id",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "parallel_tool_calls",
        "reasoning",
        "store",
        "stream",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_p",
        "truncation",
        "user",
        "additional_properties",
    ),
    "CreateResponseInputType1Item": ("additional_properties",),
    "CreateResponseMetadataType0": ("additional_properties",),
    "CreateResponseReasoningType0": ("additional_properties",),
    "CreateResponseTextType0": ("additional_properties",),
    "CreateResponseToolChoiceType1": ("additional_properties",),
    "CreateResponseToolsType0Item": ("additional_properties",),
    "DeleteResponse": ("message", "additional_properties"),
    "DeltaMessage": (
        "role",
        "content",
        "reasoning_content",
        "tool_calls",
        "additional_properties",
    ),
    "Embedding": ("index", "embedding", "object_", "additional_properties"),
    "Error": ("type_", "message", "param", "code", "additional_properties"),
    "ErrorResponse": ("error", "additional_properties"),
    "FunctionNameSpec": ("name",),
    "FunctionSelection": ("type_", "function"),
    "GetKontextResultBody": ("id", "additional_properties"),
    "GetKontextResultResponse200": (
        "id",
        "status",
        "result",
        "progress",
        "details",
        "additional_properties",
    ),
    "GetKontextResultResponse200DetailsType0": ("additional_properties",),
    "HTTPValidationError": ("detail", "additional_properties"),
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
    "LogProbs": (
        "tokens",
        "token_logprobs",
        "top_logprobs",
        "text_offset",
        "token_ids",
        "additional_properties",
    ),
    "LogProbsTopLogprobsType0Item": ("additional_properties",),
    "Message": ("id", "role", "content", "status", "type_", "additional_properties"),
    "MessageContent": ("type_", "text", "additional_properties"),
    "Model": ("id", "object_", "created", "owned_by", "additional_properties"),
    "NewLogProbs": ("content", "additional_properties"),
    "NewLogProbsContent": (
        "token",
        "logprob",
        "sampling_logprob",
        "bytes_",
        "token_id",
        "text_offset",
        "top_logprobs",
        "last_activation",
        "routing_matrix",
        "additional_properties",
    ),
    "NewLogProbsContentTopLogProbs": (
        "token",
        "logprob",
        "token_id",
        "bytes_",
        "additional_properties",
    ),
    "PredictedOutput": ("content", "type_"),
    "PromptTokensDetails": ("cached_tokens", "additional_properties"),
    "RawOutput": (
        "prompt_fragments",
        "prompt_token_ids",
        "completion",
        "completion_token_ids",
        "completion_logprobs",
        "images",
        "grammar",
        "additional_properties",
    ),
    "RerankResult": ("index", "relevance_score", "document", "additional_properties"),
    "Response": (
        "created_at",
        "status",
        "model",
        "output",
        "id",
        "object_",
        "previous_response_id",
        "usage",
        "error",
        "incomplete_details",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "parallel_tool_calls",
        "reasoning",
        "store",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_p",
        "truncation",
        "user",
        "metadata",
        "additional_properties",
    ),
    "ResponseErrorType0": ("additional_properties",),
    "ResponseFormat": ("type_", "schema", "grammar", "json_schema"),
    "ResponseFormatJsonSchemaType1": ("additional_properties",),
    "ResponseFormatSchemaType1": ("additional_properties",),
    "ResponseIncompleteDetailsType0": ("additional_properties",),
    "ResponseList": (
        "data",
        "has_more",
        "object_",
        "first_id",
        "last_id",
        "additional_properties",
    ),
    "ResponseMetadataType0": ("additional_properties",),
    "ResponseReasoningType0": ("additional_properties",),
    "ResponseTextType0": ("additional_properties",),
    "ResponseToolChoiceType1": ("additional_properties",),
    "ResponseToolsItem": ("additional_properties",),
    "ResponseUsageType0": ("additional_properties",),
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
    "ThinkingConfigDisabled": ("type_",),
    "ThinkingConfigEnabled": ("type_", "budget_tokens"),
    "ToolCall": (
        "id",
        "type_",
        "call_id",
        "name",
        "arguments",
        "status",
        "function",
        "mcp",
        "additional_properties",
    ),
    "ToolCallFunctionType0": ("additional_properties",),
    "ToolCallMcpType0": ("additional_properties",),
    "ToolOutput": ("tool_call_id", "output", "type_", "additional_properties"),
    "UsageInfo": (
        "prompt_tokens",
        "total_tokens",
        "completion_tokens",
        "prompt_tokens_details",
        "additional_properties",
    ),
    "ValidationError": ("loc", "msg", "type_", "additional_properties"),
}
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
_K_CreateKontextRequestBody = frozenset(
    {
        "prompt",
        "input_image",
        "seed",
        "aspect_ratio",
        "output_format",
        "webhook_url",
        "webhook_secret",
        "prompt_upsampling",
        "safety_tolerance",
    }
)
_K_CreateResponse = frozenset(
    {
        "model",
        "input",
        "previous_response_id",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "parallel_tool_calls",
        "reasoning",
        "store",
        "stream",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_p",
        "truncation",
        "user",
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
_K_Response = frozenset(
    {
        "created_at",
        "status",
        "model",
        "output",
        "id",
        "object",
        "previous_response_id",
        "usage",
        "error",
        "incomplete_details",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "parallel_tool_calls",
        "reasoning",
        "store",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_p",
        "truncation",
        "user",
        "metadata",
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


def _f_ChatCompletionFunction(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionFunction)
    o1.name = data["name"]
    v3 = data.get("description", _UNSET)
    o1.description = v3
    v4 = data.get("parameters", _UNSET)
    if v4 is not _UNSET:
        if type(v4) is not dict:
            raise _Fallback
        o5 = _new(_C_ChatCompletionFunctionParameters)
        if v4:
            x6 = dict(v4)
            o5.additional_properties = x6
        else:
            o5.additional_properties = {}
        v4 = o5
    o1.parameters = v4
    v10 = data.get("strict", _UNSET)
    o1.strict = v10
    return o1


def _f_ChatCompletionFunctionParameters(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionFunctionParameters)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCall(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCall)
    v2 = data["function"]
    if isinstance(v2, dict):
        v2 = _member(
            _f_ChatCompletionMessageToolCallFunction,
            _C_ChatCompletionMessageToolCallFunction,
            v2,
            v2,
        )
    o1.function = v2
    v3 = data.get("id", _UNSET)
    o1.id = v3
    v4 = data.get("type", _UNSET)
    o1.type_ = v4
    v5 = data.get("index", _UNSET)
    o1.index = v5
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET) + (v5 is not _UNSET):
        x6 = dict(data)
        del x6["function"]
        x6.pop("id", None)
        x6.pop("type", None)
        x6.pop("index", None)
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCallFunction(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCallFunction)
    v2 = data.get("name", _UNSET)
    o1.name = v2
    v3 = data.get("arguments", _UNSET)
    if v3 is None:
        pass
    elif v3 is _UNSET:
        pass
    elif isinstance(v3, dict):
        v3 = _member(
            _f_ChatCompletionMessageToolCallFunctionArgumentsType1,
            _C_ChatCompletionMessageToolCallFunctionArgumentsType1,
            v3,
            v3,
        )
    o1.arguments = v3
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET):
        x4 = dict(data)
        x4.pop("name", None)
        x4.pop("arguments", None)
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionMessageToolCallFunctionArgumentsType1(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionMessageToolCallFunctionArgumentsType1)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionRequest)
    o1.model = data["model"]
    v3 = data["messages"]
    if type(v3) is not list:
        raise _Fallback
    a5 = []
    for i4 in v3:
        if type(i4) is not dict:
            raise _Fallback
        o6 = _new(_C_ChatMessage)
        o6.role = i4["role"]
        v8 = i4.get("content", _UNSET)
        if v8 is None:
            pass
        elif v8 is _UNSET:
            pass
        elif isinstance(v8, list):
            if type(v8) is not list:
                raise _Fallback
            a10 = []
            for i9 in v8:
                if type(i9) is not dict:
                    raise _Fallback
                o11 = _new(_C_ChatMessageContent)
                o11.type_ = i9["type"]
                v13 = i9.get("text", _UNSET)
                o11.text = v13
                v14 = i9.get("image_url", _UNSET)
                if v14 is None:
                    pass
                elif v14 is _UNSET:
                    pass
                elif isinstance(v14, dict):
                    v14 = _member(
                        _f_ChatMessageContentImageURL,
                        _C_ChatMessageContentImageURL,
                        v14,
                        v14,
                    )
                o11.image_url = v14
                if len(i9) != 1 + (v13 is not _UNSET) + (v14 is not _UNSET):
                    x15 = dict(i9)
                    del x15["type"]
                    x15.pop("text", None)
                    x15.pop("image_url", None)
                    o11.additional_properties = x15
                else:
                    o11.additional_properties = {}
                i9 = o11
                a10.append(i9)
            v8 = a10
        o6.content = v8
        v19 = i4.get("reasoning_content", _UNSET)
        o6.reasoning_content = v19
        v20 = i4.get("tool_calls", _UNSET)
        if v20 is None:
            pass
        elif v20 is _UNSET:
            pass
        elif isinstance(v20, list):
            if type(v20) is not list:
                raise _Fallback
            a22 = []
            for i21 in v20:
                if type(i21) is not dict:
                    raise _Fallback
                o23 = _new(_C_ChatCompletionMessageToolCall)
                v24 = i21["function"]
                if isinstance(v24, dict):
                    v24 = _member(
                        _f_ChatCompletionMessageToolCallFunction,
                        _C_ChatCompletionMessageToolCallFunction,
                        v24,
                        v24,
                    )
                o23.function = v24
                v25 = i21.get("id", _UNSET)
                o23.id = v25
                v26 = i21.get("type", _UNSET)
                o23.type_ = v26
                v27 = i21.get("index", _UNSET)
                o23.index = v27
                if len(i21) != 1 + (v25 is not _UNSET) + (v26 is not _UNSET) + (
                    v27 is not _UNSET
                ):
                    x28 = dict(i21)
                    del x28["function"]
                    x28.pop("id", None)
                    x28.pop("type", None)
                    x28.pop("index", None)
                    o23.additional_properties = x28
                else:
                    o23.additional_properties = {}
                i21 = o23
                a22.append(i21)
            v20 = a22
        o6.tool_calls = v20
        v32 = i4.get("tool_call_id", _UNSET)
        o6.tool_call_id = v32
        if len(i4) != 1 + (v8 is not _UNSET) + (v19 is not _UNSET) + (
            v20 is not _UNSET
        ) + (v32 is not _UNSET):
            x33 = dict(i4)
            del x33["role"]
            x33.pop("content", None)
            x33.pop("reasoning_content", None)
            x33.pop("tool_calls", None)
            x33.pop("tool_call_id", None)
            o6.additional_properties = x33
        else:
            o6.additional_properties = {}
        i4 = o6
        a5.append(i4)
    v3 = a5
    o1.messages = v3
    v37 = data.get("tools", _UNSET)
    if v37 is not _UNSET:
        if type(v37) is not list:
            raise _Fallback
        a39 = []
        for i38 in v37:
            if type(i38) is not dict:
                raise _Fallback
            o40 = _new(_C_ChatCompletionTool)
            v41 = i38["type"]
            v41 = _E_ChatCompletionToolType[v41]
            o40.type_ = v41
            v42 = i38.get("function", _UNSET)
            if v42 is None:
                pass
            elif v42 is _UNSET:
                pass
            elif isinstance(v42, dict):
                v42 = _member(
                    _f_ChatCompletionFunction, _C_ChatCompletionFunction, v42, v42
                )
            o40.function = v42
            i38 = o40
            a39.append(i38)
        v37 = a39
    o1.tools = v37
    v43 = data.get("tool_choice", _UNSET)
    if v43 is _UNSET:
        pass
    elif isinstance(v43, str) and v43 in _E_ChatCompletionRequestToolChoiceType0:
        v43 = _E_ChatCompletionRequestToolChoiceType0[v43]
    elif isinstance(v43, dict):
        if type(v43) is not dict:
            raise _Fallback
        o44 = _new(_C_FunctionSelection)
        v45 = v43["type"]
        if v45 != "function":
            raise _Fallback
        o44.type_ = v45
        v46 = v43.get("function", _UNSET)
        if v46 is None:
            pass
        elif v46 is _UNSET:
            pass
        elif isinstance(v46, dict):
            v46 = _member(_f_FunctionNameSpec, _C_FunctionNameSpec, v46, v46)
        o44.function = v46
        v43 = o44
    else:
        raise _Fallback
    o1.tool_choice = v43
    v47 = data.get("stream", _UNSET)
    o1.stream = v47
    v48 = data.get("response_format", _UNSET)
    if v48 is None:
        pass
    elif v48 is _UNSET:
        pass
    elif isinstance(v48, dict):
        v48 = _member(_f_ResponseFormat, _C_ResponseFormat, v48, v48)
    o1.response_format = v48
    v49 = data.get("temperature", _UNSET)
    o1.temperature = v49
    v50 = data.get("top_k", _UNSET)
    o1.top_k = v50
    v51 = data.get("user", _UNSET)
    o1.user = v51
    v52 = data.get("prompt_cache_isolation_key", _UNSET)
    o1.prompt_cache_isolation_key = v52
    v53 = data.get("raw_output", _UNSET)
    o1.raw_output = v53
    v54 = data.get("perf_metrics_in_response", _UNSET)
    o1.perf_metrics_in_response = v54
    v55 = data.get("n", _UNSET)
    o1.n = v55
    v56 = data.get("stop", _UNSET)
    o1.stop = v56
    v57 = data.get("max_tokens", _UNSET)
    o1.max_tokens = v57
    v58 = data.get("max_completion_tokens", _UNSET)
    o1.max_completion_tokens = v58
    v59 = data.get("top_p", _UNSET)
    o1.top_p = v59
    v60 = data.get("min_p", _UNSET)
    o1.min_p = v60
    v61 = data.get("typical_p", _UNSET)
    o1.typical_p = v61
    v62 = data.get("frequency_penalty", _UNSET)
    o1.frequency_penalty = v62
    v63 = data.get("presence_penalty", _UNSET)
    o1.presence_penalty = v63
    v64 = data.get("repetition_penalty", _UNSET)
    o1.repetition_penalty = v64
    v65 = data.get("mirostat_target", _UNSET)
    o1.mirostat_target = v65
    v66 = data.get("mirostat_lr", _UNSET)
    o1.mirostat_lr = v66
    v67 = data.get("seed", _UNSET)
    o1.seed = v67
    v68 = data.get("logprobs", _UNSET)
    o1.logprobs = v68
    v69 = data.get("top_logprobs", _UNSET)
    o1.top_logprobs = v69
    v70 = data.get("echo", _UNSET)
    o1.echo = v70
    v71 = data.get("echo_last", _UNSET)
    o1.echo_last = v71
    v72 = data.get("ignore_eos", _UNSET)
    o1.ignore_eos = v72
    v73 = data.get("context_length_exceeded_behavior", _UNSET)
    if v73 is not _UNSET:
        v73 = _E_ChatCompletionRequestContextLengthExceededBehavior[v73]
    o1.context_length_exceeded_behavior = v73
    v74 = data.get("logit_bias", _UNSET)
    if v74 is None:
        pass
    elif v74 is _UNSET:
        pass
    elif isinstance(v74, dict):
        v74 = _member(
            _f_ChatCompletionRequestLogitBiasType0,
            _C_ChatCompletionRequestLogitBiasType0,
            v74,
            v74,
        )
    o1.logit_bias = v74
    v75 = data.get("speculation", _UNSET)
    o1.speculation = v75
    v76 = data.get("prediction", _UNSET)
    if v76 is None:
        pass
    elif v76 is _UNSET:
        pass
    elif isinstance(v76, dict):
        v76 = _member(_f_PredictedOutput, _C_PredictedOutput, v76, v76)
    o1.prediction = v76
    v77 = data.get("metadata", _UNSET)
    if v77 is None:
        pass
    elif v77 is _UNSET:
        pass
    elif isinstance(v77, dict):
        v77 = _member(
            _f_ChatCompletionRequestMetadataType0,
            _C_ChatCompletionRequestMetadataType0,
            v77,
            v77,
        )
    o1.metadata = v77
    v78 = data.get("reasoning_effort", _UNSET)
    if v78 is None:
        pass
    elif v78 is _UNSET:
        pass
    elif isinstance(v78, str):
        v78 = _E_ChatCompletionRequestReasoningEffortType0.get(v78, v78)
    o1.reasoning_effort = v78
    v79 = data.get("reasoning_history", _UNSET)
    if v79 is None:
        pass
    elif v79 is _UNSET:
        pass
    elif isinstance(v79, str):
        v79 = _E_ChatCompletionRequestReasoningHistoryType0.get(v79, v79)
    o1.reasoning_history = v79
    v80 = data.get("thinking", _UNSET)
    if v80 is None:
        pass
    elif v80 is _UNSET:
        pass
    elif (
        isinstance(v80, dict)
        and (
            r81 := _member(
                _f_ThinkingConfigEnabled, _C_ThinkingConfigEnabled, v80, _MISS
            )
        )
        is not _MISS
    ):
        v80 = r81
    elif isinstance(v80, dict):
        v80 = _member(_f_ThinkingConfigDisabled, _C_ThinkingConfigDisabled, v80, v80)
    o1.thinking = v80
    v82 = data.get("return_token_ids", _UNSET)
    o1.return_token_ids = v82
    v83 = data.get("functions", _UNSET)
    if v83 is not _UNSET:
        if type(v83) is not list:
            raise _Fallback
        a85 = []
        for i84 in v83:
            if type(i84) is not dict:
                raise _Fallback
            o86 = _new(_C_ChatCompletionFunction)
            o86.name = i84["name"]
            v88 = i84.get("description", _UNSET)
            o86.description = v88
            v89 = i84.get("parameters", _UNSET)
            if v89 is not _UNSET:
                if type(v89) is not dict:
                    raise _Fallback
                o90 = _new(_C_ChatCompletionFunctionParameters)
                if v89:
                    x91 = dict(v89)
                    o90.additional_properties = x91
                else:
                    o90.additional_properties = {}
                v89 = o90
            o86.parameters = v89
            v95 = i84.get("strict", _UNSET)
            o86.strict = v95
            i84 = o86
            a85.append(i84)
        v83 = a85
    o1.functions = v83
    v96 = data.get("prompt_truncate_len", _UNSET)
    o1.prompt_truncate_len = v96
    v97 = data.get("parallel_tool_calls", _UNSET)
    o1.parallel_tool_calls = v97
    v98 = data.get("function_call", _UNSET)
    if v98 is None:
        pass
    elif v98 is _UNSET:
        pass
    elif isinstance(v98, str) and v98 in _E_ChatCompletionRequestFunctionCallType0:
        v98 = _E_ChatCompletionRequestFunctionCallType0[v98]
    elif isinstance(v98, dict):
        v98 = _member(_f_FunctionNameSpec, _C_FunctionNameSpec, v98, v98)
    o1.function_call = v98
    v99 = data.get("stream_options", _UNSET)
    if v99 is None:
        pass
    elif v99 is _UNSET:
        pass
    elif isinstance(v99, dict):
        v99 = _member(
            _f_ChatCompletionRequestStreamOptionsType0,
            _C_ChatCompletionRequestStreamOptionsType0,
            v99,
            v99,
        )
    o1.stream_options = v99
    v100 = data.get("prompt_cache_key", _UNSET)
    o1.prompt_cache_key = v100
    v101 = data.get("safe_tokenization", _UNSET)
    o1.safe_tokenization = v101
    v102 = data.get("service_tier", _UNSET)
    if v102 is not _UNSET:
        v102 = _E_ChatCompletionRequestServiceTier[v102]
    o1.service_tier = v102
    return o1


def _f_ChatCompletionRequestLogitBiasType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionRequestLogitBiasType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionRequestMetadataType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionRequestMetadataType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionRequestStreamOptionsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionRequestStreamOptionsType0)
    v2 = data.get("include_usage", _UNSET)
    o1.include_usage = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x3 = dict(data)
        x3.pop("include_usage", None)
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionResponse)
    o1.id = data["id"]
    o1.created = data["created"]
    o1.model = data["model"]
    v5 = data["choices"]
    if type(v5) is not list:
        raise _Fallback
    a7 = []
    for i6 in v5:
        if type(i6) is not dict:
            raise _Fallback
        o8 = _new(_C_ChatCompletionResponseChoice)
        o8.index = i6["index"]
        v10 = i6["message"]
        if type(v10) is not dict:
            raise _Fallback
        o11 = _new(_C_ChatMessage)
        o11.role = v10["role"]
        v13 = v10.get("content", _UNSET)
        if v13 is None:
            pass
        elif v13 is _UNSET:
            pass
        elif isinstance(v13, list):
            if type(v13) is not list:
                raise _Fallback
            a15 = []
            for i14 in v13:
                if type(i14) is not dict:
                    raise _Fallback
                o16 = _new(_C_ChatMessageContent)
                o16.type_ = i14["type"]
                v18 = i14.get("text", _UNSET)
                o16.text = v18
                v19 = i14.get("image_url", _UNSET)
                if v19 is None:
                    pass
                elif v19 is _UNSET:
                    pass
                elif isinstance(v19, dict):
                    v19 = _member(
                        _f_ChatMessageContentImageURL,
                        _C_ChatMessageContentImageURL,
                        v19,
                        v19,
                    )
                o16.image_url = v19
                if len(i14) != 1 + (v18 is not _UNSET) + (v19 is not _UNSET):
                    x20 = dict(i14)
                    del x20["type"]
                    x20.pop("text", None)
                    x20.pop("image_url", None)
                    o16.additional_properties = x20
                else:
                    o16.additional_properties = {}
                i14 = o16
                a15.append(i14)
            v13 = a15
        o11.content = v13
        v24 = v10.get("reasoning_content", _UNSET)
        o11.reasoning_content = v24
        v25 = v10.get("tool_calls", _UNSET)
        if v25 is None:
            pass
        elif v25 is _UNSET:
            pass
        elif isinstance(v25, list):
            if type(v25) is not list:
                raise _Fallback
            a27 = []
            for i26 in v25:
                if type(i26) is not dict:
                    raise _Fallback
                o28 = _new(_C_ChatCompletionMessageToolCall)
                v29 = i26["function"]
                if isinstance(v29, dict):
                    v29 = _member(
                        _f_ChatCompletionMessageToolCallFunction,
                        _C_ChatCompletionMessageToolCallFunction,
                        v29,
                        v29,
                    )
                o28.function = v29
                v30 = i26.get("id", _UNSET)
                o28.id = v30
                v31 = i26.get("type", _UNSET)
                o28.type_ = v31
                v32 = i26.get("index", _UNSET)
                o28.index = v32
                if len(i26) != 1 + (v30 is not _UNSET) + (v31 is not _UNSET) + (
                    v32 is not _UNSET
                ):
                    x33 = dict(i26)
                    del x33["function"]
                    x33.pop("id", None)
                    x33.pop("type", None)
                    x33.pop("index", None)
                    o28.additional_properties = x33
                else:
                    o28.additional_properties = {}
                i26 = o28
                a27.append(i26)
            v25 = a27
        o11.tool_calls = v25
        v37 = v10.get("tool_call_id", _UNSET)
        o11.tool_call_id = v37
        if len(v10) != 1 + (v13 is not _UNSET) + (v24 is not _UNSET) + (
            v25 is not _UNSET
        ) + (v37 is not _UNSET):
            x38 = dict(v10)
            del x38["role"]
            x38.pop("content", None)
            x38.pop("reasoning_content", None)
            x38.pop("tool_calls", None)
            x38.pop("tool_call_id", None)
            o11.additional_properties = x38
        else:
            o11.additional_properties = {}
        v10 = o11
        o8.message = v10
        v42 = i6.get("finish_reason", _UNSET)
        o8.finish_reason = v42
        v43 = i6.get("logprobs", _UNSET)
        if v43 is None:
            pass
        elif v43 is _UNSET:
            pass
        elif (
            isinstance(v43, dict)
            and (r44 := _member(_f_LogProbs, _C_LogProbs, v43, _MISS)) is not _MISS
        ):
            v43 = r44
        elif isinstance(v43, dict):
            v43 = _member(_f_NewLogProbs, _C_NewLogProbs, v43, v43)
        o8.logprobs = v43
        v45 = i6.get("raw_output", _UNSET)
        if v45 is None:
            pass
        elif v45 is _UNSET:
            pass
        elif isinstance(v45, dict):
            v45 = _member(_f_RawOutput, _C_RawOutput, v45, v45)
        o8.raw_output = v45
        v46 = i6.get("token_ids", _UNSET)
        o8.token_ids = v46
        if len(i6) != 2 + (v42 is not _UNSET) + (v43 is not _UNSET) + (
            v45 is not _UNSET
        ) + (v46 is not _UNSET):
            x47 = dict(i6)
            del x47["index"]
            del x47["message"]
            x47.pop("finish_reason", None)
            x47.pop("logprobs", None)
            x47.pop("raw_output", None)
            x47.pop("token_ids", None)
            o8.additional_properties = x47
        else:
            o8.additional_properties = {}
        i6 = o8
        a7.append(i6)
    v5 = a7
    o1.choices = v5
    v51 = data.get("object", _UNSET)
    o1.object_ = v51
    v52 = data.get("usage", _UNSET)
    if v52 is None:
        pass
    elif v52 is _UNSET:
        pass
    elif isinstance(v52, dict):
        v52 = _member(_f_UsageInfo, _C_UsageInfo, v52, v52)
    o1.usage = v52
    v53 = data.get("perf_metrics", _UNSET)
    if v53 is None:
        pass
    elif v53 is _UNSET:
        pass
    elif isinstance(v53, dict):
        v53 = _member(
            _f_ChatCompletionResponsePerfMetricsType0,
            _C_ChatCompletionResponsePerfMetricsType0,
            v53,
            v53,
        )
    o1.perf_metrics = v53
    v54 = data.get("prompt_token_ids", _UNSET)
    o1.prompt_token_ids = v54
    if len(data) != 4 + (v51 is not _UNSET) + (v52 is not _UNSET) + (
        v53 is not _UNSET
    ) + (v54 is not _UNSET):
        x55 = dict(data)
        del x55["id"]
        del x55["created"]
        del x55["model"]
        del x55["choices"]
        x55.pop("object", None)
        x55.pop("usage", None)
        x55.pop("perf_metrics", None)
        x55.pop("prompt_token_ids", None)
        o1.additional_properties = x55
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionResponseChoice(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionResponseChoice)
    o1.index = data["index"]
    v3 = data["message"]
    if type(v3) is not dict:
        raise _Fallback
    o4 = _new(_C_ChatMessage)
    o4.role = v3["role"]
    v6 = v3.get("content", _UNSET)
    if v6 is None:
        pass
    elif v6 is _UNSET:
        pass
    elif isinstance(v6, list):
        if type(v6) is not list:
            raise _Fallback
        a8 = []
        for i7 in v6:
            if type(i7) is not dict:
                raise _Fallback
            o9 = _new(_C_ChatMessageContent)
            o9.type_ = i7["type"]
            v11 = i7.get("text", _UNSET)
            o9.text = v11
            v12 = i7.get("image_url", _UNSET)
            if v12 is None:
                pass
            elif v12 is _UNSET:
                pass
            elif isinstance(v12, dict):
                v12 = _member(
                    _f_ChatMessageContentImageURL,
                    _C_ChatMessageContentImageURL,
                    v12,
                    v12,
                )
            o9.image_url = v12
            if len(i7) != 1 + (v11 is not _UNSET) + (v12 is not _UNSET):
                x13 = dict(i7)
                del x13["type"]
                x13.pop("text", None)
                x13.pop("image_url", None)
                o9.additional_properties = x13
            else:
                o9.additional_properties = {}
            i7 = o9
            a8.append(i7)
        v6 = a8
    o4.content = v6
    v17 = v3.get("reasoning_content", _UNSET)
    o4.reasoning_content = v17
    v18 = v3.get("tool_calls", _UNSET)
    if v18 is None:
        pass
    elif v18 is _UNSET:
        pass
    elif isinstance(v18, list):
        if type(v18) is not list:
            raise _Fallback
        a20 = []
        for i19 in v18:
            if type(i19) is not dict:
                raise _Fallback
            o21 = _new(_C_ChatCompletionMessageToolCall)
            v22 = i19["function"]
            if isinstance(v22, dict):
                v22 = _member(
                    _f_ChatCompletionMessageToolCallFunction,
                    _C_ChatCompletionMessageToolCallFunction,
                    v22,
                    v22,
                )
            o21.function = v22
            v23 = i19.get("id", _UNSET)
            o21.id = v23
            v24 = i19.get("type", _UNSET)
            o21.type_ = v24
            v25 = i19.get("index", _UNSET)
            o21.index = v25
            if len(i19) != 1 + (v23 is not _UNSET) + (v24 is not _UNSET) + (
                v25 is not _UNSET
            ):
                x26 = dict(i19)
                del x26["function"]
                x26.pop("id", None)
                x26.pop("type", None)
                x26.pop("index", None)
                o21.additional_properties = x26
            else:
                o21.additional_properties = {}
            i19 = o21
            a20.append(i19)
        v18 = a20
    o4.tool_calls = v18
    v30 = v3.get("tool_call_id", _UNSET)
    o4.tool_call_id = v30
    if len(v3) != 1 + (v6 is not _UNSET) + (v17 is not _UNSET) + (v18 is not _UNSET) + (
        v30 is not _UNSET
    ):
        x31 = dict(v3)
        del x31["role"]
        x31.pop("content", None)
        x31.pop("reasoning_content", None)
        x31.pop("tool_calls", None)
        x31.pop("tool_call_id", None)
        o4.additional_properties = x31
    else:
        o4.additional_properties = {}
    v3 = o4
    o1.message = v3
    v35 = data.get("finish_reason", _UNSET)
    o1.finish_reason = v35
    v36 = data.get("logprobs", _UNSET)
    if v36 is None:
        pass
    elif v36 is _UNSET:
        pass
    elif (
        isinstance(v36, dict)
        and (r37 := _member(_f_LogProbs, _C_LogProbs, v36, _MISS)) is not _MISS
    ):
        v36 = r37
    elif isinstance(v36, dict):
        v36 = _member(_f_NewLogProbs, _C_NewLogProbs, v36, v36)
    o1.logprobs = v36
    v38 = data.get("raw_output", _UNSET)
    if v38 is None:
        pass
    elif v38 is _UNSET:
        pass
    elif isinstance(v38, dict):
        v38 = _member(_f_RawOutput, _C_RawOutput, v38, v38)
    o1.raw_output = v38
    v39 = data.get("token_ids", _UNSET)
    o1.token_ids = v39
    if len(data) != 2 + (v35 is not _UNSET) + (v36 is not _UNSET) + (
        v38 is not _UNSET
    ) + (v39 is not _UNSET):
        x40 = dict(data)
        del x40["index"]
        del x40["message"]
        x40.pop("finish_reason", None)
        x40.pop("logprobs", None)
        x40.pop("raw_output", None)
        x40.pop("token_ids", None)
        o1.additional_properties = x40
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionResponsePerfMetricsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionResponsePerfMetricsType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionResponseStreamChoice(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionResponseStreamChoice)
    o1.index = data["index"]
    v3 = data["delta"]
    if type(v3) is not dict:
        raise _Fallback
    o4 = _new(_C_DeltaMessage)
    v5 = v3.get("role", _UNSET)
    o4.role = v5
    v6 = v3.get("content", _UNSET)
    o4.content = v6
    v7 = v3.get("reasoning_content", _UNSET)
    o4.reasoning_content = v7
    v8 = v3.get("tool_calls", _UNSET)
    if v8 is None:
        pass
    elif v8 is _UNSET:
        pass
    elif isinstance(v8, list):
        if type(v8) is not list:
            raise _Fallback
        a10 = []
        for i9 in v8:
            if type(i9) is not dict:
                raise _Fallback
            o11 = _new(_C_ChatCompletionMessageToolCall)
            v12 = i9["function"]
            if isinstance(v12, dict):
                v12 = _member(
                    _f_ChatCompletionMessageToolCallFunction,
                    _C_ChatCompletionMessageToolCallFunction,
                    v12,
                    v12,
                )
            o11.function = v12
            v13 = i9.get("id", _UNSET)
            o11.id = v13
            v14 = i9.get("type", _UNSET)
            o11.type_ = v14
            v15 = i9.get("index", _UNSET)
            o11.index = v15
            if len(i9) != 1 + (v13 is not _UNSET) + (v14 is not _UNSET) + (
                v15 is not _UNSET
            ):
                x16 = dict(i9)
                del x16["function"]
                x16.pop("id", None)
                x16.pop("type", None)
                x16.pop("index", None)
                o11.additional_properties = x16
            else:
                o11.additional_properties = {}
            i9 = o11
            a10.append(i9)
        v8 = a10
    o4.tool_calls = v8
    if len(v3) != 0 + (v5 is not _UNSET) + (v6 is not _UNSET) + (v7 is not _UNSET) + (
        v8 is not _UNSET
    ):
        x20 = dict(v3)
        x20.pop("role", None)
        x20.pop("content", None)
        x20.pop("reasoning_content", None)
        x20.pop("tool_calls", None)
        o4.additional_properties = x20
    else:
        o4.additional_properties = {}
    v3 = o4
    o1.delta = v3
    v24 = data.get("finish_reason", _UNSET)
    if v24 is None:
        pass
    elif v24 is _UNSET:
        pass
    elif isinstance(v24, str):
        v24 = _E_ChatCompletionResponseStreamChoiceFinishReasonType0.get(v24, v24)
    o1.finish_reason = v24
    v25 = data.get("logprobs", _UNSET)
    if v25 is None:
        pass
    elif v25 is _UNSET:
        pass
    elif (
        isinstance(v25, dict)
        and (r26 := _member(_f_LogProbs, _C_LogProbs, v25, _MISS)) is not _MISS
    ):
        v25 = r26
    elif isinstance(v25, dict):
        v25 = _member(_f_NewLogProbs, _C_NewLogProbs, v25, v25)
    o1.logprobs = v25
    v27 = data.get("raw_output", _UNSET)
    if v27 is None:
        pass
    elif v27 is _UNSET:
        pass
    elif isinstance(v27, dict):
        v27 = _member(_f_RawOutput, _C_RawOutput, v27, v27)
    o1.raw_output = v27
    v28 = data.get("prompt_token_ids", _UNSET)
    o1.prompt_token_ids = v28
    v29 = data.get("token_ids", _UNSET)
    o1.token_ids = v29
    if len(data) != 2 + (v24 is not _UNSET) + (v25 is not _UNSET) + (
        v27 is not _UNSET
    ) + (v28 is not _UNSET) + (v29 is not _UNSET):
        x30 = dict(data)
        del x30["index"]
        del x30["delta"]
        x30.pop("finish_reason", None)
        x30.pop("logprobs", None)
        x30.pop("raw_output", None)
        x30.pop("prompt_token_ids", None)
        x30.pop("token_ids", None)
        o1.additional_properties = x30
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionStreamEvent(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionStreamEvent)
    v2 = data["data"]
    if v2 != "[DONE]":
        raise _Fallback
    o1.data = v2
    v3 = data.get("event", _UNSET)
    o1.event = v3
    v4 = data.get("id", _UNSET)
    o1.id = v4
    v5 = data.get("retry", _UNSET)
    o1.retry = v5
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET) + (v5 is not _UNSET):
        x6 = dict(data)
        del x6["data"]
        x6.pop("event", None)
        x6.pop("id", None)
        x6.pop("retry", None)
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionStreamResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionStreamResponse)
    o1.id = data["id"]
    o1.created = data["created"]
    o1.model = data["model"]
    v5 = data["choices"]
    if type(v5) is not list:
        raise _Fallback
    a7 = []
    for i6 in v5:
        if type(i6) is not dict:
            raise _Fallback
        o8 = _new(_C_ChatCompletionResponseStreamChoice)
        o8.index = i6["index"]
        v10 = i6["delta"]
        if type(v10) is not dict:
            raise _Fallback
        o11 = _new(_C_DeltaMessage)
        v12 = v10.get("role", _UNSET)
        o11.role = v12
        v13 = v10.get("content", _UNSET)
        o11.content = v13
        v14 = v10.get("reasoning_content", _UNSET)
        o11.reasoning_content = v14
        v15 = v10.get("tool_calls", _UNSET)
        if v15 is None:
            pass
        elif v15 is _UNSET:
            pass
        elif isinstance(v15, list):
            if type(v15) is not list:
                raise _Fallback
            a17 = []
            for i16 in v15:
                if type(i16) is not dict:
                    raise _Fallback
                o18 = _new(_C_ChatCompletionMessageToolCall)
                v19 = i16["function"]
                if isinstance(v19, dict):
                    v19 = _member(
                        _f_ChatCompletionMessageToolCallFunction,
                        _C_ChatCompletionMessageToolCallFunction,
                        v19,
                        v19,
                    )
                o18.function = v19
                v20 = i16.get("id", _UNSET)
                o18.id = v20
                v21 = i16.get("type", _UNSET)
                o18.type_ = v21
                v22 = i16.get("index", _UNSET)
                o18.index = v22
                if len(i16) != 1 + (v20 is not _UNSET) + (v21 is not _UNSET) + (
                    v22 is not _UNSET
                ):
                    x23 = dict(i16)
                    del x23["function"]
                    x23.pop("id", None)
                    x23.pop("type", None)
                    x23.pop("index", None)
                    o18.additional_properties = x23
                else:
                    o18.additional_properties = {}
                i16 = o18
                a17.append(i16)
            v15 = a17
        o11.tool_calls = v15
        if len(v10) != 0 + (v12 is not _UNSET) + (v13 is not _UNSET) + (
            v14 is not _UNSET
        ) + (v15 is not _UNSET):
            x27 = dict(v10)
            x27.pop("role", None)
            x27.pop("content", None)
            x27.pop("reasoning_content", None)
            x27.pop("tool_calls", None)
            o11.additional_properties = x27
        else:
            o11.additional_properties = {}
        v10 = o11
        o8.delta = v10
        v31 = i6.get("finish_reason", _UNSET)
        if v31 is None:
            pass
        elif v31 is _UNSET:
            pass
        elif isinstance(v31, str):
            v31 = _E_ChatCompletionResponseStreamChoiceFinishReasonType0.get(v31, v31)
        o8.finish_reason = v31
        v32 = i6.get("logprobs", _UNSET)
        if v32 is None:
            pass
        elif v32 is _UNSET:
            pass
        elif (
            isinstance(v32, dict)
            and (r33 := _member(_f_LogProbs, _C_LogProbs, v32, _MISS)) is not _MISS
        ):
            v32 = r33
        elif isinstance(v32, dict):
            v32 = _member(_f_NewLogProbs, _C_NewLogProbs, v32, v32)
        o8.logprobs = v32
        v34 = i6.get("raw_output", _UNSET)
        if v34 is None:
            pass
        elif v34 is _UNSET:
            pass
        elif isinstance(v34, dict):
            v34 = _member(_f_RawOutput, _C_RawOutput, v34, v34)
        o8.raw_output = v34
        v35 = i6.get("prompt_token_ids", _UNSET)
        o8.prompt_token_ids = v35
        v36 = i6.get("token_ids", _UNSET)
        o8.token_ids = v36
        if len(i6) != 2 + (v31 is not _UNSET) + (v32 is not _UNSET) + (
            v34 is not _UNSET
        ) + (v35 is not _UNSET) + (v36 is not _UNSET):
            x37 = dict(i6)
            del x37["index"]
            del x37["delta"]
            x37.pop("finish_reason", None)
            x37.pop("logprobs", None)
            x37.pop("raw_output", None)
            x37.pop("prompt_token_ids", None)
            x37.pop("token_ids", None)
            o8.additional_properties = x37
        else:
            o8.additional_properties = {}
        i6 = o8
        a7.append(i6)
    v5 = a7
    o1.choices = v5
    v41 = data.get("object", _UNSET)
    o1.object_ = v41
    v42 = data.get("usage", _UNSET)
    if v42 is None:
        pass
    elif v42 is _UNSET:
        pass
    elif isinstance(v42, dict):
        v42 = _member(_f_UsageInfo, _C_UsageInfo, v42, v42)
    o1.usage = v42
    v43 = data.get("perf_metrics", _UNSET)
    if v43 is None:
        pass
    elif v43 is _UNSET:
        pass
    elif isinstance(v43, dict):
        v43 = _member(
            _f_ChatCompletionStreamResponsePerfMetricsType0,
            _C_ChatCompletionStreamResponsePerfMetricsType0,
            v43,
            v43,
        )
    o1.perf_metrics = v43
    v44 = data.get("prompt_token_ids", _UNSET)
    o1.prompt_token_ids = v44
    if len(data) != 4 + (v41 is not _UNSET) + (v42 is not _UNSET) + (
        v43 is not _UNSET
    ) + (v44 is not _UNSET):
        x45 = dict(data)
        del x45["id"]
        del x45["created"]
        del x45["model"]
        del x45["choices"]
        x45.pop("object", None)
        x45.pop("usage", None)
        x45.pop("perf_metrics", None)
        x45.pop("prompt_token_ids", None)
        o1.additional_properties = x45
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatCompletionStreamResponsePerfMetricsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatCompletionStreamResponsePerfMetricsType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
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
    v3 = data.get("function", _UNSET)
    if v3 is None:
        pass
    elif v3 is _UNSET:
        pass
    elif isinstance(v3, dict):
        v3 = _member(_f_ChatCompletionFunction, _C_ChatCompletionFunction, v3, v3)
    o1.function = v3
    return o1


def _f_ChatMessage(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatMessage)
    o1.role = data["role"]
    v3 = data.get("content", _UNSET)
    if v3 is None:
        pass
    elif v3 is _UNSET:
        pass
    elif isinstance(v3, list):
        if type(v3) is not list:
            raise _Fallback
        a5 = []
        for i4 in v3:
            if type(i4) is not dict:
                raise _Fallback
            o6 = _new(_C_ChatMessageContent)
            o6.type_ = i4["type"]
            v8 = i4.get("text", _UNSET)
            o6.text = v8
            v9 = i4.get("image_url", _UNSET)
            if v9 is None:
                pass
            elif v9 is _UNSET:
                pass
            elif isinstance(v9, dict):
                v9 = _member(
                    _f_ChatMessageContentImageURL, _C_ChatMessageContentImageURL, v9, v9
                )
            o6.image_url = v9
            if len(i4) != 1 + (v8 is not _UNSET) + (v9 is not _UNSET):
                x10 = dict(i4)
                del x10["type"]
                x10.pop("text", None)
                x10.pop("image_url", None)
                o6.additional_properties = x10
            else:
                o6.additional_properties = {}
            i4 = o6
            a5.append(i4)
        v3 = a5
    o1.content = v3
    v14 = data.get("reasoning_content", _UNSET)
    o1.reasoning_content = v14
    v15 = data.get("tool_calls", _UNSET)
    if v15 is None:
        pass
    elif v15 is _UNSET:
        pass
    elif isinstance(v15, list):
        if type(v15) is not list:
            raise _Fallback
        a17 = []
        for i16 in v15:
            if type(i16) is not dict:
                raise _Fallback
            o18 = _new(_C_ChatCompletionMessageToolCall)
            v19 = i16["function"]
            if isinstance(v19, dict):
                v19 = _member(
                    _f_ChatCompletionMessageToolCallFunction,
                    _C_ChatCompletionMessageToolCallFunction,
                    v19,
                    v19,
                )
            o18.function = v19
            v20 = i16.get("id", _UNSET)
            o18.id = v20
            v21 = i16.get("type", _UNSET)
            o18.type_ = v21
            v22 = i16.get("index", _UNSET)
            o18.index = v22
            if len(i16) != 1 + (v20 is not _UNSET) + (v21 is not _UNSET) + (
                v22 is not _UNSET
            ):
                x23 = dict(i16)
                del x23["function"]
                x23.pop("id", None)
                x23.pop("type", None)
                x23.pop("index", None)
                o18.additional_properties = x23
            else:
                o18.additional_properties = {}
            i16 = o18
            a17.append(i16)
        v15 = a17
    o1.tool_calls = v15
    v27 = data.get("tool_call_id", _UNSET)
    o1.tool_call_id = v27
    if len(data) != 1 + (v3 is not _UNSET) + (v14 is not _UNSET) + (
        v15 is not _UNSET
    ) + (v27 is not _UNSET):
        x28 = dict(data)
        del x28["role"]
        x28.pop("content", None)
        x28.pop("reasoning_content", None)
        x28.pop("tool_calls", None)
        x28.pop("tool_call_id", None)
        o1.additional_properties = x28
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatMessageContent(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatMessageContent)
    o1.type_ = data["type"]
    v3 = data.get("text", _UNSET)
    o1.text = v3
    v4 = data.get("image_url", _UNSET)
    if v4 is None:
        pass
    elif v4 is _UNSET:
        pass
    elif isinstance(v4, dict):
        v4 = _member(
            _f_ChatMessageContentImageURL, _C_ChatMessageContentImageURL, v4, v4
        )
    o1.image_url = v4
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET):
        x5 = dict(data)
        del x5["type"]
        x5.pop("text", None)
        x5.pop("image_url", None)
        o1.additional_properties = x5
    else:
        o1.additional_properties = {}
    return o1


def _f_ChatMessageContentImageURL(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ChatMessageContentImageURL)
    o1.url = data["url"]
    v3 = data.get("detail", _UNSET)
    o1.detail = v3
    if len(data) != 1 + (v3 is not _UNSET):
        x4 = dict(data)
        del x4["url"]
        x4.pop("detail", None)
        o1.additional_properties = x4
    else:
        o1.additional_properties = {}
    return o1


def _f_Choice(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_Choice)
    o1.index = data["index"]
    o1.text = data["text"]
    v4 = data.get("logprobs", _UNSET)
    if v4 is None:
        pass
    elif v4 is _UNSET:
        pass
    elif (
        isinstance(v4, dict)
        and (r5 := _member(_f_LogProbs, _C_LogProbs, v4, _MISS)) is not _MISS
    ):
        v4 = r5
    elif isinstance(v4, dict):
        v4 = _member(_f_NewLogProbs, _C_NewLogProbs, v4, v4)
    o1.logprobs = v4
    v6 = data.get("finish_reason", _UNSET)
    if v6 is None:
        pass
    elif v6 is _UNSET:
        pass
    elif isinstance(v6, str):
        v6 = _E_ChoiceFinishReasonType0.get(v6, v6)
    o1.finish_reason = v6
    v7 = data.get("raw_output", _UNSET)
    if v7 is None:
        pass
    elif v7 is _UNSET:
        pass
    elif isinstance(v7, dict):
        v7 = _member(_f_RawOutput, _C_RawOutput, v7, v7)
    o1.raw_output = v7
    v8 = data.get("prompt_token_ids", _UNSET)
    o1.prompt_token_ids = v8
    v9 = data.get("token_ids", _UNSET)
    o1.token_ids = v9
    if len(data) != 2 + (v4 is not _UNSET) + (v6 is not _UNSET) + (v7 is not _UNSET) + (
        v8 is not _UNSET
    ) + (v9 is not _UNSET):
        x10 = dict(data)
        del x10["index"]
        del x10["text"]
        x10.pop("logprobs", None)
        x10.pop("finish_reason", None)
        x10.pop("raw_output", None)
        x10.pop("prompt_token_ids", None)
        x10.pop("token_ids", None)
        o1.additional_properties = x10
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionRequest)
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
    v6 = data.get("user", _UNSET)
    o1.user = v6
    v7 = data.get("prompt_cache_isolation_key", _UNSET)
    o1.prompt_cache_isolation_key = v7
    v8 = data.get("raw_output", _UNSET)
    o1.raw_output = v8
    v9 = data.get("perf_metrics_in_response", _UNSET)
    o1.perf_metrics_in_response = v9
    v10 = data.get("stream", _UNSET)
    o1.stream = v10
    v11 = data.get("n", _UNSET)
    o1.n = v11
    v12 = data.get("stop", _UNSET)
    o1.stop = v12
    v13 = data.get("max_tokens", _UNSET)
    o1.max_tokens = v13
    v14 = data.get("max_completion_tokens", _UNSET)
    o1.max_completion_tokens = v14
    v15 = data.get("temperature", _UNSET)
    o1.temperature = v15
    v16 = data.get("top_k", _UNSET)
    o1.top_k = v16
    v17 = data.get("top_p", _UNSET)
    o1.top_p = v17
    v18 = data.get("min_p", _UNSET)
    o1.min_p = v18
    v19 = data.get("typical_p", _UNSET)
    o1.typical_p = v19
    v20 = data.get("frequency_penalty", _UNSET)
    o1.frequency_penalty = v20
    v21 = data.get("presence_penalty", _UNSET)
    o1.presence_penalty = v21
    v22 = data.get("repetition_penalty", _UNSET)
    o1.repetition_penalty = v22
    v23 = data.get("mirostat_target", _UNSET)
    o1.mirostat_target = v23
    v24 = data.get("mirostat_lr", _UNSET)
    o1.mirostat_lr = v24
    v25 = data.get("seed", _UNSET)
    o1.seed = v25
    v26 = data.get("logprobs", _UNSET)
    o1.logprobs = v26
    v27 = data.get("top_logprobs", _UNSET)
    o1.top_logprobs = v27
    v28 = data.get("echo", _UNSET)
    o1.echo = v28
    v29 = data.get("echo_last", _UNSET)
    o1.echo_last = v29
    v30 = data.get("ignore_eos", _UNSET)
    o1.ignore_eos = v30
    v31 = data.get("context_length_exceeded_behavior", _UNSET)
    if v31 is not _UNSET:
        v31 = _E_CompletionRequestContextLengthExceededBehavior[v31]
    o1.context_length_exceeded_behavior = v31
    v32 = data.get("response_format", _UNSET)
    if v32 is None:
        pass
    elif v32 is _UNSET:
        pass
    elif isinstance(v32, dict):
        v32 = _member(_f_ResponseFormat, _C_ResponseFormat, v32, v32)
    o1.response_format = v32
    v33 = data.get("logit_bias", _UNSET)
    if v33 is None:
        pass
    elif v33 is _UNSET:
        pass
    elif isinstance(v33, dict):
        v33 = _member(
            _f_CompletionRequestLogitBiasType0,
            _C_CompletionRequestLogitBiasType0,
            v33,
            v33,
        )
    o1.logit_bias = v33
    v34 = data.get("speculation", _UNSET)
    o1.speculation = v34
    v35 = data.get("prediction", _UNSET)
    if v35 is None:
        pass
    elif v35 is _UNSET:
        pass
    elif isinstance(v35, dict):
        v35 = _member(_f_PredictedOutput, _C_PredictedOutput, v35, v35)
    o1.prediction = v35
    v36 = data.get("metadata", _UNSET)
    if v36 is None:
        pass
    elif v36 is _UNSET:
        pass
    elif isinstance(v36, dict):
        v36 = _member(
            _f_CompletionRequestMetadataType0,
            _C_CompletionRequestMetadataType0,
            v36,
            v36,
        )
    o1.metadata = v36
    v37 = data.get("reasoning_effort", _UNSET)
    if v37 is None:
        pass
    elif v37 is _UNSET:
        pass
    elif isinstance(v37, str):
        v37 = _E_CompletionRequestReasoningEffortType0.get(v37, v37)
    o1.reasoning_effort = v37
    v38 = data.get("reasoning_history", _UNSET)
    if v38 is None:
        pass
    elif v38 is _UNSET:
        pass
    elif isinstance(v38, str):
        v38 = _E_CompletionRequestReasoningHistoryType0.get(v38, v38)
    o1.reasoning_history = v38
    v39 = data.get("thinking", _UNSET)
    if v39 is None:
        pass
    elif v39 is _UNSET:
        pass
    elif (
        isinstance(v39, dict)
        and (
            r40 := _member(
                _f_ThinkingConfigEnabled, _C_ThinkingConfigEnabled, v39, _MISS
            )
        )
        is not _MISS
    ):
        v39 = r40
    elif isinstance(v39, dict):
        v39 = _member(_f_ThinkingConfigDisabled, _C_ThinkingConfigDisabled, v39, v39)
    o1.thinking = v39
    v41 = data.get("return_token_ids", _UNSET)
    o1.return_token_ids = v41
    v42 = data.get("images", _UNSET)
    if v42 is None:
        pass
    elif v42 is _UNSET:
        pass
    elif isinstance(v42, list):
        pass
    elif isinstance(v42, list):
        if type(v42) is not list:
            raise _Fallback
        v42 = list(v42)
    o1.images = v42
    v45 = data.get("stream_options", _UNSET)
    if v45 is None:
        pass
    elif v45 is _UNSET:
        pass
    elif isinstance(v45, dict):
        v45 = _member(
            _f_CompletionRequestStreamOptionsType0,
            _C_CompletionRequestStreamOptionsType0,
            v45,
            v45,
        )
    o1.stream_options = v45
    v46 = data.get("prompt_cache_key", _UNSET)
    o1.prompt_cache_key = v46
    v47 = data.get("service_tier", _UNSET)
    if v47 is not _UNSET:
        v47 = _E_CompletionRequestServiceTier[v47]
    o1.service_tier = v47
    return o1


def _f_CompletionRequestLogitBiasType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionRequestLogitBiasType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionRequestMetadataType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionRequestMetadataType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionRequestStreamOptionsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionRequestStreamOptionsType0)
    v2 = data.get("include_usage", _UNSET)
    o1.include_usage = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x3 = dict(data)
        x3.pop("include_usage", None)
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionResponse)
    o1.id = data["id"]
    o1.created = data["created"]
    o1.model = data["model"]
    v5 = data["choices"]
    if type(v5) is not list:
        raise _Fallback
    a7 = []
    for i6 in v5:
        if type(i6) is not dict:
            raise _Fallback
        o8 = _new(_C_Choice)
        o8.index = i6["index"]
        o8.text = i6["text"]
        v11 = i6.get("logprobs", _UNSET)
        if v11 is None:
            pass
        elif v11 is _UNSET:
            pass
        elif (
            isinstance(v11, dict)
            and (r12 := _member(_f_LogProbs, _C_LogProbs, v11, _MISS)) is not _MISS
        ):
            v11 = r12
        elif isinstance(v11, dict):
            v11 = _member(_f_NewLogProbs, _C_NewLogProbs, v11, v11)
        o8.logprobs = v11
        v13 = i6.get("finish_reason", _UNSET)
        if v13 is None:
            pass
        elif v13 is _UNSET:
            pass
        elif isinstance(v13, str):
            v13 = _E_ChoiceFinishReasonType0.get(v13, v13)
        o8.finish_reason = v13
        v14 = i6.get("raw_output", _UNSET)
        if v14 is None:
            pass
        elif v14 is _UNSET:
            pass
        elif isinstance(v14, dict):
            v14 = _member(_f_RawOutput, _C_RawOutput, v14, v14)
        o8.raw_output = v14
        v15 = i6.get("prompt_token_ids", _UNSET)
        o8.prompt_token_ids = v15
        v16 = i6.get("token_ids", _UNSET)
        o8.token_ids = v16
        if len(i6) != 2 + (v11 is not _UNSET) + (v13 is not _UNSET) + (
            v14 is not _UNSET
        ) + (v15 is not _UNSET) + (v16 is not _UNSET):
            x17 = dict(i6)
            del x17["index"]
            del x17["text"]
            x17.pop("logprobs", None)
            x17.pop("finish_reason", None)
            x17.pop("raw_output", None)
            x17.pop("prompt_token_ids", None)
            x17.pop("token_ids", None)
            o8.additional_properties = x17
        else:
            o8.additional_properties = {}
        i6 = o8
        a7.append(i6)
    v5 = a7
    o1.choices = v5
    v21 = data["usage"]
    if type(v21) is not dict:
        raise _Fallback
    o22 = _new(_C_UsageInfo)
    o22.prompt_tokens = v21["prompt_tokens"]
    o22.total_tokens = v21["total_tokens"]
    v25 = v21.get("completion_tokens", _UNSET)
    o22.completion_tokens = v25
    v26 = v21.get("prompt_tokens_details", _UNSET)
    if v26 is None:
        pass
    elif v26 is _UNSET:
        pass
    elif isinstance(v26, dict):
        v26 = _member(_f_PromptTokensDetails, _C_PromptTokensDetails, v26, v26)
    o22.prompt_tokens_details = v26
    if len(v21) != 2 + (v25 is not _UNSET) + (v26 is not _UNSET):
        x27 = dict(v21)
        del x27["prompt_tokens"]
        del x27["total_tokens"]
        x27.pop("completion_tokens", None)
        x27.pop("prompt_tokens_details", None)
        o22.additional_properties = x27
    else:
        o22.additional_properties = {}
    v21 = o22
    o1.usage = v21
    v31 = data.get("object", _UNSET)
    o1.object_ = v31
    v32 = data.get("perf_metrics", _UNSET)
    if v32 is None:
        pass
    elif v32 is _UNSET:
        pass
    elif isinstance(v32, dict):
        v32 = _member(
            _f_CompletionResponsePerfMetricsType0,
            _C_CompletionResponsePerfMetricsType0,
            v32,
            v32,
        )
    o1.perf_metrics = v32
    if len(data) != 5 + (v31 is not _UNSET) + (v32 is not _UNSET):
        x33 = dict(data)
        del x33["id"]
        del x33["created"]
        del x33["model"]
        del x33["choices"]
        del x33["usage"]
        x33.pop("object", None)
        x33.pop("perf_metrics", None)
        o1.additional_properties = x33
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionResponsePerfMetricsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionResponsePerfMetricsType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionResponseStreamChoice(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionResponseStreamChoice)
    o1.index = data["index"]
    o1.text = data["text"]
    v4 = data.get("logprobs", _UNSET)
    if v4 is None:
        pass
    elif v4 is _UNSET:
        pass
    elif (
        isinstance(v4, dict)
        and (r5 := _member(_f_LogProbs, _C_LogProbs, v4, _MISS)) is not _MISS
    ):
        v4 = r5
    elif isinstance(v4, dict):
        v4 = _member(_f_NewLogProbs, _C_NewLogProbs, v4, v4)
    o1.logprobs = v4
    v6 = data.get("finish_reason", _UNSET)
    if v6 is None:
        pass
    elif v6 is _UNSET:
        pass
    elif isinstance(v6, str):
        v6 = _E_CompletionResponseStreamChoiceFinishReasonType0.get(v6, v6)
    o1.finish_reason = v6
    v7 = data.get("raw_output", _UNSET)
    if v7 is None:
        pass
    elif v7 is _UNSET:
        pass
    elif isinstance(v7, dict):
        v7 = _member(_f_RawOutput, _C_RawOutput, v7, v7)
    o1.raw_output = v7
    v8 = data.get("prompt_token_ids", _UNSET)
    o1.prompt_token_ids = v8
    v9 = data.get("token_ids", _UNSET)
    o1.token_ids = v9
    if len(data) != 2 + (v4 is not _UNSET) + (v6 is not _UNSET) + (v7 is not _UNSET) + (
        v8 is not _UNSET
    ) + (v9 is not _UNSET):
        x10 = dict(data)
        del x10["index"]
        del x10["text"]
        x10.pop("logprobs", None)
        x10.pop("finish_reason", None)
        x10.pop("raw_output", None)
        x10.pop("prompt_token_ids", None)
        x10.pop("token_ids", None)
        o1.additional_properties = x10
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionStreamEvent(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionStreamEvent)
    v2 = data["data"]
    if v2 != "[DONE]":
        raise _Fallback
    o1.data = v2
    v3 = data.get("event", _UNSET)
    o1.event = v3
    v4 = data.get("id", _UNSET)
    o1.id = v4
    v5 = data.get("retry", _UNSET)
    o1.retry = v5
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET) + (v5 is not _UNSET):
        x6 = dict(data)
        del x6["data"]
        x6.pop("event", None)
        x6.pop("id", None)
        x6.pop("retry", None)
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionStreamResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionStreamResponse)
    o1.id = data["id"]
    o1.created = data["created"]
    o1.model = data["model"]
    v5 = data["choices"]
    if type(v5) is not list:
        raise _Fallback
    a7 = []
    for i6 in v5:
        if type(i6) is not dict:
            raise _Fallback
        o8 = _new(_C_CompletionResponseStreamChoice)
        o8.index = i6["index"]
        o8.text = i6["text"]
        v11 = i6.get("logprobs", _UNSET)
        if v11 is None:
            pass
        elif v11 is _UNSET:
            pass
        elif (
            isinstance(v11, dict)
            and (r12 := _member(_f_LogProbs, _C_LogProbs, v11, _MISS)) is not _MISS
        ):
            v11 = r12
        elif isinstance(v11, dict):
            v11 = _member(_f_NewLogProbs, _C_NewLogProbs, v11, v11)
        o8.logprobs = v11
        v13 = i6.get("finish_reason", _UNSET)
        if v13 is None:
            pass
        elif v13 is _UNSET:
            pass
        elif isinstance(v13, str):
            v13 = _E_CompletionResponseStreamChoiceFinishReasonType0.get(v13, v13)
        o8.finish_reason = v13
        v14 = i6.get("raw_output", _UNSET)
        if v14 is None:
            pass
        elif v14 is _UNSET:
            pass
        elif isinstance(v14, dict):
            v14 = _member(_f_RawOutput, _C_RawOutput, v14, v14)
        o8.raw_output = v14
        v15 = i6.get("prompt_token_ids", _UNSET)
        o8.prompt_token_ids = v15
        v16 = i6.get("token_ids", _UNSET)
        o8.token_ids = v16
        if len(i6) != 2 + (v11 is not _UNSET) + (v13 is not _UNSET) + (
            v14 is not _UNSET
        ) + (v15 is not _UNSET) + (v16 is not _UNSET):
            x17 = dict(i6)
            del x17["index"]
            del x17["text"]
            x17.pop("logprobs", None)
            x17.pop("finish_reason", None)
            x17.pop("raw_output", None)
            x17.pop("prompt_token_ids", None)
            x17.pop("token_ids", None)
            o8.additional_properties = x17
        else:
            o8.additional_properties = {}
        i6 = o8
        a7.append(i6)
    v5 = a7
    o1.choices = v5
    v21 = data.get("object", _UNSET)
    o1.object_ = v21
    v22 = data.get("usage", _UNSET)
    if v22 is None:
        pass
    elif v22 is _UNSET:
        pass
    elif isinstance(v22, dict):
        v22 = _member(_f_UsageInfo, _C_UsageInfo, v22, v22)
    o1.usage = v22
    v23 = data.get("perf_metrics", _UNSET)
    if v23 is None:
        pass
    elif v23 is _UNSET:
        pass
    elif isinstance(v23, dict):
        v23 = _member(
            _f_CompletionStreamResponsePerfMetricsType0,
            _C_CompletionStreamResponsePerfMetricsType0,
            v23,
            v23,
        )
    o1.perf_metrics = v23
    if len(data) != 4 + (v21 is not _UNSET) + (v22 is not _UNSET) + (v23 is not _UNSET):
        x24 = dict(data)
        del x24["id"]
        del x24["created"]
        del x24["model"]
        del x24["choices"]
        x24.pop("object", None)
        x24.pop("usage", None)
        x24.pop("perf_metrics", None)
        o1.additional_properties = x24
    else:
        o1.additional_properties = {}
    return o1


def _f_CompletionStreamResponsePerfMetricsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CompletionStreamResponsePerfMetricsType0)
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
    v2 = data["input"]
    if isinstance(v2, list):
        pass
    elif (
        isinstance(v2, dict)
        and (
            r3 := _member(
                _f_CreateEmbeddingRequestStructuredData,
                _C_CreateEmbeddingRequestStructuredData,
                v2,
                _MISS,
            )
        )
        is not _MISS
    ):
        v2 = r3
    elif isinstance(v2, list):
        if type(v2) is not list:
            raise _Fallback
        a5 = []
        for i4 in v2:
            if type(i4) is not dict:
                raise _Fallback
            o6 = _new(_C_CreateEmbeddingRequestInputArrayOfObjectsItem)
            if i4:
                x7 = dict(i4)
                o6.additional_properties = x7
            else:
                o6.additional_properties = {}
            i4 = o6
            a5.append(i4)
        v2 = a5
    o1.input_ = v2
    o1.model = data["model"]
    v12 = data.get("prompt_template", _UNSET)
    o1.prompt_template = v12
    v13 = data.get("dimensions", _UNSET)
    o1.dimensions = v13
    v14 = data.get("return_logits", _UNSET)
    o1.return_logits = v14
    v15 = data.get("normalize", _UNSET)
    o1.normalize = v15
    v16 = data.get("encoding_format", _UNSET)
    if v16 is not _UNSET:
        v16 = _E_CreateEmbeddingRequestEncodingFormat[v16]
    o1.encoding_format = v16
    return o1


def _f_CreateEmbeddingRequestInputArrayOfObjectsItem(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateEmbeddingRequestInputArrayOfObjectsItem)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateEmbeddingRequestStructuredData(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateEmbeddingRequestStructuredData)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
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


def _f_CreateFluxImageBody(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateFluxImageBody)
    o1.prompt = data["prompt"]
    v3 = data.get("aspect_ratio", _UNSET)
    if v3 is not _UNSET:
        v3 = _E_CreateFluxImageBodyAspectRatio[v3]
    o1.aspect_ratio = v3
    v4 = data.get("guidance_scale", _UNSET)
    o1.guidance_scale = v4
    v5 = data.get("num_inference_steps", _UNSET)
    o1.num_inference_steps = v5
    v6 = data.get("seed", _UNSET)
    o1.seed = v6
    if len(data) != 1 + (v3 is not _UNSET) + (v4 is not _UNSET) + (v5 is not _UNSET) + (
        v6 is not _UNSET
    ):
        x7 = dict(data)
        del x7["prompt"]
        x7.pop("aspect_ratio", None)
        x7.pop("guidance_scale", None)
        x7.pop("num_inference_steps", None)
        x7.pop("seed", None)
        o1.additional_properties = x7
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateFluxImageResponse200(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateFluxImageResponse200)
    o1.id = data["id"]
    o1.base64 = data["base64"]
    o1.finish_reason = data["finishReason"]
    o1.seed = data["seed"]
    if len(data) != 4:
        x6 = dict(data)
        del x6["id"]
        del x6["base64"]
        del x6["finishReason"]
        del x6["seed"]
        o1.additional_properties = x6
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


def _f_CreateKontextRequestBody(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateKontextRequestBody)
    o1.prompt = data["prompt"]
    v3 = data.get("input_image", _UNSET)
    o1.input_image = v3
    v4 = data.get("seed", _UNSET)
    o1.seed = v4
    v5 = data.get("aspect_ratio", _UNSET)
    o1.aspect_ratio = v5
    v6 = data.get("output_format", _UNSET)
    if v6 is not _UNSET:
        v6 = _E_CreateKontextRequestBodyOutputFormat[v6]
    o1.output_format = v6
    v7 = data.get("webhook_url", _UNSET)
    o1.webhook_url = v7
    v8 = data.get("webhook_secret", _UNSET)
    o1.webhook_secret = v8
    v9 = data.get("prompt_upsampling", _UNSET)
    o1.prompt_upsampling = v9
    v10 = data.get("safety_tolerance", _UNSET)
    o1.safety_tolerance = v10
    if not data.keys() <= _K_CreateKontextRequestBody:
        x11 = dict(data)
        del x11["prompt"]
        x11.pop("input_image", None)
        x11.pop("seed", None)
        x11.pop("aspect_ratio", None)
        x11.pop("output_format", None)
        x11.pop("webhook_url", None)
        x11.pop("webhook_secret", None)
        x11.pop("prompt_upsampling", None)
        x11.pop("safety_tolerance", None)
        o1.additional_properties = x11
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateKontextRequestResponse200(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateKontextRequestResponse200)
    v2 = data.get("request_id", _UNSET)
    o1.request_id = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x3 = dict(data)
        x3.pop("request_id", None)
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateKontextRequestResponse400(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateKontextRequestResponse400)
    v2 = data.get("error_message", _UNSET)
    o1.error_message = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x3 = dict(data)
        x3.pop("error_message", None)
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateRerankRequest(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateRerankRequest)
    o1.query = data["query"]
    o1.documents = data["documents"]
    v4 = data.get("model", _UNSET)
    o1.model = v4
    v5 = data.get("top_n", _UNSET)
    o1.top_n = v5
    v6 = data.get("return_documents", _UNSET)
    o1.return_documents = v6
    v7 = data.get("task", _UNSET)
    o1.task = v7
    return o1


def _f_CreateRerankResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateRerankResponse)
    v2 = data["object"]
    v2 = _E_CreateRerankResponseObject[v2]
    o1.object_ = v2
    o1.model = data["model"]
    v4 = data["data"]
    if type(v4) is not list:
        raise _Fallback
    a6 = []
    for i5 in v4:
        if type(i5) is not dict:
            raise _Fallback
        o7 = _new(_C_RerankResult)
        o7.index = i5["index"]
        o7.relevance_score = i5["relevance_score"]
        v10 = i5.get("document", _UNSET)
        o7.document = v10
        if len(i5) != 2 + (v10 is not _UNSET):
            x11 = dict(i5)
            del x11["index"]
            del x11["relevance_score"]
            x11.pop("document", None)
            o7.additional_properties = x11
        else:
            o7.additional_properties = {}
        i5 = o7
        a6.append(i5)
    v4 = a6
    o1.data = v4
    v15 = data["usage"]
    if type(v15) is not dict:
        raise _Fallback
    o16 = _new(_C_CreateRerankResponseUsage)
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
        del x23["object"]
        del x23["model"]
        del x23["data"]
        del x23["usage"]
        o1.additional_properties = x23
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateRerankResponseUsage(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateRerankResponseUsage)
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


def _f_CreateResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponse)
    o1.model = data["model"]
    v3 = data["input"]
    if isinstance(v3, list):
        if type(v3) is not list:
            raise _Fallback
        a5 = []
        for i4 in v3:
            if type(i4) is not dict:
                raise _Fallback
            o6 = _new(_C_CreateResponseInputType1Item)
            if i4:
                x7 = dict(i4)
                o6.additional_properties = x7
            else:
                o6.additional_properties = {}
            i4 = o6
            a5.append(i4)
        v3 = a5
    o1.input_ = v3
    v11 = data.get("previous_response_id", _UNSET)
    o1.previous_response_id = v11
    v12 = data.get("instructions", _UNSET)
    o1.instructions = v12
    v13 = data.get("max_output_tokens", _UNSET)
    o1.max_output_tokens = v13
    v14 = data.get("max_tool_calls", _UNSET)
    o1.max_tool_calls = v14
    v15 = data.get("metadata", _UNSET)
    if v15 is None:
        pass
    elif v15 is _UNSET:
        pass
    elif isinstance(v15, dict):
        v15 = _member(
            _f_CreateResponseMetadataType0, _C_CreateResponseMetadataType0, v15, v15
        )
    o1.metadata = v15
    v16 = data.get("parallel_tool_calls", _UNSET)
    o1.parallel_tool_calls = v16
    v17 = data.get("reasoning", _UNSET)
    if v17 is None:
        pass
    elif v17 is _UNSET:
        pass
    elif isinstance(v17, dict):
        v17 = _member(
            _f_CreateResponseReasoningType0, _C_CreateResponseReasoningType0, v17, v17
        )
    o1.reasoning = v17
    v18 = data.get("store", _UNSET)
    o1.store = v18
    v19 = data.get("stream", _UNSET)
    o1.stream = v19
    v20 = data.get("temperature", _UNSET)
    o1.temperature = v20
    v21 = data.get("text", _UNSET)
    if v21 is None:
        pass
    elif v21 is _UNSET:
        pass
    elif isinstance(v21, dict):
        v21 = _member(_f_CreateResponseTextType0, _C_CreateResponseTextType0, v21, v21)
    o1.text = v21
    v22 = data.get("tool_choice", _UNSET)
    if v22 is None:
        pass
    elif v22 is _UNSET:
        pass
    elif isinstance(v22, dict):
        v22 = _member(
            _f_CreateResponseToolChoiceType1, _C_CreateResponseToolChoiceType1, v22, v22
        )
    o1.tool_choice = v22
    v23 = data.get("tools", _UNSET)
    if v23 is None:
        pass
    elif v23 is _UNSET:
        pass
    elif isinstance(v23, list):
        if type(v23) is not list:
            raise _Fallback
        a25 = []
        for i24 in v23:
            if type(i24) is not dict:
                raise _Fallback
            o26 = _new(_C_CreateResponseToolsType0Item)
            if i24:
                x27 = dict(i24)
                o26.additional_properties = x27
            else:
                o26.additional_properties = {}
            i24 = o26
            a25.append(i24)
        v23 = a25
    o1.tools = v23
    v31 = data.get("top_p", _UNSET)
    o1.top_p = v31
    v32 = data.get("truncation", _UNSET)
    o1.truncation = v32
    v33 = data.get("user", _UNSET)
    o1.user = v33
    if not data.keys() <= _K_CreateResponse:
        x34 = dict(data)
        del x34["model"]
        del x34["input"]
        x34.pop("previous_response_id", None)
        x34.pop("instructions", None)
        x34.pop("max_output_tokens", None)
        x34.pop("max_tool_calls", None)
        x34.pop("metadata", None)
        x34.pop("parallel_tool_calls", None)
        x34.pop("reasoning", None)
        x34.pop("store", None)
        x34.pop("stream", None)
        x34.pop("temperature", None)
        x34.pop("text", None)
        x34.pop("tool_choice", None)
        x34.pop("tools", None)
        x34.pop("top_p", None)
        x34.pop("truncation", None)
        x34.pop("user", None)
        o1.additional_properties = x34
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateResponseInputType1Item(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponseInputType1Item)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateResponseMetadataType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponseMetadataType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateResponseReasoningType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponseReasoningType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateResponseTextType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponseTextType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateResponseToolChoiceType1(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponseToolChoiceType1)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_CreateResponseToolsType0Item(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_CreateResponseToolsType0Item)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_DeleteResponse(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_DeleteResponse)
    o1.message = data["message"]
    if len(data) != 1:
        x3 = dict(data)
        del x3["message"]
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_DeltaMessage(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_DeltaMessage)
    v2 = data.get("role", _UNSET)
    o1.role = v2
    v3 = data.get("content", _UNSET)
    o1.content = v3
    v4 = data.get("reasoning_content", _UNSET)
    o1.reasoning_content = v4
    v5 = data.get("tool_calls", _UNSET)
    if v5 is None:
        pass
    elif v5 is _UNSET:
        pass
    elif isinstance(v5, list):
        if type(v5) is not list:
            raise _Fallback
        a7 = []
        for i6 in v5:
            if type(i6) is not dict:
                raise _Fallback
            o8 = _new(_C_ChatCompletionMessageToolCall)
            v9 = i6["function"]
            if isinstance(v9, dict):
                v9 = _member(
                    _f_ChatCompletionMessageToolCallFunction,
                    _C_ChatCompletionMessageToolCallFunction,
                    v9,
                    v9,
                )
            o8.function = v9
            v10 = i6.get("id", _UNSET)
            o8.id = v10
            v11 = i6.get("type", _UNSET)
            o8.type_ = v11
            v12 = i6.get("index", _UNSET)
            o8.index = v12
            if len(i6) != 1 + (v10 is not _UNSET) + (v11 is not _UNSET) + (
                v12 is not _UNSET
            ):
                x13 = dict(i6)
                del x13["function"]
                x13.pop("id", None)
                x13.pop("type", None)
                x13.pop("index", None)
                o8.additional_properties = x13
            else:
                o8.additional_properties = {}
            i6 = o8
            a7.append(i6)
        v5 = a7
    o1.tool_calls = v5
    if len(data) != 0 + (v2 is not _UNSET) + (v3 is not _UNSET) + (v4 is not _UNSET) + (
        v5 is not _UNSET
    ):
        x17 = dict(data)
        x17.pop("role", None)
        x17.pop("content", None)
        x17.pop("reasoning_content", None)
        x17.pop("tool_calls", None)
        o1.additional_properties = x17
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


def _f_FunctionNameSpec(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_FunctionNameSpec)
    o1.name = data["name"]
    return o1


def _f_FunctionSelection(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_FunctionSelection)
    v2 = data["type"]
    if v2 != "function":
        raise _Fallback
    o1.type_ = v2
    v3 = data.get("function", _UNSET)
    if v3 is None:
        pass
    elif v3 is _UNSET:
        pass
    elif isinstance(v3, dict):
        v3 = _member(_f_FunctionNameSpec, _C_FunctionNameSpec, v3, v3)
    o1.function = v3
    return o1


def _f_GetKontextResultBody(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_GetKontextResultBody)
    o1.id = data["id"]
    if len(data) != 1:
        x3 = dict(data)
        del x3["id"]
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_GetKontextResultResponse200(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_GetKontextResultResponse200)
    o1.id = data["id"]
    v3 = data["status"]
    v3 = _E_GetKontextResultResponse200Status[v3]
    o1.status = v3
    v4 = data.get("result", _UNSET)
    o1.result = v4
    v5 = data.get("progress", _UNSET)
    o1.progress = v5
    v6 = data.get("details", _UNSET)
    if v6 is None:
        pass
    elif v6 is _UNSET:
        pass
    elif isinstance(v6, dict):
        v6 = _member(
            _f_GetKontextResultResponse200DetailsType0,
            _C_GetKontextResultResponse200DetailsType0,
            v6,
            v6,
        )
    o1.details = v6
    if len(data) != 2 + (v4 is not _UNSET) + (v5 is not _UNSET) + (v6 is not _UNSET):
        x7 = dict(data)
        del x7["id"]
        del x7["status"]
        x7.pop("result", None)
        x7.pop("progress", None)
        x7.pop("details", None)
        o1.additional_properties = x7
    else:
        o1.additional_properties = {}
    return o1


def _f_GetKontextResultResponse200DetailsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_GetKontextResultResponse200DetailsType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_HTTPValidationError(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_HTTPValidationError)
    v2 = data.get("detail", _UNSET)
    if v2 is not _UNSET:
        if type(v2) is not list:
            raise _Fallback
        a4 = []
        for i3 in v2:
            if type(i3) is not dict:
                raise _Fallback
            o5 = _new(_C_ValidationError)
            v6 = i3["loc"]
            if type(v6) is not list:
                raise _Fallback
            v6 = list(v6)
            o5.loc = v6
            o5.msg = i3["msg"]
            o5.type_ = i3["type"]
            if len(i3) != 3:
                x11 = dict(i3)
                del x11["loc"]
                del x11["msg"]
                del x11["type"]
                o5.additional_properties = x11
            else:
                o5.additional_properties = {}
            i3 = o5
            a4.append(i3)
        v2 = a4
    o1.detail = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x15 = dict(data)
        x15.pop("detail", None)
        o1.additional_properties = x15
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


def _f_LogProbs(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_LogProbs)
    o1.tokens = data["tokens"]
    o1.token_logprobs = data["token_logprobs"]
    v4 = data.get("top_logprobs", _UNSET)
    if v4 is None:
        pass
    elif v4 is _UNSET:
        pass
    elif isinstance(v4, list):
        if type(v4) is not list:
            raise _Fallback
        a6 = []
        for i5 in v4:
            if type(i5) is not dict:
                raise _Fallback
            o7 = _new(_C_LogProbsTopLogprobsType0Item)
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
    v13 = data.get("token_ids", _UNSET)
    o1.token_ids = v13
    if len(data) != 2 + (v4 is not _UNSET) + (v12 is not _UNSET) + (v13 is not _UNSET):
        x14 = dict(data)
        del x14["tokens"]
        del x14["token_logprobs"]
        x14.pop("top_logprobs", None)
        x14.pop("text_offset", None)
        x14.pop("token_ids", None)
        o1.additional_properties = x14
    else:
        o1.additional_properties = {}
    return o1


def _f_LogProbsTopLogprobsType0Item(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_LogProbsTopLogprobsType0Item)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_Message(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_Message)
    o1.id = data["id"]
    o1.role = data["role"]
    v4 = data["content"]
    if type(v4) is not list:
        raise _Fallback
    a6 = []
    for i5 in v4:
        if type(i5) is not dict:
            raise _Fallback
        o7 = _new(_C_MessageContent)
        o7.type_ = i5["type"]
        v9 = i5.get("text", _UNSET)
        o7.text = v9
        if len(i5) != 1 + (v9 is not _UNSET):
            x10 = dict(i5)
            del x10["type"]
            x10.pop("text", None)
            o7.additional_properties = x10
        else:
            o7.additional_properties = {}
        i5 = o7
        a6.append(i5)
    v4 = a6
    o1.content = v4
    o1.status = data["status"]
    v15 = data.get("type", _UNSET)
    o1.type_ = v15
    if len(data) != 4 + (v15 is not _UNSET):
        x16 = dict(data)
        del x16["id"]
        del x16["role"]
        del x16["content"]
        del x16["status"]
        x16.pop("type", None)
        o1.additional_properties = x16
    else:
        o1.additional_properties = {}
    return o1


def _f_MessageContent(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_MessageContent)
    o1.type_ = data["type"]
    v3 = data.get("text", _UNSET)
    o1.text = v3
    if len(data) != 1 + (v3 is not _UNSET):
        x4 = dict(data)
        del x4["type"]
        x4.pop("text", None)
        o1.additional_properties = x4
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


def _f_NewLogProbs(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_NewLogProbs)
    v2 = data.get("content", _UNSET)
    if v2 is not _UNSET:
        if type(v2) is not list:
            raise _Fallback
        a4 = []
        for i3 in v2:
            if type(i3) is not dict:
                raise _Fallback
            o5 = _new(_C_NewLogProbsContent)
            o5.token = i3["token"]
            o5.logprob = i3["logprob"]
            o5.sampling_logprob = i3["sampling_logprob"]
            o5.bytes_ = i3["bytes"]
            o5.token_id = i3["token_id"]
            o5.text_offset = i3["text_offset"]
            v12 = i3.get("top_logprobs", _UNSET)
            if v12 is not _UNSET:
                if type(v12) is not list:
                    raise _Fallback
                a14 = []
                for i13 in v12:
                    if type(i13) is not dict:
                        raise _Fallback
                    o15 = _new(_C_NewLogProbsContentTopLogProbs)
                    o15.token = i13["token"]
                    o15.logprob = i13["logprob"]
                    o15.token_id = i13["token_id"]
                    v19 = i13.get("bytes", _UNSET)
                    o15.bytes_ = v19
                    if len(i13) != 3 + (v19 is not _UNSET):
                        x20 = dict(i13)
                        del x20["token"]
                        del x20["logprob"]
                        del x20["token_id"]
                        x20.pop("bytes", None)
                        o15.additional_properties = x20
                    else:
                        o15.additional_properties = {}
                    i13 = o15
                    a14.append(i13)
                v12 = a14
            o5.top_logprobs = v12
            v24 = i3.get("last_activation", _UNSET)
            o5.last_activation = v24
            v25 = i3.get("routing_matrix", _UNSET)
            o5.routing_matrix = v25
            if len(i3) != 6 + (v12 is not _UNSET) + (v24 is not _UNSET) + (
                v25 is not _UNSET
            ):
                x26 = dict(i3)
                del x26["token"]
                del x26["logprob"]
                del x26["sampling_logprob"]
                del x26["bytes"]
                del x26["token_id"]
                del x26["text_offset"]
                x26.pop("top_logprobs", None)
                x26.pop("last_activation", None)
                x26.pop("routing_matrix", None)
                o5.additional_properties = x26
            else:
                o5.additional_properties = {}
            i3 = o5
            a4.append(i3)
        v2 = a4
    o1.content = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x30 = dict(data)
        x30.pop("content", None)
        o1.additional_properties = x30
    else:
        o1.additional_properties = {}
    return o1


def _f_NewLogProbsContent(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_NewLogProbsContent)
    o1.token = data["token"]
    o1.logprob = data["logprob"]
    o1.sampling_logprob = data["sampling_logprob"]
    o1.bytes_ = data["bytes"]
    o1.token_id = data["token_id"]
    o1.text_offset = data["text_offset"]
    v8 = data.get("top_logprobs", _UNSET)
    if v8 is not _UNSET:
        if type(v8) is not list:
            raise _Fallback
        a10 = []
        for i9 in v8:
            if type(i9) is not dict:
                raise _Fallback
            o11 = _new(_C_NewLogProbsContentTopLogProbs)
            o11.token = i9["token"]
            o11.logprob = i9["logprob"]
            o11.token_id = i9["token_id"]
            v15 = i9.get("bytes", _UNSET)
            o11.bytes_ = v15
            if len(i9) != 3 + (v15 is not _UNSET):
                x16 = dict(i9)
                del x16["token"]
                del x16["logprob"]
                del x16["token_id"]
                x16.pop("bytes", None)
                o11.additional_properties = x16
            else:
                o11.additional_properties = {}
            i9 = o11
            a10.append(i9)
        v8 = a10
    o1.top_logprobs = v8
    v20 = data.get("last_activation", _UNSET)
    o1.last_activation = v20
    v21 = data.get("routing_matrix", _UNSET)
    o1.routing_matrix = v21
    if len(data) != 6 + (v8 is not _UNSET) + (v20 is not _UNSET) + (v21 is not _UNSET):
        x22 = dict(data)
        del x22["token"]
        del x22["logprob"]
        del x22["sampling_logprob"]
        del x22["bytes"]
        del x22["token_id"]
        del x22["text_offset"]
        x22.pop("top_logprobs", None)
        x22.pop("last_activation", None)
        x22.pop("routing_matrix", None)
        o1.additional_properties = x22
    else:
        o1.additional_properties = {}
    return o1


def _f_NewLogProbsContentTopLogProbs(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_NewLogProbsContentTopLogProbs)
    o1.token = data["token"]
    o1.logprob = data["logprob"]
    o1.token_id = data["token_id"]
    v5 = data.get("bytes", _UNSET)
    o1.bytes_ = v5
    if len(data) != 3 + (v5 is not _UNSET):
        x6 = dict(data)
        del x6["token"]
        del x6["logprob"]
        del x6["token_id"]
        x6.pop("bytes", None)
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_PredictedOutput(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_PredictedOutput)
    v2 = data["content"]
    if isinstance(v2, list):
        if type(v2) is not list:
            raise _Fallback
        a4 = []
        for i3 in v2:
            if type(i3) is not dict:
                raise _Fallback
            o5 = _new(_C_ChatMessageContent)
            o5.type_ = i3["type"]
            v7 = i3.get("text", _UNSET)
            o5.text = v7
            v8 = i3.get("image_url", _UNSET)
            if v8 is None:
                pass
            elif v8 is _UNSET:
                pass
            elif isinstance(v8, dict):
                v8 = _member(
                    _f_ChatMessageContentImageURL, _C_ChatMessageContentImageURL, v8, v8
                )
            o5.image_url = v8
            if len(i3) != 1 + (v7 is not _UNSET) + (v8 is not _UNSET):
                x9 = dict(i3)
                del x9["type"]
                x9.pop("text", None)
                x9.pop("image_url", None)
                o5.additional_properties = x9
            else:
                o5.additional_properties = {}
            i3 = o5
            a4.append(i3)
        v2 = a4
    o1.content = v2
    v13 = data.get("type", _UNSET)
    if v13 is not _UNSET:
        if v13 != "content":
            raise _Fallback
    o1.type_ = v13
    return o1


def _f_PromptTokensDetails(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_PromptTokensDetails)
    v2 = data.get("cached_tokens", _UNSET)
    o1.cached_tokens = v2
    if len(data) != 0 + (v2 is not _UNSET):
        x3 = dict(data)
        x3.pop("cached_tokens", None)
        o1.additional_properties = x3
    else:
        o1.additional_properties = {}
    return o1


def _f_RawOutput(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_RawOutput)
    v2 = data["prompt_fragments"]
    if type(v2) is not list:
        raise _Fallback
    v2 = list(v2)
    o1.prompt_fragments = v2
    o1.prompt_token_ids = data["prompt_token_ids"]
    o1.completion = data["completion"]
    v7 = data.get("completion_token_ids", _UNSET)
    o1.completion_token_ids = v7
    v8 = data.get("completion_logprobs", _UNSET)
    if v8 is None:
        pass
    elif v8 is _UNSET:
        pass
    elif isinstance(v8, dict):
        v8 = _member(_f_NewLogProbs, _C_NewLogProbs, v8, v8)
    o1.completion_logprobs = v8
    v9 = data.get("images", _UNSET)
    o1.images = v9
    v10 = data.get("grammar", _UNSET)
    o1.grammar = v10
    if len(data) != 3 + (v7 is not _UNSET) + (v8 is not _UNSET) + (v9 is not _UNSET) + (
        v10 is not _UNSET
    ):
        x11 = dict(data)
        del x11["prompt_fragments"]
        del x11["prompt_token_ids"]
        del x11["completion"]
        x11.pop("completion_token_ids", None)
        x11.pop("completion_logprobs", None)
        x11.pop("images", None)
        x11.pop("grammar", None)
        o1.additional_properties = x11
    else:
        o1.additional_properties = {}
    return o1


def _f_RerankResult(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_RerankResult)
    o1.index = data["index"]
    o1.relevance_score = data["relevance_score"]
    v4 = data.get("document", _UNSET)
    o1.document = v4
    if len(data) != 2 + (v4 is not _UNSET):
        x5 = dict(data)
        del x5["index"]
        del x5["relevance_score"]
        x5.pop("document", None)
        o1.additional_properties = x5
    else:
        o1.additional_properties = {}
    return o1


def _f_Response(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_Response)
    o1.created_at = data["created_at"]
    o1.status = data["status"]
    o1.model = data["model"]
    v5 = data["output"]
    if type(v5) is not list:
        raise _Fallback
    a7 = []
    for i6 in v5:
        if (
            isinstance(i6, dict)
            and (r8 := _member(_f_Message, _C_Message, i6, _MISS)) is not _MISS
        ):
            i6 = r8
        elif (
            isinstance(i6, dict)
            and (r9 := _member(_f_ToolCall, _C_ToolCall, i6, _MISS)) is not _MISS
        ):
            i6 = r9
        elif isinstance(i6, dict):
            if type(i6) is not dict:
                raise _Fallback
            o10 = _new(_C_ToolOutput)
            o10.tool_call_id = i6["tool_call_id"]
            o10.output = i6["output"]
            v13 = i6.get("type", _UNSET)
            o10.type_ = v13
            if len(i6) != 2 + (v13 is not _UNSET):
                x14 = dict(i6)
                del x14["tool_call_id"]
                del x14["output"]
                x14.pop("type", None)
                o10.additional_properties = x14
            else:
                o10.additional_properties = {}
            i6 = o10
        else:
            raise _Fallback
        a7.append(i6)
    v5 = a7
    o1.output = v5
    v18 = data.get("id", _UNSET)
    o1.id = v18
    v19 = data.get("object", _UNSET)
    o1.object_ = v19
    v20 = data.get("previous_response_id", _UNSET)
    o1.previous_response_id = v20
    v21 = data.get("usage", _UNSET)
    if v21 is None:
        pass
    elif v21 is _UNSET:
        pass
    elif isinstance(v21, dict):
        v21 = _member(_f_ResponseUsageType0, _C_ResponseUsageType0, v21, v21)
    o1.usage = v21
    v22 = data.get("error", _UNSET)
    if v22 is None:
        pass
    elif v22 is _UNSET:
        pass
    elif isinstance(v22, dict):
        v22 = _member(_f_ResponseErrorType0, _C_ResponseErrorType0, v22, v22)
    o1.error = v22
    v23 = data.get("incomplete_details", _UNSET)
    if v23 is None:
        pass
    elif v23 is _UNSET:
        pass
    elif isinstance(v23, dict):
        v23 = _member(
            _f_ResponseIncompleteDetailsType0,
            _C_ResponseIncompleteDetailsType0,
            v23,
            v23,
        )
    o1.incomplete_details = v23
    v24 = data.get("instructions", _UNSET)
    o1.instructions = v24
    v25 = data.get("max_output_tokens", _UNSET)
    o1.max_output_tokens = v25
    v26 = data.get("max_tool_calls", _UNSET)
    o1.max_tool_calls = v26
    v27 = data.get("parallel_tool_calls", _UNSET)
    o1.parallel_tool_calls = v27
    v28 = data.get("reasoning", _UNSET)
    if v28 is None:
        pass
    elif v28 is _UNSET:
        pass
    elif isinstance(v28, dict):
        v28 = _member(_f_ResponseReasoningType0, _C_ResponseReasoningType0, v28, v28)
    o1.reasoning = v28
    v29 = data.get("store", _UNSET)
    o1.store = v29
    v30 = data.get("temperature", _UNSET)
    o1.temperature = v30
    v31 = data.get("text", _UNSET)
    if v31 is None:
        pass
    elif v31 is _UNSET:
        pass
    elif isinstance(v31, dict):
        v31 = _member(_f_ResponseTextType0, _C_ResponseTextType0, v31, v31)
    o1.text = v31
    v32 = data.get("tool_choice", _UNSET)
    if v32 is _UNSET:
        pass
    elif isinstance(v32, dict):
        v32 = _member(_f_ResponseToolChoiceType1, _C_ResponseToolChoiceType1, v32, v32)
    o1.tool_choice = v32
    v33 = data.get("tools", _UNSET)
    if v33 is not _UNSET:
        if type(v33) is not list:
            raise _Fallback
        a35 = []
        for i34 in v33:
            if type(i34) is not dict:
                raise _Fallback
            o36 = _new(_C_ResponseToolsItem)
            if i34:
                x37 = dict(i34)
                o36.additional_properties = x37
            else:
                o36.additional_properties = {}
            i34 = o36
            a35.append(i34)
        v33 = a35
    o1.tools = v33
    v41 = data.get("top_p", _UNSET)
    o1.top_p = v41
    v42 = data.get("truncation", _UNSET)
    o1.truncation = v42
    v43 = data.get("user", _UNSET)
    o1.user = v43
    v44 = data.get("metadata", _UNSET)
    if v44 is None:
        pass
    elif v44 is _UNSET:
        pass
    elif isinstance(v44, dict):
        v44 = _member(_f_ResponseMetadataType0, _C_ResponseMetadataType0, v44, v44)
    o1.metadata = v44
    if not data.keys() <= _K_Response:
        x45 = dict(data)
        del x45["created_at"]
        del x45["status"]
        del x45["model"]
        del x45["output"]
        x45.pop("id", None)
        x45.pop("object", None)
        x45.pop("previous_response_id", None)
        x45.pop("usage", None)
        x45.pop("error", None)
        x45.pop("incomplete_details", None)
        x45.pop("instructions", None)
        x45.pop("max_output_tokens", None)
        x45.pop("max_tool_calls", None)
        x45.pop("parallel_tool_calls", None)
        x45.pop("reasoning", None)
        x45.pop("store", None)
        x45.pop("temperature", None)
        x45.pop("text", None)
        x45.pop("tool_choice", None)
        x45.pop("tools", None)
        x45.pop("top_p", None)
        x45.pop("truncation", None)
        x45.pop("user", None)
        x45.pop("metadata", None)
        o1.additional_properties = x45
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseErrorType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseErrorType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseFormat(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseFormat)
    v2 = data["type"]
    v2 = _E_ResponseFormatType[v2]
    o1.type_ = v2
    v3 = data.get("schema", _UNSET)
    if v3 is None:
        pass
    elif v3 is _UNSET:
        pass
    elif isinstance(v3, dict):
        v3 = _member(_f_ResponseFormatSchemaType1, _C_ResponseFormatSchemaType1, v3, v3)
    o1.schema = v3
    v4 = data.get("grammar", _UNSET)
    o1.grammar = v4
    v5 = data.get("json_schema", _UNSET)
    if v5 is None:
        pass
    elif v5 is _UNSET:
        pass
    elif isinstance(v5, dict):
        v5 = _member(
            _f_ResponseFormatJsonSchemaType1, _C_ResponseFormatJsonSchemaType1, v5, v5
        )
    o1.json_schema = v5
    return o1


def _f_ResponseFormatJsonSchemaType1(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseFormatJsonSchemaType1)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseFormatSchemaType1(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseFormatSchemaType1)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseIncompleteDetailsType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseIncompleteDetailsType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseList(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseList)
    v2 = data["data"]
    if type(v2) is not list:
        raise _Fallback
    a4 = []
    for i3 in v2:
        if type(i3) is not dict:
            raise _Fallback
        o5 = _new(_C_Response)
        o5.created_at = i3["created_at"]
        o5.status = i3["status"]
        o5.model = i3["model"]
        v9 = i3["output"]
        if type(v9) is not list:
            raise _Fallback
        a11 = []
        for i10 in v9:
            if (
                isinstance(i10, dict)
                and (r12 := _member(_f_Message, _C_Message, i10, _MISS)) is not _MISS
            ):
                i10 = r12
            elif (
                isinstance(i10, dict)
                and (r13 := _member(_f_ToolCall, _C_ToolCall, i10, _MISS)) is not _MISS
            ):
                i10 = r13
            elif isinstance(i10, dict):
                if type(i10) is not dict:
                    raise _Fallback
                o14 = _new(_C_ToolOutput)
                o14.tool_call_id = i10["tool_call_id"]
                o14.output = i10["output"]
                v17 = i10.get("type", _UNSET)
                o14.type_ = v17
                if len(i10) != 2 + (v17 is not _UNSET):
                    x18 = dict(i10)
                    del x18["tool_call_id"]
                    del x18["output"]
                    x18.pop("type", None)
                    o14.additional_properties = x18
                else:
                    o14.additional_properties = {}
                i10 = o14
            else:
                raise _Fallback
            a11.append(i10)
        v9 = a11
        o5.output = v9
        v22 = i3.get("id", _UNSET)
        o5.id = v22
        v23 = i3.get("object", _UNSET)
        o5.object_ = v23
        v24 = i3.get("previous_response_id", _UNSET)
        o5.previous_response_id = v24
        v25 = i3.get("usage", _UNSET)
        if v25 is None:
            pass
        elif v25 is _UNSET:
            pass
        elif isinstance(v25, dict):
            v25 = _member(_f_ResponseUsageType0, _C_ResponseUsageType0, v25, v25)
        o5.usage = v25
        v26 = i3.get("error", _UNSET)
        if v26 is None:
            pass
        elif v26 is _UNSET:
            pass
        elif isinstance(v26, dict):
            v26 = _member(_f_ResponseErrorType0, _C_ResponseErrorType0, v26, v26)
        o5.error = v26
        v27 = i3.get("incomplete_details", _UNSET)
        if v27 is None:
            pass
        elif v27 is _UNSET:
            pass
        elif isinstance(v27, dict):
            v27 = _member(
                _f_ResponseIncompleteDetailsType0,
                _C_ResponseIncompleteDetailsType0,
                v27,
                v27,
            )
        o5.incomplete_details = v27
        v28 = i3.get("instructions", _UNSET)
        o5.instructions = v28
        v29 = i3.get("max_output_tokens", _UNSET)
        o5.max_output_tokens = v29
        v30 = i3.get("max_tool_calls", _UNSET)
        o5.max_tool_calls = v30
        v31 = i3.get("parallel_tool_calls", _UNSET)
        o5.parallel_tool_calls = v31
        v32 = i3.get("reasoning", _UNSET)
        if v32 is None:
            pass
        elif v32 is _UNSET:
            pass
        elif isinstance(v32, dict):
            v32 = _member(
                _f_ResponseReasoningType0, _C_ResponseReasoningType0, v32, v32
            )
        o5.reasoning = v32
        v33 = i3.get("store", _UNSET)
        o5.store = v33
        v34 = i3.get("temperature", _UNSET)
        o5.temperature = v34
        v35 = i3.get("text", _UNSET)
        if v35 is None:
            pass
        elif v35 is _UNSET:
            pass
        elif isinstance(v35, dict):
            v35 = _member(_f_ResponseTextType0, _C_ResponseTextType0, v35, v35)
        o5.text = v35
        v36 = i3.get("tool_choice", _UNSET)
        if v36 is _UNSET:
            pass
        elif isinstance(v36, dict):
            v36 = _member(
                _f_ResponseToolChoiceType1, _C_ResponseToolChoiceType1, v36, v36
            )
        o5.tool_choice = v36
        v37 = i3.get("tools", _UNSET)
        if v37 is not _UNSET:
            if type(v37) is not list:
                raise _Fallback
            a39 = []
            for i38 in v37:
                if type(i38) is not dict:
                    raise _Fallback
                o40 = _new(_C_ResponseToolsItem)
                if i38:
                    x41 = dict(i38)
                    o40.additional_properties = x41
                else:
                    o40.additional_properties = {}
                i38 = o40
                a39.append(i38)
            v37 = a39
        o5.tools = v37
        v45 = i3.get("top_p", _UNSET)
        o5.top_p = v45
        v46 = i3.get("truncation", _UNSET)
        o5.truncation = v46
        v47 = i3.get("user", _UNSET)
        o5.user = v47
        v48 = i3.get("metadata", _UNSET)
        if v48 is None:
            pass
        elif v48 is _UNSET:
            pass
        elif isinstance(v48, dict):
            v48 = _member(_f_ResponseMetadataType0, _C_ResponseMetadataType0, v48, v48)
        o5.metadata = v48
        if not i3.keys() <= _K_Response:
            x49 = dict(i3)
            del x49["created_at"]
            del x49["status"]
            del x49["model"]
            del x49["output"]
            x49.pop("id", None)
            x49.pop("object", None)
            x49.pop("previous_response_id", None)
            x49.pop("usage", None)
            x49.pop("error", None)
            x49.pop("incomplete_details", None)
            x49.pop("instructions", None)
            x49.pop("max_output_tokens", None)
            x49.pop("max_tool_calls", None)
            x49.pop("parallel_tool_calls", None)
            x49.pop("reasoning", None)
            x49.pop("store", None)
            x49.pop("temperature", None)
            x49.pop("text", None)
            x49.pop("tool_choice", None)
            x49.pop("tools", None)
            x49.pop("top_p", None)
            x49.pop("truncation", None)
            x49.pop("user", None)
            x49.pop("metadata", None)
            o5.additional_properties = x49
        else:
            o5.additional_properties = {}
        i3 = o5
        a4.append(i3)
    v2 = a4
    o1.data = v2
    o1.has_more = data["has_more"]
    v54 = data.get("object", _UNSET)
    o1.object_ = v54
    v55 = data.get("first_id", _UNSET)
    o1.first_id = v55
    v56 = data.get("last_id", _UNSET)
    o1.last_id = v56
    if len(data) != 2 + (v54 is not _UNSET) + (v55 is not _UNSET) + (v56 is not _UNSET):
        x57 = dict(data)
        del x57["data"]
        del x57["has_more"]
        x57.pop("object", None)
        x57.pop("first_id", None)
        x57.pop("last_id", None)
        o1.additional_properties = x57
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseMetadataType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseMetadataType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseReasoningType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseReasoningType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseTextType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseTextType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseToolChoiceType1(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseToolChoiceType1)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseToolsItem(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseToolsItem)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ResponseUsageType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ResponseUsageType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
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


def _f_ThinkingConfigDisabled(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ThinkingConfigDisabled)
    v2 = data["type"]
    if v2 != "disabled":
        raise _Fallback
    o1.type_ = v2
    return o1


def _f_ThinkingConfigEnabled(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ThinkingConfigEnabled)
    v2 = data["type"]
    if v2 != "enabled":
        raise _Fallback
    o1.type_ = v2
    v3 = data.get("budget_tokens", _UNSET)
    o1.budget_tokens = v3
    return o1


def _f_ToolCall(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ToolCall)
    o1.id = data["id"]
    o1.type_ = data["type"]
    v4 = data.get("call_id", _UNSET)
    o1.call_id = v4
    v5 = data.get("name", _UNSET)
    o1.name = v5
    v6 = data.get("arguments", _UNSET)
    o1.arguments = v6
    v7 = data.get("status", _UNSET)
    o1.status = v7
    v8 = data.get("function", _UNSET)
    if v8 is None:
        pass
    elif v8 is _UNSET:
        pass
    elif isinstance(v8, dict):
        v8 = _member(_f_ToolCallFunctionType0, _C_ToolCallFunctionType0, v8, v8)
    o1.function = v8
    v9 = data.get("mcp", _UNSET)
    if v9 is None:
        pass
    elif v9 is _UNSET:
        pass
    elif isinstance(v9, dict):
        v9 = _member(_f_ToolCallMcpType0, _C_ToolCallMcpType0, v9, v9)
    o1.mcp = v9
    if len(data) != 2 + (v4 is not _UNSET) + (v5 is not _UNSET) + (v6 is not _UNSET) + (
        v7 is not _UNSET
    ) + (v8 is not _UNSET) + (v9 is not _UNSET):
        x10 = dict(data)
        del x10["id"]
        del x10["type"]
        x10.pop("call_id", None)
        x10.pop("name", None)
        x10.pop("arguments", None)
        x10.pop("status", None)
        x10.pop("function", None)
        x10.pop("mcp", None)
        o1.additional_properties = x10
    else:
        o1.additional_properties = {}
    return o1


def _f_ToolCallFunctionType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ToolCallFunctionType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ToolCallMcpType0(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ToolCallMcpType0)
    if data:
        x2 = dict(data)
        o1.additional_properties = x2
    else:
        o1.additional_properties = {}
    return o1


def _f_ToolOutput(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ToolOutput)
    o1.tool_call_id = data["tool_call_id"]
    o1.output = data["output"]
    v4 = data.get("type", _UNSET)
    o1.type_ = v4
    if len(data) != 2 + (v4 is not _UNSET):
        x5 = dict(data)
        del x5["tool_call_id"]
        del x5["output"]
        x5.pop("type", None)
        o1.additional_properties = x5
    else:
        o1.additional_properties = {}
    return o1


def _f_UsageInfo(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_UsageInfo)
    o1.prompt_tokens = data["prompt_tokens"]
    o1.total_tokens = data["total_tokens"]
    v4 = data.get("completion_tokens", _UNSET)
    o1.completion_tokens = v4
    v5 = data.get("prompt_tokens_details", _UNSET)
    if v5 is None:
        pass
    elif v5 is _UNSET:
        pass
    elif isinstance(v5, dict):
        v5 = _member(_f_PromptTokensDetails, _C_PromptTokensDetails, v5, v5)
    o1.prompt_tokens_details = v5
    if len(data) != 2 + (v4 is not _UNSET) + (v5 is not _UNSET):
        x6 = dict(data)
        del x6["prompt_tokens"]
        del x6["total_tokens"]
        x6.pop("completion_tokens", None)
        x6.pop("prompt_tokens_details", None)
        o1.additional_properties = x6
    else:
        o1.additional_properties = {}
    return o1


def _f_ValidationError(data: Any) -> Any:
    if type(data) is not dict:
        raise _Fallback
    o1 = _new(_C_ValidationError)
    v2 = data["loc"]
    if type(v2) is not list:
        raise _Fallback
    v2 = list(v2)
    o1.loc = v2
    o1.msg = data["msg"]
    o1.type_ = data["type"]
    if len(data) != 3:
        x7 = dict(data)
        del x7["loc"]
        del x7["msg"]
        del x7["type"]
        o1.additional_properties = x7
    else:
        o1.additional_properties = {}
    return o1


_FAST: dict[str, Callable[[Any], Any]] = {
    "BaseImageToImageRequest": _f_BaseImageToImageRequest,
    "ChatCompletionFunction": _f_ChatCompletionFunction,
    "ChatCompletionFunctionParameters": _f_ChatCompletionFunctionParameters,
    "ChatCompletionMessageToolCall": _f_ChatCompletionMessageToolCall,
    "ChatCompletionMessageToolCallFunction": _f_ChatCompletionMessageToolCallFunction,
    "ChatCompletionMessageToolCallFunctionArgumentsType1": _f_ChatCompletionMessageToolCallFunctionArgumentsType1,
    "ChatCompletionRequest": _f_ChatCompletionRequest,
    "ChatCompletionRequestLogitBiasType0": _f_ChatCompletionRequestLogitBiasType0,
    "ChatCompletionRequestMetadataType0": _f_ChatCompletionRequestMetadataType0,
    "ChatCompletionRequestStreamOptionsType0": _f_ChatCompletionRequestStreamOptionsType0,
    "ChatCompletionResponse": _f_ChatCompletionResponse,
    "ChatCompletionResponseChoice": _f_ChatCompletionResponseChoice,
    "ChatCompletionResponsePerfMetricsType0": _f_ChatCompletionResponsePerfMetricsType0,
    "ChatCompletionResponseStreamChoice": _f_ChatCompletionResponseStreamChoice,
    "ChatCompletionStreamEvent": _f_ChatCompletionStreamEvent,
    "ChatCompletionStreamResponse": _f_ChatCompletionStreamResponse,
    "ChatCompletionStreamResponsePerfMetricsType0": _f_ChatCompletionStreamResponsePerfMetricsType0,
    "ChatCompletionTool": _f_ChatCompletionTool,
    "ChatMessage": _f_ChatMessage,
    "ChatMessageContent": _f_ChatMessageContent,
    "ChatMessageContentImageURL": _f_ChatMessageContentImageURL,
    "Choice": _f_Choice,
    "CompletionRequest": _f_CompletionRequest,
    "CompletionRequestLogitBiasType0": _f_CompletionRequestLogitBiasType0,
    "CompletionRequestMetadataType0": _f_CompletionRequestMetadataType0,
    "CompletionRequestStreamOptionsType0": _f_CompletionRequestStreamOptionsType0,
    "CompletionResponse": _f_CompletionResponse,
    "CompletionResponsePerfMetricsType0": _f_CompletionResponsePerfMetricsType0,
    "CompletionResponseStreamChoice": _f_CompletionResponseStreamChoice,
    "CompletionStreamEvent": _f_CompletionStreamEvent,
    "CompletionStreamResponse": _f_CompletionStreamResponse,
    "CompletionStreamResponsePerfMetricsType0": _f_CompletionStreamResponsePerfMetricsType0,
    "CreateControlNetRequest": _f_CreateControlNetRequest,
    "CreateEmbeddingRequest": _f_CreateEmbeddingRequest,
    "CreateEmbeddingRequestInputArrayOfObjectsItem": _f_CreateEmbeddingRequestInputArrayOfObjectsItem,
    "CreateEmbeddingRequestStructuredData": _f_CreateEmbeddingRequestStructuredData,
    "CreateEmbeddingResponse": _f_CreateEmbeddingResponse,
    "CreateEmbeddingResponseUsage": _f_CreateEmbeddingResponseUsage,
    "CreateFluxImageBody": _f_CreateFluxImageBody,
    "CreateFluxImageResponse200": _f_CreateFluxImageResponse200,
    "CreateImageRequest": _f_CreateImageRequest,
    "CreateImageToImageRequest": _f_CreateImageToImageRequest,
    "CreateKontextRequestBody": _f_CreateKontextRequestBody,
    "CreateKontextRequestResponse200": _f_CreateKontextRequestResponse200,
    "CreateKontextRequestResponse400": _f_CreateKontextRequestResponse400,
    "CreateRerankRequest": _f_CreateRerankRequest,
    "CreateRerankResponse": _f_CreateRerankResponse,
    "CreateRerankResponseUsage": _f_CreateRerankResponseUsage,
    "CreateResponse": _f_CreateResponse,
    "CreateResponseInputType1Item": _f_CreateResponseInputType1Item,
    "CreateResponseMetadataType0": _f_CreateResponseMetadataType0,
    "CreateResponseReasoningType0": _f_CreateResponseReasoningType0,
    "CreateResponseTextType0": _f_CreateResponseTextType0,
    "CreateResponseToolChoiceType1": _f_CreateResponseToolChoiceType1,
    "CreateResponseToolsType0Item": _f_CreateResponseToolsType0Item,
    "DeleteResponse": _f_DeleteResponse,
    "DeltaMessage": _f_DeltaMessage,
    "Embedding": _f_Embedding,
    "Error": _f_Error,
    "ErrorResponse": _f_ErrorResponse,
    "FunctionNameSpec": _f_FunctionNameSpec,
    "FunctionSelection": _f_FunctionSelection,
    "GetKontextResultBody": _f_GetKontextResultBody,
    "GetKontextResultResponse200": _f_GetKontextResultResponse200,
    "GetKontextResultResponse200DetailsType0": _f_GetKontextResultResponse200DetailsType0,
    "HTTPValidationError": _f_HTTPValidationError,
    "ImageArtifact": _f_ImageArtifact,
    "ImageStrengthRequest": _f_ImageStrengthRequest,
    "ListModelsResponse": _f_ListModelsResponse,
    "LogProbs": _f_LogProbs,
    "LogProbsTopLogprobsType0Item": _f_LogProbsTopLogprobsType0Item,
    "Message": _f_Message,
    "MessageContent": _f_MessageContent,
    "Model": _f_Model,
    "NewLogProbs": _f_NewLogProbs,
    "NewLogProbsContent": _f_NewLogProbsContent,
    "NewLogProbsContentTopLogProbs": _f_NewLogProbsContentTopLogProbs,
    "PredictedOutput": _f_PredictedOutput,
    "PromptTokensDetails": _f_PromptTokensDetails,
    "RawOutput": _f_RawOutput,
    "RerankResult": _f_RerankResult,
    "Response": _f_Response,
    "ResponseErrorType0": _f_ResponseErrorType0,
    "ResponseFormat": _f_ResponseFormat,
    "ResponseFormatJsonSchemaType1": _f_ResponseFormatJsonSchemaType1,
    "ResponseFormatSchemaType1": _f_ResponseFormatSchemaType1,
    "ResponseIncompleteDetailsType0": _f_ResponseIncompleteDetailsType0,
    "ResponseList": _f_ResponseList,
    "ResponseMetadataType0": _f_ResponseMetadataType0,
    "ResponseReasoningType0": _f_ResponseReasoningType0,
    "ResponseTextType0": _f_ResponseTextType0,
    "ResponseToolChoiceType1": _f_ResponseToolChoiceType1,
    "ResponseToolsItem": _f_ResponseToolsItem,
    "ResponseUsageType0": _f_ResponseUsageType0,
    "StepScheduleRequest": _f_StepScheduleRequest,
    "TextPrompt": _f_TextPrompt,
    "ThinkingConfigDisabled": _f_ThinkingConfigDisabled,
    "ThinkingConfigEnabled": _f_ThinkingConfigEnabled,
    "ToolCall": _f_ToolCall,
    "ToolCallFunctionType0": _f_ToolCallFunctionType0,
    "ToolCallMcpType0": _f_ToolCallMcpType0,
    "ToolOutput": _f_ToolOutput,
    "UsageInfo": _f_UsageInfo,
    "ValidationError": _f_ValidationError,
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
