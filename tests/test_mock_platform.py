"""The mock serves the platform statefully, derived from the spec (mock._answers.platform):
collections from the AIP paths, lifecycles from the state enums, signed URLs served by the mock,
batch inference jobs run through its own chat completions; bounded, with clear 4xx answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fireworks_api.operations import OPERATIONS
from fireworks_client import (
    ConflictError,
    Fireworks,
    InvalidRequestError,
    NotFoundError,
    ResourceFailedError,
)
from fireworks_client._openapi import load_spec
from fireworks_client.mock import ASGISyncTransport, MockServer, create_app
from fireworks_client.mock._answers.platform_collections import collections
from fireworks_client.mock._answers.platform_store import PlatformStore

KEY = "test-key-not-a-secret"
ACCOUNT = "my-account"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
ROOT = f"/v1/accounts/{ACCOUNT}"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[Fireworks]:
    with Fireworks(
        api_key=KEY, base_url=server.base_url, account_id=ACCOUNT, max_retries=0
    ) as client:
        yield client


@pytest.fixture
def raw(server: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {KEY}"}) as http:
        yield http


def test_the_collections_and_their_lifecycles_come_from_the_spec() -> None:
    found = collections(load_spec(), OPERATIONS)
    deployments = found["deployments"]
    assert deployments.lifecycle == ("CREATING", "READY") and deployments.soft_delete
    assert (deployments.id_param, deployments.create_id) == ("deployment_id", "deploymentId")
    jobs = found["batchInferenceJobs"]
    assert jobs.lifecycle == ("JOB_STATE_CREATING", "JOB_STATE_RUNNING", "JOB_STATE_COMPLETED")
    assert jobs.failed == "JOB_STATE_FAILED" and jobs.list_field == "batchInferenceJobs"
    datasets = found["datasets"]
    assert datasets.gated and datasets.lifecycle == ("UPLOADING", "READY")
    assert (datasets.wrap, datasets.body_id) == ("dataset", "datasetId")
    assert found["deployedModels"].lifecycle == ("DEPLOYING", "DEPLOYED")
    # Read-only collections (deployment shapes) have no create: their answers stay synthesised.
    assert "deploymentShapes" not in found


def test_a_deployment_with_our_client(client: Fireworks) -> None:
    created = client.deployments.create(deployment_id="life", base_model=MODEL)
    assert created.state == "CREATING" and created.name == f"accounts/{ACCOUNT}/deployments/life"
    assert client.deployments.get("life").state == "READY"
    client.deployments.scale("life", replica_count=2)
    assert client.deployments.get("life").replica_count == 2
    assert client.deployments.update("life", base_model=MODEL, display_name="d").display_name == "d"
    client.deployments.delete("life")
    assert client.deployments.get("life").state == "DELETED"
    assert client.deployments.undelete("life").state == "READY"
    with pytest.raises(InvalidRequestError, match="is not deleted"):
        client.deployments.undelete("life")
    client.deployments.delete("life", hard=True)
    with pytest.raises(NotFoundError, match="deployment_id: accounts/my-account/deployments/life"):
        client.deployments.get("life")


def test_custom_methods_are_not_taken_for_ids(raw: httpx.Client) -> None:
    raw.post(f"{ROOT}/deployments", params={"deploymentId": "routed"}, json={"baseModel": MODEL})
    assert raw.patch(f"{ROOT}/deployments/routed:scale", json={"replicaCount": 4}).json() == {}
    answer = raw.get(f"{ROOT}/deployments/routed").json()
    assert answer["replicaCount"] == 4 and answer["name"].endswith("/routed")
    # A custom method under a method it does not answer is not read as an id.
    wrong = raw.get(f"{ROOT}/deployments/routed:scale")
    assert wrong.status_code == 404 and "not a method of deployments" in wrong.text
    raw.delete(f"{ROOT}/deployments/routed", params={"hard": "true"})


def test_lists_page_filter_and_order(raw: httpx.Client) -> None:
    account = "/v1/accounts/lister"
    for number, model in enumerate(["b", "a", "c", "a", "d"]):
        raw.post(
            f"{account}/deployments",
            params={"deploymentId": f"d{number}"},
            json={"baseModel": model, "minReplicaCount": number},
        )
    first = raw.get(f"{account}/deployments", params={"pageSize": 2}).json()
    assert [d["name"][-2:] for d in first["deployments"]] == ["d0", "d1"]
    assert first["totalSize"] == 5 and first["nextPageToken"]
    names, token = [], ""
    while True:
        page = raw.get(f"{account}/deployments", params={"pageSize": 2, "pageToken": token}).json()
        names += [d["name"][-2:] for d in page["deployments"]]
        token = page.get("nextPageToken", "")
        if not token:
            break
    assert names == ["d0", "d1", "d2", "d3", "d4"]
    only_a = raw.get(f"{account}/deployments", params={"filter": 'baseModel = "a"'}).json()
    assert [d["name"][-2:] for d in only_a["deployments"]] == ["d1", "d3"]
    assert only_a["totalSize"] == 2
    both = raw.get(f"{account}/deployments", params={"filter": "base_model!=a AND state=CREATING"})
    assert [d["name"][-2:] for d in both.json()["deployments"]] == ["d0", "d2", "d4"]
    ordered = raw.get(
        f"{account}/deployments", params={"orderBy": "baseModel desc, minReplicaCount"}
    )
    assert [d["name"][-2:] for d in ordered.json()["deployments"]] == ["d4", "d2", "d0", "d1", "d3"]
    # Another account sees none of them.
    assert raw.get("/v1/accounts/other/deployments").json() == {"deployments": [], "totalSize": 0}


@pytest.mark.parametrize(
    ("params", "param", "says"),
    [
        ({"pageToken": "bogus"}, "pageToken", "not a token this list gave"),
        ({"pageSize": "-1"}, "pageSize", "-1 is less than the minimum of 0 (rule: minimum)"),
        ({"pageSize": "ten"}, "pageSize", "'ten' is not a valid integer (rule: type)"),
        ({"pageSize": str(2**31)}, "pageSize", "greater than the maximum of 2147483647"),
        ({"filter": "a > 3"}, "filter", "field = value"),
        ({"orderBy": "a sideways"}, "orderBy", "field [asc|desc]"),
    ],
)
def test_a_bad_list_request_is_a_400_naming_the_parameter(
    raw: httpx.Client, params: dict[str, str], param: str, says: str
) -> None:
    answer = raw.get(f"{ROOT}/deployments", params=params)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["param"] == param and says in error["message"]


def test_every_operations_query_and_integers_are_checked_as_the_spec_says(
    raw: httpx.Client,
) -> None:
    # lists the mock does not store and flags of creates: each query parameter as declared
    for path, params, param in [
        ("/v1/accounts", {"pageSize": str(2**31)}, "pageSize"),
        (f"{ROOT}/deploymentShapes/s", {"skipShapeValidation": "maybe"}, "skipShapeValidation"),
    ]:
        answer = raw.get(path, params=params)
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"]["param"] == param
    # an int32 field of a body past its range
    too_big = raw.post(
        f"{ROOT}/batchInferenceJobs",
        json={"model": MODEL, "inferenceParameters": {"topK": 2**31}},
    )
    assert too_big.status_code == 400 and "inferenceParameters.topK" in too_big.text


def test_an_empty_id_is_no_resource_not_a_redirect(raw: httpx.Client) -> None:
    answer = raw.patch(f"{ROOT}/datasets/", json={})
    assert answer.status_code == 404 and "No such path" in answer.json()["error"]["message"]


def test_update_mask_sets_and_clears_only_the_masked_fields(raw: httpx.Client) -> None:
    raw.post(
        f"{ROOT}/deployments",
        params={"deploymentId": "masked"},
        json={"baseModel": MODEL, "displayName": "x", "description": "keep"},
    )
    url = f"{ROOT}/deployments/masked"
    answer = raw.patch(
        url,
        params={"updateMask": "display_name,min_replica_count"},
        json={"baseModel": MODEL, "displayName": "y"},
    ).json()
    assert answer["displayName"] == "y" and answer["description"] == "keep"
    assert "minReplicaCount" not in answer
    refused = raw.patch(url, params={"updateMask": "state"}, json={"baseModel": MODEL})
    assert refused.status_code == 400 and refused.json()["error"]["param"] == "updateMask"
    raw.delete(url, params={"hard": "true"})


def test_validate_only_stores_nothing(raw: httpx.Client) -> None:
    made = raw.post(
        f"{ROOT}/deployments",
        params={"deploymentId": "dry", "validateOnly": "true"},
        json={"baseModel": MODEL},
    )
    assert made.status_code == 200 and made.json()["name"].endswith("/dry")
    assert raw.get(f"{ROOT}/deployments/dry").status_code == 404


def test_a_second_create_of_one_id_is_a_409_already_exists(raw: httpx.Client) -> None:
    body = {"baseModel": MODEL}
    raw.post(f"{ROOT}/deployments", params={"deploymentId": "twice"}, json=body)
    again = raw.post(f"{ROOT}/deployments", params={"deploymentId": "twice"}, json=body)
    assert again.status_code == 409 and "already exists" in again.json()["error"]["message"]
    assert again.json()["error"]["code"] == "already_exists"
    assert again.json()["error"]["type"] == "conflict_error"
    raw.delete(f"{ROOT}/deployments/twice", params={"hard": "true"})


def test_a_second_create_through_the_client_is_a_conflict_error(client: Fireworks) -> None:
    client.deployments.create(deployment_id="once", base_model=MODEL)
    with pytest.raises(ConflictError, match="already exists"):
        client.deployments.create(deployment_id="once", base_model=MODEL)
    client.deployments.delete("once", hard=True)


def test_a_dataset_through_the_signed_urls_and_a_batch_job(client: Fireworks) -> None:
    lines = [
        {"custom_id": "ok", "body": {"messages": [{"role": "user", "content": "Hello there"}]}},
        {"custom_id": "bad", "body": {"model": "accounts/nobody/models/none", "messages": []}},
        "not json",
    ]
    data = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    payload = data.encode()
    created = client.datasets.create(dataset_id="batch-in", dataset={})
    assert created.state == "UPLOADING"
    # Not ready until the upload: reads do not advance it.
    assert client.datasets.get("batch-in").state == "UPLOADING"
    with pytest.raises(InvalidRequestError, match="has no uploaded file"):
        client.datasets.validate_upload("batch-in")
    urls = client.datasets.get_upload_endpoint(
        "batch-in", filename_to_size={"in.jsonl": str(len(payload))}
    ).filename_to_signed_urls
    assert urls is not None
    url = urls.additional_properties["in.jsonl"]
    # The signed URL takes no key, checks the size it was asked for, and is used once.
    assert httpx.put(url, content=payload + b"!").status_code == 400
    assert httpx.put(url, content=payload).status_code == 200
    assert httpx.put(url, content=payload).status_code == 404
    client.datasets.validate_upload("batch-in")
    dataset = client.datasets.get("batch-in")
    assert dataset.state == "READY" and dataset.example_count == "3"

    job = client.batch_inference_jobs.create(
        batch_inference_job_id="batch", model=MODEL, input_dataset_id="batch-in"
    )
    states = [job.state] + [client.batch_inference_jobs.get("batch").state for _ in range(3)]
    assert states == [
        "JOB_STATE_CREATING",
        "JOB_STATE_RUNNING",
        "JOB_STATE_COMPLETED",
        "JOB_STATE_COMPLETED",
    ]
    done = client.batch_inference_jobs.get("batch")
    progress = done.job_progress
    assert progress is not None
    assert (progress.successfully_processed_requests, progress.failed_requests) == (1, 2)
    assert done.output_dataset_id == f"accounts/{ACCOUNT}/datasets/batch-output"
    output = client.datasets.get("batch-output")
    assert output.state == "READY" and output.example_count == "3"
    signed = client.datasets.get_download_endpoint("batch-output").filename_to_signed_urls
    assert signed is not None
    results = httpx.get(signed.additional_properties["results.jsonl"]).text.splitlines()
    first, second, third = (json.loads(line) for line in results)
    assert first["custom_id"] == "ok" and first["response"]["choices"][0]["message"]["content"]
    assert second["custom_id"] == "bad" and "error" in second
    assert third["error"]["message"].startswith("line 3:")


def test_a_job_without_its_input_fails_with_its_status(client: Fireworks) -> None:
    client.batch_inference_jobs.create(
        batch_inference_job_id="orphan", model=MODEL, input_dataset_id="missing"
    )
    states = [client.batch_inference_jobs.get("orphan") for _ in range(2)]
    assert states[-1].state == "JOB_STATE_FAILED"
    assert states[-1].status and "datasets/missing has no data" in (states[-1].status.message or "")


def test_a_failure_scripted_over_http(raw: httpx.Client) -> None:
    asked = raw.post("/_mock/platform/fail", json={"collection": "deployments", "message": "no"})
    assert asked.status_code == 200
    raw.post(f"{ROOT}/deployments", params={"deploymentId": "doomed"}, json={"baseModel": MODEL})
    answer = raw.get(f"{ROOT}/deployments/doomed").json()
    assert answer["state"] == "FAILED" and answer["status"]["message"] == "no"
    bad = raw.post("/_mock/platform/fail", json={"message": "no"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "collection"
    raw.delete(f"{ROOT}/deployments/doomed", params={"hard": "true"})


def test_upload_multipart_and_cancel_resume_of_a_job(client: Fireworks, tmp_path: Path) -> None:
    client.datasets.create(dataset_id="multi", dataset={})
    train = tmp_path / "train.jsonl"
    train.write_bytes(b'{"messages": []}\n{"messages": []}\n')
    with pytest.raises(TypeError, match=r"^file: expected a path"):
        client.datasets.upload("multi", file=train.read_bytes())  # type: ignore[arg-type]
    uploaded = client.datasets.upload("multi", file=train)
    assert uploaded.state == "READY" and uploaded.example_count == "2"  # read after the upload
    assert client.datasets.get("multi").example_count == "2"
    client.supervised_fine_tuning_jobs.create(supervised_fine_tuning_job_id="t", dataset="multi")
    assert client.supervised_fine_tuning_jobs.get("t").state == "JOB_STATE_RUNNING"


def test_bounds_are_clear_4xx() -> None:
    app = create_app()
    store: PlatformStore = app.state.mock.platform
    store.max_resources, store.max_blob_bytes = 2, 10
    transport = ASGISyncTransport(app)
    with httpx.Client(
        transport=transport, base_url="http://mock", headers={"Authorization": f"Bearer {KEY}"}
    ) as http:
        for number in range(2):
            made = http.post(f"{ROOT}/secrets", json={"name": f"s{number}", "keyName": "K"})
            assert made.status_code == 200
        third = http.post(f"{ROOT}/secrets", json={"name": "s2", "keyName": "K"})
        assert third.status_code == 400 and third.json()["error"]["code"] == "mock_limit"
        assert "at most 2 per account" in third.json()["error"]["message"]
        http.post(f"{ROOT}/datasets", json={"datasetId": "big", "dataset": {}})
        signed = http.post(
            f"{ROOT}/datasets/big:getUploadEndpoint", json={"filenameToSize": {"f": "11"}}
        ).json()["filenameToSignedUrls"]["f"]
        assert signed.startswith("http://mock/_mock/uploads/")
        too_big = http.put(signed.removeprefix("http://mock"), content=b"x" * 11)
        assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "mock_limit"
        unknown = http.get("/_mock/downloads/nothing")
        assert unknown.status_code == 404


def test_a_refused_create_leaves_the_failure_for_the_next(
    server: MockServer, raw: httpx.Client
) -> None:
    body = {"baseModel": MODEL}
    raw.post(f"{ROOT}/deployments", params={"deploymentId": "first"}, json=body)
    server.state.platform.fail_next("deployments", "later")
    refused = raw.post(f"{ROOT}/deployments", params={"deploymentId": "first"}, json=body)
    assert refused.status_code == 409
    raw.post(f"{ROOT}/deployments", params={"deploymentId": "second"}, json=body)
    assert raw.get(f"{ROOT}/deployments/first").json()["state"] == "READY"
    assert raw.get(f"{ROOT}/deployments/second").json()["status"]["message"] == "later"
    for name in ("first", "second"):
        raw.delete(f"{ROOT}/deployments/{name}", params={"hard": "true"})


def test_a_job_made_to_expire_keeps_half_and_a_continuation_runs_the_rest(
    client: Fireworks, raw: httpx.Client, tmp_path: Path
) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        "".join(
            json.dumps(
                {"custom_id": f"c{n}", "body": {"messages": [{"role": "user", "content": n}]}}
            )
            + "\n"
            for n in range(5)
        )
    )
    client.datasets.create(dataset_id="expiring-in", dataset={})
    client.datasets.upload("expiring-in", file=lines)
    asked = raw.post(
        "/_mock/platform/fail",
        json={"collection": "batchInferenceJobs", "message": "24 h", "state": "JOB_STATE_EXPIRED"},
    )
    assert asked.status_code == 200
    client.batch_inference_jobs.create(
        batch_inference_job_id="expiring", model=MODEL, input_dataset_id="expiring-in"
    )
    with pytest.raises(ResourceFailedError) as failed:
        client.batch_inference_jobs.wait("expiring", poll_interval=0)
    assert failed.value.state == "JOB_STATE_EXPIRED" and failed.value.status_message == "24 h"
    # A continuation names the job only: its model and input, and the lines it left.
    client.batch_inference_jobs.create(
        batch_inference_job_id="expiring-2",
        continued_from_job_name=f"accounts/{ACCOUNT}/batchInferenceJobs/expiring",
    )
    done = client.batch_inference_jobs.wait("expiring-2", poll_interval=0)
    assert done.model == MODEL and done.input_dataset_id == "expiring-in"
    ids = []
    for name in ("expiring-output", "expiring-2-output"):
        signed = client.datasets.get_download_endpoint(name).filename_to_signed_urls
        assert signed is not None
        text = httpx.get(signed.additional_properties["results.jsonl"]).text
        ids.append([json.loads(line)["custom_id"] for line in text.splitlines()])
    assert ids == [["c0", "c1", "c2"], ["c3", "c4"]]
    bad = raw.post("/_mock/platform/fail", json={"collection": "x", "state": 3})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "state"
