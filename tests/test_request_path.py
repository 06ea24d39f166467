"""The request path on a recording transport (httpx.MockTransport), sync and async: what goes
on the wire (headers merged without regard to case, bodies), what comes back (answers, raw
answers, errors for bodies that do not decode), and the client's life (with_options through
the constructor, close, the key kept out of reprs, vars, traceback locals and pickles)."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import pickle
import re
import traceback
from collections.abc import Callable
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_api.models import UsageInfo
from fireworks_client._json import dumps
from fireworks_client._wire import BufferedResponse, Prepared
from hypothesis import given
from hypothesis import strategies as st

# Tests that call the deprecated SDXL methods on purpose.
SDXL_ON_PURPOSE = pytest.mark.filterwarnings(
    "ignore:images.* Stable Diffusion XL:DeprecationWarning"
)

KEY = "fw-test-key-request-path-never-shown"
MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "hi"}]
ANSWER = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": MODEL,
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}
CHUNKS = (
    b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m",'
    b'"choices":[{"index":0,"delta":{"content":"he"},"finish_reason":null}]}\n\n'
    b"data: [DONE]\n\n"
)
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A transport for both clients that answers with ``handler`` and keeps the requests."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler or (lambda request: httpx.Response(200, json=ANSWER))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self._handler(request)

    def sync(self, **kwargs: Any) -> fw.Fireworks:
        return fw.Fireworks(
            api_key=KEY,
            base_url="http://api.test/v1",
            transport=httpx.MockTransport(self),
            **kwargs,
        )

    def async_(self, **kwargs: Any) -> fw.AsyncFireworks:
        return fw.AsyncFireworks(
            api_key=KEY,
            base_url="http://api.test/v1",
            transport=httpx.MockTransport(self),
            **kwargs,
        )


def both(recorder: Recorder, call: Callable[[Any], Any], **kwargs: Any) -> list[Any]:
    """``call(client)`` on a sync and an async client over the same recorder."""
    with recorder.sync(**kwargs) as client:
        first = call(client)

    async def main() -> Any:
        async with recorder.async_(**kwargs) as client:
            return await call(client)

    return [first, asyncio.run(main())]


def chat(client: Any, **kwargs: Any) -> Any:
    return client.chat.completions.create(model=MODEL, messages=MESSAGES, **kwargs)


# --- what goes on the wire ------------------------------------------------------------------


def test_a_header_override_replaces_whatever_its_spelling() -> None:
    recorder = Recorder()
    both(recorder, lambda c: chat(c, extra_headers={"authorization": "Bearer other"}))
    for request in recorder.requests:
        assert request.headers.get_list("authorization") == ["Bearer other"]
        assert [k for k, _ in request.headers.raw if k.lower() == b"authorization"] == [
            b"authorization"
        ]


def test_default_headers_merge_without_regard_to_case() -> None:
    recorder = Recorder()
    both(
        recorder,
        lambda c: chat(c, extra_headers={"X-TRACE": "2"}),
        default_headers={"x-trace": "1", "user-agent": "mine/1"},
    )
    for request in recorder.requests:
        assert request.headers.get_list("x-trace") == ["2"]
        assert request.headers.get_list("user-agent") == ["mine/1"]
        assert request.headers["authorization"] == f"Bearer {KEY}"
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == {"model": MODEL, "messages": MESSAGES}


def test_operations_come_from_the_spec() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"object": "list", "data": []}))
    both(recorder, lambda c: c.models.list())
    assert [(r.method, r.url.path) for r in recorder.requests] == [("GET", "/v1/models")] * 2
    assert all(not r.content for r in recorder.requests)


# --- what comes back ------------------------------------------------------------------------


def test_raw_responses_are_typed_values_and_streams_have_them_too() -> None:
    recorder = Recorder(
        lambda request: httpx.Response(
            200,
            content=CHUNKS if b'"stream":true' in request.content else json.dumps(ANSWER).encode(),
            headers={"x-request-id": "r-1"},
        )
    )
    with recorder.sync() as client:
        raw = client.chat.completions.with_raw_response.create(model=MODEL, messages=MESSAGES)
        assert raw.request_id == "r-1" and raw.parse().choices[0].message.content == "hello"
        raw_stream = client.chat.completions.with_raw_response.create(
            model=MODEL, messages=MESSAGES, stream=True
        )
        assert raw_stream.headers["x-request-id"] == "r-1"  # before the first chunk
        with raw_stream.parse() as stream:
            assert [c.choices[0].delta.content for c in stream] == ["he"]
        # the plain resource is unchanged by its raw view
        assert not isinstance(chat(client), fw.RawResponse)

    async def main() -> None:
        async with recorder.async_() as client:
            raw = await client.chat.completions.with_raw_response.create(
                model=MODEL, messages=MESSAGES
            )
            assert raw.status_code == 200 and raw.parse().id == "c1"
            raw_stream = await client.chat.completions.with_raw_response.create(
                model=MODEL, messages=MESSAGES, stream=True
            )
            assert raw_stream.request_id == "r-1"
            assert [c.id async for c in raw_stream.parse()] == ["c1"]

    asyncio.run(main())


@pytest.mark.parametrize("status", [200, 400])
def test_a_body_that_does_not_decode_is_the_sdks_error(status: int) -> None:
    recorder = Recorder(
        lambda request: httpx.Response(
            status, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip"}
        )
    )
    expected = fw.APIResponseValidationError if status == 200 else fw.InvalidRequestError
    for run in (
        lambda: chat(recorder.sync(max_retries=0)),
        lambda: asyncio.run(chat(recorder.async_(max_retries=0))),
    ):
        with pytest.raises(expected) as info:
            run()
        assert info.value.status_code == status


@given(
    st.one_of(
        st.binary(max_size=40).map(lambda tail: b"{" + tail),
        st.recursive(
            st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(),
            lambda inner: st.dictionaries(st.text(), inner, max_size=3),
        ).map(lambda value: json.dumps({"v": value}, ensure_ascii=False).encode()),
        st.sampled_from(
            [b"{", b"{\x00", b'{\x00"\x00}\x00', '{"a": "\ud800"}'.encode("utf-8", "surrogatepass")]
        ),
        # What orjson refuses and json.loads takes (fireworks_client._json): the same value.
        st.sampled_from(
            [
                b'{"a": NaN}',
                b'{"a": -Infinity}',
                b'{"a": 123456789012345678901234567890}',
                b'{"a": "\\ud800"}',
                b'{"a": 1} ',
                b' {"a": 1}',
            ]
        ),
        st.sampled_from(["utf-16", "utf-16-le", "utf-32", "utf-8-sig"]).map(
            '{"a": [1, "é"]}'.encode
        ),
    )
)
def test_an_answer_decodes_exactly_as_json_loads_decodes_it(body: bytes) -> None:
    """BufferedResponse.json (orjson first): the same value as json.loads, or the same error
    where json.loads raises one (other encodings, BOMs, NULs, broken JSON)."""
    prepared = Prepared("POST", "http://x.invalid/", {}, None, {})
    answer = BufferedResponse(200, "OK", (), body, content_encoding=None, request=prepared)
    try:
        expected = json.loads(body)
    except ValueError as exc:  # not JSON, or not in its encoding: the same error
        with pytest.raises(type(exc)):
            answer.json()
        return
    assert answer.json() == expected


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text() | st.integers(), inner, max_size=3)
    ),
)


@given(_JSON_VALUES)
def test_a_request_body_encodes_as_json_dumps_encodes_it(value: Any) -> None:
    """_json.dumps (orjson first): the JSON json.dumps writes, integer keys and big integers
    included (json.dumps's fallback takes what orjson refuses)."""
    encoded = dumps({"v": value})
    expected = json.dumps({"v": value}, separators=(",", ":"), ensure_ascii=False)
    assert json.loads(encoded) == json.loads(expected)


def test_a_request_body_sends_models_by_their_fields_and_refuses_nan_by_its_place() -> None:
    usage = UsageInfo(prompt_tokens=1, completion_tokens=2, total_tokens=3)
    assert json.loads(dumps({"u": [usage], "e": {1, 2}})) == {
        "u": [usage.to_dict()],
        "e": [1, 2],
    }
    assert json.loads(dumps({"none": None, "text": "null"})) == {
        "none": None,
        "text": "null",
    }
    for body, where in [
        ({"temperature": float("nan")}, "temperature"),
        ({"messages": [{"role": "user"}, {"weight": float("inf")}]}, "messages[1].weight"),
        ({"logit_bias": {7: float("-inf")}}, "logit_bias.7"),  # json.dumps's path: an int key
    ]:
        with pytest.raises(ValueError, match=rf"^{re.escape(where)}: .* has no JSON form"):
            dumps(body)
    with pytest.raises(TypeError, match="of type object cannot be sent as JSON"):
        dumps({"x": object()})


def test_compressed_answers_decode() -> None:
    recorder = Recorder(
        lambda request: httpx.Response(
            200,
            stream=httpx.ByteStream(gzip.compress(json.dumps(ANSWER).encode())),
            headers={"content-encoding": "gzip"},
        )
    )
    first, second = both(recorder, chat)
    assert first.to_dict() == second.to_dict() == ANSWER


@SDXL_ON_PURPOSE
def test_json_image_artifacts_say_their_real_format() -> None:
    jpeg = b"\xff\xd8\xff\xe0" + b"jpeg bytes"
    artifacts = [{"base64": base64.b64encode(jpeg).decode(), "finishReason": "SUCCESS", "seed": 7}]
    recorder = Recorder(lambda request: httpx.Response(200, json=artifacts))
    for images in both(
        recorder, lambda c: c.images.generate(text_prompts=[{"text": "x"}], samples=1)
    ):
        assert [(i.format, i.data, i.seed) for i in images] == [("jpeg", jpeg, 7)]


# --- the client's life ----------------------------------------------------------------------


def test_with_options_goes_through_the_constructor() -> None:
    recorder = Recorder(lambda request: httpx.Response(503))
    client = recorder.sync(max_retries=0)
    copy = client.with_options(max_retries=2, retry_initial_delay=0, retry_max_delay=0)
    with pytest.raises(fw.ServiceUnavailableError):
        chat(copy)
    assert len(recorder.requests) == 3  # the copy's retries, with its own (zero) delays
    assert copy._get_sender() is client._get_sender()  # sharing the connections
    with pytest.raises(fw.FireworksConfigurationError, match="retry_max_delay"):
        client.with_options(retry_max_delay=-1)
    with pytest.raises(TypeError, match="unexpected keyword"):
        client.with_options(no_such_setting=1)  # type: ignore[call-arg]
    other = client.with_options(transport=httpx.MockTransport(recorder))
    assert other._get_sender() is not client._get_sender()  # an HTTP setting: its own pool


def test_a_closed_client_says_so() -> None:
    recorder = Recorder()
    client = recorder.sync()
    copy = client.with_options(timeout=5)
    client.close()
    for closed in (client, copy):
        with pytest.raises(fw.ClientClosedError, match="closed"):
            chat(closed)

    async def main() -> None:
        client = recorder.async_()
        await client.close()
        with pytest.raises(fw.ClientClosedError):
            await chat(client)

    asyncio.run(main())
    assert len(recorder.requests) == 0


def test_the_key_is_in_no_repr_vars_locals_or_pickle() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    recorder = Recorder(refuse)
    for client in (recorder.sync(max_retries=0), recorder.async_(max_retries=0)):
        shown = [repr(client), repr(vars(client)), repr(client._settings)]
        for value in vars(client).values():
            shown.append(repr(value))
            shown.extend(repr(v) for v in getattr(value, "__dict__", {}).values())
        with pytest.raises(TypeError) as refused:
            pickle.dumps(client)
        shown.append(str(refused.value))
        try:
            result = chat(client)
            if asyncio.iscoroutine(result):
                asyncio.run(result)
        except fw.APIConnectionError as exc:
            report = traceback.TracebackException.from_exception(exc, capture_locals=True)
            shown.append("".join(report.format()))
        assert len(shown) > 5 and not [text for text in shown if KEY in text]
