"""Streams and clients over their lifetime: a stream left early or never started gives its
connection back by reference counting alone (no cyclic GC, which could run inside httpcore's
pool lock and deadlock); the body after [DONE] is drained within bounds, else the connection is
dropped; the SSE decoder stays linear in a line's length; the legacy API keeps its positional
timeout and no key in its state."""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_client import _streaming, legacy
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import MockServer

from tests._raw_http import RawHTTPServer, chunked

KEY = "fw-test-key-lifecycle-never-shown"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "Tell me a long story about lighthouses"}]
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
CHUNK = (
    b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m",'
    b'"choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":null}]}\n\n'
)
DONE = b"data: [DONE]\n\n"
# The longest any event here may take; the failures these tests catch take 120 s (the read
# timeout the clients are given) or forever.
WAIT = 30


class RawServer(RawHTTPServer):
    """One answer per request, keeping the connection. ``hold``: after [DONE] the body stays
    open (no last chunk) until the client closes the connection or the server stops.
    ``between``: the last chunk is sent only once it is set."""

    def __init__(
        self, *, hold: bool = False, between: threading.Event | None = None, request_id: str = ""
    ) -> None:
        super().__init__()
        self.hold, self.between, self.request_id = hold, between, request_id
        self.client_closed = threading.Event()  # the client dropped a held connection

    def stopping(self) -> None:
        if self.between is not None:
            self.between.set()

    def answer(self, conn: socket.socket, body: bytes) -> bool:
        extra = f"x-request-id: {self.request_id}\r\n".encode() if self.request_id else b""
        conn.sendall(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            b"transfer-encoding: chunked\r\n" + extra + b"\r\n" + chunked(CHUNK + DONE)
        )
        if self.hold:
            if conn.recv(1) == b"":  # a held body ends only with the client's close
                self.client_closed.set()
            return False
        if self.between is not None:
            self.between.wait(WAIT)
        conn.sendall(b"0\r\n\r\n")
        return True


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# --- a stream left early: closed when dropped, by reference counting ------------------------


@pytest.mark.usefixtures("no_cyclic_gc")
def test_a_stream_left_with_break_closes_when_dropped(server: MockServer) -> None:
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, limits=ONE_CONNECTION) as client:
        for _ in range(30):  # one connection: a stream that kept it would stall the next
            stream = client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, timeout=5
            )
            response = stream.response
            for _chunk in stream:
                break
            del stream, _chunk
            assert response.is_closed
        assert client.models.list().data


def test_a_loop_of_breaks_completes_with_the_cyclic_gc_on(server: MockServer) -> None:
    """The probe's deadlock: a stream in a cycle, freed by the GC while httpcore holds its pool
    lock, waits on that lock forever. A low threshold makes the GC run often, inside the lock
    too; the loop runs in a thread, so a deadlock fails the test instead of hanging it."""
    finished = threading.Event()
    errors: list[BaseException] = []

    def loop(client: fw.Fireworks) -> None:
        try:
            for _ in range(150):
                for _chunk in client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True, timeout=WAIT
                ):
                    break
            finished.set()
        except BaseException as exc:
            errors.append(exc)
            finished.set()

    thresholds = gc.get_threshold()
    gc.set_threshold(50, 2, 2)
    try:
        client = fw.Fireworks(api_key=KEY, base_url=server.base_url, limits=ONE_CONNECTION)
        threading.Thread(target=loop, args=(client,), daemon=True).start()
        assert finished.wait(WAIT * 2), "the loop of breaks is stuck"
    finally:
        gc.set_threshold(*thresholds)
    assert not errors
    client.close()


@pytest.mark.usefixtures("no_cyclic_gc")
def test_an_async_stream_left_with_break_is_freed_by_reference_counting(
    server: MockServer,
) -> None:
    async def main() -> None:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            stream = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, timeout=5
            )
            async for _chunk in stream:
                break
            gone = weakref.ref(stream)
            del stream
            assert gone() is None  # no cycle keeps it for the GC

    asyncio.run(main())


# --- a stream never started: its connection back when dropped -------------------------------


@pytest.mark.usefixtures("no_cyclic_gc")
def test_an_unstarted_stream_gives_its_connection_back_when_dropped(server: MockServer) -> None:
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, limits=ONE_CONNECTION) as client:
        for _ in range(5):
            stream = client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, timeout=5
            )
            response = stream.response
            del stream
            assert response.is_closed
        assert client.models.list(timeout=5).data


