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

import fireworks_client as fw
import httpx
import jsonschema
import pytest
import yaml
from fireworks_api.models import (
    ChatCompletionResponseChoice,
    ChatCompletionStreamResponse,
    ErrorResponse,
    ImageArtifact,
    ListModelsResponse,
    LogProbs,
    NewLogProbs,
)

from codegen.effective_spec import OVERLAY, SpecError, build, dumps, load_yaml, validate
from codegen.generate import TARGET, run_generator
from codegen.normalise import (
    NORMALISATIONS,
    multipart_flat_bodies,
    multipart_nullables,
    normalise,
    nullable_keyword,
    open_answers,
    string_response_codes,
)
from codegen.operations import event_payload
from codegen.overlay import OverlayError
from codegen.sources import ROOT, SourcesError, merge_sources
from tests._oas import object_properties, to_json_schema

# As upstream writes them (the corrections' targets), and in the effective spec (one server).
IMAGES = "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"
V1 = "/inference/v1"  # the inference API under the effective spec's one server (the service root)

# What the service sends (seed 001, spec-facts.md and the OpenAI stream format it follows).
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
        for method, op in item.items()
        if method != "servers"
        for code in op["responses"]
    )
    merged = normalise(merge_sources(), without_step(string_response_codes))
    with pytest.raises(SpecError, match="cannot be validated"):
        validate(merged)


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


NAMED_OPERATIONS = (
    "$.paths['/embeddings'].post",
    "$.paths['/v1/responses'].get",
    "$.paths['/v1/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image'].post",
    "$.paths['/v1/workflows/accounts/fireworks/models/{model}'].post",
    "$.paths['/v1/workflows/accounts/fireworks/models/{model}/get_result'].post",
)
SDXL_NAMES = tuple(
    f"$.paths['{IMAGES}{suffix}'].post" for suffix in ("", "/image_to_image", "/control_net")
)


def test_every_operation_has_an_operation_id() -> None:
    def missing(spec: dict[str, Any]) -> list[str]:
        return [
            p
            for p, item in spec["paths"].items()
            for method, op in item.items()
            if method != "servers" and "operationId" not in op
        ]

    assert missing(effective()) == []
    kontext = NAMED_OPERATIONS[3]
    others = [t for t in NAMED_OPERATIONS if t != kontext]
    assert len(missing(build(overlay=overlay_without(*others)))) == 4
    # Later corrections find these operations by name: without the names, they say so.
    with pytest.raises(OverlayError, match=r"createKontextRequest.*selects nothing"):
        build(overlay=overlay_without(kontext))
    with pytest.raises(OverlayError, match=r"generateImage.*selects nothing"):
        build(overlay=overlay_without(*SDXL_NAMES))


def test_the_sdxl_operations_are_deprecated() -> None:
    spec = effective()
    for suffix in ("", "/image_to_image", "/control_net"):
        assert spec["paths"][f"{V1}{IMAGES}{suffix}"]["post"]["deprecated"] is True
    assert not [
        op["operationId"]
        for path, item in spec["paths"].items()
        if not path.startswith("/inference/v1/image_generation")
        for method, op in item.items()
        if method != "servers" and op.get("deprecated")
    ]


# --- streams -----------------------------------------------------------------------------------

STREAMS = (
    "$.paths['/v1/chat/completions','/v1/completions'].post.responses['200']"
    ".content['text/event-stream']"
)


STREAM_EVENTS = (
    STREAMS + ".schema",
    "$.paths['/v1/chat/completions'].post.responses['200'].content['text/event-stream']",
    "$.paths['/v1/completions'].post.responses['200'].content['text/event-stream']",
)


