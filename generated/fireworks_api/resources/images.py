"""``client.images``: its resource classes and its operations' endpoints, written by
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
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import (
        CreateFluxImageResponse200,
        CreateKontextRequestResponse200,
        GetKontextResultResponse200,
        ImageArtifact,
    )
    from fireworks_api.params import CreateKontextRequestParams, GetKontextResultParams
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = [
    "IMAGES_CONTROL_NET",
    "IMAGES_FLUX",
    "IMAGES_GENERATE",
    "IMAGES_IMAGE_TO_IMAGE",
    "IMAGES_KONTEXT_JOBS_RESULT",
    "IMAGES_KONTEXT_JOBS_SUBMIT",
    "AsyncImagesKontextJobsOperations",
    "AsyncImagesKontextJobsOperationsWithRawResponse",
    "AsyncImagesOperations",
    "AsyncImagesOperationsWithRawResponse",
    "ImagesKontextJobsOperations",
    "ImagesKontextJobsOperationsWithRawResponse",
    "ImagesOperations",
    "ImagesOperationsWithRawResponse",
]

IMAGES_FLUX: Endpoint[CreateFluxImageResponse200, Never] = Endpoint(
    "images.flux",
    "POST",
    "/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image",
    request="application/json",
    answer="CreateFluxImageResponse200",
)

IMAGES_GENERATE: Endpoint[list[ImageArtifact], Never] = Endpoint(
    "images.generate",
    "POST",
    "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0",
    request="application/json",
    answer="ImageArtifact",
    answer_array=True,
)

IMAGES_IMAGE_TO_IMAGE: Endpoint[list[ImageArtifact], Never] = Endpoint(
    "images.image_to_image",
    "POST",
    "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/image_to_image",
    request="multipart/form-data",
    binary_fields=frozenset({"init_image"}),
    answer="ImageArtifact",
    answer_array=True,
)

IMAGES_CONTROL_NET: Endpoint[list[ImageArtifact], Never] = Endpoint(
    "images.control_net",
    "POST",
    "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/control_net",
    request="multipart/form-data",
    binary_fields=frozenset({"control_image"}),
    answer="ImageArtifact",
    answer_array=True,
)

IMAGES_KONTEXT_JOBS_SUBMIT: Endpoint[CreateKontextRequestResponse200, Never] = Endpoint(
    "images.kontext_jobs.submit",
    "POST",
    "/workflows/accounts/fireworks/models/{model}",
    request="application/json",
    path_params=("model",),
    answer="CreateKontextRequestResponse200",
)

IMAGES_KONTEXT_JOBS_RESULT: Endpoint[GetKontextResultResponse200, Never] = Endpoint(
    "images.kontext_jobs.result",
    "POST",
    "/workflows/accounts/fireworks/models/{model}/get_result",
    request="application/json",
    path_params=("model",),
    answer="GetKontextResultResponse200",
)


class ImagesOperations(SyncResource):
    """``client.images``, as the spec describes it."""

    @property
    def kontext_jobs(self) -> ImagesKontextJobsOperations:
        return ImagesKontextJobsOperations(self._client, raw=self._raw)

    @property
    def with_raw_response(self) -> ImagesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ImagesOperationsWithRawResponse(self)


class ImagesOperationsWithRawResponse:
    """The methods of :class:`ImagesOperations`, answering a RawResponse."""

    def __init__(self, resource: ImagesOperations) -> None:
        pass  # every method is written by hand


class AsyncImagesOperations(AsyncResource):
    """``client.images``, as the spec describes it."""

    @property
    def kontext_jobs(self) -> AsyncImagesKontextJobsOperations:
        return AsyncImagesKontextJobsOperations(self._client, raw=self._raw)

    @property
    def with_raw_response(self) -> AsyncImagesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncImagesOperationsWithRawResponse(self)


class AsyncImagesOperationsWithRawResponse:
    """The methods of :class:`AsyncImagesOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncImagesOperations) -> None:
        pass  # every method is written by hand


class ImagesKontextJobsOperations(SyncResource):
    """``client.images.kontext_jobs``, as the spec describes it."""

    def submit(
        self,
        model: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateKontextRequestParams],
    ) -> CreateKontextRequestResponse200:
        """Generate or edit an image with FLUX.1 Kontext (``POST
        /inference/v1/workflows/accounts/fireworks/models/{model}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            IMAGES_KONTEXT_JOBS_SUBMIT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    def result(
        self,
        model: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GetKontextResultParams],
    ) -> GetKontextResultResponse200:
        """Get generated image from FLUX.1 Kontext (``POST
        /inference/v1/workflows/accounts/fireworks/models/{model}/get_result``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            IMAGES_KONTEXT_JOBS_RESULT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> ImagesKontextJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ImagesKontextJobsOperationsWithRawResponse(self)


class ImagesKontextJobsOperationsWithRawResponse:
    """The methods of :class:`ImagesKontextJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: ImagesKontextJobsOperations) -> None:
        raw = resource._raw_copy()
        self.submit = to_raw(raw.submit)
        self.result = to_raw(raw.result)


class AsyncImagesKontextJobsOperations(AsyncResource):
    """``client.images.kontext_jobs``, as the spec describes it."""

    async def submit(
        self,
        model: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateKontextRequestParams],
    ) -> CreateKontextRequestResponse200:
        """Generate or edit an image with FLUX.1 Kontext (``POST
        /inference/v1/workflows/accounts/fireworks/models/{model}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            IMAGES_KONTEXT_JOBS_SUBMIT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    async def result(
        self,
        model: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GetKontextResultParams],
    ) -> GetKontextResultResponse200:
        """Get generated image from FLUX.1 Kontext (``POST
        /inference/v1/workflows/accounts/fireworks/models/{model}/get_result``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            IMAGES_KONTEXT_JOBS_RESULT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
        )

    @property
    def with_raw_response(self) -> AsyncImagesKontextJobsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncImagesKontextJobsOperationsWithRawResponse(self)


class AsyncImagesKontextJobsOperationsWithRawResponse:
    """The methods of :class:`AsyncImagesKontextJobsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncImagesKontextJobsOperations) -> None:
        raw = resource._raw_copy()
        self.submit = to_raw_async(raw.submit)
        self.result = to_raw_async(raw.result)
