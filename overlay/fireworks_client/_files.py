"""Files to and from the platform, streamed from and to disk: never whole in memory.

Three ways a file travels:

- the API's own multipart upload (a dataset's ``:upload``): the form is streamed, its parts'
  head, the file in chunks and the closing boundary, with a Content-Length;
- a signed upload URL (``:getUploadEndpoint``): the file is PUT to it in chunks;
- a signed download URL (``:getDownloadEndpoint``): the answer is written in chunks to a
  temporary file next to its destination, renamed when whole. A body that breaks off is read
  again from its start, within the call's retries (the progress starts again too).

Every request goes through the client's own request path (``SyncAPIClient.request_file``,
``send_signed``, ``open_signed``): its sender, so its transport, proxy, TLS and timeouts, and
its retries (a retried upload reads its file again from the start). A signed URL gets none of
the client's headers, so never its API key (the URL carries its own authorisation).

A transfer is written once for the sync and async clients, as a flow: a generator that yields
its steps (:class:`Call` an operation, :class:`SendFile`, :class:`Put`, :class:`Fetch`) and is
sent each step's result; :func:`run` and :func:`arun` take the steps, sync or async.

``on_progress(done, total)`` sees the bytes sent or written. A failure reaches the caller as
the SDK's error: an error status as :class:`~fireworks_client.APIStatusError`'s class, a
network failure as :class:`~fireworks_client.APIConnectionError` (a timeout as
APITimeoutError), a local file that cannot be read or written as the OSError it is.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypeVar

import httpx

from fireworks_client._exceptions import connection_error

if TYPE_CHECKING:
    from fireworks_client._operations import Endpoint
    from fireworks_client._request_path import AsyncAPIClient, RequestOptions, SyncAPIClient
    from fireworks_client._retries import Attempts

__all__ = [
    "CHUNK",
    "Call",
    "Fetch",
    "Flow",
    "Progress",
    "Put",
    "SendFile",
    "arun",
    "download_flow",
    "download_target",
    "file_body",
    "multipart_file",
    "run",
    "signed_upload_flow",
    "signed_urls",
    "upload_files",
]

T = TypeVar("T")

CHUNK = 1 << 20  # bytes read or written at a time
Progress = Callable[[int, int], object]  # (bytes done, bytes in all)


class _Body:
    """A request body streamed from a file: ``head``, the file's bytes, ``tail``; read from
    the start at each iteration (``_wire.StreamedContent``)."""

    def __init__(self, path: Path, head: bytes, tail: bytes, on_progress: Progress | None) -> None:
        self.path = path
        self.head = head
        self.tail = tail
        self.size = path.stat().st_size
        self.length = len(head) + self.size + len(tail)
        self.on_progress = on_progress

    def _chunks(self, file: IO[bytes]) -> Iterator[bytes]:
        done = 0
        if self.on_progress is not None:
            self.on_progress(0, self.size)
        while chunk := file.read(CHUNK):
            done += len(chunk)
            yield chunk
            if self.on_progress is not None:
                self.on_progress(done, self.size)

    def __iter__(self) -> Iterator[bytes]:
        if self.head:
            yield self.head
        with self.path.open("rb") as file:
            yield from self._chunks(file)
        if self.tail:
            yield self.tail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.head:
            yield self.head
        done = 0
        if self.on_progress is not None:
            self.on_progress(0, self.size)
        with self.path.open("rb") as file:
            # the reads in a thread, the progress reported on the event loop
            while chunk := await asyncio.to_thread(file.read, CHUNK):
                done += len(chunk)
                yield chunk
                if self.on_progress is not None:
                    self.on_progress(done, self.size)
        if self.tail:
            yield self.tail


def multipart_file(field: str, path: Path, on_progress: Progress | None) -> tuple[_Body, str]:
    """A multipart form of one file field, streamed, and its Content-Type."""
    boundary = secrets.token_hex(16)
    name = path.name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "").replace("\n", "")
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{field}"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    return _Body(path, head, tail, on_progress), f"multipart/form-data; boundary={boundary}"


def file_body(path: Path, on_progress: Progress | None) -> _Body:
    """The file itself, streamed (a PUT to a signed URL)."""
    return _Body(path, b"", b"", on_progress)


def upload_files(source: str | os.PathLike[str]) -> dict[str, Path]:
    """The files of an upload: a file by its name; a directory's files (every level) by
    their paths under it, with ``/``."""
    root = Path(source)
    if root.is_file():
        return {root.name: root}
    if not root.is_dir():
        raise FileNotFoundError(f"no file or directory {str(root)!r} to upload")
    found = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}
    if not found:
        raise FileNotFoundError(f"no file under {str(root)!r} to upload")
    return found


def download_target(
    dest_dir: str | os.PathLike[str], filename: str, *, keep_dirs: bool = False
) -> Path:
    """Where a downloaded file goes under ``dest_dir``: its base name, or with ``keep_dirs``
    its path less any ``..``, ``.`` and root (a name from the service never reaches outside
    ``dest_dir``); the directories it needs are made."""
    parts = [p for p in filename.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if not parts:
        raise ValueError(f"the service named a file {filename!r}: no file name in it")
    target = Path(dest_dir).joinpath(*(parts if keep_dirs else parts[-1:]))
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _partial(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def signed_urls(urls: object, files: Mapping[str, Path]) -> dict[str, str]:
    """The signed URL of each file (``urls``: an answer's ``filename_to_signed_urls``); a file
    the service gave none for is an error."""
    given = getattr(urls, "additional_properties", None) or {}
    missing = sorted(set(files) - set(given))
    if missing:
        raise FileNotFoundError(f"the service gave no upload URL for {', '.join(missing)}")
    return {name: str(given[name]) for name in files}


# --- the steps of a transfer, and their sync and async runners ---------------------------


@dataclass(frozen=True, slots=True)
class Call:
    """An operation of the API (its answer parsed), as its generated method makes it."""

    endpoint: Endpoint[Any, Any]
    params: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SendFile:
    """An operation whose body is a file, streamed (a multipart ``:upload``)."""

    endpoint: Endpoint[Any, Any]
    params: Mapping[str, Any]
    body: _Body
    content_type: str


@dataclass(frozen=True, slots=True)
class Put:
    """A file PUT to a signed URL."""

    url: str
    body: _Body


@dataclass(frozen=True, slots=True)
class Fetch:
    """A signed URL's answer written to ``target``; the result is ``target``."""

    url: str
    target: Path
    on_progress: Progress | None


Step: TypeAlias = Call | SendFile | Put | Fetch
Flow: TypeAlias = Generator[Step, Any, T]


class _Partial:
    """The file being downloaded, as ``<name>.part`` next to its target: renamed to it when
    whole, removed when the download fails."""

    def __init__(self, target: Path, response: httpx.Response, on_progress: Progress | None):
        self.target = target
        self.total = int(response.headers.get("content-length") or 0)
        self.on_progress = on_progress
        self.done = 0
        self.file = _partial(target).open("wb")

    def advance(self, count: int) -> None:
        self.done += count
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)

    def __enter__(self) -> _Partial:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.file.close()
        if exc_type is None:
            _partial(self.target).replace(self.target)
        else:
            _partial(self.target).unlink(missing_ok=True)


