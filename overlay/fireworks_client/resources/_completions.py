"""``client.completions``: POST /completions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from fireworks_client._streaming import AsyncStream, Stream
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.resources import _lazy as _fast
from fireworks_client.resources._shared import (
    Resource,
    create_async,
    create_sync,
    options,
    wire_body,
)

if TYPE_CHECKING:
    from fireworks_api.models import CreateCompletionResponse, CreateCompletionStreamResponse
    from fireworks_api.params import CreateCompletionParams


__all__ = ["AsyncCompletions", "Completions"]

PATH = "/completions"


class Completions(Resource):
    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCompletionParams],
    ) -> CreateCompletionResponse: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCompletionParams],
    ) -> Stream[CreateCompletionStreamResponse]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCompletionParams],
    ) -> CreateCompletionResponse | Stream[CreateCompletionStreamResponse]:
        """Create a text completion; with ``stream=True``, a :class:`Stream` of chunks.

        Only the parameters you pass are sent; ``extra_body`` adds fields the spec does not
        know yet. ``context_length_exceeded_behavior="error"`` makes an over-long prompt
        raise :class:`ContextLengthExceededError`."""
        body = wire_body(params, extra_body, stream=stream)
        opts = options(extra_headers, timeout, max_retries)
        return create_sync(
            self._client,
            PATH,
            body,
            opts,
            stream=stream,
            parse=_fast.completion,
            parse_chunk=_fast.completion_chunk,
        )


class AsyncCompletions(Resource):
    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCompletionParams],
    ) -> CreateCompletionResponse: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCompletionParams],
    ) -> AsyncStream[CreateCompletionStreamResponse]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateCompletionParams],
    ) -> CreateCompletionResponse | AsyncStream[CreateCompletionStreamResponse]:
        """As :meth:`Completions.create`, awaited; streams are :class:`AsyncStream`."""
        body = wire_body(params, extra_body, stream=stream)
        opts = options(extra_headers, timeout, max_retries)
        return await create_async(
            self._client,
            PATH,
            body,
            opts,
            stream=stream,
            parse=_fast.completion,
            parse_chunk=_fast.completion_chunk,
        )
