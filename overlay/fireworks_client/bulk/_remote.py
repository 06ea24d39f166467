"""``bulk.run(..., remote=True)``: the same request file run as Fireworks batch inference jobs.

The input is checked line by line as the local runner checks it (a line that is not a request
becomes an error line, never a failed job). Fireworks' batch jobs run chat completions only, one
model a job, with input up to 500 MB: a line of another operation is an error line that says to
run it locally, and the requests are split into *parts*, one per model (and per 500 MB). Each
part's lines (``custom_id`` and ``body``, its ``model`` moved onto the job) are written to a
file, uploaded from disk as a dataset, and run by a batch inference job; the jobs are followed
until they end and their output datasets downloaded, and every result is written to the output
in the local runner's format, joined on ``custom_id``; a line the job answered with an error,
or left without an answer, is an error line.

Everything done is recorded as it is done (:mod:`~fireworks_client.bulk._remote_state`), so the
same command run again after a stop at any point goes on: it finds its datasets and jobs by the
ids recorded, uploads nothing twice and starts no second job. A job that expired (the service's
24 hours) has its finished lines written and is continued by a job naming it
(``continuedFromJobName``), up to :data:`MAX_CONTINUATIONS` times; then its lines left are error
lines. ``retry_failed`` runs the error lines again as a new round of jobs.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from fireworks_client._client import AsyncFireworks
from fireworks_client._exceptions import NotFoundError, ResourceFailedError
from fireworks_client._waits import state_of
from fireworks_client.bulk._format import (
    BadLine,
    Request,
    error_result,
    is_failure,
    line_key,
    result_line,
    success_result,
)
from fireworks_client.bulk._idset import ANSWERED, SEEN, IdTable, digest
from fireworks_client.bulk._lines import input_lines, take_line
from fireworks_client.bulk._output import BulkOutputError, OutputFile
from fireworks_client.bulk._remote_state import Part, RemoteState, clear, state_paths

if TYPE_CHECKING:
    from fireworks_api.models import GatewayBatchInferenceJob

__all__ = [
    "BATCH_OPERATION",
    "MAX_CONTINUATIONS",
    "MAX_DATASET_BYTES",
    "RemoteEvent",
    "RemoteEventHandler",
    "RemoteOutcome",
    "run_remote",
]

# What Fireworks' batch inference jobs run, and how large an input dataset may be.
BATCH_OPERATION = "chat.completions.create"
MAX_DATASET_BYTES = 500 * 1000 * 1000
# Jobs that expired continued, at most, before their lines left are reported.
MAX_CONTINUATIONS = 3
_EXPIRED = "JOB_STATE_EXPIRED"
_READY = "READY"


@dataclass(frozen=True, slots=True)
class RemoteEvent:
    """A step of a remote run, as it happens: ``planned`` (the parts written and recorded),
    ``dataset_created``, ``uploading`` (``done`` of ``total`` bytes), ``uploaded``,
    ``job_created``, ``job_progress`` (each read of a job: its ``state``, ``done`` of ``total``
    lines), ``job_ended``, ``job_continued``, ``results_written``. ``part`` counts from 1."""

    step: str
    part: int
    parts: int
    job: str | None = None
    state: str | None = None
    done: int | None = None
    total: int | None = None


RemoteEventHandler = Callable[[RemoteEvent], object]


@dataclass(slots=True)
class RemoteOutcome:
    """What a remote run wrote, for the runner's :class:`~fireworks_client.bulk.Summary`."""

    lines: int = 0
    skipped: int = 0
    succeeded: int = 0
    failed: int = 0
    invalid: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    jobs: tuple[str, ...] = ()


async def run_remote(
    client: AsyncFireworks,
    source: Path,
    output: OutputFile,
    done: IdTable,
    *,
    account_id: str | None,
    poll_interval: float,
    max_poll_interval: float,
    deadline: float | None,
    max_dataset_bytes: int,
    on_event: RemoteEventHandler | None,
    show: IO[str] | None,
) -> RemoteOutcome:
    """Resume the round recorded beside ``output`` if there is one, then run what is left of
    ``source`` as a new round; ``done`` holds the keys already answered in ``output``."""
    remote = _Remote(
        client,
        source,
        output,
        done,
        account_id=account_id,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        deadline=deadline,
        max_dataset_bytes=max_dataset_bytes,
        on_event=on_event,
        show=show,
    )
    # One read first: a key or an account that will not do is said before anything is written.
    await client.batch_inference_jobs.list(account_id=account_id, page_size=1).first_page()
    state = RemoteState.load(remote.state_file)
    if state is not None:
        if state.input != str(source.resolve()):
            raise ValueError(
                f"input: {remote.state_file} records a remote run of {state.input}, not "
                f"{source.resolve()}: run that input again to finish it, or give another output"
            )
        await remote.run_round(state)
    resumed = remote.outcome.succeeded + remote.outcome.failed
    state = remote.plan()
    if state is not None:
        await remote.run_round(state)
    # Lines answered by the round resumed were answered before this run's reading.
    remote.outcome.skipped = max(0, remote.outcome.skipped - resumed)
    return remote.outcome


