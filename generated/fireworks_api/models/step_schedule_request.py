from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.sampler import Sampler
from ..types import UNSET, File, Unset, to_jsonable


@_attrs_define(init=False)
class StepScheduleRequest:
    """
    Attributes:
        step_schedule_start (float):  Default: 0.65.
        step_schedule_end (float):
        prompt (str | None): The prompt to use when transforming the image
        negative_prompt (str | None): The negative prompt to use when transforming the image
        init_image (File | None): Image used to initialize the diffusion process, in lieu of random noise. Example:
            <image binary>.
        init_image_mode (str | None):
        cfg_scale (int | None):  Default: 7.
        clip_guidance_preset (str | None):  Default: 'NONE'.
        sampler (Sampler | None): We support none and "K_DPMPP_2M" here
        samples (int | None): Number of images to generate Example: 1.
        seed (int | None): Random noise seed (omit this option or use `0` for a random seed) Example: 0.
        steps (int | None): Number of diffusion steps to run Example: 75.
        safety_check (bool | None): Enable a safety check for each response. If the safety check model detects unsafe
            content, the response will be filtered with Finish-Reason = CONTENT_FILTERED. Default: False.
        lora_adapter_name (str | None): A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA adapter
            to load and run in SDXL inference.
        lora_weight_filename (str | None): The filename (e.g. lora.safetensors) of the file within the HF repo to load
            as the HF adapter.
    """

    step_schedule_end: float
    step_schedule_start: float = 0.65
    prompt: str | None = None
    negative_prompt: str | None = None
    init_image: File | None = None
    init_image_mode: str | None = None
    cfg_scale: int | None = None
    clip_guidance_preset: str | None = None
    sampler: Sampler | None = None
    samples: int | None = None
    seed: int | None = None
    steps: int | None = None
    safety_check: bool | None = None
    lora_adapter_name: str | None = None
    lora_weight_filename: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        step_schedule_end: float,
        step_schedule_start: float = 0.65,
        prompt: str | None | Unset = UNSET,
        negative_prompt: str | None | Unset = UNSET,
        init_image: File | None | Unset = UNSET,
        init_image_mode: str | None | Unset = UNSET,
        cfg_scale: int | None | Unset = UNSET,
        clip_guidance_preset: str | None | Unset = UNSET,
        sampler: Sampler | None | Unset = UNSET,
        samples: int | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        steps: int | None | Unset = UNSET,
        safety_check: bool | None | Unset = UNSET,
        lora_adapter_name: str | None | Unset = UNSET,
        lora_weight_filename: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.step_schedule_start = step_schedule_start
        self.step_schedule_end = step_schedule_end
        if isinstance(prompt, Unset):
            self.prompt = None
        else:
            self.prompt = prompt
        if isinstance(negative_prompt, Unset):
            self.negative_prompt = None
        else:
            self.negative_prompt = negative_prompt
        if isinstance(init_image, Unset):
            self.init_image = None
        else:
            self.init_image = init_image
        if isinstance(init_image_mode, Unset):
            self.init_image_mode = None
        else:
            self.init_image_mode = init_image_mode
        if isinstance(cfg_scale, Unset):
            self.cfg_scale = None
        else:
            self.cfg_scale = cfg_scale
        if isinstance(clip_guidance_preset, Unset):
            self.clip_guidance_preset = None
        else:
            self.clip_guidance_preset = clip_guidance_preset
        if isinstance(sampler, Unset):
            self.sampler = None
        else:
            self.sampler = sampler
        if isinstance(samples, Unset):
            self.samples = None
        else:
            self.samples = samples
        if isinstance(seed, Unset):
            self.seed = None
        else:
            self.seed = seed
        if isinstance(steps, Unset):
            self.steps = None
        else:
            self.steps = steps
        if isinstance(safety_check, Unset):
            self.safety_check = None
        else:
            self.safety_check = safety_check
        if isinstance(lora_adapter_name, Unset):
            self.lora_adapter_name = None
        else:
            self.lora_adapter_name = lora_adapter_name
        if isinstance(lora_weight_filename, Unset):
            self.lora_weight_filename = None
        else:
            self.lora_weight_filename = lora_weight_filename
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["step_schedule_start"] = self.step_schedule_start
        field_dict["step_schedule_end"] = self.step_schedule_end
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt
        if self.negative_prompt is not None:
            field_dict["negative_prompt"] = self.negative_prompt
        if self.init_image is not None:
            field_dict["init_image"] = to_jsonable(self.init_image)
        if self.init_image_mode is not None:
            field_dict["init_image_mode"] = self.init_image_mode
        if self.cfg_scale is not None:
            field_dict["cfg_scale"] = self.cfg_scale
        if self.clip_guidance_preset is not None:
            field_dict["clip_guidance_preset"] = self.clip_guidance_preset
        if self.sampler is not None:
            field_dict["sampler"] = to_jsonable(self.sampler)
        if self.samples is not None:
            field_dict["samples"] = self.samples
        if self.seed is not None:
            field_dict["seed"] = self.seed
        if self.steps is not None:
            field_dict["steps"] = self.steps
        if self.safety_check is not None:
            field_dict["safety_check"] = self.safety_check
        if self.lora_adapter_name is not None:
            field_dict["lora_adapter_name"] = self.lora_adapter_name
        if self.lora_weight_filename is not None:
            field_dict["lora_weight_filename"] = self.lora_weight_filename
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
