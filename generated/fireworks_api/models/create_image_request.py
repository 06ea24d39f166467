from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.sampler import Sampler
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.text_prompt import TextPrompt


@_attrs_define(init=False)
class CreateImageRequest:
    """Request object to transform textual prompts into high-quality images using diffusion models.

    Attributes:
        text_prompts (list[TextPrompt]):
        height (int | None): Height of the image in pixels. Supported resolutions (width, height) are (1024, 1024),
            (1152, 896), (896, 1152), (1216, 832), (832, 1216), (1344, 768), (768, 1344), (1536, 640), and (640, 1536).
        width (int | None): Width of the image in pixels. Supported resolutions (width, height) are (1024, 1024), (1152,
            896), (896, 1152), (1216, 832), (832, 1216), (1344, 768), (768, 1344), (1536, 640), and (640, 1536).
        cfg_scale (float | None): Configuration scale for the image diffusion process. Adjust the description as needed.
        sampler (Sampler | None): We support none and "K_DPMPP_2M" here
        samples (int | None): Number of images to generate Example: 1.
        seed (int | None): Random noise seed (omit this option or use `0` for a random seed) Example: 0.
        steps (int | None): Number of diffusion steps to run Example: 75.
        safety_check (bool | None): Enable a safety check for each response. If the safety check model detects unsafe
            content, the response will be filtered with Finish-Reason = CONTENT_FILTERED. Default: False.
        lora_adapter_name (None | str): A huggingface name (e.g. jbilcke-hf/sdxl-botw) that specifies which LoRA adapter
            to load and run in SDXL inference.
        lora_weight_filename (None | str): The filename (e.g. lora.safetensors) of the file within the HF repo to load
            as the HF adapter.
    """

    text_prompts: list[TextPrompt]
    height: int | None = None
    width: int | None = None
    cfg_scale: float | None = None
    sampler: Sampler | None = None
    samples: int | None = None
    seed: int | None = None
    steps: int | None = None
    safety_check: bool | None = None
    lora_adapter_name: None | str = None
    lora_weight_filename: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        text_prompts: list[TextPrompt],
        height: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        cfg_scale: float | None | Unset = UNSET,
        sampler: Sampler | None | Unset = UNSET,
        samples: int | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        steps: int | None | Unset = UNSET,
        safety_check: bool | None | Unset = UNSET,
        lora_adapter_name: None | str | Unset = UNSET,
        lora_weight_filename: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.text_prompts = text_prompts
        if isinstance(height, Unset):
            self.height = None
        else:
            self.height = height
        if isinstance(width, Unset):
            self.width = None
        else:
            self.width = width
        if isinstance(cfg_scale, Unset):
            self.cfg_scale = None
        else:
            self.cfg_scale = cfg_scale
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
            if lora_adapter_name is None:
                nulls |= 512
        if isinstance(lora_weight_filename, Unset):
            self.lora_weight_filename = None
        else:
            self.lora_weight_filename = lora_weight_filename
            if lora_weight_filename is None:
                nulls |= 1024
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["text_prompts"] = to_jsonable(self.text_prompts)
        if self.height is not None:
            field_dict["height"] = self.height
        if self.width is not None:
            field_dict["width"] = self.width
        if self.cfg_scale is not None:
            field_dict["cfg_scale"] = self.cfg_scale
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
        if self.lora_adapter_name is not None or self._nulls & 512:
            field_dict["lora_adapter_name"] = self.lora_adapter_name
        if self.lora_weight_filename is not None or self._nulls & 1024:
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
