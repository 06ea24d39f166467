"""Recording, replay and drift reports (issue 19, points 3, 4 and 7): the mock forwarding to a
local service that differs from the spec in known ways (``_drifting_upstream``), the
exchanges recorded, then replayed with that service gone; the drift report read against the
known differences; malformed cassettes named by their line."""

from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fireworks_api.operations import OPERATIONS
from fireworks_client import APIConnectionError, Fireworks, NotFoundError
from fireworks_client._openapi import load_spec
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import ASGISyncTransport, MockServer, create_app
from fireworks_client.mock._record.cassette import MAX_EVENTS, CassetteError

from tests._drifting_upstream import KNOWN, PAUSE, DriftingUpstream

KEY = "fw-test-key-not-a-real-one-0123456789"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
CHAT = {"model": MODEL, "messages": [{"role": "user", "content": "Hello"}]}
HEADERS = {"Authorization": f"Bearer {KEY}"}


def _events(raw: bytes) -> list[tuple[str, str | None, str]]:
    decoder = SSEDecoder()
    found = decoder.feed(raw)
    more, _ = decoder.close()
    return [(e.event, e.id, e.data) for e in found + more]


def _session(client: httpx.Client) -> dict[str, Any]:
    """The exchanges every recording here makes; what each answered."""
    seen: dict[str, Any] = {}
    seen["chat 1"] = client.post("/chat/completions", json=CHAT).json()
    seen["chat 2"] = client.post("/chat/completions", json=CHAT).json()
    stream = client.post("/chat/completions", json={**CHAT, "stream": True, "user": "named-events"})
    seen["stream"] = _events(stream.content)
    embeddings = client.post(
        "/embeddings", json={"model": "nomic-ai/nomic-embed-text-v1.5", "input": "x"}
    )
    seen["embeddings"] = (
        embeddings.status_code,
        embeddings.headers["content-type"],
        embeddings.text,
    )
    rerank = client.post(
        "/rerank", json={"model": "fireworks/qwen3-reranker-8b", "query": "q", "documents": ["a"]}
    )
    seen["rerank"] = (rerank.status_code, rerank.json())
    seen["models"] = client.get("/models").json()
    return seen


@pytest.fixture(scope="module")
def recorded(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path, dict[str, Any]]:
    """A cassette and a drift report of one session with the drifting service, which is
    gone once recorded."""
    where = tmp_path_factory.mktemp("recorded")
    cassette, report = where / "session.jsonl", where / "drift.json"
    with (
        DriftingUpstream() as upstream,
        MockServer(upstream=upstream.url, record=cassette, report=report) as proxy,
        httpx.Client(base_url=proxy.base_url, headers=HEADERS) as client,
    ):
        seen = _session(client)
        broken = {
            "model": "accounts/fireworks/models/llama-v2-7b",
            "prompt": "break",
            "stream": True,
        }
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("/completions", json=broken)
    return cassette, report, seen


