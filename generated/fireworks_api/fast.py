"""The one parser of the generated models: each model's ``from_dict`` is ``build(cls, data)``.

Do not edit: `make generate` writes this file (codegen/fast_models.py, which says what fits
each kind of field).

Each model has a straight-line function that checks the decoded JSON against the model's
schema, builds the models inside it in line, and fills each object's slots directly. A value
that does not fit raises ``SchemaMismatch`` (a ValueError) naming the model, the field's path
and the rule; there is no second, slower parser behind it. Importing this module loads no model
(nor attrs): a model's function loads what it needs on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

__all__ = ["MODELS", "SchemaMismatch", "build", "parser_for"]

T = TypeVar("T")


class SchemaMismatch(ValueError):
    """A value that does not fit its model's schema: ``model`` (the class built),
    ``path`` (the field, e.g. ``choices[0].delta.role``; empty for the object itself) and
    ``rule`` (what the value must be, and what it was)."""

    def __init__(self, rule: str, key: str | int | None = None) -> None:
        super().__init__(rule)
        self.rule = rule
        self.model = ""
        self._parts: list[str | int] = [] if key is None else [key]

    def within(self, part: str | int) -> None:
        """Add the key or index of an enclosing value (errors gain their path outwards)."""
        self._parts.append(part)

    @property
    def keys(self) -> tuple[str | int, ...]:
        """The path as keys and indexes, outermost first."""
        return tuple(reversed(self._parts))

    @property
    def path(self) -> str:
        out = ""
        for part in reversed(self._parts):
            out += (
                f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
            )
        return out

    def __str__(self) -> str:
        return ": ".join(p for p in (self.model, self.path, self.rule) if p)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | int | float):
        return f"{type(value).__name__} {value!r}"
    if isinstance(value, str):
        return f"string {value[:40]!r}" + ("..." if len(value) > 40 else "")
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "an array"
    return type(value).__name__


def _no(expected: str, value: Any, key: str | int | None = None) -> SchemaMismatch:
    return SchemaMismatch(f"expected {expected}, got {_kind(value)}", key)


def _index(items: list[Any], item: Any) -> int:
    """The position of ``item`` in ``items`` (for an error: the loops do not count)."""
    return next(n for n, x in enumerate(items) if x is item)


def _attempt(build: Callable[[Any], Any], value: Any) -> Any:
    """A union member tried: what ``build`` makes of ``value``, or _MISS when it does not fit."""
    try:
        return build(value)
    except SchemaMismatch:
        return _MISS


def _object(value: Any) -> dict[Any, Any]:
    """A model's source that is not a dict: a copy of a Mapping, or a mismatch."""
    if isinstance(value, Mapping):
        return dict(value)
    raise _no("an object", value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_MISS: Any = object()
_Mapping = Mapping
_new = object.__new__

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
        "_nulls",
    ),
    "ChatCompletionFunction": ("name", "description", "parameters", "strict", "_nulls"),
    "ChatCompletionFunctionParameters": ("additional_properties", "_nulls"),
    "ChatCompletionMessageToolCall": (
        "function",
        "id",
        "type_",
        "index",
        "additional_properties",
        "_nulls",
    ),
    "ChatCompletionMessageToolCallFunction": (
        "name",
        "arguments",
        "additional_properties",
        "_nulls",
    ),
    "ChatCompletionMessageToolCallFunctionArgumentsType1": (
        "additional_properties",
        "_nulls",
    ),
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
        "_nulls",
    ),
    "ChatCompletionRequestLogitBiasType0": ("additional_properties", "_nulls"),
    "ChatCompletionRequestMetadataType0": ("additional_properties", "_nulls"),
    "ChatCompletionRequestStreamOptionsType0": (
        "include_usage",
        "additional_properties",
        "_nulls",
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
        "_nulls",
    ),
    "ChatCompletionResponseChoice": (
        "index",
        "message",
        "finish_reason",
        "logprobs",
        "raw_output",
        "token_ids",
        "additional_properties",
        "_nulls",
    ),
    "ChatCompletionResponsePerfMetricsType0": ("additional_properties", "_nulls"),
    "ChatCompletionResponseStreamChoice": (
        "index",
        "delta",
        "finish_reason",
        "logprobs",
        "raw_output",
        "prompt_token_ids",
        "token_ids",
        "additional_properties",
        "_nulls",
    ),
    "ChatCompletionStreamEvent": (
        "data",
        "event",
        "id",
        "retry",
        "additional_properties",
        "_nulls",
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
        "_nulls",
    ),
    "ChatCompletionStreamResponsePerfMetricsType0": ("additional_properties", "_nulls"),
    "ChatCompletionTool": ("type_", "function", "_nulls"),
    "ChatMessage": (
        "role",
        "content",
        "reasoning_content",
        "tool_calls",
        "tool_call_id",
        "additional_properties",
        "_nulls",
    ),
    "ChatMessageContent": (
        "type_",
        "text",
        "image_url",
        "additional_properties",
        "_nulls",
    ),
    "ChatMessageContentImageURL": ("url", "detail", "additional_properties", "_nulls"),
    "Choice": (
        "index",
        "text",
        "logprobs",
        "finish_reason",
        "raw_output",
        "prompt_token_ids",
        "token_ids",
        "additional_properties",
        "_nulls",
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
        "_nulls",
    ),
    "CompletionRequestLogitBiasType0": ("additional_properties", "_nulls"),
    "CompletionRequestMetadataType0": ("additional_properties", "_nulls"),
    "CompletionRequestStreamOptionsType0": (
        "include_usage",
        "additional_properties",
        "_nulls",
    ),
    "CompletionResponse": (
        "id",
        "created",
        "model",
        "choices",
        "usage",
        "object_",
        "perf_metrics",
        "additional_properties",
        "_nulls",
    ),
    "CompletionResponsePerfMetricsType0": ("additional_properties", "_nulls"),
    "CompletionResponseStreamChoice": (
        "index",
        "text",
        "logprobs",
        "finish_reason",
        "raw_output",
        "prompt_token_ids",
        "token_ids",
        "additional_properties",
        "_nulls",
    ),
    "CompletionStreamEvent": (
        "data",
        "event",
        "id",
        "retry",
        "additional_properties",
        "_nulls",
    ),
    "CompletionStreamResponse": (
        "id",
        "created",
        "model",
        "choices",
        "object_",
        "usage",
        "perf_metrics",
        "additional_properties",
        "_nulls",
    ),
    "CompletionStreamResponsePerfMetricsType0": ("additional_properties", "_nulls"),
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
        "_nulls",
    ),
    "CreateEmbeddingRequest": (
        "input_",
        "model",
        "prompt_template",
        "dimensions",
        "return_logits",
        "normalize",
        "encoding_format",
        "_nulls",
    ),
    "CreateEmbeddingRequestInputArrayOfObjectsItem": (
        "additional_properties",
        "_nulls",
    ),
    "CreateEmbeddingRequestStructuredData": ("additional_properties", "_nulls"),
    "CreateEmbeddingResponse": (
        "data",
        "model",
        "object_",
        "usage",
        "additional_properties",
        "_nulls",
    ),
    "CreateEmbeddingResponseUsage": (
        "prompt_tokens",
        "total_tokens",
        "additional_properties",
        "_nulls",
    ),
    "CreateFluxImageBody": (
        "prompt",
        "aspect_ratio",
        "guidance_scale",
        "num_inference_steps",
        "seed",
        "additional_properties",
        "_nulls",
    ),
    "CreateFluxImageResponse200": (
        "id",
        "base64",
        "finish_reason",
        "seed",
        "additional_properties",
        "_nulls",
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
        "_nulls",
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
        "_nulls",
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
        "_nulls",
    ),
    "CreateKontextRequestResponse200": (
        "request_id",
        "additional_properties",
        "_nulls",
    ),
    "CreateKontextRequestResponse400": (
        "error_message",
        "additional_properties",
        "_nulls",
    ),
    "CreateRerankRequest": (
        "query",
        "documents",
        "model",
        "top_n",
        "return_documents",
        "task",
        "_nulls",
    ),
    "CreateRerankResponse": (
        "object_",
        "model",
        "data",
        "usage",
        "additional_properties",
        "_nulls",
    ),
    "CreateRerankResponseUsage": (
        "prompt_tokens",
        "total_tokens",
        "additional_properties",
        "_nulls",
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
        "_nulls",
    ),
    "CreateResponseInputType1Item": ("additional_properties", "_nulls"),
    "CreateResponseMetadataType0": ("additional_properties", "_nulls"),
    "CreateResponseReasoningType0": ("additional_properties", "_nulls"),
    "CreateResponseTextType0": ("additional_properties", "_nulls"),
    "CreateResponseToolChoiceType1": ("additional_properties", "_nulls"),
    "CreateResponseToolsType0Item": ("additional_properties", "_nulls"),
    "DeleteResponse": ("message", "additional_properties", "_nulls"),
    "DeltaMessage": (
        "role",
        "content",
        "reasoning_content",
        "tool_calls",
        "additional_properties",
        "_nulls",
    ),
    "Embedding": ("index", "embedding", "object_", "additional_properties", "_nulls"),
    "Error": ("type_", "message", "param", "code", "additional_properties", "_nulls"),
    "ErrorResponse": ("error", "additional_properties", "_nulls"),
    "FunctionNameSpec": ("name", "_nulls"),
    "FunctionSelection": ("type_", "function", "_nulls"),
    "GetKontextResultBody": ("id", "additional_properties", "_nulls"),
    "GetKontextResultResponse200": (
        "id",
        "status",
        "result",
        "progress",
        "details",
        "additional_properties",
        "_nulls",
    ),
    "GetKontextResultResponse200DetailsType0": ("additional_properties", "_nulls"),
    "HTTPValidationError": ("detail", "additional_properties", "_nulls"),
    "ImageArtifact": (
        "base64",
        "finish_reason",
        "seed",
        "additional_properties",
        "_nulls",
    ),
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
        "_nulls",
    ),
    "ListModelsResponse": ("object_", "data", "additional_properties", "_nulls"),
    "LogProbs": (
        "tokens",
        "token_logprobs",
        "top_logprobs",
        "text_offset",
        "token_ids",
        "additional_properties",
        "_nulls",
    ),
    "LogProbsTopLogprobsType0Item": ("additional_properties", "_nulls"),
    "Message": (
        "id",
        "role",
        "content",
        "status",
        "type_",
        "additional_properties",
        "_nulls",
    ),
    "MessageContent": ("type_", "text", "additional_properties", "_nulls"),
    "Model": (
        "id",
        "object_",
        "created",
        "owned_by",
        "additional_properties",
        "_nulls",
    ),
    "NewLogProbs": ("content", "additional_properties", "_nulls"),
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
        "_nulls",
    ),
    "NewLogProbsContentTopLogProbs": (
        "token",
        "logprob",
        "token_id",
        "bytes_",
        "additional_properties",
        "_nulls",
    ),
    "PredictedOutput": ("content", "type_", "_nulls"),
    "PromptTokensDetails": ("cached_tokens", "additional_properties", "_nulls"),
    "RawOutput": (
        "prompt_fragments",
        "prompt_token_ids",
        "completion",
        "completion_token_ids",
        "completion_logprobs",
        "images",
        "grammar",
        "additional_properties",
        "_nulls",
    ),
    "RerankResult": (
        "index",
        "relevance_score",
        "document",
        "additional_properties",
        "_nulls",
    ),
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
        "_nulls",
    ),
    "ResponseErrorType0": ("additional_properties", "_nulls"),
    "ResponseFormat": ("type_", "schema", "grammar", "json_schema", "_nulls"),
    "ResponseFormatJsonSchemaType1": ("additional_properties", "_nulls"),
    "ResponseFormatSchemaType1": ("additional_properties", "_nulls"),
    "ResponseIncompleteDetailsType0": ("additional_properties", "_nulls"),
    "ResponseList": (
        "data",
        "has_more",
        "object_",
        "first_id",
        "last_id",
        "additional_properties",
        "_nulls",
    ),
    "ResponseMetadataType0": ("additional_properties", "_nulls"),
    "ResponseReasoningType0": ("additional_properties", "_nulls"),
    "ResponseTextType0": ("additional_properties", "_nulls"),
    "ResponseToolChoiceType1": ("additional_properties", "_nulls"),
    "ResponseToolsItem": ("additional_properties", "_nulls"),
    "ResponseUsageType0": ("additional_properties", "_nulls"),
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
        "_nulls",
    ),
    "TextPrompt": ("text", "weight", "additional_properties", "_nulls"),
    "ThinkingConfigDisabled": ("type_", "_nulls"),
    "ThinkingConfigEnabled": ("type_", "budget_tokens", "_nulls"),
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
        "_nulls",
    ),
    "ToolCallFunctionType0": ("additional_properties", "_nulls"),
    "ToolCallMcpType0": ("additional_properties", "_nulls"),
    "ToolOutput": (
        "tool_call_id",
        "output",
        "type_",
        "additional_properties",
        "_nulls",
    ),
    "UsageInfo": (
        "prompt_tokens",
        "total_tokens",
        "completion_tokens",
        "prompt_tokens_details",
        "additional_properties",
        "_nulls",
    ),
    "ValidationError": ("loc", "msg", "type_", "additional_properties", "_nulls"),
}


def _f_BaseImageToImageRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_BaseImageToImageRequest)
        v2 = data.get("prompt", _MISS)
        if v2 is _MISS:
            o1.prompt = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "prompt")
        else:
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "prompt")
            o1.prompt = v2
        v3 = data.get("negative_prompt", _MISS)
        if v3 is _MISS:
            o1.negative_prompt = None
        elif v3 is None:
            raise SchemaMismatch("null is not allowed here", "negative_prompt")
        else:
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "negative_prompt")
            o1.negative_prompt = v3
        v4 = data.get("init_image", _MISS)
        if v4 is _MISS:
            o1.init_image = None
        elif v4 is None:
            raise SchemaMismatch("null is not allowed here", "init_image")
        else:
            if not isinstance(v4, bytes):
                raise _no("bytes (a file)", v4, "init_image")
            v4 = _File(payload=_BytesIO(v4))
            o1.init_image = v4
        v5 = data.get("init_image_mode", _MISS)
        if v5 is _MISS:
            o1.init_image_mode = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "init_image_mode")
        else:
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "init_image_mode")
            o1.init_image_mode = v5
        v6 = data.get("cfg_scale", _MISS)
        if v6 is _MISS:
            o1.cfg_scale = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v6) is int or _is_int(v6)):
                raise _no("an integer", v6, "cfg_scale")
            o1.cfg_scale = v6
        v7 = data.get("clip_guidance_preset", _MISS)
        if v7 is _MISS:
            o1.clip_guidance_preset = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "clip_guidance_preset")
        else:
            if not (type(v7) is str or isinstance(v7, str)):
                raise _no("a string", v7, "clip_guidance_preset")
            o1.clip_guidance_preset = v7
        v8 = data.get("sampler", _MISS)
        if v8 is _MISS:
            o1.sampler = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "sampler")
        else:
            e9 = _E_Sampler.get(v8) if type(v8) is str else None
            if e9 is None:
                raise _no("one of 'K_DPMPP_2M'", v8, "sampler")
            v8 = e9
            o1.sampler = v8
        v10 = data.get("samples", _MISS)
        if v10 is _MISS:
            o1.samples = None
        elif v10 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v10) is int or _is_int(v10)):
                raise _no("an integer", v10, "samples")
            o1.samples = v10
        v11 = data.get("seed", _MISS)
        if v11 is _MISS:
            o1.seed = None
        elif v11 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v11) is int or _is_int(v11)):
                raise _no("an integer", v11, "seed")
            o1.seed = v11
        v12 = data.get("steps", _MISS)
        if v12 is _MISS:
            o1.steps = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v12) is int or _is_int(v12)):
                raise _no("an integer", v12, "steps")
            o1.steps = v12
        v13 = data.get("safety_check", _MISS)
        if v13 is _MISS:
            o1.safety_check = None
        elif v13 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v13) is bool:
                raise _no("a boolean", v13, "safety_check")
            o1.safety_check = v13
        v14 = data.get("lora_adapter_name", _MISS)
        if v14 is _MISS:
            o1.lora_adapter_name = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
        else:
            if not (type(v14) is str or isinstance(v14, str)):
                raise _no("a string", v14, "lora_adapter_name")
            o1.lora_adapter_name = v14
        v15 = data.get("lora_weight_filename", _MISS)
        if v15 is _MISS:
            o1.lora_weight_filename = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "lora_weight_filename")
        else:
            if not (type(v15) is str or isinstance(v15, str)):
                raise _no("a string", v15, "lora_weight_filename")
            o1.lora_weight_filename = v15
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS) + (v3 is not _MISS) + (
            v4 is not _MISS
        ) + (v5 is not _MISS) + (v6 is not _MISS) + (v7 is not _MISS) + (
            v8 is not _MISS
        ) + (v10 is not _MISS) + (v11 is not _MISS) + (v12 is not _MISS) + (
            v13 is not _MISS
        ) + (v14 is not _MISS) + (v15 is not _MISS):
            x16 = dict(data)
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
    except SchemaMismatch as error:
        error.model = "BaseImageToImageRequest"
        raise
    return o1


def _f_ChatCompletionFunction(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionFunction)
        n2 = 0
        try:
            v3 = data["name"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "name") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "name")
        o1.name = v3
        v4 = data.get("description", _MISS)
        if v4 is _MISS:
            o1.description = None
        elif v4 is None:
            n2 |= 2
            o1.description = None
        else:
            try:
                if not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no("a string or null", v4)
            except SchemaMismatch as err5:
                err5.within("description")
                raise
            o1.description = v4
        v6 = data.get("parameters", _MISS)
        if v6 is _MISS:
            o1.parameters = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "parameters")
        else:
            try:
                if type(v6) is not dict:
                    v6 = _object(v6)
                o7 = _new(_C_ChatCompletionFunctionParameters)
                o7._nulls = 0
                if v6:
                    x8 = dict(v6)
                    o7.additional_properties = x8
                else:
                    o7.additional_properties = {}
                v6 = o7
            except SchemaMismatch as err12:
                err12.within("parameters")
                raise
            o1.parameters = v6
        v13 = data.get("strict", _MISS)
        if v13 is _MISS:
            o1.strict = None
        elif v13 is None:
            n2 |= 8
            o1.strict = None
        else:
            try:
                if not (type(v13) is bool or v13 is None):
                    raise _no("a boolean or null", v13)
            except SchemaMismatch as err14:
                err14.within("strict")
                raise
            o1.strict = v13
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "ChatCompletionFunction"
        raise
    return o1


def _f_ChatCompletionFunctionParameters(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionFunctionParameters)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionFunctionParameters"
        raise
    return o1


def _f_ChatCompletionMessageToolCall(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionMessageToolCall)
        n2 = 0
        try:
            v3 = data["function"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "function") from None
        try:
            if (type(v3) is dict or isinstance(v3, _Mapping)) and (
                r4 := _attempt(_f_ChatCompletionMessageToolCallFunction, v3)
            ) is not _MISS:
                v3 = r4
            elif not (type(v3) is str or isinstance(v3, str)):
                raise _no(
                    "an object (ChatCompletionMessageToolCallFunction) or a string", v3
                )
        except SchemaMismatch as err5:
            err5.within("function")
            raise
        o1.function = v3
        v6 = data.get("id", _MISS)
        if v6 is _MISS:
            o1.id = None
        elif v6 is None:
            n2 |= 2
            o1.id = None
        else:
            try:
                if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                    raise _no("a string or null", v6)
            except SchemaMismatch as err7:
                err7.within("id")
                raise
            o1.id = v6
        v8 = data.get("type", _MISS)
        if v8 is _MISS:
            o1.type_ = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "type")
        else:
            if not (type(v8) is str or isinstance(v8, str)):
                raise _no("a string", v8, "type")
            o1.type_ = v8
        v9 = data.get("index", _MISS)
        if v9 is _MISS:
            o1.index = None
        elif v9 is None:
            raise SchemaMismatch("null is not allowed here", "index")
        else:
            if not (type(v9) is int or _is_int(v9)):
                raise _no("an integer", v9, "index")
            o1.index = v9
        o1._nulls = n2
        if len(data) != 1 + (v6 is not _MISS) + (v8 is not _MISS) + (v9 is not _MISS):
            x10 = dict(data)
            del x10["function"]
            x10.pop("id", None)
            x10.pop("type", None)
            x10.pop("index", None)
            o1.additional_properties = x10
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionMessageToolCall"
        raise
    return o1


def _f_ChatCompletionMessageToolCallFunction(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionMessageToolCallFunction)
        n2 = 0
        v3 = data.get("name", _MISS)
        if v3 is _MISS:
            o1.name = None
        elif v3 is None:
            n2 |= 1
            o1.name = None
        else:
            try:
                if not ((type(v3) is str or isinstance(v3, str)) or v3 is None):
                    raise _no("a string or null", v3)
            except SchemaMismatch as err4:
                err4.within("name")
                raise
            o1.name = v3
        v5 = data.get("arguments", _MISS)
        if v5 is _MISS:
            o1.arguments = None
        elif v5 is None:
            n2 |= 2
            o1.arguments = None
        else:
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(
                        _f_ChatCompletionMessageToolCallFunctionArgumentsType1, v5
                    )
                ) is not _MISS:
                    v5 = r6
                elif not ((type(v5) is str or isinstance(v5, str)) or v5 is None):
                    raise _no(
                        "a string or an object (ChatCompletionMessageToolCallFunctionArgumentsType1) or null",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("arguments")
                raise
            o1.arguments = v5
        o1._nulls = n2
        if len(data) != 0 + (v3 is not _MISS) + (v5 is not _MISS):
            x8 = dict(data)
            x8.pop("name", None)
            x8.pop("arguments", None)
            o1.additional_properties = x8
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionMessageToolCallFunction"
        raise
    return o1


def _f_ChatCompletionMessageToolCallFunctionArgumentsType1(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionMessageToolCallFunctionArgumentsType1)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionMessageToolCallFunctionArgumentsType1"
        raise
    return o1


def _f_ChatCompletionRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionRequest)
        n2 = 0
        try:
            v3 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "model")
        o1.model = v3
        try:
            v4 = data["messages"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "messages") from None
        try:
            if type(v4) is not list:
                raise _no("an array of an object (ChatMessage)", v4)
            a6 = []
            try:
                for i5 in v4:
                    if type(i5) is not dict:
                        i5 = _object(i5)
                    o7 = _new(_C_ChatMessage)
                    n8 = 0
                    try:
                        v9 = i5["role"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "role"
                        ) from None
                    if not (type(v9) is str or isinstance(v9, str)):
                        raise _no("a string", v9, "role")
                    o7.role = v9
                    v10 = i5.get("content", _MISS)
                    if v10 is _MISS:
                        o7.content = None
                    elif v10 is None:
                        n8 |= 2
                        o7.content = None
                    else:
                        try:
                            if (
                                type(v10) is list
                                and (r11 := _attempt(_h1, v10)) is not _MISS
                            ):
                                v10 = r11
                            elif not (
                                (type(v10) is str or isinstance(v10, str))
                                or v10 is None
                            ):
                                raise _no(
                                    "a string or an array of an object (ChatMessageContent) or null",
                                    v10,
                                )
                        except SchemaMismatch as err12:
                            err12.within("content")
                            raise
                        o7.content = v10
                    v13 = i5.get("reasoning_content", _MISS)
                    if v13 is _MISS:
                        o7.reasoning_content = None
                    elif v13 is None:
                        n8 |= 4
                        o7.reasoning_content = None
                    else:
                        try:
                            if not (
                                (type(v13) is str or isinstance(v13, str))
                                or v13 is None
                            ):
                                raise _no("a string or null", v13)
                        except SchemaMismatch as err14:
                            err14.within("reasoning_content")
                            raise
                        o7.reasoning_content = v13
                    v15 = i5.get("tool_calls", _MISS)
                    if v15 is _MISS:
                        o7.tool_calls = None
                    elif v15 is None:
                        n8 |= 8
                        o7.tool_calls = None
                    else:
                        try:
                            if (
                                type(v15) is list
                                and (r16 := _attempt(_h2, v15)) is not _MISS
                            ):
                                v15 = r16
                            elif not (v15 is None):
                                raise _no(
                                    "an array of an object (ChatCompletionMessageToolCall) or null",
                                    v15,
                                )
                        except SchemaMismatch as err17:
                            err17.within("tool_calls")
                            raise
                        o7.tool_calls = v15
                    v18 = i5.get("tool_call_id", _MISS)
                    if v18 is _MISS:
                        o7.tool_call_id = None
                    elif v18 is None:
                        n8 |= 16
                        o7.tool_call_id = None
                    else:
                        try:
                            if not (
                                (type(v18) is str or isinstance(v18, str))
                                or v18 is None
                            ):
                                raise _no("a string or null", v18)
                        except SchemaMismatch as err19:
                            err19.within("tool_call_id")
                            raise
                        o7.tool_call_id = v18
                    o7._nulls = n8
                    if len(i5) != 1 + (v10 is not _MISS) + (v13 is not _MISS) + (
                        v15 is not _MISS
                    ) + (v18 is not _MISS):
                        x20 = dict(i5)
                        del x20["role"]
                        x20.pop("content", None)
                        x20.pop("reasoning_content", None)
                        x20.pop("tool_calls", None)
                        x20.pop("tool_call_id", None)
                        o7.additional_properties = x20
                    else:
                        o7.additional_properties = {}
                    i5 = o7
                    a6.append(i5)
            except SchemaMismatch as err24:
                err24.within(len(a6))
                raise
            v4 = a6
        except SchemaMismatch as err25:
            err25.within("messages")
            raise
        o1.messages = v4
        v26 = data.get("tools", _MISS)
        if v26 is _MISS:
            o1.tools = None
        elif v26 is None:
            raise SchemaMismatch("null is not allowed here", "tools")
        else:
            try:
                if type(v26) is not list:
                    raise _no("an array of an object (ChatCompletionTool)", v26)
                a28 = []
                try:
                    for i27 in v26:
                        if type(i27) is not dict:
                            i27 = _object(i27)
                        o29 = _new(_C_ChatCompletionTool)
                        n30 = 0
                        try:
                            v31 = i27["type"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "type"
                            ) from None
                        e32 = (
                            _E_ChatCompletionToolType.get(v31)
                            if type(v31) is str
                            else None
                        )
                        if e32 is None:
                            raise _no("one of 'function'", v31, "type")
                        v31 = e32
                        o29.type_ = v31
                        v33 = i27.get("function", _MISS)
                        if v33 is _MISS:
                            o29.function = None
                        elif v33 is None:
                            n30 |= 2
                            o29.function = None
                        else:
                            try:
                                if (
                                    type(v33) is dict or isinstance(v33, _Mapping)
                                ) and (
                                    r34 := _attempt(_f_ChatCompletionFunction, v33)
                                ) is not _MISS:
                                    v33 = r34
                                elif not (v33 is None):
                                    raise _no(
                                        "an object (ChatCompletionFunction) or null",
                                        v33,
                                    )
                            except SchemaMismatch as err35:
                                err35.within("function")
                                raise
                            o29.function = v33
                        o29._nulls = n30
                        i27 = o29
                        a28.append(i27)
                except SchemaMismatch as err36:
                    err36.within(len(a28))
                    raise
                v26 = a28
            except SchemaMismatch as err37:
                err37.within("tools")
                raise
            o1.tools = v26
        v38 = data.get("tool_choice", _MISS)
        if v38 is _MISS:
            o1.tool_choice = None
        elif v38 is None:
            raise SchemaMismatch("null is not allowed here", "tool_choice")
        else:
            try:
                if (
                    type(v38) is str
                    and (r39 := _E_ChatCompletionRequestToolChoiceType0.get(v38, _MISS))
                    is not _MISS
                ):
                    v38 = r39
                elif (type(v38) is dict or isinstance(v38, _Mapping)) and (
                    r40 := _attempt(_f_FunctionSelection, v38)
                ) is not _MISS:
                    v38 = r40
                else:
                    raise _no(
                        "one of 'auto', 'none', 'any', 'required' or an object (FunctionSelection)",
                        v38,
                    )
            except SchemaMismatch as err41:
                err41.within("tool_choice")
                raise
            o1.tool_choice = v38
        v42 = data.get("stream", _MISS)
        if v42 is _MISS:
            o1.stream = None
        elif v42 is None:
            n2 |= 16
            o1.stream = None
        else:
            try:
                if not (type(v42) is bool or v42 is None):
                    raise _no("a boolean or null", v42)
            except SchemaMismatch as err43:
                err43.within("stream")
                raise
            o1.stream = v42
        v44 = data.get("response_format", _MISS)
        if v44 is _MISS:
            o1.response_format = None
        elif v44 is None:
            n2 |= 32
            o1.response_format = None
        else:
            try:
                if (type(v44) is dict or isinstance(v44, _Mapping)) and (
                    r45 := _attempt(_f_ResponseFormat, v44)
                ) is not _MISS:
                    v44 = r45
                elif not (v44 is None):
                    raise _no("an object (ResponseFormat) or null", v44)
            except SchemaMismatch as err46:
                err46.within("response_format")
                raise
            o1.response_format = v44
        v47 = data.get("temperature", _MISS)
        if v47 is _MISS:
            o1.temperature = None
        elif v47 is None:
            n2 |= 64
            o1.temperature = None
        else:
            try:
                if not ((type(v47) is float or _is_number(v47)) or v47 is None):
                    raise _no("a number or null", v47)
            except SchemaMismatch as err48:
                err48.within("temperature")
                raise
            o1.temperature = v47
        v49 = data.get("top_k", _MISS)
        if v49 is _MISS:
            o1.top_k = None
        elif v49 is None:
            n2 |= 128
            o1.top_k = None
        else:
            try:
                if not ((type(v49) is int or _is_int(v49)) or v49 is None):
                    raise _no("an integer or null", v49)
            except SchemaMismatch as err50:
                err50.within("top_k")
                raise
            o1.top_k = v49
        v51 = data.get("user", _MISS)
        if v51 is _MISS:
            o1.user = None
        elif v51 is None:
            n2 |= 256
            o1.user = None
        else:
            try:
                if not ((type(v51) is str or isinstance(v51, str)) or v51 is None):
                    raise _no("a string or null", v51)
            except SchemaMismatch as err52:
                err52.within("user")
                raise
            o1.user = v51
        v53 = data.get("prompt_cache_isolation_key", _MISS)
        if v53 is _MISS:
            o1.prompt_cache_isolation_key = None
        elif v53 is None:
            n2 |= 512
            o1.prompt_cache_isolation_key = None
        else:
            try:
                if not ((type(v53) is str or isinstance(v53, str)) or v53 is None):
                    raise _no("a string or null", v53)
            except SchemaMismatch as err54:
                err54.within("prompt_cache_isolation_key")
                raise
            o1.prompt_cache_isolation_key = v53
        v55 = data.get("raw_output", _MISS)
        if v55 is _MISS:
            o1.raw_output = None
        elif v55 is None:
            n2 |= 1024
            o1.raw_output = None
        else:
            try:
                if not (type(v55) is bool or v55 is None):
                    raise _no("a boolean or null", v55)
            except SchemaMismatch as err56:
                err56.within("raw_output")
                raise
            o1.raw_output = v55
        v57 = data.get("perf_metrics_in_response", _MISS)
        if v57 is _MISS:
            o1.perf_metrics_in_response = None
        elif v57 is None:
            n2 |= 2048
            o1.perf_metrics_in_response = None
        else:
            try:
                if not (type(v57) is bool or v57 is None):
                    raise _no("a boolean or null", v57)
            except SchemaMismatch as err58:
                err58.within("perf_metrics_in_response")
                raise
            o1.perf_metrics_in_response = v57
        v59 = data.get("n", _MISS)
        if v59 is _MISS:
            o1.n = None
        elif v59 is None:
            raise SchemaMismatch("null is not allowed here", "n")
        else:
            if not (type(v59) is int or _is_int(v59)):
                raise _no("an integer", v59, "n")
            o1.n = v59
        v60 = data.get("stop", _MISS)
        if v60 is _MISS:
            o1.stop = None
        elif v60 is None:
            n2 |= 8192
            o1.stop = None
        else:
            try:
                if type(v60) is list and (r61 := _attempt(_h3, v60)) is not _MISS:
                    v60 = r61
                elif not ((type(v60) is str or isinstance(v60, str)) or v60 is None):
                    raise _no("a string or an array of a string or null", v60)
            except SchemaMismatch as err62:
                err62.within("stop")
                raise
            o1.stop = v60
        v63 = data.get("max_tokens", _MISS)
        if v63 is _MISS:
            o1.max_tokens = None
        elif v63 is None:
            n2 |= 16384
            o1.max_tokens = None
        else:
            try:
                if not ((type(v63) is int or _is_int(v63)) or v63 is None):
                    raise _no("an integer or null", v63)
            except SchemaMismatch as err64:
                err64.within("max_tokens")
                raise
            o1.max_tokens = v63
        v65 = data.get("max_completion_tokens", _MISS)
        if v65 is _MISS:
            o1.max_completion_tokens = None
        elif v65 is None:
            n2 |= 32768
            o1.max_completion_tokens = None
        else:
            try:
                if not ((type(v65) is int or _is_int(v65)) or v65 is None):
                    raise _no("an integer or null", v65)
            except SchemaMismatch as err66:
                err66.within("max_completion_tokens")
                raise
            o1.max_completion_tokens = v65
        v67 = data.get("top_p", _MISS)
        if v67 is _MISS:
            o1.top_p = None
        elif v67 is None:
            n2 |= 65536
            o1.top_p = None
        else:
            try:
                if not ((type(v67) is float or _is_number(v67)) or v67 is None):
                    raise _no("a number or null", v67)
            except SchemaMismatch as err68:
                err68.within("top_p")
                raise
            o1.top_p = v67
        v69 = data.get("min_p", _MISS)
        if v69 is _MISS:
            o1.min_p = None
        elif v69 is None:
            n2 |= 131072
            o1.min_p = None
        else:
            try:
                if not ((type(v69) is float or _is_number(v69)) or v69 is None):
                    raise _no("a number or null", v69)
            except SchemaMismatch as err70:
                err70.within("min_p")
                raise
            o1.min_p = v69
        v71 = data.get("typical_p", _MISS)
        if v71 is _MISS:
            o1.typical_p = None
        elif v71 is None:
            n2 |= 262144
            o1.typical_p = None
        else:
            try:
                if not ((type(v71) is float or _is_number(v71)) or v71 is None):
                    raise _no("a number or null", v71)
            except SchemaMismatch as err72:
                err72.within("typical_p")
                raise
            o1.typical_p = v71
        v73 = data.get("frequency_penalty", _MISS)
        if v73 is _MISS:
            o1.frequency_penalty = None
        elif v73 is None:
            n2 |= 524288
            o1.frequency_penalty = None
        else:
            try:
                if not ((type(v73) is float or _is_number(v73)) or v73 is None):
                    raise _no("a number or null", v73)
            except SchemaMismatch as err74:
                err74.within("frequency_penalty")
                raise
            o1.frequency_penalty = v73
        v75 = data.get("presence_penalty", _MISS)
        if v75 is _MISS:
            o1.presence_penalty = None
        elif v75 is None:
            n2 |= 1048576
            o1.presence_penalty = None
        else:
            try:
                if not ((type(v75) is float or _is_number(v75)) or v75 is None):
                    raise _no("a number or null", v75)
            except SchemaMismatch as err76:
                err76.within("presence_penalty")
                raise
            o1.presence_penalty = v75
        v77 = data.get("repetition_penalty", _MISS)
        if v77 is _MISS:
            o1.repetition_penalty = None
        elif v77 is None:
            n2 |= 2097152
            o1.repetition_penalty = None
        else:
            try:
                if not ((type(v77) is float or _is_number(v77)) or v77 is None):
                    raise _no("a number or null", v77)
            except SchemaMismatch as err78:
                err78.within("repetition_penalty")
                raise
            o1.repetition_penalty = v77
        v79 = data.get("mirostat_target", _MISS)
        if v79 is _MISS:
            o1.mirostat_target = None
        elif v79 is None:
            n2 |= 4194304
            o1.mirostat_target = None
        else:
            try:
                if not ((type(v79) is float or _is_number(v79)) or v79 is None):
                    raise _no("a number or null", v79)
            except SchemaMismatch as err80:
                err80.within("mirostat_target")
                raise
            o1.mirostat_target = v79
        v81 = data.get("mirostat_lr", _MISS)
        if v81 is _MISS:
            o1.mirostat_lr = None
        elif v81 is None:
            n2 |= 8388608
            o1.mirostat_lr = None
        else:
            try:
                if not ((type(v81) is float or _is_number(v81)) or v81 is None):
                    raise _no("a number or null", v81)
            except SchemaMismatch as err82:
                err82.within("mirostat_lr")
                raise
            o1.mirostat_lr = v81
        v83 = data.get("seed", _MISS)
        if v83 is _MISS:
            o1.seed = None
        elif v83 is None:
            n2 |= 16777216
            o1.seed = None
        else:
            try:
                if not ((type(v83) is int or _is_int(v83)) or v83 is None):
                    raise _no("an integer or null", v83)
            except SchemaMismatch as err84:
                err84.within("seed")
                raise
            o1.seed = v83
        v85 = data.get("logprobs", _MISS)
        if v85 is _MISS:
            o1.logprobs = None
        elif v85 is None:
            n2 |= 33554432
            o1.logprobs = None
        else:
            try:
                if not (
                    (type(v85) is int or _is_int(v85))
                    or type(v85) is bool
                    or v85 is None
                ):
                    raise _no("an integer or a boolean or null", v85)
            except SchemaMismatch as err86:
                err86.within("logprobs")
                raise
            o1.logprobs = v85
        v87 = data.get("top_logprobs", _MISS)
        if v87 is _MISS:
            o1.top_logprobs = None
        elif v87 is None:
            n2 |= 67108864
            o1.top_logprobs = None
        else:
            try:
                if not ((type(v87) is int or _is_int(v87)) or v87 is None):
                    raise _no("an integer or null", v87)
            except SchemaMismatch as err88:
                err88.within("top_logprobs")
                raise
            o1.top_logprobs = v87
        v89 = data.get("echo", _MISS)
        if v89 is _MISS:
            o1.echo = None
        elif v89 is None:
            n2 |= 134217728
            o1.echo = None
        else:
            try:
                if not (type(v89) is bool or v89 is None):
                    raise _no("a boolean or null", v89)
            except SchemaMismatch as err90:
                err90.within("echo")
                raise
            o1.echo = v89
        v91 = data.get("echo_last", _MISS)
        if v91 is _MISS:
            o1.echo_last = None
        elif v91 is None:
            n2 |= 268435456
            o1.echo_last = None
        else:
            try:
                if not ((type(v91) is int or _is_int(v91)) or v91 is None):
                    raise _no("an integer or null", v91)
            except SchemaMismatch as err92:
                err92.within("echo_last")
                raise
            o1.echo_last = v91
        v93 = data.get("ignore_eos", _MISS)
        if v93 is _MISS:
            o1.ignore_eos = None
        elif v93 is None:
            raise SchemaMismatch("null is not allowed here", "ignore_eos")
        else:
            if not type(v93) is bool:
                raise _no("a boolean", v93, "ignore_eos")
            o1.ignore_eos = v93
        v94 = data.get("context_length_exceeded_behavior", _MISS)
        if v94 is _MISS:
            o1.context_length_exceeded_behavior = None
        elif v94 is None:
            raise SchemaMismatch(
                "null is not allowed here", "context_length_exceeded_behavior"
            )
        else:
            e95 = (
                _E_ChatCompletionRequestContextLengthExceededBehavior.get(v94)
                if type(v94) is str
                else None
            )
            if e95 is None:
                raise _no(
                    "one of 'error', 'truncate'",
                    v94,
                    "context_length_exceeded_behavior",
                )
            v94 = e95
            o1.context_length_exceeded_behavior = v94
        v96 = data.get("logit_bias", _MISS)
        if v96 is _MISS:
            o1.logit_bias = None
        elif v96 is None:
            n2 |= 2147483648
            o1.logit_bias = None
        else:
            try:
                if (type(v96) is dict or isinstance(v96, _Mapping)) and (
                    r97 := _attempt(_f_ChatCompletionRequestLogitBiasType0, v96)
                ) is not _MISS:
                    v96 = r97
                elif not (v96 is None):
                    raise _no(
                        "an object (ChatCompletionRequestLogitBiasType0) or null", v96
                    )
            except SchemaMismatch as err98:
                err98.within("logit_bias")
                raise
            o1.logit_bias = v96
        v99 = data.get("speculation", _MISS)
        if v99 is _MISS:
            o1.speculation = None
        elif v99 is None:
            n2 |= 4294967296
            o1.speculation = None
        else:
            try:
                if type(v99) is list and (r100 := _attempt(_h4, v99)) is not _MISS:
                    v99 = r100
                elif not ((type(v99) is str or isinstance(v99, str)) or v99 is None):
                    raise _no("a string or an array of an integer or null", v99)
            except SchemaMismatch as err101:
                err101.within("speculation")
                raise
            o1.speculation = v99
        v102 = data.get("prediction", _MISS)
        if v102 is _MISS:
            o1.prediction = None
        elif v102 is None:
            n2 |= 8589934592
            o1.prediction = None
        else:
            try:
                if (type(v102) is dict or isinstance(v102, _Mapping)) and (
                    r103 := _attempt(_f_PredictedOutput, v102)
                ) is not _MISS:
                    v102 = r103
                elif not ((type(v102) is str or isinstance(v102, str)) or v102 is None):
                    raise _no("an object (PredictedOutput) or a string or null", v102)
            except SchemaMismatch as err104:
                err104.within("prediction")
                raise
            o1.prediction = v102
        v105 = data.get("metadata", _MISS)
        if v105 is _MISS:
            o1.metadata = None
        elif v105 is None:
            n2 |= 17179869184
            o1.metadata = None
        else:
            try:
                if (type(v105) is dict or isinstance(v105, _Mapping)) and (
                    r106 := _attempt(_f_ChatCompletionRequestMetadataType0, v105)
                ) is not _MISS:
                    v105 = r106
                elif not (v105 is None):
                    raise _no(
                        "an object (ChatCompletionRequestMetadataType0) or null", v105
                    )
            except SchemaMismatch as err107:
                err107.within("metadata")
                raise
            o1.metadata = v105
        v108 = data.get("reasoning_effort", _MISS)
        if v108 is _MISS:
            o1.reasoning_effort = None
        elif v108 is None:
            n2 |= 34359738368
            o1.reasoning_effort = None
        else:
            try:
                if (
                    type(v108) is str
                    and (
                        r109 := _E_ChatCompletionRequestReasoningEffortType0.get(
                            v108, _MISS
                        )
                    )
                    is not _MISS
                ):
                    v108 = r109
                elif not (
                    (type(v108) is int or _is_int(v108))
                    or type(v108) is bool
                    or v108 is None
                ):
                    raise _no(
                        "one of 'low', 'medium', 'high', 'none' or an integer or a boolean or null",
                        v108,
                    )
            except SchemaMismatch as err110:
                err110.within("reasoning_effort")
                raise
            o1.reasoning_effort = v108
        v111 = data.get("reasoning_history", _MISS)
        if v111 is _MISS:
            o1.reasoning_history = None
        elif v111 is None:
            n2 |= 68719476736
            o1.reasoning_history = None
        else:
            try:
                if (
                    type(v111) is str
                    and (
                        r112 := _E_ChatCompletionRequestReasoningHistoryType0.get(
                            v111, _MISS
                        )
                    )
                    is not _MISS
                ):
                    v111 = r112
                elif not (v111 is None):
                    raise _no(
                        "one of 'disabled', 'interleaved', 'preserved' or null", v111
                    )
            except SchemaMismatch as err113:
                err113.within("reasoning_history")
                raise
            o1.reasoning_history = v111
        v114 = data.get("thinking", _MISS)
        if v114 is _MISS:
            o1.thinking = None
        elif v114 is None:
            n2 |= 137438953472
            o1.thinking = None
        else:
            try:
                if (type(v114) is dict or isinstance(v114, _Mapping)) and (
                    r115 := _attempt(_f_ThinkingConfigEnabled, v114)
                ) is not _MISS:
                    v114 = r115
                elif (type(v114) is dict or isinstance(v114, _Mapping)) and (
                    r116 := _attempt(_f_ThinkingConfigDisabled, v114)
                ) is not _MISS:
                    v114 = r116
                elif not (v114 is None):
                    raise _no(
                        "an object (ThinkingConfigEnabled) or an object (ThinkingConfigDisabled) or null",
                        v114,
                    )
            except SchemaMismatch as err117:
                err117.within("thinking")
                raise
            o1.thinking = v114
        v118 = data.get("return_token_ids", _MISS)
        if v118 is _MISS:
            o1.return_token_ids = None
        elif v118 is None:
            n2 |= 274877906944
            o1.return_token_ids = None
        else:
            try:
                if not (type(v118) is bool or v118 is None):
                    raise _no("a boolean or null", v118)
            except SchemaMismatch as err119:
                err119.within("return_token_ids")
                raise
            o1.return_token_ids = v118
        v120 = data.get("functions", _MISS)
        if v120 is _MISS:
            o1.functions = None
        elif v120 is None:
            raise SchemaMismatch("null is not allowed here", "functions")
        else:
            try:
                if type(v120) is not list:
                    raise _no("an array of an object (ChatCompletionFunction)", v120)
                a122 = []
                try:
                    for i121 in v120:
                        if type(i121) is not dict:
                            i121 = _object(i121)
                        o123 = _new(_C_ChatCompletionFunction)
                        n124 = 0
                        try:
                            v125 = i121["name"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "name"
                            ) from None
                        if not (type(v125) is str or isinstance(v125, str)):
                            raise _no("a string", v125, "name")
                        o123.name = v125
                        v126 = i121.get("description", _MISS)
                        if v126 is _MISS:
                            o123.description = None
                        elif v126 is None:
                            n124 |= 2
                            o123.description = None
                        else:
                            try:
                                if not (
                                    (type(v126) is str or isinstance(v126, str))
                                    or v126 is None
                                ):
                                    raise _no("a string or null", v126)
                            except SchemaMismatch as err127:
                                err127.within("description")
                                raise
                            o123.description = v126
                        v128 = i121.get("parameters", _MISS)
                        if v128 is _MISS:
                            o123.parameters = None
                        elif v128 is None:
                            raise SchemaMismatch(
                                "null is not allowed here", "parameters"
                            )
                        else:
                            try:
                                if type(v128) is not dict:
                                    v128 = _object(v128)
                                o129 = _new(_C_ChatCompletionFunctionParameters)
                                o129._nulls = 0
                                if v128:
                                    x130 = dict(v128)
                                    o129.additional_properties = x130
                                else:
                                    o129.additional_properties = {}
                                v128 = o129
                            except SchemaMismatch as err134:
                                err134.within("parameters")
                                raise
                            o123.parameters = v128
                        v135 = i121.get("strict", _MISS)
                        if v135 is _MISS:
                            o123.strict = None
                        elif v135 is None:
                            n124 |= 8
                            o123.strict = None
                        else:
                            try:
                                if not (type(v135) is bool or v135 is None):
                                    raise _no("a boolean or null", v135)
                            except SchemaMismatch as err136:
                                err136.within("strict")
                                raise
                            o123.strict = v135
                        o123._nulls = n124
                        i121 = o123
                        a122.append(i121)
                except SchemaMismatch as err137:
                    err137.within(len(a122))
                    raise
                v120 = a122
            except SchemaMismatch as err138:
                err138.within("functions")
                raise
            o1.functions = v120
        v139 = data.get("prompt_truncate_len", _MISS)
        if v139 is _MISS:
            o1.prompt_truncate_len = None
        elif v139 is None:
            n2 |= 1099511627776
            o1.prompt_truncate_len = None
        else:
            try:
                if not ((type(v139) is int or _is_int(v139)) or v139 is None):
                    raise _no("an integer or null", v139)
            except SchemaMismatch as err140:
                err140.within("prompt_truncate_len")
                raise
            o1.prompt_truncate_len = v139
        v141 = data.get("parallel_tool_calls", _MISS)
        if v141 is _MISS:
            o1.parallel_tool_calls = None
        elif v141 is None:
            n2 |= 2199023255552
            o1.parallel_tool_calls = None
        else:
            try:
                if not (type(v141) is bool or v141 is None):
                    raise _no("a boolean or null", v141)
            except SchemaMismatch as err142:
                err142.within("parallel_tool_calls")
                raise
            o1.parallel_tool_calls = v141
        v143 = data.get("function_call", _MISS)
        if v143 is _MISS:
            o1.function_call = None
        elif v143 is None:
            n2 |= 4398046511104
            o1.function_call = None
        else:
            try:
                if (
                    type(v143) is str
                    and (
                        r144 := _E_ChatCompletionRequestFunctionCallType0.get(
                            v143, _MISS
                        )
                    )
                    is not _MISS
                ):
                    v143 = r144
                elif (type(v143) is dict or isinstance(v143, _Mapping)) and (
                    r145 := _attempt(_f_FunctionNameSpec, v143)
                ) is not _MISS:
                    v143 = r145
                elif not (v143 is None):
                    raise _no(
                        "one of 'auto', 'none' or an object (FunctionNameSpec) or null",
                        v143,
                    )
            except SchemaMismatch as err146:
                err146.within("function_call")
                raise
            o1.function_call = v143
        v147 = data.get("stream_options", _MISS)
        if v147 is _MISS:
            o1.stream_options = None
        elif v147 is None:
            n2 |= 8796093022208
            o1.stream_options = None
        else:
            try:
                if (type(v147) is dict or isinstance(v147, _Mapping)) and (
                    r148 := _attempt(_f_ChatCompletionRequestStreamOptionsType0, v147)
                ) is not _MISS:
                    v147 = r148
                elif not (v147 is None):
                    raise _no(
                        "an object (ChatCompletionRequestStreamOptionsType0) or null",
                        v147,
                    )
            except SchemaMismatch as err149:
                err149.within("stream_options")
                raise
            o1.stream_options = v147
        v150 = data.get("prompt_cache_key", _MISS)
        if v150 is _MISS:
            o1.prompt_cache_key = None
        elif v150 is None:
            n2 |= 17592186044416
            o1.prompt_cache_key = None
        else:
            try:
                if not ((type(v150) is str or isinstance(v150, str)) or v150 is None):
                    raise _no("a string or null", v150)
            except SchemaMismatch as err151:
                err151.within("prompt_cache_key")
                raise
            o1.prompt_cache_key = v150
        v152 = data.get("safe_tokenization", _MISS)
        if v152 is _MISS:
            o1.safe_tokenization = None
        elif v152 is None:
            n2 |= 35184372088832
            o1.safe_tokenization = None
        else:
            try:
                if not (type(v152) is bool or v152 is None):
                    raise _no("a boolean or null", v152)
            except SchemaMismatch as err153:
                err153.within("safe_tokenization")
                raise
            o1.safe_tokenization = v152
        v154 = data.get("service_tier", _MISS)
        if v154 is _MISS:
            o1.service_tier = None
        elif v154 is None:
            raise SchemaMismatch("null is not allowed here", "service_tier")
        else:
            e155 = (
                _E_ChatCompletionRequestServiceTier.get(v154)
                if type(v154) is str
                else None
            )
            if e155 is None:
                raise _no(
                    "one of 'auto', 'default', 'flex', 'priority'", v154, "service_tier"
                )
            v154 = e155
            o1.service_tier = v154
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "ChatCompletionRequest"
        raise
    return o1


