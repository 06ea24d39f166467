"""The bulk runner against the mock server: the Batch format, bad input, resuming, faults."""

from __future__ import annotations

import asyncio
import fcntl
import io
import json
import logging
import os
import random
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fireworks_client import AsyncFireworks, AuthenticationError
from fireworks_client.bulk import BulkOutputError, Summary, arun, run
from fireworks_client.bulk._engine import Engine
from fireworks_client.bulk._format import parse_request
from fireworks_client.bulk._idset import ANSWERED, SEEN, IdTable, digest
from fireworks_client.bulk._pace import AdaptiveLimit, RateCeiling
from fireworks_client.bulk._progress import Snapshot, make_progress
from fireworks_client.mock import MockServer

CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
EMBED_MODEL = "nomic-ai/nomic-embed-text-v1.5"
KEY = "test-key-bulk-0123456789"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def server(mock: MockServer) -> Iterator[MockServer]:
    mock.faults.clear()
    mock.state.requests.clear()
    yield mock
    mock.faults.clear()


def chat_line(custom_id: str, text: str = "Say hi") -> dict[str, Any]:
    return {
        "custom_id": custom_id,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {
            "model": CHAT_MODEL,
            "messages": [{"role": "user", "content": text}],
            "max_tokens": 8,
        },
    }


def write_lines(path: Path, lines: list[Any]) -> Path:
    with path.open("w") as file:
        for line in lines:
            file.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


def read_results(path: Path) -> list[dict[str, Any]]:
    text = path.read_text()
    assert text == "" or text.endswith("\n"), "a torn last line"
    return [json.loads(line) for line in text.splitlines()]


def job(server: MockServer, source: Path, out: Path, **options: Any) -> Summary:
    options.setdefault("progress", "off")
    return run(source, out, api_key=KEY, base_url=server.base_url, **options)


def test_a_job_answers_every_operation_in_the_batch_format(
    server: MockServer, tmp_path: Path
) -> None:
    lines = [
        chat_line("chat-1"),
        {
            "custom_id": "complete-1",
            "method": "POST",
            "url": "/v1/completions",
            "body": {"model": CHAT_MODEL, "prompt": "The sky is", "max_tokens": 4},
        },
        {
            "custom_id": "embed-1",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": EMBED_MODEL, "input": ["a lighthouse"], "dimensions": 4},
        },
    ]
    out = tmp_path / "out.jsonl"
    summary = job(server, write_lines(tmp_path / "in.jsonl", lines), out)
    results = {r["custom_id"]: r for r in read_results(out)}
    assert set(results) == {"chat-1", "complete-1", "embed-1"}
    for result in results.values():
        assert result["id"].startswith("batch_req_")
        assert result["error"] is None
        assert result["response"]["status_code"] == 200
        assert result["response"]["request_id"]
    assert results["chat-1"]["response"]["body"]["choices"][0]["message"]["role"] == "assistant"
    assert len(results["embed-1"]["response"]["body"]["data"][0]["embedding"]) == 4
    assert (summary.lines, summary.succeeded, summary.failed, summary.skipped) == (3, 3, 0, 0)
    assert summary.requests_sent == 3
    assert summary.total_tokens > 0
    assert summary.total_tokens == summary.prompt_tokens + summary.completion_tokens


def test_bad_lines_become_error_lines_naming_their_line(server: MockServer, tmp_path: Path) -> None:
    lines = [
        chat_line("ok-1"),
        "{not json",
        "",  # blank: not a request, no result
        json.dumps({"url": "/v1/chat/completions", "body": {}}),
        json.dumps({**chat_line("bad-url"), "url": "/v1/rerank-nothing"}),
        json.dumps({**chat_line("bad-body"), "body": [1, 2]}),
        json.dumps({**chat_line("streamed"), "body": {**chat_line("x")["body"], "stream": True}}),
        json.dumps(chat_line("ok-1")),  # a repeat
        "[1, 2]",
        chat_line("ok-2"),
    ]
    out = tmp_path / "out.jsonl"
    summary = job(server, write_lines(tmp_path / "in.jsonl", lines), out)
    results = read_results(out)
    errors = {r["error"]["line"]: r for r in results if r["error"] is not None}
    assert sorted(errors) == [2, 4, 5, 6, 7, 8, 9]
    assert "line 2: not JSON" in errors[2]["error"]["message"]
    assert "custom_id: required" in errors[4]["error"]["message"]
    assert "url: '/v1/rerank-nothing'" in errors[5]["error"]["message"]
    assert "/v1/chat/completions" in errors[5]["error"]["message"]
    assert "body: required, a JSON object" in errors[6]["error"]["message"]
    assert "body.stream" in errors[7]["error"]["message"]
    assert "repeats an earlier line" in errors[8]["error"]["message"]
    assert errors[8]["custom_id"] is None  # the output holds each custom_id once
    assert errors[5]["custom_id"] == "bad-url"
    ids = [r["custom_id"] for r in results if r["custom_id"] is not None]
    assert len(ids) == len(set(ids))
    assert summary.succeeded == 2
    assert summary.invalid == summary.failed == 7
    assert summary.lines == 9
    # Run again: every line, bad ones included, has its result already.
    again = job(server, tmp_path / "in.jsonl", out)
    assert (again.skipped, again.succeeded, again.failed, again.requests_sent) == (9, 0, 0, 0)
    assert read_results(out) == results


