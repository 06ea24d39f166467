"""A small platform server for the client's tests of pages, waits and files: on 127.0.0.1 (a
free port), a thread per request; each request goes to ``route(request)``, which answers
``(status, json_or_bytes)``, ``(status, path)``: the file's bytes, streamed from disk, or
``(status, Cut(data, after))``: a body that breaks off. The
requests are kept (``requests``) for the tests to read; with ``keep_bodies=False`` bodies of
over 1 MiB are read and dropped (``chunks`` has their sizes), for a test that counts memory.

The clients reach it with ``base_url=server.base_url`` (the API root under it, so the
platform's paths are taken from its root)."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

__all__ = ["Answer", "Cut", "PlatformServer", "Seen"]


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    chunks: list[int] = field(default_factory=list)  # sizes of the body's reads, when streamed

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Cut:
    """A body that breaks off: its full Content-Length announced, ``after`` bytes sent, then
    the connection closed."""

    data: bytes
    after: int


Answer = tuple[int, Any]  # (status, a JSON value, bytes, a Cut or a file's Path)


class PlatformServer:
    def __init__(self, route: Callable[[Seen], Answer], *, keep_bodies: bool = True) -> None:
        self.route = route
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: Any) -> None:
                pass

            def _any(self) -> None:
                url = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(url.query).items()}
                seen = Seen(
                    self.command, url.path, query, {k.lower(): v for k, v in self.headers.items()}
                )
                length = int(self.headers.get("content-length") or 0)
                if self.headers.get("transfer-encoding", "").lower() == "chunked":
                    parts = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0], 16)
                        if size == 0:
                            self.rfile.readline()
                            break
                        parts.append(self.rfile.read(size))
                        seen.chunks.append(size)
                        self.rfile.readline()
                    seen.body = b"".join(parts)
                else:
                    parts = []
                    left = length
                    while left:
                        part = self.rfile.read(min(left, 65536))
                        if not part:
                            break
                        if keep_bodies or length <= 1 << 20:
                            parts.append(part)
                        seen.chunks.append(len(part))
                        left -= len(part)
                    seen.body = b"".join(parts)
                with server._lock:
                    server.requests.append(seen)
                self._answer(*server.route(seen))

            def _answer(self, status: int, answer: Any) -> None:
                if isinstance(answer, Path):
                    self.send_response(status)
                    self.send_header("content-type", "application/octet-stream")
                    self.send_header("content-length", str(answer.stat().st_size))
                    self.end_headers()
                    with answer.open("rb") as source:
                        shutil.copyfileobj(source, self.wfile, 65536)
                    return
                if isinstance(answer, Cut):
                    self.send_response(status)
                    self.send_header("content-type", "application/octet-stream")
                    self.send_header("content-length", str(len(answer.data)))
                    self.end_headers()
                    self.wfile.write(answer.data[: answer.after])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                kind = (
                    "application/octet-stream" if isinstance(answer, bytes) else "application/json"
                )
                self.send_response(status)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.base_url = self.origin + "/inference/v1"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(30)
