"""The mock under load, in its own process so that its memory is its own: many large bodies
at once and many slow connections. ``make test`` runs a small load; ``make fuzz`` adds the
probe's full one (40 bodies of 8 MB, 2,000 slow connections)."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, suppress
from pathlib import Path

import pytest

from tests._hostile import API, CHAT_MODEL, exchange, request

FULL = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
PEAK_RSS_MB = 400  # measured: about 220 MB for the full load (README)

# The common limit of 1,024 open files, as on most CI machines.
SERVER = """
import resource
from fireworks_client.mock import serve_forever
resource.setrlimit(resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
serve_forever(announce=lambda url: print(url, flush=True))
"""


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc")


@pytest.fixture
def mock() -> Iterator[tuple[int, int]]:
    """(port, pid) of a mock in its own process."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split(":")[2].split("/")[0])
        yield port, proc.pid
        assert proc.poll() is None, "the mock died"
    finally:
        proc.terminate()
        proc.wait(10)


def assert_serving(port: int) -> None:
    answer = exchange(port, request("GET", f"{API}/models"), 10)
    assert answer.status == 200 and answer.seconds < 5


@pytest.mark.parametrize(("count", "megabytes"), [(6, 4), *([(40, 8)] if FULL else [])], ids=str)
def test_many_large_bodies_at_once_stay_within_bounded_memory(
    mock: tuple[int, int], count: int, megabytes: int
) -> None:
    port, pid = mock
    messages = megabytes * 1_000_000 // 58
    body = json.dumps(
        {
            "model": CHAT_MODEL,
            "max_tokens": 4,
            "prompt_truncate_len": 1500,  # the messages are far over the model's window
            "messages": [{"role": "user", "content": "Tell me about lighthouses"}] * messages,
        }
    ).encode()
    raw = request("POST", f"{API}/chat/completions", body)
    with ThreadPoolExecutor(count) as pool:
        answers = list(pool.map(lambda _: exchange(port, raw, 120), range(count)))
    assert {a.status for a in answers} == {200}
    assert peak_rss_mb(pid) < PEAK_RSS_MB
    assert_serving(port)


@pytest.mark.parametrize("count", [1100, *([2000] if FULL else [])])
def test_slow_connections_do_not_keep_requests_out(mock: tuple[int, int], count: int) -> None:
    port, _ = mock
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < count + 100:  # the test's own sockets, not the server's
        soft = min(hard, count + 200)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    # Where the test itself may not open so many, as many as it can: still past the cap of 512.
    count = min(count, soft - 100)
    stop = threading.Event()
    with ExitStack() as stack:
        socks = []
        for _ in range(count):  # more than the server's 1,024 files and its cap of 512
            sock = stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=5))
            sock.sendall(b"GET /inference/v1/models HTTP/1.1\r\nHost: x\r\n")
            socks.append(sock)

        def trickle() -> None:  # a header line every half second, as a slowloris sends
            while not stop.wait(0.5):
                for sock in socks:
                    with suppress(OSError):
                        sock.sendall(b"X-Slow: 1\r\n")

        worker = threading.Thread(target=trickle)
        worker.start()
        try:
            for _ in range(5):
                assert_serving(port)
        finally:
            stop.set()
            worker.join()


# The mock's process logs through asyncio's logger too (each accept that fails for want of
# files is logged, with a traceback by default): far more than a pipe holds, from the loop.
NOISY_SERVER = """
import logging
from fireworks_client.mock import serve_forever

def announce(url):
    print(url, flush=True)
    error = OSError(24, "Too many open files")
    for _ in range(3000):
        logging.getLogger("asyncio").error(
            "socket.accept() out of system resource", exc_info=(OSError, error, None)
        )

serve_forever(announce=announce)
"""


def test_asyncio_log_never_stops_the_mock_when_stderr_is_not_read() -> None:
    # The harness reads stdout and leaves stderr in a pipe it never reads (64 KiB).
    proc = subprocess.Popen(
        [sys.executable, "-c", NOISY_SERVER],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split(":")[2].split("/")[0])
        assert_serving(port)
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.stderr is not None
    lines = proc.stderr.read().splitlines()
    assert "Traceback" not in "\n".join(lines)
    assert lines[0] == (
        "fireworks mock: WARNING accepting paused for a second: Too many open files "
        "(more connections than files)"
    )
