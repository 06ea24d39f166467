"""Streams of typed chunks over server-sent events, sync and async.

A stream is an iterator and a context manager, and always closes its response. How its events
are framed is the spec's (``x-fireworks-sse``, described per operation in
``fireworks_api.operations`` as an :class:`EventStream`): it ends at its terminator
(``data: [DONE]``: chat, completions) or, for named events (Anthropic's messages), at its end
event (``event: message_stop``, the last chunk); a stream that ends without it raises
:class:`IncompleteStreamError`, so a broken stream never looks complete. An in-band error
event (``data: {"error": ...}``, or the declared ``event: error``) raises the
:class:`APIStatusError` of its type (the table in ``_exceptions``); a network error
or timeout while reading raises :class:`APIConnectionError` / :class:`APITimeoutError`.
``usage`` holds the usage of whichever chunk carried it. After the terminator the rest of the
body (normally nothing) is read,
so the connection goes back to the pool for the next request instead of being dropped; that
read is bounded in bytes and in time per stream, and past either bound the connection is
dropped instead (``_drain``).

A stream holds no reference to itself (its generator is a function of a state object, not a
method), so one that is dropped, read or not, closes its response by reference counting, at
once, without waiting for the cyclic GC (which may run inside httpcore's pool lock, where that
close would wait forever).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from fireworks_client._drain import adrain, drain
from fireworks_client._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    IncompleteStreamError,
    connection_error,
    status_error,
    status_of_type,
)
from fireworks_client._json import decoder, loads
from fireworks_client._sse import ServerSentEvent, SSEDecoder

# asyncio and httpcore are imported where they are used: by then they are loaded (an async
# stream runs in asyncio; a network stream comes from httpcore), and `import fireworks_client`
# stays cheap.
if TYPE_CHECKING:
    import asyncio

    from fireworks_api.operations import EventStream, Operation

__all__ = ["AsyncStream", "Framing", "Stream", "event_stream_of"]

T = TypeVar("T")


class Framing(Protocol):
    """How a stream's events are framed, as the spec declares it: the generated
    ``EventStream`` of an operation's description, or its ``Endpoint``."""

    @property
    def terminator(self) -> str | None:
        """The ``data`` of the event that ends the stream; None: the body's end ends it."""

    @property
    def error_key(self) -> str | None:
        """The member of an event's object that makes it an in-band error; None: none."""

    @property
    def end_event(self) -> str | None:
        """The name of the event that ends the stream (named events: Anthropic's)."""

    @property
    def error_event(self) -> str | None:
        """The name of the event whose data is an in-band error (named events)."""


def event_stream_of(operation: Operation) -> EventStream:
    """How the operation's stream is framed, as the spec declares it."""
    events = operation.event_stream
    if events is None:
        raise TypeError(f"{operation.operation_id}: the spec gives no stream answer")
    return events


# Closes scheduled by finalizers: the loop keeps only weak references to its tasks.
_CLOSING: set[asyncio.Task[None]] = set()


async def _close_quietly(response: httpx.Response) -> None:
    # Started by a finalizer: nobody is left to tell that closing failed.
    with contextlib.suppress(Exception):
        await response.aclose()


def _schedule_close(response: httpx.Response) -> None:
    import asyncio  # noqa: PLC0415 - see the imports

    task = asyncio.get_running_loop().create_task(_close_quietly(response))
    _CLOSING.add(task)
    task.add_done_callback(_CLOSING.discard)


def _release_unawaited(response: httpx.Response, loop: asyncio.AbstractEventLoop | None) -> None:
    """Give back the connection of an async stream dropped before its first chunk, from a
    finalizer, which cannot await. aiohttp's answer releases at once and synchronously (an
    unread body closes its connection). httpx's async close must run on the stream's own loop
    (its locks and sockets belong to it): a task there, scheduled thread-safely, since a
    finalizer may run in any thread. A loop that has ended took its connections with it."""
    release = getattr(response.stream, "release", None)
    if callable(release):
        release()
        return
    if loop is None or loop.is_closed():
        return
    import asyncio  # noqa: PLC0415 - see the imports

    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        _schedule_close(response)
    else:
        with contextlib.suppress(RuntimeError):  # closed meanwhile
            loop.call_soon_threadsafe(_schedule_close, response)


