"""Lists that page by themselves: ``for d in client.deployments.list(): ...``.

The generator finds the operations that page from the spec (codegen/operations.py,
``DescribedPaging``): an AIP-158 list (a ``pageToken`` query parameter, a ``nextPageToken``
answer field) or a cursor list (an ``after`` query parameter, ``has_more`` and ``last_id``
answer fields), and the answer's one array field of a model, the items. It writes each as a
:class:`PagedEndpoint`, typed by its answer and its item, with a :class:`Paging` that names
those fields, and the list method returns a :class:`SyncPager` / :class:`AsyncPager` over it.
Nothing here names an operation or a field of the spec.

A pager sends nothing until it is walked. Walking it yields the items of every page; its
pages are reached with :meth:`SyncPager.pages` (each a :class:`SyncPage`: its items, its
whole answer, :meth:`SyncPage.has_next_page`, :meth:`SyncPage.next_page`) or
:meth:`SyncPager.first_page`. A token seen before ends the walk: a service that repeats a
page does not make the loop endless.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Never, TypeVar, cast

from fireworks_client._operations import Endpoint

if TYPE_CHECKING:
    from fireworks_client._request_path import AsyncAPIClient, RequestOptions, SyncAPIClient

__all__ = ["AsyncPage", "AsyncPager", "PagedEndpoint", "Paging", "SyncPage", "SyncPager"]

AnswerT = TypeVar("AnswerT")
ItemT = TypeVar("ItemT")
AnswerT_co = TypeVar("AnswerT_co", covariant=True)
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Paging(NamedTuple):
    """How an operation pages, as the spec gives it (Python names of the generated models):
    ``param``: the query keyword that asks for a page (``page_token``, ``after``); ``items``:
    the answer's array field (``deployments``, ``data``); ``next_token``: the answer field
    holding the next page's token (``next_page_token``, ``last_id``); ``has_more``: the
    answer's flag that more pages follow (cursor lists; None when the token alone says it)."""

    param: str
    items: str
    next_token: str
    has_more: str | None = None


class PagedEndpoint(Endpoint[AnswerT_co, Never], Generic[AnswerT_co, ItemT_co]):
    """An :class:`Endpoint` that pages: ``ItemT_co`` is the type of its answer's items (the
    generator writes it and ``paging.items`` from the one answer schema)."""

    __slots__ = ("paging",)

    def __init__(self, *args: Any, paging: Paging, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.paging = paging

    def items_of(self, answer: object) -> list[ItemT_co]:
        """The items of one page's answer (none when the field is absent)."""
        items = getattr(answer, self.paging.items, None)
        # The generator wrote ItemT_co from the schema of this field.
        return cast("list[ItemT_co]", list(items) if items else [])

    def next_token(self, answer: object) -> str | None:
        """The token of the page after ``answer``; None at the end."""
        paging = self.paging
        if paging.has_more is not None and not getattr(answer, paging.has_more, None):
            return None
        token = getattr(answer, paging.next_token, None)
        return token if isinstance(token, str) and token else None


class _Page(Generic[ItemT, AnswerT]):
    __slots__ = ("answer", "items", "next_page_token")

    def __init__(self, items: list[ItemT], answer: AnswerT, next_page_token: str | None) -> None:
        self.items = items
        self.answer = answer
        self.next_page_token = next_page_token

    def has_next_page(self) -> bool:
        """Whether the service says more pages follow."""
        return self.next_page_token is not None

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        more = ", more" if self.next_page_token is not None else ""
        return f"<{type(self).__name__} of {len(self.items)}{more}>"


class SyncPage(_Page[ItemT, AnswerT]):
    """One page: ``items``, the whole ``answer`` (its model), ``next_page_token``."""

    __slots__ = ("_pager",)

    def __init__(
        self,
        pager: SyncPager[ItemT, AnswerT],
        items: list[ItemT],
        answer: AnswerT,
        next_page_token: str | None,
    ) -> None:
        super().__init__(items, answer, next_page_token)
        self._pager = pager

    def next_page(self) -> SyncPage[ItemT, AnswerT] | None:
        """The page after this one (a request); None at the end."""
        if self.next_page_token is None:
            return None
        return self._pager._page(self.next_page_token)


class AsyncPage(_Page[ItemT, AnswerT]):
    """As :class:`SyncPage`; ``await page.next_page()``."""

    __slots__ = ("_pager",)

    def __init__(
        self,
        pager: AsyncPager[ItemT, AnswerT],
        items: list[ItemT],
        answer: AnswerT,
        next_page_token: str | None,
    ) -> None:
        super().__init__(items, answer, next_page_token)
        self._pager = pager

    async def next_page(self) -> AsyncPage[ItemT, AnswerT] | None:
        """The page after this one (a request); None at the end."""
        if self.next_page_token is None:
            return None
        return await self._pager._page(self.next_page_token)


class _Pager(Generic[ItemT, AnswerT]):
    __slots__ = ("_endpoint", "_options", "_params")

    def __init__(
        self,
        endpoint: PagedEndpoint[AnswerT, ItemT],
        params: Mapping[str, Any],
        options: RequestOptions,
    ) -> None:
        self._endpoint = endpoint
        self._params = dict(params)
        self._options = options

    def _query(self, token: str | None) -> dict[str, Any]:
        if token is None:
            return self._params
        return {**self._params, self._endpoint.paging.param: token}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._endpoint.friendly}>"


