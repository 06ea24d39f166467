"""The bulk runner's remote mode (issue 21, part 2): the same request file run as Fireworks batch
inference jobs against the mock, which serves datasets and jobs statefully and runs a job's
lines through its own chat completions (deterministic per prompt, so a remote run's answers
can be compared with a local run's). Killed at several points in a child process and resumed;
a job that fails, one that expires; the state beside the output."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fireworks_client import Fireworks, FireworksConfigurationError, bulk
from fireworks_client._cli import main
from fireworks_client.bulk import BulkOutputError, RemoteEvent, _remote
from fireworks_client.bulk._remote_state import Part, RemoteState, state_paths
from fireworks_client.mock import MockServer

KEY = "test-key-not-a-secret"
LLAMA = "accounts/fireworks/models/llama-v3p1-8b-instruct"
LLAMA_70B = "accounts/fireworks/models/llama-v3p3-70b-instruct"
EMBED = "nomic-ai/nomic-embed-text-v1.5"
CHAT_URL = "/v1/chat/completions"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


def request(custom_id: str, model: str, prompt: str) -> str:
    body = {"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 16}
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": CHAT_URL, "body": body})


def requests_file(path: Path, count: int = 6, *, extras: bool = True) -> Path:
    lines = [request(f"q{n}", LLAMA if n % 2 else LLAMA_70B, f"question {n}") for n in range(count)]
    if extras:
        embed = {"model": EMBED, "input": "A lighthouse"}
        lines.append(
            json.dumps(
                {"custom_id": "emb", "method": "POST", "url": "/v1/embeddings", "body": embed}
            )
        )
        lines.append("not a request")
        hot = json.loads(request("hot", LLAMA, "too hot"))
        hot["body"]["temperature"] = 9  # the API refuses it: an error line either way
        lines.append(json.dumps(hot))
        lines.append(request("q0", LLAMA, "a repeat"))
    path.write_text("\n".join(lines) + "\n")
    return path


def results(path: Path) -> dict[str, dict[str, Any]]:
    """The result lines by custom_id (a bad line by its line number)."""
    found: dict[str, dict[str, Any]] = {}
    for line in path.read_text().splitlines():
        result = json.loads(line)
        key = result["custom_id"] or f"line {result['error']['line']}"
        assert key not in found, f"{key} answered twice"
        found[key] = result
    return found


def answer(result: dict[str, Any]) -> str:
    content: str = result["response"]["body"]["choices"][0]["message"]["content"]
    return content


def remote(server: MockServer, source: Path, out: Path, account: str, **more: Any) -> bulk.Summary:
    options: dict[str, Any] = {"progress": "off", "poll_interval": 0, **more}
    return bulk.run(
        source,
        out,
        api_key=KEY,
        base_url=server.base_url,
        account_id=account,
        remote=True,
        **options,
    )


def local(server: MockServer, source: Path, out: Path) -> bulk.Summary:
    return bulk.run(source, out, api_key=KEY, base_url=server.base_url, progress="off")


def platform(server: MockServer, account: str) -> Fireworks:
    return Fireworks(api_key=KEY, base_url=server.base_url, account_id=account)


def stored(server: MockServer, account: str, collection: str) -> list[str]:
    return list(server.state.platform.collection(account, collection))


def assert_same_as_local(remote_out: Path, local_out: Path) -> None:
    """The same lines answered, the chat answers equal; what the service does not batch (an
    embedding) an error line in the remote output only."""
    far, near = results(remote_out), results(local_out)
    assert far.keys() == near.keys()
    for key, result in near.items():
        if key == "emb":
            assert result["error"] is None
            assert far[key]["error"]["code"] == "invalid_request_line"
            assert "chat completions only; run this line locally" in far[key]["error"]["message"]
        elif result["error"] is not None and result["error"]["code"] == "invalid_request_line":
            assert far[key]["error"] == result["error"]
        elif result["error"] is not None:  # answered with an error: the job's failed line
            assert far[key]["error"]["code"] == "batch_request_failed"
            assert far[key]["error"]["message"] in result["error"]["message"]
        else:
            assert far[key]["error"] is None and far[key]["response"]["status_code"] == 200
            assert answer(far[key]) == answer(result)
            assert set(far[key]["response"]["body"]) == set(result["response"]["body"])


def test_a_remote_run_answers_as_a_local_run_one_job_per_model(
    server: MockServer, tmp_path: Path
) -> None:
    source = requests_file(tmp_path / "in.jsonl")
    events: list[RemoteEvent] = []
    summary = remote(
        server, source, tmp_path / "remote.jsonl", "same", on_remote_event=events.append
    )
    local(server, source, tmp_path / "local.jsonl")
    assert_same_as_local(tmp_path / "remote.jsonl", tmp_path / "local.jsonl")
    assert (summary.lines, summary.succeeded, summary.failed, summary.invalid) == (10, 6, 4, 3)
    assert summary.total_tokens > 0 and len(summary.jobs) == 2
    # One job per model, each over its own dataset of Fireworks batch lines: custom_id and body,
    # the model on the job.
    client = platform(server, "same")
    models = {client.batch_inference_jobs.get(job).model for job in summary.jobs}
    assert models == {LLAMA, LLAMA_70B}
    uploaded = [r for r in server.requests.of("datasets.upload") if "/same/" in r.path]
    assert len(uploaded) == 2
    steps = [e.step for e in events]
    for step in ("planned", "uploading", "uploaded", "job_created", "job_progress"):
        assert step in steps
    assert steps[-1] == "results_written"
    # Nothing left beside the output once it is done.
    state_file, work = state_paths(tmp_path / "remote.jsonl")
    assert not state_file.exists() and not work.exists()
    # Run again: nothing to do, no new job.
    again = remote(server, source, tmp_path / "remote.jsonl", "same")
    assert (again.skipped, again.succeeded, again.failed, again.jobs) == (10, 0, 0, ())
    assert len(stored(server, "same", "batchInferenceJobs")) == 2


def test_a_failed_job_gives_error_lines_and_retry_failed_runs_them_as_a_new_job(
    server: MockServer, tmp_path: Path
) -> None:
    source = requests_file(tmp_path / "in.jsonl", extras=False)
    out = tmp_path / "out.jsonl"
    server.state.platform.fail_next("batchInferenceJobs", "no capacity (mock fault)")
    first = remote(server, source, out, "failing")
    assert (first.succeeded, first.failed) == (3, 3)
    failed = [r for r in results(out).values() if r["error"] is not None]
    assert {r["error"]["code"] for r in failed} == {"batch_job_failed"}
    assert "no capacity (mock fault)" in failed[0]["error"]["message"]
    again = remote(server, source, out, "failing", retry_failed=True)
    assert (again.succeeded, again.failed, again.skipped, len(again.jobs)) == (3, 0, 3, 1)
    assert all(r["error"] is None for r in results(out).values())
    assert len(results(out)) == 6


def test_an_error_line_of_a_remote_run_is_retried_locally(
    server: MockServer, tmp_path: Path
) -> None:
    source = requests_file(tmp_path / "in.jsonl", count=2)
    out = tmp_path / "out.jsonl"
    remote(server, source, out, "mixed")
    assert results(out)["emb"]["error"] is not None
    # The local runner reads the same output: --retry-failed there sends what batch jobs cannot.
    summary = bulk.run(
        source, out, api_key=KEY, base_url=server.base_url, progress="off", retry_failed=True
    )
    assert summary.skipped == 2 and summary.succeeded == 1  # the embedding; the bad lines stay bad
    assert results(out)["emb"]["error"] is None


def test_an_expired_job_is_continued_and_its_finished_lines_kept(
    server: MockServer, tmp_path: Path
) -> None:
    lines = [request(f"x{n}", LLAMA, f"expiring {n}") for n in range(5)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    server.state.platform.fail_next("batchInferenceJobs", "24 hours passed", "JOB_STATE_EXPIRED")
    events: list[RemoteEvent] = []
    summary = remote(server, source, out, "expiry", on_remote_event=events.append)
    assert (summary.succeeded, summary.failed) == (5, 0)
    client = platform(server, "expiry")
    (job,) = summary.jobs
    assert job.endswith("-c1")
    continued = client.batch_inference_jobs.get(job)
    assert continued.continued_from_job_name == continued.name.removesuffix("-c1")
    progress = continued.job_progress
    assert progress is not None and progress.output_rows == 2  # the 3 done before not run again
    assert [e.step for e in events].count("job_continued") == 1


def test_an_expired_job_past_its_continuations_is_reported(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_remote, "MAX_CONTINUATIONS", 0)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(request(f"y{n}", LLAMA, f"late {n}") for n in range(4)) + "\n")
    out = tmp_path / "out.jsonl"
    server.state.platform.fail_next("batchInferenceJobs", "24 hours passed", "JOB_STATE_EXPIRED")
    summary = remote(server, source, out, "expired")
    assert (summary.succeeded, summary.failed) == (2, 2)
    errors = [r["error"] for r in results(out).values() if r["error"] is not None]
    assert {e["code"] for e in errors} == {"batch_job_expired"}
    assert "24 hours passed; rerun with --retry-failed" in errors[0]["message"]


def test_a_dataset_past_the_size_limit_is_split(server: MockServer, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(request(f"s{n}", LLAMA, f"split {n}") for n in range(5)) + "\n")
    # A batch line: the custom_id and the body without its model (which is the job's).
    body = json.loads(request("s0", LLAMA, "split 0"))["body"]
    del body["model"]
    one_line = len(json.dumps({"custom_id": "s0", "body": body}, ensure_ascii=False)) + 1
    summary = remote(
        server, source, tmp_path / "out.jsonl", "split", max_dataset_bytes=2 * one_line + 1
    )
    assert summary.succeeded == 5 and len(summary.jobs) == 3  # 2 + 2 + 1 lines


def test_the_state_file_is_read_back_checked_and_names_its_input(
    server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    state_file, _ = state_paths(out)
    state = RemoteState(input=str(tmp_path / "other.jsonl"), round="abcd")
    state.parts.append(Part(file="part-1.jsonl", model=LLAMA, lines=1, dataset="d", job="j"))
    state.save(state_file)
    assert RemoteState.load(state_file) == state
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, renamed
    source = requests_file(tmp_path / "in.jsonl", extras=False)
    with pytest.raises(ValueError, match=r"^input: .*records a remote run of .*other\.jsonl"):
        remote(server, source, out, "state")
    state_file.write_text("{not json")
    with pytest.raises(BulkOutputError, match=r"not a remote run's state .*remove it"):
        remote(server, source, out, "state")


def test_the_command_line_runs_remote_on_the_mock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = requests_file(tmp_path / "in.jsonl", count=2)
    out = tmp_path / "out.jsonl"
    argv = ["--mock", "bulk", "--remote", "--poll-interval", "0", str(source), str(out)]
    code = main([*argv, "--progress", "lines"])
    err = capsys.readouterr().err
    assert code == 1, err  # error lines: the embedding, the bad line, the repeat, the refused
    assert "6 lines: 2 succeeded, 4 failed (3 invalid)" in err
    assert "batch jobs bulk-" in err
    assert "part 1/2: job_progress" in err and "JOB_STATE_COMPLETED 1/1 lines" in err
    assert len(results(out)) == 6


# Killed and resumed: the run in a child process kills itself (SIGKILL) when it reaches a step,
# then the same run goes on in this one, against the same mock.

_CHILD = """
import os, signal, sys
from fireworks_client import Fireworks, FireworksConfigurationError, bulk

