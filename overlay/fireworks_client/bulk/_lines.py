"""The input file, a line at a time, and what each line is: a request to send, a line that is
not one (an error line to write), or a line answered before (skipped). Shared by the local
runner and the remote mode, so that both check a file alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fireworks_client.bulk._format import BadLine, Request, line_key, parse_request
from fireworks_client.bulk._idset import ANSWERED, SEEN, IdTable, digest

__all__ = ["count_lines", "input_lines", "take_line"]


def count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            count += block.count(b"\n")
    return count


def input_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            if raw.strip():  # blank lines (a trailing one above all) are no requests
                yield number, raw


def take_line(ids: IdTable, number: int, raw: bytes) -> Request | BadLine | None:
    """One input line checked against the ids read and answered so far (``ids``, marked as
    it goes): None when it was answered before, else the request or what is wrong with it."""
    parsed = parse_request(raw, number)
    custom_id = parsed.custom_id
    if custom_id is not None:
        before = ids.mark(digest(custom_id), SEEN)
        if before & SEEN:
            # A repeat: its result is keyed by the line, as the output holds each id once.
            if ids.flags(digest(line_key(number))) & ANSWERED:
                return None
            message = f"line {number}: custom_id: {custom_id!r} repeats an earlier line"
            return BadLine(number, message)
        answered = bool(before & ANSWERED)
    else:
        answered = bool(ids.flags(digest(line_key(number))) & ANSWERED)
    if answered:
        return None
    return parsed