def _f_ChatCompletionRequestLogitBiasType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionRequestLogitBiasType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            b5 = {}
            for k3, u4 in x2.items():
                try:
                    if not (type(u4) is float or _is_number(u4)):
                        raise _no("a number", u4)
                except SchemaMismatch as err6:
                    err6.within(k3)
                    raise
                b5[k3] = u4
            x2 = b5
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionRequestLogitBiasType0"
        raise
    return o1


def _f_ChatCompletionRequestMetadataType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionRequestMetadataType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            b5 = {}
            for k3, u4 in x2.items():
                try:
                    if not (type(u4) is str or isinstance(u4, str)):
                        raise _no("a string", u4)
                except SchemaMismatch as err6:
                    err6.within(k3)
                    raise
                b5[k3] = u4
            x2 = b5
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionRequestMetadataType0"
        raise
    return o1


def _f_ChatCompletionRequestStreamOptionsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionRequestStreamOptionsType0)
        v2 = data.get("include_usage", _MISS)
        if v2 is _MISS:
            o1.include_usage = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "include_usage")
        else:
            if not type(v2) is bool:
                raise _no("a boolean", v2, "include_usage")
            o1.include_usage = v2
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS):
            x3 = dict(data)
            x3.pop("include_usage", None)
            o1.additional_properties = x3
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionRequestStreamOptionsType0"
        raise
    return o1


def _f_ChatCompletionResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionResponse)
        n2 = 0
        try:
            v3 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "id")
        o1.id = v3
        try:
            v4 = data["created"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "created") from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "created")
        o1.created = v4
        try:
            v5 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v5) is str or isinstance(v5, str)):
            raise _no("a string", v5, "model")
        o1.model = v5
        try:
            v6 = data["choices"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "choices") from None
        try:
            if type(v6) is not list:
                raise _no("an array of an object (ChatCompletionResponseChoice)", v6)
            a8 = []
            try:
                for i7 in v6:
                    if type(i7) is not dict:
                        i7 = _object(i7)
                    o9 = _new(_C_ChatCompletionResponseChoice)
                    n10 = 0
                    try:
                        v11 = i7["index"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "index"
                        ) from None
                    if not (type(v11) is int or _is_int(v11)):
                        raise _no("an integer", v11, "index")
                    o9.index = v11
                    try:
                        v12 = i7["message"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "message"
                        ) from None
                    try:
                        if type(v12) is not dict:
                            v12 = _object(v12)
                        o13 = _new(_C_ChatMessage)
                        n14 = 0
                        try:
                            v15 = v12["role"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "role"
                            ) from None
                        if not (type(v15) is str or isinstance(v15, str)):
                            raise _no("a string", v15, "role")
                        o13.role = v15
                        v16 = v12.get("content", _MISS)
                        if v16 is _MISS:
                            o13.content = None
                        elif v16 is None:
                            n14 |= 2
                            o13.content = None
                        else:
                            try:
                                if (
                                    type(v16) is list
                                    and (r17 := _attempt(_h5, v16)) is not _MISS
                                ):
                                    v16 = r17
                                elif not (
                                    (type(v16) is str or isinstance(v16, str))
                                    or v16 is None
                                ):
                                    raise _no(
                                        "a string or an array of an object (ChatMessageContent) or null",
                                        v16,
                                    )
                            except SchemaMismatch as err18:
                                err18.within("content")
                                raise
                            o13.content = v16
                        v19 = v12.get("reasoning_content", _MISS)
                        if v19 is _MISS:
                            o13.reasoning_content = None
                        elif v19 is None:
                            n14 |= 4
                            o13.reasoning_content = None
                        else:
                            try:
                                if not (
                                    (type(v19) is str or isinstance(v19, str))
                                    or v19 is None
                                ):
                                    raise _no("a string or null", v19)
                            except SchemaMismatch as err20:
                                err20.within("reasoning_content")
                                raise
                            o13.reasoning_content = v19
                        v21 = v12.get("tool_calls", _MISS)
                        if v21 is _MISS:
                            o13.tool_calls = None
                        elif v21 is None:
                            n14 |= 8
                            o13.tool_calls = None
                        else:
                            try:
                                if (
                                    type(v21) is list
                                    and (r22 := _attempt(_h6, v21)) is not _MISS
                                ):
                                    v21 = r22
                                elif not (v21 is None):
                                    raise _no(
                                        "an array of an object (ChatCompletionMessageToolCall) or null",
                                        v21,
                                    )
                            except SchemaMismatch as err23:
                                err23.within("tool_calls")
                                raise
                            o13.tool_calls = v21
                        v24 = v12.get("tool_call_id", _MISS)
                        if v24 is _MISS:
                            o13.tool_call_id = None
                        elif v24 is None:
                            n14 |= 16
                            o13.tool_call_id = None
                        else:
                            try:
                                if not (
                                    (type(v24) is str or isinstance(v24, str))
                                    or v24 is None
                                ):
                                    raise _no("a string or null", v24)
                            except SchemaMismatch as err25:
                                err25.within("tool_call_id")
                                raise
                            o13.tool_call_id = v24
                        o13._nulls = n14
                        if len(v12) != 1 + (v16 is not _MISS) + (v19 is not _MISS) + (
                            v21 is not _MISS
                        ) + (v24 is not _MISS):
                            x26 = dict(v12)
                            del x26["role"]
                            x26.pop("content", None)
                            x26.pop("reasoning_content", None)
                            x26.pop("tool_calls", None)
                            x26.pop("tool_call_id", None)
                            o13.additional_properties = x26
                        else:
                            o13.additional_properties = {}
                        v12 = o13
                    except SchemaMismatch as err30:
                        err30.within("message")
                        raise
                    o9.message = v12
                    v31 = i7.get("finish_reason", _MISS)
                    if v31 is _MISS:
                        o9.finish_reason = None
                    elif v31 is None:
                        n10 |= 4
                        o9.finish_reason = None
                    else:
                        try:
                            if not (
                                (type(v31) is str or isinstance(v31, str))
                                or v31 is None
                            ):
                                raise _no("a string or null", v31)
                        except SchemaMismatch as err32:
                            err32.within("finish_reason")
                            raise
                        o9.finish_reason = v31
                    v33 = i7.get("logprobs", _MISS)
                    if v33 is _MISS:
                        o9.logprobs = None
                    elif v33 is None:
                        n10 |= 8
                        o9.logprobs = None
                    else:
                        try:
                            if (type(v33) is dict or isinstance(v33, _Mapping)) and (
                                r34 := _attempt(_f_LogProbs, v33)
                            ) is not _MISS:
                                v33 = r34
                            elif (type(v33) is dict or isinstance(v33, _Mapping)) and (
                                r35 := _attempt(_f_NewLogProbs, v33)
                            ) is not _MISS:
                                v33 = r35
                            elif not (v33 is None):
                                raise _no(
                                    "an object (LogProbs) or an object (NewLogProbs) or null",
                                    v33,
                                )
                        except SchemaMismatch as err36:
                            err36.within("logprobs")
                            raise
                        o9.logprobs = v33
                    v37 = i7.get("raw_output", _MISS)
                    if v37 is _MISS:
                        o9.raw_output = None
                    elif v37 is None:
                        n10 |= 16
                        o9.raw_output = None
                    else:
                        try:
                            if (type(v37) is dict or isinstance(v37, _Mapping)) and (
                                r38 := _attempt(_f_RawOutput, v37)
                            ) is not _MISS:
                                v37 = r38
                            elif not (v37 is None):
                                raise _no("an object (RawOutput) or null", v37)
                        except SchemaMismatch as err39:
                            err39.within("raw_output")
                            raise
                        o9.raw_output = v37
                    v40 = i7.get("token_ids", _MISS)
                    if v40 is _MISS:
                        o9.token_ids = None
                    elif v40 is None:
                        n10 |= 32
                        o9.token_ids = None
                    else:
                        try:
                            if (
                                type(v40) is list
                                and (r41 := _attempt(_h7, v40)) is not _MISS
                            ):
                                v40 = r41
                            elif not (v40 is None):
                                raise _no("an array of an integer or null", v40)
                        except SchemaMismatch as err42:
                            err42.within("token_ids")
                            raise
                        o9.token_ids = v40
                    o9._nulls = n10
                    if len(i7) != 2 + (v31 is not _MISS) + (v33 is not _MISS) + (
                        v37 is not _MISS
                    ) + (v40 is not _MISS):
                        x43 = dict(i7)
                        del x43["index"]
                        del x43["message"]
                        x43.pop("finish_reason", None)
                        x43.pop("logprobs", None)
                        x43.pop("raw_output", None)
                        x43.pop("token_ids", None)
                        o9.additional_properties = x43
                    else:
                        o9.additional_properties = {}
                    i7 = o9
                    a8.append(i7)
            except SchemaMismatch as err47:
                err47.within(len(a8))
                raise
            v6 = a8
        except SchemaMismatch as err48:
            err48.within("choices")
            raise
        o1.choices = v6
        v49 = data.get("object", _MISS)
        if v49 is _MISS:
            o1.object_ = None
        elif v49 is None:
            raise SchemaMismatch("null is not allowed here", "object")
        else:
            if not (type(v49) is str or isinstance(v49, str)):
                raise _no("a string", v49, "object")
            o1.object_ = v49
        v50 = data.get("usage", _MISS)
        if v50 is _MISS:
            o1.usage = None
        elif v50 is None:
            n2 |= 32
            o1.usage = None
        else:
            try:
                if (type(v50) is dict or isinstance(v50, _Mapping)) and (
                    r51 := _attempt(_f_UsageInfo, v50)
                ) is not _MISS:
                    v50 = r51
                elif not (v50 is None):
                    raise _no("an object (UsageInfo) or null", v50)
            except SchemaMismatch as err52:
                err52.within("usage")
                raise
            o1.usage = v50
        v53 = data.get("perf_metrics", _MISS)
        if v53 is _MISS:
            o1.perf_metrics = None
        elif v53 is None:
            n2 |= 64
            o1.perf_metrics = None
        else:
            try:
                if (type(v53) is dict or isinstance(v53, _Mapping)) and (
                    r54 := _attempt(_f_ChatCompletionResponsePerfMetricsType0, v53)
                ) is not _MISS:
                    v53 = r54
                elif not (v53 is None):
                    raise _no(
                        "an object (ChatCompletionResponsePerfMetricsType0) or null",
                        v53,
                    )
            except SchemaMismatch as err55:
                err55.within("perf_metrics")
                raise
            o1.perf_metrics = v53
        v56 = data.get("prompt_token_ids", _MISS)
        if v56 is _MISS:
            o1.prompt_token_ids = None
        elif v56 is None:
            n2 |= 128
            o1.prompt_token_ids = None
        else:
            try:
                if type(v56) is list and (r57 := _attempt(_h8, v56)) is not _MISS:
                    v56 = r57
                elif not (v56 is None):
                    raise _no("an array of an integer or null", v56)
            except SchemaMismatch as err58:
                err58.within("prompt_token_ids")
                raise
            o1.prompt_token_ids = v56
        o1._nulls = n2
        if len(data) != 4 + (v49 is not _MISS) + (v50 is not _MISS) + (
            v53 is not _MISS
        ) + (v56 is not _MISS):
            x59 = dict(data)
            del x59["id"]
            del x59["created"]
            del x59["model"]
            del x59["choices"]
            x59.pop("object", None)
            x59.pop("usage", None)
            x59.pop("perf_metrics", None)
            x59.pop("prompt_token_ids", None)
            o1.additional_properties = x59
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionResponse"
        raise
    return o1


def _f_ChatCompletionResponseChoice(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionResponseChoice)
        n2 = 0
        try:
            v3 = data["index"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "index") from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "index")
        o1.index = v3
        try:
            v4 = data["message"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "message") from None
        try:
            if type(v4) is not dict:
                v4 = _object(v4)
            o5 = _new(_C_ChatMessage)
            n6 = 0
            try:
                v7 = v4["role"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "role") from None
            if not (type(v7) is str or isinstance(v7, str)):
                raise _no("a string", v7, "role")
            o5.role = v7
            v8 = v4.get("content", _MISS)
            if v8 is _MISS:
                o5.content = None
            elif v8 is None:
                n6 |= 2
                o5.content = None
            else:
                try:
                    if type(v8) is list and (r9 := _attempt(_h9, v8)) is not _MISS:
                        v8 = r9
                    elif not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no(
                            "a string or an array of an object (ChatMessageContent) or null",
                            v8,
                        )
                except SchemaMismatch as err10:
                    err10.within("content")
                    raise
                o5.content = v8
            v11 = v4.get("reasoning_content", _MISS)
            if v11 is _MISS:
                o5.reasoning_content = None
            elif v11 is None:
                n6 |= 4
                o5.reasoning_content = None
            else:
                try:
                    if not ((type(v11) is str or isinstance(v11, str)) or v11 is None):
                        raise _no("a string or null", v11)
                except SchemaMismatch as err12:
                    err12.within("reasoning_content")
                    raise
                o5.reasoning_content = v11
            v13 = v4.get("tool_calls", _MISS)
            if v13 is _MISS:
                o5.tool_calls = None
            elif v13 is None:
                n6 |= 8
                o5.tool_calls = None
            else:
                try:
                    if type(v13) is list and (r14 := _attempt(_h10, v13)) is not _MISS:
                        v13 = r14
                    elif not (v13 is None):
                        raise _no(
                            "an array of an object (ChatCompletionMessageToolCall) or null",
                            v13,
                        )
                except SchemaMismatch as err15:
                    err15.within("tool_calls")
                    raise
                o5.tool_calls = v13
            v16 = v4.get("tool_call_id", _MISS)
            if v16 is _MISS:
                o5.tool_call_id = None
            elif v16 is None:
                n6 |= 16
                o5.tool_call_id = None
            else:
                try:
                    if not ((type(v16) is str or isinstance(v16, str)) or v16 is None):
                        raise _no("a string or null", v16)
                except SchemaMismatch as err17:
                    err17.within("tool_call_id")
                    raise
                o5.tool_call_id = v16
            o5._nulls = n6
            if len(v4) != 1 + (v8 is not _MISS) + (v11 is not _MISS) + (
                v13 is not _MISS
            ) + (v16 is not _MISS):
                x18 = dict(v4)
                del x18["role"]
                x18.pop("content", None)
                x18.pop("reasoning_content", None)
                x18.pop("tool_calls", None)
                x18.pop("tool_call_id", None)
                o5.additional_properties = x18
            else:
                o5.additional_properties = {}
            v4 = o5
        except SchemaMismatch as err22:
            err22.within("message")
            raise
        o1.message = v4
        v23 = data.get("finish_reason", _MISS)
        if v23 is _MISS:
            o1.finish_reason = None
        elif v23 is None:
            n2 |= 4
            o1.finish_reason = None
        else:
            try:
                if not ((type(v23) is str or isinstance(v23, str)) or v23 is None):
                    raise _no("a string or null", v23)
            except SchemaMismatch as err24:
                err24.within("finish_reason")
                raise
            o1.finish_reason = v23
        v25 = data.get("logprobs", _MISS)
        if v25 is _MISS:
            o1.logprobs = None
        elif v25 is None:
            n2 |= 8
            o1.logprobs = None
        else:
            try:
                if (type(v25) is dict or isinstance(v25, _Mapping)) and (
                    r26 := _attempt(_f_LogProbs, v25)
                ) is not _MISS:
                    v25 = r26
                elif (type(v25) is dict or isinstance(v25, _Mapping)) and (
                    r27 := _attempt(_f_NewLogProbs, v25)
                ) is not _MISS:
                    v25 = r27
                elif not (v25 is None):
                    raise _no(
                        "an object (LogProbs) or an object (NewLogProbs) or null", v25
                    )
            except SchemaMismatch as err28:
                err28.within("logprobs")
                raise
            o1.logprobs = v25
        v29 = data.get("raw_output", _MISS)
        if v29 is _MISS:
            o1.raw_output = None
        elif v29 is None:
            n2 |= 16
            o1.raw_output = None
        else:
            try:
                if (type(v29) is dict or isinstance(v29, _Mapping)) and (
                    r30 := _attempt(_f_RawOutput, v29)
                ) is not _MISS:
                    v29 = r30
                elif not (v29 is None):
                    raise _no("an object (RawOutput) or null", v29)
            except SchemaMismatch as err31:
                err31.within("raw_output")
                raise
            o1.raw_output = v29
        v32 = data.get("token_ids", _MISS)
        if v32 is _MISS:
            o1.token_ids = None
        elif v32 is None:
            n2 |= 32
            o1.token_ids = None
        else:
            try:
                if type(v32) is list and (r33 := _attempt(_h11, v32)) is not _MISS:
                    v32 = r33
                elif not (v32 is None):
                    raise _no("an array of an integer or null", v32)
            except SchemaMismatch as err34:
                err34.within("token_ids")
                raise
            o1.token_ids = v32
        o1._nulls = n2
        if len(data) != 2 + (v23 is not _MISS) + (v25 is not _MISS) + (
            v29 is not _MISS
        ) + (v32 is not _MISS):
            x35 = dict(data)
            del x35["index"]
            del x35["message"]
            x35.pop("finish_reason", None)
            x35.pop("logprobs", None)
            x35.pop("raw_output", None)
            x35.pop("token_ids", None)
            o1.additional_properties = x35
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionResponseChoice"
        raise
    return o1


def _f_ChatCompletionResponsePerfMetricsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionResponsePerfMetricsType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionResponsePerfMetricsType0"
        raise
    return o1


def _f_ChatCompletionResponseStreamChoice(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionResponseStreamChoice)
        n2 = 0
        try:
            v3 = data["index"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "index") from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "index")
        o1.index = v3
        try:
            v4 = data["delta"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "delta") from None
        try:
            if type(v4) is not dict:
                v4 = _object(v4)
            o5 = _new(_C_DeltaMessage)
            n6 = 0
            v7 = v4.get("role", _MISS)
            if v7 is _MISS:
                o5.role = None
            elif v7 is None:
                n6 |= 1
                o5.role = None
            else:
                try:
                    if not ((type(v7) is str or isinstance(v7, str)) or v7 is None):
                        raise _no("a string or null", v7)
                except SchemaMismatch as err8:
                    err8.within("role")
                    raise
                o5.role = v7
            v9 = v4.get("content", _MISS)
            if v9 is _MISS:
                o5.content = None
            elif v9 is None:
                n6 |= 2
                o5.content = None
            else:
                try:
                    if not ((type(v9) is str or isinstance(v9, str)) or v9 is None):
                        raise _no("a string or null", v9)
                except SchemaMismatch as err10:
                    err10.within("content")
                    raise
                o5.content = v9
            v11 = v4.get("reasoning_content", _MISS)
            if v11 is _MISS:
                o5.reasoning_content = None
            elif v11 is None:
                n6 |= 4
                o5.reasoning_content = None
            else:
                try:
                    if not ((type(v11) is str or isinstance(v11, str)) or v11 is None):
                        raise _no("a string or null", v11)
                except SchemaMismatch as err12:
                    err12.within("reasoning_content")
                    raise
                o5.reasoning_content = v11
            v13 = v4.get("tool_calls", _MISS)
            if v13 is _MISS:
                o5.tool_calls = None
            elif v13 is None:
                n6 |= 8
                o5.tool_calls = None
            else:
                try:
                    if type(v13) is list and (r14 := _attempt(_h12, v13)) is not _MISS:
                        v13 = r14
                    elif not (v13 is None):
                        raise _no(
                            "an array of an object (ChatCompletionMessageToolCall) or null",
                            v13,
                        )
                except SchemaMismatch as err15:
                    err15.within("tool_calls")
                    raise
                o5.tool_calls = v13
            o5._nulls = n6
            if len(v4) != 0 + (v7 is not _MISS) + (v9 is not _MISS) + (
                v11 is not _MISS
            ) + (v13 is not _MISS):
                x16 = dict(v4)
                x16.pop("role", None)
                x16.pop("content", None)
                x16.pop("reasoning_content", None)
                x16.pop("tool_calls", None)
                o5.additional_properties = x16
            else:
                o5.additional_properties = {}
            v4 = o5
        except SchemaMismatch as err20:
            err20.within("delta")
            raise
        o1.delta = v4
        v21 = data.get("finish_reason", _MISS)
        if v21 is _MISS:
            o1.finish_reason = None
        elif v21 is None:
            n2 |= 4
            o1.finish_reason = None
        else:
            try:
                if (
                    type(v21) is str
                    and (
                        r22
                        := _E_ChatCompletionResponseStreamChoiceFinishReasonType0.get(
                            v21, _MISS
                        )
                    )
                    is not _MISS
                ):
                    v21 = r22
                elif not (v21 is None):
                    raise _no(
                        "one of 'stop', 'length', 'function_call', 'tool_calls' or null",
                        v21,
                    )
            except SchemaMismatch as err23:
                err23.within("finish_reason")
                raise
            o1.finish_reason = v21
        v24 = data.get("logprobs", _MISS)
        if v24 is _MISS:
            o1.logprobs = None
        elif v24 is None:
            n2 |= 8
            o1.logprobs = None
        else:
            try:
                if (type(v24) is dict or isinstance(v24, _Mapping)) and (
                    r25 := _attempt(_f_LogProbs, v24)
                ) is not _MISS:
                    v24 = r25
                elif (type(v24) is dict or isinstance(v24, _Mapping)) and (
                    r26 := _attempt(_f_NewLogProbs, v24)
                ) is not _MISS:
                    v24 = r26
                elif not (v24 is None):
                    raise _no(
                        "an object (LogProbs) or an object (NewLogProbs) or null", v24
                    )
            except SchemaMismatch as err27:
                err27.within("logprobs")
                raise
            o1.logprobs = v24
        v28 = data.get("raw_output", _MISS)
        if v28 is _MISS:
            o1.raw_output = None
        elif v28 is None:
            n2 |= 16
            o1.raw_output = None
        else:
            try:
                if (type(v28) is dict or isinstance(v28, _Mapping)) and (
                    r29 := _attempt(_f_RawOutput, v28)
                ) is not _MISS:
                    v28 = r29
                elif not (v28 is None):
                    raise _no("an object (RawOutput) or null", v28)
            except SchemaMismatch as err30:
                err30.within("raw_output")
                raise
            o1.raw_output = v28
        v31 = data.get("prompt_token_ids", _MISS)
        if v31 is _MISS:
            o1.prompt_token_ids = None
        elif v31 is None:
            n2 |= 32
            o1.prompt_token_ids = None
        else:
            try:
                if type(v31) is list and (r32 := _attempt(_h13, v31)) is not _MISS:
                    v31 = r32
                elif not (v31 is None):
                    raise _no("an array of an integer or null", v31)
            except SchemaMismatch as err33:
                err33.within("prompt_token_ids")
                raise
            o1.prompt_token_ids = v31
        v34 = data.get("token_ids", _MISS)
        if v34 is _MISS:
            o1.token_ids = None
        elif v34 is None:
            n2 |= 64
            o1.token_ids = None
        else:
            try:
                if type(v34) is list and (r35 := _attempt(_h14, v34)) is not _MISS:
                    v34 = r35
                elif not (v34 is None):
                    raise _no("an array of an integer or null", v34)
            except SchemaMismatch as err36:
                err36.within("token_ids")
                raise
            o1.token_ids = v34
        o1._nulls = n2
        if len(data) != 2 + (v21 is not _MISS) + (v24 is not _MISS) + (
            v28 is not _MISS
        ) + (v31 is not _MISS) + (v34 is not _MISS):
            x37 = dict(data)
            del x37["index"]
            del x37["delta"]
            x37.pop("finish_reason", None)
            x37.pop("logprobs", None)
            x37.pop("raw_output", None)
            x37.pop("prompt_token_ids", None)
            x37.pop("token_ids", None)
            o1.additional_properties = x37
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionResponseStreamChoice"
        raise
    return o1


