"""``client.api_keys``: its resource classes and its operations' endpoints, written by
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
    from fireworks_api.models import (
        GatewayApiKey,
        GatewayDeleteApiKeyResponse200,
        GatewayListApiKeysResponse,
    )
    from fireworks_api.params import (
        GatewayCreateApiKeyBodyParams,
        GatewayDeleteApiKeyBodyParams,
        GatewayListApiKeysParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "API_KEYS_CREATE",
    "API_KEYS_DELETE",
    "API_KEYS_LIST",
    "ApiKeysOperations",
    "ApiKeysOperationsWithRawResponse",
    "AsyncApiKeysOperations",
    "AsyncApiKeysOperationsWithRawResponse",
]

API_KEYS_LIST: PagedEndpoint[GatewayListApiKeysResponse, GatewayApiKey] = PagedEndpoint(
    "api_keys.list",
    "GET",
    "/v1/accounts/{account_id}/users/{user_id}/apiKeys",
    service_root=True,
    path_params=("account_id", "user_id"),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListApiKeysResponse",
    paging=Paging("page_token", "api_keys", "next_page_token"),
)

API_KEYS_CREATE: Endpoint[GatewayApiKey, Never] = Endpoint(
    "api_keys.create",
    "POST",
    "/v1/accounts/{account_id}/users/{user_id}/apiKeys",
    service_root=True,
    request="application/json",
    path_params=("account_id", "user_id"),
    wire_names={"api_key": "apiKey"},
    answer="GatewayApiKey",
)

API_KEYS_DELETE: Endpoint[GatewayDeleteApiKeyResponse200, Never] = Endpoint(
    "api_keys.delete",
    "POST",
    "/v1/accounts/{account_id}/users/{user_id}/apiKeys:delete",
    service_root=True,
    request="application/json",
    path_params=("account_id", "user_id"),
    wire_names={"key_id": "keyId"},
    answer="GatewayDeleteApiKeyResponse200",
)


class ApiKeysOperations(SyncResource):
    """``client.api_keys``, as the spec describes it."""

    def list(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListApiKeysParams],
    ) -> SyncPager[GatewayApiKey, GatewayListApiKeysResponse]:
        """List API Keys (``GET /v1/accounts/{account_id}/users/{user_id}/apiKeys``).

        Every GatewayApiKey of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            API_KEYS_LIST,
            {"account_id": account_id, "user_id": user_id, **params},
            options,
        )

    def _list_page(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListApiKeysParams],
    ) -> GatewayListApiKeysResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            API_KEYS_LIST,
            {"account_id": account_id, "user_id": user_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def create(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayCreateApiKeyBodyParams],
    ) -> GatewayApiKey:
        """Create API Key (``POST /v1/accounts/{account_id}/users/{user_id}/apiKeys``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            API_KEYS_CREATE,
            {"account_id": account_id, "user_id": user_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayDeleteApiKeyBodyParams],
    ) -> GatewayDeleteApiKeyResponse200:
        """Delete API Key (``POST /v1/accounts/{account_id}/users/{user_id}/apiKeys:delete``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            API_KEYS_DELETE,
            {"account_id": account_id, "user_id": user_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> ApiKeysOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ApiKeysOperationsWithRawResponse(self)


class ApiKeysOperationsWithRawResponse:
    """The methods of :class:`ApiKeysOperations`, answering a RawResponse."""

    def __init__(self, resource: ApiKeysOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.delete = to_raw(raw.delete)


class AsyncApiKeysOperations(AsyncResource):
    """``client.api_keys``, as the spec describes it."""

    def list(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListApiKeysParams],
    ) -> AsyncPager[GatewayApiKey, GatewayListApiKeysResponse]:
        """List API Keys (``GET /v1/accounts/{account_id}/users/{user_id}/apiKeys``).

        Every GatewayApiKey of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            API_KEYS_LIST,
            {"account_id": account_id, "user_id": user_id, **params},
            options,
        )

    async def _list_page(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListApiKeysParams],
    ) -> GatewayListApiKeysResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            API_KEYS_LIST,
            {"account_id": account_id, "user_id": user_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def create(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayCreateApiKeyBodyParams],
    ) -> GatewayApiKey:
        """Create API Key (``POST /v1/accounts/{account_id}/users/{user_id}/apiKeys``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            API_KEYS_CREATE,
            {"account_id": account_id, "user_id": user_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayDeleteApiKeyBodyParams],
    ) -> GatewayDeleteApiKeyResponse200:
        """Delete API Key (``POST /v1/accounts/{account_id}/users/{user_id}/apiKeys:delete``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            API_KEYS_DELETE,
            {"account_id": account_id, "user_id": user_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncApiKeysOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncApiKeysOperationsWithRawResponse(self)


class AsyncApiKeysOperationsWithRawResponse:
    """The methods of :class:`AsyncApiKeysOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncApiKeysOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.delete = to_raw_async(raw.delete)
