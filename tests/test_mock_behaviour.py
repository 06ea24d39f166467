"""What the mock answers: the service's semantics on top of the spec's shapes."""

from __future__ import annotations

import base64
import io
import json
import math
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from fireworks_api.operations import OPERATIONS
from fireworks_client._openapi import load_spec, to_json_schema
from fireworks_client._sse import SSEDecoder
from fireworks_client.mock import DEFAULT_MODELS, ASGISyncTransport, create_app
from fireworks_client.mock._answers.text import count_tokens
from PIL import Image

SPEC = load_spec()
CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
TINY = "accounts/fireworks/models/mock-tiny"  # a 64-token context window
TEXT_MODEL = "accounts/fireworks/models/llama-v2-7b"
EMBED = "nomic-ai/nomic-embed-text-v1.5"
IMAGES = "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"


def terminator(operation_id: str) -> str | None:
    """The data of the event that ends the operation's stream, as the spec declares it."""
    events = OPERATIONS[operation_id].event_stream
    return events.terminator if events is not None else None


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    app = create_app()
    with httpx.Client(
        transport=ASGISyncTransport(app),
        base_url="http://mock/inference/v1",
        headers={"Authorization": "Bearer test-key"},
    ) as c:
        c.app = app  # type: ignore[attr-defined]
        yield c


def conforms(body: Any, schema_name: str) -> None:
    jsonschema.validate(body, to_json_schema({"$ref": f"#/components/schemas/{schema_name}"}, SPEC))


def chat(client: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("model", CHAT_MODEL)
    body.setdefault("messages", [{"role": "user", "content": "Tell me about lighthouses"}])
    return client.post("/chat/completions", json=body)


def events(response: httpx.Response) -> list[str]:
    decoder = SSEDecoder()
    out = decoder.feed(response.content)
    tail, truncated = decoder.close()
    assert not truncated
    return [e.data for e in out + tail]


# --- chat and completions -------------------------------------------------------------------


def test_chat_is_deterministic_and_conforms(client: httpx.Client) -> None:
    first, second = chat(client).json(), chat(client).json()
    assert first == second
    conforms(first, "ChatCompletionResponse")
    assert first["choices"][0]["message"]["content"]
    other = chat(client, messages=[{"role": "user", "content": "Tell me about volcanoes"}]).json()
    assert other["choices"][0]["message"]["content"] != first["choices"][0]["message"]["content"]


def test_n_choices_and_usage_adds_up(client: httpx.Client) -> None:
    body = chat(client, n=3).json()
    assert [c["index"] for c in body["choices"]] == [0, 1, 2]
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    texts = [c["message"]["content"] for c in body["choices"]]
    assert usage["completion_tokens"] == sum(count_tokens(t) for t in texts)


def test_max_tokens_is_honoured(client: httpx.Client) -> None:
    body = chat(client, max_tokens=5).json()
    assert body["usage"]["completion_tokens"] == 5
    assert count_tokens(body["choices"][0]["message"]["content"]) == 5
    assert body["choices"][0]["finish_reason"] == "length"


def test_stop_sequence_ends_the_text_and_is_not_returned(client: httpx.Client) -> None:
    text = chat(client).json()["choices"][0]["message"]["content"]
    word = text.split()[3]
    stopped = chat(client, stop=[word, "never-appears"]).json()["choices"][0]
    assert stopped["finish_reason"] == "stop"
    # Today's reference: "The returned text will NOT contain the stop sequence."
    assert stopped["message"]["content"] == text[: text.index(word)]


def test_completion_echo_logprobs_and_usage(client: httpx.Client) -> None:
    prompt = "The sky is"
    response = client.post(
        "/completions",
        json={"model": TEXT_MODEL, "prompt": prompt, "echo": True, "logprobs": 2, "max_tokens": 6},
    )
    body = response.json()
    conforms(body, "CompletionResponse")
    choice = body["choices"][0]
    assert choice["text"].startswith(prompt + " ")
    logprobs = choice["logprobs"]
    assert len(logprobs["tokens"]) == 6 == body["usage"]["completion_tokens"]
    assert all(len(top) <= 3 for top in logprobs["top_logprobs"])  # at most logprobs + 1
    assert all(lp <= 0 for lp in logprobs["token_logprobs"])
    assert logprobs["text_offset"][0] == len(prompt)
    assert body["usage"]["prompt_tokens"] == count_tokens(prompt)


def test_several_prompts_and_token_prompts(client: httpx.Client) -> None:
    body = client.post(
        "/completions", json={"model": TEXT_MODEL, "prompt": ["a b", "c d e"], "n": 2}
    ).json()
    assert [c["index"] for c in body["choices"]] == [0, 1, 2, 3]
    assert body["usage"]["prompt_tokens"] == 5
    ids = client.post("/completions", json={"model": TEXT_MODEL, "prompt": [[1, 2, 3], [4]]}).json()
    assert ids["usage"]["prompt_tokens"] == 4


def test_tool_call_when_the_user_names_a_tool(client: httpx.Client) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "required": ["city"],
                    "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
                },
            },
        }
    ]
    body = chat(
        client, tools=tools, messages=[{"role": "user", "content": "Use get_weather for Paris"}]
    ).json()
    conforms(body, "ChatCompletionResponse")
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    assert "city" in json.loads(call["function"]["arguments"])
    plain = chat(client, tools=tools, messages=[{"role": "user", "content": "Say hello"}]).json()
    assert "tool_calls" not in plain["choices"][0]["message"]