def _f_ChatCompletionStreamEvent(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionStreamEvent)
        try:
            v2 = data["data"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "data") from None
        try:
            if True and (r3 := _attempt(_h15, v2)) is not _MISS:
                v2 = r3
            elif not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string or '[DONE]'", v2)
        except SchemaMismatch as err4:
            err4.within("data")
            raise
        o1.data = v2
        v5 = data.get("event", _MISS)
        if v5 is _MISS:
            o1.event = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "event")
        else:
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "event")
            o1.event = v5
        v6 = data.get("id", _MISS)
        if v6 is _MISS:
            o1.id = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "id")
        else:
            if not (type(v6) is str or isinstance(v6, str)):
                raise _no("a string", v6, "id")
            o1.id = v6
        v7 = data.get("retry", _MISS)
        if v7 is _MISS:
            o1.retry = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "retry")
        else:
            if not (type(v7) is int or _is_int(v7)):
                raise _no("an integer", v7, "retry")
            o1.retry = v7
        o1._nulls = 0
        if len(data) != 1 + (v5 is not _MISS) + (v6 is not _MISS) + (v7 is not _MISS):
            x8 = dict(data)
            del x8["data"]
            x8.pop("event", None)
            x8.pop("id", None)
            x8.pop("retry", None)
            o1.additional_properties = x8
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionStreamEvent"
        raise
    return o1


def _f_ChatCompletionStreamResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionStreamResponse)
        n2 = 0
        try:
            v3 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "id")
        o1.id = v3
        try:
            v4 = data["created"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "created") from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "created")
        o1.created = v4
        try:
            v5 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v5) is str or isinstance(v5, str)):
            raise _no("a string", v5, "model")
        o1.model = v5
        try:
            v6 = data["choices"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "choices") from None
        try:
            if type(v6) is not list:
                raise _no(
                    "an array of an object (ChatCompletionResponseStreamChoice)", v6
                )
            a8 = []
            try:
                for i7 in v6:
                    if type(i7) is not dict:
                        i7 = _object(i7)
                    o9 = _new(_C_ChatCompletionResponseStreamChoice)
                    n10 = 0
                    try:
                        v11 = i7["index"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "index"
                        ) from None
                    if not (type(v11) is int or _is_int(v11)):
                        raise _no("an integer", v11, "index")
                    o9.index = v11
                    try:
                        v12 = i7["delta"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "delta"
                        ) from None
                    try:
                        if type(v12) is not dict:
                            v12 = _object(v12)
                        o13 = _new(_C_DeltaMessage)
                        n14 = 0
                        v15 = v12.get("role", _MISS)
                        if v15 is _MISS:
                            o13.role = None
                        elif v15 is None:
                            n14 |= 1
                            o13.role = None
                        else:
                            try:
                                if not (
                                    (type(v15) is str or isinstance(v15, str))
                                    or v15 is None
                                ):
                                    raise _no("a string or null", v15)
                            except SchemaMismatch as err16:
                                err16.within("role")
                                raise
                            o13.role = v15
                        v17 = v12.get("content", _MISS)
                        if v17 is _MISS:
                            o13.content = None
                        elif v17 is None:
                            n14 |= 2
                            o13.content = None
                        else:
                            try:
                                if not (
                                    (type(v17) is str or isinstance(v17, str))
                                    or v17 is None
                                ):
                                    raise _no("a string or null", v17)
                            except SchemaMismatch as err18:
                                err18.within("content")
                                raise
                            o13.content = v17
                        v19 = v12.get("reasoning_content", _MISS)
                        if v19 is _MISS:
                            o13.reasoning_content = None
                        elif v19 is None:
                            n14 |= 4
                            o13.reasoning_content = None
                        else:
                            try:
                                if not (
                                    (type(v19) is str or isinstance(v19, str))
                                    or v19 is None
                                ):
                                    raise _no("a string or null", v19)
                            except SchemaMismatch as err20:
                                err20.within("reasoning_content")
                                raise
                            o13.reasoning_content = v19
                        v21 = v12.get("tool_calls", _MISS)
                        if v21 is _MISS:
                            o13.tool_calls = None
                        elif v21 is None:
                            n14 |= 8
                            o13.tool_calls = None
                        else:
                            try:
                                if (
                                    type(v21) is list
                                    and (r22 := _attempt(_h16, v21)) is not _MISS
                                ):
                                    v21 = r22
                                elif not (v21 is None):
                                    raise _no(
                                        "an array of an object (ChatCompletionMessageToolCall) or null",
                                        v21,
                                    )
                            except SchemaMismatch as err23:
                                err23.within("tool_calls")
                                raise
                            o13.tool_calls = v21
                        o13._nulls = n14
                        if len(v12) != 0 + (v15 is not _MISS) + (v17 is not _MISS) + (
                            v19 is not _MISS
                        ) + (v21 is not _MISS):
                            x24 = dict(v12)
                            x24.pop("role", None)
                            x24.pop("content", None)
                            x24.pop("reasoning_content", None)
                            x24.pop("tool_calls", None)
                            o13.additional_properties = x24
                        else:
                            o13.additional_properties = {}
                        v12 = o13
                    except SchemaMismatch as err28:
                        err28.within("delta")
                        raise
                    o9.delta = v12
                    v29 = i7.get("finish_reason", _MISS)
                    if v29 is _MISS:
                        o9.finish_reason = None
                    elif v29 is None:
                        n10 |= 4
                        o9.finish_reason = None
                    else:
                        try:
                            if (
                                type(v29) is str
                                and (
                                    r30
                                    := _E_ChatCompletionResponseStreamChoiceFinishReasonType0.get(
                                        v29, _MISS
                                    )
                                )
                                is not _MISS
                            ):
                                v29 = r30
                            elif not (v29 is None):
                                raise _no(
                                    "one of 'stop', 'length', 'function_call', 'tool_calls' or null",
                                    v29,
                                )
                        except SchemaMismatch as err31:
                            err31.within("finish_reason")
                            raise
                        o9.finish_reason = v29
                    v32 = i7.get("logprobs", _MISS)
                    if v32 is _MISS:
                        o9.logprobs = None
                    elif v32 is None:
                        n10 |= 8
                        o9.logprobs = None
                    else:
                        try:
                            if (type(v32) is dict or isinstance(v32, _Mapping)) and (
                                r33 := _attempt(_f_LogProbs, v32)
                            ) is not _MISS:
                                v32 = r33
                            elif (type(v32) is dict or isinstance(v32, _Mapping)) and (
                                r34 := _attempt(_f_NewLogProbs, v32)
                            ) is not _MISS:
                                v32 = r34
                            elif not (v32 is None):
                                raise _no(
                                    "an object (LogProbs) or an object (NewLogProbs) or null",
                                    v32,
                                )
                        except SchemaMismatch as err35:
                            err35.within("logprobs")
                            raise
                        o9.logprobs = v32
                    v36 = i7.get("raw_output", _MISS)
                    if v36 is _MISS:
                        o9.raw_output = None
                    elif v36 is None:
                        n10 |= 16
                        o9.raw_output = None
                    else:
                        try:
                            if (type(v36) is dict or isinstance(v36, _Mapping)) and (
                                r37 := _attempt(_f_RawOutput, v36)
                            ) is not _MISS:
                                v36 = r37
                            elif not (v36 is None):
                                raise _no("an object (RawOutput) or null", v36)
                        except SchemaMismatch as err38:
                            err38.within("raw_output")
                            raise
                        o9.raw_output = v36
                    v39 = i7.get("prompt_token_ids", _MISS)
                    if v39 is _MISS:
                        o9.prompt_token_ids = None
                    elif v39 is None:
                        n10 |= 32
                        o9.prompt_token_ids = None
                    else:
                        try:
                            if (
                                type(v39) is list
                                and (r40 := _attempt(_h17, v39)) is not _MISS
                            ):
                                v39 = r40
                            elif not (v39 is None):
                                raise _no("an array of an integer or null", v39)
                        except SchemaMismatch as err41:
                            err41.within("prompt_token_ids")
                            raise
                        o9.prompt_token_ids = v39
                    v42 = i7.get("token_ids", _MISS)
                    if v42 is _MISS:
                        o9.token_ids = None
                    elif v42 is None:
                        n10 |= 64
                        o9.token_ids = None
                    else:
                        try:
                            if (
                                type(v42) is list
                                and (r43 := _attempt(_h18, v42)) is not _MISS
                            ):
                                v42 = r43
                            elif not (v42 is None):
                                raise _no("an array of an integer or null", v42)
                        except SchemaMismatch as err44:
                            err44.within("token_ids")
                            raise
                        o9.token_ids = v42
                    o9._nulls = n10
                    if len(i7) != 2 + (v29 is not _MISS) + (v32 is not _MISS) + (
                        v36 is not _MISS
                    ) + (v39 is not _MISS) + (v42 is not _MISS):
                        x45 = dict(i7)
                        del x45["index"]
                        del x45["delta"]
                        x45.pop("finish_reason", None)
                        x45.pop("logprobs", None)
                        x45.pop("raw_output", None)
                        x45.pop("prompt_token_ids", None)
                        x45.pop("token_ids", None)
                        o9.additional_properties = x45
                    else:
                        o9.additional_properties = {}
                    i7 = o9
                    a8.append(i7)
            except SchemaMismatch as err49:
                err49.within(len(a8))
                raise
            v6 = a8
        except SchemaMismatch as err50:
            err50.within("choices")
            raise
        o1.choices = v6
        v51 = data.get("object", _MISS)
        if v51 is _MISS:
            o1.object_ = None
        elif v51 is None:
            raise SchemaMismatch("null is not allowed here", "object")
        else:
            if not (type(v51) is str or isinstance(v51, str)):
                raise _no("a string", v51, "object")
            o1.object_ = v51
        v52 = data.get("usage", _MISS)
        if v52 is _MISS:
            o1.usage = None
        elif v52 is None:
            n2 |= 32
            o1.usage = None
        else:
            try:
                if (type(v52) is dict or isinstance(v52, _Mapping)) and (
                    r53 := _attempt(_f_UsageInfo, v52)
                ) is not _MISS:
                    v52 = r53
                elif not (v52 is None):
                    raise _no("an object (UsageInfo) or null", v52)
            except SchemaMismatch as err54:
                err54.within("usage")
                raise
            o1.usage = v52
        v55 = data.get("perf_metrics", _MISS)
        if v55 is _MISS:
            o1.perf_metrics = None
        elif v55 is None:
            n2 |= 64
            o1.perf_metrics = None
        else:
            try:
                if (type(v55) is dict or isinstance(v55, _Mapping)) and (
                    r56 := _attempt(
                        _f_ChatCompletionStreamResponsePerfMetricsType0, v55
                    )
                ) is not _MISS:
                    v55 = r56
                elif not (v55 is None):
                    raise _no(
                        "an object (ChatCompletionStreamResponsePerfMetricsType0) or null",
                        v55,
                    )
            except SchemaMismatch as err57:
                err57.within("perf_metrics")
                raise
            o1.perf_metrics = v55
        v58 = data.get("prompt_token_ids", _MISS)
        if v58 is _MISS:
            o1.prompt_token_ids = None
        elif v58 is None:
            n2 |= 128
            o1.prompt_token_ids = None
        else:
            try:
                if type(v58) is list and (r59 := _attempt(_h19, v58)) is not _MISS:
                    v58 = r59
                elif not (v58 is None):
                    raise _no("an array of an integer or null", v58)
            except SchemaMismatch as err60:
                err60.within("prompt_token_ids")
                raise
            o1.prompt_token_ids = v58
        o1._nulls = n2
        if len(data) != 4 + (v51 is not _MISS) + (v52 is not _MISS) + (
            v55 is not _MISS
        ) + (v58 is not _MISS):
            x61 = dict(data)
            del x61["id"]
            del x61["created"]
            del x61["model"]
            del x61["choices"]
            x61.pop("object", None)
            x61.pop("usage", None)
            x61.pop("perf_metrics", None)
            x61.pop("prompt_token_ids", None)
            o1.additional_properties = x61
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionStreamResponse"
        raise
    return o1


def _f_ChatCompletionStreamResponsePerfMetricsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionStreamResponsePerfMetricsType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatCompletionStreamResponsePerfMetricsType0"
        raise
    return o1


def _f_ChatCompletionTool(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatCompletionTool)
        n2 = 0
        try:
            v3 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        e4 = _E_ChatCompletionToolType.get(v3) if type(v3) is str else None
        if e4 is None:
            raise _no("one of 'function'", v3, "type")
        v3 = e4
        o1.type_ = v3
        v5 = data.get("function", _MISS)
        if v5 is _MISS:
            o1.function = None
        elif v5 is None:
            n2 |= 2
            o1.function = None
        else:
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (v5 is None):
                    raise _no("an object (ChatCompletionFunction) or null", v5)
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o1.function = v5
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "ChatCompletionTool"
        raise
    return o1


def _f_ChatMessage(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatMessage)
        n2 = 0
        try:
            v3 = data["role"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "role") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "role")
        o1.role = v3
        v4 = data.get("content", _MISS)
        if v4 is _MISS:
            o1.content = None
        elif v4 is None:
            n2 |= 2
            o1.content = None
        else:
            try:
                if type(v4) is list and (r5 := _attempt(_h20, v4)) is not _MISS:
                    v4 = r5
                elif not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no(
                        "a string or an array of an object (ChatMessageContent) or null",
                        v4,
                    )
            except SchemaMismatch as err6:
                err6.within("content")
                raise
            o1.content = v4
        v7 = data.get("reasoning_content", _MISS)
        if v7 is _MISS:
            o1.reasoning_content = None
        elif v7 is None:
            n2 |= 4
            o1.reasoning_content = None
        else:
            try:
                if not ((type(v7) is str or isinstance(v7, str)) or v7 is None):
                    raise _no("a string or null", v7)
            except SchemaMismatch as err8:
                err8.within("reasoning_content")
                raise
            o1.reasoning_content = v7
        v9 = data.get("tool_calls", _MISS)
        if v9 is _MISS:
            o1.tool_calls = None
        elif v9 is None:
            n2 |= 8
            o1.tool_calls = None
        else:
            try:
                if type(v9) is list and (r10 := _attempt(_h21, v9)) is not _MISS:
                    v9 = r10
                elif not (v9 is None):
                    raise _no(
                        "an array of an object (ChatCompletionMessageToolCall) or null",
                        v9,
                    )
            except SchemaMismatch as err11:
                err11.within("tool_calls")
                raise
            o1.tool_calls = v9
        v12 = data.get("tool_call_id", _MISS)
        if v12 is _MISS:
            o1.tool_call_id = None
        elif v12 is None:
            n2 |= 16
            o1.tool_call_id = None
        else:
            try:
                if not ((type(v12) is str or isinstance(v12, str)) or v12 is None):
                    raise _no("a string or null", v12)
            except SchemaMismatch as err13:
                err13.within("tool_call_id")
                raise
            o1.tool_call_id = v12
        o1._nulls = n2
        if len(data) != 1 + (v4 is not _MISS) + (v7 is not _MISS) + (
            v9 is not _MISS
        ) + (v12 is not _MISS):
            x14 = dict(data)
            del x14["role"]
            x14.pop("content", None)
            x14.pop("reasoning_content", None)
            x14.pop("tool_calls", None)
            x14.pop("tool_call_id", None)
            o1.additional_properties = x14
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatMessage"
        raise
    return o1


def _f_ChatMessageContent(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatMessageContent)
        n2 = 0
        try:
            v3 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "type")
        o1.type_ = v3
        v4 = data.get("text", _MISS)
        if v4 is _MISS:
            o1.text = None
        elif v4 is None:
            n2 |= 2
            o1.text = None
        else:
            try:
                if not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no("a string or null", v4)
            except SchemaMismatch as err5:
                err5.within("text")
                raise
            o1.text = v4
        v6 = data.get("image_url", _MISS)
        if v6 is _MISS:
            o1.image_url = None
        elif v6 is None:
            n2 |= 4
            o1.image_url = None
        else:
            try:
                if (type(v6) is dict or isinstance(v6, _Mapping)) and (
                    r7 := _attempt(_f_ChatMessageContentImageURL, v6)
                ) is not _MISS:
                    v6 = r7
                elif not (v6 is None):
                    raise _no("an object (ChatMessageContentImageURL) or null", v6)
            except SchemaMismatch as err8:
                err8.within("image_url")
                raise
            o1.image_url = v6
        o1._nulls = n2
        if len(data) != 1 + (v4 is not _MISS) + (v6 is not _MISS):
            x9 = dict(data)
            del x9["type"]
            x9.pop("text", None)
            x9.pop("image_url", None)
            o1.additional_properties = x9
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatMessageContent"
        raise
    return o1


def _f_ChatMessageContentImageURL(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ChatMessageContentImageURL)
        n2 = 0
        try:
            v3 = data["url"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "url") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "url")
        o1.url = v3
        v4 = data.get("detail", _MISS)
        if v4 is _MISS:
            o1.detail = None
        elif v4 is None:
            n2 |= 2
            o1.detail = None
        else:
            try:
                if not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no("a string or null", v4)
            except SchemaMismatch as err5:
                err5.within("detail")
                raise
            o1.detail = v4
        o1._nulls = n2
        if len(data) != 1 + (v4 is not _MISS):
            x6 = dict(data)
            del x6["url"]
            x6.pop("detail", None)
            o1.additional_properties = x6
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ChatMessageContentImageURL"
        raise
    return o1


def _f_Choice(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_Choice)
        n2 = 0
        try:
            v3 = data["index"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "index") from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "index")
        o1.index = v3
        try:
            v4 = data["text"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "text") from None
        if not (type(v4) is str or isinstance(v4, str)):
            raise _no("a string", v4, "text")
        o1.text = v4
        v5 = data.get("logprobs", _MISS)
        if v5 is _MISS:
            o1.logprobs = None
        elif v5 is None:
            n2 |= 4
            o1.logprobs = None
        else:
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_LogProbs, v5)
                ) is not _MISS:
                    v5 = r6
                elif (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r7 := _attempt(_f_NewLogProbs, v5)
                ) is not _MISS:
                    v5 = r7
                elif not (v5 is None):
                    raise _no(
                        "an object (LogProbs) or an object (NewLogProbs) or null", v5
                    )
            except SchemaMismatch as err8:
                err8.within("logprobs")
                raise
            o1.logprobs = v5
        v9 = data.get("finish_reason", _MISS)
        if v9 is _MISS:
            o1.finish_reason = None
        elif v9 is None:
            n2 |= 8
            o1.finish_reason = None
        else:
            try:
                if (
                    type(v9) is str
                    and (r10 := _E_ChoiceFinishReasonType0.get(v9, _MISS)) is not _MISS
                ):
                    v9 = r10
                elif not (v9 is None):
                    raise _no("one of 'stop', 'length', 'error' or null", v9)
            except SchemaMismatch as err11:
                err11.within("finish_reason")
                raise
            o1.finish_reason = v9
        v12 = data.get("raw_output", _MISS)
        if v12 is _MISS:
            o1.raw_output = None
        elif v12 is None:
            n2 |= 16
            o1.raw_output = None
        else:
            try:
                if (type(v12) is dict or isinstance(v12, _Mapping)) and (
                    r13 := _attempt(_f_RawOutput, v12)
                ) is not _MISS:
                    v12 = r13
                elif not (v12 is None):
                    raise _no("an object (RawOutput) or null", v12)
            except SchemaMismatch as err14:
                err14.within("raw_output")
                raise
            o1.raw_output = v12
        v15 = data.get("prompt_token_ids", _MISS)
        if v15 is _MISS:
            o1.prompt_token_ids = None
        elif v15 is None:
            n2 |= 32
            o1.prompt_token_ids = None
        else:
            try:
                if type(v15) is list and (r16 := _attempt(_h22, v15)) is not _MISS:
                    v15 = r16
                elif not (v15 is None):
                    raise _no("an array of an integer or null", v15)
            except SchemaMismatch as err17:
                err17.within("prompt_token_ids")
                raise
            o1.prompt_token_ids = v15
        v18 = data.get("token_ids", _MISS)
        if v18 is _MISS:
            o1.token_ids = None
        elif v18 is None:
            n2 |= 64
            o1.token_ids = None
        else:
            try:
                if type(v18) is list and (r19 := _attempt(_h23, v18)) is not _MISS:
                    v18 = r19
                elif not (v18 is None):
                    raise _no("an array of an integer or null", v18)
            except SchemaMismatch as err20:
                err20.within("token_ids")
                raise
            o1.token_ids = v18
        o1._nulls = n2
        if len(data) != 2 + (v5 is not _MISS) + (v9 is not _MISS) + (
            v12 is not _MISS
        ) + (v15 is not _MISS) + (v18 is not _MISS):
            x21 = dict(data)
            del x21["index"]
            del x21["text"]
            x21.pop("logprobs", None)
            x21.pop("finish_reason", None)
            x21.pop("raw_output", None)
            x21.pop("prompt_token_ids", None)
            x21.pop("token_ids", None)
            o1.additional_properties = x21
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "Choice"
        raise
    return o1


def _f_CompletionRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionRequest)
        n2 = 0
        try:
            v3 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "model")
        o1.model = v3
        try:
            v4 = data["prompt"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "prompt") from None
        try:
            if type(v4) is list and (r5 := _attempt(_h24, v4)) is not _MISS:
                v4 = r5
            elif type(v4) is list and (r6 := _attempt(_h25, v4)) is not _MISS:
                v4 = r6
            elif type(v4) is list and (r7 := _attempt(_h26, v4)) is not _MISS:
                v4 = r7
            elif not (type(v4) is str or isinstance(v4, str)):
                raise _no(
                    "a string or an array of a string or an array of an integer or an array of an array of an integer",
                    v4,
                )
        except SchemaMismatch as err8:
            err8.within("prompt")
            raise
        o1.prompt = v4
        v9 = data.get("user", _MISS)
        if v9 is _MISS:
            o1.user = None
        elif v9 is None:
            n2 |= 4
            o1.user = None
        else:
            try:
                if not ((type(v9) is str or isinstance(v9, str)) or v9 is None):
                    raise _no("a string or null", v9)
            except SchemaMismatch as err10:
                err10.within("user")
                raise
            o1.user = v9
        v11 = data.get("prompt_cache_isolation_key", _MISS)
        if v11 is _MISS:
            o1.prompt_cache_isolation_key = None
        elif v11 is None:
            n2 |= 8
            o1.prompt_cache_isolation_key = None
        else:
            try:
                if not ((type(v11) is str or isinstance(v11, str)) or v11 is None):
                    raise _no("a string or null", v11)
            except SchemaMismatch as err12:
                err12.within("prompt_cache_isolation_key")
                raise
            o1.prompt_cache_isolation_key = v11
        v13 = data.get("raw_output", _MISS)
        if v13 is _MISS:
            o1.raw_output = None
        elif v13 is None:
            n2 |= 16
            o1.raw_output = None
        else:
            try:
                if not (type(v13) is bool or v13 is None):
                    raise _no("a boolean or null", v13)
            except SchemaMismatch as err14:
                err14.within("raw_output")
                raise
            o1.raw_output = v13
        v15 = data.get("perf_metrics_in_response", _MISS)
        if v15 is _MISS:
            o1.perf_metrics_in_response = None
        elif v15 is None:
            n2 |= 32
            o1.perf_metrics_in_response = None
        else:
            try:
                if not (type(v15) is bool or v15 is None):
                    raise _no("a boolean or null", v15)
            except SchemaMismatch as err16:
                err16.within("perf_metrics_in_response")
                raise
            o1.perf_metrics_in_response = v15
        v17 = data.get("stream", _MISS)
        if v17 is _MISS:
            o1.stream = None
        elif v17 is None:
            n2 |= 64
            o1.stream = None
        else:
            try:
                if not (type(v17) is bool or v17 is None):
                    raise _no("a boolean or null", v17)
            except SchemaMismatch as err18:
                err18.within("stream")
                raise
            o1.stream = v17
        v19 = data.get("n", _MISS)
        if v19 is _MISS:
            o1.n = None
        elif v19 is None:
            raise SchemaMismatch("null is not allowed here", "n")
        else:
            if not (type(v19) is int or _is_int(v19)):
                raise _no("an integer", v19, "n")
            o1.n = v19
        v20 = data.get("stop", _MISS)
        if v20 is _MISS:
            o1.stop = None
        elif v20 is None:
            n2 |= 256
            o1.stop = None
        else:
            try:
                if type(v20) is list and (r21 := _attempt(_h27, v20)) is not _MISS:
                    v20 = r21
                elif not ((type(v20) is str or isinstance(v20, str)) or v20 is None):
                    raise _no("a string or an array of a string or null", v20)
            except SchemaMismatch as err22:
                err22.within("stop")
                raise
            o1.stop = v20
        v23 = data.get("max_tokens", _MISS)
        if v23 is _MISS:
            o1.max_tokens = None
        elif v23 is None:
            n2 |= 512
            o1.max_tokens = None
        else:
            try:
                if not ((type(v23) is int or _is_int(v23)) or v23 is None):
                    raise _no("an integer or null", v23)
            except SchemaMismatch as err24:
                err24.within("max_tokens")
                raise
            o1.max_tokens = v23
        v25 = data.get("max_completion_tokens", _MISS)
        if v25 is _MISS:
            o1.max_completion_tokens = None
        elif v25 is None:
            n2 |= 1024
            o1.max_completion_tokens = None
        else:
            try:
                if not ((type(v25) is int or _is_int(v25)) or v25 is None):
                    raise _no("an integer or null", v25)
            except SchemaMismatch as err26:
                err26.within("max_completion_tokens")
                raise
            o1.max_completion_tokens = v25
        v27 = data.get("temperature", _MISS)
        if v27 is _MISS:
            o1.temperature = None
        elif v27 is None:
            n2 |= 2048
            o1.temperature = None
        else:
            try:
                if not ((type(v27) is float or _is_number(v27)) or v27 is None):
                    raise _no("a number or null", v27)
            except SchemaMismatch as err28:
                err28.within("temperature")
                raise
            o1.temperature = v27
        v29 = data.get("top_k", _MISS)
        if v29 is _MISS:
            o1.top_k = None
        elif v29 is None:
            n2 |= 4096
            o1.top_k = None
        else:
            try:
                if not ((type(v29) is int or _is_int(v29)) or v29 is None):
                    raise _no("an integer or null", v29)
            except SchemaMismatch as err30:
                err30.within("top_k")
                raise
            o1.top_k = v29
        v31 = data.get("top_p", _MISS)
        if v31 is _MISS:
            o1.top_p = None
        elif v31 is None:
            n2 |= 8192
            o1.top_p = None
        else:
            try:
                if not ((type(v31) is float or _is_number(v31)) or v31 is None):
                    raise _no("a number or null", v31)
            except SchemaMismatch as err32:
                err32.within("top_p")
                raise
            o1.top_p = v31
        v33 = data.get("min_p", _MISS)
        if v33 is _MISS:
            o1.min_p = None
        elif v33 is None:
            n2 |= 16384
            o1.min_p = None
        else:
            try:
                if not ((type(v33) is float or _is_number(v33)) or v33 is None):
                    raise _no("a number or null", v33)
            except SchemaMismatch as err34:
                err34.within("min_p")
                raise
            o1.min_p = v33
        v35 = data.get("typical_p", _MISS)
        if v35 is _MISS:
            o1.typical_p = None
        elif v35 is None:
            n2 |= 32768
            o1.typical_p = None
        else:
            try:
                if not ((type(v35) is float or _is_number(v35)) or v35 is None):
                    raise _no("a number or null", v35)
            except SchemaMismatch as err36:
                err36.within("typical_p")
                raise
            o1.typical_p = v35
        v37 = data.get("frequency_penalty", _MISS)
        if v37 is _MISS:
            o1.frequency_penalty = None
        elif v37 is None:
            n2 |= 65536
            o1.frequency_penalty = None
        else:
            try:
                if not ((type(v37) is float or _is_number(v37)) or v37 is None):
                    raise _no("a number or null", v37)
            except SchemaMismatch as err38:
                err38.within("frequency_penalty")
                raise
            o1.frequency_penalty = v37
        v39 = data.get("presence_penalty", _MISS)
        if v39 is _MISS:
            o1.presence_penalty = None
        elif v39 is None:
            n2 |= 131072
            o1.presence_penalty = None
        else:
            try:
                if not ((type(v39) is float or _is_number(v39)) or v39 is None):
                    raise _no("a number or null", v39)
            except SchemaMismatch as err40:
                err40.within("presence_penalty")
                raise
            o1.presence_penalty = v39
        v41 = data.get("repetition_penalty", _MISS)
        if v41 is _MISS:
            o1.repetition_penalty = None
        elif v41 is None:
            n2 |= 262144
            o1.repetition_penalty = None
        else:
            try:
                if not ((type(v41) is float or _is_number(v41)) or v41 is None):
                    raise _no("a number or null", v41)
            except SchemaMismatch as err42:
                err42.within("repetition_penalty")
                raise
            o1.repetition_penalty = v41
        v43 = data.get("mirostat_target", _MISS)
        if v43 is _MISS:
            o1.mirostat_target = None
        elif v43 is None:
            n2 |= 524288
            o1.mirostat_target = None
        else:
            try:
                if not ((type(v43) is float or _is_number(v43)) or v43 is None):
                    raise _no("a number or null", v43)
            except SchemaMismatch as err44:
                err44.within("mirostat_target")
                raise
            o1.mirostat_target = v43
        v45 = data.get("mirostat_lr", _MISS)
        if v45 is _MISS:
            o1.mirostat_lr = None
        elif v45 is None:
            n2 |= 1048576
            o1.mirostat_lr = None
        else:
            try:
                if not ((type(v45) is float or _is_number(v45)) or v45 is None):
                    raise _no("a number or null", v45)
            except SchemaMismatch as err46:
                err46.within("mirostat_lr")
                raise
            o1.mirostat_lr = v45
        v47 = data.get("seed", _MISS)
        if v47 is _MISS:
            o1.seed = None
        elif v47 is None:
            n2 |= 2097152
            o1.seed = None
        else:
            try:
                if not ((type(v47) is int or _is_int(v47)) or v47 is None):
                    raise _no("an integer or null", v47)
            except SchemaMismatch as err48:
                err48.within("seed")
                raise
            o1.seed = v47
        v49 = data.get("logprobs", _MISS)
        if v49 is _MISS:
            o1.logprobs = None
        elif v49 is None:
            n2 |= 4194304
            o1.logprobs = None
        else:
            try:
                if not (
                    (type(v49) is int or _is_int(v49))
                    or type(v49) is bool
                    or v49 is None
                ):
                    raise _no("an integer or a boolean or null", v49)
            except SchemaMismatch as err50:
                err50.within("logprobs")
                raise
            o1.logprobs = v49
        v51 = data.get("top_logprobs", _MISS)
        if v51 is _MISS:
            o1.top_logprobs = None
        elif v51 is None:
            n2 |= 8388608
            o1.top_logprobs = None
        else:
            try:
                if not ((type(v51) is int or _is_int(v51)) or v51 is None):
                    raise _no("an integer or null", v51)
            except SchemaMismatch as err52:
                err52.within("top_logprobs")
                raise
            o1.top_logprobs = v51
        v53 = data.get("echo", _MISS)
        if v53 is _MISS:
            o1.echo = None
        elif v53 is None:
            n2 |= 16777216
            o1.echo = None
        else:
            try:
                if not (type(v53) is bool or v53 is None):
                    raise _no("a boolean or null", v53)
            except SchemaMismatch as err54:
                err54.within("echo")
                raise
            o1.echo = v53
        v55 = data.get("echo_last", _MISS)
        if v55 is _MISS:
            o1.echo_last = None
        elif v55 is None:
            n2 |= 33554432
            o1.echo_last = None
        else:
            try:
                if not ((type(v55) is int or _is_int(v55)) or v55 is None):
                    raise _no("an integer or null", v55)
            except SchemaMismatch as err56:
                err56.within("echo_last")
                raise
            o1.echo_last = v55
        v57 = data.get("ignore_eos", _MISS)
        if v57 is _MISS:
            o1.ignore_eos = None
        elif v57 is None:
            raise SchemaMismatch("null is not allowed here", "ignore_eos")
        else:
            if not type(v57) is bool:
                raise _no("a boolean", v57, "ignore_eos")
            o1.ignore_eos = v57
        v58 = data.get("context_length_exceeded_behavior", _MISS)
        if v58 is _MISS:
            o1.context_length_exceeded_behavior = None
        elif v58 is None:
            raise SchemaMismatch(
                "null is not allowed here", "context_length_exceeded_behavior"
            )
        else:
            e59 = (
                _E_CompletionRequestContextLengthExceededBehavior.get(v58)
                if type(v58) is str
                else None
            )
            if e59 is None:
                raise _no(
                    "one of 'error', 'truncate'",
                    v58,
                    "context_length_exceeded_behavior",
                )
            v58 = e59
            o1.context_length_exceeded_behavior = v58
        v60 = data.get("response_format", _MISS)
        if v60 is _MISS:
            o1.response_format = None
        elif v60 is None:
            n2 |= 268435456
            o1.response_format = None
        else:
            try:
                if (type(v60) is dict or isinstance(v60, _Mapping)) and (
                    r61 := _attempt(_f_ResponseFormat, v60)
                ) is not _MISS:
                    v60 = r61
                elif not (v60 is None):
                    raise _no("an object (ResponseFormat) or null", v60)
            except SchemaMismatch as err62:
                err62.within("response_format")
                raise
            o1.response_format = v60
        v63 = data.get("logit_bias", _MISS)
        if v63 is _MISS:
            o1.logit_bias = None
        elif v63 is None:
            n2 |= 536870912
            o1.logit_bias = None
        else:
            try:
                if (type(v63) is dict or isinstance(v63, _Mapping)) and (
                    r64 := _attempt(_f_CompletionRequestLogitBiasType0, v63)
                ) is not _MISS:
                    v63 = r64
                elif not (v63 is None):
                    raise _no(
                        "an object (CompletionRequestLogitBiasType0) or null", v63
                    )
            except SchemaMismatch as err65:
                err65.within("logit_bias")
                raise
            o1.logit_bias = v63
        v66 = data.get("speculation", _MISS)
        if v66 is _MISS:
            o1.speculation = None
        elif v66 is None:
            n2 |= 1073741824
            o1.speculation = None
        else:
            try:
                if type(v66) is list and (r67 := _attempt(_h28, v66)) is not _MISS:
                    v66 = r67
                elif not ((type(v66) is str or isinstance(v66, str)) or v66 is None):
                    raise _no("a string or an array of an integer or null", v66)
            except SchemaMismatch as err68:
                err68.within("speculation")
                raise
            o1.speculation = v66
        v69 = data.get("prediction", _MISS)
        if v69 is _MISS:
            o1.prediction = None
        elif v69 is None:
            n2 |= 2147483648
            o1.prediction = None
        else:
            try:
                if (type(v69) is dict or isinstance(v69, _Mapping)) and (
                    r70 := _attempt(_f_PredictedOutput, v69)
                ) is not _MISS:
                    v69 = r70
                elif not ((type(v69) is str or isinstance(v69, str)) or v69 is None):
                    raise _no("an object (PredictedOutput) or a string or null", v69)
            except SchemaMismatch as err71:
                err71.within("prediction")
                raise
            o1.prediction = v69
        v72 = data.get("metadata", _MISS)
        if v72 is _MISS:
            o1.metadata = None
        elif v72 is None:
            n2 |= 4294967296
            o1.metadata = None
        else:
            try:
                if (type(v72) is dict or isinstance(v72, _Mapping)) and (
                    r73 := _attempt(_f_CompletionRequestMetadataType0, v72)
                ) is not _MISS:
                    v72 = r73
                elif not (v72 is None):
                    raise _no("an object (CompletionRequestMetadataType0) or null", v72)
            except SchemaMismatch as err74:
                err74.within("metadata")
                raise
            o1.metadata = v72
        v75 = data.get("reasoning_effort", _MISS)
        if v75 is _MISS:
            o1.reasoning_effort = None
        elif v75 is None:
            n2 |= 8589934592
            o1.reasoning_effort = None
        else:
            try:
                if (
                    type(v75) is str
                    and (
                        r76 := _E_CompletionRequestReasoningEffortType0.get(v75, _MISS)
                    )
                    is not _MISS
                ):
                    v75 = r76
                elif not (
                    (type(v75) is int or _is_int(v75))
                    or type(v75) is bool
                    or v75 is None
                ):
                    raise _no(
                        "one of 'low', 'medium', 'high', 'none' or an integer or a boolean or null",
                        v75,
                    )
            except SchemaMismatch as err77:
                err77.within("reasoning_effort")
                raise
            o1.reasoning_effort = v75
        v78 = data.get("reasoning_history", _MISS)
        if v78 is _MISS:
            o1.reasoning_history = None
        elif v78 is None:
            n2 |= 17179869184
            o1.reasoning_history = None
        else:
            try:
                if (
                    type(v78) is str
                    and (
                        r79 := _E_CompletionRequestReasoningHistoryType0.get(v78, _MISS)
                    )
                    is not _MISS
                ):
                    v78 = r79
                elif not (v78 is None):
                    raise _no(
                        "one of 'disabled', 'interleaved', 'preserved' or null", v78
                    )
            except SchemaMismatch as err80:
                err80.within("reasoning_history")
                raise
            o1.reasoning_history = v78
        v81 = data.get("thinking", _MISS)
        if v81 is _MISS:
            o1.thinking = None
        elif v81 is None:
            n2 |= 34359738368
            o1.thinking = None
        else:
            try:
                if (type(v81) is dict or isinstance(v81, _Mapping)) and (
                    r82 := _attempt(_f_ThinkingConfigEnabled, v81)
                ) is not _MISS:
                    v81 = r82
                elif (type(v81) is dict or isinstance(v81, _Mapping)) and (
                    r83 := _attempt(_f_ThinkingConfigDisabled, v81)
                ) is not _MISS:
                    v81 = r83
                elif not (v81 is None):
                    raise _no(
                        "an object (ThinkingConfigEnabled) or an object (ThinkingConfigDisabled) or null",
                        v81,
                    )
            except SchemaMismatch as err84:
                err84.within("thinking")
                raise
            o1.thinking = v81
        v85 = data.get("return_token_ids", _MISS)
        if v85 is _MISS:
            o1.return_token_ids = None
        elif v85 is None:
            n2 |= 68719476736
            o1.return_token_ids = None
        else:
            try:
                if not (type(v85) is bool or v85 is None):
                    raise _no("a boolean or null", v85)
            except SchemaMismatch as err86:
                err86.within("return_token_ids")
                raise
            o1.return_token_ids = v85
        v87 = data.get("images", _MISS)
        if v87 is _MISS:
            o1.images = None
        elif v87 is None:
            n2 |= 137438953472
            o1.images = None
        else:
            try:
                if type(v87) is list and (r88 := _attempt(_h29, v87)) is not _MISS:
                    v87 = r88
                elif type(v87) is list and (r89 := _attempt(_h30, v87)) is not _MISS:
                    v87 = r89
                elif not (v87 is None):
                    raise _no(
                        "an array of a string or an array of an array of a string or null",
                        v87,
                    )
            except SchemaMismatch as err90:
                err90.within("images")
                raise
            o1.images = v87
        v91 = data.get("stream_options", _MISS)
        if v91 is _MISS:
            o1.stream_options = None
        elif v91 is None:
            n2 |= 274877906944
            o1.stream_options = None
        else:
            try:
                if (type(v91) is dict or isinstance(v91, _Mapping)) and (
                    r92 := _attempt(_f_CompletionRequestStreamOptionsType0, v91)
                ) is not _MISS:
                    v91 = r92
                elif not (v91 is None):
                    raise _no(
                        "an object (CompletionRequestStreamOptionsType0) or null", v91
                    )
            except SchemaMismatch as err93:
                err93.within("stream_options")
                raise
            o1.stream_options = v91
        v94 = data.get("prompt_cache_key", _MISS)
        if v94 is _MISS:
            o1.prompt_cache_key = None
        elif v94 is None:
            n2 |= 549755813888
            o1.prompt_cache_key = None
        else:
            try:
                if not ((type(v94) is str or isinstance(v94, str)) or v94 is None):
                    raise _no("a string or null", v94)
            except SchemaMismatch as err95:
                err95.within("prompt_cache_key")
                raise
            o1.prompt_cache_key = v94
        v96 = data.get("service_tier", _MISS)
        if v96 is _MISS:
            o1.service_tier = None
        elif v96 is None:
            raise SchemaMismatch("null is not allowed here", "service_tier")
        else:
            e97 = _E_CompletionRequestServiceTier.get(v96) if type(v96) is str else None
            if e97 is None:
                raise _no(
                    "one of 'auto', 'default', 'flex', 'priority'", v96, "service_tier"
                )
            v96 = e97
            o1.service_tier = v96
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "CompletionRequest"
        raise
    return o1


