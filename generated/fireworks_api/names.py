"""The clients' friendly names of the operations: written by codegen/resources.py from
openapi3.names.yml.

Do not edit: `make generate` writes this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["FRIENDLY_NAMES", "HAND_WRITTEN", "WAITED"]

FRIENDLY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "chat.completions.create": "create_chat_completion_v1_chat_completions_post",
        "completions.create": "create_completion_v1_completions_post",
        "embeddings.create": "createEmbedding",
        "rerank.create": "createRerank",
        "responses.create": "create_response_v1_responses_post",
        "responses.retrieve": "get_response_v1_responses__response_id__get",
        "responses.list": "listResponses",
        "responses.delete": "delete_response_v1_responses__response_id__delete",
        "images.flux": "createFluxImage",
        "images.kontext_jobs.submit": "createKontextRequest",
        "images.kontext_jobs.result": "getKontextResult",
        "images.generate": "generateImage",
        "images.image_to_image": "imageToImage",
        "images.control_net": "controlNet",
        "models.list": "listModels",
        "accounts.list": "Gateway_ListAccounts",
        "accounts.get": "Gateway_GetAccount",
        "users.list": "Gateway_ListUsers",
        "users.create": "Gateway_CreateUser",
        "users.get": "Gateway_GetUser",
        "users.update": "Gateway_UpdateUser",
        "api_keys.list": "Gateway_ListApiKeys",
        "api_keys.create": "Gateway_CreateApiKey",
        "api_keys.delete": "Gateway_DeleteApiKey",
        "secrets.list": "Gateway_ListSecrets",
        "secrets.create": "Gateway_CreateSecret",
        "secrets.get": "Gateway_GetSecret",
        "secrets.update": "Gateway_UpdateSecret",
        "secrets.delete": "Gateway_DeleteSecret",
        "models.list_account_models": "Gateway_ListModels",
        "models.create": "Gateway_CreateModel",
        "models.get": "Gateway_GetModel",
        "models.update": "Gateway_UpdateModel",
        "models.delete": "Gateway_DeleteModel",
        "models.get_upload_endpoint": "Gateway_GetModelUploadEndpoint",
        "models.get_download_endpoint": "Gateway_GetModelDownloadEndpoint",
        "models.validate_upload": "Gateway_ValidateModelUpload",
        "models.prepare": "Gateway_PrepareModel",
        "deployed_models.list": "Gateway_ListDeployedModels",
        "deployed_models.create": "Gateway_CreateDeployedModel",
        "deployed_models.get": "Gateway_GetDeployedModel",
        "deployed_models.update": "Gateway_UpdateDeployedModel",
        "deployed_models.delete": "Gateway_DeleteDeployedModel",
        "deployments.list": "Gateway_ListDeployments",
        "deployments.create": "Gateway_CreateDeployment",
        "deployments.get": "Gateway_GetDeployment",
        "deployments.update": "Gateway_UpdateDeployment",
        "deployments.delete": "Gateway_DeleteDeployment",
        "deployments.scale": "Gateway_ScaleDeployment",
        "deployments.undelete": "Gateway_UndeleteDeployment",
        "deployment_shapes.list": "Gateway_ListDeploymentShapes",
        "deployment_shapes.get": "Gateway_GetDeploymentShape",
        "deployment_shape_versions.list": "Gateway_ListDeploymentShapeVersions",
        "deployment_shape_versions.get": "Gateway_GetDeploymentShapeVersion",
        "datasets.list": "Gateway_ListDatasets",
        "datasets.create": "Gateway_CreateDataset",
        "datasets.get": "Gateway_GetDataset",
        "datasets.update": "Gateway_UpdateDataset",
        "datasets.delete": "Gateway_DeleteDataset",
        "datasets.get_upload_endpoint": "Gateway_GetDatasetUploadEndpoint",
        "datasets.get_download_endpoint": "Gateway_GetDatasetDownloadEndpoint",
        "datasets.validate_upload": "Gateway_ValidateDatasetUpload",
        "datasets.upload": "Gateway_UploadDatasetFile",
        "batch_inference_jobs.list": "Gateway_ListBatchInferenceJobs",
        "batch_inference_jobs.create": "Gateway_CreateBatchInferenceJob",
        "batch_inference_jobs.get": "Gateway_GetBatchInferenceJob",
        "batch_inference_jobs.delete": "Gateway_DeleteBatchInferenceJob",
        "supervised_fine_tuning_jobs.list": "Gateway_ListSupervisedFineTuningJobs",
        "supervised_fine_tuning_jobs.create": "Gateway_CreateSupervisedFineTuningJob",
        "supervised_fine_tuning_jobs.get": "Gateway_GetSupervisedFineTuningJob",
        "supervised_fine_tuning_jobs.delete": "Gateway_DeleteSupervisedFineTuningJob",
        "supervised_fine_tuning_jobs.resume": "Gateway_ResumeSupervisedFineTuningJob",
        "reinforcement_fine_tuning_jobs.list": "Gateway_ListReinforcementFineTuningJobs",
        "reinforcement_fine_tuning_jobs.create": "Gateway_CreateReinforcementFineTuningJob",
        "reinforcement_fine_tuning_jobs.get": "Gateway_GetReinforcementFineTuningJob",
        "reinforcement_fine_tuning_jobs.delete": "Gateway_DeleteReinforcementFineTuningJob",
        "reinforcement_fine_tuning_jobs.cancel": "Gateway_CancelReinforcementFineTuningJob",
        "reinforcement_fine_tuning_jobs.resume": "Gateway_ResumeReinforcementFineTuningJob",
        "reinforcement_fine_tuning_steps.list": "Gateway_ListRlorTrainerJobs",
        "reinforcement_fine_tuning_steps.create": "Gateway_CreateRlorTrainerJob",
        "reinforcement_fine_tuning_steps.get": "Gateway_GetRlorTrainerJob",
        "reinforcement_fine_tuning_steps.delete": "Gateway_DeleteRlorTrainerJob",
        "reinforcement_fine_tuning_steps.execute": "Gateway_ExecuteRlorTrainStep",
        "reinforcement_fine_tuning_steps.resume": "Gateway_ResumeRlorTrainerJob",
        "dpo_jobs.list": "Gateway_ListDpoJobs",
        "dpo_jobs.create": "Gateway_CreateDpoJob",
        "dpo_jobs.get": "Gateway_GetDpoJob",
        "dpo_jobs.delete": "Gateway_DeleteDpoJob",
        "dpo_jobs.resume": "Gateway_ResumeDpoJob",
        "dpo_jobs.get_metrics_file_endpoint": "Gateway_GetDpoJobMetricsFileEndpoint",
        "evaluation_jobs.list": "Gateway_ListEvaluationJobs",
        "evaluation_jobs.create": "Gateway_CreateEvaluationJob",
        "evaluation_jobs.get": "Gateway_GetEvaluationJob",
        "evaluation_jobs.delete": "Gateway_DeleteEvaluationJob",
        "evaluation_jobs.get_log_endpoint": "Gateway_GetEvaluationJobExecutionLogEndpoint",
        "evaluators.list": "Gateway_ListEvaluators",
        "evaluators.create": "Gateway_CreateEvaluatorV2",
        "evaluators.get": "Gateway_GetEvaluator",
        "evaluators.update": "Gateway_UpdateEvaluator",
        "evaluators.delete": "Gateway_DeleteEvaluator",
        "evaluators.get_upload_endpoint": "Gateway_GetEvaluatorUploadEndpoint",
        "evaluators.validate_upload": "Gateway_ValidateEvaluatorUpload",
        "evaluators.get_build_log_endpoint": "Gateway_GetEvaluatorBuildLogEndpoint",
        "evaluators.get_source_code_endpoint": "Gateway_GetEvaluatorSourceCodeEndpoint",
        "evaluators.versions.list": "Gateway_ListEvaluatorVersions",
        "evaluators.versions.delete": "Gateway_DeleteEvaluatorVersion",
        "messages.create": "messages_post",
    }
)

# Their methods are written by hand (fireworks_client.resources); only their endpoints
# are generated.
HAND_WRITTEN: frozenset[str] = frozenset(
    {
        "images.flux",
        "images.generate",
        "images.image_to_image",
        "images.control_net",
        "datasets.upload",
    }
)

# The resources that have a generated ``wait`` (x-waits of openapi3.names.yml).
WAITED: frozenset[str] = frozenset(
    {
        "batch_inference_jobs",
        "datasets",
        "deployed_models",
        "deployments",
        "dpo_jobs",
        "evaluation_jobs",
        "evaluators",
        "models",
        "reinforcement_fine_tuning_jobs",
        "reinforcement_fine_tuning_steps",
        "supervised_fine_tuning_jobs",
    }
)
