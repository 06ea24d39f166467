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


def _absent(missing: KeyError) -> SchemaMismatch:
    return SchemaMismatch("a required field is missing", missing.args[0])


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
        if type(v2) is str:
            o1.prompt = v2
        elif v2 is _MISS:
            o1.prompt = None
        elif v2 is None:
            raise SchemaMismatch("null is not allowed here", "prompt")
        else:
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "prompt")
            o1.prompt = v2
        v3 = data.get("negative_prompt", _MISS)
        if type(v3) is str:
            o1.negative_prompt = v3
        elif v3 is _MISS:
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
        if type(v5) is str:
            o1.init_image_mode = v5
        elif v5 is _MISS:
            o1.init_image_mode = None
        elif v5 is None:
            raise SchemaMismatch("null is not allowed here", "init_image_mode")
        else:
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "init_image_mode")
            o1.init_image_mode = v5
        v6 = data.get("cfg_scale", _MISS)
        if type(v6) is int:
            o1.cfg_scale = v6
        elif v6 is _MISS:
            o1.cfg_scale = None
        elif v6 is None:
            raise SchemaMismatch("null is not allowed here", "cfg_scale")
        else:
            if not (type(v6) is int or _is_int(v6)):
                raise _no("an integer", v6, "cfg_scale")
            o1.cfg_scale = v6
        v7 = data.get("clip_guidance_preset", _MISS)
        if type(v7) is str:
            o1.clip_guidance_preset = v7
        elif v7 is _MISS:
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
        if type(v10) is int:
            o1.samples = v10
        elif v10 is _MISS:
            o1.samples = None
        elif v10 is None:
            raise SchemaMismatch("null is not allowed here", "samples")
        else:
            if not (type(v10) is int or _is_int(v10)):
                raise _no("an integer", v10, "samples")
            o1.samples = v10
        v11 = data.get("seed", _MISS)
        if type(v11) is int:
            o1.seed = v11
        elif v11 is _MISS:
            o1.seed = None
        elif v11 is None:
            raise SchemaMismatch("null is not allowed here", "seed")
        else:
            if not (type(v11) is int or _is_int(v11)):
                raise _no("an integer", v11, "seed")
            o1.seed = v11
        v12 = data.get("steps", _MISS)
        if type(v12) is int:
            o1.steps = v12
        elif v12 is _MISS:
            o1.steps = None
        elif v12 is None:
            raise SchemaMismatch("null is not allowed here", "steps")
        else:
            if not (type(v12) is int or _is_int(v12)):
                raise _no("an integer", v12, "steps")
            o1.steps = v12
        v13 = data.get("safety_check", _MISS)
        if type(v13) is bool:
            o1.safety_check = v13
        elif v13 is _MISS:
            o1.safety_check = None
        elif v13 is None:
            raise SchemaMismatch("null is not allowed here", "safety_check")
        else:
            if not type(v13) is bool:
                raise _no("a boolean", v13, "safety_check")
            o1.safety_check = v13
        v14 = data.get("lora_adapter_name", _MISS)
        if type(v14) is str:
            o1.lora_adapter_name = v14
        elif v14 is _MISS:
            o1.lora_adapter_name = None
        elif v14 is None:
            raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
        else:
            if not (type(v14) is str or isinstance(v14, str)):
                raise _no("a string", v14, "lora_adapter_name")
            o1.lora_adapter_name = v14
        v15 = data.get("lora_weight_filename", _MISS)
        if type(v15) is str:
            o1.lora_weight_filename = v15
        elif v15 is _MISS:
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionFunction)
            n2 = 0
            v3 = data["name"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "name")
            o1.name = v3
            v4 = data.get("description", _MISS)
            if type(v4) is str:
                o1.description = v4
            elif v4 is _MISS:
                o1.description = None
            elif v4 is None:
                n2 |= 2
                o1.description = None
            else:
                try:
                    if not (type(v4) is str or isinstance(v4, str)):
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
            if type(v13) is bool:
                o1.strict = v13
            elif v13 is _MISS:
                o1.strict = None
            elif v13 is None:
                n2 |= 8
                o1.strict = None
            else:
                try:
                    if not (type(v13) is bool):
                        raise _no("a boolean or null", v13)
                except SchemaMismatch as err14:
                    err14.within("strict")
                    raise
                o1.strict = v13
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionMessageToolCall)
            n2 = 0
            v3 = data["function"]
            try:
                if (type(v3) is dict or isinstance(v3, _Mapping)) and (
                    r4 := _attempt(_f_ChatCompletionMessageToolCallFunction, v3)
                ) is not _MISS:
                    v3 = r4
                elif not (type(v3) is str or isinstance(v3, str)):
                    raise _no(
                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                        v3,
                    )
            except SchemaMismatch as err5:
                err5.within("function")
                raise
            o1.function = v3
            v6 = data.get("id", _MISS)
            if type(v6) is str:
                o1.id = v6
            elif v6 is _MISS:
                o1.id = None
            elif v6 is None:
                n2 |= 2
                o1.id = None
            else:
                try:
                    if not (type(v6) is str or isinstance(v6, str)):
                        raise _no("a string or null", v6)
                except SchemaMismatch as err7:
                    err7.within("id")
                    raise
                o1.id = v6
            v8 = data.get("type", _MISS)
            if type(v8) is str:
                o1.type_ = v8
            elif v8 is _MISS:
                o1.type_ = None
            elif v8 is None:
                raise SchemaMismatch("null is not allowed here", "type")
            else:
                if not (type(v8) is str or isinstance(v8, str)):
                    raise _no("a string", v8, "type")
                o1.type_ = v8
            v9 = data.get("index", _MISS)
            if type(v9) is int:
                o1.index = v9
            elif v9 is _MISS:
                o1.index = None
            elif v9 is None:
                raise SchemaMismatch("null is not allowed here", "index")
            else:
                if not (type(v9) is int or _is_int(v9)):
                    raise _no("an integer", v9, "index")
                o1.index = v9
            o1._nulls = n2
            if len(data) != 1 + (v6 is not _MISS) + (v8 is not _MISS) + (
                v9 is not _MISS
            ):
                x10 = dict(data)
                del x10["function"]
                x10.pop("id", None)
                x10.pop("type", None)
                x10.pop("index", None)
                o1.additional_properties = x10
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        if type(v3) is str:
            o1.name = v3
        elif v3 is _MISS:
            o1.name = None
        elif v3 is None:
            n2 |= 1
            o1.name = None
        else:
            try:
                if not (type(v3) is str or isinstance(v3, str)):
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
                elif not (type(v5) is str or isinstance(v5, str)):
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionRequest)
            n2 = 0
            v3 = data["model"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "model")
            o1.model = v3
            v4 = data["messages"]
            try:
                if type(v4) is not list:
                    raise _no("an array of an object (ChatMessage)", v4)
                a6 = []
                try:
                    for i5 in v4:
                        try:
                            if type(i5) is not dict:
                                i5 = _object(i5)
                            o7 = _new(_C_ChatMessage)
                            n8 = 0
                            v9 = i5["role"]
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
                                    elif not (type(v10) is str or isinstance(v10, str)):
                                        raise _no(
                                            "a string or an array of an object (ChatMessageContent) or null",
                                            v10,
                                        )
                                except SchemaMismatch as err12:
                                    err12.within("content")
                                    raise
                                o7.content = v10
                            v13 = i5.get("reasoning_content", _MISS)
                            if type(v13) is str:
                                o7.reasoning_content = v13
                            elif v13 is _MISS:
                                o7.reasoning_content = None
                            elif v13 is None:
                                n8 |= 4
                                o7.reasoning_content = None
                            else:
                                try:
                                    if not (type(v13) is str or isinstance(v13, str)):
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
                                    if type(v15) is not list:
                                        raise _no(
                                            "an array of an object (ChatCompletionMessageToolCall)",
                                            v15,
                                        )
                                    a17 = []
                                    try:
                                        for i16 in v15:
                                            try:
                                                if type(i16) is not dict:
                                                    i16 = _object(i16)
                                                o18 = _new(
                                                    _C_ChatCompletionMessageToolCall
                                                )
                                                n19 = 0
                                                v20 = i16["function"]
                                                try:
                                                    if (
                                                        type(v20) is dict
                                                        or isinstance(v20, _Mapping)
                                                    ) and (
                                                        r21 := _attempt(
                                                            _f_ChatCompletionMessageToolCallFunction,
                                                            v20,
                                                        )
                                                    ) is not _MISS:
                                                        v20 = r21
                                                    elif not (
                                                        type(v20) is str
                                                        or isinstance(v20, str)
                                                    ):
                                                        raise _no(
                                                            "an object (ChatCompletionMessageToolCallFunction) or a string",
                                                            v20,
                                                        )
                                                except SchemaMismatch as err22:
                                                    err22.within("function")
                                                    raise
                                                o18.function = v20
                                                v23 = i16.get("id", _MISS)
                                                if type(v23) is str:
                                                    o18.id = v23
                                                elif v23 is _MISS:
                                                    o18.id = None
                                                elif v23 is None:
                                                    n19 |= 2
                                                    o18.id = None
                                                else:
                                                    try:
                                                        if not (
                                                            type(v23) is str
                                                            or isinstance(v23, str)
                                                        ):
                                                            raise _no(
                                                                "a string or null", v23
                                                            )
                                                    except SchemaMismatch as err24:
                                                        err24.within("id")
                                                        raise
                                                    o18.id = v23
                                                v25 = i16.get("type", _MISS)
                                                if type(v25) is str:
                                                    o18.type_ = v25
                                                elif v25 is _MISS:
                                                    o18.type_ = None
                                                elif v25 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "type",
                                                    )
                                                else:
                                                    if not (
                                                        type(v25) is str
                                                        or isinstance(v25, str)
                                                    ):
                                                        raise _no(
                                                            "a string", v25, "type"
                                                        )
                                                    o18.type_ = v25
                                                v26 = i16.get("index", _MISS)
                                                if type(v26) is int:
                                                    o18.index = v26
                                                elif v26 is _MISS:
                                                    o18.index = None
                                                elif v26 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "index",
                                                    )
                                                else:
                                                    if not (
                                                        type(v26) is int or _is_int(v26)
                                                    ):
                                                        raise _no(
                                                            "an integer", v26, "index"
                                                        )
                                                    o18.index = v26
                                                o18._nulls = n19
                                                if len(i16) != 1 + (
                                                    v23 is not _MISS
                                                ) + (v25 is not _MISS) + (
                                                    v26 is not _MISS
                                                ):
                                                    x27 = dict(i16)
                                                    del x27["function"]
                                                    x27.pop("id", None)
                                                    x27.pop("type", None)
                                                    x27.pop("index", None)
                                                    o18.additional_properties = x27
                                                else:
                                                    o18.additional_properties = {}
                                            except KeyError as missing:
                                                raise _absent(missing) from None
                                            i16 = o18
                                            a17.append(i16)
                                    except SchemaMismatch as err31:
                                        err31.within(len(a17))
                                        raise
                                    v15 = a17
                                except SchemaMismatch as err32:
                                    err32.within("tool_calls")
                                    raise
                                o7.tool_calls = v15
                            v33 = i5.get("tool_call_id", _MISS)
                            if type(v33) is str:
                                o7.tool_call_id = v33
                            elif v33 is _MISS:
                                o7.tool_call_id = None
                            elif v33 is None:
                                n8 |= 16
                                o7.tool_call_id = None
                            else:
                                try:
                                    if not (type(v33) is str or isinstance(v33, str)):
                                        raise _no("a string or null", v33)
                                except SchemaMismatch as err34:
                                    err34.within("tool_call_id")
                                    raise
                                o7.tool_call_id = v33
                            o7._nulls = n8
                            if len(i5) != 1 + (v10 is not _MISS) + (
                                v13 is not _MISS
                            ) + (v15 is not _MISS) + (v33 is not _MISS):
                                x35 = dict(i5)
                                del x35["role"]
                                x35.pop("content", None)
                                x35.pop("reasoning_content", None)
                                x35.pop("tool_calls", None)
                                x35.pop("tool_call_id", None)
                                o7.additional_properties = x35
                            else:
                                o7.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i5 = o7
                        a6.append(i5)
                except SchemaMismatch as err39:
                    err39.within(len(a6))
                    raise
                v4 = a6
            except SchemaMismatch as err40:
                err40.within("messages")
                raise
            o1.messages = v4
            v41 = data.get("tools", _MISS)
            if v41 is _MISS:
                o1.tools = None
            elif v41 is None:
                raise SchemaMismatch("null is not allowed here", "tools")
            else:
                try:
                    if type(v41) is not list:
                        raise _no("an array of an object (ChatCompletionTool)", v41)
                    a43 = []
                    try:
                        for i42 in v41:
                            try:
                                if type(i42) is not dict:
                                    i42 = _object(i42)
                                o44 = _new(_C_ChatCompletionTool)
                                n45 = 0
                                v46 = i42["type"]
                                e47 = (
                                    _E_ChatCompletionToolType.get(v46)
                                    if type(v46) is str
                                    else None
                                )
                                if e47 is None:
                                    raise _no("one of 'function'", v46, "type")
                                v46 = e47
                                o44.type_ = v46
                                v48 = i42.get("function", _MISS)
                                if v48 is _MISS:
                                    o44.function = None
                                elif v48 is None:
                                    n45 |= 2
                                    o44.function = None
                                else:
                                    try:
                                        try:
                                            if type(v48) is not dict:
                                                v48 = _object(v48)
                                            o49 = _new(_C_ChatCompletionFunction)
                                            n50 = 0
                                            v51 = v48["name"]
                                            if not (
                                                type(v51) is str or isinstance(v51, str)
                                            ):
                                                raise _no("a string", v51, "name")
                                            o49.name = v51
                                            v52 = v48.get("description", _MISS)
                                            if type(v52) is str:
                                                o49.description = v52
                                            elif v52 is _MISS:
                                                o49.description = None
                                            elif v52 is None:
                                                n50 |= 2
                                                o49.description = None
                                            else:
                                                try:
                                                    if not (
                                                        type(v52) is str
                                                        or isinstance(v52, str)
                                                    ):
                                                        raise _no(
                                                            "a string or null", v52
                                                        )
                                                except SchemaMismatch as err53:
                                                    err53.within("description")
                                                    raise
                                                o49.description = v52
                                            v54 = v48.get("parameters", _MISS)
                                            if v54 is _MISS:
                                                o49.parameters = None
                                            elif v54 is None:
                                                raise SchemaMismatch(
                                                    "null is not allowed here",
                                                    "parameters",
                                                )
                                            else:
                                                try:
                                                    if type(v54) is not dict:
                                                        v54 = _object(v54)
                                                    o55 = _new(
                                                        _C_ChatCompletionFunctionParameters
                                                    )
                                                    o55._nulls = 0
                                                    if v54:
                                                        x56 = dict(v54)
                                                        o55.additional_properties = x56
                                                    else:
                                                        o55.additional_properties = {}
                                                    v54 = o55
                                                except SchemaMismatch as err60:
                                                    err60.within("parameters")
                                                    raise
                                                o49.parameters = v54
                                            v61 = v48.get("strict", _MISS)
                                            if type(v61) is bool:
                                                o49.strict = v61
                                            elif v61 is _MISS:
                                                o49.strict = None
                                            elif v61 is None:
                                                n50 |= 8
                                                o49.strict = None
                                            else:
                                                try:
                                                    if not (type(v61) is bool):
                                                        raise _no(
                                                            "a boolean or null", v61
                                                        )
                                                except SchemaMismatch as err62:
                                                    err62.within("strict")
                                                    raise
                                                o49.strict = v61
                                            o49._nulls = n50
                                        except KeyError as missing:
                                            raise _absent(missing) from None
                                        v48 = o49
                                    except SchemaMismatch as err63:
                                        err63.within("function")
                                        raise
                                    o44.function = v48
                                o44._nulls = n45
                            except KeyError as missing:
                                raise _absent(missing) from None
                            i42 = o44
                            a43.append(i42)
                    except SchemaMismatch as err64:
                        err64.within(len(a43))
                        raise
                    v41 = a43
                except SchemaMismatch as err65:
                    err65.within("tools")
                    raise
                o1.tools = v41
            v66 = data.get("tool_choice", _MISS)
            if v66 is _MISS:
                o1.tool_choice = None
            elif v66 is None:
                raise SchemaMismatch("null is not allowed here", "tool_choice")
            else:
                try:
                    if (
                        type(v66) is str
                        and (
                            r67 := _E_ChatCompletionRequestToolChoiceType0.get(
                                v66, _MISS
                            )
                        )
                        is not _MISS
                    ):
                        v66 = r67
                    elif (type(v66) is dict or isinstance(v66, _Mapping)) and (
                        r68 := _attempt(_f_FunctionSelection, v66)
                    ) is not _MISS:
                        v66 = r68
                    else:
                        raise _no(
                            "one of 'auto', 'none', 'any', 'required' or an object (FunctionSelection)",
                            v66,
                        )
                except SchemaMismatch as err69:
                    err69.within("tool_choice")
                    raise
                o1.tool_choice = v66
            v70 = data.get("stream", _MISS)
            if type(v70) is bool:
                o1.stream = v70
            elif v70 is _MISS:
                o1.stream = None
            elif v70 is None:
                n2 |= 16
                o1.stream = None
            else:
                try:
                    if not (type(v70) is bool):
                        raise _no("a boolean or null", v70)
                except SchemaMismatch as err71:
                    err71.within("stream")
                    raise
                o1.stream = v70
            v72 = data.get("response_format", _MISS)
            if v72 is _MISS:
                o1.response_format = None
            elif v72 is None:
                n2 |= 32
                o1.response_format = None
            else:
                try:
                    try:
                        if type(v72) is not dict:
                            v72 = _object(v72)
                        o73 = _new(_C_ResponseFormat)
                        n74 = 0
                        v75 = v72["type"]
                        e76 = (
                            _E_ResponseFormatType.get(v75) if type(v75) is str else None
                        )
                        if e76 is None:
                            raise _no(
                                "one of 'json_object', 'json_schema', 'grammar', 'text'",
                                v75,
                                "type",
                            )
                        v75 = e76
                        o73.type_ = v75
                        v77 = v72.get("schema", _MISS)
                        if v77 is _MISS:
                            o73.schema = None
                        elif v77 is None:
                            n74 |= 2
                            o73.schema = None
                        else:
                            try:
                                if (
                                    type(v77) is dict or isinstance(v77, _Mapping)
                                ) and (
                                    r78 := _attempt(_f_ResponseFormatSchemaType1, v77)
                                ) is not _MISS:
                                    v77 = r78
                                elif not (type(v77) is str or isinstance(v77, str)):
                                    raise _no(
                                        "a string or an object (ResponseFormatSchemaType1) or null",
                                        v77,
                                    )
                            except SchemaMismatch as err79:
                                err79.within("schema")
                                raise
                            o73.schema = v77
                        v80 = v72.get("grammar", _MISS)
                        if type(v80) is str:
                            o73.grammar = v80
                        elif v80 is _MISS:
                            o73.grammar = None
                        elif v80 is None:
                            n74 |= 4
                            o73.grammar = None
                        else:
                            try:
                                if not (type(v80) is str or isinstance(v80, str)):
                                    raise _no("a string or null", v80)
                            except SchemaMismatch as err81:
                                err81.within("grammar")
                                raise
                            o73.grammar = v80
                        v82 = v72.get("json_schema", _MISS)
                        if v82 is _MISS:
                            o73.json_schema = None
                        elif v82 is None:
                            n74 |= 8
                            o73.json_schema = None
                        else:
                            try:
                                if (
                                    type(v82) is dict or isinstance(v82, _Mapping)
                                ) and (
                                    r83 := _attempt(
                                        _f_ResponseFormatJsonSchemaType1, v82
                                    )
                                ) is not _MISS:
                                    v82 = r83
                                elif not (type(v82) is str or isinstance(v82, str)):
                                    raise _no(
                                        "a string or an object (ResponseFormatJsonSchemaType1) or null",
                                        v82,
                                    )
                            except SchemaMismatch as err84:
                                err84.within("json_schema")
                                raise
                            o73.json_schema = v82
                        o73._nulls = n74
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v72 = o73
                except SchemaMismatch as err85:
                    err85.within("response_format")
                    raise
                o1.response_format = v72
            v86 = data.get("temperature", _MISS)
            if type(v86) is float:
                o1.temperature = v86
            elif v86 is _MISS:
                o1.temperature = None
            elif v86 is None:
                n2 |= 64
                o1.temperature = None
            else:
                try:
                    if not (type(v86) is float or _is_number(v86)):
                        raise _no("a number or null", v86)
                except SchemaMismatch as err87:
                    err87.within("temperature")
                    raise
                o1.temperature = v86
            v88 = data.get("top_k", _MISS)
            if type(v88) is int:
                o1.top_k = v88
            elif v88 is _MISS:
                o1.top_k = None
            elif v88 is None:
                n2 |= 128
                o1.top_k = None
            else:
                try:
                    if not (type(v88) is int or _is_int(v88)):
                        raise _no("an integer or null", v88)
                except SchemaMismatch as err89:
                    err89.within("top_k")
                    raise
                o1.top_k = v88
            v90 = data.get("user", _MISS)
            if type(v90) is str:
                o1.user = v90
            elif v90 is _MISS:
                o1.user = None
            elif v90 is None:
                n2 |= 256
                o1.user = None
            else:
                try:
                    if not (type(v90) is str or isinstance(v90, str)):
                        raise _no("a string or null", v90)
                except SchemaMismatch as err91:
                    err91.within("user")
                    raise
                o1.user = v90
            v92 = data.get("prompt_cache_isolation_key", _MISS)
            if type(v92) is str:
                o1.prompt_cache_isolation_key = v92
            elif v92 is _MISS:
                o1.prompt_cache_isolation_key = None
            elif v92 is None:
                n2 |= 512
                o1.prompt_cache_isolation_key = None
            else:
                try:
                    if not (type(v92) is str or isinstance(v92, str)):
                        raise _no("a string or null", v92)
                except SchemaMismatch as err93:
                    err93.within("prompt_cache_isolation_key")
                    raise
                o1.prompt_cache_isolation_key = v92
            v94 = data.get("raw_output", _MISS)
            if type(v94) is bool:
                o1.raw_output = v94
            elif v94 is _MISS:
                o1.raw_output = None
            elif v94 is None:
                n2 |= 1024
                o1.raw_output = None
            else:
                try:
                    if not (type(v94) is bool):
                        raise _no("a boolean or null", v94)
                except SchemaMismatch as err95:
                    err95.within("raw_output")
                    raise
                o1.raw_output = v94
            v96 = data.get("perf_metrics_in_response", _MISS)
            if type(v96) is bool:
                o1.perf_metrics_in_response = v96
            elif v96 is _MISS:
                o1.perf_metrics_in_response = None
            elif v96 is None:
                n2 |= 2048
                o1.perf_metrics_in_response = None
            else:
                try:
                    if not (type(v96) is bool):
                        raise _no("a boolean or null", v96)
                except SchemaMismatch as err97:
                    err97.within("perf_metrics_in_response")
                    raise
                o1.perf_metrics_in_response = v96
            v98 = data.get("n", _MISS)
            if type(v98) is int:
                o1.n = v98
            elif v98 is _MISS:
                o1.n = None
            elif v98 is None:
                raise SchemaMismatch("null is not allowed here", "n")
            else:
                if not (type(v98) is int or _is_int(v98)):
                    raise _no("an integer", v98, "n")
                o1.n = v98
            v99 = data.get("stop", _MISS)
            if v99 is _MISS:
                o1.stop = None
            elif v99 is None:
                n2 |= 8192
                o1.stop = None
            else:
                try:
                    if type(v99) is list and (r100 := _attempt(_h2, v99)) is not _MISS:
                        v99 = r100
                    elif not (type(v99) is str or isinstance(v99, str)):
                        raise _no("a string or an array of a string or null", v99)
                except SchemaMismatch as err101:
                    err101.within("stop")
                    raise
                o1.stop = v99
            v102 = data.get("max_tokens", _MISS)
            if type(v102) is int:
                o1.max_tokens = v102
            elif v102 is _MISS:
                o1.max_tokens = None
            elif v102 is None:
                n2 |= 16384
                o1.max_tokens = None
            else:
                try:
                    if not (type(v102) is int or _is_int(v102)):
                        raise _no("an integer or null", v102)
                except SchemaMismatch as err103:
                    err103.within("max_tokens")
                    raise
                o1.max_tokens = v102
            v104 = data.get("max_completion_tokens", _MISS)
            if type(v104) is int:
                o1.max_completion_tokens = v104
            elif v104 is _MISS:
                o1.max_completion_tokens = None
            elif v104 is None:
                n2 |= 32768
                o1.max_completion_tokens = None
            else:
                try:
                    if not (type(v104) is int or _is_int(v104)):
                        raise _no("an integer or null", v104)
                except SchemaMismatch as err105:
                    err105.within("max_completion_tokens")
                    raise
                o1.max_completion_tokens = v104
            v106 = data.get("top_p", _MISS)
            if type(v106) is float:
                o1.top_p = v106
            elif v106 is _MISS:
                o1.top_p = None
            elif v106 is None:
                n2 |= 65536
                o1.top_p = None
            else:
                try:
                    if not (type(v106) is float or _is_number(v106)):
                        raise _no("a number or null", v106)
                except SchemaMismatch as err107:
                    err107.within("top_p")
                    raise
                o1.top_p = v106
            v108 = data.get("min_p", _MISS)
            if type(v108) is float:
                o1.min_p = v108
            elif v108 is _MISS:
                o1.min_p = None
            elif v108 is None:
                n2 |= 131072
                o1.min_p = None
            else:
                try:
                    if not (type(v108) is float or _is_number(v108)):
                        raise _no("a number or null", v108)
                except SchemaMismatch as err109:
                    err109.within("min_p")
                    raise
                o1.min_p = v108
            v110 = data.get("typical_p", _MISS)
            if type(v110) is float:
                o1.typical_p = v110
            elif v110 is _MISS:
                o1.typical_p = None
            elif v110 is None:
                n2 |= 262144
                o1.typical_p = None
            else:
                try:
                    if not (type(v110) is float or _is_number(v110)):
                        raise _no("a number or null", v110)
                except SchemaMismatch as err111:
                    err111.within("typical_p")
                    raise
                o1.typical_p = v110
            v112 = data.get("frequency_penalty", _MISS)
            if type(v112) is float:
                o1.frequency_penalty = v112
            elif v112 is _MISS:
                o1.frequency_penalty = None
            elif v112 is None:
                n2 |= 524288
                o1.frequency_penalty = None
            else:
                try:
                    if not (type(v112) is float or _is_number(v112)):
                        raise _no("a number or null", v112)
                except SchemaMismatch as err113:
                    err113.within("frequency_penalty")
                    raise
                o1.frequency_penalty = v112
            v114 = data.get("presence_penalty", _MISS)
            if type(v114) is float:
                o1.presence_penalty = v114
            elif v114 is _MISS:
                o1.presence_penalty = None
            elif v114 is None:
                n2 |= 1048576
                o1.presence_penalty = None
            else:
                try:
                    if not (type(v114) is float or _is_number(v114)):
                        raise _no("a number or null", v114)
                except SchemaMismatch as err115:
                    err115.within("presence_penalty")
                    raise
                o1.presence_penalty = v114
            v116 = data.get("repetition_penalty", _MISS)
            if type(v116) is float:
                o1.repetition_penalty = v116
            elif v116 is _MISS:
                o1.repetition_penalty = None
            elif v116 is None:
                n2 |= 2097152
                o1.repetition_penalty = None
            else:
                try:
                    if not (type(v116) is float or _is_number(v116)):
                        raise _no("a number or null", v116)
                except SchemaMismatch as err117:
                    err117.within("repetition_penalty")
                    raise
                o1.repetition_penalty = v116
            v118 = data.get("mirostat_target", _MISS)
            if type(v118) is float:
                o1.mirostat_target = v118
            elif v118 is _MISS:
                o1.mirostat_target = None
            elif v118 is None:
                n2 |= 4194304
                o1.mirostat_target = None
            else:
                try:
                    if not (type(v118) is float or _is_number(v118)):
                        raise _no("a number or null", v118)
                except SchemaMismatch as err119:
                    err119.within("mirostat_target")
                    raise
                o1.mirostat_target = v118
            v120 = data.get("mirostat_lr", _MISS)
            if type(v120) is float:
                o1.mirostat_lr = v120
            elif v120 is _MISS:
                o1.mirostat_lr = None
            elif v120 is None:
                n2 |= 8388608
                o1.mirostat_lr = None
            else:
                try:
                    if not (type(v120) is float or _is_number(v120)):
                        raise _no("a number or null", v120)
                except SchemaMismatch as err121:
                    err121.within("mirostat_lr")
                    raise
                o1.mirostat_lr = v120
            v122 = data.get("seed", _MISS)
            if type(v122) is int:
                o1.seed = v122
            elif v122 is _MISS:
                o1.seed = None
            elif v122 is None:
                n2 |= 16777216
                o1.seed = None
            else:
                try:
                    if not (type(v122) is int or _is_int(v122)):
                        raise _no("an integer or null", v122)
                except SchemaMismatch as err123:
                    err123.within("seed")
                    raise
                o1.seed = v122
            v124 = data.get("logprobs", _MISS)
            if v124 is _MISS:
                o1.logprobs = None
            elif v124 is None:
                n2 |= 33554432
                o1.logprobs = None
            else:
                try:
                    if not ((type(v124) is int or _is_int(v124)) or type(v124) is bool):
                        raise _no("an integer or a boolean or null", v124)
                except SchemaMismatch as err125:
                    err125.within("logprobs")
                    raise
                o1.logprobs = v124
            v126 = data.get("top_logprobs", _MISS)
            if type(v126) is int:
                o1.top_logprobs = v126
            elif v126 is _MISS:
                o1.top_logprobs = None
            elif v126 is None:
                n2 |= 67108864
                o1.top_logprobs = None
            else:
                try:
                    if not (type(v126) is int or _is_int(v126)):
                        raise _no("an integer or null", v126)
                except SchemaMismatch as err127:
                    err127.within("top_logprobs")
                    raise
                o1.top_logprobs = v126
            v128 = data.get("echo", _MISS)
            if type(v128) is bool:
                o1.echo = v128
            elif v128 is _MISS:
                o1.echo = None
            elif v128 is None:
                n2 |= 134217728
                o1.echo = None
            else:
                try:
                    if not (type(v128) is bool):
                        raise _no("a boolean or null", v128)
                except SchemaMismatch as err129:
                    err129.within("echo")
                    raise
                o1.echo = v128
            v130 = data.get("echo_last", _MISS)
            if type(v130) is int:
                o1.echo_last = v130
            elif v130 is _MISS:
                o1.echo_last = None
            elif v130 is None:
                n2 |= 268435456
                o1.echo_last = None
            else:
                try:
                    if not (type(v130) is int or _is_int(v130)):
                        raise _no("an integer or null", v130)
                except SchemaMismatch as err131:
                    err131.within("echo_last")
                    raise
                o1.echo_last = v130
            v132 = data.get("ignore_eos", _MISS)
            if type(v132) is bool:
                o1.ignore_eos = v132
            elif v132 is _MISS:
                o1.ignore_eos = None
            elif v132 is None:
                raise SchemaMismatch("null is not allowed here", "ignore_eos")
            else:
                if not type(v132) is bool:
                    raise _no("a boolean", v132, "ignore_eos")
                o1.ignore_eos = v132
            v133 = data.get("context_length_exceeded_behavior", _MISS)
            if v133 is _MISS:
                o1.context_length_exceeded_behavior = None
            elif v133 is None:
                raise SchemaMismatch(
                    "null is not allowed here", "context_length_exceeded_behavior"
                )
            else:
                e134 = (
                    _E_ChatCompletionRequestContextLengthExceededBehavior.get(v133)
                    if type(v133) is str
                    else None
                )
                if e134 is None:
                    raise _no(
                        "one of 'error', 'truncate'",
                        v133,
                        "context_length_exceeded_behavior",
                    )
                v133 = e134
                o1.context_length_exceeded_behavior = v133
            v135 = data.get("logit_bias", _MISS)
            if v135 is _MISS:
                o1.logit_bias = None
            elif v135 is None:
                n2 |= 2147483648
                o1.logit_bias = None
            else:
                try:
                    if type(v135) is not dict:
                        v135 = _object(v135)
                    o136 = _new(_C_ChatCompletionRequestLogitBiasType0)
                    o136._nulls = 0
                    if v135:
                        x137 = dict(v135)
                        b140 = {}
                        for k138, u139 in x137.items():
                            try:
                                if not (type(u139) is float or _is_number(u139)):
                                    raise _no("a number", u139)
                            except SchemaMismatch as err141:
                                err141.within(k138)
                                raise
                            b140[k138] = u139
                        x137 = b140
                        o136.additional_properties = x137
                    else:
                        o136.additional_properties = {}
                    v135 = o136
                except SchemaMismatch as err142:
                    err142.within("logit_bias")
                    raise
                o1.logit_bias = v135
            v143 = data.get("speculation", _MISS)
            if v143 is _MISS:
                o1.speculation = None
            elif v143 is None:
                n2 |= 4294967296
                o1.speculation = None
            else:
                try:
                    if (
                        type(v143) is list
                        and (r144 := _attempt(_h3, v143)) is not _MISS
                    ):
                        v143 = r144
                    elif not (type(v143) is str or isinstance(v143, str)):
                        raise _no("a string or an array of an integer or null", v143)
                except SchemaMismatch as err145:
                    err145.within("speculation")
                    raise
                o1.speculation = v143
            v146 = data.get("prediction", _MISS)
            if v146 is _MISS:
                o1.prediction = None
            elif v146 is None:
                n2 |= 8589934592
                o1.prediction = None
            else:
                try:
                    if (type(v146) is dict or isinstance(v146, _Mapping)) and (
                        r147 := _attempt(_f_PredictedOutput, v146)
                    ) is not _MISS:
                        v146 = r147
                    elif not (type(v146) is str or isinstance(v146, str)):
                        raise _no(
                            "an object (PredictedOutput) or a string or null", v146
                        )
                except SchemaMismatch as err148:
                    err148.within("prediction")
                    raise
                o1.prediction = v146
            v149 = data.get("metadata", _MISS)
            if v149 is _MISS:
                o1.metadata = None
            elif v149 is None:
                n2 |= 17179869184
                o1.metadata = None
            else:
                try:
                    if type(v149) is not dict:
                        v149 = _object(v149)
                    o150 = _new(_C_ChatCompletionRequestMetadataType0)
                    o150._nulls = 0
                    if v149:
                        x151 = dict(v149)
                        b154 = {}
                        for k152, u153 in x151.items():
                            try:
                                if not (type(u153) is str or isinstance(u153, str)):
                                    raise _no("a string", u153)
                            except SchemaMismatch as err155:
                                err155.within(k152)
                                raise
                            b154[k152] = u153
                        x151 = b154
                        o150.additional_properties = x151
                    else:
                        o150.additional_properties = {}
                    v149 = o150
                except SchemaMismatch as err156:
                    err156.within("metadata")
                    raise
                o1.metadata = v149
            v157 = data.get("reasoning_effort", _MISS)
            if v157 is _MISS:
                o1.reasoning_effort = None
            elif v157 is None:
                n2 |= 34359738368
                o1.reasoning_effort = None
            else:
                try:
                    if (
                        type(v157) is str
                        and (
                            r158 := _E_ChatCompletionRequestReasoningEffortType0.get(
                                v157, _MISS
                            )
                        )
                        is not _MISS
                    ):
                        v157 = r158
                    elif not (
                        (type(v157) is int or _is_int(v157)) or type(v157) is bool
                    ):
                        raise _no(
                            "one of 'low', 'medium', 'high', 'none' or an integer or a boolean or null",
                            v157,
                        )
                except SchemaMismatch as err159:
                    err159.within("reasoning_effort")
                    raise
                o1.reasoning_effort = v157
            v160 = data.get("reasoning_history", _MISS)
            if v160 is _MISS:
                o1.reasoning_history = None
            elif v160 is None:
                n2 |= 68719476736
                o1.reasoning_history = None
            else:
                try:
                    e161 = (
                        _E_ChatCompletionRequestReasoningHistoryType0.get(v160)
                        if type(v160) is str
                        else None
                    )
                    if e161 is None:
                        raise _no(
                            "one of 'disabled', 'interleaved', 'preserved' or null",
                            v160,
                        )
                    v160 = e161
                except SchemaMismatch as err162:
                    err162.within("reasoning_history")
                    raise
                o1.reasoning_history = v160
            v163 = data.get("thinking", _MISS)
            if v163 is _MISS:
                o1.thinking = None
            elif v163 is None:
                n2 |= 137438953472
                o1.thinking = None
            else:
                try:
                    if (type(v163) is dict or isinstance(v163, _Mapping)) and (
                        r164 := _attempt(_f_ThinkingConfigEnabled, v163)
                    ) is not _MISS:
                        v163 = r164
                    elif (type(v163) is dict or isinstance(v163, _Mapping)) and (
                        r165 := _attempt(_f_ThinkingConfigDisabled, v163)
                    ) is not _MISS:
                        v163 = r165
                    else:
                        raise _no(
                            "an object (ThinkingConfigEnabled) or an object (ThinkingConfigDisabled) or null",
                            v163,
                        )
                except SchemaMismatch as err166:
                    err166.within("thinking")
                    raise
                o1.thinking = v163
            v167 = data.get("return_token_ids", _MISS)
            if type(v167) is bool:
                o1.return_token_ids = v167
            elif v167 is _MISS:
                o1.return_token_ids = None
            elif v167 is None:
                n2 |= 274877906944
                o1.return_token_ids = None
            else:
                try:
                    if not (type(v167) is bool):
                        raise _no("a boolean or null", v167)
                except SchemaMismatch as err168:
                    err168.within("return_token_ids")
                    raise
                o1.return_token_ids = v167
            v169 = data.get("functions", _MISS)
            if v169 is _MISS:
                o1.functions = None
            elif v169 is None:
                raise SchemaMismatch("null is not allowed here", "functions")
            else:
                try:
                    if type(v169) is not list:
                        raise _no(
                            "an array of an object (ChatCompletionFunction)", v169
                        )
                    a171 = []
                    try:
                        for i170 in v169:
                            try:
                                if type(i170) is not dict:
                                    i170 = _object(i170)
                                o172 = _new(_C_ChatCompletionFunction)
                                n173 = 0
                                v174 = i170["name"]
                                if not (type(v174) is str or isinstance(v174, str)):
                                    raise _no("a string", v174, "name")
                                o172.name = v174
                                v175 = i170.get("description", _MISS)
                                if type(v175) is str:
                                    o172.description = v175
                                elif v175 is _MISS:
                                    o172.description = None
                                elif v175 is None:
                                    n173 |= 2
                                    o172.description = None
                                else:
                                    try:
                                        if not (
                                            type(v175) is str or isinstance(v175, str)
                                        ):
                                            raise _no("a string or null", v175)
                                    except SchemaMismatch as err176:
                                        err176.within("description")
                                        raise
                                    o172.description = v175
                                v177 = i170.get("parameters", _MISS)
                                if v177 is _MISS:
                                    o172.parameters = None
                                elif v177 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "parameters"
                                    )
                                else:
                                    try:
                                        if type(v177) is not dict:
                                            v177 = _object(v177)
                                        o178 = _new(_C_ChatCompletionFunctionParameters)
                                        o178._nulls = 0
                                        if v177:
                                            x179 = dict(v177)
                                            o178.additional_properties = x179
                                        else:
                                            o178.additional_properties = {}
                                        v177 = o178
                                    except SchemaMismatch as err183:
                                        err183.within("parameters")
                                        raise
                                    o172.parameters = v177
                                v184 = i170.get("strict", _MISS)
                                if type(v184) is bool:
                                    o172.strict = v184
                                elif v184 is _MISS:
                                    o172.strict = None
                                elif v184 is None:
                                    n173 |= 8
                                    o172.strict = None
                                else:
                                    try:
                                        if not (type(v184) is bool):
                                            raise _no("a boolean or null", v184)
                                    except SchemaMismatch as err185:
                                        err185.within("strict")
                                        raise
                                    o172.strict = v184
                                o172._nulls = n173
                            except KeyError as missing:
                                raise _absent(missing) from None
                            i170 = o172
                            a171.append(i170)
                    except SchemaMismatch as err186:
                        err186.within(len(a171))
                        raise
                    v169 = a171
                except SchemaMismatch as err187:
                    err187.within("functions")
                    raise
                o1.functions = v169
            v188 = data.get("prompt_truncate_len", _MISS)
            if type(v188) is int:
                o1.prompt_truncate_len = v188
            elif v188 is _MISS:
                o1.prompt_truncate_len = None
            elif v188 is None:
                n2 |= 1099511627776
                o1.prompt_truncate_len = None
            else:
                try:
                    if not (type(v188) is int or _is_int(v188)):
                        raise _no("an integer or null", v188)
                except SchemaMismatch as err189:
                    err189.within("prompt_truncate_len")
                    raise
                o1.prompt_truncate_len = v188
            v190 = data.get("parallel_tool_calls", _MISS)
            if type(v190) is bool:
                o1.parallel_tool_calls = v190
            elif v190 is _MISS:
                o1.parallel_tool_calls = None
            elif v190 is None:
                n2 |= 2199023255552
                o1.parallel_tool_calls = None
            else:
                try:
                    if not (type(v190) is bool):
                        raise _no("a boolean or null", v190)
                except SchemaMismatch as err191:
                    err191.within("parallel_tool_calls")
                    raise
                o1.parallel_tool_calls = v190
            v192 = data.get("function_call", _MISS)
            if v192 is _MISS:
                o1.function_call = None
            elif v192 is None:
                n2 |= 4398046511104
                o1.function_call = None
            else:
                try:
                    if (
                        type(v192) is str
                        and (
                            r193 := _E_ChatCompletionRequestFunctionCallType0.get(
                                v192, _MISS
                            )
                        )
                        is not _MISS
                    ):
                        v192 = r193
                    elif (type(v192) is dict or isinstance(v192, _Mapping)) and (
                        r194 := _attempt(_f_FunctionNameSpec, v192)
                    ) is not _MISS:
                        v192 = r194
                    else:
                        raise _no(
                            "one of 'auto', 'none' or an object (FunctionNameSpec) or null",
                            v192,
                        )
                except SchemaMismatch as err195:
                    err195.within("function_call")
                    raise
                o1.function_call = v192
            v196 = data.get("stream_options", _MISS)
            if v196 is _MISS:
                o1.stream_options = None
            elif v196 is None:
                n2 |= 8796093022208
                o1.stream_options = None
            else:
                try:
                    if type(v196) is not dict:
                        v196 = _object(v196)
                    o197 = _new(_C_ChatCompletionRequestStreamOptionsType0)
                    v198 = v196.get("include_usage", _MISS)
                    if type(v198) is bool:
                        o197.include_usage = v198
                    elif v198 is _MISS:
                        o197.include_usage = None
                    elif v198 is None:
                        raise SchemaMismatch(
                            "null is not allowed here", "include_usage"
                        )
                    else:
                        if not type(v198) is bool:
                            raise _no("a boolean", v198, "include_usage")
                        o197.include_usage = v198
                    o197._nulls = 0
                    if len(v196) != 0 + (v198 is not _MISS):
                        x199 = dict(v196)
                        x199.pop("include_usage", None)
                        o197.additional_properties = x199
                    else:
                        o197.additional_properties = {}
                    v196 = o197
                except SchemaMismatch as err203:
                    err203.within("stream_options")
                    raise
                o1.stream_options = v196
            v204 = data.get("prompt_cache_key", _MISS)
            if type(v204) is str:
                o1.prompt_cache_key = v204
            elif v204 is _MISS:
                o1.prompt_cache_key = None
            elif v204 is None:
                n2 |= 17592186044416
                o1.prompt_cache_key = None
            else:
                try:
                    if not (type(v204) is str or isinstance(v204, str)):
                        raise _no("a string or null", v204)
                except SchemaMismatch as err205:
                    err205.within("prompt_cache_key")
                    raise
                o1.prompt_cache_key = v204
            v206 = data.get("safe_tokenization", _MISS)
            if type(v206) is bool:
                o1.safe_tokenization = v206
            elif v206 is _MISS:
                o1.safe_tokenization = None
            elif v206 is None:
                n2 |= 35184372088832
                o1.safe_tokenization = None
            else:
                try:
                    if not (type(v206) is bool):
                        raise _no("a boolean or null", v206)
                except SchemaMismatch as err207:
                    err207.within("safe_tokenization")
                    raise
                o1.safe_tokenization = v206
            v208 = data.get("service_tier", _MISS)
            if v208 is _MISS:
                o1.service_tier = None
            elif v208 is None:
                raise SchemaMismatch("null is not allowed here", "service_tier")
            else:
                e209 = (
                    _E_ChatCompletionRequestServiceTier.get(v208)
                    if type(v208) is str
                    else None
                )
                if e209 is None:
                    raise _no(
                        "one of 'auto', 'default', 'flex', 'priority'",
                        v208,
                        "service_tier",
                    )
                v208 = e209
                o1.service_tier = v208
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
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
        if type(v2) is bool:
            o1.include_usage = v2
        elif v2 is _MISS:
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionResponse)
            n2 = 0
            v3 = data["id"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "id")
            o1.id = v3
            v4 = data["created"]
            if not (type(v4) is int or _is_int(v4)):
                raise _no("an integer", v4, "created")
            o1.created = v4
            v5 = data["model"]
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "model")
            o1.model = v5
            v6 = data["choices"]
            try:
                if type(v6) is not list:
                    raise _no(
                        "an array of an object (ChatCompletionResponseChoice)", v6
                    )
                a8 = []
                try:
                    for i7 in v6:
                        try:
                            if type(i7) is not dict:
                                i7 = _object(i7)
                            o9 = _new(_C_ChatCompletionResponseChoice)
                            n10 = 0
                            v11 = i7["index"]
                            if not (type(v11) is int or _is_int(v11)):
                                raise _no("an integer", v11, "index")
                            o9.index = v11
                            v12 = i7["message"]
                            try:
                                try:
                                    if type(v12) is not dict:
                                        v12 = _object(v12)
                                    o13 = _new(_C_ChatMessage)
                                    n14 = 0
                                    v15 = v12["role"]
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
                                                and (r17 := _attempt(_h4, v16))
                                                is not _MISS
                                            ):
                                                v16 = r17
                                            elif not (
                                                type(v16) is str or isinstance(v16, str)
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
                                    if type(v19) is str:
                                        o13.reasoning_content = v19
                                    elif v19 is _MISS:
                                        o13.reasoning_content = None
                                    elif v19 is None:
                                        n14 |= 4
                                        o13.reasoning_content = None
                                    else:
                                        try:
                                            if not (
                                                type(v19) is str or isinstance(v19, str)
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
                                            if type(v21) is not list:
                                                raise _no(
                                                    "an array of an object (ChatCompletionMessageToolCall)",
                                                    v21,
                                                )
                                            a23 = []
                                            try:
                                                for i22 in v21:
                                                    try:
                                                        if type(i22) is not dict:
                                                            i22 = _object(i22)
                                                        o24 = _new(
                                                            _C_ChatCompletionMessageToolCall
                                                        )
                                                        n25 = 0
                                                        v26 = i22["function"]
                                                        try:
                                                            if (
                                                                type(v26) is dict
                                                                or isinstance(
                                                                    v26, _Mapping
                                                                )
                                                            ) and (
                                                                r27 := _attempt(
                                                                    _f_ChatCompletionMessageToolCallFunction,
                                                                    v26,
                                                                )
                                                            ) is not _MISS:
                                                                v26 = r27
                                                            elif not (
                                                                type(v26) is str
                                                                or isinstance(v26, str)
                                                            ):
                                                                raise _no(
                                                                    "an object (ChatCompletionMessageToolCallFunction) or a string",
                                                                    v26,
                                                                )
                                                        except SchemaMismatch as err28:
                                                            err28.within("function")
                                                            raise
                                                        o24.function = v26
                                                        v29 = i22.get("id", _MISS)
                                                        if type(v29) is str:
                                                            o24.id = v29
                                                        elif v29 is _MISS:
                                                            o24.id = None
                                                        elif v29 is None:
                                                            n25 |= 2
                                                            o24.id = None
                                                        else:
                                                            try:
                                                                if not (
                                                                    type(v29) is str
                                                                    or isinstance(
                                                                        v29, str
                                                                    )
                                                                ):
                                                                    raise _no(
                                                                        "a string or null",
                                                                        v29,
                                                                    )
                                                            except (
                                                                SchemaMismatch
                                                            ) as err30:
                                                                err30.within("id")
                                                                raise
                                                            o24.id = v29
                                                        v31 = i22.get("type", _MISS)
                                                        if type(v31) is str:
                                                            o24.type_ = v31
                                                        elif v31 is _MISS:
                                                            o24.type_ = None
                                                        elif v31 is None:
                                                            raise SchemaMismatch(
                                                                "null is not allowed here",
                                                                "type",
                                                            )
                                                        else:
                                                            if not (
                                                                type(v31) is str
                                                                or isinstance(v31, str)
                                                            ):
                                                                raise _no(
                                                                    "a string",
                                                                    v31,
                                                                    "type",
                                                                )
                                                            o24.type_ = v31
                                                        v32 = i22.get("index", _MISS)
                                                        if type(v32) is int:
                                                            o24.index = v32
                                                        elif v32 is _MISS:
                                                            o24.index = None
                                                        elif v32 is None:
                                                            raise SchemaMismatch(
                                                                "null is not allowed here",
                                                                "index",
                                                            )
                                                        else:
                                                            if not (
                                                                type(v32) is int
                                                                or _is_int(v32)
                                                            ):
                                                                raise _no(
                                                                    "an integer",
                                                                    v32,
                                                                    "index",
                                                                )
                                                            o24.index = v32
                                                        o24._nulls = n25
                                                        if len(i22) != 1 + (
                                                            v29 is not _MISS
                                                        ) + (v31 is not _MISS) + (
                                                            v32 is not _MISS
                                                        ):
                                                            x33 = dict(i22)
                                                            del x33["function"]
                                                            x33.pop("id", None)
                                                            x33.pop("type", None)
                                                            x33.pop("index", None)
                                                            o24.additional_properties = x33
                                                        else:
                                                            o24.additional_properties = {}
                                                    except KeyError as missing:
                                                        raise _absent(missing) from None
                                                    i22 = o24
                                                    a23.append(i22)
                                            except SchemaMismatch as err37:
                                                err37.within(len(a23))
                                                raise
                                            v21 = a23
                                        except SchemaMismatch as err38:
                                            err38.within("tool_calls")
                                            raise
                                        o13.tool_calls = v21
                                    v39 = v12.get("tool_call_id", _MISS)
                                    if type(v39) is str:
                                        o13.tool_call_id = v39
                                    elif v39 is _MISS:
                                        o13.tool_call_id = None
                                    elif v39 is None:
                                        n14 |= 16
                                        o13.tool_call_id = None
                                    else:
                                        try:
                                            if not (
                                                type(v39) is str or isinstance(v39, str)
                                            ):
                                                raise _no("a string or null", v39)
                                        except SchemaMismatch as err40:
                                            err40.within("tool_call_id")
                                            raise
                                        o13.tool_call_id = v39
                                    o13._nulls = n14
                                    if len(v12) != 1 + (v16 is not _MISS) + (
                                        v19 is not _MISS
                                    ) + (v21 is not _MISS) + (v39 is not _MISS):
                                        x41 = dict(v12)
                                        del x41["role"]
                                        x41.pop("content", None)
                                        x41.pop("reasoning_content", None)
                                        x41.pop("tool_calls", None)
                                        x41.pop("tool_call_id", None)
                                        o13.additional_properties = x41
                                    else:
                                        o13.additional_properties = {}
                                except KeyError as missing:
                                    raise _absent(missing) from None
                                v12 = o13
                            except SchemaMismatch as err45:
                                err45.within("message")
                                raise
                            o9.message = v12
                            v46 = i7.get("finish_reason", _MISS)
                            if type(v46) is str:
                                o9.finish_reason = v46
                            elif v46 is _MISS:
                                o9.finish_reason = None
                            elif v46 is None:
                                n10 |= 4
                                o9.finish_reason = None
                            else:
                                try:
                                    if not (type(v46) is str or isinstance(v46, str)):
                                        raise _no("a string or null", v46)
                                except SchemaMismatch as err47:
                                    err47.within("finish_reason")
                                    raise
                                o9.finish_reason = v46
                            v48 = i7.get("logprobs", _MISS)
                            if v48 is _MISS:
                                o9.logprobs = None
                            elif v48 is None:
                                n10 |= 8
                                o9.logprobs = None
                            else:
                                try:
                                    if (
                                        type(v48) is dict or isinstance(v48, _Mapping)
                                    ) and (
                                        r49 := _attempt(_f_LogProbs, v48)
                                    ) is not _MISS:
                                        v48 = r49
                                    elif (
                                        type(v48) is dict or isinstance(v48, _Mapping)
                                    ) and (
                                        r50 := _attempt(_f_NewLogProbs, v48)
                                    ) is not _MISS:
                                        v48 = r50
                                    else:
                                        raise _no(
                                            "an object (LogProbs) or an object (NewLogProbs) or null",
                                            v48,
                                        )
                                except SchemaMismatch as err51:
                                    err51.within("logprobs")
                                    raise
                                o9.logprobs = v48
                            v52 = i7.get("raw_output", _MISS)
                            if v52 is _MISS:
                                o9.raw_output = None
                            elif v52 is None:
                                n10 |= 16
                                o9.raw_output = None
                            else:
                                try:
                                    try:
                                        if type(v52) is not dict:
                                            v52 = _object(v52)
                                        o53 = _new(_C_RawOutput)
                                        n54 = 0
                                        v55 = v52["prompt_fragments"]
                                        try:
                                            if type(v55) is not list:
                                                raise _no(
                                                    "an array of a string or an integer",
                                                    v55,
                                                )
                                            for i56 in v55:
                                                try:
                                                    if not (
                                                        (
                                                            type(i56) is str
                                                            or isinstance(i56, str)
                                                        )
                                                        or (
                                                            type(i56) is int
                                                            or _is_int(i56)
                                                        )
                                                    ):
                                                        raise _no(
                                                            "a string or an integer",
                                                            i56,
                                                        )
                                                except SchemaMismatch as err58:
                                                    err58.within(_index(v55, i56))
                                                    raise
                                        except SchemaMismatch as err59:
                                            err59.within("prompt_fragments")
                                            raise
                                        o53.prompt_fragments = v55
                                        v60 = v52["prompt_token_ids"]
                                        try:
                                            if type(v60) is not list:
                                                raise _no("an array of an integer", v60)
                                            for i61 in v60:
                                                if not (
                                                    type(i61) is int or _is_int(i61)
                                                ):
                                                    raise _no(
                                                        "an integer",
                                                        i61,
                                                        _index(v60, i61),
                                                    )
                                        except SchemaMismatch as err63:
                                            err63.within("prompt_token_ids")
                                            raise
                                        o53.prompt_token_ids = v60
                                        v64 = v52["completion"]
                                        if not (
                                            type(v64) is str or isinstance(v64, str)
                                        ):
                                            raise _no("a string", v64, "completion")
                                        o53.completion = v64
                                        v65 = v52.get("completion_token_ids", _MISS)
                                        if v65 is _MISS:
                                            o53.completion_token_ids = None
                                        elif v65 is None:
                                            n54 |= 8
                                            o53.completion_token_ids = None
                                        else:
                                            try:
                                                if type(v65) is not list:
                                                    raise _no(
                                                        "an array of an integer", v65
                                                    )
                                                for i66 in v65:
                                                    if not (
                                                        type(i66) is int or _is_int(i66)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            i66,
                                                            _index(v65, i66),
                                                        )
                                            except SchemaMismatch as err68:
                                                err68.within("completion_token_ids")
                                                raise
                                            o53.completion_token_ids = v65
                                        v69 = v52.get("completion_logprobs", _MISS)
                                        if v69 is _MISS:
                                            o53.completion_logprobs = None
                                        elif v69 is None:
                                            n54 |= 16
                                            o53.completion_logprobs = None
                                        else:
                                            try:
                                                if type(v69) is not dict:
                                                    v69 = _object(v69)
                                                o70 = _new(_C_NewLogProbs)
                                                v71 = v69.get("content", _MISS)
                                                if v71 is _MISS:
                                                    o70.content = None
                                                elif v71 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "content",
                                                    )
                                                else:
                                                    try:
                                                        if type(v71) is not list:
                                                            raise _no(
                                                                "an array of an object (NewLogProbsContent)",
                                                                v71,
                                                            )
                                                        a73 = []
                                                        try:
                                                            for i72 in v71:
                                                                i72 = _f_NewLogProbsContent(
                                                                    i72
                                                                )
                                                                a73.append(i72)
                                                        except SchemaMismatch as err74:
                                                            err74.within(len(a73))
                                                            raise
                                                        v71 = a73
                                                    except SchemaMismatch as err75:
                                                        err75.within("content")
                                                        raise
                                                    o70.content = v71
                                                o70._nulls = 0
                                                if len(v69) != 0 + (v71 is not _MISS):
                                                    x76 = dict(v69)
                                                    x76.pop("content", None)
                                                    o70.additional_properties = x76
                                                else:
                                                    o70.additional_properties = {}
                                                v69 = o70
                                            except SchemaMismatch as err80:
                                                err80.within("completion_logprobs")
                                                raise
                                            o53.completion_logprobs = v69
                                        v81 = v52.get("images", _MISS)
                                        if v81 is _MISS:
                                            o53.images = None
                                        elif v81 is None:
                                            n54 |= 32
                                            o53.images = None
                                        else:
                                            try:
                                                if type(v81) is not list:
                                                    raise _no(
                                                        "an array of a string", v81
                                                    )
                                                for i82 in v81:
                                                    if not (
                                                        type(i82) is str
                                                        or isinstance(i82, str)
                                                    ):
                                                        raise _no(
                                                            "a string",
                                                            i82,
                                                            _index(v81, i82),
                                                        )
                                            except SchemaMismatch as err84:
                                                err84.within("images")
                                                raise
                                            o53.images = v81
                                        v85 = v52.get("grammar", _MISS)
                                        if type(v85) is str:
                                            o53.grammar = v85
                                        elif v85 is _MISS:
                                            o53.grammar = None
                                        elif v85 is None:
                                            n54 |= 64
                                            o53.grammar = None
                                        else:
                                            try:
                                                if not (
                                                    type(v85) is str
                                                    or isinstance(v85, str)
                                                ):
                                                    raise _no("a string or null", v85)
                                            except SchemaMismatch as err86:
                                                err86.within("grammar")
                                                raise
                                            o53.grammar = v85
                                        o53._nulls = n54
                                        if len(v52) != 3 + (v65 is not _MISS) + (
                                            v69 is not _MISS
                                        ) + (v81 is not _MISS) + (v85 is not _MISS):
                                            x87 = dict(v52)
                                            del x87["prompt_fragments"]
                                            del x87["prompt_token_ids"]
                                            del x87["completion"]
                                            x87.pop("completion_token_ids", None)
                                            x87.pop("completion_logprobs", None)
                                            x87.pop("images", None)
                                            x87.pop("grammar", None)
                                            o53.additional_properties = x87
                                        else:
                                            o53.additional_properties = {}
                                    except KeyError as missing:
                                        raise _absent(missing) from None
                                    v52 = o53
                                except SchemaMismatch as err91:
                                    err91.within("raw_output")
                                    raise
                                o9.raw_output = v52
                            v92 = i7.get("token_ids", _MISS)
                            if v92 is _MISS:
                                o9.token_ids = None
                            elif v92 is None:
                                n10 |= 32
                                o9.token_ids = None
                            else:
                                try:
                                    if type(v92) is not list:
                                        raise _no("an array of an integer", v92)
                                    for i93 in v92:
                                        if not (type(i93) is int or _is_int(i93)):
                                            raise _no(
                                                "an integer", i93, _index(v92, i93)
                                            )
                                except SchemaMismatch as err95:
                                    err95.within("token_ids")
                                    raise
                                o9.token_ids = v92
                            o9._nulls = n10
                            if len(i7) != 2 + (v46 is not _MISS) + (
                                v48 is not _MISS
                            ) + (v52 is not _MISS) + (v92 is not _MISS):
                                x96 = dict(i7)
                                del x96["index"]
                                del x96["message"]
                                x96.pop("finish_reason", None)
                                x96.pop("logprobs", None)
                                x96.pop("raw_output", None)
                                x96.pop("token_ids", None)
                                o9.additional_properties = x96
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i7 = o9
                        a8.append(i7)
                except SchemaMismatch as err100:
                    err100.within(len(a8))
                    raise
                v6 = a8
            except SchemaMismatch as err101:
                err101.within("choices")
                raise
            o1.choices = v6
            v102 = data.get("object", _MISS)
            if type(v102) is str:
                o1.object_ = v102
            elif v102 is _MISS:
                o1.object_ = None
            elif v102 is None:
                raise SchemaMismatch("null is not allowed here", "object")
            else:
                if not (type(v102) is str or isinstance(v102, str)):
                    raise _no("a string", v102, "object")
                o1.object_ = v102
            v103 = data.get("usage", _MISS)
            if v103 is _MISS:
                o1.usage = None
            elif v103 is None:
                n2 |= 32
                o1.usage = None
            else:
                try:
                    try:
                        if type(v103) is not dict:
                            v103 = _object(v103)
                        o104 = _new(_C_UsageInfo)
                        n105 = 0
                        v106 = v103["prompt_tokens"]
                        if not (type(v106) is int or _is_int(v106)):
                            raise _no("an integer", v106, "prompt_tokens")
                        o104.prompt_tokens = v106
                        v107 = v103["total_tokens"]
                        if not (type(v107) is int or _is_int(v107)):
                            raise _no("an integer", v107, "total_tokens")
                        o104.total_tokens = v107
                        v108 = v103.get("completion_tokens", _MISS)
                        if type(v108) is int:
                            o104.completion_tokens = v108
                        elif v108 is _MISS:
                            o104.completion_tokens = None
                        elif v108 is None:
                            n105 |= 4
                            o104.completion_tokens = None
                        else:
                            try:
                                if not (type(v108) is int or _is_int(v108)):
                                    raise _no("an integer or null", v108)
                            except SchemaMismatch as err109:
                                err109.within("completion_tokens")
                                raise
                            o104.completion_tokens = v108
                        v110 = v103.get("prompt_tokens_details", _MISS)
                        if v110 is _MISS:
                            o104.prompt_tokens_details = None
                        elif v110 is None:
                            n105 |= 8
                            o104.prompt_tokens_details = None
                        else:
                            try:
                                if type(v110) is not dict:
                                    v110 = _object(v110)
                                o111 = _new(_C_PromptTokensDetails)
                                n112 = 0
                                v113 = v110.get("cached_tokens", _MISS)
                                if type(v113) is int:
                                    o111.cached_tokens = v113
                                elif v113 is _MISS:
                                    o111.cached_tokens = None
                                elif v113 is None:
                                    n112 |= 1
                                    o111.cached_tokens = None
                                else:
                                    try:
                                        if not (type(v113) is int or _is_int(v113)):
                                            raise _no("an integer or null", v113)
                                    except SchemaMismatch as err114:
                                        err114.within("cached_tokens")
                                        raise
                                    o111.cached_tokens = v113
                                o111._nulls = n112
                                if len(v110) != 0 + (v113 is not _MISS):
                                    x115 = dict(v110)
                                    x115.pop("cached_tokens", None)
                                    o111.additional_properties = x115
                                else:
                                    o111.additional_properties = {}
                                v110 = o111
                            except SchemaMismatch as err119:
                                err119.within("prompt_tokens_details")
                                raise
                            o104.prompt_tokens_details = v110
                        o104._nulls = n105
                        if len(v103) != 2 + (v108 is not _MISS) + (v110 is not _MISS):
                            x120 = dict(v103)
                            del x120["prompt_tokens"]
                            del x120["total_tokens"]
                            x120.pop("completion_tokens", None)
                            x120.pop("prompt_tokens_details", None)
                            o104.additional_properties = x120
                        else:
                            o104.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v103 = o104
                except SchemaMismatch as err124:
                    err124.within("usage")
                    raise
                o1.usage = v103
            v125 = data.get("perf_metrics", _MISS)
            if v125 is _MISS:
                o1.perf_metrics = None
            elif v125 is None:
                n2 |= 64
                o1.perf_metrics = None
            else:
                try:
                    if type(v125) is not dict:
                        v125 = _object(v125)
                    o126 = _new(_C_ChatCompletionResponsePerfMetricsType0)
                    o126._nulls = 0
                    if v125:
                        x127 = dict(v125)
                        o126.additional_properties = x127
                    else:
                        o126.additional_properties = {}
                    v125 = o126
                except SchemaMismatch as err131:
                    err131.within("perf_metrics")
                    raise
                o1.perf_metrics = v125
            v132 = data.get("prompt_token_ids", _MISS)
            if v132 is _MISS:
                o1.prompt_token_ids = None
            elif v132 is None:
                n2 |= 128
                o1.prompt_token_ids = None
            else:
                try:
                    if type(v132) is not list:
                        raise _no("an array of an integer", v132)
                    for i133 in v132:
                        if not (type(i133) is int or _is_int(i133)):
                            raise _no("an integer", i133, _index(v132, i133))
                except SchemaMismatch as err135:
                    err135.within("prompt_token_ids")
                    raise
                o1.prompt_token_ids = v132
            o1._nulls = n2
            if len(data) != 4 + (v102 is not _MISS) + (v103 is not _MISS) + (
                v125 is not _MISS
            ) + (v132 is not _MISS):
                x136 = dict(data)
                del x136["id"]
                del x136["created"]
                del x136["model"]
                del x136["choices"]
                x136.pop("object", None)
                x136.pop("usage", None)
                x136.pop("perf_metrics", None)
                x136.pop("prompt_token_ids", None)
                o1.additional_properties = x136
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatCompletionResponse"
        raise
    return o1


def _f_ChatCompletionResponseChoice(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionResponseChoice)
            n2 = 0
            v3 = data["index"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "index")
            o1.index = v3
            v4 = data["message"]
            try:
                try:
                    if type(v4) is not dict:
                        v4 = _object(v4)
                    o5 = _new(_C_ChatMessage)
                    n6 = 0
                    v7 = v4["role"]
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
                            if (
                                type(v8) is list
                                and (r9 := _attempt(_h5, v8)) is not _MISS
                            ):
                                v8 = r9
                            elif not (type(v8) is str or isinstance(v8, str)):
                                raise _no(
                                    "a string or an array of an object (ChatMessageContent) or null",
                                    v8,
                                )
                        except SchemaMismatch as err10:
                            err10.within("content")
                            raise
                        o5.content = v8
                    v11 = v4.get("reasoning_content", _MISS)
                    if type(v11) is str:
                        o5.reasoning_content = v11
                    elif v11 is _MISS:
                        o5.reasoning_content = None
                    elif v11 is None:
                        n6 |= 4
                        o5.reasoning_content = None
                    else:
                        try:
                            if not (type(v11) is str or isinstance(v11, str)):
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
                            if type(v13) is not list:
                                raise _no(
                                    "an array of an object (ChatCompletionMessageToolCall)",
                                    v13,
                                )
                            a15 = []
                            try:
                                for i14 in v13:
                                    try:
                                        if type(i14) is not dict:
                                            i14 = _object(i14)
                                        o16 = _new(_C_ChatCompletionMessageToolCall)
                                        n17 = 0
                                        v18 = i14["function"]
                                        try:
                                            if (
                                                type(v18) is dict
                                                or isinstance(v18, _Mapping)
                                            ) and (
                                                r19 := _attempt(
                                                    _f_ChatCompletionMessageToolCallFunction,
                                                    v18,
                                                )
                                            ) is not _MISS:
                                                v18 = r19
                                            elif not (
                                                type(v18) is str or isinstance(v18, str)
                                            ):
                                                raise _no(
                                                    "an object (ChatCompletionMessageToolCallFunction) or a string",
                                                    v18,
                                                )
                                        except SchemaMismatch as err20:
                                            err20.within("function")
                                            raise
                                        o16.function = v18
                                        v21 = i14.get("id", _MISS)
                                        if type(v21) is str:
                                            o16.id = v21
                                        elif v21 is _MISS:
                                            o16.id = None
                                        elif v21 is None:
                                            n17 |= 2
                                            o16.id = None
                                        else:
                                            try:
                                                if not (
                                                    type(v21) is str
                                                    or isinstance(v21, str)
                                                ):
                                                    raise _no("a string or null", v21)
                                            except SchemaMismatch as err22:
                                                err22.within("id")
                                                raise
                                            o16.id = v21
                                        v23 = i14.get("type", _MISS)
                                        if type(v23) is str:
                                            o16.type_ = v23
                                        elif v23 is _MISS:
                                            o16.type_ = None
                                        elif v23 is None:
                                            raise SchemaMismatch(
                                                "null is not allowed here", "type"
                                            )
                                        else:
                                            if not (
                                                type(v23) is str or isinstance(v23, str)
                                            ):
                                                raise _no("a string", v23, "type")
                                            o16.type_ = v23
                                        v24 = i14.get("index", _MISS)
                                        if type(v24) is int:
                                            o16.index = v24
                                        elif v24 is _MISS:
                                            o16.index = None
                                        elif v24 is None:
                                            raise SchemaMismatch(
                                                "null is not allowed here", "index"
                                            )
                                        else:
                                            if not (type(v24) is int or _is_int(v24)):
                                                raise _no("an integer", v24, "index")
                                            o16.index = v24
                                        o16._nulls = n17
                                        if len(i14) != 1 + (v21 is not _MISS) + (
                                            v23 is not _MISS
                                        ) + (v24 is not _MISS):
                                            x25 = dict(i14)
                                            del x25["function"]
                                            x25.pop("id", None)
                                            x25.pop("type", None)
                                            x25.pop("index", None)
                                            o16.additional_properties = x25
                                        else:
                                            o16.additional_properties = {}
                                    except KeyError as missing:
                                        raise _absent(missing) from None
                                    i14 = o16
                                    a15.append(i14)
                            except SchemaMismatch as err29:
                                err29.within(len(a15))
                                raise
                            v13 = a15
                        except SchemaMismatch as err30:
                            err30.within("tool_calls")
                            raise
                        o5.tool_calls = v13
                    v31 = v4.get("tool_call_id", _MISS)
                    if type(v31) is str:
                        o5.tool_call_id = v31
                    elif v31 is _MISS:
                        o5.tool_call_id = None
                    elif v31 is None:
                        n6 |= 16
                        o5.tool_call_id = None
                    else:
                        try:
                            if not (type(v31) is str or isinstance(v31, str)):
                                raise _no("a string or null", v31)
                        except SchemaMismatch as err32:
                            err32.within("tool_call_id")
                            raise
                        o5.tool_call_id = v31
                    o5._nulls = n6
                    if len(v4) != 1 + (v8 is not _MISS) + (v11 is not _MISS) + (
                        v13 is not _MISS
                    ) + (v31 is not _MISS):
                        x33 = dict(v4)
                        del x33["role"]
                        x33.pop("content", None)
                        x33.pop("reasoning_content", None)
                        x33.pop("tool_calls", None)
                        x33.pop("tool_call_id", None)
                        o5.additional_properties = x33
                    else:
                        o5.additional_properties = {}
                except KeyError as missing:
                    raise _absent(missing) from None
                v4 = o5
            except SchemaMismatch as err37:
                err37.within("message")
                raise
            o1.message = v4
            v38 = data.get("finish_reason", _MISS)
            if type(v38) is str:
                o1.finish_reason = v38
            elif v38 is _MISS:
                o1.finish_reason = None
            elif v38 is None:
                n2 |= 4
                o1.finish_reason = None
            else:
                try:
                    if not (type(v38) is str or isinstance(v38, str)):
                        raise _no("a string or null", v38)
                except SchemaMismatch as err39:
                    err39.within("finish_reason")
                    raise
                o1.finish_reason = v38
            v40 = data.get("logprobs", _MISS)
            if v40 is _MISS:
                o1.logprobs = None
            elif v40 is None:
                n2 |= 8
                o1.logprobs = None
            else:
                try:
                    if (type(v40) is dict or isinstance(v40, _Mapping)) and (
                        r41 := _attempt(_f_LogProbs, v40)
                    ) is not _MISS:
                        v40 = r41
                    elif (type(v40) is dict or isinstance(v40, _Mapping)) and (
                        r42 := _attempt(_f_NewLogProbs, v40)
                    ) is not _MISS:
                        v40 = r42
                    else:
                        raise _no(
                            "an object (LogProbs) or an object (NewLogProbs) or null",
                            v40,
                        )
                except SchemaMismatch as err43:
                    err43.within("logprobs")
                    raise
                o1.logprobs = v40
            v44 = data.get("raw_output", _MISS)
            if v44 is _MISS:
                o1.raw_output = None
            elif v44 is None:
                n2 |= 16
                o1.raw_output = None
            else:
                try:
                    try:
                        if type(v44) is not dict:
                            v44 = _object(v44)
                        o45 = _new(_C_RawOutput)
                        n46 = 0
                        v47 = v44["prompt_fragments"]
                        try:
                            if type(v47) is not list:
                                raise _no("an array of a string or an integer", v47)
                            for i48 in v47:
                                try:
                                    if not (
                                        (type(i48) is str or isinstance(i48, str))
                                        or (type(i48) is int or _is_int(i48))
                                    ):
                                        raise _no("a string or an integer", i48)
                                except SchemaMismatch as err50:
                                    err50.within(_index(v47, i48))
                                    raise
                        except SchemaMismatch as err51:
                            err51.within("prompt_fragments")
                            raise
                        o45.prompt_fragments = v47
                        v52 = v44["prompt_token_ids"]
                        try:
                            if type(v52) is not list:
                                raise _no("an array of an integer", v52)
                            for i53 in v52:
                                if not (type(i53) is int or _is_int(i53)):
                                    raise _no("an integer", i53, _index(v52, i53))
                        except SchemaMismatch as err55:
                            err55.within("prompt_token_ids")
                            raise
                        o45.prompt_token_ids = v52
                        v56 = v44["completion"]
                        if not (type(v56) is str or isinstance(v56, str)):
                            raise _no("a string", v56, "completion")
                        o45.completion = v56
                        v57 = v44.get("completion_token_ids", _MISS)
                        if v57 is _MISS:
                            o45.completion_token_ids = None
                        elif v57 is None:
                            n46 |= 8
                            o45.completion_token_ids = None
                        else:
                            try:
                                if type(v57) is not list:
                                    raise _no("an array of an integer", v57)
                                for i58 in v57:
                                    if not (type(i58) is int or _is_int(i58)):
                                        raise _no("an integer", i58, _index(v57, i58))
                            except SchemaMismatch as err60:
                                err60.within("completion_token_ids")
                                raise
                            o45.completion_token_ids = v57
                        v61 = v44.get("completion_logprobs", _MISS)
                        if v61 is _MISS:
                            o45.completion_logprobs = None
                        elif v61 is None:
                            n46 |= 16
                            o45.completion_logprobs = None
                        else:
                            try:
                                if type(v61) is not dict:
                                    v61 = _object(v61)
                                o62 = _new(_C_NewLogProbs)
                                v63 = v61.get("content", _MISS)
                                if v63 is _MISS:
                                    o62.content = None
                                elif v63 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "content"
                                    )
                                else:
                                    try:
                                        if type(v63) is not list:
                                            raise _no(
                                                "an array of an object (NewLogProbsContent)",
                                                v63,
                                            )
                                        a65 = []
                                        try:
                                            for i64 in v63:
                                                try:
                                                    if type(i64) is not dict:
                                                        i64 = _object(i64)
                                                    o66 = _new(_C_NewLogProbsContent)
                                                    n67 = 0
                                                    v68 = i64["token"]
                                                    if not (
                                                        type(v68) is str
                                                        or isinstance(v68, str)
                                                    ):
                                                        raise _no(
                                                            "a string", v68, "token"
                                                        )
                                                    o66.token = v68
                                                    v69 = i64["logprob"]
                                                    if not (
                                                        type(v69) is float
                                                        or _is_number(v69)
                                                    ):
                                                        raise _no(
                                                            "a number", v69, "logprob"
                                                        )
                                                    o66.logprob = v69
                                                    v70 = i64["sampling_logprob"]
                                                    if v70 is not None:
                                                        try:
                                                            if not (
                                                                type(v70) is float
                                                                or _is_number(v70)
                                                            ):
                                                                raise _no(
                                                                    "a number or null",
                                                                    v70,
                                                                )
                                                        except SchemaMismatch as err71:
                                                            err71.within(
                                                                "sampling_logprob"
                                                            )
                                                            raise
                                                    o66.sampling_logprob = v70
                                                    v72 = i64["bytes"]
                                                    try:
                                                        if type(v72) is not list:
                                                            raise _no(
                                                                "an array of an integer",
                                                                v72,
                                                            )
                                                        for i73 in v72:
                                                            if not (
                                                                type(i73) is int
                                                                or _is_int(i73)
                                                            ):
                                                                raise _no(
                                                                    "an integer",
                                                                    i73,
                                                                    _index(v72, i73),
                                                                )
                                                    except SchemaMismatch as err75:
                                                        err75.within("bytes")
                                                        raise
                                                    o66.bytes_ = v72
                                                    v76 = i64["token_id"]
                                                    if not (
                                                        type(v76) is int or _is_int(v76)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v76,
                                                            "token_id",
                                                        )
                                                    o66.token_id = v76
                                                    v77 = i64["text_offset"]
                                                    if not (
                                                        type(v77) is int or _is_int(v77)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v77,
                                                            "text_offset",
                                                        )
                                                    o66.text_offset = v77
                                                    v78 = i64.get("top_logprobs", _MISS)
                                                    if v78 is _MISS:
                                                        o66.top_logprobs = None
                                                    elif v78 is None:
                                                        raise SchemaMismatch(
                                                            "null is not allowed here",
                                                            "top_logprobs",
                                                        )
                                                    else:
                                                        try:
                                                            if type(v78) is not list:
                                                                raise _no(
                                                                    "an array of an object (NewLogProbsContentTopLogProbs)",
                                                                    v78,
                                                                )
                                                            a80 = []
                                                            try:
                                                                for i79 in v78:
                                                                    i79 = _f_NewLogProbsContentTopLogProbs(
                                                                        i79
                                                                    )
                                                                    a80.append(i79)
                                                            except (
                                                                SchemaMismatch
                                                            ) as err81:
                                                                err81.within(len(a80))
                                                                raise
                                                            v78 = a80
                                                        except SchemaMismatch as err82:
                                                            err82.within("top_logprobs")
                                                            raise
                                                        o66.top_logprobs = v78
                                                    v83 = i64.get(
                                                        "last_activation", _MISS
                                                    )
                                                    if type(v83) is str:
                                                        o66.last_activation = v83
                                                    elif v83 is _MISS:
                                                        o66.last_activation = None
                                                    elif v83 is None:
                                                        n67 |= 128
                                                        o66.last_activation = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v83) is str
                                                                or isinstance(v83, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v83,
                                                                )
                                                        except SchemaMismatch as err84:
                                                            err84.within(
                                                                "last_activation"
                                                            )
                                                            raise
                                                        o66.last_activation = v83
                                                    v85 = i64.get(
                                                        "routing_matrix", _MISS
                                                    )
                                                    if type(v85) is str:
                                                        o66.routing_matrix = v85
                                                    elif v85 is _MISS:
                                                        o66.routing_matrix = None
                                                    elif v85 is None:
                                                        n67 |= 256
                                                        o66.routing_matrix = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v85) is str
                                                                or isinstance(v85, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v85,
                                                                )
                                                        except SchemaMismatch as err86:
                                                            err86.within(
                                                                "routing_matrix"
                                                            )
                                                            raise
                                                        o66.routing_matrix = v85
                                                    o66._nulls = n67
                                                    if len(i64) != 6 + (
                                                        v78 is not _MISS
                                                    ) + (v83 is not _MISS) + (
                                                        v85 is not _MISS
                                                    ):
                                                        x87 = dict(i64)
                                                        del x87["token"]
                                                        del x87["logprob"]
                                                        del x87["sampling_logprob"]
                                                        del x87["bytes"]
                                                        del x87["token_id"]
                                                        del x87["text_offset"]
                                                        x87.pop("top_logprobs", None)
                                                        x87.pop("last_activation", None)
                                                        x87.pop("routing_matrix", None)
                                                        o66.additional_properties = x87
                                                    else:
                                                        o66.additional_properties = {}
                                                except KeyError as missing:
                                                    raise _absent(missing) from None
                                                i64 = o66
                                                a65.append(i64)
                                        except SchemaMismatch as err91:
                                            err91.within(len(a65))
                                            raise
                                        v63 = a65
                                    except SchemaMismatch as err92:
                                        err92.within("content")
                                        raise
                                    o62.content = v63
                                o62._nulls = 0
                                if len(v61) != 0 + (v63 is not _MISS):
                                    x93 = dict(v61)
                                    x93.pop("content", None)
                                    o62.additional_properties = x93
                                else:
                                    o62.additional_properties = {}
                                v61 = o62
                            except SchemaMismatch as err97:
                                err97.within("completion_logprobs")
                                raise
                            o45.completion_logprobs = v61
                        v98 = v44.get("images", _MISS)
                        if v98 is _MISS:
                            o45.images = None
                        elif v98 is None:
                            n46 |= 32
                            o45.images = None
                        else:
                            try:
                                if type(v98) is not list:
                                    raise _no("an array of a string", v98)
                                for i99 in v98:
                                    if not (type(i99) is str or isinstance(i99, str)):
                                        raise _no("a string", i99, _index(v98, i99))
                            except SchemaMismatch as err101:
                                err101.within("images")
                                raise
                            o45.images = v98
                        v102 = v44.get("grammar", _MISS)
                        if type(v102) is str:
                            o45.grammar = v102
                        elif v102 is _MISS:
                            o45.grammar = None
                        elif v102 is None:
                            n46 |= 64
                            o45.grammar = None
                        else:
                            try:
                                if not (type(v102) is str or isinstance(v102, str)):
                                    raise _no("a string or null", v102)
                            except SchemaMismatch as err103:
                                err103.within("grammar")
                                raise
                            o45.grammar = v102
                        o45._nulls = n46
                        if len(v44) != 3 + (v57 is not _MISS) + (v61 is not _MISS) + (
                            v98 is not _MISS
                        ) + (v102 is not _MISS):
                            x104 = dict(v44)
                            del x104["prompt_fragments"]
                            del x104["prompt_token_ids"]
                            del x104["completion"]
                            x104.pop("completion_token_ids", None)
                            x104.pop("completion_logprobs", None)
                            x104.pop("images", None)
                            x104.pop("grammar", None)
                            o45.additional_properties = x104
                        else:
                            o45.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v44 = o45
                except SchemaMismatch as err108:
                    err108.within("raw_output")
                    raise
                o1.raw_output = v44
            v109 = data.get("token_ids", _MISS)
            if v109 is _MISS:
                o1.token_ids = None
            elif v109 is None:
                n2 |= 32
                o1.token_ids = None
            else:
                try:
                    if type(v109) is not list:
                        raise _no("an array of an integer", v109)
                    for i110 in v109:
                        if not (type(i110) is int or _is_int(i110)):
                            raise _no("an integer", i110, _index(v109, i110))
                except SchemaMismatch as err112:
                    err112.within("token_ids")
                    raise
                o1.token_ids = v109
            o1._nulls = n2
            if len(data) != 2 + (v38 is not _MISS) + (v40 is not _MISS) + (
                v44 is not _MISS
            ) + (v109 is not _MISS):
                x113 = dict(data)
                del x113["index"]
                del x113["message"]
                x113.pop("finish_reason", None)
                x113.pop("logprobs", None)
                x113.pop("raw_output", None)
                x113.pop("token_ids", None)
                o1.additional_properties = x113
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionResponseStreamChoice)
            n2 = 0
            v3 = data["index"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "index")
            o1.index = v3
            v4 = data["delta"]
            try:
                if type(v4) is not dict:
                    v4 = _object(v4)
                o5 = _new(_C_DeltaMessage)
                n6 = 0
                v7 = v4.get("role", _MISS)
                if type(v7) is str:
                    o5.role = v7
                elif v7 is _MISS:
                    o5.role = None
                elif v7 is None:
                    n6 |= 1
                    o5.role = None
                else:
                    try:
                        if not (type(v7) is str or isinstance(v7, str)):
                            raise _no("a string or null", v7)
                    except SchemaMismatch as err8:
                        err8.within("role")
                        raise
                    o5.role = v7
                v9 = v4.get("content", _MISS)
                if type(v9) is str:
                    o5.content = v9
                elif v9 is _MISS:
                    o5.content = None
                elif v9 is None:
                    n6 |= 2
                    o5.content = None
                else:
                    try:
                        if not (type(v9) is str or isinstance(v9, str)):
                            raise _no("a string or null", v9)
                    except SchemaMismatch as err10:
                        err10.within("content")
                        raise
                    o5.content = v9
                v11 = v4.get("reasoning_content", _MISS)
                if type(v11) is str:
                    o5.reasoning_content = v11
                elif v11 is _MISS:
                    o5.reasoning_content = None
                elif v11 is None:
                    n6 |= 4
                    o5.reasoning_content = None
                else:
                    try:
                        if not (type(v11) is str or isinstance(v11, str)):
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
                        if type(v13) is not list:
                            raise _no(
                                "an array of an object (ChatCompletionMessageToolCall)",
                                v13,
                            )
                        a15 = []
                        try:
                            for i14 in v13:
                                try:
                                    if type(i14) is not dict:
                                        i14 = _object(i14)
                                    o16 = _new(_C_ChatCompletionMessageToolCall)
                                    n17 = 0
                                    v18 = i14["function"]
                                    try:
                                        if (
                                            type(v18) is dict
                                            or isinstance(v18, _Mapping)
                                        ) and (
                                            r19 := _attempt(
                                                _f_ChatCompletionMessageToolCallFunction,
                                                v18,
                                            )
                                        ) is not _MISS:
                                            v18 = r19
                                        elif not (
                                            type(v18) is str or isinstance(v18, str)
                                        ):
                                            raise _no(
                                                "an object (ChatCompletionMessageToolCallFunction) or a string",
                                                v18,
                                            )
                                    except SchemaMismatch as err20:
                                        err20.within("function")
                                        raise
                                    o16.function = v18
                                    v21 = i14.get("id", _MISS)
                                    if type(v21) is str:
                                        o16.id = v21
                                    elif v21 is _MISS:
                                        o16.id = None
                                    elif v21 is None:
                                        n17 |= 2
                                        o16.id = None
                                    else:
                                        try:
                                            if not (
                                                type(v21) is str or isinstance(v21, str)
                                            ):
                                                raise _no("a string or null", v21)
                                        except SchemaMismatch as err22:
                                            err22.within("id")
                                            raise
                                        o16.id = v21
                                    v23 = i14.get("type", _MISS)
                                    if type(v23) is str:
                                        o16.type_ = v23
                                    elif v23 is _MISS:
                                        o16.type_ = None
                                    elif v23 is None:
                                        raise SchemaMismatch(
                                            "null is not allowed here", "type"
                                        )
                                    else:
                                        if not (
                                            type(v23) is str or isinstance(v23, str)
                                        ):
                                            raise _no("a string", v23, "type")
                                        o16.type_ = v23
                                    v24 = i14.get("index", _MISS)
                                    if type(v24) is int:
                                        o16.index = v24
                                    elif v24 is _MISS:
                                        o16.index = None
                                    elif v24 is None:
                                        raise SchemaMismatch(
                                            "null is not allowed here", "index"
                                        )
                                    else:
                                        if not (type(v24) is int or _is_int(v24)):
                                            raise _no("an integer", v24, "index")
                                        o16.index = v24
                                    o16._nulls = n17
                                    if len(i14) != 1 + (v21 is not _MISS) + (
                                        v23 is not _MISS
                                    ) + (v24 is not _MISS):
                                        x25 = dict(i14)
                                        del x25["function"]
                                        x25.pop("id", None)
                                        x25.pop("type", None)
                                        x25.pop("index", None)
                                        o16.additional_properties = x25
                                    else:
                                        o16.additional_properties = {}
                                except KeyError as missing:
                                    raise _absent(missing) from None
                                i14 = o16
                                a15.append(i14)
                        except SchemaMismatch as err29:
                            err29.within(len(a15))
                            raise
                        v13 = a15
                    except SchemaMismatch as err30:
                        err30.within("tool_calls")
                        raise
                    o5.tool_calls = v13
                o5._nulls = n6
                if len(v4) != 0 + (v7 is not _MISS) + (v9 is not _MISS) + (
                    v11 is not _MISS
                ) + (v13 is not _MISS):
                    x31 = dict(v4)
                    x31.pop("role", None)
                    x31.pop("content", None)
                    x31.pop("reasoning_content", None)
                    x31.pop("tool_calls", None)
                    o5.additional_properties = x31
                else:
                    o5.additional_properties = {}
                v4 = o5
            except SchemaMismatch as err35:
                err35.within("delta")
                raise
            o1.delta = v4
            v36 = data.get("finish_reason", _MISS)
            if v36 is _MISS:
                o1.finish_reason = None
            elif v36 is None:
                n2 |= 4
                o1.finish_reason = None
            else:
                try:
                    e37 = (
                        _E_ChatCompletionResponseStreamChoiceFinishReasonType0.get(v36)
                        if type(v36) is str
                        else None
                    )
                    if e37 is None:
                        raise _no(
                            "one of 'stop', 'length', 'function_call', 'tool_calls' or null",
                            v36,
                        )
                    v36 = e37
                except SchemaMismatch as err38:
                    err38.within("finish_reason")
                    raise
                o1.finish_reason = v36
            v39 = data.get("logprobs", _MISS)
            if v39 is _MISS:
                o1.logprobs = None
            elif v39 is None:
                n2 |= 8
                o1.logprobs = None
            else:
                try:
                    if (type(v39) is dict or isinstance(v39, _Mapping)) and (
                        r40 := _attempt(_f_LogProbs, v39)
                    ) is not _MISS:
                        v39 = r40
                    elif (type(v39) is dict or isinstance(v39, _Mapping)) and (
                        r41 := _attempt(_f_NewLogProbs, v39)
                    ) is not _MISS:
                        v39 = r41
                    else:
                        raise _no(
                            "an object (LogProbs) or an object (NewLogProbs) or null",
                            v39,
                        )
                except SchemaMismatch as err42:
                    err42.within("logprobs")
                    raise
                o1.logprobs = v39
            v43 = data.get("raw_output", _MISS)
            if v43 is _MISS:
                o1.raw_output = None
            elif v43 is None:
                n2 |= 16
                o1.raw_output = None
            else:
                try:
                    try:
                        if type(v43) is not dict:
                            v43 = _object(v43)
                        o44 = _new(_C_RawOutput)
                        n45 = 0
                        v46 = v43["prompt_fragments"]
                        try:
                            if type(v46) is not list:
                                raise _no("an array of a string or an integer", v46)
                            for i47 in v46:
                                try:
                                    if not (
                                        (type(i47) is str or isinstance(i47, str))
                                        or (type(i47) is int or _is_int(i47))
                                    ):
                                        raise _no("a string or an integer", i47)
                                except SchemaMismatch as err49:
                                    err49.within(_index(v46, i47))
                                    raise
                        except SchemaMismatch as err50:
                            err50.within("prompt_fragments")
                            raise
                        o44.prompt_fragments = v46
                        v51 = v43["prompt_token_ids"]
                        try:
                            if type(v51) is not list:
                                raise _no("an array of an integer", v51)
                            for i52 in v51:
                                if not (type(i52) is int or _is_int(i52)):
                                    raise _no("an integer", i52, _index(v51, i52))
                        except SchemaMismatch as err54:
                            err54.within("prompt_token_ids")
                            raise
                        o44.prompt_token_ids = v51
                        v55 = v43["completion"]
                        if not (type(v55) is str or isinstance(v55, str)):
                            raise _no("a string", v55, "completion")
                        o44.completion = v55
                        v56 = v43.get("completion_token_ids", _MISS)
                        if v56 is _MISS:
                            o44.completion_token_ids = None
                        elif v56 is None:
                            n45 |= 8
                            o44.completion_token_ids = None
                        else:
                            try:
                                if type(v56) is not list:
                                    raise _no("an array of an integer", v56)
                                for i57 in v56:
                                    if not (type(i57) is int or _is_int(i57)):
                                        raise _no("an integer", i57, _index(v56, i57))
                            except SchemaMismatch as err59:
                                err59.within("completion_token_ids")
                                raise
                            o44.completion_token_ids = v56
                        v60 = v43.get("completion_logprobs", _MISS)
                        if v60 is _MISS:
                            o44.completion_logprobs = None
                        elif v60 is None:
                            n45 |= 16
                            o44.completion_logprobs = None
                        else:
                            try:
                                if type(v60) is not dict:
                                    v60 = _object(v60)
                                o61 = _new(_C_NewLogProbs)
                                v62 = v60.get("content", _MISS)
                                if v62 is _MISS:
                                    o61.content = None
                                elif v62 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "content"
                                    )
                                else:
                                    try:
                                        if type(v62) is not list:
                                            raise _no(
                                                "an array of an object (NewLogProbsContent)",
                                                v62,
                                            )
                                        a64 = []
                                        try:
                                            for i63 in v62:
                                                try:
                                                    if type(i63) is not dict:
                                                        i63 = _object(i63)
                                                    o65 = _new(_C_NewLogProbsContent)
                                                    n66 = 0
                                                    v67 = i63["token"]
                                                    if not (
                                                        type(v67) is str
                                                        or isinstance(v67, str)
                                                    ):
                                                        raise _no(
                                                            "a string", v67, "token"
                                                        )
                                                    o65.token = v67
                                                    v68 = i63["logprob"]
                                                    if not (
                                                        type(v68) is float
                                                        or _is_number(v68)
                                                    ):
                                                        raise _no(
                                                            "a number", v68, "logprob"
                                                        )
                                                    o65.logprob = v68
                                                    v69 = i63["sampling_logprob"]
                                                    if v69 is not None:
                                                        try:
                                                            if not (
                                                                type(v69) is float
                                                                or _is_number(v69)
                                                            ):
                                                                raise _no(
                                                                    "a number or null",
                                                                    v69,
                                                                )
                                                        except SchemaMismatch as err70:
                                                            err70.within(
                                                                "sampling_logprob"
                                                            )
                                                            raise
                                                    o65.sampling_logprob = v69
                                                    v71 = i63["bytes"]
                                                    try:
                                                        if type(v71) is not list:
                                                            raise _no(
                                                                "an array of an integer",
                                                                v71,
                                                            )
                                                        for i72 in v71:
                                                            if not (
                                                                type(i72) is int
                                                                or _is_int(i72)
                                                            ):
                                                                raise _no(
                                                                    "an integer",
                                                                    i72,
                                                                    _index(v71, i72),
                                                                )
                                                    except SchemaMismatch as err74:
                                                        err74.within("bytes")
                                                        raise
                                                    o65.bytes_ = v71
                                                    v75 = i63["token_id"]
                                                    if not (
                                                        type(v75) is int or _is_int(v75)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v75,
                                                            "token_id",
                                                        )
                                                    o65.token_id = v75
                                                    v76 = i63["text_offset"]
                                                    if not (
                                                        type(v76) is int or _is_int(v76)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v76,
                                                            "text_offset",
                                                        )
                                                    o65.text_offset = v76
                                                    v77 = i63.get("top_logprobs", _MISS)
                                                    if v77 is _MISS:
                                                        o65.top_logprobs = None
                                                    elif v77 is None:
                                                        raise SchemaMismatch(
                                                            "null is not allowed here",
                                                            "top_logprobs",
                                                        )
                                                    else:
                                                        try:
                                                            if type(v77) is not list:
                                                                raise _no(
                                                                    "an array of an object (NewLogProbsContentTopLogProbs)",
                                                                    v77,
                                                                )
                                                            a79 = []
                                                            try:
                                                                for i78 in v77:
                                                                    i78 = _f_NewLogProbsContentTopLogProbs(
                                                                        i78
                                                                    )
                                                                    a79.append(i78)
                                                            except (
                                                                SchemaMismatch
                                                            ) as err80:
                                                                err80.within(len(a79))
                                                                raise
                                                            v77 = a79
                                                        except SchemaMismatch as err81:
                                                            err81.within("top_logprobs")
                                                            raise
                                                        o65.top_logprobs = v77
                                                    v82 = i63.get(
                                                        "last_activation", _MISS
                                                    )
                                                    if type(v82) is str:
                                                        o65.last_activation = v82
                                                    elif v82 is _MISS:
                                                        o65.last_activation = None
                                                    elif v82 is None:
                                                        n66 |= 128
                                                        o65.last_activation = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v82) is str
                                                                or isinstance(v82, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v82,
                                                                )
                                                        except SchemaMismatch as err83:
                                                            err83.within(
                                                                "last_activation"
                                                            )
                                                            raise
                                                        o65.last_activation = v82
                                                    v84 = i63.get(
                                                        "routing_matrix", _MISS
                                                    )
                                                    if type(v84) is str:
                                                        o65.routing_matrix = v84
                                                    elif v84 is _MISS:
                                                        o65.routing_matrix = None
                                                    elif v84 is None:
                                                        n66 |= 256
                                                        o65.routing_matrix = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v84) is str
                                                                or isinstance(v84, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v84,
                                                                )
                                                        except SchemaMismatch as err85:
                                                            err85.within(
                                                                "routing_matrix"
                                                            )
                                                            raise
                                                        o65.routing_matrix = v84
                                                    o65._nulls = n66
                                                    if len(i63) != 6 + (
                                                        v77 is not _MISS
                                                    ) + (v82 is not _MISS) + (
                                                        v84 is not _MISS
                                                    ):
                                                        x86 = dict(i63)
                                                        del x86["token"]
                                                        del x86["logprob"]
                                                        del x86["sampling_logprob"]
                                                        del x86["bytes"]
                                                        del x86["token_id"]
                                                        del x86["text_offset"]
                                                        x86.pop("top_logprobs", None)
                                                        x86.pop("last_activation", None)
                                                        x86.pop("routing_matrix", None)
                                                        o65.additional_properties = x86
                                                    else:
                                                        o65.additional_properties = {}
                                                except KeyError as missing:
                                                    raise _absent(missing) from None
                                                i63 = o65
                                                a64.append(i63)
                                        except SchemaMismatch as err90:
                                            err90.within(len(a64))
                                            raise
                                        v62 = a64
                                    except SchemaMismatch as err91:
                                        err91.within("content")
                                        raise
                                    o61.content = v62
                                o61._nulls = 0
                                if len(v60) != 0 + (v62 is not _MISS):
                                    x92 = dict(v60)
                                    x92.pop("content", None)
                                    o61.additional_properties = x92
                                else:
                                    o61.additional_properties = {}
                                v60 = o61
                            except SchemaMismatch as err96:
                                err96.within("completion_logprobs")
                                raise
                            o44.completion_logprobs = v60
                        v97 = v43.get("images", _MISS)
                        if v97 is _MISS:
                            o44.images = None
                        elif v97 is None:
                            n45 |= 32
                            o44.images = None
                        else:
                            try:
                                if type(v97) is not list:
                                    raise _no("an array of a string", v97)
                                for i98 in v97:
                                    if not (type(i98) is str or isinstance(i98, str)):
                                        raise _no("a string", i98, _index(v97, i98))
                            except SchemaMismatch as err100:
                                err100.within("images")
                                raise
                            o44.images = v97
                        v101 = v43.get("grammar", _MISS)
                        if type(v101) is str:
                            o44.grammar = v101
                        elif v101 is _MISS:
                            o44.grammar = None
                        elif v101 is None:
                            n45 |= 64
                            o44.grammar = None
                        else:
                            try:
                                if not (type(v101) is str or isinstance(v101, str)):
                                    raise _no("a string or null", v101)
                            except SchemaMismatch as err102:
                                err102.within("grammar")
                                raise
                            o44.grammar = v101
                        o44._nulls = n45
                        if len(v43) != 3 + (v56 is not _MISS) + (v60 is not _MISS) + (
                            v97 is not _MISS
                        ) + (v101 is not _MISS):
                            x103 = dict(v43)
                            del x103["prompt_fragments"]
                            del x103["prompt_token_ids"]
                            del x103["completion"]
                            x103.pop("completion_token_ids", None)
                            x103.pop("completion_logprobs", None)
                            x103.pop("images", None)
                            x103.pop("grammar", None)
                            o44.additional_properties = x103
                        else:
                            o44.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v43 = o44
                except SchemaMismatch as err107:
                    err107.within("raw_output")
                    raise
                o1.raw_output = v43
            v108 = data.get("prompt_token_ids", _MISS)
            if v108 is _MISS:
                o1.prompt_token_ids = None
            elif v108 is None:
                n2 |= 32
                o1.prompt_token_ids = None
            else:
                try:
                    if type(v108) is not list:
                        raise _no("an array of an integer", v108)
                    for i109 in v108:
                        if not (type(i109) is int or _is_int(i109)):
                            raise _no("an integer", i109, _index(v108, i109))
                except SchemaMismatch as err111:
                    err111.within("prompt_token_ids")
                    raise
                o1.prompt_token_ids = v108
            v112 = data.get("token_ids", _MISS)
            if v112 is _MISS:
                o1.token_ids = None
            elif v112 is None:
                n2 |= 64
                o1.token_ids = None
            else:
                try:
                    if type(v112) is not list:
                        raise _no("an array of an integer", v112)
                    for i113 in v112:
                        if not (type(i113) is int or _is_int(i113)):
                            raise _no("an integer", i113, _index(v112, i113))
                except SchemaMismatch as err115:
                    err115.within("token_ids")
                    raise
                o1.token_ids = v112
            o1._nulls = n2
            if len(data) != 2 + (v36 is not _MISS) + (v39 is not _MISS) + (
                v43 is not _MISS
            ) + (v108 is not _MISS) + (v112 is not _MISS):
                x116 = dict(data)
                del x116["index"]
                del x116["delta"]
                x116.pop("finish_reason", None)
                x116.pop("logprobs", None)
                x116.pop("raw_output", None)
                x116.pop("prompt_token_ids", None)
                x116.pop("token_ids", None)
                o1.additional_properties = x116
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatCompletionResponseStreamChoice"
        raise
    return o1


def _f_ChatCompletionStreamEvent(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionStreamEvent)
            v2 = data["data"]
            try:
                if True and (r3 := _attempt(_h6, v2)) is not _MISS:
                    v2 = r3
                elif not (type(v2) is str or isinstance(v2, str)):
                    raise _no("a string or '[DONE]'", v2)
            except SchemaMismatch as err4:
                err4.within("data")
                raise
            o1.data = v2
            v5 = data.get("event", _MISS)
            if type(v5) is str:
                o1.event = v5
            elif v5 is _MISS:
                o1.event = None
            elif v5 is None:
                raise SchemaMismatch("null is not allowed here", "event")
            else:
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "event")
                o1.event = v5
            v6 = data.get("id", _MISS)
            if type(v6) is str:
                o1.id = v6
            elif v6 is _MISS:
                o1.id = None
            elif v6 is None:
                raise SchemaMismatch("null is not allowed here", "id")
            else:
                if not (type(v6) is str or isinstance(v6, str)):
                    raise _no("a string", v6, "id")
                o1.id = v6
            v7 = data.get("retry", _MISS)
            if type(v7) is int:
                o1.retry = v7
            elif v7 is _MISS:
                o1.retry = None
            elif v7 is None:
                raise SchemaMismatch("null is not allowed here", "retry")
            else:
                if not (type(v7) is int or _is_int(v7)):
                    raise _no("an integer", v7, "retry")
                o1.retry = v7
            o1._nulls = 0
            if len(data) != 1 + (v5 is not _MISS) + (v6 is not _MISS) + (
                v7 is not _MISS
            ):
                x8 = dict(data)
                del x8["data"]
                x8.pop("event", None)
                x8.pop("id", None)
                x8.pop("retry", None)
                o1.additional_properties = x8
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatCompletionStreamEvent"
        raise
    return o1


def _f_ChatCompletionStreamResponse(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionStreamResponse)
            n2 = 0
            v3 = data["id"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "id")
            o1.id = v3
            v4 = data["created"]
            if not (type(v4) is int or _is_int(v4)):
                raise _no("an integer", v4, "created")
            o1.created = v4
            v5 = data["model"]
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "model")
            o1.model = v5
            v6 = data["choices"]
            try:
                if type(v6) is not list:
                    raise _no(
                        "an array of an object (ChatCompletionResponseStreamChoice)", v6
                    )
                a8 = []
                try:
                    for i7 in v6:
                        try:
                            if type(i7) is not dict:
                                i7 = _object(i7)
                            o9 = _new(_C_ChatCompletionResponseStreamChoice)
                            n10 = 0
                            v11 = i7["index"]
                            if not (type(v11) is int or _is_int(v11)):
                                raise _no("an integer", v11, "index")
                            o9.index = v11
                            v12 = i7["delta"]
                            try:
                                if type(v12) is not dict:
                                    v12 = _object(v12)
                                o13 = _new(_C_DeltaMessage)
                                n14 = 0
                                v15 = v12.get("role", _MISS)
                                if type(v15) is str:
                                    o13.role = v15
                                elif v15 is _MISS:
                                    o13.role = None
                                elif v15 is None:
                                    n14 |= 1
                                    o13.role = None
                                else:
                                    try:
                                        if not (
                                            type(v15) is str or isinstance(v15, str)
                                        ):
                                            raise _no("a string or null", v15)
                                    except SchemaMismatch as err16:
                                        err16.within("role")
                                        raise
                                    o13.role = v15
                                v17 = v12.get("content", _MISS)
                                if type(v17) is str:
                                    o13.content = v17
                                elif v17 is _MISS:
                                    o13.content = None
                                elif v17 is None:
                                    n14 |= 2
                                    o13.content = None
                                else:
                                    try:
                                        if not (
                                            type(v17) is str or isinstance(v17, str)
                                        ):
                                            raise _no("a string or null", v17)
                                    except SchemaMismatch as err18:
                                        err18.within("content")
                                        raise
                                    o13.content = v17
                                v19 = v12.get("reasoning_content", _MISS)
                                if type(v19) is str:
                                    o13.reasoning_content = v19
                                elif v19 is _MISS:
                                    o13.reasoning_content = None
                                elif v19 is None:
                                    n14 |= 4
                                    o13.reasoning_content = None
                                else:
                                    try:
                                        if not (
                                            type(v19) is str or isinstance(v19, str)
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
                                        if type(v21) is not list:
                                            raise _no(
                                                "an array of an object (ChatCompletionMessageToolCall)",
                                                v21,
                                            )
                                        a23 = []
                                        try:
                                            for i22 in v21:
                                                try:
                                                    if type(i22) is not dict:
                                                        i22 = _object(i22)
                                                    o24 = _new(
                                                        _C_ChatCompletionMessageToolCall
                                                    )
                                                    n25 = 0
                                                    v26 = i22["function"]
                                                    try:
                                                        if (
                                                            type(v26) is dict
                                                            or isinstance(v26, _Mapping)
                                                        ) and (
                                                            r27 := _attempt(
                                                                _f_ChatCompletionMessageToolCallFunction,
                                                                v26,
                                                            )
                                                        ) is not _MISS:
                                                            v26 = r27
                                                        elif not (
                                                            type(v26) is str
                                                            or isinstance(v26, str)
                                                        ):
                                                            raise _no(
                                                                "an object (ChatCompletionMessageToolCallFunction) or a string",
                                                                v26,
                                                            )
                                                    except SchemaMismatch as err28:
                                                        err28.within("function")
                                                        raise
                                                    o24.function = v26
                                                    v29 = i22.get("id", _MISS)
                                                    if type(v29) is str:
                                                        o24.id = v29
                                                    elif v29 is _MISS:
                                                        o24.id = None
                                                    elif v29 is None:
                                                        n25 |= 2
                                                        o24.id = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v29) is str
                                                                or isinstance(v29, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v29,
                                                                )
                                                        except SchemaMismatch as err30:
                                                            err30.within("id")
                                                            raise
                                                        o24.id = v29
                                                    v31 = i22.get("type", _MISS)
                                                    if type(v31) is str:
                                                        o24.type_ = v31
                                                    elif v31 is _MISS:
                                                        o24.type_ = None
                                                    elif v31 is None:
                                                        raise SchemaMismatch(
                                                            "null is not allowed here",
                                                            "type",
                                                        )
                                                    else:
                                                        if not (
                                                            type(v31) is str
                                                            or isinstance(v31, str)
                                                        ):
                                                            raise _no(
                                                                "a string", v31, "type"
                                                            )
                                                        o24.type_ = v31
                                                    v32 = i22.get("index", _MISS)
                                                    if type(v32) is int:
                                                        o24.index = v32
                                                    elif v32 is _MISS:
                                                        o24.index = None
                                                    elif v32 is None:
                                                        raise SchemaMismatch(
                                                            "null is not allowed here",
                                                            "index",
                                                        )
                                                    else:
                                                        if not (
                                                            type(v32) is int
                                                            or _is_int(v32)
                                                        ):
                                                            raise _no(
                                                                "an integer",
                                                                v32,
                                                                "index",
                                                            )
                                                        o24.index = v32
                                                    o24._nulls = n25
                                                    if len(i22) != 1 + (
                                                        v29 is not _MISS
                                                    ) + (v31 is not _MISS) + (
                                                        v32 is not _MISS
                                                    ):
                                                        x33 = dict(i22)
                                                        del x33["function"]
                                                        x33.pop("id", None)
                                                        x33.pop("type", None)
                                                        x33.pop("index", None)
                                                        o24.additional_properties = x33
                                                    else:
                                                        o24.additional_properties = {}
                                                except KeyError as missing:
                                                    raise _absent(missing) from None
                                                i22 = o24
                                                a23.append(i22)
                                        except SchemaMismatch as err37:
                                            err37.within(len(a23))
                                            raise
                                        v21 = a23
                                    except SchemaMismatch as err38:
                                        err38.within("tool_calls")
                                        raise
                                    o13.tool_calls = v21
                                o13._nulls = n14
                                if len(v12) != 0 + (v15 is not _MISS) + (
                                    v17 is not _MISS
                                ) + (v19 is not _MISS) + (v21 is not _MISS):
                                    x39 = dict(v12)
                                    x39.pop("role", None)
                                    x39.pop("content", None)
                                    x39.pop("reasoning_content", None)
                                    x39.pop("tool_calls", None)
                                    o13.additional_properties = x39
                                else:
                                    o13.additional_properties = {}
                                v12 = o13
                            except SchemaMismatch as err43:
                                err43.within("delta")
                                raise
                            o9.delta = v12
                            v44 = i7.get("finish_reason", _MISS)
                            if v44 is _MISS:
                                o9.finish_reason = None
                            elif v44 is None:
                                n10 |= 4
                                o9.finish_reason = None
                            else:
                                try:
                                    e45 = (
                                        _E_ChatCompletionResponseStreamChoiceFinishReasonType0.get(
                                            v44
                                        )
                                        if type(v44) is str
                                        else None
                                    )
                                    if e45 is None:
                                        raise _no(
                                            "one of 'stop', 'length', 'function_call', 'tool_calls' or null",
                                            v44,
                                        )
                                    v44 = e45
                                except SchemaMismatch as err46:
                                    err46.within("finish_reason")
                                    raise
                                o9.finish_reason = v44
                            v47 = i7.get("logprobs", _MISS)
                            if v47 is _MISS:
                                o9.logprobs = None
                            elif v47 is None:
                                n10 |= 8
                                o9.logprobs = None
                            else:
                                try:
                                    if (
                                        type(v47) is dict or isinstance(v47, _Mapping)
                                    ) and (
                                        r48 := _attempt(_f_LogProbs, v47)
                                    ) is not _MISS:
                                        v47 = r48
                                    elif (
                                        type(v47) is dict or isinstance(v47, _Mapping)
                                    ) and (
                                        r49 := _attempt(_f_NewLogProbs, v47)
                                    ) is not _MISS:
                                        v47 = r49
                                    else:
                                        raise _no(
                                            "an object (LogProbs) or an object (NewLogProbs) or null",
                                            v47,
                                        )
                                except SchemaMismatch as err50:
                                    err50.within("logprobs")
                                    raise
                                o9.logprobs = v47
                            v51 = i7.get("raw_output", _MISS)
                            if v51 is _MISS:
                                o9.raw_output = None
                            elif v51 is None:
                                n10 |= 16
                                o9.raw_output = None
                            else:
                                try:
                                    try:
                                        if type(v51) is not dict:
                                            v51 = _object(v51)
                                        o52 = _new(_C_RawOutput)
                                        n53 = 0
                                        v54 = v51["prompt_fragments"]
                                        try:
                                            if type(v54) is not list:
                                                raise _no(
                                                    "an array of a string or an integer",
                                                    v54,
                                                )
                                            for i55 in v54:
                                                try:
                                                    if not (
                                                        (
                                                            type(i55) is str
                                                            or isinstance(i55, str)
                                                        )
                                                        or (
                                                            type(i55) is int
                                                            or _is_int(i55)
                                                        )
                                                    ):
                                                        raise _no(
                                                            "a string or an integer",
                                                            i55,
                                                        )
                                                except SchemaMismatch as err57:
                                                    err57.within(_index(v54, i55))
                                                    raise
                                        except SchemaMismatch as err58:
                                            err58.within("prompt_fragments")
                                            raise
                                        o52.prompt_fragments = v54
                                        v59 = v51["prompt_token_ids"]
                                        try:
                                            if type(v59) is not list:
                                                raise _no("an array of an integer", v59)
                                            for i60 in v59:
                                                if not (
                                                    type(i60) is int or _is_int(i60)
                                                ):
                                                    raise _no(
                                                        "an integer",
                                                        i60,
                                                        _index(v59, i60),
                                                    )
                                        except SchemaMismatch as err62:
                                            err62.within("prompt_token_ids")
                                            raise
                                        o52.prompt_token_ids = v59
                                        v63 = v51["completion"]
                                        if not (
                                            type(v63) is str or isinstance(v63, str)
                                        ):
                                            raise _no("a string", v63, "completion")
                                        o52.completion = v63
                                        v64 = v51.get("completion_token_ids", _MISS)
                                        if v64 is _MISS:
                                            o52.completion_token_ids = None
                                        elif v64 is None:
                                            n53 |= 8
                                            o52.completion_token_ids = None
                                        else:
                                            try:
                                                if type(v64) is not list:
                                                    raise _no(
                                                        "an array of an integer", v64
                                                    )
                                                for i65 in v64:
                                                    if not (
                                                        type(i65) is int or _is_int(i65)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            i65,
                                                            _index(v64, i65),
                                                        )
                                            except SchemaMismatch as err67:
                                                err67.within("completion_token_ids")
                                                raise
                                            o52.completion_token_ids = v64
                                        v68 = v51.get("completion_logprobs", _MISS)
                                        if v68 is _MISS:
                                            o52.completion_logprobs = None
                                        elif v68 is None:
                                            n53 |= 16
                                            o52.completion_logprobs = None
                                        else:
                                            try:
                                                if type(v68) is not dict:
                                                    v68 = _object(v68)
                                                o69 = _new(_C_NewLogProbs)
                                                v70 = v68.get("content", _MISS)
                                                if v70 is _MISS:
                                                    o69.content = None
                                                elif v70 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "content",
                                                    )
                                                else:
                                                    try:
                                                        if type(v70) is not list:
                                                            raise _no(
                                                                "an array of an object (NewLogProbsContent)",
                                                                v70,
                                                            )
                                                        a72 = []
                                                        try:
                                                            for i71 in v70:
                                                                i71 = _f_NewLogProbsContent(
                                                                    i71
                                                                )
                                                                a72.append(i71)
                                                        except SchemaMismatch as err73:
                                                            err73.within(len(a72))
                                                            raise
                                                        v70 = a72
                                                    except SchemaMismatch as err74:
                                                        err74.within("content")
                                                        raise
                                                    o69.content = v70
                                                o69._nulls = 0
                                                if len(v68) != 0 + (v70 is not _MISS):
                                                    x75 = dict(v68)
                                                    x75.pop("content", None)
                                                    o69.additional_properties = x75
                                                else:
                                                    o69.additional_properties = {}
                                                v68 = o69
                                            except SchemaMismatch as err79:
                                                err79.within("completion_logprobs")
                                                raise
                                            o52.completion_logprobs = v68
                                        v80 = v51.get("images", _MISS)
                                        if v80 is _MISS:
                                            o52.images = None
                                        elif v80 is None:
                                            n53 |= 32
                                            o52.images = None
                                        else:
                                            try:
                                                if type(v80) is not list:
                                                    raise _no(
                                                        "an array of a string", v80
                                                    )
                                                for i81 in v80:
                                                    if not (
                                                        type(i81) is str
                                                        or isinstance(i81, str)
                                                    ):
                                                        raise _no(
                                                            "a string",
                                                            i81,
                                                            _index(v80, i81),
                                                        )
                                            except SchemaMismatch as err83:
                                                err83.within("images")
                                                raise
                                            o52.images = v80
                                        v84 = v51.get("grammar", _MISS)
                                        if type(v84) is str:
                                            o52.grammar = v84
                                        elif v84 is _MISS:
                                            o52.grammar = None
                                        elif v84 is None:
                                            n53 |= 64
                                            o52.grammar = None
                                        else:
                                            try:
                                                if not (
                                                    type(v84) is str
                                                    or isinstance(v84, str)
                                                ):
                                                    raise _no("a string or null", v84)
                                            except SchemaMismatch as err85:
                                                err85.within("grammar")
                                                raise
                                            o52.grammar = v84
                                        o52._nulls = n53
                                        if len(v51) != 3 + (v64 is not _MISS) + (
                                            v68 is not _MISS
                                        ) + (v80 is not _MISS) + (v84 is not _MISS):
                                            x86 = dict(v51)
                                            del x86["prompt_fragments"]
                                            del x86["prompt_token_ids"]
                                            del x86["completion"]
                                            x86.pop("completion_token_ids", None)
                                            x86.pop("completion_logprobs", None)
                                            x86.pop("images", None)
                                            x86.pop("grammar", None)
                                            o52.additional_properties = x86
                                        else:
                                            o52.additional_properties = {}
                                    except KeyError as missing:
                                        raise _absent(missing) from None
                                    v51 = o52
                                except SchemaMismatch as err90:
                                    err90.within("raw_output")
                                    raise
                                o9.raw_output = v51
                            v91 = i7.get("prompt_token_ids", _MISS)
                            if v91 is _MISS:
                                o9.prompt_token_ids = None
                            elif v91 is None:
                                n10 |= 32
                                o9.prompt_token_ids = None
                            else:
                                try:
                                    if type(v91) is not list:
                                        raise _no("an array of an integer", v91)
                                    for i92 in v91:
                                        if not (type(i92) is int or _is_int(i92)):
                                            raise _no(
                                                "an integer", i92, _index(v91, i92)
                                            )
                                except SchemaMismatch as err94:
                                    err94.within("prompt_token_ids")
                                    raise
                                o9.prompt_token_ids = v91
                            v95 = i7.get("token_ids", _MISS)
                            if v95 is _MISS:
                                o9.token_ids = None
                            elif v95 is None:
                                n10 |= 64
                                o9.token_ids = None
                            else:
                                try:
                                    if type(v95) is not list:
                                        raise _no("an array of an integer", v95)
                                    for i96 in v95:
                                        if not (type(i96) is int or _is_int(i96)):
                                            raise _no(
                                                "an integer", i96, _index(v95, i96)
                                            )
                                except SchemaMismatch as err98:
                                    err98.within("token_ids")
                                    raise
                                o9.token_ids = v95
                            o9._nulls = n10
                            if len(i7) != 2 + (v44 is not _MISS) + (
                                v47 is not _MISS
                            ) + (v51 is not _MISS) + (v91 is not _MISS) + (
                                v95 is not _MISS
                            ):
                                x99 = dict(i7)
                                del x99["index"]
                                del x99["delta"]
                                x99.pop("finish_reason", None)
                                x99.pop("logprobs", None)
                                x99.pop("raw_output", None)
                                x99.pop("prompt_token_ids", None)
                                x99.pop("token_ids", None)
                                o9.additional_properties = x99
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i7 = o9
                        a8.append(i7)
                except SchemaMismatch as err103:
                    err103.within(len(a8))
                    raise
                v6 = a8
            except SchemaMismatch as err104:
                err104.within("choices")
                raise
            o1.choices = v6
            v105 = data.get("object", _MISS)
            if type(v105) is str:
                o1.object_ = v105
            elif v105 is _MISS:
                o1.object_ = None
            elif v105 is None:
                raise SchemaMismatch("null is not allowed here", "object")
            else:
                if not (type(v105) is str or isinstance(v105, str)):
                    raise _no("a string", v105, "object")
                o1.object_ = v105
            v106 = data.get("usage", _MISS)
            if v106 is _MISS:
                o1.usage = None
            elif v106 is None:
                n2 |= 32
                o1.usage = None
            else:
                try:
                    try:
                        if type(v106) is not dict:
                            v106 = _object(v106)
                        o107 = _new(_C_UsageInfo)
                        n108 = 0
                        v109 = v106["prompt_tokens"]
                        if not (type(v109) is int or _is_int(v109)):
                            raise _no("an integer", v109, "prompt_tokens")
                        o107.prompt_tokens = v109
                        v110 = v106["total_tokens"]
                        if not (type(v110) is int or _is_int(v110)):
                            raise _no("an integer", v110, "total_tokens")
                        o107.total_tokens = v110
                        v111 = v106.get("completion_tokens", _MISS)
                        if type(v111) is int:
                            o107.completion_tokens = v111
                        elif v111 is _MISS:
                            o107.completion_tokens = None
                        elif v111 is None:
                            n108 |= 4
                            o107.completion_tokens = None
                        else:
                            try:
                                if not (type(v111) is int or _is_int(v111)):
                                    raise _no("an integer or null", v111)
                            except SchemaMismatch as err112:
                                err112.within("completion_tokens")
                                raise
                            o107.completion_tokens = v111
                        v113 = v106.get("prompt_tokens_details", _MISS)
                        if v113 is _MISS:
                            o107.prompt_tokens_details = None
                        elif v113 is None:
                            n108 |= 8
                            o107.prompt_tokens_details = None
                        else:
                            try:
                                if type(v113) is not dict:
                                    v113 = _object(v113)
                                o114 = _new(_C_PromptTokensDetails)
                                n115 = 0
                                v116 = v113.get("cached_tokens", _MISS)
                                if type(v116) is int:
                                    o114.cached_tokens = v116
                                elif v116 is _MISS:
                                    o114.cached_tokens = None
                                elif v116 is None:
                                    n115 |= 1
                                    o114.cached_tokens = None
                                else:
                                    try:
                                        if not (type(v116) is int or _is_int(v116)):
                                            raise _no("an integer or null", v116)
                                    except SchemaMismatch as err117:
                                        err117.within("cached_tokens")
                                        raise
                                    o114.cached_tokens = v116
                                o114._nulls = n115
                                if len(v113) != 0 + (v116 is not _MISS):
                                    x118 = dict(v113)
                                    x118.pop("cached_tokens", None)
                                    o114.additional_properties = x118
                                else:
                                    o114.additional_properties = {}
                                v113 = o114
                            except SchemaMismatch as err122:
                                err122.within("prompt_tokens_details")
                                raise
                            o107.prompt_tokens_details = v113
                        o107._nulls = n108
                        if len(v106) != 2 + (v111 is not _MISS) + (v113 is not _MISS):
                            x123 = dict(v106)
                            del x123["prompt_tokens"]
                            del x123["total_tokens"]
                            x123.pop("completion_tokens", None)
                            x123.pop("prompt_tokens_details", None)
                            o107.additional_properties = x123
                        else:
                            o107.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v106 = o107
                except SchemaMismatch as err127:
                    err127.within("usage")
                    raise
                o1.usage = v106
            v128 = data.get("perf_metrics", _MISS)
            if v128 is _MISS:
                o1.perf_metrics = None
            elif v128 is None:
                n2 |= 64
                o1.perf_metrics = None
            else:
                try:
                    if type(v128) is not dict:
                        v128 = _object(v128)
                    o129 = _new(_C_ChatCompletionStreamResponsePerfMetricsType0)
                    o129._nulls = 0
                    if v128:
                        x130 = dict(v128)
                        o129.additional_properties = x130
                    else:
                        o129.additional_properties = {}
                    v128 = o129
                except SchemaMismatch as err134:
                    err134.within("perf_metrics")
                    raise
                o1.perf_metrics = v128
            v135 = data.get("prompt_token_ids", _MISS)
            if v135 is _MISS:
                o1.prompt_token_ids = None
            elif v135 is None:
                n2 |= 128
                o1.prompt_token_ids = None
            else:
                try:
                    if type(v135) is not list:
                        raise _no("an array of an integer", v135)
                    for i136 in v135:
                        if not (type(i136) is int or _is_int(i136)):
                            raise _no("an integer", i136, _index(v135, i136))
                except SchemaMismatch as err138:
                    err138.within("prompt_token_ids")
                    raise
                o1.prompt_token_ids = v135
            o1._nulls = n2
            if len(data) != 4 + (v105 is not _MISS) + (v106 is not _MISS) + (
                v128 is not _MISS
            ) + (v135 is not _MISS):
                x139 = dict(data)
                del x139["id"]
                del x139["created"]
                del x139["model"]
                del x139["choices"]
                x139.pop("object", None)
                x139.pop("usage", None)
                x139.pop("perf_metrics", None)
                x139.pop("prompt_token_ids", None)
                o1.additional_properties = x139
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatCompletionTool)
            n2 = 0
            v3 = data["type"]
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
                    try:
                        if type(v5) is not dict:
                            v5 = _object(v5)
                        o6 = _new(_C_ChatCompletionFunction)
                        n7 = 0
                        v8 = v5["name"]
                        if not (type(v8) is str or isinstance(v8, str)):
                            raise _no("a string", v8, "name")
                        o6.name = v8
                        v9 = v5.get("description", _MISS)
                        if type(v9) is str:
                            o6.description = v9
                        elif v9 is _MISS:
                            o6.description = None
                        elif v9 is None:
                            n7 |= 2
                            o6.description = None
                        else:
                            try:
                                if not (type(v9) is str or isinstance(v9, str)):
                                    raise _no("a string or null", v9)
                            except SchemaMismatch as err10:
                                err10.within("description")
                                raise
                            o6.description = v9
                        v11 = v5.get("parameters", _MISS)
                        if v11 is _MISS:
                            o6.parameters = None
                        elif v11 is None:
                            raise SchemaMismatch(
                                "null is not allowed here", "parameters"
                            )
                        else:
                            try:
                                if type(v11) is not dict:
                                    v11 = _object(v11)
                                o12 = _new(_C_ChatCompletionFunctionParameters)
                                o12._nulls = 0
                                if v11:
                                    x13 = dict(v11)
                                    o12.additional_properties = x13
                                else:
                                    o12.additional_properties = {}
                                v11 = o12
                            except SchemaMismatch as err17:
                                err17.within("parameters")
                                raise
                            o6.parameters = v11
                        v18 = v5.get("strict", _MISS)
                        if type(v18) is bool:
                            o6.strict = v18
                        elif v18 is _MISS:
                            o6.strict = None
                        elif v18 is None:
                            n7 |= 8
                            o6.strict = None
                        else:
                            try:
                                if not (type(v18) is bool):
                                    raise _no("a boolean or null", v18)
                            except SchemaMismatch as err19:
                                err19.within("strict")
                                raise
                            o6.strict = v18
                        o6._nulls = n7
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v5 = o6
                except SchemaMismatch as err20:
                    err20.within("function")
                    raise
                o1.function = v5
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatCompletionTool"
        raise
    return o1


def _f_ChatMessage(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatMessage)
            n2 = 0
            v3 = data["role"]
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
                    if type(v4) is list and (r5 := _attempt(_h7, v4)) is not _MISS:
                        v4 = r5
                    elif not (type(v4) is str or isinstance(v4, str)):
                        raise _no(
                            "a string or an array of an object (ChatMessageContent) or null",
                            v4,
                        )
                except SchemaMismatch as err6:
                    err6.within("content")
                    raise
                o1.content = v4
            v7 = data.get("reasoning_content", _MISS)
            if type(v7) is str:
                o1.reasoning_content = v7
            elif v7 is _MISS:
                o1.reasoning_content = None
            elif v7 is None:
                n2 |= 4
                o1.reasoning_content = None
            else:
                try:
                    if not (type(v7) is str or isinstance(v7, str)):
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
                    if type(v9) is not list:
                        raise _no(
                            "an array of an object (ChatCompletionMessageToolCall)", v9
                        )
                    a11 = []
                    try:
                        for i10 in v9:
                            try:
                                if type(i10) is not dict:
                                    i10 = _object(i10)
                                o12 = _new(_C_ChatCompletionMessageToolCall)
                                n13 = 0
                                v14 = i10["function"]
                                try:
                                    if (
                                        type(v14) is dict or isinstance(v14, _Mapping)
                                    ) and (
                                        r15 := _attempt(
                                            _f_ChatCompletionMessageToolCallFunction,
                                            v14,
                                        )
                                    ) is not _MISS:
                                        v14 = r15
                                    elif not (type(v14) is str or isinstance(v14, str)):
                                        raise _no(
                                            "an object (ChatCompletionMessageToolCallFunction) or a string",
                                            v14,
                                        )
                                except SchemaMismatch as err16:
                                    err16.within("function")
                                    raise
                                o12.function = v14
                                v17 = i10.get("id", _MISS)
                                if type(v17) is str:
                                    o12.id = v17
                                elif v17 is _MISS:
                                    o12.id = None
                                elif v17 is None:
                                    n13 |= 2
                                    o12.id = None
                                else:
                                    try:
                                        if not (
                                            type(v17) is str or isinstance(v17, str)
                                        ):
                                            raise _no("a string or null", v17)
                                    except SchemaMismatch as err18:
                                        err18.within("id")
                                        raise
                                    o12.id = v17
                                v19 = i10.get("type", _MISS)
                                if type(v19) is str:
                                    o12.type_ = v19
                                elif v19 is _MISS:
                                    o12.type_ = None
                                elif v19 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "type"
                                    )
                                else:
                                    if not (type(v19) is str or isinstance(v19, str)):
                                        raise _no("a string", v19, "type")
                                    o12.type_ = v19
                                v20 = i10.get("index", _MISS)
                                if type(v20) is int:
                                    o12.index = v20
                                elif v20 is _MISS:
                                    o12.index = None
                                elif v20 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "index"
                                    )
                                else:
                                    if not (type(v20) is int or _is_int(v20)):
                                        raise _no("an integer", v20, "index")
                                    o12.index = v20
                                o12._nulls = n13
                                if len(i10) != 1 + (v17 is not _MISS) + (
                                    v19 is not _MISS
                                ) + (v20 is not _MISS):
                                    x21 = dict(i10)
                                    del x21["function"]
                                    x21.pop("id", None)
                                    x21.pop("type", None)
                                    x21.pop("index", None)
                                    o12.additional_properties = x21
                                else:
                                    o12.additional_properties = {}
                            except KeyError as missing:
                                raise _absent(missing) from None
                            i10 = o12
                            a11.append(i10)
                    except SchemaMismatch as err25:
                        err25.within(len(a11))
                        raise
                    v9 = a11
                except SchemaMismatch as err26:
                    err26.within("tool_calls")
                    raise
                o1.tool_calls = v9
            v27 = data.get("tool_call_id", _MISS)
            if type(v27) is str:
                o1.tool_call_id = v27
            elif v27 is _MISS:
                o1.tool_call_id = None
            elif v27 is None:
                n2 |= 16
                o1.tool_call_id = None
            else:
                try:
                    if not (type(v27) is str or isinstance(v27, str)):
                        raise _no("a string or null", v27)
                except SchemaMismatch as err28:
                    err28.within("tool_call_id")
                    raise
                o1.tool_call_id = v27
            o1._nulls = n2
            if len(data) != 1 + (v4 is not _MISS) + (v7 is not _MISS) + (
                v9 is not _MISS
            ) + (v27 is not _MISS):
                x29 = dict(data)
                del x29["role"]
                x29.pop("content", None)
                x29.pop("reasoning_content", None)
                x29.pop("tool_calls", None)
                x29.pop("tool_call_id", None)
                o1.additional_properties = x29
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatMessage"
        raise
    return o1


def _f_ChatMessageContent(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatMessageContent)
            n2 = 0
            v3 = data["type"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "type")
            o1.type_ = v3
            v4 = data.get("text", _MISS)
            if type(v4) is str:
                o1.text = v4
            elif v4 is _MISS:
                o1.text = None
            elif v4 is None:
                n2 |= 2
                o1.text = None
            else:
                try:
                    if not (type(v4) is str or isinstance(v4, str)):
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
                    try:
                        if type(v6) is not dict:
                            v6 = _object(v6)
                        o7 = _new(_C_ChatMessageContentImageURL)
                        n8 = 0
                        v9 = v6["url"]
                        if not (type(v9) is str or isinstance(v9, str)):
                            raise _no("a string", v9, "url")
                        o7.url = v9
                        v10 = v6.get("detail", _MISS)
                        if type(v10) is str:
                            o7.detail = v10
                        elif v10 is _MISS:
                            o7.detail = None
                        elif v10 is None:
                            n8 |= 2
                            o7.detail = None
                        else:
                            try:
                                if not (type(v10) is str or isinstance(v10, str)):
                                    raise _no("a string or null", v10)
                            except SchemaMismatch as err11:
                                err11.within("detail")
                                raise
                            o7.detail = v10
                        o7._nulls = n8
                        if len(v6) != 1 + (v10 is not _MISS):
                            x12 = dict(v6)
                            del x12["url"]
                            x12.pop("detail", None)
                            o7.additional_properties = x12
                        else:
                            o7.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v6 = o7
                except SchemaMismatch as err16:
                    err16.within("image_url")
                    raise
                o1.image_url = v6
            o1._nulls = n2
            if len(data) != 1 + (v4 is not _MISS) + (v6 is not _MISS):
                x17 = dict(data)
                del x17["type"]
                x17.pop("text", None)
                x17.pop("image_url", None)
                o1.additional_properties = x17
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatMessageContent"
        raise
    return o1


def _f_ChatMessageContentImageURL(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ChatMessageContentImageURL)
            n2 = 0
            v3 = data["url"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "url")
            o1.url = v3
            v4 = data.get("detail", _MISS)
            if type(v4) is str:
                o1.detail = v4
            elif v4 is _MISS:
                o1.detail = None
            elif v4 is None:
                n2 |= 2
                o1.detail = None
            else:
                try:
                    if not (type(v4) is str or isinstance(v4, str)):
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ChatMessageContentImageURL"
        raise
    return o1


def _f_Choice(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_Choice)
            n2 = 0
            v3 = data["index"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "index")
            o1.index = v3
            v4 = data["text"]
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
                    else:
                        raise _no(
                            "an object (LogProbs) or an object (NewLogProbs) or null",
                            v5,
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
                    e10 = (
                        _E_ChoiceFinishReasonType0.get(v9) if type(v9) is str else None
                    )
                    if e10 is None:
                        raise _no("one of 'stop', 'length', 'error' or null", v9)
                    v9 = e10
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
                    try:
                        if type(v12) is not dict:
                            v12 = _object(v12)
                        o13 = _new(_C_RawOutput)
                        n14 = 0
                        v15 = v12["prompt_fragments"]
                        try:
                            if type(v15) is not list:
                                raise _no("an array of a string or an integer", v15)
                            for i16 in v15:
                                try:
                                    if not (
                                        (type(i16) is str or isinstance(i16, str))
                                        or (type(i16) is int or _is_int(i16))
                                    ):
                                        raise _no("a string or an integer", i16)
                                except SchemaMismatch as err18:
                                    err18.within(_index(v15, i16))
                                    raise
                        except SchemaMismatch as err19:
                            err19.within("prompt_fragments")
                            raise
                        o13.prompt_fragments = v15
                        v20 = v12["prompt_token_ids"]
                        try:
                            if type(v20) is not list:
                                raise _no("an array of an integer", v20)
                            for i21 in v20:
                                if not (type(i21) is int or _is_int(i21)):
                                    raise _no("an integer", i21, _index(v20, i21))
                        except SchemaMismatch as err23:
                            err23.within("prompt_token_ids")
                            raise
                        o13.prompt_token_ids = v20
                        v24 = v12["completion"]
                        if not (type(v24) is str or isinstance(v24, str)):
                            raise _no("a string", v24, "completion")
                        o13.completion = v24
                        v25 = v12.get("completion_token_ids", _MISS)
                        if v25 is _MISS:
                            o13.completion_token_ids = None
                        elif v25 is None:
                            n14 |= 8
                            o13.completion_token_ids = None
                        else:
                            try:
                                if type(v25) is not list:
                                    raise _no("an array of an integer", v25)
                                for i26 in v25:
                                    if not (type(i26) is int or _is_int(i26)):
                                        raise _no("an integer", i26, _index(v25, i26))
                            except SchemaMismatch as err28:
                                err28.within("completion_token_ids")
                                raise
                            o13.completion_token_ids = v25
                        v29 = v12.get("completion_logprobs", _MISS)
                        if v29 is _MISS:
                            o13.completion_logprobs = None
                        elif v29 is None:
                            n14 |= 16
                            o13.completion_logprobs = None
                        else:
                            try:
                                if type(v29) is not dict:
                                    v29 = _object(v29)
                                o30 = _new(_C_NewLogProbs)
                                v31 = v29.get("content", _MISS)
                                if v31 is _MISS:
                                    o30.content = None
                                elif v31 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "content"
                                    )
                                else:
                                    try:
                                        if type(v31) is not list:
                                            raise _no(
                                                "an array of an object (NewLogProbsContent)",
                                                v31,
                                            )
                                        a33 = []
                                        try:
                                            for i32 in v31:
                                                try:
                                                    if type(i32) is not dict:
                                                        i32 = _object(i32)
                                                    o34 = _new(_C_NewLogProbsContent)
                                                    n35 = 0
                                                    v36 = i32["token"]
                                                    if not (
                                                        type(v36) is str
                                                        or isinstance(v36, str)
                                                    ):
                                                        raise _no(
                                                            "a string", v36, "token"
                                                        )
                                                    o34.token = v36
                                                    v37 = i32["logprob"]
                                                    if not (
                                                        type(v37) is float
                                                        or _is_number(v37)
                                                    ):
                                                        raise _no(
                                                            "a number", v37, "logprob"
                                                        )
                                                    o34.logprob = v37
                                                    v38 = i32["sampling_logprob"]
                                                    if v38 is not None:
                                                        try:
                                                            if not (
                                                                type(v38) is float
                                                                or _is_number(v38)
                                                            ):
                                                                raise _no(
                                                                    "a number or null",
                                                                    v38,
                                                                )
                                                        except SchemaMismatch as err39:
                                                            err39.within(
                                                                "sampling_logprob"
                                                            )
                                                            raise
                                                    o34.sampling_logprob = v38
                                                    v40 = i32["bytes"]
                                                    try:
                                                        if type(v40) is not list:
                                                            raise _no(
                                                                "an array of an integer",
                                                                v40,
                                                            )
                                                        for i41 in v40:
                                                            if not (
                                                                type(i41) is int
                                                                or _is_int(i41)
                                                            ):
                                                                raise _no(
                                                                    "an integer",
                                                                    i41,
                                                                    _index(v40, i41),
                                                                )
                                                    except SchemaMismatch as err43:
                                                        err43.within("bytes")
                                                        raise
                                                    o34.bytes_ = v40
                                                    v44 = i32["token_id"]
                                                    if not (
                                                        type(v44) is int or _is_int(v44)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v44,
                                                            "token_id",
                                                        )
                                                    o34.token_id = v44
                                                    v45 = i32["text_offset"]
                                                    if not (
                                                        type(v45) is int or _is_int(v45)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v45,
                                                            "text_offset",
                                                        )
                                                    o34.text_offset = v45
                                                    v46 = i32.get("top_logprobs", _MISS)
                                                    if v46 is _MISS:
                                                        o34.top_logprobs = None
                                                    elif v46 is None:
                                                        raise SchemaMismatch(
                                                            "null is not allowed here",
                                                            "top_logprobs",
                                                        )
                                                    else:
                                                        try:
                                                            if type(v46) is not list:
                                                                raise _no(
                                                                    "an array of an object (NewLogProbsContentTopLogProbs)",
                                                                    v46,
                                                                )
                                                            a48 = []
                                                            try:
                                                                for i47 in v46:
                                                                    i47 = _f_NewLogProbsContentTopLogProbs(
                                                                        i47
                                                                    )
                                                                    a48.append(i47)
                                                            except (
                                                                SchemaMismatch
                                                            ) as err49:
                                                                err49.within(len(a48))
                                                                raise
                                                            v46 = a48
                                                        except SchemaMismatch as err50:
                                                            err50.within("top_logprobs")
                                                            raise
                                                        o34.top_logprobs = v46
                                                    v51 = i32.get(
                                                        "last_activation", _MISS
                                                    )
                                                    if type(v51) is str:
                                                        o34.last_activation = v51
                                                    elif v51 is _MISS:
                                                        o34.last_activation = None
                                                    elif v51 is None:
                                                        n35 |= 128
                                                        o34.last_activation = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v51) is str
                                                                or isinstance(v51, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v51,
                                                                )
                                                        except SchemaMismatch as err52:
                                                            err52.within(
                                                                "last_activation"
                                                            )
                                                            raise
                                                        o34.last_activation = v51
                                                    v53 = i32.get(
                                                        "routing_matrix", _MISS
                                                    )
                                                    if type(v53) is str:
                                                        o34.routing_matrix = v53
                                                    elif v53 is _MISS:
                                                        o34.routing_matrix = None
                                                    elif v53 is None:
                                                        n35 |= 256
                                                        o34.routing_matrix = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v53) is str
                                                                or isinstance(v53, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v53,
                                                                )
                                                        except SchemaMismatch as err54:
                                                            err54.within(
                                                                "routing_matrix"
                                                            )
                                                            raise
                                                        o34.routing_matrix = v53
                                                    o34._nulls = n35
                                                    if len(i32) != 6 + (
                                                        v46 is not _MISS
                                                    ) + (v51 is not _MISS) + (
                                                        v53 is not _MISS
                                                    ):
                                                        x55 = dict(i32)
                                                        del x55["token"]
                                                        del x55["logprob"]
                                                        del x55["sampling_logprob"]
                                                        del x55["bytes"]
                                                        del x55["token_id"]
                                                        del x55["text_offset"]
                                                        x55.pop("top_logprobs", None)
                                                        x55.pop("last_activation", None)
                                                        x55.pop("routing_matrix", None)
                                                        o34.additional_properties = x55
                                                    else:
                                                        o34.additional_properties = {}
                                                except KeyError as missing:
                                                    raise _absent(missing) from None
                                                i32 = o34
                                                a33.append(i32)
                                        except SchemaMismatch as err59:
                                            err59.within(len(a33))
                                            raise
                                        v31 = a33
                                    except SchemaMismatch as err60:
                                        err60.within("content")
                                        raise
                                    o30.content = v31
                                o30._nulls = 0
                                if len(v29) != 0 + (v31 is not _MISS):
                                    x61 = dict(v29)
                                    x61.pop("content", None)
                                    o30.additional_properties = x61
                                else:
                                    o30.additional_properties = {}
                                v29 = o30
                            except SchemaMismatch as err65:
                                err65.within("completion_logprobs")
                                raise
                            o13.completion_logprobs = v29
                        v66 = v12.get("images", _MISS)
                        if v66 is _MISS:
                            o13.images = None
                        elif v66 is None:
                            n14 |= 32
                            o13.images = None
                        else:
                            try:
                                if type(v66) is not list:
                                    raise _no("an array of a string", v66)
                                for i67 in v66:
                                    if not (type(i67) is str or isinstance(i67, str)):
                                        raise _no("a string", i67, _index(v66, i67))
                            except SchemaMismatch as err69:
                                err69.within("images")
                                raise
                            o13.images = v66
                        v70 = v12.get("grammar", _MISS)
                        if type(v70) is str:
                            o13.grammar = v70
                        elif v70 is _MISS:
                            o13.grammar = None
                        elif v70 is None:
                            n14 |= 64
                            o13.grammar = None
                        else:
                            try:
                                if not (type(v70) is str or isinstance(v70, str)):
                                    raise _no("a string or null", v70)
                            except SchemaMismatch as err71:
                                err71.within("grammar")
                                raise
                            o13.grammar = v70
                        o13._nulls = n14
                        if len(v12) != 3 + (v25 is not _MISS) + (v29 is not _MISS) + (
                            v66 is not _MISS
                        ) + (v70 is not _MISS):
                            x72 = dict(v12)
                            del x72["prompt_fragments"]
                            del x72["prompt_token_ids"]
                            del x72["completion"]
                            x72.pop("completion_token_ids", None)
                            x72.pop("completion_logprobs", None)
                            x72.pop("images", None)
                            x72.pop("grammar", None)
                            o13.additional_properties = x72
                        else:
                            o13.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v12 = o13
                except SchemaMismatch as err76:
                    err76.within("raw_output")
                    raise
                o1.raw_output = v12
            v77 = data.get("prompt_token_ids", _MISS)
            if v77 is _MISS:
                o1.prompt_token_ids = None
            elif v77 is None:
                n2 |= 32
                o1.prompt_token_ids = None
            else:
                try:
                    if type(v77) is not list:
                        raise _no("an array of an integer", v77)
                    for i78 in v77:
                        if not (type(i78) is int or _is_int(i78)):
                            raise _no("an integer", i78, _index(v77, i78))
                except SchemaMismatch as err80:
                    err80.within("prompt_token_ids")
                    raise
                o1.prompt_token_ids = v77
            v81 = data.get("token_ids", _MISS)
            if v81 is _MISS:
                o1.token_ids = None
            elif v81 is None:
                n2 |= 64
                o1.token_ids = None
            else:
                try:
                    if type(v81) is not list:
                        raise _no("an array of an integer", v81)
                    for i82 in v81:
                        if not (type(i82) is int or _is_int(i82)):
                            raise _no("an integer", i82, _index(v81, i82))
                except SchemaMismatch as err84:
                    err84.within("token_ids")
                    raise
                o1.token_ids = v81
            o1._nulls = n2
            if len(data) != 2 + (v5 is not _MISS) + (v9 is not _MISS) + (
                v12 is not _MISS
            ) + (v77 is not _MISS) + (v81 is not _MISS):
                x85 = dict(data)
                del x85["index"]
                del x85["text"]
                x85.pop("logprobs", None)
                x85.pop("finish_reason", None)
                x85.pop("raw_output", None)
                x85.pop("prompt_token_ids", None)
                x85.pop("token_ids", None)
                o1.additional_properties = x85
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "Choice"
        raise
    return o1


def _f_CompletionRequest(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CompletionRequest)
            n2 = 0
            v3 = data["model"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "model")
            o1.model = v3
            v4 = data["prompt"]
            try:
                if type(v4) is list and (r5 := _attempt(_h8, v4)) is not _MISS:
                    v4 = r5
                elif type(v4) is list and (r6 := _attempt(_h9, v4)) is not _MISS:
                    v4 = r6
                elif type(v4) is list and (r7 := _attempt(_h10, v4)) is not _MISS:
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
            if type(v9) is str:
                o1.user = v9
            elif v9 is _MISS:
                o1.user = None
            elif v9 is None:
                n2 |= 4
                o1.user = None
            else:
                try:
                    if not (type(v9) is str or isinstance(v9, str)):
                        raise _no("a string or null", v9)
                except SchemaMismatch as err10:
                    err10.within("user")
                    raise
                o1.user = v9
            v11 = data.get("prompt_cache_isolation_key", _MISS)
            if type(v11) is str:
                o1.prompt_cache_isolation_key = v11
            elif v11 is _MISS:
                o1.prompt_cache_isolation_key = None
            elif v11 is None:
                n2 |= 8
                o1.prompt_cache_isolation_key = None
            else:
                try:
                    if not (type(v11) is str or isinstance(v11, str)):
                        raise _no("a string or null", v11)
                except SchemaMismatch as err12:
                    err12.within("prompt_cache_isolation_key")
                    raise
                o1.prompt_cache_isolation_key = v11
            v13 = data.get("raw_output", _MISS)
            if type(v13) is bool:
                o1.raw_output = v13
            elif v13 is _MISS:
                o1.raw_output = None
            elif v13 is None:
                n2 |= 16
                o1.raw_output = None
            else:
                try:
                    if not (type(v13) is bool):
                        raise _no("a boolean or null", v13)
                except SchemaMismatch as err14:
                    err14.within("raw_output")
                    raise
                o1.raw_output = v13
            v15 = data.get("perf_metrics_in_response", _MISS)
            if type(v15) is bool:
                o1.perf_metrics_in_response = v15
            elif v15 is _MISS:
                o1.perf_metrics_in_response = None
            elif v15 is None:
                n2 |= 32
                o1.perf_metrics_in_response = None
            else:
                try:
                    if not (type(v15) is bool):
                        raise _no("a boolean or null", v15)
                except SchemaMismatch as err16:
                    err16.within("perf_metrics_in_response")
                    raise
                o1.perf_metrics_in_response = v15
            v17 = data.get("stream", _MISS)
            if type(v17) is bool:
                o1.stream = v17
            elif v17 is _MISS:
                o1.stream = None
            elif v17 is None:
                n2 |= 64
                o1.stream = None
            else:
                try:
                    if not (type(v17) is bool):
                        raise _no("a boolean or null", v17)
                except SchemaMismatch as err18:
                    err18.within("stream")
                    raise
                o1.stream = v17
            v19 = data.get("n", _MISS)
            if type(v19) is int:
                o1.n = v19
            elif v19 is _MISS:
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
                    if type(v20) is list and (r21 := _attempt(_h11, v20)) is not _MISS:
                        v20 = r21
                    elif not (type(v20) is str or isinstance(v20, str)):
                        raise _no("a string or an array of a string or null", v20)
                except SchemaMismatch as err22:
                    err22.within("stop")
                    raise
                o1.stop = v20
            v23 = data.get("max_tokens", _MISS)
            if type(v23) is int:
                o1.max_tokens = v23
            elif v23 is _MISS:
                o1.max_tokens = None
            elif v23 is None:
                n2 |= 512
                o1.max_tokens = None
            else:
                try:
                    if not (type(v23) is int or _is_int(v23)):
                        raise _no("an integer or null", v23)
                except SchemaMismatch as err24:
                    err24.within("max_tokens")
                    raise
                o1.max_tokens = v23
            v25 = data.get("max_completion_tokens", _MISS)
            if type(v25) is int:
                o1.max_completion_tokens = v25
            elif v25 is _MISS:
                o1.max_completion_tokens = None
            elif v25 is None:
                n2 |= 1024
                o1.max_completion_tokens = None
            else:
                try:
                    if not (type(v25) is int or _is_int(v25)):
                        raise _no("an integer or null", v25)
                except SchemaMismatch as err26:
                    err26.within("max_completion_tokens")
                    raise
                o1.max_completion_tokens = v25
            v27 = data.get("temperature", _MISS)
            if type(v27) is float:
                o1.temperature = v27
            elif v27 is _MISS:
                o1.temperature = None
            elif v27 is None:
                n2 |= 2048
                o1.temperature = None
            else:
                try:
                    if not (type(v27) is float or _is_number(v27)):
                        raise _no("a number or null", v27)
                except SchemaMismatch as err28:
                    err28.within("temperature")
                    raise
                o1.temperature = v27
            v29 = data.get("top_k", _MISS)
            if type(v29) is int:
                o1.top_k = v29
            elif v29 is _MISS:
                o1.top_k = None
            elif v29 is None:
                n2 |= 4096
                o1.top_k = None
            else:
                try:
                    if not (type(v29) is int or _is_int(v29)):
                        raise _no("an integer or null", v29)
                except SchemaMismatch as err30:
                    err30.within("top_k")
                    raise
                o1.top_k = v29
            v31 = data.get("top_p", _MISS)
            if type(v31) is float:
                o1.top_p = v31
            elif v31 is _MISS:
                o1.top_p = None
            elif v31 is None:
                n2 |= 8192
                o1.top_p = None
            else:
                try:
                    if not (type(v31) is float or _is_number(v31)):
                        raise _no("a number or null", v31)
                except SchemaMismatch as err32:
                    err32.within("top_p")
                    raise
                o1.top_p = v31
            v33 = data.get("min_p", _MISS)
            if type(v33) is float:
                o1.min_p = v33
            elif v33 is _MISS:
                o1.min_p = None
            elif v33 is None:
                n2 |= 16384
                o1.min_p = None
            else:
                try:
                    if not (type(v33) is float or _is_number(v33)):
                        raise _no("a number or null", v33)
                except SchemaMismatch as err34:
                    err34.within("min_p")
                    raise
                o1.min_p = v33
            v35 = data.get("typical_p", _MISS)
            if type(v35) is float:
                o1.typical_p = v35
            elif v35 is _MISS:
                o1.typical_p = None
            elif v35 is None:
                n2 |= 32768
                o1.typical_p = None
            else:
                try:
                    if not (type(v35) is float or _is_number(v35)):
                        raise _no("a number or null", v35)
                except SchemaMismatch as err36:
                    err36.within("typical_p")
                    raise
                o1.typical_p = v35
            v37 = data.get("frequency_penalty", _MISS)
            if type(v37) is float:
                o1.frequency_penalty = v37
            elif v37 is _MISS:
                o1.frequency_penalty = None
            elif v37 is None:
                n2 |= 65536
                o1.frequency_penalty = None
            else:
                try:
                    if not (type(v37) is float or _is_number(v37)):
                        raise _no("a number or null", v37)
                except SchemaMismatch as err38:
                    err38.within("frequency_penalty")
                    raise
                o1.frequency_penalty = v37
            v39 = data.get("presence_penalty", _MISS)
            if type(v39) is float:
                o1.presence_penalty = v39
            elif v39 is _MISS:
                o1.presence_penalty = None
            elif v39 is None:
                n2 |= 131072
                o1.presence_penalty = None
            else:
                try:
                    if not (type(v39) is float or _is_number(v39)):
                        raise _no("a number or null", v39)
                except SchemaMismatch as err40:
                    err40.within("presence_penalty")
                    raise
                o1.presence_penalty = v39
            v41 = data.get("repetition_penalty", _MISS)
            if type(v41) is float:
                o1.repetition_penalty = v41
            elif v41 is _MISS:
                o1.repetition_penalty = None
            elif v41 is None:
                n2 |= 262144
                o1.repetition_penalty = None
            else:
                try:
                    if not (type(v41) is float or _is_number(v41)):
                        raise _no("a number or null", v41)
                except SchemaMismatch as err42:
                    err42.within("repetition_penalty")
                    raise
                o1.repetition_penalty = v41
            v43 = data.get("mirostat_target", _MISS)
            if type(v43) is float:
                o1.mirostat_target = v43
            elif v43 is _MISS:
                o1.mirostat_target = None
            elif v43 is None:
                n2 |= 524288
                o1.mirostat_target = None
            else:
                try:
                    if not (type(v43) is float or _is_number(v43)):
                        raise _no("a number or null", v43)
                except SchemaMismatch as err44:
                    err44.within("mirostat_target")
                    raise
                o1.mirostat_target = v43
            v45 = data.get("mirostat_lr", _MISS)
            if type(v45) is float:
                o1.mirostat_lr = v45
            elif v45 is _MISS:
                o1.mirostat_lr = None
            elif v45 is None:
                n2 |= 1048576
                o1.mirostat_lr = None
            else:
                try:
                    if not (type(v45) is float or _is_number(v45)):
                        raise _no("a number or null", v45)
                except SchemaMismatch as err46:
                    err46.within("mirostat_lr")
                    raise
                o1.mirostat_lr = v45
            v47 = data.get("seed", _MISS)
            if type(v47) is int:
                o1.seed = v47
            elif v47 is _MISS:
                o1.seed = None
            elif v47 is None:
                n2 |= 2097152
                o1.seed = None
            else:
                try:
                    if not (type(v47) is int or _is_int(v47)):
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
                    if not ((type(v49) is int or _is_int(v49)) or type(v49) is bool):
                        raise _no("an integer or a boolean or null", v49)
                except SchemaMismatch as err50:
                    err50.within("logprobs")
                    raise
                o1.logprobs = v49
            v51 = data.get("top_logprobs", _MISS)
            if type(v51) is int:
                o1.top_logprobs = v51
            elif v51 is _MISS:
                o1.top_logprobs = None
            elif v51 is None:
                n2 |= 8388608
                o1.top_logprobs = None
            else:
                try:
                    if not (type(v51) is int or _is_int(v51)):
                        raise _no("an integer or null", v51)
                except SchemaMismatch as err52:
                    err52.within("top_logprobs")
                    raise
                o1.top_logprobs = v51
            v53 = data.get("echo", _MISS)
            if type(v53) is bool:
                o1.echo = v53
            elif v53 is _MISS:
                o1.echo = None
            elif v53 is None:
                n2 |= 16777216
                o1.echo = None
            else:
                try:
                    if not (type(v53) is bool):
                        raise _no("a boolean or null", v53)
                except SchemaMismatch as err54:
                    err54.within("echo")
                    raise
                o1.echo = v53
            v55 = data.get("echo_last", _MISS)
            if type(v55) is int:
                o1.echo_last = v55
            elif v55 is _MISS:
                o1.echo_last = None
            elif v55 is None:
                n2 |= 33554432
                o1.echo_last = None
            else:
                try:
                    if not (type(v55) is int or _is_int(v55)):
                        raise _no("an integer or null", v55)
                except SchemaMismatch as err56:
                    err56.within("echo_last")
                    raise
                o1.echo_last = v55
            v57 = data.get("ignore_eos", _MISS)
            if type(v57) is bool:
                o1.ignore_eos = v57
            elif v57 is _MISS:
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
                    try:
                        if type(v60) is not dict:
                            v60 = _object(v60)
                        o61 = _new(_C_ResponseFormat)
                        n62 = 0
                        v63 = v60["type"]
                        e64 = (
                            _E_ResponseFormatType.get(v63) if type(v63) is str else None
                        )
                        if e64 is None:
                            raise _no(
                                "one of 'json_object', 'json_schema', 'grammar', 'text'",
                                v63,
                                "type",
                            )
                        v63 = e64
                        o61.type_ = v63
                        v65 = v60.get("schema", _MISS)
                        if v65 is _MISS:
                            o61.schema = None
                        elif v65 is None:
                            n62 |= 2
                            o61.schema = None
                        else:
                            try:
                                if (
                                    type(v65) is dict or isinstance(v65, _Mapping)
                                ) and (
                                    r66 := _attempt(_f_ResponseFormatSchemaType1, v65)
                                ) is not _MISS:
                                    v65 = r66
                                elif not (type(v65) is str or isinstance(v65, str)):
                                    raise _no(
                                        "a string or an object (ResponseFormatSchemaType1) or null",
                                        v65,
                                    )
                            except SchemaMismatch as err67:
                                err67.within("schema")
                                raise
                            o61.schema = v65
                        v68 = v60.get("grammar", _MISS)
                        if type(v68) is str:
                            o61.grammar = v68
                        elif v68 is _MISS:
                            o61.grammar = None
                        elif v68 is None:
                            n62 |= 4
                            o61.grammar = None
                        else:
                            try:
                                if not (type(v68) is str or isinstance(v68, str)):
                                    raise _no("a string or null", v68)
                            except SchemaMismatch as err69:
                                err69.within("grammar")
                                raise
                            o61.grammar = v68
                        v70 = v60.get("json_schema", _MISS)
                        if v70 is _MISS:
                            o61.json_schema = None
                        elif v70 is None:
                            n62 |= 8
                            o61.json_schema = None
                        else:
                            try:
                                if (
                                    type(v70) is dict or isinstance(v70, _Mapping)
                                ) and (
                                    r71 := _attempt(
                                        _f_ResponseFormatJsonSchemaType1, v70
                                    )
                                ) is not _MISS:
                                    v70 = r71
                                elif not (type(v70) is str or isinstance(v70, str)):
                                    raise _no(
                                        "a string or an object (ResponseFormatJsonSchemaType1) or null",
                                        v70,
                                    )
                            except SchemaMismatch as err72:
                                err72.within("json_schema")
                                raise
                            o61.json_schema = v70
                        o61._nulls = n62
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v60 = o61
                except SchemaMismatch as err73:
                    err73.within("response_format")
                    raise
                o1.response_format = v60
            v74 = data.get("logit_bias", _MISS)
            if v74 is _MISS:
                o1.logit_bias = None
            elif v74 is None:
                n2 |= 536870912
                o1.logit_bias = None
            else:
                try:
                    if type(v74) is not dict:
                        v74 = _object(v74)
                    o75 = _new(_C_CompletionRequestLogitBiasType0)
                    o75._nulls = 0
                    if v74:
                        x76 = dict(v74)
                        b79 = {}
                        for k77, u78 in x76.items():
                            try:
                                if not (type(u78) is float or _is_number(u78)):
                                    raise _no("a number", u78)
                            except SchemaMismatch as err80:
                                err80.within(k77)
                                raise
                            b79[k77] = u78
                        x76 = b79
                        o75.additional_properties = x76
                    else:
                        o75.additional_properties = {}
                    v74 = o75
                except SchemaMismatch as err81:
                    err81.within("logit_bias")
                    raise
                o1.logit_bias = v74
            v82 = data.get("speculation", _MISS)
            if v82 is _MISS:
                o1.speculation = None
            elif v82 is None:
                n2 |= 1073741824
                o1.speculation = None
            else:
                try:
                    if type(v82) is list and (r83 := _attempt(_h12, v82)) is not _MISS:
                        v82 = r83
                    elif not (type(v82) is str or isinstance(v82, str)):
                        raise _no("a string or an array of an integer or null", v82)
                except SchemaMismatch as err84:
                    err84.within("speculation")
                    raise
                o1.speculation = v82
            v85 = data.get("prediction", _MISS)
            if v85 is _MISS:
                o1.prediction = None
            elif v85 is None:
                n2 |= 2147483648
                o1.prediction = None
            else:
                try:
                    if (type(v85) is dict or isinstance(v85, _Mapping)) and (
                        r86 := _attempt(_f_PredictedOutput, v85)
                    ) is not _MISS:
                        v85 = r86
                    elif not (type(v85) is str or isinstance(v85, str)):
                        raise _no(
                            "an object (PredictedOutput) or a string or null", v85
                        )
                except SchemaMismatch as err87:
                    err87.within("prediction")
                    raise
                o1.prediction = v85
            v88 = data.get("metadata", _MISS)
            if v88 is _MISS:
                o1.metadata = None
            elif v88 is None:
                n2 |= 4294967296
                o1.metadata = None
            else:
                try:
                    if type(v88) is not dict:
                        v88 = _object(v88)
                    o89 = _new(_C_CompletionRequestMetadataType0)
                    o89._nulls = 0
                    if v88:
                        x90 = dict(v88)
                        b93 = {}
                        for k91, u92 in x90.items():
                            try:
                                if not (type(u92) is str or isinstance(u92, str)):
                                    raise _no("a string", u92)
                            except SchemaMismatch as err94:
                                err94.within(k91)
                                raise
                            b93[k91] = u92
                        x90 = b93
                        o89.additional_properties = x90
                    else:
                        o89.additional_properties = {}
                    v88 = o89
                except SchemaMismatch as err95:
                    err95.within("metadata")
                    raise
                o1.metadata = v88
            v96 = data.get("reasoning_effort", _MISS)
            if v96 is _MISS:
                o1.reasoning_effort = None
            elif v96 is None:
                n2 |= 8589934592
                o1.reasoning_effort = None
            else:
                try:
                    if (
                        type(v96) is str
                        and (
                            r97 := _E_CompletionRequestReasoningEffortType0.get(
                                v96, _MISS
                            )
                        )
                        is not _MISS
                    ):
                        v96 = r97
                    elif not ((type(v96) is int or _is_int(v96)) or type(v96) is bool):
                        raise _no(
                            "one of 'low', 'medium', 'high', 'none' or an integer or a boolean or null",
                            v96,
                        )
                except SchemaMismatch as err98:
                    err98.within("reasoning_effort")
                    raise
                o1.reasoning_effort = v96
            v99 = data.get("reasoning_history", _MISS)
            if v99 is _MISS:
                o1.reasoning_history = None
            elif v99 is None:
                n2 |= 17179869184
                o1.reasoning_history = None
            else:
                try:
                    e100 = (
                        _E_CompletionRequestReasoningHistoryType0.get(v99)
                        if type(v99) is str
                        else None
                    )
                    if e100 is None:
                        raise _no(
                            "one of 'disabled', 'interleaved', 'preserved' or null", v99
                        )
                    v99 = e100
                except SchemaMismatch as err101:
                    err101.within("reasoning_history")
                    raise
                o1.reasoning_history = v99
            v102 = data.get("thinking", _MISS)
            if v102 is _MISS:
                o1.thinking = None
            elif v102 is None:
                n2 |= 34359738368
                o1.thinking = None
            else:
                try:
                    if (type(v102) is dict or isinstance(v102, _Mapping)) and (
                        r103 := _attempt(_f_ThinkingConfigEnabled, v102)
                    ) is not _MISS:
                        v102 = r103
                    elif (type(v102) is dict or isinstance(v102, _Mapping)) and (
                        r104 := _attempt(_f_ThinkingConfigDisabled, v102)
                    ) is not _MISS:
                        v102 = r104
                    else:
                        raise _no(
                            "an object (ThinkingConfigEnabled) or an object (ThinkingConfigDisabled) or null",
                            v102,
                        )
                except SchemaMismatch as err105:
                    err105.within("thinking")
                    raise
                o1.thinking = v102
            v106 = data.get("return_token_ids", _MISS)
            if type(v106) is bool:
                o1.return_token_ids = v106
            elif v106 is _MISS:
                o1.return_token_ids = None
            elif v106 is None:
                n2 |= 68719476736
                o1.return_token_ids = None
            else:
                try:
                    if not (type(v106) is bool):
                        raise _no("a boolean or null", v106)
                except SchemaMismatch as err107:
                    err107.within("return_token_ids")
                    raise
                o1.return_token_ids = v106
            v108 = data.get("images", _MISS)
            if v108 is _MISS:
                o1.images = None
            elif v108 is None:
                n2 |= 137438953472
                o1.images = None
            else:
                try:
                    if (
                        type(v108) is list
                        and (r109 := _attempt(_h13, v108)) is not _MISS
                    ):
                        v108 = r109
                    elif (
                        type(v108) is list
                        and (r110 := _attempt(_h14, v108)) is not _MISS
                    ):
                        v108 = r110
                    else:
                        raise _no(
                            "an array of a string or an array of an array of a string or null",
                            v108,
                        )
                except SchemaMismatch as err111:
                    err111.within("images")
                    raise
                o1.images = v108
            v112 = data.get("stream_options", _MISS)
            if v112 is _MISS:
                o1.stream_options = None
            elif v112 is None:
                n2 |= 274877906944
                o1.stream_options = None
            else:
                try:
                    if type(v112) is not dict:
                        v112 = _object(v112)
                    o113 = _new(_C_CompletionRequestStreamOptionsType0)
                    v114 = v112.get("include_usage", _MISS)
                    if type(v114) is bool:
                        o113.include_usage = v114
                    elif v114 is _MISS:
                        o113.include_usage = None
                    elif v114 is None:
                        raise SchemaMismatch(
                            "null is not allowed here", "include_usage"
                        )
                    else:
                        if not type(v114) is bool:
                            raise _no("a boolean", v114, "include_usage")
                        o113.include_usage = v114
                    o113._nulls = 0
                    if len(v112) != 0 + (v114 is not _MISS):
                        x115 = dict(v112)
                        x115.pop("include_usage", None)
                        o113.additional_properties = x115
                    else:
                        o113.additional_properties = {}
                    v112 = o113
                except SchemaMismatch as err119:
                    err119.within("stream_options")
                    raise
                o1.stream_options = v112
            v120 = data.get("prompt_cache_key", _MISS)
            if type(v120) is str:
                o1.prompt_cache_key = v120
            elif v120 is _MISS:
                o1.prompt_cache_key = None
            elif v120 is None:
                n2 |= 549755813888
                o1.prompt_cache_key = None
            else:
                try:
                    if not (type(v120) is str or isinstance(v120, str)):
                        raise _no("a string or null", v120)
                except SchemaMismatch as err121:
                    err121.within("prompt_cache_key")
                    raise
                o1.prompt_cache_key = v120
            v122 = data.get("service_tier", _MISS)
            if v122 is _MISS:
                o1.service_tier = None
            elif v122 is None:
                raise SchemaMismatch("null is not allowed here", "service_tier")
            else:
                e123 = (
                    _E_CompletionRequestServiceTier.get(v122)
                    if type(v122) is str
                    else None
                )
                if e123 is None:
                    raise _no(
                        "one of 'auto', 'default', 'flex', 'priority'",
                        v122,
                        "service_tier",
                    )
                v122 = e123
                o1.service_tier = v122
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
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
        if type(v2) is bool:
            o1.include_usage = v2
        elif v2 is _MISS:
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CompletionResponse)
            n2 = 0
            v3 = data["id"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "id")
            o1.id = v3
            v4 = data["created"]
            if not (type(v4) is int or _is_int(v4)):
                raise _no("an integer", v4, "created")
            o1.created = v4
            v5 = data["model"]
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "model")
            o1.model = v5
            v6 = data["choices"]
            try:
                if type(v6) is not list:
                    raise _no("an array of an object (Choice)", v6)
                a8 = []
                try:
                    for i7 in v6:
                        try:
                            if type(i7) is not dict:
                                i7 = _object(i7)
                            o9 = _new(_C_Choice)
                            n10 = 0
                            v11 = i7["index"]
                            if not (type(v11) is int or _is_int(v11)):
                                raise _no("an integer", v11, "index")
                            o9.index = v11
                            v12 = i7["text"]
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
                                    if (
                                        type(v13) is dict or isinstance(v13, _Mapping)
                                    ) and (
                                        r14 := _attempt(_f_LogProbs, v13)
                                    ) is not _MISS:
                                        v13 = r14
                                    elif (
                                        type(v13) is dict or isinstance(v13, _Mapping)
                                    ) and (
                                        r15 := _attempt(_f_NewLogProbs, v13)
                                    ) is not _MISS:
                                        v13 = r15
                                    else:
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
                                    e18 = (
                                        _E_ChoiceFinishReasonType0.get(v17)
                                        if type(v17) is str
                                        else None
                                    )
                                    if e18 is None:
                                        raise _no(
                                            "one of 'stop', 'length', 'error' or null",
                                            v17,
                                        )
                                    v17 = e18
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
                                    try:
                                        if type(v20) is not dict:
                                            v20 = _object(v20)
                                        o21 = _new(_C_RawOutput)
                                        n22 = 0
                                        v23 = v20["prompt_fragments"]
                                        try:
                                            if type(v23) is not list:
                                                raise _no(
                                                    "an array of a string or an integer",
                                                    v23,
                                                )
                                            for i24 in v23:
                                                try:
                                                    if not (
                                                        (
                                                            type(i24) is str
                                                            or isinstance(i24, str)
                                                        )
                                                        or (
                                                            type(i24) is int
                                                            or _is_int(i24)
                                                        )
                                                    ):
                                                        raise _no(
                                                            "a string or an integer",
                                                            i24,
                                                        )
                                                except SchemaMismatch as err26:
                                                    err26.within(_index(v23, i24))
                                                    raise
                                        except SchemaMismatch as err27:
                                            err27.within("prompt_fragments")
                                            raise
                                        o21.prompt_fragments = v23
                                        v28 = v20["prompt_token_ids"]
                                        try:
                                            if type(v28) is not list:
                                                raise _no("an array of an integer", v28)
                                            for i29 in v28:
                                                if not (
                                                    type(i29) is int or _is_int(i29)
                                                ):
                                                    raise _no(
                                                        "an integer",
                                                        i29,
                                                        _index(v28, i29),
                                                    )
                                        except SchemaMismatch as err31:
                                            err31.within("prompt_token_ids")
                                            raise
                                        o21.prompt_token_ids = v28
                                        v32 = v20["completion"]
                                        if not (
                                            type(v32) is str or isinstance(v32, str)
                                        ):
                                            raise _no("a string", v32, "completion")
                                        o21.completion = v32
                                        v33 = v20.get("completion_token_ids", _MISS)
                                        if v33 is _MISS:
                                            o21.completion_token_ids = None
                                        elif v33 is None:
                                            n22 |= 8
                                            o21.completion_token_ids = None
                                        else:
                                            try:
                                                if type(v33) is not list:
                                                    raise _no(
                                                        "an array of an integer", v33
                                                    )
                                                for i34 in v33:
                                                    if not (
                                                        type(i34) is int or _is_int(i34)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            i34,
                                                            _index(v33, i34),
                                                        )
                                            except SchemaMismatch as err36:
                                                err36.within("completion_token_ids")
                                                raise
                                            o21.completion_token_ids = v33
                                        v37 = v20.get("completion_logprobs", _MISS)
                                        if v37 is _MISS:
                                            o21.completion_logprobs = None
                                        elif v37 is None:
                                            n22 |= 16
                                            o21.completion_logprobs = None
                                        else:
                                            try:
                                                if type(v37) is not dict:
                                                    v37 = _object(v37)
                                                o38 = _new(_C_NewLogProbs)
                                                v39 = v37.get("content", _MISS)
                                                if v39 is _MISS:
                                                    o38.content = None
                                                elif v39 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "content",
                                                    )
                                                else:
                                                    try:
                                                        if type(v39) is not list:
                                                            raise _no(
                                                                "an array of an object (NewLogProbsContent)",
                                                                v39,
                                                            )
                                                        a41 = []
                                                        try:
                                                            for i40 in v39:
                                                                i40 = _f_NewLogProbsContent(
                                                                    i40
                                                                )
                                                                a41.append(i40)
                                                        except SchemaMismatch as err42:
                                                            err42.within(len(a41))
                                                            raise
                                                        v39 = a41
                                                    except SchemaMismatch as err43:
                                                        err43.within("content")
                                                        raise
                                                    o38.content = v39
                                                o38._nulls = 0
                                                if len(v37) != 0 + (v39 is not _MISS):
                                                    x44 = dict(v37)
                                                    x44.pop("content", None)
                                                    o38.additional_properties = x44
                                                else:
                                                    o38.additional_properties = {}
                                                v37 = o38
                                            except SchemaMismatch as err48:
                                                err48.within("completion_logprobs")
                                                raise
                                            o21.completion_logprobs = v37
                                        v49 = v20.get("images", _MISS)
                                        if v49 is _MISS:
                                            o21.images = None
                                        elif v49 is None:
                                            n22 |= 32
                                            o21.images = None
                                        else:
                                            try:
                                                if type(v49) is not list:
                                                    raise _no(
                                                        "an array of a string", v49
                                                    )
                                                for i50 in v49:
                                                    if not (
                                                        type(i50) is str
                                                        or isinstance(i50, str)
                                                    ):
                                                        raise _no(
                                                            "a string",
                                                            i50,
                                                            _index(v49, i50),
                                                        )
                                            except SchemaMismatch as err52:
                                                err52.within("images")
                                                raise
                                            o21.images = v49
                                        v53 = v20.get("grammar", _MISS)
                                        if type(v53) is str:
                                            o21.grammar = v53
                                        elif v53 is _MISS:
                                            o21.grammar = None
                                        elif v53 is None:
                                            n22 |= 64
                                            o21.grammar = None
                                        else:
                                            try:
                                                if not (
                                                    type(v53) is str
                                                    or isinstance(v53, str)
                                                ):
                                                    raise _no("a string or null", v53)
                                            except SchemaMismatch as err54:
                                                err54.within("grammar")
                                                raise
                                            o21.grammar = v53
                                        o21._nulls = n22
                                        if len(v20) != 3 + (v33 is not _MISS) + (
                                            v37 is not _MISS
                                        ) + (v49 is not _MISS) + (v53 is not _MISS):
                                            x55 = dict(v20)
                                            del x55["prompt_fragments"]
                                            del x55["prompt_token_ids"]
                                            del x55["completion"]
                                            x55.pop("completion_token_ids", None)
                                            x55.pop("completion_logprobs", None)
                                            x55.pop("images", None)
                                            x55.pop("grammar", None)
                                            o21.additional_properties = x55
                                        else:
                                            o21.additional_properties = {}
                                    except KeyError as missing:
                                        raise _absent(missing) from None
                                    v20 = o21
                                except SchemaMismatch as err59:
                                    err59.within("raw_output")
                                    raise
                                o9.raw_output = v20
                            v60 = i7.get("prompt_token_ids", _MISS)
                            if v60 is _MISS:
                                o9.prompt_token_ids = None
                            elif v60 is None:
                                n10 |= 32
                                o9.prompt_token_ids = None
                            else:
                                try:
                                    if type(v60) is not list:
                                        raise _no("an array of an integer", v60)
                                    for i61 in v60:
                                        if not (type(i61) is int or _is_int(i61)):
                                            raise _no(
                                                "an integer", i61, _index(v60, i61)
                                            )
                                except SchemaMismatch as err63:
                                    err63.within("prompt_token_ids")
                                    raise
                                o9.prompt_token_ids = v60
                            v64 = i7.get("token_ids", _MISS)
                            if v64 is _MISS:
                                o9.token_ids = None
                            elif v64 is None:
                                n10 |= 64
                                o9.token_ids = None
                            else:
                                try:
                                    if type(v64) is not list:
                                        raise _no("an array of an integer", v64)
                                    for i65 in v64:
                                        if not (type(i65) is int or _is_int(i65)):
                                            raise _no(
                                                "an integer", i65, _index(v64, i65)
                                            )
                                except SchemaMismatch as err67:
                                    err67.within("token_ids")
                                    raise
                                o9.token_ids = v64
                            o9._nulls = n10
                            if len(i7) != 2 + (v13 is not _MISS) + (
                                v17 is not _MISS
                            ) + (v20 is not _MISS) + (v60 is not _MISS) + (
                                v64 is not _MISS
                            ):
                                x68 = dict(i7)
                                del x68["index"]
                                del x68["text"]
                                x68.pop("logprobs", None)
                                x68.pop("finish_reason", None)
                                x68.pop("raw_output", None)
                                x68.pop("prompt_token_ids", None)
                                x68.pop("token_ids", None)
                                o9.additional_properties = x68
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i7 = o9
                        a8.append(i7)
                except SchemaMismatch as err72:
                    err72.within(len(a8))
                    raise
                v6 = a8
            except SchemaMismatch as err73:
                err73.within("choices")
                raise
            o1.choices = v6
            v74 = data["usage"]
            try:
                try:
                    if type(v74) is not dict:
                        v74 = _object(v74)
                    o75 = _new(_C_UsageInfo)
                    n76 = 0
                    v77 = v74["prompt_tokens"]
                    if not (type(v77) is int or _is_int(v77)):
                        raise _no("an integer", v77, "prompt_tokens")
                    o75.prompt_tokens = v77
                    v78 = v74["total_tokens"]
                    if not (type(v78) is int or _is_int(v78)):
                        raise _no("an integer", v78, "total_tokens")
                    o75.total_tokens = v78
                    v79 = v74.get("completion_tokens", _MISS)
                    if type(v79) is int:
                        o75.completion_tokens = v79
                    elif v79 is _MISS:
                        o75.completion_tokens = None
                    elif v79 is None:
                        n76 |= 4
                        o75.completion_tokens = None
                    else:
                        try:
                            if not (type(v79) is int or _is_int(v79)):
                                raise _no("an integer or null", v79)
                        except SchemaMismatch as err80:
                            err80.within("completion_tokens")
                            raise
                        o75.completion_tokens = v79
                    v81 = v74.get("prompt_tokens_details", _MISS)
                    if v81 is _MISS:
                        o75.prompt_tokens_details = None
                    elif v81 is None:
                        n76 |= 8
                        o75.prompt_tokens_details = None
                    else:
                        try:
                            if type(v81) is not dict:
                                v81 = _object(v81)
                            o82 = _new(_C_PromptTokensDetails)
                            n83 = 0
                            v84 = v81.get("cached_tokens", _MISS)
                            if type(v84) is int:
                                o82.cached_tokens = v84
                            elif v84 is _MISS:
                                o82.cached_tokens = None
                            elif v84 is None:
                                n83 |= 1
                                o82.cached_tokens = None
                            else:
                                try:
                                    if not (type(v84) is int or _is_int(v84)):
                                        raise _no("an integer or null", v84)
                                except SchemaMismatch as err85:
                                    err85.within("cached_tokens")
                                    raise
                                o82.cached_tokens = v84
                            o82._nulls = n83
                            if len(v81) != 0 + (v84 is not _MISS):
                                x86 = dict(v81)
                                x86.pop("cached_tokens", None)
                                o82.additional_properties = x86
                            else:
                                o82.additional_properties = {}
                            v81 = o82
                        except SchemaMismatch as err90:
                            err90.within("prompt_tokens_details")
                            raise
                        o75.prompt_tokens_details = v81
                    o75._nulls = n76
                    if len(v74) != 2 + (v79 is not _MISS) + (v81 is not _MISS):
                        x91 = dict(v74)
                        del x91["prompt_tokens"]
                        del x91["total_tokens"]
                        x91.pop("completion_tokens", None)
                        x91.pop("prompt_tokens_details", None)
                        o75.additional_properties = x91
                    else:
                        o75.additional_properties = {}
                except KeyError as missing:
                    raise _absent(missing) from None
                v74 = o75
            except SchemaMismatch as err95:
                err95.within("usage")
                raise
            o1.usage = v74
            v96 = data.get("object", _MISS)
            if type(v96) is str:
                o1.object_ = v96
            elif v96 is _MISS:
                o1.object_ = None
            elif v96 is None:
                raise SchemaMismatch("null is not allowed here", "object")
            else:
                if not (type(v96) is str or isinstance(v96, str)):
                    raise _no("a string", v96, "object")
                o1.object_ = v96
            v97 = data.get("perf_metrics", _MISS)
            if v97 is _MISS:
                o1.perf_metrics = None
            elif v97 is None:
                n2 |= 64
                o1.perf_metrics = None
            else:
                try:
                    if type(v97) is not dict:
                        v97 = _object(v97)
                    o98 = _new(_C_CompletionResponsePerfMetricsType0)
                    o98._nulls = 0
                    if v97:
                        x99 = dict(v97)
                        o98.additional_properties = x99
                    else:
                        o98.additional_properties = {}
                    v97 = o98
                except SchemaMismatch as err103:
                    err103.within("perf_metrics")
                    raise
                o1.perf_metrics = v97
            o1._nulls = n2
            if len(data) != 5 + (v96 is not _MISS) + (v97 is not _MISS):
                x104 = dict(data)
                del x104["id"]
                del x104["created"]
                del x104["model"]
                del x104["choices"]
                del x104["usage"]
                x104.pop("object", None)
                x104.pop("perf_metrics", None)
                o1.additional_properties = x104
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CompletionResponseStreamChoice)
            n2 = 0
            v3 = data["index"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "index")
            o1.index = v3
            v4 = data["text"]
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
                    else:
                        raise _no(
                            "an object (LogProbs) or an object (NewLogProbs) or null",
                            v5,
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
                    e10 = (
                        _E_CompletionResponseStreamChoiceFinishReasonType0.get(v9)
                        if type(v9) is str
                        else None
                    )
                    if e10 is None:
                        raise _no("one of 'stop', 'length', 'error' or null", v9)
                    v9 = e10
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
                    try:
                        if type(v12) is not dict:
                            v12 = _object(v12)
                        o13 = _new(_C_RawOutput)
                        n14 = 0
                        v15 = v12["prompt_fragments"]
                        try:
                            if type(v15) is not list:
                                raise _no("an array of a string or an integer", v15)
                            for i16 in v15:
                                try:
                                    if not (
                                        (type(i16) is str or isinstance(i16, str))
                                        or (type(i16) is int or _is_int(i16))
                                    ):
                                        raise _no("a string or an integer", i16)
                                except SchemaMismatch as err18:
                                    err18.within(_index(v15, i16))
                                    raise
                        except SchemaMismatch as err19:
                            err19.within("prompt_fragments")
                            raise
                        o13.prompt_fragments = v15
                        v20 = v12["prompt_token_ids"]
                        try:
                            if type(v20) is not list:
                                raise _no("an array of an integer", v20)
                            for i21 in v20:
                                if not (type(i21) is int or _is_int(i21)):
                                    raise _no("an integer", i21, _index(v20, i21))
                        except SchemaMismatch as err23:
                            err23.within("prompt_token_ids")
                            raise
                        o13.prompt_token_ids = v20
                        v24 = v12["completion"]
                        if not (type(v24) is str or isinstance(v24, str)):
                            raise _no("a string", v24, "completion")
                        o13.completion = v24
                        v25 = v12.get("completion_token_ids", _MISS)
                        if v25 is _MISS:
                            o13.completion_token_ids = None
                        elif v25 is None:
                            n14 |= 8
                            o13.completion_token_ids = None
                        else:
                            try:
                                if type(v25) is not list:
                                    raise _no("an array of an integer", v25)
                                for i26 in v25:
                                    if not (type(i26) is int or _is_int(i26)):
                                        raise _no("an integer", i26, _index(v25, i26))
                            except SchemaMismatch as err28:
                                err28.within("completion_token_ids")
                                raise
                            o13.completion_token_ids = v25
                        v29 = v12.get("completion_logprobs", _MISS)
                        if v29 is _MISS:
                            o13.completion_logprobs = None
                        elif v29 is None:
                            n14 |= 16
                            o13.completion_logprobs = None
                        else:
                            try:
                                if type(v29) is not dict:
                                    v29 = _object(v29)
                                o30 = _new(_C_NewLogProbs)
                                v31 = v29.get("content", _MISS)
                                if v31 is _MISS:
                                    o30.content = None
                                elif v31 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "content"
                                    )
                                else:
                                    try:
                                        if type(v31) is not list:
                                            raise _no(
                                                "an array of an object (NewLogProbsContent)",
                                                v31,
                                            )
                                        a33 = []
                                        try:
                                            for i32 in v31:
                                                try:
                                                    if type(i32) is not dict:
                                                        i32 = _object(i32)
                                                    o34 = _new(_C_NewLogProbsContent)
                                                    n35 = 0
                                                    v36 = i32["token"]
                                                    if not (
                                                        type(v36) is str
                                                        or isinstance(v36, str)
                                                    ):
                                                        raise _no(
                                                            "a string", v36, "token"
                                                        )
                                                    o34.token = v36
                                                    v37 = i32["logprob"]
                                                    if not (
                                                        type(v37) is float
                                                        or _is_number(v37)
                                                    ):
                                                        raise _no(
                                                            "a number", v37, "logprob"
                                                        )
                                                    o34.logprob = v37
                                                    v38 = i32["sampling_logprob"]
                                                    if v38 is not None:
                                                        try:
                                                            if not (
                                                                type(v38) is float
                                                                or _is_number(v38)
                                                            ):
                                                                raise _no(
                                                                    "a number or null",
                                                                    v38,
                                                                )
                                                        except SchemaMismatch as err39:
                                                            err39.within(
                                                                "sampling_logprob"
                                                            )
                                                            raise
                                                    o34.sampling_logprob = v38
                                                    v40 = i32["bytes"]
                                                    try:
                                                        if type(v40) is not list:
                                                            raise _no(
                                                                "an array of an integer",
                                                                v40,
                                                            )
                                                        for i41 in v40:
                                                            if not (
                                                                type(i41) is int
                                                                or _is_int(i41)
                                                            ):
                                                                raise _no(
                                                                    "an integer",
                                                                    i41,
                                                                    _index(v40, i41),
                                                                )
                                                    except SchemaMismatch as err43:
                                                        err43.within("bytes")
                                                        raise
                                                    o34.bytes_ = v40
                                                    v44 = i32["token_id"]
                                                    if not (
                                                        type(v44) is int or _is_int(v44)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v44,
                                                            "token_id",
                                                        )
                                                    o34.token_id = v44
                                                    v45 = i32["text_offset"]
                                                    if not (
                                                        type(v45) is int or _is_int(v45)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            v45,
                                                            "text_offset",
                                                        )
                                                    o34.text_offset = v45
                                                    v46 = i32.get("top_logprobs", _MISS)
                                                    if v46 is _MISS:
                                                        o34.top_logprobs = None
                                                    elif v46 is None:
                                                        raise SchemaMismatch(
                                                            "null is not allowed here",
                                                            "top_logprobs",
                                                        )
                                                    else:
                                                        try:
                                                            if type(v46) is not list:
                                                                raise _no(
                                                                    "an array of an object (NewLogProbsContentTopLogProbs)",
                                                                    v46,
                                                                )
                                                            a48 = []
                                                            try:
                                                                for i47 in v46:
                                                                    i47 = _f_NewLogProbsContentTopLogProbs(
                                                                        i47
                                                                    )
                                                                    a48.append(i47)
                                                            except (
                                                                SchemaMismatch
                                                            ) as err49:
                                                                err49.within(len(a48))
                                                                raise
                                                            v46 = a48
                                                        except SchemaMismatch as err50:
                                                            err50.within("top_logprobs")
                                                            raise
                                                        o34.top_logprobs = v46
                                                    v51 = i32.get(
                                                        "last_activation", _MISS
                                                    )
                                                    if type(v51) is str:
                                                        o34.last_activation = v51
                                                    elif v51 is _MISS:
                                                        o34.last_activation = None
                                                    elif v51 is None:
                                                        n35 |= 128
                                                        o34.last_activation = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v51) is str
                                                                or isinstance(v51, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v51,
                                                                )
                                                        except SchemaMismatch as err52:
                                                            err52.within(
                                                                "last_activation"
                                                            )
                                                            raise
                                                        o34.last_activation = v51
                                                    v53 = i32.get(
                                                        "routing_matrix", _MISS
                                                    )
                                                    if type(v53) is str:
                                                        o34.routing_matrix = v53
                                                    elif v53 is _MISS:
                                                        o34.routing_matrix = None
                                                    elif v53 is None:
                                                        n35 |= 256
                                                        o34.routing_matrix = None
                                                    else:
                                                        try:
                                                            if not (
                                                                type(v53) is str
                                                                or isinstance(v53, str)
                                                            ):
                                                                raise _no(
                                                                    "a string or null",
                                                                    v53,
                                                                )
                                                        except SchemaMismatch as err54:
                                                            err54.within(
                                                                "routing_matrix"
                                                            )
                                                            raise
                                                        o34.routing_matrix = v53
                                                    o34._nulls = n35
                                                    if len(i32) != 6 + (
                                                        v46 is not _MISS
                                                    ) + (v51 is not _MISS) + (
                                                        v53 is not _MISS
                                                    ):
                                                        x55 = dict(i32)
                                                        del x55["token"]
                                                        del x55["logprob"]
                                                        del x55["sampling_logprob"]
                                                        del x55["bytes"]
                                                        del x55["token_id"]
                                                        del x55["text_offset"]
                                                        x55.pop("top_logprobs", None)
                                                        x55.pop("last_activation", None)
                                                        x55.pop("routing_matrix", None)
                                                        o34.additional_properties = x55
                                                    else:
                                                        o34.additional_properties = {}
                                                except KeyError as missing:
                                                    raise _absent(missing) from None
                                                i32 = o34
                                                a33.append(i32)
                                        except SchemaMismatch as err59:
                                            err59.within(len(a33))
                                            raise
                                        v31 = a33
                                    except SchemaMismatch as err60:
                                        err60.within("content")
                                        raise
                                    o30.content = v31
                                o30._nulls = 0
                                if len(v29) != 0 + (v31 is not _MISS):
                                    x61 = dict(v29)
                                    x61.pop("content", None)
                                    o30.additional_properties = x61
                                else:
                                    o30.additional_properties = {}
                                v29 = o30
                            except SchemaMismatch as err65:
                                err65.within("completion_logprobs")
                                raise
                            o13.completion_logprobs = v29
                        v66 = v12.get("images", _MISS)
                        if v66 is _MISS:
                            o13.images = None
                        elif v66 is None:
                            n14 |= 32
                            o13.images = None
                        else:
                            try:
                                if type(v66) is not list:
                                    raise _no("an array of a string", v66)
                                for i67 in v66:
                                    if not (type(i67) is str or isinstance(i67, str)):
                                        raise _no("a string", i67, _index(v66, i67))
                            except SchemaMismatch as err69:
                                err69.within("images")
                                raise
                            o13.images = v66
                        v70 = v12.get("grammar", _MISS)
                        if type(v70) is str:
                            o13.grammar = v70
                        elif v70 is _MISS:
                            o13.grammar = None
                        elif v70 is None:
                            n14 |= 64
                            o13.grammar = None
                        else:
                            try:
                                if not (type(v70) is str or isinstance(v70, str)):
                                    raise _no("a string or null", v70)
                            except SchemaMismatch as err71:
                                err71.within("grammar")
                                raise
                            o13.grammar = v70
                        o13._nulls = n14
                        if len(v12) != 3 + (v25 is not _MISS) + (v29 is not _MISS) + (
                            v66 is not _MISS
                        ) + (v70 is not _MISS):
                            x72 = dict(v12)
                            del x72["prompt_fragments"]
                            del x72["prompt_token_ids"]
                            del x72["completion"]
                            x72.pop("completion_token_ids", None)
                            x72.pop("completion_logprobs", None)
                            x72.pop("images", None)
                            x72.pop("grammar", None)
                            o13.additional_properties = x72
                        else:
                            o13.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v12 = o13
                except SchemaMismatch as err76:
                    err76.within("raw_output")
                    raise
                o1.raw_output = v12
            v77 = data.get("prompt_token_ids", _MISS)
            if v77 is _MISS:
                o1.prompt_token_ids = None
            elif v77 is None:
                n2 |= 32
                o1.prompt_token_ids = None
            else:
                try:
                    if type(v77) is not list:
                        raise _no("an array of an integer", v77)
                    for i78 in v77:
                        if not (type(i78) is int or _is_int(i78)):
                            raise _no("an integer", i78, _index(v77, i78))
                except SchemaMismatch as err80:
                    err80.within("prompt_token_ids")
                    raise
                o1.prompt_token_ids = v77
            v81 = data.get("token_ids", _MISS)
            if v81 is _MISS:
                o1.token_ids = None
            elif v81 is None:
                n2 |= 64
                o1.token_ids = None
            else:
                try:
                    if type(v81) is not list:
                        raise _no("an array of an integer", v81)
                    for i82 in v81:
                        if not (type(i82) is int or _is_int(i82)):
                            raise _no("an integer", i82, _index(v81, i82))
                except SchemaMismatch as err84:
                    err84.within("token_ids")
                    raise
                o1.token_ids = v81
            o1._nulls = n2
            if len(data) != 2 + (v5 is not _MISS) + (v9 is not _MISS) + (
                v12 is not _MISS
            ) + (v77 is not _MISS) + (v81 is not _MISS):
                x85 = dict(data)
                del x85["index"]
                del x85["text"]
                x85.pop("logprobs", None)
                x85.pop("finish_reason", None)
                x85.pop("raw_output", None)
                x85.pop("prompt_token_ids", None)
                x85.pop("token_ids", None)
                o1.additional_properties = x85
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CompletionResponseStreamChoice"
        raise
    return o1


def _f_CompletionStreamEvent(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CompletionStreamEvent)
            v2 = data["data"]
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
            if type(v5) is str:
                o1.event = v5
            elif v5 is _MISS:
                o1.event = None
            elif v5 is None:
                raise SchemaMismatch("null is not allowed here", "event")
            else:
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "event")
                o1.event = v5
            v6 = data.get("id", _MISS)
            if type(v6) is str:
                o1.id = v6
            elif v6 is _MISS:
                o1.id = None
            elif v6 is None:
                raise SchemaMismatch("null is not allowed here", "id")
            else:
                if not (type(v6) is str or isinstance(v6, str)):
                    raise _no("a string", v6, "id")
                o1.id = v6
            v7 = data.get("retry", _MISS)
            if type(v7) is int:
                o1.retry = v7
            elif v7 is _MISS:
                o1.retry = None
            elif v7 is None:
                raise SchemaMismatch("null is not allowed here", "retry")
            else:
                if not (type(v7) is int or _is_int(v7)):
                    raise _no("an integer", v7, "retry")
                o1.retry = v7
            o1._nulls = 0
            if len(data) != 1 + (v5 is not _MISS) + (v6 is not _MISS) + (
                v7 is not _MISS
            ):
                x8 = dict(data)
                del x8["data"]
                x8.pop("event", None)
                x8.pop("id", None)
                x8.pop("retry", None)
                o1.additional_properties = x8
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CompletionStreamEvent"
        raise
    return o1


def _f_CompletionStreamResponse(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CompletionStreamResponse)
            n2 = 0
            v3 = data["id"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "id")
            o1.id = v3
            v4 = data["created"]
            if not (type(v4) is int or _is_int(v4)):
                raise _no("an integer", v4, "created")
            o1.created = v4
            v5 = data["model"]
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "model")
            o1.model = v5
            v6 = data["choices"]
            try:
                if type(v6) is not list:
                    raise _no(
                        "an array of an object (CompletionResponseStreamChoice)", v6
                    )
                a8 = []
                try:
                    for i7 in v6:
                        try:
                            if type(i7) is not dict:
                                i7 = _object(i7)
                            o9 = _new(_C_CompletionResponseStreamChoice)
                            n10 = 0
                            v11 = i7["index"]
                            if not (type(v11) is int or _is_int(v11)):
                                raise _no("an integer", v11, "index")
                            o9.index = v11
                            v12 = i7["text"]
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
                                    if (
                                        type(v13) is dict or isinstance(v13, _Mapping)
                                    ) and (
                                        r14 := _attempt(_f_LogProbs, v13)
                                    ) is not _MISS:
                                        v13 = r14
                                    elif (
                                        type(v13) is dict or isinstance(v13, _Mapping)
                                    ) and (
                                        r15 := _attempt(_f_NewLogProbs, v13)
                                    ) is not _MISS:
                                        v13 = r15
                                    else:
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
                                    e18 = (
                                        _E_CompletionResponseStreamChoiceFinishReasonType0.get(
                                            v17
                                        )
                                        if type(v17) is str
                                        else None
                                    )
                                    if e18 is None:
                                        raise _no(
                                            "one of 'stop', 'length', 'error' or null",
                                            v17,
                                        )
                                    v17 = e18
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
                                    try:
                                        if type(v20) is not dict:
                                            v20 = _object(v20)
                                        o21 = _new(_C_RawOutput)
                                        n22 = 0
                                        v23 = v20["prompt_fragments"]
                                        try:
                                            if type(v23) is not list:
                                                raise _no(
                                                    "an array of a string or an integer",
                                                    v23,
                                                )
                                            for i24 in v23:
                                                try:
                                                    if not (
                                                        (
                                                            type(i24) is str
                                                            or isinstance(i24, str)
                                                        )
                                                        or (
                                                            type(i24) is int
                                                            or _is_int(i24)
                                                        )
                                                    ):
                                                        raise _no(
                                                            "a string or an integer",
                                                            i24,
                                                        )
                                                except SchemaMismatch as err26:
                                                    err26.within(_index(v23, i24))
                                                    raise
                                        except SchemaMismatch as err27:
                                            err27.within("prompt_fragments")
                                            raise
                                        o21.prompt_fragments = v23
                                        v28 = v20["prompt_token_ids"]
                                        try:
                                            if type(v28) is not list:
                                                raise _no("an array of an integer", v28)
                                            for i29 in v28:
                                                if not (
                                                    type(i29) is int or _is_int(i29)
                                                ):
                                                    raise _no(
                                                        "an integer",
                                                        i29,
                                                        _index(v28, i29),
                                                    )
                                        except SchemaMismatch as err31:
                                            err31.within("prompt_token_ids")
                                            raise
                                        o21.prompt_token_ids = v28
                                        v32 = v20["completion"]
                                        if not (
                                            type(v32) is str or isinstance(v32, str)
                                        ):
                                            raise _no("a string", v32, "completion")
                                        o21.completion = v32
                                        v33 = v20.get("completion_token_ids", _MISS)
                                        if v33 is _MISS:
                                            o21.completion_token_ids = None
                                        elif v33 is None:
                                            n22 |= 8
                                            o21.completion_token_ids = None
                                        else:
                                            try:
                                                if type(v33) is not list:
                                                    raise _no(
                                                        "an array of an integer", v33
                                                    )
                                                for i34 in v33:
                                                    if not (
                                                        type(i34) is int or _is_int(i34)
                                                    ):
                                                        raise _no(
                                                            "an integer",
                                                            i34,
                                                            _index(v33, i34),
                                                        )
                                            except SchemaMismatch as err36:
                                                err36.within("completion_token_ids")
                                                raise
                                            o21.completion_token_ids = v33
                                        v37 = v20.get("completion_logprobs", _MISS)
                                        if v37 is _MISS:
                                            o21.completion_logprobs = None
                                        elif v37 is None:
                                            n22 |= 16
                                            o21.completion_logprobs = None
                                        else:
                                            try:
                                                if type(v37) is not dict:
                                                    v37 = _object(v37)
                                                o38 = _new(_C_NewLogProbs)
                                                v39 = v37.get("content", _MISS)
                                                if v39 is _MISS:
                                                    o38.content = None
                                                elif v39 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "content",
                                                    )
                                                else:
                                                    try:
                                                        if type(v39) is not list:
                                                            raise _no(
                                                                "an array of an object (NewLogProbsContent)",
                                                                v39,
                                                            )
                                                        a41 = []
                                                        try:
                                                            for i40 in v39:
                                                                i40 = _f_NewLogProbsContent(
                                                                    i40
                                                                )
                                                                a41.append(i40)
                                                        except SchemaMismatch as err42:
                                                            err42.within(len(a41))
                                                            raise
                                                        v39 = a41
                                                    except SchemaMismatch as err43:
                                                        err43.within("content")
                                                        raise
                                                    o38.content = v39
                                                o38._nulls = 0
                                                if len(v37) != 0 + (v39 is not _MISS):
                                                    x44 = dict(v37)
                                                    x44.pop("content", None)
                                                    o38.additional_properties = x44
                                                else:
                                                    o38.additional_properties = {}
                                                v37 = o38
                                            except SchemaMismatch as err48:
                                                err48.within("completion_logprobs")
                                                raise
                                            o21.completion_logprobs = v37
                                        v49 = v20.get("images", _MISS)
                                        if v49 is _MISS:
                                            o21.images = None
                                        elif v49 is None:
                                            n22 |= 32
                                            o21.images = None
                                        else:
                                            try:
                                                if type(v49) is not list:
                                                    raise _no(
                                                        "an array of a string", v49
                                                    )
                                                for i50 in v49:
                                                    if not (
                                                        type(i50) is str
                                                        or isinstance(i50, str)
                                                    ):
                                                        raise _no(
                                                            "a string",
                                                            i50,
                                                            _index(v49, i50),
                                                        )
                                            except SchemaMismatch as err52:
                                                err52.within("images")
                                                raise
                                            o21.images = v49
                                        v53 = v20.get("grammar", _MISS)
                                        if type(v53) is str:
                                            o21.grammar = v53
                                        elif v53 is _MISS:
                                            o21.grammar = None
                                        elif v53 is None:
                                            n22 |= 64
                                            o21.grammar = None
                                        else:
                                            try:
                                                if not (
                                                    type(v53) is str
                                                    or isinstance(v53, str)
                                                ):
                                                    raise _no("a string or null", v53)
                                            except SchemaMismatch as err54:
                                                err54.within("grammar")
                                                raise
                                            o21.grammar = v53
                                        o21._nulls = n22
                                        if len(v20) != 3 + (v33 is not _MISS) + (
                                            v37 is not _MISS
                                        ) + (v49 is not _MISS) + (v53 is not _MISS):
                                            x55 = dict(v20)
                                            del x55["prompt_fragments"]
                                            del x55["prompt_token_ids"]
                                            del x55["completion"]
                                            x55.pop("completion_token_ids", None)
                                            x55.pop("completion_logprobs", None)
                                            x55.pop("images", None)
                                            x55.pop("grammar", None)
                                            o21.additional_properties = x55
                                        else:
                                            o21.additional_properties = {}
                                    except KeyError as missing:
                                        raise _absent(missing) from None
                                    v20 = o21
                                except SchemaMismatch as err59:
                                    err59.within("raw_output")
                                    raise
                                o9.raw_output = v20
                            v60 = i7.get("prompt_token_ids", _MISS)
                            if v60 is _MISS:
                                o9.prompt_token_ids = None
                            elif v60 is None:
                                n10 |= 32
                                o9.prompt_token_ids = None
                            else:
                                try:
                                    if type(v60) is not list:
                                        raise _no("an array of an integer", v60)
                                    for i61 in v60:
                                        if not (type(i61) is int or _is_int(i61)):
                                            raise _no(
                                                "an integer", i61, _index(v60, i61)
                                            )
                                except SchemaMismatch as err63:
                                    err63.within("prompt_token_ids")
                                    raise
                                o9.prompt_token_ids = v60
                            v64 = i7.get("token_ids", _MISS)
                            if v64 is _MISS:
                                o9.token_ids = None
                            elif v64 is None:
                                n10 |= 64
                                o9.token_ids = None
                            else:
                                try:
                                    if type(v64) is not list:
                                        raise _no("an array of an integer", v64)
                                    for i65 in v64:
                                        if not (type(i65) is int or _is_int(i65)):
                                            raise _no(
                                                "an integer", i65, _index(v64, i65)
                                            )
                                except SchemaMismatch as err67:
                                    err67.within("token_ids")
                                    raise
                                o9.token_ids = v64
                            o9._nulls = n10
                            if len(i7) != 2 + (v13 is not _MISS) + (
                                v17 is not _MISS
                            ) + (v20 is not _MISS) + (v60 is not _MISS) + (
                                v64 is not _MISS
                            ):
                                x68 = dict(i7)
                                del x68["index"]
                                del x68["text"]
                                x68.pop("logprobs", None)
                                x68.pop("finish_reason", None)
                                x68.pop("raw_output", None)
                                x68.pop("prompt_token_ids", None)
                                x68.pop("token_ids", None)
                                o9.additional_properties = x68
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i7 = o9
                        a8.append(i7)
                except SchemaMismatch as err72:
                    err72.within(len(a8))
                    raise
                v6 = a8
            except SchemaMismatch as err73:
                err73.within("choices")
                raise
            o1.choices = v6
            v74 = data.get("object", _MISS)
            if type(v74) is str:
                o1.object_ = v74
            elif v74 is _MISS:
                o1.object_ = None
            elif v74 is None:
                raise SchemaMismatch("null is not allowed here", "object")
            else:
                if not (type(v74) is str or isinstance(v74, str)):
                    raise _no("a string", v74, "object")
                o1.object_ = v74
            v75 = data.get("usage", _MISS)
            if v75 is _MISS:
                o1.usage = None
            elif v75 is None:
                n2 |= 32
                o1.usage = None
            else:
                try:
                    try:
                        if type(v75) is not dict:
                            v75 = _object(v75)
                        o76 = _new(_C_UsageInfo)
                        n77 = 0
                        v78 = v75["prompt_tokens"]
                        if not (type(v78) is int or _is_int(v78)):
                            raise _no("an integer", v78, "prompt_tokens")
                        o76.prompt_tokens = v78
                        v79 = v75["total_tokens"]
                        if not (type(v79) is int or _is_int(v79)):
                            raise _no("an integer", v79, "total_tokens")
                        o76.total_tokens = v79
                        v80 = v75.get("completion_tokens", _MISS)
                        if type(v80) is int:
                            o76.completion_tokens = v80
                        elif v80 is _MISS:
                            o76.completion_tokens = None
                        elif v80 is None:
                            n77 |= 4
                            o76.completion_tokens = None
                        else:
                            try:
                                if not (type(v80) is int or _is_int(v80)):
                                    raise _no("an integer or null", v80)
                            except SchemaMismatch as err81:
                                err81.within("completion_tokens")
                                raise
                            o76.completion_tokens = v80
                        v82 = v75.get("prompt_tokens_details", _MISS)
                        if v82 is _MISS:
                            o76.prompt_tokens_details = None
                        elif v82 is None:
                            n77 |= 8
                            o76.prompt_tokens_details = None
                        else:
                            try:
                                if type(v82) is not dict:
                                    v82 = _object(v82)
                                o83 = _new(_C_PromptTokensDetails)
                                n84 = 0
                                v85 = v82.get("cached_tokens", _MISS)
                                if type(v85) is int:
                                    o83.cached_tokens = v85
                                elif v85 is _MISS:
                                    o83.cached_tokens = None
                                elif v85 is None:
                                    n84 |= 1
                                    o83.cached_tokens = None
                                else:
                                    try:
                                        if not (type(v85) is int or _is_int(v85)):
                                            raise _no("an integer or null", v85)
                                    except SchemaMismatch as err86:
                                        err86.within("cached_tokens")
                                        raise
                                    o83.cached_tokens = v85
                                o83._nulls = n84
                                if len(v82) != 0 + (v85 is not _MISS):
                                    x87 = dict(v82)
                                    x87.pop("cached_tokens", None)
                                    o83.additional_properties = x87
                                else:
                                    o83.additional_properties = {}
                                v82 = o83
                            except SchemaMismatch as err91:
                                err91.within("prompt_tokens_details")
                                raise
                            o76.prompt_tokens_details = v82
                        o76._nulls = n77
                        if len(v75) != 2 + (v80 is not _MISS) + (v82 is not _MISS):
                            x92 = dict(v75)
                            del x92["prompt_tokens"]
                            del x92["total_tokens"]
                            x92.pop("completion_tokens", None)
                            x92.pop("prompt_tokens_details", None)
                            o76.additional_properties = x92
                        else:
                            o76.additional_properties = {}
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v75 = o76
                except SchemaMismatch as err96:
                    err96.within("usage")
                    raise
                o1.usage = v75
            v97 = data.get("perf_metrics", _MISS)
            if v97 is _MISS:
                o1.perf_metrics = None
            elif v97 is None:
                n2 |= 64
                o1.perf_metrics = None
            else:
                try:
                    if type(v97) is not dict:
                        v97 = _object(v97)
                    o98 = _new(_C_CompletionStreamResponsePerfMetricsType0)
                    o98._nulls = 0
                    if v97:
                        x99 = dict(v97)
                        o98.additional_properties = x99
                    else:
                        o98.additional_properties = {}
                    v97 = o98
                except SchemaMismatch as err103:
                    err103.within("perf_metrics")
                    raise
                o1.perf_metrics = v97
            o1._nulls = n2
            if len(data) != 4 + (v74 is not _MISS) + (v75 is not _MISS) + (
                v97 is not _MISS
            ):
                x104 = dict(data)
                del x104["id"]
                del x104["created"]
                del x104["model"]
                del x104["choices"]
                x104.pop("object", None)
                x104.pop("usage", None)
                x104.pop("perf_metrics", None)
                o1.additional_properties = x104
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateControlNetRequest)
            v2 = data["prompt"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "prompt")
            o1.prompt = v2
            v3 = data["control_image"]
            if not isinstance(v3, bytes):
                raise _no("bytes (a file)", v3, "control_image")
            v3 = _File(payload=_BytesIO(v3))
            o1.control_image = v3
            v4 = data.get("negative_prompt", _MISS)
            if type(v4) is str:
                o1.negative_prompt = v4
            elif v4 is _MISS:
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
            if type(v7) is float:
                o1.conditioning_scale = v7
            elif v7 is _MISS:
                o1.conditioning_scale = None
            elif v7 is None:
                raise SchemaMismatch("null is not allowed here", "conditioning_scale")
            else:
                if not (type(v7) is float or _is_number(v7)):
                    raise _no("a number", v7, "conditioning_scale")
                o1.conditioning_scale = v7
            v8 = data.get("step_schedule_start", _MISS)
            if type(v8) is float:
                o1.step_schedule_start = v8
            elif v8 is _MISS:
                o1.step_schedule_start = None
            elif v8 is None:
                raise SchemaMismatch("null is not allowed here", "step_schedule_start")
            else:
                if not (type(v8) is float or _is_number(v8)):
                    raise _no("a number", v8, "step_schedule_start")
                o1.step_schedule_start = v8
            v9 = data.get("step_schedule_end", _MISS)
            if type(v9) is float:
                o1.step_schedule_end = v9
            elif v9 is _MISS:
                o1.step_schedule_end = None
            elif v9 is None:
                raise SchemaMismatch("null is not allowed here", "step_schedule_end")
            else:
                if not (type(v9) is float or _is_number(v9)):
                    raise _no("a number", v9, "step_schedule_end")
                o1.step_schedule_end = v9
            v10 = data.get("cfg_scale", _MISS)
            if type(v10) is float:
                o1.cfg_scale = v10
            elif v10 is _MISS:
                o1.cfg_scale = None
            elif v10 is None:
                raise SchemaMismatch("null is not allowed here", "cfg_scale")
            else:
                if not (type(v10) is float or _is_number(v10)):
                    raise _no("a number", v10, "cfg_scale")
                o1.cfg_scale = v10
            v11 = data.get("clip_guidance_preset", _MISS)
            if type(v11) is str:
                o1.clip_guidance_preset = v11
            elif v11 is _MISS:
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
            if type(v14) is int:
                o1.samples = v14
            elif v14 is _MISS:
                o1.samples = None
            elif v14 is None:
                raise SchemaMismatch("null is not allowed here", "samples")
            else:
                if not (type(v14) is int or _is_int(v14)):
                    raise _no("an integer", v14, "samples")
                o1.samples = v14
            v15 = data.get("steps", _MISS)
            if type(v15) is int:
                o1.steps = v15
            elif v15 is _MISS:
                o1.steps = None
            elif v15 is None:
                raise SchemaMismatch("null is not allowed here", "steps")
            else:
                if not (type(v15) is int or _is_int(v15)):
                    raise _no("an integer", v15, "steps")
                o1.steps = v15
            v16 = data.get("seed", _MISS)
            if type(v16) is int:
                o1.seed = v16
            elif v16 is _MISS:
                o1.seed = None
            elif v16 is None:
                raise SchemaMismatch("null is not allowed here", "seed")
            else:
                if not (type(v16) is int or _is_int(v16)):
                    raise _no("an integer", v16, "seed")
                o1.seed = v16
            v17 = data.get("safety_check", _MISS)
            if type(v17) is bool:
                o1.safety_check = v17
            elif v17 is _MISS:
                o1.safety_check = None
            elif v17 is None:
                raise SchemaMismatch("null is not allowed here", "safety_check")
            else:
                if not type(v17) is bool:
                    raise _no("a boolean", v17, "safety_check")
                o1.safety_check = v17
            v18 = data.get("lora_adapter_name", _MISS)
            if type(v18) is str:
                o1.lora_adapter_name = v18
            elif v18 is _MISS:
                o1.lora_adapter_name = None
            elif v18 is None:
                raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
            else:
                if not (type(v18) is str or isinstance(v18, str)):
                    raise _no("a string", v18, "lora_adapter_name")
                o1.lora_adapter_name = v18
            v19 = data.get("lora_weight_filename", _MISS)
            if type(v19) is str:
                o1.lora_weight_filename = v19
            elif v19 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateControlNetRequest"
        raise
    return o1


def _f_CreateEmbeddingRequest(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateEmbeddingRequest)
            v2 = data["input"]
            try:
                if type(v2) is list and (r3 := _attempt(_h16, v2)) is not _MISS:
                    v2 = r3
                elif (type(v2) is dict or isinstance(v2, _Mapping)) and (
                    r4 := _attempt(_f_CreateEmbeddingRequestStructuredData, v2)
                ) is not _MISS:
                    v2 = r4
                elif type(v2) is list and (r5 := _attempt(_h17, v2)) is not _MISS:
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
            v7 = data["model"]
            if not (type(v7) is str or isinstance(v7, str)):
                raise _no("a string", v7, "model")
            o1.model = v7
            v8 = data.get("prompt_template", _MISS)
            if type(v8) is str:
                o1.prompt_template = v8
            elif v8 is _MISS:
                o1.prompt_template = None
            elif v8 is None:
                raise SchemaMismatch("null is not allowed here", "prompt_template")
            else:
                if not (type(v8) is str or isinstance(v8, str)):
                    raise _no("a string", v8, "prompt_template")
                o1.prompt_template = v8
            v9 = data.get("dimensions", _MISS)
            if type(v9) is int:
                o1.dimensions = v9
            elif v9 is _MISS:
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
            if type(v14) is bool:
                o1.normalize = v14
            elif v14 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateEmbeddingResponse)
            v2 = data["data"]
            try:
                if type(v2) is not list:
                    raise _no("an array of an object (Embedding)", v2)
                a4 = []
                try:
                    for i3 in v2:
                        try:
                            if type(i3) is not dict:
                                i3 = _object(i3)
                            o5 = _new(_C_Embedding)
                            v6 = i3["index"]
                            if not (type(v6) is int or _is_int(v6)):
                                raise _no("an integer", v6, "index")
                            o5.index = v6
                            v7 = i3["embedding"]
                            try:
                                if (
                                    type(v7) is list
                                    and (r8 := _attempt(_h18, v7)) is not _MISS
                                ):
                                    v7 = r8
                                elif not (type(v7) is str or isinstance(v7, str)):
                                    raise _no("an array of a number or a string", v7)
                            except SchemaMismatch as err9:
                                err9.within("embedding")
                                raise
                            o5.embedding = v7
                            v10 = i3["object"]
                            e11 = (
                                _E_EmbeddingObject.get(v10)
                                if type(v10) is str
                                else None
                            )
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
            v18 = data["model"]
            if not (type(v18) is str or isinstance(v18, str)):
                raise _no("a string", v18, "model")
            o1.model = v18
            v19 = data["object"]
            e20 = (
                _E_CreateEmbeddingResponseObject.get(v19) if type(v19) is str else None
            )
            if e20 is None:
                raise _no("one of 'list'", v19, "object")
            v19 = e20
            o1.object_ = v19
            v21 = data["usage"]
            try:
                try:
                    if type(v21) is not dict:
                        v21 = _object(v21)
                    o22 = _new(_C_CreateEmbeddingResponseUsage)
                    v23 = v21["prompt_tokens"]
                    if not (type(v23) is int or _is_int(v23)):
                        raise _no("an integer", v23, "prompt_tokens")
                    o22.prompt_tokens = v23
                    v24 = v21["total_tokens"]
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
                except KeyError as missing:
                    raise _absent(missing) from None
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingResponse"
        raise
    return o1


def _f_CreateEmbeddingResponseUsage(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateEmbeddingResponseUsage)
            v2 = data["prompt_tokens"]
            if not (type(v2) is int or _is_int(v2)):
                raise _no("an integer", v2, "prompt_tokens")
            o1.prompt_tokens = v2
            v3 = data["total_tokens"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateEmbeddingResponseUsage"
        raise
    return o1


def _f_CreateFluxImageBody(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateFluxImageBody)
            v2 = data["prompt"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "prompt")
            o1.prompt = v2
            v3 = data.get("aspect_ratio", _MISS)
            if v3 is _MISS:
                o1.aspect_ratio = None
            elif v3 is None:
                raise SchemaMismatch("null is not allowed here", "aspect_ratio")
            else:
                e4 = (
                    _E_CreateFluxImageBodyAspectRatio.get(v3)
                    if type(v3) is str
                    else None
                )
                if e4 is None:
                    raise _no(
                        "one of '1:1', '21:9', '16:9', '3:2', '5:4', '4:5', '2:3', '9:16', '9:21', '4:3', '3:4'",
                        v3,
                        "aspect_ratio",
                    )
                v3 = e4
                o1.aspect_ratio = v3
            v5 = data.get("guidance_scale", _MISS)
            if type(v5) is float:
                o1.guidance_scale = v5
            elif v5 is _MISS:
                o1.guidance_scale = None
            elif v5 is None:
                raise SchemaMismatch("null is not allowed here", "guidance_scale")
            else:
                if not (type(v5) is float or _is_number(v5)):
                    raise _no("a number", v5, "guidance_scale")
                o1.guidance_scale = v5
            v6 = data.get("num_inference_steps", _MISS)
            if type(v6) is int:
                o1.num_inference_steps = v6
            elif v6 is _MISS:
                o1.num_inference_steps = None
            elif v6 is None:
                raise SchemaMismatch("null is not allowed here", "num_inference_steps")
            else:
                if not (type(v6) is int or _is_int(v6)):
                    raise _no("an integer", v6, "num_inference_steps")
                o1.num_inference_steps = v6
            v7 = data.get("seed", _MISS)
            if type(v7) is int:
                o1.seed = v7
            elif v7 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateFluxImageBody"
        raise
    return o1


def _f_CreateFluxImageResponse200(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateFluxImageResponse200)
            v2 = data["id"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "id")
            o1.id = v2
            v3 = data["base64"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "base64")
            o1.base64 = v3
            v4 = data["finishReason"]
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "finishReason")
            o1.finish_reason = v4
            v5 = data["seed"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateFluxImageResponse200"
        raise
    return o1


def _f_CreateImageRequest(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateImageRequest)
            n2 = 0
            v3 = data["text_prompts"]
            try:
                if type(v3) is not list:
                    raise _no("an array of an object (TextPrompt)", v3)
                a5 = []
                try:
                    for i4 in v3:
                        try:
                            if type(i4) is not dict:
                                i4 = _object(i4)
                            o6 = _new(_C_TextPrompt)
                            v7 = i4["text"]
                            if not (type(v7) is str or isinstance(v7, str)):
                                raise _no("a string", v7, "text")
                            o6.text = v7
                            v8 = i4["weight"]
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
            if type(v15) is int:
                o1.height = v15
            elif v15 is _MISS:
                o1.height = None
            elif v15 is None:
                raise SchemaMismatch("null is not allowed here", "height")
            else:
                if not (type(v15) is int or _is_int(v15)):
                    raise _no("an integer", v15, "height")
                o1.height = v15
            v16 = data.get("width", _MISS)
            if type(v16) is int:
                o1.width = v16
            elif v16 is _MISS:
                o1.width = None
            elif v16 is None:
                raise SchemaMismatch("null is not allowed here", "width")
            else:
                if not (type(v16) is int or _is_int(v16)):
                    raise _no("an integer", v16, "width")
                o1.width = v16
            v17 = data.get("cfg_scale", _MISS)
            if type(v17) is float:
                o1.cfg_scale = v17
            elif v17 is _MISS:
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
            if type(v20) is int:
                o1.samples = v20
            elif v20 is _MISS:
                o1.samples = None
            elif v20 is None:
                raise SchemaMismatch("null is not allowed here", "samples")
            else:
                if not (type(v20) is int or _is_int(v20)):
                    raise _no("an integer", v20, "samples")
                o1.samples = v20
            v21 = data.get("seed", _MISS)
            if type(v21) is int:
                o1.seed = v21
            elif v21 is _MISS:
                o1.seed = None
            elif v21 is None:
                raise SchemaMismatch("null is not allowed here", "seed")
            else:
                if not (type(v21) is int or _is_int(v21)):
                    raise _no("an integer", v21, "seed")
                o1.seed = v21
            v22 = data.get("steps", _MISS)
            if type(v22) is int:
                o1.steps = v22
            elif v22 is _MISS:
                o1.steps = None
            elif v22 is None:
                raise SchemaMismatch("null is not allowed here", "steps")
            else:
                if not (type(v22) is int or _is_int(v22)):
                    raise _no("an integer", v22, "steps")
                o1.steps = v22
            v23 = data.get("safety_check", _MISS)
            if type(v23) is bool:
                o1.safety_check = v23
            elif v23 is _MISS:
                o1.safety_check = None
            elif v23 is None:
                raise SchemaMismatch("null is not allowed here", "safety_check")
            else:
                if not type(v23) is bool:
                    raise _no("a boolean", v23, "safety_check")
                o1.safety_check = v23
            v24 = data.get("lora_adapter_name", _MISS)
            if type(v24) is str:
                o1.lora_adapter_name = v24
            elif v24 is _MISS:
                o1.lora_adapter_name = None
            elif v24 is None:
                n2 |= 512
                o1.lora_adapter_name = None
            else:
                try:
                    if not (type(v24) is str or isinstance(v24, str)):
                        raise _no("a string or null", v24)
                except SchemaMismatch as err25:
                    err25.within("lora_adapter_name")
                    raise
                o1.lora_adapter_name = v24
            v26 = data.get("lora_weight_filename", _MISS)
            if type(v26) is str:
                o1.lora_weight_filename = v26
            elif v26 is _MISS:
                o1.lora_weight_filename = None
            elif v26 is None:
                n2 |= 1024
                o1.lora_weight_filename = None
            else:
                try:
                    if not (type(v26) is str or isinstance(v26, str)):
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateImageRequest"
        raise
    return o1


def _f_CreateImageToImageRequest(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateImageToImageRequest)
            v2 = data["init_image"]
            if not isinstance(v2, bytes):
                raise _no("bytes (a file)", v2, "init_image")
            v2 = _File(payload=_BytesIO(v2))
            o1.init_image = v2
            v3 = data["init_image_mode"]
            e4 = (
                _E_CreateImageToImageRequestInitImageMode.get(v3)
                if type(v3) is str
                else None
            )
            if e4 is None:
                raise _no(
                    "one of 'IMAGE_STRENGTH', 'STEP_SCHEDULE'", v3, "init_image_mode"
                )
            v3 = e4
            o1.init_image_mode = v3
            v5 = data.get("prompt", _MISS)
            if type(v5) is str:
                o1.prompt = v5
            elif v5 is _MISS:
                o1.prompt = None
            elif v5 is None:
                raise SchemaMismatch("null is not allowed here", "prompt")
            else:
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "prompt")
                o1.prompt = v5
            v6 = data.get("negative_prompt", _MISS)
            if type(v6) is str:
                o1.negative_prompt = v6
            elif v6 is _MISS:
                o1.negative_prompt = None
            elif v6 is None:
                raise SchemaMismatch("null is not allowed here", "negative_prompt")
            else:
                if not (type(v6) is str or isinstance(v6, str)):
                    raise _no("a string", v6, "negative_prompt")
                o1.negative_prompt = v6
            v7 = data.get("cfg_scale", _MISS)
            if type(v7) is int:
                o1.cfg_scale = v7
            elif v7 is _MISS:
                o1.cfg_scale = None
            elif v7 is None:
                raise SchemaMismatch("null is not allowed here", "cfg_scale")
            else:
                if not (type(v7) is int or _is_int(v7)):
                    raise _no("an integer", v7, "cfg_scale")
                o1.cfg_scale = v7
            v8 = data.get("clip_guidance_preset", _MISS)
            if type(v8) is str:
                o1.clip_guidance_preset = v8
            elif v8 is _MISS:
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
            if type(v11) is int:
                o1.samples = v11
            elif v11 is _MISS:
                o1.samples = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "samples")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "samples")
                o1.samples = v11
            v12 = data.get("seed", _MISS)
            if type(v12) is int:
                o1.seed = v12
            elif v12 is _MISS:
                o1.seed = None
            elif v12 is None:
                raise SchemaMismatch("null is not allowed here", "seed")
            else:
                if not (type(v12) is int or _is_int(v12)):
                    raise _no("an integer", v12, "seed")
                o1.seed = v12
            v13 = data.get("steps", _MISS)
            if type(v13) is int:
                o1.steps = v13
            elif v13 is _MISS:
                o1.steps = None
            elif v13 is None:
                raise SchemaMismatch("null is not allowed here", "steps")
            else:
                if not (type(v13) is int or _is_int(v13)):
                    raise _no("an integer", v13, "steps")
                o1.steps = v13
            v14 = data.get("safety_check", _MISS)
            if type(v14) is bool:
                o1.safety_check = v14
            elif v14 is _MISS:
                o1.safety_check = None
            elif v14 is None:
                raise SchemaMismatch("null is not allowed here", "safety_check")
            else:
                if not type(v14) is bool:
                    raise _no("a boolean", v14, "safety_check")
                o1.safety_check = v14
            v15 = data.get("lora_adapter_name", _MISS)
            if type(v15) is str:
                o1.lora_adapter_name = v15
            elif v15 is _MISS:
                o1.lora_adapter_name = None
            elif v15 is None:
                raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
            else:
                if not (type(v15) is str or isinstance(v15, str)):
                    raise _no("a string", v15, "lora_adapter_name")
                o1.lora_adapter_name = v15
            v16 = data.get("lora_weight_filename", _MISS)
            if type(v16) is str:
                o1.lora_weight_filename = v16
            elif v16 is _MISS:
                o1.lora_weight_filename = None
            elif v16 is None:
                raise SchemaMismatch("null is not allowed here", "lora_weight_filename")
            else:
                if not (type(v16) is str or isinstance(v16, str)):
                    raise _no("a string", v16, "lora_weight_filename")
                o1.lora_weight_filename = v16
            v17 = data.get("image_strength", _MISS)
            if type(v17) is float:
                o1.image_strength = v17
            elif v17 is _MISS:
                o1.image_strength = None
            elif v17 is None:
                raise SchemaMismatch("null is not allowed here", "image_strength")
            else:
                if not (type(v17) is float or _is_number(v17)):
                    raise _no("a number", v17, "image_strength")
                o1.image_strength = v17
            v18 = data.get("step_schedule_start", _MISS)
            if type(v18) is float:
                o1.step_schedule_start = v18
            elif v18 is _MISS:
                o1.step_schedule_start = None
            elif v18 is None:
                raise SchemaMismatch("null is not allowed here", "step_schedule_start")
            else:
                if not (type(v18) is float or _is_number(v18)):
                    raise _no("a number", v18, "step_schedule_start")
                o1.step_schedule_start = v18
            v19 = data.get("step_schedule_end", _MISS)
            if type(v19) is float:
                o1.step_schedule_end = v19
            elif v19 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateImageToImageRequest"
        raise
    return o1


def _f_CreateKontextRequestBody(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateKontextRequestBody)
            n2 = 0
            v3 = data["prompt"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "prompt")
            o1.prompt = v3
            v4 = data.get("input_image", _MISS)
            if type(v4) is str:
                o1.input_image = v4
            elif v4 is _MISS:
                o1.input_image = None
            elif v4 is None:
                n2 |= 2
                o1.input_image = None
            else:
                try:
                    if not (type(v4) is str or isinstance(v4, str)):
                        raise _no("a string or null", v4)
                except SchemaMismatch as err5:
                    err5.within("input_image")
                    raise
                o1.input_image = v4
            v6 = data.get("seed", _MISS)
            if type(v6) is int:
                o1.seed = v6
            elif v6 is _MISS:
                o1.seed = None
            elif v6 is None:
                n2 |= 4
                o1.seed = None
            else:
                try:
                    if not (type(v6) is int or _is_int(v6)):
                        raise _no("an integer or null", v6)
                except SchemaMismatch as err7:
                    err7.within("seed")
                    raise
                o1.seed = v6
            v8 = data.get("aspect_ratio", _MISS)
            if type(v8) is str:
                o1.aspect_ratio = v8
            elif v8 is _MISS:
                o1.aspect_ratio = None
            elif v8 is None:
                n2 |= 8
                o1.aspect_ratio = None
            else:
                try:
                    if not (type(v8) is str or isinstance(v8, str)):
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
            if type(v12) is str:
                o1.webhook_url = v12
            elif v12 is _MISS:
                o1.webhook_url = None
            elif v12 is None:
                n2 |= 32
                o1.webhook_url = None
            else:
                try:
                    if not (type(v12) is str or isinstance(v12, str)):
                        raise _no("a string or null", v12)
                except SchemaMismatch as err13:
                    err13.within("webhook_url")
                    raise
                o1.webhook_url = v12
            v14 = data.get("webhook_secret", _MISS)
            if type(v14) is str:
                o1.webhook_secret = v14
            elif v14 is _MISS:
                o1.webhook_secret = None
            elif v14 is None:
                n2 |= 64
                o1.webhook_secret = None
            else:
                try:
                    if not (type(v14) is str or isinstance(v14, str)):
                        raise _no("a string or null", v14)
                except SchemaMismatch as err15:
                    err15.within("webhook_secret")
                    raise
                o1.webhook_secret = v14
            v16 = data.get("prompt_upsampling", _MISS)
            if type(v16) is bool:
                o1.prompt_upsampling = v16
            elif v16 is _MISS:
                o1.prompt_upsampling = None
            elif v16 is None:
                raise SchemaMismatch("null is not allowed here", "prompt_upsampling")
            else:
                if not type(v16) is bool:
                    raise _no("a boolean", v16, "prompt_upsampling")
                o1.prompt_upsampling = v16
            v17 = data.get("safety_tolerance", _MISS)
            if type(v17) is int:
                o1.safety_tolerance = v17
            elif v17 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
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
        if type(v2) is str:
            o1.request_id = v2
        elif v2 is _MISS:
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
        if type(v2) is str:
            o1.error_message = v2
        elif v2 is _MISS:
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateRerankRequest)
            n2 = 0
            v3 = data["query"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "query")
            o1.query = v3
            v4 = data["documents"]
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
            if type(v8) is str:
                o1.model = v8
            elif v8 is _MISS:
                o1.model = None
            elif v8 is None:
                n2 |= 4
                o1.model = None
            else:
                try:
                    if not (type(v8) is str or isinstance(v8, str)):
                        raise _no("a string or null", v8)
                except SchemaMismatch as err9:
                    err9.within("model")
                    raise
                o1.model = v8
            v10 = data.get("top_n", _MISS)
            if type(v10) is int:
                o1.top_n = v10
            elif v10 is _MISS:
                o1.top_n = None
            elif v10 is None:
                n2 |= 8
                o1.top_n = None
            else:
                try:
                    if not (type(v10) is int or _is_int(v10)):
                        raise _no("an integer or null", v10)
                except SchemaMismatch as err11:
                    err11.within("top_n")
                    raise
                o1.top_n = v10
            v12 = data.get("return_documents", _MISS)
            if type(v12) is bool:
                o1.return_documents = v12
            elif v12 is _MISS:
                o1.return_documents = None
            elif v12 is None:
                raise SchemaMismatch("null is not allowed here", "return_documents")
            else:
                if not type(v12) is bool:
                    raise _no("a boolean", v12, "return_documents")
                o1.return_documents = v12
            v13 = data.get("task", _MISS)
            if type(v13) is str:
                o1.task = v13
            elif v13 is _MISS:
                o1.task = None
            elif v13 is None:
                n2 |= 32
                o1.task = None
            else:
                try:
                    if not (type(v13) is str or isinstance(v13, str)):
                        raise _no("a string or null", v13)
                except SchemaMismatch as err14:
                    err14.within("task")
                    raise
                o1.task = v13
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateRerankRequest"
        raise
    return o1


def _f_CreateRerankResponse(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateRerankResponse)
            v2 = data["object"]
            e3 = _E_CreateRerankResponseObject.get(v2) if type(v2) is str else None
            if e3 is None:
                raise _no("one of 'list'", v2, "object")
            v2 = e3
            o1.object_ = v2
            v4 = data["model"]
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "model")
            o1.model = v4
            v5 = data["data"]
            try:
                if type(v5) is not list:
                    raise _no("an array of an object (RerankResult)", v5)
                a7 = []
                try:
                    for i6 in v5:
                        try:
                            if type(i6) is not dict:
                                i6 = _object(i6)
                            o8 = _new(_C_RerankResult)
                            n9 = 0
                            v10 = i6["index"]
                            if not (type(v10) is int or _is_int(v10)):
                                raise _no("an integer", v10, "index")
                            o8.index = v10
                            v11 = i6["relevance_score"]
                            if not (type(v11) is float or _is_number(v11)):
                                raise _no("a number", v11, "relevance_score")
                            o8.relevance_score = v11
                            v12 = i6.get("document", _MISS)
                            if type(v12) is str:
                                o8.document = v12
                            elif v12 is _MISS:
                                o8.document = None
                            elif v12 is None:
                                n9 |= 4
                                o8.document = None
                            else:
                                try:
                                    if not (type(v12) is str or isinstance(v12, str)):
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
            v20 = data["usage"]
            try:
                try:
                    if type(v20) is not dict:
                        v20 = _object(v20)
                    o21 = _new(_C_CreateRerankResponseUsage)
                    v22 = v20["prompt_tokens"]
                    if not (type(v22) is int or _is_int(v22)):
                        raise _no("an integer", v22, "prompt_tokens")
                    o21.prompt_tokens = v22
                    v23 = v20["total_tokens"]
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
                except KeyError as missing:
                    raise _absent(missing) from None
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateRerankResponse"
        raise
    return o1


def _f_CreateRerankResponseUsage(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateRerankResponseUsage)
            v2 = data["prompt_tokens"]
            if not (type(v2) is int or _is_int(v2)):
                raise _no("an integer", v2, "prompt_tokens")
            o1.prompt_tokens = v2
            v3 = data["total_tokens"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "CreateRerankResponseUsage"
        raise
    return o1


def _f_CreateResponse(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_CreateResponse)
            n2 = 0
            v3 = data["model"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "model")
            o1.model = v3
            v4 = data["input"]
            try:
                if type(v4) is list and (r5 := _attempt(_h19, v4)) is not _MISS:
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
            if type(v7) is str:
                o1.previous_response_id = v7
            elif v7 is _MISS:
                o1.previous_response_id = None
            elif v7 is None:
                n2 |= 4
                o1.previous_response_id = None
            else:
                try:
                    if not (type(v7) is str or isinstance(v7, str)):
                        raise _no("a string or null", v7)
                except SchemaMismatch as err8:
                    err8.within("previous_response_id")
                    raise
                o1.previous_response_id = v7
            v9 = data.get("instructions", _MISS)
            if type(v9) is str:
                o1.instructions = v9
            elif v9 is _MISS:
                o1.instructions = None
            elif v9 is None:
                n2 |= 8
                o1.instructions = None
            else:
                try:
                    if not (type(v9) is str or isinstance(v9, str)):
                        raise _no("a string or null", v9)
                except SchemaMismatch as err10:
                    err10.within("instructions")
                    raise
                o1.instructions = v9
            v11 = data.get("max_output_tokens", _MISS)
            if type(v11) is int:
                o1.max_output_tokens = v11
            elif v11 is _MISS:
                o1.max_output_tokens = None
            elif v11 is None:
                n2 |= 16
                o1.max_output_tokens = None
            else:
                try:
                    if not (type(v11) is int or _is_int(v11)):
                        raise _no("an integer or null", v11)
                except SchemaMismatch as err12:
                    err12.within("max_output_tokens")
                    raise
                o1.max_output_tokens = v11
            v13 = data.get("max_tool_calls", _MISS)
            if type(v13) is int:
                o1.max_tool_calls = v13
            elif v13 is _MISS:
                o1.max_tool_calls = None
            elif v13 is None:
                n2 |= 32
                o1.max_tool_calls = None
            else:
                try:
                    if not (type(v13) is int or _is_int(v13)):
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
                    if type(v15) is not dict:
                        v15 = _object(v15)
                    o16 = _new(_C_CreateResponseMetadataType0)
                    o16._nulls = 0
                    if v15:
                        x17 = dict(v15)
                        o16.additional_properties = x17
                    else:
                        o16.additional_properties = {}
                    v15 = o16
                except SchemaMismatch as err21:
                    err21.within("metadata")
                    raise
                o1.metadata = v15
            v22 = data.get("parallel_tool_calls", _MISS)
            if type(v22) is bool:
                o1.parallel_tool_calls = v22
            elif v22 is _MISS:
                o1.parallel_tool_calls = None
            elif v22 is None:
                n2 |= 128
                o1.parallel_tool_calls = None
            else:
                try:
                    if not (type(v22) is bool):
                        raise _no("a boolean or null", v22)
                except SchemaMismatch as err23:
                    err23.within("parallel_tool_calls")
                    raise
                o1.parallel_tool_calls = v22
            v24 = data.get("reasoning", _MISS)
            if v24 is _MISS:
                o1.reasoning = None
            elif v24 is None:
                n2 |= 256
                o1.reasoning = None
            else:
                try:
                    if type(v24) is not dict:
                        v24 = _object(v24)
                    o25 = _new(_C_CreateResponseReasoningType0)
                    o25._nulls = 0
                    if v24:
                        x26 = dict(v24)
                        o25.additional_properties = x26
                    else:
                        o25.additional_properties = {}
                    v24 = o25
                except SchemaMismatch as err30:
                    err30.within("reasoning")
                    raise
                o1.reasoning = v24
            v31 = data.get("store", _MISS)
            if type(v31) is bool:
                o1.store = v31
            elif v31 is _MISS:
                o1.store = None
            elif v31 is None:
                n2 |= 512
                o1.store = None
            else:
                try:
                    if not (type(v31) is bool):
                        raise _no("a boolean or null", v31)
                except SchemaMismatch as err32:
                    err32.within("store")
                    raise
                o1.store = v31
            v33 = data.get("stream", _MISS)
            if type(v33) is bool:
                o1.stream = v33
            elif v33 is _MISS:
                o1.stream = None
            elif v33 is None:
                n2 |= 1024
                o1.stream = None
            else:
                try:
                    if not (type(v33) is bool):
                        raise _no("a boolean or null", v33)
                except SchemaMismatch as err34:
                    err34.within("stream")
                    raise
                o1.stream = v33
            v35 = data.get("temperature", _MISS)
            if type(v35) is float:
                o1.temperature = v35
            elif v35 is _MISS:
                o1.temperature = None
            elif v35 is None:
                n2 |= 2048
                o1.temperature = None
            else:
                try:
                    if not (type(v35) is float or _is_number(v35)):
                        raise _no("a number or null", v35)
                except SchemaMismatch as err36:
                    err36.within("temperature")
                    raise
                o1.temperature = v35
            v37 = data.get("text", _MISS)
            if v37 is _MISS:
                o1.text = None
            elif v37 is None:
                n2 |= 4096
                o1.text = None
            else:
                try:
                    if type(v37) is not dict:
                        v37 = _object(v37)
                    o38 = _new(_C_CreateResponseTextType0)
                    o38._nulls = 0
                    if v37:
                        x39 = dict(v37)
                        o38.additional_properties = x39
                    else:
                        o38.additional_properties = {}
                    v37 = o38
                except SchemaMismatch as err43:
                    err43.within("text")
                    raise
                o1.text = v37
            v44 = data.get("tool_choice", _MISS)
            if v44 is _MISS:
                o1.tool_choice = None
            elif v44 is None:
                n2 |= 8192
                o1.tool_choice = None
            else:
                try:
                    if (type(v44) is dict or isinstance(v44, _Mapping)) and (
                        r45 := _attempt(_f_CreateResponseToolChoiceType1, v44)
                    ) is not _MISS:
                        v44 = r45
                    elif not (type(v44) is str or isinstance(v44, str)):
                        raise _no(
                            "a string or an object (CreateResponseToolChoiceType1) or null",
                            v44,
                        )
                except SchemaMismatch as err46:
                    err46.within("tool_choice")
                    raise
                o1.tool_choice = v44
            v47 = data.get("tools", _MISS)
            if v47 is _MISS:
                o1.tools = None
            elif v47 is None:
                n2 |= 16384
                o1.tools = None
            else:
                try:
                    if type(v47) is not list:
                        raise _no(
                            "an array of an object (CreateResponseToolsType0Item)", v47
                        )
                    a49 = []
                    try:
                        for i48 in v47:
                            if type(i48) is not dict:
                                i48 = _object(i48)
                            o50 = _new(_C_CreateResponseToolsType0Item)
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
            if type(v57) is float:
                o1.top_p = v57
            elif v57 is _MISS:
                o1.top_p = None
            elif v57 is None:
                n2 |= 32768
                o1.top_p = None
            else:
                try:
                    if not (type(v57) is float or _is_number(v57)):
                        raise _no("a number or null", v57)
                except SchemaMismatch as err58:
                    err58.within("top_p")
                    raise
                o1.top_p = v57
            v59 = data.get("truncation", _MISS)
            if type(v59) is str:
                o1.truncation = v59
            elif v59 is _MISS:
                o1.truncation = None
            elif v59 is None:
                n2 |= 65536
                o1.truncation = None
            else:
                try:
                    if not (type(v59) is str or isinstance(v59, str)):
                        raise _no("a string or null", v59)
                except SchemaMismatch as err60:
                    err60.within("truncation")
                    raise
                o1.truncation = v59
            v61 = data.get("user", _MISS)
            if type(v61) is str:
                o1.user = v61
            elif v61 is _MISS:
                o1.user = None
            elif v61 is None:
                n2 |= 131072
                o1.user = None
            else:
                try:
                    if not (type(v61) is str or isinstance(v61, str)):
                        raise _no("a string or null", v61)
                except SchemaMismatch as err62:
                    err62.within("user")
                    raise
                o1.user = v61
            o1._nulls = n2
            if len(data) != 2 + (v7 is not _MISS) + (v9 is not _MISS) + (
                v11 is not _MISS
            ) + (v13 is not _MISS) + (v15 is not _MISS) + (v22 is not _MISS) + (
                v24 is not _MISS
            ) + (v31 is not _MISS) + (v33 is not _MISS) + (v35 is not _MISS) + (
                v37 is not _MISS
            ) + (v44 is not _MISS) + (v47 is not _MISS) + (v57 is not _MISS) + (
                v59 is not _MISS
            ) + (v61 is not _MISS):
                x63 = dict(data)
                del x63["model"]
                del x63["input"]
                x63.pop("previous_response_id", None)
                x63.pop("instructions", None)
                x63.pop("max_output_tokens", None)
                x63.pop("max_tool_calls", None)
                x63.pop("metadata", None)
                x63.pop("parallel_tool_calls", None)
                x63.pop("reasoning", None)
                x63.pop("store", None)
                x63.pop("stream", None)
                x63.pop("temperature", None)
                x63.pop("text", None)
                x63.pop("tool_choice", None)
                x63.pop("tools", None)
                x63.pop("top_p", None)
                x63.pop("truncation", None)
                x63.pop("user", None)
                o1.additional_properties = x63
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_DeleteResponse)
            v2 = data["message"]
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
        except KeyError as missing:
            raise _absent(missing) from None
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
        if type(v3) is str:
            o1.role = v3
        elif v3 is _MISS:
            o1.role = None
        elif v3 is None:
            n2 |= 1
            o1.role = None
        else:
            try:
                if not (type(v3) is str or isinstance(v3, str)):
                    raise _no("a string or null", v3)
            except SchemaMismatch as err4:
                err4.within("role")
                raise
            o1.role = v3
        v5 = data.get("content", _MISS)
        if type(v5) is str:
            o1.content = v5
        elif v5 is _MISS:
            o1.content = None
        elif v5 is None:
            n2 |= 2
            o1.content = None
        else:
            try:
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string or null", v5)
            except SchemaMismatch as err6:
                err6.within("content")
                raise
            o1.content = v5
        v7 = data.get("reasoning_content", _MISS)
        if type(v7) is str:
            o1.reasoning_content = v7
        elif v7 is _MISS:
            o1.reasoning_content = None
        elif v7 is None:
            n2 |= 4
            o1.reasoning_content = None
        else:
            try:
                if not (type(v7) is str or isinstance(v7, str)):
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
                if type(v9) is not list:
                    raise _no(
                        "an array of an object (ChatCompletionMessageToolCall)", v9
                    )
                a11 = []
                try:
                    for i10 in v9:
                        try:
                            if type(i10) is not dict:
                                i10 = _object(i10)
                            o12 = _new(_C_ChatCompletionMessageToolCall)
                            n13 = 0
                            v14 = i10["function"]
                            try:
                                if (
                                    type(v14) is dict or isinstance(v14, _Mapping)
                                ) and (
                                    r15 := _attempt(
                                        _f_ChatCompletionMessageToolCallFunction, v14
                                    )
                                ) is not _MISS:
                                    v14 = r15
                                elif not (type(v14) is str or isinstance(v14, str)):
                                    raise _no(
                                        "an object (ChatCompletionMessageToolCallFunction) or a string",
                                        v14,
                                    )
                            except SchemaMismatch as err16:
                                err16.within("function")
                                raise
                            o12.function = v14
                            v17 = i10.get("id", _MISS)
                            if type(v17) is str:
                                o12.id = v17
                            elif v17 is _MISS:
                                o12.id = None
                            elif v17 is None:
                                n13 |= 2
                                o12.id = None
                            else:
                                try:
                                    if not (type(v17) is str or isinstance(v17, str)):
                                        raise _no("a string or null", v17)
                                except SchemaMismatch as err18:
                                    err18.within("id")
                                    raise
                                o12.id = v17
                            v19 = i10.get("type", _MISS)
                            if type(v19) is str:
                                o12.type_ = v19
                            elif v19 is _MISS:
                                o12.type_ = None
                            elif v19 is None:
                                raise SchemaMismatch("null is not allowed here", "type")
                            else:
                                if not (type(v19) is str or isinstance(v19, str)):
                                    raise _no("a string", v19, "type")
                                o12.type_ = v19
                            v20 = i10.get("index", _MISS)
                            if type(v20) is int:
                                o12.index = v20
                            elif v20 is _MISS:
                                o12.index = None
                            elif v20 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "index"
                                )
                            else:
                                if not (type(v20) is int or _is_int(v20)):
                                    raise _no("an integer", v20, "index")
                                o12.index = v20
                            o12._nulls = n13
                            if len(i10) != 1 + (v17 is not _MISS) + (
                                v19 is not _MISS
                            ) + (v20 is not _MISS):
                                x21 = dict(i10)
                                del x21["function"]
                                x21.pop("id", None)
                                x21.pop("type", None)
                                x21.pop("index", None)
                                o12.additional_properties = x21
                            else:
                                o12.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i10 = o12
                        a11.append(i10)
                except SchemaMismatch as err25:
                    err25.within(len(a11))
                    raise
                v9 = a11
            except SchemaMismatch as err26:
                err26.within("tool_calls")
                raise
            o1.tool_calls = v9
        o1._nulls = n2
        if len(data) != 0 + (v3 is not _MISS) + (v5 is not _MISS) + (
            v7 is not _MISS
        ) + (v9 is not _MISS):
            x27 = dict(data)
            x27.pop("role", None)
            x27.pop("content", None)
            x27.pop("reasoning_content", None)
            x27.pop("tool_calls", None)
            o1.additional_properties = x27
        else:
            o1.additional_properties = {}
    except SchemaMismatch as error:
        error.model = "DeltaMessage"
        raise
    return o1


def _f_Embedding(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_Embedding)
            v2 = data["index"]
            if not (type(v2) is int or _is_int(v2)):
                raise _no("an integer", v2, "index")
            o1.index = v2
            v3 = data["embedding"]
            try:
                if type(v3) is list and (r4 := _attempt(_h20, v3)) is not _MISS:
                    v3 = r4
                elif not (type(v3) is str or isinstance(v3, str)):
                    raise _no("an array of a number or a string", v3)
            except SchemaMismatch as err5:
                err5.within("embedding")
                raise
            o1.embedding = v3
            v6 = data["object"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "Embedding"
        raise
    return o1


def _f_Error(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_Error)
            v2 = data["type"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "type")
            o1.type_ = v2
            v3 = data["message"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "message")
            o1.message = v3
            v4 = data["param"]
            if v4 is not None:
                try:
                    if not (type(v4) is str or isinstance(v4, str)):
                        raise _no("a string or null", v4)
                except SchemaMismatch as err5:
                    err5.within("param")
                    raise
            o1.param = v4
            v6 = data["code"]
            if v6 is not None:
                try:
                    if not (type(v6) is str or isinstance(v6, str)):
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "Error"
        raise
    return o1


def _f_ErrorResponse(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ErrorResponse)
            v2 = data["error"]
            try:
                try:
                    if type(v2) is not dict:
                        v2 = _object(v2)
                    o3 = _new(_C_Error)
                    v4 = v2["type"]
                    if not (type(v4) is str or isinstance(v4, str)):
                        raise _no("a string", v4, "type")
                    o3.type_ = v4
                    v5 = v2["message"]
                    if not (type(v5) is str or isinstance(v5, str)):
                        raise _no("a string", v5, "message")
                    o3.message = v5
                    v6 = v2["param"]
                    if v6 is not None:
                        try:
                            if not (type(v6) is str or isinstance(v6, str)):
                                raise _no("a string or null", v6)
                        except SchemaMismatch as err7:
                            err7.within("param")
                            raise
                    o3.param = v6
                    v8 = v2["code"]
                    if v8 is not None:
                        try:
                            if not (type(v8) is str or isinstance(v8, str)):
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
                except KeyError as missing:
                    raise _absent(missing) from None
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ErrorResponse"
        raise
    return o1


def _f_FunctionNameSpec(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_FunctionNameSpec)
            v2 = data["name"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "name")
            o1.name = v2
            o1._nulls = 0
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "FunctionNameSpec"
        raise
    return o1


def _f_FunctionSelection(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_FunctionSelection)
            n2 = 0
            v3 = data["type"]
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
                    try:
                        if type(v4) is not dict:
                            v4 = _object(v4)
                        o5 = _new(_C_FunctionNameSpec)
                        v6 = v4["name"]
                        if not (type(v6) is str or isinstance(v6, str)):
                            raise _no("a string", v6, "name")
                        o5.name = v6
                        o5._nulls = 0
                    except KeyError as missing:
                        raise _absent(missing) from None
                    v4 = o5
                except SchemaMismatch as err7:
                    err7.within("function")
                    raise
                o1.function = v4
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "FunctionSelection"
        raise
    return o1


def _f_GetKontextResultBody(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_GetKontextResultBody)
            v2 = data["id"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "GetKontextResultBody"
        raise
    return o1


def _f_GetKontextResultResponse200(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_GetKontextResultResponse200)
            n2 = 0
            v3 = data["id"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "id")
            o1.id = v3
            v4 = data["status"]
            e5 = (
                _E_GetKontextResultResponse200Status.get(v4)
                if type(v4) is str
                else None
            )
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
            if type(v7) is float:
                o1.progress = v7
            elif v7 is _MISS:
                o1.progress = None
            elif v7 is None:
                n2 |= 8
                o1.progress = None
            else:
                try:
                    if not (type(v7) is float or _is_number(v7)):
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
                    if type(v9) is not dict:
                        v9 = _object(v9)
                    o10 = _new(_C_GetKontextResultResponse200DetailsType0)
                    o10._nulls = 0
                    if v9:
                        x11 = dict(v9)
                        o10.additional_properties = x11
                    else:
                        o10.additional_properties = {}
                    v9 = o10
                except SchemaMismatch as err15:
                    err15.within("details")
                    raise
                o1.details = v9
            o1._nulls = n2
            if len(data) != 2 + (v6 is not _MISS) + (v7 is not _MISS) + (
                v9 is not _MISS
            ):
                x16 = dict(data)
                del x16["id"]
                del x16["status"]
                x16.pop("result", None)
                x16.pop("progress", None)
                x16.pop("details", None)
                o1.additional_properties = x16
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
                        try:
                            if type(i3) is not dict:
                                i3 = _object(i3)
                            o5 = _new(_C_ValidationError)
                            v6 = i3["loc"]
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
                            v11 = i3["msg"]
                            if not (type(v11) is str or isinstance(v11, str)):
                                raise _no("a string", v11, "msg")
                            o5.msg = v11
                            v12 = i3["type"]
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ImageArtifact)
            v2 = data["base64"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "base64")
            o1.base64 = v2
            v3 = data["finishReason"]
            e4 = _E_ImageArtifactFinishReason.get(v3) if type(v3) is str else None
            if e4 is None:
                raise _no(
                    "one of 'CONTENT_FILTERED', 'ERROR', 'SUCCESS'", v3, "finishReason"
                )
            v3 = e4
            o1.finish_reason = v3
            v5 = data["seed"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ImageArtifact"
        raise
    return o1


def _f_ImageStrengthRequest(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ImageStrengthRequest)
            v2 = data["image_strength"]
            if not (type(v2) is float or _is_number(v2)):
                raise _no("a number", v2, "image_strength")
            o1.image_strength = v2
            v3 = data.get("prompt", _MISS)
            if type(v3) is str:
                o1.prompt = v3
            elif v3 is _MISS:
                o1.prompt = None
            elif v3 is None:
                raise SchemaMismatch("null is not allowed here", "prompt")
            else:
                if not (type(v3) is str or isinstance(v3, str)):
                    raise _no("a string", v3, "prompt")
                o1.prompt = v3
            v4 = data.get("negative_prompt", _MISS)
            if type(v4) is str:
                o1.negative_prompt = v4
            elif v4 is _MISS:
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
            if type(v6) is str:
                o1.init_image_mode = v6
            elif v6 is _MISS:
                o1.init_image_mode = None
            elif v6 is None:
                raise SchemaMismatch("null is not allowed here", "init_image_mode")
            else:
                if not (type(v6) is str or isinstance(v6, str)):
                    raise _no("a string", v6, "init_image_mode")
                o1.init_image_mode = v6
            v7 = data.get("cfg_scale", _MISS)
            if type(v7) is int:
                o1.cfg_scale = v7
            elif v7 is _MISS:
                o1.cfg_scale = None
            elif v7 is None:
                raise SchemaMismatch("null is not allowed here", "cfg_scale")
            else:
                if not (type(v7) is int or _is_int(v7)):
                    raise _no("an integer", v7, "cfg_scale")
                o1.cfg_scale = v7
            v8 = data.get("clip_guidance_preset", _MISS)
            if type(v8) is str:
                o1.clip_guidance_preset = v8
            elif v8 is _MISS:
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
            if type(v11) is int:
                o1.samples = v11
            elif v11 is _MISS:
                o1.samples = None
            elif v11 is None:
                raise SchemaMismatch("null is not allowed here", "samples")
            else:
                if not (type(v11) is int or _is_int(v11)):
                    raise _no("an integer", v11, "samples")
                o1.samples = v11
            v12 = data.get("seed", _MISS)
            if type(v12) is int:
                o1.seed = v12
            elif v12 is _MISS:
                o1.seed = None
            elif v12 is None:
                raise SchemaMismatch("null is not allowed here", "seed")
            else:
                if not (type(v12) is int or _is_int(v12)):
                    raise _no("an integer", v12, "seed")
                o1.seed = v12
            v13 = data.get("steps", _MISS)
            if type(v13) is int:
                o1.steps = v13
            elif v13 is _MISS:
                o1.steps = None
            elif v13 is None:
                raise SchemaMismatch("null is not allowed here", "steps")
            else:
                if not (type(v13) is int or _is_int(v13)):
                    raise _no("an integer", v13, "steps")
                o1.steps = v13
            v14 = data.get("safety_check", _MISS)
            if type(v14) is bool:
                o1.safety_check = v14
            elif v14 is _MISS:
                o1.safety_check = None
            elif v14 is None:
                raise SchemaMismatch("null is not allowed here", "safety_check")
            else:
                if not type(v14) is bool:
                    raise _no("a boolean", v14, "safety_check")
                o1.safety_check = v14
            v15 = data.get("lora_adapter_name", _MISS)
            if type(v15) is str:
                o1.lora_adapter_name = v15
            elif v15 is _MISS:
                o1.lora_adapter_name = None
            elif v15 is None:
                raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
            else:
                if not (type(v15) is str or isinstance(v15, str)):
                    raise _no("a string", v15, "lora_adapter_name")
                o1.lora_adapter_name = v15
            v16 = data.get("lora_weight_filename", _MISS)
            if type(v16) is str:
                o1.lora_weight_filename = v16
            elif v16 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ImageStrengthRequest"
        raise
    return o1


def _f_ListModelsResponse(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ListModelsResponse)
            v2 = data["object"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "object")
            o1.object_ = v2
            v3 = data["data"]
            try:
                if type(v3) is not list:
                    raise _no("an array of an object (Model)", v3)
                a5 = []
                try:
                    for i4 in v3:
                        try:
                            if type(i4) is not dict:
                                i4 = _object(i4)
                            o6 = _new(_C_Model)
                            v7 = i4["id"]
                            if not (type(v7) is str or isinstance(v7, str)):
                                raise _no("a string", v7, "id")
                            o6.id = v7
                            v8 = i4["object"]
                            if not (type(v8) is str or isinstance(v8, str)):
                                raise _no("a string", v8, "object")
                            o6.object_ = v8
                            v9 = i4["created"]
                            if not (type(v9) is int or _is_int(v9)):
                                raise _no("an integer", v9, "created")
                            o6.created = v9
                            v10 = i4["owned_by"]
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ListModelsResponse"
        raise
    return o1


def _f_LogProbs(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_LogProbs)
            n2 = 0
            v3 = data["tokens"]
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
            v7 = data["token_logprobs"]
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
                    if type(v11) is not list:
                        raise _no(
                            "an array of an object (LogProbsTopLogprobsType0Item)", v11
                        )
                    a13 = []
                    try:
                        for i12 in v11:
                            if type(i12) is not dict:
                                i12 = _object(i12)
                            o14 = _new(_C_LogProbsTopLogprobsType0Item)
                            o14._nulls = 0
                            if i12:
                                x15 = dict(i12)
                                b18 = {}
                                for k16, u17 in x15.items():
                                    try:
                                        if not (type(u17) is float or _is_number(u17)):
                                            raise _no("a number", u17)
                                    except SchemaMismatch as err19:
                                        err19.within(k16)
                                        raise
                                    b18[k16] = u17
                                x15 = b18
                                o14.additional_properties = x15
                            else:
                                o14.additional_properties = {}
                            i12 = o14
                            a13.append(i12)
                    except SchemaMismatch as err20:
                        err20.within(len(a13))
                        raise
                    v11 = a13
                except SchemaMismatch as err21:
                    err21.within("top_logprobs")
                    raise
                o1.top_logprobs = v11
            v22 = data.get("text_offset", _MISS)
            if v22 is _MISS:
                o1.text_offset = None
            elif v22 is None:
                raise SchemaMismatch("null is not allowed here", "text_offset")
            else:
                try:
                    if type(v22) is not list:
                        raise _no("an array of an integer", v22)
                    for i23 in v22:
                        if not (type(i23) is int or _is_int(i23)):
                            raise _no("an integer", i23, _index(v22, i23))
                except SchemaMismatch as err25:
                    err25.within("text_offset")
                    raise
                o1.text_offset = v22
            v26 = data.get("token_ids", _MISS)
            if v26 is _MISS:
                o1.token_ids = None
            elif v26 is None:
                n2 |= 16
                o1.token_ids = None
            else:
                try:
                    if type(v26) is not list:
                        raise _no("an array of an integer", v26)
                    for i27 in v26:
                        if not (type(i27) is int or _is_int(i27)):
                            raise _no("an integer", i27, _index(v26, i27))
                except SchemaMismatch as err29:
                    err29.within("token_ids")
                    raise
                o1.token_ids = v26
            o1._nulls = n2
            if len(data) != 2 + (v11 is not _MISS) + (v22 is not _MISS) + (
                v26 is not _MISS
            ):
                x30 = dict(data)
                del x30["tokens"]
                del x30["token_logprobs"]
                x30.pop("top_logprobs", None)
                x30.pop("text_offset", None)
                x30.pop("token_ids", None)
                o1.additional_properties = x30
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_Message)
            v2 = data["id"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "id")
            o1.id = v2
            v3 = data["role"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "role")
            o1.role = v3
            v4 = data["content"]
            try:
                if type(v4) is not list:
                    raise _no("an array of an object (MessageContent)", v4)
                a6 = []
                try:
                    for i5 in v4:
                        try:
                            if type(i5) is not dict:
                                i5 = _object(i5)
                            o7 = _new(_C_MessageContent)
                            n8 = 0
                            v9 = i5["type"]
                            if not (type(v9) is str or isinstance(v9, str)):
                                raise _no("a string", v9, "type")
                            o7.type_ = v9
                            v10 = i5.get("text", _MISS)
                            if type(v10) is str:
                                o7.text = v10
                            elif v10 is _MISS:
                                o7.text = None
                            elif v10 is None:
                                n8 |= 2
                                o7.text = None
                            else:
                                try:
                                    if not (type(v10) is str or isinstance(v10, str)):
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
            v18 = data["status"]
            if not (type(v18) is str or isinstance(v18, str)):
                raise _no("a string", v18, "status")
            o1.status = v18
            v19 = data.get("type", _MISS)
            if type(v19) is str:
                o1.type_ = v19
            elif v19 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "Message"
        raise
    return o1


def _f_MessageContent(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_MessageContent)
            n2 = 0
            v3 = data["type"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "type")
            o1.type_ = v3
            v4 = data.get("text", _MISS)
            if type(v4) is str:
                o1.text = v4
            elif v4 is _MISS:
                o1.text = None
            elif v4 is None:
                n2 |= 2
                o1.text = None
            else:
                try:
                    if not (type(v4) is str or isinstance(v4, str)):
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "MessageContent"
        raise
    return o1


def _f_Model(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_Model)
            v2 = data["id"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "id")
            o1.id = v2
            v3 = data["object"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "object")
            o1.object_ = v3
            v4 = data["created"]
            if not (type(v4) is int or _is_int(v4)):
                raise _no("an integer", v4, "created")
            o1.created = v4
            v5 = data["owned_by"]
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
        except KeyError as missing:
            raise _absent(missing) from None
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
                        try:
                            if type(i3) is not dict:
                                i3 = _object(i3)
                            o5 = _new(_C_NewLogProbsContent)
                            n6 = 0
                            v7 = i3["token"]
                            if not (type(v7) is str or isinstance(v7, str)):
                                raise _no("a string", v7, "token")
                            o5.token = v7
                            v8 = i3["logprob"]
                            if not (type(v8) is float or _is_number(v8)):
                                raise _no("a number", v8, "logprob")
                            o5.logprob = v8
                            v9 = i3["sampling_logprob"]
                            if v9 is not None:
                                try:
                                    if not (type(v9) is float or _is_number(v9)):
                                        raise _no("a number or null", v9)
                                except SchemaMismatch as err10:
                                    err10.within("sampling_logprob")
                                    raise
                            o5.sampling_logprob = v9
                            v11 = i3["bytes"]
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
                            v15 = i3["token_id"]
                            if not (type(v15) is int or _is_int(v15)):
                                raise _no("an integer", v15, "token_id")
                            o5.token_id = v15
                            v16 = i3["text_offset"]
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
                                            try:
                                                if type(i18) is not dict:
                                                    i18 = _object(i18)
                                                o20 = _new(
                                                    _C_NewLogProbsContentTopLogProbs
                                                )
                                                v21 = i18["token"]
                                                if not (
                                                    type(v21) is str
                                                    or isinstance(v21, str)
                                                ):
                                                    raise _no("a string", v21, "token")
                                                o20.token = v21
                                                v22 = i18["logprob"]
                                                if not (
                                                    type(v22) is float
                                                    or _is_number(v22)
                                                ):
                                                    raise _no(
                                                        "a number", v22, "logprob"
                                                    )
                                                o20.logprob = v22
                                                v23 = i18["token_id"]
                                                if not (
                                                    type(v23) is int or _is_int(v23)
                                                ):
                                                    raise _no(
                                                        "an integer", v23, "token_id"
                                                    )
                                                o20.token_id = v23
                                                v24 = i18.get("bytes", _MISS)
                                                if v24 is _MISS:
                                                    o20.bytes_ = None
                                                elif v24 is None:
                                                    raise SchemaMismatch(
                                                        "null is not allowed here",
                                                        "bytes",
                                                    )
                                                else:
                                                    try:
                                                        if type(v24) is not list:
                                                            raise _no(
                                                                "an array of an integer",
                                                                v24,
                                                            )
                                                        for i25 in v24:
                                                            if not (
                                                                type(i25) is int
                                                                or _is_int(i25)
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
                                            except KeyError as missing:
                                                raise _absent(missing) from None
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
                            if type(v34) is str:
                                o5.last_activation = v34
                            elif v34 is _MISS:
                                o5.last_activation = None
                            elif v34 is None:
                                n6 |= 128
                                o5.last_activation = None
                            else:
                                try:
                                    if not (type(v34) is str or isinstance(v34, str)):
                                        raise _no("a string or null", v34)
                                except SchemaMismatch as err35:
                                    err35.within("last_activation")
                                    raise
                                o5.last_activation = v34
                            v36 = i3.get("routing_matrix", _MISS)
                            if type(v36) is str:
                                o5.routing_matrix = v36
                            elif v36 is _MISS:
                                o5.routing_matrix = None
                            elif v36 is None:
                                n6 |= 256
                                o5.routing_matrix = None
                            else:
                                try:
                                    if not (type(v36) is str or isinstance(v36, str)):
                                        raise _no("a string or null", v36)
                                except SchemaMismatch as err37:
                                    err37.within("routing_matrix")
                                    raise
                                o5.routing_matrix = v36
                            o5._nulls = n6
                            if len(i3) != 6 + (v17 is not _MISS) + (
                                v34 is not _MISS
                            ) + (v36 is not _MISS):
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
                        except KeyError as missing:
                            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_NewLogProbsContent)
            n2 = 0
            v3 = data["token"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "token")
            o1.token = v3
            v4 = data["logprob"]
            if not (type(v4) is float or _is_number(v4)):
                raise _no("a number", v4, "logprob")
            o1.logprob = v4
            v5 = data["sampling_logprob"]
            if v5 is not None:
                try:
                    if not (type(v5) is float or _is_number(v5)):
                        raise _no("a number or null", v5)
                except SchemaMismatch as err6:
                    err6.within("sampling_logprob")
                    raise
            o1.sampling_logprob = v5
            v7 = data["bytes"]
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
            v11 = data["token_id"]
            if not (type(v11) is int or _is_int(v11)):
                raise _no("an integer", v11, "token_id")
            o1.token_id = v11
            v12 = data["text_offset"]
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
                            try:
                                if type(i14) is not dict:
                                    i14 = _object(i14)
                                o16 = _new(_C_NewLogProbsContentTopLogProbs)
                                v17 = i14["token"]
                                if not (type(v17) is str or isinstance(v17, str)):
                                    raise _no("a string", v17, "token")
                                o16.token = v17
                                v18 = i14["logprob"]
                                if not (type(v18) is float or _is_number(v18)):
                                    raise _no("a number", v18, "logprob")
                                o16.logprob = v18
                                v19 = i14["token_id"]
                                if not (type(v19) is int or _is_int(v19)):
                                    raise _no("an integer", v19, "token_id")
                                o16.token_id = v19
                                v20 = i14.get("bytes", _MISS)
                                if v20 is _MISS:
                                    o16.bytes_ = None
                                elif v20 is None:
                                    raise SchemaMismatch(
                                        "null is not allowed here", "bytes"
                                    )
                                else:
                                    try:
                                        if type(v20) is not list:
                                            raise _no("an array of an integer", v20)
                                        for i21 in v20:
                                            if not (type(i21) is int or _is_int(i21)):
                                                raise _no(
                                                    "an integer", i21, _index(v20, i21)
                                                )
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
                            except KeyError as missing:
                                raise _absent(missing) from None
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
            if type(v30) is str:
                o1.last_activation = v30
            elif v30 is _MISS:
                o1.last_activation = None
            elif v30 is None:
                n2 |= 128
                o1.last_activation = None
            else:
                try:
                    if not (type(v30) is str or isinstance(v30, str)):
                        raise _no("a string or null", v30)
                except SchemaMismatch as err31:
                    err31.within("last_activation")
                    raise
                o1.last_activation = v30
            v32 = data.get("routing_matrix", _MISS)
            if type(v32) is str:
                o1.routing_matrix = v32
            elif v32 is _MISS:
                o1.routing_matrix = None
            elif v32 is None:
                n2 |= 256
                o1.routing_matrix = None
            else:
                try:
                    if not (type(v32) is str or isinstance(v32, str)):
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "NewLogProbsContent"
        raise
    return o1


def _f_NewLogProbsContentTopLogProbs(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_NewLogProbsContentTopLogProbs)
            v2 = data["token"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "token")
            o1.token = v2
            v3 = data["logprob"]
            if not (type(v3) is float or _is_number(v3)):
                raise _no("a number", v3, "logprob")
            o1.logprob = v3
            v4 = data["token_id"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "NewLogProbsContentTopLogProbs"
        raise
    return o1


def _f_PredictedOutput(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_PredictedOutput)
            v2 = data["content"]
            try:
                if type(v2) is list and (r3 := _attempt(_h21, v2)) is not _MISS:
                    v2 = r3
                elif not (type(v2) is str or isinstance(v2, str)):
                    raise _no(
                        "a string or an array of an object (ChatMessageContent)", v2
                    )
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
        except KeyError as missing:
            raise _absent(missing) from None
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
        if type(v3) is int:
            o1.cached_tokens = v3
        elif v3 is _MISS:
            o1.cached_tokens = None
        elif v3 is None:
            n2 |= 1
            o1.cached_tokens = None
        else:
            try:
                if not (type(v3) is int or _is_int(v3)):
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_RawOutput)
            n2 = 0
            v3 = data["prompt_fragments"]
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
            v8 = data["prompt_token_ids"]
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
            v12 = data["completion"]
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
                    if type(v13) is not list:
                        raise _no("an array of an integer", v13)
                    for i14 in v13:
                        if not (type(i14) is int or _is_int(i14)):
                            raise _no("an integer", i14, _index(v13, i14))
                except SchemaMismatch as err16:
                    err16.within("completion_token_ids")
                    raise
                o1.completion_token_ids = v13
            v17 = data.get("completion_logprobs", _MISS)
            if v17 is _MISS:
                o1.completion_logprobs = None
            elif v17 is None:
                n2 |= 16
                o1.completion_logprobs = None
            else:
                try:
                    if type(v17) is not dict:
                        v17 = _object(v17)
                    o18 = _new(_C_NewLogProbs)
                    v19 = v17.get("content", _MISS)
                    if v19 is _MISS:
                        o18.content = None
                    elif v19 is None:
                        raise SchemaMismatch("null is not allowed here", "content")
                    else:
                        try:
                            if type(v19) is not list:
                                raise _no(
                                    "an array of an object (NewLogProbsContent)", v19
                                )
                            a21 = []
                            try:
                                for i20 in v19:
                                    try:
                                        if type(i20) is not dict:
                                            i20 = _object(i20)
                                        o22 = _new(_C_NewLogProbsContent)
                                        n23 = 0
                                        v24 = i20["token"]
                                        if not (
                                            type(v24) is str or isinstance(v24, str)
                                        ):
                                            raise _no("a string", v24, "token")
                                        o22.token = v24
                                        v25 = i20["logprob"]
                                        if not (type(v25) is float or _is_number(v25)):
                                            raise _no("a number", v25, "logprob")
                                        o22.logprob = v25
                                        v26 = i20["sampling_logprob"]
                                        if v26 is not None:
                                            try:
                                                if not (
                                                    type(v26) is float
                                                    or _is_number(v26)
                                                ):
                                                    raise _no("a number or null", v26)
                                            except SchemaMismatch as err27:
                                                err27.within("sampling_logprob")
                                                raise
                                        o22.sampling_logprob = v26
                                        v28 = i20["bytes"]
                                        try:
                                            if type(v28) is not list:
                                                raise _no("an array of an integer", v28)
                                            for i29 in v28:
                                                if not (
                                                    type(i29) is int or _is_int(i29)
                                                ):
                                                    raise _no(
                                                        "an integer",
                                                        i29,
                                                        _index(v28, i29),
                                                    )
                                        except SchemaMismatch as err31:
                                            err31.within("bytes")
                                            raise
                                        o22.bytes_ = v28
                                        v32 = i20["token_id"]
                                        if not (type(v32) is int or _is_int(v32)):
                                            raise _no("an integer", v32, "token_id")
                                        o22.token_id = v32
                                        v33 = i20["text_offset"]
                                        if not (type(v33) is int or _is_int(v33)):
                                            raise _no("an integer", v33, "text_offset")
                                        o22.text_offset = v33
                                        v34 = i20.get("top_logprobs", _MISS)
                                        if v34 is _MISS:
                                            o22.top_logprobs = None
                                        elif v34 is None:
                                            raise SchemaMismatch(
                                                "null is not allowed here",
                                                "top_logprobs",
                                            )
                                        else:
                                            try:
                                                if type(v34) is not list:
                                                    raise _no(
                                                        "an array of an object (NewLogProbsContentTopLogProbs)",
                                                        v34,
                                                    )
                                                a36 = []
                                                try:
                                                    for i35 in v34:
                                                        try:
                                                            if type(i35) is not dict:
                                                                i35 = _object(i35)
                                                            o37 = _new(
                                                                _C_NewLogProbsContentTopLogProbs
                                                            )
                                                            v38 = i35["token"]
                                                            if not (
                                                                type(v38) is str
                                                                or isinstance(v38, str)
                                                            ):
                                                                raise _no(
                                                                    "a string",
                                                                    v38,
                                                                    "token",
                                                                )
                                                            o37.token = v38
                                                            v39 = i35["logprob"]
                                                            if not (
                                                                type(v39) is float
                                                                or _is_number(v39)
                                                            ):
                                                                raise _no(
                                                                    "a number",
                                                                    v39,
                                                                    "logprob",
                                                                )
                                                            o37.logprob = v39
                                                            v40 = i35["token_id"]
                                                            if not (
                                                                type(v40) is int
                                                                or _is_int(v40)
                                                            ):
                                                                raise _no(
                                                                    "an integer",
                                                                    v40,
                                                                    "token_id",
                                                                )
                                                            o37.token_id = v40
                                                            v41 = i35.get(
                                                                "bytes", _MISS
                                                            )
                                                            if v41 is _MISS:
                                                                o37.bytes_ = None
                                                            elif v41 is None:
                                                                raise SchemaMismatch(
                                                                    "null is not allowed here",
                                                                    "bytes",
                                                                )
                                                            else:
                                                                try:
                                                                    if (
                                                                        type(v41)
                                                                        is not list
                                                                    ):
                                                                        raise _no(
                                                                            "an array of an integer",
                                                                            v41,
                                                                        )
                                                                    for i42 in v41:
                                                                        if not (
                                                                            type(i42)
                                                                            is int
                                                                            or _is_int(
                                                                                i42
                                                                            )
                                                                        ):
                                                                            raise _no(
                                                                                "an integer",
                                                                                i42,
                                                                                _index(
                                                                                    v41,
                                                                                    i42,
                                                                                ),
                                                                            )
                                                                except (
                                                                    SchemaMismatch
                                                                ) as err44:
                                                                    err44.within(
                                                                        "bytes"
                                                                    )
                                                                    raise
                                                                o37.bytes_ = v41
                                                            o37._nulls = 0
                                                            if len(i35) != 3 + (
                                                                v41 is not _MISS
                                                            ):
                                                                x45 = dict(i35)
                                                                del x45["token"]
                                                                del x45["logprob"]
                                                                del x45["token_id"]
                                                                x45.pop("bytes", None)
                                                                o37.additional_properties = x45
                                                            else:
                                                                o37.additional_properties = {}
                                                        except KeyError as missing:
                                                            raise _absent(
                                                                missing
                                                            ) from None
                                                        i35 = o37
                                                        a36.append(i35)
                                                except SchemaMismatch as err49:
                                                    err49.within(len(a36))
                                                    raise
                                                v34 = a36
                                            except SchemaMismatch as err50:
                                                err50.within("top_logprobs")
                                                raise
                                            o22.top_logprobs = v34
                                        v51 = i20.get("last_activation", _MISS)
                                        if type(v51) is str:
                                            o22.last_activation = v51
                                        elif v51 is _MISS:
                                            o22.last_activation = None
                                        elif v51 is None:
                                            n23 |= 128
                                            o22.last_activation = None
                                        else:
                                            try:
                                                if not (
                                                    type(v51) is str
                                                    or isinstance(v51, str)
                                                ):
                                                    raise _no("a string or null", v51)
                                            except SchemaMismatch as err52:
                                                err52.within("last_activation")
                                                raise
                                            o22.last_activation = v51
                                        v53 = i20.get("routing_matrix", _MISS)
                                        if type(v53) is str:
                                            o22.routing_matrix = v53
                                        elif v53 is _MISS:
                                            o22.routing_matrix = None
                                        elif v53 is None:
                                            n23 |= 256
                                            o22.routing_matrix = None
                                        else:
                                            try:
                                                if not (
                                                    type(v53) is str
                                                    or isinstance(v53, str)
                                                ):
                                                    raise _no("a string or null", v53)
                                            except SchemaMismatch as err54:
                                                err54.within("routing_matrix")
                                                raise
                                            o22.routing_matrix = v53
                                        o22._nulls = n23
                                        if len(i20) != 6 + (v34 is not _MISS) + (
                                            v51 is not _MISS
                                        ) + (v53 is not _MISS):
                                            x55 = dict(i20)
                                            del x55["token"]
                                            del x55["logprob"]
                                            del x55["sampling_logprob"]
                                            del x55["bytes"]
                                            del x55["token_id"]
                                            del x55["text_offset"]
                                            x55.pop("top_logprobs", None)
                                            x55.pop("last_activation", None)
                                            x55.pop("routing_matrix", None)
                                            o22.additional_properties = x55
                                        else:
                                            o22.additional_properties = {}
                                    except KeyError as missing:
                                        raise _absent(missing) from None
                                    i20 = o22
                                    a21.append(i20)
                            except SchemaMismatch as err59:
                                err59.within(len(a21))
                                raise
                            v19 = a21
                        except SchemaMismatch as err60:
                            err60.within("content")
                            raise
                        o18.content = v19
                    o18._nulls = 0
                    if len(v17) != 0 + (v19 is not _MISS):
                        x61 = dict(v17)
                        x61.pop("content", None)
                        o18.additional_properties = x61
                    else:
                        o18.additional_properties = {}
                    v17 = o18
                except SchemaMismatch as err65:
                    err65.within("completion_logprobs")
                    raise
                o1.completion_logprobs = v17
            v66 = data.get("images", _MISS)
            if v66 is _MISS:
                o1.images = None
            elif v66 is None:
                n2 |= 32
                o1.images = None
            else:
                try:
                    if type(v66) is not list:
                        raise _no("an array of a string", v66)
                    for i67 in v66:
                        if not (type(i67) is str or isinstance(i67, str)):
                            raise _no("a string", i67, _index(v66, i67))
                except SchemaMismatch as err69:
                    err69.within("images")
                    raise
                o1.images = v66
            v70 = data.get("grammar", _MISS)
            if type(v70) is str:
                o1.grammar = v70
            elif v70 is _MISS:
                o1.grammar = None
            elif v70 is None:
                n2 |= 64
                o1.grammar = None
            else:
                try:
                    if not (type(v70) is str or isinstance(v70, str)):
                        raise _no("a string or null", v70)
                except SchemaMismatch as err71:
                    err71.within("grammar")
                    raise
                o1.grammar = v70
            o1._nulls = n2
            if len(data) != 3 + (v13 is not _MISS) + (v17 is not _MISS) + (
                v66 is not _MISS
            ) + (v70 is not _MISS):
                x72 = dict(data)
                del x72["prompt_fragments"]
                del x72["prompt_token_ids"]
                del x72["completion"]
                x72.pop("completion_token_ids", None)
                x72.pop("completion_logprobs", None)
                x72.pop("images", None)
                x72.pop("grammar", None)
                o1.additional_properties = x72
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "RawOutput"
        raise
    return o1


def _f_RerankResult(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_RerankResult)
            n2 = 0
            v3 = data["index"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "index")
            o1.index = v3
            v4 = data["relevance_score"]
            if not (type(v4) is float or _is_number(v4)):
                raise _no("a number", v4, "relevance_score")
            o1.relevance_score = v4
            v5 = data.get("document", _MISS)
            if type(v5) is str:
                o1.document = v5
            elif v5 is _MISS:
                o1.document = None
            elif v5 is None:
                n2 |= 4
                o1.document = None
            else:
                try:
                    if not (type(v5) is str or isinstance(v5, str)):
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "RerankResult"
        raise
    return o1


def _f_Response(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_Response)
            n2 = 0
            v3 = data["created_at"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "created_at")
            o1.created_at = v3
            v4 = data["status"]
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "status")
            o1.status = v4
            v5 = data["model"]
            if not (type(v5) is str or isinstance(v5, str)):
                raise _no("a string", v5, "model")
            o1.model = v5
            v6 = data["output"]
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
            if type(v14) is str:
                o1.id = v14
            elif v14 is _MISS:
                o1.id = None
            elif v14 is None:
                n2 |= 16
                o1.id = None
            else:
                try:
                    if not (type(v14) is str or isinstance(v14, str)):
                        raise _no("a string or null", v14)
                except SchemaMismatch as err15:
                    err15.within("id")
                    raise
                o1.id = v14
            v16 = data.get("object", _MISS)
            if type(v16) is str:
                o1.object_ = v16
            elif v16 is _MISS:
                o1.object_ = None
            elif v16 is None:
                raise SchemaMismatch("null is not allowed here", "object")
            else:
                if not (type(v16) is str or isinstance(v16, str)):
                    raise _no("a string", v16, "object")
                o1.object_ = v16
            v17 = data.get("previous_response_id", _MISS)
            if type(v17) is str:
                o1.previous_response_id = v17
            elif v17 is _MISS:
                o1.previous_response_id = None
            elif v17 is None:
                n2 |= 64
                o1.previous_response_id = None
            else:
                try:
                    if not (type(v17) is str or isinstance(v17, str)):
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
                    if type(v19) is not dict:
                        v19 = _object(v19)
                    o20 = _new(_C_ResponseUsageType0)
                    o20._nulls = 0
                    if v19:
                        x21 = dict(v19)
                        o20.additional_properties = x21
                    else:
                        o20.additional_properties = {}
                    v19 = o20
                except SchemaMismatch as err25:
                    err25.within("usage")
                    raise
                o1.usage = v19
            v26 = data.get("error", _MISS)
            if v26 is _MISS:
                o1.error = None
            elif v26 is None:
                n2 |= 256
                o1.error = None
            else:
                try:
                    if type(v26) is not dict:
                        v26 = _object(v26)
                    o27 = _new(_C_ResponseErrorType0)
                    o27._nulls = 0
                    if v26:
                        x28 = dict(v26)
                        o27.additional_properties = x28
                    else:
                        o27.additional_properties = {}
                    v26 = o27
                except SchemaMismatch as err32:
                    err32.within("error")
                    raise
                o1.error = v26
            v33 = data.get("incomplete_details", _MISS)
            if v33 is _MISS:
                o1.incomplete_details = None
            elif v33 is None:
                n2 |= 512
                o1.incomplete_details = None
            else:
                try:
                    if type(v33) is not dict:
                        v33 = _object(v33)
                    o34 = _new(_C_ResponseIncompleteDetailsType0)
                    o34._nulls = 0
                    if v33:
                        x35 = dict(v33)
                        o34.additional_properties = x35
                    else:
                        o34.additional_properties = {}
                    v33 = o34
                except SchemaMismatch as err39:
                    err39.within("incomplete_details")
                    raise
                o1.incomplete_details = v33
            v40 = data.get("instructions", _MISS)
            if type(v40) is str:
                o1.instructions = v40
            elif v40 is _MISS:
                o1.instructions = None
            elif v40 is None:
                n2 |= 1024
                o1.instructions = None
            else:
                try:
                    if not (type(v40) is str or isinstance(v40, str)):
                        raise _no("a string or null", v40)
                except SchemaMismatch as err41:
                    err41.within("instructions")
                    raise
                o1.instructions = v40
            v42 = data.get("max_output_tokens", _MISS)
            if type(v42) is int:
                o1.max_output_tokens = v42
            elif v42 is _MISS:
                o1.max_output_tokens = None
            elif v42 is None:
                n2 |= 2048
                o1.max_output_tokens = None
            else:
                try:
                    if not (type(v42) is int or _is_int(v42)):
                        raise _no("an integer or null", v42)
                except SchemaMismatch as err43:
                    err43.within("max_output_tokens")
                    raise
                o1.max_output_tokens = v42
            v44 = data.get("max_tool_calls", _MISS)
            if type(v44) is int:
                o1.max_tool_calls = v44
            elif v44 is _MISS:
                o1.max_tool_calls = None
            elif v44 is None:
                n2 |= 4096
                o1.max_tool_calls = None
            else:
                try:
                    if not (type(v44) is int or _is_int(v44)):
                        raise _no("an integer or null", v44)
                except SchemaMismatch as err45:
                    err45.within("max_tool_calls")
                    raise
                o1.max_tool_calls = v44
            v46 = data.get("parallel_tool_calls", _MISS)
            if type(v46) is bool:
                o1.parallel_tool_calls = v46
            elif v46 is _MISS:
                o1.parallel_tool_calls = None
            elif v46 is None:
                raise SchemaMismatch("null is not allowed here", "parallel_tool_calls")
            else:
                if not type(v46) is bool:
                    raise _no("a boolean", v46, "parallel_tool_calls")
                o1.parallel_tool_calls = v46
            v47 = data.get("reasoning", _MISS)
            if v47 is _MISS:
                o1.reasoning = None
            elif v47 is None:
                n2 |= 16384
                o1.reasoning = None
            else:
                try:
                    if type(v47) is not dict:
                        v47 = _object(v47)
                    o48 = _new(_C_ResponseReasoningType0)
                    o48._nulls = 0
                    if v47:
                        x49 = dict(v47)
                        o48.additional_properties = x49
                    else:
                        o48.additional_properties = {}
                    v47 = o48
                except SchemaMismatch as err53:
                    err53.within("reasoning")
                    raise
                o1.reasoning = v47
            v54 = data.get("store", _MISS)
            if type(v54) is bool:
                o1.store = v54
            elif v54 is _MISS:
                o1.store = None
            elif v54 is None:
                n2 |= 32768
                o1.store = None
            else:
                try:
                    if not (type(v54) is bool):
                        raise _no("a boolean or null", v54)
                except SchemaMismatch as err55:
                    err55.within("store")
                    raise
                o1.store = v54
            v56 = data.get("temperature", _MISS)
            if type(v56) is float:
                o1.temperature = v56
            elif v56 is _MISS:
                o1.temperature = None
            elif v56 is None:
                raise SchemaMismatch("null is not allowed here", "temperature")
            else:
                if not (type(v56) is float or _is_number(v56)):
                    raise _no("a number", v56, "temperature")
                o1.temperature = v56
            v57 = data.get("text", _MISS)
            if v57 is _MISS:
                o1.text = None
            elif v57 is None:
                n2 |= 131072
                o1.text = None
            else:
                try:
                    if type(v57) is not dict:
                        v57 = _object(v57)
                    o58 = _new(_C_ResponseTextType0)
                    o58._nulls = 0
                    if v57:
                        x59 = dict(v57)
                        o58.additional_properties = x59
                    else:
                        o58.additional_properties = {}
                    v57 = o58
                except SchemaMismatch as err63:
                    err63.within("text")
                    raise
                o1.text = v57
            v64 = data.get("tool_choice", _MISS)
            if v64 is _MISS:
                o1.tool_choice = None
            elif v64 is None:
                raise SchemaMismatch("null is not allowed here", "tool_choice")
            else:
                try:
                    if (type(v64) is dict or isinstance(v64, _Mapping)) and (
                        r65 := _attempt(_f_ResponseToolChoiceType1, v64)
                    ) is not _MISS:
                        v64 = r65
                    elif not (type(v64) is str or isinstance(v64, str)):
                        raise _no(
                            "a string or an object (ResponseToolChoiceType1)", v64
                        )
                except SchemaMismatch as err66:
                    err66.within("tool_choice")
                    raise
                o1.tool_choice = v64
            v67 = data.get("tools", _MISS)
            if v67 is _MISS:
                o1.tools = None
            elif v67 is None:
                raise SchemaMismatch("null is not allowed here", "tools")
            else:
                try:
                    if type(v67) is not list:
                        raise _no("an array of an object (ResponseToolsItem)", v67)
                    a69 = []
                    try:
                        for i68 in v67:
                            if type(i68) is not dict:
                                i68 = _object(i68)
                            o70 = _new(_C_ResponseToolsItem)
                            o70._nulls = 0
                            if i68:
                                x71 = dict(i68)
                                o70.additional_properties = x71
                            else:
                                o70.additional_properties = {}
                            i68 = o70
                            a69.append(i68)
                    except SchemaMismatch as err75:
                        err75.within(len(a69))
                        raise
                    v67 = a69
                except SchemaMismatch as err76:
                    err76.within("tools")
                    raise
                o1.tools = v67
            v77 = data.get("top_p", _MISS)
            if type(v77) is float:
                o1.top_p = v77
            elif v77 is _MISS:
                o1.top_p = None
            elif v77 is None:
                raise SchemaMismatch("null is not allowed here", "top_p")
            else:
                if not (type(v77) is float or _is_number(v77)):
                    raise _no("a number", v77, "top_p")
                o1.top_p = v77
            v78 = data.get("truncation", _MISS)
            if type(v78) is str:
                o1.truncation = v78
            elif v78 is _MISS:
                o1.truncation = None
            elif v78 is None:
                raise SchemaMismatch("null is not allowed here", "truncation")
            else:
                if not (type(v78) is str or isinstance(v78, str)):
                    raise _no("a string", v78, "truncation")
                o1.truncation = v78
            v79 = data.get("user", _MISS)
            if type(v79) is str:
                o1.user = v79
            elif v79 is _MISS:
                o1.user = None
            elif v79 is None:
                n2 |= 4194304
                o1.user = None
            else:
                try:
                    if not (type(v79) is str or isinstance(v79, str)):
                        raise _no("a string or null", v79)
                except SchemaMismatch as err80:
                    err80.within("user")
                    raise
                o1.user = v79
            v81 = data.get("metadata", _MISS)
            if v81 is _MISS:
                o1.metadata = None
            elif v81 is None:
                n2 |= 8388608
                o1.metadata = None
            else:
                try:
                    if type(v81) is not dict:
                        v81 = _object(v81)
                    o82 = _new(_C_ResponseMetadataType0)
                    o82._nulls = 0
                    if v81:
                        x83 = dict(v81)
                        o82.additional_properties = x83
                    else:
                        o82.additional_properties = {}
                    v81 = o82
                except SchemaMismatch as err87:
                    err87.within("metadata")
                    raise
                o1.metadata = v81
            o1._nulls = n2
            if len(data) != 4 + (v14 is not _MISS) + (v16 is not _MISS) + (
                v17 is not _MISS
            ) + (v19 is not _MISS) + (v26 is not _MISS) + (v33 is not _MISS) + (
                v40 is not _MISS
            ) + (v42 is not _MISS) + (v44 is not _MISS) + (v46 is not _MISS) + (
                v47 is not _MISS
            ) + (v54 is not _MISS) + (v56 is not _MISS) + (v57 is not _MISS) + (
                v64 is not _MISS
            ) + (v67 is not _MISS) + (v77 is not _MISS) + (v78 is not _MISS) + (
                v79 is not _MISS
            ) + (v81 is not _MISS):
                x88 = dict(data)
                del x88["created_at"]
                del x88["status"]
                del x88["model"]
                del x88["output"]
                x88.pop("id", None)
                x88.pop("object", None)
                x88.pop("previous_response_id", None)
                x88.pop("usage", None)
                x88.pop("error", None)
                x88.pop("incomplete_details", None)
                x88.pop("instructions", None)
                x88.pop("max_output_tokens", None)
                x88.pop("max_tool_calls", None)
                x88.pop("parallel_tool_calls", None)
                x88.pop("reasoning", None)
                x88.pop("store", None)
                x88.pop("temperature", None)
                x88.pop("text", None)
                x88.pop("tool_choice", None)
                x88.pop("tools", None)
                x88.pop("top_p", None)
                x88.pop("truncation", None)
                x88.pop("user", None)
                x88.pop("metadata", None)
                o1.additional_properties = x88
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ResponseFormat)
            n2 = 0
            v3 = data["type"]
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
                    elif not (type(v5) is str or isinstance(v5, str)):
                        raise _no(
                            "a string or an object (ResponseFormatSchemaType1) or null",
                            v5,
                        )
                except SchemaMismatch as err7:
                    err7.within("schema")
                    raise
                o1.schema = v5
            v8 = data.get("grammar", _MISS)
            if type(v8) is str:
                o1.grammar = v8
            elif v8 is _MISS:
                o1.grammar = None
            elif v8 is None:
                n2 |= 4
                o1.grammar = None
            else:
                try:
                    if not (type(v8) is str or isinstance(v8, str)):
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
                    elif not (type(v10) is str or isinstance(v10, str)):
                        raise _no(
                            "a string or an object (ResponseFormatJsonSchemaType1) or null",
                            v10,
                        )
                except SchemaMismatch as err12:
                    err12.within("json_schema")
                    raise
                o1.json_schema = v10
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ResponseList)
            n2 = 0
            v3 = data["data"]
            try:
                if type(v3) is not list:
                    raise _no("an array of an object (Response)", v3)
                a5 = []
                try:
                    for i4 in v3:
                        try:
                            if type(i4) is not dict:
                                i4 = _object(i4)
                            o6 = _new(_C_Response)
                            n7 = 0
                            v8 = i4["created_at"]
                            if not (type(v8) is int or _is_int(v8)):
                                raise _no("an integer", v8, "created_at")
                            o6.created_at = v8
                            v9 = i4["status"]
                            if not (type(v9) is str or isinstance(v9, str)):
                                raise _no("a string", v9, "status")
                            o6.status = v9
                            v10 = i4["model"]
                            if not (type(v10) is str or isinstance(v10, str)):
                                raise _no("a string", v10, "model")
                            o6.model = v10
                            v11 = i4["output"]
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
                                            type(i12) is dict
                                            or isinstance(i12, _Mapping)
                                        ) and (
                                            r14 := _attempt(_f_Message, i12)
                                        ) is not _MISS:
                                            i12 = r14
                                        elif (
                                            type(i12) is dict
                                            or isinstance(i12, _Mapping)
                                        ) and (
                                            r15 := _attempt(_f_ToolCall, i12)
                                        ) is not _MISS:
                                            i12 = r15
                                        elif (
                                            type(i12) is dict
                                            or isinstance(i12, _Mapping)
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
                            if type(v19) is str:
                                o6.id = v19
                            elif v19 is _MISS:
                                o6.id = None
                            elif v19 is None:
                                n7 |= 16
                                o6.id = None
                            else:
                                try:
                                    if not (type(v19) is str or isinstance(v19, str)):
                                        raise _no("a string or null", v19)
                                except SchemaMismatch as err20:
                                    err20.within("id")
                                    raise
                                o6.id = v19
                            v21 = i4.get("object", _MISS)
                            if type(v21) is str:
                                o6.object_ = v21
                            elif v21 is _MISS:
                                o6.object_ = None
                            elif v21 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "object"
                                )
                            else:
                                if not (type(v21) is str or isinstance(v21, str)):
                                    raise _no("a string", v21, "object")
                                o6.object_ = v21
                            v22 = i4.get("previous_response_id", _MISS)
                            if type(v22) is str:
                                o6.previous_response_id = v22
                            elif v22 is _MISS:
                                o6.previous_response_id = None
                            elif v22 is None:
                                n7 |= 64
                                o6.previous_response_id = None
                            else:
                                try:
                                    if not (type(v22) is str or isinstance(v22, str)):
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
                                    if type(v24) is not dict:
                                        v24 = _object(v24)
                                    o25 = _new(_C_ResponseUsageType0)
                                    o25._nulls = 0
                                    if v24:
                                        x26 = dict(v24)
                                        o25.additional_properties = x26
                                    else:
                                        o25.additional_properties = {}
                                    v24 = o25
                                except SchemaMismatch as err30:
                                    err30.within("usage")
                                    raise
                                o6.usage = v24
                            v31 = i4.get("error", _MISS)
                            if v31 is _MISS:
                                o6.error = None
                            elif v31 is None:
                                n7 |= 256
                                o6.error = None
                            else:
                                try:
                                    if type(v31) is not dict:
                                        v31 = _object(v31)
                                    o32 = _new(_C_ResponseErrorType0)
                                    o32._nulls = 0
                                    if v31:
                                        x33 = dict(v31)
                                        o32.additional_properties = x33
                                    else:
                                        o32.additional_properties = {}
                                    v31 = o32
                                except SchemaMismatch as err37:
                                    err37.within("error")
                                    raise
                                o6.error = v31
                            v38 = i4.get("incomplete_details", _MISS)
                            if v38 is _MISS:
                                o6.incomplete_details = None
                            elif v38 is None:
                                n7 |= 512
                                o6.incomplete_details = None
                            else:
                                try:
                                    if type(v38) is not dict:
                                        v38 = _object(v38)
                                    o39 = _new(_C_ResponseIncompleteDetailsType0)
                                    o39._nulls = 0
                                    if v38:
                                        x40 = dict(v38)
                                        o39.additional_properties = x40
                                    else:
                                        o39.additional_properties = {}
                                    v38 = o39
                                except SchemaMismatch as err44:
                                    err44.within("incomplete_details")
                                    raise
                                o6.incomplete_details = v38
                            v45 = i4.get("instructions", _MISS)
                            if type(v45) is str:
                                o6.instructions = v45
                            elif v45 is _MISS:
                                o6.instructions = None
                            elif v45 is None:
                                n7 |= 1024
                                o6.instructions = None
                            else:
                                try:
                                    if not (type(v45) is str or isinstance(v45, str)):
                                        raise _no("a string or null", v45)
                                except SchemaMismatch as err46:
                                    err46.within("instructions")
                                    raise
                                o6.instructions = v45
                            v47 = i4.get("max_output_tokens", _MISS)
                            if type(v47) is int:
                                o6.max_output_tokens = v47
                            elif v47 is _MISS:
                                o6.max_output_tokens = None
                            elif v47 is None:
                                n7 |= 2048
                                o6.max_output_tokens = None
                            else:
                                try:
                                    if not (type(v47) is int or _is_int(v47)):
                                        raise _no("an integer or null", v47)
                                except SchemaMismatch as err48:
                                    err48.within("max_output_tokens")
                                    raise
                                o6.max_output_tokens = v47
                            v49 = i4.get("max_tool_calls", _MISS)
                            if type(v49) is int:
                                o6.max_tool_calls = v49
                            elif v49 is _MISS:
                                o6.max_tool_calls = None
                            elif v49 is None:
                                n7 |= 4096
                                o6.max_tool_calls = None
                            else:
                                try:
                                    if not (type(v49) is int or _is_int(v49)):
                                        raise _no("an integer or null", v49)
                                except SchemaMismatch as err50:
                                    err50.within("max_tool_calls")
                                    raise
                                o6.max_tool_calls = v49
                            v51 = i4.get("parallel_tool_calls", _MISS)
                            if type(v51) is bool:
                                o6.parallel_tool_calls = v51
                            elif v51 is _MISS:
                                o6.parallel_tool_calls = None
                            elif v51 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "parallel_tool_calls"
                                )
                            else:
                                if not type(v51) is bool:
                                    raise _no("a boolean", v51, "parallel_tool_calls")
                                o6.parallel_tool_calls = v51
                            v52 = i4.get("reasoning", _MISS)
                            if v52 is _MISS:
                                o6.reasoning = None
                            elif v52 is None:
                                n7 |= 16384
                                o6.reasoning = None
                            else:
                                try:
                                    if type(v52) is not dict:
                                        v52 = _object(v52)
                                    o53 = _new(_C_ResponseReasoningType0)
                                    o53._nulls = 0
                                    if v52:
                                        x54 = dict(v52)
                                        o53.additional_properties = x54
                                    else:
                                        o53.additional_properties = {}
                                    v52 = o53
                                except SchemaMismatch as err58:
                                    err58.within("reasoning")
                                    raise
                                o6.reasoning = v52
                            v59 = i4.get("store", _MISS)
                            if type(v59) is bool:
                                o6.store = v59
                            elif v59 is _MISS:
                                o6.store = None
                            elif v59 is None:
                                n7 |= 32768
                                o6.store = None
                            else:
                                try:
                                    if not (type(v59) is bool):
                                        raise _no("a boolean or null", v59)
                                except SchemaMismatch as err60:
                                    err60.within("store")
                                    raise
                                o6.store = v59
                            v61 = i4.get("temperature", _MISS)
                            if type(v61) is float:
                                o6.temperature = v61
                            elif v61 is _MISS:
                                o6.temperature = None
                            elif v61 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "temperature"
                                )
                            else:
                                if not (type(v61) is float or _is_number(v61)):
                                    raise _no("a number", v61, "temperature")
                                o6.temperature = v61
                            v62 = i4.get("text", _MISS)
                            if v62 is _MISS:
                                o6.text = None
                            elif v62 is None:
                                n7 |= 131072
                                o6.text = None
                            else:
                                try:
                                    if type(v62) is not dict:
                                        v62 = _object(v62)
                                    o63 = _new(_C_ResponseTextType0)
                                    o63._nulls = 0
                                    if v62:
                                        x64 = dict(v62)
                                        o63.additional_properties = x64
                                    else:
                                        o63.additional_properties = {}
                                    v62 = o63
                                except SchemaMismatch as err68:
                                    err68.within("text")
                                    raise
                                o6.text = v62
                            v69 = i4.get("tool_choice", _MISS)
                            if v69 is _MISS:
                                o6.tool_choice = None
                            elif v69 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "tool_choice"
                                )
                            else:
                                try:
                                    if (
                                        type(v69) is dict or isinstance(v69, _Mapping)
                                    ) and (
                                        r70 := _attempt(_f_ResponseToolChoiceType1, v69)
                                    ) is not _MISS:
                                        v69 = r70
                                    elif not (type(v69) is str or isinstance(v69, str)):
                                        raise _no(
                                            "a string or an object (ResponseToolChoiceType1)",
                                            v69,
                                        )
                                except SchemaMismatch as err71:
                                    err71.within("tool_choice")
                                    raise
                                o6.tool_choice = v69
                            v72 = i4.get("tools", _MISS)
                            if v72 is _MISS:
                                o6.tools = None
                            elif v72 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "tools"
                                )
                            else:
                                try:
                                    if type(v72) is not list:
                                        raise _no(
                                            "an array of an object (ResponseToolsItem)",
                                            v72,
                                        )
                                    a74 = []
                                    try:
                                        for i73 in v72:
                                            if type(i73) is not dict:
                                                i73 = _object(i73)
                                            o75 = _new(_C_ResponseToolsItem)
                                            o75._nulls = 0
                                            if i73:
                                                x76 = dict(i73)
                                                o75.additional_properties = x76
                                            else:
                                                o75.additional_properties = {}
                                            i73 = o75
                                            a74.append(i73)
                                    except SchemaMismatch as err80:
                                        err80.within(len(a74))
                                        raise
                                    v72 = a74
                                except SchemaMismatch as err81:
                                    err81.within("tools")
                                    raise
                                o6.tools = v72
                            v82 = i4.get("top_p", _MISS)
                            if type(v82) is float:
                                o6.top_p = v82
                            elif v82 is _MISS:
                                o6.top_p = None
                            elif v82 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "top_p"
                                )
                            else:
                                if not (type(v82) is float or _is_number(v82)):
                                    raise _no("a number", v82, "top_p")
                                o6.top_p = v82
                            v83 = i4.get("truncation", _MISS)
                            if type(v83) is str:
                                o6.truncation = v83
                            elif v83 is _MISS:
                                o6.truncation = None
                            elif v83 is None:
                                raise SchemaMismatch(
                                    "null is not allowed here", "truncation"
                                )
                            else:
                                if not (type(v83) is str or isinstance(v83, str)):
                                    raise _no("a string", v83, "truncation")
                                o6.truncation = v83
                            v84 = i4.get("user", _MISS)
                            if type(v84) is str:
                                o6.user = v84
                            elif v84 is _MISS:
                                o6.user = None
                            elif v84 is None:
                                n7 |= 4194304
                                o6.user = None
                            else:
                                try:
                                    if not (type(v84) is str or isinstance(v84, str)):
                                        raise _no("a string or null", v84)
                                except SchemaMismatch as err85:
                                    err85.within("user")
                                    raise
                                o6.user = v84
                            v86 = i4.get("metadata", _MISS)
                            if v86 is _MISS:
                                o6.metadata = None
                            elif v86 is None:
                                n7 |= 8388608
                                o6.metadata = None
                            else:
                                try:
                                    if type(v86) is not dict:
                                        v86 = _object(v86)
                                    o87 = _new(_C_ResponseMetadataType0)
                                    o87._nulls = 0
                                    if v86:
                                        x88 = dict(v86)
                                        o87.additional_properties = x88
                                    else:
                                        o87.additional_properties = {}
                                    v86 = o87
                                except SchemaMismatch as err92:
                                    err92.within("metadata")
                                    raise
                                o6.metadata = v86
                            o6._nulls = n7
                            if len(i4) != 4 + (v19 is not _MISS) + (
                                v21 is not _MISS
                            ) + (v22 is not _MISS) + (v24 is not _MISS) + (
                                v31 is not _MISS
                            ) + (v38 is not _MISS) + (v45 is not _MISS) + (
                                v47 is not _MISS
                            ) + (v49 is not _MISS) + (v51 is not _MISS) + (
                                v52 is not _MISS
                            ) + (v59 is not _MISS) + (v61 is not _MISS) + (
                                v62 is not _MISS
                            ) + (v69 is not _MISS) + (v72 is not _MISS) + (
                                v82 is not _MISS
                            ) + (v83 is not _MISS) + (v84 is not _MISS) + (
                                v86 is not _MISS
                            ):
                                x93 = dict(i4)
                                del x93["created_at"]
                                del x93["status"]
                                del x93["model"]
                                del x93["output"]
                                x93.pop("id", None)
                                x93.pop("object", None)
                                x93.pop("previous_response_id", None)
                                x93.pop("usage", None)
                                x93.pop("error", None)
                                x93.pop("incomplete_details", None)
                                x93.pop("instructions", None)
                                x93.pop("max_output_tokens", None)
                                x93.pop("max_tool_calls", None)
                                x93.pop("parallel_tool_calls", None)
                                x93.pop("reasoning", None)
                                x93.pop("store", None)
                                x93.pop("temperature", None)
                                x93.pop("text", None)
                                x93.pop("tool_choice", None)
                                x93.pop("tools", None)
                                x93.pop("top_p", None)
                                x93.pop("truncation", None)
                                x93.pop("user", None)
                                x93.pop("metadata", None)
                                o6.additional_properties = x93
                            else:
                                o6.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        i4 = o6
                        a5.append(i4)
                except SchemaMismatch as err97:
                    err97.within(len(a5))
                    raise
                v3 = a5
            except SchemaMismatch as err98:
                err98.within("data")
                raise
            o1.data = v3
            v99 = data["has_more"]
            if not type(v99) is bool:
                raise _no("a boolean", v99, "has_more")
            o1.has_more = v99
            v100 = data.get("object", _MISS)
            if type(v100) is str:
                o1.object_ = v100
            elif v100 is _MISS:
                o1.object_ = None
            elif v100 is None:
                raise SchemaMismatch("null is not allowed here", "object")
            else:
                if not (type(v100) is str or isinstance(v100, str)):
                    raise _no("a string", v100, "object")
                o1.object_ = v100
            v101 = data.get("first_id", _MISS)
            if type(v101) is str:
                o1.first_id = v101
            elif v101 is _MISS:
                o1.first_id = None
            elif v101 is None:
                n2 |= 8
                o1.first_id = None
            else:
                try:
                    if not (type(v101) is str or isinstance(v101, str)):
                        raise _no("a string or null", v101)
                except SchemaMismatch as err102:
                    err102.within("first_id")
                    raise
                o1.first_id = v101
            v103 = data.get("last_id", _MISS)
            if type(v103) is str:
                o1.last_id = v103
            elif v103 is _MISS:
                o1.last_id = None
            elif v103 is None:
                n2 |= 16
                o1.last_id = None
            else:
                try:
                    if not (type(v103) is str or isinstance(v103, str)):
                        raise _no("a string or null", v103)
                except SchemaMismatch as err104:
                    err104.within("last_id")
                    raise
                o1.last_id = v103
            o1._nulls = n2
            if len(data) != 2 + (v100 is not _MISS) + (v101 is not _MISS) + (
                v103 is not _MISS
            ):
                x105 = dict(data)
                del x105["data"]
                del x105["has_more"]
                x105.pop("object", None)
                x105.pop("first_id", None)
                x105.pop("last_id", None)
                o1.additional_properties = x105
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_StepScheduleRequest)
            v2 = data["step_schedule_start"]
            if not (type(v2) is float or _is_number(v2)):
                raise _no("a number", v2, "step_schedule_start")
            o1.step_schedule_start = v2
            v3 = data["step_schedule_end"]
            if not (type(v3) is float or _is_number(v3)):
                raise _no("a number", v3, "step_schedule_end")
            o1.step_schedule_end = v3
            v4 = data.get("prompt", _MISS)
            if type(v4) is str:
                o1.prompt = v4
            elif v4 is _MISS:
                o1.prompt = None
            elif v4 is None:
                raise SchemaMismatch("null is not allowed here", "prompt")
            else:
                if not (type(v4) is str or isinstance(v4, str)):
                    raise _no("a string", v4, "prompt")
                o1.prompt = v4
            v5 = data.get("negative_prompt", _MISS)
            if type(v5) is str:
                o1.negative_prompt = v5
            elif v5 is _MISS:
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
            if type(v7) is str:
                o1.init_image_mode = v7
            elif v7 is _MISS:
                o1.init_image_mode = None
            elif v7 is None:
                raise SchemaMismatch("null is not allowed here", "init_image_mode")
            else:
                if not (type(v7) is str or isinstance(v7, str)):
                    raise _no("a string", v7, "init_image_mode")
                o1.init_image_mode = v7
            v8 = data.get("cfg_scale", _MISS)
            if type(v8) is int:
                o1.cfg_scale = v8
            elif v8 is _MISS:
                o1.cfg_scale = None
            elif v8 is None:
                raise SchemaMismatch("null is not allowed here", "cfg_scale")
            else:
                if not (type(v8) is int or _is_int(v8)):
                    raise _no("an integer", v8, "cfg_scale")
                o1.cfg_scale = v8
            v9 = data.get("clip_guidance_preset", _MISS)
            if type(v9) is str:
                o1.clip_guidance_preset = v9
            elif v9 is _MISS:
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
            if type(v12) is int:
                o1.samples = v12
            elif v12 is _MISS:
                o1.samples = None
            elif v12 is None:
                raise SchemaMismatch("null is not allowed here", "samples")
            else:
                if not (type(v12) is int or _is_int(v12)):
                    raise _no("an integer", v12, "samples")
                o1.samples = v12
            v13 = data.get("seed", _MISS)
            if type(v13) is int:
                o1.seed = v13
            elif v13 is _MISS:
                o1.seed = None
            elif v13 is None:
                raise SchemaMismatch("null is not allowed here", "seed")
            else:
                if not (type(v13) is int or _is_int(v13)):
                    raise _no("an integer", v13, "seed")
                o1.seed = v13
            v14 = data.get("steps", _MISS)
            if type(v14) is int:
                o1.steps = v14
            elif v14 is _MISS:
                o1.steps = None
            elif v14 is None:
                raise SchemaMismatch("null is not allowed here", "steps")
            else:
                if not (type(v14) is int or _is_int(v14)):
                    raise _no("an integer", v14, "steps")
                o1.steps = v14
            v15 = data.get("safety_check", _MISS)
            if type(v15) is bool:
                o1.safety_check = v15
            elif v15 is _MISS:
                o1.safety_check = None
            elif v15 is None:
                raise SchemaMismatch("null is not allowed here", "safety_check")
            else:
                if not type(v15) is bool:
                    raise _no("a boolean", v15, "safety_check")
                o1.safety_check = v15
            v16 = data.get("lora_adapter_name", _MISS)
            if type(v16) is str:
                o1.lora_adapter_name = v16
            elif v16 is _MISS:
                o1.lora_adapter_name = None
            elif v16 is None:
                raise SchemaMismatch("null is not allowed here", "lora_adapter_name")
            else:
                if not (type(v16) is str or isinstance(v16, str)):
                    raise _no("a string", v16, "lora_adapter_name")
                o1.lora_adapter_name = v16
            v17 = data.get("lora_weight_filename", _MISS)
            if type(v17) is str:
                o1.lora_weight_filename = v17
            elif v17 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "StepScheduleRequest"
        raise
    return o1


def _f_TextPrompt(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_TextPrompt)
            v2 = data["text"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "text")
            o1.text = v2
            v3 = data["weight"]
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "TextPrompt"
        raise
    return o1


def _f_ThinkingConfigDisabled(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ThinkingConfigDisabled)
            v2 = data["type"]
            if v2 != "disabled" or type(v2) is not type("disabled"):
                raise _no("'disabled'", v2, "type")
            o1.type_ = v2
            o1._nulls = 0
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ThinkingConfigDisabled"
        raise
    return o1


def _f_ThinkingConfigEnabled(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ThinkingConfigEnabled)
            n2 = 0
            v3 = data["type"]
            if v3 != "enabled" or type(v3) is not type("enabled"):
                raise _no("'enabled'", v3, "type")
            o1.type_ = v3
            v4 = data.get("budget_tokens", _MISS)
            if type(v4) is int:
                o1.budget_tokens = v4
            elif v4 is _MISS:
                o1.budget_tokens = None
            elif v4 is None:
                n2 |= 2
                o1.budget_tokens = None
            else:
                try:
                    if not (type(v4) is int or _is_int(v4)):
                        raise _no("an integer or null", v4)
                except SchemaMismatch as err5:
                    err5.within("budget_tokens")
                    raise
                o1.budget_tokens = v4
            o1._nulls = n2
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ThinkingConfigEnabled"
        raise
    return o1


def _f_ToolCall(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ToolCall)
            n2 = 0
            v3 = data["id"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "id")
            o1.id = v3
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                raise _no("a string", v4, "type")
            o1.type_ = v4
            v5 = data.get("call_id", _MISS)
            if type(v5) is str:
                o1.call_id = v5
            elif v5 is _MISS:
                o1.call_id = None
            elif v5 is None:
                n2 |= 4
                o1.call_id = None
            else:
                try:
                    if not (type(v5) is str or isinstance(v5, str)):
                        raise _no("a string or null", v5)
                except SchemaMismatch as err6:
                    err6.within("call_id")
                    raise
                o1.call_id = v5
            v7 = data.get("name", _MISS)
            if type(v7) is str:
                o1.name = v7
            elif v7 is _MISS:
                o1.name = None
            elif v7 is None:
                n2 |= 8
                o1.name = None
            else:
                try:
                    if not (type(v7) is str or isinstance(v7, str)):
                        raise _no("a string or null", v7)
                except SchemaMismatch as err8:
                    err8.within("name")
                    raise
                o1.name = v7
            v9 = data.get("arguments", _MISS)
            if type(v9) is str:
                o1.arguments = v9
            elif v9 is _MISS:
                o1.arguments = None
            elif v9 is None:
                n2 |= 16
                o1.arguments = None
            else:
                try:
                    if not (type(v9) is str or isinstance(v9, str)):
                        raise _no("a string or null", v9)
                except SchemaMismatch as err10:
                    err10.within("arguments")
                    raise
                o1.arguments = v9
            v11 = data.get("status", _MISS)
            if type(v11) is str:
                o1.status = v11
            elif v11 is _MISS:
                o1.status = None
            elif v11 is None:
                n2 |= 32
                o1.status = None
            else:
                try:
                    if not (type(v11) is str or isinstance(v11, str)):
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
                    if type(v13) is not dict:
                        v13 = _object(v13)
                    o14 = _new(_C_ToolCallFunctionType0)
                    o14._nulls = 0
                    if v13:
                        x15 = dict(v13)
                        o14.additional_properties = x15
                    else:
                        o14.additional_properties = {}
                    v13 = o14
                except SchemaMismatch as err19:
                    err19.within("function")
                    raise
                o1.function = v13
            v20 = data.get("mcp", _MISS)
            if v20 is _MISS:
                o1.mcp = None
            elif v20 is None:
                n2 |= 128
                o1.mcp = None
            else:
                try:
                    if type(v20) is not dict:
                        v20 = _object(v20)
                    o21 = _new(_C_ToolCallMcpType0)
                    o21._nulls = 0
                    if v20:
                        x22 = dict(v20)
                        o21.additional_properties = x22
                    else:
                        o21.additional_properties = {}
                    v20 = o21
                except SchemaMismatch as err26:
                    err26.within("mcp")
                    raise
                o1.mcp = v20
            o1._nulls = n2
            if len(data) != 2 + (v5 is not _MISS) + (v7 is not _MISS) + (
                v9 is not _MISS
            ) + (v11 is not _MISS) + (v13 is not _MISS) + (v20 is not _MISS):
                x27 = dict(data)
                del x27["id"]
                del x27["type"]
                x27.pop("call_id", None)
                x27.pop("name", None)
                x27.pop("arguments", None)
                x27.pop("status", None)
                x27.pop("function", None)
                x27.pop("mcp", None)
                o1.additional_properties = x27
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
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
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ToolOutput)
            v2 = data["tool_call_id"]
            if not (type(v2) is str or isinstance(v2, str)):
                raise _no("a string", v2, "tool_call_id")
            o1.tool_call_id = v2
            v3 = data["output"]
            if not (type(v3) is str or isinstance(v3, str)):
                raise _no("a string", v3, "output")
            o1.output = v3
            v4 = data.get("type", _MISS)
            if type(v4) is str:
                o1.type_ = v4
            elif v4 is _MISS:
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
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "ToolOutput"
        raise
    return o1


def _f_UsageInfo(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_UsageInfo)
            n2 = 0
            v3 = data["prompt_tokens"]
            if not (type(v3) is int or _is_int(v3)):
                raise _no("an integer", v3, "prompt_tokens")
            o1.prompt_tokens = v3
            v4 = data["total_tokens"]
            if not (type(v4) is int or _is_int(v4)):
                raise _no("an integer", v4, "total_tokens")
            o1.total_tokens = v4
            v5 = data.get("completion_tokens", _MISS)
            if type(v5) is int:
                o1.completion_tokens = v5
            elif v5 is _MISS:
                o1.completion_tokens = None
            elif v5 is None:
                n2 |= 4
                o1.completion_tokens = None
            else:
                try:
                    if not (type(v5) is int or _is_int(v5)):
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
                    if type(v7) is not dict:
                        v7 = _object(v7)
                    o8 = _new(_C_PromptTokensDetails)
                    n9 = 0
                    v10 = v7.get("cached_tokens", _MISS)
                    if type(v10) is int:
                        o8.cached_tokens = v10
                    elif v10 is _MISS:
                        o8.cached_tokens = None
                    elif v10 is None:
                        n9 |= 1
                        o8.cached_tokens = None
                    else:
                        try:
                            if not (type(v10) is int or _is_int(v10)):
                                raise _no("an integer or null", v10)
                        except SchemaMismatch as err11:
                            err11.within("cached_tokens")
                            raise
                        o8.cached_tokens = v10
                    o8._nulls = n9
                    if len(v7) != 0 + (v10 is not _MISS):
                        x12 = dict(v7)
                        x12.pop("cached_tokens", None)
                        o8.additional_properties = x12
                    else:
                        o8.additional_properties = {}
                    v7 = o8
                except SchemaMismatch as err16:
                    err16.within("prompt_tokens_details")
                    raise
                o1.prompt_tokens_details = v7
            o1._nulls = n2
            if len(data) != 2 + (v5 is not _MISS) + (v7 is not _MISS):
                x17 = dict(data)
                del x17["prompt_tokens"]
                del x17["total_tokens"]
                x17.pop("completion_tokens", None)
                x17.pop("prompt_tokens_details", None)
                o1.additional_properties = x17
            else:
                o1.additional_properties = {}
        except KeyError as missing:
            raise _absent(missing) from None
    except SchemaMismatch as error:
        error.model = "UsageInfo"
        raise
    return o1


def _f_ValidationError(data: Any) -> Any:
    try:
        try:
            if type(data) is not dict:
                data = _object(data)
            o1 = _new(_C_ValidationError)
            v2 = data["loc"]
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
            v7 = data["msg"]
            if not (type(v7) is str or isinstance(v7, str)):
                raise _no("a string", v7, "msg")
            o1.msg = v7
            v8 = data["type"]
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
        except KeyError as missing:
            raise _absent(missing) from None
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
            try:
                if type(i1) is not dict:
                    i1 = _object(i1)
                o3 = _new(_C_ChatMessageContent)
                n4 = 0
                v5 = i1["type"]
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "type")
                o3.type_ = v5
                v6 = i1.get("text", _MISS)
                if type(v6) is str:
                    o3.text = v6
                elif v6 is _MISS:
                    o3.text = None
                elif v6 is None:
                    n4 |= 2
                    o3.text = None
                else:
                    try:
                        if not (type(v6) is str or isinstance(v6, str)):
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
                        try:
                            if type(v8) is not dict:
                                v8 = _object(v8)
                            o9 = _new(_C_ChatMessageContentImageURL)
                            n10 = 0
                            v11 = v8["url"]
                            if not (type(v11) is str or isinstance(v11, str)):
                                raise _no("a string", v11, "url")
                            o9.url = v11
                            v12 = v8.get("detail", _MISS)
                            if type(v12) is str:
                                o9.detail = v12
                            elif v12 is _MISS:
                                o9.detail = None
                            elif v12 is None:
                                n10 |= 2
                                o9.detail = None
                            else:
                                try:
                                    if not (type(v12) is str or isinstance(v12, str)):
                                        raise _no("a string or null", v12)
                                except SchemaMismatch as err13:
                                    err13.within("detail")
                                    raise
                                o9.detail = v12
                            o9._nulls = n10
                            if len(v8) != 1 + (v12 is not _MISS):
                                x14 = dict(v8)
                                del x14["url"]
                                x14.pop("detail", None)
                                o9.additional_properties = x14
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        v8 = o9
                    except SchemaMismatch as err18:
                        err18.within("image_url")
                        raise
                    o3.image_url = v8
                o3._nulls = n4
                if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                    x19 = dict(i1)
                    del x19["type"]
                    x19.pop("text", None)
                    x19.pop("image_url", None)
                    o3.additional_properties = x19
                else:
                    o3.additional_properties = {}
            except KeyError as missing:
                raise _absent(missing) from None
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err23:
        err23.within(len(a2))
        raise
    data = a2
    return data


def _h2(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h3(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h4(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            try:
                if type(i1) is not dict:
                    i1 = _object(i1)
                o3 = _new(_C_ChatMessageContent)
                n4 = 0
                v5 = i1["type"]
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "type")
                o3.type_ = v5
                v6 = i1.get("text", _MISS)
                if type(v6) is str:
                    o3.text = v6
                elif v6 is _MISS:
                    o3.text = None
                elif v6 is None:
                    n4 |= 2
                    o3.text = None
                else:
                    try:
                        if not (type(v6) is str or isinstance(v6, str)):
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
                        v8 = _f_ChatMessageContentImageURL(v8)
                    except SchemaMismatch as err9:
                        err9.within("image_url")
                        raise
                    o3.image_url = v8
                o3._nulls = n4
                if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                    x10 = dict(i1)
                    del x10["type"]
                    x10.pop("text", None)
                    x10.pop("image_url", None)
                    o3.additional_properties = x10
                else:
                    o3.additional_properties = {}
            except KeyError as missing:
                raise _absent(missing) from None
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err14:
        err14.within(len(a2))
        raise
    data = a2
    return data


def _h5(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            try:
                if type(i1) is not dict:
                    i1 = _object(i1)
                o3 = _new(_C_ChatMessageContent)
                n4 = 0
                v5 = i1["type"]
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "type")
                o3.type_ = v5
                v6 = i1.get("text", _MISS)
                if type(v6) is str:
                    o3.text = v6
                elif v6 is _MISS:
                    o3.text = None
                elif v6 is None:
                    n4 |= 2
                    o3.text = None
                else:
                    try:
                        if not (type(v6) is str or isinstance(v6, str)):
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
                        try:
                            if type(v8) is not dict:
                                v8 = _object(v8)
                            o9 = _new(_C_ChatMessageContentImageURL)
                            n10 = 0
                            v11 = v8["url"]
                            if not (type(v11) is str or isinstance(v11, str)):
                                raise _no("a string", v11, "url")
                            o9.url = v11
                            v12 = v8.get("detail", _MISS)
                            if type(v12) is str:
                                o9.detail = v12
                            elif v12 is _MISS:
                                o9.detail = None
                            elif v12 is None:
                                n10 |= 2
                                o9.detail = None
                            else:
                                try:
                                    if not (type(v12) is str or isinstance(v12, str)):
                                        raise _no("a string or null", v12)
                                except SchemaMismatch as err13:
                                    err13.within("detail")
                                    raise
                                o9.detail = v12
                            o9._nulls = n10
                            if len(v8) != 1 + (v12 is not _MISS):
                                x14 = dict(v8)
                                del x14["url"]
                                x14.pop("detail", None)
                                o9.additional_properties = x14
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        v8 = o9
                    except SchemaMismatch as err18:
                        err18.within("image_url")
                        raise
                    o3.image_url = v8
                o3._nulls = n4
                if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                    x19 = dict(i1)
                    del x19["type"]
                    x19.pop("text", None)
                    x19.pop("image_url", None)
                    o3.additional_properties = x19
                else:
                    o3.additional_properties = {}
            except KeyError as missing:
                raise _absent(missing) from None
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err23:
        err23.within(len(a2))
        raise
    data = a2
    return data


def _h6(data: Any) -> Any:
    if data != "[DONE]" or type(data) is not type("[DONE]"):
        raise _no("'[DONE]'", data)
    return data


def _h7(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            try:
                if type(i1) is not dict:
                    i1 = _object(i1)
                o3 = _new(_C_ChatMessageContent)
                n4 = 0
                v5 = i1["type"]
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "type")
                o3.type_ = v5
                v6 = i1.get("text", _MISS)
                if type(v6) is str:
                    o3.text = v6
                elif v6 is _MISS:
                    o3.text = None
                elif v6 is None:
                    n4 |= 2
                    o3.text = None
                else:
                    try:
                        if not (type(v6) is str or isinstance(v6, str)):
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
                        try:
                            if type(v8) is not dict:
                                v8 = _object(v8)
                            o9 = _new(_C_ChatMessageContentImageURL)
                            n10 = 0
                            v11 = v8["url"]
                            if not (type(v11) is str or isinstance(v11, str)):
                                raise _no("a string", v11, "url")
                            o9.url = v11
                            v12 = v8.get("detail", _MISS)
                            if type(v12) is str:
                                o9.detail = v12
                            elif v12 is _MISS:
                                o9.detail = None
                            elif v12 is None:
                                n10 |= 2
                                o9.detail = None
                            else:
                                try:
                                    if not (type(v12) is str or isinstance(v12, str)):
                                        raise _no("a string or null", v12)
                                except SchemaMismatch as err13:
                                    err13.within("detail")
                                    raise
                                o9.detail = v12
                            o9._nulls = n10
                            if len(v8) != 1 + (v12 is not _MISS):
                                x14 = dict(v8)
                                del x14["url"]
                                x14.pop("detail", None)
                                o9.additional_properties = x14
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        v8 = o9
                    except SchemaMismatch as err18:
                        err18.within("image_url")
                        raise
                    o3.image_url = v8
                o3._nulls = n4
                if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                    x19 = dict(i1)
                    del x19["type"]
                    x19.pop("text", None)
                    x19.pop("image_url", None)
                    o3.additional_properties = x19
                else:
                    o3.additional_properties = {}
            except KeyError as missing:
                raise _absent(missing) from None
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err23:
        err23.within(len(a2))
        raise
    data = a2
    return data


def _h8(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h9(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h10(data: Any) -> Any:
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


def _h11(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h12(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an integer", data)
    for i1 in data:
        if not (type(i1) is int or _is_int(i1)):
            raise _no("an integer", i1, _index(data, i1))
    return data


def _h13(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h14(data: Any) -> Any:
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


def _h15(data: Any) -> Any:
    if data != "[DONE]" or type(data) is not type("[DONE]"):
        raise _no("'[DONE]'", data)
    return data


def _h16(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a string", data)
    for i1 in data:
        if not (type(i1) is str or isinstance(i1, str)):
            raise _no("a string", i1, _index(data, i1))
    return data


def _h17(data: Any) -> Any:
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


def _h18(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a number", data)
    for i1 in data:
        if not (type(i1) is float or _is_number(i1)):
            raise _no("a number", i1, _index(data, i1))
    return data


def _h19(data: Any) -> Any:
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


def _h20(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of a number", data)
    for i1 in data:
        if not (type(i1) is float or _is_number(i1)):
            raise _no("a number", i1, _index(data, i1))
    return data


def _h21(data: Any) -> Any:
    if type(data) is not list:
        raise _no("an array of an object (ChatMessageContent)", data)
    a2 = []
    try:
        for i1 in data:
            try:
                if type(i1) is not dict:
                    i1 = _object(i1)
                o3 = _new(_C_ChatMessageContent)
                n4 = 0
                v5 = i1["type"]
                if not (type(v5) is str or isinstance(v5, str)):
                    raise _no("a string", v5, "type")
                o3.type_ = v5
                v6 = i1.get("text", _MISS)
                if type(v6) is str:
                    o3.text = v6
                elif v6 is _MISS:
                    o3.text = None
                elif v6 is None:
                    n4 |= 2
                    o3.text = None
                else:
                    try:
                        if not (type(v6) is str or isinstance(v6, str)):
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
                        try:
                            if type(v8) is not dict:
                                v8 = _object(v8)
                            o9 = _new(_C_ChatMessageContentImageURL)
                            n10 = 0
                            v11 = v8["url"]
                            if not (type(v11) is str or isinstance(v11, str)):
                                raise _no("a string", v11, "url")
                            o9.url = v11
                            v12 = v8.get("detail", _MISS)
                            if type(v12) is str:
                                o9.detail = v12
                            elif v12 is _MISS:
                                o9.detail = None
                            elif v12 is None:
                                n10 |= 2
                                o9.detail = None
                            else:
                                try:
                                    if not (type(v12) is str or isinstance(v12, str)):
                                        raise _no("a string or null", v12)
                                except SchemaMismatch as err13:
                                    err13.within("detail")
                                    raise
                                o9.detail = v12
                            o9._nulls = n10
                            if len(v8) != 1 + (v12 is not _MISS):
                                x14 = dict(v8)
                                del x14["url"]
                                x14.pop("detail", None)
                                o9.additional_properties = x14
                            else:
                                o9.additional_properties = {}
                        except KeyError as missing:
                            raise _absent(missing) from None
                        v8 = o9
                    except SchemaMismatch as err18:
                        err18.within("image_url")
                        raise
                    o3.image_url = v8
                o3._nulls = n4
                if len(i1) != 1 + (v6 is not _MISS) + (v8 is not _MISS):
                    x19 = dict(i1)
                    del x19["type"]
                    x19.pop("text", None)
                    x19.pop("image_url", None)
                    o3.additional_properties = x19
                else:
                    o3.additional_properties = {}
            except KeyError as missing:
                raise _absent(missing) from None
            i1 = o3
            a2.append(i1)
    except SchemaMismatch as err23:
        err23.within(len(a2))
        raise
    data = a2
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
