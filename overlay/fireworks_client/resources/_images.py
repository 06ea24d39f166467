"""``client.images``: FLUX text-to-image and Kontext (today's API), and the deprecated SDXL
text-to-image, image-to-image and ControlNet.

``flux`` returns one :class:`GeneratedImage`. ``kontext`` submits a FLUX Kontext job and polls
for its result behind one call with a deadline (``kontext_jobs``, generated, has the two
operations it uses).

SDXL:
Every call returns a list of :class:`GeneratedImage`: one for a single image (sent by the
service as PNG or JPEG bytes with a ``Finish-Reason`` header), several when ``samples`` > 1
(sent as a JSON array of base64 artifacts). The operations, their multipart fields and the
artifact model come from the spec; what is written here is what the generator cannot say:
answers that are bytes or JSON depending on ``Accept``, and which image format the bytes are.

These methods are declared hand-written in ``openapi3.names.yml`` (``hand: true``): the
generated classes have their endpoints and no method of theirs, so the classes here add the
methods. The sync and async classes differ only in how they wait; what a call sends, how its
answer is read and how a Kontext job is polled are the functions of this module.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import os
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Never, Unpack

from fireworks_api.resources.images import (
    IMAGES_CONTROL_NET,
    IMAGES_FLUX,
    IMAGES_GENERATE,
    IMAGES_IMAGE_TO_IMAGE,
    AsyncImagesOperations,
    AsyncImagesOperationsWithRawResponse,
    ImagesOperations,
    ImagesOperationsWithRawResponse,
)

from fireworks_client._exceptions import (
    APIResponseValidationError,
    APITimeoutError,
    ImageGenerationError,
)
from fireworks_client._request_path import RequestOptions, parsed, request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import (
        CreateFluxImageResponse200,
        CreateKontextRequestResponse200,
        GetKontextResultResponse200,
        ImageArtifact,
    )
    from fireworks_api.params import (
        CreateControlNetRequestParams,
        CreateFluxImageParams,
        CreateImageRequestParams,
        CreateImageToImageRequestParams,
        CreateKontextRequestParams,
    )

    from fireworks_client._operations import Endpoint
    from fireworks_client._wire import BufferedResponse


__all__ = [
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "GeneratedImage",
    "Images",
    "ImagesWithRawResponse",
]

ImageFormat = Literal["png", "jpeg"]
# Kontext job statuses: still working, done, and done without an image.
_PENDING = frozenset({"Pending"})
_READY = "Ready"


@dataclass(frozen=True, slots=True)
class GeneratedImage:
    """One image: its bytes, format ("png" or "jpeg"), finish reason (SUCCESS,
    CONTENT_FILTERED or ERROR) and seed, when the service said it."""

    data: bytes
    format: ImageFormat
    finish_reason: str
    seed: int | None = None

    @property
    def content_filtered(self) -> bool:
        return self.finish_reason == "CONTENT_FILTERED"

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the image; a path without a suffix gets ``.png`` or ``.jpg``."""
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".jpg" if self.format == "jpeg" else ".png")
        target.write_bytes(self.data)
        return target

    def __repr__(self) -> str:
        return (
            f"GeneratedImage(format={self.format!r}, finish_reason={self.finish_reason!r}, "
            f"seed={self.seed}, {len(self.data)} bytes)"
        )


# --- what a call sends and how its answer is read ---------------------------------------------


def _format_of(data: bytes) -> ImageFormat:
    """The format the bytes are in (a JPEG starts with FF D8 FF), whatever was asked for."""
    return "jpeg" if data[:3] == b"\xff\xd8\xff" else "png"


def _media_type(answer: BufferedResponse) -> str:
    return str(answer.headers.get("content-type", "")).split(";")[0].strip()


def _image_bytes(answer: BufferedResponse) -> GeneratedImage:
    """An answer that is the image's bytes (Finish-Reason and Seed headers)."""
    http = answer.http_response()
    seed = http.headers.get("seed")
    return GeneratedImage(
        http.content,
        _format_of(http.content),
        http.headers.get("finish-reason", "SUCCESS"),
        int(seed) if seed and seed.isdigit() else None,
    )


def _decoded(
    answer: BufferedResponse, field: str, text: str, finish_reason: str, seed: int | None
) -> GeneratedImage:
    """The image of a base64 field; text that is not base64 is the answer's fault."""
    try:
        data = base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise APIResponseValidationError(
            f"The answer does not match the spec: {field}: expected base64, not base64 ({exc})",
            response=answer.http_response(),
            body=answer.json(),
        ) from exc
    return GeneratedImage(data, _format_of(data), finish_reason, seed)


