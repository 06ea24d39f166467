"""The clients' resources (``client.chat``, ``client.images`` ...): written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this package. Each top-level resource is a module
of it, loaded when a client first reaches the resource; this face imports nothing at
run time, so importing the client loads no resource, model or parameter class.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fireworks_api.resources.chat import AsyncChatResources, ChatResources
    from fireworks_api.resources.completions import (
        AsyncCompletionsOperations,
        CompletionsOperations,
    )
    from fireworks_api.resources.embeddings import (
        AsyncEmbeddingsOperations,
        EmbeddingsOperations,
    )
    from fireworks_api.resources.rerank import AsyncRerankOperations, RerankOperations
    from fireworks_api.resources.responses import (
        AsyncResponsesOperations,
        ResponsesOperations,
    )
    from fireworks_api.resources.images import AsyncImagesOperations, ImagesOperations
    from fireworks_api.resources.models import AsyncModelsOperations, ModelsOperations
    from fireworks_api.resources.accounts import (
        AsyncAccountsOperations,
        AccountsOperations,
    )
    from fireworks_api.resources.users import AsyncUsersOperations, UsersOperations
    from fireworks_api.resources.api_keys import (
        AsyncApiKeysOperations,
        ApiKeysOperations,
    )
    from fireworks_api.resources.secrets import (
        AsyncSecretsOperations,
        SecretsOperations,
    )
    from fireworks_api.resources.deployed_models import (
        AsyncDeployedModelsOperations,
        DeployedModelsOperations,
    )
    from fireworks_api.resources.deployments import (
        AsyncDeploymentsOperations,
        DeploymentsOperations,
    )
    from fireworks_api.resources.deployment_shapes import (
        AsyncDeploymentShapesOperations,
        DeploymentShapesOperations,
    )
    from fireworks_api.resources.deployment_shape_versions import (
        AsyncDeploymentShapeVersionsOperations,
        DeploymentShapeVersionsOperations,
    )
    from fireworks_api.resources.datasets import (
        AsyncDatasetsOperations,
        DatasetsOperations,
    )
    from fireworks_api.resources.batch_inference_jobs import (
        AsyncBatchInferenceJobsOperations,
        BatchInferenceJobsOperations,
    )
    from fireworks_api.resources.supervised_fine_tuning_jobs import (
        AsyncSupervisedFineTuningJobsOperations,
        SupervisedFineTuningJobsOperations,
    )
    from fireworks_api.resources.reinforcement_fine_tuning_jobs import (
        AsyncReinforcementFineTuningJobsOperations,
        ReinforcementFineTuningJobsOperations,
    )
    from fireworks_api.resources.reinforcement_fine_tuning_steps import (
        AsyncReinforcementFineTuningStepsOperations,
        ReinforcementFineTuningStepsOperations,
    )
    from fireworks_api.resources.dpo_jobs import (
        AsyncDpoJobsOperations,
        DpoJobsOperations,
    )
    from fireworks_api.resources.evaluation_jobs import (
        AsyncEvaluationJobsOperations,
        EvaluationJobsOperations,
    )
    from fireworks_api.resources.evaluators import (
        AsyncEvaluatorsOperations,
        EvaluatorsOperations,
    )
    from fireworks_api.resources.messages import (
        AsyncMessagesOperations,
        MessagesOperations,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncFireworksResources", "FireworksResources"]


class FireworksResources:
    """The top-level resources of the synchronous client, as its attributes:
    each is made, and its module loaded, when first reached. A client class may
    give one of them a hand-written subclass by defining the attribute itself."""

    @property
    def _resource_client(self) -> SyncAPIClient:
        """The client the resources call: the client itself (its class gives it)."""
        raise NotImplementedError("a client class gives _resource_client")

    @cached_property
    def chat(self) -> ChatResources:
        from fireworks_api.resources.chat import ChatResources

        return ChatResources(self._resource_client)

    @cached_property
    def completions(self) -> CompletionsOperations:
        from fireworks_api.resources.completions import CompletionsOperations

        return CompletionsOperations(self._resource_client)

    @cached_property
    def embeddings(self) -> EmbeddingsOperations:
        from fireworks_api.resources.embeddings import EmbeddingsOperations

        return EmbeddingsOperations(self._resource_client)

    @cached_property
    def rerank(self) -> RerankOperations:
        from fireworks_api.resources.rerank import RerankOperations

        return RerankOperations(self._resource_client)

    @cached_property
    def responses(self) -> ResponsesOperations:
        from fireworks_api.resources.responses import ResponsesOperations

        return ResponsesOperations(self._resource_client)

    @cached_property
    def images(self) -> ImagesOperations:
        from fireworks_api.resources.images import ImagesOperations

        return ImagesOperations(self._resource_client)

    @cached_property
    def models(self) -> ModelsOperations:
        from fireworks_api.resources.models import ModelsOperations

        return ModelsOperations(self._resource_client)

    @cached_property
    def accounts(self) -> AccountsOperations:
        from fireworks_api.resources.accounts import AccountsOperations

        return AccountsOperations(self._resource_client)

    @cached_property
    def users(self) -> UsersOperations:
        from fireworks_api.resources.users import UsersOperations

        return UsersOperations(self._resource_client)

    @cached_property
    def api_keys(self) -> ApiKeysOperations:
        from fireworks_api.resources.api_keys import ApiKeysOperations

        return ApiKeysOperations(self._resource_client)

    @cached_property
    def secrets(self) -> SecretsOperations:
        from fireworks_api.resources.secrets import SecretsOperations

        return SecretsOperations(self._resource_client)

    @cached_property
    def deployed_models(self) -> DeployedModelsOperations:
        from fireworks_api.resources.deployed_models import DeployedModelsOperations

        return DeployedModelsOperations(self._resource_client)

    @cached_property
    def deployments(self) -> DeploymentsOperations:
        from fireworks_api.resources.deployments import DeploymentsOperations

        return DeploymentsOperations(self._resource_client)

    @cached_property
    def deployment_shapes(self) -> DeploymentShapesOperations:
        from fireworks_api.resources.deployment_shapes import DeploymentShapesOperations

        return DeploymentShapesOperations(self._resource_client)

    @cached_property
    def deployment_shape_versions(self) -> DeploymentShapeVersionsOperations:
        from fireworks_api.resources.deployment_shape_versions import (
            DeploymentShapeVersionsOperations,
        )

        return DeploymentShapeVersionsOperations(self._resource_client)

    @cached_property
    def datasets(self) -> DatasetsOperations:
        from fireworks_api.resources.datasets import DatasetsOperations

        return DatasetsOperations(self._resource_client)

    @cached_property
    def batch_inference_jobs(self) -> BatchInferenceJobsOperations:
        from fireworks_api.resources.batch_inference_jobs import (
            BatchInferenceJobsOperations,
        )

        return BatchInferenceJobsOperations(self._resource_client)

    @cached_property
    def supervised_fine_tuning_jobs(self) -> SupervisedFineTuningJobsOperations:
        from fireworks_api.resources.supervised_fine_tuning_jobs import (
            SupervisedFineTuningJobsOperations,
        )

        return SupervisedFineTuningJobsOperations(self._resource_client)

    @cached_property
    def reinforcement_fine_tuning_jobs(self) -> ReinforcementFineTuningJobsOperations:
        from fireworks_api.resources.reinforcement_fine_tuning_jobs import (
            ReinforcementFineTuningJobsOperations,
        )

        return ReinforcementFineTuningJobsOperations(self._resource_client)

    @cached_property
    def reinforcement_fine_tuning_steps(self) -> ReinforcementFineTuningStepsOperations:
        from fireworks_api.resources.reinforcement_fine_tuning_steps import (
            ReinforcementFineTuningStepsOperations,
        )

        return ReinforcementFineTuningStepsOperations(self._resource_client)

    @cached_property
    def dpo_jobs(self) -> DpoJobsOperations:
        from fireworks_api.resources.dpo_jobs import DpoJobsOperations

        return DpoJobsOperations(self._resource_client)

    @cached_property
    def evaluation_jobs(self) -> EvaluationJobsOperations:
        from fireworks_api.resources.evaluation_jobs import EvaluationJobsOperations

        return EvaluationJobsOperations(self._resource_client)

    @cached_property
    def evaluators(self) -> EvaluatorsOperations:
        from fireworks_api.resources.evaluators import EvaluatorsOperations

        return EvaluatorsOperations(self._resource_client)

    @cached_property
    def messages(self) -> MessagesOperations:
        from fireworks_api.resources.messages import MessagesOperations

        return MessagesOperations(self._resource_client)


class AsyncFireworksResources:
    """The top-level resources of the asynchronous client, as its attributes:
    each is made, and its module loaded, when first reached. A client class may
    give one of them a hand-written subclass by defining the attribute itself."""

    @property
    def _resource_client(self) -> AsyncAPIClient:
        """The client the resources call: the client itself (its class gives it)."""
        raise NotImplementedError("a client class gives _resource_client")

    @cached_property
    def chat(self) -> AsyncChatResources:
        from fireworks_api.resources.chat import AsyncChatResources

        return AsyncChatResources(self._resource_client)

    @cached_property
    def completions(self) -> AsyncCompletionsOperations:
        from fireworks_api.resources.completions import AsyncCompletionsOperations

        return AsyncCompletionsOperations(self._resource_client)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsOperations:
        from fireworks_api.resources.embeddings import AsyncEmbeddingsOperations

        return AsyncEmbeddingsOperations(self._resource_client)

    @cached_property
    def rerank(self) -> AsyncRerankOperations:
        from fireworks_api.resources.rerank import AsyncRerankOperations

        return AsyncRerankOperations(self._resource_client)

    @cached_property
    def responses(self) -> AsyncResponsesOperations:
        from fireworks_api.resources.responses import AsyncResponsesOperations

        return AsyncResponsesOperations(self._resource_client)

    @cached_property
    def images(self) -> AsyncImagesOperations:
        from fireworks_api.resources.images import AsyncImagesOperations

        return AsyncImagesOperations(self._resource_client)

    @cached_property
    def models(self) -> AsyncModelsOperations:
        from fireworks_api.resources.models import AsyncModelsOperations

        return AsyncModelsOperations(self._resource_client)

    @cached_property
    def accounts(self) -> AsyncAccountsOperations:
        from fireworks_api.resources.accounts import AsyncAccountsOperations

        return AsyncAccountsOperations(self._resource_client)

    @cached_property
    def users(self) -> AsyncUsersOperations:
        from fireworks_api.resources.users import AsyncUsersOperations

        return AsyncUsersOperations(self._resource_client)

    @cached_property
    def api_keys(self) -> AsyncApiKeysOperations:
        from fireworks_api.resources.api_keys import AsyncApiKeysOperations

        return AsyncApiKeysOperations(self._resource_client)

    @cached_property
    def secrets(self) -> AsyncSecretsOperations:
        from fireworks_api.resources.secrets import AsyncSecretsOperations

        return AsyncSecretsOperations(self._resource_client)

    @cached_property
    def deployed_models(self) -> AsyncDeployedModelsOperations:
        from fireworks_api.resources.deployed_models import (
            AsyncDeployedModelsOperations,
        )

        return AsyncDeployedModelsOperations(self._resource_client)

    @cached_property
    def deployments(self) -> AsyncDeploymentsOperations:
        from fireworks_api.resources.deployments import AsyncDeploymentsOperations

        return AsyncDeploymentsOperations(self._resource_client)

    @cached_property
    def deployment_shapes(self) -> AsyncDeploymentShapesOperations:
        from fireworks_api.resources.deployment_shapes import (
            AsyncDeploymentShapesOperations,
        )

        return AsyncDeploymentShapesOperations(self._resource_client)

    @cached_property
    def deployment_shape_versions(self) -> AsyncDeploymentShapeVersionsOperations:
        from fireworks_api.resources.deployment_shape_versions import (
            AsyncDeploymentShapeVersionsOperations,
        )

        return AsyncDeploymentShapeVersionsOperations(self._resource_client)

    @cached_property
    def datasets(self) -> AsyncDatasetsOperations:
        from fireworks_api.resources.datasets import AsyncDatasetsOperations

        return AsyncDatasetsOperations(self._resource_client)

    @cached_property
    def batch_inference_jobs(self) -> AsyncBatchInferenceJobsOperations:
        from fireworks_api.resources.batch_inference_jobs import (
            AsyncBatchInferenceJobsOperations,
        )

        return AsyncBatchInferenceJobsOperations(self._resource_client)

    @cached_property
    def supervised_fine_tuning_jobs(self) -> AsyncSupervisedFineTuningJobsOperations:
        from fireworks_api.resources.supervised_fine_tuning_jobs import (
            AsyncSupervisedFineTuningJobsOperations,
        )

        return AsyncSupervisedFineTuningJobsOperations(self._resource_client)

    @cached_property
    def reinforcement_fine_tuning_jobs(
        self,
    ) -> AsyncReinforcementFineTuningJobsOperations:
        from fireworks_api.resources.reinforcement_fine_tuning_jobs import (
            AsyncReinforcementFineTuningJobsOperations,
        )

        return AsyncReinforcementFineTuningJobsOperations(self._resource_client)

    @cached_property
    def reinforcement_fine_tuning_steps(
        self,
    ) -> AsyncReinforcementFineTuningStepsOperations:
        from fireworks_api.resources.reinforcement_fine_tuning_steps import (
            AsyncReinforcementFineTuningStepsOperations,
        )

        return AsyncReinforcementFineTuningStepsOperations(self._resource_client)

    @cached_property
    def dpo_jobs(self) -> AsyncDpoJobsOperations:
        from fireworks_api.resources.dpo_jobs import AsyncDpoJobsOperations

        return AsyncDpoJobsOperations(self._resource_client)

    @cached_property
    def evaluation_jobs(self) -> AsyncEvaluationJobsOperations:
        from fireworks_api.resources.evaluation_jobs import (
            AsyncEvaluationJobsOperations,
        )

        return AsyncEvaluationJobsOperations(self._resource_client)

    @cached_property
    def evaluators(self) -> AsyncEvaluatorsOperations:
        from fireworks_api.resources.evaluators import AsyncEvaluatorsOperations

        return AsyncEvaluatorsOperations(self._resource_client)

    @cached_property
    def messages(self) -> AsyncMessagesOperations:
        from fireworks_api.resources.messages import AsyncMessagesOperations

        return AsyncMessagesOperations(self._resource_client)