def _f_CompletionRequestLogitBiasType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionRequestLogitBiasType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            b5 = {}
            for k3, u4 in x2.items():
                try:
                    if not (type(u4) is float or _is_number(u4)):
                        raise _no("a number", u4)
                except SchemaMismatch as err6:
                    err6.within(k3)
                    raise
                b5[k3] = u4
            x2 = b5
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionRequestLogitBiasType0"
        raise
    return o1


def _f_CompletionRequestMetadataType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionRequestMetadataType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            b5 = {}
            for k3, u4 in x2.items():
                try:
                    if not (type(u4) is str or isinstance(u4, str)):
                        raise _no("a string", u4)
                except SchemaMismatch as err6:
                    err6.within(k3)
                    raise
                b5[k3] = u4
            x2 = b5
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionRequestMetadataType0"
        raise
    return o1


def _f_CompletionRequestStreamOptionsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionRequestStreamOptionsType0)
        v2 = data.get("include_usage", _MISS)
        if v2 is _MISS:
            o1.include_usage = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "include_usage")
        else:
            if not type(v2) is bool:
                raise _no("a boolean", v2, "include_usage")
            o1.include_usage = v2
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS):
            x3 = dict(data)
            x3.pop("include_usage", None)
            o1.additional_properties = x3
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionRequestStreamOptionsType0"
        raise
    return o1


def _f_CompletionResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionResponse)
        n2 = 0
        try:
            v3 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "id")
        o1.id = v3
        try:
            v4 = data["created"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "created") from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "created")
        o1.created = v4
        try:
            v5 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v5) is str or isinstance(v5, str)):
            raise _no("a string", v5, "model")
        o1.model = v5
        try:
            v6 = data["choices"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "choices") from None
        try:
            if type(v6) is not list:
                raise _no("an array of an object (Choice)", v6)
            a8 = []
            try:
                for i7 in v6:
                    if type(i7) is not dict:
                        i7 = _object(i7)
                    o9 = _new(_C_Choice)
                    n10 = 0
                    try:
                        v11 = i7["index"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "index"
                        ) from None
                    if not (type(v11) is int or _is_int(v11)):
                        raise _no("an integer", v11, "index")
                    o9.index = v11
                    try:
                        v12 = i7["text"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "text"
                        ) from None
                    if not (type(v12) is str or isinstance(v12, str)):
                        raise _no("a string", v12, "text")
                    o9.text = v12
                    v13 = i7.get("logprobs", _MISS)
                    if v13 is _MISS:
                        o9.logprobs = None
                    elif v13 is None:
                        n10 |= 4
                        o9.logprobs = None
                    else:
                        try:
                            if (type(v13) is dict or isinstance(v13, _Mapping)) and (
                                r14 := _attempt(_f_LogProbs, v13)
                            ) is not _MISS:
                                v13 = r14
                            elif (type(v13) is dict or isinstance(v13, _Mapping)) and (
                                r15 := _attempt(_f_NewLogProbs, v13)
                            ) is not _MISS:
                                v13 = r15
                            elif not (v13 is None):
                                raise _no(
                                    "an object (LogProbs) or an object (NewLogProbs) or null",
                                    v13,
                                )
                        except SchemaMismatch as err16:
                            err16.within("logprobs")
                            raise
                        o9.logprobs = v13
                    v17 = i7.get("finish_reason", _MISS)
                    if v17 is _MISS:
                        o9.finish_reason = None
                    elif v17 is None:
                        n10 |= 8
                        o9.finish_reason = None
                    else:
                        try:
                            if (
                                type(v17) is str
                                and (r18 := _E_ChoiceFinishReasonType0.get(v17, _MISS))
                                is not _MISS
                            ):
                                v17 = r18
                            elif not (v17 is None):
                                raise _no(
                                    "one of 'stop', 'length', 'error' or null", v17
                                )
                        except SchemaMismatch as err19:
                            err19.within("finish_reason")
                            raise
                        o9.finish_reason = v17
                    v20 = i7.get("raw_output", _MISS)
                    if v20 is _MISS:
                        o9.raw_output = None
                    elif v20 is None:
                        n10 |= 16
                        o9.raw_output = None
                    else:
                        try:
                            if (type(v20) is dict or isinstance(v20, _Mapping)) and (
                                r21 := _attempt(_f_RawOutput, v20)
                            ) is not _MISS:
                                v20 = r21
                            elif not (v20 is None):
                                raise _no("an object (RawOutput) or null", v20)
                        except SchemaMismatch as err22:
                            err22.within("raw_output")
                            raise
                        o9.raw_output = v20
                    v23 = i7.get("prompt_token_ids", _MISS)
                    if v23 is _MISS:
                        o9.prompt_token_ids = None
                    elif v23 is None:
                        n10 |= 32
                        o9.prompt_token_ids = None
                    else:
                        try:
                            if (
                                type(v23) is list
                                and (r24 := _attempt(_h31, v23)) is not _MISS
                            ):
                                v23 = r24
                            elif not (v23 is None):
                                raise _no("an array of an integer or null", v23)
                        except SchemaMismatch as err25:
                            err25.within("prompt_token_ids")
                            raise
                        o9.prompt_token_ids = v23
                    v26 = i7.get("token_ids", _MISS)
                    if v26 is _MISS:
                        o9.token_ids = None
                    elif v26 is None:
                        n10 |= 64
                        o9.token_ids = None
                    else:
                        try:
                            if (
                                type(v26) is list
                                and (r27 := _attempt(_h32, v26)) is not _MISS
                            ):
                                v26 = r27
                            elif not (v26 is None):
                                raise _no("an array of an integer or null", v26)
                        except SchemaMismatch as err28:
                            err28.within("token_ids")
                            raise
                        o9.token_ids = v26
                    o9._nulls = n10
                    if len(i7) != 2 + (v13 is not _MISS) + (v17 is not _MISS) + (
                        v20 is not _MISS
                    ) + (v23 is not _MISS) + (v26 is not _MISS):
                        x29 = dict(i7)
                        del x29["index"]
                        del x29["text"]
                        x29.pop("logprobs", None)
                        x29.pop("finish_reason", None)
                        x29.pop("raw_output", None)
                        x29.pop("prompt_token_ids", None)
                        x29.pop("token_ids", None)
                        o9.additional_properties = x29
                    else:
                        o9.additional_properties = {}
                    i7 = o9
                    a8.append(i7)
            except SchemaMismatch as err33:
                err33.within(len(a8))
                raise
            v6 = a8
        except SchemaMismatch as err34:
            err34.within("choices")
            raise
        o1.choices = v6
        try:
            v35 = data["usage"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "usage") from None
        try:
            if type(v35) is not dict:
                v35 = _object(v35)
            o36 = _new(_C_UsageInfo)
            n37 = 0
            try:
                v38 = v35["prompt_tokens"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "prompt_tokens"
                ) from None
            if not (type(v38) is int or _is_int(v38)):
                raise _no("an integer", v38, "prompt_tokens")
            o36.prompt_tokens = v38
            try:
                v39 = v35["total_tokens"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "total_tokens"
                ) from None
            if not (type(v39) is int or _is_int(v39)):
                raise _no("an integer", v39, "total_tokens")
            o36.total_tokens = v39
            v40 = v35.get("completion_tokens", _MISS)
            if v40 is _MISS:
                o36.completion_tokens = None
            elif v40 is None:
                n37 |= 4
                o36.completion_tokens = None
            else:
                try:
                    if not ((type(v40) is int or _is_int(v40)) or v40 is None):
                        raise _no("an integer or null", v40)
                except SchemaMismatch as err41:
                    err41.within("completion_tokens")
                    raise
                o36.completion_tokens = v40
            v42 = v35.get("prompt_tokens_details", _MISS)
            if v42 is _MISS:
                o36.prompt_tokens_details = None
            elif v42 is None:
                n37 |= 8
                o36.prompt_tokens_details = None
            else:
                try:
                    if (type(v42) is dict or isinstance(v42, _Mapping)) and (
                        r43 := _attempt(_f_PromptTokensDetails, v42)
                    ) is not _MISS:
                        v42 = r43
                    elif not (v42 is None):
                        raise _no("an object (PromptTokensDetails) or null", v42)
                except SchemaMismatch as err44:
                    err44.within("prompt_tokens_details")
                    raise
                o36.prompt_tokens_details = v42
            o36._nulls = n37
            if len(v35) != 2 + (v40 is not _MISS) + (v42 is not _MISS):
                x45 = dict(v35)
                del x45["prompt_tokens"]
                del x45["total_tokens"]
                x45.pop("completion_tokens", None)
                x45.pop("prompt_tokens_details", None)
                o36.additional_properties = x45
            else:
                o36.additional_properties = {}
            v35 = o36
        except SchemaMismatch as err49:
            err49.within("usage")
            raise
        o1.usage = v35
        v50 = data.get("object", _MISS)
        if v50 is _MISS:
            o1.object_ = None
        elif v50 is None:
            raise SchemaMismatch("null is not allowed here", "object")
        else:
            if not (type(v50) is str or isinstance(v50, str)):
                raise _no("a string", v50, "object")
            o1.object_ = v50
        v51 = data.get("perf_metrics", _MISS)
        if v51 is _MISS:
            o1.perf_metrics = None
        elif v51 is None:
            n2 |= 64
            o1.perf_metrics = None
        else:
            try:
                if (type(v51) is dict or isinstance(v51, _Mapping)) and (
                    r52 := _attempt(_f_CompletionResponsePerfMetricsType0, v51)
                ) is not _MISS:
                    v51 = r52
                elif not (v51 is None):
                    raise _no(
                        "an object (CompletionResponsePerfMetricsType0) or null", v51
                    )
            except SchemaMismatch as err53:
                err53.within("perf_metrics")
                raise
            o1.perf_metrics = v51
        o1._nulls = n2
        if len(data) != 5 + (v50 is not _MISS) + (v51 is not _MISS):
            x54 = dict(data)
            del x54["id"]
            del x54["created"]
            del x54["model"]
            del x54["choices"]
            del x54["usage"]
            x54.pop("object", None)
            x54.pop("perf_metrics", None)
            o1.additional_properties = x54
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionResponse"
        raise
    return o1


def _f_CompletionResponsePerfMetricsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionResponsePerfMetricsType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionResponsePerfMetricsType0"
        raise
    return o1


def _f_CompletionResponseStreamChoice(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionResponseStreamChoice)
        n2 = 0
        try:
            v3 = data["index"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "index") from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "index")
        o1.index = v3
        try:
            v4 = data["text"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "text") from None
        if not (type(v4) is str or isinstance(v4, str)):
            raise _no("a string", v4, "text")
        o1.text = v4
        v5 = data.get("logprobs", _MISS)
        if v5 is _MISS:
            o1.logprobs = None
        elif v5 is None:
            n2 |= 4
            o1.logprobs = None
        else:
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_LogProbs, v5)
                ) is not _MISS:
                    v5 = r6
                elif (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r7 := _attempt(_f_NewLogProbs, v5)
                ) is not _MISS:
                    v5 = r7
                elif not (v5 is None):
                    raise _no(
                        "an object (LogProbs) or an object (NewLogProbs) or null", v5
                    )
            except SchemaMismatch as err8:
                err8.within("logprobs")
                raise
            o1.logprobs = v5
        v9 = data.get("finish_reason", _MISS)
        if v9 is _MISS:
            o1.finish_reason = None
        elif v9 is None:
            n2 |= 8
            o1.finish_reason = None
        else:
            try:
                if (
                    type(v9) is str
                    and (
                        r10 := _E_CompletionResponseStreamChoiceFinishReasonType0.get(
                            v9, _MISS
                        )
                    )
                    is not _MISS
                ):
                    v9 = r10
                elif not (v9 is None):
                    raise _no("one of 'stop', 'length', 'error' or null", v9)
            except SchemaMismatch as err11:
                err11.within("finish_reason")
                raise
            o1.finish_reason = v9
        v12 = data.get("raw_output", _MISS)
        if v12 is _MISS:
            o1.raw_output = None
        elif v12 is None:
            n2 |= 16
            o1.raw_output = None
        else:
            try:
                if (type(v12) is dict or isinstance(v12, _Mapping)) and (
                    r13 := _attempt(_f_RawOutput, v12)
                ) is not _MISS:
                    v12 = r13
                elif not (v12 is None):
                    raise _no("an object (RawOutput) or null", v12)
            except SchemaMismatch as err14:
                err14.within("raw_output")
                raise
            o1.raw_output = v12
        v15 = data.get("prompt_token_ids", _MISS)
        if v15 is _MISS:
            o1.prompt_token_ids = None
        elif v15 is None:
            n2 |= 32
            o1.prompt_token_ids = None
        else:
            try:
                if type(v15) is list and (r16 := _attempt(_h33, v15)) is not _MISS:
                    v15 = r16
                elif not (v15 is None):
                    raise _no("an array of an integer or null", v15)
            except SchemaMismatch as err17:
                err17.within("prompt_token_ids")
                raise
            o1.prompt_token_ids = v15
        v18 = data.get("token_ids", _MISS)
        if v18 is _MISS:
            o1.token_ids = None
        elif v18 is None:
            n2 |= 64
            o1.token_ids = None
        else:
            try:
                if type(v18) is list and (r19 := _attempt(_h34, v18)) is not _MISS:
                    v18 = r19
                elif not (v18 is None):
                    raise _no("an array of an integer or null", v18)
            except SchemaMismatch as err20:
                err20.within("token_ids")
                raise
            o1.token_ids = v18
        o1._nulls = n2
        if len(data) != 2 + (v5 is not _MISS) + (v9 is not _MISS) + (
            v12 is not _MISS
        ) + (v15 is not _MISS) + (v18 is not _MISS):
            x21 = dict(data)
            del x21["index"]
            del x21["text"]
            x21.pop("logprobs", None)
            x21.pop("finish_reason", None)
            x21.pop("raw_output", None)
            x21.pop("prompt_token_ids", None)
            x21.pop("token_ids", None)
            o1.additional_properties = x21
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionResponseStreamChoice"
        raise
    return o1


def _f_CompletionStreamEvent(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionStreamEvent)
        try:
            v2 = data["data"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "data") from None
        try:
            if True and (r3 := _attempt(_h35, v2)) is not _MISS:
                v2 = r3
            elif not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string or '[DONE]'", v2)
        except SchemaMismatch as err4:
            err4.within("data")
            raise
        o1.data = v2
        v5 = data.get("event", _MISS)
        if v5 is _MISS:
            o1.event = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "event")
        else:
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "event")
            o1.event = v5
        v6 = data.get("id", _MISS)
        if v6 is _MISS:
            o1.id = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "id")
        else:
            if not (type(v6) is str or isinstance(v6, str)):
                raise _no("a string", v6, "id")
            o1.id = v6
        v7 = data.get("retry", _MISS)
        if v7 is _MISS:
            o1.retry = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "retry")
        else:
            if not (type(v7) is int or _is_int(v7)):
                raise _no("an integer", v7, "retry")
            o1.retry = v7
        o1._nulls = 0
        if len(data) != 1 + (v5 is not _MISS) + (v6 is not _MISS) + (v7 is not _MISS):
            x8 = dict(data)
            del x8["data"]
            x8.pop("event", None)
            x8.pop("id", None)
            x8.pop("retry", None)
            o1.additional_properties = x8
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionStreamEvent"
        raise
    return o1


def _f_CompletionStreamResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionStreamResponse)
        n2 = 0
        try:
            v3 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "id")
        o1.id = v3
        try:
            v4 = data["created"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "created") from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "created")
        o1.created = v4
        try:
            v5 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v5) is str or isinstance(v5, str)):
            raise _no("a string", v5, "model")
        o1.model = v5
        try:
            v6 = data["choices"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "choices") from None
        try:
            if type(v6) is not list:
                raise _no("an array of an object (CompletionResponseStreamChoice)", v6)
            a8 = []
            try:
                for i7 in v6:
                    if type(i7) is not dict:
                        i7 = _object(i7)
                    o9 = _new(_C_CompletionResponseStreamChoice)
                    n10 = 0
                    try:
                        v11 = i7["index"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "index"
                        ) from None
                    if not (type(v11) is int or _is_int(v11)):
                        raise _no("an integer", v11, "index")
                    o9.index = v11
                    try:
                        v12 = i7["text"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "text"
                        ) from None
                    if not (type(v12) is str or isinstance(v12, str)):
                        raise _no("a string", v12, "text")
                    o9.text = v12
                    v13 = i7.get("logprobs", _MISS)
                    if v13 is _MISS:
                        o9.logprobs = None
                    elif v13 is None:
                        n10 |= 4
                        o9.logprobs = None
                    else:
                        try:
                            if (type(v13) is dict or isinstance(v13, _Mapping)) and (
                                r14 := _attempt(_f_LogProbs, v13)
                            ) is not _MISS:
                                v13 = r14
                            elif (type(v13) is dict or isinstance(v13, _Mapping)) and (
                                r15 := _attempt(_f_NewLogProbs, v13)
                            ) is not _MISS:
                                v13 = r15
                            elif not (v13 is None):
                                raise _no(
                                    "an object (LogProbs) or an object (NewLogProbs) or null",
                                    v13,
                                )
                        except SchemaMismatch as err16:
                            err16.within("logprobs")
                            raise
                        o9.logprobs = v13
                    v17 = i7.get("finish_reason", _MISS)
                    if v17 is _MISS:
                        o9.finish_reason = None
                    elif v17 is None:
                        n10 |= 8
                        o9.finish_reason = None
                    else:
                        try:
                            if (
                                type(v17) is str
                                and (
                                    r18
                                    := _E_CompletionResponseStreamChoiceFinishReasonType0.get(
                                        v17, _MISS
                                    )
                                )
                                is not _MISS
                            ):
                                v17 = r18
                            elif not (v17 is None):
                                raise _no(
                                    "one of 'stop', 'length', 'error' or null", v17
                                )
                        except SchemaMismatch as err19:
                            err19.within("finish_reason")
                            raise
                        o9.finish_reason = v17
                    v20 = i7.get("raw_output", _MISS)
                    if v20 is _MISS:
                        o9.raw_output = None
                    elif v20 is None:
                        n10 |= 16
                        o9.raw_output = None
                    else:
                        try:
                            if (type(v20) is dict or isinstance(v20, _Mapping)) and (
                                r21 := _attempt(_f_RawOutput, v20)
                            ) is not _MISS:
                                v20 = r21
                            elif not (v20 is None):
                                raise _no("an object (RawOutput) or null", v20)
                        except SchemaMismatch as err22:
                            err22.within("raw_output")
                            raise
                        o9.raw_output = v20
                    v23 = i7.get("prompt_token_ids", _MISS)
                    if v23 is _MISS:
                        o9.prompt_token_ids = None
                    elif v23 is None:
                        n10 |= 32
                        o9.prompt_token_ids = None
                    else:
                        try:
                            if (
                                type(v23) is list
                                and (r24 := _attempt(_h36, v23)) is not _MISS
                            ):
                                v23 = r24
                            elif not (v23 is None):
                                raise _no("an array of an integer or null", v23)
                        except SchemaMismatch as err25:
                            err25.within("prompt_token_ids")
                            raise
                        o9.prompt_token_ids = v23
                    v26 = i7.get("token_ids", _MISS)
                    if v26 is _MISS:
                        o9.token_ids = None
                    elif v26 is None:
                        n10 |= 64
                        o9.token_ids = None
                    else:
                        try:
                            if (
                                type(v26) is list
                                and (r27 := _attempt(_h37, v26)) is not _MISS
                            ):
                                v26 = r27
                            elif not (v26 is None):
                                raise _no("an array of an integer or null", v26)
                        except SchemaMismatch as err28:
                            err28.within("token_ids")
                            raise
                        o9.token_ids = v26
                    o9._nulls = n10
                    if len(i7) != 2 + (v13 is not _MISS) + (v17 is not _MISS) + (
                        v20 is not _MISS
                    ) + (v23 is not _MISS) + (v26 is not _MISS):
                        x29 = dict(i7)
                        del x29["index"]
                        del x29["text"]
                        x29.pop("logprobs", None)
                        x29.pop("finish_reason", None)
                        x29.pop("raw_output", None)
                        x29.pop("prompt_token_ids", None)
                        x29.pop("token_ids", None)
                        o9.additional_properties = x29
                    else:
                        o9.additional_properties = {}
                    i7 = o9
                    a8.append(i7)
            except SchemaMismatch as err33:
                err33.within(len(a8))
                raise
            v6 = a8
        except SchemaMismatch as err34:
            err34.within("choices")
            raise
        o1.choices = v6
        v35 = data.get("object", _MISS)
        if v35 is _MISS:
            o1.object_ = None
        elif v35 is None:
            raise SchemaMismatch("null is not allowed here", "object")
        else:
            if not (type(v35) is str or isinstance(v35, str)):
                raise _no("a string", v35, "object")
            o1.object_ = v35
        v36 = data.get("usage", _MISS)
        if v36 is _MISS:
            o1.usage = None
        elif v36 is None:
            n2 |= 32
            o1.usage = None
        else:
            try:
                if (type(v36) is dict or isinstance(v36, _Mapping)) and (
                    r37 := _attempt(_f_UsageInfo, v36)
                ) is not _MISS:
                    v36 = r37
                elif not (v36 is None):
                    raise _no("an object (UsageInfo) or null", v36)
            except SchemaMismatch as err38:
                err38.within("usage")
                raise
            o1.usage = v36
        v39 = data.get("perf_metrics", _MISS)
        if v39 is _MISS:
            o1.perf_metrics = None
        elif v39 is None:
            n2 |= 64
            o1.perf_metrics = None
        else:
            try:
                if (type(v39) is dict or isinstance(v39, _Mapping)) and (
                    r40 := _attempt(_f_CompletionStreamResponsePerfMetricsType0, v39)
                ) is not _MISS:
                    v39 = r40
                elif not (v39 is None):
                    raise _no(
                        "an object (CompletionStreamResponsePerfMetricsType0) or null",
                        v39,
                    )
            except SchemaMismatch as err41:
                err41.within("perf_metrics")
                raise
            o1.perf_metrics = v39
        o1._nulls = n2
        if len(data) != 4 + (v35 is not _MISS) + (v36 is not _MISS) + (
            v39 is not _MISS
        ):
            x42 = dict(data)
            del x42["id"]
            del x42["created"]
            del x42["model"]
            del x42["choices"]
            x42.pop("object", None)
            x42.pop("usage", None)
            x42.pop("perf_metrics", None)
            o1.additional_properties = x42
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionStreamResponse"
        raise
    return o1


def _f_CompletionStreamResponsePerfMetricsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CompletionStreamResponsePerfMetricsType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CompletionStreamResponsePerfMetricsType0"
        raise
    return o1


def _f_CreateControlNetRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateControlNetRequest)
        try:
            v2 = data["prompt"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "prompt") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "prompt")
        o1.prompt = v2
        try:
            v3 = data["control_image"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "control_image"
            ) from None
        if not isinstance(v3, bytes):
            raise _no("bytes (a file)", v3, "control_image")
        v3 = _File(payload=_BytesIO(v3))
        o1.control_image = v3
        v4 = data.get("negative_prompt", _MISS)
        if v4 is _MISS:
            o1.negative_prompt = None
        elif v4 is None:
            raise SchemaMismatch("null is not allowed here", "negative_prompt")
        else:
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "negative_prompt")
            o1.negative_prompt = v4
        v5 = data.get("control_net_name", _MISS)
        if v5 is _MISS:
            o1.control_net_name = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "control_net_name")
        else:
            e6 = (
                _E_CreateControlNetRequestControlNetName.get(v5)
                if type(v5) is str
                else None
            )
            if e6 is None:
                raise _no("one of 'canny'", v5, "control_net_name")
            v5 = e6
            o1.control_net_name = v5
        v7 = data.get("conditioning_scale", _MISS)
        if v7 is _MISS:
            o1.conditioning_scale = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "conditioning_scale")
        else:
            if not (type(v7) is float or _is_number(v7)):
                raise _no("a number", v7, "conditioning_scale")
            o1.conditioning_scale = v7
        v8 = data.get("step_schedule_start", _MISS)
        if v8 is _MISS:
            o1.step_schedule_start = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "step_schedule_start")
        else:
            if not (type(v8) is float or _is_number(v8)):
                raise _no("a number", v8, "step_schedule_start")
            o1.step_schedule_start = v8
        v9 = data.get("step_schedule_end", _MISS)
        if v9 is _MISS:
            o1.step_schedule_end = None
        elif v9 is None:
            raise SchemaMismatch("null is not allowed here", "step_schedule_end")
        else:
            if not (type(v9) is float or _is_number(v9)):
                raise _no("a number", v9, "step_schedule_end")
            o1.step_schedule_end = v9
        v10 = data.get("cfg_scale", _MISS)
        if v10 is _MISS:
            o1.cfg_scale = None
        elif v10 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v10) is float or _is_number(v10)):
                raise _no("a number", v10, "cfg_scale")
            o1.cfg_scale = v10
        v11 = data.get("clip_guidance_preset", _MISS)
        if v11 is _MISS:
            o1.clip_guidance_preset = None
        elif v11 is None:
            raise SchemaMismatch("null is not allowed here", "clip_guidance_preset")
        else:
            if not (type(v11) is str or isinstance(v11, str)):
                raise _no("a string", v11, "clip_guidance_preset")
            o1.clip_guidance_preset = v11
        v12 = data.get("sampler", _MISS)
        if v12 is _MISS:
            o1.sampler = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "sampler")
        else:
            e13 = _E_Sampler.get(v12) if type(v12) is str else None
            if e13 is None:
                raise _no("one of 'K_DPMPP_2M'", v12, "sampler")
            v12 = e13
            o1.sampler = v12
        v14 = data.get("samples", _MISS)
        if v14 is _MISS:
            o1.samples = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v14) is int or _is_int(v14)):
                raise _no("an integer", v14, "samples")
            o1.samples = v14
        v15 = data.get("steps", _MISS)
        if v15 is _MISS:
            o1.steps = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v15) is int or _is_int(v15)):
                raise _no("an integer", v15, "steps")
            o1.steps = v15
        v16 = data.get("seed", _MISS)
        if v16 is _MISS:
            o1.seed = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v16) is int or _is_int(v16)):
                raise _no("an integer", v16, "seed")
            o1.seed = v16
        v17 = data.get("safety_check", _MISS)
        if v17 is _MISS:
            o1.safety_check = None
        elif v17 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v17) is bool:
                raise _no("a boolean", v17, "safety_check")
            o1.safety_check = v17
        v18 = data.get("lora_adapter_name", _MISS)
        if v18 is _MISS:
            o1.lora_adapter_name = None
        elif v18 is None:
            raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
        else:
            if not (type(v18) is str or isinstance(v18, str)):
                raise _no("a string", v18, "lora_adapter_name")
            o1.lora_adapter_name = v18
        v19 = data.get("lora_weight_filename", _MISS)
        if v19 is _MISS:
            o1.lora_weight_filename = None
        elif v19 is None:
            raise SchemaMismatch("null is not allowed here", "lora_weight_filename")
        else:
            if not (type(v19) is str or isinstance(v19, str)):
                raise _no("a string", v19, "lora_weight_filename")
            o1.lora_weight_filename = v19
        o1._nulls = 0
        if len(data) != 2 + (v4 is not _MISS) + (v5 is not _MISS) + (
            v7 is not _MISS
        ) + (v8 is not _MISS) + (v9 is not _MISS) + (v10 is not _MISS) + (
            v11 is not _MISS
        ) + (v12 is not _MISS) + (v14 is not _MISS) + (v15 is not _MISS) + (
            v16 is not _MISS
        ) + (v17 is not _MISS) + (v18 is not _MISS) + (v19 is not _MISS):
            x20 = dict(data)
            del x20["prompt"]
            del x20["control_image"]
            x20.pop("negative_prompt", None)
            x20.pop("control_net_name", None)
            x20.pop("conditioning_scale", None)
            x20.pop("step_schedule_start", None)
            x20.pop("step_schedule_end", None)
            x20.pop("cfg_scale", None)
            x20.pop("clip_guidance_preset", None)
            x20.pop("sampler", None)
            x20.pop("samples", None)
            x20.pop("steps", None)
            x20.pop("seed", None)
            x20.pop("safety_check", None)
            x20.pop("lora_adapter_name", None)
            x20.pop("lora_weight_filename", None)
            o1.additional_properties = x20
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateControlNetRequest"
        raise
    return o1


