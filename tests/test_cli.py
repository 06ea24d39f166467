"""The command line, run as a subprocess against the mock."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fireworks_client._cli import (
    EXIT_API_ERROR,
    EXIT_CONNECTION,
    EXIT_INTERRUPTED,
    EXIT_STREAM_BROKEN,
    EXIT_USAGE,
    interrupt_bounded,
)
from fireworks_client.mock import MockServer


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fireworks_client", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "FIREWORKS_API_KEY": "cli-test-key", **(env or {})},
        check=False,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


def test_chat_streams_and_prints_usage() -> None:
    result = run("--mock", "chat", "Tell me about lighthouses", "--usage")
    assert result.returncode == 0, result.stderr
    assert "lighthouses" in result.stdout.lower()
    assert result.stderr.startswith("usage: ") and "completion" in result.stderr


def test_chat_json_and_system_and_stdin() -> None:
    result = run(
        "--mock",
        "chat",
        "--json",
        "--system",
        "Be brief",
        "--max-tokens",
        "5",
        stdin="Tell me about owls",
    )
    answer = json.loads(result.stdout)
    assert answer["usage"]["completion_tokens"] == 5
    assert answer["choices"][0]["finish_reason"] == "length"


def test_chat_conversation_keeps_history(server: MockServer) -> None:
    """On a terminal, no prompt means a conversation: history kept, Ctrl-D ends it."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "fireworks_client", "--base-url", server.base_url, "chat"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**os.environ, "FIREWORKS_API_KEY": "k"},
    )
    os.close(slave)
    try:
        seen = _read_until(master, b"you> ")
        server.state.requests.clear()
        for question in (b"Tell me about owls\n", b"And about bats\n"):
            os.write(master, question)
            seen += _read_until(master, b"you> ")
        os.write(master, b"\x04")
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    first, second = (r["body"]["messages"] for r in server.state.requests)
    assert first == [{"role": "user", "content": "Tell me about owls"}]
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
    assert second[1]["content"] and second[1]["content"] in seen.decode()


def _read_until(fd: int, marker: bytes, timeout: float = 20) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while marker not in data:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {marker!r} in {data!r}")
        data += os.read(fd, 4096)
    return data


def test_complete_and_json() -> None:
    plain = run("--mock", "complete", "The sky is", "--max-tokens", "4")
    assert plain.returncode == 0 and plain.stdout.strip()
    answer = json.loads(
        run("--mock", "complete", "The sky is", "--max-tokens", "4", "--json").stdout
    )
    assert answer["choices"][0]["text"].strip() == plain.stdout.strip()


def test_embed_from_arguments_and_stdin_lines() -> None:
    args = json.loads(run("--mock", "embed", "one", "two", "--dimensions", "8").stdout)
    assert [len(d["embedding"]) for d in args["data"]] == [8, 8]
    lines = json.loads(run("--mock", "embed", stdin="one\ntwo\nthree\n").stdout)
    assert len(lines["data"]) == 3


def test_image_writes_files(tmp_path: Path) -> None:
    result = run(
        "--mock",
        "image",
        "A lighthouse",
        "--out",
        str(tmp_path / "lh.jpg"),
        "--width",
        "512",
        "--height",
        "512",
        "--format",
        "jpeg",
    )
    path, finish, _ = result.stdout.strip().split("\t")
    assert finish == "SUCCESS" and Path(path).read_bytes()[:3] == b"\xff\xd8\xff"
    several = run(
        "--mock",
        "image",
        "x",
        "--out",
        str(tmp_path / "many.png"),
        "--width",
        "512",
        "--height",
        "512",
        "--samples",
        "2",
    )
    assert len(several.stdout.strip().splitlines()) == 2
    edited = run("--mock", "image", "x", "--init-image", path, "--out", str(tmp_path / "edit.png"))
    assert edited.returncode == 0 and (tmp_path / "edit.png").is_file()


