"""The output file: read back to resume, then appended one whole line per write.

Every result is one ``os.write`` of one complete line on a descriptor opened with
``O_APPEND``, so a process killed at any moment (``kill -9``) leaves whole lines and at most one
partial last line, which the next run cuts off before it trusts the file. A write that fails or
comes up short (a full disk, a file-size limit) is taken back and raised as
:class:`BulkOutputError`: what was written before it stays. An exclusive ``flock`` keeps two
jobs from appending to one file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import glob
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fireworks_client._exceptions import FireworksError
from fireworks_client.bulk._format import line_key
from fireworks_client.bulk._idset import ANSWERED, IdTable, digest

__all__ = ["BulkOutputError", "OutputFile", "Previous"]

log = logging.getLogger("fireworks_client")

# What this module writes begins so: the custom_id is read without parsing the whole answer
# (an embedding's answer is large; a million of them take long to parse).
_HEAD = '{"id":"batch_req_'
_SUCCESS_TAIL = ',"error":null}'
_DECODER = json.JSONDecoder()


class BulkOutputError(FireworksError, OSError):
    """The output file cannot be read back or written; the message says which and what to do."""


@dataclass(slots=True)
class Previous:
    """What an earlier run left in the output file."""

    succeeded: int = 0
    failed: int = 0
    dropped_failed: int = 0  # failed lines removed for --retry-failed
    truncated_bytes: int = 0  # a torn last line cut off


def _key(text: str, number: int, path: Path) -> tuple[str, bool]:
    """The key a result line answers (its custom_id, or the input line of a bad line) and
    whether it is a failure."""
    if text.startswith(_HEAD):
        at = text.find('"custom_id":', len(_HEAD))
        if at > 0 and text[at + 12 : at + 13] == '"':
            with contextlib.suppress(ValueError):
                custom_id, _ = _DECODER.raw_decode(text, at + 12)
                if isinstance(custom_id, str):
                    return custom_id, not text.endswith(_SUCCESS_TAIL)
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        raise BulkOutputError(
            f"{path}: line {number} is not a result line ({exc}); this file was not written by "
            "a bulk job, or was changed since: give another output file, or mend this one"
        ) from None
    if not isinstance(data, dict):
        raise BulkOutputError(f"{path}: line {number} is not a result line (not a JSON object)")
    failed = data.get("error") is not None
    custom_id = data.get("custom_id")
    if isinstance(custom_id, str) and custom_id:
        return custom_id, failed
    error = data.get("error")
    line = error.get("line") if isinstance(error, dict) else None
    if isinstance(line, int):
        return line_key(line), failed
    raise BulkOutputError(
        f"{path}: line {number}: custom_id: a result line needs one (or error.line for a bad "
        "input line)"
    )


def _lines(path: Path) -> Iterator[tuple[int, int, bytes]]:
    """(number, end offset, line without its newline) for each complete line."""
    offset = 0
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            if not raw.endswith(b"\n"):
                return  # a torn last line: not trusted, not counted
            offset += len(raw)
            yield number, offset, raw[:-1]


class OutputFile:
    """The job's output, opened for appending after its earlier results were read."""

    def __init__(self, path: Path, fd: int, size: int) -> None:
        self.path = path
        self._fd = fd
        self._size = size
        self.written = 0

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, retry_failed: bool
    ) -> tuple[OutputFile, IdTable, Previous]:
        """Lock and read the output file: the keys already answered (failures too, unless
        ``retry_failed``: then they are removed from the file, which is rewritten whole and
        renamed into place, so that a crash leaves the old file or the new one)."""
        target = Path(path)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise BulkOutputError(
                f"{target}: cannot open the output file ({exc.strerror})"
            ) from exc
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise BulkOutputError(
                    f"{target}: another bulk job is writing this output file"
                ) from None
            # Under the lock no other job is rewriting: a temporary file left is a crash's.
            for stale in target.parent.glob(f".{glob.escape(target.name)}.*.retry-failed"):
                stale.unlink(missing_ok=True)
            done, previous, end = cls._scan(target, retry_failed)
            size = os.fstat(fd).st_size
            if end < size:  # cut off a torn last line (a run killed mid-write)
                os.ftruncate(fd, end)
                previous.truncated_bytes = size - end
                log.warning(
                    "%s: cut off a torn last line (%d bytes) left by a run stopped mid-write; "
                    "its request is sent again",
                    target,
                    size - end,
                )
            if retry_failed and previous.dropped_failed:
                fd = cls._rewrite_without_failures(target, fd)
            return cls(target, fd, os.fstat(fd).st_size), done, previous
        except BaseException:
            os.close(fd)
            raise

    @staticmethod
    def _scan(path: Path, retry_failed: bool) -> tuple[IdTable, Previous, int]:
        done = IdTable()
        previous = Previous()
        end = 0
        for number, end, raw in _lines(path):  # noqa: B007 - `end` is read after the loop
            try:
                text = raw.decode()
            except UnicodeDecodeError:
                raise BulkOutputError(f"{path}: line {number} is not UTF-8 text") from None
            key, failed = _key(text, number, path)
            if failed and retry_failed:
                previous.dropped_failed += 1
                continue
            done.mark(digest(key), ANSWERED)
            if failed:
                previous.failed += 1
            else:
                previous.succeeded += 1
        return done, previous, end

    @staticmethod
    def _rewrite_without_failures(path: Path, fd: int) -> int:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.retry-failed")
        try:
            with temporary.open("wb") as out:
                for number, _, raw in _lines(path):
                    if not _key(raw.decode(), number, path)[1]:
                        out.write(raw + b"\n")
                out.flush()
                os.fsync(out.fileno())
            new_fd = os.open(temporary, os.O_WRONLY | os.O_APPEND)
            fcntl.flock(new_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise BulkOutputError(
                f"{path}: cannot rewrite the output without its failed lines ({exc.strerror}); "
                "the file is as it was"
            ) from exc
        _fsync_directory(path.parent)
        os.close(fd)
        return new_fd

    def write(self, line: bytes) -> None:
        """Append one whole line with one write, or raise with nothing of it left behind."""
        try:
            count = os.write(self._fd, line)
        except OSError as exc:
            raise self._error(exc.errno, exc.strerror) from exc
        if count != len(line):
            # A short write (the disk filled up, a file-size limit): take the partial line back.
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._size)
            raise self._error(errno.ENOSPC, "the write came up short: the disk may be full")
        self._size += count
        self.written += 1

    def _error(self, code: int | None, reason: str | None) -> BulkOutputError:
        error = BulkOutputError(
            f"{self.path}: cannot write a result ({reason}); the {self.written} results "
            "written before it in this run are kept: make room and run the same command again "
            "to go on"
        )
        error.errno = code
        return error

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            with contextlib.suppress(OSError):  # a full disk may refuse it; lines are written
                os.fsync(self._fd)
        finally:
            os.close(self._fd)  # also releases the lock
            self._fd = -1


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
