"""One benchmark case in a fresh process: ``python bench/cases.py CASE BASE_URL COUNT``.

Prints JSON: wall seconds, process CPU seconds, items done (requests or chunks), peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import tempfile
import time
from typing import Any


def case_env() -> dict[str, str]:
    """The environment a case process runs in: its modules loaded from bytecode, as an
    installed wheel's are, under one pycache for every run (a machine that sets
    PYTHONDONTWRITEBYTECODE would compile the generated parsers, 2.7 MB of source, in every
    case: a second of CPU and ~150 MB of memory, which the memory rows then reported)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "fireworks-bench-pycache")
    return env


def peak_rss_kb() -> int:
    """This process's peak resident set, in KiB. On Linux from /proc (VmHWM): ru_maxrss
    survives exec, so a case started by a large parent would report the parent's peak (the
    bench's parent grows past 250 MB generating the 10x API, and every memory row read that)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "Say hello"}]
BODY = {"model": MODEL, "messages": MESSAGES}
STREAM_BODY = {**BODY, "stream": True}
HEADERS = {"Authorization": "Bearer bench-key"}
CONCURRENCY = 64


def sync_raw(url: str, count: int) -> int:
    import httpx

    with httpx.Client(headers=HEADERS) as client:
        for _ in range(count):
            json.loads(client.post(url + "/chat/completions", json=BODY).content)
    return count


def sync_sdk(url: str, count: int) -> int:
    from fireworks_client import Fireworks

    with Fireworks(api_key="bench-key", base_url=url) as client:
        for _ in range(count):
            client.chat.completions.create(model=MODEL, messages=MESSAGES)
    return count


def stream_raw(url: str, count: int) -> int:
    """``count`` streams one after another, as ``stream_sdk`` reads them."""
    import httpx

    chunks = 0
    with httpx.Client(headers=HEADERS) as client:
        for _ in range(count):
            with client.stream("POST", url + "/chat/completions", json=STREAM_BODY) as response:
                for line in response.iter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        chunk = json.loads(line[6:])
                        _ = chunk["choices"][0]["delta"].get("content")
                        chunks += 1
    return chunks


def stream_sdk(url: str, count: int) -> int:
    from fireworks_client import Fireworks

    chunks = 0
    with Fireworks(api_key="bench-key", base_url=url) as client:
        for _ in range(count):
            with client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True
            ) as stream:
                for chunk in stream:
                    _ = chunk.choices[0].delta.content
                    chunks += 1
    return chunks


async def _gather(count: int, one: Any) -> int:
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def task() -> None:
        async with semaphore:
            await one()

    await asyncio.gather(*(task() for _ in range(count)))
    return count


def async_aiohttp(url: str, count: int) -> int:
    import aiohttp

    async def main() -> int:
        async with aiohttp.ClientSession(headers=HEADERS) as session:

            async def one() -> None:
                async with session.post(url + "/chat/completions", json=BODY) as response:
                    json.loads(await response.read())

            return await _gather(count, one)

    return asyncio.run(main())


def async_httpx(url: str, count: int) -> int:
    import httpx

    async def main() -> int:
        async with httpx.AsyncClient(headers=HEADERS) as client:

            async def one() -> None:
                json.loads((await client.post(url + "/chat/completions", json=BODY)).content)

            return await _gather(count, one)

    return asyncio.run(main())


def async_sdk(url: str, count: int) -> int:
    from fireworks_client import AsyncFireworks

    async def main() -> int:
        async with AsyncFireworks(api_key="bench-key", base_url=url) as client:

            async def one() -> None:
                await client.chat.completions.create(model=MODEL, messages=MESSAGES)

            return await _gather(count, one)

    return asyncio.run(main())


def async_sdk_httpx_aiohttp(url: str, count: int) -> int:
    """``async_sdk`` on httpx-aiohttp's transport (httpx over aiohttp: a kept library) given as
    ``transport=``, instead of the client's own aiohttp sender."""
    from fireworks_client import AsyncFireworks
    from httpx_aiohttp import AiohttpTransport

    async def main() -> int:
        async with AsyncFireworks(
            api_key="bench-key", base_url=url, transport=AiohttpTransport()
        ) as client:

            async def one() -> None:
                await client.chat.completions.create(model=MODEL, messages=MESSAGES)

            return await _gather(count, one)

    return asyncio.run(main())


