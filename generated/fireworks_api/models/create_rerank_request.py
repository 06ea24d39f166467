from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class CreateRerankRequest:
    """
    Attributes:
        query (str): The search query to use for reranking documents. Example: What is machine learning?.
        documents (list[str]): A list of documents to rerank. Each document is a string. Example: ['Machine learning is
            a subset of AI.', 'The weather is sunny today.'].
        model (None | str): The name of the reranker model to use. Example: accounts/fireworks/models/qwen3-reranker-8b.
        top_n (int | None): The number of most relevant documents to return. If not specified, all documents are
            returned.
        return_documents (bool | None): Whether to return the document text in the response. Defaults to true. Default:
            True.
        task (None | str): Optional task description to guide the reranking process. Example: Given a web search query,
            retrieve relevant passages that answer the query.
    """

    query: str
    documents: list[str]
    model: None | str = None
    top_n: int | None = None
    return_documents: bool | None = None
    task: None | str = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        query: str,
        documents: list[str],
        model: None | str | Unset = UNSET,
        top_n: int | None | Unset = UNSET,
        return_documents: bool | None | Unset = UNSET,
        task: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.query = query
        self.documents = documents
        if isinstance(model, Unset):
            self.model = None
        else:
            self.model = model
            if model is None:
                nulls |= 4
        if isinstance(top_n, Unset):
            self.top_n = None
        else:
            self.top_n = top_n
            if top_n is None:
                nulls |= 8
        if isinstance(return_documents, Unset):
            self.return_documents = None
        else:
            self.return_documents = return_documents
        if isinstance(task, Unset):
            self.task = None
        else:
            self.task = task
            if task is None:
                nulls |= 32
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["query"] = self.query
        field_dict["documents"] = to_jsonable(self.documents)
        if self.model is not None or self._nulls & 4:
            field_dict["model"] = self.model
        if self.top_n is not None or self._nulls & 8:
            field_dict["top_n"] = self.top_n
        if self.return_documents is not None:
            field_dict["return_documents"] = self.return_documents
        if self.task is not None or self._nulls & 32:
            field_dict["task"] = self.task
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