class _Remote:
    def __init__(
        self,
        client: AsyncFireworks,
        source: Path,
        output: OutputFile,
        done: IdTable,
        *,
        account_id: str | None,
        poll_interval: float,
        max_poll_interval: float,
        deadline: float | None,
        max_dataset_bytes: int,
        on_event: RemoteEventHandler | None,
        show: IO[str] | None,
    ) -> None:
        self.client = client
        self.source = source
        self.output = output
        self.ids = done
        self.account_id = account_id
        self.poll_interval = poll_interval
        self.max_poll_interval = max_poll_interval
        self.deadline = deadline
        self.max_dataset_bytes = max_dataset_bytes
        self.on_event = on_event
        self.show = show
        self.state_file, self.work = state_paths(output.path)
        self.outcome = RemoteOutcome()
        self._shown: tuple[object, ...] | None = None

    # Events and the lines shown.

    def emit(self, event: RemoteEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)
        if self.show is None:
            return
        if event.step == "uploading":
            # A line a tenth of the way, not one a chunk.
            tenth = (10 * (event.done or 0)) // max(event.total or 1, 1)
            key: tuple[object, ...] = (event.step, event.part, tenth)
        elif event.step == "job_progress":
            key = (event.step, event.part, event.state, event.done)
        else:
            key = (event.step, event.part, event.job)
        if key == self._shown:
            return
        self._shown = key
        unit = " bytes" if event.step == "uploading" else " lines"
        if event.total is None:
            counts = ""
        elif event.done is None:
            counts = f" {event.total}{unit}"
        else:
            counts = f" {event.done}/{event.total}{unit}"
        job = f" {event.job}" if event.job else ""
        state = f" {event.state}" if event.state else ""
        print(
            f"bulk --remote: part {event.part}/{event.parts}: {event.step}{job}{state}{counts}",
            file=self.show,
            flush=True,
        )

    # The output.

    def write(self, result: dict[str, Any], key: str, *, invalid: bool = False) -> None:
        self.output.write(result_line(result))
        self.ids.mark(digest(key), ANSWERED)
        if invalid:
            self.outcome.invalid += 1
        if is_failure(result):
            self.outcome.failed += 1
            return
        self.outcome.succeeded += 1
        usage = (result.get("response") or {}).get("body", {}) or {}
        usage = usage.get("usage") if isinstance(usage, dict) else None
        if isinstance(usage, dict):
            self.outcome.prompt_tokens += _int(usage.get("prompt_tokens"))
            self.outcome.completion_tokens += _int(usage.get("completion_tokens"))

    def answered(self, custom_id: str) -> bool:
        return bool(self.ids.flags(digest(custom_id)) & ANSWERED)

    # Planning a round: the lines left, checked, converted and split into parts.

    def plan(self) -> RemoteState | None:
        state = RemoteState(input=str(self.source.resolve()), round=secrets.token_hex(4))
        self.work.mkdir(exist_ok=True)
        open_parts: dict[str, tuple[Part, IO[bytes], list[int]]] = {}
        try:
            for number, raw in input_lines(self.source):
                self.outcome.lines += 1
                taken = take_line(self.ids, number, raw)
                if taken is None:
                    self.outcome.skipped += 1
                    continue
                if isinstance(taken, BadLine):
                    self.bad(number, taken.message, taken.custom_id)
                    continue
                converted = self.convert(taken)
                if isinstance(converted, str):
                    self.bad(number, converted, taken.custom_id)
                    continue
                model, line = converted
                held = open_parts.get(model)
                if held is None or (held[2][0] and held[2][0] + len(line) > self.max_dataset_bytes):
                    if held is not None:
                        held[1].close()
                    held = open_parts[model] = self.new_part(state, model)
                part, file, size = held
                file.write(line)
                size[0] += len(line)
                part.lines += 1
        finally:
            for _, file, _ in open_parts.values():
                file.close()
        if not state.parts:
            clear(self.state_file, self.work)
            return None
        state.save(self.state_file)
        for number, part in enumerate(state.parts, start=1):
            self.emit(RemoteEvent("planned", number, len(state.parts), total=part.lines))
        return state

    def new_part(self, state: RemoteState, model: str) -> tuple[Part, IO[bytes], list[int]]:
        number = len(state.parts) + 1
        name = f"bulk-{state.round}-{number}"
        part = Part(file=f"part-{number}.jsonl", model=model, lines=0, dataset=name, job=name)
        state.parts.append(part)
        return part, (self.work / part.file).open("wb"), [0]

    @staticmethod
    def convert(request: Request) -> tuple[str, bytes] | str:
        """The model and the batch line of a request, or why it cannot be one."""
        where = f"line {request.line}"
        if request.endpoint.friendly != BATCH_OPERATION:
            return (
                f"{where}: url: {request.url!r}: batch inference jobs run chat completions only; "
                "run this line locally (without --remote)"
            )
        model = request.body.get("model")
        if not isinstance(model, str) or not model:
            return f"{where}: body.model: required, a string (a batch job runs one model)"
        body = {k: v for k, v in request.body.items() if k != "model"}
        line = json.dumps({"custom_id": request.custom_id, "body": body}, ensure_ascii=False)
        return model, (line + "\n").encode()

    def bad(self, number: int, message: str, custom_id: str | None) -> None:
        result = error_result(custom_id, "invalid_request_line", message, line=number)
        self.write(result, custom_id if custom_id is not None else line_key(number), invalid=True)

    # Running a round.

    async def run_round(self, state: RemoteState) -> None:
        parts = [(n, p) for n, p in enumerate(state.parts, start=1) if not p.written]
        count = len(state.parts)
        for number, part in parts:
            await self.upload(state, part, number, count)
        for number, part in parts:
            await self.start(state, part, number, count)
        # The jobs run side by side on the service: each followed, and its results written,
        # as it ends.
        tasks = [asyncio.create_task(self.follow(state, p, n, count)) for n, p in parts]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        self.outcome.jobs += tuple(p.job for p in state.parts)
        clear(self.state_file, self.work)

    async def upload(self, state: RemoteState, part: Part, number: int, count: int) -> None:
        if part.uploaded:
            return
        datasets = self.client.datasets
        try:
            dataset = await datasets.get(part.dataset, account_id=self.account_id)
        except NotFoundError:
            dataset = await datasets.create(
                dataset_id=part.dataset,
                dataset={"displayName": f"bulk {part.dataset}", "userUploaded": {}},
                account_id=self.account_id,
            )
            self.emit(RemoteEvent("dataset_created", number, count, job=part.dataset))
        part.dataset_name = dataset.name or part.dataset
        if state_of(dataset) != _READY:
            path = self.work / part.file
            if not path.is_file():
                raise BulkOutputError(
                    f"{path}: the part's lines to upload are gone; remove {self.state_file} "
                    "to start the run over"
                )
            total = path.stat().st_size

            def progress(sent: int, size: int | None) -> None:
                self.emit(RemoteEvent("uploading", number, count, done=sent, total=size or total))

            dataset = await datasets.upload(
                part.dataset, file=path, account_id=self.account_id, on_progress=progress
            )
            if state_of(dataset) != _READY:
                await datasets.wait(
                    part.dataset,
                    account_id=self.account_id,
                    deadline=self.deadline,
                    poll_interval=self.poll_interval,
                    max_poll_interval=self.max_poll_interval,
                )
        part.uploaded = True
        state.save(self.state_file)
        self.emit(RemoteEvent("uploaded", number, count, job=part.dataset, total=part.lines))

    async def start(self, state: RemoteState, part: Part, number: int, count: int) -> None:
        if part.job_created:
            return
        jobs = self.client.batch_inference_jobs
        try:
            await jobs.get(part.job, account_id=self.account_id)
        except NotFoundError:
            if part.continued_from is not None:
                await jobs.create(
                    batch_inference_job_id=part.job,
                    continued_from_job_name=part.continued_from,
                    display_name=f"bulk {part.job}",
                    account_id=self.account_id,
                )
            else:
                await jobs.create(
                    batch_inference_job_id=part.job,
                    model=part.model,
                    input_dataset_id=part.dataset_name or part.dataset,
                    display_name=f"bulk {part.job}",
                    account_id=self.account_id,
                )
        part.job_created = True
        state.save(self.state_file)
        self.emit(RemoteEvent("job_created", number, count, job=part.job))

    async def follow(self, state: RemoteState, part: Part, number: int, count: int) -> None:
        """Wait for the part's job, write its results; continue it while it expires."""
        while True:

            def progress(job: Any, job_id: str = part.job) -> None:
                made = job.job_progress
                done = made.total_processed_requests if made is not None else None
                self.emit(
                    RemoteEvent(
                        "job_progress", number, count, job_id, state_of(job), done, part.lines
                    )
                )

            try:
                job = await self.client.batch_inference_jobs.wait(
                    part.job,
                    account_id=self.account_id,
                    deadline=self.deadline,
                    poll_interval=self.poll_interval,
                    max_poll_interval=self.max_poll_interval,
                    on_progress=progress,
                )
            except ResourceFailedError as exc:
                job = cast("GatewayBatchInferenceJob", exc.resource)
            ended = state_of(job) or "JOB_STATE_UNSPECIFIED"
            self.emit(RemoteEvent("job_ended", number, count, part.job, ended))
            wrote = await self.collect(part, job)
            if ended == _EXPIRED and wrote and part.continuations < MAX_CONTINUATIONS:
                part.continuations += 1
                part.continued_from = str(getattr(job, "name", None) or part.job)
                part.job = f"{part.dataset}-c{part.continuations}"
                part.job_created = False
                state.save(self.state_file)
                self.emit(RemoteEvent("job_continued", number, count, part.job))
                await self.start(state, part, number, count)
                continue
            self.left_over(part, job, ended)
            part.written = True
            state.save(self.state_file)
            self.emit(RemoteEvent("results_written", number, count, part.job, ended))
            return

    def part_ids(self, part: Part) -> IdTable:
        ids = IdTable()
        for custom_id in self.part_custom_ids(part):
            ids.mark(digest(custom_id), SEEN)
        return ids

    def part_custom_ids(self, part: Part) -> Iterator[str]:
        path = self.work / part.file
        if not path.is_file():
            raise BulkOutputError(
                f"{path}: the part's lines are gone, so its results cannot be joined; remove "
                f"{self.state_file} to start the run over"
            )
        with path.open("rb") as file:
            for raw in file:
                custom_id: str = json.loads(raw)["custom_id"]
                yield custom_id

    async def collect(self, part: Part, job: Any) -> int:
        """The job's output dataset downloaded and its results written (those not written
        before); how many were written."""
        output_name = getattr(job, "output_dataset_id", None)
        if not isinstance(output_name, str) or not output_name:
            return 0
        dest = self.work / f"results-{part.job}"
        shutil.rmtree(dest, ignore_errors=True)
        try:
            files = await self.client.datasets.download(
                output_name.rsplit("/", 1)[-1], dest, account_id=self.account_id
            )
        except NotFoundError:
            return 0
        ours = self.part_ids(part)
        wrote = 0
        for path in sorted(files):
            with path.open("rb") as file:
                for raw in file:
                    found = _result(raw)
                    if found is None:
                        continue
                    custom_id, result = found
                    if not ours.flags(digest(custom_id)) or self.answered(custom_id):
                        continue
                    self.write(result, custom_id)
                    wrote += 1
        shutil.rmtree(dest, ignore_errors=True)
        return wrote

    def left_over(self, part: Part, job: Any, ended: str) -> None:
        """An error line for each of the part's lines the job left without a result."""
        name = getattr(job, "name", None) or part.job
        status = getattr(getattr(job, "status", None), "message", None)
        said = f": {status}" if isinstance(status, str) and status else ""
        if ended in ("JOB_STATE_COMPLETED", "JOB_STATE_EARLY_STOPPED"):
            code, message = "missing_result", f"batch job {name} ended {ended} with no result"
        else:
            code = "batch_job_" + ended.removeprefix("JOB_STATE_").lower()
            message = f"batch job {name} ended {ended}{said}; rerun with --retry-failed"
        for custom_id in self.part_custom_ids(part):
            if not self.answered(custom_id):
                self.write(error_result(custom_id, code, message), custom_id)


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _result(raw: bytes) -> tuple[str, dict[str, Any]] | None:
    """A line of a job's output as a result line of the local runner's format (None: not a
    result). The service writes ``{"custom_id", "response": <the answer>}`` and, in its error
    file, ``{"custom_id", "error": ...}``; an OpenAI Batch ``response`` (``status_code``,
    ``body``) is read too."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("custom_id"), str):
        return None
    custom_id: str = data["custom_id"]
    error = data.get("error")
    response = data.get("response")
    if error is not None:
        message = error.get("message") if isinstance(error, dict) else None
        text = message if isinstance(message, str) else json.dumps(error)
        return custom_id, error_result(custom_id, "batch_request_failed", text)
    if not isinstance(response, dict):
        message = "the batch job's result line has neither a response nor an error"
        return custom_id, error_result(custom_id, "batch_request_failed", message)
    if isinstance(response.get("status_code"), int) and "body" in response:
        status, body = response["status_code"], response["body"]
        request_id = response.get("request_id")
        request_id = request_id if isinstance(request_id, str) else None
        if status >= 400:
            answered = {"status_code": status, "request_id": request_id, "body": body}
            text = f"the batch job's request answered {status}"
            return custom_id, error_result(
                custom_id, "batch_request_failed", text, response=answered
            )
        return custom_id, success_result(custom_id, status, request_id, body)
    return custom_id, success_result(custom_id, 200, None, response)
