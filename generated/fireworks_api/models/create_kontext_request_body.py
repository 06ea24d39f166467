from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.create_kontext_request_body_output_format import (
    CreateKontextRequestBodyOutputFormat,
)
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class CreateKontextRequestBody:
    """
    Attributes:
        prompt (str): Prompt to use for the image generation process. Example: A photo of a cat.
        input_image (None | str): Base64 encoded image or URL to use with Kontext.
        seed (int | None): Optional seed for reproducibility. Example: 42.
        aspect_ratio (None | str): Aspect ratio of the image between 21:9 and 9:21.
        output_format (CreateKontextRequestBodyOutputFormat | None): Output format for the generated image. Can be
            'jpeg' or 'png'. Example: png.
        webhook_url (None | str): URL to receive webhook notifications.
        webhook_secret (None | str): Optional secret for webhook signature verification.
        prompt_upsampling (bool | None): Whether to perform upsampling on the prompt. If active, automatically modifies
            the prompt for more creative generation. Example: False.
        safety_tolerance (int | None): Tolerance level for input and output moderation. Between 0 and 6, 0 being most
            strict, 6 being least strict. Limit of 2 for Image to Image. Example: 2.
    """

    prompt: str
    input_image: None | str = None
    seed: int | None = None
    aspect_ratio: None | str = None
    output_format: CreateKontextRequestBodyOutputFormat | None = None
    webhook_url: None | str = None
    webhook_secret: None | str = None
    prompt_upsampling: bool | None = None
    safety_tolerance: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        prompt: str,
        input_image: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        aspect_ratio: None | str | Unset = UNSET,
        output_format: CreateKontextRequestBodyOutputFormat | None | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        webhook_secret: None | str | Unset = UNSET,
        prompt_upsampling: bool | None | Unset = UNSET,
        safety_tolerance: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.prompt = prompt
        if isinstance(input_image, Unset):
            self.input_image = None
        else:
            self.input_image = input_image
            if input_image is None:
                nulls |= 2
        if isinstance(seed, Unset):
            self.seed = None
        else:
            self.seed = seed
            if seed is None:
                nulls |= 4
        if isinstance(aspect_ratio, Unset):
            self.aspect_ratio = None
        else:
            self.aspect_ratio = aspect_ratio
            if aspect_ratio is None:
                nulls |= 8
        if isinstance(output_format, Unset):
            self.output_format = None
        else:
            self.output_format = output_format
        if isinstance(webhook_url, Unset):
            self.webhook_url = None
        else:
            self.webhook_url = webhook_url
            if webhook_url is None:
                nulls |= 32
        if isinstance(webhook_secret, Unset):
            self.webhook_secret = None
        else:
            self.webhook_secret = webhook_secret
            if webhook_secret is None:
                nulls |= 64
        if isinstance(prompt_upsampling, Unset):
            self.prompt_upsampling = None
        else:
            self.prompt_upsampling = prompt_upsampling
        if isinstance(safety_tolerance, Unset):
            self.safety_tolerance = None
        else:
            self.safety_tolerance = safety_tolerance
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        field_dict["prompt"] = self.prompt
        if self.input_image is not None or self._nulls & 2:
            field_dict["input_image"] = self.input_image
        if self.seed is not None or self._nulls & 4:
            field_dict["seed"] = self.seed
        if self.aspect_ratio is not None or self._nulls & 8:
            field_dict["aspect_ratio"] = self.aspect_ratio
        if self.output_format is not None:
            field_dict["output_format"] = to_jsonable(self.output_format)
        if self.webhook_url is not None or self._nulls & 32:
            field_dict["webhook_url"] = self.webhook_url
        if self.webhook_secret is not None or self._nulls & 64:
            field_dict["webhook_secret"] = self.webhook_secret
        if self.prompt_upsampling is not None:
            field_dict["prompt_upsampling"] = self.prompt_upsampling
        if self.safety_tolerance is not None:
            field_dict["safety_tolerance"] = self.safety_tolerance
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
