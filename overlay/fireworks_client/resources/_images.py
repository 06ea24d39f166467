"""``client.images``: SDXL text-to-image, image-to-image and ControlNet.

Every call returns a list of :class:`GeneratedImage`: one for a single image (sent by the
service as PNG or JPEG bytes with a ``Finish-Reason`` header), several when ``samples`` > 1
(sent as a JSON array of base64 artifacts).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Unpack

import httpx
from fireworks_api import models

from fireworks_client._base_client import RequestOptions, json_text
from fireworks_client._response import RawResponse, raw_mode
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources._shared import (
    Resource,
    _parse_json,
    options,
    wire_body,
)

if TYPE_CHECKING:
    from fireworks_api.params import ControlNetParams, GenerateImageParams, ImageToImageParams


__all__ = ["AsyncImages", "GeneratedImage", "Images"]

BASE = "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"
ImageFormat = Literal["png", "jpeg"]
_BINARY_FIELDS = {"init_image", "control_image"}


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


def _images(response: httpx.Response) -> list[GeneratedImage]:
    if raw_mode.get():
        return RawResponse(response, lambda: _parse_images(response))  # type: ignore[return-value]
    return _parse_images(response)


def _parse_images(response: httpx.Response) -> list[GeneratedImage]:
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if media == "application/json":
        artifacts = _parse_json(
            response, lambda data: [models.ImageArtifact.from_dict(a) for a in data]
        )
        return [
            GeneratedImage(base64.b64decode(a.base64), "png", str(a.finish_reason.value), a.seed)
            for a in artifacts
        ]
    seed = response.headers.get("seed")
    return [
        GeneratedImage(
            response.content,
            "jpeg" if media == "image/jpeg" else "png",
            response.headers.get("finish-reason", "SUCCESS"),
            int(seed) if seed and seed.isdigit() else None,
        )
    ]


def _accept(image_format: ImageFormat) -> str:
    return "image/jpeg" if image_format == "jpeg" else "image/png"


def _file(name: str, value: Any) -> tuple[str, bytes, str]:
    if isinstance(value, bytes):
        data = value
    elif isinstance(value, str | os.PathLike):
        data = Path(value).read_bytes()
    elif hasattr(value, "read"):
        data = value.read()
    else:
        raise TypeError(
            f"{name}: expected bytes, a path or a binary file, got {type(value).__name__}"
        )
    mime = "image/jpeg" if data[:3] == b"\xff\xd8\xff" else "image/png"
    return (f"{name}.{'jpg' if mime == 'image/jpeg' else 'png'}", data, mime)


def _form(
    params: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> tuple[dict[str, str], dict[str, Any]]:
    """Form fields and files: only what the caller set; booleans as true/false; a None is
    left out (a form field has no null)."""
    data: dict[str, str] = {}
    files: dict[str, Any] = {}
    for name, value in {**params, **(extra_body or {})}.items():
        if value is None:
            continue
        if name in _BINARY_FIELDS:
            files[name] = _file(name, value)
        elif isinstance(value, bool):
            data[name] = "true" if value else "false"
        elif isinstance(value, str | int | float):
            data[name] = str(value)  # a StrEnum's str() is its value
        else:  # lists, dicts and generated models go as JSON text, never as a Python repr
            data[name] = json_text(value)
    return data, files


def _call(
    path: str,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    opts: RequestOptions,
    image_format: ImageFormat,
    *,
    form: bool,
) -> dict[str, Any]:
    """What the sync and async methods pass to ``request``: a JSON body, or a multipart form
    for the operations that upload an image."""
    call: dict[str, Any] = {
        "method": "POST",
        "path": BASE + path,
        "options": opts,
        "accept": _accept(image_format),
    }
    if form:
        call["data"], call["files"] = _form(params, extra_body)
    else:
        call["json_body"] = wire_body(params, extra_body)
    return call


class Images(Resource):
    def generate(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GenerateImageParams],
    ) -> list[GeneratedImage]:
        """Images from ``text_prompts``."""
        opts = options(extra_headers, timeout, max_retries)
        call = _call("", params, extra_body, opts, image_format, form=False)
        return _images(self._client.request(**call))

    def image_to_image(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ImageToImageParams],
    ) -> list[GeneratedImage]:
        """Images from ``init_image`` (bytes, a path or a file) in ``init_image_mode``
        IMAGE_STRENGTH (with ``image_strength``) or STEP_SCHEDULE (with
        ``step_schedule_start`` and ``step_schedule_end``)."""
        opts = options(extra_headers, timeout, max_retries)
        call = _call("/image_to_image", params, extra_body, opts, image_format, form=True)
        return _images(self._client.request(**call))

    def control_net(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ControlNetParams],
    ) -> list[GeneratedImage]:
        """Images guided by ``control_image`` (bytes, a path or a file)."""
        opts = options(extra_headers, timeout, max_retries)
        call = _call("/control_net", params, extra_body, opts, image_format, form=True)
        return _images(self._client.request(**call))


class AsyncImages(Resource):
    async def generate(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GenerateImageParams],
    ) -> list[GeneratedImage]:
        opts = options(extra_headers, timeout, max_retries)
        call = _call("", params, extra_body, opts, image_format, form=False)
        return _images(await self._client.request(**call))

    async def image_to_image(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ImageToImageParams],
    ) -> list[GeneratedImage]:
        opts = options(extra_headers, timeout, max_retries)
        call = _call("/image_to_image", params, extra_body, opts, image_format, form=True)
        return _images(await self._client.request(**call))

    async def control_net(
        self,
        *,
        image_format: ImageFormat = "png",
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ControlNetParams],
    ) -> list[GeneratedImage]:
        opts = options(extra_headers, timeout, max_retries)
        call = _call("/control_net", params, extra_body, opts, image_format, form=True)
        return _images(await self._client.request(**call))
