"""The three ways to run the mock: a command, an ASGI app in process, a pytest fixture."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time

import httpx
import pytest
from fireworks_client.mock import create_app


def test_command_prints_its_url_serves_and_stops_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fireworks_client", "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/inference/v1)", line)
        assert match, line
        response = httpx.get(
            match.group(1) + "/models", headers={"Authorization": "Bearer k"}, timeout=5
        )
        assert response.status_code == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_command_ctrl_c_stops_cleanly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fireworks_client", "mock"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert "mock server on" in proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_asgi_app_in_process_with_an_async_client() -> None:
    async def main() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app())
        async with httpx.AsyncClient(
            transport=transport, base_url="http://mock/inference/v1"
        ) as client:
            return await client.post(
                "/embeddings",
                json={"model": "thenlper/gte-base", "input": "hello"},
                headers={"Authorization": "Bearer k"},
            )

    response = asyncio.run(main())
    assert response.status_code == 200
    assert len(response.json()["data"][0]["embedding"]) == 768


def test_pytest_fixture_in_a_users_suite(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["fireworks_client.mock.pytest_plugin"]\n')
    pytester.makepyfile(
        """
        import httpx

        def test_uses_the_mock(fireworks_mock, fireworks_mock_url):
            assert fireworks_mock_url == fireworks_mock.base_url
            fireworks_mock.faults.inject("rate_limit")
            headers = {"Authorization": "Bearer k"}
            assert httpx.get(fireworks_mock_url + "/models", headers=headers).status_code == 429
            assert httpx.get(fireworks_mock_url + "/models", headers=headers).status_code == 200

        def test_faults_do_not_leak_between_tests(fireworks_mock):
            assert fireworks_mock.faults.pending() == []
        """
    )
    started = time.monotonic()
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    assert time.monotonic() - started < 60


def test_demo_runs_against_the_embedded_mock(tmp_path: object) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fireworks_client.demo", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ContextLengthExceededError" in result.stdout and "cosine similarity" in result.stdout
    assert "[reasoning]" in result.stdout and "the model calls get_weather" in result.stdout
    assert (tmp_path / "lighthouse.jpg").read_bytes()[:3] == b"\xff\xd8\xff"  # type: ignore[operator]


def test_command_takes_a_body_limit_and_refuses_one_out_of_range() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fireworks_client", "mock", "--max-body-bytes", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().split()[4]
        response = httpx.post(
            base + "/embeddings",
            json={"model": "thenlper/gte-base", "input": "x" * 200},
            headers={"Authorization": "Bearer k"},
            timeout=5,
        )
        assert response.status_code == 413 and "limit is 100" in response.text
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    refused = subprocess.run(
        [sys.executable, "-m", "fireworks_client", "mock", "--max-body-bytes", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert refused.returncode == 2
    assert "max_body_bytes: must be at least 1, got 0" in refused.stderr
