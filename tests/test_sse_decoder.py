"""The incremental SSE decoder: the same events whatever way the bytes are cut."""

from __future__ import annotations

from fireworks_client._sse import ServerSentEvent, SSEDecoder, encode_event
from hypothesis import example, given
from hypothesis import strategies as st

STREAM = (
    "\ufeff: a comment first\r\n"
    'data: {"text": "héllo, 世界 🌍"}\r\n\r\n'
    "event: update\n"
    "id: 7\n"
    "retry: 1500\n"
    "data: line one\n"
    "data: line two\n\n"
    "data:no space\r\r"
    ": keep-alive\n\n"
    "data: [DONE]\n\n"
).encode()
EXPECTED = [
    ServerSentEvent('{"text": "héllo, 世界 🌍"}'),
    ServerSentEvent("line one\nline two", "update", "7", 1500),
    ServerSentEvent("no space", "message", "7", 1500),
    ServerSentEvent("[DONE]", "message", "7", 1500),
]


def decode(chunks: list[bytes]) -> tuple[list[ServerSentEvent], bool]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    tail, truncated = decoder.close()
    return events + tail, truncated


def test_whole_stream() -> None:
    assert decode([STREAM]) == (EXPECTED, False)


@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=40))
def test_any_cut_gives_the_same_events(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    chunks = [STREAM[a:b] for a, b in zip([0, *points], [*points, len(STREAM)], strict=True)]
    assert decode(chunks) == (EXPECTED, False)


@given(st.text(max_size=50), st.sampled_from([b"\n", b"\r", b"\r\n"]))
@example("\r", b"\n")  # make fuzz found it: a CR inside data was sent unsplit
@example("a\r\nb\rc", b"\r\n")
def test_encode_then_decode(data: str, newline: bytes) -> None:
    wire = encode_event(data).replace(b"\n", newline)
    lines = data.replace("\r\n", "\n").replace("\r", "\n")
    assert decode([wire]) == ([ServerSentEvent(lines)], False)


def test_an_unfinished_event_is_reported() -> None:
    events, truncated = decode([b"data: one\n\ndata: two"])
    assert events == [ServerSentEvent("one")] and truncated
    assert decode([b"data: one\n\n"]) == ([ServerSentEvent("one")], False)


@given(
    st.lists(st.text(max_size=30), min_size=1, max_size=8),
    st.sampled_from([b"\n", b"\r", b"\r\n"]),
    st.lists(st.integers(min_value=0, max_value=4000), max_size=200),
)
def test_long_lines_in_many_small_reads(lines: list[str], newline: bytes, cuts: list[int]) -> None:
    """Lines kept in pieces across many reads (a CR at a piece's end, characters split) still
    decode to the events sent."""
    wire = b"".join(encode_event(line * 20).replace(b"\n", newline) for line in lines)
    points = sorted({cut % (len(wire) + 1) for cut in cuts})
    chunks = [wire[a:b] for a, b in zip([0, *points], [*points, len(wire)], strict=True)]
    expected = [
        ServerSentEvent((line * 20).replace("\r\n", "\n").replace("\r", "\n")) for line in lines
    ]
    assert decode(chunks) == (expected, False)


_LINES = st.sampled_from(
    ["data: {}", "data: x", "data:tight", "data: ", "data", "event: update", "id: 7", "retry: 9",
     ": comment", "", "", "", "other: field"]
)  # fmt: skip


@given(st.lists(_LINES, max_size=30), st.lists(st.integers(min_value=0, max_value=400)))
@example(["data: x", "data: x", ""], [8])  # an event's first line in one read, the rest after
@example(["event: update", "data: x", ""], [14])
def test_whole_events_read_at_once_decode_as_line_by_line(
    lines: list[str], cuts: list[int]
) -> None:
    """Whole events in one read (LF ends: the decoder's block at a time) give the events and
    the state that the same bytes fed one at a time (a line at a time) give."""
    wire = "".join(line + "\n" for line in lines).encode()
    points = sorted({cut % (len(wire) + 1) for cut in cuts})
    chunks = [wire[a:b] for a, b in zip([0, *points], [*points, len(wire)], strict=True)]
    one_by_one = decode([wire[i : i + 1] for i in range(len(wire))])
    assert decode([wire]) == one_by_one
    assert decode(chunks) == one_by_one


@given(st.lists(_LINES, max_size=30), st.lists(st.integers(min_value=0, max_value=400)))
@example(["event: update", "data: x", "", "data: y", ""], [0])  # a named event, then a plain one
@example(["data: x", "data: x", "", "data: z", ""], [3])  # two data lines, then one
def test_data_only_reading_gives_each_events_data_in_order(
    lines: list[str], cuts: list[int]
) -> None:
    """feed_data (a stream of unnamed events reads only the data) gives the data of exactly
    the events that feed gives, in their order, however the bytes are cut."""
    wire = "".join(line + "\n" for line in lines).encode()
    points = sorted({cut % (len(wire) + 1) for cut in cuts})
    chunks = [wire[a:b] for a, b in zip([0, *points], [*points, len(wire)], strict=True)]
    events, truncated = decode(chunks)
    decoder = SSEDecoder()
    datas = [data for chunk in chunks for data in decoder.feed_data(chunk)]
    tail, tail_truncated = decoder.close()
    assert datas + [event.data for event in tail] == [event.data for event in events]
    assert tail_truncated == truncated