def test_json_mode_answers_json_that_follows_the_schema(client: httpx.Client) -> None:
    schema = {
        "type": "object",
        "required": ["name", "age"],
        "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
    }
    content = chat(client, response_format={"type": "json_object", "schema": schema}).json()[
        "choices"
    ][0]["message"]["content"]
    jsonschema.validate(json.loads(content), schema)
    plain = chat(client, response_format={"type": "json_object"}).json()["choices"][0]["message"][
        "content"
    ]
    assert isinstance(json.loads(plain), dict)


def test_context_window_truncate_lowers_max_tokens(client: httpx.Client) -> None:
    prompt = "word " * 50  # 50 tokens + framing in a 64-token window
    body = chat(
        client, model=TINY, max_tokens=500, messages=[{"role": "user", "content": prompt}]
    ).json()
    usage = body["usage"]
    assert body["choices"][0]["finish_reason"] == "length"
    assert usage["total_tokens"] == 64


def test_context_window_error_says_why_with_the_numbers(client: httpx.Client) -> None:
    prompt = "word " * 50
    response = chat(
        client,
        model=TINY,
        max_tokens=500,
        context_length_exceeded_behavior="error",
        messages=[{"role": "user", "content": prompt}],
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "context_length_exceeded"
    assert (
        "53 prompt tokens" in error["message"]
        and "500" in error["message"]
        and "64" in error["message"]
    )
    completion = client.post(
        "/completions",
        json={
            "model": TINY,
            "prompt": prompt,
            "max_tokens": 30,
            "context_length_exceeded_behavior": "error",
        },
    )
    assert (
        completion.status_code == 400
        and "50 prompt tokens" in completion.json()["error"]["message"]
    )


def test_prompt_truncate_len_evicts_the_earliest_non_system_messages(client: httpx.Client) -> None:
    messages = [
        {"role": "system", "content": "Be brief"},
        {"role": "user", "content": "one two three four five six seven eight"},
        {"role": "assistant", "content": "nine ten eleven twelve"},
        {"role": "user", "content": "Tell me about lighthouses"},
    ]
    full = chat(client, messages=messages, prompt_truncate_len=None).json()["usage"][
        "prompt_tokens"
    ]
    cut = chat(client, messages=messages, prompt_truncate_len=15).json()["usage"]["prompt_tokens"]
    kept = [messages[0], messages[3]]
    expected = chat(client, messages=kept, prompt_truncate_len=None).json()["usage"][
        "prompt_tokens"
    ]
    assert full > 15 >= cut == expected


def test_unknown_model_is_404(client: httpx.Client) -> None:
    response = chat(client, model="accounts/nobody/models/none")
    assert response.status_code == 404
    assert response.json()["error"]["param"] == "model"


# --- streams --------------------------------------------------------------------------------


def test_chat_stream_format(client: httpx.Client) -> None:
    response = chat(client, stream=True, n=2, max_tokens=7)
    assert response.headers["content-type"].startswith("text/event-stream")
    data = events(response)
    assert data[-1] == terminator("create_chat_completion_v1_chat_completions_post") == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    for chunk in chunks:
        conforms(chunk, "ChatCompletionStreamResponse")
    finals = [c for c in chunks if c["choices"][0]["finish_reason"]]
    assert {c["choices"][0]["index"] for c in finals} == {0, 1}
    assert all(c["usage"] for c in finals) and not any(
        c["usage"] for c in chunks if c not in finals
    )
    # The stream says the same as the answer without streaming.
    whole = chat(client, n=2, max_tokens=7).json()
    for index in (0, 1):
        text = "".join(
            c["choices"][0]["delta"].get("content") or ""
            for c in chunks
            if c["choices"][0]["index"] == index
        )
        assert text == whole["choices"][index]["message"]["content"]
    assert finals[-1]["usage"] == whole["usage"]


def test_completion_stream_format(client: httpx.Client) -> None:
    response = client.post(
        "/completions",
        json={"model": TEXT_MODEL, "prompt": "The sky is", "stream": True, "logprobs": 1},
    )
    data = events(response)
    assert data[-1] == terminator("create_completion_v1_completions_post") == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    for chunk in chunks:
        conforms(chunk, "CompletionStreamResponse")
    assert chunks[-1]["choices"][0]["finish_reason"] and chunks[-1]["usage"]
    assert all(c["usage"] is None for c in chunks[:-1])


# --- embeddings -----------------------------------------------------------------------------


def test_embeddings_are_unit_vectors_stable_per_text(client: httpx.Client) -> None:
    one = client.post("/embeddings", json={"model": EMBED, "input": ["alpha", "beta"]}).json()
    conforms(one, "CreateEmbeddingResponse")
    vectors = [d["embedding"] for d in one["data"]]
    assert [len(v) for v in vectors] == [768, 768]
    assert all(math.isclose(math.sqrt(sum(x * x for x in v)), 1.0) for v in vectors)
    alone = client.post("/embeddings", json={"model": EMBED, "input": "beta"}).json()
    assert alone["data"][0]["embedding"] == vectors[1]
    small = client.post(
        "/embeddings", json={"model": EMBED, "input": "beta", "dimensions": 8}
    ).json()
    assert len(small["data"][0]["embedding"]) == 8
    too_big = client.post("/embeddings", json={"model": EMBED, "input": "beta", "dimensions": 769})
    assert too_big.status_code == 400 and too_big.json()["error"]["param"] == "dimensions"


# --- images ---------------------------------------------------------------------------------


def _decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    ("accept", "fmt"), [("image/png", "PNG"), ("image/jpeg", "JPEG"), ("", "PNG")]
)
def test_images_are_real_files_of_the_requested_size(
    client: httpx.Client, accept: str, fmt: str
) -> None:
    body = {
        "text_prompts": [{"text": "A lighthouse on a cliff", "weight": 1}],
        "width": 640,
        "height": 512,
    }
    response = client.post(IMAGES, json=body, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    image = _decode(response.content)
    assert (image.format, image.size) == (fmt, (640, 512))
    assert response.headers["Finish-Reason"] == "SUCCESS"


def test_several_images_come_as_the_artifact_array(client: httpx.Client) -> None:
    body = {
        "text_prompts": [{"text": "A lighthouse", "weight": 1}],
        "width": 512,
        "height": 512,
        "samples": 2,
        "seed": 7,
    }
    artifacts = client.post(IMAGES, json=body, headers={"Accept": "image/png"}).json()
    jsonschema.validate(
        artifacts,
        to_json_schema(
            SPEC["components"]["responses"]["ImageResponse"]["content"]["application/json"][
                "schema"
            ],
            SPEC,
        ),
    )
    assert [a["seed"] for a in artifacts] == [7, 8]
    assert _decode(base64.b64decode(artifacts[0]["base64"])).size == (512, 512)


def test_safety_check_can_filter(client: httpx.Client) -> None:
    body = {
        "text_prompts": [{"text": "something unsafe", "weight": 1}],
        "width": 512,
        "height": 512,
        "safety_check": True,
    }
    response = client.post(IMAGES, json=body)
    assert response.headers["Finish-Reason"] == "CONTENT_FILTERED"


def _png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def test_image_to_image_and_control_net_take_multipart(client: httpx.Client) -> None:
    response = client.post(
        IMAGES + "/image_to_image",
        files={"init_image": ("in.png", _png((96, 64)), "image/png")},
        data={
            "init_image_mode": "STEP_SCHEDULE",
            "step_schedule_start": "0.5",
            "step_schedule_end": "0.9",
            "safety_check": "false",
        },
        headers={"Accept": "image/jpeg"},
    )
    assert response.status_code == 200, response.text
    assert _decode(response.content).size == (96, 64)
    bad = client.post(
        IMAGES + "/image_to_image",
        files={"init_image": ("in.png", b"not an image", "image/png")},
        data={"init_image_mode": "IMAGE_STRENGTH"},
    )
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "init_image"
    typo = client.post(
        IMAGES + "/image_to_image",
        files={"init_image": ("in.png", _png((8, 8)), "image/png")},
        data={"init_image_mode": "IMAGE_STRENGTH", "samples": "two"},
    )
    assert typo.status_code == 400 and typo.json()["error"]["param"] == "samples"
    control = client.post(
        IMAGES + "/control_net",
        files={"control_image": ("c.png", _png((64, 64)), "image/png")},
        data={"prompt": "edges"},
    )
    assert control.status_code == 200 and _decode(control.content).size == (64, 64)


def test_models_list_has_the_registry(client: httpx.Client) -> None:
    body = client.get("/models").json()
    conforms(body, "ListModelsResponse")
    assert [m["id"] for m in body["data"]] == [m.id for m in DEFAULT_MODELS]


# --- requests the service would reject ------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "missing_api_key"),
        ({"Authorization": "Basic abc"}, "invalid_api_key"),
        ({"Authorization": "Bearer "}, "invalid_api_key"),
    ],
)
def test_missing_or_malformed_auth_is_401(headers: dict[str, str], code: str) -> None:
    with httpx.Client(
        transport=ASGISyncTransport(create_app()), base_url="http://mock/inference/v1"
    ) as c:
        response = c.get("/models", headers=headers)
    assert response.status_code == 401 and response.json()["error"]["code"] == code


