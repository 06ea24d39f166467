from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRerankRequest")


@_attrs_define
class CreateRerankRequest:
    """
    Attributes:
        query (str): The search query to use for reranking documents. Example: What is machine learning?.
        documents (list[str]): A list of documents to rerank. Each document is a string. Example: ['Machine learning is
            a subset of AI.', 'The weather is sunny today.'].
        model (None | str | Unset): The name of the reranker model to use. Example:
            accounts/fireworks/models/qwen3-reranker-8b.
        top_n (int | None | Unset): The number of most relevant documents to return. If not specified, all documents are
            returned.
        return_documents (bool | Unset): Whether to return the document text in the response. Defaults to true. Default:
            True.
        task (None | str | Unset): Optional task description to guide the reranking process. Example: Given a web search
            query, retrieve relevant passages that answer the query.
    """

    query: str
    documents: list[str]
    model: None | str | Unset = UNSET
    top_n: int | None | Unset = UNSET
    return_documents: bool | Unset = True
    task: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        documents = self.documents

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        top_n: int | None | Unset
        if isinstance(self.top_n, Unset):
            top_n = UNSET
        else:
            top_n = self.top_n

        return_documents = self.return_documents

        task: None | str | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
                "documents": documents,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if return_documents is not UNSET:
            field_dict["return_documents"] = return_documents
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        documents = cast(list[str], d.pop("documents"))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_top_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_n = _parse_top_n(d.pop("top_n", UNSET))

        return_documents = d.pop("return_documents", UNSET)

        def _parse_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task = _parse_task(d.pop("task", UNSET))

        create_rerank_request = cls(
            query=query,
            documents=documents,
            model=model,
            top_n=top_n,
            return_documents=return_documents,
            task=task,
        )

        return create_rerank_request