class _StreamState(Generic[T]):
    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[dict[str, Any]], T],
        events: Framing,
    ) -> None:
        self.response = response
        self._parse = parse
        # None: no terminator (the body's end ends the stream), no in-band error
        self._terminator = events.terminator
        self._error_key = events.error_key
        self._decoder = SSEDecoder()
        self.usage: Any = None
        self.done = False
        self.started = False
        self.close_unstarted = False  # a sync Stream's: see __del__

    def __del__(self) -> None:
        # The last of a sync Stream and its generator dropped before the first chunk: the
        # generator never ran, so its `finally` will not close the response; give the
        # connection back here. (Once started, dropping the generator runs that `finally`.)
        # Only the state knows when both are gone, and it is in no cycle: reference counting
        # runs this at once. An async stream's response closes asynchronously (AsyncStream).
        if self.close_unstarted and not self.started:
            self.response.close()

    def events(self, chunk: bytes) -> Iterator[T]:
        if self.done:
            return
        terminator, error_key, parse = self._terminator, self._error_key, self._parse
        decode = decoder()
        for data in self._decoder.feed_data(chunk):
            if data == terminator:
                self.done = True
                return
            # _chunk, inline (this loop runs once per streamed chunk): the common chunk, one
            # JSON object that is no in-band error, with no call of ours around its parser.
            try:
                obj = decode(data)
            except ValueError:  # not JSON to msgspec: _chunk asks json.loads, as for any odd event
                yield self._chunk(data)
                continue
            if type(obj) is not dict or error_key in obj:
                yield self._chunk(data)
                continue
            try:
                parsed = parse(obj)
            except ValueError as exc:  # the models' parser raises SchemaMismatch, a ValueError
                raise self._mismatch(exc, obj) from exc
            if obj.get("usage"):  # on the dict: cheaper than asking the model on every chunk
                self.usage = getattr(parsed, "usage", None)
            yield parsed

    def end(self) -> Iterator[T]:
        if self.done:
            return
        events, _ = self._decoder.close()
        for event in events:
            if event.data == self._terminator:
                self.done = True
                return
            yield self._chunk(event.data)
        if self._terminator is None:  # a stream without terminator ends with its body
            self.done = True
            return
        raise IncompleteStreamError(
            f"The stream ended before `data: {self._terminator}`: the answer is incomplete",
            request=self.response.request,
        )

    def _chunk(self, data: str) -> T:
        try:
            obj = loads(data)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"A stream event is not JSON: {data[:100]!r}", response=self.response, body=data
            ) from exc
        # An error key of None is in no JSON object: a stream that declares no error has none.
        if type(obj) is not dict or self._error_key in obj:
            self._odd_event(obj, data)
        try:
            parsed = self._parse(obj)
        except ValueError as exc:  # the models' parser raises SchemaMismatch, a ValueError
            raise self._mismatch(exc, obj) from exc
        if obj.get("usage"):  # on the dict: cheaper than asking the model on every chunk
            self.usage = getattr(parsed, "usage", None)
        return parsed

    def _mismatch(self, exc: ValueError, obj: Any) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"A stream chunk does not match the spec: {exc}", response=self.response, body=obj
        )

    def _odd_event(self, obj: Any, data: str) -> None:
        """An in-band error raises its API error; anything but an object is malformed."""
        key = self._error_key
        if isinstance(obj, dict) and key is not None and key in obj:
            error = obj[key]
            kind = error.get("type") if isinstance(error, dict) else None
            raise status_error(self.response, obj, status_code=status_of_type(kind))
        if not isinstance(obj, dict):
            raise APIResponseValidationError(
                f"A stream event is not an object: {data[:100]!r}", response=self.response, body=obj
            )

    def wrap(self, exc: httpx.TransportError) -> APIConnectionError:
        return connection_error(exc, self.response.request, streaming=True)

    def undecodable(self, exc: httpx.DecodingError) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"The stream does not decode as its Content-Encoding says: {exc}",
            response=self.response,
        )


