from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_rerank_response_object import CreateRerankResponseObject

if TYPE_CHECKING:
    from ..models.create_rerank_response_usage import CreateRerankResponseUsage
    from ..models.rerank_result import RerankResult


T = TypeVar("T", bound="CreateRerankResponse")


@_attrs_define
class CreateRerankResponse:
    """
    Attributes:
        object_ (CreateRerankResponseObject): The object type, which is always "list".
        model (str): The name of the model used for reranking.
        data (list[RerankResult]): The list of reranked documents, ordered by relevance score (highest first).
        usage (CreateRerankResponseUsage): The usage information for the request.
    """

    object_: CreateRerankResponseObject
    model: str
    data: list[RerankResult]
    usage: CreateRerankResponseUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        model = self.model

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "model": model,
                "data": data,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_rerank_response_usage import CreateRerankResponseUsage
        from ..models.rerank_result import RerankResult

        d = dict(src_dict)
        object_ = CreateRerankResponseObject(d.pop("object"))

        model = d.pop("model")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RerankResult.from_dict(data_item_data)

            data.append(data_item)

        usage = CreateRerankResponseUsage.from_dict(d.pop("usage"))

        create_rerank_response = cls(
            object_=object_,
            model=model,
            data=data,
            usage=usage,
        )

        create_rerank_response.additional_properties = d
        return create_rerank_response

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