@pytest.mark.usefixtures("no_cyclic_gc")
def test_a_stream_iterated_without_a_name_and_one_whose_iterator_is_dropped_unstarted(
    server: MockServer,
) -> None:
    """Iterating a Stream gives its generator: the Stream itself may be gone at once (a for
    loop over the call) and the chunks still come; an iterator taken and dropped before its
    first chunk gives the connection back with the Stream."""
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, limits=ONE_CONNECTION) as client:
        for _ in range(3):
            texts = [
                chunk.choices[0].delta.content or ""
                for chunk in client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True, timeout=5
                )
                if chunk.choices
            ]
            assert "".join(texts)
        for _ in range(3):
            stream = client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, timeout=5
            )
            response = stream.response
            chunks = iter(stream)
            del stream
            assert not response.is_closed  # the iterator may still be read
            del chunks
            assert response.is_closed
        assert client.models.list(timeout=5).data


@pytest.mark.usefixtures("no_cyclic_gc")
@pytest.mark.parametrize("own_pool", [True, False], ids=["aiohttp", "httpx"])
def test_an_unstarted_async_stream_gives_its_connection_back(
    server: MockServer, own_pool: bool
) -> None:
    async def main() -> None:
        async with (
            httpx.AsyncClient(limits=ONE_CONNECTION) as http,
            fw.AsyncFireworks(
                api_key=KEY,
                base_url=server.base_url,
                **({"limits": ONE_CONNECTION} if own_pool else {"http_client": http}),
            ) as client,
        ):
            # One connection: each request waits for the previous stream's (5 s at most).
            for _ in range(3):
                stream = await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True, timeout=5
                )
                del stream
            assert (await client.models.list(timeout=5)).data
            await asyncio.gather(*_streaming._CLOSING)  # the finalizers' closes, if any left

    asyncio.run(main())


@pytest.mark.usefixtures("no_cyclic_gc")
def test_an_unstarted_async_stream_dropped_in_another_thread_gives_its_connection_back(
    server: MockServer,
) -> None:
    """httpx's async close belongs on the stream's loop; a finalizer in another thread (where
    no loop runs) hands it over."""

    async def main() -> None:
        async with (
            httpx.AsyncClient(limits=ONE_CONNECTION) as http,
            fw.AsyncFireworks(api_key=KEY, base_url=server.base_url, http_client=http) as client,
        ):
            held = [
                await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True, timeout=5
                )
            ]
            await asyncio.to_thread(held.clear)  # the last reference goes in that thread
            assert (await client.models.list(timeout=5)).data

    asyncio.run(main())


# --- the body after [DONE]: drained within bounds, else the connection dropped ---------------


def test_a_stream_held_open_after_done_ends_soon_and_drops_its_connection() -> None:
    done = threading.Event()
    got: list[str | None] = []

    def read(client: fw.Fireworks) -> None:
        stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        got.extend(chunk.choices[0].delta.content for chunk in stream)
        done.set()

    with (
        RawServer(hold=True) as raw,
        fw.Fireworks(api_key=KEY, base_url=raw.url, timeout=120, max_retries=0) as client,
    ):
        threading.Thread(target=read, args=(client,), daemon=True).start()
        assert done.wait(WAIT), "held for the read timeout after [DONE]"
        assert got == ["hi"]
        assert raw.client_closed.wait(WAIT)  # dropped, not pooled with a body still open


def test_the_end_of_the_body_after_done_keeps_the_connection() -> None:
    """The last chunk comes in a read of its own after [DONE]: the bounded drain reads it and
    the connection serves the next request, its socket untouched by the drain's watchdog."""
    between = threading.Event()
    with (
        RawServer(between=between) as raw,
        fw.Fireworks(api_key=KEY, base_url=raw.url, timeout=WAIT, max_retries=0) as client,
    ):
        stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        assert next(stream).choices[0].delta.content == "hi"
        between.set()  # [DONE] is read already; the end of the body follows
        assert list(stream) == []
        network = stream.response.extensions["network_stream"]
        assert "read" not in vars(network)  # no attribute of httpcore's is written
        for _ in range(2):
            assert [
                c.choices[0].delta.content
                for c in client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
            ] == ["hi"]
        assert raw.connections == 1


@pytest.mark.parametrize("own_pool", [True, False], ids=["aiohttp", "httpx"])
def test_an_async_stream_held_open_after_done_ends_soon(own_pool: bool) -> None:
    async def main(url: str) -> list[str | None]:
        extra: dict[str, Any] = {} if own_pool else {"http_client": httpx.AsyncClient()}
        async with fw.AsyncFireworks(
            api_key=KEY, base_url=url, timeout=120, max_retries=0, **extra
        ) as client:
            stream = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True
            )

            async def read() -> list[str | None]:
                return [chunk.choices[0].delta.content async for chunk in stream]

            return await asyncio.wait_for(read(), WAIT)  # 120 s if the drain waited

    with RawServer(hold=True) as raw:
        assert asyncio.run(main(raw.url)) == ["hi"]
        assert raw.client_closed.wait(WAIT)


