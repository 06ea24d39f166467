"""``client.messages``: its resource classes and its operations' endpoints, written by
codegen/resources.py from openapi3.names.yml and the description of each operation.

Do not edit: `make generate` writes this file. It imports the runtime of
fireworks_client (the request path, the resource base, the endpoint type), which never
imports it; models and parameters are imported for type checkers only, and load with
the first answer that needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from fireworks_client._operations import Endpoint
from fireworks_client._request_path import request_options
from fireworks_client._resource import AsyncResource, SyncResource
from fireworks_client._response import to_raw, to_raw_async
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import (
        AnthropicContentBlockDeltaEvent,
        AnthropicContentBlockStartEvent,
        AnthropicContentBlockStopEvent,
        AnthropicMessage,
        AnthropicMessageDeltaEvent,
        AnthropicMessageStartEvent,
        AnthropicMessageStopEvent,
        AnthropicPingEvent,
    )
    from fireworks_api.params import AnthropicCreateMessageParamsParams
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
    from fireworks_client._streaming import AsyncStream, Stream

__all__ = [
    "MESSAGES_CREATE",
    "AsyncMessagesOperations",
    "AsyncMessagesOperationsWithRawResponse",
    "MessagesOperations",
    "MessagesOperationsWithRawResponse",
]

MESSAGES_CREATE: Endpoint[
    AnthropicMessage,
    AnthropicContentBlockDeltaEvent
    | AnthropicContentBlockStartEvent
    | AnthropicContentBlockStopEvent
    | AnthropicMessageDeltaEvent
    | AnthropicMessageStartEvent
    | AnthropicMessageStopEvent
    | AnthropicPingEvent,
] = Endpoint(
    "messages.create",
    "POST",
    "/messages",
    request="application/json",
    answer="AnthropicMessage",
    chunk_variants={
        "message_start": "AnthropicMessageStartEvent",
        "content_block_start": "AnthropicContentBlockStartEvent",
        "content_block_delta": "AnthropicContentBlockDeltaEvent",
        "content_block_stop": "AnthropicContentBlockStopEvent",
        "message_delta": "AnthropicMessageDeltaEvent",
        "message_stop": "AnthropicMessageStopEvent",
        "ping": "AnthropicPingEvent",
    },
    chunk_discriminator="type",
    end_event="message_stop",
    error_event="error",
)


class MessagesOperations(SyncResource):
    """``client.messages``, as the spec describes it."""

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AnthropicCreateMessageParamsParams],
    ) -> AnthropicMessage: ...
    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AnthropicCreateMessageParamsParams],
    ) -> Stream[
        AnthropicContentBlockDeltaEvent
        | AnthropicContentBlockStartEvent
        | AnthropicContentBlockStopEvent
        | AnthropicMessageDeltaEvent
        | AnthropicMessageStartEvent
        | AnthropicMessageStopEvent
        | AnthropicPingEvent
    ]: ...
    def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AnthropicCreateMessageParamsParams],
    ) -> (
        AnthropicMessage
        | Stream[
            AnthropicContentBlockDeltaEvent
            | AnthropicContentBlockStartEvent
            | AnthropicContentBlockStopEvent
            | AnthropicMessageDeltaEvent
            | AnthropicMessageStartEvent
            | AnthropicMessageStopEvent
            | AnthropicPingEvent
        ]
    ):
        """Create a Message (``POST /inference/v1/messages``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return self._client.request(
            MESSAGES_CREATE, params, extra_body, options, stream=stream, raw=self._raw
        )

    @property
    def with_raw_response(self) -> MessagesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return MessagesOperationsWithRawResponse(self)


class MessagesOperationsWithRawResponse:
    """The methods of :class:`MessagesOperations`, answering a RawResponse."""

    def __init__(self, resource: MessagesOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw(raw.create)


class AsyncMessagesOperations(AsyncResource):
    """``client.messages``, as the spec describes it."""

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AnthropicCreateMessageParamsParams],
    ) -> AnthropicMessage: ...
    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AnthropicCreateMessageParamsParams],
    ) -> AsyncStream[
        AnthropicContentBlockDeltaEvent
        | AnthropicContentBlockStartEvent
        | AnthropicContentBlockStopEvent
        | AnthropicMessageDeltaEvent
        | AnthropicMessageStartEvent
        | AnthropicMessageStopEvent
        | AnthropicPingEvent
    ]: ...
    async def create(
        self,
        *,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AnthropicCreateMessageParamsParams],
    ) -> (
        AnthropicMessage
        | AsyncStream[
            AnthropicContentBlockDeltaEvent
            | AnthropicContentBlockStartEvent
            | AnthropicContentBlockStopEvent
            | AnthropicMessageDeltaEvent
            | AnthropicMessageStartEvent
            | AnthropicMessageStopEvent
            | AnthropicPingEvent
        ]
    ):
        """Create a Message (``POST /inference/v1/messages``)."""
        options = request_options(extra_headers, timeout, max_retries)
        return await self._client.request(
            MESSAGES_CREATE, params, extra_body, options, stream=stream, raw=self._raw
        )

    @property
    def with_raw_response(self) -> AsyncMessagesOperationsWithRawResponse:
        """These methods, answering a RawResponse (headers, status, request id)."""
        return AsyncMessagesOperationsWithRawResponse(self)


class AsyncMessagesOperationsWithRawResponse:
    """The methods of :class:`AsyncMessagesOperations`, answering a RawResponse."""

    def __init__(self, resource: AsyncMessagesOperations) -> None:
        raw = resource._raw_copy()
        self.create = to_raw_async(raw.create)
