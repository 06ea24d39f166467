"""How fast a bulk job sends: an adaptive concurrency limit and optional rate ceilings.

:class:`AdaptiveLimit` is additive-increase / multiplicative-decrease, as TCP's congestion
control: it doubles each round while answers succeed (slow start), then grows by one a round;
a 429 or 503 halves it (once per round: the answers of requests already in flight when it was
cut do not cut it again) and pauses every new send for what ``Retry-After`` asks.
:class:`RateCeiling` keeps requests or tokens per minute under a ceiling (a generic cell rate
algorithm: each reservation moves a virtual clock; a send waits until the reservations before
it are within a second of being paid).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

__all__ = ["AdaptiveLimit", "RateCeiling"]


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
        self._slow_start = True
        self._sent = 0  # sequence number of the last send
        self._cut_after = 0  # sends up to this one were in flight when the limit was last cut
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
        if ok:
            step = 1.0 if self._slow_start else 1.0 / self.limit
            self.limit = min(float(self.maximum), self.limit + step)
        elif ok is False:
            if ticket > self._cut_after:
                self._slow_start = False
                self.limit = max(float(self.minimum), self.limit / 2)
                self._cut_after = self._sent
            if retry_after is not None and retry_after > 0:
                self._paused_until = max(self._paused_until, self._clock() + retry_after)
        if self._changed is not None:
            self._changed.set()


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
