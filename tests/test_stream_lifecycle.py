"""Streams and clients over their lifetime: a stream left early or never started gives its
connection back by reference counting alone (no cyclic GC, which could run inside httpcore's
pool lock and deadlock), the SSE decoder stays linear in a line's length, and the legacy API
keeps its positional timeout and no key in its state."""

from __future__ import annotations

import asyncio
import gc
import socket
from collections.abc import Iterator

import fireworks_client as fw
import httpx
import pytest
from fireworks_client import legacy
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import MockServer

KEY = "fw-test-key-lifecycle-never-shown"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "Tell me a long story about lighthouses"}]
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)


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
@pytest.mark.parametrize("own_pool", [True, False], ids=["aiohttp", "httpx"])
def test_an_unstarted_async_stream_gives_its_connection_back(
    server: MockServer, own_pool: bool
) -> None:
    async def main() -> None:
        extra = (
            {"limits": ONE_CONNECTION}
            if own_pool
            else {"http_client": httpx.AsyncClient(limits=ONE_CONNECTION)}
        )
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url, **extra) as client:
            for _ in range(3):
                stream = await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True, timeout=5
                )
                del stream
                await asyncio.sleep(0)  # lets a close scheduled by the finalizer run
            assert (await client.models.list(timeout=5)).data

    asyncio.run(main())


def test_a_long_line_is_never_joined_again_per_read() -> None:
    decoder = SSEDecoder()
    piece = b"x" * 1000
    assert decoder.feed(b"data: ") == []
    for _ in range(500):  # 500 reads of one line: kept as pieces, joined once at its end
        assert decoder.feed(piece) == []
    assert len(decoder._pending) == 501
    (event,) = decoder.feed(b"\n\n")
    assert len(event.data) == 500_000 and not decoder._pending


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
            finally:
                legacy.api_key = legacy.base_url = None

        asyncio.run(main())


def test_legacy_state_holds_no_key(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "api_key", KEY)
    monkeypatch.setattr(legacy, "base_url", server.base_url)
    legacy.Model.list()
    shown = repr(legacy._sync) + repr(vars(legacy._client()))
    assert "Fireworks" in shown and KEY not in shown
