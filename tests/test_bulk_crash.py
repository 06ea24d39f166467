"""The bulk runner where it hurts: killed with SIGKILL at random points and resumed, and a
disk that fills up (a file-size limit in a child process). The jobs run as the command line,
in child processes, against a mock server of this process over loopback."""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fireworks_client._cli import main
from fireworks_client.mock import MockServer

CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


def requests_file(path: Path, count: int) -> Path:
    with path.open("w") as file:
        for i in range(count):
            body = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": f"n{i}"}]}
            line = {"custom_id": f"id-{i}", "method": "POST", "url": "/v1/chat/completions"}
            file.write(json.dumps({**line, "body": body}) + "\n")
    return path


def command(server: MockServer, source: Path, out: Path, *more: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "fireworks_client",
        "--api-key",
        "test-key",
        "--base-url",
        server.base_url,
        "bulk",
        str(source),
        str(out),
        "--progress",
        "off",
        *more,
    ]


def complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_killed_at_random_points_and_resumed_every_id_is_answered_once(
    server: MockServer, tmp_path: Path
) -> None:
    source = requests_file(tmp_path / "in.jsonl", 400)
    out = tmp_path / "out.jsonl"
    rng = random.Random(12)
    kills = 0
    torn_seen = 0
    failed_seen = 0
    # 40 answers are 400s: error lines, which each resume (--retry-failed) rewrites away and
    # sends again, so kills land in rewrites too.
    server.faults.inject("status", times=40, code=400)
    for _ in range(30):
        before = complete_lines(out)
        target = before + rng.randint(1, 60)
        child = subprocess.Popen(
            command(server, source, out, "--retry-failed"), stderr=subprocess.PIPE
        )
        # Wait for the event (that many results on disk, or the end), then kill mid-flight.
        deadline = time.monotonic() + 60
        while child.poll() is None and complete_lines(out) < target:
            assert time.monotonic() < deadline, "the job made no progress"
            time.sleep(0.002)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
        assert child.stderr is not None
        stderr = child.stderr.read().decode()
        child.stderr.close()
        if out.exists() and not out.read_bytes().endswith(b"\n") and out.stat().st_size:
            torn_seen += 1
        failed_seen += out.exists() and b'"error":{' in out.read_bytes()
        if child.returncode == 0:
            assert "400 lines" in stderr
            break
    else:
        pytest.fail("the job never finished")
    assert kills >= 5
    assert failed_seen >= 1
    text = out.read_bytes()
    assert text.endswith(b"\n")
    results = [json.loads(line) for line in text.splitlines()]
    ids = [r["custom_id"] for r in results]
    assert sorted(ids) == sorted(f"id-{i}" for i in range(400))  # each once, none lost
    assert all(r["error"] is None for r in results)
    assert torn_seen == 0  # one write a line: a kill leaves whole lines


def _limit_file_size(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    # Without this the kernel kills the writer (SIGXFSZ); with it the write fails (EFBIG).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_written(
    server: MockServer, tmp_path: Path
) -> None:
    source = requests_file(tmp_path / "in.jsonl", 60)
    out = tmp_path / "out.jsonl"
    limit = 6000
    child = subprocess.run(
        command(server, source, out),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: _limit_file_size(limit),
        check=False,
    )
    assert child.returncode == 5, child.stderr
    assert "cannot write a result" in child.stderr
    assert "run the same command again" in child.stderr
    kept = out.read_bytes()
    assert 0 < len(kept) <= limit
    assert kept.endswith(b"\n")  # the short write was taken back
    first = [json.loads(line)["custom_id"] for line in kept.splitlines()]
    assert len(first) == len(set(first)) >= 3
    # Room again: the same command goes on and nothing written before is lost or repeated.
    again = subprocess.run(
        command(server, source, out), capture_output=True, text=True, timeout=60, check=False
    )
    assert again.returncode == 0, again.stderr
    results = [json.loads(line) for line in out.read_bytes().splitlines()]
    assert [r["custom_id"] for r in results[: len(first)]] == first
    assert sorted(r["custom_id"] for r in results) == sorted(f"id-{i}" for i in range(60))


def test_the_command_line_runs_a_job_on_the_mock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = requests_file(tmp_path / "in.jsonl", 5)
    with source.open("a") as file:
        file.write("{broken\n")
    out = tmp_path / "out.jsonl"
    code = main(["--mock", "bulk", str(source), str(out), "--progress", "lines", "--rpm", "6000"])
    err = capsys.readouterr().err
    assert code == 1  # an error line: rerun with --retry-failed
    assert "6 lines: 5 succeeded, 1 failed (1 invalid)" in err
    assert "bulk: 6/6 done" in err  # the closing progress line
    assert complete_lines(out) == 6
    code = main(["--mock", "bulk", str(tmp_path / "none.jsonl"), str(out)])
    assert code == 2
    assert "input: no such file" in capsys.readouterr().err
    assert os.path.getsize(out) > 0