def test_empty_input_gives_an_empty_output(server: MockServer, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = job(server, write_lines(tmp_path / "in.jsonl", []), out)
    assert out.read_bytes() == b""
    assert (summary.lines, summary.requests_sent, summary.succeeded) == (0, 0, 0)
    (tmp_path / "blank.jsonl").write_text("\n  \n\n")
    assert job(server, tmp_path / "blank.jsonl", out).lines == 0


def test_a_missing_input_and_bad_settings_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="input: no such file"):
        run(tmp_path / "nope.jsonl", tmp_path / "out.jsonl", api_key=KEY)
    source = write_lines(tmp_path / "in.jsonl", [])
    with pytest.raises(ValueError, match="max_concurrency: must be a number above 0"):
        run(source, tmp_path / "out.jsonl", api_key=KEY, max_concurrency=0)
    with pytest.raises(ValueError, match="requests_per_minute"):
        run(source, tmp_path / "out.jsonl", api_key=KEY, requests_per_minute=-1)
    with pytest.raises(ValueError, match="progress: one of"):
        run(source, tmp_path / "out.jsonl", api_key=KEY, progress="loud")  # type: ignore[arg-type]


def test_a_rerun_sends_only_what_is_not_answered(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"r{i}") for i in range(10)])
    out = tmp_path / "out.jsonl"
    assert job(server, source, out).succeeded == 10
    write_lines(source, [chat_line(f"r{i}") for i in range(15)])
    server.state.requests.clear()
    summary = job(server, source, out)
    assert (summary.skipped, summary.succeeded, summary.requests_sent) == (10, 5, 5)
    assert len(server.state.requests) == 5
    ids = [r["custom_id"] for r in read_results(out)]
    assert sorted(ids) == sorted(f"r{i}" for i in range(15))


def test_a_torn_last_line_is_cut_off_and_answered_again(
    server: MockServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"t{i}") for i in range(4)])
    out = tmp_path / "out.jsonl"
    job(server, source, out)
    whole = out.read_bytes().splitlines(keepends=True)
    # As a kill in the middle of the last write would leave it.
    out.write_bytes(b"".join(whole[:3]) + whole[3][:25])
    with caplog.at_level(logging.WARNING, logger="fireworks_client"):
        summary = job(server, source, out)
    assert "cut off a torn last line (25 bytes)" in caplog.text
    assert (summary.skipped, summary.succeeded) == (3, 1)
    assert sorted(r["custom_id"] for r in read_results(out)) == ["t0", "t1", "t2", "t3"]


def test_an_output_that_is_not_results_is_refused(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line("a")])
    out = tmp_path / "out.jsonl"
    out.write_text('{"custom_id": "a", "error": null}\nnot json\n')
    with pytest.raises(BulkOutputError, match=r"line 2 is not a result line"):
        job(server, source, out)
    assert out.read_text() == '{"custom_id": "a", "error": null}\nnot json\n'


def test_retry_failed_runs_the_error_lines_again(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"f{i}") for i in range(6)])
    out = tmp_path / "out.jsonl"
    # 400s are not retried: two lines fail.
    server.faults.inject("status", times=2, code=400)
    first = job(server, source, out, max_concurrency=1, initial_concurrency=1)
    assert (first.succeeded, first.failed) == (4, 2)
    failed = [r for r in read_results(out) if r["error"] is not None]
    assert [r["response"]["status_code"] for r in failed] == [400, 400]
    assert failed[0]["error"]["code"] == "mock_fault"
    # A plain rerun leaves them; --retry-failed runs them again (a crashed rewrite's leftover
    # temporary file is cleared away).
    assert job(server, source, out).requests_sent == 0
    (tmp_path / ".out.jsonl.99999.retry-failed").write_text("half a rewrite")
    second = job(server, source, out, retry_failed=True)
    assert (second.skipped, second.succeeded, second.failed) == (4, 2, 0)
    results = read_results(out)
    assert sorted(r["custom_id"] for r in results) == [f"f{i}" for i in range(6)]
    assert all(r["error"] is None for r in results)
    assert not list(tmp_path.glob(".out.jsonl.*"))  # the rewrite left no temporary file


