"""What popular clients send (found by tests/probes/clients_probe.py), as raw requests to the
mock in process: each test holds a fix to the mock or the effective spec without needing the
client that showed the problem."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fireworks_client.mock import ASGISyncTransport, create_app

CHAT = "accounts/fireworks/models/kimi-k2-instruct-0905"


@pytest.fixture(scope="module")
def mock() -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=ASGISyncTransport(create_app()),
        base_url="http://mock/inference/v1",
        headers={"Authorization": "Bearer test-key"},
    ) as client:
        yield client


def test_the_official_sdks_newer_fields_are_taken(mock: httpx.Client) -> None:
    # fireworks-ai 1.2.30 sends these when its user sets them; they were 400 unknown field.
    chat = mock.post(
        "/chat/completions",
        json={
            "model": CHAT,
            "messages": [{"role": "user", "content": "Hi"}],
            "prompt_cache_key": "session-1",
            "safe_tokenization": True,
            "service_tier": "priority",
        },
    )
    assert chat.status_code == 200, chat.text
    completion = mock.post(
        "/completions",
        json={"model": CHAT, "prompt": "Hi", "prompt_cache_key": "s", "service_tier": "flex"},
    )
    assert completion.status_code == 200, completion.text
    wrong = mock.post(
        "/completions", json={"model": CHAT, "prompt": "Hi", "service_tier": "cheapest"}
    )
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "service_tier"
