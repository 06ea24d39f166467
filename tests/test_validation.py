"""Bad settings fail where they are given, naming the setting and the rule, before anything is
sent: in the constructor, in with_options and in the options of a call."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_client.mock import MockServer

KEY = "fw-validation-key-never-shown"

BAD_OPTIONS = [
    ({"timeout": "abc"}, "timeout: expected seconds above 0, None or an httpx.Timeout"),
    ({"timeout": -1}, "timeout: expected seconds above 0"),
    ({"timeout": 0}, "timeout: expected seconds above 0"),
    ({"timeout": math.nan}, "timeout: expected seconds above 0"),
    ({"timeout": True}, "timeout: expected seconds above 0"),
    ({"timeout": httpx.Timeout(5, connect=-2)}, "timeout: expected seconds above 0"),
    ({"max_retries": -1}, "max_retries: expected a whole number of 0 or more, got -1"),
    ({"max_retries": "2"}, "max_retries: expected a whole number of 0 or more, got '2'"),
    ({"max_retries": 1.5}, "max_retries: expected a whole number of 0 or more"),
]
BAD_HEADERS = [
    ({"X-A": 1}, "['X-A']: expected text, got 1"),
    ({"X-A": "one\ntwo"}, "['X-A']: expected text on one line"),
    ({"X-A": "one\rtwo"}, "['X-A']: expected text on one line"),
    ({"X A": "v"}, "expected header names without spaces"),
    ({"X:A": "v"}, "expected header names of visible characters without ':'"),
    ({"": "v"}, "expected header names of visible characters"),
    ({"X\nA": "v"}, "expected header names of visible characters"),
]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.mark.parametrize(("option", "message"), BAD_OPTIONS)
def test_bad_call_options_fail_before_sending(
    server: MockServer, option: dict[str, Any], message: str
) -> None:
    server.state.requests.clear()
    with fw.Fireworks(api_key=KEY, base_url=server.base_url) as client:
        with pytest.raises(fw.FireworksConfigurationError, match=message.replace("(", r"\(")):
            client.models.list(**option)
        with pytest.raises(ValueError, match="expected"):  # also a ValueError
            client.chat.completions.create(model="m", messages=[], **option)
    assert list(server.state.requests) == []


@pytest.mark.parametrize(("headers", "message"), BAD_HEADERS)
def test_bad_headers_fail_before_sending(
    server: MockServer, headers: dict[Any, Any], message: str
) -> None:
    server.state.requests.clear()
    with fw.Fireworks(api_key=KEY, base_url=server.base_url) as client:
        with pytest.raises(fw.FireworksConfigurationError, match="extra_headers") as info:
            client.models.list(extra_headers=headers)
        assert message in str(info.value)
    with pytest.raises(fw.FireworksConfigurationError, match="default_headers") as info:
        fw.Fireworks(api_key=KEY, base_url=server.base_url, default_headers=headers)
    assert message in str(info.value)
    assert list(server.state.requests) == []


@pytest.mark.parametrize(("option", "message"), BAD_OPTIONS)
def test_bad_settings_fail_in_the_constructor_and_with_options(
    option: dict[str, Any], message: str
) -> None:
    for make in (fw.Fireworks, fw.AsyncFireworks):
        with pytest.raises(fw.FireworksConfigurationError, match=message.replace("(", r"\(")):
            make(api_key=KEY, base_url="http://127.0.0.1:9", **option)
        client = make(api_key=KEY, base_url="http://127.0.0.1:9")
        with pytest.raises(fw.FireworksConfigurationError, match=message.replace("(", r"\(")):
            client.with_options(**option)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"base_url": "ftp://x"}, "base_url: expected an http:// or https:// URL, got 'ftp://x'"),
        ({"retry_initial_delay": -1}, "retry_initial_delay: expected seconds, 0 or more"),
        ({"retry_max_delay": "8"}, "retry_max_delay: expected seconds, 0 or more, got '8'"),
        ({"default_headers": ["X-A"]}, "default_headers: expected a mapping"),
    ],
)
def test_other_bad_settings(setting: dict[str, Any], message: str) -> None:
    with pytest.raises(fw.FireworksConfigurationError) as info:
        fw.Fireworks(api_key=KEY, **setting)
    assert message in str(info.value)


@pytest.mark.parametrize("key", [f"{KEY}\n", f"Bearer {KEY}", f"{KEY}\0", 42])
def test_a_bad_api_key_is_refused_without_showing_it(key: Any) -> None:
    with pytest.raises(fw.FireworksConfigurationError, match="api_key") as info:
        fw.Fireworks(api_key=key, base_url="http://127.0.0.1:9")
    assert KEY not in str(info.value) and KEY not in repr(info.value)
    client = fw.Fireworks(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(fw.FireworksConfigurationError, match="api_key") as info:
        client.with_options(api_key=key)
    assert KEY not in str(info.value)


def test_good_settings_pass(server: MockServer) -> None:
    timeouts: list[Any] = [None, 30, 2.5, httpx.Timeout(10, connect=1), httpx.Timeout(None)]
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        for timeout in timeouts:
            assert client.models.list(timeout=timeout, max_retries=3).data
        assert client.with_options(default_headers={"X-Trace": "1"}).models.list().data

    async def main() -> None:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            assert (await client.models.list(extra_headers={"X-Trace": "2"}, timeout=5)).data

    asyncio.run(main())