def test_streams_are_described_as_tools_read_them() -> None:
    """Each event's shape is the schema (as OpenAPI 3.2 and schemathesis read it), the chunk
    the JSON content of its data, [DONE] the end, an in-band error possible."""
    spec = effective()
    for path, chunk in (
        ("/inference/v1/chat/completions", "ChatCompletionStreamResponse"),
        ("/inference/v1/completions", "CompletionStreamResponse"),
    ):
        stream = spec["paths"][path]["post"]["responses"]["200"]["content"]["text/event-stream"]
        assert event_payload(spec, stream["schema"]) == {"$ref": f"#/components/schemas/{chunk}"}
        assert stream["x-fireworks-sse"]["terminator"] == "[DONE]"
        event = to_json_schema(stream["schema"], spec)
        for data in (json.dumps(CHAT_CHUNK), "[DONE]"):
            jsonschema.validate({"data": data, "event": "message"}, event)
        with pytest.raises(jsonschema.ValidationError):  # what the tools saw before: the chunk
            jsonschema.validate(CHAT_CHUNK, event)
    jsonschema.validate(
        COMPLETION_CHUNK,
        to_json_schema({"$ref": "#/components/schemas/CompletionStreamResponse"}, spec),
    )
    bare = build(overlay=overlay_without(*STREAM_EVENTS, STREAMS))
    for path in ("/inference/v1/chat/completions", "/inference/v1/completions"):
        content = bare["paths"][path]["post"]["responses"]["200"]["content"]
        assert "x-fireworks-sse" not in content["text/event-stream"]
        # upstream's: the chunk as the event, which rejects every event a tool reads
        event = to_json_schema(content["text/event-stream"]["schema"], bare)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"data": "[DONE]", "event": "message"}, event)


TOOL_CALL_INDEX = "$.components.schemas.ChatCompletionMessageToolCall.properties"


def test_tool_call_deltas_have_a_typed_index(generate: Any) -> None:
    chunk = {
        **CHAT_CHUNK,
        "choices": [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {"index": 1, "id": "call_2", "function": {"name": "f", "arguments": ""}}
                    ]
                },
                "finish_reason": None,
            }
        ],
    }
    parsed = ChatCompletionStreamResponse.from_dict(chunk)
    (call,) = parsed.choices[0].delta.tool_calls  # type: ignore[union-attr,misc]
    assert call.index == 1 and "index" not in call.additional_properties
    package, _ = generate("no-tool-call-index", build(overlay=overlay_without(TOOL_CALL_INDEX)))
    result = run_with(
        package,
        f"""
        from fireworks_api.models import ChatCompletionStreamResponse as C
        call = C.from_dict({chunk!r}).choices[0].delta.tool_calls[0]
        print(hasattr(call, "index"), call.additional_properties.get("index"))
        """,
    )
    assert result.stdout.split() == ["False", "1"], result.stderr  # only as an untyped extra


TEMPERATURE = (
    "$.components.schemas['ChatCompletionRequest','CompletionRequest'].properties.temperature"
    ".anyOf[?(@.type == 'number')]"
)


def test_temperature_keeps_its_stated_range() -> None:
    for name in ("ChatCompletionRequest", "CompletionRequest"):
        schema = to_json_schema({"$ref": f"#/components/schemas/{name}"}, effective())[
            "properties"
        ]["temperature"]
        jsonschema.validate(2, schema)
        jsonschema.validate(None, schema)
        with pytest.raises(jsonschema.ValidationError, match="maximum"):
            jsonschema.validate(9, schema)
        bare = to_json_schema(
            {"$ref": f"#/components/schemas/{name}"}, build(overlay=overlay_without(TEMPERATURE))
        )["properties"]["temperature"]
        jsonschema.validate(9, bare)  # the bug: accepted


