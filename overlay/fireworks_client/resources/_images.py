"""``client.images``: FLUX text-to-image and Kontext (today's API), and the deprecated SDXL
text-to-image, image-to-image and ControlNet.

``flux`` returns one :class:`GeneratedImage`. ``kontext`` submits a FLUX Kontext job and polls
for its result (the service's two operations) behind one call with a deadline.

SDXL:
Every call returns a list of :class:`GeneratedImage`: one for a single image (sent by the
service as PNG or JPEG bytes with a ``Finish-Reason`` header), several when ``samples`` > 1
(sent as a JSON array of base64 artifacts). The operations, their multipart fields and the
artifact model come from the spec; what is written here is what the generator cannot say:
answers that are bytes or JSON depending on ``Accept``, and which image format the bytes are.

The classes subclass the generated ones (``fireworks_api.resources``), so an operation added
under ``images`` gets its method there; the methods written here answer
:class:`GeneratedImage` where the generated ones answer the spec's model, so they override them
with another signature (``# type: ignore[override]``: the generator cannot express these
answers), and ``kontext`` is a call where the generated class has the ``images.kontext``
resource (its submit and result, which the call uses).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import os
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Unpack

from fireworks_api.resources import (
    AsyncImagesKontextOperations,
    AsyncImagesOperations,
    ImagesKontextOperations,
    ImagesOperations,
)

from fireworks_client._exceptions import (
    APIResponseValidationError,
    APITimeoutError,
    ImageGenerationError,
)
from fireworks_client._operations import Endpoint
from fireworks_client._request_path import as_http, parsed, request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import GetKontextResultResponse200
    from fireworks_api.params import (
        CreateControlNetRequestParams,
        CreateFluxImageParams,
        CreateImageRequestParams,
        CreateImageToImageRequestParams,
        CreateKontextRequestParams,
    )

    from fireworks_client._wire import Answer


__all__ = [
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "GeneratedImage",
    "Images",
    "ImagesWithRawResponse",
]

ImageFormat = Literal["png", "jpeg"]
GENERATE = Endpoint("images.generate")
IMAGE_TO_IMAGE = Endpoint("images.image_to_image")
CONTROL_NET = Endpoint("images.control_net")
FLUX = Endpoint("images.flux")
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


def _image_bytes(text: str, field: str, answer: Answer) -> bytes:
    """The bytes of a base64 image field; text that is not base64 is the answer's fault."""
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise APIResponseValidationError(
            f"The answer does not match the spec: {field}: expected base64, not base64 ({exc})",
            response=as_http(answer),
            body=answer.json(),
        ) from exc


def _format_of(data: bytes) -> ImageFormat:
    """The format the bytes are in (a JPEG starts with FF D8 FF), whatever was asked for."""
    return "jpeg" if data[:3] == b"\xff\xd8\xff" else "png"


def _parser(endpoint: Endpoint) -> Any:
    def parse(answer: Answer) -> list[GeneratedImage]:
        http = as_http(answer)
        media = http.headers.get("content-type", "").split(";")[0].strip()
        if media == "application/json":
            images = []
            for n, artifact in enumerate(parsed(answer, endpoint.parse)):
                data = _image_bytes(artifact.base64, f"ImageArtifact: [{n}].base64", answer)
                images.append(
                    GeneratedImage(
                        data, _format_of(data), str(artifact.finish_reason.value), artifact.seed
                    )
                )
            return images
        seed = http.headers.get("seed")
        return [
            GeneratedImage(
                http.content,
                _format_of(http.content),
                http.headers.get("finish-reason", "SUCCESS"),
                int(seed) if seed and seed.isdigit() else None,
            )
        ]

    return parse


def _flux_parse(answer: Answer) -> GeneratedImage:
    """FLUX text-to-image: the image's bytes (Finish-Reason and Seed headers), or with
    Accept: application/json one object holding it as base64."""
    http = as_http(answer)
    media = http.headers.get("content-type", "").split(";")[0].strip()
    if media == "application/json":
        body = parsed(answer, FLUX.parse)
        data = _image_bytes(body.base64, f"{type(body).__name__}: base64", answer)
        return GeneratedImage(data, _format_of(data), str(body.finish_reason), body.seed)
    seed = http.headers.get("seed")
    return GeneratedImage(
        http.content,
        _format_of(http.content),
        http.headers.get("finish-reason", "SUCCESS"),
        int(seed) if seed and seed.isdigit() else None,
    )


def _kontext_state(result: GetKontextResultResponse200, request_id: str) -> bool:
    """True when the job is done with an image; False while it works; raises when it ended
    without one."""
    status = str(result.status)
    if status == _READY:
        return True
    if status in _PENDING:
        return False
    raise ImageGenerationError(status, request_id, getattr(result, "details", None))


