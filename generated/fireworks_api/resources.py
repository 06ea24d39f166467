"""The clients' resource classes: written by codegen/resources.py from
openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. Unlike the rest of fireworks_api it
imports the runtime of fireworks_client (the request path, the resource base, the
options), as generated operations of other SDKs import their core library; the models
and parameters are imported for type checkers only, so importing it loads no model.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Unpack, overload

import sys as _sys

if "fireworks_client" not in _sys.modules:
    # Imported before the client, whose package imports this module while it loads:
    # the client is loaded first (it loads this module whole, and importlib answers
    # this import with that module); the rest of this partial copy is then discarded.
    del _sys.modules[__name__]
    import fireworks_client  # noqa: F401

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Callable

    from fireworks_api.models import (
        ChatCompletionResponse,
        ChatCompletionStreamResponse,
        CompletionResponse,
        CompletionStreamResponse,
        CreateEmbeddingResponse,
        CreateFluxImageResponse200,
        CreateKontextRequestResponse200,
        CreateRerankResponse,
        DeleteResponse,
        GetKontextResultResponse200,
        ImageArtifact,
        ListModelsResponse,
        Response,
        ResponseList,
    )
    from fireworks_api.params import (
        ChatCompletionRequestParams,
        CompletionRequestParams,
        CreateControlNetRequestParams,
        CreateEmbeddingRequestParams,
        CreateFluxImageParams,
        CreateImageRequestParams,
        CreateImageToImageRequestParams,
        CreateKontextRequestParams,
        CreateRerankRequestParams,
        CreateResponseParams,
        GetKontextResultParams,
        ListResponsesParams,
    )
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
    from fireworks_client._streaming import AsyncStream, Stream

__all__ = [
    "AsyncChatCompletionsOperations",
    "AsyncChatCompletionsOperationsWithRawResponse",
    "AsyncChatResources",
    "AsyncCompletionsOperations",
    "AsyncCompletionsOperationsWithRawResponse",
    "AsyncEmbeddingsOperations",
    "AsyncEmbeddingsOperationsWithRawResponse",
    "AsyncFireworksResources",
    "AsyncImagesKontextOperations",
    "AsyncImagesKontextOperationsWithRawResponse",
    "AsyncImagesOperations",
    "AsyncImagesOperationsWithRawResponse",
    "AsyncModelsOperations",
    "AsyncModelsOperationsWithRawResponse",
    "AsyncRerankOperations",
    "AsyncRerankOperationsWithRawResponse",
    "AsyncResponsesOperations",
    "AsyncResponsesOperationsWithRawResponse",
    "ChatCompletionsOperations",
    "ChatCompletionsOperationsWithRawResponse",
    "ChatResources",
    "CompletionsOperations",
    "CompletionsOperationsWithRawResponse",
    "EmbeddingsOperations",
    "EmbeddingsOperationsWithRawResponse",
    "FireworksResources",
    "ImagesKontextOperations",
    "ImagesKontextOperationsWithRawResponse",
    "ImagesOperations",
    "ImagesOperationsWithRawResponse",
    "ModelsOperations",
    "ModelsOperationsWithRawResponse",
    "RerankOperations",
    "RerankOperationsWithRawResponse",
    "ResponsesOperations",
    "ResponsesOperationsWithRawResponse",
]

_CHAT__COMPLETIONS__CREATE = Endpoint("chat.completions.create")
_COMPLETIONS__CREATE = Endpoint("completions.create")
_EMBEDDINGS__CREATE = Endpoint("embeddings.create")
_RERANK__CREATE = Endpoint("rerank.create")
_RESPONSES__CREATE = Endpoint("responses.create")
_RESPONSES__RETRIEVE = Endpoint("responses.retrieve")
_RESPONSES__LIST_PAGE = Endpoint("responses.list_page")
_RESPONSES__DELETE = Endpoint("responses.delete")
_IMAGES__FLUX = Endpoint("images.flux")
_IMAGES__KONTEXT__SUBMIT = Endpoint("images.kontext.submit")
_IMAGES__KONTEXT__RESULT = Endpoint("images.kontext.result")
_IMAGES__GENERATE = Endpoint("images.generate")
_IMAGES__IMAGE_TO_IMAGE = Endpoint("images.image_to_image")
_IMAGES__CONTROL_NET = Endpoint("images.control_net")
_MODELS__LIST = Endpoint("models.list")


class ChatResources:
    """``client.chat``: holds completions."""

    completions: ChatCompletionsOperations

    def __init__(self, client: SyncAPIClient) -> None:
        self.completions = ChatCompletionsOperations(client)


class AsyncChatResources:
    """``client.chat``: holds completions."""

    completions: AsyncChatCompletionsOperations

    def __init__(self, client: AsyncAPIClient) -> None:
        self.completions = AsyncChatCompletionsOperations(client)


class ChatCompletionsOperations(SyncResource):
    """``client.chat.completions``, as the spec describes it."""

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> Stream[ChatCompletionStreamResponse]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse | Stream[ChatCompletionStreamResponse]:
        """Create Chat Completion (``POST /inference/v1/chat/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _CHAT__COMPLETIONS__CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> ChatCompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ChatCompletionsOperationsWithRawResponse(self)


class ChatCompletionsOperationsWithRawResponse:
    """The methods of :class:`ChatCompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: ChatCompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncChatCompletionsOperations(AsyncResource):
    """``client.chat.completions``, as the spec describes it."""

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> AsyncStream[ChatCompletionStreamResponse]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChatCompletionRequestParams],
    ) -> ChatCompletionResponse | AsyncStream[ChatCompletionStreamResponse]:
        """Create Chat Completion (``POST /inference/v1/chat/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _CHAT__COMPLETIONS__CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> AsyncChatCompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncChatCompletionsOperationsWithRawResponse(self)


class AsyncChatCompletionsOperationsWithRawResponse:
    """The methods of :class:`AsyncChatCompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncChatCompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)


class CompletionsOperations(SyncResource):
    """``client.completions``, as the spec describes it."""

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> Stream[CompletionStreamResponse]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse | Stream[CompletionStreamResponse]:
        """Create Completion (``POST /inference/v1/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _COMPLETIONS__CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> CompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return CompletionsOperationsWithRawResponse(self)


class CompletionsOperationsWithRawResponse:
    """The methods of :class:`CompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: CompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncCompletionsOperations(AsyncResource):
    """``client.completions``, as the spec describes it."""

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> AsyncStream[CompletionStreamResponse]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CompletionRequestParams],
    ) -> CompletionResponse | AsyncStream[CompletionStreamResponse]:
        """Create Completion (``POST /inference/v1/completions``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _COMPLETIONS__CREATE,
            params,
            extra_body,
            options,
            stream=stream,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> AsyncCompletionsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncCompletionsOperationsWithRawResponse(self)


class AsyncCompletionsOperationsWithRawResponse:
    """The methods of :class:`AsyncCompletionsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncCompletionsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)


class EmbeddingsOperations(SyncResource):
    """``client.embeddings``, as the spec describes it."""

    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingRequestParams],
    ) -> CreateEmbeddingResponse:
        """Create embeddings (``POST /inference/v1/embeddings``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _EMBEDDINGS__CREATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> EmbeddingsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return EmbeddingsOperationsWithRawResponse(self)


class EmbeddingsOperationsWithRawResponse:
    """The methods of :class:`EmbeddingsOperations`, answering a RawResponse."""

    def __init__(self, resource: EmbeddingsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncEmbeddingsOperations(AsyncResource):
    """``client.embeddings``, as the spec describes it."""

    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateEmbeddingRequestParams],
    ) -> CreateEmbeddingResponse:
        """Create embeddings (``POST /inference/v1/embeddings``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _EMBEDDINGS__CREATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> AsyncEmbeddingsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncEmbeddingsOperationsWithRawResponse(self)


class AsyncEmbeddingsOperationsWithRawResponse:
    """The methods of :class:`AsyncEmbeddingsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncEmbeddingsOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)


class RerankOperations(SyncResource):
    """``client.rerank``, as the spec describes it."""

    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateRerankRequestParams],
    ) -> CreateRerankResponse:
        """Rerank documents (``POST /inference/v1/rerank``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _RERANK__CREATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> RerankOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return RerankOperationsWithRawResponse(self)


class RerankOperationsWithRawResponse:
    """The methods of :class:`RerankOperations`, answering a RawResponse."""

    def __init__(self, resource: RerankOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncRerankOperations(AsyncResource):
    """``client.rerank``, as the spec describes it."""

    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateRerankRequestParams],
    ) -> CreateRerankResponse:
        """Rerank documents (``POST /inference/v1/rerank``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _RERANK__CREATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    @property
    def with_raw_response(self) -> AsyncRerankOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncRerankOperationsWithRawResponse(self)


class AsyncRerankOperationsWithRawResponse:
    """The methods of :class:`AsyncRerankOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncRerankOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)


class ResponsesOperations(SyncResource):
    """``client.responses``, as the spec describes it."""

    def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateResponseParams],
    ) -> Response:
        """Create Response (``POST /inference/v1/responses``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__CREATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    def retrieve(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Get Response (``GET /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__RETRIEVE,
            {"response_id": response_id},
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("retrieve"),
        )

    def list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> ResponseList:
        """List Responses (``GET /inference/v1/responses``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__LIST_PAGE,
            params,
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("list_page"),
        )

    def delete(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteResponse:
        """Delete Response (``DELETE /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__DELETE,
            {"response_id": response_id},
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("delete"),
        )

    @property
    def with_raw_response(self) -> ResponsesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ResponsesOperationsWithRawResponse(self)


class ResponsesOperationsWithRawResponse:
    """The methods of :class:`ResponsesOperations`, answering a RawResponse."""

    def __init__(self, resource: ResponsesOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.list_page = to_raw(raw.list_page)
        self.delete = to_raw(raw.delete)


class AsyncResponsesOperations(AsyncResource):
    """``client.responses``, as the spec describes it."""

    async def create(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateResponseParams],
    ) -> Response:
        """Create Response (``POST /inference/v1/responses``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__CREATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("create"),
        )

    async def retrieve(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Get Response (``GET /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__RETRIEVE,
            {"response_id": response_id},
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("retrieve"),
        )

    async def list_page(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ListResponsesParams],
    ) -> ResponseList:
        """List Responses (``GET /inference/v1/responses``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__LIST_PAGE,
            params,
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("list_page"),
        )

    async def delete(
        self,
        response_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteResponse:
        """Delete Response (``DELETE /inference/v1/responses/{response_id}``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _RESPONSES__DELETE,
            {"response_id": response_id},
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("delete"),
        )

    @property
    def with_raw_response(self) -> AsyncResponsesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncResponsesOperationsWithRawResponse(self)


class AsyncResponsesOperationsWithRawResponse:
    """The methods of :class:`AsyncResponsesOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncResponsesOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.list_page = to_raw_async(raw.list_page)
        self.delete = to_raw_async(raw.delete)


class ImagesOperations(SyncResource):
    """``client.images``, as the spec describes it."""

    def flux(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateFluxImageParams],
    ) -> CreateFluxImageResponse200:
        """Generate an image with FLUX.1 [schnell] FP8 (``POST
        /inference/v1/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _IMAGES__FLUX,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("flux"),
        )

    def generate(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageRequestParams],
    ) -> list[ImageArtifact]:
        """Generate a new image from a text prompt (``POST
        /inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-
        xl-1024-v1-0``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _IMAGES__GENERATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("generate"),
        )

    def image_to_image(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageToImageRequestParams],
    ) -> list[ImageArtifact]:
        """Generate a new image from an image (``POST
        /inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-
        xl-1024-v1-0/image_to_image``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _IMAGES__IMAGE_TO_IMAGE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("image_to_image"),
        )

    def control_net(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateControlNetRequestParams],
    ) -> list[ImageArtifact]:
        """Generate a new image using ControlNet with provided image as a guidance (``POST
        /inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-
        xl-1024-v1-0/control_net``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _IMAGES__CONTROL_NET,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("control_net"),
        )

    @property
    def kontext(self) -> ImagesKontextOperations:
        return ImagesKontextOperations(self._client, raw=self._raw)

    @property
    def with_raw_response(self) -> ImagesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ImagesOperationsWithRawResponse(self)


class ImagesOperationsWithRawResponse:
    """The methods of :class:`ImagesOperations`, answering a RawResponse."""

    def __init__(self, resource: ImagesOperations) -> None:
        raw = resource._raw_copy()
        self.flux = to_raw(raw.flux)
        self.generate = to_raw(raw.generate)
        self.image_to_image = to_raw(raw.image_to_image)
        self.control_net = to_raw(raw.control_net)


class AsyncImagesOperations(AsyncResource):
    """``client.images``, as the spec describes it."""

    async def flux(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateFluxImageParams],
    ) -> CreateFluxImageResponse200:
        """Generate an image with FLUX.1 [schnell] FP8 (``POST
        /inference/v1/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _IMAGES__FLUX,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("flux"),
        )

    async def generate(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageRequestParams],
    ) -> list[ImageArtifact]:
        """Generate a new image from a text prompt (``POST
        /inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-
        xl-1024-v1-0``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _IMAGES__GENERATE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("generate"),
        )

    async def image_to_image(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateImageToImageRequestParams],
    ) -> list[ImageArtifact]:
        """Generate a new image from an image (``POST
        /inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-
        xl-1024-v1-0/image_to_image``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _IMAGES__IMAGE_TO_IMAGE,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("image_to_image"),
        )

    async def control_net(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateControlNetRequestParams],
    ) -> list[ImageArtifact]:
        """Generate a new image using ControlNet with provided image as a guidance (``POST
        /inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-
        xl-1024-v1-0/control_net``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _IMAGES__CONTROL_NET,
            params,
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("control_net"),
        )

    @property
    def kontext(self) -> AsyncImagesKontextOperations:
        return AsyncImagesKontextOperations(self._client, raw=self._raw)

    @property
    def with_raw_response(self) -> AsyncImagesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncImagesOperationsWithRawResponse(self)


class AsyncImagesOperationsWithRawResponse:
    """The methods of :class:`AsyncImagesOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncImagesOperations) -> None:
        raw = resource._raw_copy()
        self.flux = to_raw_async(raw.flux)
        self.generate = to_raw_async(raw.generate)
        self.image_to_image = to_raw_async(raw.image_to_image)
        self.control_net = to_raw_async(raw.control_net)


class ImagesKontextOperations(SyncResource):
    """``client.images.kontext``, as the spec describes it."""

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
        return self._client._call(  # type: ignore[no-any-return]
            _IMAGES__KONTEXT__SUBMIT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("submit"),
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
        return self._client._call(  # type: ignore[no-any-return]
            _IMAGES__KONTEXT__RESULT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("result"),
        )

    @property
    def with_raw_response(self) -> ImagesKontextOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ImagesKontextOperationsWithRawResponse(self)


class ImagesKontextOperationsWithRawResponse:
    """The methods of :class:`ImagesKontextOperations`, answering a RawResponse."""

    def __init__(self, resource: ImagesKontextOperations) -> None:
        raw = resource._raw_copy()
        self.submit = to_raw(raw.submit)
        self.result = to_raw(raw.result)


class AsyncImagesKontextOperations(AsyncResource):
    """``client.images.kontext``, as the spec describes it."""

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
        return await self._client._call(  # type: ignore[no-any-return]
            _IMAGES__KONTEXT__SUBMIT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("submit"),
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
        return await self._client._call(  # type: ignore[no-any-return]
            _IMAGES__KONTEXT__RESULT,
            {"model": model, **params},
            extra_body,
            options,
            raw=self._raw,
            parse=self._parsers.get("result"),
        )

    @property
    def with_raw_response(self) -> AsyncImagesKontextOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncImagesKontextOperationsWithRawResponse(self)


class AsyncImagesKontextOperationsWithRawResponse:
    """The methods of :class:`AsyncImagesKontextOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncImagesKontextOperations) -> None:
        raw = resource._raw_copy()
        self.submit = to_raw_async(raw.submit)
        self.result = to_raw_async(raw.result)


