"""fireworks_api/operations.py, the description of every operation: it says what the effective
spec says, follows a changed spec with no hand edit, names only classes the generator writes,
places each operation under its own server, and is what the mock and the command line use."""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import fireworks_api.models
import fireworks_api.params
import httpx
import jsonschema
import pytest
from fireworks_api.operations import API_ROOT, OPERATIONS, Body, Operation
from fireworks_client import _cli, _openapi
from fireworks_client._openapi import load_spec, object_properties, to_json_schema
from fireworks_client.mock import ASGISyncTransport, create_app
from starlette.routing import Route

from codegen.generate import run_generator
from codegen.operations import describe, event_payload, render_operations
from codegen.params import _model_name

SPEC = load_spec()
IMAGE_TO_IMAGE = "/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"
IMAGE_TO_IMAGE += "/image_to_image"


def spec_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                yield path, method, op


def server_of(spec: dict[str, Any], path: str, op: dict[str, Any]) -> str:
    """The operation's server URL: its own, its path item's, else the document's."""
    servers = op.get("servers") or spec["paths"][path].get("servers") or spec["servers"]
    return str(servers[0]["url"]).rstrip("/")


def resolved(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in item:
        section, _, name = item["$ref"].removeprefix("#/components/").partition("/")
        item = spec["components"][section][name]
    return item


def load_description(source: str) -> types.ModuleType:
    """A rendered description as a module (dataclasses look their module up while the
    classes are made)."""
    name = f"_description_{abs(hash(source))}"
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        exec(compile(source, name, "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    return module


# --- the description of today's spec ---------------------------------------------------------


def test_every_operation_in_spec_order() -> None:
    assert list(OPERATIONS) == [op["operationId"] for _, _, op in spec_operations(SPEC)]
    # One server (single_server folded the path-level ones into the paths): the service's
    # root, under which the inference API (/inference/v1) and the platform (/v1/accounts)
    # sit; the clients' root is the inference API's, as the base document has it.
    servers = {server_of(SPEC, path, op) for path, _, op in spec_operations(SPEC)}
    assert servers == {"https://api.fireworks.ai"}
    assert API_ROOT == "https://api.fireworks.ai/inference/v1"


@pytest.mark.parametrize(("path", "method", "op"), list(spec_operations(SPEC)), ids=str)
def test_the_description_says_what_the_spec_says(
    path: str, method: str, op: dict[str, Any]
) -> None:
    described = OPERATIONS[op["operationId"]]
    assert described.operation_id == op["operationId"]
    assert described.method == method.upper()
    server = server_of(SPEC, path, op)
    root = "https://api.fireworks.ai" if described.service_root else API_ROOT
    assert root + described.path == server + path
    assert described.service_root == (not path.startswith("/inference/v1/"))
    assert described.url_path == urlsplit(server).path + path
    body = resolved(SPEC, op["requestBody"]) if "requestBody" in op else {"content": {}}
    assert [b.content_type for b in described.request] == list(body["content"])
    declared = [resolved(SPEC, p) for p in op.get("parameters", [])]
    query = [p["name"] for p in declared if p["in"] == "query"]
    path_params = [p["name"] for p in declared if p["in"] == "path"]
    assert (described.query_params, described.path_params) == (tuple(query), tuple(path_params))
    assert (described.params is None) == (not body["content"] and not query)
    binary = set()
    for content_type, media in body["content"].items():
        if content_type == "multipart/form-data":
            props = object_properties(media["schema"], SPEC)
            binary = {n for n, p in props.items() if p.get("format") == "binary"}
    assert described.binary_fields == binary
    assert list(described.responses) == list(op["responses"])
    for status, declared in op["responses"].items():
        content = resolved(SPEC, declared).get("content", {})
        bodies = described.responses[status]
        assert [b.content_type for b in bodies] == list(content)
        for b, (content_type, media) in zip(bodies, content.items(), strict=True):
            schema = media["schema"]
            ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
            if content_type == "text/event-stream":  # the chunk inside each event
                schema = event_payload(SPEC, schema)
                ref = schema.get("$ref")
            union = resolved(SPEC, schema).get("discriminator") if ref else None
            if union is not None and content_type == "text/event-stream":
                # a union of event models (messages): each, by its discriminator's value
                assert b.model is None and b.discriminator == union["propertyName"]
                mapping = {k: f"#/components/schemas/{v}" for k, v in b.variants}
                assert mapping == union["mapping"]
            elif ref:  # the generator's class of the component (gatewayAccount: GatewayAccount)
                expected = _model_name(ref)
                assert (b.model, b.array) == (expected, schema.get("type") == "array")
            elif schema.get("type") == "object" and content_type == "application/json":
                # an inline object: the generator's own class for it
                assert b.model is not None and hasattr(fireworks_api.models, b.model)
            else:
                assert b.model is None and not b.array


def test_every_named_class_exists() -> None:
    named = {
        b.model
        for op in OPERATIONS.values()
        for b in (*op.request, *(b for bodies in op.responses.values() for b in bodies))
        if b.model is not None
    }
    flux = OPERATIONS["createFluxImage"].request[0].model
    assert flux in named and flux not in SPEC["components"]["schemas"]  # inline, generator-named
    for model in named:
        assert hasattr(getattr(fireworks_api.models, model), "from_dict"), model
    params = {op.params for op in OPERATIONS.values() if op.params is not None}
    assert params == set(fireworks_api.params.__all__)


def test_answers_of_todays_operations() -> None:
    chat = OPERATIONS["create_chat_completion_v1_chat_completions_post"]
    assert chat.json_model == "ChatCompletionResponse"
    assert chat.stream_model == "ChatCompletionStreamResponse"
    assert OPERATIONS["createEmbedding"].stream_model is None
    images = OPERATIONS["imageToImage"]
    assert images.success == (
        Body("image/png", None),
        Body("image/jpeg", None),
        Body("application/json", "ImageArtifact", array=True),
    )
    assert images.json_model == "ImageArtifact" and images.binary_fields == {"init_image"}
    assert images.request == (Body("multipart/form-data", "CreateImageToImageRequest"),)
    assert images.responses["400"] == (Body("application/json", "ErrorResponse"),)


def test_the_module_imports_nothing_heavy() -> None:
    code = """
        import sys
        before = set(sys.modules)
        import fireworks_api.operations
        print(" ".join(sorted(set(sys.modules) - before)))
    """
    loaded = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "fireworks_api.operations" in loaded
    heavy = [m for m in loaded if m.split(".")[0] in ("httpx", "attr", "attrs", "dateutil")]
    assert heavy == [] and "fireworks_api.models" not in loaded


# --- a changed spec ---------------------------------------------------------------------------

SCORE: dict[str, Any] = {
    # A path-level server, as today's document writes them.
    "servers": [{"url": "https://api.fireworks.ai/inference"}],
    "post": {
        "operationId": "createScore",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["query"],
                        "properties": {"query": {"type": "string"}, "top_n": {"type": "integer"}},
                    }
                }
            },
        },
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["scores"],
                            "properties": {
                                "scores": {"type": "array", "items": {"type": "number"}}
                            },
                        }
                    },
                    # Not the first content type: the generator makes no class of it.
                    "text/event-stream": {
                        "schema": {"type": "object", "properties": {"x": {"type": "string"}}}
                    },
                },
            },
            "4XX": {"$ref": "#/components/responses/BadRequest"},
            "default": {"description": "anything else"},
        },
    },
}


