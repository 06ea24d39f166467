"""``client.embeddings``: the embeddings operation.

With ``encoding_format="base64"`` the service sends each vector as base64 (little-endian
float32, a quarter of the JSON text); the answer's ``embedding`` is decoded back into floats
before the answer is built, so code reads the same vectors whichever form went over the wire.
The spec's answer allows either form (``list[float] | str``); the answer here is always
floats, and says so to a type checker: :class:`DecodedEmbeddingResponse` is the generated
``CreateEmbeddingResponse`` (the same class at run time) whose ``data[i].embedding`` is typed
``list[float]``. ``create`` is the generated method with that narrower answer; a test holds
its parameters equal to the generated ones.
"""

from __future__ import annotations

import base64
import binascii
import sys
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast

from fireworks_api.resources.embeddings import (
    EMBEDDINGS_CREATE,
    AsyncEmbeddingsOperations,
    AsyncEmbeddingsOperationsWithRawResponse,
    EmbeddingsOperations,
    EmbeddingsOperationsWithRawResponse,
)

from fireworks_client._request_path import parsed, request_options
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import CreateEmbeddingResponse, Embedding
    from fireworks_api.params import CreateEmbeddingRequestParams

    from fireworks_client._wire import BufferedResponse

__all__ = [
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "DecodedEmbedding",
    "DecodedEmbeddingResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
]

EmbeddingsWithRawResponse = EmbeddingsOperationsWithRawResponse
AsyncEmbeddingsWithRawResponse = AsyncEmbeddingsOperationsWithRawResponse

if TYPE_CHECKING:

    class DecodedEmbedding(Embedding):
        """An ``Embedding`` whose vector is floats (decoded if it came as base64)."""

        embedding: list[float]

    class DecodedEmbeddingResponse(CreateEmbeddingResponse):
        """The embeddings answer as ``client.embeddings.create`` returns it: floats."""

        # The generated class says list[Embedding]; every item here is a DecodedEmbedding.
        data: list[DecodedEmbedding]  # type: ignore[assignment]

else:

    def __getattr__(name: str) -> Any:
        # At run time the narrower classes are the generated ones (loaded on first use).
        if name in ("DecodedEmbedding", "DecodedEmbeddingResponse"):
            import fireworks_api.models  # noqa: PLC0415

            generated = "Embedding" if name == "DecodedEmbedding" else "CreateEmbeddingResponse"
            return getattr(fireworks_api.models, generated)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _floats(text: str) -> list[float]:
    """The floats of a base64 vector (little-endian float32); ValueError if it is not one."""
    values = array("f")
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as exc:  # a ValueError, said plainly
        raise ValueError(f"not base64 ({exc})") from None
    if len(raw) % values.itemsize:
        raise ValueError(f"{len(raw)} bytes, not a whole number of float32 values")
    values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tolist()


def _with_floats(data: Any) -> Any:
    """The answer's JSON with each base64 vector decoded into floats (in place)."""
    items = data.get("data") if isinstance(data, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else ()):
        vector = item.get("embedding") if isinstance(item, dict) else None
        if isinstance(vector, str):
            try:
                item["embedding"] = _floats(vector)
            except ValueError as exc:
                raise ValueError(
                    f"CreateEmbeddingResponse: data[{index}].embedding: expected base64 of "
                    f"little-endian float32, {exc}"
                ) from exc
    return data


def _decoded(answer: BufferedResponse) -> DecodedEmbeddingResponse:
    """The answer with base64 vectors turned back into floats; one that does not decode is
    an APIResponseValidationError naming the item (``parsed`` maps the ValueError)."""
    response = parsed(answer, lambda data: EMBEDDINGS_CREATE.parse(_with_floats(data)))
    # Every vector is floats now: the narrower type says what the object holds.
    return cast("DecodedEmbeddingResponse", response)


class Embeddings(EmbeddingsOperations):
    """``client.embeddings``: one embedding vector per input (floats, whatever
    ``encoding_format`` says)."""

    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingRequestParams],
    ) -> DecodedEmbeddingResponse:
        """Embeddings of ``input`` (``POST /inference/v1/embeddings``), as floats."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request_parsed(
            EMBEDDINGS_CREATE, params, extra_body, options, parse=_decoded, raw=self._raw
        )


class AsyncEmbeddings(AsyncEmbeddingsOperations):
    """``client.embeddings`` of the async client."""

    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingRequestParams],
    ) -> DecodedEmbeddingResponse:
        """As :meth:`Embeddings.create`."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request_parsed(
            EMBEDDINGS_CREATE, params, extra_body, options, parse=_decoded, raw=self._raw
        )