# --- raw access ---------------------------------------------------------------------------


def test_stream_headers_status_and_request_id_before_the_first_chunk() -> None:
    async def main(url: str) -> tuple[int, str | None, str]:
        async with fw.AsyncFireworks(api_key=KEY, base_url=url, max_retries=0) as client:
            stream = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True
            )
            async with stream:
                return stream.status_code, stream.request_id, stream.headers["content-type"]

    with (
        RawServer(request_id="req-42") as raw,
        fw.Fireworks(api_key=KEY, base_url=raw.url, max_retries=0) as client,
    ):
        with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as s:
            assert isinstance(s.headers, httpx.Headers)
            assert (s.status_code, s.request_id) == (200, "req-42")
            assert s.headers["content-type"] == "text/event-stream"
            assert s.usage is None
        assert asyncio.run(main(raw.url)) == (200, "req-42", "text/event-stream")


# --- the decoder is linear in the length of a line -------------------------------------------


def test_a_long_line_is_never_joined_again_per_read() -> None:
    """Instrumented, not timed: a line fed in many reads is kept as the pieces it came in (no
    piece grows with the line, as re-joining on every read did: quadratic), and is joined once,
    when it ends."""
    decoder = SSEDecoder()
    piece = b"x" * 1000
    assert decoder.feed(b"data: ") == []
    for _ in range(500):
        assert decoder.feed(piece) == []
        assert max(map(len, decoder._pending)) <= len(piece)
    assert len(decoder._pending) == 501
    (event,) = decoder.feed(b"\n\n")
    assert len(event.data) == 500_000 and not decoder._pending


# --- legacy ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("no_cyclic_gc")
def test_a_legacy_stream_left_with_break_closes_when_dropped(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(legacy, "api_key", KEY)
    monkeypatch.setattr(legacy, "base_url", server.base_url)
    for _ in range(5):
        stream = legacy.ChatCompletion.create(MODEL, MESSAGES, 5, stream=True)
        response = stream.response
        for _chunk in stream:
            break
        del stream, _chunk
        assert response.is_closed


@pytest.mark.usefixtures("no_cyclic_gc")
def test_a_legacy_async_stream_left_with_break_is_freed(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(legacy, "api_key", KEY)
    monkeypatch.setattr(legacy, "base_url", server.base_url)

    async def main() -> None:
        chunks = legacy.ChatCompletion.acreate(MODEL, MESSAGES, 5, stream=True)
        async for _chunk in chunks:
            break
        inner = weakref.ref(chunks.ag_frame.f_locals["stream"])
        del chunks, _chunk
        # asyncio's finalizer hook schedules the wrapper's close (call_soon): let it start,
        # then wait for it and whatever it started.
        await asyncio.sleep(0)
        await asyncio.gather(*(asyncio.all_tasks() - {asyncio.current_task()}))
        assert inner() is None

    asyncio.run(main())


def test_legacy_acreate_honours_a_positional_timeout() -> None:
    with socket.socket() as listener:  # takes connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"

        async def main() -> None:
            legacy.api_key, legacy.base_url = KEY, url
            try:
                call = legacy.ChatCompletion.acreate(MODEL, MESSAGES, 0.2, max_retries=0)
                with pytest.raises(fw.APITimeoutError):
                    await asyncio.wait_for(call, 10)  # 600 s if the 0.2 were dropped
                chunks = legacy.Completion.acreate(MODEL, "Once", 0.2, True, max_retries=0)
                with pytest.raises(fw.APITimeoutError):
                    await asyncio.wait_for(anext(chunks), 10)
            finally:
                legacy.api_key = legacy.base_url = None

        asyncio.run(main())


def test_legacy_state_holds_no_key(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "api_key", KEY)
    monkeypatch.setattr(legacy, "base_url", server.base_url)
    legacy.Model.list()
    stream = legacy.ChatCompletion.create(MODEL, MESSAGES, stream=True)
    chunks = legacy.ChatCompletion.acreate(MODEL, MESSAGES, stream=True)
    try:
        shown = repr(legacy._sync) + repr(legacy._async) + repr(stream) + repr(chunks)
        shown += repr(vars(legacy.ChatCompletion)) + repr(vars(legacy.Completion))
        shown += repr(chunks.ag_frame.f_locals)
        assert "Fireworks" in shown and KEY not in shown
    finally:
        stream.close()
        asyncio.run(chunks.aclose())
