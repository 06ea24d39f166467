"""The older fireworks.client API (seed 000) and the logging switches."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from fireworks_client import legacy, set_console_log_level
from fireworks_client._logging import RedactingFilter
from fireworks_client.mock import MockServer

MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    with MockServer() as server:
        monkeypatch.setattr(legacy, "api_key", "legacy-key")
        monkeypatch.setattr(legacy, "base_url", server.base_url)
        yield server


def test_create_shares_one_client(mock: MockServer) -> None:
    answer = legacy.ChatCompletion.create(MODEL, [{"role": "user", "content": "Hi"}], max_tokens=4)
    assert answer.usage.completion_tokens == 4
    text = legacy.Completion.create(MODEL, prompt="Once", request_timeout=30)
    assert text.choices[0].text
    assert legacy._client() is legacy._client()
    chunks = list(legacy.Completion.create(MODEL, "Once", stream=True))
    assert (
        "".join(c.choices[0].text for c in chunks)
        == legacy.Completion.create(MODEL, "Once").choices[0].text
    )
    assert legacy.Model.list().data


def test_missing_prompt_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="prompt_or_messages"):
        legacy.ChatCompletion.create(MODEL)


def test_acreate_awaits_and_streams(mock: MockServer) -> None:
    async def main() -> tuple[str, str]:
        answer = await legacy.ChatCompletion.acreate(MODEL, [{"role": "user", "content": "Hi"}])
        streamed = ""
        async for chunk in legacy.ChatCompletion.acreate(
            MODEL, [{"role": "user", "content": "Hi"}], stream=True
        ):
            streamed += chunk.choices[0].delta.content or "" if chunk.choices else ""
        return answer.choices[0].message.content, streamed

    answer, streamed = asyncio.run(main())
    assert answer == streamed


def test_async_clients_are_per_event_loop_and_go_with_it(mock: MockServer) -> None:
    async def main() -> tuple[int, int]:
        assert await legacy._async_client() is await legacy._async_client()
        answer = await legacy.ChatCompletion.acreate(MODEL, [{"role": "user", "content": "Hi"}])
        return answer.usage.total_tokens, len(legacy._async)

    first, second = asyncio.run(main()), asyncio.run(main())  # a new loop, a new client
    assert first[0] == second[0]
    assert second[1] == 1  # the ended loop's clients were dropped


def test_set_console_log_level(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="DEBUG"):
        set_console_log_level("LOUD")
    set_console_log_level("debug")
    logging.getLogger("fireworks_client").debug("sending Authorization: Bearer sk-secret-123")
    err = capsys.readouterr().err
    assert "Bearer ***" in err and "sk-secret-123" not in err
    set_console_log_level("WARNING")


def test_redacting_filter_masks_arguments() -> None:
    record = logging.LogRecord(
        "fireworks_client", logging.INFO, __file__, 1, "header %s", ("Bearer abc.def",), None
    )
    RedactingFilter().filter(record)
    assert record.getMessage() == "header Bearer ***"


def test_fireworks_log_environment_variable() -> None:
    code = "import logging, fireworks_client; print(logging.getLogger('fireworks_client').level)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "FIREWORKS_LOG": "debug"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == str(logging.DEBUG)
