from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.gateway_trainer_sharding_scheme import GatewayTrainerShardingScheme


@_attrs_define(init=False)
class GatewayBaseTrainingConfig:
    """BaseTrainingConfig contains common configuration fields shared across
    different training job types.

        Attributes:
            output_model (str | None): The model ID to be assigned to the resulting fine-tuned model. If not specified, the
                job ID will be used.
            base_model (str | None): The name of the base model to be fine-tuned
                Only one of 'base_model' or 'warm_start_from' should be specified.
            warm_start_from (str | None): The PEFT addon model in Fireworks format to be fine-tuned from
                Only one of 'base_model' or 'warm_start_from' should be specified.
            jinja_template (str | None): The Jinja template for conversation formatting. If not specified, defaults to the
                base model's conversation template configuration
            learning_rate (float | None): The learning rate used for training.
            max_context_length (int | None): The maximum context length to use with the model.
            lora_rank (int | None): The rank of the LoRA layers.
            epochs (int | None): The number of epochs to train for.
            batch_size (int | None): The maximum packed number of tokens per batch for training in sequence packing.
            gradient_accumulation_steps (int | None): Number of gradient accumulation steps
            learning_rate_warmup_steps (int | None): Number of steps for learning rate warm up
            batch_size_samples (int | None): The number of samples per gradient batch.
            optimizer_weight_decay (float | None): Weight decay (L2 regularization) for optimizer.
            trainer_sharding_scheme (GatewayTrainerShardingScheme | None): Structured parallelism/sharding profile used by
                trainer launches.
            lora_alpha (int | None): LoRA alpha scaling factor.
                If not specified (or 0), trainer defaults are used.
            lora_dropout (float | None): LoRA dropout probability.
            lora_target_modules (list[str] | None): Optional LoRA target module names (e.g. q_proj, k_proj, v_proj).
    """

    output_model: str | None = None
    base_model: str | None = None
    warm_start_from: str | None = None
    jinja_template: str | None = None
    learning_rate: float | None = None
    max_context_length: int | None = None
    lora_rank: int | None = None
    epochs: int | None = None
    batch_size: int | None = None
    gradient_accumulation_steps: int | None = None
    learning_rate_warmup_steps: int | None = None
    batch_size_samples: int | None = None
    optimizer_weight_decay: float | None = None
    trainer_sharding_scheme: GatewayTrainerShardingScheme | None = None
    lora_alpha: int | None = None
    lora_dropout: float | None = None
    lora_target_modules: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        output_model: str | None | Unset = UNSET,
        base_model: str | None | Unset = UNSET,
        warm_start_from: str | None | Unset = UNSET,
        jinja_template: str | None | Unset = UNSET,
        learning_rate: float | None | Unset = UNSET,
        max_context_length: int | None | Unset = UNSET,
        lora_rank: int | None | Unset = UNSET,
        epochs: int | None | Unset = UNSET,
        batch_size: int | None | Unset = UNSET,
        gradient_accumulation_steps: int | None | Unset = UNSET,
        learning_rate_warmup_steps: int | None | Unset = UNSET,
        batch_size_samples: int | None | Unset = UNSET,
        optimizer_weight_decay: float | None | Unset = UNSET,
        trainer_sharding_scheme: GatewayTrainerShardingScheme | None | Unset = UNSET,
        lora_alpha: int | None | Unset = UNSET,
        lora_dropout: float | None | Unset = UNSET,
        lora_target_modules: list[str] | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(output_model, Unset):
            self.output_model = None
        else:
            self.output_model = output_model
        if isinstance(base_model, Unset):
            self.base_model = None
        else:
            self.base_model = base_model
        if isinstance(warm_start_from, Unset):
            self.warm_start_from = None
        else:
            self.warm_start_from = warm_start_from
        if isinstance(jinja_template, Unset):
            self.jinja_template = None
        else:
            self.jinja_template = jinja_template
        if isinstance(learning_rate, Unset):
            self.learning_rate = None
        else:
            self.learning_rate = learning_rate
        if isinstance(max_context_length, Unset):
            self.max_context_length = None
        else:
            self.max_context_length = max_context_length
        if isinstance(lora_rank, Unset):
            self.lora_rank = None
        else:
            self.lora_rank = lora_rank
        if isinstance(epochs, Unset):
            self.epochs = None
        else:
            self.epochs = epochs
        if isinstance(batch_size, Unset):
            self.batch_size = None
        else:
            self.batch_size = batch_size
        if isinstance(gradient_accumulation_steps, Unset):
            self.gradient_accumulation_steps = None
        else:
            self.gradient_accumulation_steps = gradient_accumulation_steps
        if isinstance(learning_rate_warmup_steps, Unset):
            self.learning_rate_warmup_steps = None
        else:
            self.learning_rate_warmup_steps = learning_rate_warmup_steps
        if isinstance(batch_size_samples, Unset):
            self.batch_size_samples = None
        else:
            self.batch_size_samples = batch_size_samples
        if isinstance(optimizer_weight_decay, Unset):
            self.optimizer_weight_decay = None
        else:
            self.optimizer_weight_decay = optimizer_weight_decay
        if isinstance(trainer_sharding_scheme, Unset):
            self.trainer_sharding_scheme = None
        else:
            self.trainer_sharding_scheme = trainer_sharding_scheme
        if isinstance(lora_alpha, Unset):
            self.lora_alpha = None
        else:
            self.lora_alpha = lora_alpha
        if isinstance(lora_dropout, Unset):
            self.lora_dropout = None
        else:
            self.lora_dropout = lora_dropout
        if isinstance(lora_target_modules, Unset):
            self.lora_target_modules = None
        else:
            self.lora_target_modules = lora_target_modules
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.output_model is not None:
            field_dict["outputModel"] = self.output_model
        if self.base_model is not None:
            field_dict["baseModel"] = self.base_model
        if self.warm_start_from is not None:
            field_dict["warmStartFrom"] = self.warm_start_from
        if self.jinja_template is not None:
            field_dict["jinjaTemplate"] = self.jinja_template
        if self.learning_rate is not None:
            field_dict["learningRate"] = self.learning_rate
        if self.max_context_length is not None:
            field_dict["maxContextLength"] = self.max_context_length
        if self.lora_rank is not None:
            field_dict["loraRank"] = self.lora_rank
        if self.epochs is not None:
            field_dict["epochs"] = self.epochs
        if self.batch_size is not None:
            field_dict["batchSize"] = self.batch_size
        if self.gradient_accumulation_steps is not None:
            field_dict["gradientAccumulationSteps"] = self.gradient_accumulation_steps
        if self.learning_rate_warmup_steps is not None:
            field_dict["learningRateWarmupSteps"] = self.learning_rate_warmup_steps
        if self.batch_size_samples is not None:
            field_dict["batchSizeSamples"] = self.batch_size_samples
        if self.optimizer_weight_decay is not None:
            field_dict["optimizerWeightDecay"] = self.optimizer_weight_decay
        if self.trainer_sharding_scheme is not None:
            field_dict["trainerShardingScheme"] = to_jsonable(
                self.trainer_sharding_scheme
            )
        if self.lora_alpha is not None:
            field_dict["loraAlpha"] = self.lora_alpha
        if self.lora_dropout is not None:
            field_dict["loraDropout"] = self.lora_dropout
        if self.lora_target_modules is not None:
            field_dict["loraTargetModules"] = to_jsonable(self.lora_target_modules)
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