def run(client: SyncAPIClient, flow: Flow[T], options: RequestOptions) -> T:
    """Take a flow's steps with the sync client; its result."""
    answer: Any = None
    while True:
        try:
            step = flow.send(answer)
        except StopIteration as end:
            result: T = end.value
            return result
        match step:
            case Call(endpoint, params):
                answer = client.request(endpoint, params, None, options)
            case SendFile(endpoint, params, body, content_type):
                answer = client.request_file(endpoint, params, body, content_type, options)
            case Put(url, body):
                answer = client.send_signed("PUT", url, body, options)
            case Fetch() as fetch:
                answer = _fetch(client, fetch, options)


async def arun(client: AsyncAPIClient, flow: Flow[T], options: RequestOptions) -> T:
    """As :func:`run`, with the async client (the file's reads and writes in a thread, the
    progress reported on the event loop)."""
    answer: Any = None
    while True:
        try:
            step = flow.send(answer)
        except StopIteration as end:
            result: T = end.value
            return result
        match step:
            case Call(endpoint, params):
                answer = await client.request(endpoint, params, None, options)
            case SendFile(endpoint, params, body, content_type):
                answer = await client.request_file(endpoint, params, body, content_type, options)
            case Put(url, body):
                answer = await client.send_signed("PUT", url, body, options)
            case Fetch() as fetch:
                answer = await _afetch(client, fetch, options)


