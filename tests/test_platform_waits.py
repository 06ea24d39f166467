"""Waiting for long-running resources (issue 20, point 4): a ``wait`` for every resource whose
``get`` answers a state enum declared under ``x-waits`` (openapi3.names.yml), generated; a
failed end raises ResourceFailedError with the status message, a deadline APITimeoutError.

No test sleeps: the server's answers advance by one state per read, and the reads are made
with ``poll_interval=0``; the backoff is checked with a clock and a sleep of the test's own."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import fireworks_client as fw
import pytest
from fireworks_api.models import GatewayBatchInferenceJob, GatewayDataset, GatewayDeployment
from fireworks_client._openapi import load_spec
from fireworks_client._waits import Waiting, wait_until

from codegen.operations import describe
from codegen.resources import (
    NamesError,
    Waits,
    check_waits,
    load_names,
    load_waits,
    render_resources,
)
from tests._platform_server import Answer, PlatformServer, Seen

ACCOUNT = "acme"

# id -> the states its reads answer, one a read (the last one stays)
LIVES: dict[str, list[str]] = {
    "deployments/d1": ["CREATING", "CREATING", "READY"],
    "deployments/slow": ["CREATING"],
    "deployments/broken": ["CREATING", "FAILED"],
    "datasets/ds": ["UPLOADING", "READY"],
    "batchInferenceJobs/ok": ["JOB_STATE_PENDING", "JOB_STATE_RUNNING", "JOB_STATE_COMPLETED"],
    "batchInferenceJobs/bad": ["JOB_STATE_RUNNING", "JOB_STATE_FAILED"],
    "batchInferenceJobs/gone": ["JOB_STATE_EXPIRED"],
    "supervisedFineTuningJobs/stop": ["JOB_STATE_CANCELLED"],
}


class _Lives:
    def __init__(self) -> None:
        self.reads: defaultdict[str, int] = defaultdict(int)

    def __call__(self, seen: Seen) -> Answer:
        prefix = f"/v1/accounts/{ACCOUNT}/"
        key = seen.path.removeprefix(prefix)
        if seen.method != "GET" or key not in LIVES:
            return 404, {"error": {"message": "no such thing", "code": "NOT_FOUND"}}
        life = LIVES[key]
        state = life[min(self.reads[key], len(life) - 1)]
        self.reads[key] += 1
        answer: dict[str, Any] = {"name": f"accounts/{ACCOUNT}/{key}", "state": state}
        if key.startswith("deployments/"):
            answer["baseModel"] = "m"
        if key.startswith("supervisedFineTuningJobs/"):
            answer["dataset"] = f"accounts/{ACCOUNT}/datasets/ds"
        if state.endswith(("FAILED", "EXPIRED", "CANCELLED")):
            answer["status"] = {"code": "INTERNAL", "message": f"{key} went wrong"}
        return 200, answer


@pytest.fixture
def server() -> Iterator[PlatformServer]:
    with PlatformServer(_Lives()) as server:
        yield server


@pytest.fixture
def client(server: PlatformServer) -> Iterator[fw.Fireworks]:
    with fw.Fireworks(api_key="k", base_url=server.base_url, account_id=ACCOUNT) as client:
        yield client


def test_a_deployment_is_waited_for_until_ready_with_progress(client: fw.Fireworks) -> None:
    seen: list[str | None] = []
    ready = client.deployments.wait(
        "d1", poll_interval=0, on_progress=lambda d: seen.append(d.state and d.state.value)
    )
    assert isinstance(ready, GatewayDeployment)
    assert ready.state is not None and ready.state.value == "READY"
    assert seen == ["CREATING", "CREATING", "READY"]


def test_a_dataset_and_a_job_are_waited_for(client: fw.Fireworks) -> None:
    dataset = client.datasets.wait("ds", poll_interval=0)
    assert isinstance(dataset, GatewayDataset)
    job = client.batch_inference_jobs.wait("ok", poll_interval=0)
    assert isinstance(job, GatewayBatchInferenceJob)
    assert job.state is not None and job.state.value == "JOB_STATE_COMPLETED"


@pytest.mark.parametrize(
    ("resource", "ident", "state"),
    [
        ("deployments", "broken", "FAILED"),
        ("batch_inference_jobs", "bad", "JOB_STATE_FAILED"),
        ("batch_inference_jobs", "gone", "JOB_STATE_EXPIRED"),
        ("supervised_fine_tuning_jobs", "stop", "JOB_STATE_CANCELLED"),
    ],
)
def test_a_failed_end_raises_with_the_status_message(
    client: fw.Fireworks, resource: str, ident: str, state: str
) -> None:
    with pytest.raises(fw.ResourceFailedError) as caught:
        getattr(client, resource).wait(ident, poll_interval=0)
    error = caught.value
    assert isinstance(error, fw.APIError)
    assert error.state == state
    assert error.status_message is not None and error.status_message.endswith("went wrong")
    assert error.name is not None and error.name.endswith(ident)
    assert "went wrong" in str(error)


def test_a_deadline_raises_api_timeout_error(client: fw.Fireworks, server: PlatformServer) -> None:
    with pytest.raises(fw.APITimeoutError, match="still CREATING"):
        client.deployments.wait("slow", deadline=0, poll_interval=0)
    assert len(server.requests) == 1  # read once, then the deadline


def test_a_missing_resource_raises_not_found(client: fw.Fireworks) -> None:
    with pytest.raises(fw.NotFoundError):
        client.deployments.wait("nope", poll_interval=0, max_retries=0)


def test_async_waits(server: PlatformServer) -> None:
    async def main() -> tuple[str | None, str]:
        async with fw.AsyncFireworks(
            api_key="k", base_url=server.base_url, account_id=ACCOUNT
        ) as client:
            ready = await client.deployments.wait("d1", poll_interval=0)
            with pytest.raises(fw.ResourceFailedError) as caught:
                await client.batch_inference_jobs.wait("bad", poll_interval=0)
            return ready.state and ready.state.value, caught.value.state

    assert asyncio.run(main()) == ("READY", "JOB_STATE_FAILED")


class _Resource:
    def __init__(self, state: str) -> None:
        self.state = state
        self.name = "r"
        self.status = None


def test_the_reads_back_off_and_stop_at_the_deadline() -> None:
    now = [0.0]
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    reads = itertools.count()
    with pytest.raises(fw.APITimeoutError):
        wait_until(
            lambda: _Resource(f"RUNNING-{next(reads)}"),
            Waiting(frozenset({"DONE"}), frozenset()),
            deadline=20,
            poll_interval=2,
            max_poll_interval=5,
            clock=lambda: now[0],
            sleep=sleep,
        )
    assert pauses == [2, 3, 4.5, 5, 5, 0.5]  # x1.5 a time, at most 5, never past 20 s
    assert now[0] == 20


def test_every_resource_with_a_declared_state_gets_a_wait() -> None:
    client = fw.Fireworks(api_key="k", account_id="a")
    for resource in (
        "deployments",
        "datasets",
        "batch_inference_jobs",
        "supervised_fine_tuning_jobs",
        "reinforcement_fine_tuning_jobs",
        "dpo_jobs",
        "evaluation_jobs",
        "models",
        "deployed_models",
        "evaluators",
    ):
        assert callable(getattr(client, resource).wait), resource
    assert not hasattr(client.secrets, "wait")  # no state, no wait


def test_the_declared_waits_must_fit_the_spec() -> None:
    spec = load_spec()
    assert check_waits(spec, load_waits()) == []
    wrong = {"gatewayDeploymentState": Waits(("READY",), ("EXPLODED",))}
    assert check_waits(spec, wrong) == [
        "x-waits.gatewayDeploymentState: EXPLODED is not one of its states"
    ]
    with pytest.raises(NamesError, match="no state enum gatewayNothing"):
        render_resources(
            spec, load_names(), describe(spec), waits={"gatewayNothing": Waits(("X",), ())}
        )