class ModelsOperations(SyncResource):
    """``client.models``, as the spec describes it."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the models available to the account (``GET /inference/v1/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client._call(  # type: ignore[no-any-return]
            _MODELS__LIST,
            {},
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("list"),
        )

    @property
    def with_raw_response(self) -> ModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return ModelsOperationsWithRawResponse(self)


class ModelsOperationsWithRawResponse:
    """The methods of :class:`ModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: ModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw(raw.list)


class AsyncModelsOperations(AsyncResource):
    """``client.models``, as the spec describes it."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the models available to the account (``GET /inference/v1/models``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client._call(  # type: ignore[no-any-return]
            _MODELS__LIST,
            {},
            None,
            options,
            raw=self._raw,
            parse=self._parsers.get("list"),
        )

    @property
    def with_raw_response(self) -> AsyncModelsOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncModelsOperationsWithRawResponse(self)


class AsyncModelsOperationsWithRawResponse:
    """The methods of :class:`AsyncModelsOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncModelsOperations) -> None:
        raw = resource._raw_copy()
        self.list = to_raw_async(raw.list)


class FireworksResources:
    """The top-level resources of the synchronous client, as its attributes.

    The client calls ``_attach_resources`` once made; ``_resource_classes`` gives a
    resource's hand-written subclass (by attribute name) to make instead."""

    chat: ChatResources
    completions: CompletionsOperations
    embeddings: EmbeddingsOperations
    rerank: RerankOperations
    responses: ResponsesOperations
    images: ImagesOperations
    models: ModelsOperations
    _resource_classes: ClassVar[Mapping[str, Callable[[Any], Any]]]
    _resource_classes = MappingProxyType({})

    def _attach_resources(self, client: SyncAPIClient) -> None:
        classes = self._resource_classes
        self.chat = classes.get("chat", ChatResources)(client)
        self.completions = classes.get("completions", CompletionsOperations)(client)
        self.embeddings = classes.get("embeddings", EmbeddingsOperations)(client)
        self.rerank = classes.get("rerank", RerankOperations)(client)
        self.responses = classes.get("responses", ResponsesOperations)(client)
        self.images = classes.get("images", ImagesOperations)(client)
        self.models = classes.get("models", ModelsOperations)(client)