def test_429_with_retry_after_slows_down_and_loses_nothing(
    server: MockServer, tmp_path: Path
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"q{i}") for i in range(30)])
    out = tmp_path / "out.jsonl"
    server.faults.inject("rate_limit", times=5, retry_after_ms=20)
    summary = job(server, source, out)
    assert (summary.succeeded, summary.failed) == (30, 0)
    assert summary.rate_limited == 5
    assert summary.retries == 5
    assert summary.requests_sent == 35
    assert sorted(r["custom_id"] for r in read_results(out)) == sorted(f"q{i}" for i in range(30))


def test_503_and_500_are_retried_and_a_spent_budget_is_an_error_line(
    server: MockServer, tmp_path: Path
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line("s0"), chat_line("s1")])
    out = tmp_path / "out.jsonl"
    server.faults.inject("unavailable", times=1, retry_after_ms=10)
    server.faults.inject("server_error", times=1)
    summary = job(server, source, out, max_concurrency=1, initial_concurrency=1, max_retries=1)
    assert (summary.succeeded, summary.unavailable, summary.retries) == (2, 1, 2)
    server.faults.inject("server_error", times=3)
    out2 = tmp_path / "out2.jsonl"
    summary = job(server, source, out2, max_concurrency=1, initial_concurrency=1, max_retries=1)
    # A retry gives its slot back while it waits, so the two lines take turns with the 500s:
    # one of them meets two (tried twice, then recorded), the other one and then an answer.
    failed, answered = sorted(read_results(out2), key=lambda r: r["error"] is None)
    assert failed["response"]["status_code"] == 500
    assert "500" in failed["error"]["message"]
    assert answered["error"] is None
    assert {failed["custom_id"], answered["custom_id"]} == {"s0", "s1"}
    assert (summary.succeeded, summary.failed, summary.retries) == (1, 1, 2)
    assert summary.requests_sent == 4


def test_a_timeout_is_retried_then_recorded(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line("slow")])
    out = tmp_path / "out.jsonl"
    server.faults.inject("delay", times=2, seconds=2)

    async def go() -> Summary:
        async with AsyncFireworks(api_key=KEY, base_url=server.base_url, timeout=0.2) as client:
            return await arun(source, out, client=client, max_retries=1, progress="off")

    summary = asyncio.run(go())
    (result,) = read_results(out)
    assert result["error"]["code"] == "timeout"
    assert result["response"] is None
    assert (summary.failed, summary.retries, summary.requests_sent) == (1, 1, 2)
    # Run again with --retry-failed once the server answers in time.
    summary = job(server, source, out, retry_failed=True)
    (result,) = read_results(out)
    assert result["error"] is None
    assert summary.succeeded == 1


def test_a_refused_key_stops_the_job_and_appears_nowhere(
    server: MockServer, tmp_path: Path
) -> None:
    source = write_lines(tmp_path / "in.jsonl", ["{bad", *(chat_line(f"k{i}") for i in range(5))])
    out = tmp_path / "out.jsonl"
    server.faults.inject("status", times=1, code=403)  # one line's: recorded, the job goes on
    server.faults.inject("status", times=1, code=401)  # the key's: every line would fail
    with pytest.raises(AuthenticationError) as caught:
        job(server, source, out, max_concurrency=1, initial_concurrency=1)
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    results = read_results(out)
    assert [r["error"]["line"] for r in results if r["custom_id"] is None] == [1]
    assert [r["response"]["status_code"] for r in results if r["custom_id"]] == [403]
    assert KEY not in out.read_text()
    summary = job(server, source, out)  # the key works again: the rest is sent, only the rest
    assert (summary.skipped, summary.succeeded, summary.requests_sent) == (2, 4, 4)
    assert KEY not in str(summary) and KEY not in repr(summary)


