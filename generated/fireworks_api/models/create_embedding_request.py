from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmbeddingRequest")


@_attrs_define
class CreateEmbeddingRequest:
    """
    Attributes:
        input_ (list[str] | str): Input text to embed, encoded as a string or array of strings. To embed multiple inputs
            in a single request, pass an array of strings. The input must not exceed the max input tokens for the model and
            cannot be an empty string.
             Example: The quick brown fox jumped over the lazy dog.
        model (str): The name of the model to use. Known values are `nomic-ai/nomic-embed-text-v1.5` and `thenlper/gte-
            base`.
             Example: nomic-ai/nomic-embed-text-v1.5.
        dimensions (int | Unset): The number of dimensions the resulting output embeddings should have.
    """

    input_: list[str] | str
    model: str
    dimensions: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        model = self.model

        dimensions = self.dimensions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_input_(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_array = cast(list[str], data)

                return input_array
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        dimensions = d.pop("dimensions", UNSET)

        create_embedding_request = cls(
            input_=input_,
            model=model,
            dimensions=dimensions,
        )

        return create_embedding_request
