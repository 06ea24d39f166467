from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from .. import types
from ..models.create_control_net_request_control_net_name import (
    CreateControlNetRequestControlNetName,
)
from ..models.sampler import Sampler
from ..types import UNSET, File, Unset, to_jsonable


@_attrs_define(init=False)
class CreateControlNetRequest:
    """Request object to transform textual prompts into high-quality images using diffusion models while using image as a
    guidance via ControlNet.

        Attributes:
            prompt (str): The prompt to use when transforming the image
            control_image (File): Image to use as a guidance for ControlNet. Example: <image binary>.
            negative_prompt (str | None): The negative prompt to use when transforming the image
            control_net_name (CreateControlNetRequestControlNetName | None): Which ControlNet to use. Currently only "canny"
                is supported Default: CreateControlNetRequestControlNetName.CANNY.
            conditioning_scale (float | None): Scaler from 0 to 1 of the guidance strength from control image. Default: 0.5.
            step_schedule_start (float | None):  Default: 0.0.
            step_schedule_end (float | None):  Default: 1.0.
            cfg_scale (float | None): Configuration scale for the image diffusion process. Adjust the description as needed.
            clip_guidance_preset (str | None):  Default: 'NONE'.
            sampler (Sampler | None): We support none and "K_DPMPP_2M" here
            samples (int | None): Number of images to generate Example: 1.
            steps (int | None): Number of diffusion steps to run Example: 75.
            seed (int | None): Random noise seed (omit this option or use `0` for a random seed) Example: 0.
            safety_check (bool | None): Enable a safety check for each response. If the safety check model detects unsafe
                content, the response will be filtered with Finish-Reason = CONTENT_FILTERED. Default: False.
            lora_adapter_name (str | None): A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA adapter
                to load and run in SDXL inference.
            lora_weight_filename (str | None): The filename (e.g. lora.safetensors) of the file within the HF repo to load
                as the HF adapter.
    """

    prompt: str
    control_image: File
    negative_prompt: str | None = None
    control_net_name: CreateControlNetRequestControlNetName | None = None
    conditioning_scale: float | None = None
    step_schedule_start: float | None = None
    step_schedule_end: float | None = None
    cfg_scale: float | None = None
    clip_guidance_preset: str | None = None
    sampler: Sampler | None = None
    samples: int | None = None
    steps: int | None = None
    seed: int | None = None
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
        prompt: str,
        control_image: File,
        negative_prompt: str | None | Unset = UNSET,
        control_net_name: CreateControlNetRequestControlNetName | None | Unset = UNSET,
        conditioning_scale: float | None | Unset = UNSET,
        step_schedule_start: float | None | Unset = UNSET,
        step_schedule_end: float | None | Unset = UNSET,
        cfg_scale: float | None | Unset = UNSET,
        clip_guidance_preset: str | None | Unset = UNSET,
        sampler: Sampler | None | Unset = UNSET,
        samples: int | None | Unset = UNSET,
        steps: int | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        safety_check: bool | None | Unset = UNSET,
        lora_adapter_name: str | None | Unset = UNSET,
        lora_weight_filename: str | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.prompt = prompt
        self.control_image = control_image
        if isinstance(negative_prompt, Unset):
            self.negative_prompt = None
        else:
            self.negative_prompt = negative_prompt
        if isinstance(control_net_name, Unset):
            self.control_net_name = None
        else:
            self.control_net_name = control_net_name
        if isinstance(conditioning_scale, Unset):
            self.conditioning_scale = None
        else:
            self.conditioning_scale = conditioning_scale
        if isinstance(step_schedule_start, Unset):
            self.step_schedule_start = None
        else:
            self.step_schedule_start = step_schedule_start
        if isinstance(step_schedule_end, Unset):
            self.step_schedule_end = None
        else:
            self.step_schedule_end = step_schedule_end
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
        if isinstance(steps, Unset):
            self.steps = None
        else:
            self.steps = steps
        if isinstance(seed, Unset):
            self.seed = None
        else:
            self.seed = seed
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
        field_dict["prompt"] = self.prompt
        field_dict["control_image"] = to_jsonable(self.control_image)
        if self.negative_prompt is not None:
            field_dict["negative_prompt"] = self.negative_prompt
        if self.control_net_name is not None:
            field_dict["control_net_name"] = to_jsonable(self.control_net_name)
        if self.conditioning_scale is not None:
            field_dict["conditioning_scale"] = self.conditioning_scale
        if self.step_schedule_start is not None:
            field_dict["step_schedule_start"] = self.step_schedule_start
        if self.step_schedule_end is not None:
            field_dict["step_schedule_end"] = self.step_schedule_end
        if self.cfg_scale is not None:
            field_dict["cfg_scale"] = self.cfg_scale
        if self.clip_guidance_preset is not None:
            field_dict["clip_guidance_preset"] = self.clip_guidance_preset
        if self.sampler is not None:
            field_dict["sampler"] = to_jsonable(self.sampler)
        if self.samples is not None:
            field_dict["samples"] = self.samples
        if self.steps is not None:
            field_dict["steps"] = self.steps
        if self.seed is not None:
            field_dict["seed"] = self.seed
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

    def to_multipart(self) -> types.RequestFiles:
        """The fields as multipart form parts; a field that is None is left out (a form field
        has no null)."""
        files: types.RequestFiles = []

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        files.append(("control_image", self.control_image.to_tuple()))

        if self.negative_prompt is not None:
            files.append(
                (
                    "negative_prompt",
                    (None, str(self.negative_prompt).encode(), "text/plain"),
                )
            )

        if self.control_net_name is not None:
            files.append(
                (
                    "control_net_name",
                    (None, str(self.control_net_name.value).encode(), "text/plain"),
                )
            )

        if self.conditioning_scale is not None:
            files.append(
                (
                    "conditioning_scale",
                    (None, str(self.conditioning_scale).encode(), "text/plain"),
                )
            )

        if self.step_schedule_start is not None:
            files.append(
                (
                    "step_schedule_start",
                    (None, str(self.step_schedule_start).encode(), "text/plain"),
                )
            )

        if self.step_schedule_end is not None:
            files.append(
                (
                    "step_schedule_end",
                    (None, str(self.step_schedule_end).encode(), "text/plain"),
                )
            )

        if self.cfg_scale is not None:
            files.append(
                ("cfg_scale", (None, str(self.cfg_scale).encode(), "text/plain"))
            )

        if self.clip_guidance_preset is not None:
            files.append(
                (
                    "clip_guidance_preset",
                    (None, str(self.clip_guidance_preset).encode(), "text/plain"),
                )
            )

        if self.sampler is not None:
            files.append(
                ("sampler", (None, str(self.sampler.value).encode(), "text/plain"))
            )

        if self.samples is not None:
            files.append(("samples", (None, str(self.samples).encode(), "text/plain")))

        if self.steps is not None:
            files.append(("steps", (None, str(self.steps).encode(), "text/plain")))

        if self.seed is not None:
            files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if self.safety_check is not None:
            files.append(
                ("safety_check", (None, str(self.safety_check).encode(), "text/plain"))
            )

        if self.lora_adapter_name is not None:
            files.append(
                (
                    "lora_adapter_name",
                    (None, str(self.lora_adapter_name).encode(), "text/plain"),
                )
            )

        if self.lora_weight_filename is not None:
            files.append(
                (
                    "lora_weight_filename",
                    (None, str(self.lora_weight_filename).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
