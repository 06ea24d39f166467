"""``client.accounts``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Never, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._pagination import AsyncPager, PagedEndpoint, Paging, SyncPager
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import GatewayAccount, GatewayListAccountsResponse
    from fireworks_api.params import GatewayGetAccountParams, GatewayListAccountsParams
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "ACCOUNTS_GET",
    "ACCOUNTS_LIST",
    "AccountsOperations",
    "AccountsOperationsWithRawResponse",
    "AsyncAccountsOperations",
    "AsyncAccountsOperationsWithRawResponse",
]

ACCOUNTS_LIST: PagedEndpoint[GatewayListAccountsResponse, GatewayAccount] = (
    PagedEndpoint(
        "accounts.list",
        "GET",
        "/v1/accounts",
        service_root=True,
        query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        wire_names={
            "page_size": "pageSize",
            "page_token": "pageToken",
            "order_by": "orderBy",
            "read_mask": "readMask",
        },
        answer="GatewayListAccountsResponse",
        paging=Paging("page_token", "accounts", "next_page_token"),
    )
)

ACCOUNTS_GET: Endpoint[GatewayAccount, Never] = Endpoint(
    "accounts.get",
    "GET",
    "/v1/accounts/{account_id}",
    service_root=True,
    path_params=("account_id",),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayAccount",
)


class AccountsOperations(SyncResource):
    """``client.accounts``, as the spec describes it."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListAccountsParams],
    ) -> SyncPager[GatewayAccount, GatewayListAccountsResponse]:
        """List Accounts (``GET /v1/accounts``).

        Every GatewayAccount of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(self._client, ACCOUNTS_LIST, params, options)

    def _list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListAccountsParams],
    ) -> GatewayListAccountsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(ACCOUNTS_LIST, params, None, options, raw=self._raw)

    def get(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetAccountParams],
    ) -> GatewayAccount:
        """Get Account (``GET /v1/accounts/{account_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            ACCOUNTS_GET,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AccountsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AccountsOperationsWithRawResponse(self)


class AccountsOperationsWithRawResponse:
    """The methods of :class:`AccountsOperations`, answering a RawResponse."""

    def __init__(self, resource: AccountsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.get = to_raw(raw.get)


class AsyncAccountsOperations(AsyncResource):
    """``client.accounts``, as the spec describes it."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListAccountsParams],
    ) -> AsyncPager[GatewayAccount, GatewayListAccountsResponse]:
        """List Accounts (``GET /v1/accounts``).

        Every GatewayAccount of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(self._client, ACCOUNTS_LIST, params, options)

    async def _list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListAccountsParams],
    ) -> GatewayListAccountsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            ACCOUNTS_LIST, params, None, options, raw=self._raw
        )

    async def get(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetAccountParams],
    ) -> GatewayAccount:
        """Get Account (``GET /v1/accounts/{account_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            ACCOUNTS_GET,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncAccountsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncAccountsOperationsWithRawResponse(self)


class AsyncAccountsOperationsWithRawResponse:
    """The methods of :class:`AsyncAccountsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncAccountsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.get = to_raw_async(raw.get)
