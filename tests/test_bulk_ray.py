"""RayRequests on a local Ray (two CPUs) against the mock over loopback: the rows come back with
their Batch results, the actors' adaptive limit takes 429s, and bad rows are error rows."""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Iterator
from typing import Any

import pandas
import pyarrow
import pytest
import ray
from fireworks_client.bulk import RayRequests
from fireworks_client.mock import MockServer

CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
EMBED_MODEL = "nomic-ai/nomic-embed-text-v1.5"
KEY = "test-key-ray-0123456789"


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
        runtime_env={"env_vars": {"RAY_DATA_DISABLE_PROGRESS_BARS": "1"}},
    )
    try:
        yield
    finally:
        ray.shutdown()


def rows() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for i in range(24):
        if i % 3 == 2:
            url = "/v1/embeddings"
            body: dict[str, Any] = {"model": EMBED_MODEL, "input": [f"text {i}"]}
        else:
            url = "/v1/chat/completions"
            body = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": f"n{i}"}]}
            if i % 2:  # a field some rows have: Arrow gives the others a null
                body["max_tokens"] = 4
        items.append({"custom_id": f"r{i}", "method": "POST", "url": url, "body": body})
    items.append({"custom_id": "bad", "method": "POST", "url": "/v1/nothing", "body": {}})
    return items


def test_a_dataset_of_requests_comes_back_with_its_results(cluster: None) -> None:
    with MockServer() as server:
        server.faults.inject("rate_limit", times=3, retry_after_ms=20)
        dataset = ray.data.from_items(rows()).map_batches(
            RayRequests,
            fn_constructor_kwargs={"api_key": KEY, "base_url": server.base_url},
            concurrency=2,
            batch_size=5,
            batch_format="numpy",
        )
        out = {row["custom_id"]: row for row in dataset.take_all()}
        rate_limited = [f for f, _ in server.faults.pending()]
        served = len(server.state.requests)
    assert set(out) == {f"r{i}" for i in range(24)} | {"bad"}
    assert rate_limited == []  # all three 429s were met, and retried
    assert served == 24 + 3  # each 429 answered, then the request again
    for i in range(24):
        row = out[f"r{i}"]
        assert row["id"].startswith("batch_req_")
        assert row["error"] is None, row["error"]
        assert row["response"]["status_code"] == 200
        body = row["response"]["body"]
        assert ("data" in body) if i % 3 == 2 else ("choices" in body)
        assert row["url"] in ("/v1/embeddings", "/v1/chat/completions")  # the input's columns
    assert "url: '/v1/nothing'" in out["bad"]["error"]["message"]
    assert out["bad"]["response"] is None
    assert KEY not in json.dumps(list(out.values()), default=str)


def test_the_stage_survives_pickling_and_a_fork_and_keeps_its_key_to_itself() -> None:
    batch = {
        "custom_id": ["a", "b"],
        "url": ["/v1/chat/completions"] * 2,
        "body": [{"model": CHAT_MODEL, "messages": [{"role": "user", "content": "hi"}]}] * 2,
    }
    with MockServer() as server:
        stage = RayRequests(api_key=KEY, base_url=server.base_url)
        assert KEY not in repr(stage) and KEY not in repr(vars(stage))
        assert stage.stats is None  # nothing made before the first batch
        first = stage(batch).to_pylist()
        assert [r["response"]["status_code"] for r in first] == [200, 200]
        assert stage.stats.succeeded == 2
        copy = pickle.loads(pickle.dumps(stage))  # its loop and client stay behind
        assert copy.stats is None
        assert KEY not in repr(vars(copy))
        frame = copy(pandas.DataFrame(batch))  # a pandas batch comes back as one
        assert isinstance(frame, pandas.DataFrame)
        assert list(frame["custom_id"]) == ["a", "b"]
        assert [r["status_code"] for r in frame["response"]] == [200, 200]
        table = copy(pyarrow.Table.from_pydict(batch))  # and a pyarrow one as one
        assert isinstance(table, pyarrow.Table)
        assert table.column("error").to_pylist() == [None, None]
        copy.close()
        pid = os.fork()
        if pid == 0:  # the child: the parent's loop thread is gone; the stage makes its own
            try:
                rows = stage(batch).to_pylist()
                os._exit(0 if [r["error"] for r in rows] == [None, None] else 1)
            finally:
                os._exit(2)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert stage.stats.succeeded == 2  # the child's answers are the child's
        stage.close()
    with pytest.raises(TypeError, match="batch: expected a dict of columns"):
        stage([1, 2])
