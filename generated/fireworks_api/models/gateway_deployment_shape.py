from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.deployment_precision import DeploymentPrecision
from ..models.deployment_shape_preset_type import DeploymentShapePresetType
from ..models.gateway_accelerator_type import GatewayAcceleratorType
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayDeploymentShape:
    """A deployment shape is a set of parameters that define the shape of a deployment.
    Deployments are created from a deployment shape.

        Attributes:
            base_model (str): The base model name. e.g. accounts/fireworks/models/falcon-7b
            name (str | None): The resource name of the deployment shape. e.g. accounts/my-account/deploymentShapes/my-
                deployment-shape
            display_name (str | None): Human-readable display name of the deployment shape. e.g. "My Deployment Shape"
                Must be fewer than 64 characters long.
            description (str | None): The description of the deployment shape. Must be fewer than 1000 characters long.
            create_time (datetime.datetime | None): The creation time of the deployment shape.
            update_time (datetime.datetime | None): The update time for the deployment shape.
            model_type (str | None): The model type of the base model.
            parameter_count (str | None): The parameter count of the base model .
            accelerator_count (int | None): The number of accelerators used per replica.
                If not specified, the default is the estimated minimum required by the base model.
            accelerator_type (GatewayAcceleratorType | None):
            precision (DeploymentPrecision | None): - PRECISION_UNSPECIFIED: if left unspecified we will treat this as a
                legacy model created before
                self serve
            disable_deployment_size_validation (bool | None): If true, the deployment size validation is disabled.
            enable_addons (bool | None): If true, LORA addons are enabled for deployments created from this shape.
            draft_token_count (int | None): The number of candidate tokens to generate per step for speculative
                decoding.
                Default is the base model's draft_token_count.
            draft_model (str | None): The draft model name for speculative decoding. e.g. accounts/fireworks/models/my-
                draft-model
                If empty, speculative decoding using a draft model is disabled.
                Default is the base model's default_draft_model.
                Deprecated: set default_draft_model on the base model instead.
            ngram_speculation_length (int | None): The length of previous input sequence to be considered for N-gram
                speculation.
            disable_speculative_decoding (bool | None): If true, speculative decoding is disabled for deployments created
                from this shape,
                even if the base model has default draft model settings.
            enable_session_affinity (bool | None): Whether to apply sticky routing based on `user` field.
            num_lora_device_cached (int | None): How many LORA adapters to keep on GPU side for caching
            max_context_length (int | None): The maximum context length supported by the model (context window).
                If set to 0 or not specified, the model's default maximum context length will be used.
            preset_type (DeploymentShapePresetType | None): - MINIMAL: Preset for cheapest & most minimal type of deployment
                 - FAST: Preset for fastest generation & TTFT deployment
                 - THROUGHPUT: Preset for best throughput deployment
                 - FULL_PRECISION: Preset for deployment with full precision for training & most accurate numerics
                 - AGENTIC_CODING: Preset for autonomous code generation and analysis for development workflows
                 - CHAT: Preset for interactive conversational AI for customer engagement
                 - SUMMARIZATION: Preset for efficient document and content summarization
    """

    base_model: str
    name: str | None = None
    display_name: str | None = None
    description: str | None = None
    create_time: datetime.datetime | None = None
    update_time: datetime.datetime | None = None
    model_type: str | None = None
    parameter_count: str | None = None
    accelerator_count: int | None = None
    accelerator_type: GatewayAcceleratorType | None = None
    precision: DeploymentPrecision | None = None
    disable_deployment_size_validation: bool | None = None
    enable_addons: bool | None = None
    draft_token_count: int | None = None
    draft_model: str | None = None
    ngram_speculation_length: int | None = None
    disable_speculative_decoding: bool | None = None
    enable_session_affinity: bool | None = None
    num_lora_device_cached: int | None = None
    max_context_length: int | None = None
    preset_type: DeploymentShapePresetType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        base_model: str,
        name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        create_time: datetime.datetime | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        model_type: str | None | Unset = UNSET,
        parameter_count: str | None | Unset = UNSET,
        accelerator_count: int | None | Unset = UNSET,
        accelerator_type: GatewayAcceleratorType | None | Unset = UNSET,
        precision: DeploymentPrecision | None | Unset = UNSET,
        disable_deployment_size_validation: bool | None | Unset = UNSET,
        enable_addons: bool | None | Unset = UNSET,
        draft_token_count: int | None | Unset = UNSET,
        draft_model: str | None | Unset = UNSET,
        ngram_speculation_length: int | None | Unset = UNSET,
        disable_speculative_decoding: bool | None | Unset = UNSET,
        enable_session_affinity: bool | None | Unset = UNSET,
        num_lora_device_cached: int | None | Unset = UNSET,
        max_context_length: int | None | Unset = UNSET,
        preset_type: DeploymentShapePresetType | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.base_model = base_model
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
        if isinstance(update_time, Unset):
            self.update_time = None
        else:
            self.update_time = update_time
        if isinstance(model_type, Unset):
            self.model_type = None
        else:
            self.model_type = model_type
        if isinstance(parameter_count, Unset):
            self.parameter_count = None
        else:
            self.parameter_count = parameter_count
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
        if isinstance(disable_deployment_size_validation, Unset):
            self.disable_deployment_size_validation = None
        else:
            self.disable_deployment_size_validation = disable_deployment_size_validation
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
        if isinstance(disable_speculative_decoding, Unset):
            self.disable_speculative_decoding = None
        else:
            self.disable_speculative_decoding = disable_speculative_decoding
        if isinstance(enable_session_affinity, Unset):
            self.enable_session_affinity = None
        else:
            self.enable_session_affinity = enable_session_affinity
        if isinstance(num_lora_device_cached, Unset):
            self.num_lora_device_cached = None
        else:
            self.num_lora_device_cached = num_lora_device_cached
        if isinstance(max_context_length, Unset):
            self.max_context_length = None
        else:
            self.max_context_length = max_context_length
        if isinstance(preset_type, Unset):
            self.preset_type = None
        else:
            self.preset_type = preset_type
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["baseModel"] = self.base_model
        if self.name is not None:
            field_dict["name"] = self.name
        if self.display_name is not None:
            field_dict["displayName"] = self.display_name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.create_time is not None:
            field_dict["createTime"] = to_jsonable(self.create_time)
        if self.update_time is not None:
            field_dict["updateTime"] = to_jsonable(self.update_time)
        if self.model_type is not None:
            field_dict["modelType"] = self.model_type
        if self.parameter_count is not None:
            field_dict["parameterCount"] = self.parameter_count
        if self.accelerator_count is not None:
            field_dict["acceleratorCount"] = self.accelerator_count
        if self.accelerator_type is not None:
            field_dict["acceleratorType"] = to_jsonable(self.accelerator_type)
        if self.precision is not None:
            field_dict["precision"] = to_jsonable(self.precision)
        if self.disable_deployment_size_validation is not None:
            field_dict["disableDeploymentSizeValidation"] = (
                self.disable_deployment_size_validation
            )
        if self.enable_addons is not None:
            field_dict["enableAddons"] = self.enable_addons
        if self.draft_token_count is not None:
            field_dict["draftTokenCount"] = self.draft_token_count
        if self.draft_model is not None:
            field_dict["draftModel"] = self.draft_model
        if self.ngram_speculation_length is not None:
            field_dict["ngramSpeculationLength"] = self.ngram_speculation_length
        if self.disable_speculative_decoding is not None:
            field_dict["disableSpeculativeDecoding"] = self.disable_speculative_decoding
        if self.enable_session_affinity is not None:
            field_dict["enableSessionAffinity"] = self.enable_session_affinity
        if self.num_lora_device_cached is not None:
            field_dict["numLoraDeviceCached"] = self.num_lora_device_cached
        if self.max_context_length is not None:
            field_dict["maxContextLength"] = self.max_context_length
        if self.preset_type is not None:
            field_dict["presetType"] = to_jsonable(self.preset_type)
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
