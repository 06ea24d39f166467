"""The mock on a real socket: uvicorn on 127.0.0.1, in a background thread or in the
foreground (the ``fireworks-client mock`` command)."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from types import TracebackType
from typing import Any, Literal

import uvicorn

from fireworks_client.mock._app import api_prefix, create_app
from fireworks_client.mock._faults import FaultPlan
from fireworks_client.mock._journal import Journal
from fireworks_client.mock._protocol import ConnectionLimits, guarded_protocol
from fireworks_client.mock._quietlog import log_config, routed_asyncio_log
from fireworks_client.mock._record.cassette import OnMiss, Replay
from fireworks_client.mock._record.drift import DriftReport
from fireworks_client.mock._scripts import ScriptBook
from fireworks_client.mock._state import MockState

__all__ = ["MockServer", "serve_forever", "server_config"]


class MockServer:
    """The mock listening on ``host`` (127.0.0.1) and a free port, in a daemon thread.

        with MockServer() as mock:
            client = Fireworks(api_key="any", base_url=mock.base_url)
            mock.faults.inject("rate_limit", times=2)

    Keyword arguments go to :func:`create_app` (``models``, ``api_keys``, ``max_body_bytes``,
    ``request_log``; ``upstream``, ``record``, ``report``: a proxy to the service, recording;
    ``replay``, ``on_miss``, ``pace``: answers from a cassette). ``limits``: timeouts and the
    connection cap (:class:`ConnectionLimits`); ``log_level``: uvicorn's (``"error"``: quiet,
    a line per dropped connection).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: ConnectionLimits | None = None,
        log_level: str = "error",
        **app_options: Any,
    ) -> None:
        self.app = create_app(**app_options)
        self._prefix = api_prefix(app_options.get("operations"))
        self._config = server_config(self.app, host, port, limits, log_level)
        self._server = uvicorn.Server(self._config)
        self._thread: threading.Thread | None = None
        self.port = port

    @property
    def state(self) -> MockState:
        state: MockState = self.app.state.mock
        return state

    @property
    def faults(self) -> FaultPlan:
        return self.state.faults

    @property
    def scripts(self) -> ScriptBook:
        """Scripted answers: ``mock.scripts.add("chat.completions.create", answer=...)``."""
        return self.state.scripts

    @property
    def requests(self) -> Journal:
        """What the mock was sent, typed: ``mock.requests.of("chat.completions.create")``."""
        return self.state.journal

    @property
    def drift(self) -> DriftReport | None:
        """With an upstream: how its exchanges differ from the spec (``.report()``)."""
        return self.state.drift

    def replay(
        self,
        cassette: str | os.PathLike[str],
        *,
        on_miss: OnMiss = "synthesize",
        pace: float = 1.0,
        check: Literal["error", "warn"] = "error",
    ) -> Replay:
        """Answers from ``cassette`` from now on (``mock.state.replay = None`` stops)."""
        return self.state.load_cassette(cassette, on_miss=on_miss, pace=pace, check=check)

    @property
    def url(self) -> str:
        """The server's root, e.g. ``http://127.0.0.1:53211``."""
        return f"http://{self._config.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API's base URL, like ``https://api.fireworks.ai/inference/v1``."""
        return self.url + self._prefix

    def start(self, timeout: float = 10.0) -> MockServer:
        self._thread = threading.Thread(target=self._server.run, name="fireworks-mock", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(
                    f"the mock server did not start on {self._config.host}:{self._config.port}"
                )
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.state.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_forever(
    host: str = "127.0.0.1", port: int = 0, *, announce: Any = print, **app_options: Any
) -> None:
    """Run in the foreground until Ctrl-C or SIGTERM; ``announce`` gets the base URL once the
    socket is bound (port 0 picks a free one)."""
    limits: ConnectionLimits | None = app_options.pop("limits", None)
    log_level: str = app_options.pop("log_level", "error")
    app = create_app(**app_options)
    server = uvicorn.Server(server_config(app, host, port, limits, log_level))

    async def main() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if server.started:
            bound = server.servers[0].sockets[0].getsockname()[1]
            announce(f"http://{host}:{bound}{api_prefix(app_options.get('operations'))}")
        await task

    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then raises the signal again; make that
    # second SIGTERM a clean exit rather than death by signal.
    previous = signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        with routed_asyncio_log():
            asyncio.run(main())
    finally:
        signal.signal(signal.SIGTERM, previous)
        app.state.mock.close()


def server_config(
    app: Any, host: str, port: int, limits: ConnectionLimits | None, log_level: str
) -> uvicorn.Config:
    """uvicorn's settings for the mock: its own keep-alive timeout, accept backlog and logging,
    and the h11 protocol with the head and body deadlines and the connection cap."""
    limits = limits if limits is not None else ConnectionLimits()
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=guarded_protocol(limits),
        ws="none",  # the API has no websockets; an upgrade would slip past the deadlines
        # uvicorn annotates int seconds and waits a float as well (asyncio's call_later).
        timeout_keep_alive=limits.keep_alive_timeout,  # type: ignore[arg-type]
        backlog=limits.backlog,
        log_config=log_config(log_level),
        log_level=log_level,
        access_log=False,
        lifespan="on",  # the app closes its proxy's connections at the stop
        timeout_graceful_shutdown=limits.shutdown_grace,
    )


def _exit_cleanly(signum: int, frame: Any) -> None:
    raise SystemExit(0)