def test_models_table() -> None:
    lines = run("--mock", "models").stdout.splitlines()
    assert lines[0].split() == ["MODEL", "OWNER", "CREATED"]
    assert any("mock-tiny" in line for line in lines)


def test_exit_codes_for_each_kind_of_failure(server: MockServer) -> None:
    api = run("--mock", "chat", "--model", "nope", "hi")
    assert api.returncode == EXIT_API_ERROR and "NotFoundError" in api.stderr
    assert "Traceback" not in api.stderr and len(api.stderr.strip().splitlines()) == 1
    verbose = run("-v", "--mock", "chat", "--model", "nope", "hi")
    assert "Traceback" in verbose.stderr
    context = run(
        "--mock",
        "chat",
        "--model",
        "accounts/fireworks/models/mock-tiny",
        "--context-length-exceeded",
        "error",
        "--max-tokens",
        "100",
        "word " * 60,
    )
    assert context.returncode == EXIT_API_ERROR and "ContextLengthExceededError" in context.stderr
    assert run("chat", env={"FIREWORKS_API_KEY": ""}).returncode == EXIT_USAGE
    assert run("frobnicate").returncode == EXIT_USAGE
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    assert run("--base-url", closed, "--max-retries", "0", "models").returncode == EXIT_CONNECTION
    httpx.post(server.url + "/_mock/faults", json={"fault": "stream_truncated", "after": 3})
    broken = run("--base-url", server.base_url, "chat", "hi")
    assert broken.returncode == EXIT_STREAM_BROKEN and "broke off" in broken.stderr


_STUCK_CLEANUP = """
import threading
from fireworks_client._cli import interrupt_bounded

held = threading.Lock()
held.acquire()
with interrupt_bounded():
    try:
        print("ready", flush=True)
        threading.Event().wait()
    finally:
        held.acquire()  # a cleanup waiting on a lock the interrupted code kept
"""


def test_ctrl_c_ends_the_process_even_when_a_cleanup_hangs() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _STUCK_CLEANUP], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == EXIT_INTERRUPTED, err
        assert err.strip().endswith(b"fireworks-client: interrupted")
    finally:
        if proc.poll() is None:
            proc.kill()


def _interrupted_while_bounded() -> None:
    with interrupt_bounded():
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
        signal.raise_signal(signal.SIGINT)


def test_a_bounded_interrupt_leaves_pythons_handler_and_no_timer() -> None:
    before = set(threading.enumerate())
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # what the CLI meets
    with pytest.raises(KeyboardInterrupt):
        _interrupted_while_bounded()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    for timer in set(threading.enumerate()) - before:  # the interrupt's timer, if still here,
        assert isinstance(timer, threading.Timer)
        timer.join(timeout=30)  # was cancelled: it ends without ending this process
        assert not timer.is_alive()


def test_key_never_printed() -> None:
    result = run(
        "-v", "--mock", "--api-key", "sk-very-secret-cli-key", "chat", "--model", "nope", "hi"
    )
    assert "sk-very-secret-cli-key" not in result.stdout + result.stderr


def test_ctrl_c_during_a_stream_stops_cleanly(server: MockServer) -> None:
    httpx.post(
        server.url + "/_mock/faults", json={"fault": "stream_stall", "after": 3, "seconds": 30}
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-X",
            "faulthandler",  # a hang below shows where the CLI waits (SIGABRT dumps stacks)
            "-m",
            "fireworks_client",
            "--base-url",
            server.base_url,
            "chat",
            "Tell me about lighthouses",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "FIREWORKS_API_KEY": "k"},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.read(3)  # the first words arrived; then the stream stalls
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            _, err = proc.communicate()
            pytest.fail("the CLI did not stop after SIGINT; its stacks:\n" + err.decode()[-6000:])
        assert code == EXIT_INTERRUPTED
        assert proc.stderr is not None and b"Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
