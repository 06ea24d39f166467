"""``run(input, output)``: a file of request lines to a file of result lines, resumably.

The input is read one line at a time and a line is read only when there is room to send it, so
memory holds the requests in flight, not the file; what must be remembered for every line (the
custom_ids read, to find repeats, and those answered before, to skip them) is kept compact
(:class:`~fireworks_client.bulk._idset.IdTable`, 8 bytes an id).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fireworks_client._client import AsyncFireworks
from fireworks_client._constants import DEFAULT_MAX_RETRIES
from fireworks_client._exceptions import AuthenticationError
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.bulk._engine import Engine
from fireworks_client.bulk._format import BadLine, Request, error_result, result_line
from fireworks_client.bulk._idset import IdTable
from fireworks_client.bulk._lines import count_lines, input_lines, take_line
from fireworks_client.bulk._output import BulkOutputError, OutputFile
from fireworks_client.bulk._progress import ProgressMode, Snapshot, make_progress
from fireworks_client.bulk._remote import MAX_DATASET_BYTES, RemoteEventHandler, run_remote

__all__ = ["Summary", "arun", "run"]


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did. ``succeeded`` and ``failed`` count this run's results (``invalid``: the
    failed ones that were bad input lines); ``skipped`` the lines answered by an earlier run."""

    lines: int
    succeeded: int
    failed: int
    invalid: int
    skipped: int
    requests_sent: int
    rate_limited: int
    unavailable: int
    retries: int
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    wall_seconds: float
    peak_concurrency: int
    output: str
    # The batch inference jobs of a remote run (``remote=True``), by id.
    jobs: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        counts = (
            f"{self.lines} lines: {self.succeeded} succeeded, {self.failed} failed "
            f"({self.invalid} invalid), {self.skipped} done before; "
        )
        tokens = (
            f"{self.total_tokens} tokens ({self.prompt_tokens} prompt + "
            f"{self.completion_tokens} completion); {self.wall_seconds:.1f} s"
        )
        if self.jobs:
            return f"{counts}{tokens}; batch jobs {', '.join(self.jobs)}; results in {self.output}"
        return (
            f"{counts}{self.requests_sent} requests, {self.rate_limited} answered 429, "
            f"{self.retries} retries; {tokens}, concurrency up to {self.peak_concurrency}; "
            f"results in {self.output}"
        )


def _check_positive(name: str, value: float | None, *, integer: bool) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{name}: must be a number above 0, got {value!r}")
    if integer and not isinstance(value, int):
        raise ValueError(f"{name}: must be a whole number, got {value!r}")


def run(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    client: AsyncFireworks | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    overload_retries: int = 10,
    max_concurrency: int = 64,
    initial_concurrency: int = 8,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    retry_failed: bool = False,
    progress: ProgressMode = "auto",
    remote: bool = False,
    account_id: str | None = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 60.0,
    deadline: float | None = None,
    max_dataset_bytes: int = MAX_DATASET_BYTES,
    on_remote_event: RemoteEventHandler | None = None,
) -> Summary:
    """Run the request lines of ``input_path`` (OpenAI Batch format) and append their results
    to ``output_path``; lines answered there already are skipped (``retry_failed=True``: the
    failed ones are run again). In an event loop already, ``await arun(...)``.

    ``remote=True`` runs them as Fireworks batch inference jobs instead (half the price, within
    24 hours; chat completions only): see :mod:`fireworks_client.bulk._remote`. The account is
    ``account_id`` (else the client's, ``FIREWORKS_ACCOUNT_ID``); jobs are read every
    ``poll_interval`` seconds, growing to ``max_poll_interval``, for ``deadline`` seconds at
    most (None: until they end); ``on_remote_event`` sees each step (a
    :class:`~fireworks_client.bulk.RemoteEvent`). The pacing options are the local runner's:
    with ``remote=True``, ``requests_per_minute`` and ``tokens_per_minute`` are refused (the
    service paces a batch job), as ``deadline`` and ``on_remote_event`` are without it."""
    return asyncio.run(
        arun(
            input_path,
            output_path,
            client=client,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            overload_retries=overload_retries,
            max_concurrency=max_concurrency,
            initial_concurrency=initial_concurrency,
            requests_per_minute=requests_per_minute,
            tokens_per_minute=tokens_per_minute,
            retry_failed=retry_failed,
            progress=progress,
            remote=remote,
            account_id=account_id,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            deadline=deadline,
            max_dataset_bytes=max_dataset_bytes,
            on_remote_event=on_remote_event,
        )
    )