def _sdxl_parser(
    endpoint: Endpoint[list[ImageArtifact], Never],
) -> Callable[[BufferedResponse], list[GeneratedImage]]:
    """SDXL: the image's bytes, or with ``samples`` > 1 a JSON array of base64 artifacts."""

    def parse(answer: BufferedResponse) -> list[GeneratedImage]:
        if _media_type(answer) != "application/json":
            return [_image_bytes(answer)]
        return [
            _decoded(
                answer, f"ImageArtifact: [{n}].base64", a.base64, str(a.finish_reason.value), a.seed
            )
            for n, a in enumerate(parsed(answer, endpoint.parse))
        ]

    return parse


def _flux_parse(answer: BufferedResponse) -> GeneratedImage:
    """FLUX text-to-image: the image's bytes, or with Accept: application/json one object
    holding it as base64."""
    if _media_type(answer) != "application/json":
        return _image_bytes(answer)
    body: CreateFluxImageResponse200 = parsed(answer, IMAGES_FLUX.parse)
    field = f"{type(body).__name__}: base64"
    return _decoded(answer, field, str(body.base64), str(body.finish_reason), body.seed)


_SDXL = {
    "generate": (IMAGES_GENERATE, _sdxl_parser(IMAGES_GENERATE)),
    "image_to_image": (IMAGES_IMAGE_TO_IMAGE, _sdxl_parser(IMAGES_IMAGE_TO_IMAGE)),
    "control_net": (IMAGES_CONTROL_NET, _sdxl_parser(IMAGES_CONTROL_NET)),
}


class _Call(NamedTuple):
    """What one image call hands the request path."""

    options: RequestOptions
    accept: str


def _call(
    image_format: ImageFormat,
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
    *,
    sdxl: str | None = None,
) -> _Call:
    if sdxl is not None:
        warnings.warn(
            f"images.{sdxl} calls Stable Diffusion XL, which today's API reference no longer "
            "documents (the service still answers it); images.flux is FLUX.1 [schnell]",
            DeprecationWarning,
            stacklevel=3,
        )
    accept = "image/jpeg" if image_format == "jpeg" else "image/png"
    return _Call(request_options(extra_headers, timeout, max_retries), accept)


# --- a Kontext job, polled --------------------------------------------------------------------


class _KontextPoll:
    """When a Kontext job's result is asked for again, and when it is done."""

    def __init__(
        self, submitted: CreateKontextRequestResponse200, wait: float, poll_interval: float
    ) -> None:
        request_id = getattr(submitted, "request_id", None)
        if not isinstance(request_id, str) or not request_id:
            raise ImageGenerationError("no request_id in the answer", "", submitted)
        self.request_id = request_id
        self._wait = wait
        self._interval = poll_interval
        self._deadline = time.monotonic() + wait

    def delay(self, result: GetKontextResultResponse200) -> float | None:
        """None when the job is done with an image; the seconds to wait before asking again
        while it works; raises when it ended without one or the deadline would pass."""
        status = str(result.status)
        if status == _READY:
            return None
        if status not in _PENDING:
            raise ImageGenerationError(status, self.request_id, getattr(result, "details", None))
        if time.monotonic() + self._interval > self._deadline:
            raise APITimeoutError(
                f"image generation {self.request_id}: not ready after {self._wait} s"
            )
        return self._interval


# --- the resources ----------------------------------------------------------------------------


