"""A bare HTTP/1.1 server for tests that need the wire exactly: on 127.0.0.1 (a free port),
a thread per connection, keeping connections; each request is read whole (head and
``Content-Length`` body) and handed to ``answer``, which writes what it likes and says whether
the connection goes on. It stops with the ``with`` block, closing every socket (which wakes
the threads blocked on them)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from typing import Self

__all__ = ["RawHTTPServer", "chunked"]

WAIT = 60


def chunked(data: bytes) -> bytes:
    """``data`` as one chunk of a chunked body."""
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class RawHTTPServer:
    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self.connections = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def answer(self, conn: socket.socket, body: bytes) -> bool:
        """Write the answer to a request with ``body``; False ends the connection."""
        raise NotImplementedError

    def stopping(self) -> None:
        """Called first when the server stops (to release answers that wait)."""

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self.stopping()
        with self._lock:
            sockets = [self._listener, *self._sockets]
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self._thread.join(WAIT)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._sockets.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        data = b""
        try:
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            while not self._stop.is_set():
                while b"\r\n\r\n" not in data:
                    more = conn.recv(65536)
                    if not more:
                        return
                    data += more
                head, _, data = data.partition(b"\r\n\r\n")
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,  # a request without a body
                )
                while len(data) < length:
                    data += conn.recv(65536)
                body, data = data[:length], data[length:]
                if not self.answer(conn, body):
                    return
        except OSError:
            return
