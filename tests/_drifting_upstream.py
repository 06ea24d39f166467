"""A service that differs from the effective spec on purpose, for the tests of recording,
replay and drift reports (issue 19): on 127.0.0.1, a free port, in a background thread; its
root is what ``--upstream`` takes. Anything it does not change the mock itself answers, so
that part fits the spec.

Its known differences (``KNOWN``), as the drift report names them:

* a chat answer (not streamed): ``choices[].message.reasoning_details``, a field the spec does
  not have; ``created`` a string; ``model`` missing;
* a chat stream: ``system_fingerprint`` on each chunk (not in the spec); the last chunk's
  ``finish_reason`` ``end_turn`` (not in its enum); 0.2 s between the content chunks;
* embeddings: a 200 of ``text/plain``; rerank: a 418.

It echoes the caller's key (a header and the chat answer's ``id``), as a careless service
might, so that a test can show the key never reaches a cassette. A completions stream whose
prompt contains ``break`` breaks off after two events; a chat stream whose ``user`` is
``named-events`` names its events (``event: delta``, ``id: N``); each chat answer counts the
calls (``content`` ``answer 1``, ``answer 2``, ...), so that identical requests get
different answers.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, Self

import httpx
import uvicorn
from fireworks_client.mock import create_app
from fireworks_client.mock._quietlog import QuietDisconnect
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Mount, Route

__all__ = ["KNOWN", "PAUSE", "DriftingUpstream"]

CHAT = "chat.completions.create"
PAUSE = 0.2  # seconds between two chunks of a chat stream (a stall of the loaded machine is less)
# (operation, in, kind, field) of each difference the drift report should name.
KNOWN = {
    (CHAT, "answer", "unknown_field", "choices[].message.reasoning_details"),
    (CHAT, "answer", "type", "created"),
    (CHAT, "answer", "required", "model"),
    (CHAT, "event", "unknown_field", "system_fingerprint"),
    (CHAT, "event", "enum", "choices[].finish_reason"),
    ("embeddings.create", "answer", "content_type", "200 text/plain"),
    ("rerank.create", "answer", "status", "418"),
}


def _key(request: Request) -> str:
    return request.headers.get("authorization", "").partition(" ")[2]


def _app() -> Starlette:
    calls = itertools.count(1)

    mock = create_app()

    async def chat(request: Request) -> Response:
        body = await request.json()
        number = next(calls)
        head = {"id": f"chatcmpl-{_key(request)}", "object": "chat.completion"}
        echo = {"x-upstream-saw-key": _key(request)}
        if not body.get("stream"):
            message = {
                "role": "assistant",
                "content": f"answer {number}",
                "reasoning_details": [{"type": "thought"}],
            }
            choice = {"index": 0, "message": message, "finish_reason": "stop"}
            answer = {**head, "created": "1700000000", "choices": [choice]}
            return JSONResponse(answer, headers=echo)
        named = body.get("user") == "named-events"
        return StreamingResponse(
            _chat_events(head, number, named), media_type="text/event-stream", headers=echo
        )

    async def completions(request: Request) -> Response:
        body = await request.json()
        if body.get("stream") and "break" in str(body.get("prompt")):
            return StreamingResponse(_broken(), media_type="text/event-stream")
        # The mock answers the rest, as it would.
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(mock), base_url="http://mock"
        ) as client:
            answer = await client.post(
                request.url.path, json=body, headers={"Authorization": f"Bearer {_key(request)}"}
            )
        return Response(answer.content, answer.status_code, media_type="application/json")

    async def embeddings(_: Request) -> Response:
        return PlainTextResponse("embeddings are down today")

    async def rerank(_: Request) -> Response:
        return JSONResponse({"error": {"message": "I'm a teapot"}}, 418)

    app = Starlette(
        routes=[
            Route("/inference/v1/chat/completions", chat, methods=["POST"]),
            Route("/inference/v1/completions", completions, methods=["POST"]),
            Route("/inference/v1/embeddings", embeddings, methods=["POST"]),
            Route("/inference/v1/rerank", rerank, methods=["POST"]),
            Mount("/", mock),
        ]
    )
    return app


def _chunk(head: dict[str, Any], delta: dict[str, Any], finish: str | None) -> str:
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return json.dumps(
        {
            **head,
            "object": "chat.completion.chunk",
            "created": 1700000000,
            "model": "drifting",
            "system_fingerprint": "fp_1",
            "choices": [choice],
        }
    )


async def _chat_events(head: dict[str, Any], number: int, named: bool) -> AsyncIterator[bytes]:
    datas = [
        _chunk(head, {"role": "assistant", "content": ""}, None),
        _chunk(head, {"content": "answer "}, None),
        _chunk(head, {"content": str(number)}, None),
        _chunk(head, {}, "end_turn"),
        "[DONE]",
    ]
    for index, data in enumerate(datas):
        if index == 2:
            await asyncio.sleep(PAUSE)
        prefix = f"event: delta\nid: {index}\n" if named and data != "[DONE]" else ""
        yield f"{prefix}data: {data}\n\n".encode()


async def _broken() -> AsyncIterator[bytes]:
    chunk = {
        "id": "cmpl-1",
        "object": "text_completion",
        "created": 1700000000,
        "model": "drifting",
        "choices": [{"index": 0, "text": "half", "logprobs": None, "finish_reason": None}],
    }
    yield f"data: {json.dumps(chunk)}\n\n".encode()
    yield f"data: {json.dumps(chunk)}\n\n".encode()
    raise QuietDisconnect("the drifting upstream breaks off this stream")


class DriftingUpstream:
    """The drifting service on a real socket: ``url`` is its root."""

    def __init__(self) -> None:
        inner = _app()
        self.peers: list[int] = []  # the client port of each request: its connection

        async def app(scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope.get("client"):
                self.peers.append(scope["client"][1])
            await inner(scope, receive, send)

        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="critical", lifespan="off", ws="none"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the drifting upstream did not start")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
