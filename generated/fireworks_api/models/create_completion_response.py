from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )
    from ..models.usage_info import UsageInfo


T = TypeVar("T", bound="CreateCompletionResponse")


@_attrs_define
class CreateCompletionResponse:
    """
    Attributes:
        id (str): A unique identifier of the response.
        object_ (str): The object type, which is always "text_completion".
        created (int): The Unix time in seconds when the response was generated.
        model (str): The model used for the completion.
        choices (list[CreateCompletionResponseChoicesItem]): The list of generated completion choices.
        usage (UsageInfo | Unset): Usage statistics.
    """

    id: str
    object_: str
    created: int
    model: str
    choices: list[CreateCompletionResponseChoicesItem]
    usage: UsageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_completion_response_choices_item import (
            CreateCompletionResponseChoicesItem,
        )
        from ..models.usage_info import UsageInfo

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CreateCompletionResponseChoicesItem.from_dict(
                choices_item_data
            )

            choices.append(choices_item)

        _usage = d.pop("usage", UNSET)
        usage: UsageInfo | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageInfo.from_dict(_usage)

        create_completion_response = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
        )

        create_completion_response.additional_properties = d
        return create_completion_response

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
