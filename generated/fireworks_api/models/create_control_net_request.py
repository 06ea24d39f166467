from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_control_net_request_control_net_name import (
    CreateControlNetRequestControlNetName,
)
from ..models.sampler import Sampler
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateControlNetRequest")


@_attrs_define
class CreateControlNetRequest:
    """Request object to transform textual prompts into high-quality images using diffusion models while using image as a
    guidance via ControlNet.

        Attributes:
            prompt (str): The prompt to use when transforming the image
            control_image (File): Image to use as a guidance for ControlNet. Example: <image binary>.
            negative_prompt (str | Unset): The negative prompt to use when transforming the image
            control_net_name (CreateControlNetRequestControlNetName | Unset): Which ControlNet to use. Currently only
                "canny" is supported Default: CreateControlNetRequestControlNetName.CANNY.
            conditioning_scale (float | Unset): Scaler from 0 to 1 of the guidance strength from control image. Default:
                0.5.
            step_schedule_start (float | Unset):  Default: 0.0.
            step_schedule_end (float | Unset):  Default: 1.0.
            cfg_scale (float | Unset): Configuration scale for the image diffusion process. Adjust the description as
                needed.
            clip_guidance_preset (str | Unset):  Default: 'NONE'.
            sampler (Sampler | Unset): We support none and "K_DPMPP_2M" here
            samples (int | Unset): Number of images to generate Example: 1.
            steps (int | Unset): Number of diffusion steps to run Example: 75.
            seed (int | Unset): Random noise seed (omit this option or use `0` for a random seed) Example: 0.
            safety_check (bool | Unset): Enable a safety check for each response. If the safety check model detects unsafe
                content, the response will be filtered with Finish-Reason = CONTENT_FILTERED. Default: False.
            lora_adapter_name (str | Unset): A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA
                adapter to load and run in SDXL inference.
            lora_weight_filename (str | Unset): The filename (e.g. lora.safetensors) of the file within the HF repo to load
                as the HF adapter.
    """

    prompt: str
    control_image: File
    negative_prompt: str | Unset = UNSET
    control_net_name: CreateControlNetRequestControlNetName | Unset = (
        CreateControlNetRequestControlNetName.CANNY
    )
    conditioning_scale: float | Unset = 0.5
    step_schedule_start: float | Unset = 0.0
    step_schedule_end: float | Unset = 1.0
    cfg_scale: float | Unset = UNSET
    clip_guidance_preset: str | Unset = "NONE"
    sampler: Sampler | Unset = UNSET
    samples: int | Unset = UNSET
    steps: int | Unset = UNSET
    seed: int | Unset = UNSET
    safety_check: bool | Unset = False
    lora_adapter_name: str | Unset = UNSET
    lora_weight_filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        control_image = self.control_image.to_tuple()

        negative_prompt = self.negative_prompt

        control_net_name: str | Unset = UNSET
        if not isinstance(self.control_net_name, Unset):
            control_net_name = self.control_net_name.value

        conditioning_scale = self.conditioning_scale

        step_schedule_start = self.step_schedule_start

        step_schedule_end = self.step_schedule_end

        cfg_scale = self.cfg_scale

        clip_guidance_preset = self.clip_guidance_preset

        sampler: str | Unset = UNSET
        if not isinstance(self.sampler, Unset):
            sampler = self.sampler.value

        samples = self.samples

        steps = self.steps

        seed = self.seed

        safety_check = self.safety_check

        lora_adapter_name = self.lora_adapter_name

        lora_weight_filename = self.lora_weight_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "control_image": control_image,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if control_net_name is not UNSET:
            field_dict["control_net_name"] = control_net_name
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if step_schedule_start is not UNSET:
            field_dict["step_schedule_start"] = step_schedule_start
        if step_schedule_end is not UNSET:
            field_dict["step_schedule_end"] = step_schedule_end
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if clip_guidance_preset is not UNSET:
            field_dict["clip_guidance_preset"] = clip_guidance_preset
        if sampler is not UNSET:
            field_dict["sampler"] = sampler
        if samples is not UNSET:
            field_dict["samples"] = samples
        if steps is not UNSET:
            field_dict["steps"] = steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if safety_check is not UNSET:
            field_dict["safety_check"] = safety_check
        if lora_adapter_name is not UNSET:
            field_dict["lora_adapter_name"] = lora_adapter_name
        if lora_weight_filename is not UNSET:
            field_dict["lora_weight_filename"] = lora_weight_filename

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        files.append(("control_image", self.control_image.to_tuple()))

        if not isinstance(self.negative_prompt, Unset):
            files.append(
                (
                    "negative_prompt",
                    (None, str(self.negative_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.control_net_name, Unset):
            files.append(
                (
                    "control_net_name",
                    (None, str(self.control_net_name.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.conditioning_scale, Unset):
            files.append(
                (
                    "conditioning_scale",
                    (None, str(self.conditioning_scale).encode(), "text/plain"),
                )
            )

        if not isinstance(self.step_schedule_start, Unset):
            files.append(
                (
                    "step_schedule_start",
                    (None, str(self.step_schedule_start).encode(), "text/plain"),
                )
            )

        if not isinstance(self.step_schedule_end, Unset):
            files.append(
                (
                    "step_schedule_end",
                    (None, str(self.step_schedule_end).encode(), "text/plain"),
                )
            )

        if not isinstance(self.cfg_scale, Unset):
            files.append(
                ("cfg_scale", (None, str(self.cfg_scale).encode(), "text/plain"))
            )

        if not isinstance(self.clip_guidance_preset, Unset):
            files.append(
                (
                    "clip_guidance_preset",
                    (None, str(self.clip_guidance_preset).encode(), "text/plain"),
                )
            )

        if not isinstance(self.sampler, Unset):
            files.append(
                ("sampler", (None, str(self.sampler.value).encode(), "text/plain"))
            )

        if not isinstance(self.samples, Unset):
            files.append(("samples", (None, str(self.samples).encode(), "text/plain")))

        if not isinstance(self.steps, Unset):
            files.append(("steps", (None, str(self.steps).encode(), "text/plain")))

        if not isinstance(self.seed, Unset):
            files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if not isinstance(self.safety_check, Unset):
            files.append(
                ("safety_check", (None, str(self.safety_check).encode(), "text/plain"))
            )

        if not isinstance(self.lora_adapter_name, Unset):
            files.append(
                (
                    "lora_adapter_name",
                    (None, str(self.lora_adapter_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.lora_weight_filename, Unset):
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
        d = dict(src_dict)
        prompt = d.pop("prompt")

        control_image = File(payload=BytesIO(d.pop("control_image")))

        negative_prompt = d.pop("negative_prompt", UNSET)

        _control_net_name = d.pop("control_net_name", UNSET)
        control_net_name: CreateControlNetRequestControlNetName | Unset
        if isinstance(_control_net_name, Unset):
            control_net_name = UNSET
        else:
            control_net_name = CreateControlNetRequestControlNetName(_control_net_name)

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        step_schedule_start = d.pop("step_schedule_start", UNSET)

        step_schedule_end = d.pop("step_schedule_end", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        clip_guidance_preset = d.pop("clip_guidance_preset", UNSET)

        _sampler = d.pop("sampler", UNSET)
        sampler: Sampler | Unset
        if isinstance(_sampler, Unset):
            sampler = UNSET
        else:
            sampler = Sampler(_sampler)

        samples = d.pop("samples", UNSET)

        steps = d.pop("steps", UNSET)

        seed = d.pop("seed", UNSET)

        safety_check = d.pop("safety_check", UNSET)

        lora_adapter_name = d.pop("lora_adapter_name", UNSET)

        lora_weight_filename = d.pop("lora_weight_filename", UNSET)

        create_control_net_request = cls(
            prompt=prompt,
            control_image=control_image,
            negative_prompt=negative_prompt,
            control_net_name=control_net_name,
            conditioning_scale=conditioning_scale,
            step_schedule_start=step_schedule_start,
            step_schedule_end=step_schedule_end,
            cfg_scale=cfg_scale,
            clip_guidance_preset=clip_guidance_preset,
            sampler=sampler,
            samples=samples,
            steps=steps,
            seed=seed,
            safety_check=safety_check,
            lora_adapter_name=lora_adapter_name,
            lora_weight_filename=lora_weight_filename,
        )

        create_control_net_request.additional_properties = d
        return create_control_net_request

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