class SyncPager(_Pager[ItemT, AnswerT]):
    """What a list method returns: iterate it for every item of every page (requests made as
    the walk needs them); :meth:`pages` for the pages; :meth:`first_page` for one."""

    __slots__ = ("_client",)

    def __init__(
        self,
        client: SyncAPIClient,
        endpoint: PagedEndpoint[AnswerT, ItemT],
        params: Mapping[str, Any],
        options: RequestOptions,
    ) -> None:
        super().__init__(endpoint, params, options)
        self._client = client

    def _page(self, token: str | None) -> SyncPage[ItemT, AnswerT]:
        endpoint = self._endpoint
        answer = self._client.request(endpoint, self._query(token), None, self._options)
        return SyncPage(self, endpoint.items_of(answer), answer, endpoint.next_token(answer))

    def first_page(self) -> SyncPage[ItemT, AnswerT]:
        """The first page (the page the call's own token asks for, if it gives one)."""
        return self._page(None)

    def pages(self) -> Iterator[SyncPage[ItemT, AnswerT]]:
        """Every page, the first included, asked for one after another."""
        seen: set[str] = set()
        page: SyncPage[ItemT, AnswerT] | None = self._page(None)
        while page is not None:
            yield page
            token = page.next_page_token
            if token is None or token in seen:
                return
            seen.add(token)
            page = self._page(token)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items


class AsyncPager(_Pager[ItemT, AnswerT]):
    """As :class:`SyncPager`: ``async for item in client.deployments.list()``;
    ``async for page in pager.pages()``; ``await pager.first_page()``."""

    __slots__ = ("_client",)

    def __init__(
        self,
        client: AsyncAPIClient,
        endpoint: PagedEndpoint[AnswerT, ItemT],
        params: Mapping[str, Any],
        options: RequestOptions,
    ) -> None:
        super().__init__(endpoint, params, options)
        self._client = client

    async def _page(self, token: str | None) -> AsyncPage[ItemT, AnswerT]:
        endpoint = self._endpoint
        answer = await self._client.request(endpoint, self._query(token), None, self._options)
        return AsyncPage(self, endpoint.items_of(answer), answer, endpoint.next_token(answer))

    async def first_page(self) -> AsyncPage[ItemT, AnswerT]:
        """As :meth:`SyncPager.first_page`."""
        return await self._page(None)

    async def pages(self) -> AsyncIterator[AsyncPage[ItemT, AnswerT]]:
        """As :meth:`SyncPager.pages`."""
        seen: set[str] = set()
        page: AsyncPage[ItemT, AnswerT] | None = await self._page(None)
        while page is not None:
            yield page
            token = page.next_page_token
            if token is None or token in seen:
                return
            seen.add(token)
            page = await self._page(token)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item
