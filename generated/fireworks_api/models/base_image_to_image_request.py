from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sampler import Sampler
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="BaseImageToImageRequest")


@_attrs_define
class BaseImageToImageRequest:
    """
    Attributes:
        prompt (str | Unset): The prompt to use when transforming the image
        negative_prompt (str | Unset): The negative prompt to use when transforming the image
        init_image (File | Unset): Image used to initialize the diffusion process, in lieu of random noise. Example:
            <image binary>.
        init_image_mode (str | Unset):
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
    """

    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    init_image: File | Unset = UNSET
    init_image_mode: str | Unset = UNSET
    cfg_scale: int | Unset = 7
    clip_guidance_preset: str | Unset = "NONE"
    sampler: Sampler | Unset = UNSET
    samples: int | Unset = UNSET
    seed: int | Unset = UNSET
    steps: int | Unset = UNSET
    safety_check: bool | Unset = False
    lora_adapter_name: str | Unset = UNSET
    lora_weight_filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        init_image: FileTypes | Unset = UNSET
        if not isinstance(self.init_image, Unset):
            init_image = self.init_image.to_tuple()

        init_image_mode = self.init_image_mode

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if init_image is not UNSET:
            field_dict["init_image"] = init_image
        if init_image_mode is not UNSET:
            field_dict["init_image_mode"] = init_image_mode
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _init_image = d.pop("init_image", UNSET)
        init_image: File | Unset
        if isinstance(_init_image, Unset):
            init_image = UNSET
        else:
            init_image = File(payload=BytesIO(_init_image))

        init_image_mode = d.pop("init_image_mode", UNSET)

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

        base_image_to_image_request = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            init_image=init_image,
            init_image_mode=init_image_mode,
            cfg_scale=cfg_scale,
            clip_guidance_preset=clip_guidance_preset,
            sampler=sampler,
            samples=samples,
            seed=seed,
            steps=steps,
            safety_check=safety_check,
            lora_adapter_name=lora_adapter_name,
            lora_weight_filename=lora_weight_filename,
        )

        base_image_to_image_request.additional_properties = d
        return base_image_to_image_request

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
