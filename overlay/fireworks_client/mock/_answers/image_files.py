"""Real, decodable PNG and JPEG images for the mock's SDXL endpoints (Pillow)."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageOps, UnidentifiedImageError

from fireworks_client.mock._spec.errors import MockError

__all__ = ["MAX_INPUT_SIDE", "decode_image", "encode_image", "render_image"]

MAX_INPUT_SIDE = 4096


def render_image(
    width: int,
    height: int,
    rng: random.Random,
    *,
    filtered: bool = False,
    init: Image.Image | None = None,
    strength: float = 0.5,
) -> Image.Image:
    """A two-colour gradient chosen by ``rng``; black when the safety check filtered it; blended
    with ``init`` (kept in proportion ``strength``) for image-to-image."""
    if filtered:
        return Image.new("RGB", (width, height))
    start = tuple(rng.randrange(256) for _ in range(3))
    end = tuple(rng.randrange(256) for _ in range(3))
    gradient = (
        Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize((width, height))
    )
    image = ImageOps.colorize(gradient, start, end)
    if init is not None:
        image = Image.blend(
            image, init.convert("RGB").resize((width, height)), max(0.0, min(1.0, strength))
        )
    return image


def encode_image(image: Image.Image, media_type: str) -> bytes:
    out = io.BytesIO()
    if media_type == "image/jpeg":
        image.convert("RGB").save(out, "JPEG", quality=85)
    else:
        image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def decode_image(data: bytes, field: str) -> Image.Image:
    """An uploaded PNG or JPEG; a 400 naming ``field`` for anything else."""
    try:
        image = Image.open(io.BytesIO(data))
        if image.format not in ("PNG", "JPEG"):
            raise MockError(
                400,
                f"{field}: expected a PNG or JPEG image, got {image.format}",
                param=field,
                code="invalid_image",
            )
        if max(image.size) > MAX_INPUT_SIDE:
            raise MockError(
                400,
                f"{field}: {image.size[0]}x{image.size[1]} is larger than "
                f"{MAX_INPUT_SIDE}x{MAX_INPUT_SIDE}",
                param=field,
                code="invalid_image",
            )
        image.load()
    except MockError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise MockError(
            400,
            f"{field}: not a decodable PNG or JPEG image ({exc.__class__.__name__})",
            param=field,
            code="invalid_image",
        ) from None
    return image