def test_a_second_job_on_the_same_output_is_refused(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line("l0")])
    out = tmp_path / "out.jsonl"
    fd = os.open(out, os.O_WRONLY | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(BulkOutputError, match="another bulk job is writing"):
            job(server, source, out)
    finally:
        os.close(fd)
    assert job(server, source, out).succeeded == 1


# Pacing, without a server and without waiting: a clock of our own.


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def rounds(
    limit: AdaptiveLimit, clock: Clock, count: int, refuse: Callable[[int], bool]
) -> list[int]:
    """``count`` rounds: send as many as the limit lets, answer them all (``refuse(i)``: the
    i-th of the round is a 429 asking for 1 s); the limit after each round."""
    seen = []
    for _ in range(count):
        clock.now += 10  # past any pause
        tickets = []
        while (ticket := limit.try_acquire()) is not None:
            tickets.append(ticket)
        for i, ticket in enumerate(tickets):
            refused = refuse(i)
            limit.release(ticket, ok=not refused, retry_after=1.0 if refused else None)
        seen.append(limit.current)
    return seen


def test_adaptive_limit_doubles_while_answers_succeed_then_stops_at_the_maximum() -> None:
    clock = Clock()
    limit = AdaptiveLimit(initial=4, maximum=64, clock=clock)
    tickets = [limit.try_acquire() for _ in range(5)]
    assert tickets[4] is None and limit.in_flight == 4  # no room past the limit
    for ticket in tickets[:4]:
        limit.release(ticket or 0, ok=True)
    seen = rounds(limit, clock, 10, lambda i: False)
    # slow start: judged by windows of at least 16 answers, each doubles it
    assert seen == [4, 4, 8, 8, 16, 32, 64, 64, 64, 64]
    assert limit.cuts == 0 and limit.peak == 64


def test_adaptive_limit_backs_off_from_a_service_at_capacity_and_pauses_for_retry_after() -> None:
    clock = Clock()
    limit = AdaptiveLimit(initial=8, maximum=64, clock=clock)
    # 20 at a time are served; the rest of a round is refused, as a service at capacity does
    seen = rounds(limit, clock, 200, lambda i: i >= 20)
    assert seen[:4] == [8, 16, 32, 16]  # the first round past capacity halves it
    assert max(seen[4:]) <= 24 and min(seen[4:]) >= 10  # then it hovers about the capacity
    assert limit.cuts > 5
    # A cut pauses every new send for the window's Retry-After.
    clock.now += 10
    tickets = []
    while (ticket := limit.try_acquire()) is not None:
        tickets.append(ticket)
    for ticket in tickets:
        limit.release(ticket, ok=False, retry_after=1.0)
    assert limit.paused_for() == pytest.approx(1.0)
    assert limit.try_acquire() is None
    clock.now += 1.0
    assert limit.try_acquire() is not None


def refused_at_random(rng: random.Random, share: float) -> Callable[[int], bool]:
    return lambda _: rng.random() < share


def test_adaptive_limit_is_not_fooled_by_refusals_that_do_not_depend_on_the_load() -> None:
    # 20% refused whatever the load (a quota per request, a flaky shard): sending less would not
    # help, so the limit grows to the maximum as with no refusals at all.
    for seed in range(5):
        clock, rng = Clock(), random.Random(seed)
        limit = AdaptiveLimit(initial=8, maximum=64, clock=clock)
        seen = rounds(limit, clock, 300, refused_at_random(rng, 0.2))
        assert sum(seen[-200:]) / 200 > 55, seed
        assert limit.cuts <= 5, seed


def test_adaptive_limit_judges_only_what_was_sent_after_a_cut_and_keeps_its_floor() -> None:
    clock = Clock()
    limit = AdaptiveLimit(initial=8, maximum=64, clock=clock)
    assert rounds(limit, clock, 3, lambda i: False) == [8, 16, 32]  # fine at 8 and 16
    sent = [limit.try_acquire() or 0 for _ in range(32)]
    for ticket in sent[:8]:
        limit.release(ticket, ok=False)
    assert limit.current == 16 and limit.cuts == 1
    for ticket in sent[8:]:  # sent at 32, answered after the cut: they do not cut it again
        limit.release(ticket, ok=False)
    assert limit.current == 16 and limit.cuts == 1
    rounds(limit, clock, 30, lambda i: True)  # everything refused: down to the floor
    assert limit.current == 1
    limit.release(limit.try_acquire() or 0, ok=None)  # other failures say nothing about load
    assert limit.current == 1 and limit.in_flight == 0


def test_rate_ceiling_spreads_requests_over_the_minute() -> None:
    clock = Clock()
    ceiling = RateCeiling(600, clock=clock)  # 10 a second
    waits = [ceiling.reserve(1) for _ in range(30)]
    assert waits[:11] == [0.0] * 11  # a second's worth goes at once
    assert waits[11] == pytest.approx(0.1)
    assert waits[29] == pytest.approx(1.9)
    clock.now += 10
    assert ceiling.reserve(1) == 0.0
    tokens = RateCeiling(60_000, clock=clock)  # 1000 a second
    assert tokens.reserve(5000) == 0.0
    assert tokens.reserve(10) == pytest.approx(4.0)
    tokens.adjust(-5000)  # the first used no tokens after all
    assert tokens.reserve(10) == pytest.approx(0.0)


def test_the_id_table_remembers_many_ids_and_their_flags_compactly() -> None:
    ids = IdTable(capacity=4)
    for i in range(20_000):
        assert ids.mark(digest(f"id-{i}"), ANSWERED if i % 2 else SEEN) == 0
    assert len(ids) == 20_000
    assert ids.flags(digest("id-7")) == ANSWERED
    assert ids.flags(digest("id-8")) == SEEN
    assert ids.flags(digest("id-20000")) == 0
    assert ids.mark(digest("id-7"), SEEN) == ANSWERED  # what it knew before
    assert ids.flags(digest("id-7")) == SEEN | ANSWERED
    assert len(ids) == 20_000
    assert len(ids._slots) * 8 <= 20_000 * 8 * 4  # at most four 8-byte slots an id


def snapshot(done: int, elapsed: float) -> Snapshot:
    return Snapshot(
        done=done,
        total=100,
        elapsed=elapsed,
        answered=done - 10,
        errors=2,
        retries=3,
        tokens=4000,
        concurrency=16,
    )


def test_progress_lines_come_now_and_then_and_at_the_end() -> None:
    clock = Clock()
    stream = io.StringIO()
    lines = make_progress("lines", stream=stream, every=10, clock=clock)
    lines.update(snapshot(20, 5.0))
    assert stream.getvalue() == ""  # not yet: quiet
    clock.now += 10
    lines.update(snapshot(30, 10.0))
    assert stream.getvalue() == (
        "bulk: 30/100 done, 2.0 req/s, 400 tok/s, 2 errors, 3 retries, concurrency 16, ETA 35s\n"
    )
    lines.close(snapshot(100, 40.0))
    assert stream.getvalue().splitlines()[-1].startswith("bulk: 100/100 done")
    assert make_progress("auto", stream=io.StringIO()).__class__ is lines.__class__  # no tty
    assert make_progress(False).__class__.__name__ == "_Off"


def test_progress_bar_shows_done_rates_errors_and_concurrency() -> None:
    stream = io.StringIO()
    bar = make_progress("bar", stream=stream)
    bar.update(snapshot(30, 10.0))
    bar.close(snapshot(100, 40.0))
    text = stream.getvalue()
    assert "100/100" in text
    assert "2.2 req/s" in text and "100 tok/s" in text
    assert "2 err" in text and "3 retries" in text and "c=16" in text


def test_a_cancelled_job_gives_its_slots_back(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"c{i}") for i in range(4)])
    server.faults.inject("delay", times=4, seconds=30)

    async def go() -> None:
        async with AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            engine = Engine(client, initial_concurrency=4)
            requests = [parse_request(line, n) for n, line in enumerate(source.open(), 1)]
            tasks = [asyncio.create_task(engine.answer(r)) for r in requests]  # type: ignore[arg-type]
            while engine.stats.requests_sent < 4:  # the event: all four hold a slot, sending
                await asyncio.sleep(0.005)
            assert engine.limit.in_flight == 4
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            assert engine.limit.in_flight == 0

    asyncio.run(go())


def test_a_server_that_cannot_be_reached_is_retried_then_recorded(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    source = write_lines(tmp_path / "in.jsonl", [chat_line("away")])
    out = tmp_path / "out.jsonl"

    async def go() -> Summary:
        async with AsyncFireworks(
            api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1", retry_initial_delay=0.01
        ) as client:
            return await arun(source, out, client=client, max_retries=2, progress="off")

    summary = asyncio.run(go())
    (result,) = read_results(out)
    assert result["error"]["code"] == "connection_error"
    assert result["response"] is None
    assert (summary.failed, summary.retries, summary.requests_sent) == (1, 2, 3)


def test_a_requests_per_minute_ceiling_paces_the_job(server: MockServer, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"p{i}") for i in range(16)])
    started = time.monotonic()
    summary = job(server, source, tmp_path / "out.jsonl", requests_per_minute=600)
    # 10 a second, a second's worth at once: the 16th request waits until 0.5 s
    assert time.monotonic() - started >= 0.5
    assert summary.succeeded == 16
