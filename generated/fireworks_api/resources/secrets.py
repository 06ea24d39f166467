"""``client.secrets``: its resource classes and its operations' endpoints, written by
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
        GatewayDeleteSecretResponse200,
        GatewayListSecretsResponse,
        GatewaySecret,
    )
    from fireworks_api.params import (
        GatewayGetSecretParams,
        GatewayListSecretsParams,
        GatewaySecretParams,
        GatewayUpdateSecretParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "SECRETS_CREATE",
    "SECRETS_DELETE",
    "SECRETS_GET",
    "SECRETS_LIST",
    "SECRETS_UPDATE",
    "AsyncSecretsOperations",
    "AsyncSecretsOperationsWithRawResponse",
    "SecretsOperations",
    "SecretsOperationsWithRawResponse",
]

SECRETS_LIST: PagedEndpoint[GatewayListSecretsResponse, GatewaySecret] = PagedEndpoint(
    "secrets.list",
    "GET",
    "/v1/accounts/{account_id}/secrets",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListSecretsResponse",
    paging=Paging("page_token", "secrets", "next_page_token"),
)

SECRETS_CREATE: Endpoint[GatewaySecret, Never] = Endpoint(
    "secrets.create",
    "POST",
    "/v1/accounts/{account_id}/secrets",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    wire_names={"key_name": "keyName"},
    answer="GatewaySecret",
)

SECRETS_GET: Endpoint[GatewaySecret, Never] = Endpoint(
    "secrets.get",
    "GET",
    "/v1/accounts/{account_id}/secrets/{secret_id}",
    service_root=True,
    path_params=("account_id", "secret_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewaySecret",
)

SECRETS_UPDATE: Endpoint[GatewaySecret, Never] = Endpoint(
    "secrets.update",
    "PATCH",
    "/v1/accounts/{account_id}/secrets/{secret_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "secret_id"),
    wire_names={"key_name": "keyName"},
    answer="GatewaySecret",
)

SECRETS_DELETE: Endpoint[GatewayDeleteSecretResponse200, Never] = Endpoint(
    "secrets.delete",
    "DELETE",
    "/v1/accounts/{account_id}/secrets/{secret_id}",
    service_root=True,
    path_params=("account_id", "secret_id"),
    answer="GatewayDeleteSecretResponse200",
)


class SecretsOperations(SyncResource):
    """``client.secrets``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListSecretsParams],
    ) -> SyncPager[GatewaySecret, GatewayListSecretsResponse]:
        """List Secrets (``GET /v1/accounts/{account_id}/secrets``).

        Every GatewaySecret of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client, SECRETS_LIST, {"account_id": account_id, **params}, options
        )

    def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListSecretsParams],
    ) -> GatewayListSecretsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SECRETS_LIST,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewaySecretParams],
    ) -> GatewaySecret:
        """secrets.create (``POST /v1/accounts/{account_id}/secrets``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SECRETS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        secret_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetSecretParams],
    ) -> GatewaySecret:
        """Get Secret (``GET /v1/accounts/{account_id}/secrets/{secret_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SECRETS_GET,
            {"account_id": account_id, "secret_id": secret_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        secret_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateSecretParams],
    ) -> GatewaySecret:
        """secrets.update (``PATCH /v1/accounts/{account_id}/secrets/{secret_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SECRETS_UPDATE,
            {"account_id": account_id, "secret_id": secret_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        secret_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteSecretResponse200:
        """secrets.delete (``DELETE /v1/accounts/{account_id}/secrets/{secret_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            SECRETS_DELETE,
            {"account_id": account_id, "secret_id": secret_id},
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> SecretsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return SecretsOperationsWithRawResponse(self)


class SecretsOperationsWithRawResponse:
    """The methods of :class:`SecretsOperations`, answering a RawResponse."""

    def __init__(self, resource: SecretsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)


class AsyncSecretsOperations(AsyncResource):
    """``client.secrets``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListSecretsParams],
    ) -> AsyncPager[GatewaySecret, GatewayListSecretsResponse]:
        """List Secrets (``GET /v1/accounts/{account_id}/secrets``).

        Every GatewaySecret of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client, SECRETS_LIST, {"account_id": account_id, **params}, options
        )

    async def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListSecretsParams],
    ) -> GatewayListSecretsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SECRETS_LIST,
            {"account_id": account_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewaySecretParams],
    ) -> GatewaySecret:
        """secrets.create (``POST /v1/accounts/{account_id}/secrets``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SECRETS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        secret_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetSecretParams],
    ) -> GatewaySecret:
        """Get Secret (``GET /v1/accounts/{account_id}/secrets/{secret_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SECRETS_GET,
            {"account_id": account_id, "secret_id": secret_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        secret_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateSecretParams],
    ) -> GatewaySecret:
        """secrets.update (``PATCH /v1/accounts/{account_id}/secrets/{secret_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SECRETS_UPDATE,
            {"account_id": account_id, "secret_id": secret_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        secret_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteSecretResponse200:
        """secrets.delete (``DELETE /v1/accounts/{account_id}/secrets/{secret_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            SECRETS_DELETE,
            {"account_id": account_id, "secret_id": secret_id},
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncSecretsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncSecretsOperationsWithRawResponse(self)


class AsyncSecretsOperationsWithRawResponse:
    """The methods of :class:`AsyncSecretsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncSecretsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
