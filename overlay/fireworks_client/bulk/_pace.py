"""How fast a bulk job sends: an adaptive concurrency limit and optional rate ceilings.

:class:`AdaptiveLimit` grows the number of requests in flight while the service keeps up and
halves it when it stops keeping up. It judges by windows of answers (at least as many as the
limit): a window whose share of 429/503 answers is not clearly above the usual share grows the
limit (doubling while in slow start, then by one); a window whose share is clearly above it
halves the limit and pauses every new send for what the window's ``Retry-After`` asked.
"Clearly" is three standard deviations of the usual share over the window, and at least five
points. Why a share and not every 429, as TCP's loss rule would: a service that refuses a fixed
share of requests whatever the load (a per-request quota, a flaky shard) would otherwise hold
the job at a concurrency of one for nothing; only a share that rises with the load says that
sending less helps. Each refused request still waits its own ``Retry-After`` before it is sent
again (the engine does that). Answers to requests sent before a cut are not judged: they were
sent at the old limit.

:class:`RateCeiling` keeps requests or tokens per minute under a ceiling (a generic cell rate
algorithm: each reservation moves a virtual clock; a send waits until the reservations before
it are within a second of being paid).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable

__all__ = ["AdaptiveLimit", "RateCeiling"]

_MIN_WINDOW = 16  # answers: fewer say too little about a share
_MIN_MARGIN = 0.05  # a rise of the overload share below this is noise, whatever the counts
_SIGMAS = 3.0
_LEVEL_MEMORY = 2000  # answers remembered a limit


class AdaptiveLimit:
    def __init__(
        self,
        *,
        initial: int = 8,
        maximum: int = 64,
        minimum: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.maximum = maximum
        self.minimum = minimum
        self.limit = float(max(minimum, min(initial, maximum)))
        self.in_flight = 0
        self.peak = 0
        self.cuts = 0
        self._slow_start = True
        self._sent = 0  # sequence number of the last send
        self._judged_from = 0  # answers to sends up to this one are not judged (sent before a cut)
        self._answers = 0  # in the current window
        self._overloads = 0
        self._asked = 0.0  # the longest Retry-After of the window
        # limit -> (answers, overloads) of the windows judged fine at that limit
        self._levels: dict[int, tuple[int, int]] = {}
        self._paused_until = 0.0
        self._clock = clock
        self._changed: asyncio.Event | None = None

    @property
    def current(self) -> int:
        return int(self.limit)

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._clock())

    def try_acquire(self) -> int | None:
        """A send's sequence number if one may start now, else None."""
        if self.in_flight >= self.current or self.paused_for() > 0:
            return None
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self._sent += 1
        return self._sent

    async def acquire(self) -> int:
        """Wait for room under the limit and for any pause to end; the send's number."""
        while True:
            ticket = self.try_acquire()
            if ticket is not None:
                return ticket
            pause = self.paused_for()
            if pause > 0:
                await asyncio.sleep(pause)
                continue
            if self._changed is None:
                self._changed = asyncio.Event()
            self._changed.clear()
            await self._changed.wait()

    def release(self, ticket: int, *, ok: bool | None, retry_after: float | None = None) -> None:
        """A send ended: ``ok`` True an answer, False an overload (429/503), None neither
        (another failure: it says nothing about load)."""
        self.in_flight -= 1
        if ok is not None and ticket > self._judged_from:
            self._answers += 1
            if not ok:
                self._overloads += 1
                self._asked = max(self._asked, retry_after or 0.0)
            self._judge()
        if self._changed is not None:
            self._changed.set()

    def _baseline(self) -> tuple[float, int] | None:
        """The overload share at lower limits, pooled, and the answers it rests on."""
        if not self._levels:
            return None
        low = [counts for level, counts in self._levels.items() if level <= 0.75 * self.limit]
        if not low:
            low = [self._levels[min(self._levels)]]
        answers = sum(a for a, _ in low)
        # Laplace's rule of succession: a few answers without a 429 do not make 429s impossible
        return (sum(o for _, o in low) + 1) / (answers + 2), answers

    def _judge(self) -> None:
        size = max(self.current, _MIN_WINDOW)
        baseline = self._baseline()
        if baseline is not None:
            usual, known = baseline
            spread = _SIGMAS * math.sqrt(usual * (1 - usual) * (1 / size + 1 / known))
            if self._overloads > (usual + max(_MIN_MARGIN, spread)) * size:
                # Clearly more than at lower limits, whatever the rest of the window brings.
                self._cut()
                return
        if self._answers < size:
            return
        answers, overloads = self._levels.get(self.current, (0, 0))
        answers, overloads = answers + self._answers, overloads + self._overloads
        if answers > _LEVEL_MEMORY:  # the service changes: old answers count less
            answers, overloads = answers // 2, overloads // 2
        self._levels[self.current] = (answers, overloads)
        step = self.limit if self._slow_start else 1.0
        self.limit = min(float(self.maximum), self.limit + step)
        self._new_window()

    def _cut(self) -> None:
        self._slow_start = False
        self.cuts += 1
        self.limit = max(float(self.minimum), self.limit / 2)
        if self._asked > 0:
            self._paused_until = max(self._paused_until, self._clock() + self._asked)
        self._judged_from = self._sent
        self._new_window()

    def _new_window(self) -> None:
        self._answers = self._overloads = 0
        self._asked = 0.0


class RateCeiling:
    """At most ``per_minute`` units a minute, spread out; ``reserve`` says how long to wait."""

    def __init__(self, per_minute: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute: must be above 0")
        self.rate = per_minute / 60.0
        self._clock = clock
        self._next = 0.0  # the virtual time at which the reservations so far are paid
        self._burst = 1.0  # seconds of credit that may go at once

    def reserve(self, units: float) -> float:
        """Take ``units``; the seconds to wait before using them."""
        now = self._clock()
        start = max(self._next, now)
        self._next = start + units / self.rate
        return max(0.0, start - self._burst - now)

    def adjust(self, units: float) -> None:
        """Correct an earlier reservation by ``units`` (more or fewer than estimated)."""
        self._next += units / self.rate
