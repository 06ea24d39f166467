"""One regression test per declared correction and generic normalisation.

Each test shows the correction working on the effective spec (or the client generated from
it) and shows the problem coming back when the correction is left out, so that no correction
stays in the overlay after it stops being needed, and none can be dropped unnoticed.
"""

from __future__ import annotations

import email.parser
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from fireworks_api import AuthenticatedClient
from fireworks_api.api.default import create_embedding, image_to_image, list_models
from fireworks_api.models import (
    ChatCompletionRequestMessage,
    ChatMessageContentImageUrl,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    CreateCompletionStreamResponse,
    CreateEmbeddingRequest,
    CreateImageToImageRequest,
    CreateImageToImageRequestInitImageMode,
    ErrorResponse,
    ImageArtifact,
    ListModelsResponse,
)
from fireworks_api.types import File

from codegen.effective_spec import OVERLAY, UPSTREAM, SpecError, build, load_yaml, validate
from codegen.generate import run_generator
from codegen.normalise import (
    NORMALISATIONS,
    multipart_flat_bodies,
    multipart_nullables,
    normalise,
    nullable_enums,
    string_response_codes,
)
from tests._oas import object_properties, to_json_schema

IMAGES = "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"

# What the service sends (seed 001 and spec-facts.md).
CHAT_CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1700000000,
    "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
    "choices": [
        {"index": 0, "delta": {"role": "assistant", "content": "Hi"}, "finish_reason": None}
    ],
    "usage": None,
}
COMPLETION_CHUNK = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1700000000,
    "model": "accounts/fireworks/models/starcoder-16b-w8a16",
    "choices": [{"text": "\n print('Hello,", "index": 0, "finish_reason": None, "logprobs": None}],
    "usage": None,
}
IMAGE_ARTIFACTS = [{"base64": "iVBORw0KGgo=", "finishReason": "SUCCESS", "seed": 1234}]


def overlay_without(*targets: str) -> dict[str, Any]:
    """The declared overlay less the actions with these exact targets."""
    overlay = load_yaml(OVERLAY)
    kept = [a for a in overlay["actions"] if a["target"] not in targets]
    assert len(overlay["actions"]) - len(kept) == len(targets), (
        "a target named here is not in the overlay"
    )
    return {**overlay, "actions": kept}


def without_step(step: Callable[..., Any]) -> tuple[Any, ...]:
    return tuple(s for s in NORMALISATIONS if s is not step)


@cache
def effective() -> dict[str, Any]:
    return build()


@cache
def _generated(key: str, spec_json: str, tmp_root: str) -> tuple[Path, str]:
    out = Path(tmp_root) / key
    out.mkdir(parents=True, exist_ok=True)
    return run_generator(json.loads(spec_json), out, fail_on_warning=False)


@pytest.fixture(scope="module")
def generate(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str, dict[str, Any]], tuple[Path, str]]]:
    root = str(tmp_path_factory.mktemp("generated"))
    yield lambda key, spec: _generated(key, json.dumps(spec), root)
    _generated.cache_clear()