async def arun(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    client: AsyncFireworks | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    overload_retries: int = 10,
    max_concurrency: int = 64,
    initial_concurrency: int = 8,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    retry_failed: bool = False,
    progress: ProgressMode = "auto",
    remote: bool = False,
    account_id: str | None = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 60.0,
    deadline: float | None = None,
    max_dataset_bytes: int = MAX_DATASET_BYTES,
    on_remote_event: RemoteEventHandler | None = None,
) -> Summary:
    """As :func:`run`, in the running event loop. ``client`` (left open) or the settings to
    make one (``api_key``, ``base_url``, ``timeout``; else the environment)."""
    _check_positive("max_concurrency", max_concurrency, integer=True)
    _check_positive("initial_concurrency", initial_concurrency, integer=True)
    _check_positive("requests_per_minute", requests_per_minute, integer=False)
    _check_positive("tokens_per_minute", tokens_per_minute, integer=False)
    if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
        raise ValueError(f"max_retries: must be a whole number 0 or above, got {max_retries!r}")
    if not isinstance(overload_retries, int) or overload_retries < 0:
        raise ValueError(
            f"overload_retries: must be a whole number 0 or above, got {overload_retries!r}"
        )
    _check_mode(
        remote,
        local_only={
            "requests_per_minute": requests_per_minute,
            "tokens_per_minute": tokens_per_minute,
        },
        remote_only={"deadline": deadline, "on_remote_event": on_remote_event},
    )
    source = Path(input_path)
    if not source.is_file():
        raise FileNotFoundError(f"input: no such file: {source}")
    if remote:
        _check_positive("max_dataset_bytes", max_dataset_bytes, integer=True)
        for name, value in (
            ("poll_interval", poll_interval),
            ("max_poll_interval", max_poll_interval),
        ):
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{name}: must be a number 0 or above, got {value!r}")
        return await _arun_remote(
            source,
            output_path,
            client=client,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_failed=retry_failed,
            progress=progress,
            account_id=account_id,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            deadline=deadline,
            max_dataset_bytes=max_dataset_bytes,
            on_event=on_remote_event,
        )
    started = time.monotonic()  # the wall time includes reading back the output
    display = make_progress(progress)
    own_client = client is None
    if client is None:
        client = AsyncFireworks(api_key=api_key, base_url=base_url, timeout=timeout)
    try:
        output, done, _ = OutputFile.open(output_path, retry_failed=retry_failed)
        try:
            engine = Engine(
                client,
                max_concurrency=max_concurrency,
                initial_concurrency=initial_concurrency,
                requests_per_minute=requests_per_minute,
                tokens_per_minute=tokens_per_minute,
                max_retries=max_retries,
                overload_retries=overload_retries,
            )
            job = _Job(engine, output, done, display, started)
            # The total is for the display's ETA: a quick pass, skipped when nothing shows it.
            job.total = None if progress in (False, "off") else count_lines(source)
            await job.run(input_lines(source))
        finally:
            output.close()
    finally:
        if own_client:
            await client.close()
    stats = engine.stats
    return Summary(
        lines=job.lines,
        succeeded=stats.succeeded,
        failed=stats.failed + job.invalid,
        invalid=job.invalid,
        skipped=job.skipped,
        requests_sent=stats.requests_sent,
        rate_limited=stats.rate_limited,
        unavailable=stats.unavailable,
        retries=stats.retries,
        prompt_tokens=stats.prompt_tokens,
        completion_tokens=stats.completion_tokens,
        total_tokens=stats.total_tokens,
        wall_seconds=job.elapsed(),
        peak_concurrency=engine.limit.peak,
        output=str(output.path),
    )


def _check_mode(
    remote: bool, *, local_only: dict[str, object], remote_only: dict[str, object]
) -> None:
    """An option of the other mode, given: refused, not silently ignored."""
    if remote:
        for name, value in local_only.items():
            if value is not None:
                raise ValueError(
                    f"{name}: paces a local run; a remote run's batch job is paced by the "
                    "service (leave it out with remote=True)"
                )
    else:
        for name, value in remote_only.items():
            if value is not None:
                raise ValueError(f"{name}: applies to a remote run only (remote=True)")


