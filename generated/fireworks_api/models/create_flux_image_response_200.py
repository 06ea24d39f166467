from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateFluxImageResponse200")


@_attrs_define
class CreateFluxImageResponse200:
    """
    Attributes:
        id (str): The unique identifier for the image generation request.
        base64 (str): Includes a base64-encoded string containing an image in PNG format.
            To retrieve the image, base64-decode the string into binary data,
            then load that binary data as a PNG file.
        finish_reason (str): Can be `SUCCESS` or `CONTENT_FILTERED`.

            Specifies the outcome of the image generation process. It could be
            `SUCCESS` indicating that the image was successfully generated, or
            `CONTENT_FILTERED` if the image was filtered due to the safety\\_check=true
            parameter being set.
        seed (int): The seed used for the image generation process.
    """

    id: str
    base64: str
    finish_reason: str
    seed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        base64 = self.base64

        finish_reason = self.finish_reason

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "base64": base64,
                "finishReason": finish_reason,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        base64 = d.pop("base64")

        finish_reason = d.pop("finishReason")

        seed = d.pop("seed")

        create_flux_image_response_200 = cls(
            id=id,
            base64=base64,
            finish_reason=finish_reason,
            seed=seed,
        )

        create_flux_image_response_200.additional_properties = d
        return create_flux_image_response_200

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
