"""Contains all the data models used in inputs/outputs

Each name's module loads on first use (codegen/lazy_faces.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_account_type import AccountAccountType
    from .account_suspend_state import AccountSuspendState
    from .anthropic_api_error import AnthropicAPIError
    from .anthropic_authentication_error import AnthropicAuthenticationError
    from .anthropic_base_64_image_source import AnthropicBase64ImageSource
    from .anthropic_base_64_image_source_media_type import (
        AnthropicBase64ImageSourceMediaType,
    )
    from .anthropic_base_64pdf_source import AnthropicBase64PDFSource
    from .anthropic_billing_error import AnthropicBillingError
    from .anthropic_cache_control_ephemeral import AnthropicCacheControlEphemeral
    from .anthropic_cache_control_ephemeral_ttl import AnthropicCacheControlEphemeralTtl
    from .anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
    from .anthropic_content_block_delta_event_delta import (
        AnthropicContentBlockDeltaEventDelta,
    )
    from .anthropic_content_block_delta_event_delta_type import (
        AnthropicContentBlockDeltaEventDeltaType,
    )
    from .anthropic_content_block_source import AnthropicContentBlockSource
    from .anthropic_content_block_start_event import AnthropicContentBlockStartEvent
    from .anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
    from .anthropic_create_message_params import AnthropicCreateMessageParams
    from .anthropic_effort_level import AnthropicEffortLevel
    from .anthropic_error_response import AnthropicErrorResponse
    from .anthropic_gateway_timeout_error import AnthropicGatewayTimeoutError
    from .anthropic_input_message import AnthropicInputMessage
    from .anthropic_input_message_role import AnthropicInputMessageRole
    from .anthropic_input_schema import AnthropicInputSchema
    from .anthropic_input_schema_properties_type_0 import (
        AnthropicInputSchemaPropertiesType0,
    )
    from .anthropic_invalid_request_error import AnthropicInvalidRequestError
    from .anthropic_json_output_format import AnthropicJsonOutputFormat
    from .anthropic_json_output_format_schema import AnthropicJsonOutputFormatSchema
    from .anthropic_message import AnthropicMessage
    from .anthropic_message_delta_event import AnthropicMessageDeltaEvent
    from .anthropic_message_delta_event_delta import AnthropicMessageDeltaEventDelta
    from .anthropic_message_delta_event_usage import AnthropicMessageDeltaEventUsage
    from .anthropic_message_server_sent_event import AnthropicMessageServerSentEvent
    from .anthropic_message_server_sent_event_event import (
        AnthropicMessageServerSentEventEvent,
    )
    from .anthropic_message_start_event import AnthropicMessageStartEvent
    from .anthropic_message_stop_event import AnthropicMessageStopEvent
    from .anthropic_metadata import AnthropicMetadata
    from .anthropic_not_found_error import AnthropicNotFoundError
    from .anthropic_output_config import AnthropicOutputConfig
    from .anthropic_overloaded_error import AnthropicOverloadedError
    from .anthropic_permission_error import AnthropicPermissionError
    from .anthropic_ping_event import AnthropicPingEvent
    from .anthropic_plain_text_source import AnthropicPlainTextSource
    from .anthropic_rate_limit_error import AnthropicRateLimitError
    from .anthropic_raw_output import AnthropicRawOutput
    from .anthropic_request_char_location_citation import (
        AnthropicRequestCharLocationCitation,
    )
    from .anthropic_request_citations_config import AnthropicRequestCitationsConfig
    from .anthropic_request_content_block_location_citation import (
        AnthropicRequestContentBlockLocationCitation,
    )
    from .anthropic_request_document_block import AnthropicRequestDocumentBlock
    from .anthropic_request_image_block import AnthropicRequestImageBlock
    from .anthropic_request_page_location_citation import (
        AnthropicRequestPageLocationCitation,
    )
    from .anthropic_request_redacted_thinking_block import (
        AnthropicRequestRedactedThinkingBlock,
    )
    from .anthropic_request_search_result_location_citation import (
        AnthropicRequestSearchResultLocationCitation,
    )
    from .anthropic_request_text_block import AnthropicRequestTextBlock
    from .anthropic_request_thinking_block import AnthropicRequestThinkingBlock
    from .anthropic_request_tool_result_block import AnthropicRequestToolResultBlock
    from .anthropic_request_tool_use_block import AnthropicRequestToolUseBlock
    from .anthropic_request_tool_use_block_input import (
        AnthropicRequestToolUseBlockInput,
    )
    from .anthropic_request_web_search_result_location_citation import (
        AnthropicRequestWebSearchResultLocationCitation,
    )
    from .anthropic_response_char_location_citation import (
        AnthropicResponseCharLocationCitation,
    )
    from .anthropic_response_content_block_location_citation import (
        AnthropicResponseContentBlockLocationCitation,
    )
    from .anthropic_response_page_location_citation import (
        AnthropicResponsePageLocationCitation,
    )
    from .anthropic_response_redacted_thinking_block import (
        AnthropicResponseRedactedThinkingBlock,
    )
    from .anthropic_response_search_result_location_citation import (
        AnthropicResponseSearchResultLocationCitation,
    )
    from .anthropic_response_text_block import AnthropicResponseTextBlock
    from .anthropic_response_thinking_block import AnthropicResponseThinkingBlock
    from .anthropic_response_tool_use_block import AnthropicResponseToolUseBlock
    from .anthropic_response_tool_use_block_input import (
        AnthropicResponseToolUseBlockInput,
    )
    from .anthropic_response_web_search_result_location_citation import (
        AnthropicResponseWebSearchResultLocationCitation,
    )
    from .anthropic_stop_reason import AnthropicStopReason
    from .anthropic_thinking_config_adaptive import AnthropicThinkingConfigAdaptive
    from .anthropic_thinking_config_disabled import AnthropicThinkingConfigDisabled
    from .anthropic_thinking_config_enabled import AnthropicThinkingConfigEnabled
    from .anthropic_tool import AnthropicTool
    from .anthropic_tool_choice_any import AnthropicToolChoiceAny
    from .anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from .anthropic_tool_choice_none import AnthropicToolChoiceNone
    from .anthropic_tool_choice_tool import AnthropicToolChoiceTool
    from .anthropic_url_image_source import AnthropicURLImageSource
    from .anthropic_urlpdf_source import AnthropicURLPDFSource
    from .anthropic_usage import AnthropicUsage
    from .base_image_to_image_request import BaseImageToImageRequest
    from .base_model_details_checkpoint_format import BaseModelDetailsCheckpointFormat
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
    from .dataset_format import DatasetFormat
    from .delete_response import DeleteResponse
    from .delta_message import DeltaMessage
    from .deployment_hot_load_bucket_type import DeploymentHotLoadBucketType
    from .deployment_precision import DeploymentPrecision
    from .deployment_shape_preset_type import DeploymentShapePresetType
    from .embedding import Embedding
    from .embedding_object import EmbeddingObject
    from .error import Error
    from .error_response import ErrorResponse
    from .evaluator_source import EvaluatorSource
    from .evaluator_source_type import EvaluatorSourceType
    from .file_upload_response import FileUploadResponse
    from .function_name_spec import FunctionNameSpec
    from .function_selection import FunctionSelection
    from .gateway_accelerator_type import GatewayAcceleratorType
    from .gateway_account import GatewayAccount
    from .gateway_account_state import GatewayAccountState
    from .gateway_api_key import GatewayApiKey
    from .gateway_api_key_annotations import GatewayApiKeyAnnotations
    from .gateway_auto_tune import GatewayAutoTune
    from .gateway_autoscaling_policy import GatewayAutoscalingPolicy
    from .gateway_autoscaling_policy_load_targets import (
        GatewayAutoscalingPolicyLoadTargets,
    )
    from .gateway_autoscaling_policy_scaling_schedules import (
        GatewayAutoscalingPolicyScalingSchedules,
    )
    from .gateway_aws_s3_config import GatewayAwsS3Config
    from .gateway_azure_blob_storage_config import GatewayAzureBlobStorageConfig
    from .gateway_base_model_details import GatewayBaseModelDetails
    from .gateway_base_training_config import GatewayBaseTrainingConfig
    from .gateway_batch_inference_job import GatewayBatchInferenceJob
    from .gateway_batch_inference_job_inference_parameters import (
        GatewayBatchInferenceJobInferenceParameters,
    )
    from .gateway_cancel_reinforcement_fine_tuning_job_body import (
        GatewayCancelReinforcementFineTuningJobBody,
    )
    from .gateway_cancel_reinforcement_fine_tuning_job_response_200 import (
        GatewayCancelReinforcementFineTuningJobResponse200,
    )
    from .gateway_code import GatewayCode
    from .gateway_code_snippets import GatewayCodeSnippets
    from .gateway_code_snippets_file_contents import GatewayCodeSnippetsFileContents
    from .gateway_conversation_config import GatewayConversationConfig
    from .gateway_create_api_key_body import GatewayCreateApiKeyBody
    from .gateway_create_dataset_body import GatewayCreateDatasetBody
    from .gateway_create_evaluation_job_body import GatewayCreateEvaluationJobBody
    from .gateway_create_evaluator_v2_body import GatewayCreateEvaluatorV2Body
    from .gateway_create_model_body import GatewayCreateModelBody
    from .gateway_criterion import GatewayCriterion
    from .gateway_criterion_type import GatewayCriterionType
    from .gateway_dataset import GatewayDataset
    from .gateway_dataset_state import GatewayDatasetState
    from .gateway_delete_api_key_body import GatewayDeleteApiKeyBody
    from .gateway_delete_api_key_response_200 import GatewayDeleteApiKeyResponse200
    from .gateway_delete_batch_inference_job_response_200 import (
        GatewayDeleteBatchInferenceJobResponse200,
    )
    from .gateway_delete_dataset_response_200 import GatewayDeleteDatasetResponse200
    from .gateway_delete_deployed_model_response_200 import (
        GatewayDeleteDeployedModelResponse200,
    )
    from .gateway_delete_deployment_response_200 import (
        GatewayDeleteDeploymentResponse200,
    )
    from .gateway_delete_dpo_job_response_200 import GatewayDeleteDpoJobResponse200
    from .gateway_delete_evaluation_job_response_200 import (
        GatewayDeleteEvaluationJobResponse200,
    )
    from .gateway_delete_evaluator_response_200 import GatewayDeleteEvaluatorResponse200
    from .gateway_delete_evaluator_version_response_200 import (
        GatewayDeleteEvaluatorVersionResponse200,
    )
    from .gateway_delete_model_response_200 import GatewayDeleteModelResponse200
    from .gateway_delete_reinforcement_fine_tuning_job_response_200 import (
        GatewayDeleteReinforcementFineTuningJobResponse200,
    )
    from .gateway_delete_rlor_trainer_job_response_200 import (
        GatewayDeleteRlorTrainerJobResponse200,
    )
    from .gateway_delete_secret_response_200 import GatewayDeleteSecretResponse200
    from .gateway_delete_supervised_fine_tuning_job_response_200 import (
        GatewayDeleteSupervisedFineTuningJobResponse200,
    )
    from .gateway_deployed_model import GatewayDeployedModel
    from .gateway_deployed_model_ref import GatewayDeployedModelRef
    from .gateway_deployed_model_state import GatewayDeployedModelState
    from .gateway_deployment import GatewayDeployment
    from .gateway_deployment_annotations import GatewayDeploymentAnnotations
    from .gateway_deployment_shape import GatewayDeploymentShape
    from .gateway_deployment_shape_version import GatewayDeploymentShapeVersion
    from .gateway_deployment_state import GatewayDeploymentState
    from .gateway_direct_route_type import GatewayDirectRouteType
    from .gateway_dpo_config import GatewayDpoConfig
    from .gateway_dpo_job import GatewayDpoJob
    from .gateway_eval_protocol import GatewayEvalProtocol
    from .gateway_evaluation_job import GatewayEvaluationJob
    from .gateway_evaluation_job_metrics import GatewayEvaluationJobMetrics
    from .gateway_evaluation_result import GatewayEvaluationResult
    from .gateway_evaluator import GatewayEvaluator
    from .gateway_evaluator_state import GatewayEvaluatorState
    from .gateway_evaluator_version import GatewayEvaluatorVersion
    from .gateway_execute_rlor_train_step_body import GatewayExecuteRlorTrainStepBody
    from .gateway_execute_rlor_train_step_response_200 import (
        GatewayExecuteRlorTrainStepResponse200,
    )
    from .gateway_get_dataset_download_endpoint_response import (
        GatewayGetDatasetDownloadEndpointResponse,
    )
    from .gateway_get_dataset_download_endpoint_response_filename_to_signed_urls import (
        GatewayGetDatasetDownloadEndpointResponseFilenameToSignedUrls,
    )
    from .gateway_get_dataset_upload_endpoint_body import (
        GatewayGetDatasetUploadEndpointBody,
    )
    from .gateway_get_dataset_upload_endpoint_body_filename_to_size import (
        GatewayGetDatasetUploadEndpointBodyFilenameToSize,
    )
    from .gateway_get_dataset_upload_endpoint_response import (
        GatewayGetDatasetUploadEndpointResponse,
    )
    from .gateway_get_dataset_upload_endpoint_response_filename_to_signed_urls import (
        GatewayGetDatasetUploadEndpointResponseFilenameToSignedUrls,
    )
    from .gateway_get_dpo_job_metrics_file_response import (
        GatewayGetDpoJobMetricsFileResponse,
    )
    from .gateway_get_evaluation_job_execution_log_endpoint_response import (
        GatewayGetEvaluationJobExecutionLogEndpointResponse,
    )
    from .gateway_get_evaluator_build_log_endpoint_response import (
        GatewayGetEvaluatorBuildLogEndpointResponse,
    )
    from .gateway_get_evaluator_source_code_endpoint_response import (
        GatewayGetEvaluatorSourceCodeEndpointResponse,
    )
    from .gateway_get_evaluator_source_code_endpoint_response_filename_to_signed_urls import (
        GatewayGetEvaluatorSourceCodeEndpointResponseFilenameToSignedUrls,
    )
    from .gateway_get_evaluator_upload_endpoint_body import (
        GatewayGetEvaluatorUploadEndpointBody,
    )
    from .gateway_get_evaluator_upload_endpoint_body_filename_to_size import (
        GatewayGetEvaluatorUploadEndpointBodyFilenameToSize,
    )
    from .gateway_get_evaluator_upload_endpoint_response import (
        GatewayGetEvaluatorUploadEndpointResponse,
    )
    from .gateway_get_evaluator_upload_endpoint_response_filename_to_signed_urls import (
        GatewayGetEvaluatorUploadEndpointResponseFilenameToSignedUrls,
    )
    from .gateway_get_model_download_endpoint_response import (
        GatewayGetModelDownloadEndpointResponse,
    )
    from .gateway_get_model_download_endpoint_response_filename_to_signed_urls import (
        GatewayGetModelDownloadEndpointResponseFilenameToSignedUrls,
    )
    from .gateway_get_model_upload_endpoint_body import (
        GatewayGetModelUploadEndpointBody,
    )
    from .gateway_get_model_upload_endpoint_body_filename_to_size import (
        GatewayGetModelUploadEndpointBodyFilenameToSize,
    )
    from .gateway_get_model_upload_endpoint_response import (
        GatewayGetModelUploadEndpointResponse,
    )
    from .gateway_get_model_upload_endpoint_response_filename_to_signed_urls import (
        GatewayGetModelUploadEndpointResponseFilenameToSignedUrls,
    )
    from .gateway_get_model_upload_endpoint_response_filename_to_unsigned_uris import (
        GatewayGetModelUploadEndpointResponseFilenameToUnsignedUris,
    )
    from .gateway_job_progress import GatewayJobProgress
    from .gateway_job_state import GatewayJobState
    from .gateway_list_accounts_response import GatewayListAccountsResponse
    from .gateway_list_api_keys_response import GatewayListApiKeysResponse
    from .gateway_list_batch_inference_jobs_response import (
        GatewayListBatchInferenceJobsResponse,
    )
    from .gateway_list_datasets_response import GatewayListDatasetsResponse
    from .gateway_list_deployed_models_response import GatewayListDeployedModelsResponse
    from .gateway_list_deployment_shape_versions_response import (
        GatewayListDeploymentShapeVersionsResponse,
    )
    from .gateway_list_deployment_shapes_response import (
        GatewayListDeploymentShapesResponse,
    )
    from .gateway_list_deployments_response import GatewayListDeploymentsResponse
    from .gateway_list_dpo_jobs_response import GatewayListDpoJobsResponse
    from .gateway_list_evaluation_jobs_response import GatewayListEvaluationJobsResponse
    from .gateway_list_evaluator_versions_response import (
        GatewayListEvaluatorVersionsResponse,
    )
    from .gateway_list_evaluators_response import GatewayListEvaluatorsResponse
    from .gateway_list_models_response import GatewayListModelsResponse
    from .gateway_list_reinforcement_fine_tuning_jobs_response import (
        GatewayListReinforcementFineTuningJobsResponse,
    )
    from .gateway_list_rlor_trainer_jobs_response import (
        GatewayListRlorTrainerJobsResponse,
    )
    from .gateway_list_secrets_response import GatewayListSecretsResponse
    from .gateway_list_supervised_fine_tuning_jobs_response import (
        GatewayListSupervisedFineTuningJobsResponse,
    )
    from .gateway_list_users_response import GatewayListUsersResponse
    from .gateway_model import GatewayModel
    from .gateway_model_default_sampling_params import GatewayModelDefaultSamplingParams
    from .gateway_model_state import GatewayModelState
    from .gateway_multi_region import GatewayMultiRegion
    from .gateway_notification_settings import GatewayNotificationSettings
    from .gateway_orpo_config import GatewayOrpoConfig
    from .gateway_peft_details import GatewayPEFTDetails
    from .gateway_placement import GatewayPlacement
    from .gateway_prepare_model_body import GatewayPrepareModelBody
    from .gateway_prepare_model_response_200 import GatewayPrepareModelResponse200
    from .gateway_purpose import GatewayPurpose
    from .gateway_region import GatewayRegion
    from .gateway_reinforcement_fine_tuning_job import GatewayReinforcementFineTuningJob
    from .gateway_reinforcement_fine_tuning_job_accelerator_seconds import (
        GatewayReinforcementFineTuningJobAcceleratorSeconds,
    )
    from .gateway_reinforcement_fine_tuning_job_inference_parameters import (
        GatewayReinforcementFineTuningJobInferenceParameters,
    )
    from .gateway_reinforcement_learning_loss_config import (
        GatewayReinforcementLearningLossConfig,
    )
    from .gateway_replica_stats import GatewayReplicaStats
    from .gateway_resume_dpo_job_body import GatewayResumeDpoJobBody
    from .gateway_resume_reinforcement_fine_tuning_job_body import (
        GatewayResumeReinforcementFineTuningJobBody,
    )
    from .gateway_resume_rlor_trainer_job_body import GatewayResumeRlorTrainerJobBody
    from .gateway_resume_supervised_fine_tuning_job_body import (
        GatewayResumeSupervisedFineTuningJobBody,
    )
    from .gateway_rlor_trainer_job import GatewayRlorTrainerJob
    from .gateway_rlor_trainer_job_accelerator_seconds import (
        GatewayRlorTrainerJobAcceleratorSeconds,
    )
    from .gateway_scale_deployment_body import GatewayScaleDeploymentBody
    from .gateway_scale_deployment_response_200 import GatewayScaleDeploymentResponse200
    from .gateway_scaling_schedule import GatewayScalingSchedule
    from .gateway_secret import GatewaySecret
    from .gateway_splitted import GatewaySplitted
    from .gateway_status import GatewayStatus
    from .gateway_supervised_fine_tuning_job import GatewaySupervisedFineTuningJob
    from .gateway_teft_details import GatewayTEFTDetails
    from .gateway_trainer_sharding_scheme import GatewayTrainerShardingScheme
    from .gateway_transformed import GatewayTransformed
    from .gateway_undelete_deployment_body import GatewayUndeleteDeploymentBody
    from .gateway_update_dataset_body import GatewayUpdateDatasetBody
    from .gateway_update_deployed_model_body import GatewayUpdateDeployedModelBody
    from .gateway_update_deployment_body import GatewayUpdateDeploymentBody
    from .gateway_update_deployment_body_annotations import (
        GatewayUpdateDeploymentBodyAnnotations,
    )
    from .gateway_update_evaluator_body import GatewayUpdateEvaluatorBody
    from .gateway_update_model_body import GatewayUpdateModelBody
    from .gateway_update_model_body_default_sampling_params import (
        GatewayUpdateModelBodyDefaultSamplingParams,
    )
    from .gateway_update_secret_body import GatewayUpdateSecretBody
    from .gateway_update_user_body import GatewayUpdateUserBody
    from .gateway_upload_dataset_file_body import GatewayUploadDatasetFileBody
    from .gateway_user import GatewayUser
    from .gateway_user_state import GatewayUserState
    from .gateway_user_uploaded import GatewayUserUploaded
    from .gateway_validate_dataset_upload_body import GatewayValidateDatasetUploadBody
    from .gateway_validate_dataset_upload_response_200 import (
        GatewayValidateDatasetUploadResponse200,
    )
    from .gateway_validate_evaluator_upload_body import (
        GatewayValidateEvaluatorUploadBody,
    )
    from .gateway_validate_evaluator_upload_response_200 import (
        GatewayValidateEvaluatorUploadResponse200,
    )
    from .gateway_validate_model_upload_response import (
        GatewayValidateModelUploadResponse,
    )
    from .gateway_wandb_config import GatewayWandbConfig
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
    from .model_kind import ModelKind
    from .model_snapshot_type import ModelSnapshotType
    from .new_log_probs import NewLogProbs
    from .new_log_probs_content import NewLogProbsContent
    from .new_log_probs_content_top_log_probs import NewLogProbsContentTopLogProbs
    from .predicted_output import PredictedOutput
    from .prompt_tokens_details import PromptTokensDetails
    from .raw_output import RawOutput
    from .reinforcement_learning_loss_config_method import (
        ReinforcementLearningLossConfigMethod,
    )
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
    from .type_date import TypeDate
    from .type_money import TypeMoney
    from .usage_info import UsageInfo
    from .validation_error import ValidationError

_MODULES = {
    "AccountAccountType": ".account_account_type",
    "AccountSuspendState": ".account_suspend_state",
    "AnthropicAPIError": ".anthropic_api_error",
    "AnthropicAuthenticationError": ".anthropic_authentication_error",
    "AnthropicBase64ImageSource": ".anthropic_base_64_image_source",
    "AnthropicBase64ImageSourceMediaType": ".anthropic_base_64_image_source_media_type",
    "AnthropicBase64PDFSource": ".anthropic_base_64pdf_source",
    "AnthropicBillingError": ".anthropic_billing_error",
    "AnthropicCacheControlEphemeral": ".anthropic_cache_control_ephemeral",
    "AnthropicCacheControlEphemeralTtl": ".anthropic_cache_control_ephemeral_ttl",
    "AnthropicContentBlockDeltaEvent": ".anthropic_content_block_delta_event",
    "AnthropicContentBlockDeltaEventDelta": ".anthropic_content_block_delta_event_delta",
    "AnthropicContentBlockDeltaEventDeltaType": ".anthropic_content_block_delta_event_delta_type",
    "AnthropicContentBlockSource": ".anthropic_content_block_source",
    "AnthropicContentBlockStartEvent": ".anthropic_content_block_start_event",
    "AnthropicContentBlockStopEvent": ".anthropic_content_block_stop_event",
    "AnthropicCreateMessageParams": ".anthropic_create_message_params",
    "AnthropicEffortLevel": ".anthropic_effort_level",
    "AnthropicErrorResponse": ".anthropic_error_response",
    "AnthropicGatewayTimeoutError": ".anthropic_gateway_timeout_error",
    "AnthropicInputMessage": ".anthropic_input_message",
    "AnthropicInputMessageRole": ".anthropic_input_message_role",
    "AnthropicInputSchema": ".anthropic_input_schema",
    "AnthropicInputSchemaPropertiesType0": ".anthropic_input_schema_properties_type_0",
    "AnthropicInvalidRequestError": ".anthropic_invalid_request_error",
    "AnthropicJsonOutputFormat": ".anthropic_json_output_format",
    "AnthropicJsonOutputFormatSchema": ".anthropic_json_output_format_schema",
    "AnthropicMessage": ".anthropic_message",
    "AnthropicMessageDeltaEvent": ".anthropic_message_delta_event",
    "AnthropicMessageDeltaEventDelta": ".anthropic_message_delta_event_delta",
    "AnthropicMessageDeltaEventUsage": ".anthropic_message_delta_event_usage",
    "AnthropicMessageServerSentEvent": ".anthropic_message_server_sent_event",
    "AnthropicMessageServerSentEventEvent": ".anthropic_message_server_sent_event_event",
    "AnthropicMessageStartEvent": ".anthropic_message_start_event",
    "AnthropicMessageStopEvent": ".anthropic_message_stop_event",
    "AnthropicMetadata": ".anthropic_metadata",
    "AnthropicNotFoundError": ".anthropic_not_found_error",
    "AnthropicOutputConfig": ".anthropic_output_config",
    "AnthropicOverloadedError": ".anthropic_overloaded_error",
    "AnthropicPermissionError": ".anthropic_permission_error",
    "AnthropicPingEvent": ".anthropic_ping_event",
    "AnthropicPlainTextSource": ".anthropic_plain_text_source",
    "AnthropicRateLimitError": ".anthropic_rate_limit_error",
    "AnthropicRawOutput": ".anthropic_raw_output",
    "AnthropicRequestCharLocationCitation": ".anthropic_request_char_location_citation",
    "AnthropicRequestCitationsConfig": ".anthropic_request_citations_config",
    "AnthropicRequestContentBlockLocationCitation": ".anthropic_request_content_block_location_citation",
    "AnthropicRequestDocumentBlock": ".anthropic_request_document_block",
    "AnthropicRequestImageBlock": ".anthropic_request_image_block",
    "AnthropicRequestPageLocationCitation": ".anthropic_request_page_location_citation",
    "AnthropicRequestRedactedThinkingBlock": ".anthropic_request_redacted_thinking_block",
    "AnthropicRequestSearchResultLocationCitation": ".anthropic_request_search_result_location_citation",
    "AnthropicRequestTextBlock": ".anthropic_request_text_block",
    "AnthropicRequestThinkingBlock": ".anthropic_request_thinking_block",
    "AnthropicRequestToolResultBlock": ".anthropic_request_tool_result_block",
    "AnthropicRequestToolUseBlock": ".anthropic_request_tool_use_block",
    "AnthropicRequestToolUseBlockInput": ".anthropic_request_tool_use_block_input",
    "AnthropicRequestWebSearchResultLocationCitation": ".anthropic_request_web_search_result_location_citation",
    "AnthropicResponseCharLocationCitation": ".anthropic_response_char_location_citation",
    "AnthropicResponseContentBlockLocationCitation": ".anthropic_response_content_block_location_citation",
    "AnthropicResponsePageLocationCitation": ".anthropic_response_page_location_citation",
    "AnthropicResponseRedactedThinkingBlock": ".anthropic_response_redacted_thinking_block",
    "AnthropicResponseSearchResultLocationCitation": ".anthropic_response_search_result_location_citation",
    "AnthropicResponseTextBlock": ".anthropic_response_text_block",
    "AnthropicResponseThinkingBlock": ".anthropic_response_thinking_block",
    "AnthropicResponseToolUseBlock": ".anthropic_response_tool_use_block",
    "AnthropicResponseToolUseBlockInput": ".anthropic_response_tool_use_block_input",
    "AnthropicResponseWebSearchResultLocationCitation": ".anthropic_response_web_search_result_location_citation",
    "AnthropicStopReason": ".anthropic_stop_reason",
    "AnthropicThinkingConfigAdaptive": ".anthropic_thinking_config_adaptive",
    "AnthropicThinkingConfigDisabled": ".anthropic_thinking_config_disabled",
    "AnthropicThinkingConfigEnabled": ".anthropic_thinking_config_enabled",
    "AnthropicTool": ".anthropic_tool",
    "AnthropicToolChoiceAny": ".anthropic_tool_choice_any",
    "AnthropicToolChoiceAuto": ".anthropic_tool_choice_auto",
    "AnthropicToolChoiceNone": ".anthropic_tool_choice_none",
    "AnthropicToolChoiceTool": ".anthropic_tool_choice_tool",
    "AnthropicURLImageSource": ".anthropic_url_image_source",
    "AnthropicURLPDFSource": ".anthropic_urlpdf_source",
    "AnthropicUsage": ".anthropic_usage",
    "BaseImageToImageRequest": ".base_image_to_image_request",
    "BaseModelDetailsCheckpointFormat": ".base_model_details_checkpoint_format",
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
    "DatasetFormat": ".dataset_format",
    "DeleteResponse": ".delete_response",
    "DeltaMessage": ".delta_message",
    "DeploymentHotLoadBucketType": ".deployment_hot_load_bucket_type",
    "DeploymentPrecision": ".deployment_precision",
    "DeploymentShapePresetType": ".deployment_shape_preset_type",
    "Embedding": ".embedding",
    "EmbeddingObject": ".embedding_object",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "EvaluatorSource": ".evaluator_source",
    "EvaluatorSourceType": ".evaluator_source_type",
    "FileUploadResponse": ".file_upload_response",
    "FunctionNameSpec": ".function_name_spec",
    "FunctionSelection": ".function_selection",
    "GatewayAcceleratorType": ".gateway_accelerator_type",
    "GatewayAccount": ".gateway_account",
    "GatewayAccountState": ".gateway_account_state",
    "GatewayApiKey": ".gateway_api_key",
    "GatewayApiKeyAnnotations": ".gateway_api_key_annotations",
    "GatewayAutoTune": ".gateway_auto_tune",
    "GatewayAutoscalingPolicy": ".gateway_autoscaling_policy",
    "GatewayAutoscalingPolicyLoadTargets": ".gateway_autoscaling_policy_load_targets",
    "GatewayAutoscalingPolicyScalingSchedules": ".gateway_autoscaling_policy_scaling_schedules",
    "GatewayAwsS3Config": ".gateway_aws_s3_config",
    "GatewayAzureBlobStorageConfig": ".gateway_azure_blob_storage_config",
    "GatewayBaseModelDetails": ".gateway_base_model_details",
    "GatewayBaseTrainingConfig": ".gateway_base_training_config",
    "GatewayBatchInferenceJob": ".gateway_batch_inference_job",
    "GatewayBatchInferenceJobInferenceParameters": ".gateway_batch_inference_job_inference_parameters",
    "GatewayCancelReinforcementFineTuningJobBody": ".gateway_cancel_reinforcement_fine_tuning_job_body",
    "GatewayCancelReinforcementFineTuningJobResponse200": ".gateway_cancel_reinforcement_fine_tuning_job_response_200",
    "GatewayCode": ".gateway_code",
    "GatewayCodeSnippets": ".gateway_code_snippets",
    "GatewayCodeSnippetsFileContents": ".gateway_code_snippets_file_contents",
    "GatewayConversationConfig": ".gateway_conversation_config",
    "GatewayCreateApiKeyBody": ".gateway_create_api_key_body",
    "GatewayCreateDatasetBody": ".gateway_create_dataset_body",
    "GatewayCreateEvaluationJobBody": ".gateway_create_evaluation_job_body",
    "GatewayCreateEvaluatorV2Body": ".gateway_create_evaluator_v2_body",
    "GatewayCreateModelBody": ".gateway_create_model_body",
    "GatewayCriterion": ".gateway_criterion",
    "GatewayCriterionType": ".gateway_criterion_type",
    "GatewayDataset": ".gateway_dataset",
    "GatewayDatasetState": ".gateway_dataset_state",
    "GatewayDeleteApiKeyBody": ".gateway_delete_api_key_body",
    "GatewayDeleteApiKeyResponse200": ".gateway_delete_api_key_response_200",
    "GatewayDeleteBatchInferenceJobResponse200": ".gateway_delete_batch_inference_job_response_200",
    "GatewayDeleteDatasetResponse200": ".gateway_delete_dataset_response_200",
    "GatewayDeleteDeployedModelResponse200": ".gateway_delete_deployed_model_response_200",
    "GatewayDeleteDeploymentResponse200": ".gateway_delete_deployment_response_200",
    "GatewayDeleteDpoJobResponse200": ".gateway_delete_dpo_job_response_200",
    "GatewayDeleteEvaluationJobResponse200": ".gateway_delete_evaluation_job_response_200",
    "GatewayDeleteEvaluatorResponse200": ".gateway_delete_evaluator_response_200",
    "GatewayDeleteEvaluatorVersionResponse200": ".gateway_delete_evaluator_version_response_200",
    "GatewayDeleteModelResponse200": ".gateway_delete_model_response_200",
    "GatewayDeleteReinforcementFineTuningJobResponse200": ".gateway_delete_reinforcement_fine_tuning_job_response_200",
    "GatewayDeleteRlorTrainerJobResponse200": ".gateway_delete_rlor_trainer_job_response_200",
    "GatewayDeleteSecretResponse200": ".gateway_delete_secret_response_200",
    "GatewayDeleteSupervisedFineTuningJobResponse200": ".gateway_delete_supervised_fine_tuning_job_response_200",
    "GatewayDeployedModel": ".gateway_deployed_model",
    "GatewayDeployedModelRef": ".gateway_deployed_model_ref",
    "GatewayDeployedModelState": ".gateway_deployed_model_state",
    "GatewayDeployment": ".gateway_deployment",
    "GatewayDeploymentAnnotations": ".gateway_deployment_annotations",
    "GatewayDeploymentShape": ".gateway_deployment_shape",
    "GatewayDeploymentShapeVersion": ".gateway_deployment_shape_version",
    "GatewayDeploymentState": ".gateway_deployment_state",
    "GatewayDirectRouteType": ".gateway_direct_route_type",
    "GatewayDpoConfig": ".gateway_dpo_config",
    "GatewayDpoJob": ".gateway_dpo_job",
    "GatewayEvalProtocol": ".gateway_eval_protocol",
    "GatewayEvaluationJob": ".gateway_evaluation_job",
    "GatewayEvaluationJobMetrics": ".gateway_evaluation_job_metrics",
    "GatewayEvaluationResult": ".gateway_evaluation_result",
    "GatewayEvaluator": ".gateway_evaluator",
    "GatewayEvaluatorState": ".gateway_evaluator_state",
    "GatewayEvaluatorVersion": ".gateway_evaluator_version",
    "GatewayExecuteRlorTrainStepBody": ".gateway_execute_rlor_train_step_body",
    "GatewayExecuteRlorTrainStepResponse200": ".gateway_execute_rlor_train_step_response_200",
    "GatewayGetDatasetDownloadEndpointResponse": ".gateway_get_dataset_download_endpoint_response",
    "GatewayGetDatasetDownloadEndpointResponseFilenameToSignedUrls": ".gateway_get_dataset_download_endpoint_response_filename_to_signed_urls",
    "GatewayGetDatasetUploadEndpointBody": ".gateway_get_dataset_upload_endpoint_body",
    "GatewayGetDatasetUploadEndpointBodyFilenameToSize": ".gateway_get_dataset_upload_endpoint_body_filename_to_size",
    "GatewayGetDatasetUploadEndpointResponse": ".gateway_get_dataset_upload_endpoint_response",
    "GatewayGetDatasetUploadEndpointResponseFilenameToSignedUrls": ".gateway_get_dataset_upload_endpoint_response_filename_to_signed_urls",
    "GatewayGetDpoJobMetricsFileResponse": ".gateway_get_dpo_job_metrics_file_response",
    "GatewayGetEvaluationJobExecutionLogEndpointResponse": ".gateway_get_evaluation_job_execution_log_endpoint_response",
    "GatewayGetEvaluatorBuildLogEndpointResponse": ".gateway_get_evaluator_build_log_endpoint_response",
    "GatewayGetEvaluatorSourceCodeEndpointResponse": ".gateway_get_evaluator_source_code_endpoint_response",
    "GatewayGetEvaluatorSourceCodeEndpointResponseFilenameToSignedUrls": ".gateway_get_evaluator_source_code_endpoint_response_filename_to_signed_urls",
    "GatewayGetEvaluatorUploadEndpointBody": ".gateway_get_evaluator_upload_endpoint_body",
    "GatewayGetEvaluatorUploadEndpointBodyFilenameToSize": ".gateway_get_evaluator_upload_endpoint_body_filename_to_size",
    "GatewayGetEvaluatorUploadEndpointResponse": ".gateway_get_evaluator_upload_endpoint_response",
    "GatewayGetEvaluatorUploadEndpointResponseFilenameToSignedUrls": ".gateway_get_evaluator_upload_endpoint_response_filename_to_signed_urls",
    "GatewayGetModelDownloadEndpointResponse": ".gateway_get_model_download_endpoint_response",
    "GatewayGetModelDownloadEndpointResponseFilenameToSignedUrls": ".gateway_get_model_download_endpoint_response_filename_to_signed_urls",
    "GatewayGetModelUploadEndpointBody": ".gateway_get_model_upload_endpoint_body",
    "GatewayGetModelUploadEndpointBodyFilenameToSize": ".gateway_get_model_upload_endpoint_body_filename_to_size",
    "GatewayGetModelUploadEndpointResponse": ".gateway_get_model_upload_endpoint_response",
    "GatewayGetModelUploadEndpointResponseFilenameToSignedUrls": ".gateway_get_model_upload_endpoint_response_filename_to_signed_urls",
    "GatewayGetModelUploadEndpointResponseFilenameToUnsignedUris": ".gateway_get_model_upload_endpoint_response_filename_to_unsigned_uris",
    "GatewayJobProgress": ".gateway_job_progress",
    "GatewayJobState": ".gateway_job_state",
    "GatewayListAccountsResponse": ".gateway_list_accounts_response",
    "GatewayListApiKeysResponse": ".gateway_list_api_keys_response",
    "GatewayListBatchInferenceJobsResponse": ".gateway_list_batch_inference_jobs_response",
    "GatewayListDatasetsResponse": ".gateway_list_datasets_response",
    "GatewayListDeployedModelsResponse": ".gateway_list_deployed_models_response",
    "GatewayListDeploymentShapeVersionsResponse": ".gateway_list_deployment_shape_versions_response",
    "GatewayListDeploymentShapesResponse": ".gateway_list_deployment_shapes_response",
    "GatewayListDeploymentsResponse": ".gateway_list_deployments_response",
    "GatewayListDpoJobsResponse": ".gateway_list_dpo_jobs_response",
    "GatewayListEvaluationJobsResponse": ".gateway_list_evaluation_jobs_response",
    "GatewayListEvaluatorVersionsResponse": ".gateway_list_evaluator_versions_response",
    "GatewayListEvaluatorsResponse": ".gateway_list_evaluators_response",
    "GatewayListModelsResponse": ".gateway_list_models_response",
    "GatewayListReinforcementFineTuningJobsResponse": ".gateway_list_reinforcement_fine_tuning_jobs_response",
    "GatewayListRlorTrainerJobsResponse": ".gateway_list_rlor_trainer_jobs_response",
    "GatewayListSecretsResponse": ".gateway_list_secrets_response",
    "GatewayListSupervisedFineTuningJobsResponse": ".gateway_list_supervised_fine_tuning_jobs_response",
    "GatewayListUsersResponse": ".gateway_list_users_response",
    "GatewayModel": ".gateway_model",
    "GatewayModelDefaultSamplingParams": ".gateway_model_default_sampling_params",
    "GatewayModelState": ".gateway_model_state",
    "GatewayMultiRegion": ".gateway_multi_region",
    "GatewayNotificationSettings": ".gateway_notification_settings",
    "GatewayOrpoConfig": ".gateway_orpo_config",
    "GatewayPEFTDetails": ".gateway_peft_details",
    "GatewayPlacement": ".gateway_placement",
    "GatewayPrepareModelBody": ".gateway_prepare_model_body",
    "GatewayPrepareModelResponse200": ".gateway_prepare_model_response_200",
    "GatewayPurpose": ".gateway_purpose",
    "GatewayRegion": ".gateway_region",
    "GatewayReinforcementFineTuningJob": ".gateway_reinforcement_fine_tuning_job",
    "GatewayReinforcementFineTuningJobAcceleratorSeconds": ".gateway_reinforcement_fine_tuning_job_accelerator_seconds",
    "GatewayReinforcementFineTuningJobInferenceParameters": ".gateway_reinforcement_fine_tuning_job_inference_parameters",
    "GatewayReinforcementLearningLossConfig": ".gateway_reinforcement_learning_loss_config",
    "GatewayReplicaStats": ".gateway_replica_stats",
    "GatewayResumeDpoJobBody": ".gateway_resume_dpo_job_body",
    "GatewayResumeReinforcementFineTuningJobBody": ".gateway_resume_reinforcement_fine_tuning_job_body",
    "GatewayResumeRlorTrainerJobBody": ".gateway_resume_rlor_trainer_job_body",
    "GatewayResumeSupervisedFineTuningJobBody": ".gateway_resume_supervised_fine_tuning_job_body",
    "GatewayRlorTrainerJob": ".gateway_rlor_trainer_job",
    "GatewayRlorTrainerJobAcceleratorSeconds": ".gateway_rlor_trainer_job_accelerator_seconds",
    "GatewayScaleDeploymentBody": ".gateway_scale_deployment_body",
    "GatewayScaleDeploymentResponse200": ".gateway_scale_deployment_response_200",
    "GatewayScalingSchedule": ".gateway_scaling_schedule",
    "GatewaySecret": ".gateway_secret",
    "GatewaySplitted": ".gateway_splitted",
    "GatewayStatus": ".gateway_status",
    "GatewaySupervisedFineTuningJob": ".gateway_supervised_fine_tuning_job",
    "GatewayTEFTDetails": ".gateway_teft_details",
    "GatewayTrainerShardingScheme": ".gateway_trainer_sharding_scheme",
    "GatewayTransformed": ".gateway_transformed",
    "GatewayUndeleteDeploymentBody": ".gateway_undelete_deployment_body",
    "GatewayUpdateDatasetBody": ".gateway_update_dataset_body",
    "GatewayUpdateDeployedModelBody": ".gateway_update_deployed_model_body",
    "GatewayUpdateDeploymentBody": ".gateway_update_deployment_body",
    "GatewayUpdateDeploymentBodyAnnotations": ".gateway_update_deployment_body_annotations",
    "GatewayUpdateEvaluatorBody": ".gateway_update_evaluator_body",
    "GatewayUpdateModelBody": ".gateway_update_model_body",
    "GatewayUpdateModelBodyDefaultSamplingParams": ".gateway_update_model_body_default_sampling_params",
    "GatewayUpdateSecretBody": ".gateway_update_secret_body",
    "GatewayUpdateUserBody": ".gateway_update_user_body",
    "GatewayUploadDatasetFileBody": ".gateway_upload_dataset_file_body",
    "GatewayUser": ".gateway_user",
    "GatewayUserState": ".gateway_user_state",
    "GatewayUserUploaded": ".gateway_user_uploaded",
    "GatewayValidateDatasetUploadBody": ".gateway_validate_dataset_upload_body",
    "GatewayValidateDatasetUploadResponse200": ".gateway_validate_dataset_upload_response_200",
    "GatewayValidateEvaluatorUploadBody": ".gateway_validate_evaluator_upload_body",
    "GatewayValidateEvaluatorUploadResponse200": ".gateway_validate_evaluator_upload_response_200",
    "GatewayValidateModelUploadResponse": ".gateway_validate_model_upload_response",
    "GatewayWandbConfig": ".gateway_wandb_config",
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
    "ModelKind": ".model_kind",
    "ModelSnapshotType": ".model_snapshot_type",
    "NewLogProbs": ".new_log_probs",
    "NewLogProbsContent": ".new_log_probs_content",
    "NewLogProbsContentTopLogProbs": ".new_log_probs_content_top_log_probs",
    "PredictedOutput": ".predicted_output",
    "PromptTokensDetails": ".prompt_tokens_details",
    "RawOutput": ".raw_output",
    "ReinforcementLearningLossConfigMethod": ".reinforcement_learning_loss_config_method",
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
    "TypeDate": ".type_date",
    "TypeMoney": ".type_money",
    "UsageInfo": ".usage_info",
    "ValidationError": ".validation_error",
}

__all__ = (
    "AccountAccountType",
    "AccountSuspendState",
    "AnthropicAPIError",
    "AnthropicAuthenticationError",
    "AnthropicBase64ImageSource",
    "AnthropicBase64ImageSourceMediaType",
    "AnthropicBase64PDFSource",
    "AnthropicBillingError",
    "AnthropicCacheControlEphemeral",
    "AnthropicCacheControlEphemeralTtl",
    "AnthropicContentBlockDeltaEvent",
    "AnthropicContentBlockDeltaEventDelta",
    "AnthropicContentBlockDeltaEventDeltaType",
    "AnthropicContentBlockSource",
    "AnthropicContentBlockStartEvent",
    "AnthropicContentBlockStopEvent",
    "AnthropicCreateMessageParams",
    "AnthropicEffortLevel",
    "AnthropicErrorResponse",
    "AnthropicGatewayTimeoutError",
    "AnthropicInputMessage",
    "AnthropicInputMessageRole",
    "AnthropicInputSchema",
    "AnthropicInputSchemaPropertiesType0",
    "AnthropicInvalidRequestError",
    "AnthropicJsonOutputFormat",
    "AnthropicJsonOutputFormatSchema",
    "AnthropicMessage",
    "AnthropicMessageDeltaEvent",
    "AnthropicMessageDeltaEventDelta",
    "AnthropicMessageDeltaEventUsage",
    "AnthropicMessageServerSentEvent",
    "AnthropicMessageServerSentEventEvent",
    "AnthropicMessageStartEvent",
    "AnthropicMessageStopEvent",
    "AnthropicMetadata",
    "AnthropicNotFoundError",
    "AnthropicOutputConfig",
    "AnthropicOverloadedError",
    "AnthropicPermissionError",
    "AnthropicPingEvent",
    "AnthropicPlainTextSource",
    "AnthropicRateLimitError",
    "AnthropicRawOutput",
    "AnthropicRequestCharLocationCitation",
    "AnthropicRequestCitationsConfig",
    "AnthropicRequestContentBlockLocationCitation",
    "AnthropicRequestDocumentBlock",
    "AnthropicRequestImageBlock",
    "AnthropicRequestPageLocationCitation",
    "AnthropicRequestRedactedThinkingBlock",
    "AnthropicRequestSearchResultLocationCitation",
    "AnthropicRequestTextBlock",
    "AnthropicRequestThinkingBlock",
    "AnthropicRequestToolResultBlock",
    "AnthropicRequestToolUseBlock",
    "AnthropicRequestToolUseBlockInput",
    "AnthropicRequestWebSearchResultLocationCitation",
    "AnthropicResponseCharLocationCitation",
    "AnthropicResponseContentBlockLocationCitation",
    "AnthropicResponsePageLocationCitation",
    "AnthropicResponseRedactedThinkingBlock",
    "AnthropicResponseSearchResultLocationCitation",
    "AnthropicResponseTextBlock",
    "AnthropicResponseThinkingBlock",
    "AnthropicResponseToolUseBlock",
    "AnthropicResponseToolUseBlockInput",
    "AnthropicResponseWebSearchResultLocationCitation",
    "AnthropicStopReason",
    "AnthropicThinkingConfigAdaptive",
    "AnthropicThinkingConfigDisabled",
    "AnthropicThinkingConfigEnabled",
    "AnthropicTool",
    "AnthropicToolChoiceAny",
    "AnthropicToolChoiceAuto",
    "AnthropicToolChoiceNone",
    "AnthropicToolChoiceTool",
    "AnthropicURLImageSource",
    "AnthropicURLPDFSource",
    "AnthropicUsage",
    "BaseImageToImageRequest",
    "BaseModelDetailsCheckpointFormat",
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
    "DatasetFormat",
    "DeleteResponse",
    "DeltaMessage",
    "DeploymentHotLoadBucketType",
    "DeploymentPrecision",
    "DeploymentShapePresetType",
    "Embedding",
    "EmbeddingObject",
    "Error",
    "ErrorResponse",
    "EvaluatorSource",
    "EvaluatorSourceType",
    "FileUploadResponse",
    "FunctionNameSpec",
    "FunctionSelection",
    "GatewayAcceleratorType",
    "GatewayAccount",
    "GatewayAccountState",
    "GatewayApiKey",
    "GatewayApiKeyAnnotations",
    "GatewayAutoTune",
    "GatewayAutoscalingPolicy",
    "GatewayAutoscalingPolicyLoadTargets",
    "GatewayAutoscalingPolicyScalingSchedules",
    "GatewayAwsS3Config",
    "GatewayAzureBlobStorageConfig",
    "GatewayBaseModelDetails",
    "GatewayBaseTrainingConfig",
    "GatewayBatchInferenceJob",
    "GatewayBatchInferenceJobInferenceParameters",
    "GatewayCancelReinforcementFineTuningJobBody",
    "GatewayCancelReinforcementFineTuningJobResponse200",
    "GatewayCode",
    "GatewayCodeSnippets",
    "GatewayCodeSnippetsFileContents",
    "GatewayConversationConfig",
    "GatewayCreateApiKeyBody",
    "GatewayCreateDatasetBody",
    "GatewayCreateEvaluationJobBody",
    "GatewayCreateEvaluatorV2Body",
    "GatewayCreateModelBody",
    "GatewayCriterion",
    "GatewayCriterionType",
    "GatewayDataset",
    "GatewayDatasetState",
    "GatewayDeleteApiKeyBody",
    "GatewayDeleteApiKeyResponse200",
    "GatewayDeleteBatchInferenceJobResponse200",
    "GatewayDeleteDatasetResponse200",
    "GatewayDeleteDeployedModelResponse200",
    "GatewayDeleteDeploymentResponse200",
    "GatewayDeleteDpoJobResponse200",
    "GatewayDeleteEvaluationJobResponse200",
    "GatewayDeleteEvaluatorResponse200",
    "GatewayDeleteEvaluatorVersionResponse200",
    "GatewayDeleteModelResponse200",
    "GatewayDeleteReinforcementFineTuningJobResponse200",
    "GatewayDeleteRlorTrainerJobResponse200",
    "GatewayDeleteSecretResponse200",
    "GatewayDeleteSupervisedFineTuningJobResponse200",
    "GatewayDeployedModel",
    "GatewayDeployedModelRef",
    "GatewayDeployedModelState",
    "GatewayDeployment",
    "GatewayDeploymentAnnotations",
    "GatewayDeploymentShape",
    "GatewayDeploymentShapeVersion",
    "GatewayDeploymentState",
    "GatewayDirectRouteType",
    "GatewayDpoConfig",
    "GatewayDpoJob",
    "GatewayEvalProtocol",
    "GatewayEvaluationJob",
    "GatewayEvaluationJobMetrics",
    "GatewayEvaluationResult",
    "GatewayEvaluator",
    "GatewayEvaluatorState",
    "GatewayEvaluatorVersion",
    "GatewayExecuteRlorTrainStepBody",
    "GatewayExecuteRlorTrainStepResponse200",
    "GatewayGetDatasetDownloadEndpointResponse",
    "GatewayGetDatasetDownloadEndpointResponseFilenameToSignedUrls",
    "GatewayGetDatasetUploadEndpointBody",
    "GatewayGetDatasetUploadEndpointBodyFilenameToSize",
    "GatewayGetDatasetUploadEndpointResponse",
    "GatewayGetDatasetUploadEndpointResponseFilenameToSignedUrls",
    "GatewayGetDpoJobMetricsFileResponse",
    "GatewayGetEvaluationJobExecutionLogEndpointResponse",
    "GatewayGetEvaluatorBuildLogEndpointResponse",
    "GatewayGetEvaluatorSourceCodeEndpointResponse",
    "GatewayGetEvaluatorSourceCodeEndpointResponseFilenameToSignedUrls",
    "GatewayGetEvaluatorUploadEndpointBody",
    "GatewayGetEvaluatorUploadEndpointBodyFilenameToSize",
    "GatewayGetEvaluatorUploadEndpointResponse",
    "GatewayGetEvaluatorUploadEndpointResponseFilenameToSignedUrls",
    "GatewayGetModelDownloadEndpointResponse",
    "GatewayGetModelDownloadEndpointResponseFilenameToSignedUrls",
    "GatewayGetModelUploadEndpointBody",
    "GatewayGetModelUploadEndpointBodyFilenameToSize",
    "GatewayGetModelUploadEndpointResponse",
    "GatewayGetModelUploadEndpointResponseFilenameToSignedUrls",
    "GatewayGetModelUploadEndpointResponseFilenameToUnsignedUris",
    "GatewayJobProgress",
    "GatewayJobState",
    "GatewayListAccountsResponse",
    "GatewayListApiKeysResponse",
    "GatewayListBatchInferenceJobsResponse",
    "GatewayListDatasetsResponse",
    "GatewayListDeployedModelsResponse",
    "GatewayListDeploymentShapeVersionsResponse",
    "GatewayListDeploymentShapesResponse",
    "GatewayListDeploymentsResponse",
    "GatewayListDpoJobsResponse",
    "GatewayListEvaluationJobsResponse",
    "GatewayListEvaluatorVersionsResponse",
    "GatewayListEvaluatorsResponse",
    "GatewayListModelsResponse",
    "GatewayListReinforcementFineTuningJobsResponse",
    "GatewayListRlorTrainerJobsResponse",
    "GatewayListSecretsResponse",
    "GatewayListSupervisedFineTuningJobsResponse",
    "GatewayListUsersResponse",
    "GatewayModel",
    "GatewayModelDefaultSamplingParams",
    "GatewayModelState",
    "GatewayMultiRegion",
    "GatewayNotificationSettings",
    "GatewayOrpoConfig",
    "GatewayPEFTDetails",
    "GatewayPlacement",
    "GatewayPrepareModelBody",
    "GatewayPrepareModelResponse200",
    "GatewayPurpose",
    "GatewayRegion",
    "GatewayReinforcementFineTuningJob",
    "GatewayReinforcementFineTuningJobAcceleratorSeconds",
    "GatewayReinforcementFineTuningJobInferenceParameters",
    "GatewayReinforcementLearningLossConfig",
    "GatewayReplicaStats",
    "GatewayResumeDpoJobBody",
    "GatewayResumeReinforcementFineTuningJobBody",
    "GatewayResumeRlorTrainerJobBody",
    "GatewayResumeSupervisedFineTuningJobBody",
    "GatewayRlorTrainerJob",
    "GatewayRlorTrainerJobAcceleratorSeconds",
    "GatewayScaleDeploymentBody",
    "GatewayScaleDeploymentResponse200",
    "GatewayScalingSchedule",
    "GatewaySecret",
    "GatewaySplitted",
    "GatewayStatus",
    "GatewaySupervisedFineTuningJob",
    "GatewayTEFTDetails",
    "GatewayTrainerShardingScheme",
    "GatewayTransformed",
    "GatewayUndeleteDeploymentBody",
    "GatewayUpdateDatasetBody",
    "GatewayUpdateDeployedModelBody",
    "GatewayUpdateDeploymentBody",
    "GatewayUpdateDeploymentBodyAnnotations",
    "GatewayUpdateEvaluatorBody",
    "GatewayUpdateModelBody",
    "GatewayUpdateModelBodyDefaultSamplingParams",
    "GatewayUpdateSecretBody",
    "GatewayUpdateUserBody",
    "GatewayUploadDatasetFileBody",
    "GatewayUser",
    "GatewayUserState",
    "GatewayUserUploaded",
    "GatewayValidateDatasetUploadBody",
    "GatewayValidateDatasetUploadResponse200",
    "GatewayValidateEvaluatorUploadBody",
    "GatewayValidateEvaluatorUploadResponse200",
    "GatewayValidateModelUploadResponse",
    "GatewayWandbConfig",
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
    "ModelKind",
    "ModelSnapshotType",
    "NewLogProbs",
    "NewLogProbsContent",
    "NewLogProbsContentTopLogProbs",
    "PredictedOutput",
    "PromptTokensDetails",
    "RawOutput",
    "ReinforcementLearningLossConfigMethod",
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
    "TypeDate",
    "TypeMoney",
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