def test_the_drift_report_names_each_known_difference_once(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    _, report_path, _ = recorded
    report = json.loads(report_path.read_text())
    found = {(d["operation"], d["in"], d["kind"], d["field"]) for d in report["differences"]}
    assert found == KNOWN
    counts = {(d["kind"], d["field"]): d["count"] for d in report["differences"]}
    # Each event of a stream is checked: the field on each of the 4 chunks, counted 4 times.
    assert counts["unknown_field", "system_fingerprint"] == 4
    assert counts["type", "created"] == 2  # both chat answers
    example = {d["field"]: d["example"] for d in report["differences"]}
    assert example["choices[].finish_reason"] == "end_turn"
    assert example["created"] == "1700000000"
    assert report["exchanges"] == 7
    assert report["events"] == 5 + 2


def test_the_key_never_lands_in_the_cassette_nor_the_report(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    cassette, report, seen = recorded
    assert KEY in seen["chat 1"]["id"]  # the service echoed it back, as it was told to
    for written in (cassette.read_text(), report.read_text()):
        assert KEY not in written
        assert "authorization" not in written.lower()
    assert '"id": "chatcmpl-<redacted>"' in cassette.read_text()


def test_each_exchange_is_recorded_with_its_answer_checked(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    cassette, _, _ = recorded
    entries = [json.loads(line) for line in cassette.read_text().splitlines()]
    assert [e["operation"] for e in entries] == [
        "chat.completions.create",
        "chat.completions.create",
        "chat.completions.create",
        "embeddings.create",
        "rerank.create",
        "models.list",
        "completions.create",
    ]
    stream = entries[2]
    assert [e.get("event") for e in stream["events"]] == ["delta"] * 4 + [None]
    times = [e["at"] for e in stream["events"]]
    assert times == sorted(times)
    assert times[2] - times[1] >= PAUSE * 0.9  # the service's pause, recorded
    assert {(d["kind"], d["field"]) for d in stream["drift"]} == {
        ("unknown_field", "system_fingerprint"),
        ("enum", "choices[].finish_reason"),
    }
    assert "drift" not in entries[5]  # the mock's own answer fits the spec
    assert entries[6]["end"] == "broken"


def test_a_recording_replays_with_the_service_gone(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    cassette, _, seen = recorded
    with (
        MockServer(replay=cassette, on_miss="error", pace=0) as mock,
        httpx.Client(base_url=mock.base_url, headers={"Authorization": "Bearer other"}) as client,
    ):
        replayed = _session(client)
        assert replayed["chat 1"]["choices"] == seen["chat 1"]["choices"]
        assert replayed["chat 1"]["id"] == "chatcmpl-<redacted>"
        # Identical requests take their answers in the order recorded...
        assert replayed["chat 2"]["choices"][0]["message"]["content"] == "answer 2"
        # ...and once they are used up, a miss says so.
        spent = client.post("/chat/completions", json=CHAT)
        assert spent.status_code == 404
        assert "All 2 answers recorded in session.jsonl" in spent.json()["error"]["message"]
        assert replayed["stream"] == [
            (e, i, d.replace(KEY, "<redacted>")) for e, i, d in seen["stream"]
        ]
        assert replayed["embeddings"] == seen["embeddings"]
        assert replayed["rerank"] == seen["rerank"]
        assert replayed["models"] == seen["models"]
        # The stream that broke off when recorded breaks off again.
        broken = {
            "model": "accounts/fireworks/models/llama-v2-7b",
            "prompt": "break",
            "stream": True,
        }
        sdk = Fireworks(api_key="other", base_url=mock.base_url, max_retries=0)
        with pytest.raises(APIConnectionError):
            list(sdk.completions.create(**broken))
        # A request the cassette does not have: a 404 naming the nearest entry and the field.
        other = {**CHAT, "messages": [{"role": "user", "content": "Bye"}]}
        miss = client.post("/chat/completions", json=other)
        assert miss.status_code == 404
        error = miss.json()["error"]
        assert error["code"] == "not_in_cassette"
        assert "nearest, line 1: the body differs at messages[0].content" in error["message"]
        assert mock.requests.of("chat.completions.create")[-1].params.messages[0].content == "Bye"
        # Rewound, it plays from the start again.
        assert client.get(mock.url + "/_mock/cassette").json()["replay"]["entries"] == 7
        client.post(mock.url + "/_mock/cassette/rewind")
        assert (
            client.post("/chat/completions", json=CHAT).json()["choices"][0]["message"]["content"]
            == "answer 1"
        )


def test_a_miss_gets_the_mocks_own_answer_when_so_configured(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    cassette, _, _ = recorded
    app = create_app(replay=cassette, pace=0, api_keys={KEY})  # on_miss="synthesize", the default
    mock = app.state.mock
    with httpx.Client(
        transport=ASGISyncTransport(app), base_url="http://mock/inference/v1", headers=HEADERS
    ) as client:
        other = {**CHAT, "messages": [{"role": "user", "content": "Bye"}]}
        answer = client.post("/chat/completions", json=other)
        assert answer.status_code == 200
        assert "x-mock-replayed" not in answer.headers
        mock.scripts.add("chat.completions.create", answer={"content": "scripted"}, text="Bye")
        scripted = client.post("/chat/completions", json=other).json()
        assert scripted["choices"][0]["message"]["content"] == "scripted"
        hit = client.post("/chat/completions", json=CHAT)
        assert hit.headers["x-mock-replayed"] == "session.jsonl:1"
        # What the mock refuses, a cassette does not answer either.
        other_key = {"Authorization": "Bearer not-the-key"}
        assert client.post("/chat/completions", json=CHAT, headers=other_key).status_code == 401


def test_a_stream_replays_its_recorded_pauses(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    cassette, _, _ = recorded
    with (
        MockServer(replay=cassette, pace=1) as mock,
        httpx.Client(base_url=mock.base_url, headers=HEADERS) as client,
    ):
        arrived: list[float] = []
        decoder = SSEDecoder()
        body = {**CHAT, "stream": True, "user": "named-events"}
        with client.stream("POST", "/chat/completions", json=body) as answer:
            for chunk in answer.iter_raw():
                arrived += [time.monotonic()] * len(decoder.feed(chunk))
        assert len(arrived) == 5
        assert arrived[2] - arrived[1] >= PAUSE * 0.9


def _changed_spec() -> dict[str, Any]:
    """The spec after an upgrade that makes a choice's index a string."""
    spec = load_spec()
    choice = spec["components"]["schemas"]["ChatCompletionResponseChoice"]
    choice["properties"]["index"] = {"type": "string"}
    return spec


def test_a_cassette_that_no_longer_fits_the_spec_is_reported(
    recorded: tuple[Path, Path, dict[str, Any]],
) -> None:
    cassette, _, _ = recorded
    with pytest.raises(CassetteError) as caught:
        create_app(spec=_changed_spec(), operations=OPERATIONS, replay=cassette)
    message = str(caught.value)
    assert caught.value.line == 1
    assert "line 1 (chat.completions.create)" in message
    assert "choices[].index: 0 is not of type 'string' (rule: type)" in message
    assert "recorded without this difference" in message
    # As a warning instead, naming the same, and replayed.
    with pytest.warns(UserWarning, match=r"choices\[\]\.index"):
        app = create_app(
            spec=_changed_spec(), operations=OPERATIONS, replay=cassette, replay_check="warn"
        )
    assert len(app.state.mock.replay.cassette.problems) == 2  # both chat answers


GOOD = {
    "operation": "models.list",
    "method": "GET",
    "path": "/inference/v1/models",
    "request": None,
    "status": 200,
    "headers": {"content-type": "application/json"},
    "body": {"object": "list", "data": []},
}


def _broken_answer() -> dict[str, Any]:
    entry = copy.deepcopy(GOOD)
    entry["body"]["data"] = "none"
    return entry


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("{not json", "line 2: not JSON"),
        (
            json.dumps({**GOOD, "operation": "models.explode"}),
            "line 2: operation: 'models.explode' is not an operation the mock serves",
        ),
        (
            json.dumps({**GOOD, "path": "/inference/v1/chat/completions"}),
            "line 2: path: GET /inference/v1/chat/completions is not models.list's",
        ),
        (
            json.dumps(_broken_answer()),
            "line 2 (models.list): the answer no longer fits the effective spec: "
            "data: 'none' is not of type 'array' (rule: type)",
        ),
        (
            json.dumps({**GOOD, "status": 999}),
            "line 2: status: 999 must be an integer from 200 to 599",
        ),
        (json.dumps({**GOOD, "colour": 1}), "line 2: colour: unknown field"),
        (
            json.dumps(
                {
                    **{k: v for k, v in GOOD.items() if k != "body"},
                    "events": [{"data": "x", "at": 2}, {"data": "y", "at": 1}],
                }
            ),
            "line 2: events[1].at: seconds from the head, not decreasing",
        ),
        (json.dumps([1]), "line 2: list is not an object"),
    ],
    ids=["json", "operation", "path", "schema", "status", "key", "pauses", "object"],
)
def test_a_malformed_cassette_is_an_error_naming_the_line(
    tmp_path: Path, line: str, named: str
) -> None:
    cassette = tmp_path / "bad.jsonl"
    cassette.write_text(json.dumps(GOOD) + "\n" + line + "\n")
    with pytest.raises(CassetteError) as caught:
        create_app(replay=cassette)
    assert named in str(caught.value)
    assert caught.value.line == 2


def test_a_cassette_over_its_limits_is_refused(tmp_path: Path) -> None:
    many = {
        **{k: v for k, v in GOOD.items() if k != "body"},
        "events": [{"data": "x"}] * (MAX_EVENTS + 1),
    }
    cassette = tmp_path / "long.jsonl"
    cassette.write_text(json.dumps(many) + "\n")
    with pytest.raises(CassetteError, match=f"line 1: events: a list of at most {MAX_EVENTS}"):
        create_app(replay=cassette)


def test_the_command_line_names_the_bad_line_and_exits_2(tmp_path: Path) -> None:
    cassette = tmp_path / "bad.jsonl"
    cassette.write_text(json.dumps(GOOD) + "\n\n" + json.dumps({**GOOD, "operation": "x"}) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "fireworks_client", "mock", "--replay", str(cassette)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "bad.jsonl: line 3: operation: 'x' is not an operation the mock serves" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_pytest_marker_replays_a_cassette_for_one_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["fireworks_client.mock.pytest_plugin"]\n')
    (pytester.path / "cassettes").mkdir()
    (pytester.path / "cassettes" / "models.jsonl").write_text(json.dumps(GOOD) + "\n")
    (pytester.path / "bad.jsonl").write_text("{\n")
    pytester.makepyfile(
        """
        import httpx
        import pytest

        def models(mock):
            headers = {"Authorization": "Bearer k"}
            return httpx.get(mock.base_url + "/models", headers=headers)

        @pytest.mark.fireworks_cassette("cassettes/models.jsonl", on_miss="error")
        def test_replayed(fireworks_mock):
            answer = models(fireworks_mock)
            assert answer.json()["data"] == []
            assert answer.headers["x-mock-replayed"] == "models.jsonl:1"
            assert models(fireworks_mock).status_code == 404  # used up

        def test_the_next_test_gets_the_mock(fireworks_mock):
            assert models(fireworks_mock).json()["data"]

        @pytest.mark.fireworks_cassette("bad.jsonl")
        def test_a_malformed_cassette(fireworks_mock):
            pass
        """
    )
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*bad.jsonl: line 1: not JSON*"])


def _png(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image  # noqa: PLC0415

    out = io.BytesIO()
    Image.new("RGB", (16, 16), colour).save(out, "PNG")
    return out.getvalue()


@pytest.mark.filterwarnings("ignore:images.* Stable Diffusion XL:DeprecationWarning")
def test_a_multipart_request_is_recorded_by_its_fields_and_replayed_by_them(
    tmp_path: Path,
) -> None:
    """A form is kept as its fields, each file as its name, size and SHA-256 (not its bytes),
    and replay matches a form by them: two image-to-image requests differing only in a field
    each get their own answer back, and one with another image is a miss."""
    cassette = tmp_path / "forms.jsonl"
    red, blue = _png((255, 0, 0)), _png((0, 0, 255))

    def edit(client: Fireworks, image: bytes, strength: float) -> bytes:
        (edited,) = client.images.image_to_image(
            init_image=image,
            init_image_mode="IMAGE_STRENGTH",
            image_strength=strength,
            safety_check=False,
        )
        return edited.data

    with (
        DriftingUpstream() as upstream,
        MockServer(upstream=upstream.url, record=cassette) as proxy,
        Fireworks(api_key=KEY, base_url=proxy.base_url, max_retries=0) as client,
    ):
        recorded = {strength: edit(client, red, strength) for strength in (0.3, 0.6)}
    (entry, _) = [json.loads(line) for line in cassette.read_text().splitlines()]
    image = entry["request"]["init_image"]
    assert image["size"] == len(red) and len(image["sha256"]) == 64 and "file" in image
    assert entry["request"]["image_strength"] == "0.3"
    with (
        MockServer(replay=cassette, on_miss="error", pace=0) as mock,
        Fireworks(api_key="other", base_url=mock.base_url, max_retries=0) as client,
    ):
        assert edit(client, red, 0.6) == recorded[0.6]
        assert edit(client, red, 0.3) == recorded[0.3]
        with pytest.raises(NotFoundError, match=r"No answer in forms\.jsonl"):
            edit(client, blue, 0.3)


def test_the_proxy_keeps_its_connections_to_the_service() -> None:
    """Forwarded requests reuse a connection to the service (a recording's latencies are the
    service's, not a new connection's each)."""
    with DriftingUpstream() as upstream:
        with (
            MockServer(upstream=upstream.url) as proxy,
            httpx.Client(base_url=proxy.base_url, headers=HEADERS) as client,
        ):
            for _ in range(4):
                assert client.post("/chat/completions", json=CHAT).status_code == 200
            assert client.get("/models").status_code == 200
        assert len(upstream.peers) == 5
        assert len(set(upstream.peers)) == 1


def test_requests_are_checked_too_recording_or_not() -> None:
    with (
        DriftingUpstream() as upstream,
        MockServer(upstream=upstream.url) as proxy,
        httpx.Client(base_url=proxy.url, headers=HEADERS) as client,
    ):
        client.post("/inference/v1/chat/completions", json={**CHAT, "colour": "blue"})
        client.get("/inference/v1/models", params={"verbose": "1"})
        assert client.get("/inference/v1/nowhere").status_code == 404  # the service's answer
        report = client.get("/_mock/drift").json()["drift"]
    requests = {
        (d["operation"], d["kind"], d["field"])
        for d in report["differences"]
        if d["in"] == "request"
    }
    assert requests == {
        ("chat.completions.create", "unknown_field", "colour"),
        ("models.list", "unknown_field", "query.verbose"),
        ("GET /inference/v1/nowhere", "operation", "GET /inference/v1/nowhere"),
    }
    assert report["exchanges"] == 3
    assert report["upstream"] == upstream.url


def test_a_named_streams_error_event_is_checked_against_its_declared_error_model() -> None:
    """Anthropic's dialect: the event named as the declared error event (``event: error``) is
    the declared error model's (``x-fireworks-sse``), whatever the chunks' union allows."""
    from fireworks_client.mock._record.drift import SpecCheck  # noqa: PLC0415

    check = SpecCheck(load_spec())
    operation = OPERATIONS["messages_post"]
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    assert check.event(operation, 200, json.dumps({**error, "request_id": "req_1"}), "error") == []
    # The chunks' union takes it without request_id; the declared error model does not.
    assert check.event(operation, 200, json.dumps(error), "message_delta") == []
    found = check.event(operation, 200, json.dumps(error), "error")
    assert [(f.kind, f.field) for f in found] == [("required", "request_id")]
