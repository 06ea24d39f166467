"""The SDXL images (``images.generate``, ``images.image_to_image``, ``images.control_net``):
real image files of the requested size, or the JSON artifacts."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._answers.common import (
    BinaryResult,
    JsonResult,
    MockRequest,
    Result,
)
from fireworks_client.mock._answers.image_files import decode_image, encode_image, render_image
from fireworks_client.mock._answers.text import (
    rng_for,
)
from fireworks_client.mock._models import ModelInfo
from fireworks_client.mock._spec.errors import MockError

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["control_net", "generate_image", "image_to_image"]


# Image-to-image and ControlNet answer at the size of the uploaded image (up to 4096x4096).
MAX_IMAGE_PIXELS = 10 * 1024 * 1024
_JSON = "application/json"

_UNSAFE_WORD = "unsafe"  # with safety_check, a prompt containing it comes back CONTENT_FILTERED


def _image_answer(
    request: MockRequest,
    prompt: str,
    size: tuple[int, int],
    init: Any = None,
    strength: float = 0.5,
) -> Result:
    body = request.body
    samples = body.get("samples") or 1
    if samples * size[0] * size[1] > MAX_IMAGE_PIXELS:
        raise MockError(
            400,
            f"samples x image size: {samples} x {size[0]}x{size[1]} pixels; the mock renders at "
            f"most {MAX_IMAGE_PIXELS} pixels per request (10 of 1024x1024) (rule: mock limit)",
            param="samples",
            code="mock_limit",
        )
    base_seed = body.get("seed") or int(
        hashlib.sha256(json.dumps([prompt, size, body.get("steps")]).encode()).hexdigest()[:8], 16
    )
    filtered = bool(body.get("safety_check")) and _UNSAFE_WORD in prompt.lower()
    finish = "CONTENT_FILTERED" if filtered else "SUCCESS"
    wants = _answer_type(request)
    images = []
    for k in range(samples):
        seed = (base_seed + k) % 4294967296
        images.append(
            (
                seed,
                render_image(
                    size[0],
                    size[1],
                    rng_for(prompt, seed),
                    filtered=filtered,
                    init=init,
                    strength=strength,
                ),
            )
        )
    if samples == 1 and wants != _JSON:
        seed, image = images[0]
        return BinaryResult(
            encode_image(image, wants), wants, {"Finish-Reason": finish, "Seed": str(seed)}
        )
    artifacts = [
        {
            "base64": base64.b64encode(encode_image(image, "image/png")).decode(),
            "finishReason": finish,
            "seed": seed,
        }
        for seed, image in images
    ]
    return JsonResult(artifacts)


def _answer_type(request: MockRequest) -> str:
    """The first of the operation's success content types that the Accept header names, else
    the first it declares (image/png)."""
    offered = [b.content_type for b in request.operation.success]
    for part in request.accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return offered[0]


def _file_part(request: MockRequest) -> Image:
    """The image sent in the operation's one file part (init_image, control_image)."""
    (name,) = request.operation.binary_fields
    return decode_image(request.files.get(name, b""), name)


def _prompt_of(body: dict[str, Any]) -> str:
    if "text_prompts" in body:
        return " ".join(p["text"] for p in body["text_prompts"] if p.get("weight", 1) >= 0)
    return str(body.get("prompt") or "")


def generate_image(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    size = (body.get("width") or 1024, body.get("height") or 1024)
    return _image_answer(request, _prompt_of(body), size)


def image_to_image(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    init = _file_part(request)
    if body["init_image_mode"] == "STEP_SCHEDULE":
        if "step_schedule_end" not in body:
            raise MockError(
                400,
                "step_schedule_end: required when init_image_mode is STEP_SCHEDULE",
                param="step_schedule_end",
                code="mode_requires_field",
            )
        strength = 1.0 - float(body.get("step_schedule_start", 0.65))
    else:
        strength = float(body.get("image_strength", 0.1))
    return _image_answer(request, _prompt_of(body), init.size, init=init, strength=1.0 - strength)


def control_net(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    control = _file_part(request)
    scale = float(body.get("conditioning_scale", 0.5))
    return _image_answer(request, _prompt_of(body), control.size, init=control, strength=scale)
