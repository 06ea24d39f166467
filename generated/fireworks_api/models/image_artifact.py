from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_artifact_finish_reason import ImageArtifactFinishReason

T = TypeVar("T", bound="ImageArtifact")


@_attrs_define
class ImageArtifact:
    """One generated image.

    Attributes:
        base64 (str): The image, base64-encoded (PNG).
        finish_reason (ImageArtifactFinishReason):
        seed (int): The seed that produced the image.
    """

    base64: str
    finish_reason: ImageArtifactFinishReason
    seed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base64 = self.base64

        finish_reason = self.finish_reason.value

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base64": base64,
                "finishReason": finish_reason,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base64 = d.pop("base64")

        finish_reason = ImageArtifactFinishReason(d.pop("finishReason"))

        seed = d.pop("seed")

        image_artifact = cls(
            base64=base64,
            finish_reason=finish_reason,
            seed=seed,
        )

        image_artifact.additional_properties = d
        return image_artifact

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
