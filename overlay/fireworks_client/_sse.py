"""An incremental decoder of server-sent events (the WHATWG event-stream format).

Bytes go in as they arrive from the network, in chunks of any size; complete events come out.
Lines may end in CR, LF or CRLF (a CRLF split across two reads counts once), UTF-8 characters
may be split across reads, comment lines are skipped, and several ``data:`` lines join with
newlines. An event that is not finished by a blank line when the stream ends is not an event
(``close()`` reports it so that a truncated stream can be told apart from a complete one).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

__all__ = ["SSEDecoder", "ServerSentEvent", "encode_event"]

_LINE_END = re.compile(r"\r\n|\r|\n")
# A ServerSentEvent from its four fields, without the named tuple's own __new__ (a Python call).
_event = tuple.__new__


class ServerSentEvent(NamedTuple):
    """One event: ``data`` is the joined data lines; ``event`` defaults to "message".
    (A named tuple: the cheapest object to make, once per streamed chunk.)"""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Feed bytes with :meth:`feed`; it returns the events completed so far."""

    __slots__ = ("_data", "_event", "_id", "_pending", "_retry", "_started", "_text")

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending: list[str] = []  # text after the last complete line, in pieces
        self._started = False  # a byte-order mark is skipped only at the very start
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        self._feed(chunk, events, None)
        return events

    def feed_data(self, chunk: bytes) -> list[str]:
        """The ``data`` of each event completed so far, for a reader that needs nothing else
        of an event (a stream of unnamed events): the common event's data comes out without
        making its event (a third of the decoder's time per event)."""
        datas: list[str] = []
        self._feed(chunk, [], datas)
        return datas

    def _feed(self, chunk: bytes, events: list[ServerSentEvent], datas: list[str] | None) -> None:
        """The events ``chunk`` completes, into ``events``, or their data into ``datas``."""
        new = self._text.decode(chunk)
        if not self._started and new:
            self._started = True
            new = new.removeprefix("\ufeff")
        pending = self._pending
        if "\n" not in new and "\r" not in new and not (pending and pending[-1].endswith("\r")):
            # No line ends here: keep the piece. Joining only when a line ends keeps one long
            # line linear in its length (joining on every read was quadratic).
            if new:
                pending.append(new)
            return
        text = "".join(pending) + new
        pending.clear()
        # A trailing CR may be the first half of a CRLF: keep it until the next read.
        keep_cr = text.endswith("\r")
        if keep_cr:
            text = text[:-1]
        data = self._data
        if "\r" in text:
            lines = _LINE_END.split(text)
        else:
            # LF line ends, as streams send them: the whole events (up to the last blank line)
            # go block by block, a block being the lines before a blank line. The common block,
            # one `data: ` line, is its event at once, without a pass per line.
            cut = text.rfind("\n\n")
            if cut >= 0:
                for block in text[:cut].split("\n\n"):
                    if block[:6] == "data: " and "\n" not in block and not data and not self._event:
                        if datas is not None:
                            datas.append(block[6:])
                        else:
                            events.append(
                                _event(
                                    ServerSentEvent, (block[6:], "message", self._id, self._retry)
                                )
                            )
                    else:
                        self._lines(block.split("\n"), events)
                        data = self._data
                        if data:
                            events.append(self._emit())
                            data = self._data
                        else:
                            self._event = ""
                        if datas is not None:  # in order, before the next block's
                            datas.extend(event.data for event in events)
                            events.clear()
                text = text[cut + 2 :]
            lines = text.split("\n")
        rest = lines.pop() + ("\r" if keep_cr else "")
        if rest:
            pending.append(rest)
        self._lines(lines, events)
        if datas is not None:
            datas.extend(event.data for event in events)

    def _lines(self, lines: list[str], events: list[ServerSentEvent]) -> None:
        """The complete ``lines`` (without their ends), the events they end into ``events``."""
        data = self._data
        for line in lines:
            # The common lines first, inline: this loop runs for every streamed chunk.
            if line[:5] == "data:":
                data.append(line[6:] if line[5:6] == " " else line[5:])
            elif not line:
                if data:
                    events.append(self._emit())
                    data = self._data
                else:
                    self._event = ""
            else:
                event = self._line(line)
                if event is not None:
                    events.append(event)
                data = self._data

    def close(self) -> tuple[list[ServerSentEvent], bool]:
        """End of stream: the events that a final line ending completes, and whether an
        unfinished event (data without its closing blank line) was left over."""
        events = self.feed(b"")
        tail = "".join(self._pending)
        self._pending.clear()
        if tail.endswith("\r"):  # a lone CR ends its line
            event = self._line(tail[:-1])
            if event is not None:
                events.append(event)
            tail = ""
        elif tail:
            self._line(tail)
        truncated = bool(self._data)
        self._data = []
        return events, truncated

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data:
            self._event = ""
            return None
        return self._emit()

    def _emit(self) -> ServerSentEvent:
        event = ServerSentEvent(
            "\n".join(self._data), self._event or "message", self._id, self._retry
        )
        self._data = []
        self._event = ""
        return event


def encode_event(data: str, *, event: str | None = None) -> bytes:
    """One event in wire form; multi-line data becomes several ``data:`` lines (a CR, LF or
    CRLF inside ``data`` is a line break on the wire, so each of them starts a new one)."""
    head = f"event: {event}\n" if event else ""
    body = "".join(f"data: {line}\n" for line in _LINE_END.split(data))
    return (head + body + "\n").encode()
