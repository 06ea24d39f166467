"""The connection pools as users set them up: proxies from the environment (a dead proxy is a
connection error, NO_PROXY bypasses it), a fork (the child never uses the parent's pool), and
an async stream whose body stays open after [DONE] (bounded in time)."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator

import fireworks_client as fw
import pytest
from fireworks_client.mock import MockServer

KEY = "fw-test-key-http-settings-never-shown"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # closed again: nothing listens there


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
def test_a_dead_proxy_in_the_environment_is_a_connection_error(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv(variable, f"http://127.0.0.1:{_dead_port()}")
    with (
        fw.Fireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as client,
        pytest.raises(fw.APIConnectionError),
    ):
        client.models.list()

    async def main() -> None:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as c:
            with pytest.raises(fw.APIConnectionError):
                await c.models.list()

    asyncio.run(main())
    # NO_PROXY bypasses it; trust_env=False ignores the environment altogether.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        assert client.models.list().data

    async def bypassed() -> None:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as c:
            assert (await c.models.list()).data
        monkeypatch.delenv("NO_PROXY")
        async with fw.AsyncFireworks(
            api_key=KEY, base_url=server.base_url, max_retries=0, trust_env=False
        ) as c:
            assert (await c.models.list()).data

    asyncio.run(bypassed())


def test_a_forked_child_never_uses_the_parents_pool(server: MockServer) -> None:
    with fw.Fireworks(api_key=KEY, base_url=server.base_url) as client:
        assert client.models.list().data
        parents = client._get_sender()._client  # type: ignore[attr-defined]
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report and leave at once
            try:
                ok = client.models.list().data and client._get_sender()._client is not parents  # type: ignore[attr-defined]
                os.write(write, b"ok" if ok else b"shared")
            finally:
                os._exit(0)
        os.close(write)
        _, status = os.waitpid(pid, 0)
        with os.fdopen(read, "rb") as pipe:
            said = pipe.read()
        assert status == 0 and said == b"ok"
        assert client._get_sender()._client is parents and client.models.list().data  # type: ignore[attr-defined]


def test_an_async_stream_held_open_after_done_ends_soon() -> None:
    chunk = (
        b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m",'
        b'"choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":null}]}\n\n'
        b"data: [DONE]\n\n"
    )
    body = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"  # and no last chunk: held open

    async def main() -> None:
        release = asyncio.Event()

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            await reader.readexactly(length)
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                b"transfer-encoding: chunked\r\n\r\n" + body
            )
            await writer.drain()
            await release.wait()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
        try:
            async with fw.AsyncFireworks(api_key=KEY, base_url=url, timeout=60) as client:
                stream = await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True
                )
                chunks = await asyncio.wait_for(_all(stream), 10)  # 60 s if the drain waited
                assert [c.choices[0].delta.content for c in chunks] == ["hi"]
        finally:
            release.set()
            server.close()

    asyncio.run(main())


async def _all(stream: fw.AsyncStream[object]) -> list[object]:
    return [chunk async for chunk in stream]
