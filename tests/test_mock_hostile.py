"""The mock under hostile and odd input, over raw sockets: every request gets a 2xx or a 4xx
(never a 5xx, a dropped connection or silence), in bounded time, and the server keeps serving."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest
from fireworks_client.mock import FaultKind, MockServer
from fireworks_client.mock._faults import PARAMETERS, parse_fault_header
from hypothesis import assume, given
from hypothesis import strategies as st

from tests._hostile import API, AUTH, CASES, CHAT_MODEL, I2I, Answer, Case, exchange, request

I2I_PATH = I2I.removeprefix(API)
LIMIT = 1_000_000  # a small body limit, so that the 413 cases stay cheap


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(max_body_bytes=LIMIT) as mock:
        yield mock


def assert_still_serving(server: MockServer) -> None:
    answer = exchange(server.port, request("GET", f"{API}/models"))
    assert answer.status == 200, answer.message


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_input_is_answered_with_a_2xx_or_4xx(server: MockServer, case: Case) -> None:
    answer = exchange(server.port, case.raw)
    if case.status is not None:
        assert answer.status == case.status, answer.message
    assert 200 <= answer.status < 500, answer.message
    assert case.says in answer.message
    assert_still_serving(server)


def test_fault_parameters_in_range_still_work(server: MockServer) -> None:
    answer = exchange(
        server.port,
        request(
            "GET", f"{API}/models", headers={"X-Mock-Fault": "status; code=529; retry_after=2"}
        ),
    )
    assert answer.status == 529 and answer.headers["retry-after"] == "2"
    stream = exchange(
        server.port,
        request(
            "POST",
            f"{API}/chat/completions",
            b'{"model": "accounts/fireworks/models/llama-v3p1-8b-instruct", "stream": true,'
            b' "messages": [{"role": "user", "content": "hi"}]}',
            headers={"X-Mock-Fault": "stream_truncated; after=204"},
        ),
    )
    # after=204 is a valid count (only a status code of 204 is refused); this stream is shorter.
    assert stream.status == 200 and b"[DONE]" in stream.body


def test_faults_refused_in_process_name_the_parameter(server: MockServer) -> None:
    with pytest.raises(ValueError, match=r"retry_after=nan: must be a number from 0 to 86400"):
        server.faults.inject("rate_limit", retry_after=float("nan"))
    with pytest.raises(ValueError, match=r"times: must be an integer from 1"):
        server.faults.inject("rate_limit", times=0)
    assert server.faults.pending() == []


def test_a_large_prompt_is_answered_and_does_not_stall_other_clients() -> None:
    # 60,000 messages (3.5 MB) to truncate to 100 tokens: the quadratic eviction it replaces
    # took minutes for a tenth of this, with every other client waiting.
    messages = [{"role": "user", "content": "Tell me about lighthouses"}] * 60_000
    body = json.dumps(
        {"model": CHAT_MODEL, "prompt_truncate_len": 100, "messages": messages}
    ).encode()
    answers: list[Answer] = []
    with MockServer() as mock:
        sender = threading.Thread(
            target=lambda: answers.append(
                exchange(mock.port, request("POST", f"{API}/chat/completions", body), 30)
            )
        )
        sender.start()
        others = [exchange(mock.port, request("GET", f"{API}/models"))]
        while sender.is_alive():  # no event marks "the large body is being worked on"
            others.append(exchange(mock.port, request("GET", f"{API}/models")))
        sender.join()
    (answer,) = answers
    assert answer.status == 200, answer.message
    assert answer.seconds < 5
    assert answer.json()["usage"]["prompt_tokens"] <= 100
    assert all(other.status == 200 and other.seconds < 5 for other in others)


# --- generated input (40 examples each in `make test`, 300 in `make fuzz`) -------------------

KINDS = [kind.value for kind in FaultKind]
PARAMETER_NAMES = sorted({name for names in PARAMETERS.values() for name in names})
# Header text h11 accepts: printable latin-1 without CR, LF and NUL.
HEADER_TEXT = st.text(
    st.characters(min_codepoint=32, max_codepoint=255, exclude_characters="\x7f"), max_size=60
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["nan", "inf", "-inf", "1e400", "-0", "0x10", "1_0", "", "1e-400"]),
)
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=25,
)
CHAT_FIELDS = st.fixed_dictionaries(
    {"model": st.sampled_from([CHAT_MODEL, "accounts/fireworks/models/mock-tiny", "x"])},
    optional={
        "messages": st.lists(
            st.fixed_dictionaries(
                {"role": st.sampled_from(["user", "system", "assistant", "x"])},
                optional={"content": st.one_of(st.text(max_size=200), JSON_VALUES)},
            ),
            max_size=30,
        ),
        "max_tokens": NUMBERS.filter(lambda v: not isinstance(v, str)),
        "n": st.integers(-5, 200),
        "prompt_truncate_len": st.one_of(st.integers(-(10**20), 10**20), st.floats()),
        "stop": st.one_of(st.text(max_size=5), st.lists(st.text(max_size=5), max_size=6)),
        "temperature": st.floats(allow_nan=False),
        "stream": st.booleans(),
        "logprobs": st.one_of(st.integers(-3, 30), st.booleans()),
        "response_format": JSON_VALUES,
        "tools": JSON_VALUES,
        "context_length_exceeded_behavior": st.sampled_from(["truncate", "error", "x"]),
    },
)


def fault_header() -> st.SearchStrategy[str]:
    parameter = st.tuples(
        st.sampled_from([*PARAMETER_NAMES, "x"]) | HEADER_TEXT, st.just("="), NUMBERS.map(str)
    ).map("".join)
    return st.one_of(
        st.tuples(st.sampled_from(KINDS), st.lists(parameter, max_size=3)).map(
            lambda t: "; ".join([t[0], *t[1]])
        ),
        HEADER_TEXT,
    )


def asks_for_an_error_or_a_wait(header: str | None) -> tuple[bool, bool]:
    """Whether a valid fault header asks for a 5xx, and whether for a wait over a second."""
    if header is None:
        return False, False
    try:
        fault = parse_fault_header(header)
    except ValueError:
        return False, False
    error = fault.kind in (
        FaultKind.SERVER_ERROR,
        FaultKind.UNAVAILABLE,
        FaultKind.BAD_GATEWAY,
    ) or (fault.kind is FaultKind.STATUS and fault.number("code", 500) >= 500)
    return error, fault.number("seconds", 5 if "seconds" in PARAMETERS[fault.kind] else 0) > 1


def check(server: MockServer, raw: bytes, error_allowed: bool = False) -> Answer:
    answer = exchange(server.port, raw)
    assert answer.seconds < 5
    if not error_allowed:
        assert 200 <= answer.status < 500, answer.message
    return answer


@given(body=CHAT_FIELDS, fault=st.none() | fault_header())
def test_generated_chat_bodies_and_fault_headers(
    server: MockServer, body: dict[str, object], fault: str | None
) -> None:
    error, wait = asks_for_an_error_or_a_wait(fault)
    assume(not wait)
    raw = json.dumps(body).encode()
    headers = {"X-Mock-Fault": fault} if fault is not None else {}
    check(server, request("POST", f"{API}/chat/completions", raw, headers=headers), error)
    assert_still_serving(server)


@given(
    path=st.sampled_from(
        ["/chat/completions", "/completions", "/embeddings", "/models", I2I_PATH, "/x"]
    ),
    body=st.binary(max_size=3000) | JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    content_type=st.sampled_from(
        ["application/json", "multipart/form-data; boundary=B", "text/plain", "x/y+json"]
    )
    | HEADER_TEXT,
)
def test_generated_bodies_to_every_operation(
    server: MockServer, path: str, body: bytes, content_type: str
) -> None:
    check(server, request("POST", API + path, body, content_type=content_type))
    assert_still_serving(server)


@given(body=JSON_VALUES, raw=st.binary(max_size=200))
def test_generated_control_bodies(server: MockServer, body: object, raw: bytes) -> None:
    for data in (json.dumps(body).encode(), raw):
        check(server, request("POST", "/_mock/faults", data))
        server.faults.clear()  # a valid body queued a fault: not for the next example
    assert_still_serving(server)


@given(name=HEADER_TEXT, value=HEADER_TEXT, method=st.sampled_from(["GET", "POST", "PUT"]))
def test_generated_headers(server: MockServer, name: str, value: str, method: str) -> None:
    error, wait = asks_for_an_error_or_a_wait(value if name.lower() == "x-mock-fault" else None)
    assume(not wait)
    head = f"{method} {API}/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{name}: {value}\r\n"
    check(server, head.encode("latin-1") + AUTH + b"\r\n", error)
    assert_still_serving(server)


@pytest.mark.parametrize(
    ("path", "body", "says"),
    [
        (
            "/chat/completions",
            {"max_tokens": 10**9, "n": 2, "messages": [{"role": "user", "content": "hi"}]},
            "n x max_tokens: 2 x 131068 tokens",
        ),
        ("/completions", {"prompt": ["a"] * 2000}, "prompts x n: 2000 choices"),
        ("/completions", {"prompt": ["a"] * 9, "n": 128}, "prompts x n: 1152 choices"),
        (
            "/completions",
            {"prompt": "lighthouse " * 60_000, "n": 128, "echo": True, "max_tokens": 1},
            "echo: n x prompt length is 128 x 660000 characters",
        ),
    ],
)
def test_requests_for_more_work_than_the_mock_does_are_named(
    server: MockServer, path: str, body: dict[str, object], says: str
) -> None:
    answer = check(
        server, request("POST", API + path, json.dumps({"model": CHAT_MODEL, **body}).encode())
    )
    assert answer.status == 400 and answer.json()["error"]["code"] == "mock_limit"
    assert says in answer.message and "(rule: mock limit)" in answer.message


@pytest.mark.parametrize(
    ("tail", "says"),
    [
        (b"]}", "200"),
        (b"]", "Expecting ',' delimiter"),
        (b"]} x", "Extra data"),
        (b', {"role": NaN}]}', "NaN is not valid JSON"),
        (
            b', {"role": "user", "content": 1e400}]}',
            "messages[6000].content: 1e400 is out of range",
        ),
    ],
)
def test_large_json_bodies_decode_as_small_ones(server: MockServer, tail: bytes, says: str) -> None:
    # Over 256 KiB a body is decoded a member at a time; the result and the errors are the same.
    messages = b", ".join([b'{"role": "user", "content": "Tell me about lighthouses"}'] * 6000)
    head = b'{"model": "' + CHAT_MODEL.encode() + b'", "max_tokens": 2, "messages": ['
    answer = check(server, request("POST", f"{API}/chat/completions", head + messages + tail))
    assert says == str(answer.status) or says in answer.message


SCHEMA_KEYWORDS = [
    "type",
    "properties",
    "required",
    "items",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "enum",
    "const",
    "default",
    "anyOf",
    "oneOf",
    "allOf",
]
TYPES = st.sampled_from(["object", "array", "string", "integer", "number", "boolean", "null"])
SCHEMAS = st.recursive(
    st.dictionaries(st.sampled_from(SCHEMA_KEYWORDS), JSON_SCALARS | TYPES, max_size=4),
    lambda inner: st.dictionaries(
        st.sampled_from(SCHEMA_KEYWORDS),
        inner | st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
        max_size=4,
    ),
    max_leaves=15,
)


@given(schema=SCHEMAS, as_tool=st.booleans())
def test_generated_schemas_for_json_mode_and_tools(
    server: MockServer, schema: dict[str, object], as_tool: bool
) -> None:
    # The caller's schema shapes the answer: a keyword of the wrong type or a size beyond the
    # mock's must be a 2xx or a 4xx, not an exception.
    body: dict[str, object] = {
        "model": CHAT_MODEL,
        "messages": [{"role": "user", "content": "please call lookup"}],
    }
    if as_tool:
        body["tools"] = [{"type": "function", "function": {"name": "lookup", "parameters": schema}}]
    else:
        body["response_format"] = {"type": "json_object", "schema": schema}
    check(server, request("POST", f"{API}/chat/completions", json.dumps(body).encode()))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "properties": {"a": {"minimum": "abc", "type": "integer"}}},
        {"type": "object", "properties": {"a": {"enum": 5}}, "required": ["a"]},
        {"allOf": [1]},
        {"type": "object", "required": 5},
        {"type": "string", "minLength": None},
    ],
)
def test_schemas_with_keywords_of_the_wrong_type_are_answered(
    server: MockServer, schema: dict[str, object]
) -> None:
    body = {
        "model": CHAT_MODEL,
        "messages": [{"role": "user", "content": "hi"}],
        "response_format": {"type": "json_object", "schema": schema},
    }
    answer = check(server, request("POST", f"{API}/chat/completions", json.dumps(body).encode()))
    assert answer.status == 200, answer.message


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "minItems": 10**9},
        {"type": "string", "minLength": 10**9},
        {"type": "array", "minItems": 1000, "items": {"type": "array", "minItems": 1000}},
    ],
)
def test_schemas_asking_for_huge_values_are_refused(
    server: MockServer, schema: dict[str, object]
) -> None:
    body = {
        "model": CHAT_MODEL,
        "messages": [{"role": "user", "content": "hi"}],
        "response_format": {"type": "json_object", "schema": schema},
    }
    answer = check(server, request("POST", f"{API}/chat/completions", json.dumps(body).encode()))
    assert answer.status == 400 and answer.json()["error"]["param"] == "response_format.schema"
    assert "(rule: mock limit)" in answer.message
