"""A deliberately cheap HTTP/1.1 server for the benchmarks: asyncio protocol, keep-alive,
pre-encoded answers, no parsing beyond what routing needs. It must not be the bottleneck;
`bench/run.py` reports its CPU share.

    python bench/canned_server.py STREAM_CHUNKS [SHAPE]   # prints "PORT\n", serves until killed

SHAPE ``seed`` (the default) streams the seed's chunk shape; ``extra`` streams what the service
sends today on top of it: ``"logprobs": null`` in every choice and a field the spec does not
know at the top of every chunk.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


def _response(body: bytes, content_type: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: "
        + content_type
        + b"\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\nx-request-id: req_bench\r\n\r\n"
        + body
    )


SHAPES = ("seed", "extra")


def canned(stream_chunks: int, shape: str = "seed") -> tuple[bytes, bytes]:
    answer = {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1735689600,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Hello there, this is a benchmark answer.",
                },
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18},
    }
    events = []
    for i in range(stream_chunks):
        last = i == stream_chunks - 1
        choice: dict[str, Any] = {
            "index": 0,
            "delta": {"content": " word"},
            "finish_reason": "stop" if last else None,
        }
        chunk: dict[str, Any] = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1735689600,
            "model": MODEL,
            "choices": [choice],
            "usage": {
                "prompt_tokens": 9,
                "completion_tokens": stream_chunks,
                "total_tokens": 9 + stream_chunks,
            }
            if last
            else None,
        }
        if shape == "extra":
            choice["logprobs"] = None
            chunk["perf_metrics"] = {"queue_ms": 1, "server_ms": 20}
        events.append(b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    plain = _response(json.dumps(answer, separators=(",", ":")).encode(), b"application/json")
    stream = _response(b"".join(events), b"text/event-stream")
    return plain, stream


class _Protocol(asyncio.Protocol):
    def __init__(self, plain: bytes, stream: bytes) -> None:
        self.plain, self.stream = plain, stream
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            at = head.find(b"content-length:")
            if at >= 0:
                length = int(
                    head[at + 15 : head.find(b"\r\n", at) if head.find(b"\r\n", at) > 0 else None]
                )
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            streaming = b'"stream":true' in body or b'"stream": true' in body
            self.transport.write(self.stream if streaming else self.plain)  # type: ignore[attr-defined]


async def main(stream_chunks: int, shape: str) -> None:
    if shape not in SHAPES:
        raise SystemExit(f"unknown shape {shape!r}; one of {SHAPES}")
    plain, stream = canned(stream_chunks, shape)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Protocol(plain, stream), "127.0.0.1", 0, backlog=2048
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(
        main(
            int(sys.argv[1]) if len(sys.argv) > 1 else 20000,
            sys.argv[2] if len(sys.argv) > 2 else "seed",
        )
    )
