"""A cheap HTTP/1.1 server for the bulk benchmarks, like canned_server.py, that can refuse:

    python bench/limited_server.py MODE   # prints "PORT\n", serves until killed

MODE ``plain`` answers every request; ``random429`` answers 20% of them 429 (``Retry-After``
50 ms), whatever the load; ``busy`` holds each request 5 ms and answers 429 (``Retry-After``
50 ms) to those that find ``CAPACITY`` already in progress, as a service over its limit does.
``GET /_stats`` answers the counts so far: ``{"requests": n, "rate_limited": m}``.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys

from canned_server import canned

CAPACITY = 20
SERVICE_SECONDS = 0.005
_REFUSAL = b'{"error":{"message":"rate limited","type":"rate_limit_error"}}'
REFUSE = (
    b"HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\n"
    b"retry-after-ms: 50\r\ncontent-length: " + str(len(_REFUSAL)).encode() + b"\r\n\r\n" + _REFUSAL
)


class Counts:
    requests = 0
    rate_limited = 0
    in_progress = 0


class _Protocol(asyncio.Protocol):
    def __init__(self, mode: str, plain: bytes) -> None:
        self.mode, self.plain = mode, plain
        self.buffer = b""
        self.rng = random.Random()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            at = head.find(b"content-length:")
            length = int(head[at + 15 :].split(b"\r\n", 1)[0]) if at >= 0 else 0
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.answer(head)

    def answer(self, head: bytes) -> None:
        if head.startswith(b"get /_stats"):
            body = json.dumps(
                {"requests": Counts.requests, "rate_limited": Counts.rate_limited}
            ).encode()
            self.transport.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
            return
        Counts.requests += 1
        if self.mode == "random429" and self.rng.random() < 0.2:
            Counts.rate_limited += 1
            self.transport.write(REFUSE)
        elif self.mode == "busy":
            if Counts.in_progress >= CAPACITY:
                Counts.rate_limited += 1
                self.transport.write(REFUSE)
                return
            Counts.in_progress += 1
            asyncio.get_running_loop().call_later(SERVICE_SECONDS, self.done)
        else:
            self.transport.write(self.plain)

    def done(self) -> None:
        Counts.in_progress -= 1
        if not self.transport.is_closing():
            self.transport.write(self.plain)


async def main(mode: str) -> None:
    if mode not in ("plain", "random429", "busy"):
        raise SystemExit(f"unknown mode {mode!r}")
    plain, _ = canned(1)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Protocol(mode, plain), "127.0.0.1", 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "plain"))