class _NamedStreamState(_StreamState[T]):
    """A stream of named events (Anthropic's dialect): each event is a chunk; the declared end
    event (``message_stop``) is the last one; the declared error event raises its API error,
    the status from its ``error.type`` by the one table. Apart from chat's state so that the
    chat stream's hot loop stays as it is."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[dict[str, Any]], T],
        events: Framing,
    ) -> None:
        super().__init__(response, parse, events)
        self._end_event = events.end_event
        self._error_event = events.error_event

    def events(self, chunk: bytes) -> Iterator[T]:
        for event in self._decoder.feed(chunk):
            if self.done:
                return
            yield from self._named(event)

    def end(self) -> Iterator[T]:
        if self.done:
            return
        events, _ = self._decoder.close()
        for event in events:
            yield from self._named(event)
            if self.done:
                return
        if self._end_event is None:
            self.done = True
            return
        raise IncompleteStreamError(
            f"The stream ended before `event: {self._end_event}`: the answer is incomplete",
            request=self.response.request,
        )

    def _named(self, event: ServerSentEvent) -> Iterator[T]:
        if event.event == self._error_event:
            obj = self._decoded(event.data)
            error = obj.get("error") if isinstance(obj, dict) else None
            kind = error.get("type") if isinstance(error, dict) else None
            raise status_error(self.response, obj, status_code=status_of_type(kind))
        parsed = self._chunk(event.data)
        if event.event == self._end_event:
            self.done = True
        yield parsed

    def _decoded(self, data: str) -> Any:
        try:
            return loads(data)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"A stream event is not JSON: {data[:100]!r}", response=self.response, body=data
            ) from exc


def _state(
    response: httpx.Response, parse: Callable[[dict[str, Any]], T], events: Framing
) -> _StreamState[T]:
    named = events.end_event is not None or events.error_event is not None
    return (_NamedStreamState if named else _StreamState)(response, parse, events)


def _chunks(state: _StreamState[T]) -> Generator[T, None, None]:
    state.started = True
    try:
        try:
            chunks = state.response.iter_bytes()
            for raw in chunks:
                yield from state.events(raw)
                if state.done:
                    drain(state.response, chunks)
                    return
        except httpx.TransportError as exc:
            raise state.wrap(exc) from exc
        except httpx.DecodingError as exc:
            raise state.undecodable(exc) from exc
        yield from state.end()
    finally:
        state.response.close()


async def _achunks(state: _StreamState[T]) -> AsyncGenerator[T, None]:
    state.started = True
    try:
        try:
            chunks = state.response.aiter_bytes()
            async for raw in chunks:
                for item in state.events(raw):
                    yield item
                if state.done:
                    await adrain(state.response, chunks)
                    return
        except httpx.TransportError as exc:
            raise state.wrap(exc) from exc
        except httpx.DecodingError as exc:
            raise state.undecodable(exc) from exc
        for item in state.end():
            yield item
    finally:
        await state.response.aclose()


class Stream(Generic[T]):
    """An iterator of typed chunks; use it in a ``with`` block or iterate it to the end."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[dict[str, Any]], T],
        events: Framing,
    ) -> None:
        self._state = _state(response, parse, events)
        # Who gives the connection back if no chunk is ever asked for: the state, when the
        # last of this Stream and its generator is dropped (see _StreamState.__del__).
        self._state.close_unstarted = True
        # A function of the state, not a method: the generator must not hold the Stream, or a
        # stream left with `break` would be a cycle that only the cyclic GC frees, possibly
        # while httpcore holds its pool lock (the close then waits on it forever).
        self._iterator = _chunks(self._state)

    @property
    def response(self) -> httpx.Response:
        return self._state.response

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers, there before the first chunk."""
        return self._state.response.headers

    @property
    def status_code(self) -> int:
        return self._state.response.status_code

    @property
    def request_id(self) -> str | None:
        value: str | None = self._state.response.headers.get("x-request-id")
        return value

    @property
    def usage(self) -> Any:
        """Usage, once a chunk has carried it (the last one does)."""
        return self._state.usage

    def __iter__(self) -> Iterator[T]:
        # The generator itself: a for loop's every chunk then costs no call of ours (~2% of a
        # chunk's CPU, make bench). The Stream may be dropped meanwhile (`for c in create(...)`):
        # the generator holds the state, which closes an unstarted response only when both
        # are gone.
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        self._iterator.close()
        self._state.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """An async iterator of typed chunks; use it in an ``async with`` block or iterate it."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[dict[str, Any]], T],
        events: Framing,
    ) -> None:
        self._state = _state(response, parse, events)
        self._iterator = _achunks(self._state)  # not a method: no cycle (see Stream)
        import asyncio  # noqa: PLC0415 - see the imports

        try:  # the loop an unstarted stream's finalizer closes the response on
            self._loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None

    @property
    def response(self) -> httpx.Response:
        return self._state.response

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers, there before the first chunk."""
        return self._state.response.headers

    @property
    def status_code(self) -> int:
        return self._state.response.status_code

    @property
    def request_id(self) -> str | None:
        value: str | None = self._state.response.headers.get("x-request-id")
        return value

    @property
    def usage(self) -> Any:
        return self._state.usage

    def __del__(self) -> None:
        # Unstarted: as Stream.__del__. Started: asyncio's finalizer hook for async generators
        # schedules the generator's close, whose `finally` closes the response.
        state = getattr(self, "_state", None)
        if state is not None and not state.started:
            _release_unawaited(state.response, getattr(self, "_loop", None))

    def __aiter__(self) -> AsyncStream[T]:
        return self  # as Stream.__iter__

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self._state.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
