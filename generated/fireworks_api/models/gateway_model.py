from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.gateway_model_state import GatewayModelState
from ..models.model_kind import ModelKind
from ..models.model_snapshot_type import ModelSnapshotType
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_base_model_details import GatewayBaseModelDetails
    from ..models.gateway_conversation_config import GatewayConversationConfig
    from ..models.gateway_deployed_model_ref import GatewayDeployedModelRef
    from ..models.gateway_model_default_sampling_params import (
        GatewayModelDefaultSamplingParams,
    )
    from ..models.gateway_peft_details import GatewayPEFTDetails
    from ..models.gateway_status import GatewayStatus
    from ..models.gateway_teft_details import GatewayTEFTDetails
    from ..models.type_date import TypeDate


@_attrs_define(init=False)
class GatewayModel:
    """
    Attributes:
        name (str | None): The resource name of the model. e.g. accounts/my-account/models/my-model
        display_name (str | None): Human-readable display name of the model. e.g. "My Model"
            Must be fewer than 64 characters long.
        description (str | None): The description of the model. Must be fewer than 1000 characters long.
        create_time (datetime.datetime | None): The creation time of the model.
        state (GatewayModelState | None): - UPLOADING: The model is still being uploaded (upload is asynchronous).
             - READY: The model is ready to be used.
        status (GatewayStatus | None): Mimics
            [https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto]
        kind (ModelKind | None): - HF_BASE_MODEL: An LLM base model.
             - HF_PEFT_ADDON: A parameter-efficent fine-tuned addon.
             - HF_TEFT_ADDON: A token-eficient fine-tuned addon.
             - FLUMINA_BASE_MODEL: A Flumina base model.
             - FLUMINA_ADDON: A Flumina addon.
             - DRAFT_ADDON: A draft model used for speculative decoding in a deployment.
             - FIRE_AGENT: A FireAgent model.
             - LIVE_MERGE: A live-merge model.
             - CUSTOM_MODEL: A customized model
             - EMBEDDING_MODEL: An Embedding model.
             - SNAPSHOT_MODEL: A snapshot model.
        github_url (str | None): The URL to GitHub repository of the model.
        hugging_face_url (str | None): The URL to the Hugging Face model.
        base_model_details (GatewayBaseModelDetails | None):
        peft_details (GatewayPEFTDetails | None): PEFT addon details.
        teft_details (GatewayTEFTDetails | None):
        public (bool | None): If true, the model will be publicly readable.
        conversation_config (GatewayConversationConfig | None):
        context_length (int | None): The maximum context length supported by the model.
        supports_image_input (bool | None): If set, images can be provided as input to the model.
        supports_tools (bool | None): If set, tools (i.e. functions) can be provided as input to the model,
            and the model may respond with one or more tool calls.
        imported_from (str | None): The name of the the model from which this was imported. This field is empty
            if the model was not imported.
        fine_tuning_job (str | None): If the model was created from a fine-tuning job, this is the fine-tuning
            job name.
        default_draft_model (str | None): The default draft model to use when creating a deployment. If empty,
            speculative decoding is disabled by default.
        default_draft_token_count (int | None): The default draft token count to use when creating a deployment.
            Must be specified if default_draft_model is specified.
        deployed_model_refs (list[GatewayDeployedModelRef] | None): Populated from GetModel API call only.
        cluster (str | None): The resource name of the BYOC cluster to which this model belongs.
            e.g. accounts/my-account/clusters/my-cluster. Empty if it belongs to
            a Fireworks cluster.
        deprecation_date (TypeDate | None): Represents a whole or partial calendar date, such as a birthday. The time of
            day and time zone are either specified elsewhere or are insignificant. The
            date is relative to the Gregorian Calendar. This can represent one of the
            following:

            * A full date, with non-zero year, month, and day values
            * A month and day value, with a zero year, such as an anniversary
            * A year on its own, with zero month and day values
            * A year and month value, with a zero day, such as a credit card expiration
            date

            Related types are [google.type.TimeOfDay][google.type.TimeOfDay] and
            `google.protobuf.Timestamp`.
        calibrated (bool | None): If true, the model is calibrated and can be deployed to non-FP16 precisions.
        tunable (bool | None): Deprecated: V1 training stack only — LoRA only, limited architecture support.
            If the model has use_training_v2=true and your account has AllowTrainingV2,
            use supervised_lora_tunable and supervised_full_parameter_tunable instead.
        supports_lora (bool | None): Whether this model supports LoRA.
        use_hf_apply_chat_template (bool | None): If true, the model will use the Hugging Face apply_chat_template API
            to apply the chat template.
        update_time (datetime.datetime | None): The update time for the model.
        default_sampling_params (GatewayModelDefaultSamplingParams | None): A json object that contains the default
            sampling parameters for the model.
        rl_tunable (bool | None): Deprecated: V1 training stack only — LoRA only, limited architecture support.
            If the model has use_training_v2=true and your account has AllowTrainingV2,
            use rl_lora_tunable and rl_full_parameter_tunable instead.
        training_context_length (int | None): The maximum context length supported by the model.
        snapshot_type (ModelSnapshotType | None):
        supports_serverless (bool | None): If true, the model has a serverless deployment.
        supervised_lora_tunable (bool | None): V2 only. Whether the model supports LoRA supervised fine-tuning and DPO
            (lora_rank > 0).
            True when a validated LORA_TRAINER training shape exists.
        supervised_full_parameter_tunable (bool | None): V2 only. Whether the model supports full-parameter supervised
            fine-tuning and DPO (lora_rank = 0).
            True when a validated POLICY_TRAINER training shape exists.
        rl_lora_tunable (bool | None): V2 only. Whether the model supports LoRA reinforcement learning (lora_rank > 0).
            True when a validated LORA_TRAINER training shape exists plus a deployment shape.
        rl_full_parameter_tunable (bool | None): V2 only. Whether the model supports full-parameter reinforcement
            learning (lora_rank = 0).
            True when validated POLICY_TRAINER + FORWARD_ONLY training shapes exist plus a deployment shape.
    """

    name: str | None = None
    display_name: str | None = None
    description: str | None = None
    create_time: datetime.datetime | None = None
    state: GatewayModelState | None = None
    status: GatewayStatus | None = None
    kind: ModelKind | None = None
    github_url: str | None = None
    hugging_face_url: str | None = None
    base_model_details: GatewayBaseModelDetails | None = None
    peft_details: GatewayPEFTDetails | None = None
    teft_details: GatewayTEFTDetails | None = None
    public: bool | None = None
    conversation_config: GatewayConversationConfig | None = None
    context_length: int | None = None
    supports_image_input: bool | None = None
    supports_tools: bool | None = None
    imported_from: str | None = None
    fine_tuning_job: str | None = None
    default_draft_model: str | None = None
    default_draft_token_count: int | None = None
    deployed_model_refs: list[GatewayDeployedModelRef] | None = None
    cluster: str | None = None
    deprecation_date: TypeDate | None = None
    calibrated: bool | None = None
    tunable: bool | None = None
    supports_lora: bool | None = None
    use_hf_apply_chat_template: bool | None = None
    update_time: datetime.datetime | None = None
    default_sampling_params: GatewayModelDefaultSamplingParams | None = None
    rl_tunable: bool | None = None
    training_context_length: int | None = None
    snapshot_type: ModelSnapshotType | None = None
    supports_serverless: bool | None = None
    supervised_lora_tunable: bool | None = None
    supervised_full_parameter_tunable: bool | None = None
    rl_lora_tunable: bool | None = None
    rl_full_parameter_tunable: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        state: GatewayModelState | None | Unset = UNSET,
        status: GatewayStatus | None | Unset = UNSET,
        kind: ModelKind | None | Unset = UNSET,
        github_url: str | None | Unset = UNSET,
        hugging_face_url: str | None | Unset = UNSET,
        base_model_details: GatewayBaseModelDetails | None | Unset = UNSET,
        peft_details: GatewayPEFTDetails | None | Unset = UNSET,
        teft_details: GatewayTEFTDetails | None | Unset = UNSET,
        public: bool | None | Unset = UNSET,
        conversation_config: GatewayConversationConfig | None | Unset = UNSET,
        context_length: int | None | Unset = UNSET,
        supports_image_input: bool | None | Unset = UNSET,
        supports_tools: bool | None | Unset = UNSET,
        imported_from: str | None | Unset = UNSET,
        fine_tuning_job: str | None | Unset = UNSET,
        default_draft_model: str | None | Unset = UNSET,
        default_draft_token_count: int | None | Unset = UNSET,
        deployed_model_refs: list[GatewayDeployedModelRef] | None | Unset = UNSET,
        cluster: str | None | Unset = UNSET,
        deprecation_date: TypeDate | None | Unset = UNSET,
        calibrated: bool | None | Unset = UNSET,
        tunable: bool | None | Unset = UNSET,
        supports_lora: bool | None | Unset = UNSET,
        use_hf_apply_chat_template: bool | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        default_sampling_params: GatewayModelDefaultSamplingParams
        | None
        | Unset = UNSET,
        rl_tunable: bool | None | Unset = UNSET,
        training_context_length: int | None | Unset = UNSET,
        snapshot_type: ModelSnapshotType | None | Unset = UNSET,
        supports_serverless: bool | None | Unset = UNSET,
        supervised_lora_tunable: bool | None | Unset = UNSET,
        supervised_full_parameter_tunable: bool | None | Unset = UNSET,
        rl_lora_tunable: bool | None | Unset = UNSET,
        rl_full_parameter_tunable: bool | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
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
        if isinstance(state, Unset):
            self.state = None
        else:
            self.state = state
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
        if isinstance(kind, Unset):
            self.kind = None
        else:
            self.kind = kind
        if isinstance(github_url, Unset):
            self.github_url = None
        else:
            self.github_url = github_url
        if isinstance(hugging_face_url, Unset):
            self.hugging_face_url = None
        else:
            self.hugging_face_url = hugging_face_url
        if isinstance(base_model_details, Unset):
            self.base_model_details = None
        else:
            self.base_model_details = base_model_details
        if isinstance(peft_details, Unset):
            self.peft_details = None
        else:
            self.peft_details = peft_details
        if isinstance(teft_details, Unset):
            self.teft_details = None
        else:
            self.teft_details = teft_details
        if isinstance(public, Unset):
            self.public = None
        else:
            self.public = public
        if isinstance(conversation_config, Unset):
            self.conversation_config = None
        else:
            self.conversation_config = conversation_config
        if isinstance(context_length, Unset):
            self.context_length = None
        else:
            self.context_length = context_length
        if isinstance(supports_image_input, Unset):
            self.supports_image_input = None
        else:
            self.supports_image_input = supports_image_input
        if isinstance(supports_tools, Unset):
            self.supports_tools = None
        else:
            self.supports_tools = supports_tools
        if isinstance(imported_from, Unset):
            self.imported_from = None
        else:
            self.imported_from = imported_from
        if isinstance(fine_tuning_job, Unset):
            self.fine_tuning_job = None
        else:
            self.fine_tuning_job = fine_tuning_job
        if isinstance(default_draft_model, Unset):
            self.default_draft_model = None
        else:
            self.default_draft_model = default_draft_model
        if isinstance(default_draft_token_count, Unset):
            self.default_draft_token_count = None
        else:
            self.default_draft_token_count = default_draft_token_count
        if isinstance(deployed_model_refs, Unset):
            self.deployed_model_refs = None
        else:
            self.deployed_model_refs = deployed_model_refs
        if isinstance(cluster, Unset):
            self.cluster = None
        else:
            self.cluster = cluster
        if isinstance(deprecation_date, Unset):
            self.deprecation_date = None
        else:
            self.deprecation_date = deprecation_date
        if isinstance(calibrated, Unset):
            self.calibrated = None
        else:
            self.calibrated = calibrated
        if isinstance(tunable, Unset):
            self.tunable = None
        else:
            self.tunable = tunable
        if isinstance(supports_lora, Unset):
            self.supports_lora = None
        else:
            self.supports_lora = supports_lora
        if isinstance(use_hf_apply_chat_template, Unset):
            self.use_hf_apply_chat_template = None
        else:
            self.use_hf_apply_chat_template = use_hf_apply_chat_template
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(default_sampling_params, Unset):
            self.default_sampling_params = None
        else:
            self.default_sampling_params = default_sampling_params
        if isinstance(rl_tunable, Unset):
            self.rl_tunable = None
        else:
            self.rl_tunable = rl_tunable
        if isinstance(training_context_length, Unset):
            self.training_context_length = None
        else:
            self.training_context_length = training_context_length
        if isinstance(snapshot_type, Unset):
            self.snapshot_type = None
        else:
            self.snapshot_type = snapshot_type
        if isinstance(supports_serverless, Unset):
            self.supports_serverless = None
        else:
            self.supports_serverless = supports_serverless
        if isinstance(supervised_lora_tunable, Unset):
            self.supervised_lora_tunable = None
        else:
            self.supervised_lora_tunable = supervised_lora_tunable
        if isinstance(supervised_full_parameter_tunable, Unset):
            self.supervised_full_parameter_tunable = None
        else:
            self.supervised_full_parameter_tunable = supervised_full_parameter_tunable
        if isinstance(rl_lora_tunable, Unset):
            self.rl_lora_tunable = None
        else:
            self.rl_lora_tunable = rl_lora_tunable
        if isinstance(rl_full_parameter_tunable, Unset):
            self.rl_full_parameter_tunable = None
        else:
            self.rl_full_parameter_tunable = rl_full_parameter_tunable
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.name is not None:
            field_dict["name"] = self.name
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.state is not None:
            field_dict["state"] = to_jsonable(self.state)
        if self.status is not None:
            field_dict["status"] = to_jsonable(self.status)
        if self.kind is not None:
            field_dict["kind"] = to_jsonable(self.kind)
        if self.github_url is not None:
            field_dict["githubUrl"] = self.github_url
        if self.hugging_face_url is not None:
            field_dict["huggingFaceUrl"] = self.hugging_face_url
        if self.base_model_details is not None:
            field_dict["baseModelDetails"] = to_jsonable(self.base_model_details)
        if self.peft_details is not None:
            field_dict["peftDetails"] = to_jsonable(self.peft_details)
        if self.teft_details is not None:
            field_dict["teftDetails"] = to_jsonable(self.teft_details)
        if self.public is not None:
            field_dict["public"] = self.public
        if self.conversation_config is not None:
            field_dict["conversationConfig"] = to_jsonable(self.conversation_config)
        if self.context_length is not None:
            field_dict["contextLength"] = self.context_length
        if self.supports_image_input is not None:
            field_dict["supportsImageInput"] = self.supports_image_input
        if self.supports_tools is not None:
            field_dict["supportsTools"] = self.supports_tools
        if self.imported_from is not None:
            field_dict["importedFrom"] = self.imported_from
        if self.fine_tuning_job is not None:
            field_dict["fineTuningJob"] = self.fine_tuning_job
        if self.default_draft_model is not None:
            field_dict["defaultDraftModel"] = self.default_draft_model
        if self.default_draft_token_count is not None:
            field_dict["defaultDraftTokenCount"] = self.default_draft_token_count
        if self.deployed_model_refs is not None:
            field_dict["deployedModelRefs"] = to_jsonable(self.deployed_model_refs)
        if self.cluster is not None:
            field_dict["cluster"] = self.cluster
        if self.deprecation_date is not None:
            field_dict["deprecationDate"] = to_jsonable(self.deprecation_date)
        if self.calibrated is not None:
            field_dict["calibrated"] = self.calibrated
        if self.tunable is not None:
            field_dict["tunable"] = self.tunable
        if self.supports_lora is not None:
            field_dict["supportsLora"] = self.supports_lora
        if self.use_hf_apply_chat_template is not None:
            field_dict["useHfApplyChatTemplate"] = self.use_hf_apply_chat_template
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.default_sampling_params is not None:
            field_dict["defaultSamplingParams"] = to_jsonable(
                self.default_sampling_params
            )
        if self.rl_tunable is not None:
            field_dict["rlTunable"] = self.rl_tunable
        if self.training_context_length is not None:
            field_dict["trainingContextLength"] = self.training_context_length
        if self.snapshot_type is not None:
            field_dict["snapshotType"] = to_jsonable(self.snapshot_type)
        if self.supports_serverless is not None:
            field_dict["supportsServerless"] = self.supports_serverless
        if self.supervised_lora_tunable is not None:
            field_dict["supervisedLoraTunable"] = self.supervised_lora_tunable
        if self.supervised_full_parameter_tunable is not None:
            field_dict["supervisedFullParameterTunable"] = (
                self.supervised_full_parameter_tunable
            )
        if self.rl_lora_tunable is not None:
            field_dict["rlLoraTunable"] = self.rl_lora_tunable
        if self.rl_full_parameter_tunable is not None:
            field_dict["rlFullParameterTunable"] = self.rl_full_parameter_tunable
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
