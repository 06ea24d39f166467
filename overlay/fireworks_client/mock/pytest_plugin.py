"""pytest fixtures for testing your own code against the mock server.

Enable them in your ``conftest.py``::

    pytest_plugins = ["fireworks_client.mock.pytest_plugin"]

    def test_my_summariser(fireworks_mock):
        client = Fireworks(api_key="test", base_url=fireworks_mock.base_url)
        ...

``fireworks_mock`` is a :class:`~fireworks_client.mock.MockServer` on 127.0.0.1 shared by the
session, its fault plan, scripts and request log emptied before each test (and its faults and
scripts after it); ``fireworks_mock_url`` is its base URL; ``fireworks_scripts`` its
:class:`~fireworks_client.mock.ScriptBook`. A script for one test, as a marker (the arguments
of ``ScriptBook.add``)::

    @pytest.mark.fireworks_mock_script(
        "chat.completions.create", answer={"content": "Paris"}, text="capital of France"
    )
    def test_capital(fireworks_mock): ...

A malformed marker fails the test's set-up with the script's error (field and rule).

A cassette for one test, answered from (``MockServer.replay``'s arguments; a relative path is
the test file's directory's; ``pace`` 0 unless given, so that recorded pauses cost no time)::

    @pytest.mark.fireworks_cassette("cassettes/chat.jsonl", on_miss="error")
    def test_replayed(fireworks_mock): ...

A cassette that does not load fails the test's set-up naming the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fireworks_client.mock._scripts import ScriptBook
from fireworks_client.mock._server import MockServer

__all__ = ["fireworks_mock", "fireworks_mock_server", "fireworks_mock_url", "fireworks_scripts"]

MARKER = "fireworks_mock_script"
CASSETTE_MARKER = "fireworks_cassette"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(operation, *, answer=..., answers=..., times=..., model=..., text=..., "
        "pattern=..., tools=..., fields=...): a scripted answer of the fireworks_mock for this "
        "test (fireworks_client.mock.ScriptBook.add)",
    )
    config.addinivalue_line(
        "markers",
        f"{CASSETTE_MARKER}(path, *, on_miss='synthesize', pace=0.0, check='error'): the "
        "fireworks_mock answers this test from a recorded cassette (MockServer.replay)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    fixtures = getattr(item, "fixturenames", ())
    uses = {MARKER: "scripts", CASSETTE_MARKER: "replays a cassette to"}
    marked = [m for m in uses if item.get_closest_marker(m) is not None]
    if marked and "fireworks_mock" not in fixtures:
        pytest.fail(
            f"{item.name}: @pytest.mark.{marked[0]} {uses[marked[0]]} the fireworks_mock "
            "fixture, which the test does not use",
            pytrace=False,
        )


def _reset(server: MockServer) -> None:
    server.faults.clear()
    server.scripts.clear()
    server.state.replay = None


@pytest.fixture(scope="session")
def fireworks_mock_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def fireworks_mock(
    fireworks_mock_server: MockServer, request: pytest.FixtureRequest
) -> Iterator[MockServer]:
    _reset(fireworks_mock_server)
    fireworks_mock_server.state.requests.clear()
    # The closest marker is added last, so that it is matched first.
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        fireworks_mock_server.scripts.add(*marker.args, **marker.kwargs)
    cassette = request.node.get_closest_marker(CASSETTE_MARKER)
    if cassette is not None:
        path, *rest = cassette.args
        where = Path(path)
        if not where.is_absolute():
            where = Path(request.node.path).parent / where
        options = {"pace": 0.0, **cassette.kwargs}
        fireworks_mock_server.replay(where, *rest, **options)
    yield fireworks_mock_server
    _reset(fireworks_mock_server)


@pytest.fixture
def fireworks_mock_url(fireworks_mock: MockServer) -> str:
    return fireworks_mock.base_url


@pytest.fixture
def fireworks_scripts(fireworks_mock: MockServer) -> ScriptBook:
    return fireworks_mock.scripts
