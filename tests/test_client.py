"""The clients against the mock server over real loopback sockets, sync and async."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import fireworks_client as fw
import httpx
import pytest
from fireworks_api.models import ChatMessage
from fireworks_client._encoding import form_body
from fireworks_client._retries import server_delay
from fireworks_client.mock import MockServer
from PIL import Image

# Tests that call the deprecated SDXL methods on purpose.
SDXL_ON_PURPOSE = pytest.mark.filterwarnings(
    "ignore:images.* Stable Diffusion XL:DeprecationWarning"
)

KEY = "fw-test-key-0123456789-never-logged"
CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
MESSAGES = [{"role": "user", "content": "Tell me about lighthouses"}]


@pytest.fixture(scope="module")
def _mock() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def server(_mock: MockServer) -> Iterator[MockServer]:
    # One server for the module, no faults carried from one test to the next (a test that
    # leaves injected faults unspent failed whichever test came next on its worker).
    _mock.faults.clear()
    yield _mock
    _mock.faults.clear()


@pytest.fixture
def client(server: MockServer) -> Iterator[fw.Fireworks]:
    server.faults.clear()
    server.state.requests.clear()
    with fw.Fireworks(
        api_key=KEY, base_url=server.base_url, retry_initial_delay=0.01, retry_max_delay=0.05
    ) as c:
        yield c


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (1, 2, 3)).save(out, "PNG")
    return out.getvalue()


# --- configuration --------------------------------------------------------------------------


def test_api_key_from_argument_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIREWORKS_API_KEY", raising=False)
    with pytest.raises(fw.FireworksConfigurationError, match="FIREWORKS_API_KEY"):
        fw.Fireworks()
    monkeypatch.setenv("FIREWORKS_API_KEY", KEY)
    monkeypatch.setenv("FIREWORKS_BASE_URL", "http://127.0.0.1:9/inference/v1/")
    client = fw.Fireworks()
    assert client.base_url == "http://127.0.0.1:9/inference/v1"
    assert client.timeout == httpx.Timeout(600.0, connect=5.0) and client.max_retries == 2
    client.close()


def test_defaults_and_with_options(client: fw.Fireworks) -> None:
    assert fw.Fireworks(api_key=KEY).base_url == "https://api.fireworks.ai/inference/v1"
    quick = client.with_options(timeout=3.0, max_retries=0)
    assert (quick.timeout, quick.max_retries) == (3.0, 0)
    assert client.max_retries == 2
    assert quick.models.list().object_ == "list"


# --- resources ------------------------------------------------------------------------------


def test_chat_and_only_what_the_caller_set_goes_on_the_wire(
    client: fw.Fireworks, server: MockServer
) -> None:
    answer = client.chat.completions.create(
        model=CHAT_MODEL, messages=MESSAGES, max_tokens=8, extra_body={"seed": 7}
    )
    assert answer.choices[0].message.content
    assert answer.usage.completion_tokens == 8  # type: ignore[union-attr]
    sent = server.state.requests[-1]
    assert sent["body"] == {
        "model": CHAT_MODEL,
        "messages": MESSAGES,
        "max_tokens": 8,
        "seed": 7,
    }
    assert sent["headers"]["user-agent"].startswith("fireworks-client/")


def test_generated_models_are_accepted_as_parameters(
    client: fw.Fireworks, server: MockServer
) -> None:
    message = ChatMessage(role="user", content="Hi there")
    client.chat.completions.create(model=CHAT_MODEL, messages=[message])
    assert server.state.requests[-1]["body"]["messages"] == [
        {"role": "user", "content": "Hi there"}
    ]


def test_completions_embeddings_models(client: fw.Fireworks) -> None:
    completion = client.completions.create(
        model="accounts/fireworks/models/llama-v2-7b", prompt="The sky is", max_tokens=4
    )
    assert completion.choices[0].finish_reason == "length"
    embedding = client.embeddings.create(
        model="nomic-ai/nomic-embed-text-v1.5", input=["a", "b"], dimensions=16
    )
    assert [len(d.embedding) for d in embedding.data] == [16, 16]
    assert any(m.id == CHAT_MODEL for m in client.models.list().data)


@SDXL_ON_PURPOSE
def test_images(client: fw.Fireworks, tmp_path: Any) -> None:
    (image,) = client.images.generate(
        text_prompts=[{"text": "A lighthouse", "weight": 1}],
        width=512,
        height=512,
        image_format="jpeg",
    )
    assert image.format == "jpeg" and image.finish_reason == "SUCCESS" and image.seed is not None
    saved = image.save(tmp_path / "out")
    assert saved.suffix == ".jpg" and Image.open(saved).size == (512, 512)
    several = client.images.generate(
        text_prompts=[{"text": "x", "weight": 1}], width=512, height=512, samples=2
    )
    assert len(several) == 2 and all(i.format == "png" for i in several)
    (edited,) = client.images.image_to_image(
        init_image=_png(), init_image_mode="IMAGE_STRENGTH", image_strength=0.3, safety_check=False
    )
    assert Image.open(io.BytesIO(edited.data)).size == (32, 32)
    (guided,) = client.images.control_net(control_image=_png(), prompt="edges")
    assert guided.finish_reason == "SUCCESS"


@SDXL_ON_PURPOSE
def test_async_client_for_every_resource(server: MockServer) -> None:
    async def main() -> None:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            chat = await client.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES)
            assert chat.choices[0].message.content
            stream = await client.chat.completions.create(
                model=CHAT_MODEL, messages=MESSAGES, stream=True
            )
            async with stream:
                text = "".join(
                    [c.choices[0].delta.content or "" async for c in stream if c.choices]
                )  # type: ignore[union-attr]
            assert text == chat.choices[0].message.content and stream.usage == chat.usage
            completion = await client.completions.create(
                model="accounts/fireworks/models/llama-v2-7b", prompt="Hi"
            )
            assert completion.choices
            embedding = await client.embeddings.create(model="thenlper/gte-base", input="x")
            assert len(embedding.data[0].embedding) == 768
            assert (await client.models.list()).data
            (image,) = await client.images.generate(
                text_prompts=[{"text": "x", "weight": 1}], width=512, height=512
            )
            assert image.format == "png"
            (edited,) = await client.images.image_to_image(
                init_image=_png(),
                init_image_mode="STEP_SCHEDULE",
                step_schedule_end=0.9,
                image_format="jpeg",
            )
            assert edited.format == "jpeg"
            (guided,) = await client.images.control_net(control_image=_png(), prompt="edges")
            assert guided.finish_reason == "SUCCESS"
            with pytest.raises(fw.NotFoundError):
                await client.chat.completions.create(model="nope", messages=MESSAGES)

    asyncio.run(main())


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "cls"),
    [
        ("forbidden", fw.PermissionError),
        ("rate_limit", fw.RateLimitError),
        ("server_error", fw.InternalServerError),
        ("unavailable", fw.ServiceUnavailableError),
        ("status; code=409", fw.ConflictError),
        ("status; code=520", fw.InternalServerError),
        ("status; code=529", fw.InternalServerError),
        ("bad_gateway", fw.InternalServerError),
    ],
)
def test_error_statuses_map_to_classes(
    client: fw.Fireworks, fault: str, cls: type[Exception]
) -> None:
    with pytest.raises(cls) as info:
        client.models.list(extra_headers={"X-Mock-Fault": fault}, max_retries=0)
    assert isinstance(info.value, fw.APIStatusError) and info.value.request_id


def test_invalid_request_names_the_param(client: fw.Fireworks) -> None:
    with pytest.raises(fw.InvalidRequestError) as info:
        client.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES, temperature=9)
    error = info.value
    assert (error.status_code, error.param, error.type) == (
        400,
        "temperature",
        "invalid_request_error",
    )
    assert "maximum" in str(error)


def test_not_found_and_authentication(server: MockServer) -> None:
    with (
        fw.Fireworks(api_key=KEY, base_url=server.base_url) as client,
        pytest.raises(fw.NotFoundError),
    ):
        client.chat.completions.create(model="accounts/x/models/none", messages=MESSAGES)
    with (
        MockServer(api_keys={"the-right-key"}) as strict,
        fw.Fireworks(api_key=KEY, base_url=strict.base_url) as client,
    ):
        with pytest.raises(fw.AuthenticationError) as info:
            client.models.list()
        assert info.value.status_code == 401


def test_context_length_error_and_truncate(client: fw.Fireworks) -> None:
    long = [{"role": "user", "content": "word " * 50}]
    with pytest.raises(fw.ContextLengthExceededError) as info:
        client.chat.completions.create(
            model="accounts/fireworks/models/mock-tiny",
            messages=long,
            max_tokens=100,
            context_length_exceeded_behavior="error",
        )
    error = info.value
    assert isinstance(error, fw.InvalidRequestError)
    assert (error.prompt_tokens, error.max_tokens, error.context_window) == (53, 100, 64)
    cut = client.chat.completions.create(
        model="accounts/fireworks/models/mock-tiny", messages=long, max_tokens=100
    )
    assert cut.choices[0].finish_reason == "length"


# --- retries and timeouts -------------------------------------------------------------------


def test_retries_then_succeeds(
    client: fw.Fireworks, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.faults.inject("unavailable", times=2)
    with caplog.at_level(logging.DEBUG, logger="fireworks_client"):
        assert client.models.list().data
    assert len(server.state.requests) == 3
    assert sum("retrying GET /inference/v1/models" in r.getMessage() for r in caplog.records) == 2


def test_retry_after_is_honoured(
    client: fw.Fireworks, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.faults.inject("rate_limit", times=1, retry_after_ms=120)
    with caplog.at_level(logging.DEBUG, logger="fireworks_client"):
        client.models.list()
    assert any("in 0.12s" in r.getMessage() for r in caplog.records)


def test_retries_give_up(client: fw.Fireworks, server: MockServer) -> None:
    server.faults.inject("server_error", times=5)
    with pytest.raises(fw.InternalServerError):
        client.models.list()
    assert len(server.state.requests) == 3  # 1 + max_retries 2
    server.faults.clear()
    server.faults.inject("server_error", times=5)
    with pytest.raises(fw.InternalServerError):
        client.models.list(max_retries=0)
    assert len(server.state.requests) == 4


def test_timeout_raises_api_timeout_error() -> None:
    # A server that takes the connection (the kernel's backlog) and never answers: the read
    # timeout is what ends the call, not a delay slept on either side.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with (
            fw.Fireworks(api_key=KEY, base_url=url, max_retries=0) as client,
            pytest.raises(fw.APITimeoutError),
        ):
            client.models.list(timeout=0.2)


def test_connection_error_after_retries() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again when the block ends: nothing listens
    with (
        fw.Fireworks(
            api_key=KEY,
            base_url=f"http://127.0.0.1:{port}",
            max_retries=1,
            retry_initial_delay=0.01,
        ) as client,
        pytest.raises(fw.APIConnectionError) as info,
    ):
        client.models.list()
    assert not isinstance(info.value, fw.APITimeoutError)


# --- streams --------------------------------------------------------------------------------


def test_stream_yields_typed_chunks_and_usage(client: fw.Fireworks) -> None:
    with client.chat.completions.create(
        model=CHAT_MODEL, messages=MESSAGES, stream=True, n=2
    ) as stream:
        chunks = list(stream)
    assert chunks and all(type(c).__name__ == "ChatCompletionStreamResponse" for c in chunks)
    whole = client.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES, n=2)
    assert stream.usage == whole.usage
    assert stream.response.is_closed


@pytest.mark.parametrize(
    ("fault", "cls"),
    [
        ("stream_error; after=2", fw.InternalServerError),
        ("stream_truncated; after=2", fw.IncompleteStreamError),
        ("stream_disconnect; after=2", fw.APIConnectionError),
        ("malformed_chunk; after=2", fw.APIResponseValidationError),
    ],
)
def test_broken_streams_raise(
    client: fw.Fireworks, server: MockServer, fault: str, cls: type[Exception]
) -> None:
    received: list[object] = []
    stream = client.chat.completions.create(
        model=CHAT_MODEL, messages=MESSAGES, stream=True, extra_headers={"X-Mock-Fault": fault}
    )
    with pytest.raises(cls):
        received.extend(stream)
    assert len(received) == 2
    assert stream.response.is_closed
    assert len(server.state.requests) == 1  # never retried once events were delivered


def test_stream_stall_times_out(client: fw.Fireworks) -> None:
    with pytest.raises(fw.APITimeoutError):
        for _ in client.chat.completions.create(
            model=CHAT_MODEL,
            messages=MESSAGES,
            stream=True,
            timeout=0.3,
            extra_headers={"X-Mock-Fault": "stream_stall; after=1; seconds=2"},
        ):
            pass


def test_completion_stream(client: fw.Fireworks) -> None:
    stream = client.completions.create(
        model="accounts/fireworks/models/llama-v2-7b", prompt="The sky is", stream=True
    )
    text = "".join(c.choices[0].text for c in stream)
    whole = client.completions.create(
        model="accounts/fireworks/models/llama-v2-7b", prompt="The sky is"
    )
    assert text == whole.choices[0].text and stream.usage == whole.usage


# --- secrets --------------------------------------------------------------------------------


def test_the_key_never_shows(
    client: fw.Fireworks, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    texts = [repr(client), str(client), repr(client._settings), repr(vars(client))]
    server.faults.inject("unavailable", times=1)
    with caplog.at_level(logging.DEBUG):
        client.models.list()
        for fault in ("server_error", "forbidden"):
            try:
                client.models.list(extra_headers={"X-Mock-Fault": fault}, max_retries=0)
            except fw.APIStatusError as exc:
                texts += [str(exc), repr(exc), repr(exc.body), str(exc.__dict__.get("message"))]
    texts += [r.getMessage() for r in caplog.records]
    assert texts and not [t for t in texts if KEY in t]


def test_folding_a_stream_gives_the_answer(client: fw.Fireworks) -> None:
    for extra in ({"n": 2, "max_tokens": 9}, {}):
        chunks = list(
            client.chat.completions.create(
                model=CHAT_MODEL, messages=MESSAGES, stream=True, **extra
            )
        )
        assert (
            fw.fold_chat_chunks(chunks).to_dict()
            == client.chat.completions.create(
                model=CHAT_MODEL, messages=MESSAGES, **extra
            ).to_dict()
        )
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "required": ["city"],
                    "properties": {"city": {"type": "string"}},
                },
            },
        }
    ]
    ask = [{"role": "user", "content": "call get_weather please"}]
    folded = fw.fold_chat_chunks(
        client.chat.completions.create(model=CHAT_MODEL, messages=ask, tools=tools, stream=True)
    )
    whole = client.chat.completions.create(model=CHAT_MODEL, messages=ask, tools=tools)
    assert folded.choices[0].message.tool_calls == whole.choices[0].message.tool_calls
    assert folded.choices[0].finish_reason == "tool_calls"
    text_chunks = list(
        client.completions.create(
            model="accounts/fireworks/models/llama-v2-7b", prompt="Hi", stream=True
        )
    )
    whole_text = client.completions.create(
        model="accounts/fireworks/models/llama-v2-7b", prompt="Hi"
    )
    assert fw.fold_completion_chunks(text_chunks).choices[0].text == whole_text.choices[0].text


@SDXL_ON_PURPOSE
def test_raw_response_gives_headers_and_request_id(client: fw.Fireworks) -> None:
    raw = client.chat.completions.with_raw_response.create(model=CHAT_MODEL, messages=MESSAGES)
    assert isinstance(raw, fw.RawResponse)
    assert (
        raw.status_code == 200 and raw.request_id and raw.request_id == raw.headers["x-request-id"]
    )
    assert raw.parse().choices[0].message.content
    images = client.images.with_raw_response.generate(
        text_prompts=[{"text": "x", "weight": 1}], width=512, height=512
    )
    assert images.headers["finish-reason"] == "SUCCESS" and images.parse()[0].format == "png"
    assert isinstance(
        client.models.list(), type(raw.parse().__class__).__mro__[-1]
    )  # plain calls stay parsed
    assert not isinstance(client.models.list(), fw.RawResponse)


def test_retry_after_as_an_http_date() -> None:
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 < (server_delay(httpx.Headers({"retry-after": soon})) or 0) <= 30
    assert server_delay(httpx.Headers({"retry-after": "2"})) == 2
    assert server_delay(httpx.Headers({"retry-after-ms": "150", "retry-after": "9"})) == 0.15
    assert server_delay(httpx.Headers({"retry-after": "soon"})) is None


@pytest.mark.parametrize(
    ("fault", "cls"),
    [
        ("forbidden", fw.PermissionError),
        ("rate_limit", fw.RateLimitError),
        ("server_error", fw.InternalServerError),
        ("unavailable", fw.ServiceUnavailableError),
        ("status; code=409", fw.ConflictError),
        ("status; code=529", fw.InternalServerError),
    ],
)
def test_async_error_classes(server: MockServer, fault: str, cls: type[Exception]) -> None:
    async def main() -> None:
        async with fw.AsyncFireworks(
            api_key=KEY, base_url=server.base_url, max_retries=0
        ) as client:
            with pytest.raises(cls):
                await client.models.list(extra_headers={"X-Mock-Fault": fault})
            with pytest.raises(fw.InvalidRequestError):
                await client.embeddings.create(model="thenlper/gte-base", input="")
            with pytest.raises(fw.ContextLengthExceededError):
                await client.chat.completions.create(
                    model="accounts/fireworks/models/mock-tiny",
                    messages=[{"role": "user", "content": "word " * 60}],
                    context_length_exceeded_behavior="error",
                )

    asyncio.run(main())


def test_async_retries_timeouts_and_broken_streams(server: MockServer) -> None:
    async def main() -> None:
        async with fw.AsyncFireworks(
            api_key=KEY, base_url=server.base_url, retry_initial_delay=0.01
        ) as client:
            server.state.requests.clear()
            server.faults.inject("unavailable", times=2)
            assert (await client.models.list()).data
            assert len(server.state.requests) == 3
            with pytest.raises(fw.APITimeoutError):
                await client.models.list(
                    extra_headers={"X-Mock-Fault": "delay; seconds=1"}, timeout=0.2, max_retries=0
                )
            for fault, cls in (
                ("stream_truncated; after=2", fw.IncompleteStreamError),
                ("stream_error; after=2", fw.InternalServerError),
                ("stream_disconnect; after=2", fw.APIConnectionError),
                ("malformed_chunk; after=2", fw.APIResponseValidationError),
            ):
                stream = await client.chat.completions.create(
                    model=CHAT_MODEL,
                    messages=MESSAGES,
                    stream=True,
                    extra_headers={"X-Mock-Fault": fault},
                )
                received: list[object] = []

                async def drain(stream: fw.AsyncStream[object], into: list[object]) -> None:
                    async for chunk in stream:
                        into.append(chunk)

                with pytest.raises(cls):
                    await drain(stream, received)
                assert len(received) == 2 and stream.response.is_closed
            raw = await client.models.with_raw_response.list()
            assert raw.request_id and raw.parse().data

    asyncio.run(main())


def test_async_authentication_error() -> None:
    async def main() -> None:
        with MockServer(api_keys={"the-right-key"}) as strict:
            async with fw.AsyncFireworks(api_key=KEY, base_url=strict.base_url) as client:
                with pytest.raises(fw.AuthenticationError):
                    await client.models.list()

    asyncio.run(main())


def test_with_options_shares_the_connections(server: MockServer) -> None:
    client = fw.Fireworks(api_key=KEY, base_url=server.base_url)
    copy = client.with_options(max_retries=0)
    assert copy._get_sender() is client._get_sender()
    copy.close()  # a copy does not close what it shares
    assert client.models.list().data
    client.close()


def test_a_callers_http_client_is_used(server: MockServer) -> None:
    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, http_client=http) as client:
        client.models.list()
    assert seen == ["/inference/v1/models"]
    assert not http.is_closed  # the caller's client stays the caller's
    http.close()


def test_unsendable_parameter_is_a_clear_error(client: fw.Fireworks) -> None:
    with pytest.raises(TypeError, match="of type object cannot be sent as JSON"):
        client.chat.completions.create(
            model=CHAT_MODEL, messages=MESSAGES, extra_body={"odd": object()}
        )


def test_form_fields_that_are_not_text_go_as_json() -> None:
    content, content_type = form_body(
        {"control_image": b"\x89PNG", "safety_check": True, "samples": 2, "extra": {"a": [1]}},
        {"control_image"},
    )
    form = httpx.Request(
        "POST", "http://x/", content=content, headers={"content-type": content_type}
    )
    text = form.read().decode("latin-1")
    assert 'name="safety_check"\r\n\r\ntrue\r\n' in text
    assert 'name="samples"\r\n\r\n2\r\n' in text
    assert 'name="extra"\r\n\r\n{"a":[1]}\r\n' in text
    assert 'name="control_image"; filename="control_image.png"\r\nContent-Type: image/png' in text
