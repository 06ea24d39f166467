from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_kontext_request_body_output_format import (
    CreateKontextRequestBodyOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKontextRequestBody")


@_attrs_define
class CreateKontextRequestBody:
    """
    Attributes:
        prompt (str): Prompt to use for the image generation process. Example: A photo of a cat.
        input_image (None | str | Unset): Base64 encoded image or URL to use with Kontext.
        seed (int | None | Unset): Optional seed for reproducibility. Example: 42.
        aspect_ratio (None | str | Unset): Aspect ratio of the image between 21:9 and 9:21.
        output_format (CreateKontextRequestBodyOutputFormat | Unset): Output format for the generated image. Can be
            'jpeg' or 'png'. Example: png.
        webhook_url (None | str | Unset): URL to receive webhook notifications.
        webhook_secret (None | str | Unset): Optional secret for webhook signature verification.
        prompt_upsampling (bool | Unset): Whether to perform upsampling on the prompt. If active, automatically modifies
            the prompt for more creative generation. Example: False.
        safety_tolerance (int | Unset): Tolerance level for input and output moderation. Between 0 and 6, 0 being most
            strict, 6 being least strict. Limit of 2 for Image to Image. Example: 2.
    """

    prompt: str
    input_image: None | str | Unset = UNSET
    seed: int | None | Unset = UNSET
    aspect_ratio: None | str | Unset = UNSET
    output_format: CreateKontextRequestBodyOutputFormat | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    webhook_secret: None | str | Unset = UNSET
    prompt_upsampling: bool | Unset = UNSET
    safety_tolerance: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        input_image: None | str | Unset
        if isinstance(self.input_image, Unset):
            input_image = UNSET
        else:
            input_image = self.input_image

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        webhook_secret: None | str | Unset
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        prompt_upsampling = self.prompt_upsampling

        safety_tolerance = self.safety_tolerance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if input_image is not UNSET:
            field_dict["input_image"] = input_image
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if prompt_upsampling is not UNSET:
            field_dict["prompt_upsampling"] = prompt_upsampling
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_input_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_image = _parse_input_image(d.pop("input_image", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_aspect_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        _output_format = d.pop("output_format", UNSET)
        output_format: CreateKontextRequestBodyOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = CreateKontextRequestBodyOutputFormat(_output_format)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_webhook_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_secret = _parse_webhook_secret(d.pop("webhook_secret", UNSET))

        prompt_upsampling = d.pop("prompt_upsampling", UNSET)

        safety_tolerance = d.pop("safety_tolerance", UNSET)

        create_kontext_request_body = cls(
            prompt=prompt,
            input_image=input_image,
            seed=seed,
            aspect_ratio=aspect_ratio,
            output_format=output_format,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            prompt_upsampling=prompt_upsampling,
            safety_tolerance=safety_tolerance,
        )

        create_kontext_request_body.additional_properties = d
        return create_kontext_request_body

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
