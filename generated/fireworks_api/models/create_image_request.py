from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sampler import Sampler
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_prompt import TextPrompt


T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """Request object to transform textual prompts into high-quality images using diffusion models.

    Attributes:
        text_prompts (list[TextPrompt]):
        height (int | Unset): Height of the image in pixels. Supported resolutions (width, height) are (1024, 1024),
            (1152, 896), (896, 1152), (1216, 832), (832, 1216), (1344, 768), (768, 1344), (1536, 640), and (640, 1536).
        width (int | Unset): Width of the image in pixels. Supported resolutions (width, height) are (1024, 1024),
            (1152, 896), (896, 1152), (1216, 832), (832, 1216), (1344, 768), (768, 1344), (1536, 640), and (640, 1536).
        cfg_scale (float | Unset): Configuration scale for the image diffusion process. Adjust the description as
            needed.
        sampler (Sampler | Unset): We support none and "K_DPMPP_2M" here
        samples (int | Unset): Number of images to generate Example: 1.
        seed (int | Unset): Random noise seed (omit this option or use `0` for a random seed) Example: 0.
        steps (int | Unset): Number of diffusion steps to run Example: 75.
        safety_check (bool | Unset): Enable a safety check for each response. If the safety check model detects unsafe
            content, the response will be filtered with Finish-Reason = CONTENT_FILTERED. Default: False.
        lora_adapter_name (None | str | Unset): A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA
            adapter to load and run in SDXL inference.
        lora_weight_filename (None | str | Unset): The filename (e.g. lora.safetensors) of the file within the HF repo
            to load as the HF adapter.
    """

    text_prompts: list[TextPrompt]
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    sampler: Sampler | Unset = UNSET
    samples: int | Unset = UNSET
    seed: int | Unset = UNSET
    steps: int | Unset = UNSET
    safety_check: bool | Unset = False
    lora_adapter_name: None | str | Unset = UNSET
    lora_weight_filename: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_prompts = []
        for text_prompts_item_data in self.text_prompts:
            text_prompts_item = text_prompts_item_data.to_dict()
            text_prompts.append(text_prompts_item)

        height = self.height

        width = self.width

        cfg_scale = self.cfg_scale

        sampler: str | Unset = UNSET
        if not isinstance(self.sampler, Unset):
            sampler = self.sampler.value

        samples = self.samples

        seed = self.seed

        steps = self.steps

        safety_check = self.safety_check

        lora_adapter_name: None | str | Unset
        if isinstance(self.lora_adapter_name, Unset):
            lora_adapter_name = UNSET
        else:
            lora_adapter_name = self.lora_adapter_name

        lora_weight_filename: None | str | Unset
        if isinstance(self.lora_weight_filename, Unset):
            lora_weight_filename = UNSET
        else:
            lora_weight_filename = self.lora_weight_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text_prompts": text_prompts,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
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
        from ..models.text_prompt import TextPrompt

        d = dict(src_dict)
        text_prompts = []
        _text_prompts = d.pop("text_prompts")
        for text_prompts_item_data in _text_prompts:
            text_prompts_item = TextPrompt.from_dict(text_prompts_item_data)

            text_prompts.append(text_prompts_item)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

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

        def _parse_lora_adapter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lora_adapter_name = _parse_lora_adapter_name(d.pop("lora_adapter_name", UNSET))

        def _parse_lora_weight_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lora_weight_filename = _parse_lora_weight_filename(
            d.pop("lora_weight_filename", UNSET)
        )

        create_image_request = cls(
            text_prompts=text_prompts,
            height=height,
            width=width,
            cfg_scale=cfg_scale,
            sampler=sampler,
            samples=samples,
            seed=seed,
            steps=steps,
            safety_check=safety_check,
            lora_adapter_name=lora_adapter_name,
            lora_weight_filename=lora_weight_filename,
        )

        create_image_request.additional_properties = d
        return create_image_request

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