def _request_id_of(submitted: Any) -> str:
    request_id = getattr(submitted, "request_id", None)
    if not isinstance(request_id, str) or not request_id:
        raise ImageGenerationError("no request_id in the answer", "", submitted)
    return request_id


def _sdxl_deprecated(name: str) -> None:
    warnings.warn(
        f"images.{name} calls Stable Diffusion XL, which today's API reference no longer "
        "documents (the service still answers it); images.flux is FLUX.1 [schnell]",
        DeprecationWarning,
        stacklevel=3,
    )


def _accept(image_format: ImageFormat) -> str:
    return "image/jpeg" if image_format == "jpeg" else "image/png"


_PARSE = {e.friendly: _parser(e) for e in (GENERATE, IMAGE_TO_IMAGE, CONTROL_NET)}


class Images(ImagesOperations):
    """``client.images``."""

    def generate(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        _sdxl_deprecated("generate")
        return self._client._call(  # type: ignore[no-any-return]
            GENERATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_PARSE[GENERATE.friendly],
        )

    def image_to_image(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        _sdxl_deprecated("image_to_image")
        return self._client._call(  # type: ignore[no-any-return]
            IMAGE_TO_IMAGE,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_PARSE[IMAGE_TO_IMAGE.friendly],
        )

    def control_net(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        _sdxl_deprecated("control_net")
        return self._client._call(  # type: ignore[no-any-return]
            CONTROL_NET,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_PARSE[CONTROL_NET.friendly],
        )

    def flux(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            FLUX,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_flux_parse,
        )

    def kontext(  # type: ignore[override]
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
        jobs = ImagesKontextOperations(self._client)
        submitted = jobs.submit(
            model, extra_headers=extra_headers, timeout=timeout, max_retries=max_retries, **params
        )
        request_id = _request_id_of(submitted)
        deadline = time.monotonic() + wait
        while True:
            result = jobs.result(
                model,
                id=request_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            if _kontext_state(result, request_id):
                return result
            if time.monotonic() + poll_interval > deadline:
                raise APITimeoutError(f"image generation {request_id}: not ready after {wait} s")
            time.sleep(poll_interval)

    @property
    def with_raw_response(self) -> ImagesWithRawResponse:  # type: ignore[override]
        return ImagesWithRawResponse(self)


class ImagesWithRawResponse:
    def __init__(self, resource: Images) -> None:
        raw = resource._raw_copy()
        self.generate = to_raw(raw.generate)
        self.image_to_image = to_raw(raw.image_to_image)
        self.control_net = to_raw(raw.control_net)
        self.flux = to_raw(raw.flux)


class AsyncImages(AsyncImagesOperations):
    """``client.images`` of the async client."""

    async def generate(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        _sdxl_deprecated("generate")
        return await self._client._call(  # type: ignore[no-any-return]
            GENERATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_PARSE[GENERATE.friendly],
        )

    async def image_to_image(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        _sdxl_deprecated("image_to_image")
        return await self._client._call(  # type: ignore[no-any-return]
            IMAGE_TO_IMAGE,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_PARSE[IMAGE_TO_IMAGE.friendly],
        )

    async def control_net(  # type: ignore[override]
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
        options = request_options(extra_headers, timeout, max_retries)
        _sdxl_deprecated("control_net")
        return await self._client._call(  # type: ignore[no-any-return]
            CONTROL_NET,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_PARSE[CONTROL_NET.friendly],
        )

    async def flux(  # type: ignore[override]
        self,
        *,
        image_format: ImageFormat = "jpeg",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateFluxImageParams],
    ) -> GeneratedImage:
        """As :meth:`Images.flux`, awaited."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            FLUX,
            params,
            extra_body,
            options,
            raw=self._raw,
            accept=_accept(image_format),
            parse=_flux_parse,
        )

    async def kontext(  # type: ignore[override]
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
        """As :meth:`Images.kontext`, awaited."""
        jobs = AsyncImagesKontextOperations(self._client)
        submitted = await jobs.submit(
            model, extra_headers=extra_headers, timeout=timeout, max_retries=max_retries, **params
        )
        request_id = _request_id_of(submitted)
        deadline = time.monotonic() + wait
        while True:
            result = await jobs.result(
                model,
                id=request_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            if _kontext_state(result, request_id):
                return result
            if time.monotonic() + poll_interval > deadline:
                raise APITimeoutError(f"image generation {request_id}: not ready after {wait} s")
            await asyncio.sleep(poll_interval)

    @property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:  # type: ignore[override]
        return AsyncImagesWithRawResponse(self)


class AsyncImagesWithRawResponse:
    def __init__(self, resource: AsyncImages) -> None:
        raw = resource._raw_copy()
        self.generate = to_raw_async(raw.generate)
        self.image_to_image = to_raw_async(raw.image_to_image)
        self.control_net = to_raw_async(raw.control_net)
        self.flux = to_raw_async(raw.flux)