def _f_CreateEmbeddingRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateEmbeddingRequest)
        try:
            v2 = data["input"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "input") from None
        try:
            if type(v2) is list and (r3 := _attempt(_h38, v2)) is not _MISS:
                v2 = r3
            elif (type(v2) is dict or isinstance(v2, _Mapping)) and (
                r4 := _attempt(_f_CreateEmbeddingRequestStructuredData, v2)
            ) is not _MISS:
                v2 = r4
            elif type(v2) is list and (r5 := _attempt(_h39, v2)) is not _MISS:
                v2 = r5
            elif not (type(v2) is str or isinstance(v2, str)):
                raise _no(
                    "a string or an array of a string or an object (CreateEmbeddingRequestStructuredData) or an array of an object (CreateEmbeddingRequestInputArrayOfObjectsItem)",
                    v2,
                )
        except SchemaMismatch as err6:
            err6.within("input")
            raise
        o1.input_ = v2
        try:
            v7 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v7) is str or isinstance(v7, str)):
            raise _no("a string", v7, "model")
        o1.model = v7
        v8 = data.get("prompt_template", _MISS)
        if v8 is _MISS:
            o1.prompt_template = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "prompt_template")
        else:
            if not (type(v8) is str or isinstance(v8, str)):
                raise _no("a string", v8, "prompt_template")
            o1.prompt_template = v8
        v9 = data.get("dimensions", _MISS)
        if v9 is _MISS:
            o1.dimensions = None
        elif v9 is None:
            raise SchemaMismatch("null is not allowed here", "dimensions")
        else:
            if not (type(v9) is int or _is_int(v9)):
                raise _no("an integer", v9, "dimensions")
            o1.dimensions = v9
        v10 = data.get("return_logits", _MISS)
        if v10 is _MISS:
            o1.return_logits = None
        elif v10 is None:
            raise SchemaMismatch("null is not allowed here", "return_logits")
        else:
            try:
                if type(v10) is not list:
                    raise _no("an array of an integer", v10)
                for i11 in v10:
                    if not (type(i11) is int or _is_int(i11)):
                        raise _no("an integer", i11, _index(v10, i11))
            except SchemaMismatch as err13:
                err13.within("return_logits")
                raise
            o1.return_logits = v10
        v14 = data.get("normalize", _MISS)
        if v14 is _MISS:
            o1.normalize = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "normalize")
        else:
            if not type(v14) is bool:
                raise _no("a boolean", v14, "normalize")
            o1.normalize = v14
        v15 = data.get("encoding_format", _MISS)
        if v15 is _MISS:
            o1.encoding_format = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "encoding_format")
        else:
            e16 = (
                _E_CreateEmbeddingRequestEncodingFormat.get(v15)
                if type(v15) is str
                else None
            )
            if e16 is None:
                raise _no("one of 'float', 'base64'", v15, "encoding_format")
            v15 = e16
            o1.encoding_format = v15
        o1._nulls = 0
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingRequest"
        raise
    return o1


def _f_CreateEmbeddingRequestInputArrayOfObjectsItem(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateEmbeddingRequestInputArrayOfObjectsItem)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingRequestInputArrayOfObjectsItem"
        raise
    return o1


def _f_CreateEmbeddingRequestStructuredData(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateEmbeddingRequestStructuredData)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingRequestStructuredData"
        raise
    return o1


def _f_CreateEmbeddingResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateEmbeddingResponse)
        try:
            v2 = data["data"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "data") from None
        try:
            if type(v2) is not list:
                raise _no("an array of an object (Embedding)", v2)
            a4 = []
            try:
                for i3 in v2:
                    if type(i3) is not dict:
                        i3 = _object(i3)
                    o5 = _new(_C_Embedding)
                    try:
                        v6 = i3["index"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "index"
                        ) from None
                    if not (type(v6) is int or _is_int(v6)):
                        raise _no("an integer", v6, "index")
                    o5.index = v6
                    try:
                        v7 = i3["embedding"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "embedding"
                        ) from None
                    try:
                        if type(v7) is list and (r8 := _attempt(_h40, v7)) is not _MISS:
                            v7 = r8
                        elif not (type(v7) is str or isinstance(v7, str)):
                            raise _no("an array of a number or a string", v7)
                    except SchemaMismatch as err9:
                        err9.within("embedding")
                        raise
                    o5.embedding = v7
                    try:
                        v10 = i3["object"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "object"
                        ) from None
                    e11 = _E_EmbeddingObject.get(v10) if type(v10) is str else None
                    if e11 is None:
                        raise _no("one of 'embedding'", v10, "object")
                    v10 = e11
                    o5.object_ = v10
                    o5._nulls = 0
                    if len(i3) != 3:
                        x12 = dict(i3)
                        del x12["index"]
                        del x12["embedding"]
                        del x12["object"]
                        o5.additional_properties = x12
                    else:
                        o5.additional_properties = {}
                    i3 = o5
                    a4.append(i3)
            except SchemaMismatch as err16:
                err16.within(len(a4))
                raise
            v2 = a4
        except SchemaMismatch as err17:
            err17.within("data")
            raise
        o1.data = v2
        try:
            v18 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v18) is str or isinstance(v18, str)):
            raise _no("a string", v18, "model")
        o1.model = v18
        try:
            v19 = data["object"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "object") from None
        e20 = _E_CreateEmbeddingResponseObject.get(v19) if type(v19) is str else None
        if e20 is None:
            raise _no("one of 'list'", v19, "object")
        v19 = e20
        o1.object_ = v19
        try:
            v21 = data["usage"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "usage") from None
        try:
            if type(v21) is not dict:
                v21 = _object(v21)
            o22 = _new(_C_CreateEmbeddingResponseUsage)
            try:
                v23 = v21["prompt_tokens"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "prompt_tokens"
                ) from None
            if not (type(v23) is int or _is_int(v23)):
                raise _no("an integer", v23, "prompt_tokens")
            o22.prompt_tokens = v23
            try:
                v24 = v21["total_tokens"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "total_tokens"
                ) from None
            if not (type(v24) is int or _is_int(v24)):
                raise _no("an integer", v24, "total_tokens")
            o22.total_tokens = v24
            o22._nulls = 0
            if len(v21) != 2:
                x25 = dict(v21)
                del x25["prompt_tokens"]
                del x25["total_tokens"]
                o22.additional_properties = x25
            else:
                o22.additional_properties = {}
            v21 = o22
        except SchemaMismatch as err29:
            err29.within("usage")
            raise
        o1.usage = v21
        o1._nulls = 0
        if len(data) != 4:
            x30 = dict(data)
            del x30["data"]
            del x30["model"]
            del x30["object"]
            del x30["usage"]
            o1.additional_properties = x30
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingResponse"
        raise
    return o1


def _f_CreateEmbeddingResponseUsage(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateEmbeddingResponseUsage)
        try:
            v2 = data["prompt_tokens"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "prompt_tokens"
            ) from None
        if not (type(v2) is int or _is_int(v2)):
            raise _no("an integer", v2, "prompt_tokens")
        o1.prompt_tokens = v2
        try:
            v3 = data["total_tokens"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "total_tokens"
            ) from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "total_tokens")
        o1.total_tokens = v3
        o1._nulls = 0
        if len(data) != 2:
            x4 = dict(data)
            del x4["prompt_tokens"]
            del x4["total_tokens"]
            o1.additional_properties = x4
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingResponseUsage"
        raise
    return o1


def _f_CreateFluxImageBody(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateFluxImageBody)
        try:
            v2 = data["prompt"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "prompt") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "prompt")
        o1.prompt = v2
        v3 = data.get("aspect_ratio", _MISS)
        if v3 is _MISS:
            o1.aspect_ratio = None
        elif v3 is None:
            raise SchemaMismatch("null is not allowed here", "aspect_ratio")
        else:
            e4 = _E_CreateFluxImageBodyAspectRatio.get(v3) if type(v3) is str else None
            if e4 is None:
                raise _no(
                    "one of '1:1', '21:9', '16:9', '3:2', '5:4', '4:5', '2:3', '9:16', '9:21', '4:3', '3:4'",
                    v3,
                    "aspect_ratio",
                )
            v3 = e4
            o1.aspect_ratio = v3
        v5 = data.get("guidance_scale", _MISS)
        if v5 is _MISS:
            o1.guidance_scale = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "guidance_scale")
        else:
            if not (type(v5) is float or _is_number(v5)):
                raise _no("a number", v5, "guidance_scale")
            o1.guidance_scale = v5
        v6 = data.get("num_inference_steps", _MISS)
        if v6 is _MISS:
            o1.num_inference_steps = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "num_inference_steps")
        else:
            if not (type(v6) is int or _is_int(v6)):
                raise _no("an integer", v6, "num_inference_steps")
            o1.num_inference_steps = v6
        v7 = data.get("seed", _MISS)
        if v7 is _MISS:
            o1.seed = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v7) is int or _is_int(v7)):
                raise _no("an integer", v7, "seed")
            o1.seed = v7
        o1._nulls = 0
        if len(data) != 1 + (v3 is not _MISS) + (v5 is not _MISS) + (
            v6 is not _MISS
        ) + (v7 is not _MISS):
            x8 = dict(data)
            del x8["prompt"]
            x8.pop("aspect_ratio", None)
            x8.pop("guidance_scale", None)
            x8.pop("num_inference_steps", None)
            x8.pop("seed", None)
            o1.additional_properties = x8
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateFluxImageBody"
        raise
    return o1


def _f_CreateFluxImageResponse200(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateFluxImageResponse200)
        try:
            v2 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "id")
        o1.id = v2
        try:
            v3 = data["base64"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "base64") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "base64")
        o1.base64 = v3
        try:
            v4 = data["finishReason"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "finishReason"
            ) from None
        if not (type(v4) is str or isinstance(v4, str)):
            raise _no("a string", v4, "finishReason")
        o1.finish_reason = v4
        try:
            v5 = data["seed"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "seed") from None
        if not (type(v5) is int or _is_int(v5)):
            raise _no("an integer", v5, "seed")
        o1.seed = v5
        o1._nulls = 0
        if len(data) != 4:
            x6 = dict(data)
            del x6["id"]
            del x6["base64"]
            del x6["finishReason"]
            del x6["seed"]
            o1.additional_properties = x6
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateFluxImageResponse200"
        raise
    return o1


def _f_CreateImageRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateImageRequest)
        n2 = 0
        try:
            v3 = data["text_prompts"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "text_prompts"
            ) from None
        try:
            if type(v3) is not list:
                raise _no("an array of an object (TextPrompt)", v3)
            a5 = []
            try:
                for i4 in v3:
                    if type(i4) is not dict:
                        i4 = _object(i4)
                    o6 = _new(_C_TextPrompt)
                    try:
                        v7 = i4["text"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "text"
                        ) from None
                    if not (type(v7) is str or isinstance(v7, str)):
                        raise _no("a string", v7, "text")
                    o6.text = v7
                    try:
                        v8 = i4["weight"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "weight"
                        ) from None
                    if not (type(v8) is float or _is_number(v8)):
                        raise _no("a number", v8, "weight")
                    o6.weight = v8
                    o6._nulls = 0
                    if len(i4) != 2:
                        x9 = dict(i4)
                        del x9["text"]
                        del x9["weight"]
                        o6.additional_properties = x9
                    else:
                        o6.additional_properties = {}
                    i4 = o6
                    a5.append(i4)
            except SchemaMismatch as err13:
                err13.within(len(a5))
                raise
            v3 = a5
        except SchemaMismatch as err14:
            err14.within("text_prompts")
            raise
        o1.text_prompts = v3
        v15 = data.get("height", _MISS)
        if v15 is _MISS:
            o1.height = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "height")
        else:
            if not (type(v15) is int or _is_int(v15)):
                raise _no("an integer", v15, "height")
            o1.height = v15
        v16 = data.get("width", _MISS)
        if v16 is _MISS:
            o1.width = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "width")
        else:
            if not (type(v16) is int or _is_int(v16)):
                raise _no("an integer", v16, "width")
            o1.width = v16
        v17 = data.get("cfg_scale", _MISS)
        if v17 is _MISS:
            o1.cfg_scale = None
        elif v17 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v17) is float or _is_number(v17)):
                raise _no("a number", v17, "cfg_scale")
            o1.cfg_scale = v17
        v18 = data.get("sampler", _MISS)
        if v18 is _MISS:
            o1.sampler = None
        elif v18 is None:
            raise SchemaMismatch("null is not allowed here", "sampler")
        else:
            e19 = _E_Sampler.get(v18) if type(v18) is str else None
            if e19 is None:
                raise _no("one of 'K_DPMPP_2M'", v18, "sampler")
            v18 = e19
            o1.sampler = v18
        v20 = data.get("samples", _MISS)
        if v20 is _MISS:
            o1.samples = None
        elif v20 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v20) is int or _is_int(v20)):
                raise _no("an integer", v20, "samples")
            o1.samples = v20
        v21 = data.get("seed", _MISS)
        if v21 is _MISS:
            o1.seed = None
        elif v21 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v21) is int or _is_int(v21)):
                raise _no("an integer", v21, "seed")
            o1.seed = v21
        v22 = data.get("steps", _MISS)
        if v22 is _MISS:
            o1.steps = None
        elif v22 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v22) is int or _is_int(v22)):
                raise _no("an integer", v22, "steps")
            o1.steps = v22
        v23 = data.get("safety_check", _MISS)
        if v23 is _MISS:
            o1.safety_check = None
        elif v23 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v23) is bool:
                raise _no("a boolean", v23, "safety_check")
            o1.safety_check = v23
        v24 = data.get("lora_adapter_name", _MISS)
        if v24 is _MISS:
            o1.lora_adapter_name = None
        elif v24 is None:
            n2 |= 512
            o1.lora_adapter_name = None
        else:
            try:
                if not ((type(v24) is str or isinstance(v24, str)) or v24 is None):
                    raise _no("a string or null", v24)
            except SchemaMismatch as err25:
                err25.within("lora_adapter_name")
                raise
            o1.lora_adapter_name = v24
        v26 = data.get("lora_weight_filename", _MISS)
        if v26 is _MISS:
            o1.lora_weight_filename = None
        elif v26 is None:
            n2 |= 1024
            o1.lora_weight_filename = None
        else:
            try:
                if not ((type(v26) is str or isinstance(v26, str)) or v26 is None):
                    raise _no("a string or null", v26)
            except SchemaMismatch as err27:
                err27.within("lora_weight_filename")
                raise
            o1.lora_weight_filename = v26
        o1._nulls = n2
        if len(data) != 1 + (v15 is not _MISS) + (v16 is not _MISS) + (
            v17 is not _MISS
        ) + (v18 is not _MISS) + (v20 is not _MISS) + (v21 is not _MISS) + (
            v22 is not _MISS
        ) + (v23 is not _MISS) + (v24 is not _MISS) + (v26 is not _MISS):
            x28 = dict(data)
            del x28["text_prompts"]
            x28.pop("height", None)
            x28.pop("width", None)
            x28.pop("cfg_scale", None)
            x28.pop("sampler", None)
            x28.pop("samples", None)
            x28.pop("seed", None)
            x28.pop("steps", None)
            x28.pop("safety_check", None)
            x28.pop("lora_adapter_name", None)
            x28.pop("lora_weight_filename", None)
            o1.additional_properties = x28
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateImageRequest"
        raise
    return o1


def _f_CreateImageToImageRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateImageToImageRequest)
        try:
            v2 = data["init_image"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "init_image") from None
        if not isinstance(v2, bytes):
            raise _no("bytes (a file)", v2, "init_image")
        v2 = _File(payload=_BytesIO(v2))
        o1.init_image = v2
        try:
            v3 = data["init_image_mode"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "init_image_mode"
            ) from None
        e4 = (
            _E_CreateImageToImageRequestInitImageMode.get(v3)
            if type(v3) is str
            else None
        )
        if e4 is None:
            raise _no("one of 'IMAGE_STRENGTH', 'STEP_SCHEDULE'", v3, "init_image_mode")
        v3 = e4
        o1.init_image_mode = v3
        v5 = data.get("prompt", _MISS)
        if v5 is _MISS:
            o1.prompt = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "prompt")
        else:
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "prompt")
            o1.prompt = v5
        v6 = data.get("negative_prompt", _MISS)
        if v6 is _MISS:
            o1.negative_prompt = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "negative_prompt")
        else:
            if not (type(v6) is str or isinstance(v6, str)):
                raise _no("a string", v6, "negative_prompt")
            o1.negative_prompt = v6
        v7 = data.get("cfg_scale", _MISS)
        if v7 is _MISS:
            o1.cfg_scale = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v7) is int or _is_int(v7)):
                raise _no("an integer", v7, "cfg_scale")
            o1.cfg_scale = v7
        v8 = data.get("clip_guidance_preset", _MISS)
        if v8 is _MISS:
            o1.clip_guidance_preset = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "clip_guidance_preset")
        else:
            if not (type(v8) is str or isinstance(v8, str)):
                raise _no("a string", v8, "clip_guidance_preset")
            o1.clip_guidance_preset = v8
        v9 = data.get("sampler", _MISS)
        if v9 is _MISS:
            o1.sampler = None
        elif v9 is None:
            raise SchemaMismatch("null is not allowed here", "sampler")
        else:
            e10 = _E_Sampler.get(v9) if type(v9) is str else None
            if e10 is None:
                raise _no("one of 'K_DPMPP_2M'", v9, "sampler")
            v9 = e10
            o1.sampler = v9
        v11 = data.get("samples", _MISS)
        if v11 is _MISS:
            o1.samples = None
        elif v11 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v11) is int or _is_int(v11)):
                raise _no("an integer", v11, "samples")
            o1.samples = v11
        v12 = data.get("seed", _MISS)
        if v12 is _MISS:
            o1.seed = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v12) is int or _is_int(v12)):
                raise _no("an integer", v12, "seed")
            o1.seed = v12
        v13 = data.get("steps", _MISS)
        if v13 is _MISS:
            o1.steps = None
        elif v13 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v13) is int or _is_int(v13)):
                raise _no("an integer", v13, "steps")
            o1.steps = v13
        v14 = data.get("safety_check", _MISS)
        if v14 is _MISS:
            o1.safety_check = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v14) is bool:
                raise _no("a boolean", v14, "safety_check")
            o1.safety_check = v14
        v15 = data.get("lora_adapter_name", _MISS)
        if v15 is _MISS:
            o1.lora_adapter_name = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
        else:
            if not (type(v15) is str or isinstance(v15, str)):
                raise _no("a string", v15, "lora_adapter_name")
            o1.lora_adapter_name = v15
        v16 = data.get("lora_weight_filename", _MISS)
        if v16 is _MISS:
            o1.lora_weight_filename = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "lora_weight_filename")
        else:
            if not (type(v16) is str or isinstance(v16, str)):
                raise _no("a string", v16, "lora_weight_filename")
            o1.lora_weight_filename = v16
        v17 = data.get("image_strength", _MISS)
        if v17 is _MISS:
            o1.image_strength = None
        elif v17 is None:
            raise SchemaMismatch("null is not allowed here", "image_strength")
        else:
            if not (type(v17) is float or _is_number(v17)):
                raise _no("a number", v17, "image_strength")
            o1.image_strength = v17
        v18 = data.get("step_schedule_start", _MISS)
        if v18 is _MISS:
            o1.step_schedule_start = None
        elif v18 is None:
            raise SchemaMismatch("null is not allowed here", "step_schedule_start")
        else:
            if not (type(v18) is float or _is_number(v18)):
                raise _no("a number", v18, "step_schedule_start")
            o1.step_schedule_start = v18
        v19 = data.get("step_schedule_end", _MISS)
        if v19 is _MISS:
            o1.step_schedule_end = None
        elif v19 is None:
            raise SchemaMismatch("null is not allowed here", "step_schedule_end")
        else:
            if not (type(v19) is float or _is_number(v19)):
                raise _no("a number", v19, "step_schedule_end")
            o1.step_schedule_end = v19
        o1._nulls = 0
        if len(data) != 2 + (v5 is not _MISS) + (v6 is not _MISS) + (
            v7 is not _MISS
        ) + (v8 is not _MISS) + (v9 is not _MISS) + (v11 is not _MISS) + (
            v12 is not _MISS
        ) + (v13 is not _MISS) + (v14 is not _MISS) + (v15 is not _MISS) + (
            v16 is not _MISS
        ) + (v17 is not _MISS) + (v18 is not _MISS) + (v19 is not _MISS):
            x20 = dict(data)
            del x20["init_image"]
            del x20["init_image_mode"]
            x20.pop("prompt", None)
            x20.pop("negative_prompt", None)
            x20.pop("cfg_scale", None)
            x20.pop("clip_guidance_preset", None)
            x20.pop("sampler", None)
            x20.pop("samples", None)
            x20.pop("seed", None)
            x20.pop("steps", None)
            x20.pop("safety_check", None)
            x20.pop("lora_adapter_name", None)
            x20.pop("lora_weight_filename", None)
            x20.pop("image_strength", None)
            x20.pop("step_schedule_start", None)
            x20.pop("step_schedule_end", None)
            o1.additional_properties = x20
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateImageToImageRequest"
        raise
    return o1


def _f_CreateKontextRequestBody(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateKontextRequestBody)
        n2 = 0
        try:
            v3 = data["prompt"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "prompt") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "prompt")
        o1.prompt = v3
        v4 = data.get("input_image", _MISS)
        if v4 is _MISS:
            o1.input_image = None
        elif v4 is None:
            n2 |= 2
            o1.input_image = None
        else:
            try:
                if not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no("a string or null", v4)
            except SchemaMismatch as err5:
                err5.within("input_image")
                raise
            o1.input_image = v4
        v6 = data.get("seed", _MISS)
        if v6 is _MISS:
            o1.seed = None
        elif v6 is None:
            n2 |= 4
            o1.seed = None
        else:
            try:
                if not ((type(v6) is int or _is_int(v6)) or v6 is None):
                    raise _no("an integer or null", v6)
            except SchemaMismatch as err7:
                err7.within("seed")
                raise
            o1.seed = v6
        v8 = data.get("aspect_ratio", _MISS)
        if v8 is _MISS:
            o1.aspect_ratio = None
        elif v8 is None:
            n2 |= 8
            o1.aspect_ratio = None
        else:
            try:
                if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                    raise _no("a string or null", v8)
            except SchemaMismatch as err9:
                err9.within("aspect_ratio")
                raise
            o1.aspect_ratio = v8
        v10 = data.get("output_format", _MISS)
        if v10 is _MISS:
            o1.output_format = None
        elif v10 is None:
            raise SchemaMismatch("null is not allowed here", "output_format")
        else:
            e11 = (
                _E_CreateKontextRequestBodyOutputFormat.get(v10)
                if type(v10) is str
                else None
            )
            if e11 is None:
                raise _no("one of 'jpeg', 'png'", v10, "output_format")
            v10 = e11
            o1.output_format = v10
        v12 = data.get("webhook_url", _MISS)
        if v12 is _MISS:
            o1.webhook_url = None
        elif v12 is None:
            n2 |= 32
            o1.webhook_url = None
        else:
            try:
                if not ((type(v12) is str or isinstance(v12, str)) or v12 is None):
                    raise _no("a string or null", v12)
            except SchemaMismatch as err13:
                err13.within("webhook_url")
                raise
            o1.webhook_url = v12
        v14 = data.get("webhook_secret", _MISS)
        if v14 is _MISS:
            o1.webhook_secret = None
        elif v14 is None:
            n2 |= 64
            o1.webhook_secret = None
        else:
            try:
                if not ((type(v14) is str or isinstance(v14, str)) or v14 is None):
                    raise _no("a string or null", v14)
            except SchemaMismatch as err15:
                err15.within("webhook_secret")
                raise
            o1.webhook_secret = v14
        v16 = data.get("prompt_upsampling", _MISS)
        if v16 is _MISS:
            o1.prompt_upsampling = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "prompt_upsampling")
        else:
            if not type(v16) is bool:
                raise _no("a boolean", v16, "prompt_upsampling")
            o1.prompt_upsampling = v16
        v17 = data.get("safety_tolerance", _MISS)
        if v17 is _MISS:
            o1.safety_tolerance = None
        elif v17 is None:
            raise SchemaMismatch("null is not allowed here", "safety_tolerance")
        else:
            if not (type(v17) is int or _is_int(v17)):
                raise _no("an integer", v17, "safety_tolerance")
            o1.safety_tolerance = v17
        o1._nulls = n2
        if len(data) != 1 + (v4 is not _MISS) + (v6 is not _MISS) + (
            v8 is not _MISS
        ) + (v10 is not _MISS) + (v12 is not _MISS) + (v14 is not _MISS) + (
            v16 is not _MISS
        ) + (v17 is not _MISS):
            x18 = dict(data)
            del x18["prompt"]
            x18.pop("input_image", None)
            x18.pop("seed", None)
            x18.pop("aspect_ratio", None)
            x18.pop("output_format", None)
            x18.pop("webhook_url", None)
            x18.pop("webhook_secret", None)
            x18.pop("prompt_upsampling", None)
            x18.pop("safety_tolerance", None)
            o1.additional_properties = x18
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateKontextRequestBody"
        raise
    return o1


def _f_CreateKontextRequestResponse200(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateKontextRequestResponse200)
        v2 = data.get("request_id", _MISS)
        if v2 is _MISS:
            o1.request_id = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "request_id")
        else:
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "request_id")
            o1.request_id = v2
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS):
            x3 = dict(data)
            x3.pop("request_id", None)
            o1.additional_properties = x3
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateKontextRequestResponse200"
        raise
    return o1


def _f_CreateKontextRequestResponse400(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateKontextRequestResponse400)
        v2 = data.get("error_message", _MISS)
        if v2 is _MISS:
            o1.error_message = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "error_message")
        else:
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "error_message")
            o1.error_message = v2
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS):
            x3 = dict(data)
            x3.pop("error_message", None)
            o1.additional_properties = x3
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateKontextRequestResponse400"
        raise
    return o1


def _f_CreateRerankRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateRerankRequest)
        n2 = 0
        try:
            v3 = data["query"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "query") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "query")
        o1.query = v3
        try:
            v4 = data["documents"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "documents") from None
        try:
            if type(v4) is not list:
                raise _no("an array of a string", v4)
            for i5 in v4:
                if not (type(i5) is str or isinstance(i5, str)):
                    raise _no("a string", i5, _index(v4, i5))
        except SchemaMismatch as err7:
            err7.within("documents")
            raise
        o1.documents = v4
        v8 = data.get("model", _MISS)
        if v8 is _MISS:
            o1.model = None
        elif v8 is None:
            n2 |= 4
            o1.model = None
        else:
            try:
                if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                    raise _no("a string or null", v8)
            except SchemaMismatch as err9:
                err9.within("model")
                raise
            o1.model = v8
        v10 = data.get("top_n", _MISS)
        if v10 is _MISS:
            o1.top_n = None
        elif v10 is None:
            n2 |= 8
            o1.top_n = None
        else:
            try:
                if not ((type(v10) is int or _is_int(v10)) or v10 is None):
                    raise _no("an integer or null", v10)
            except SchemaMismatch as err11:
                err11.within("top_n")
                raise
            o1.top_n = v10
        v12 = data.get("return_documents", _MISS)
        if v12 is _MISS:
            o1.return_documents = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "return_documents")
        else:
            if not type(v12) is bool:
                raise _no("a boolean", v12, "return_documents")
            o1.return_documents = v12
        v13 = data.get("task", _MISS)
        if v13 is _MISS:
            o1.task = None
        elif v13 is None:
            n2 |= 32
            o1.task = None
        else:
            try:
                if not ((type(v13) is str or isinstance(v13, str)) or v13 is None):
                    raise _no("a string or null", v13)
            except SchemaMismatch as err14:
                err14.within("task")
                raise
            o1.task = v13
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "CreateRerankRequest"
        raise
    return o1


def _f_CreateRerankResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateRerankResponse)
        try:
            v2 = data["object"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "object") from None
        e3 = _E_CreateRerankResponseObject.get(v2) if type(v2) is str else None
        if e3 is None:
            raise _no("one of 'list'", v2, "object")
        v2 = e3
        o1.object_ = v2
        try:
            v4 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v4) is str or isinstance(v4, str)):
            raise _no("a string", v4, "model")
        o1.model = v4
        try:
            v5 = data["data"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "data") from None
        try:
            if type(v5) is not list:
                raise _no("an array of an object (RerankResult)", v5)
            a7 = []
            try:
                for i6 in v5:
                    if type(i6) is not dict:
                        i6 = _object(i6)
                    o8 = _new(_C_RerankResult)
                    n9 = 0
                    try:
                        v10 = i6["index"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "index"
                        ) from None
                    if not (type(v10) is int or _is_int(v10)):
                        raise _no("an integer", v10, "index")
                    o8.index = v10
                    try:
                        v11 = i6["relevance_score"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "relevance_score"
                        ) from None
                    if not (type(v11) is float or _is_number(v11)):
                        raise _no("a number", v11, "relevance_score")
                    o8.relevance_score = v11
                    v12 = i6.get("document", _MISS)
                    if v12 is _MISS:
                        o8.document = None
                    elif v12 is None:
                        n9 |= 4
                        o8.document = None
                    else:
                        try:
                            if not (
                                (type(v12) is str or isinstance(v12, str))
                                or v12 is None
                            ):
                                raise _no("a string or null", v12)
                        except SchemaMismatch as err13:
                            err13.within("document")
                            raise
                        o8.document = v12
                    o8._nulls = n9
                    if len(i6) != 2 + (v12 is not _MISS):
                        x14 = dict(i6)
                        del x14["index"]
                        del x14["relevance_score"]
                        x14.pop("document", None)
                        o8.additional_properties = x14
                    else:
                        o8.additional_properties = {}
                    i6 = o8
                    a7.append(i6)
            except SchemaMismatch as err18:
                err18.within(len(a7))
                raise
            v5 = a7
        except SchemaMismatch as err19:
            err19.within("data")
            raise
        o1.data = v5
        try:
            v20 = data["usage"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "usage") from None
        try:
            if type(v20) is not dict:
                v20 = _object(v20)
            o21 = _new(_C_CreateRerankResponseUsage)
            try:
                v22 = v20["prompt_tokens"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "prompt_tokens"
                ) from None
            if not (type(v22) is int or _is_int(v22)):
                raise _no("an integer", v22, "prompt_tokens")
            o21.prompt_tokens = v22
            try:
                v23 = v20["total_tokens"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "total_tokens"
                ) from None
            if not (type(v23) is int or _is_int(v23)):
                raise _no("an integer", v23, "total_tokens")
            o21.total_tokens = v23
            o21._nulls = 0
            if len(v20) != 2:
                x24 = dict(v20)
                del x24["prompt_tokens"]
                del x24["total_tokens"]
                o21.additional_properties = x24
            else:
                o21.additional_properties = {}
            v20 = o21
        except SchemaMismatch as err28:
            err28.within("usage")
            raise
        o1.usage = v20
        o1._nulls = 0
        if len(data) != 4:
            x29 = dict(data)
            del x29["object"]
            del x29["model"]
            del x29["data"]
            del x29["usage"]
            o1.additional_properties = x29
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateRerankResponse"
        raise
    return o1


def _f_CreateRerankResponseUsage(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateRerankResponseUsage)
        try:
            v2 = data["prompt_tokens"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "prompt_tokens"
            ) from None
        if not (type(v2) is int or _is_int(v2)):
            raise _no("an integer", v2, "prompt_tokens")
        o1.prompt_tokens = v2
        try:
            v3 = data["total_tokens"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "total_tokens"
            ) from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "total_tokens")
        o1.total_tokens = v3
        o1._nulls = 0
        if len(data) != 2:
            x4 = dict(data)
            del x4["prompt_tokens"]
            del x4["total_tokens"]
            o1.additional_properties = x4
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateRerankResponseUsage"
        raise
    return o1


def _f_CreateResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponse)
        n2 = 0
        try:
            v3 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "model")
        o1.model = v3
        try:
            v4 = data["input"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "input") from None
        try:
            if type(v4) is list and (r5 := _attempt(_h41, v4)) is not _MISS:
                v4 = r5
            elif not (type(v4) is str or isinstance(v4, str)):
                raise _no(
                    "a string or an array of an object (CreateResponseInputType1Item)",
                    v4,
                )
        except SchemaMismatch as err6:
            err6.within("input")
            raise
        o1.input_ = v4
        v7 = data.get("previous_response_id", _MISS)
        if v7 is _MISS:
            o1.previous_response_id = None
        elif v7 is None:
            n2 |= 4
            o1.previous_response_id = None
        else:
            try:
                if not ((type(v7) is str or isinstance(v7, str)) or v7 is None):
                    raise _no("a string or null", v7)
            except SchemaMismatch as err8:
                err8.within("previous_response_id")
                raise
            o1.previous_response_id = v7
        v9 = data.get("instructions", _MISS)
        if v9 is _MISS:
            o1.instructions = None
        elif v9 is None:
            n2 |= 8
            o1.instructions = None
        else:
            try:
                if not ((type(v9) is str or isinstance(v9, str)) or v9 is None):
                    raise _no("a string or null", v9)
            except SchemaMismatch as err10:
                err10.within("instructions")
                raise
            o1.instructions = v9
        v11 = data.get("max_output_tokens", _MISS)
        if v11 is _MISS:
            o1.max_output_tokens = None
        elif v11 is None:
            n2 |= 16
            o1.max_output_tokens = None
        else:
            try:
                if not ((type(v11) is int or _is_int(v11)) or v11 is None):
                    raise _no("an integer or null", v11)
            except SchemaMismatch as err12:
                err12.within("max_output_tokens")
                raise
            o1.max_output_tokens = v11
        v13 = data.get("max_tool_calls", _MISS)
        if v13 is _MISS:
            o1.max_tool_calls = None
        elif v13 is None:
            n2 |= 32
            o1.max_tool_calls = None
        else:
            try:
                if not ((type(v13) is int or _is_int(v13)) or v13 is None):
                    raise _no("an integer or null", v13)
            except SchemaMismatch as err14:
                err14.within("max_tool_calls")
                raise
            o1.max_tool_calls = v13
        v15 = data.get("metadata", _MISS)
        if v15 is _MISS:
            o1.metadata = None
        elif v15 is None:
            n2 |= 64
            o1.metadata = None
        else:
            try:
                if (type(v15) is dict or isinstance(v15, _Mapping)) and (
                    r16 := _attempt(_f_CreateResponseMetadataType0, v15)
                ) is not _MISS:
                    v15 = r16
                elif not (v15 is None):
                    raise _no("an object (CreateResponseMetadataType0) or null", v15)
            except SchemaMismatch as err17:
                err17.within("metadata")
                raise
            o1.metadata = v15
        v18 = data.get("parallel_tool_calls", _MISS)
        if v18 is _MISS:
            o1.parallel_tool_calls = None
        elif v18 is None:
            n2 |= 128
            o1.parallel_tool_calls = None
        else:
            try:
                if not (type(v18) is bool or v18 is None):
                    raise _no("a boolean or null", v18)
            except SchemaMismatch as err19:
                err19.within("parallel_tool_calls")
                raise
            o1.parallel_tool_calls = v18
        v20 = data.get("reasoning", _MISS)
        if v20 is _MISS:
            o1.reasoning = None
        elif v20 is None:
            n2 |= 256
            o1.reasoning = None
        else:
            try:
                if (type(v20) is dict or isinstance(v20, _Mapping)) and (
                    r21 := _attempt(_f_CreateResponseReasoningType0, v20)
                ) is not _MISS:
                    v20 = r21
                elif not (v20 is None):
                    raise _no("an object (CreateResponseReasoningType0) or null", v20)
            except SchemaMismatch as err22:
                err22.within("reasoning")
                raise
            o1.reasoning = v20
        v23 = data.get("store", _MISS)
        if v23 is _MISS:
            o1.store = None
        elif v23 is None:
            n2 |= 512
            o1.store = None
        else:
            try:
                if not (type(v23) is bool or v23 is None):
                    raise _no("a boolean or null", v23)
            except SchemaMismatch as err24:
                err24.within("store")
                raise
            o1.store = v23
        v25 = data.get("stream", _MISS)
        if v25 is _MISS:
            o1.stream = None
        elif v25 is None:
            n2 |= 1024
            o1.stream = None
        else:
            try:
                if not (type(v25) is bool or v25 is None):
                    raise _no("a boolean or null", v25)
            except SchemaMismatch as err26:
                err26.within("stream")
                raise
            o1.stream = v25
        v27 = data.get("temperature", _MISS)
        if v27 is _MISS:
            o1.temperature = None
        elif v27 is None:
            n2 |= 2048
            o1.temperature = None
        else:
            try:
                if not ((type(v27) is float or _is_number(v27)) or v27 is None):
                    raise _no("a number or null", v27)
            except SchemaMismatch as err28:
                err28.within("temperature")
                raise
            o1.temperature = v27
        v29 = data.get("text", _MISS)
        if v29 is _MISS:
            o1.text = None
        elif v29 is None:
            n2 |= 4096
            o1.text = None
        else:
            try:
                if (type(v29) is dict or isinstance(v29, _Mapping)) and (
                    r30 := _attempt(_f_CreateResponseTextType0, v29)
                ) is not _MISS:
                    v29 = r30
                elif not (v29 is None):
                    raise _no("an object (CreateResponseTextType0) or null", v29)
            except SchemaMismatch as err31:
                err31.within("text")
                raise
            o1.text = v29
        v32 = data.get("tool_choice", _MISS)
        if v32 is _MISS:
            o1.tool_choice = None
        elif v32 is None:
            n2 |= 8192
            o1.tool_choice = None
        else:
            try:
                if (type(v32) is dict or isinstance(v32, _Mapping)) and (
                    r33 := _attempt(_f_CreateResponseToolChoiceType1, v32)
                ) is not _MISS:
                    v32 = r33
                elif not ((type(v32) is str or isinstance(v32, str)) or v32 is None):
                    raise _no(
                        "a string or an object (CreateResponseToolChoiceType1) or null",
                        v32,
                    )
            except SchemaMismatch as err34:
                err34.within("tool_choice")
                raise
            o1.tool_choice = v32
        v35 = data.get("tools", _MISS)
        if v35 is _MISS:
            o1.tools = None
        elif v35 is None:
            n2 |= 16384
            o1.tools = None
        else:
            try:
                if type(v35) is list and (r36 := _attempt(_h42, v35)) is not _MISS:
                    v35 = r36
                elif not (v35 is None):
                    raise _no(
                        "an array of an object (CreateResponseToolsType0Item) or null",
                        v35,
                    )
            except SchemaMismatch as err37:
                err37.within("tools")
                raise
            o1.tools = v35
        v38 = data.get("top_p", _MISS)
        if v38 is _MISS:
            o1.top_p = None
        elif v38 is None:
            n2 |= 32768
            o1.top_p = None
        else:
            try:
                if not ((type(v38) is float or _is_number(v38)) or v38 is None):
                    raise _no("a number or null", v38)
            except SchemaMismatch as err39:
                err39.within("top_p")
                raise
            o1.top_p = v38
        v40 = data.get("truncation", _MISS)
        if v40 is _MISS:
            o1.truncation = None
        elif v40 is None:
            n2 |= 65536
            o1.truncation = None
        else:
            try:
                if not ((type(v40) is str or isinstance(v40, str)) or v40 is None):
                    raise _no("a string or null", v40)
            except SchemaMismatch as err41:
                err41.within("truncation")
                raise
            o1.truncation = v40
        v42 = data.get("user", _MISS)
        if v42 is _MISS:
            o1.user = None
        elif v42 is None:
            n2 |= 131072
            o1.user = None
        else:
            try:
                if not ((type(v42) is str or isinstance(v42, str)) or v42 is None):
                    raise _no("a string or null", v42)
            except SchemaMismatch as err43:
                err43.within("user")
                raise
            o1.user = v42
        o1._nulls = n2
        if len(data) != 2 + (v7 is not _MISS) + (v9 is not _MISS) + (
            v11 is not _MISS
        ) + (v13 is not _MISS) + (v15 is not _MISS) + (v18 is not _MISS) + (
            v20 is not _MISS
        ) + (v23 is not _MISS) + (v25 is not _MISS) + (v27 is not _MISS) + (
            v29 is not _MISS
        ) + (v32 is not _MISS) + (v35 is not _MISS) + (v38 is not _MISS) + (
            v40 is not _MISS
        ) + (v42 is not _MISS):
            x44 = dict(data)
            del x44["model"]
            del x44["input"]
            x44.pop("previous_response_id", None)
            x44.pop("instructions", None)
            x44.pop("max_output_tokens", None)
            x44.pop("max_tool_calls", None)
            x44.pop("metadata", None)
            x44.pop("parallel_tool_calls", None)
            x44.pop("reasoning", None)
            x44.pop("store", None)
            x44.pop("stream", None)
            x44.pop("temperature", None)
            x44.pop("text", None)
            x44.pop("tool_choice", None)
            x44.pop("tools", None)
            x44.pop("top_p", None)
            x44.pop("truncation", None)
            x44.pop("user", None)
            o1.additional_properties = x44
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponse"
        raise
    return o1


