"""What a running mock shares with its user and between its requests: the fault plan, the
request log, the scripts, what answers keep (stored responses, Kontext jobs, the platform's
resources), the bounds on work at once, and the recording, replay and drift of its contract."""

from __future__ import annotations

import itertools
import os
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

from fireworks_client.mock._answers import KontextJobs, PlatformStore, ResponseStore
from fireworks_client.mock._faults import FaultPlan
from fireworks_client.mock._gate import LoopGate
from fireworks_client.mock._journal import Journal
from fireworks_client.mock._models import ModelInfo
from fireworks_client.mock._record.cassette import Cassette, OnMiss, Replay
from fireworks_client.mock._record.drift import DriftReport, SpecCheck
from fireworks_client.mock._record.upstream import Proxy
from fireworks_client.mock._requestlog import RequestLog
from fireworks_client.mock._scripts import ScriptBook
from fireworks_client.mock._spec.routes import OperationFinder

__all__ = ["MockState"]

LARGE_BODIES_AT_ONCE = 2
# Requests worked on in threads at once: more would not run faster (the GIL), only hold more
# answers in memory together.
WORK_AT_ONCE = 4


@dataclass
class MockState:
    """What a running mock shares with its user: the fault plan and a bounded log of requests
    (method, path, headers without Authorization, parsed body: :class:`RequestLog`)."""

    models: tuple[ModelInfo, ...]
    api_keys: frozenset[str] | None
    max_body_bytes: int
    faults: FaultPlan = field(default_factory=FaultPlan)
    # What answers keep between requests, each bounded: stored responses, Kontext jobs.
    memory: dict[str, Any] = field(
        default_factory=lambda: {
            "responses": ResponseStore(),
            "kontext": KontextJobs(),
            "platform": PlatformStore(),
        }
    )
    large_bodies: LoopGate = field(default_factory=lambda: LoopGate(LARGE_BODIES_AT_ONCE))
    workers: LoopGate = field(default_factory=lambda: LoopGate(WORK_AT_ONCE))
    requests: RequestLog = field(default_factory=RequestLog)
    # Scripted answers (fireworks_client.mock._scripts): what tests say the model answers.
    scripts: ScriptBook = field(default_factory=ScriptBook)
    # Recording, replay and drift (_upstream, _cassette, _drift; taken in _intercept): the
    # proxy to the service, the cassette answered from, the differences from the spec.
    proxy: Proxy | None = None
    replay: Replay | None = None
    drift: DriftReport | None = None
    spec_check: SpecCheck | None = None
    finder: OperationFinder | None = None
    _ids: itertools.count[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def platform(self) -> PlatformStore:
        """The platform's resources (``fail_next("deployments")``: the next one fails)."""
        store: PlatformStore = self.memory["platform"]
        return store

    @property
    def journal(self) -> Journal:
        """The request log, typed: ``journal.of("chat.completions.create")``."""
        return Journal(self.requests)

    def load_cassette(
        self,
        path: str | os.PathLike[str],
        *,
        on_miss: OnMiss = "synthesize",
        pace: float = 1.0,
        check: Literal["error", "warn"] = "error",
    ) -> Replay:
        """Answers from the cassette at ``path`` from now on (:class:`Replay`); raises
        :class:`CassetteError` naming the line when it is malformed or, with ``check="error"``,
        when an answer no longer fits the spec."""
        if self.proxy is not None:
            raise ValueError("a mock forwarding to an upstream does not replay a cassette")
        if self.spec_check is None or self.finder is None:
            raise ValueError("this state has no spec to check a cassette against")
        cassette = Cassette.load(path, self.spec_check, self.finder, on_problem=check)
        self.replay = Replay(cassette, on_miss=on_miss, pace=pace)
        return self.replay

    def close(self) -> None:
        """Writes the drift report a last time (the server calls this when it stops)."""
        if self.drift is not None:
            self.drift.flush()

    def next_request_id(self) -> str:
        with self._lock:
            return f"req_mock_{next(self._ids):08d}"