def run_with(package: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with ``package`` (a generated fireworks_api) first on sys.path."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(package.parent)!r})\n" + textwrap.dedent(code),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


# --- validity --------------------------------------------------------------------------------


def test_string_response_codes_make_the_document_readable() -> None:
    spec = effective()
    assert all(
        isinstance(code, str)
        for item in spec["paths"].values()
        for op in item.values()
        for code in op["responses"]
    )
    upstream = normalise(load_yaml(UPSTREAM), without_step(string_response_codes))
    with pytest.raises(SpecError, match="cannot be validated"):
        validate(upstream)


def test_negative_prompt_null_default_removed() -> None:
    for schema in ("BaseImageToImageRequest", "CreateControlNetRequest"):
        assert (
            "default"
            not in effective()["components"]["schemas"][schema]["properties"]["negative_prompt"]
        )
    with pytest.raises(SpecError, match="negative_prompt"):
        build(
            overlay=overlay_without(
                "$.components.schemas.BaseImageToImageRequest.properties.negative_prompt.default",
                "$.components.schemas.CreateControlNetRequest.properties.negative_prompt.default",
            )
        )


def _undefined_required(spec: dict[str, Any]) -> list[str]:
    out = []
    for name, schema in spec["components"]["schemas"].items():
        props = object_properties(schema, spec)
        required = set(schema.get("required", [])) | {
            r for p in schema.get("allOf", []) for r in p.get("required", [])
        }
        out += [f"{name}.{field}" for field in sorted(required - props.keys())]
    return out


def test_required_fields_are_defined() -> None:
    assert _undefined_required(effective()) == []
    spec = build(
        overlay=overlay_without(
            "$.components.schemas.CreateImageRequest.required[?(@ == 'model')]",
            "$.components.schemas.CreateControlNetRequest.required[?(@ == 'model')]",
        )
    )
    assert _undefined_required(spec) == [
        "CreateControlNetRequest.model",
        "CreateImageRequest.model",
    ]


def test_model_is_an_object() -> None:
    schema = {"$ref": "#/components/schemas/Model"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(None, to_json_schema(schema, effective()))
    spec = build(overlay=overlay_without("$.components.schemas.Model"))
    jsonschema.validate(None, to_json_schema(schema, spec))  # accepted: the bug


def test_every_operation_has_an_operation_id() -> None:
    def missing(spec: dict[str, Any]) -> list[str]:
        return [
            p
            for p, item in spec["paths"].items()
            for op in item.values()
            if "operationId" not in op
        ]

    assert missing(effective()) == []
    targets = [
        f"$.paths['{IMAGES}{suffix}'].post" for suffix in ("", "/image_to_image", "/control_net")
    ]
    assert len(missing(build(overlay=overlay_without(*targets)))) == 3


# --- models the generator would lose or get wrong ---------------------------------------------

CHAT_CONTENT_ACTIONS = (
    "$.components.schemas",  # the first action with this target declares the named members
    "$.components.schemas.ChatMessageContent.oneOf",
    "$.components.schemas.ChatMessageContent",
)


def test_chat_message_content_members_are_named(generate: Any) -> None:

    message = ChatCompletionRequestMessage.from_dict(
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}},
            ],
        }
    )
    assert isinstance(message.content, list)
    part = message.content[1]
    assert isinstance(part, ChatMessageContentImageUrl)
    assert part.image_url.url == "data:image/png;base64,AA=="  # type: ignore[union-attr]

    overlay = load_yaml(OVERLAY)
    first_schemas_action = next(
        a for a in overlay["actions"] if a["target"] == "$.components.schemas"
    )
    actions = [
        a
        for a in overlay["actions"]
        if a is not first_schemas_action and a["target"] not in CHAT_CONTENT_ACTIONS[1:]
    ]
    _, warnings = generate("no-chat-content", build(overlay={**overlay, "actions": actions}))
    assert "duplicate models" in warnings and "ChatMessageContent" in warnings


def test_stream_chunks_with_null_usage_and_finish_reason_parse(generate: Any) -> None:

    chat = CreateChatCompletionStreamResponse.from_dict(CHAT_CHUNK)
    assert chat.usage is None and chat.choices[0].finish_reason is None
    assert chat.to_dict() == CHAT_CHUNK
    completion = CreateCompletionStreamResponse.from_dict(COMPLETION_CHUNK)
    assert completion.to_dict() == COMPLETION_CHUNK

    check = f"""
        from fireworks_api.models import CreateChatCompletionStreamResponse as C
        C.from_dict({CHAT_CHUNK!r})
    """
    # Without nullable usage: TypeError on "usage": null.
    package, _ = generate(
        "no-null-usage",
        build(
            overlay=overlay_without(
                "$.components.schemas.CreateChatCompletionStreamResponse.properties.usage",
                "$.components.schemas.CreateChatCompletionStreamResponse.properties",
            )
        ),
    )
    result = run_with(package, check)
    assert result.returncode != 0 and "TypeError" in result.stderr
    # Without the nullable-enum normalisation: ValueError on "finish_reason": null.
    package, _ = generate(
        "no-nullable-enums",
        build(
            overlay=overlay_without(TOOL_CALLS[1]),  # it targets what the normalisation makes
            normalisations=without_step(nullable_enums),
        ),
    )
    result = run_with(package, check)
    assert (
        result.returncode != 0
        and "ValueError" in result.stderr
        and "None is not a valid" in result.stderr
    )