def test_only_configured_keys_when_given() -> None:
    app = create_app(api_keys={"right"})
    with httpx.Client(transport=ASGISyncTransport(app), base_url="http://mock/inference/v1") as c:
        assert c.get("/models", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/models", headers={"Authorization": "Bearer right"}).status_code == 200


def test_validation_errors_name_the_field_and_rule(client: httpx.Client) -> None:
    cases = [
        (chat(client, temperature=5), "temperature", "maximum"),
        (client.post("/chat/completions", json={"model": CHAT_MODEL}), "messages", "required"),
        (
            client.post("/embeddings", json={"model": EMBED, "input": "x", "colour": 1}),
            "colour",
            "additionalProperties",
        ),
        (chat(client, messages=[{"role": "user", "content": "x"}], n="two"), "n", "type"),
    ]
    for response, param, rule in cases:
        error = response.json()["error"]
        assert response.status_code == 400, error
        assert error["param"] == param and param in error["message"] and rule in error["message"], (
            error
        )


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"", "application/json"),
        (b"[1, 2]", "application/json"),
        (b'{"model": NaN}', "application/json"),
        (b"[" * 5000 + b"]" * 5000, "application/json"),
        (b'{"model": "m", "messages": ' + b"[" * 70 + b"]" * 70 + b"}", "application/json"),
        ('{"model": "x"}'.encode("utf-16"), "application/json"),
        (b"\xff\xfe\xfd garbage", "application/json"),
        (b"model=x", "application/x-www-form-urlencoded"),
        (b"{}", "text/plain"),
    ],
)
def test_odd_bodies_are_400_never_500(
    client: httpx.Client, content: bytes, content_type: str
) -> None:
    response = client.post(
        "/chat/completions", content=content, headers={"Content-Type": content_type}
    )
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"]


def test_oversized_body_is_413() -> None:
    app = create_app(max_body_bytes=1000)
    with httpx.Client(
        transport=ASGISyncTransport(app),
        base_url="http://mock/inference/v1",
        headers={"Authorization": "Bearer k"},
    ) as c:
        response = c.post(
            "/chat/completions",
            json={"model": CHAT_MODEL, "messages": [{"role": "user", "content": "x" * 2000}]},
        )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_unknown_paths_and_methods_answer_error_responses(client: httpx.Client) -> None:
    assert client.get("/nowhere").json()["error"]["type"] == "not_found_error"
    wrong = client.delete("/chat/completions")
    assert wrong.status_code == 405 and "POST" in wrong.headers["allow"]
