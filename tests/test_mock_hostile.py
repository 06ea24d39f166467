"""The mock under hostile and odd input, over raw sockets: every request gets a 2xx or a 4xx
(never a 5xx, a dropped connection or silence), in bounded time, and the server keeps serving."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest
from fireworks_client.mock import MockServer

from tests._hostile import API, CASES, CHAT_MODEL, Answer, Case, exchange, request

LIMIT = 1_000_000  # a small body limit, so that the 413 cases stay cheap


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(max_body_bytes=LIMIT) as mock:
        yield mock


def assert_still_serving(server: MockServer) -> None:
    answer = exchange(server.port, request("GET", f"{API}/models"))
    assert answer.status == 200, answer.message


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_input_is_answered_with_a_2xx_or_4xx(server: MockServer, case: Case) -> None:
    answer = exchange(server.port, case.raw)
    if case.status is not None:
        assert answer.status == case.status, answer.message
    assert 200 <= answer.status < 500, answer.message
    assert case.says in answer.message
    assert_still_serving(server)


def test_fault_parameters_in_range_still_work(server: MockServer) -> None:
    answer = exchange(
        server.port,
        request(
            "GET", f"{API}/models", headers={"X-Mock-Fault": "status; code=529; retry_after=2"}
        ),
    )
    assert answer.status == 529 and answer.headers["retry-after"] == "2"
    stream = exchange(
        server.port,
        request(
            "POST",
            f"{API}/chat/completions",
            b'{"model": "accounts/fireworks/models/llama-v3p1-8b-instruct", "stream": true,'
            b' "messages": [{"role": "user", "content": "hi"}]}',
            headers={"X-Mock-Fault": "stream_truncated; after=204"},
        ),
    )
    # after=204 is a valid count (only a status code of 204 is refused); this stream is shorter.
    assert stream.status == 200 and b"[DONE]" in stream.body


def test_faults_refused_in_process_name_the_parameter(server: MockServer) -> None:
    with pytest.raises(ValueError, match=r"retry_after=nan: must be a number from 0 to 86400"):
        server.faults.inject("rate_limit", retry_after=float("nan"))
    with pytest.raises(ValueError, match=r"times: must be an integer from 1"):
        server.faults.inject("rate_limit", times=0)
    assert server.faults.pending() == []


def test_a_large_prompt_is_answered_and_does_not_stall_other_clients() -> None:
    # 60,000 messages (3.5 MB) to truncate to 100 tokens: the quadratic eviction it replaces
    # took minutes for a tenth of this, with every other client waiting.
    messages = [{"role": "user", "content": "Tell me about lighthouses"}] * 60_000
    body = json.dumps(
        {"model": CHAT_MODEL, "prompt_truncate_len": 100, "messages": messages}
    ).encode()
    answers: list[Answer] = []
    with MockServer() as mock:
        sender = threading.Thread(
            target=lambda: answers.append(
                exchange(mock.port, request("POST", f"{API}/chat/completions", body), 30)
            )
        )
        sender.start()
        others = [exchange(mock.port, request("GET", f"{API}/models"))]
        while sender.is_alive():  # no event marks "the large body is being worked on"
            others.append(exchange(mock.port, request("GET", f"{API}/models")))
        sender.join()
    (answer,) = answers
    assert answer.status == 200, answer.message
    assert answer.seconds < 5
    assert answer.json()["usage"]["prompt_tokens"] <= 100
    assert all(other.status == 200 and other.seconds < 5 for other in others)