source, out, base_url, account, step, nth = sys.argv[1:7]
seen = []

def kill_at(event):
    seen.append(event.step)
    if step == "*" and len(seen) == int(nth) or seen.count(step) == int(nth):
        os.kill(os.getpid(), signal.SIGKILL)

bulk.run(source, out, api_key="k", base_url=base_url, account_id=account, remote=True,
         poll_interval=0, progress="off", on_remote_event=kill_at)
"""


def child(server: MockServer, source: Path, out: Path, account: str, step: str, nth: int) -> int:
    """The run in a child process, killed at the ``nth`` event ``step`` (``*``: of any step);
    its exit code (``-SIGKILL`` when it got there)."""
    argv = [str(source), str(out), server.base_url, account, step, str(nth)]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, -signal.SIGKILL), done.stderr
    return done.returncode


def assert_one_round(server: MockServer, account: str) -> list[str]:
    """One dataset and one job per model, however often the run was stopped; each job
    created once and each dataset uploaded once (an upload cut off never reached the service
    whole)."""
    jobs = stored(server, account, "batchInferenceJobs")
    assert len(jobs) == 2
    inputs = [d for d in stored(server, account, "datasets") if not d.endswith("-output")]
    assert sorted(inputs) == sorted(jobs)
    for operation in ("batch_inference_jobs.create", "datasets.upload"):
        sent = [r for r in server.requests.of(operation) if f"/{account}/" in r.path]
        assert len(sent) == 2, operation
    return jobs


@pytest.mark.parametrize(
    ("step", "nth"),
    [
        ("uploading", 1),  # mid-upload of the first dataset
        ("uploaded", 2),  # both datasets uploaded, no job yet
        ("job_created", 1),  # one job created, the other not
        ("job_progress", 1),  # mid-wait: the first job running
        ("results_written", 1),  # one part's results written, the other's not
    ],
)
def test_killed_at_a_step_and_resumed_it_uploads_and_starts_nothing_twice(
    server: MockServer, tmp_path: Path, step: str, nth: int
) -> None:
    source = requests_file(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    account = f"kill-{step.replace('_', '-')}"
    assert child(server, source, out, account, step, nth) == -signal.SIGKILL
    state_file, work = state_paths(out)
    assert state_file.exists()
    summary = remote(server, source, out, account)
    assert not state_file.exists() and not work.exists()
    local(server, source, tmp_path / "local.jsonl")
    assert_same_as_local(out, tmp_path / "local.jsonl")
    assert set(summary.jobs) == set(assert_one_round(server, account))


def test_killed_at_random_points_again_and_again_it_ends_as_a_local_run(
    server: MockServer, tmp_path: Path
) -> None:
    source = requests_file(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    rng = random.Random(21)
    # A whole run has some 20 events; each child is killed at one of its first 12 (the resumes
    # too, which have fewer: a child that gets to its end exits 0), then this process finishes.
    codes = [child(server, source, out, "random", "*", rng.randint(1, 12)) for _ in range(3)]
    assert codes.count(-signal.SIGKILL) >= 2
    remote(server, source, out, "random")
    local(server, source, tmp_path / "local.jsonl")
    assert_same_as_local(out, tmp_path / "local.jsonl")
    assert_one_round(server, "random")


def test_without_an_account_nothing_is_planned(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIREWORKS_ACCOUNT_ID", raising=False)
    source = requests_file(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    with pytest.raises(FireworksConfigurationError, match="no account_id"):
        bulk.run(source, out, api_key=KEY, base_url=server.base_url, remote=True, progress="off")
    state_file, work = state_paths(out)
    assert not state_file.exists() and not work.exists() and out.read_bytes() == b""


@pytest.mark.parametrize(
    ("option", "remote"),
    [
        ({"requests_per_minute": 60.0}, True),
        ({"tokens_per_minute": 1000.0}, True),
        ({"deadline": 5.0}, False),
        ({"on_remote_event": print}, False),
    ],
)
def test_an_option_of_the_other_mode_is_refused_by_name(
    tmp_path: Path, option: dict[str, Any], remote: bool
) -> None:
    source = requests_file(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    (name,) = option
    with pytest.raises(ValueError, match=f"^{name}: "):
        bulk.run(source, out, api_key=KEY, base_url="http://127.0.0.1:9", remote=remote, **option)
    assert not out.exists()


def test_the_command_line_refuses_rpm_with_remote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = requests_file(tmp_path / "in.jsonl")
    code = main(
        ["--mock", "bulk", str(source), str(tmp_path / "out.jsonl"), "--remote", "--rpm", "60"]
    )
    assert code == 2
    assert "--rpm and --tpm pace a local run" in capsys.readouterr().err


def test_a_platform_call_that_fails_stops_the_command_and_a_rerun_goes_on(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = requests_file(tmp_path / "in.jsonl", extras=False)
    out = tmp_path / "out.jsonl"
    argv = ["--api-key", KEY, "--base-url", server.base_url, "--account-id", "flaky"]
    argv += ["--max-retries", "0", "bulk", "--remote", "--poll-interval", "0", "--progress", "off"]
    server.faults.inject("server_error", times=1)
    assert main([*argv, str(source), str(out)]) == 1
    err = capsys.readouterr().err
    assert "InternalServerError" in err and "run the same command again to go on" in err
    assert main([*argv, str(source), str(out)]) == 0
    assert len(results(out)) == 6