def test_streams_are_declared_as_event_streams() -> None:
    spec = effective()
    for path, chunk in (
        ("/chat/completions", "CreateChatCompletionStreamResponse"),
        ("/completions", "CreateCompletionStreamResponse"),
    ):
        stream = spec["paths"][path]["post"]["responses"]["200"]["content"]["text/event-stream"]
        assert stream["schema"] == {"$ref": f"#/components/schemas/{chunk}"}
        assert stream["x-fireworks-sse"]["terminator"] == "[DONE]"
    jsonschema.validate(
        COMPLETION_CHUNK,
        to_json_schema({"$ref": "#/components/schemas/CreateCompletionStreamResponse"}, spec),
    )

    bare = build(
        overlay=overlay_without(
            "$.paths['/chat/completions'].post.responses['200'].content",
            "$.paths['/completions'].post.responses['200'].content",
        )
    )
    for path in ("/chat/completions", "/completions"):
        assert list(bare["paths"][path]["post"]["responses"]["200"]["content"]) == [
            "application/json"
        ]


def _mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> Any:

    return AuthenticatedClient(
        base_url="http://fireworks.test/inference/v1",
        token="test-token-not-a-secret",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_list_models_is_an_operation() -> None:
    body = {
        "object": "list",
        "data": [
            {
                "id": "accounts/fireworks/models/x",
                "object": "model",
                "created": 1,
                "owned_by": "fireworks",
            }
        ],
    }
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    result = list_models.sync(client=_mock_client(handler))
    assert (
        isinstance(result, ListModelsResponse)
        and result.data[0].id == "accounts/fireworks/models/x"
    )
    assert seen[0].method == "GET" and seen[0].url.path == "/inference/v1/models"
    assert "/models" not in build(overlay=overlay_without("$.paths"))["paths"]


ERROR_CODES = ("400", "401", "403", "404", "429", "500", "503")


@pytest.mark.parametrize("status", ERROR_CODES)
def test_error_statuses_parse_as_error_response(status: str) -> None:
    error = {
        "error": {"type": "invalid_request_error", "message": "no", "param": "input", "code": None}
    }
    response = create_embedding.sync_detailed(
        client=_mock_client(lambda _: httpx.Response(int(status), json=error)),
        body=CreateEmbeddingRequest(input_="hello", model="nomic-ai/nomic-embed-text-v1.5"),
    )
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error.param == "input"


def test_every_operation_declares_the_error_responses() -> None:
    def declared(spec: dict[str, Any]) -> set[str]:
        return {
            code
            for item in spec["paths"].values()
            for op in item.values()
            for code in ERROR_CODES
            if code not in op["responses"]
        }

    assert declared(effective()) == set()
    bare = build(
        overlay=overlay_without(
            "$.components",
            "$.paths.*.post.responses['400','401','403','404','500']",
            "$.paths.*.*.responses",
        )
    )
    assert declared(bare) == set(ERROR_CODES)


def _image_json_schema(spec: dict[str, Any]) -> Any:
    content = spec["components"]["responses"]["ImageResponse"]["content"]["application/json"]
    return to_json_schema(content["schema"], spec)


def test_image_json_response_is_the_artifact_array() -> None:

    jsonschema.validate(IMAGE_ARTIFACTS, _image_json_schema(effective()))
    assert ImageArtifact.from_dict(IMAGE_ARTIFACTS[0]).finish_reason.value == "SUCCESS"

    overlay = load_yaml(OVERLAY)
    dropped = [
        a
        for a in overlay["actions"]
        if "ImageArtifact" in json.dumps(a)
        or a["target"].startswith("$.components.responses.ImageResponse")
    ]
    assert len(dropped) == 4
    bare = build(
        overlay={**overlay, "actions": [a for a in overlay["actions"] if a not in dropped]}
    )
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(IMAGE_ARTIFACTS, _image_json_schema(bare))


def _multipart_fields(request: httpx.Request) -> dict[str, bytes]:
    raw = (
        b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.read()
    )
    message = email.parser.BytesParser().parsebytes(raw)
    return {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in message.get_payload()
    }


IMAGE_TO_IMAGE_ACTIONS = (
    "$.components.schemas.CreateImageToImageRequest.discriminator",
    "$.components.schemas.CreateImageToImageRequest.anyOf",
    "$.components.schemas.CreateImageToImageRequest",
)


def test_image_to_image_sends_a_multipart_body(generate: Any) -> None:
    seen: list[dict[str, bytes]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(_multipart_fields(request))
        return httpx.Response(200, json=IMAGE_ARTIFACTS)

    for mode, extra in (
        ("IMAGE_STRENGTH", {"image_strength": 0.3}),
        ("STEP_SCHEDULE", {"step_schedule_start": 0.5, "step_schedule_end": 0.9}),
    ):
        body = CreateImageToImageRequest(
            init_image=File(payload=b"\x89PNG fake", file_name="in.png", mime_type="image/png"),
            init_image_mode=CreateImageToImageRequestInitImageMode(mode),
            prompt="a lighthouse",
            **extra,  # type: ignore[arg-type]
        )
        image_to_image.sync_detailed(client=_mock_client(handler), body=body)
        fields = seen[-1]
        assert fields["init_image"] == b"\x89PNG fake"
        assert fields["init_image_mode"] == mode.encode()
        assert fields["prompt"] == b"a lighthouse"
        for key, value in extra.items():
            assert float(fields[key]) == value

    package, _ = generate(
        "no-flat-image-to-image", build(overlay=overlay_without(*IMAGE_TO_IMAGE_ACTIONS))
    )
    result = run_with(
        package,
        """
        from fireworks_api.api.default.image_to_image import _get_kwargs
        from fireworks_api.models import ImageStrengthRequest
        from fireworks_api.types import File
        body = ImageStrengthRequest(image_strength=0.3, init_image=File(payload=b"x"))
        kwargs = _get_kwargs(body=body)
        print("files" in kwargs or "data" in kwargs or "content" in kwargs)
        """,
    )
    assert result.stdout.strip() == "False", result.stderr


def test_multipart_fields_are_never_sent_as_none(generate: Any) -> None:
    for name in ("BaseImageToImageRequest", "CreateControlNetRequest"):
        props = effective()["components"]["schemas"][name]["properties"]
        assert not [f for f, p in props.items() if p.get("nullable")]

    package, _ = generate(
        "no-multipart-nullables", build(normalisations=without_step(multipart_nullables))
    )
    result = run_with(
        package,
        """
        from fireworks_api.models import CreateControlNetRequest
        from fireworks_api.types import File
        body = CreateControlNetRequest(prompt="p", control_image=File(payload=b"x"))
        body.lora_adapter_name = None
        parts = body.to_multipart()
        print(dict((k, v[1]) for k, v in parts)["lora_adapter_name"])
        """,
    )
    assert result.stdout.strip() == "b'None'", result.stderr  # the bug: the text "None" is sent


def test_overlay_actions_all_say_why() -> None:
    for action in load_yaml(OVERLAY)["actions"]:
        assert len(action["description"].split()) >= 3, action["target"]


COMPLETION = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1700000000,
    "model": "accounts/fireworks/models/llama-v2-7b",
    "choices": [
        {
            "text": " Paris",
            "index": 0,
            "finish_reason": "stop",
            "logprobs": {
                "tokens": [" Paris"],
                "token_logprobs": [-0.31],
                "top_logprobs": [{" Paris": -0.31, " Lyon": -2.5}],
                "text_offset": [0],
            },
        }
    ],
}
TOP_LOGPROBS = (
    "$.components.schemas.CreateCompletionResponse.properties.choices.items.properties"
    ".logprobs.properties.top_logprobs.items.additionalProperties"
)


def test_top_logprobs_are_real_numbers() -> None:
    schema = {"$ref": "#/components/schemas/CreateCompletionResponse"}
    jsonschema.validate(COMPLETION, to_json_schema(schema, effective()))
    bare = build(overlay=overlay_without(TOP_LOGPROBS))
    with pytest.raises(jsonschema.ValidationError, match="is not of type 'integer'"):
        jsonschema.validate(COMPLETION, to_json_schema(schema, bare))


TOOL_CALLS = (
    "$.components.schemas.CreateChatCompletionResponse.properties.choices.items.properties"
    ".finish_reason.enum",
    "$.components.schemas.CreateChatCompletionStreamResponse.properties.choices.items.properties"
    ".finish_reason.anyOf[0].enum",
)


def test_tool_calls_is_a_finish_reason() -> None:
    answer = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                        }
                    ],
                },
            }
        ],
    }
    chunk = {**CHAT_CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}
    assert CreateChatCompletionResponse.from_dict(answer).to_dict() == answer
    assert CreateChatCompletionStreamResponse.from_dict(chunk).to_dict() == chunk
    bare = build(overlay=overlay_without(*TOOL_CALLS))
    for payload, name in (
        (answer, "CreateChatCompletionResponse"),
        (chunk, "CreateChatCompletionStreamResponse"),
    ):
        with pytest.raises(jsonschema.ValidationError, match="tool_calls"):
            jsonschema.validate(
                payload, to_json_schema({"$ref": f"#/components/schemas/{name}"}, bare)
            )


