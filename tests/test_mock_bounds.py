"""The mock's memory is bounded: the body size limit, the request log (entries, bytes, large
bodies summarised) and a paged GET /_mock/requests."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import httpx
import pytest
from fireworks_client.mock import ASGISyncTransport, RequestLog, create_app
from fireworks_client.mock._answers.common import _sorted_json
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


def chat_body(messages: int) -> dict[str, object]:
    return {
        "model": CHAT_MODEL,
        "max_tokens": 2,
        "messages": [{"role": "user", "content": "Tell me about lighthouses"}] * messages,
    }


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    app = create_app(request_log=RequestLog(max_entries=50, max_bytes=200_000))
    with httpx.Client(
        transport=ASGISyncTransport(app),
        base_url="http://mock",
        headers={"Authorization": "Bearer k"},
    ) as c:
        c.app = app  # type: ignore[attr-defined]
        yield c


def test_a_large_body_is_logged_as_a_summary(client: httpx.Client) -> None:
    sent = json.dumps(chat_body(5_000)).encode()  # about 290 KB, over the 64 KiB kept whole
    assert client.post("/inference/v1/chat/completions", content=sent).status_code == 200
    (entry,) = client.get("/_mock/requests").json()["requests"]
    assert entry["body_kept"] is False and entry["body_bytes"] == len(sent)
    assert entry["body"] == {
        "model": CHAT_MODEL,
        "max_tokens": 2,
        "messages": "<list of 5000 items>",
    }


def test_the_log_is_bounded_in_bytes_and_entries(client: httpx.Client) -> None:
    log: RequestLog = client.app.state.mock.requests  # type: ignore[attr-defined]
    for _ in range(10):  # 10 bodies of about 58 KB, kept whole: over 200,000 bytes together
        client.post("/inference/v1/chat/completions", json=chat_body(1_000))
    assert 0 < log.size_bytes <= 200_000
    assert len(log) == 3
    for _ in range(60):
        client.get("/inference/v1/models")
    assert len(log) == 50 and log[-1]["path"] == "/inference/v1/models"


def test_get_requests_is_paged(client: httpx.Client) -> None:
    for _ in range(30):
        client.get("/inference/v1/models")
    first = client.get("/_mock/requests", params={"limit": 20}).json()
    assert (len(first["requests"]), first["total"], first["next_offset"]) == (20, 30, 20)
    rest = client.get("/_mock/requests", params={"offset": 20, "limit": 20}).json()
    assert (len(rest["requests"]), rest["next_offset"]) == (10, None)
    default = client.get("/_mock/requests").json()
    assert len(default["requests"]) == 30


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ({"limit": "0"}, "limit: must be an integer from 1 to 1000"),
        ({"limit": "5000"}, "limit: must be an integer from 1 to 1000"),
        ({"offset": "-1"}, "offset: must be an integer from 0 up"),
        ({"offset": "x"}, "offset: must be an integer"),
    ],
)
def test_bad_page_parameters_are_named(
    client: httpx.Client, query: dict[str, str], says: str
) -> None:
    response = client.get("/_mock/requests", params=query)
    assert response.status_code == 400 and says in response.json()["error"]["message"]


def test_bodies_over_the_limit_are_refused_with_413() -> None:
    app = create_app(max_body_bytes=10_000)
    with httpx.Client(
        transport=ASGISyncTransport(app),
        base_url="http://mock",
        headers={"Authorization": "Bearer k"},
    ) as client:
        response = client.post("/inference/v1/chat/completions", json=chat_body(500))
        assert response.status_code == 413
        assert "limit is 10000" in response.json()["error"]["message"]
        control = client.post("/_mock/faults", content=b'{"fault": "delay"' + b" " * 70_000 + b"}")
        assert control.status_code == 413
    assert list(app.state.mock.requests) == []


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="max_body_bytes: must be at least 1"):
        create_app(max_body_bytes=0)
    with pytest.raises(ValueError, match="max_bytes: must be at least 1"):
        RequestLog(max_bytes=0)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), JSON, max_size=6))
def test_request_ids_hash_the_same_text_in_pieces(body: dict[str, object]) -> None:
    # Encoded a list item at a time (so that other clients are not kept waiting), the text
    # hashed for an answer's id is the one it always was: ids do not change.
    assert "".join(_sorted_json(body)) == json.dumps(body, sort_keys=True, default=str)


def test_a_summary_and_headers_are_bounded_too() -> None:
    log = RequestLog(max_body_bytes=10)
    log.append("POST", "/x", {"x-big": "a" * 5000}, {f"f{i}": i for i in range(1000)}, 20_000)
    (entry,) = log
    assert len(entry["body"]) == 51 and entry["body"]["..."] == "<950 more fields>"
    assert entry["headers"]["x-big"].startswith("a" * 1024 + "... <5000 characters>")
    assert log.size_bytes < 20_000


def test_images_from_a_large_upload_are_bounded(client: httpx.Client) -> None:
    # Image-to-image answers at the upload's size: a flat 4096x4096 PNG is a small file, and
    # ten samples of it would be half a gigabyte of pixels.
    out = io.BytesIO()
    Image.new("RGB", (4096, 4096)).save(out, "PNG")
    response = client.post(
        "/inference/v1/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"
        "/image_to_image",
        files={"init_image": ("big.png", out.getvalue(), "image/png")},
        data={"init_image_mode": "IMAGE_STRENGTH", "samples": "10"},
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "mock_limit" and error["param"] == "samples"
    assert "10 x 4096x4096 pixels" in error["message"]
