from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
)
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.create_embedding_request_input_array_of_objects_item import (
        CreateEmbeddingRequestInputArrayOfObjectsItem,
    )
    from ..models.create_embedding_request_structured_data import (
        CreateEmbeddingRequestStructuredData,
    )


@_attrs_define(init=False)
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
        prompt_template (str | None): Template string for processing input data before embedding. When provided, fields
            from the input object are substituted using [Jinja2](https://jinja.palletsprojects.com/en/stable/). For example,
            simple substitution is done using `{field_name}` syntax. The resulting string(s) are then embedded. For array
            inputs, each object generates a separate string.

            Additionally, we expose `truncate_tokens(string)` function to the template that allows to truncate the string
            based on token lengths instead of characters
             Example: Embed this text: {text}.
        dimensions (int | None): The number of dimensions the resulting output embeddings should have. Only supported in
            `nomic-ai/nomic-embed-text-v1.5` and later models.
             Example: 768.
        return_logits (list[int] | None): If provided, returns raw model logits (pre-softmax scores) for specified token
            or class indices. If an empty list is provided, returns logits for all available tokens/classes. Otherwise, only
            the specified indices are returned.

            When used with normalize=true, softmax is applied to create probability distributions. Softmax is applied only
            to the selected tokens, so output probabilities will always add up to 1.
             Example: [0, 1, 2].
        normalize (bool | None): Controls normalization of the output. When return_logits is not provided, embeddings
            are L2 normalized (unit vectors). When return_logits is provided, softmax is applied to the selected logits to
            create probability distributions.
             Default: False. Example: False.
        encoding_format (CreateEmbeddingRequestEncodingFormat | None): The form of each vector in the answer. Default:
            CreateEmbeddingRequestEncodingFormat.FLOAT.
    """

    input_: (
        CreateEmbeddingRequestStructuredData
        | list[CreateEmbeddingRequestInputArrayOfObjectsItem]
        | list[str]
        | str
    )
    model: str
    prompt_template: str | None = None
    dimensions: int | None = None
    return_logits: list[int] | None = None
    normalize: bool | None = None
    encoding_format: CreateEmbeddingRequestEncodingFormat | None = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        input_: CreateEmbeddingRequestStructuredData
        | list[CreateEmbeddingRequestInputArrayOfObjectsItem]
        | list[str]
        | str,
        model: str,
        prompt_template: str | None | Unset = UNSET,
        dimensions: int | None | Unset = UNSET,
        return_logits: list[int] | None | Unset = UNSET,
        normalize: bool | None | Unset = UNSET,
        encoding_format: CreateEmbeddingRequestEncodingFormat | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.input_ = input_
        self.model = model
        if isinstance(prompt_template, Unset):
            self.prompt_template = None
        else:
            self.prompt_template = prompt_template
        if isinstance(dimensions, Unset):
            self.dimensions = None
        else:
            self.dimensions = dimensions
        if isinstance(return_logits, Unset):
            self.return_logits = None
        else:
            self.return_logits = return_logits
        if isinstance(normalize, Unset):
            self.normalize = None
        else:
            self.normalize = normalize
        if isinstance(encoding_format, Unset):
            self.encoding_format = None
        else:
            self.encoding_format = encoding_format
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["input"] = to_jsonable(self.input_)
        field_dict["model"] = self.model
        if self.prompt_template is not None:
            field_dict["prompt_template"] = self.prompt_template
        if self.dimensions is not None:
            field_dict["dimensions"] = self.dimensions
        if self.return_logits is not None:
            field_dict["return_logits"] = to_jsonable(self.return_logits)
        if self.normalize is not None:
            field_dict["normalize"] = self.normalize
        if self.encoding_format is not None:
            field_dict["encoding_format"] = to_jsonable(self.encoding_format)
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
