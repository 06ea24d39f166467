from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.create_flux_image_body_aspect_ratio import CreateFluxImageBodyAspectRatio
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class CreateFluxImageBody:
    """
    Attributes:
        prompt (str): Prompt to use for the image generation process. Example: A photo of a cat.
        aspect_ratio (CreateFluxImageBodyAspectRatio | None): Aspect ratio of the generated image. Example: 16:9.
        guidance_scale (float | None): Classifier-free guidance scale for the image diffusion process. Default value is
            3.5. Example: 3.5.
        num_inference_steps (int | None): Number of denoising steps for the image generation process. Default value is
            4. Example: 4.
        seed (int | None): Random seed to use for the image generation process. If 0, we will use a totally random seed.
            Example: 0.
    """

    prompt: str
    aspect_ratio: CreateFluxImageBodyAspectRatio | None = None
    guidance_scale: float | None = None
    num_inference_steps: int | None = None
    seed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        prompt: str,
        aspect_ratio: CreateFluxImageBodyAspectRatio | None | Unset = UNSET,
        guidance_scale: float | None | Unset = UNSET,
        num_inference_steps: int | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.prompt = prompt
        if isinstance(aspect_ratio, Unset):
            self.aspect_ratio = None
        else:
            self.aspect_ratio = aspect_ratio
        if isinstance(guidance_scale, Unset):
            self.guidance_scale = None
        else:
            self.guidance_scale = guidance_scale
        if isinstance(num_inference_steps, Unset):
            self.num_inference_steps = None
        else:
            self.num_inference_steps = num_inference_steps
        if isinstance(seed, Unset):
            self.seed = None
        else:
            self.seed = seed
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["prompt"] = self.prompt
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = to_jsonable(self.aspect_ratio)
        if self.guidance_scale is not None:
            field_dict["guidance_scale"] = self.guidance_scale
        if self.num_inference_steps is not None:
            field_dict["num_inference_steps"] = self.num_inference_steps
        if self.seed is not None:
            field_dict["seed"] = self.seed
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
