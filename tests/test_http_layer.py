"""The HTTP layer under the clients, against a raw local server: the async client's JSON path
(aiohttp, answers read into BufferedResponse) and its fallback (httpx's own async transport)
give the same results and errors for answers the mock never sends (compressed, not JSON, not
the spec's shape, too slow) and for a port nobody listens on; streams and answers of both
clients share one kept-alive connection."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_client._wire import BufferedResponse, Prepared
from fireworks_client.mock import MockServer

KEY = "fw-test-key-json-path-never-shown"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "hi"}]
ANSWER = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": MODEL,
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


def _http(status: int, body: bytes, *headers: str) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"content-length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@dataclass
class Served:
    url: str
    heads: list[bytes] = field(default_factory=list)  # the request heads, in order
    connections: int = 0
    gate: asyncio.Event = field(default_factory=asyncio.Event)  # opened: answers may go
    written: asyncio.Event = field(default_factory=asyncio.Event)  # an answer is on the wire
    received: asyncio.Event = field(default_factory=asyncio.Event)  # a request has arrived


@asynccontextmanager
async def canned(answers: list[bytes], *, held: bool = False) -> AsyncIterator[Served]:
    """An HTTP/1.1 server on 127.0.0.1 giving ``answers`` in turn (the last one repeats),
    keeping connections alive; ``held``: none until ``served.gate`` is set. Stops when the
    block ends."""
    served = Served("")
    if not held:
        served.gate.set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        served.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                served.heads.append(head)
                served.received.set()
                await served.gate.wait()
                writer.write(answers[min(len(served.heads), len(answers)) - 1])
                await writer.drain()
                served.written.set()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    served.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    try:
        yield served
    finally:
        server.close()


TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "aiohttp": lambda: None,  # the default when aiohttp is installed: the JSON path
    "httpx": httpx.AsyncHTTPTransport,
}


@pytest.fixture(params=sorted(TRANSPORTS))
def transport(request: pytest.FixtureRequest) -> Callable[[], httpx.AsyncBaseTransport | None]:
    return TRANSPORTS[request.param]


def _client(url: str, transport: Any, **kw: Any) -> fw.AsyncFireworks:
    return fw.AsyncFireworks(
        api_key=KEY, base_url=url, transport=transport(), retry_initial_delay=0.01, **kw
    )


def test_the_default_async_sender_is_aiohttp() -> None:
    client = fw.AsyncFireworks(api_key=KEY, base_url="http://127.0.0.1:9")
    assert isinstance(client._get_sender(), fw.AiohttpTransport)  # a core dependency
    fallback = fw.AsyncFireworks(
        api_key=KEY, base_url="http://127.0.0.1:9", transport=httpx.AsyncHTTPTransport()
    )
    assert not isinstance(fallback._get_sender(), fw.AiohttpTransport)


def test_plain_and_compressed_answers_parse_alike(transport: Any) -> None:
    body = json.dumps(ANSWER).encode()

    async def main() -> None:
        answers = [
            _http(200, body, "content-type: application/json"),
            _http(
                200, gzip.compress(body), "content-type: application/json", "content-encoding: gzip"
            ),
        ]
        async with canned(answers) as served, _client(served.url, transport) as client:
            plain = await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            packed = await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert plain == packed and plain.choices[0].message.content == "hello"
            assert all(b"accept-encoding: identity" in h.lower() for h in served.heads)
        async with (
            canned(answers[1:]) as served,
            _client(served.url, transport, default_headers={"Accept-Encoding": "gzip"}) as client,
        ):
            assert await client.chat.completions.create(model=MODEL, messages=MESSAGES) == plain
            assert b"accept-encoding: gzip\r\n" in served.heads[0].lower()

    asyncio.run(main())


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>busy</html>", "The answer is not JSON: '<html>busy</html>'"),
        (b'{"id": "c1"}', "The answer does not match the spec"),
    ],
)
def test_an_answer_that_does_not_parse_says_so(transport: Any, body: bytes, message: str) -> None:
    async def main() -> None:
        async with (
            canned([_http(200, body, "x-request-id: r1")]) as served,
            _client(served.url, transport) as client,
        ):
            with pytest.raises(fw.APIResponseValidationError) as info:
                await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert message in str(info.value)
            response = info.value.response
            assert isinstance(response, httpx.Response) and response.status_code == 200
            assert response.headers["x-request-id"] == "r1" and response.content == body
            assert response.request.url.path == "/v1/chat/completions"
            assert KEY not in str(info.value) and KEY not in repr(info.value)

    asyncio.run(main())


def test_error_answers_retry_then_raise_with_the_body(transport: Any) -> None:
    error = json.dumps({"error": {"message": "slow down", "type": "rate_limit"}}).encode()

    async def main() -> None:
        answers = [_http(429, error, "retry-after-ms: 1")] * 3 + [
            _http(200, json.dumps(ANSWER).encode())
        ]
        async with canned(answers) as served, _client(served.url, transport) as client:
            with pytest.raises(fw.RateLimitError, match="slow down") as info:
                await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert len(served.heads) == 3 and info.value.status_code == 429
            answer = await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert answer.id == "c1" and len(served.heads) == 4

    asyncio.run(main())


def test_raw_response_on_the_json_path(transport: Any) -> None:
    async def main() -> None:
        answer = _http(200, json.dumps(ANSWER).encode(), "x-request-id: r9")
        async with canned([answer]) as served, _client(served.url, transport) as client:
            raw = await client.chat.completions.with_raw_response.create(
                model=MODEL, messages=MESSAGES
            )
            assert raw.request_id == "r9" and raw.status_code == 200
            assert raw.parse().choices[0].message.content == "hello"

    asyncio.run(main())


def test_nobody_listening_is_a_connection_error_after_retries(transport: Any) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again when the block ends: nothing listens

    async def main() -> None:
        async with _client(f"http://127.0.0.1:{port}", transport, max_retries=1) as client:
            with pytest.raises(fw.APIConnectionError, match="Connection error") as info:
                await client.models.list()
            assert not isinstance(info.value, fw.APITimeoutError)
            assert info.value.request.url.port == port

    asyncio.run(main())


def test_buffered_response_makes_the_httpx_response_once() -> None:
    reply = BufferedResponse(
        201,
        "Created",
        ((b"Content-Type", b"application/json"), (b"Content-Encoding", b"gzip")),
        gzip.compress(b'{"a": 1}'),
        content_encoding="gzip",
        request=Prepared(
            "POST",
            "http://127.0.0.1:9/v1/x",
            {"Authorization": f"Bearer {KEY}"},
            b"{}",
            {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 1.0},
        ),
    )
    assert not reply.is_plain_success  # compressed: httpx decodes it
    response = reply.http_response()
    assert response is reply.http_response()
    assert response.json() == {"a": 1} and response.reason_phrase == "Created"
    assert response.request.extensions["timeout"]["read"] == 2.0
    assert KEY not in repr(reply)


def test_aiohttp_loads_only_when_the_async_client_needs_it() -> None:
    code = (
        "import sys, fireworks_client as fw\n"
        "assert 'aiohttp' not in sys.modules, 'import fireworks_client loaded aiohttp'\n"
        "fw.Fireworks(api_key='k')\n"
        "assert 'aiohttp' not in sys.modules, 'the sync client loaded aiohttp'\n"
        "assert fw.AiohttpTransport(limit=3)._limit == 3 and 'aiohttp' in sys.modules\n"
        "try:\n"
        "    fw.NoSuchThing\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchThing' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_slow_answer_is_a_read_timeout(transport: Any) -> None:
    async def main() -> None:
        answer = _http(200, json.dumps(ANSWER).encode())
        async with (
            canned([answer], held=True) as served,
            _client(served.url, transport) as client,
        ):
            with pytest.raises(fw.APITimeoutError, match="Request timed out: ReadTimeout"):
                await client.models.list(timeout=0.1, max_retries=0)

    asyncio.run(main())


def _chunk(content: str) -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
    }


def _sse(*events: dict[str, Any]) -> bytes:
    body = b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events)
    return _http(200, body + b"data: [DONE]\n\n", "content-type: text/event-stream")


def test_streams_and_answers_keep_one_connection(transport: Any) -> None:
    """Peers close the connection after each stream (perf-facts.md); this client reuses it."""
    chunk = _chunk("hi")
    answer = _http(200, json.dumps(ANSWER).encode())
    answers = [_sse(chunk, chunk), answer, _sse(chunk), answer]

    async def main() -> None:
        async with canned(answers) as served, _client(served.url, transport) as client:
            for _ in range(2):
                stream = await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True
                )
                async with stream:
                    assert [c.choices[0].delta.content async for c in stream]
                await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert len(served.heads) == 4 and served.connections == 1

    asyncio.run(main())


def test_the_sync_client_keeps_one_connection_too() -> None:
    chunk = _chunk("hi")
    answer = _http(200, json.dumps(ANSWER).encode())

    def work(url: str) -> None:
        with fw.Fireworks(api_key=KEY, base_url=url) as client:
            for _ in range(2):
                with client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True
                ) as stream:
                    assert [c.choices[0].delta.content for c in stream]
                client.chat.completions.create(model=MODEL, messages=MESSAGES)

    async def main() -> None:
        async with canned([_sse(chunk), answer, _sse(chunk, chunk), answer]) as served:
            await asyncio.to_thread(work, served.url)
            assert len(served.heads) == 4 and served.connections == 1

    asyncio.run(main())


def test_one_async_client_in_several_event_loops() -> None:
    """A second ``asyncio.run`` starts afresh; a loop still running elsewhere is a clear error."""
    with MockServer() as server:
        client = fw.AsyncFireworks(api_key=KEY, base_url=server.base_url)

        async def call() -> int:
            return len((await client.models.list()).data)

        assert asyncio.run(call()) and asyncio.run(call())
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            assert asyncio.run_coroutine_threadsafe(call(), loop).result(timeout=10)
            with pytest.raises(RuntimeError, match="in use in another running event loop"):
                asyncio.run(call())
            asyncio.run_coroutine_threadsafe(client.close(), loop).result(timeout=10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()


def test_a_connection_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="limit: must be 1 or more connections, got 0"):
        fw.AiohttpTransport(limit=0)


def test_a_client_left_open_after_its_loop_ended_exits_quietly() -> None:
    """aiohttp prints "Unclosed client session/connector" at exit; httpx's clients do not, and
    neither does this client once its loop has ended (AiohttpTransport.__del__)."""
    code = (
        "import asyncio, fireworks_client as fw\n"
        "from fireworks_client.mock import MockServer\n"
        "with MockServer() as server:\n"
        "    client = fw.AsyncFireworks(api_key='k', base_url=server.base_url)\n"
        "    async def main():\n"
        "        return (await client.models.list()).data\n"
        "    assert asyncio.run(main())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "Unclosed" not in done.stderr, done.stderr


def test_a_cancelled_request_never_lends_its_answer_to_the_next(transport: Any) -> None:
    """The connection of a request cancelled while waiting is dropped, not pooled: its late
    answer must not be read as the next request's."""
    first = dict(ANSWER, id="late")
    second = dict(ANSWER, id="mine")
    answers = [_http(200, json.dumps(first).encode()), _http(200, json.dumps(second).encode())]

    async def main() -> None:
        async with (
            canned(answers, held=True) as served,
            _client(served.url, transport) as client,
        ):
            # Cancelled once the server holds the request (a fixed wait raced a slow machine:
            # cancelled before sending, the server never answered and the test hung).
            call = asyncio.ensure_future(
                client.chat.completions.create(model=MODEL, messages=MESSAGES)
            )
            await served.received.wait()
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            served.gate.set()
            await served.written.wait()  # the late answer is on the wire now
            answer = await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert answer.id == "mine" and served.connections == 2

    asyncio.run(main())


def test_a_stream_left_early_never_lends_its_rest_to_the_next(transport: Any) -> None:
    chunk = _chunk("x" * 1000)
    answers = [_sse(*[chunk] * 200), _http(200, json.dumps(ANSWER).encode())]

    async def main() -> None:
        async with canned(answers) as served, _client(served.url, transport) as client:
            stream = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True
            )
            async with stream:
                async for _ in stream:
                    break  # leaves ~200 KB unread
            answer = await client.chat.completions.create(model=MODEL, messages=MESSAGES)
            assert answer.id == "c1" and served.connections == 2

    asyncio.run(main())


def test_an_async_callers_http_client_is_used_and_left_open() -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def main() -> None:
        async with canned([_http(200, json.dumps(ANSWER).encode())]) as served:
            http = httpx.AsyncClient(event_hooks={"request": [hook]})
            async with fw.AsyncFireworks(api_key=KEY, base_url=served.url, http_client=http) as c:
                assert not isinstance(c._get_sender(), fw.AiohttpTransport)  # the caller's
                assert (await c.chat.completions.create(model=MODEL, messages=MESSAGES)).id
            assert seen == ["/v1/chat/completions"] and not http.is_closed
            await http.aclose()

    asyncio.run(main())
