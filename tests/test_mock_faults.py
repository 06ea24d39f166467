"""Faults on demand, over a real loopback socket."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import MockServer

CHAT = {
    "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
    "messages": [{"role": "user", "content": "Tell me about lighthouses"}],
}
STREAM = {**CHAT, "stream": True}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    server.faults.clear()
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": "Bearer k"}, timeout=5
    ) as c:
        yield c


def decode(raw: bytes) -> tuple[list[str], bool]:
    decoder = SSEDecoder()
    events = decoder.feed(raw)
    tail, truncated = decoder.close()
    return [e.data for e in events + tail], truncated


def test_server_listens_on_loopback_only(server: MockServer) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
    assert server.port != 0


@pytest.mark.parametrize(
    ("fault", "status", "kind"),
    [
        ("rate_limit", 429, "rate_limit_error"),
        ("forbidden", 403, "permission_error"),
        ("server_error", 500, "internal_server_error"),
        ("unavailable", 503, "service_unavailable"),
        ("status; code=529", 529, "internal_server_error"),
        ("status; code=408", 408, "timeout_error"),
    ],
)
def test_error_faults_by_header(client: httpx.Client, fault: str, status: int, kind: str) -> None:
    response = client.post("/chat/completions", json=CHAT, headers={"X-Mock-Fault": fault})
    assert response.status_code == status
    assert response.json()["error"]["type"] == kind


def test_rate_limit_carries_retry_after(client: httpx.Client) -> None:
    response = client.get("/models", headers={"X-Mock-Fault": "rate_limit; retry_after=3"})
    assert response.headers["Retry-After"] == "3"
    ms = client.get("/models", headers={"X-Mock-Fault": "rate_limit; retry_after_ms=250"})
    assert ms.headers["retry-after-ms"] == "250"


def test_bad_gateway_is_html(client: httpx.Client) -> None:
    response = client.get("/models", headers={"X-Mock-Fault": "bad_gateway"})
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")


def test_faults_for_the_next_n_requests(client: httpx.Client, server: MockServer) -> None:
    server.faults.inject("unavailable", times=2)
    assert [client.get("/models").status_code for _ in range(3)] == [503, 503, 200]


def test_stream_faults_wait_for_a_stream(client: httpx.Client, server: MockServer) -> None:
    server.faults.inject("stream_truncated", after=1)
    assert client.post("/chat/completions", json=CHAT).status_code == 200  # not a stream: untouched
    data, truncated = decode(client.post("/chat/completions", json=STREAM).content)
    assert len(data) == 1 and "[DONE]" not in data and not truncated


def test_faults_over_http_control_endpoint(client: httpx.Client, server: MockServer) -> None:
    pending = httpx.post(
        server.url + "/_mock/faults", json={"fault": "server_error", "times": 1}
    ).json()
    assert pending == {"pending": [{"fault": "server_error", "times": 1}]}
    assert client.get("/models").status_code == 500
    bad = httpx.post(server.url + "/_mock/faults", json={"fault": "nonsense"})
    assert bad.status_code == 400 and "rate_limit" in bad.json()["error"]["message"]


def test_unknown_fault_header_is_400(client: httpx.Client) -> None:
    response = client.get("/models", headers={"X-Mock-Fault": "meteor"})
    assert response.status_code == 400 and "meteor" in response.json()["error"]["message"]


def test_delay_passes_a_client_timeout(client: httpx.Client) -> None:
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.get("/models", headers={"X-Mock-Fault": "delay; seconds=1"}, timeout=0.2)
    assert time.monotonic() - started < 1.0


def test_stream_error_event(client: httpx.Client) -> None:
    data, _ = decode(
        client.post(
            "/chat/completions", json=STREAM, headers={"X-Mock-Fault": "stream_error; after=2"}
        ).content
    )
    assert len(data) == 3
    assert json.loads(data[-1])["error"]["code"] == "mock_fault"


def test_malformed_chunk(client: httpx.Client) -> None:
    data, _ = decode(
        client.post(
            "/chat/completions", json=STREAM, headers={"X-Mock-Fault": "malformed_chunk; after=1"}
        ).content
    )
    with pytest.raises(json.JSONDecodeError):
        json.loads(data[1])


def test_stream_disconnect_breaks_the_connection(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(
            "/chat/completions", json=STREAM, headers={"X-Mock-Fault": "stream_disconnect; after=2"}
        )
    assert client.get("/models").status_code == 200  # the server carries on


def test_stream_stall(client: httpx.Client) -> None:
    with (
        pytest.raises(httpx.ReadTimeout),
        client.stream(
            "POST",
            "/chat/completions",
            json=STREAM,
            headers={"X-Mock-Fault": "stream_stall; after=1; seconds=1"},
            timeout=0.3,
        ) as response,
    ):
        for _ in response.iter_bytes():
            pass
