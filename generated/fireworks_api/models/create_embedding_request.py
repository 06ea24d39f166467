from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_embedding_request_input_array_of_objects_item import (
        CreateEmbeddingRequestInputArrayOfObjectsItem,
    )
    from ..models.create_embedding_request_structured_data import (
        CreateEmbeddingRequestStructuredData,
    )


T = TypeVar("T", bound="CreateEmbeddingRequest")


@_attrs_define
class CreateEmbeddingRequest:
    """
    Attributes:
        input_ (CreateEmbeddingRequestStructuredData | list[CreateEmbeddingRequestInputArrayOfObjectsItem] | list[str] |
            str): Input text to embed, encoded as a string. To embed multiple inputs in a single request, pass an array of
            strings. You can pass structured object(s) to use along with the prompt_template. The input must not exceed the
            max input tokens for the model (8192 tokens for `nomic-ai/nomic-embed-text-v1.5`), cannot be an empty string,
            and any array must be 2048 dimensions or less.
             Example: The quick brown fox jumped over the lazy dog.
        model (str): The model to use for generating embeddings. Example: nomic-ai/nomic-embed-text-v1.5.
        prompt_template (str | Unset): Template string for processing input data before embedding. When provided, fields
            from the input object are substituted using [Jinja2](https://jinja.palletsprojects.com/en/stable/). For example,
            simple substitution is done using `{field_name}` syntax. The resulting string(s) are then embedded. For array
            inputs, each object generates a separate string.

            Additionally, we expose `truncate_tokens(string)` function to the template that allows to truncate the string
            based on token lengths instead of characters
             Example: Embed this text: {text}.
        dimensions (int | Unset): The number of dimensions the resulting output embeddings should have. Only supported
            in `nomic-ai/nomic-embed-text-v1.5` and later models.
             Example: 768.
        return_logits (list[int] | Unset): If provided, returns raw model logits (pre-softmax scores) for specified
            token or class indices. If an empty list is provided, returns logits for all available tokens/classes.
            Otherwise, only the specified indices are returned.

            When used with normalize=true, softmax is applied to create probability distributions. Softmax is applied only
            to the selected tokens, so output probabilities will always add up to 1.
             Example: [0, 1, 2].
        normalize (bool | Unset): Controls normalization of the output. When return_logits is not provided, embeddings
            are L2 normalized (unit vectors). When return_logits is provided, softmax is applied to the selected logits to
            create probability distributions.
             Default: False. Example: False.
        encoding_format (CreateEmbeddingRequestEncodingFormat | Unset): The form of each vector in the answer. Default:
            CreateEmbeddingRequestEncodingFormat.FLOAT.
    """

    input_: (
        CreateEmbeddingRequestStructuredData
        | list[CreateEmbeddingRequestInputArrayOfObjectsItem]
        | list[str]
        | str
    )
    model: str
    prompt_template: str | Unset = UNSET
    dimensions: int | Unset = UNSET
    return_logits: list[int] | Unset = UNSET
    normalize: bool | Unset = False
    encoding_format: CreateEmbeddingRequestEncodingFormat | Unset = (
        CreateEmbeddingRequestEncodingFormat.FLOAT
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_embedding_request_structured_data import (
            CreateEmbeddingRequestStructuredData,
        )

        input_: dict[str, Any] | list[dict[str, Any]] | list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, CreateEmbeddingRequestStructuredData):
            input_ = self.input_.to_dict()
        elif isinstance(self.input_, list):
            input_ = []
            for input_array_of_objects_item_data in self.input_:
                input_array_of_objects_item = input_array_of_objects_item_data.to_dict()
                input_.append(input_array_of_objects_item)

        else:
            input_ = self.input_

        model = self.model

        prompt_template = self.prompt_template

        dimensions = self.dimensions

        return_logits: list[int] | Unset = UNSET
        if not isinstance(self.return_logits, Unset):
            return_logits = self.return_logits

        normalize = self.normalize

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if prompt_template is not UNSET:
            field_dict["prompt_template"] = prompt_template
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if return_logits is not UNSET:
            field_dict["return_logits"] = return_logits
        if normalize is not UNSET:
            field_dict["normalize"] = normalize
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_embedding_request_input_array_of_objects_item import (
            CreateEmbeddingRequestInputArrayOfObjectsItem,
        )
        from ..models.create_embedding_request_structured_data import (
            CreateEmbeddingRequestStructuredData,
        )

        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> (
            CreateEmbeddingRequestStructuredData
            | list[CreateEmbeddingRequestInputArrayOfObjectsItem]
            | list[str]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_array_of_strings = cast(list[str], data)

                return input_array_of_strings
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_structured_data = CreateEmbeddingRequestStructuredData.from_dict(
                    data
                )

                return input_structured_data
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_array_of_objects = []
                _input_array_of_objects = data
                for input_array_of_objects_item_data in _input_array_of_objects:
                    input_array_of_objects_item = (
                        CreateEmbeddingRequestInputArrayOfObjectsItem.from_dict(
                            input_array_of_objects_item_data
                        )
                    )

                    input_array_of_objects.append(input_array_of_objects_item)

                return input_array_of_objects
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateEmbeddingRequestStructuredData
                | list[CreateEmbeddingRequestInputArrayOfObjectsItem]
                | list[str]
                | str,
                data,
            )

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        prompt_template = d.pop("prompt_template", UNSET)

        dimensions = d.pop("dimensions", UNSET)

        return_logits = cast(list[int], d.pop("return_logits", UNSET))

        normalize = d.pop("normalize", UNSET)

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: CreateEmbeddingRequestEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = CreateEmbeddingRequestEncodingFormat(_encoding_format)

        create_embedding_request = cls(
            input_=input_,
            model=model,
            prompt_template=prompt_template,
            dimensions=dimensions,
            return_logits=return_logits,
            normalize=normalize,
            encoding_format=encoding_format,
        )

        return create_embedding_request