async def _arun_remote(
    source: Path,
    output_path: str | os.PathLike[str],
    *,
    client: AsyncFireworks | None,
    api_key: str | None,
    base_url: str | None,
    timeout: Timeout | NotGiven,
    max_retries: int | None,
    retry_failed: bool,
    progress: ProgressMode,
    account_id: str | None,
    poll_interval: float,
    max_poll_interval: float,
    deadline: float | None,
    max_dataset_bytes: int,
    on_event: RemoteEventHandler | None,
) -> Summary:
    started = time.monotonic()
    own_client = client is None
    if client is None:
        client = AsyncFireworks(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            account_id=account_id,
            max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
        )
    # The platform's calls are retried with the client's policy; a copy shares its connections.
    calls = (
        client
        if own_client or max_retries is None
        else client.with_options(max_retries=max_retries)
    )
    try:
        output, done, _ = OutputFile.open(output_path, retry_failed=retry_failed)
        try:
            outcome = await run_remote(
                calls,
                source,
                output,
                done,
                account_id=account_id,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                deadline=deadline,
                max_dataset_bytes=max_dataset_bytes,
                on_event=on_event,
                show=None if progress in (False, "off") else sys.stderr,
            )
        finally:
            output.close()
    finally:
        if own_client:
            await client.close()
    return Summary(
        lines=outcome.lines,
        succeeded=outcome.succeeded,
        failed=outcome.failed,
        invalid=outcome.invalid,
        skipped=outcome.skipped,
        requests_sent=0,
        rate_limited=0,
        unavailable=0,
        retries=0,
        prompt_tokens=outcome.prompt_tokens,
        completion_tokens=outcome.completion_tokens,
        total_tokens=outcome.prompt_tokens + outcome.completion_tokens,
        wall_seconds=time.monotonic() - started,
        peak_concurrency=0,
        output=str(output.path),
        jobs=outcome.jobs,
    )


class _Job:
    def __init__(
        self, engine: Engine, output: OutputFile, ids: IdTable, display: Any, started: float
    ) -> None:
        self.engine = engine
        self.output = output
        self.ids = ids  # answered before (from the output), and read in this run
        self.display = display
        self.total: int | None = None
        self.lines = 0
        self.skipped = 0
        self.invalid = 0
        self.started = started
        self.failure: BaseException | None = None
        self.pending: set[asyncio.Task[None]] = set()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def snapshot(self) -> Snapshot:
        stats = self.engine.stats
        answered = stats.succeeded + stats.failed + self.invalid
        return Snapshot(
            done=self.skipped + answered,
            total=self.total,
            elapsed=self.elapsed(),
            answered=answered,
            errors=stats.failed + self.invalid,
            retries=stats.retries,
            tokens=stats.total_tokens,
            concurrency=self.engine.limit.current,
        )

    def write(self, result: dict[str, Any]) -> None:
        if self.failure is not None:
            return
        try:
            self.output.write(result_line(result))
        except BulkOutputError as exc:
            self.failure = exc  # stops the job; what was written stays
        self.display.update(self.snapshot())

    def bad_line(self, line: int, message: str, custom_id: str | None) -> None:
        self.invalid += 1
        self.write(error_result(custom_id, "invalid_request_line", message, line=line))

    async def run(self, lines: Iterator[tuple[int, bytes]]) -> None:
        try:
            for number, raw in lines:
                if self.failure is not None:
                    break
                self.lines += 1
                request = self.take(number, raw)
                if request is not None:
                    ticket = await self.engine.limit.acquire()
                    self.send(request, ticket)
            while self.pending and self.failure is None:
                await asyncio.wait(set(self.pending), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in self.pending:
                task.cancel()
            if self.pending:
                await asyncio.gather(*self.pending, return_exceptions=True)
            self.display.close(self.snapshot())
        if self.failure is not None:
            raise self.failure

    def take(self, number: int, raw: bytes) -> Request | None:
        """One input line: skipped, recorded as bad, or the request to send."""
        taken = take_line(self.ids, number, raw)
        if taken is None:
            self.skipped += 1
            return None
        if isinstance(taken, BadLine):
            self.bad_line(taken.line, taken.message, taken.custom_id)
            return None
        return taken

    def send(self, request: Request, ticket: int) -> None:
        task = asyncio.create_task(self._answer(request, ticket))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def _answer(self, request: Request, ticket: int) -> None:
        try:
            result = await self.engine.answer(request, ticket)
        except AuthenticationError as exc:
            if self.failure is None:
                self.failure = exc  # the job stops; the line is not recorded, so a rerun sends it
            return
        self.write(result)
