"""Lists page by themselves (issue 20, point 3): the generator finds the lists in the spec
(a page token asked for, the next one answered, one array of items), and their methods walk
every page, sync and async, with the pages at hand when wanted."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import fireworks_client as fw
import pytest
from fireworks_api.models import GatewayDeployment, GatewayListDeploymentsResponse
from fireworks_api.resources import deployments, responses
from fireworks_client._openapi import load_spec
from fireworks_client._pagination import PagedEndpoint, Paging, SyncPage

from codegen.operations import PAGING_STYLES, describe
from tests._platform_server import Answer, PlatformServer, Seen

ACCOUNT = "acme"
NAMES = [f"accounts/{ACCOUNT}/deployments/d{n}" for n in range(5)]


def _paged(seen: Seen) -> Answer:
    """Five deployments, ``pageSize`` a page, the token the offset."""
    if not seen.path.endswith("/deployments"):
        return 404, {"error": {"message": "no such thing", "code": "NOT_FOUND"}}
    size = int(seen.query.get("pageSize", "2"))
    start = int(seen.query.get("pageToken", "0"))
    chunk = NAMES[start : start + size]
    answer: dict[str, Any] = {
        "deployments": [{"name": n, "baseModel": "m", "state": "READY"} for n in chunk],
        "totalSize": len(NAMES),
    }
    if start + size < len(NAMES):
        answer["nextPageToken"] = str(start + size)
    return 200, answer


@pytest.fixture(scope="module")
def server() -> Iterator[PlatformServer]:
    with PlatformServer(_paged) as server:
        yield server


@pytest.fixture
def client(server: PlatformServer) -> Iterator[fw.Fireworks]:
    server.requests.clear()
    with fw.Fireworks(api_key="k", base_url=server.base_url, account_id=ACCOUNT) as client:
        yield client


def test_a_list_walks_every_page_under_the_wire_names(
    client: fw.Fireworks, server: PlatformServer
) -> None:
    pager = client.deployments.list(page_size=2, order_by="name")
    assert server.requests == []  # nothing sent until walked
    listed = list(pager)
    assert [d.name for d in listed] == NAMES
    assert all(isinstance(d, GatewayDeployment) for d in listed)
    assert [r.path for r in server.requests] == [f"/v1/accounts/{ACCOUNT}/deployments"] * 3
    assert [r.query.get("pageToken") for r in server.requests] == [None, "2", "4"]
    assert {r.query["pageSize"] for r in server.requests} == {"2"}
    assert {r.query["orderBy"] for r in server.requests} == {"name"}


def test_the_pages_are_at_hand(client: fw.Fireworks, server: PlatformServer) -> None:
    pages = list(client.deployments.list(page_size=2).pages())
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [p.has_next_page() for p in pages] == [True, True, False]
    assert isinstance(pages[0].answer, GatewayListDeploymentsResponse)
    assert pages[0].answer.total_size == 5
    first = client.deployments.list(page_size=3, account_id="other").first_page()
    assert isinstance(first, SyncPage)
    assert server.requests[-1].path == "/v1/accounts/other/deployments"
    second = first.next_page()
    assert second is not None and [d.name for d in second] == NAMES[3:]
    assert second.next_page() is None


def test_a_page_that_fails_reaches_the_caller_as_the_sdks_error(server: PlatformServer) -> None:
    client = fw.Fireworks(api_key="k", base_url=server.base_url, account_id=ACCOUNT)
    with client, pytest.raises(fw.NotFoundError):
        list(client.datasets.list(max_retries=0))


def test_a_repeated_token_ends_the_walk() -> None:
    def route(seen: Seen) -> Answer:
        one = {"name": "accounts/a/deployments/same", "baseModel": "m"}
        return 200, {"deployments": [one], "nextPageToken": "again"}

    with (
        PlatformServer(route) as server,
        fw.Fireworks(api_key="k", base_url=server.base_url, account_id="a") as client,
    ):
        assert len(list(client.deployments.list())) == 2  # the first page, then "again" once
        assert [r.query.get("pageToken") for r in server.requests] == [None, "again"]


def test_the_raw_copy_answers_one_page(client: fw.Fireworks, server: PlatformServer) -> None:
    raw = client.deployments.with_raw_response.list(page_size=4)
    assert raw.status_code == 200
    page = raw.parse()
    assert isinstance(page, GatewayListDeploymentsResponse)
    assert page.next_page_token == "4" and len(page.deployments or []) == 4


def test_async_lists_walk_by_async_for(server: PlatformServer) -> None:
    async def main() -> tuple[list[str | None], list[int], list[str | None]]:
        async with fw.AsyncFireworks(
            api_key="k", base_url=server.base_url, account_id=ACCOUNT
        ) as client:
            names = [d.name async for d in client.deployments.list(page_size=2)]
            sizes = [len(p) async for p in client.deployments.list(page_size=3).pages()]
            first = await client.deployments.list(page_size=4).first_page()
            second = await first.next_page()
            assert second is not None and await second.next_page() is None
            return names, sizes, [d.name for d in second]

    names, sizes, last = asyncio.run(main())
    assert names == NAMES
    assert sizes == [3, 2]
    assert last == NAMES[4:]


def test_every_list_of_the_spec_pages_and_nothing_else() -> None:
    """The generator's finding, against the spec: the AIP-158 lists (a ``pageToken`` asked
    for, a ``nextPageToken`` answered) and the Responses API's cursor list."""
    spec = load_spec()
    described = describe(spec)
    paged = {d.operation_id: d.paging for d in described if d.paging}
    queries = {d.operation_id: d.query_params for d in described}
    styles = {param for param, _, _ in PAGING_STYLES}
    assert {o for o, q in queries.items() if "pageToken" in q} <= set(paged)
    assert all(styles & set(queries[o]) for o in paged)
    assert len([o for o in paged if "pageToken" in queries[o]]) == 18
    assert paged["listResponses"] is not None
    assert paged["listResponses"].items == "data" and paged["listResponses"].has_more
    assert isinstance(deployments.DEPLOYMENTS_LIST, PagedEndpoint)
    assert deployments.DEPLOYMENTS_LIST.paging == Paging(
        "page_token", "deployments", "next_page_token"
    )
    assert responses.RESPONSES_LIST.paging == Paging("after", "data", "last_id", "has_more")
    assert not isinstance(deployments.DEPLOYMENTS_GET, PagedEndpoint)


def test_a_cursor_list_stops_when_the_service_says_no_more() -> None:
    pages = [
        {"object": "list", "data": [], "has_more": False, "last_id": "resp_9"},
    ]
    endpoint = responses.RESPONSES_LIST
    answer = endpoint.parse(json.loads(json.dumps(pages[0])))
    assert endpoint.next_token(answer) is None
