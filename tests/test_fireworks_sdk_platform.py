"""The official Fireworks SDK (fireworks-ai, pinned in pyproject.toml) doing its platform calls
against the mock as against the service: deployments, datasets, batch inference jobs and
supervised fine-tuning jobs. Its base URL for the platform is the service's root (the mock's
``url``): it adds ``/v1/accounts/{account_id}/...`` itself."""

from __future__ import annotations

import json
from collections.abc import Iterator

import fireworks
import httpx
import pytest
from fireworks_client.mock import MockServer

KEY = "test-key-not-a-secret"
ACCOUNT = "sdk-account"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
# Polls of a resource before it must have reached its end (the mock advances one state a read).
POLLS = 10


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[fireworks.Fireworks]:
    with fireworks.Fireworks(
        api_key=KEY, base_url=server.url, account_id=ACCOUNT, max_retries=0
    ) as client:
        yield client


def test_a_deployments_life(client: fireworks.Fireworks) -> None:
    created = client.deployments.create(base_model=MODEL, deployment_id="sdk-dep", display_name="a")
    assert created.name == f"accounts/{ACCOUNT}/deployments/sdk-dep"
    assert created.state == "CREATING" and created.base_model == MODEL
    states = [client.deployments.get("sdk-dep").state for _ in range(2)]
    assert states == ["READY", "READY"]
    updated = client.deployments.update("sdk-dep", base_model=MODEL, display_name="renamed")
    assert updated.display_name == "renamed"
    client.deployments.scale("sdk-dep", replica_count=3)
    got = client.deployments.get("sdk-dep")
    assert got.replica_count == 3 and got.display_name == "renamed"
    names = [d.name for d in client.deployments.list()]
    assert f"accounts/{ACCOUNT}/deployments/sdk-dep" in names
    client.deployments.delete("sdk-dep")
    assert client.deployments.get("sdk-dep").state == "DELETED"
    assert f"accounts/{ACCOUNT}/deployments/sdk-dep" not in [
        d.name for d in client.deployments.list()
    ]
    client.deployments.delete("sdk-dep", hard=True)
    with pytest.raises(fireworks.NotFoundError):
        client.deployments.get("sdk-dep")


def test_the_list_walks_its_pages(client: fireworks.Fireworks) -> None:
    for number in range(5):
        client.deployments.create(base_model=MODEL, deployment_id=f"paged-{number}")
    page = client.deployments.list(page_size=2, filter='baseModel="' + MODEL + '"')
    assert len(page.deployments) == 2 and page.next_page_token
    walked = [d.name for d in client.deployments.list(page_size=2) if "paged-" in (d.name or "")]
    assert walked == [f"accounts/{ACCOUNT}/deployments/paged-{n}" for n in range(5)]
    for number in range(5):
        client.deployments.delete(f"paged-{number}", hard=True)


def test_a_dataset_uploaded_then_a_batch_job_run_to_its_results(
    client: fireworks.Fireworks,
) -> None:
    lines = [
        {"custom_id": f"row-{n}", "body": {"messages": [{"role": "user", "content": f"Hi {n}"}]}}
        for n in range(3)
    ]
    data = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    created = client.datasets.create(dataset={"example_count": "3"}, dataset_id="sdk-input")
    assert created.state == "UPLOADING"
    client.datasets.upload("sdk-input", file=("input.jsonl", data))
    dataset = client.datasets.get("sdk-input")
    assert dataset.state == "READY" and dataset.example_count == "3"

    job = client.batch_inference_jobs.create(
        batch_inference_job_id="sdk-job",
        model=MODEL,
        input_dataset_id=f"accounts/{ACCOUNT}/datasets/sdk-input",
        output_dataset_id=f"accounts/{ACCOUNT}/datasets/sdk-output",
        inference_parameters={"max_tokens": 8},
    )
    assert job.state == "JOB_STATE_CREATING"
    seen = [job.state]
    for _ in range(POLLS):
        job = client.batch_inference_jobs.get("sdk-job")
        seen.append(job.state)
        if job.state == "JOB_STATE_COMPLETED":
            break
    assert seen == ["JOB_STATE_CREATING", "JOB_STATE_RUNNING", "JOB_STATE_COMPLETED"]
    assert job.job_progress and job.job_progress.successfully_processed_requests == 3
    assert job.output_dataset_id == f"accounts/{ACCOUNT}/datasets/sdk-output"
    assert "sdk-job" in [
        j.name.rsplit("/", 1)[-1] for j in client.batch_inference_jobs.list() if j.name
    ]

    urls = client.datasets.get_download_endpoint("sdk-output").filename_to_signed_urls or {}
    results = [json.loads(line) for line in httpx.get(urls["results.jsonl"]).text.splitlines()]
    assert [r["custom_id"] for r in results] == ["row-0", "row-1", "row-2"]
    assert all(r["response"]["choices"][0]["message"]["content"] for r in results)
    assert all(r["response"]["usage"]["completion_tokens"] <= 8 for r in results)


def test_a_dataset_through_the_signed_upload_url(client: fireworks.Fireworks) -> None:
    data = b'{"messages": [{"role": "user", "content": "hello"}]}\n'
    client.datasets.create(dataset={}, dataset_id="sdk-signed")
    urls = client.datasets.get_upload_endpoint(
        "sdk-signed", filename_to_size={"train.jsonl": str(len(data))}
    ).filename_to_signed_urls
    assert urls and urls["train.jsonl"].startswith("http://127.0.0.1:")
    assert httpx.put(urls["train.jsonl"], content=data).status_code == 200
    client.datasets.validate_upload("sdk-signed", body={})
    assert client.datasets.get("sdk-signed").state == "READY"


def test_supervised_fine_tuning_jobs(client: fireworks.Fireworks) -> None:
    created = client.supervised_fine_tuning_jobs.create(
        dataset=f"accounts/{ACCOUNT}/datasets/sdk-input",
        base_model=MODEL,
        supervised_fine_tuning_job_id="sdk-sft",
        epochs=1,
    )
    assert created.state == "JOB_STATE_CREATING"
    job = created
    for _ in range(POLLS):
        job = client.supervised_fine_tuning_jobs.get("sdk-sft")
        if job.state == "JOB_STATE_COMPLETED":
            break
    assert job.state == "JOB_STATE_COMPLETED" and job.epochs == 1
    assert created.name in [j.name for j in client.supervised_fine_tuning_jobs.list()]
    client.supervised_fine_tuning_jobs.delete("sdk-sft")
    with pytest.raises(fireworks.NotFoundError):
        client.supervised_fine_tuning_jobs.get("sdk-sft")


def test_a_job_made_to_fail_says_why(server: MockServer, client: fireworks.Fireworks) -> None:
    server.state.platform.fail_next("supervisedFineTuningJobs", "out of GPUs (mock fault)")
    client.supervised_fine_tuning_jobs.create(
        dataset=f"accounts/{ACCOUNT}/datasets/x", supervised_fine_tuning_job_id="sdk-fails"
    )
    states = [client.supervised_fine_tuning_jobs.get("sdk-fails") for _ in range(3)]
    assert [j.state for j in states] == [
        "JOB_STATE_RUNNING",
        "JOB_STATE_FAILED",
        "JOB_STATE_FAILED",
    ]
    assert states[-1].status and states[-1].status.message == "out of GPUs (mock fault)"
