"""Connection limits of the mock on a socket: deadlines for the request head and body, idle
keep-alive connections closed, a cap on open connections that slow clients cannot hold, and
logging that stays quiet and never blocks."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import httpx
import pytest
from fireworks_client.mock import ConnectionLimits, MockServer

from tests._hostile import API, exchange, request

LIMITS = ConnectionLimits(
    head_timeout=0.5,
    body_timeout=0.5,
    write_timeout=0.5,
    keep_alive_timeout=0.5,
    max_connections=20,
)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(limits=LIMITS) as mock:
        yield mock


def read_until_closed(sock: socket.socket, within: float = 5.0) -> bytes:
    """Everything the server sends until it closes; fails when it has not closed in time."""
    sock.settimeout(within)
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def connect(server: MockServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=5)


def test_a_head_that_never_ends_is_answered_408(server: MockServer) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /inference/v1/models HTTP/1.1\r\nHost: x\r\n")
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"request head did not arrive within 0.5 s" in answer


def test_a_silent_connection_is_closed(server: MockServer) -> None:
    with connect(server) as sock:
        assert read_until_closed(sock) == b""


def test_a_body_that_never_ends_is_answered_408(server: MockServer) -> None:
    head = request("POST", f"{API}/chat/completions", b"x" * 100)[:-100]
    with connect(server) as sock:
        sock.sendall(head + b'{"model": ')
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"request body did not arrive within 0.5 s" in answer
    assert exchange(server.port, request("GET", f"{API}/models")).status == 200


def test_an_idle_keep_alive_connection_is_closed(server: MockServer) -> None:
    keep_alive = request("GET", f"{API}/models").replace(b"Connection: close", b"X-Any: 1")
    with connect(server) as sock:
        sock.sendall(keep_alive)
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 200 ")


def test_slow_clients_over_the_cap_do_not_keep_others_out(server: MockServer) -> None:
    with ExitStack() as stack:
        slow = []
        for _ in range(LIMITS.max_connections * 3):  # half-open: a head line, then nothing
            sock = stack.enter_context(connect(server))
            sock.sendall(b"GET /inference/v1/models HTTP/1.1\r\n")
            slow.append(sock)
        answer = exchange(server.port, request("GET", f"{API}/models"))
        assert answer.status == 200 and answer.seconds < 5


def test_when_every_connection_is_busy_a_newcomer_is_told_to_retry() -> None:
    limits = ConnectionLimits(max_connections=2)
    delayed = request("GET", f"{API}/models", headers={"X-Mock-Fault": "delay; seconds=1"})
    with MockServer(limits=limits) as mock, ExitStack() as stack:
        for _ in range(2):
            stack.enter_context(connect(mock)).sendall(delayed)
        deadline = time.monotonic() + 5
        while len(mock.state.requests) < 2:  # both delayed requests are in hand
            assert time.monotonic() < deadline, "the delayed requests never arrived"
            time.sleep(0.01)
        answer = exchange(mock.port, request("GET", f"{API}/models"))
        assert answer.status == 503 and answer.headers["retry-after"] == "1"
        assert "2 connections open, all busy" in answer.message


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="head_timeout: must be a number of seconds above 0"):
        ConnectionLimits(head_timeout=float("nan"))
    with pytest.raises(ValueError, match="max_connections: must be an integer of at least 1"):
        ConnectionLimits(max_connections=0)
    with pytest.raises(ValueError, match="shutdown_grace: must be whole seconds"):
        ConnectionLimits(shutdown_grace=0.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="log_level: must be one of"):
        MockServer(log_level="loud")


def test_a_stop_cancels_the_requests_still_in_flight_after_its_grace() -> None:
    """A request held by a 30-second delay fault does not hold up the stop: after the grace
    (0 here) it is cancelled, and its client hears at once (uvicorn's 500 for a request whose
    answer had not started, or the connection closed)."""
    outcome: list[BaseException | int] = []
    mock = MockServer(limits=ConnectionLimits(shutdown_grace=0)).start()
    with ThreadPoolExecutor(1) as pool:

        def call() -> None:
            try:
                with httpx.Client(timeout=60) as client:
                    answer = client.get(
                        f"{mock.base_url}/models",
                        headers={"Authorization": "Bearer k", "X-Mock-Fault": "delay; seconds=30"},
                    )
                outcome.append(answer.status_code)
            except httpx.HTTPError as exc:
                outcome.append(exc)

        future = pool.submit(call)
        deadline = time.monotonic() + 10
        while not len(mock.state.requests) and time.monotonic() < deadline:
            time.sleep(0.01)  # waiting for the event: the request has reached the mock
        assert len(mock.state.requests) == 1
        mock.stop()
        future.result(timeout=10)  # well before the delay's 30 s
    assert len(outcome) == 1
    assert outcome[0] == 500 or isinstance(outcome[0], httpx.HTTPError)


def test_dropped_connections_log_a_line_each_and_never_block_on_a_full_pipe() -> None:
    # stderr is a pipe nobody reads: a traceback per fault used to fill it and freeze the mock.
    proc = subprocess.Popen(
        [sys.executable, "-m", "fireworks_client", "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        base = proc.stdout.readline().split()[4]
        body = {
            "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "messages": [{"role": "user", "content": "hi"}],
            "stream": True,
        }
        with httpx.Client(base_url=base, headers={"Authorization": "Bearer k"}, timeout=5) as c:
            for _ in range(40):
                with pytest.raises(httpx.RemoteProtocolError):
                    c.post(
                        "/chat/completions",
                        json=body,
                        headers={"X-Mock-Fault": "stream_disconnect; after=1"},
                    )
            assert c.get("/models").status_code == 200
        proc.terminate()
        assert proc.wait(timeout=10) == 0
        lines = proc.stderr.read().splitlines()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(lines) == 40, lines[:5]
    assert all("stream_disconnect: connection dropped after 1 events" in line for line in lines)


def test_large_bodies_waiting_their_turn_are_not_timed_out(server: MockServer) -> None:
    # Two large bodies are worked on at a time; the others wait unread, longer than the 0.5 s
    # body deadline, which is the mock's doing and must not count against them.
    body = json.dumps(
        {
            "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "max_tokens": 2,
            "prompt_truncate_len": 1500,  # 35,000 messages are over the model's window
            "messages": [{"role": "user", "content": "Tell me about lighthouses"}] * 35_000,
        }
    ).encode()
    raw = request("POST", f"{API}/chat/completions", body)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: exchange(server.port, raw, 30), range(8)))
    assert [a.status for a in answers] == [200] * 8
    assert max(a.seconds for a in answers) > LIMITS.body_timeout  # some did wait their turn


def test_a_head_too_long_is_answered_400_saying_so(server: MockServer) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /inference/v1/models HTTP/1.1\r\nX-Long: " + b"a" * 20_000)
        sock.sendall(b"a" * 100)  # h11 bounds a head that arrives in pieces
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert b"the request head is too long (over 16 KiB in pieces)" in answer


def test_a_client_that_reads_nothing_is_dropped(server: MockServer) -> None:
    # A 34 MB stream (a lowered max_tokens filling a 131,072-token window) to a client that
    # never reads: without a write deadline the answer would wait in memory for good.
    body = json.dumps(
        {
            "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "max_tokens": 10**9,
            "stream": True,
            "messages": [{"role": "user", "content": "hi"}],
        }
    ).encode()
    connections = server._server.server_state.connections
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect(("127.0.0.1", server.port))
        sock.sendall(request("POST", f"{API}/chat/completions", body))
        deadline = time.monotonic() + 10
        while not connections:  # no event tells the test when the server has it, or drops it
            assert time.monotonic() < deadline, "the server never took the connection"
            time.sleep(0.01)
        while connections:
            assert time.monotonic() < deadline, "the connection was never dropped"
            time.sleep(0.05)
        received = 0
        sock.settimeout(5)
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                received += len(chunk)
    assert 0 < received < 30_000_000
