from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.deployment_hot_load_bucket_type import DeploymentHotLoadBucketType
from ..models.deployment_precision import DeploymentPrecision
from ..models.gateway_accelerator_type import GatewayAcceleratorType
from ..models.gateway_deployment_state import GatewayDeploymentState
from ..models.gateway_direct_route_type import GatewayDirectRouteType
from ..models.gateway_region import GatewayRegion
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_auto_tune import GatewayAutoTune
    from ..models.gateway_autoscaling_policy import GatewayAutoscalingPolicy
    from ..models.gateway_placement import GatewayPlacement
    from ..models.gateway_replica_stats import GatewayReplicaStats
    from ..models.gateway_status import GatewayStatus
    from ..models.gateway_update_deployment_body_annotations import (
        GatewayUpdateDeploymentBodyAnnotations,
    )


@_attrs_define(init=False)
class GatewayUpdateDeploymentBody:
    """The properties of the deployment being updated. `deployment.name` must
    be populated with the updated resource's name.

        Attributes:
            base_model (str): The base model name. e.g. accounts/fireworks/models/falcon-7b
            display_name (str | None): Human-readable display name of the deployment. e.g. "My Deployment"
                Must be fewer than 64 characters long.
            description (str | None): Description of the deployment.
            create_time (datetime.datetime | None): The creation time of the deployment.
            expire_time (datetime.datetime | None): Deprecated: This field is deprecated and no longer causes auto-deletion.
                The time at which this deployment will automatically be deleted.
            purge_time (datetime.datetime | None): The time at which the resource will be hard deleted.
            delete_time (datetime.datetime | None): The time at which the resource will be soft deleted.
            state (GatewayDeploymentState | None): - CREATING: The deployment is still being created.
                 - READY: The deployment is ready to be used.
                 - DELETING: The deployment is being deleted.
                 - FAILED: The deployment failed to be created. See the `status` field for
                additional details on why it failed.
                 - UPDATING: There are in-progress updates happening with the deployment.
                 - DELETED: The deployment is soft-deleted.
            status (GatewayStatus | None): Mimics
                [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
            annotations (GatewayUpdateDeploymentBodyAnnotations | None): Annotations to identify deployment properties.
                Key/value pairs may be used by external tools or other services.
                The "image-tag-reason" key is redacted from API responses for non-superuser principals.
            min_replica_count (int | None): The minimum number of replicas.
                If not specified, the default is 0.
            max_replica_count (int | None): The maximum number of replicas.
                If not specified, the default is max(min_replica_count, 1).
                May be set to 0 to downscale the deployment to 0.
            max_with_revocable_replica_count (int | None): max_with_revocable_replica_count is max replica count including
                revocable capacity.
                The max revocable capacity will be max_with_revocable_replica_count - max_replica_count.
            desired_replica_count (int | None): The desired number of replicas for this deployment. This represents the
                target
                replica count that the system is trying to achieve.
            replica_count (int | None):
            autoscaling_policy (GatewayAutoscalingPolicy | None):
            accelerator_count (int | None): The number of accelerators used per replica.
                If not specified, the default is the estimated minimum required by the
                base model.
            accelerator_type (GatewayAcceleratorType | None):
            precision (DeploymentPrecision | None): - PRECISION_UNSPECIFIED: if left unspecified we will treat this as a
                legacy model created before
                self serve
            cluster (str | None): If set, this deployment is deployed to a cloud-premise cluster.
            enable_addons (bool | None): If true, PEFT addons are enabled for this deployment.
            draft_token_count (int | None): The number of candidate tokens to generate per step for speculative
                decoding.
                Default is the base model's draft_token_count. Set
                CreateDeploymentRequest.disable_speculative_decoding to false to disable
                this behavior.
            draft_model (str | None): The draft model name for speculative decoding. e.g. accounts/fireworks/models/my-
                draft-model
                If empty, speculative decoding using a draft model is disabled.
                Default is the base model's default_draft_model. Set
                CreateDeploymentRequest.disable_speculative_decoding to false to disable
                this behavior.
            ngram_speculation_length (int | None): The length of previous input sequence to be considered for N-gram
                speculation.
            enable_session_affinity (bool | None): Whether to apply sticky routing based on `user` field.
                Serverless will be set to true when creating deployment.
            direct_route_api_keys (list[str] | None): The set of API keys used to access the direct route deployment. If
                direct routing is not enabled, this field is unused.
            num_peft_device_cached (int | None): How many peft adapters to keep on gpu side for caching
            direct_route_type (GatewayDirectRouteType | None): - DIRECT_ROUTE_TYPE_UNSPECIFIED: No direct routing
                 - INTERNET: The direct route is exposed via the public internet
                 - GCP_PRIVATE_SERVICE_CONNECT: The direct route is exposed via GCP Private Service Connect
                 - AWS_PRIVATELINK: The direct route is exposed via AWS PrivateLink
            direct_route_handle (str | None): The handle for calling a direct route. The meaning of the handle depends on
                the
                direct route type of the deployment:
                   INTERNET                    -> The host name for accessing the deployment
                   GCP_PRIVATE_SERVICE_CONNECT -> The service attachment name used to create the PSC endpoint.
                   AWS_PRIVATELINK             -> The service name used to create the VPC endpoint.
            deployment_template (str | None): The name of the deployment template to use for this deployment. Only
                available to enterprise accounts.
            auto_tune (GatewayAutoTune | None):
            placement (GatewayPlacement | None): The desired geographic region where the deployment must be placed. Exactly
                one field will be
                specified.
            region (GatewayRegion | None):
            max_context_length (int | None): The maximum context length supported by the model (context window).
                If set to 0 or not specified, the model's default maximum context length will be used.
            update_time (datetime.datetime | None): The update time for the deployment.
            disable_deployment_size_validation (bool | None): Whether the deployment size validation is disabled.
            enable_hot_load (bool | None): Whether to use hot load for this deployment.
            hot_load_bucket_type (DeploymentHotLoadBucketType | None): - FW_HOSTED: Fireworks hosted bucket
            enable_hot_reload_latest_addon (bool | None): Allows up to 1 addon at a time to be loaded, and will merge it
                into the base model.
            deployment_shape (str | None): The name of the deployment shape that this deployment is using.
                On the server side, this will be replaced with the deployment shape version name.
            active_model_version (str | None): The model version that is currently active and applied to running replicas of
                a deployment.
            target_model_version (str | None): The target model version that is being rolled out to the deployment.
                In a ready steady state, the target model version is the same as the active model version.
            replica_stats (GatewayReplicaStats | None):
            hot_load_bucket_url (str | None): For hot load bucket location
                e.g for s3: s3://mybucket/<object_path>; for GCS: gs://mybucket/<object_path>, no trailing slash
            pricing_plan_id (str | None): Optional pricing plan ID for custom billing configuration.
                If set, this deployment will use the pricing plan's billing rules
                instead of default billing behavior.
            hot_load_trainer_job (str | None): Trainer job whose hot_load_bucket_url this deployment should use.
                At creation, the trainer's bucket URL is copied into this deployment's
                hot_load_bucket_url. The deployment continues working after the trainer
                is deleted (snapshot-at-creation semantics).
                Format: accounts/{account}/rlorTrainerJobs/{job}
    """

    base_model: str
    display_name: str | None = None
    description: str | None = None
    create_time: datetime.datetime | None = None
    expire_time: datetime.datetime | None = None
    purge_time: datetime.datetime | None = None
    delete_time: datetime.datetime | None = None
    state: GatewayDeploymentState | None = None
    status: GatewayStatus | None = None
    annotations: GatewayUpdateDeploymentBodyAnnotations | None = None
    min_replica_count: int | None = None
    max_replica_count: int | None = None
    max_with_revocable_replica_count: int | None = None
    desired_replica_count: int | None = None
    replica_count: int | None = None
    autoscaling_policy: GatewayAutoscalingPolicy | None = None
    accelerator_count: int | None = None
    accelerator_type: GatewayAcceleratorType | None = None
    precision: DeploymentPrecision | None = None
    cluster: str | None = None
    enable_addons: bool | None = None
    draft_token_count: int | None = None
    draft_model: str | None = None
    ngram_speculation_length: int | None = None
    enable_session_affinity: bool | None = None
    direct_route_api_keys: list[str] | None = None
    num_peft_device_cached: int | None = None
    direct_route_type: GatewayDirectRouteType | None = None
    direct_route_handle: str | None = None
    deployment_template: str | None = None
    auto_tune: GatewayAutoTune | None = None
    placement: GatewayPlacement | None = None
    region: GatewayRegion | None = None
    max_context_length: int | None = None
    update_time: datetime.datetime | None = None
    disable_deployment_size_validation: bool | None = None
    enable_hot_load: bool | None = None
    hot_load_bucket_type: DeploymentHotLoadBucketType | None = None
    enable_hot_reload_latest_addon: bool | None = None
    deployment_shape: str | None = None
    active_model_version: str | None = None
    target_model_version: str | None = None
    replica_stats: GatewayReplicaStats | None = None
    hot_load_bucket_url: str | None = None
    pricing_plan_id: str | None = None
    hot_load_trainer_job: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        base_model: str,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        expire_time: datetime.datetime | None | Unset = UNSET,
        purge_time: datetime.datetime | None | Unset = UNSET,
        delete_time: datetime.datetime | None | Unset = UNSET,
        state: GatewayDeploymentState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        annotations: GatewayUpdateDeploymentBodyAnnotations | None | Unset = UNSET,
        min_replica_count: int | None | Unset = UNSET,
        max_replica_count: int | None | Unset = UNSET,
        max_with_revocable_replica_count: int | None | Unset = UNSET,
        desired_replica_count: int | None | Unset = UNSET,
        replica_count: int | None | Unset = UNSET,
        autoscaling_policy: GatewayAutoscalingPolicy | None | Unset = UNSET,
        accelerator_count: int | None | Unset = UNSET,
        accelerator_type: GatewayAcceleratorType | None | Unset = UNSET,
        precision: DeploymentPrecision | None | Unset = UNSET,
        cluster: str | None | Unset = UNSET,
        enable_addons: bool | None | Unset = UNSET,
        draft_token_count: int | None | Unset = UNSET,
        draft_model: str | None | Unset = UNSET,
        ngram_speculation_length: int | None | Unset = UNSET,
        enable_session_affinity: bool | None | Unset = UNSET,
        direct_route_api_keys: list[str] | None | Unset = UNSET,
        num_peft_device_cached: int | None | Unset = UNSET,
        direct_route_type: GatewayDirectRouteType | None | Unset = UNSET,
        direct_route_handle: str | None | Unset = UNSET,
        deployment_template: str | None | Unset = UNSET,
        auto_tune: GatewayAutoTune | None | Unset = UNSET,
        placement: GatewayPlacement | None | Unset = UNSET,
        region: GatewayRegion | None | Unset = UNSET,
        max_context_length: int | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        disable_deployment_size_validation: bool | None | Unset = UNSET,
        enable_hot_load: bool | None | Unset = UNSET,
        hot_load_bucket_type: DeploymentHotLoadBucketType | None | Unset = UNSET,
        enable_hot_reload_latest_addon: bool | None | Unset = UNSET,
        deployment_shape: str | None | Unset = UNSET,
        active_model_version: str | None | Unset = UNSET,
        target_model_version: str | None | Unset = UNSET,
        replica_stats: GatewayReplicaStats | None | Unset = UNSET,
        hot_load_bucket_url: str | None | Unset = UNSET,
        pricing_plan_id: str | None | Unset = UNSET,
        hot_load_trainer_job: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.base_model = base_model
        if isinstance(display_name, Unset):
            self.display_name = None
        else:
            self.display_name = display_name
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
        if isinstance(create_time, Unset):
            self.create_time = None
        else:
            self.create_time = create_time
        if isinstance(expire_time, Unset):
            self.expire_time = None
        else:
            self.expire_time = expire_time
        if isinstance(purge_time, Unset):
            self.purge_time = None
        else:
            self.purge_time = purge_time
        if isinstance(delete_time, Unset):
            self.delete_time = None
        else:
            self.delete_time = delete_time
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(annotations, Unset):
            self.annotations = None
        else:
            self.annotations = annotations
        if isinstance(min_replica_count, Unset):
            self.min_replica_count = None
        else:
            self.min_replica_count = min_replica_count
        if isinstance(max_replica_count, Unset):
            self.max_replica_count = None
        else:
            self.max_replica_count = max_replica_count
        if isinstance(max_with_revocable_replica_count, Unset):
            self.max_with_revocable_replica_count = None
        else:
            self.max_with_revocable_replica_count = max_with_revocable_replica_count
        if isinstance(desired_replica_count, Unset):
            self.desired_replica_count = None
        else:
            self.desired_replica_count = desired_replica_count
        if isinstance(replica_count, Unset):
            self.replica_count = None
        else:
            self.replica_count = replica_count
        if isinstance(autoscaling_policy, Unset):
            self.autoscaling_policy = None
        else:
            self.autoscaling_policy = autoscaling_policy
        if isinstance(accelerator_count, Unset):
            self.accelerator_count = None
        else:
            self.accelerator_count = accelerator_count
        if isinstance(accelerator_type, Unset):
            self.accelerator_type = None
        else:
            self.accelerator_type = accelerator_type
        if isinstance(precision, Unset):
            self.precision = None
        else:
            self.precision = precision
        if isinstance(cluster, Unset):
            self.cluster = None
        else:
            self.cluster = cluster
        if isinstance(enable_addons, Unset):
            self.enable_addons = None
        else:
            self.enable_addons = enable_addons
        if isinstance(draft_token_count, Unset):
            self.draft_token_count = None
        else:
            self.draft_token_count = draft_token_count
        if isinstance(draft_model, Unset):
            self.draft_model = None
        else:
            self.draft_model = draft_model
        if isinstance(ngram_speculation_length, Unset):
            self.ngram_speculation_length = None
        else:
            self.ngram_speculation_length = ngram_speculation_length
        if isinstance(enable_session_affinity, Unset):
            self.enable_session_affinity = None
        else:
            self.enable_session_affinity = enable_session_affinity
        if isinstance(direct_route_api_keys, Unset):
            self.direct_route_api_keys = None
        else:
            self.direct_route_api_keys = direct_route_api_keys
        if isinstance(num_peft_device_cached, Unset):
            self.num_peft_device_cached = None
        else:
            self.num_peft_device_cached = num_peft_device_cached
        if isinstance(direct_route_type, Unset):
            self.direct_route_type = None
        else:
            self.direct_route_type = direct_route_type
        if isinstance(direct_route_handle, Unset):
            self.direct_route_handle = None
        else:
            self.direct_route_handle = direct_route_handle
        if isinstance(deployment_template, Unset):
            self.deployment_template = None
        else:
            self.deployment_template = deployment_template
        if isinstance(auto_tune, Unset):
            self.auto_tune = None
        else:
            self.auto_tune = auto_tune
        if isinstance(placement, Unset):
            self.placement = None
        else:
            self.placement = placement
        if isinstance(region, Unset):
            self.region = None
        else:
            self.region = region
        if isinstance(max_context_length, Unset):
            self.max_context_length = None
        else:
            self.max_context_length = max_context_length
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(disable_deployment_size_validation, Unset):
            self.disable_deployment_size_validation = None
        else:
            self.disable_deployment_size_validation = disable_deployment_size_validation
        if isinstance(enable_hot_load, Unset):
            self.enable_hot_load = None
        else:
            self.enable_hot_load = enable_hot_load
        if isinstance(hot_load_bucket_type, Unset):
            self.hot_load_bucket_type = None
        else:
            self.hot_load_bucket_type = hot_load_bucket_type
        if isinstance(enable_hot_reload_latest_addon, Unset):
            self.enable_hot_reload_latest_addon = None
        else:
            self.enable_hot_reload_latest_addon = enable_hot_reload_latest_addon
        if isinstance(deployment_shape, Unset):
            self.deployment_shape = None
        else:
            self.deployment_shape = deployment_shape
        if isinstance(active_model_version, Unset):
            self.active_model_version = None
        else:
            self.active_model_version = active_model_version
        if isinstance(target_model_version, Unset):
            self.target_model_version = None
        else:
            self.target_model_version = target_model_version
        if isinstance(replica_stats, Unset):
            self.replica_stats = None
        else:
            self.replica_stats = replica_stats
        if isinstance(hot_load_bucket_url, Unset):
            self.hot_load_bucket_url = None
        else:
            self.hot_load_bucket_url = hot_load_bucket_url
        if isinstance(pricing_plan_id, Unset):
            self.pricing_plan_id = None
        else:
            self.pricing_plan_id = pricing_plan_id
        if isinstance(hot_load_trainer_job, Unset):
            self.hot_load_trainer_job = None
        else:
            self.hot_load_trainer_job = hot_load_trainer_job
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["baseModel"] = self.base_model
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.expire_time is not None:
            field_dict["expireTime"] = to_jsonable(self.expire_time)
        if self.purge_time is not None:
            field_dict["purgeTime"] = to_jsonable(self.purge_time)
        if self.delete_time is not None:
            field_dict["deleteTime"] = to_jsonable(self.delete_time)
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.annotations is not None:
            field_dict["annotations"] = to_jsonable(self.annotations)
        if self.min_replica_count is not None:
            field_dict["minReplicaCount"] = self.min_replica_count
        if self.max_replica_count is not None:
            field_dict["maxReplicaCount"] = self.max_replica_count
        if self.max_with_revocable_replica_count is not None:
            field_dict["maxWithRevocableReplicaCount"] = (
                self.max_with_revocable_replica_count
            )
        if self.desired_replica_count is not None:
            field_dict["desiredReplicaCount"] = self.desired_replica_count
        if self.replica_count is not None:
            field_dict["replicaCount"] = self.replica_count
        if self.autoscaling_policy is not None:
            field_dict["autoscalingPolicy"] = to_jsonable(self.autoscaling_policy)
        if self.accelerator_count is not None:
            field_dict["acceleratorCount"] = self.accelerator_count
        if self.accelerator_type is not None:
            field_dict["acceleratorType"] = to_jsonable(self.accelerator_type)
        if self.precision is not None:
            field_dict["precision"] = to_jsonable(self.precision)
        if self.cluster is not None:
            field_dict["cluster"] = self.cluster
        if self.enable_addons is not None:
            field_dict["enableAddons"] = self.enable_addons
        if self.draft_token_count is not None:
            field_dict["draftTokenCount"] = self.draft_token_count
        if self.draft_model is not None:
            field_dict["draftModel"] = self.draft_model
        if self.ngram_speculation_length is not None:
            field_dict["ngramSpeculationLength"] = self.ngram_speculation_length
        if self.enable_session_affinity is not None:
            field_dict["enableSessionAffinity"] = self.enable_session_affinity
        if self.direct_route_api_keys is not None:
            field_dict["directRouteApiKeys"] = to_jsonable(self.direct_route_api_keys)
        if self.num_peft_device_cached is not None:
            field_dict["numPeftDeviceCached"] = self.num_peft_device_cached
        if self.direct_route_type is not None:
            field_dict["directRouteType"] = to_jsonable(self.direct_route_type)
        if self.direct_route_handle is not None:
            field_dict["directRouteHandle"] = self.direct_route_handle
        if self.deployment_template is not None:
            field_dict["deploymentTemplate"] = self.deployment_template
        if self.auto_tune is not None:
            field_dict["autoTune"] = to_jsonable(self.auto_tune)
        if self.placement is not None:
            field_dict["placement"] = to_jsonable(self.placement)
        if self.region is not None:
            field_dict["region"] = to_jsonable(self.region)
        if self.max_context_length is not None:
            field_dict["maxContextLength"] = self.max_context_length
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.disable_deployment_size_validation is not None:
            field_dict["disableDeploymentSizeValidation"] = (
                self.disable_deployment_size_validation
            )
        if self.enable_hot_load is not None:
            field_dict["enableHotLoad"] = self.enable_hot_load
        if self.hot_load_bucket_type is not None:
            field_dict["hotLoadBucketType"] = to_jsonable(self.hot_load_bucket_type)
        if self.enable_hot_reload_latest_addon is not None:
            field_dict["enableHotReloadLatestAddon"] = (
                self.enable_hot_reload_latest_addon
            )
        if self.deployment_shape is not None:
            field_dict["deploymentShape"] = self.deployment_shape
        if self.active_model_version is not None:
            field_dict["activeModelVersion"] = self.active_model_version
        if self.target_model_version is not None:
            field_dict["targetModelVersion"] = self.target_model_version
        if self.replica_stats is not None:
            field_dict["replicaStats"] = to_jsonable(self.replica_stats)
        if self.hot_load_bucket_url is not None:
            field_dict["hotLoadBucketUrl"] = self.hot_load_bucket_url
        if self.pricing_plan_id is not None:
            field_dict["pricingPlanId"] = self.pricing_plan_id
        if self.hot_load_trainer_job is not None:
            field_dict["hotLoadTrainerJob"] = self.hot_load_trainer_job
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model built from decoded JSON (fireworks_api/fast.py). A value that does not fit
        the schema raises ``fireworks_api.fast.SchemaMismatch`` (a ValueError) naming the field
        and the rule."""
        return _fast.build(cls, src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
