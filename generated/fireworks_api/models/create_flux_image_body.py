from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_flux_image_body_aspect_ratio import CreateFluxImageBodyAspectRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFluxImageBody")


@_attrs_define
class CreateFluxImageBody:
    """
    Attributes:
        prompt (str): Prompt to use for the image generation process. Example: A photo of a cat.
        aspect_ratio (CreateFluxImageBodyAspectRatio | Unset): Aspect ratio of the generated image. Example: 16:9.
        guidance_scale (float | Unset): Classifier-free guidance scale for the image diffusion process. Default value is
            3.5. Example: 3.5.
        num_inference_steps (int | Unset): Number of denoising steps for the image generation process. Default value is
            4. Example: 4.
        seed (int | Unset): Random seed to use for the image generation process. If 0, we will use a totally random
            seed. Example: 0.
    """

    prompt: str
    aspect_ratio: CreateFluxImageBodyAspectRatio | Unset = UNSET
    guidance_scale: float | Unset = UNSET
    num_inference_steps: int | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: CreateFluxImageBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = CreateFluxImageBodyAspectRatio(_aspect_ratio)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        create_flux_image_body = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        create_flux_image_body.additional_properties = d
        return create_flux_image_body

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