def changed_spec() -> dict[str, Any]:
    """Today's spec with a new operation and a new file field in image-to-image."""
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/score"] = copy.deepcopy(SCORE)
    request = spec["components"]["schemas"]["CreateImageToImageRequest"]
    request["properties"]["mask_image"] = {"type": "string", "format": "binary"}
    return spec


def test_a_changed_spec_shows_up_in_a_regenerated_description() -> None:
    before = load_description(render_operations(SPEC))
    after = load_description(render_operations(changed_spec()))
    assert before.OPERATIONS["imageToImage"].binary_fields == {"init_image"}
    assert after.OPERATIONS["imageToImage"].binary_fields == {"init_image", "mask_image"}
    assert "createScore" not in before.OPERATIONS
    score = after.OPERATIONS["createScore"]
    assert score == after.Operation(
        operation_id="createScore",
        method="POST",
        path="/score",
        url_path="/inference/v1/score",
        request=(after.Body("application/json", "CreateScoreBody"),),
        params="CreateScoreParams",
        binary_fields=frozenset(),
        responses={
            "200": (
                after.Body("application/json", "CreateScoreResponse200"),
                # no x-fireworks-sse: plain server-sent events, ended by the body's end
                after.Body("text/event-stream", None, events=after.EventStream(None, None, None)),
            ),
            "4XX": (after.Body("application/json", "ErrorResponse"),),
            "default": (),
        },
    )
    assert score.json_model == "CreateScoreResponse200" and score.stream_model is None
    # everything else as it was
    for name, op in before.OPERATIONS.items():
        if name != "imageToImage":
            assert repr(after.OPERATIONS[name]) == repr(op)  # classes of two modules


