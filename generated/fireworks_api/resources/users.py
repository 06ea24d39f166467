"""``client.users``: its resource classes and its operations' endpoints, written by
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
    from fireworks_api.models import GatewayListUsersResponse, GatewayUser
    from fireworks_api.params import (
        GatewayCreateUserParams,
        GatewayGetUserParams,
        GatewayListUsersParams,
        GatewayUpdateUserParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "USERS_CREATE",
    "USERS_GET",
    "USERS_LIST",
    "USERS_UPDATE",
    "AsyncUsersOperations",
    "AsyncUsersOperationsWithRawResponse",
    "UsersOperations",
    "UsersOperationsWithRawResponse",
]

USERS_LIST: PagedEndpoint[GatewayListUsersResponse, GatewayUser] = PagedEndpoint(
    "users.list",
    "GET",
    "/v1/accounts/{account_id}/users",
    service_root=True,
    path_params=("account_id",),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListUsersResponse",
    paging=Paging("page_token", "users", "next_page_token"),
)

USERS_CREATE: Endpoint[GatewayUser, Never] = Endpoint(
    "users.create",
    "POST",
    "/v1/accounts/{account_id}/users",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    query_params=("userId",),
    wire_names={
        "display_name": "displayName",
        "service_account": "serviceAccount",
        "create_time": "createTime",
        "update_time": "updateTime",
        "permission_preset": "permissionPreset",
        "user_id": "userId",
    },
    answer="GatewayUser",
)

USERS_GET: Endpoint[GatewayUser, Never] = Endpoint(
    "users.get",
    "GET",
    "/v1/accounts/{account_id}/users/{user_id}",
    service_root=True,
    path_params=("account_id", "user_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayUser",
)

USERS_UPDATE: Endpoint[GatewayUser, Never] = Endpoint(
    "users.update",
    "PATCH",
    "/v1/accounts/{account_id}/users/{user_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "user_id"),
    wire_names={
        "display_name": "displayName",
        "service_account": "serviceAccount",
        "create_time": "createTime",
        "update_time": "updateTime",
        "permission_preset": "permissionPreset",
    },
    answer="GatewayUser",
)


class UsersOperations(SyncResource):
    """``client.users``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListUsersParams],
    ) -> SyncPager[GatewayUser, GatewayListUsersResponse]:
        """List Users (``GET /v1/accounts/{account_id}/users``).

        Every GatewayUser of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client, USERS_LIST, {"account_id": account_id, **params}, options
        )

    def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListUsersParams],
    ) -> GatewayListUsersResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            USERS_LIST,
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
        **params: Unpack[GatewayCreateUserParams],
    ) -> GatewayUser:
        """Create User (``POST /v1/accounts/{account_id}/users``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            USERS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetUserParams],
    ) -> GatewayUser:
        """Get User (``GET /v1/accounts/{account_id}/users/{user_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            USERS_GET,
            {"account_id": account_id, "user_id": user_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateUserParams],
    ) -> GatewayUser:
        """Update User (``PATCH /v1/accounts/{account_id}/users/{user_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            USERS_UPDATE,
            {"account_id": account_id, "user_id": user_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> UsersOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return UsersOperationsWithRawResponse(self)


class UsersOperationsWithRawResponse:
    """The methods of :class:`UsersOperations`, answering a RawResponse."""

    def __init__(self, resource: UsersOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)


class AsyncUsersOperations(AsyncResource):
    """``client.users``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListUsersParams],
    ) -> AsyncPager[GatewayUser, GatewayListUsersResponse]:
        """List Users (``GET /v1/accounts/{account_id}/users``).

        Every GatewayUser of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client, USERS_LIST, {"account_id": account_id, **params}, options
        )

    async def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListUsersParams],
    ) -> GatewayListUsersResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            USERS_LIST,
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
        **params: Unpack[GatewayCreateUserParams],
    ) -> GatewayUser:
        """Create User (``POST /v1/accounts/{account_id}/users``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            USERS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetUserParams],
    ) -> GatewayUser:
        """Get User (``GET /v1/accounts/{account_id}/users/{user_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            USERS_GET,
            {"account_id": account_id, "user_id": user_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        user_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateUserParams],
    ) -> GatewayUser:
        """Update User (``PATCH /v1/accounts/{account_id}/users/{user_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            USERS_UPDATE,
            {"account_id": account_id, "user_id": user_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncUsersOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncUsersOperationsWithRawResponse(self)


class AsyncUsersOperationsWithRawResponse:
    """The methods of :class:`AsyncUsersOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncUsersOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