def stream_async_raw(url: str, count: int) -> int:
    """``count`` streams one after another, raw aiohttp lines + ``json.loads``."""
    import aiohttp

    async def main() -> int:
        chunks = 0
        async with aiohttp.ClientSession(headers=HEADERS) as session:
            for _ in range(count):
                async with session.post(url + "/chat/completions", json=STREAM_BODY) as response:
                    async for raw in response.content:
                        line = raw.rstrip(b"\r\n")
                        if line.startswith(b"data: ") and line != b"data: [DONE]":
                            chunk = json.loads(line[6:])
                            _ = chunk["choices"][0]["delta"].get("content")
                            chunks += 1
        return chunks

    return asyncio.run(main())


def stream_async_sdk(url: str, count: int) -> int:
    from fireworks_client import AsyncFireworks

    async def main() -> int:
        chunks = 0
        async with AsyncFireworks(api_key="bench-key", base_url=url) as client:
            for _ in range(count):
                stream = await client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True
                )
                async with stream:
                    async for chunk in stream:
                        _ = chunk.choices[0].delta.content
                        chunks += 1
        return chunks

    return asyncio.run(main())


def memory_streams(url: str, count: int) -> int:
    """``count`` streams open at once (each read to its end), on the async client's default
    transport (aiohttp) with room for that many connections."""
    from fireworks_client import AiohttpTransport, AsyncFireworks

    async def main() -> int:
        async with AsyncFireworks(
            api_key="bench-key", base_url=url, transport=AiohttpTransport(limit=count)
        ) as client:
            streams = await asyncio.gather(
                *(
                    client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
                    for _ in range(count)
                )
            )

            async def drain(stream: Any) -> int:
                n = 0
                async with stream:
                    async for _ in stream:
                        n += 1
                return n

            await asyncio.gather(*(drain(s) for s in streams))
        return count

    return asyncio.run(main())


CASES = {
    f.__name__: f
    for f in (
        sync_raw,
        sync_sdk,
        stream_raw,
        stream_sdk,
        async_aiohttp,
        async_httpx,
        async_sdk,
        async_sdk_httpx_aiohttp,
        stream_async_raw,
        stream_async_sdk,
        memory_streams,
    )
}


if __name__ == "__main__":
    case, url, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    # Imports are not what these cases measure (bench/run.py times them separately).
    import httpx  # noqa: F401

    if "sdk" in case or case == "memory_streams":
        import fireworks_api.models
        import fireworks_client
        from fireworks_api.fast import parser_for

        # The answer models load with their parsers (fireworks_api.fast), on first use.
        for model in ("ChatCompletionResponse", "ChatCompletionStreamResponse"):
            parser_for(getattr(fireworks_api.models, model))
    if "aiohttp" in case or case == "stream_async_raw":
        import aiohttp  # noqa: F401
    if case == "async_sdk_httpx_aiohttp":
        import httpx_aiohttp  # noqa: F401
    if case in ("async_sdk", "stream_async_sdk", "memory_streams"):
        # AsyncFireworks imports aiohttp on first use (~90 ms of CPU); as for the raw aiohttp
        # case, that import is outside what is timed.
        import fireworks_client._aiohttp_transport  # noqa: F401
    if case.startswith("async_"):
        # One request first, untimed, in a client and event loop of its own: what a process
        # pays once. Raw aiohttp makes its default SSL context when imported (untimed above);
        # the client makes the same once per process, on its first request.
        CASES[case](url, 1)
    rss_before = peak_rss_kb()
    wall, cpu = time.perf_counter(), time.process_time()
    items = CASES[case](url, count)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = peak_rss_kb()
    print(
        json.dumps(
            {
                "case": case,
                "seconds": wall,
                "cpu": cpu,
                "items": items,
                "peak_rss_kb": peak,
                "rss_before_kb": rss_before,
            }
        )
    )
