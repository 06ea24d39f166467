"""``client.evaluators``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Never, Unpack

from fireworks_client._operations import Endpoint
from fireworks_client._pagination import AsyncPager, PagedEndpoint, Paging, SyncPager
from fireworks_client._request_path import request_options
from fireworks_client._waits import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    Waiting,
    async_wait_until,
    wait_until,
)
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import (
        GatewayDeleteEvaluatorResponse200,
        GatewayDeleteEvaluatorVersionResponse200,
        GatewayEvaluator,
        GatewayEvaluatorVersion,
        GatewayGetEvaluatorBuildLogEndpointResponse,
        GatewayGetEvaluatorSourceCodeEndpointResponse,
        GatewayGetEvaluatorUploadEndpointResponse,
        GatewayListEvaluatorVersionsResponse,
        GatewayListEvaluatorsResponse,
        GatewayValidateEvaluatorUploadResponse200,
    )
    from fireworks_api.params import (
        GatewayCreateEvaluatorV2BodyParams,
        GatewayGetEvaluatorBuildLogEndpointParams,
        GatewayGetEvaluatorParams,
        GatewayGetEvaluatorSourceCodeEndpointParams,
        GatewayGetEvaluatorUploadEndpointBodyParams,
        GatewayListEvaluatorVersionsParams,
        GatewayListEvaluatorsParams,
        GatewayUpdateEvaluatorParams,
        GatewayValidateEvaluatorUploadBodyParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "EVALUATORS_CREATE",
    "EVALUATORS_DELETE",
    "EVALUATORS_GET",
    "EVALUATORS_GET_BUILD_LOG_ENDPOINT",
    "EVALUATORS_GET_SOURCE_CODE_ENDPOINT",
    "EVALUATORS_GET_UPLOAD_ENDPOINT",
    "EVALUATORS_LIST",
    "EVALUATORS_UPDATE",
    "EVALUATORS_VALIDATE_UPLOAD",
    "EVALUATORS_VERSIONS_DELETE",
    "EVALUATORS_VERSIONS_LIST",
    "EVALUATORS_WAITING",
    "AsyncEvaluatorsOperations",
    "AsyncEvaluatorsOperationsWithRawResponse",
    "AsyncEvaluatorsVersionsOperations",
    "AsyncEvaluatorsVersionsOperationsWithRawResponse",
    "EvaluatorsOperations",
    "EvaluatorsOperationsWithRawResponse",
    "EvaluatorsVersionsOperations",
    "EvaluatorsVersionsOperationsWithRawResponse",
]

EVALUATORS_LIST: PagedEndpoint[GatewayListEvaluatorsResponse, GatewayEvaluator] = (
    PagedEndpoint(
        "evaluators.list",
        "GET",
        "/v1/accounts/{account_id}/evaluators",
        service_root=True,
        path_params=("account_id",),
        query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
        wire_names={
            "page_size": "pageSize",
            "page_token": "pageToken",
            "order_by": "orderBy",
            "read_mask": "readMask",
        },
        answer="GatewayListEvaluatorsResponse",
        paging=Paging("page_token", "evaluators", "next_page_token"),
    )
)

EVALUATORS_CREATE: Endpoint[GatewayEvaluator, Never] = Endpoint(
    "evaluators.create",
    "POST",
    "/v1/accounts/{account_id}/evaluatorsV2",
    service_root=True,
    request="application/json",
    path_params=("account_id",),
    wire_names={"evaluator_id": "evaluatorId"},
    answer="GatewayEvaluator",
)

EVALUATORS_GET: Endpoint[GatewayEvaluator, Never] = Endpoint(
    "evaluators.get",
    "GET",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}",
    service_root=True,
    path_params=("account_id", "evaluator_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayEvaluator",
)

EVALUATORS_UPDATE: Endpoint[GatewayEvaluator, Never] = Endpoint(
    "evaluators.update",
    "PATCH",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}",
    service_root=True,
    request="application/json",
    path_params=("account_id", "evaluator_id"),
    query_params=("prepareCodeUpload",),
    wire_names={
        "display_name": "displayName",
        "create_time": "createTime",
        "created_by": "createdBy",
        "update_time": "updateTime",
        "entry_point": "entryPoint",
        "commit_hash": "commitHash",
        "default_dataset": "defaultDataset",
        "prepare_code_upload": "prepareCodeUpload",
    },
    answer="GatewayEvaluator",
)

EVALUATORS_DELETE: Endpoint[GatewayDeleteEvaluatorResponse200, Never] = Endpoint(
    "evaluators.delete",
    "DELETE",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}",
    service_root=True,
    path_params=("account_id", "evaluator_id"),
    answer="GatewayDeleteEvaluatorResponse200",
)

EVALUATORS_GET_UPLOAD_ENDPOINT: Endpoint[
    GatewayGetEvaluatorUploadEndpointResponse, Never
] = Endpoint(
    "evaluators.get_upload_endpoint",
    "POST",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint",
    service_root=True,
    request="application/json",
    path_params=("account_id", "evaluator_id"),
    wire_names={"filename_to_size": "filenameToSize", "read_mask": "readMask"},
    answer="GatewayGetEvaluatorUploadEndpointResponse",
)

EVALUATORS_VALIDATE_UPLOAD: Endpoint[
    GatewayValidateEvaluatorUploadResponse200, Never
] = Endpoint(
    "evaluators.validate_upload",
    "POST",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload",
    service_root=True,
    request="application/json",
    path_params=("account_id", "evaluator_id"),
    answer="GatewayValidateEvaluatorUploadResponse200",
)

EVALUATORS_GET_BUILD_LOG_ENDPOINT: Endpoint[
    GatewayGetEvaluatorBuildLogEndpointResponse, Never
] = Endpoint(
    "evaluators.get_build_log_endpoint",
    "GET",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint",
    service_root=True,
    path_params=("account_id", "evaluator_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayGetEvaluatorBuildLogEndpointResponse",
)

EVALUATORS_GET_SOURCE_CODE_ENDPOINT: Endpoint[
    GatewayGetEvaluatorSourceCodeEndpointResponse, Never
] = Endpoint(
    "evaluators.get_source_code_endpoint",
    "GET",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl",
    service_root=True,
    path_params=("account_id", "evaluator_id"),
    query_params=("readMask",),
    wire_names={"read_mask": "readMask"},
    answer="GatewayGetEvaluatorSourceCodeEndpointResponse",
)

# Its get's answer's state is a gatewayEvaluatorState (x-waits of openapi3.names.yml).
EVALUATORS_WAITING = Waiting(frozenset({"ACTIVE"}), frozenset({"BUILD_FAILED"}))

EVALUATORS_VERSIONS_LIST: PagedEndpoint[
    GatewayListEvaluatorVersionsResponse, GatewayEvaluatorVersion
] = PagedEndpoint(
    "evaluators.versions.list",
    "GET",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions",
    service_root=True,
    path_params=("account_id", "evaluator_id"),
    query_params=("pageSize", "pageToken", "filter", "orderBy", "readMask"),
    wire_names={
        "page_size": "pageSize",
        "page_token": "pageToken",
        "order_by": "orderBy",
        "read_mask": "readMask",
    },
    answer="GatewayListEvaluatorVersionsResponse",
    paging=Paging("page_token", "evaluator_versions", "next_page_token"),
)

EVALUATORS_VERSIONS_DELETE: Endpoint[
    GatewayDeleteEvaluatorVersionResponse200, Never
] = Endpoint(
    "evaluators.versions.delete",
    "DELETE",
    "/v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}",
    service_root=True,
    path_params=("account_id", "evaluator_id", "version_id"),
    answer="GatewayDeleteEvaluatorVersionResponse200",
)


class EvaluatorsOperations(SyncResource):
    """``client.evaluators``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorsParams],
    ) -> SyncPager[GatewayEvaluator, GatewayListEvaluatorsResponse]:
        """List Evaluators (``GET /v1/accounts/{account_id}/evaluators``).

        Every GatewayEvaluator of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client, EVALUATORS_LIST, {"account_id": account_id, **params}, options
        )

    def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorsParams],
    ) -> GatewayListEvaluatorsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_LIST,
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
        **params: Unpack[GatewayCreateEvaluatorV2BodyParams],
    ) -> GatewayEvaluator:
        """Create Evaluator (``POST /v1/accounts/{account_id}/evaluatorsV2``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorParams],
    ) -> GatewayEvaluator:
        """Get Evaluator (``GET /v1/accounts/{account_id}/evaluators/{evaluator_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_GET,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def update(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateEvaluatorParams],
    ) -> GatewayEvaluator:
        """Update Evaluator (``PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_UPDATE,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteEvaluatorResponse200:
        """Delete Evaluator (``DELETE /v1/accounts/{account_id}/evaluators/{evaluator_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_DELETE,
            {"account_id": account_id, "evaluator_id": evaluator_id},
            None,
            options,
            raw=self._raw,
        )

    def get_upload_endpoint(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorUploadEndpointBodyParams],
    ) -> GatewayGetEvaluatorUploadEndpointResponse:
        """Get Evaluator Upload Endpoint (``POST
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_GET_UPLOAD_ENDPOINT,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def validate_upload(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayValidateEvaluatorUploadBodyParams],
    ) -> GatewayValidateEvaluatorUploadResponse200:
        """Validate Evaluator Upload (``POST
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_VALIDATE_UPLOAD,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def get_build_log_endpoint(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorBuildLogEndpointParams],
    ) -> GatewayGetEvaluatorBuildLogEndpointResponse:
        """Get Evaluator Build Log Endpoint (``GET
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_GET_BUILD_LOG_ENDPOINT,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def get_source_code_endpoint(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorSourceCodeEndpointParams],
    ) -> GatewayGetEvaluatorSourceCodeEndpointResponse:
        """Get Evaluator Source Code Endpoint (``GET
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_GET_SOURCE_CODE_ENDPOINT,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def wait(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayEvaluator], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayEvaluator:
        """Read it (``get``) until its state is ACTIVE, and return it; a
        state of BUILD_FAILED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return wait_until(
            lambda: self.get(
                evaluator_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            EVALUATORS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def versions(self) -> EvaluatorsVersionsOperations:
        return EvaluatorsVersionsOperations(self._client, raw=self._raw)

    @property
    def with_raw_response(self) -> EvaluatorsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return EvaluatorsOperationsWithRawResponse(self)


class EvaluatorsOperationsWithRawResponse:
    """The methods of :class:`EvaluatorsOperations`, answering a RawResponse."""

    def __init__(self, resource: EvaluatorsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.create = to_raw(raw.create)
        self.get = to_raw(raw.get)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)
        self.get_upload_endpoint = to_raw(raw.get_upload_endpoint)
        self.validate_upload = to_raw(raw.validate_upload)
        self.get_build_log_endpoint = to_raw(raw.get_build_log_endpoint)
        self.get_source_code_endpoint = to_raw(raw.get_source_code_endpoint)


class AsyncEvaluatorsOperations(AsyncResource):
    """``client.evaluators``, as the spec describes it."""

    def list(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorsParams],
    ) -> AsyncPager[GatewayEvaluator, GatewayListEvaluatorsResponse]:
        """List Evaluators (``GET /v1/accounts/{account_id}/evaluators``).

        Every GatewayEvaluator of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client, EVALUATORS_LIST, {"account_id": account_id, **params}, options
        )

    async def _list_page(
        self,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorsParams],
    ) -> GatewayListEvaluatorsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_LIST,
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
        **params: Unpack[GatewayCreateEvaluatorV2BodyParams],
    ) -> GatewayEvaluator:
        """Create Evaluator (``POST /v1/accounts/{account_id}/evaluatorsV2``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_CREATE,
            {"account_id": account_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorParams],
    ) -> GatewayEvaluator:
        """Get Evaluator (``GET /v1/accounts/{account_id}/evaluators/{evaluator_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_GET,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def update(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayUpdateEvaluatorParams],
    ) -> GatewayEvaluator:
        """Update Evaluator (``PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_UPDATE,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteEvaluatorResponse200:
        """Delete Evaluator (``DELETE /v1/accounts/{account_id}/evaluators/{evaluator_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_DELETE,
            {"account_id": account_id, "evaluator_id": evaluator_id},
            None,
            options,
            raw=self._raw,
        )

    async def get_upload_endpoint(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorUploadEndpointBodyParams],
    ) -> GatewayGetEvaluatorUploadEndpointResponse:
        """Get Evaluator Upload Endpoint (``POST
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:getUploadEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_GET_UPLOAD_ENDPOINT,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def validate_upload(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayValidateEvaluatorUploadBodyParams],
    ) -> GatewayValidateEvaluatorUploadResponse200:
        """Validate Evaluator Upload (``POST
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:validateUpload``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_VALIDATE_UPLOAD,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def get_build_log_endpoint(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorBuildLogEndpointParams],
    ) -> GatewayGetEvaluatorBuildLogEndpointResponse:
        """Get Evaluator Build Log Endpoint (``GET
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:getBuildLogEndpoint``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_GET_BUILD_LOG_ENDPOINT,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def get_source_code_endpoint(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayGetEvaluatorSourceCodeEndpointParams],
    ) -> GatewayGetEvaluatorSourceCodeEndpointResponse:
        """Get Evaluator Source Code Endpoint (``GET
        /v1/accounts/{account_id}/evaluators/{evaluator_id}:getSourceCodeSignedUrl``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_GET_SOURCE_CODE_ENDPOINT,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def wait(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        deadline: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[GatewayEvaluator], object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayEvaluator:
        """Read it (``get``) until its state is ACTIVE, and return it; a
        state of BUILD_FAILED raises ResourceFailedError (with its status message);
        past ``deadline`` seconds, APITimeoutError. ``on_progress`` sees every
        read; the reads are ``poll_interval`` apart, growing by half up to
        ``max_poll_interval``."""
        return await async_wait_until(
            lambda: self.get(
                evaluator_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            ),
            EVALUATORS_WAITING,
            deadline=deadline,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    @property
    def versions(self) -> AsyncEvaluatorsVersionsOperations:
        return AsyncEvaluatorsVersionsOperations(self._client, raw=self._raw)

    @property
    def with_raw_response(self) -> AsyncEvaluatorsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncEvaluatorsOperationsWithRawResponse(self)


class AsyncEvaluatorsOperationsWithRawResponse:
    """The methods of :class:`AsyncEvaluatorsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncEvaluatorsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.create = to_raw_async(raw.create)
        self.get = to_raw_async(raw.get)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
        self.get_upload_endpoint = to_raw_async(raw.get_upload_endpoint)
        self.validate_upload = to_raw_async(raw.validate_upload)
        self.get_build_log_endpoint = to_raw_async(raw.get_build_log_endpoint)
        self.get_source_code_endpoint = to_raw_async(raw.get_source_code_endpoint)


class EvaluatorsVersionsOperations(SyncResource):
    """``client.evaluators.versions``, as the spec describes it."""

    def list(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorVersionsParams],
    ) -> SyncPager[GatewayEvaluatorVersion, GatewayListEvaluatorVersionsResponse]:
        """List Evaluator Revisions (``GET
        /v1/accounts/{account_id}/evaluators/{evaluator_id}/versions``).

        Every GatewayEvaluatorVersion of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return SyncPager(
            self._client,
            EVALUATORS_VERSIONS_LIST,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            options,
        )

    def _list_page(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorVersionsParams],
    ) -> GatewayListEvaluatorVersionsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_VERSIONS_LIST,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    def delete(
        self,
        evaluator_id: str,
        version_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteEvaluatorVersionResponse200:
        """Delete Evaluator Revision (deletes alias if name is an alias per AIP-162) (``DELETE
        /v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            EVALUATORS_VERSIONS_DELETE,
            {
                "account_id": account_id,
                "evaluator_id": evaluator_id,
                "version_id": version_id,
            },
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> EvaluatorsVersionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return EvaluatorsVersionsOperationsWithRawResponse(self)


class EvaluatorsVersionsOperationsWithRawResponse:
    """The methods of :class:`EvaluatorsVersionsOperations`, answering a RawResponse."""

    def __init__(self, resource: EvaluatorsVersionsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw._list_page)
        self.delete = to_raw(raw.delete)


class AsyncEvaluatorsVersionsOperations(AsyncResource):
    """``client.evaluators.versions``, as the spec describes it."""

    def list(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorVersionsParams],
    ) -> AsyncPager[GatewayEvaluatorVersion, GatewayListEvaluatorVersionsResponse]:
        """List Evaluator Revisions (``GET
        /v1/accounts/{account_id}/evaluators/{evaluator_id}/versions``).

        Every GatewayEvaluatorVersion of every page, the pages asked for as the walk needs
        them (``.pages()``, ``.first_page()`` for the pages).
        """
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(
            self._client,
            EVALUATORS_VERSIONS_LIST,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            options,
        )

    async def _list_page(
        self,
        evaluator_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GatewayListEvaluatorVersionsParams],
    ) -> GatewayListEvaluatorVersionsResponse:
        """One page of :meth:`list`, as the spec answers it."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_VERSIONS_LIST,
            {"account_id": account_id, "evaluator_id": evaluator_id, **params},
            None,
            options,
            raw=self._raw,
        )

    async def delete(
        self,
        evaluator_id: str,
        version_id: str,
        *,
        account_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDeleteEvaluatorVersionResponse200:
        """Delete Evaluator Revision (deletes alias if name is an alias per AIP-162) (``DELETE
        /v1/accounts/{account_id}/evaluators/{evaluator_id}/versions/{version_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            EVALUATORS_VERSIONS_DELETE,
            {
                "account_id": account_id,
                "evaluator_id": evaluator_id,
                "version_id": version_id,
            },
            None,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncEvaluatorsVersionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncEvaluatorsVersionsOperationsWithRawResponse(self)


class AsyncEvaluatorsVersionsOperationsWithRawResponse:
    """The methods of :class:`AsyncEvaluatorsVersionsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncEvaluatorsVersionsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw._list_page)
        self.delete = to_raw_async(raw.delete)
