"""Files to and from the platform, streamed from and to disk: never whole in memory.

Three ways a file travels, each written once for the sync and the async clients:

- the API's own multipart upload (a dataset's ``:upload``): the form is streamed, its parts'
  head, the file in chunks and the closing boundary, with a Content-Length;
- a signed upload URL (``:getUploadEndpoint``): the file is PUT to it in chunks;
- a signed download URL (``:getDownloadEndpoint``): the answer is written in chunks to a
  temporary file next to its destination, renamed when whole.

A signed URL gets no API key (it carries its own authorisation). ``on_progress(done, total)``
sees the bytes sent or written. A failure reaches the caller as the SDK's error: an error
status as :class:`~fireworks_client.APIStatusError`'s class, a network failure as
:class:`~fireworks_client.APIConnectionError` (a timeout as APITimeoutError), a local file
that cannot be read or written as the OSError it is.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from fireworks_client._exceptions import connection_error, status_error
from fireworks_client._types import NotGiven

if TYPE_CHECKING:
    from fireworks_client._request_path import AsyncAPIClient, RequestOptions, SyncAPIClient

__all__ = [
    "CHUNK",
    "Progress",
    "async_download",
    "async_send_file",
    "download",
    "download_target",
    "file_body",
    "multipart_file",
    "request_timeouts",
    "send_file",
    "upload_files",
]

CHUNK = 1 << 20  # bytes read or written at a time
Progress = Callable[[int, int], object]  # (bytes done, bytes in all)


class _Body:
    """A request body streamed from a file: ``head``, the file's bytes, ``tail``."""

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


def _checked(response: httpx.Response) -> Any:
    """The answer's JSON (None when it has none); an error status raises the SDK's error."""
    if response.status_code >= 400:
        try:
            body: object = json.loads(response.content)
        except ValueError:
            body = None
        raise status_error(response, body)
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def send_file(
    method: str,
    url: str,
    headers: dict[str, str],
    body: _Body,
    timeout: dict[str, float | None],
) -> Any:
    """Send ``body`` streamed; the answer's JSON (None without one)."""
    request = httpx.Request(
        method,
        url,
        headers={**headers, "Content-Length": str(body.length)},
        content=iter(body),
        extensions={"timeout": timeout},
    )
    with httpx.Client() as http:
        try:
            response = http.send(request)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
    return _checked(response)


async def async_send_file(
    method: str,
    url: str,
    headers: dict[str, str],
    body: _Body,
    timeout: dict[str, float | None],
) -> Any:
    """As :func:`send_file`, for the async clients."""
    request = httpx.Request(
        method,
        url,
        headers={**headers, "Content-Length": str(body.length)},
        content=body.__aiter__(),
        extensions={"timeout": timeout},
    )
    async with httpx.AsyncClient() as http:
        try:
            response = await http.send(request)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
    return _checked(response)


def request_timeouts(
    client: SyncAPIClient | AsyncAPIClient, options: RequestOptions
) -> dict[str, float | None]:
    """The timeouts of a call (its own, else the client's), as httpx's dictionary."""
    if isinstance(options.timeout, NotGiven):
        return client._settings.timeout_dict
    return httpx.Timeout(options.timeout).as_dict()


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


def download(
    url: str,
    target: Path,
    timeout: dict[str, float | None],
    on_progress: Progress | None,
) -> Path:
    """GET a signed URL into ``target``, streamed; the file is whole when it is there."""
    partial = _partial(target)
    request = httpx.Request("GET", url, extensions={"timeout": timeout})
    with httpx.Client() as http:
        try:
            response = http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        try:
            if response.status_code >= 400:
                response.read()
                _checked(response)
            total = int(response.headers.get("content-length") or 0)
            done = 0
            with partial.open("wb") as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    if on_progress is not None:
                        on_progress(done, total)
        except httpx.TransportError as exc:
            partial.unlink(missing_ok=True)
            raise connection_error(exc, request, streaming=True) from exc
        finally:
            response.close()
    partial.replace(target)
    return target


async def async_download(
    url: str,
    target: Path,
    timeout: dict[str, float | None],
    on_progress: Progress | None,
) -> Path:
    """As :func:`download`, for the async clients."""
    partial = _partial(target)
    request = httpx.Request("GET", url, extensions={"timeout": timeout})
    async with httpx.AsyncClient() as http:
        try:
            response = await http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        try:
            if response.status_code >= 400:
                await response.aread()
                _checked(response)
            total = int(response.headers.get("content-length") or 0)
            done = 0
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes(CHUNK):
                    await asyncio.to_thread(out.write, chunk)
                    done += len(chunk)
                    if on_progress is not None:
                        on_progress(done, total)
        except httpx.TransportError as exc:
            partial.unlink(missing_ok=True)
            raise connection_error(exc, request, streaming=True) from exc
        finally:
            await response.aclose()
    partial.replace(target)
    return target