def _mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> fw.Fireworks:
    return fw.Fireworks(
        api_key="test-token-not-a-secret",
        base_url="http://fireworks.test/inference/v1",  # the one server of the effective spec
        transport=httpx.MockTransport(handler),
        max_retries=0,
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

    result = _mock_client(handler).models.list()
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
    client = _mock_client(lambda _: httpx.Response(int(status), json=error))
    with pytest.raises(fw.APIStatusError) as raised:
        client.embeddings.create(input="hello", model="nomic-ai/nomic-embed-text-v1.5")
    assert raised.value.status_code == int(status)
    assert ErrorResponse.from_dict(raised.value.body).error.param == "input"
    assert raised.value.param == "input" and raised.value.type == "invalid_request_error"


def test_every_operation_declares_the_error_responses() -> None:
    def declared(spec: dict[str, Any]) -> set[str]:
        return {
            code
            for item in spec["paths"].values()
            for method, op in item.items()
            if method != "servers"
            for code in ERROR_CODES
            if code not in op["responses"]
        }

    spec = effective()
    assert declared(spec) == set()
    kontext = spec["paths"]["/inference/v1/workflows/accounts/fireworks/models/{model}"]["post"]
    assert "error_message" in json.dumps(kontext["responses"]["400"])  # its own, kept
    overlay = load_yaml(OVERLAY)
    bare = build(
        overlay={
            **overlay,
            "actions": [
                a
                for a in overlay["actions"]
                if not a["target"].endswith(".responses")
                and a["target"] != "$.components"
                and "responses['400','401','403','404','500']" not in a["target"]
            ],
        }
    )
    assert declared(bare) == set(ERROR_CODES)


def test_a_platform_create_declares_the_409_of_an_id_taken() -> None:
    operations = [
        op
        for item in effective()["paths"].values()
        for method, op in item.items()
        if method != "servers"
    ]
    creates = {
        op["operationId"] for op in operations if op["operationId"].startswith("Gateway_Create")
    }
    conflicts = {op["operationId"] for op in operations if "409" in op["responses"]}
    assert len(creates) == 14 and conflicts == creates


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
        with pytest.warns(DeprecationWarning, match="Stable Diffusion XL"):
            _mock_client(handler).images.image_to_image(
                init_image=b"\x89PNG fake",
                init_image_mode=mode,
                prompt="a lighthouse",
                **extra,  # type: ignore[arg-type]
            )
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
        from fireworks_api.resources.images import IMAGES_IMAGE_TO_IMAGE as endpoint
        print(sorted(endpoint.binary_fields), endpoint.request)
        """,
    )
    # Without the correction the generator finds no file field to send as a file part.
    assert result.stdout.strip() == "[] multipart/form-data", result.stderr


def test_multipart_fields_are_never_sent_as_none(generate: Any) -> None:
    for name in ("BaseImageToImageRequest", "CreateControlNetRequest"):
        props = effective()["components"]["schemas"][name]["properties"]
        assert not [f for f, p in props.items() if p.get("nullable")]

    package, _ = generate(
        "no-multipart-nullables", build(normalisations=without_step(multipart_nullables))
    )
    # The generator's own template sent the text "None" for a null form field; the model
    # template of codegen/templates leaves a None out, so without the normalisation what is
    # left of the bug is the parameter type: it admits a None, which a form cannot carry.
    params = (package / "params.py").read_text(encoding="utf-8")
    control_net = params[params.index("class CreateControlNetRequestParams") :]
    assert "lora_adapter_name: NotRequired[str | None]" in control_net
    current = (TARGET / "params.py").read_text(encoding="utf-8")
    control_net = current[current.index("class CreateControlNetRequestParams") :]
    assert "lora_adapter_name: NotRequired[str]" in control_net
    result = run_with(
        package,
        """
        from fireworks_api.models import CreateControlNetRequest
        from fireworks_api.types import File
        body = CreateControlNetRequest(prompt="p", control_image=File(payload=b"x"))
        body.lora_adapter_name = None
        print([name for name, _ in body.to_multipart()])
        """,
    )
    assert result.stdout.strip() == "['prompt', 'control_image']", result.stderr


def test_overlay_actions_all_say_why() -> None:
    for action in load_yaml(OVERLAY)["actions"]:
        assert len(action["description"].split()) >= 3, action["target"]


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
        content = effective()["paths"][V1 + path]["post"]["requestBody"]["content"][
            "multipart/form-data"
        ]
        assert content["encoding"][field]["contentType"] == "image/png, image/jpeg"
        targets.append(f"$.paths['{path}'].post.requestBody.content['multipart/form-data']")
    bare = build(overlay=overlay_without(*targets))
    for suffix in ("/image_to_image", "/control_net"):
        content = bare["paths"][f"{V1}{IMAGES}{suffix}"]["post"]["requestBody"]["content"]
        assert "encoding" not in content["multipart/form-data"]


def test_multipart_bodies_are_flat_objects() -> None:
    flat = effective()["components"]["schemas"]["CreateImageToImageRequest"]
    assert "allOf" not in flat and flat["type"] == "object"
    assert {"prompt", "init_image", "init_image_mode", "image_strength"} <= set(flat["properties"])
    assert flat["required"] == ["init_image", "init_image_mode"]
    assert flat["properties"]["init_image_mode"]["enum"] == ["IMAGE_STRENGTH", "STEP_SCHEDULE"]
    nested = build(normalisations=without_step(multipart_flat_bodies))
    assert "allOf" in nested["components"]["schemas"]["CreateImageToImageRequest"]


# --- OpenAPI 3.0 habits in a 3.1 document -----------------------------------------------------


def test_nullable_becomes_the_31_form() -> None:
    """Plain JSON Schema 2020-12, as schemathesis reads a 3.1 document: the nulls the service
    sends (an error's "param": null, a rerank result's "document": null) are valid."""
    schemas = effective()["components"]["schemas"]
    for schema in (
        schemas["Error"]["properties"]["param"],
        schemas["RerankResult"]["properties"]["document"],
    ):
        assert "nullable" not in json.dumps(schema)
        jsonschema.Draft202012Validator(schema).validate(None)
    bare = build(normalisations=without_step(nullable_keyword))["components"]["schemas"]
    with pytest.raises(jsonschema.ValidationError, match="None is not of type 'string'"):
        jsonschema.Draft202012Validator(bare["Error"]["properties"]["param"]).validate(None)


# --- the merge of the upstream documents --------------------------------------------------------


def test_todays_document_is_taken_whole() -> None:
    today = load_yaml(ROOT / "openapi3.yml")
    merged = merge_sources()
    assert {p: merged["paths"][p] for p in today["paths"]} == today["paths"]
    for kind, components in today["components"].items():
        assert {n: merged["components"][kind][n] for n in components} == components


def test_an_imported_path_keeps_its_server_and_security() -> None:
    legacy = load_yaml(ROOT / "upstream" / "fireworks-rest-api-0.0.1.yml")
    item = merge_sources()["paths"][IMAGES]
    assert item["servers"] == legacy["servers"]  # https://api.fireworks.ai/inference/v1/
    assert item["post"]["security"] == legacy["security"]
    # and everything it refers to came along
    assert "ImageResponse" in merge_sources()["components"]["responses"]


def _sources(**change: Any) -> dict[str, Any]:
    declared = yaml.safe_load((ROOT / "openapi3.sources.yml").read_text(encoding="utf-8"))
    declared["imports"][0].update(change)
    return dict(declared)


def test_the_merge_refuses_what_it_cannot_do_faithfully(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="has no path /nowhere"):
        merge_sources(_sources(paths=["/nowhere"]))
    with pytest.raises(SourcesError, match="/embeddings: already in the base document"):
        merge_sources(_sources(paths=["/embeddings"]))
    with pytest.raises(SourcesError, match="description saying why"):
        merge_sources(_sources(description=""))
    # A component both documents define differently is named, never silently replaced.
    legacy = load_yaml(ROOT / "upstream" / "fireworks-rest-api-0.0.1.yml")
    (tmp_path / "upstream").mkdir()
    (tmp_path / "upstream" / "fireworks-rest-api-0.0.1.yml").write_text(
        yaml.safe_dump(legacy), encoding="utf-8"
    )
    (tmp_path / "openapi3.yml").write_text(
        (ROOT / "openapi3.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(SourcesError, match=r"#/components/schemas/UsageInfo: .* differently"):
        merge_sources(_sources(schemas=["UsageInfo"]), root=tmp_path)


def test_the_effective_spec_is_reproducible() -> None:
    assert dumps(build()) == dumps(build())


def test_answers_take_fields_the_service_adds(generate: Any) -> None:
    """system_fingerprint (sent today, not in today's chunk schema) reaches the user."""
    chunk = {**CHAT_CHUNK, "system_fingerprint": "fp_1"}
    assert ChatCompletionStreamResponse.from_dict(chunk).to_dict() == chunk
    request = effective()["components"]["schemas"]["ChatCompletionRequest"]
    assert request["additionalProperties"] is False  # requests stay closed
    package, _ = generate("closed-answers", build(normalisations=without_step(open_answers)))
    result = run_with(
        package,
        f"""
        from fireworks_api.models import ChatCompletionStreamResponse as C
        print(C.from_dict({chunk!r}).to_dict().get("system_fingerprint"))
        """,
    )
    assert result.stdout.strip() == "None", result.stderr  # the bug: dropped


OPENAI_LOGPROBS = {
    "content": [
        {
            "token": "Hi",
            "logprob": -0.1,
            "sampling_logprob": -0.1,
            "bytes": [72, 105],
            "token_id": 13347,
            "text_offset": 0,
            "top_logprobs": [],
        }
    ]
}


def test_the_two_logprobs_forms_are_told_apart(generate: Any) -> None:
    choice = {"index": 0, "message": {"role": "assistant", "content": "Hi"}}
    openai = ChatCompletionResponseChoice.from_dict({**choice, "logprobs": OPENAI_LOGPROBS})
    assert isinstance(openai.logprobs, NewLogProbs)
    legacy = {"tokens": ["Hi"], "token_logprobs": [-0.1], "top_logprobs": None}
    old = ChatCompletionResponseChoice.from_dict({**choice, "logprobs": legacy})
    assert isinstance(old.logprobs, LogProbs)
    package, _ = generate(
        "logprobs-forms", build(overlay=overlay_without("$.components.schemas.LogProbs"))
    )
    result = run_with(
        package,
        f"""
        from fireworks_api.models import ChatCompletionResponseChoice as C
        print(type(C.from_dict({ {**choice, "logprobs": OPENAI_LOGPROBS}!r}).logprobs).__name__)
        """,
    )
    assert result.stdout.strip() == "LogProbs", result.stderr  # the bug: read as the legacy form


LIST_LIMIT = "$.paths['/v1/responses'].get.parameters[?(@.name == 'limit')].schema"


def test_the_list_limit_keeps_its_stated_range() -> None:
    def limit(spec: dict[str, Any]) -> dict[str, Any]:
        (parameter,) = (
            p
            for p in spec["paths"]["/inference/v1/responses"]["get"]["parameters"]
            if p["name"] == "limit"
        )
        return dict(parameter["schema"])

    jsonschema.validate(100, limit(effective()))
    for wrong in (0, 101, -14188511):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(wrong, limit(effective()))
    jsonschema.validate(-14188511, limit(build(overlay=overlay_without(LIST_LIMIT))))  # the bug


def test_objects_to_embed_come_with_their_template() -> None:
    schema = {"$ref": "#/components/schemas/CreateEmbeddingRequest"}
    body = {"model": "nomic-ai/nomic-embed-text-v1.5", "input": [{"text": "a lighthouse"}]}
    with pytest.raises(jsonschema.ValidationError, match="prompt_template"):
        jsonschema.validate(body, to_json_schema(schema, effective()))
    jsonschema.validate({**body, "prompt_template": "{text}"}, to_json_schema(schema, effective()))
    jsonschema.validate({**body, "input": ["text"]}, to_json_schema(schema, effective()))
    bare = build(overlay=overlay_without("$.components.schemas.CreateEmbeddingRequest"))
    jsonschema.validate(body, to_json_schema(schema, bare))  # the gap: accepted


LOGPROBS_RANGE = (
    "$.components.schemas['ChatCompletionRequest','CompletionRequest']"
    ".properties['logprobs','top_logprobs'].anyOf[?(@.type == 'integer')]"
)


def test_logprobs_keep_their_stated_range() -> None:
    for name in ("ChatCompletionRequest", "CompletionRequest"):
        schema = {"$ref": f"#/components/schemas/{name}"}
        fields = to_json_schema(schema, effective())["properties"]
        for field in ("logprobs", "top_logprobs"):
            jsonschema.validate(5, fields[field])
            with pytest.raises(jsonschema.ValidationError):
                jsonschema.validate(1000, fields[field])
        bare = to_json_schema(schema, build(overlay=overlay_without(LOGPROBS_RANGE)))
        jsonschema.validate(1000, bare["properties"]["logprobs"])  # the bug: taken


LINKS = (
    "$.paths['/v1/responses'].post.responses['200']",
    "$.paths['/v1/workflows/accounts/fireworks/models/{model}'].post.responses['200']",
)


def test_created_items_link_to_the_operations_that_read_them() -> None:
    spec = effective()
    operation_ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method != "servers"
    }
    created = spec["paths"]["/inference/v1/responses"]["post"]["responses"]["200"]["links"]
    kontext = spec["paths"]["/inference/v1/workflows/accounts/fireworks/models/{model}"]["post"]
    links = [*created.values(), *kontext["responses"]["200"]["links"].values()]
    assert len(links) == 3 and all(link["operationId"] in operation_ids for link in links)
    assert created["GetResponse"]["parameters"] == {"response_id": "$response.body#/id"}
    bare = build(overlay=overlay_without(*LINKS))
    assert "links" not in bare["paths"]["/inference/v1/responses"]["post"]["responses"]["200"]


EXCLUSIVE = "$.components.schemas['ChatCompletionRequest','CompletionRequest']"


def test_exclusive_fields_are_said_in_the_schema() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
    schema = to_json_schema({"$ref": "#/components/schemas/ChatCompletionRequest"}, effective())
    jsonschema.validate({**body, "max_tokens": 5, "max_completion_tokens": None}, schema)
    for both in (
        {"max_tokens": 5, "max_completion_tokens": 5},
        {"reasoning_effort": "low", "thinking": {"type": "disabled"}},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({**body, **both}, schema)
    bare = build(overlay=overlay_without(EXCLUSIVE))
    loose = to_json_schema({"$ref": "#/components/schemas/ChatCompletionRequest"}, bare)
    jsonschema.validate({**body, "max_tokens": 5, "max_completion_tokens": 5}, loose)  # the gap


SDK_FIELDS = (
    "$.components.schemas.ChatCompletionRequest.properties",
    "$.components.schemas.CompletionRequest.properties",
)


def test_the_official_sdks_newer_fields_are_taken() -> None:
    # What fireworks-ai 1.2.30 sends when its user sets these (tests/probes/clients_probe.py).
    chat = {
        "model": "m",
        "messages": [{"role": "user", "content": "Hi"}],
        "prompt_cache_key": "session-1",
        "safe_tokenization": True,
        "service_tier": "priority",
    }
    completion = {"model": "m", "prompt": "Hi", "prompt_cache_key": None, "service_tier": "flex"}
    cases = [("ChatCompletionRequest", chat), ("CompletionRequest", completion)]
    for name, body in cases:
        schema = to_json_schema({"$ref": f"#/components/schemas/{name}"}, effective())
        jsonschema.validate(body, schema)
        with pytest.raises(jsonschema.ValidationError, match="'cheap' is not one of"):
            jsonschema.validate({**body, "service_tier": "cheap"}, schema)
    with pytest.raises(jsonschema.ValidationError, match="safe_tokenization"):
        jsonschema.validate(
            {**completion, "safe_tokenization": True},
            to_json_schema({"$ref": "#/components/schemas/CompletionRequest"}, effective()),
        )
    bare = build(overlay=overlay_without(*SDK_FIELDS))
    for name, body in cases:
        with pytest.raises(jsonschema.ValidationError, match="prompt_cache_key"):  # the bug
            jsonschema.validate(
                body, to_json_schema({"$ref": f"#/components/schemas/{name}"}, bare)
            )


# --- Anthropic-compatible messages ---------------------------------------------------------

MESSAGES = "/inference/v1/messages"
MESSAGE_START = {
    "type": "message_start",
    "message": {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "content": [],
        "model": "accounts/fireworks/models/kimi-k2p5",
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 12, "output_tokens": 1},
    },
}
STREAM_ERROR = {
    "type": "error",
    "error": {"type": "overloaded_error", "message": "Overloaded"},
    "request_id": None,
}


def _messages_actions(action: dict[str, Any]) -> bool:
    """The overlay's corrections of the messages endpoint (its section of the overlay)."""
    text = json.dumps(action)
    return (
        "/v1/messages" in action["target"]
        or any(name in text for name in ("AnthropicMessageServerSentEvent", "AnthropicApiKey"))
        or action["target"]
        in (
            "$.components.responses",
            "$.components.schemas.AnthropicMessage.properties",
        )
    )


def test_messages_stream_named_events_with_usage_errors_and_key_as_anthropic() -> None:
    """Its stream is declared (named events, their union, message_stop the end, the error
    event); the message carries usage; Anthropic's clients' x-api-key is a way in; its errors
    are Anthropic's shape. Without the corrections: none of these, as upstream has it."""
    spec = effective()
    op = spec["paths"][MESSAGES]["post"]
    stream = op["responses"]["200"]["content"]["text/event-stream"]
    assert event_payload(spec, stream["schema"]) == {
        "$ref": "#/components/schemas/AnthropicMessageStreamEvent"
    }
    assert stream["x-fireworks-sse"]["end_event"] == "message_stop"
    assert stream["x-fireworks-sse"]["error_event"] == "error"
    event = to_json_schema(stream["schema"], spec)
    jsonschema.validate({"event": "message_start", "data": json.dumps(MESSAGE_START)}, event)
    jsonschema.validate({"event": "error", "data": json.dumps(STREAM_ERROR)}, event)
    union = to_json_schema({"$ref": "#/components/schemas/AnthropicMessageStreamEvent"}, spec)
    jsonschema.validate(MESSAGE_START, union)
    with pytest.raises(jsonschema.ValidationError):  # a name the stream does not have
        jsonschema.validate({"event": "message_end", "data": "{}"}, event)
    message = to_json_schema({"$ref": "#/components/schemas/AnthropicMessage"}, spec)
    jsonschema.validate(MESSAGE_START["message"], message)
    assert {"AnthropicApiKey": []} in op["security"]
    for status in ERROR_CODES:
        answer = op["responses"][status]["$ref"].rpartition("/")[2]
        body = spec["components"]["responses"][answer]["content"]["application/json"]
        assert body["schema"]["$ref"].endswith("/AnthropicErrorResponse")

    overlay = load_yaml(OVERLAY)
    kept = [a for a in overlay["actions"] if not _messages_actions(a)]
    assert len(overlay["actions"]) - len(kept) == 7
    bare = build(overlay={**overlay, "actions": kept})
    bare_op = bare["paths"][MESSAGES]["post"]
    assert set(bare_op["responses"]["200"]["content"]) == {"application/json"}
    assert "usage" not in bare["components"]["schemas"]["AnthropicMessage"]["properties"]
    assert bare_op["security"] == [{"BearerAuth": []}]
    assert bare_op["responses"]["400"] == {"$ref": "#/components/responses/BadRequest"}


PAGE_SIZES = "$.paths[*][*].parameters[?(@.name == 'pageSize')].schema"


def test_a_page_size_is_never_negative() -> None:
    def sizes(spec: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            p["schema"]
            for item in spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict)
            for p in op.get("parameters", [])
            if p.get("name") == "pageSize"
        ]

    found = sizes(effective())
    assert len(found) >= 18  # every AIP-158 list of the platform
    for schema in found:
        jsonschema.validate(0, schema)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(-1, schema)
    assert all("minimum" not in s for s in sizes(build(overlay=overlay_without(PAGE_SIZES))))


UPLOAD_SIZES = "$.components.schemas[*].properties.filenameToSize"
UPLOAD_FILE = (
    "$.paths['/v1/accounts/{account_id}/datasets/{dataset_id}:upload'].post.requestBody"
    ".content['multipart/form-data'].schema"
)


def test_an_upload_names_its_files_and_their_sizes() -> None:
    def sizes(spec: dict[str, Any]) -> Any:
        return to_json_schema(
            {"$ref": "#/components/schemas/GatewayGetModelUploadEndpointBody"}, spec
        )

    schema = sizes(effective())
    jsonschema.validate({"filenameToSize": {"shards/a.bin": "12"}}, schema)
    for wrong in ({}, {"": "1"}, {"a": "twelve"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"filenameToSize": wrong}, schema)
    jsonschema.validate({"filenameToSize": {}}, sizes(build(overlay=overlay_without(UPLOAD_SIZES))))


def test_a_dataset_upload_carries_its_file() -> None:
    def form(spec: dict[str, Any]) -> Any:
        path = spec["paths"]["/v1/accounts/{account_id}/datasets/{dataset_id}:upload"]
        return path["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]

    assert form(effective())["required"] == ["file"]
    assert "required" not in form(build(overlay=overlay_without(UPLOAD_FILE)))