def test_the_regenerated_package_has_every_class_its_description_names(tmp_path: Path) -> None:
    package, _ = run_generator(changed_spec(), tmp_path, fail_on_warning=False)
    code = f"""
        import sys
        sys.path.insert(0, {str(package.parent)!r})
        import fireworks_api.models, fireworks_api.params
        from fireworks_api.operations import OPERATIONS
        assert fireworks_api.__file__.startswith({str(package)!r}), fireworks_api.__file__
        named = set()
        for op in OPERATIONS.values():
            for b in (*op.request, *(b for bodies in op.responses.values() for b in bodies)):
                if b.model:
                    assert hasattr(getattr(fireworks_api.models, b.model), "from_dict"), b.model
                    named.add(b.model)
            if op.params:
                getattr(fireworks_api.params, op.params)
        print(" ".join(sorted(named)))
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert {"CreateScoreBody", "CreateScoreResponse200"} <= set(result.stdout.split())


def test_the_mock_serves_an_operation_added_to_the_spec() -> None:
    spec = changed_spec()
    description = load_description(render_operations(spec))
    ops = description.OPERATIONS
    app = create_app(spec=spec, operations=ops)
    with httpx.Client(
        transport=ASGISyncTransport(app),
        base_url="http://mock" + urlsplit(description.API_ROOT).path,
        headers={"Authorization": "Bearer k"},
    ) as client:
        answer = client.post("/score", json={"query": "lighthouses", "top_n": 2})
        assert answer.status_code == 200, answer.text
        schema = SCORE["post"]["responses"]["200"]["content"]["application/json"]["schema"]
        jsonschema.validate(answer.json(), to_json_schema(schema, spec))
        rejected = client.post("/score", json={"top_n": 2})
        assert rejected.status_code == 400 and "query" in rejected.json()["error"]["message"]
        assert client.get("/models").status_code == 200
    # The routes are the description's operations, at their servers' paths: the same spec
    # with today's description serves no /score.
    served = {
        (name, method, r.path)
        for r in app.routes
        if isinstance(r, Route)
        for method, _, name in (entry.partition(":") for entry in r.name.split())
        if name in ops
    }
    assert served == {(n, op.method, op.url_path) for n, op in ops.items()}
    today = create_app(spec=spec)
    with httpx.Client(transport=ASGISyncTransport(today), base_url="http://mock") as client:
        headers = {"Authorization": "Bearer k"}
        assert (
            client.post("/inference/v1/score", json={"query": "q"}, headers=headers).status_code
            == 404
        )


def test_the_command_line_takes_its_options_from_the_spec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = copy.deepcopy(SPEC)
    fields = spec["components"]["schemas"]["CreateEmbeddingRequest"]["properties"]
    fields["encoding_format"] = {"type": "string", "enum": ["float", "base64"]}
    fields["normalize"] = {"type": "boolean"}
    fields["metadata"] = {"type": "object"}  # no scalar: no option
    monkeypatch.setattr(_openapi, "load_spec", lambda: copy.deepcopy(spec))
    args = _cli._parser().parse_args(
        ["embed", "--encoding-format", "base64", "--no-normalize", "--dimensions", "8", "hi"]
    )
    assert _cli._params(args, "embeddings.create") == {
        "model": _cli.DEFAULT_EMBED_MODEL,
        "encoding_format": "base64",
        "normalize": False,
        "dimensions": 8,
    }
    with pytest.raises(SystemExit):
        _cli._parser().parse_args(["embed", "--metadata", "{}", "hi"])
    with pytest.raises(SystemExit):  # choices come from the enum
        _cli._parser().parse_args(["embed", "--encoding-format", "hex", "hi"])


def test_the_command_line_refuses_an_option_of_the_other_operation() -> None:
    args = _cli._parser().parse_args(["image", "a lighthouse", "--image-strength", "0.3"])
    with pytest.raises(_cli.UsageError, match="--image-strength"):
        _cli._params(args, "images.generate")
    assert _cli._params(args, "images.image_to_image") == {
        "init_image_mode": "IMAGE_STRENGTH",
        "image_strength": 0.3,
    }


# --- servers ----------------------------------------------------------------------------------


def small_spec(**paths: Any) -> dict[str, Any]:
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [],
        "paths": {
            path: {
                **({"servers": [{"url": server}]} if server else {}),
                "post": {"operationId": name, "responses": ok},
            }
            for name, (server, path) in paths.items()
        },
    }


def test_upstream_2026_path_level_servers_with_different_base_paths() -> None:
    # As upstream: chat under .../inference + /v1/..., embeddings under .../inference/v1/.
    spec = small_spec(
        create_chat_completion_v1_chat_completions_post=(
            "https://api.fireworks.ai/inference",
            "/v1/chat/completions",
        ),
        createEmbedding=("https://api.fireworks.ai/inference/v1/", "/embeddings"),
    )
    module = load_description(render_operations(spec))
    assert module.API_ROOT == "https://api.fireworks.ai/inference/v1"
    chat, embed = (
        module.OPERATIONS["create_chat_completion_v1_chat_completions_post"],
        module.OPERATIONS["createEmbedding"],
    )
    assert (chat.url_path, chat.path) == ("/inference/v1/chat/completions", "/chat/completions")
    assert (embed.url_path, embed.path) == ("/inference/v1/embeddings", "/embeddings")


def test_an_operations_own_server_comes_first_and_variables_take_their_defaults() -> None:
    spec = small_spec(
        a=("https://api.fireworks.ai/inference/v1", "/a"), b=("https://api.fireworks.ai/x", "/b")
    )
    spec["servers"] = [{"url": "https://elsewhere.example/"}]
    spec["paths"]["/b"]["post"]["servers"] = [
        {
            "url": "https://{host}/inference/{v}",
            "variables": {"host": {"default": "api.fireworks.ai"}, "v": {"default": "v1"}},
        }
    ]
    module = load_description(render_operations(spec))
    assert module.API_ROOT == "https://api.fireworks.ai/inference/v1"
    assert module.OPERATIONS["b"].url_path == "/inference/v1/b"
    del spec["paths"]["/a"]["servers"]  # now on the document's server, another host
    with pytest.raises(ValueError, match="several hosts"):
        render_operations(spec)


def test_an_operation_without_operation_id_is_an_error() -> None:
    spec = small_spec(a=("https://api.fireworks.ai/v1", "/a"))
    del spec["paths"]["/a"]["post"]["operationId"]
    with pytest.raises(ValueError, match="POST /a has no operationId"):
        describe(spec)


def test_description_of_an_operation_is_plain_data() -> None:
    op = OPERATIONS["createEmbedding"]
    assert isinstance(op, Operation)
    with pytest.raises(AttributeError):
        op.path = "/elsewhere"  # type: ignore[misc]
    with pytest.raises(TypeError):
        OPERATIONS["x"] = op  # type: ignore[index]
    with pytest.raises(TypeError):
        op.responses["200"] = ()  # type: ignore[index]