def _f_CreateResponseInputType1Item(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponseInputType1Item)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponseInputType1Item"
        raise
    return o1


def _f_CreateResponseMetadataType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponseMetadataType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponseMetadataType0"
        raise
    return o1


def _f_CreateResponseReasoningType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponseReasoningType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponseReasoningType0"
        raise
    return o1


def _f_CreateResponseTextType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponseTextType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponseTextType0"
        raise
    return o1


def _f_CreateResponseToolChoiceType1(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponseToolChoiceType1)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponseToolChoiceType1"
        raise
    return o1


def _f_CreateResponseToolsType0Item(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_CreateResponseToolsType0Item)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "CreateResponseToolsType0Item"
        raise
    return o1


def _f_DeleteResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_DeleteResponse)
        try:
            v2 = data["message"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "message") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "message")
        o1.message = v2
        o1._nulls = 0
        if len(data) != 1:
            x3 = dict(data)
            del x3["message"]
            o1.additional_properties = x3
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "DeleteResponse"
        raise
    return o1


def _f_DeltaMessage(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_DeltaMessage)
        n2 = 0
        v3 = data.get("role", _MISS)
        if v3 is _MISS:
            o1.role = None
        elif v3 is None:
            n2 |= 1
            o1.role = None
        else:
            try:
                if not ((type(v3) is str or isinstance(v3, str)) or v3 is None):
                    raise _no("a string or null", v3)
            except SchemaMismatch as err4:
                err4.within("role")
                raise
            o1.role = v3
        v5 = data.get("content", _MISS)
        if v5 is _MISS:
            o1.content = None
        elif v5 is None:
            n2 |= 2
            o1.content = None
        else:
            try:
                if not ((type(v5) is str or isinstance(v5, str)) or v5 is None):
                    raise _no("a string or null", v5)
            except SchemaMismatch as err6:
                err6.within("content")
                raise
            o1.content = v5
        v7 = data.get("reasoning_content", _MISS)
        if v7 is _MISS:
            o1.reasoning_content = None
        elif v7 is None:
            n2 |= 4
            o1.reasoning_content = None
        else:
            try:
                if not ((type(v7) is str or isinstance(v7, str)) or v7 is None):
                    raise _no("a string or null", v7)
            except SchemaMismatch as err8:
                err8.within("reasoning_content")
                raise
            o1.reasoning_content = v7
        v9 = data.get("tool_calls", _MISS)
        if v9 is _MISS:
            o1.tool_calls = None
        elif v9 is None:
            n2 |= 8
            o1.tool_calls = None
        else:
            try:
                if type(v9) is list and (r10 := _attempt(_h43, v9)) is not _MISS:
                    v9 = r10
                elif not (v9 is None):
                    raise _no(
                        "an array of an object (ChatCompletionMessageToolCall) or null",
                        v9,
                    )
            except SchemaMismatch as err11:
                err11.within("tool_calls")
                raise
            o1.tool_calls = v9
        o1._nulls = n2
        if len(data) != 0 + (v3 is not _MISS) + (v5 is not _MISS) + (
            v7 is not _MISS
        ) + (v9 is not _MISS):
            x12 = dict(data)
            x12.pop("role", None)
            x12.pop("content", None)
            x12.pop("reasoning_content", None)
            x12.pop("tool_calls", None)
            o1.additional_properties = x12
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "DeltaMessage"
        raise
    return o1


def _f_Embedding(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_Embedding)
        try:
            v2 = data["index"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "index") from None
        if not (type(v2) is int or _is_int(v2)):
            raise _no("an integer", v2, "index")
        o1.index = v2
        try:
            v3 = data["embedding"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "embedding") from None
        try:
            if type(v3) is list and (r4 := _attempt(_h44, v3)) is not _MISS:
                v3 = r4
            elif not (type(v3) is str or isinstance(v3, str)):
                raise _no("an array of a number or a string", v3)
        except SchemaMismatch as err5:
            err5.within("embedding")
            raise
        o1.embedding = v3
        try:
            v6 = data["object"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "object") from None
        e7 = _E_EmbeddingObject.get(v6) if type(v6) is str else None
        if e7 is None:
            raise _no("one of 'embedding'", v6, "object")
        v6 = e7
        o1.object_ = v6
        o1._nulls = 0
        if len(data) != 3:
            x8 = dict(data)
            del x8["index"]
            del x8["embedding"]
            del x8["object"]
            o1.additional_properties = x8
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "Embedding"
        raise
    return o1


def _f_Error(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_Error)
        try:
            v2 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "type")
        o1.type_ = v2
        try:
            v3 = data["message"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "message") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "message")
        o1.message = v3
        try:
            v4 = data["param"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "param") from None
        if v4 is not None:
            try:
                if not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no("a string or null", v4)
            except SchemaMismatch as err5:
                err5.within("param")
                raise
        o1.param = v4
        try:
            v6 = data["code"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "code") from None
        if v6 is not None:
            try:
                if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                    raise _no("a string or null", v6)
            except SchemaMismatch as err7:
                err7.within("code")
                raise
        o1.code = v6
        o1._nulls = 0
        if len(data) != 4:
            x8 = dict(data)
            del x8["type"]
            del x8["message"]
            del x8["param"]
            del x8["code"]
            o1.additional_properties = x8
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "Error"
        raise
    return o1


def _f_ErrorResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ErrorResponse)
        try:
            v2 = data["error"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "error") from None
        try:
            if type(v2) is not dict:
                v2 = _object(v2)
            o3 = _new(_C_Error)
            try:
                v4 = v2["type"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "type") from None
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "type")
            o3.type_ = v4
            try:
                v5 = v2["message"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "message") from None
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "message")
            o3.message = v5
            try:
                v6 = v2["param"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "param") from None
            if v6 is not None:
                try:
                    if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("param")
                    raise
            o3.param = v6
            try:
                v8 = v2["code"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "code") from None
            if v8 is not None:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("code")
                    raise
            o3.code = v8
            o3._nulls = 0
            if len(v2) != 4:
                x10 = dict(v2)
                del x10["type"]
                del x10["message"]
                del x10["param"]
                del x10["code"]
                o3.additional_properties = x10
            else:
                o3.additional_properties = {}
            v2 = o3
        except SchemaMismatch as err14:
            err14.within("error")
            raise
        o1.error = v2
        o1._nulls = 0
        if len(data) != 1:
            x15 = dict(data)
            del x15["error"]
            o1.additional_properties = x15
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ErrorResponse"
        raise
    return o1


def _f_FunctionNameSpec(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_FunctionNameSpec)
        try:
            v2 = data["name"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "name") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "name")
        o1.name = v2
        o1._nulls = 0
    except SchemaMismatch as error:
        error.model = "FunctionNameSpec"
        raise
    return o1


def _f_FunctionSelection(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_FunctionSelection)
        n2 = 0
        try:
            v3 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if v3 != "function" or type(v3) is not type("function"):
            raise _no("'function'", v3, "type")
        o1.type_ = v3
        v4 = data.get("function", _MISS)
        if v4 is _MISS:
            o1.function = None
        elif v4 is None:
            n2 |= 2
            o1.function = None
        else:
            try:
                if (type(v4) is dict or isinstance(v4, _Mapping)) and (
                    r5 := _attempt(_f_FunctionNameSpec, v4)
                ) is not _MISS:
                    v4 = r5
                elif not (v4 is None):
                    raise _no("an object (FunctionNameSpec) or null", v4)
            except SchemaMismatch as err6:
                err6.within("function")
                raise
            o1.function = v4
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "FunctionSelection"
        raise
    return o1


def _f_GetKontextResultBody(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_GetKontextResultBody)
        try:
            v2 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "id")
        o1.id = v2
        o1._nulls = 0
        if len(data) != 1:
            x3 = dict(data)
            del x3["id"]
            o1.additional_properties = x3
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "GetKontextResultBody"
        raise
    return o1


def _f_GetKontextResultResponse200(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_GetKontextResultResponse200)
        n2 = 0
        try:
            v3 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "id")
        o1.id = v3
        try:
            v4 = data["status"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "status") from None
        e5 = _E_GetKontextResultResponse200Status.get(v4) if type(v4) is str else None
        if e5 is None:
            raise _no(
                "one of 'Task not found', 'Pending', 'Request Moderated', 'Content Moderated', 'Ready', 'Error'",
                v4,
                "status",
            )
        v4 = e5
        o1.status = v4
        v6 = data.get("result", _MISS)
        if v6 is _MISS:
            o1.result = None
        elif v6 is None:
            n2 |= 4
            o1.result = None
        else:
            o1.result = v6
        v7 = data.get("progress", _MISS)
        if v7 is _MISS:
            o1.progress = None
        elif v7 is None:
            n2 |= 8
            o1.progress = None
        else:
            try:
                if not ((type(v7) is float or _is_number(v7)) or v7 is None):
                    raise _no("a number or null", v7)
            except SchemaMismatch as err8:
                err8.within("progress")
                raise
            o1.progress = v7
        v9 = data.get("details", _MISS)
        if v9 is _MISS:
            o1.details = None
        elif v9 is None:
            n2 |= 16
            o1.details = None
        else:
            try:
                if (type(v9) is dict or isinstance(v9, _Mapping)) and (
                    r10 := _attempt(_f_GetKontextResultResponse200DetailsType0, v9)
                ) is not _MISS:
                    v9 = r10
                elif not (v9 is None):
                    raise _no(
                        "an object (GetKontextResultResponse200DetailsType0) or null",
                        v9,
                    )
            except SchemaMismatch as err11:
                err11.within("details")
                raise
            o1.details = v9
        o1._nulls = n2
        if len(data) != 2 + (v6 is not _MISS) + (v7 is not _MISS) + (v9 is not _MISS):
            x12 = dict(data)
            del x12["id"]
            del x12["status"]
            x12.pop("result", None)
            x12.pop("progress", None)
            x12.pop("details", None)
            o1.additional_properties = x12
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "GetKontextResultResponse200"
        raise
    return o1


def _f_GetKontextResultResponse200DetailsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_GetKontextResultResponse200DetailsType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "GetKontextResultResponse200DetailsType0"
        raise
    return o1


def _f_HTTPValidationError(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_HTTPValidationError)
        v2 = data.get("detail", _MISS)
        if v2 is _MISS:
            o1.detail = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "detail")
        else:
            try:
                if type(v2) is not list:
                    raise _no("an array of an object (ValidationError)", v2)
                a4 = []
                try:
                    for i3 in v2:
                        if type(i3) is not dict:
                            i3 = _object(i3)
                        o5 = _new(_C_ValidationError)
                        try:
                            v6 = i3["loc"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "loc"
                            ) from None
                        try:
                            if type(v6) is not list:
                                raise _no("an array of a string or an integer", v6)
                            for i7 in v6:
                                try:
                                    if not (
                                        (type(i7) is str or isinstance(i7, str))
                                        or (type(i7) is int or _is_int(i7))
                                    ):
                                        raise _no("a string or an integer", i7)
                                except SchemaMismatch as err9:
                                    err9.within(_index(v6, i7))
                                    raise
                        except SchemaMismatch as err10:
                            err10.within("loc")
                            raise
                        o5.loc = v6
                        try:
                            v11 = i3["msg"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "msg"
                            ) from None
                        if not (type(v11) is str or isinstance(v11, str)):
                            raise _no("a string", v11, "msg")
                        o5.msg = v11
                        try:
                            v12 = i3["type"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "type"
                            ) from None
                        if not (type(v12) is str or isinstance(v12, str)):
                            raise _no("a string", v12, "type")
                        o5.type_ = v12
                        o5._nulls = 0
                        if len(i3) != 3:
                            x13 = dict(i3)
                            del x13["loc"]
                            del x13["msg"]
                            del x13["type"]
                            o5.additional_properties = x13
                        else:
                            o5.additional_properties = {}
                        i3 = o5
                        a4.append(i3)
                except SchemaMismatch as err17:
                    err17.within(len(a4))
                    raise
                v2 = a4
            except SchemaMismatch as err18:
                err18.within("detail")
                raise
            o1.detail = v2
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS):
            x19 = dict(data)
            x19.pop("detail", None)
            o1.additional_properties = x19
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "HTTPValidationError"
        raise
    return o1


def _f_ImageArtifact(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ImageArtifact)
        try:
            v2 = data["base64"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "base64") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "base64")
        o1.base64 = v2
        try:
            v3 = data["finishReason"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "finishReason"
            ) from None
        e4 = _E_ImageArtifactFinishReason.get(v3) if type(v3) is str else None
        if e4 is None:
            raise _no(
                "one of 'CONTENT_FILTERED', 'ERROR', 'SUCCESS'", v3, "finishReason"
            )
        v3 = e4
        o1.finish_reason = v3
        try:
            v5 = data["seed"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "seed") from None
        if not (type(v5) is int or _is_int(v5)):
            raise _no("an integer", v5, "seed")
        o1.seed = v5
        o1._nulls = 0
        if len(data) != 3:
            x6 = dict(data)
            del x6["base64"]
            del x6["finishReason"]
            del x6["seed"]
            o1.additional_properties = x6
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ImageArtifact"
        raise
    return o1


def _f_ImageStrengthRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ImageStrengthRequest)
        try:
            v2 = data["image_strength"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "image_strength"
            ) from None
        if not (type(v2) is float or _is_number(v2)):
            raise _no("a number", v2, "image_strength")
        o1.image_strength = v2
        v3 = data.get("prompt", _MISS)
        if v3 is _MISS:
            o1.prompt = None
        elif v3 is None:
            raise SchemaMismatch("null is not allowed here", "prompt")
        else:
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "prompt")
            o1.prompt = v3
        v4 = data.get("negative_prompt", _MISS)
        if v4 is _MISS:
            o1.negative_prompt = None
        elif v4 is None:
            raise SchemaMismatch("null is not allowed here", "negative_prompt")
        else:
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "negative_prompt")
            o1.negative_prompt = v4
        v5 = data.get("init_image", _MISS)
        if v5 is _MISS:
            o1.init_image = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "init_image")
        else:
            if not isinstance(v5, bytes):
                raise _no("bytes (a file)", v5, "init_image")
            v5 = _File(payload=_BytesIO(v5))
            o1.init_image = v5
        v6 = data.get("init_image_mode", _MISS)
        if v6 is _MISS:
            o1.init_image_mode = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "init_image_mode")
        else:
            if not (type(v6) is str or isinstance(v6, str)):
                raise _no("a string", v6, "init_image_mode")
            o1.init_image_mode = v6
        v7 = data.get("cfg_scale", _MISS)
        if v7 is _MISS:
            o1.cfg_scale = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v7) is int or _is_int(v7)):
                raise _no("an integer", v7, "cfg_scale")
            o1.cfg_scale = v7
        v8 = data.get("clip_guidance_preset", _MISS)
        if v8 is _MISS:
            o1.clip_guidance_preset = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "clip_guidance_preset")
        else:
            if not (type(v8) is str or isinstance(v8, str)):
                raise _no("a string", v8, "clip_guidance_preset")
            o1.clip_guidance_preset = v8
        v9 = data.get("sampler", _MISS)
        if v9 is _MISS:
            o1.sampler = None
        elif v9 is None:
            raise SchemaMismatch("null is not allowed here", "sampler")
        else:
            e10 = _E_Sampler.get(v9) if type(v9) is str else None
            if e10 is None:
                raise _no("one of 'K_DPMPP_2M'", v9, "sampler")
            v9 = e10
            o1.sampler = v9
        v11 = data.get("samples", _MISS)
        if v11 is _MISS:
            o1.samples = None
        elif v11 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v11) is int or _is_int(v11)):
                raise _no("an integer", v11, "samples")
            o1.samples = v11
        v12 = data.get("seed", _MISS)
        if v12 is _MISS:
            o1.seed = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v12) is int or _is_int(v12)):
                raise _no("an integer", v12, "seed")
            o1.seed = v12
        v13 = data.get("steps", _MISS)
        if v13 is _MISS:
            o1.steps = None
        elif v13 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v13) is int or _is_int(v13)):
                raise _no("an integer", v13, "steps")
            o1.steps = v13
        v14 = data.get("safety_check", _MISS)
        if v14 is _MISS:
            o1.safety_check = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v14) is bool:
                raise _no("a boolean", v14, "safety_check")
            o1.safety_check = v14
        v15 = data.get("lora_adapter_name", _MISS)
        if v15 is _MISS:
            o1.lora_adapter_name = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
        else:
            if not (type(v15) is str or isinstance(v15, str)):
                raise _no("a string", v15, "lora_adapter_name")
            o1.lora_adapter_name = v15
        v16 = data.get("lora_weight_filename", _MISS)
        if v16 is _MISS:
            o1.lora_weight_filename = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "lora_weight_filename")
        else:
            if not (type(v16) is str or isinstance(v16, str)):
                raise _no("a string", v16, "lora_weight_filename")
            o1.lora_weight_filename = v16
        o1._nulls = 0
        if len(data) != 1 + (v3 is not _MISS) + (v4 is not _MISS) + (
            v5 is not _MISS
        ) + (v6 is not _MISS) + (v7 is not _MISS) + (v8 is not _MISS) + (
            v9 is not _MISS
        ) + (v11 is not _MISS) + (v12 is not _MISS) + (v13 is not _MISS) + (
            v14 is not _MISS
        ) + (v15 is not _MISS) + (v16 is not _MISS):
            x17 = dict(data)
            del x17["image_strength"]
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
    except SchemaMismatch as error:
        error.model = "ImageStrengthRequest"
        raise
    return o1


def _f_ListModelsResponse(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ListModelsResponse)
        try:
            v2 = data["object"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "object") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "object")
        o1.object_ = v2
        try:
            v3 = data["data"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "data") from None
        try:
            if type(v3) is not list:
                raise _no("an array of an object (Model)", v3)
            a5 = []
            try:
                for i4 in v3:
                    if type(i4) is not dict:
                        i4 = _object(i4)
                    o6 = _new(_C_Model)
                    try:
                        v7 = i4["id"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "id"
                        ) from None
                    if not (type(v7) is str or isinstance(v7, str)):
                        raise _no("a string", v7, "id")
                    o6.id = v7
                    try:
                        v8 = i4["object"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "object"
                        ) from None
                    if not (type(v8) is str or isinstance(v8, str)):
                        raise _no("a string", v8, "object")
                    o6.object_ = v8
                    try:
                        v9 = i4["created"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "created"
                        ) from None
                    if not (type(v9) is int or _is_int(v9)):
                        raise _no("an integer", v9, "created")
                    o6.created = v9
                    try:
                        v10 = i4["owned_by"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "owned_by"
                        ) from None
                    if not (type(v10) is str or isinstance(v10, str)):
                        raise _no("a string", v10, "owned_by")
                    o6.owned_by = v10
                    o6._nulls = 0
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
            except SchemaMismatch as err15:
                err15.within(len(a5))
                raise
            v3 = a5
        except SchemaMismatch as err16:
            err16.within("data")
            raise
        o1.data = v3
        o1._nulls = 0
        if len(data) != 2:
            x17 = dict(data)
            del x17["object"]
            del x17["data"]
            o1.additional_properties = x17
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ListModelsResponse"
        raise
    return o1


def _f_LogProbs(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_LogProbs)
        n2 = 0
        try:
            v3 = data["tokens"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "tokens") from None
        try:
            if type(v3) is not list:
                raise _no("an array of a string", v3)
            for i4 in v3:
                if not (type(i4) is str or isinstance(i4, str)):
                    raise _no("a string", i4, _index(v3, i4))
        except SchemaMismatch as err6:
            err6.within("tokens")
            raise
        o1.tokens = v3
        try:
            v7 = data["token_logprobs"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "token_logprobs"
            ) from None
        try:
            if type(v7) is not list:
                raise _no("an array of a number", v7)
            for i8 in v7:
                if not (type(i8) is float or _is_number(i8)):
                    raise _no("a number", i8, _index(v7, i8))
        except SchemaMismatch as err10:
            err10.within("token_logprobs")
            raise
        o1.token_logprobs = v7
        v11 = data.get("top_logprobs", _MISS)
        if v11 is _MISS:
            o1.top_logprobs = None
        elif v11 is None:
            n2 |= 4
            o1.top_logprobs = None
        else:
            try:
                if type(v11) is list and (r12 := _attempt(_h45, v11)) is not _MISS:
                    v11 = r12
                elif not (v11 is None):
                    raise _no(
                        "an array of an object (LogProbsTopLogprobsType0Item) or null",
                        v11,
                    )
            except SchemaMismatch as err13:
                err13.within("top_logprobs")
                raise
            o1.top_logprobs = v11
        v14 = data.get("text_offset", _MISS)
        if v14 is _MISS:
            o1.text_offset = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "text_offset")
        else:
            try:
                if type(v14) is not list:
                    raise _no("an array of an integer", v14)
                for i15 in v14:
                    if not (type(i15) is int or _is_int(i15)):
                        raise _no("an integer", i15, _index(v14, i15))
            except SchemaMismatch as err17:
                err17.within("text_offset")
                raise
            o1.text_offset = v14
        v18 = data.get("token_ids", _MISS)
        if v18 is _MISS:
            o1.token_ids = None
        elif v18 is None:
            n2 |= 16
            o1.token_ids = None
        else:
            try:
                if type(v18) is list and (r19 := _attempt(_h46, v18)) is not _MISS:
                    v18 = r19
                elif not (v18 is None):
                    raise _no("an array of an integer or null", v18)
            except SchemaMismatch as err20:
                err20.within("token_ids")
                raise
            o1.token_ids = v18
        o1._nulls = n2
        if len(data) != 2 + (v11 is not _MISS) + (v14 is not _MISS) + (
            v18 is not _MISS
        ):
            x21 = dict(data)
            del x21["tokens"]
            del x21["token_logprobs"]
            x21.pop("top_logprobs", None)
            x21.pop("text_offset", None)
            x21.pop("token_ids", None)
            o1.additional_properties = x21
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "LogProbs"
        raise
    return o1


def _f_LogProbsTopLogprobsType0Item(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_LogProbsTopLogprobsType0Item)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            b5 = {}
            for k3, u4 in x2.items():
                try:
                    if not (type(u4) is float or _is_number(u4)):
                        raise _no("a number", u4)
                except SchemaMismatch as err6:
                    err6.within(k3)
                    raise
                b5[k3] = u4
            x2 = b5
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "LogProbsTopLogprobsType0Item"
        raise
    return o1


def _f_Message(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_Message)
        try:
            v2 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "id")
        o1.id = v2
        try:
            v3 = data["role"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "role") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "role")
        o1.role = v3
        try:
            v4 = data["content"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "content") from None
        try:
            if type(v4) is not list:
                raise _no("an array of an object (MessageContent)", v4)
            a6 = []
            try:
                for i5 in v4:
                    if type(i5) is not dict:
                        i5 = _object(i5)
                    o7 = _new(_C_MessageContent)
                    n8 = 0
                    try:
                        v9 = i5["type"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "type"
                        ) from None
                    if not (type(v9) is str or isinstance(v9, str)):
                        raise _no("a string", v9, "type")
                    o7.type_ = v9
                    v10 = i5.get("text", _MISS)
                    if v10 is _MISS:
                        o7.text = None
                    elif v10 is None:
                        n8 |= 2
                        o7.text = None
                    else:
                        try:
                            if not (
                                (type(v10) is str or isinstance(v10, str))
                                or v10 is None
                            ):
                                raise _no("a string or null", v10)
                        except SchemaMismatch as err11:
                            err11.within("text")
                            raise
                        o7.text = v10
                    o7._nulls = n8
                    if len(i5) != 1 + (v10 is not _MISS):
                        x12 = dict(i5)
                        del x12["type"]
                        x12.pop("text", None)
                        o7.additional_properties = x12
                    else:
                        o7.additional_properties = {}
                    i5 = o7
                    a6.append(i5)
            except SchemaMismatch as err16:
                err16.within(len(a6))
                raise
            v4 = a6
        except SchemaMismatch as err17:
            err17.within("content")
            raise
        o1.content = v4
        try:
            v18 = data["status"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "status") from None
        if not (type(v18) is str or isinstance(v18, str)):
            raise _no("a string", v18, "status")
        o1.status = v18
        v19 = data.get("type", _MISS)
        if v19 is _MISS:
            o1.type_ = None
        elif v19 is None:
            raise SchemaMismatch("null is not allowed here", "type")
        else:
            if not (type(v19) is str or isinstance(v19, str)):
                raise _no("a string", v19, "type")
            o1.type_ = v19
        o1._nulls = 0
        if len(data) != 4 + (v19 is not _MISS):
            x20 = dict(data)
            del x20["id"]
            del x20["role"]
            del x20["content"]
            del x20["status"]
            x20.pop("type", None)
            o1.additional_properties = x20
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "Message"
        raise
    return o1


def _f_MessageContent(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_MessageContent)
        n2 = 0
        try:
            v3 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "type")
        o1.type_ = v3
        v4 = data.get("text", _MISS)
        if v4 is _MISS:
            o1.text = None
        elif v4 is None:
            n2 |= 2
            o1.text = None
        else:
            try:
                if not ((type(v4) is str or isinstance(v4, str)) or v4 is None):
                    raise _no("a string or null", v4)
            except SchemaMismatch as err5:
                err5.within("text")
                raise
            o1.text = v4
        o1._nulls = n2
        if len(data) != 1 + (v4 is not _MISS):
            x6 = dict(data)
            del x6["type"]
            x6.pop("text", None)
            o1.additional_properties = x6
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "MessageContent"
        raise
    return o1


def _f_Model(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_Model)
        try:
            v2 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "id")
        o1.id = v2
        try:
            v3 = data["object"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "object") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "object")
        o1.object_ = v3
        try:
            v4 = data["created"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "created") from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "created")
        o1.created = v4
        try:
            v5 = data["owned_by"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "owned_by") from None
        if not (type(v5) is str or isinstance(v5, str)):
            raise _no("a string", v5, "owned_by")
        o1.owned_by = v5
        o1._nulls = 0
        if len(data) != 4:
            x6 = dict(data)
            del x6["id"]
            del x6["object"]
            del x6["created"]
            del x6["owned_by"]
            o1.additional_properties = x6
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "Model"
        raise
    return o1


def _f_NewLogProbs(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_NewLogProbs)
        v2 = data.get("content", _MISS)
        if v2 is _MISS:
            o1.content = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "content")
        else:
            try:
                if type(v2) is not list:
                    raise _no("an array of an object (NewLogProbsContent)", v2)
                a4 = []
                try:
                    for i3 in v2:
                        if type(i3) is not dict:
                            i3 = _object(i3)
                        o5 = _new(_C_NewLogProbsContent)
                        n6 = 0
                        try:
                            v7 = i3["token"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "token"
                            ) from None
                        if not (type(v7) is str or isinstance(v7, str)):
                            raise _no("a string", v7, "token")
                        o5.token = v7
                        try:
                            v8 = i3["logprob"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "logprob"
                            ) from None
                        if not (type(v8) is float or _is_number(v8)):
                            raise _no("a number", v8, "logprob")
                        o5.logprob = v8
                        try:
                            v9 = i3["sampling_logprob"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "sampling_logprob"
                            ) from None
                        if v9 is not None:
                            try:
                                if not (
                                    (type(v9) is float or _is_number(v9)) or v9 is None
                                ):
                                    raise _no("a number or null", v9)
                            except SchemaMismatch as err10:
                                err10.within("sampling_logprob")
                                raise
                        o5.sampling_logprob = v9
                        try:
                            v11 = i3["bytes"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "bytes"
                            ) from None
                        try:
                            if type(v11) is not list:
                                raise _no("an array of an integer", v11)
                            for i12 in v11:
                                if not (type(i12) is int or _is_int(i12)):
                                    raise _no("an integer", i12, _index(v11, i12))
                        except SchemaMismatch as err14:
                            err14.within("bytes")
                            raise
                        o5.bytes_ = v11
                        try:
                            v15 = i3["token_id"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "token_id"
                            ) from None
                        if not (type(v15) is int or _is_int(v15)):
                            raise _no("an integer", v15, "token_id")
                        o5.token_id = v15
                        try:
                            v16 = i3["text_offset"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "text_offset"
                            ) from None
                        if not (type(v16) is int or _is_int(v16)):
                            raise _no("an integer", v16, "text_offset")
                        o5.text_offset = v16
                        v17 = i3.get("top_logprobs", _MISS)
                        if v17 is _MISS:
                            o5.top_logprobs = None
                        elif v17 is None:
                            raise SchemaMismatch(
                                "null is not allowed here", "top_logprobs"
                            )
                        else:
                            try:
                                if type(v17) is not list:
                                    raise _no(
                                        "an array of an object (NewLogProbsContentTopLogProbs)",
                                        v17,
                                    )
                                a19 = []
                                try:
                                    for i18 in v17:
                                        if type(i18) is not dict:
                                            i18 = _object(i18)
                                        o20 = _new(_C_NewLogProbsContentTopLogProbs)
                                        try:
                                            v21 = i18["token"]
                                        except KeyError:
                                            raise SchemaMismatch(
                                                "a required field is missing", "token"
                                            ) from None
                                        if not (
                                            type(v21) is str or isinstance(v21, str)
                                        ):
                                            raise _no("a string", v21, "token")
                                        o20.token = v21
                                        try:
                                            v22 = i18["logprob"]
                                        except KeyError:
                                            raise SchemaMismatch(
                                                "a required field is missing", "logprob"
                                            ) from None
                                        if not (type(v22) is float or _is_number(v22)):
                                            raise _no("a number", v22, "logprob")
                                        o20.logprob = v22
                                        try:
                                            v23 = i18["token_id"]
                                        except KeyError:
                                            raise SchemaMismatch(
                                                "a required field is missing",
                                                "token_id",
                                            ) from None
                                        if not (type(v23) is int or _is_int(v23)):
                                            raise _no("an integer", v23, "token_id")
                                        o20.token_id = v23
                                        v24 = i18.get("bytes", _MISS)
                                        if v24 is _MISS:
                                            o20.bytes_ = None
                                        elif v24 is None:
                                            raise SchemaMismatch(
                                                "null is not allowed here", "bytes"
                                            )
                                        else:
                                            try:
                                                if type(v24) is not list:
                                                    raise _no(
                                                        "an array of an integer", v24
                                                    )
                                                for i25 in v24:
                                                    if not (
                                                        type(i25) is int or _is_int(i25)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            i25,
                                                            _index(v24, i25),
                                                        )
                                            except SchemaMismatch as err27:
                                                err27.within("bytes")
                                                raise
                                            o20.bytes_ = v24
                                        o20._nulls = 0
                                        if len(i18) != 3 + (v24 is not _MISS):
                                            x28 = dict(i18)
                                            del x28["token"]
                                            del x28["logprob"]
                                            del x28["token_id"]
                                            x28.pop("bytes", None)
                                            o20.additional_properties = x28
                                        else:
                                            o20.additional_properties = {}
                                        i18 = o20
                                        a19.append(i18)
                                except SchemaMismatch as err32:
                                    err32.within(len(a19))
                                    raise
                                v17 = a19
                            except SchemaMismatch as err33:
                                err33.within("top_logprobs")
                                raise
                            o5.top_logprobs = v17
                        v34 = i3.get("last_activation", _MISS)
                        if v34 is _MISS:
                            o5.last_activation = None
                        elif v34 is None:
                            n6 |= 128
                            o5.last_activation = None
                        else:
                            try:
                                if not (
                                    (type(v34) is str or isinstance(v34, str))
                                    or v34 is None
                                ):
                                    raise _no("a string or null", v34)
                            except SchemaMismatch as err35:
                                err35.within("last_activation")
                                raise
                            o5.last_activation = v34
                        v36 = i3.get("routing_matrix", _MISS)
                        if v36 is _MISS:
                            o5.routing_matrix = None
                        elif v36 is None:
                            n6 |= 256
                            o5.routing_matrix = None
                        else:
                            try:
                                if not (
                                    (type(v36) is str or isinstance(v36, str))
                                    or v36 is None
                                ):
                                    raise _no("a string or null", v36)
                            except SchemaMismatch as err37:
                                err37.within("routing_matrix")
                                raise
                            o5.routing_matrix = v36
                        o5._nulls = n6
                        if len(i3) != 6 + (v17 is not _MISS) + (v34 is not _MISS) + (
                            v36 is not _MISS
                        ):
                            x38 = dict(i3)
                            del x38["token"]
                            del x38["logprob"]
                            del x38["sampling_logprob"]
                            del x38["bytes"]
                            del x38["token_id"]
                            del x38["text_offset"]
                            x38.pop("top_logprobs", None)
                            x38.pop("last_activation", None)
                            x38.pop("routing_matrix", None)
                            o5.additional_properties = x38
                        else:
                            o5.additional_properties = {}
                        i3 = o5
                        a4.append(i3)
                except SchemaMismatch as err42:
                    err42.within(len(a4))
                    raise
                v2 = a4
            except SchemaMismatch as err43:
                err43.within("content")
                raise
            o1.content = v2
        o1._nulls = 0
        if len(data) != 0 + (v2 is not _MISS):
            x44 = dict(data)
            x44.pop("content", None)
            o1.additional_properties = x44
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "NewLogProbs"
        raise
    return o1


