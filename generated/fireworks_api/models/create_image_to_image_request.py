from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_to_image_request_init_image_mode import (
    CreateImageToImageRequestInitImageMode,
)
from ..models.sampler import Sampler
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateImageToImageRequest")


@_attrs_define
class CreateImageToImageRequest:
    """Image-to-image in one of two modes, chosen by init_image_mode: IMAGE_STRENGTH uses image_strength; STEP_SCHEDULE
    uses step_schedule_start and step_schedule_end.

        Attributes:
            init_image (File): Image used to initialize the diffusion process, in lieu of random noise. Example: <image
                binary>.
            init_image_mode (CreateImageToImageRequestInitImageMode): Which of the two modes to use.
            prompt (str | Unset): The prompt to use when transforming the image
            negative_prompt (str | Unset): The negative prompt to use when transforming the image
            cfg_scale (int | Unset):  Default: 7.
            clip_guidance_preset (str | Unset):  Default: 'NONE'.
            sampler (Sampler | Unset): We support none and "K_DPMPP_2M" here
            samples (int | Unset): Number of images to generate Example: 1.
            seed (int | Unset): Random noise seed (omit this option or use `0` for a random seed) Example: 0.
            steps (int | Unset): Number of diffusion steps to run Example: 75.
            safety_check (bool | Unset): Enable a safety check for each response. If the safety check model detects unsafe
                content, the response will be filtered with Finish-Reason = CONTENT_FILTERED. Default: False.
            lora_adapter_name (str | Unset): A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA
                adapter to load and run in SDXL inference.
            lora_weight_filename (str | Unset): The filename (e.g. lora.safetensors) of the file within the HF repo to load
                as the HF adapter.
            image_strength (float | Unset): IMAGE_STRENGTH mode only. How much of the init image to keep. Default: 0.1.
            step_schedule_start (float | Unset): STEP_SCHEDULE mode only. Default: 0.65.
            step_schedule_end (float | Unset): STEP_SCHEDULE mode only; required in that mode.
    """

    init_image: File
    init_image_mode: CreateImageToImageRequestInitImageMode
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    cfg_scale: int | Unset = 7
    clip_guidance_preset: str | Unset = "NONE"
    sampler: Sampler | Unset = UNSET
    samples: int | Unset = UNSET
    seed: int | Unset = UNSET
    steps: int | Unset = UNSET
    safety_check: bool | Unset = False
    lora_adapter_name: str | Unset = UNSET
    lora_weight_filename: str | Unset = UNSET
    image_strength: float | Unset = 0.1
    step_schedule_start: float | Unset = 0.65
    step_schedule_end: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        init_image = self.init_image.to_tuple()

        init_image_mode = self.init_image_mode.value

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        clip_guidance_preset = self.clip_guidance_preset

        sampler: str | Unset = UNSET
        if not isinstance(self.sampler, Unset):
            sampler = self.sampler.value

        samples = self.samples

        seed = self.seed

        steps = self.steps

        safety_check = self.safety_check

        lora_adapter_name = self.lora_adapter_name

        lora_weight_filename = self.lora_weight_filename

        image_strength = self.image_strength

        step_schedule_start = self.step_schedule_start

        step_schedule_end = self.step_schedule_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "init_image": init_image,
                "init_image_mode": init_image_mode,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if clip_guidance_preset is not UNSET:
            field_dict["clip_guidance_preset"] = clip_guidance_preset
        if sampler is not UNSET:
            field_dict["sampler"] = sampler
        if samples is not UNSET:
            field_dict["samples"] = samples
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if safety_check is not UNSET:
            field_dict["safety_check"] = safety_check
        if lora_adapter_name is not UNSET:
            field_dict["lora_adapter_name"] = lora_adapter_name
        if lora_weight_filename is not UNSET:
            field_dict["lora_weight_filename"] = lora_weight_filename
        if image_strength is not UNSET:
            field_dict["image_strength"] = image_strength
        if step_schedule_start is not UNSET:
            field_dict["step_schedule_start"] = step_schedule_start
        if step_schedule_end is not UNSET:
            field_dict["step_schedule_end"] = step_schedule_end

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("init_image", self.init_image.to_tuple()))

        files.append(
            (
                "init_image_mode",
                (None, str(self.init_image_mode.value).encode(), "text/plain"),
            )
        )

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.negative_prompt, Unset):
            files.append(
                (
                    "negative_prompt",
                    (None, str(self.negative_prompt).encode(), "text/plain"),
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

        if not isinstance(self.seed, Unset):
            files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if not isinstance(self.steps, Unset):
            files.append(("steps", (None, str(self.steps).encode(), "text/plain")))

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

        if not isinstance(self.image_strength, Unset):
            files.append(
                (
                    "image_strength",
                    (None, str(self.image_strength).encode(), "text/plain"),
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

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        init_image = File(payload=BytesIO(d.pop("init_image")))

        init_image_mode = CreateImageToImageRequestInitImageMode(
            d.pop("init_image_mode")
        )

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        clip_guidance_preset = d.pop("clip_guidance_preset", UNSET)

        _sampler = d.pop("sampler", UNSET)
        sampler: Sampler | Unset
        if isinstance(_sampler, Unset):
            sampler = UNSET
        else:
            sampler = Sampler(_sampler)

        samples = d.pop("samples", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        safety_check = d.pop("safety_check", UNSET)

        lora_adapter_name = d.pop("lora_adapter_name", UNSET)

        lora_weight_filename = d.pop("lora_weight_filename", UNSET)

        image_strength = d.pop("image_strength", UNSET)

        step_schedule_start = d.pop("step_schedule_start", UNSET)

        step_schedule_end = d.pop("step_schedule_end", UNSET)

        create_image_to_image_request = cls(
            init_image=init_image,
            init_image_mode=init_image_mode,
            prompt=prompt,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            clip_guidance_preset=clip_guidance_preset,
            sampler=sampler,
            samples=samples,
            seed=seed,
            steps=steps,
            safety_check=safety_check,
            lora_adapter_name=lora_adapter_name,
            lora_weight_filename=lora_weight_filename,
            image_strength=image_strength,
            step_schedule_start=step_schedule_start,
            step_schedule_end=step_schedule_end,
        )

        create_image_to_image_request.additional_properties = d
        return create_image_to_image_request

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
