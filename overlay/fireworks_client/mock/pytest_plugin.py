"""pytest fixtures for testing your own code against the mock server.

Enable them in your ``conftest.py``::

    pytest_plugins = ["fireworks_client.mock.pytest_plugin"]

    def test_my_summariser(fireworks_mock):
        client = Fireworks(api_key="test", base_url=fireworks_mock.base_url)
        ...

``fireworks_mock`` is a :class:`~fireworks_client.mock.MockServer` on 127.0.0.1 shared by the
session, its fault plan emptied before each test; ``fireworks_mock_url`` is its base URL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fireworks_client.mock._server import MockServer

__all__ = ["fireworks_mock", "fireworks_mock_server", "fireworks_mock_url"]


@pytest.fixture(scope="session")
def fireworks_mock_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def fireworks_mock(fireworks_mock_server: MockServer) -> Iterator[MockServer]:
    fireworks_mock_server.faults.clear()
    fireworks_mock_server.state.requests.clear()
    yield fireworks_mock_server
    fireworks_mock_server.faults.clear()


@pytest.fixture
def fireworks_mock_url(fireworks_mock: MockServer) -> str:
    return fireworks_mock.base_url