EMPTY_INPUT = (
    "$.components.schemas.CreateEmbeddingRequest.properties.input.oneOf[0]",
    "$.components.schemas.CreateEmbeddingRequest.properties.input.oneOf[0].default",
    "$.components.schemas.CreateEmbeddingRequest.properties.input.oneOf[1].items",
    "$.components.schemas.CreateEmbeddingRequest.properties.input.oneOf[1].items.default",
)


def test_embedding_input_cannot_be_empty() -> None:
    schema = {"$ref": "#/components/schemas/CreateEmbeddingRequest"}
    for empty in ("", ["ok", ""]):
        body = {"model": "nomic-ai/nomic-embed-text-v1.5", "input": empty}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(body, to_json_schema(schema, effective()))
        jsonschema.validate(
            body, to_json_schema(schema, build(overlay=overlay_without(*EMPTY_INPUT)))
        )


def test_image_parts_declare_their_media_types() -> None:
    targets = []
    for suffix, field in (("/image_to_image", "init_image"), ("/control_net", "control_image")):
        path = f"{IMAGES}{suffix}"
        content = effective()["paths"][path]["post"]["requestBody"]["content"][
            "multipart/form-data"
        ]
        assert content["encoding"][field]["contentType"] == "image/png, image/jpeg"
        targets.append(f"$.paths['{path}'].post.requestBody.content['multipart/form-data']")
    bare = build(overlay=overlay_without(*targets))
    for suffix in ("/image_to_image", "/control_net"):
        content = bare["paths"][f"{IMAGES}{suffix}"]["post"]["requestBody"]["content"]
        assert "encoding" not in content["multipart/form-data"]


def test_multipart_bodies_are_flat_objects() -> None:
    flat = effective()["components"]["schemas"]["CreateImageToImageRequest"]
    assert "allOf" not in flat and flat["type"] == "object"
    assert {"prompt", "init_image", "init_image_mode", "image_strength"} <= set(flat["properties"])
    assert flat["required"] == ["init_image", "init_image_mode"]
    assert flat["properties"]["init_image_mode"]["enum"] == ["IMAGE_STRENGTH", "STEP_SCHEDULE"]
    nested = build(normalisations=without_step(multipart_flat_bodies))
    assert "allOf" in nested["components"]["schemas"]["CreateImageToImageRequest"]