def _fetch(client: SyncAPIClient, fetch: Fetch, options: RequestOptions) -> Path:
    """A signed URL's answer written to its target; a body that breaks off is read again
    from its start while the call's retries last (the answer's own failures are retried by
    ``open_signed``)."""
    attempts = client.attempts(options)
    while True:
        response = client.open_signed(fetch.url, options)
        try:
            with _Partial(fetch.target, response, fetch.on_progress) as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.file.write(chunk)
                    out.advance(len(chunk))
            return fetch.target
        except httpx.TransportError as exc:
            delay = _again(attempts, fetch, exc, response)
        finally:
            response.close()
        time.sleep(delay)


async def _afetch(client: AsyncAPIClient, fetch: Fetch, options: RequestOptions) -> Path:
    """As :func:`_fetch` (the file's writes in a thread)."""
    attempts = client.attempts(options)
    while True:
        response = await client.open_signed(fetch.url, options)
        try:
            with _Partial(fetch.target, response, fetch.on_progress) as out:
                async for chunk in response.aiter_bytes(CHUNK):
                    await asyncio.to_thread(out.file.write, chunk)
                    out.advance(len(chunk))
            return fetch.target
        except httpx.TransportError as exc:
            delay = _again(attempts, fetch, exc, response)
        finally:
            await response.aclose()
        await asyncio.sleep(delay)


def _again(
    attempts: Attempts, fetch: Fetch, exc: httpx.TransportError, response: httpx.Response
) -> float:
    """How long to wait before reading a broken-off download again; past the retries, the
    SDK's error for it."""
    delay = attempts.after_failure("GET", fetch.url, type(exc).__name__)
    if delay is None:
        raise connection_error(exc, response.request, streaming=True) from exc
    return delay


# --- the flows the resources share -------------------------------------------------------


def signed_upload_flow(
    get_endpoint: Endpoint[Any, Any],
    validate: Endpoint[Any, Any],
    ids: Mapping[str, Any],
    files: Mapping[str, Path],
    on_progress: Progress | None,
) -> Flow[None]:
    """Ask for a signed URL per file (its name and size), PUT each file to its URL, then ask
    the service to validate the upload."""
    sizes = {name: str(path.stat().st_size) for name, path in files.items()}
    answer = yield Call(get_endpoint, {**ids, "filename_to_size": sizes})
    for name, url in signed_urls(answer.filename_to_signed_urls, files).items():
        yield Put(url, file_body(files[name], on_progress))
    yield Call(validate, ids)


def download_flow(
    get_endpoint: Endpoint[Any, Any],
    ids: Mapping[str, Any],
    dest_dir: str | os.PathLike[str],
    *,
    keep_dirs: bool,
    on_progress: Progress | None,
) -> Flow[list[Path]]:
    """Ask for the signed URL of each file and write each under ``dest_dir`` (made if
    missing; see :func:`download_target`); their paths."""
    answer = yield Call(get_endpoint, ids)
    urls = getattr(answer.filename_to_signed_urls, "additional_properties", None) or {}
    Path(dest_dir).mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, url in urls.items():
        target = download_target(dest_dir, name, keep_dirs=keep_dirs)
        written.append((yield Fetch(str(url), target, on_progress)))
    return written