class Images(ImagesOperations):
    """``client.images``."""

    def generate(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageRequestParams],
    ) -> list[GeneratedImage]:
        """Images from ``text_prompts``."""
        call = _call(image_format, extra_headers, timeout, max_retries, sdxl="generate")
        endpoint, parse = _SDXL["generate"]
        return self._client.request_parsed(
            endpoint,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=parse,
            raw=self._raw,
        )

    def image_to_image(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageToImageRequestParams],
    ) -> list[GeneratedImage]:
        """Images from ``init_image`` (bytes, a path or a file) in ``init_image_mode``
        IMAGE_STRENGTH (with ``image_strength``) or STEP_SCHEDULE (with
        ``step_schedule_start`` and ``step_schedule_end``)."""
        call = _call(image_format, extra_headers, timeout, max_retries, sdxl="image_to_image")
        endpoint, parse = _SDXL["image_to_image"]
        return self._client.request_parsed(
            endpoint,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=parse,
            raw=self._raw,
        )

    def control_net(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateControlNetRequestParams],
    ) -> list[GeneratedImage]:
        """Images guided by ``control_image`` (bytes, a path or a file)."""
        call = _call(image_format, extra_headers, timeout, max_retries, sdxl="control_net")
        endpoint, parse = _SDXL["control_net"]
        return self._client.request_parsed(
            endpoint,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=parse,
            raw=self._raw,
        )

    def flux(
        self,
        *,
        image_format: ImageFormat = "jpeg",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateFluxImageParams],
    ) -> GeneratedImage:
        """An image from ``prompt`` with FLUX.1 [schnell]."""
        call = _call(image_format, extra_headers, timeout, max_retries)
        return self._client.request_parsed(
            IMAGES_FLUX,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=_flux_parse,
            raw=self._raw,
        )

    def kontext(
        self,
        model: str = "flux-kontext-pro",
        *,
        wait: float = 300.0,
        poll_interval: float = 1.0,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateKontextRequestParams],
    ) -> GetKontextResultResponse200:
        """Generate or edit an image with FLUX.1 Kontext (``model``: flux-kontext-pro or
        flux-kontext-max): submits the job, then polls its result every ``poll_interval``
        seconds until it is Ready (its ``result`` holds the image), for at most ``wait``
        seconds (then :class:`APITimeoutError`). A job that ends without an image raises
        :class:`ImageGenerationError` with the service's status."""
        jobs = self.kontext_jobs
        submitted = jobs.submit(
            model, extra_headers=extra_headers, timeout=timeout, max_retries=max_retries, **params
        )
        poll = _KontextPoll(submitted, wait, poll_interval)
        while True:
            result = jobs.result(
                model,
                id=poll.request_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            delay = poll.delay(result)
            if delay is None:
                return result
            time.sleep(delay)

    @property
    def with_raw_response(self) -> ImagesWithRawResponse:
        return ImagesWithRawResponse(self)


class ImagesWithRawResponse(ImagesOperationsWithRawResponse):
    def __init__(self, resource: Images) -> None:
        super().__init__(resource)
        raw = resource._raw_copy()
        self.generate = to_raw(raw.generate)
        self.image_to_image = to_raw(raw.image_to_image)
        self.control_net = to_raw(raw.control_net)
        self.flux = to_raw(raw.flux)


class AsyncImages(AsyncImagesOperations):
    """``client.images`` of the async client: the methods of :class:`Images`, awaited."""

    async def generate(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageRequestParams],
    ) -> list[GeneratedImage]:
        """As :meth:`Images.generate`."""
        call = _call(image_format, extra_headers, timeout, max_retries, sdxl="generate")
        endpoint, parse = _SDXL["generate"]
        return await self._client.request_parsed(
            endpoint,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=parse,
            raw=self._raw,
        )

    async def image_to_image(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageToImageRequestParams],
    ) -> list[GeneratedImage]:
        """As :meth:`Images.image_to_image`."""
        call = _call(image_format, extra_headers, timeout, max_retries, sdxl="image_to_image")
        endpoint, parse = _SDXL["image_to_image"]
        return await self._client.request_parsed(
            endpoint,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=parse,
            raw=self._raw,
        )

    async def control_net(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateControlNetRequestParams],
    ) -> list[GeneratedImage]:
        """As :meth:`Images.control_net`."""
        call = _call(image_format, extra_headers, timeout, max_retries, sdxl="control_net")
        endpoint, parse = _SDXL["control_net"]
        return await self._client.request_parsed(
            endpoint,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=parse,
            raw=self._raw,
        )

    async def flux(
        self,
        *,
        image_format: ImageFormat = "jpeg",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateFluxImageParams],
    ) -> GeneratedImage:
        """As :meth:`Images.flux`."""
        call = _call(image_format, extra_headers, timeout, max_retries)
        return await self._client.request_parsed(
            IMAGES_FLUX,
            params,
            extra_body,
            call.options,
            accept=call.accept,
            parse=_flux_parse,
            raw=self._raw,
        )

    async def kontext(
        self,
        model: str = "flux-kontext-pro",
        *,
        wait: float = 300.0,
        poll_interval: float = 1.0,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateKontextRequestParams],
    ) -> GetKontextResultResponse200:
        """As :meth:`Images.kontext`."""
        jobs = self.kontext_jobs
        submitted = await jobs.submit(
            model, extra_headers=extra_headers, timeout=timeout, max_retries=max_retries, **params
        )
        poll = _KontextPoll(submitted, wait, poll_interval)
        while True:
            result = await jobs.result(
                model,
                id=poll.request_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            delay = poll.delay(result)
            if delay is None:
                return result
            await asyncio.sleep(delay)

    @property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        return AsyncImagesWithRawResponse(self)


class AsyncImagesWithRawResponse(AsyncImagesOperationsWithRawResponse):
    def __init__(self, resource: AsyncImages) -> None:
        super().__init__(resource)
        raw = resource._raw_copy()
        self.generate = to_raw_async(raw.generate)
        self.image_to_image = to_raw_async(raw.image_to_image)
        self.control_net = to_raw_async(raw.control_net)
        self.flux = to_raw_async(raw.flux)