def _f_NewLogProbsContent(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_NewLogProbsContent)
        n2 = 0
        try:
            v3 = data["token"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "token") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "token")
        o1.token = v3
        try:
            v4 = data["logprob"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "logprob") from None
        if not (type(v4) is float or _is_number(v4)):
            raise _no("a number", v4, "logprob")
        o1.logprob = v4
        try:
            v5 = data["sampling_logprob"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "sampling_logprob"
            ) from None
        if v5 is not None:
            try:
                if not ((type(v5) is float or _is_number(v5)) or v5 is None):
                    raise _no("a number or null", v5)
            except SchemaMismatch as err6:
                err6.within("sampling_logprob")
                raise
        o1.sampling_logprob = v5
        try:
            v7 = data["bytes"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "bytes") from None
        try:
            if type(v7) is not list:
                raise _no("an array of an integer", v7)
            for i8 in v7:
                if not (type(i8) is int or _is_int(i8)):
                    raise _no("an integer", i8, _index(v7, i8))
        except SchemaMismatch as err10:
            err10.within("bytes")
            raise
        o1.bytes_ = v7
        try:
            v11 = data["token_id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "token_id") from None
        if not (type(v11) is int or _is_int(v11)):
            raise _no("an integer", v11, "token_id")
        o1.token_id = v11
        try:
            v12 = data["text_offset"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "text_offset") from None
        if not (type(v12) is int or _is_int(v12)):
            raise _no("an integer", v12, "text_offset")
        o1.text_offset = v12
        v13 = data.get("top_logprobs", _MISS)
        if v13 is _MISS:
            o1.top_logprobs = None
        elif v13 is None:
            raise SchemaMismatch("null is not allowed here", "top_logprobs")
        else:
            try:
                if type(v13) is not list:
                    raise _no(
                        "an array of an object (NewLogProbsContentTopLogProbs)", v13
                    )
                a15 = []
                try:
                    for i14 in v13:
                        if type(i14) is not dict:
                            i14 = _object(i14)
                        o16 = _new(_C_NewLogProbsContentTopLogProbs)
                        try:
                            v17 = i14["token"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "token"
                            ) from None
                        if not (type(v17) is str or isinstance(v17, str)):
                            raise _no("a string", v17, "token")
                        o16.token = v17
                        try:
                            v18 = i14["logprob"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "logprob"
                            ) from None
                        if not (type(v18) is float or _is_number(v18)):
                            raise _no("a number", v18, "logprob")
                        o16.logprob = v18
                        try:
                            v19 = i14["token_id"]
                        except KeyError:
                            raise SchemaMismatch(
                                "a required field is missing", "token_id"
                            ) from None
                        if not (type(v19) is int or _is_int(v19)):
                            raise _no("an integer", v19, "token_id")
                        o16.token_id = v19
                        v20 = i14.get("bytes", _MISS)
                        if v20 is _MISS:
                            o16.bytes_ = None
                        elif v20 is None:
                            raise SchemaMismatch("null is not allowed here", "bytes")
                        else:
                            try:
                                if type(v20) is not list:
                                    raise _no("an array of an integer", v20)
                                for i21 in v20:
                                    if not (type(i21) is int or _is_int(i21)):
                                        raise _no("an integer", i21, _index(v20, i21))
                            except SchemaMismatch as err23:
                                err23.within("bytes")
                                raise
                            o16.bytes_ = v20
                        o16._nulls = 0
                        if len(i14) != 3 + (v20 is not _MISS):
                            x24 = dict(i14)
                            del x24["token"]
                            del x24["logprob"]
                            del x24["token_id"]
                            x24.pop("bytes", None)
                            o16.additional_properties = x24
                        else:
                            o16.additional_properties = {}
                        i14 = o16
                        a15.append(i14)
                except SchemaMismatch as err28:
                    err28.within(len(a15))
                    raise
                v13 = a15
            except SchemaMismatch as err29:
                err29.within("top_logprobs")
                raise
            o1.top_logprobs = v13
        v30 = data.get("last_activation", _MISS)
        if v30 is _MISS:
            o1.last_activation = None
        elif v30 is None:
            n2 |= 128
            o1.last_activation = None
        else:
            try:
                if not ((type(v30) is str or isinstance(v30, str)) or v30 is None):
                    raise _no("a string or null", v30)
            except SchemaMismatch as err31:
                err31.within("last_activation")
                raise
            o1.last_activation = v30
        v32 = data.get("routing_matrix", _MISS)
        if v32 is _MISS:
            o1.routing_matrix = None
        elif v32 is None:
            n2 |= 256
            o1.routing_matrix = None
        else:
            try:
                if not ((type(v32) is str or isinstance(v32, str)) or v32 is None):
                    raise _no("a string or null", v32)
            except SchemaMismatch as err33:
                err33.within("routing_matrix")
                raise
            o1.routing_matrix = v32
        o1._nulls = n2
        if len(data) != 6 + (v13 is not _MISS) + (v30 is not _MISS) + (
            v32 is not _MISS
        ):
            x34 = dict(data)
            del x34["token"]
            del x34["logprob"]
            del x34["sampling_logprob"]
            del x34["bytes"]
            del x34["token_id"]
            del x34["text_offset"]
            x34.pop("top_logprobs", None)
            x34.pop("last_activation", None)
            x34.pop("routing_matrix", None)
            o1.additional_properties = x34
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "NewLogProbsContent"
        raise
    return o1


def _f_NewLogProbsContentTopLogProbs(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_NewLogProbsContentTopLogProbs)
        try:
            v2 = data["token"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "token") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "token")
        o1.token = v2
        try:
            v3 = data["logprob"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "logprob") from None
        if not (type(v3) is float or _is_number(v3)):
            raise _no("a number", v3, "logprob")
        o1.logprob = v3
        try:
            v4 = data["token_id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "token_id") from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "token_id")
        o1.token_id = v4
        v5 = data.get("bytes", _MISS)
        if v5 is _MISS:
            o1.bytes_ = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "bytes")
        else:
            try:
                if type(v5) is not list:
                    raise _no("an array of an integer", v5)
                for i6 in v5:
                    if not (type(i6) is int or _is_int(i6)):
                        raise _no("an integer", i6, _index(v5, i6))
            except SchemaMismatch as err8:
                err8.within("bytes")
                raise
            o1.bytes_ = v5
        o1._nulls = 0
        if len(data) != 3 + (v5 is not _MISS):
            x9 = dict(data)
            del x9["token"]
            del x9["logprob"]
            del x9["token_id"]
            x9.pop("bytes", None)
            o1.additional_properties = x9
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "NewLogProbsContentTopLogProbs"
        raise
    return o1


def _f_PredictedOutput(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_PredictedOutput)
        try:
            v2 = data["content"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "content") from None
        try:
            if type(v2) is list and (r3 := _attempt(_h47, v2)) is not _MISS:
                v2 = r3
            elif not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string or an array of an object (ChatMessageContent)", v2)
        except SchemaMismatch as err4:
            err4.within("content")
            raise
        o1.content = v2
        v5 = data.get("type", _MISS)
        if v5 is _MISS:
            o1.type_ = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "type")
        else:
            if v5 != "content" or type(v5) is not type("content"):
                raise _no("'content'", v5, "type")
            o1.type_ = v5
        o1._nulls = 0
    except SchemaMismatch as error:
        error.model = "PredictedOutput"
        raise
    return o1


def _f_PromptTokensDetails(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_PromptTokensDetails)
        n2 = 0
        v3 = data.get("cached_tokens", _MISS)
        if v3 is _MISS:
            o1.cached_tokens = None
        elif v3 is None:
            n2 |= 1
            o1.cached_tokens = None
        else:
            try:
                if not ((type(v3) is int or _is_int(v3)) or v3 is None):
                    raise _no("an integer or null", v3)
            except SchemaMismatch as err4:
                err4.within("cached_tokens")
                raise
            o1.cached_tokens = v3
        o1._nulls = n2
        if len(data) != 0 + (v3 is not _MISS):
            x5 = dict(data)
            x5.pop("cached_tokens", None)
            o1.additional_properties = x5
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "PromptTokensDetails"
        raise
    return o1


def _f_RawOutput(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_RawOutput)
        n2 = 0
        try:
            v3 = data["prompt_fragments"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "prompt_fragments"
            ) from None
        try:
            if type(v3) is not list:
                raise _no("an array of a string or an integer", v3)
            for i4 in v3:
                try:
                    if not (
                        (type(i4) is str or isinstance(i4, str))
                        or (type(i4) is int or _is_int(i4))
                    ):
                        raise _no("a string or an integer", i4)
                except SchemaMismatch as err6:
                    err6.within(_index(v3, i4))
                    raise
        except SchemaMismatch as err7:
            err7.within("prompt_fragments")
            raise
        o1.prompt_fragments = v3
        try:
            v8 = data["prompt_token_ids"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "prompt_token_ids"
            ) from None
        try:
            if type(v8) is not list:
                raise _no("an array of an integer", v8)
            for i9 in v8:
                if not (type(i9) is int or _is_int(i9)):
                    raise _no("an integer", i9, _index(v8, i9))
        except SchemaMismatch as err11:
            err11.within("prompt_token_ids")
            raise
        o1.prompt_token_ids = v8
        try:
            v12 = data["completion"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "completion") from None
        if not (type(v12) is str or isinstance(v12, str)):
            raise _no("a string", v12, "completion")
        o1.completion = v12
        v13 = data.get("completion_token_ids", _MISS)
        if v13 is _MISS:
            o1.completion_token_ids = None
        elif v13 is None:
            n2 |= 8
            o1.completion_token_ids = None
        else:
            try:
                if type(v13) is list and (r14 := _attempt(_h48, v13)) is not _MISS:
                    v13 = r14
                elif not (v13 is None):
                    raise _no("an array of an integer or null", v13)
            except SchemaMismatch as err15:
                err15.within("completion_token_ids")
                raise
            o1.completion_token_ids = v13
        v16 = data.get("completion_logprobs", _MISS)
        if v16 is _MISS:
            o1.completion_logprobs = None
        elif v16 is None:
            n2 |= 16
            o1.completion_logprobs = None
        else:
            try:
                if (type(v16) is dict or isinstance(v16, _Mapping)) and (
                    r17 := _attempt(_f_NewLogProbs, v16)
                ) is not _MISS:
                    v16 = r17
                elif not (v16 is None):
                    raise _no("an object (NewLogProbs) or null", v16)
            except SchemaMismatch as err18:
                err18.within("completion_logprobs")
                raise
            o1.completion_logprobs = v16
        v19 = data.get("images", _MISS)
        if v19 is _MISS:
            o1.images = None
        elif v19 is None:
            n2 |= 32
            o1.images = None
        else:
            try:
                if type(v19) is list and (r20 := _attempt(_h49, v19)) is not _MISS:
                    v19 = r20
                elif not (v19 is None):
                    raise _no("an array of a string or null", v19)
            except SchemaMismatch as err21:
                err21.within("images")
                raise
            o1.images = v19
        v22 = data.get("grammar", _MISS)
        if v22 is _MISS:
            o1.grammar = None
        elif v22 is None:
            n2 |= 64
            o1.grammar = None
        else:
            try:
                if not ((type(v22) is str or isinstance(v22, str)) or v22 is None):
                    raise _no("a string or null", v22)
            except SchemaMismatch as err23:
                err23.within("grammar")
                raise
            o1.grammar = v22
        o1._nulls = n2
        if len(data) != 3 + (v13 is not _MISS) + (v16 is not _MISS) + (
            v19 is not _MISS
        ) + (v22 is not _MISS):
            x24 = dict(data)
            del x24["prompt_fragments"]
            del x24["prompt_token_ids"]
            del x24["completion"]
            x24.pop("completion_token_ids", None)
            x24.pop("completion_logprobs", None)
            x24.pop("images", None)
            x24.pop("grammar", None)
            o1.additional_properties = x24
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "RawOutput"
        raise
    return o1


def _f_RerankResult(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_RerankResult)
        n2 = 0
        try:
            v3 = data["index"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "index") from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "index")
        o1.index = v3
        try:
            v4 = data["relevance_score"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "relevance_score"
            ) from None
        if not (type(v4) is float or _is_number(v4)):
            raise _no("a number", v4, "relevance_score")
        o1.relevance_score = v4
        v5 = data.get("document", _MISS)
        if v5 is _MISS:
            o1.document = None
        elif v5 is None:
            n2 |= 4
            o1.document = None
        else:
            try:
                if not ((type(v5) is str or isinstance(v5, str)) or v5 is None):
                    raise _no("a string or null", v5)
            except SchemaMismatch as err6:
                err6.within("document")
                raise
            o1.document = v5
        o1._nulls = n2
        if len(data) != 2 + (v5 is not _MISS):
            x7 = dict(data)
            del x7["index"]
            del x7["relevance_score"]
            x7.pop("document", None)
            o1.additional_properties = x7
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "RerankResult"
        raise
    return o1


def _f_Response(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_Response)
        n2 = 0
        try:
            v3 = data["created_at"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "created_at") from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "created_at")
        o1.created_at = v3
        try:
            v4 = data["status"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "status") from None
        if not (type(v4) is str or isinstance(v4, str)):
            raise _no("a string", v4, "status")
        o1.status = v4
        try:
            v5 = data["model"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "model") from None
        if not (type(v5) is str or isinstance(v5, str)):
            raise _no("a string", v5, "model")
        o1.model = v5
        try:
            v6 = data["output"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "output") from None
        try:
            if type(v6) is not list:
                raise _no(
                    "an array of an object (Message) or an object (ToolCall) or an object (ToolOutput)",
                    v6,
                )
            a8 = []
            try:
                for i7 in v6:
                    if (type(i7) is dict or isinstance(i7, _Mapping)) and (
                        r9 := _attempt(_f_Message, i7)
                    ) is not _MISS:
                        i7 = r9
                    elif (type(i7) is dict or isinstance(i7, _Mapping)) and (
                        r10 := _attempt(_f_ToolCall, i7)
                    ) is not _MISS:
                        i7 = r10
                    elif (type(i7) is dict or isinstance(i7, _Mapping)) and (
                        r11 := _attempt(_f_ToolOutput, i7)
                    ) is not _MISS:
                        i7 = r11
                    else:
                        raise _no(
                            "an object (Message) or an object (ToolCall) or an object (ToolOutput)",
                            i7,
                        )
                    a8.append(i7)
            except SchemaMismatch as err12:
                err12.within(len(a8))
                raise
            v6 = a8
        except SchemaMismatch as err13:
            err13.within("output")
            raise
        o1.output = v6
        v14 = data.get("id", _MISS)
        if v14 is _MISS:
            o1.id = None
        elif v14 is None:
            n2 |= 16
            o1.id = None
        else:
            try:
                if not ((type(v14) is str or isinstance(v14, str)) or v14 is None):
                    raise _no("a string or null", v14)
            except SchemaMismatch as err15:
                err15.within("id")
                raise
            o1.id = v14
        v16 = data.get("object", _MISS)
        if v16 is _MISS:
            o1.object_ = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "object")
        else:
            if not (type(v16) is str or isinstance(v16, str)):
                raise _no("a string", v16, "object")
            o1.object_ = v16
        v17 = data.get("previous_response_id", _MISS)
        if v17 is _MISS:
            o1.previous_response_id = None
        elif v17 is None:
            n2 |= 64
            o1.previous_response_id = None
        else:
            try:
                if not ((type(v17) is str or isinstance(v17, str)) or v17 is None):
                    raise _no("a string or null", v17)
            except SchemaMismatch as err18:
                err18.within("previous_response_id")
                raise
            o1.previous_response_id = v17
        v19 = data.get("usage", _MISS)
        if v19 is _MISS:
            o1.usage = None
        elif v19 is None:
            n2 |= 128
            o1.usage = None
        else:
            try:
                if (type(v19) is dict or isinstance(v19, _Mapping)) and (
                    r20 := _attempt(_f_ResponseUsageType0, v19)
                ) is not _MISS:
                    v19 = r20
                elif not (v19 is None):
                    raise _no("an object (ResponseUsageType0) or null", v19)
            except SchemaMismatch as err21:
                err21.within("usage")
                raise
            o1.usage = v19
        v22 = data.get("error", _MISS)
        if v22 is _MISS:
            o1.error = None
        elif v22 is None:
            n2 |= 256
            o1.error = None
        else:
            try:
                if (type(v22) is dict or isinstance(v22, _Mapping)) and (
                    r23 := _attempt(_f_ResponseErrorType0, v22)
                ) is not _MISS:
                    v22 = r23
                elif not (v22 is None):
                    raise _no("an object (ResponseErrorType0) or null", v22)
            except SchemaMismatch as err24:
                err24.within("error")
                raise
            o1.error = v22
        v25 = data.get("incomplete_details", _MISS)
        if v25 is _MISS:
            o1.incomplete_details = None
        elif v25 is None:
            n2 |= 512
            o1.incomplete_details = None
        else:
            try:
                if (type(v25) is dict or isinstance(v25, _Mapping)) and (
                    r26 := _attempt(_f_ResponseIncompleteDetailsType0, v25)
                ) is not _MISS:
                    v25 = r26
                elif not (v25 is None):
                    raise _no("an object (ResponseIncompleteDetailsType0) or null", v25)
            except SchemaMismatch as err27:
                err27.within("incomplete_details")
                raise
            o1.incomplete_details = v25
        v28 = data.get("instructions", _MISS)
        if v28 is _MISS:
            o1.instructions = None
        elif v28 is None:
            n2 |= 1024
            o1.instructions = None
        else:
            try:
                if not ((type(v28) is str or isinstance(v28, str)) or v28 is None):
                    raise _no("a string or null", v28)
            except SchemaMismatch as err29:
                err29.within("instructions")
                raise
            o1.instructions = v28
        v30 = data.get("max_output_tokens", _MISS)
        if v30 is _MISS:
            o1.max_output_tokens = None
        elif v30 is None:
            n2 |= 2048
            o1.max_output_tokens = None
        else:
            try:
                if not ((type(v30) is int or _is_int(v30)) or v30 is None):
                    raise _no("an integer or null", v30)
            except SchemaMismatch as err31:
                err31.within("max_output_tokens")
                raise
            o1.max_output_tokens = v30
        v32 = data.get("max_tool_calls", _MISS)
        if v32 is _MISS:
            o1.max_tool_calls = None
        elif v32 is None:
            n2 |= 4096
            o1.max_tool_calls = None
        else:
            try:
                if not ((type(v32) is int or _is_int(v32)) or v32 is None):
                    raise _no("an integer or null", v32)
            except SchemaMismatch as err33:
                err33.within("max_tool_calls")
                raise
            o1.max_tool_calls = v32
        v34 = data.get("parallel_tool_calls", _MISS)
        if v34 is _MISS:
            o1.parallel_tool_calls = None
        elif v34 is None:
            raise SchemaMismatch("null is not allowed here", "parallel_tool_calls")
        else:
            if not type(v34) is bool:
                raise _no("a boolean", v34, "parallel_tool_calls")
            o1.parallel_tool_calls = v34
        v35 = data.get("reasoning", _MISS)
        if v35 is _MISS:
            o1.reasoning = None
        elif v35 is None:
            n2 |= 16384
            o1.reasoning = None
        else:
            try:
                if (type(v35) is dict or isinstance(v35, _Mapping)) and (
                    r36 := _attempt(_f_ResponseReasoningType0, v35)
                ) is not _MISS:
                    v35 = r36
                elif not (v35 is None):
                    raise _no("an object (ResponseReasoningType0) or null", v35)
            except SchemaMismatch as err37:
                err37.within("reasoning")
                raise
            o1.reasoning = v35
        v38 = data.get("store", _MISS)
        if v38 is _MISS:
            o1.store = None
        elif v38 is None:
            n2 |= 32768
            o1.store = None
        else:
            try:
                if not (type(v38) is bool or v38 is None):
                    raise _no("a boolean or null", v38)
            except SchemaMismatch as err39:
                err39.within("store")
                raise
            o1.store = v38
        v40 = data.get("temperature", _MISS)
        if v40 is _MISS:
            o1.temperature = None
        elif v40 is None:
            raise SchemaMismatch("null is not allowed here", "temperature")
        else:
            if not (type(v40) is float or _is_number(v40)):
                raise _no("a number", v40, "temperature")
            o1.temperature = v40
        v41 = data.get("text", _MISS)
        if v41 is _MISS:
            o1.text = None
        elif v41 is None:
            n2 |= 131072
            o1.text = None
        else:
            try:
                if (type(v41) is dict or isinstance(v41, _Mapping)) and (
                    r42 := _attempt(_f_ResponseTextType0, v41)
                ) is not _MISS:
                    v41 = r42
                elif not (v41 is None):
                    raise _no("an object (ResponseTextType0) or null", v41)
            except SchemaMismatch as err43:
                err43.within("text")
                raise
            o1.text = v41
        v44 = data.get("tool_choice", _MISS)
        if v44 is _MISS:
            o1.tool_choice = None
        elif v44 is None:
            raise SchemaMismatch("null is not allowed here", "tool_choice")
        else:
            try:
                if (type(v44) is dict or isinstance(v44, _Mapping)) and (
                    r45 := _attempt(_f_ResponseToolChoiceType1, v44)
                ) is not _MISS:
                    v44 = r45
                elif not (type(v44) is str or isinstance(v44, str)):
                    raise _no("a string or an object (ResponseToolChoiceType1)", v44)
            except SchemaMismatch as err46:
                err46.within("tool_choice")
                raise
            o1.tool_choice = v44
        v47 = data.get("tools", _MISS)
        if v47 is _MISS:
            o1.tools = None
        elif v47 is None:
            raise SchemaMismatch("null is not allowed here", "tools")
        else:
            try:
                if type(v47) is not list:
                    raise _no("an array of an object (ResponseToolsItem)", v47)
                a49 = []
                try:
                    for i48 in v47:
                        if type(i48) is not dict:
                            i48 = _object(i48)
                        o50 = _new(_C_ResponseToolsItem)
                        o50._nulls = 0
                        if i48:
                            x51 = dict(i48)
                            o50.additional_properties = x51
                        else:
                            o50.additional_properties = {}
                        i48 = o50
                        a49.append(i48)
                except SchemaMismatch as err55:
                    err55.within(len(a49))
                    raise
                v47 = a49
            except SchemaMismatch as err56:
                err56.within("tools")
                raise
            o1.tools = v47
        v57 = data.get("top_p", _MISS)
        if v57 is _MISS:
            o1.top_p = None
        elif v57 is None:
            raise SchemaMismatch("null is not allowed here", "top_p")
        else:
            if not (type(v57) is float or _is_number(v57)):
                raise _no("a number", v57, "top_p")
            o1.top_p = v57
        v58 = data.get("truncation", _MISS)
        if v58 is _MISS:
            o1.truncation = None
        elif v58 is None:
            raise SchemaMismatch("null is not allowed here", "truncation")
        else:
            if not (type(v58) is str or isinstance(v58, str)):
                raise _no("a string", v58, "truncation")
            o1.truncation = v58
        v59 = data.get("user", _MISS)
        if v59 is _MISS:
            o1.user = None
        elif v59 is None:
            n2 |= 4194304
            o1.user = None
        else:
            try:
                if not ((type(v59) is str or isinstance(v59, str)) or v59 is None):
                    raise _no("a string or null", v59)
            except SchemaMismatch as err60:
                err60.within("user")
                raise
            o1.user = v59
        v61 = data.get("metadata", _MISS)
        if v61 is _MISS:
            o1.metadata = None
        elif v61 is None:
            n2 |= 8388608
            o1.metadata = None
        else:
            try:
                if (type(v61) is dict or isinstance(v61, _Mapping)) and (
                    r62 := _attempt(_f_ResponseMetadataType0, v61)
                ) is not _MISS:
                    v61 = r62
                elif not (v61 is None):
                    raise _no("an object (ResponseMetadataType0) or null", v61)
            except SchemaMismatch as err63:
                err63.within("metadata")
                raise
            o1.metadata = v61
        o1._nulls = n2
        if len(data) != 4 + (v14 is not _MISS) + (v16 is not _MISS) + (
            v17 is not _MISS
        ) + (v19 is not _MISS) + (v22 is not _MISS) + (v25 is not _MISS) + (
            v28 is not _MISS
        ) + (v30 is not _MISS) + (v32 is not _MISS) + (v34 is not _MISS) + (
            v35 is not _MISS
        ) + (v38 is not _MISS) + (v40 is not _MISS) + (v41 is not _MISS) + (
            v44 is not _MISS
        ) + (v47 is not _MISS) + (v57 is not _MISS) + (v58 is not _MISS) + (
            v59 is not _MISS
        ) + (v61 is not _MISS):
            x64 = dict(data)
            del x64["created_at"]
            del x64["status"]
            del x64["model"]
            del x64["output"]
            x64.pop("id", None)
            x64.pop("object", None)
            x64.pop("previous_response_id", None)
            x64.pop("usage", None)
            x64.pop("error", None)
            x64.pop("incomplete_details", None)
            x64.pop("instructions", None)
            x64.pop("max_output_tokens", None)
            x64.pop("max_tool_calls", None)
            x64.pop("parallel_tool_calls", None)
            x64.pop("reasoning", None)
            x64.pop("store", None)
            x64.pop("temperature", None)
            x64.pop("text", None)
            x64.pop("tool_choice", None)
            x64.pop("tools", None)
            x64.pop("top_p", None)
            x64.pop("truncation", None)
            x64.pop("user", None)
            x64.pop("metadata", None)
            o1.additional_properties = x64
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "Response"
        raise
    return o1


def _f_ResponseErrorType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseErrorType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseErrorType0"
        raise
    return o1


def _f_ResponseFormat(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseFormat)
        n2 = 0
        try:
            v3 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        e4 = _E_ResponseFormatType.get(v3) if type(v3) is str else None
        if e4 is None:
            raise _no(
                "one of 'json_object', 'json_schema', 'grammar', 'text'", v3, "type"
            )
        v3 = e4
        o1.type_ = v3
        v5 = data.get("schema", _MISS)
        if v5 is _MISS:
            o1.schema = None
        elif v5 is None:
            n2 |= 2
            o1.schema = None
        else:
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ResponseFormatSchemaType1, v5)
                ) is not _MISS:
                    v5 = r6
                elif not ((type(v5) is str or isinstance(v5, str)) or v5 is None):
                    raise _no(
                        "a string or an object (ResponseFormatSchemaType1) or null", v5
                    )
            except SchemaMismatch as err7:
                err7.within("schema")
                raise
            o1.schema = v5
        v8 = data.get("grammar", _MISS)
        if v8 is _MISS:
            o1.grammar = None
        elif v8 is None:
            n2 |= 4
            o1.grammar = None
        else:
            try:
                if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                    raise _no("a string or null", v8)
            except SchemaMismatch as err9:
                err9.within("grammar")
                raise
            o1.grammar = v8
        v10 = data.get("json_schema", _MISS)
        if v10 is _MISS:
            o1.json_schema = None
        elif v10 is None:
            n2 |= 8
            o1.json_schema = None
        else:
            try:
                if (type(v10) is dict or isinstance(v10, _Mapping)) and (
                    r11 := _attempt(_f_ResponseFormatJsonSchemaType1, v10)
                ) is not _MISS:
                    v10 = r11
                elif not ((type(v10) is str or isinstance(v10, str)) or v10 is None):
                    raise _no(
                        "a string or an object (ResponseFormatJsonSchemaType1) or null",
                        v10,
                    )
            except SchemaMismatch as err12:
                err12.within("json_schema")
                raise
            o1.json_schema = v10
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "ResponseFormat"
        raise
    return o1


def _f_ResponseFormatJsonSchemaType1(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseFormatJsonSchemaType1)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseFormatJsonSchemaType1"
        raise
    return o1


def _f_ResponseFormatSchemaType1(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseFormatSchemaType1)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseFormatSchemaType1"
        raise
    return o1


def _f_ResponseIncompleteDetailsType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseIncompleteDetailsType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseIncompleteDetailsType0"
        raise
    return o1


def _f_ResponseList(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseList)
        n2 = 0
        try:
            v3 = data["data"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "data") from None
        try:
            if type(v3) is not list:
                raise _no("an array of an object (Response)", v3)
            a5 = []
            try:
                for i4 in v3:
                    if type(i4) is not dict:
                        i4 = _object(i4)
                    o6 = _new(_C_Response)
                    n7 = 0
                    try:
                        v8 = i4["created_at"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "created_at"
                        ) from None
                    if not (type(v8) is int or _is_int(v8)):
                        raise _no("an integer", v8, "created_at")
                    o6.created_at = v8
                    try:
                        v9 = i4["status"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "status"
                        ) from None
                    if not (type(v9) is str or isinstance(v9, str)):
                        raise _no("a string", v9, "status")
                    o6.status = v9
                    try:
                        v10 = i4["model"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "model"
                        ) from None
                    if not (type(v10) is str or isinstance(v10, str)):
                        raise _no("a string", v10, "model")
                    o6.model = v10
                    try:
                        v11 = i4["output"]
                    except KeyError:
                        raise SchemaMismatch(
                            "a required field is missing", "output"
                        ) from None
                    try:
                        if type(v11) is not list:
                            raise _no(
                                "an array of an object (Message) or an object (ToolCall) or an object (ToolOutput)",
                                v11,
                            )
                        a13 = []
                        try:
                            for i12 in v11:
                                if (
                                    type(i12) is dict or isinstance(i12, _Mapping)
                                ) and (r14 := _attempt(_f_Message, i12)) is not _MISS:
                                    i12 = r14
                                elif (
                                    type(i12) is dict or isinstance(i12, _Mapping)
                                ) and (r15 := _attempt(_f_ToolCall, i12)) is not _MISS:
                                    i12 = r15
                                elif (
                                    type(i12) is dict or isinstance(i12, _Mapping)
                                ) and (
                                    r16 := _attempt(_f_ToolOutput, i12)
                                ) is not _MISS:
                                    i12 = r16
                                else:
                                    raise _no(
                                        "an object (Message) or an object (ToolCall) or an object (ToolOutput)",
                                        i12,
                                    )
                                a13.append(i12)
                        except SchemaMismatch as err17:
                            err17.within(len(a13))
                            raise
                        v11 = a13
                    except SchemaMismatch as err18:
                        err18.within("output")
                        raise
                    o6.output = v11
                    v19 = i4.get("id", _MISS)
                    if v19 is _MISS:
                        o6.id = None
                    elif v19 is None:
                        n7 |= 16
                        o6.id = None
                    else:
                        try:
                            if not (
                                (type(v19) is str or isinstance(v19, str))
                                or v19 is None
                            ):
                                raise _no("a string or null", v19)
                        except SchemaMismatch as err20:
                            err20.within("id")
                            raise
                        o6.id = v19
                    v21 = i4.get("object", _MISS)
                    if v21 is _MISS:
                        o6.object_ = None
                    elif v21 is None:
                        raise SchemaMismatch("null is not allowed here", "object")
                    else:
                        if not (type(v21) is str or isinstance(v21, str)):
                            raise _no("a string", v21, "object")
                        o6.object_ = v21
                    v22 = i4.get("previous_response_id", _MISS)
                    if v22 is _MISS:
                        o6.previous_response_id = None
                    elif v22 is None:
                        n7 |= 64
                        o6.previous_response_id = None
                    else:
                        try:
                            if not (
                                (type(v22) is str or isinstance(v22, str))
                                or v22 is None
                            ):
                                raise _no("a string or null", v22)
                        except SchemaMismatch as err23:
                            err23.within("previous_response_id")
                            raise
                        o6.previous_response_id = v22
                    v24 = i4.get("usage", _MISS)
                    if v24 is _MISS:
                        o6.usage = None
                    elif v24 is None:
                        n7 |= 128
                        o6.usage = None
                    else:
                        try:
                            if (type(v24) is dict or isinstance(v24, _Mapping)) and (
                                r25 := _attempt(_f_ResponseUsageType0, v24)
                            ) is not _MISS:
                                v24 = r25
                            elif not (v24 is None):
                                raise _no("an object (ResponseUsageType0) or null", v24)
                        except SchemaMismatch as err26:
                            err26.within("usage")
                            raise
                        o6.usage = v24
                    v27 = i4.get("error", _MISS)
                    if v27 is _MISS:
                        o6.error = None
                    elif v27 is None:
                        n7 |= 256
                        o6.error = None
                    else:
                        try:
                            if (type(v27) is dict or isinstance(v27, _Mapping)) and (
                                r28 := _attempt(_f_ResponseErrorType0, v27)
                            ) is not _MISS:
                                v27 = r28
                            elif not (v27 is None):
                                raise _no("an object (ResponseErrorType0) or null", v27)
                        except SchemaMismatch as err29:
                            err29.within("error")
                            raise
                        o6.error = v27
                    v30 = i4.get("incomplete_details", _MISS)
                    if v30 is _MISS:
                        o6.incomplete_details = None
                    elif v30 is None:
                        n7 |= 512
                        o6.incomplete_details = None
                    else:
                        try:
                            if (type(v30) is dict or isinstance(v30, _Mapping)) and (
                                r31 := _attempt(_f_ResponseIncompleteDetailsType0, v30)
                            ) is not _MISS:
                                v30 = r31
                            elif not (v30 is None):
                                raise _no(
                                    "an object (ResponseIncompleteDetailsType0) or null",
                                    v30,
                                )
                        except SchemaMismatch as err32:
                            err32.within("incomplete_details")
                            raise
                        o6.incomplete_details = v30
                    v33 = i4.get("instructions", _MISS)
                    if v33 is _MISS:
                        o6.instructions = None
                    elif v33 is None:
                        n7 |= 1024
                        o6.instructions = None
                    else:
                        try:
                            if not (
                                (type(v33) is str or isinstance(v33, str))
                                or v33 is None
                            ):
                                raise _no("a string or null", v33)
                        except SchemaMismatch as err34:
                            err34.within("instructions")
                            raise
                        o6.instructions = v33
                    v35 = i4.get("max_output_tokens", _MISS)
                    if v35 is _MISS:
                        o6.max_output_tokens = None
                    elif v35 is None:
                        n7 |= 2048
                        o6.max_output_tokens = None
                    else:
                        try:
                            if not ((type(v35) is int or _is_int(v35)) or v35 is None):
                                raise _no("an integer or null", v35)
                        except SchemaMismatch as err36:
                            err36.within("max_output_tokens")
                            raise
                        o6.max_output_tokens = v35
                    v37 = i4.get("max_tool_calls", _MISS)
                    if v37 is _MISS:
                        o6.max_tool_calls = None
                    elif v37 is None:
                        n7 |= 4096
                        o6.max_tool_calls = None
                    else:
                        try:
                            if not ((type(v37) is int or _is_int(v37)) or v37 is None):
                                raise _no("an integer or null", v37)
                        except SchemaMismatch as err38:
                            err38.within("max_tool_calls")
                            raise
                        o6.max_tool_calls = v37
                    v39 = i4.get("parallel_tool_calls", _MISS)
                    if v39 is _MISS:
                        o6.parallel_tool_calls = None
                    elif v39 is None:
                        raise SchemaMismatch(
                            "null is not allowed here", "parallel_tool_calls"
                        )
                    else:
                        if not type(v39) is bool:
                            raise _no("a boolean", v39, "parallel_tool_calls")
                        o6.parallel_tool_calls = v39
                    v40 = i4.get("reasoning", _MISS)
                    if v40 is _MISS:
                        o6.reasoning = None
                    elif v40 is None:
                        n7 |= 16384
                        o6.reasoning = None
                    else:
                        try:
                            if (type(v40) is dict or isinstance(v40, _Mapping)) and (
                                r41 := _attempt(_f_ResponseReasoningType0, v40)
                            ) is not _MISS:
                                v40 = r41
                            elif not (v40 is None):
                                raise _no(
                                    "an object (ResponseReasoningType0) or null", v40
                                )
                        except SchemaMismatch as err42:
                            err42.within("reasoning")
                            raise
                        o6.reasoning = v40
                    v43 = i4.get("store", _MISS)
                    if v43 is _MISS:
                        o6.store = None
                    elif v43 is None:
                        n7 |= 32768
                        o6.store = None
                    else:
                        try:
                            if not (type(v43) is bool or v43 is None):
                                raise _no("a boolean or null", v43)
                        except SchemaMismatch as err44:
                            err44.within("store")
                            raise
                        o6.store = v43
                    v45 = i4.get("temperature", _MISS)
                    if v45 is _MISS:
                        o6.temperature = None
                    elif v45 is None:
                        raise SchemaMismatch("null is not allowed here", "temperature")
                    else:
                        if not (type(v45) is float or _is_number(v45)):
                            raise _no("a number", v45, "temperature")
                        o6.temperature = v45
                    v46 = i4.get("text", _MISS)
                    if v46 is _MISS:
                        o6.text = None
                    elif v46 is None:
                        n7 |= 131072
                        o6.text = None
                    else:
                        try:
                            if (type(v46) is dict or isinstance(v46, _Mapping)) and (
                                r47 := _attempt(_f_ResponseTextType0, v46)
                            ) is not _MISS:
                                v46 = r47
                            elif not (v46 is None):
                                raise _no("an object (ResponseTextType0) or null", v46)
                        except SchemaMismatch as err48:
                            err48.within("text")
                            raise
                        o6.text = v46
                    v49 = i4.get("tool_choice", _MISS)
                    if v49 is _MISS:
                        o6.tool_choice = None
                    elif v49 is None:
                        raise SchemaMismatch("null is not allowed here", "tool_choice")
                    else:
                        try:
                            if (type(v49) is dict or isinstance(v49, _Mapping)) and (
                                r50 := _attempt(_f_ResponseToolChoiceType1, v49)
                            ) is not _MISS:
                                v49 = r50
                            elif not (type(v49) is str or isinstance(v49, str)):
                                raise _no(
                                    "a string or an object (ResponseToolChoiceType1)",
                                    v49,
                                )
                        except SchemaMismatch as err51:
                            err51.within("tool_choice")
                            raise
                        o6.tool_choice = v49
                    v52 = i4.get("tools", _MISS)
                    if v52 is _MISS:
                        o6.tools = None
                    elif v52 is None:
                        raise SchemaMismatch("null is not allowed here", "tools")
                    else:
                        try:
                            if type(v52) is not list:
                                raise _no(
                                    "an array of an object (ResponseToolsItem)", v52
                                )
                            a54 = []
                            try:
                                for i53 in v52:
                                    if type(i53) is not dict:
                                        i53 = _object(i53)
                                    o55 = _new(_C_ResponseToolsItem)
                                    o55._nulls = 0
                                    if i53:
                                        x56 = dict(i53)
                                        o55.additional_properties = x56
                                    else:
                                        o55.additional_properties = {}
                                    i53 = o55
                                    a54.append(i53)
                            except SchemaMismatch as err60:
                                err60.within(len(a54))
                                raise
                            v52 = a54
                        except SchemaMismatch as err61:
                            err61.within("tools")
                            raise
                        o6.tools = v52
                    v62 = i4.get("top_p", _MISS)
                    if v62 is _MISS:
                        o6.top_p = None
                    elif v62 is None:
                        raise SchemaMismatch("null is not allowed here", "top_p")
                    else:
                        if not (type(v62) is float or _is_number(v62)):
                            raise _no("a number", v62, "top_p")
                        o6.top_p = v62
                    v63 = i4.get("truncation", _MISS)
                    if v63 is _MISS:
                        o6.truncation = None
                    elif v63 is None:
                        raise SchemaMismatch("null is not allowed here", "truncation")
                    else:
                        if not (type(v63) is str or isinstance(v63, str)):
                            raise _no("a string", v63, "truncation")
                        o6.truncation = v63
                    v64 = i4.get("user", _MISS)
                    if v64 is _MISS:
                        o6.user = None
                    elif v64 is None:
                        n7 |= 4194304
                        o6.user = None
                    else:
                        try:
                            if not (
                                (type(v64) is str or isinstance(v64, str))
                                or v64 is None
                            ):
                                raise _no("a string or null", v64)
                        except SchemaMismatch as err65:
                            err65.within("user")
                            raise
                        o6.user = v64
                    v66 = i4.get("metadata", _MISS)
                    if v66 is _MISS:
                        o6.metadata = None
                    elif v66 is None:
                        n7 |= 8388608
                        o6.metadata = None
                    else:
                        try:
                            if (type(v66) is dict or isinstance(v66, _Mapping)) and (
                                r67 := _attempt(_f_ResponseMetadataType0, v66)
                            ) is not _MISS:
                                v66 = r67
                            elif not (v66 is None):
                                raise _no(
                                    "an object (ResponseMetadataType0) or null", v66
                                )
                        except SchemaMismatch as err68:
                            err68.within("metadata")
                            raise
                        o6.metadata = v66
                    o6._nulls = n7
                    if len(i4) != 4 + (v19 is not _MISS) + (v21 is not _MISS) + (
                        v22 is not _MISS
                    ) + (v24 is not _MISS) + (v27 is not _MISS) + (v30 is not _MISS) + (
                        v33 is not _MISS
                    ) + (v35 is not _MISS) + (v37 is not _MISS) + (v39 is not _MISS) + (
                        v40 is not _MISS
                    ) + (v43 is not _MISS) + (v45 is not _MISS) + (v46 is not _MISS) + (
                        v49 is not _MISS
                    ) + (v52 is not _MISS) + (v62 is not _MISS) + (v63 is not _MISS) + (
                        v64 is not _MISS
                    ) + (v66 is not _MISS):
                        x69 = dict(i4)
                        del x69["created_at"]
                        del x69["status"]
                        del x69["model"]
                        del x69["output"]
                        x69.pop("id", None)
                        x69.pop("object", None)
                        x69.pop("previous_response_id", None)
                        x69.pop("usage", None)
                        x69.pop("error", None)
                        x69.pop("incomplete_details", None)
                        x69.pop("instructions", None)
                        x69.pop("max_output_tokens", None)
                        x69.pop("max_tool_calls", None)
                        x69.pop("parallel_tool_calls", None)
                        x69.pop("reasoning", None)
                        x69.pop("store", None)
                        x69.pop("temperature", None)
                        x69.pop("text", None)
                        x69.pop("tool_choice", None)
                        x69.pop("tools", None)
                        x69.pop("top_p", None)
                        x69.pop("truncation", None)
                        x69.pop("user", None)
                        x69.pop("metadata", None)
                        o6.additional_properties = x69
                    else:
                        o6.additional_properties = {}
                    i4 = o6
                    a5.append(i4)
            except SchemaMismatch as err73:
                err73.within(len(a5))
                raise
            v3 = a5
        except SchemaMismatch as err74:
            err74.within("data")
            raise
        o1.data = v3
        try:
            v75 = data["has_more"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "has_more") from None
        if not type(v75) is bool:
            raise _no("a boolean", v75, "has_more")
        o1.has_more = v75
        v76 = data.get("object", _MISS)
        if v76 is _MISS:
            o1.object_ = None
        elif v76 is None:
            raise SchemaMismatch("null is not allowed here", "object")
        else:
            if not (type(v76) is str or isinstance(v76, str)):
                raise _no("a string", v76, "object")
            o1.object_ = v76
        v77 = data.get("first_id", _MISS)
        if v77 is _MISS:
            o1.first_id = None
        elif v77 is None:
            n2 |= 8
            o1.first_id = None
        else:
            try:
                if not ((type(v77) is str or isinstance(v77, str)) or v77 is None):
                    raise _no("a string or null", v77)
            except SchemaMismatch as err78:
                err78.within("first_id")
                raise
            o1.first_id = v77
        v79 = data.get("last_id", _MISS)
        if v79 is _MISS:
            o1.last_id = None
        elif v79 is None:
            n2 |= 16
            o1.last_id = None
        else:
            try:
                if not ((type(v79) is str or isinstance(v79, str)) or v79 is None):
                    raise _no("a string or null", v79)
            except SchemaMismatch as err80:
                err80.within("last_id")
                raise
            o1.last_id = v79
        o1._nulls = n2
        if len(data) != 2 + (v76 is not _MISS) + (v77 is not _MISS) + (
            v79 is not _MISS
        ):
            x81 = dict(data)
            del x81["data"]
            del x81["has_more"]
            x81.pop("object", None)
            x81.pop("first_id", None)
            x81.pop("last_id", None)
            o1.additional_properties = x81
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseList"
        raise
    return o1


