"""Waiting for a long-running resource: ``client.deployments.wait("my-deployment")``.

The generator writes a ``wait`` for every resource whose ``get`` answers a model with a
``state`` enum that ``openapi3.names.yml`` declares under ``x-waits`` (the states waited for,
``until``, and the ends that are failures, ``fails``: declared once per enum, so every job
shares ``gatewayJobState``'s). Each ``wait`` hands :func:`wait_until` (or
:func:`async_wait_until`) its ``get`` and its :class:`Waiting`.

It reads the resource, reports it to ``on_progress``, and returns it in a state of ``until``;
a state of ``fails`` raises :class:`~fireworks_client.ResourceFailedError` with the
resource's ``status.message``; past ``deadline`` seconds it raises
:class:`~fireworks_client.APITimeoutError`. Between reads it sleeps ``poll_interval``
seconds, growing by half each time up to ``max_poll_interval`` (and never past the
deadline). Nothing here names a resource or a state of the spec.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import NamedTuple, TypeVar

from fireworks_client._exceptions import APITimeoutError, ResourceFailedError

__all__ = ["Waiting", "async_wait_until", "state_of", "wait_until"]

T = TypeVar("T")

BACKOFF = 1.5
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 30.0


class Waiting(NamedTuple):
    """What a resource's ``wait`` waits for: ``until`` (the states that end it well) and
    ``fails`` (the states that end it badly), as ``openapi3.names.yml`` declares them for
    the resource's state enum."""

    until: frozenset[str]
    fails: frozenset[str]


def state_of(resource: object) -> str | None:
    """The resource's ``state`` as the wire spells it (None when it has none)."""
    state = getattr(resource, "state", None)
    if isinstance(state, Enum):
        state = state.value
    return state if isinstance(state, str) else None


def _status_message(resource: object) -> str | None:
    message = getattr(getattr(resource, "status", None), "message", None)
    return message if isinstance(message, str) and message else None


def _ended(resource: object, waiting: Waiting) -> bool:
    """Whether the wait is over with ``resource`` (raises when it ended badly)."""
    state = state_of(resource)
    if state in waiting.until:
        return True
    if state is not None and state in waiting.fails:
        name = getattr(resource, "name", None)
        raise ResourceFailedError(
            resource, state, _status_message(resource), name if isinstance(name, str) else None
        )
    return False


class _Schedule:
    """The pauses between reads, and the deadline."""

    def __init__(
        self,
        deadline: float | None,
        poll_interval: float,
        max_poll_interval: float,
        clock: Callable[[], float],
    ) -> None:
        if poll_interval < 0 or max_poll_interval < 0 or (deadline is not None and deadline < 0):
            raise ValueError("deadline and poll intervals must not be negative")
        self._clock = clock
        self._deadline = deadline
        self._end = None if deadline is None else clock() + deadline
        self._interval = poll_interval
        self._max = max(max_poll_interval, poll_interval)

    def pause(self, resource: object) -> float:
        """How long to sleep before the next read; raises past the deadline."""
        now = self._clock()
        if self._end is not None and now >= self._end:
            name = getattr(resource, "name", None) or "the resource"
            raise APITimeoutError(
                f"{name} is still {state_of(resource)} after {self._deadline:g} s of waiting"
            )
        pause = self._interval
        self._interval = min(self._interval * BACKOFF, self._max)
        if self._end is not None:
            pause = min(pause, self._end - now)
        return pause


def wait_until(
    fetch: Callable[[], T],
    waiting: Waiting,
    *,
    deadline: float | None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    on_progress: Callable[[T], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> T:
    """Read the resource (``fetch``) until it ends; see the module's docstring."""
    schedule = _Schedule(deadline, poll_interval, max_poll_interval, clock)
    while True:
        resource = fetch()
        if on_progress is not None:
            on_progress(resource)
        if _ended(resource, waiting):
            return resource
        pause = schedule.pause(resource)
        if pause > 0:
            sleep(pause)


async def async_wait_until(
    fetch: Callable[[], Awaitable[T]],
    waiting: Waiting,
    *,
    deadline: float | None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    on_progress: Callable[[T], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> T:
    """As :func:`wait_until`, for the async clients."""
    schedule = _Schedule(deadline, poll_interval, max_poll_interval, clock)
    while True:
        resource = await fetch()
        if on_progress is not None:
            on_progress(resource)
        if _ended(resource, waiting):
            return resource
        pause = schedule.pause(resource)
        if pause > 0:
            await sleep(pause)
