from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable

if TYPE_CHECKING:
    from ..models.anthropic_base_64pdf_source import AnthropicBase64PDFSource
    from ..models.anthropic_cache_control_ephemeral import (
        AnthropicCacheControlEphemeral,
    )
    from ..models.anthropic_content_block_source import AnthropicContentBlockSource
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_request_citations_config import (
        AnthropicRequestCitationsConfig,
    )
    from ..models.anthropic_urlpdf_source import AnthropicURLPDFSource


@_attrs_define(init=False)
class AnthropicRequestDocumentBlock:
    """
    Attributes:
        source (AnthropicBase64PDFSource | AnthropicContentBlockSource | AnthropicPlainTextSource |
            AnthropicURLPDFSource):
        type_ (Literal['document']):
        cache_control (AnthropicCacheControlEphemeral | None): Create a cache control breakpoint at this content block.
        citations (AnthropicRequestCitationsConfig | None):
        context (None | str):
        title (None | str):
    """

    source: (
        AnthropicBase64PDFSource
        | AnthropicContentBlockSource
        | AnthropicPlainTextSource
        | AnthropicURLPDFSource
    )
    type_: Literal["document"]
    cache_control: AnthropicCacheControlEphemeral | None = None
    citations: AnthropicRequestCitationsConfig | None = None
    context: None | str = None
    title: None | str = None
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        source: AnthropicBase64PDFSource
        | AnthropicContentBlockSource
        | AnthropicPlainTextSource
        | AnthropicURLPDFSource,
        type_: Literal["document"],
        cache_control: AnthropicCacheControlEphemeral | None | Unset = UNSET,
        citations: AnthropicRequestCitationsConfig | None | Unset = UNSET,
        context: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        self.source = source
        self.type_ = type_
        if isinstance(cache_control, Unset):
            self.cache_control = None
        else:
            self.cache_control = cache_control
            if cache_control is None:
                nulls |= 4
        if isinstance(citations, Unset):
            self.citations = None
        else:
            self.citations = citations
            if citations is None:
                nulls |= 8
        if isinstance(context, Unset):
            self.context = None
        else:
            self.context = context
            if context is None:
                nulls |= 16
        if isinstance(title, Unset):
            self.title = None
        else:
            self.title = title
            if title is None:
                nulls |= 32
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {}
        field_dict["source"] = to_jsonable(self.source)
        field_dict["type"] = to_jsonable(self.type_)
        if self.cache_control is not None or self._nulls & 4:
            field_dict["cache_control"] = to_jsonable(self.cache_control)
        if self.citations is not None or self._nulls & 8:
            field_dict["citations"] = to_jsonable(self.citations)
        if self.context is not None or self._nulls & 16:
            field_dict["context"] = self.context
        if self.title is not None or self._nulls & 32:
            field_dict["title"] = self.title
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