def _f_ResponseMetadataType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseMetadataType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseMetadataType0"
        raise
    return o1


def _f_ResponseReasoningType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseReasoningType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseReasoningType0"
        raise
    return o1


def _f_ResponseTextType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseTextType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseTextType0"
        raise
    return o1


def _f_ResponseToolChoiceType1(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseToolChoiceType1)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseToolChoiceType1"
        raise
    return o1


def _f_ResponseToolsItem(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseToolsItem)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseToolsItem"
        raise
    return o1


def _f_ResponseUsageType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ResponseUsageType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ResponseUsageType0"
        raise
    return o1


def _f_StepScheduleRequest(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_StepScheduleRequest)
        try:
            v2 = data["step_schedule_start"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "step_schedule_start"
            ) from None
        if not (type(v2) is float or _is_number(v2)):
            raise _no("a number", v2, "step_schedule_start")
        o1.step_schedule_start = v2
        try:
            v3 = data["step_schedule_end"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "step_schedule_end"
            ) from None
        if not (type(v3) is float or _is_number(v3)):
            raise _no("a number", v3, "step_schedule_end")
        o1.step_schedule_end = v3
        v4 = data.get("prompt", _MISS)
        if v4 is _MISS:
            o1.prompt = None
        elif v4 is None:
            raise SchemaMismatch("null is not allowed here", "prompt")
        else:
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "prompt")
            o1.prompt = v4
        v5 = data.get("negative_prompt", _MISS)
        if v5 is _MISS:
            o1.negative_prompt = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "negative_prompt")
        else:
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "negative_prompt")
            o1.negative_prompt = v5
        v6 = data.get("init_image", _MISS)
        if v6 is _MISS:
            o1.init_image = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "init_image")
        else:
            if not isinstance(v6, bytes):
                raise _no("bytes (a file)", v6, "init_image")
            v6 = _File(payload=_BytesIO(v6))
            o1.init_image = v6
        v7 = data.get("init_image_mode", _MISS)
        if v7 is _MISS:
            o1.init_image_mode = None
        elif v7 is None:
            raise SchemaMismatch("null is not allowed here", "init_image_mode")
        else:
            if not (type(v7) is str or isinstance(v7, str)):
                raise _no("a string", v7, "init_image_mode")
            o1.init_image_mode = v7
        v8 = data.get("cfg_scale", _MISS)
        if v8 is _MISS:
            o1.cfg_scale = None
        elif v8 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v8) is int or _is_int(v8)):
                raise _no("an integer", v8, "cfg_scale")
            o1.cfg_scale = v8
        v9 = data.get("clip_guidance_preset", _MISS)
        if v9 is _MISS:
            o1.clip_guidance_preset = None
        elif v9 is None:
            raise SchemaMismatch("null is not allowed here", "clip_guidance_preset")
        else:
            if not (type(v9) is str or isinstance(v9, str)):
                raise _no("a string", v9, "clip_guidance_preset")
            o1.clip_guidance_preset = v9
        v10 = data.get("sampler", _MISS)
        if v10 is _MISS:
            o1.sampler = None
        elif v10 is None:
            raise SchemaMismatch("null is not allowed here", "sampler")
        else:
            e11 = _E_Sampler.get(v10) if type(v10) is str else None
            if e11 is None:
                raise _no("one of 'K_DPMPP_2M'", v10, "sampler")
            v10 = e11
            o1.sampler = v10
        v12 = data.get("samples", _MISS)
        if v12 is _MISS:
            o1.samples = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v12) is int or _is_int(v12)):
                raise _no("an integer", v12, "samples")
            o1.samples = v12
        v13 = data.get("seed", _MISS)
        if v13 is _MISS:
            o1.seed = None
        elif v13 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v13) is int or _is_int(v13)):
                raise _no("an integer", v13, "seed")
            o1.seed = v13
        v14 = data.get("steps", _MISS)
        if v14 is _MISS:
            o1.steps = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v14) is int or _is_int(v14)):
                raise _no("an integer", v14, "steps")
            o1.steps = v14
        v15 = data.get("safety_check", _MISS)
        if v15 is _MISS:
            o1.safety_check = None
        elif v15 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v15) is bool:
                raise _no("a boolean", v15, "safety_check")
            o1.safety_check = v15
        v16 = data.get("lora_adapter_name", _MISS)
        if v16 is _MISS:
            o1.lora_adapter_name = None
        elif v16 is None:
            raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
        else:
            if not (type(v16) is str or isinstance(v16, str)):
                raise _no("a string", v16, "lora_adapter_name")
            o1.lora_adapter_name = v16
        v17 = data.get("lora_weight_filename", _MISS)
        if v17 is _MISS:
            o1.lora_weight_filename = None
        elif v17 is None:
            raise SchemaMismatch("null is not allowed here", "lora_weight_filename")
        else:
            if not (type(v17) is str or isinstance(v17, str)):
                raise _no("a string", v17, "lora_weight_filename")
            o1.lora_weight_filename = v17
        o1._nulls = 0
        if len(data) != 2 + (v4 is not _MISS) + (v5 is not _MISS) + (
            v6 is not _MISS
        ) + (v7 is not _MISS) + (v8 is not _MISS) + (v9 is not _MISS) + (
            v10 is not _MISS
        ) + (v12 is not _MISS) + (v13 is not _MISS) + (v14 is not _MISS) + (
            v15 is not _MISS
        ) + (v16 is not _MISS) + (v17 is not _MISS):
            x18 = dict(data)
            del x18["step_schedule_start"]
            del x18["step_schedule_end"]
            x18.pop("prompt", None)
            x18.pop("negative_prompt", None)
            x18.pop("init_image", None)
            x18.pop("init_image_mode", None)
            x18.pop("cfg_scale", None)
            x18.pop("clip_guidance_preset", None)
            x18.pop("sampler", None)
            x18.pop("samples", None)
            x18.pop("seed", None)
            x18.pop("steps", None)
            x18.pop("safety_check", None)
            x18.pop("lora_adapter_name", None)
            x18.pop("lora_weight_filename", None)
            o1.additional_properties = x18
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "StepScheduleRequest"
        raise
    return o1


def _f_TextPrompt(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_TextPrompt)
        try:
            v2 = data["text"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "text") from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "text")
        o1.text = v2
        try:
            v3 = data["weight"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "weight") from None
        if not (type(v3) is float or _is_number(v3)):
            raise _no("a number", v3, "weight")
        o1.weight = v3
        o1._nulls = 0
        if len(data) != 2:
            x4 = dict(data)
            del x4["text"]
            del x4["weight"]
            o1.additional_properties = x4
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "TextPrompt"
        raise
    return o1


def _f_ThinkingConfigDisabled(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ThinkingConfigDisabled)
        try:
            v2 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if v2 != "disabled" or type(v2) is not type("disabled"):
            raise _no("'disabled'", v2, "type")
        o1.type_ = v2
        o1._nulls = 0
    except SchemaMismatch as error:
        error.model = "ThinkingConfigDisabled"
        raise
    return o1


def _f_ThinkingConfigEnabled(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ThinkingConfigEnabled)
        n2 = 0
        try:
            v3 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if v3 != "enabled" or type(v3) is not type("enabled"):
            raise _no("'enabled'", v3, "type")
        o1.type_ = v3
        v4 = data.get("budget_tokens", _MISS)
        if v4 is _MISS:
            o1.budget_tokens = None
        elif v4 is None:
            n2 |= 2
            o1.budget_tokens = None
        else:
            try:
                if not ((type(v4) is int or _is_int(v4)) or v4 is None):
                    raise _no("an integer or null", v4)
            except SchemaMismatch as err5:
                err5.within("budget_tokens")
                raise
            o1.budget_tokens = v4
        o1._nulls = n2
    except SchemaMismatch as error:
        error.model = "ThinkingConfigEnabled"
        raise
    return o1


def _f_ToolCall(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ToolCall)
        n2 = 0
        try:
            v3 = data["id"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "id") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "id")
        o1.id = v3
        try:
            v4 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if not (type(v4) is str or isinstance(v4, str)):
            raise _no("a string", v4, "type")
        o1.type_ = v4
        v5 = data.get("call_id", _MISS)
        if v5 is _MISS:
            o1.call_id = None
        elif v5 is None:
            n2 |= 4
            o1.call_id = None
        else:
            try:
                if not ((type(v5) is str or isinstance(v5, str)) or v5 is None):
                    raise _no("a string or null", v5)
            except SchemaMismatch as err6:
                err6.within("call_id")
                raise
            o1.call_id = v5
        v7 = data.get("name", _MISS)
        if v7 is _MISS:
            o1.name = None
        elif v7 is None:
            n2 |= 8
            o1.name = None
        else:
            try:
                if not ((type(v7) is str or isinstance(v7, str)) or v7 is None):
                    raise _no("a string or null", v7)
            except SchemaMismatch as err8:
                err8.within("name")
                raise
            o1.name = v7
        v9 = data.get("arguments", _MISS)
        if v9 is _MISS:
            o1.arguments = None
        elif v9 is None:
            n2 |= 16
            o1.arguments = None
        else:
            try:
                if not ((type(v9) is str or isinstance(v9, str)) or v9 is None):
                    raise _no("a string or null", v9)
            except SchemaMismatch as err10:
                err10.within("arguments")
                raise
            o1.arguments = v9
        v11 = data.get("status", _MISS)
        if v11 is _MISS:
            o1.status = None
        elif v11 is None:
            n2 |= 32
            o1.status = None
        else:
            try:
                if not ((type(v11) is str or isinstance(v11, str)) or v11 is None):
                    raise _no("a string or null", v11)
            except SchemaMismatch as err12:
                err12.within("status")
                raise
            o1.status = v11
        v13 = data.get("function", _MISS)
        if v13 is _MISS:
            o1.function = None
        elif v13 is None:
            n2 |= 64
            o1.function = None
        else:
            try:
                if (type(v13) is dict or isinstance(v13, _Mapping)) and (
                    r14 := _attempt(_f_ToolCallFunctionType0, v13)
                ) is not _MISS:
                    v13 = r14
                elif not (v13 is None):
                    raise _no("an object (ToolCallFunctionType0) or null", v13)
            except SchemaMismatch as err15:
                err15.within("function")
                raise
            o1.function = v13
        v16 = data.get("mcp", _MISS)
        if v16 is _MISS:
            o1.mcp = None
        elif v16 is None:
            n2 |= 128
            o1.mcp = None
        else:
            try:
                if (type(v16) is dict or isinstance(v16, _Mapping)) and (
                    r17 := _attempt(_f_ToolCallMcpType0, v16)
                ) is not _MISS:
                    v16 = r17
                elif not (v16 is None):
                    raise _no("an object (ToolCallMcpType0) or null", v16)
            except SchemaMismatch as err18:
                err18.within("mcp")
                raise
            o1.mcp = v16
        o1._nulls = n2
        if len(data) != 2 + (v5 is not _MISS) + (v7 is not _MISS) + (
            v9 is not _MISS
        ) + (v11 is not _MISS) + (v13 is not _MISS) + (v16 is not _MISS):
            x19 = dict(data)
            del x19["id"]
            del x19["type"]
            x19.pop("call_id", None)
            x19.pop("name", None)
            x19.pop("arguments", None)
            x19.pop("status", None)
            x19.pop("function", None)
            x19.pop("mcp", None)
            o1.additional_properties = x19
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ToolCall"
        raise
    return o1


def _f_ToolCallFunctionType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ToolCallFunctionType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ToolCallFunctionType0"
        raise
    return o1


def _f_ToolCallMcpType0(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ToolCallMcpType0)
        o1._nulls = 0
        if data:
            x2 = dict(data)
            o1.additional_properties = x2
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ToolCallMcpType0"
        raise
    return o1


def _f_ToolOutput(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ToolOutput)
        try:
            v2 = data["tool_call_id"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "tool_call_id"
            ) from None
        if not (type(v2) is str or isinstance(v2, str)):
            raise _no("a string", v2, "tool_call_id")
        o1.tool_call_id = v2
        try:
            v3 = data["output"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "output") from None
        if not (type(v3) is str or isinstance(v3, str)):
            raise _no("a string", v3, "output")
        o1.output = v3
        v4 = data.get("type", _MISS)
        if v4 is _MISS:
            o1.type_ = None
        elif v4 is None:
            raise SchemaMismatch("null is not allowed here", "type")
        else:
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "type")
            o1.type_ = v4
        o1._nulls = 0
        if len(data) != 2 + (v4 is not _MISS):
            x5 = dict(data)
            del x5["tool_call_id"]
            del x5["output"]
            x5.pop("type", None)
            o1.additional_properties = x5
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ToolOutput"
        raise
    return o1


def _f_UsageInfo(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_UsageInfo)
        n2 = 0
        try:
            v3 = data["prompt_tokens"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "prompt_tokens"
            ) from None
        if not (type(v3) is int or _is_int(v3)):
            raise _no("an integer", v3, "prompt_tokens")
        o1.prompt_tokens = v3
        try:
            v4 = data["total_tokens"]
        except KeyError:
            raise SchemaMismatch(
                "a required field is missing", "total_tokens"
            ) from None
        if not (type(v4) is int or _is_int(v4)):
            raise _no("an integer", v4, "total_tokens")
        o1.total_tokens = v4
        v5 = data.get("completion_tokens", _MISS)
        if v5 is _MISS:
            o1.completion_tokens = None
        elif v5 is None:
            n2 |= 4
            o1.completion_tokens = None
        else:
            try:
                if not ((type(v5) is int or _is_int(v5)) or v5 is None):
                    raise _no("an integer or null", v5)
            except SchemaMismatch as err6:
                err6.within("completion_tokens")
                raise
            o1.completion_tokens = v5
        v7 = data.get("prompt_tokens_details", _MISS)
        if v7 is _MISS:
            o1.prompt_tokens_details = None
        elif v7 is None:
            n2 |= 8
            o1.prompt_tokens_details = None
        else:
            try:
                if (type(v7) is dict or isinstance(v7, _Mapping)) and (
                    r8 := _attempt(_f_PromptTokensDetails, v7)
                ) is not _MISS:
                    v7 = r8
                elif not (v7 is None):
                    raise _no("an object (PromptTokensDetails) or null", v7)
            except SchemaMismatch as err9:
                err9.within("prompt_tokens_details")
                raise
            o1.prompt_tokens_details = v7
        o1._nulls = n2
        if len(data) != 2 + (v5 is not _MISS) + (v7 is not _MISS):
            x10 = dict(data)
            del x10["prompt_tokens"]
            del x10["total_tokens"]
            x10.pop("completion_tokens", None)
            x10.pop("prompt_tokens_details", None)
            o1.additional_properties = x10
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "UsageInfo"
        raise
    return o1


def _f_ValidationError(data: Any) -> Any:
    try:
        if type(data) is not dict:
            data = _object(data)
        o1 = _new(_C_ValidationError)
        try:
            v2 = data["loc"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "loc") from None
        try:
            if type(v2) is not list:
                raise _no("an array of a string or an integer", v2)
            for i3 in v2:
                try:
                    if not (
                        (type(i3) is str or isinstance(i3, str))
                        or (type(i3) is int or _is_int(i3))
                    ):
                        raise _no("a string or an integer", i3)
                except SchemaMismatch as err5:
                    err5.within(_index(v2, i3))
                    raise
        except SchemaMismatch as err6:
            err6.within("loc")
            raise
        o1.loc = v2
        try:
            v7 = data["msg"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "msg") from None
        if not (type(v7) is str or isinstance(v7, str)):
            raise _no("a string", v7, "msg")
        o1.msg = v7
        try:
            v8 = data["type"]
        except KeyError:
            raise SchemaMismatch("a required field is missing", "type") from None
        if not (type(v8) is str or isinstance(v8, str)):
            raise _no("a string", v8, "type")
        o1.type_ = v8
        o1._nulls = 0
        if len(data) != 3:
            x9 = dict(data)
            del x9["loc"]
            del x9["msg"]
            del x9["type"]
            o1.additional_properties = x9
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "ValidationError"
        raise
    return o1


def _h1(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatMessageContent)
            n4 = 0
            try:
                v5 = i1["type"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "type") from None
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "type")
            o3.type_ = v5
            v6 = i1.get("text", _MISS)
            if v6 is _MISS:
                o3.text = None
            elif v6 is None:
                n4 |= 2
                o3.text = None
            else:
                try:
                    if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("text")
                    raise
                o3.text = v6
            v8 = i1.get("image_url", _MISS)
            if v8 is _MISS:
                o3.image_url = None
            elif v8 is None:
                n4 |= 4
                o3.image_url = None
            else:
                try:
                    if (type(v8) is dict or isinstance(v8, _Mapping)) and (
                        r9 := _attempt(_f_ChatMessageContentImageURL, v8)
                    ) is not _MISS:
                        v8 = r9
                    elif not (v8 is None):
                        raise _no("an object (ChatMessageContentImageURL) or null", v8)
                except SchemaMismatch as err10:
                    err10.within("image_url")
                    raise
                o3.image_url = v8
            o3._nulls = n4
            if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                x11 = dict(i1)
                del x11["type"]
                x11.pop("text", None)
                x11.pop("image_url", None)
                o3.additional_properties = x11
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err15:
        err15.within(len(a2))
        raise
    data = a2
    return data


def _h2(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h3(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h4(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h5(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatMessageContent)
            n4 = 0
            try:
                v5 = i1["type"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "type") from None
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "type")
            o3.type_ = v5
            v6 = i1.get("text", _MISS)
            if v6 is _MISS:
                o3.text = None
            elif v6 is None:
                n4 |= 2
                o3.text = None
            else:
                try:
                    if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("text")
                    raise
                o3.text = v6
            v8 = i1.get("image_url", _MISS)
            if v8 is _MISS:
                o3.image_url = None
            elif v8 is None:
                n4 |= 4
                o3.image_url = None
            else:
                try:
                    if (type(v8) is dict or isinstance(v8, _Mapping)) and (
                        r9 := _attempt(_f_ChatMessageContentImageURL, v8)
                    ) is not _MISS:
                        v8 = r9
                    elif not (v8 is None):
                        raise _no("an object (ChatMessageContentImageURL) or null", v8)
                except SchemaMismatch as err10:
                    err10.within("image_url")
                    raise
                o3.image_url = v8
            o3._nulls = n4
            if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                x11 = dict(i1)
                del x11["type"]
                x11.pop("text", None)
                x11.pop("image_url", None)
                o3.additional_properties = x11
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err15:
        err15.within(len(a2))
        raise
    data = a2
    return data


def _h6(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h7(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h8(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h9(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatMessageContent)
            n4 = 0
            try:
                v5 = i1["type"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "type") from None
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "type")
            o3.type_ = v5
            v6 = i1.get("text", _MISS)
            if v6 is _MISS:
                o3.text = None
            elif v6 is None:
                n4 |= 2
                o3.text = None
            else:
                try:
                    if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("text")
                    raise
                o3.text = v6
            v8 = i1.get("image_url", _MISS)
            if v8 is _MISS:
                o3.image_url = None
            elif v8 is None:
                n4 |= 4
                o3.image_url = None
            else:
                try:
                    if (type(v8) is dict or isinstance(v8, _Mapping)) and (
                        r9 := _attempt(_f_ChatMessageContentImageURL, v8)
                    ) is not _MISS:
                        v8 = r9
                    elif not (v8 is None):
                        raise _no("an object (ChatMessageContentImageURL) or null", v8)
                except SchemaMismatch as err10:
                    err10.within("image_url")
                    raise
                o3.image_url = v8
            o3._nulls = n4
            if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                x11 = dict(i1)
                del x11["type"]
                x11.pop("text", None)
                x11.pop("image_url", None)
                o3.additional_properties = x11
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err15:
        err15.within(len(a2))
        raise
    data = a2
    return data


def _h10(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h11(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h12(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h13(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h14(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h15(data: Any) -> Any:
    if data != "[DONE]" or type(data) is not type("[DONE]"):
        raise _no("'[DONE]'", data)
    return data


def _h16(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h17(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h18(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h19(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h20(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatMessageContent)
            n4 = 0
            try:
                v5 = i1["type"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "type") from None
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "type")
            o3.type_ = v5
            v6 = i1.get("text", _MISS)
            if v6 is _MISS:
                o3.text = None
            elif v6 is None:
                n4 |= 2
                o3.text = None
            else:
                try:
                    if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("text")
                    raise
                o3.text = v6
            v8 = i1.get("image_url", _MISS)
            if v8 is _MISS:
                o3.image_url = None
            elif v8 is None:
                n4 |= 4
                o3.image_url = None
            else:
                try:
                    if (type(v8) is dict or isinstance(v8, _Mapping)) and (
                        r9 := _attempt(_f_ChatMessageContentImageURL, v8)
                    ) is not _MISS:
                        v8 = r9
                    elif not (v8 is None):
                        raise _no("an object (ChatMessageContentImageURL) or null", v8)
                except SchemaMismatch as err10:
                    err10.within("image_url")
                    raise
                o3.image_url = v8
            o3._nulls = n4
            if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                x11 = dict(i1)
                del x11["type"]
                x11.pop("text", None)
                x11.pop("image_url", None)
                o3.additional_properties = x11
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err15:
        err15.within(len(a2))
        raise
    data = a2
    return data


def _h21(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h22(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h23(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h24(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h25(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h26(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an array of an integer", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not list:
                raise _no("an array of an integer", i1)
            for i3 in i1:
                if not (type(i3) is int or _is_int(i3)):
                    raise _no("an integer", i3, _index(i1, i3))
            a2.append(i1)
    except SchemaMismatch as err5:
        err5.within(len(a2))
        raise
    data = a2
    return data


def _h27(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h28(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h29(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h30(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an array of a string", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not list:
                raise _no("an array of a string", i1)
            for i3 in i1:
                if not (type(i3) is str or isinstance(i3, str)):
                    raise _no("a string", i3, _index(i1, i3))
            a2.append(i1)
    except SchemaMismatch as err5:
        err5.within(len(a2))
        raise
    data = a2
    return data


def _h31(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h32(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h33(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h34(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h35(data: Any) -> Any:
    if data != "[DONE]" or type(data) is not type("[DONE]"):
        raise _no("'[DONE]'", data)
    return data


def _h36(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h37(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h38(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h39(data: Any) -> Any:
    if type(data) is not list:
        raise _no(
            "an array of an object (CreateEmbeddingRequestInputArrayOfObjectsItem)",
            data,
        )
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_CreateEmbeddingRequestInputArrayOfObjectsItem)
            o3._nulls = 0
            if i1:
                x4 = dict(i1)
                o3.additional_properties = x4
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err8:
        err8.within(len(a2))
        raise
    data = a2
    return data


def _h40(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a number", data)
    for i1 in data:
        if not (type(i1) is float or _is_number(i1)):
            raise _no("a number", i1, _index(data, i1))
    return data


def _h41(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (CreateResponseInputType1Item)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_CreateResponseInputType1Item)
            o3._nulls = 0
            if i1:
                x4 = dict(i1)
                o3.additional_properties = x4
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err8:
        err8.within(len(a2))
        raise
    data = a2
    return data


def _h42(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (CreateResponseToolsType0Item)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_CreateResponseToolsType0Item)
            o3._nulls = 0
            if i1:
                x4 = dict(i1)
                o3.additional_properties = x4
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err8:
        err8.within(len(a2))
        raise
    data = a2
    return data


def _h43(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatCompletionMessageToolCall)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatCompletionMessageToolCall)
            n4 = 0
            try:
                v5 = i1["function"]
            except KeyError:
                raise SchemaMismatch(
                    "a required field is missing", "function"
                ) from None
            try:
                if (type(v5) is dict or isinstance(v5, _Mapping)) and (
                    r6 := _attempt(_f_ChatCompletionMessageToolCallFunction, v5)
                ) is not _MISS:
                    v5 = r6
                elif not (type(v5) is str or isinstance(v5, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v5,
                    )
            except SchemaMismatch as err7:
                err7.within("function")
                raise
            o3.function = v5
            v8 = i1.get("id", _MISS)
            if v8 is _MISS:
                o3.id = None
            elif v8 is None:
                n4 |= 2
                o3.id = None
            else:
                try:
                    if not ((type(v8) is str or isinstance(v8, str)) or v8 is None):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("id")
                    raise
                o3.id = v8
            v10 = i1.get("type", _MISS)
            if v10 is _MISS:
                o3.type_ = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v10) is str or isinstance(v10, str)):
                    raise _no("a string", v10, "type")
                o3.type_ = v10
            v11 = i1.get("index", _MISS)
            if v11 is _MISS:
                o3.index = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "index")
                o3.index = v11
            o3._nulls = n4
            if len(i1) != 1 + (v8 is not _MISS) + (v10 is not _MISS) + (
                v11 is not _MISS
            ):
                x12 = dict(i1)
                del x12["function"]
                x12.pop("id", None)
                x12.pop("type", None)
                x12.pop("index", None)
                o3.additional_properties = x12
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err16:
        err16.within(len(a2))
        raise
    data = a2
    return data


def _h44(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a number", data)
    for i1 in data:
        if not (type(i1) is float or _is_number(i1)):
            raise _no("a number", i1, _index(data, i1))
    return data


def _h45(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (LogProbsTopLogprobsType0Item)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_LogProbsTopLogprobsType0Item)
            o3._nulls = 0
            if i1:
                x4 = dict(i1)
                b7 = {}
                for k5, u6 in x4.items():
                    try:
                        if not (type(u6) is float or _is_number(u6)):
                            raise _no("a number", u6)
                    except SchemaMismatch as err8:
                        err8.within(k5)
                        raise
                    b7[k5] = u6
                x4 = b7
                o3.additional_properties = x4
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err9:
        err9.within(len(a2))
        raise
    data = a2
    return data


def _h46(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h47(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            if type(i1) is not dict:
                i1 = _object(i1)
            o3 = _new(_C_ChatMessageContent)
            n4 = 0
            try:
                v5 = i1["type"]
            except KeyError:
                raise SchemaMismatch("a required field is missing", "type") from None
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "type")
            o3.type_ = v5
            v6 = i1.get("text", _MISS)
            if v6 is _MISS:
                o3.text = None
            elif v6 is None:
                n4 |= 2
                o3.text = None
            else:
                try:
                    if not ((type(v6) is str or isinstance(v6, str)) or v6 is None):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("text")
                    raise
                o3.text = v6
            v8 = i1.get("image_url", _MISS)
            if v8 is _MISS:
                o3.image_url = None
            elif v8 is None:
                n4 |= 4
                o3.image_url = None
            else:
                try:
                    if (type(v8) is dict or isinstance(v8, _Mapping)) and (
                        r9 := _attempt(_f_ChatMessageContentImageURL, v8)
                    ) is not _MISS:
                        v8 = r9
                    elif not (v8 is None):
                        raise _no("an object (ChatMessageContentImageURL) or null", v8)
                except SchemaMismatch as err10:
                    err10.within("image_url")
                    raise
                o3.image_url = v8
            o3._nulls = n4
            if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                x11 = dict(i1)
                del x11["type"]
                x11.pop("text", None)
                x11.pop("image_url", None)
                o3.additional_properties = x11
            else:
                o3.additional_properties = {}
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err15:
        err15.within(len(a2))
        raise
    data = a2
    return data


def _h48(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h49(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


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


_PARSERS: dict[type[Any], Callable[[Any], Any]] = {}
_LOADED: set[str] = set()


def _load(name: str) -> None:
    """Import the classes and enums ``name``'s constructor uses into this module's globals."""
    import attrs  # noqa: PLC0415 - the models load it anyway

    names = globals()
    from io import BytesIO  # noqa: PLC0415

    from . import types  # noqa: PLC0415

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
            names[f"_C_{dep}"] = value
        _LOADED.add(dep)


def parser_for(cls: type[T]) -> Callable[[Any], T]:
    """The parser of ``cls``, a model class of this package: ``cls.from_dict``."""
    parser: Callable[[Any], T] | None = _PARSERS.get(cls)
    if parser is None:
        name = getattr(cls, "__name__", "")
        parser = _FAST.get(name)
        if parser is None:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        _load(name)
        if globals()[f"_C_{name}"] is not cls:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        _PARSERS[cls] = parser
    return parser


def build(cls: type[T], data: Any) -> T:
    """``cls`` built from ``data`` (decoded JSON), or SchemaMismatch."""
    parser = _PARSERS.get(cls)
    if parser is None:
        parser = parser_for(cls)
    return parser(data)