class AsyncFireworksResources:
    """The top-level resources of the asynchronous client, as its attributes.

    The client calls ``_attach_resources`` once made; ``_resource_classes`` gives a
    resource's hand-written subclass (by attribute name) to make instead."""

    chat: AsyncChatResources
    completions: AsyncCompletionsOperations
    embeddings: AsyncEmbeddingsOperations
    rerank: AsyncRerankOperations
    responses: AsyncResponsesOperations
    images: AsyncImagesOperations
    models: AsyncModelsOperations
    _resource_classes: ClassVar[Mapping[str, Callable[[Any], Any]]]
    _resource_classes = MappingProxyType({})

    def _attach_resources(self, client: AsyncAPIClient) -> None:
        classes = self._resource_classes
        self.chat = classes.get("chat", AsyncChatResources)(client)
        self.completions = classes.get("completions", AsyncCompletionsOperations)(
            client
        )
        self.embeddings = classes.get("embeddings", AsyncEmbeddingsOperations)(client)
        self.rerank = classes.get("rerank", AsyncRerankOperations)(client)
        self.responses = classes.get("responses", AsyncResponsesOperations)(client)
        self.images = classes.get("images", AsyncImagesOperations)(client)
        self.models = classes.get("models", AsyncModelsOperations)(client)
