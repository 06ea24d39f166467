"""The clients' resource classes are generated from openapi3.names.yml (codegen/resources.py):
the clients are made of them, a name that does not fit the spec stops the generation, and a new
operation reaches users, typed, with one line of names and a regeneration."""

from __future__ import annotations

import ast
import copy
import importlib
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import fireworks_api.resources as generated
import pytest
from fireworks_api.names import FRIENDLY_NAMES
from fireworks_client import AsyncFireworks, Fireworks
from fireworks_client._openapi import load_spec
from fireworks_client.resources import Datasets, Embeddings, Images, Models
from mypy import api

from codegen.generate import GenerationError, run_generator
from codegen.resources import load_hand_written, load_names

ROOT = Path(__file__).resolve().parent.parent


def test_the_names_are_the_declared_ones() -> None:
    assert dict(FRIENDLY_NAMES) == load_names()


@pytest.mark.parametrize("client_class", [Fireworks, AsyncFireworks])
def test_every_name_is_a_method_of_the_client(client_class: Any) -> None:
    client = client_class(api_key="k")
    for friendly in FRIENDLY_NAMES:
        resource, _, method = friendly.rpartition(".")
        top = resource.partition(".")[0]
        module = importlib.import_module(f"{generated.__name__}.{top}")
        target: Any = client
        for part in resource.split("."):
            target = getattr(target, part)
        assert callable(getattr(target, method)), friendly
        # the generated classes underneath each hand-written one
        assert type(target).__module__ == module.__name__ or any(
            base.__module__ == module.__name__ for base in type(target).__mro__
        ), friendly


def test_the_hand_classes_keep_only_what_the_generator_cannot_say() -> None:
    """What each hand-written class defines beyond the generated one it subclasses."""
    own = {
        cls: sorted(n for n in vars(cls) if not n.startswith("__"))
        for cls in (Embeddings, Images, Datasets, Models)
    }
    assert own[Embeddings] == ["create"]  # the same parameters, a narrower answer
    assert own[Datasets] == ["download", "upload"]  # files from and to disk, streamed
    assert own[Models] == ["download", "upload"]
    assert set(own[Images]) == {
        "control_net",
        "flux",
        "generate",
        "image_to_image",
        "kontext",
        "with_raw_response",
    }
    # the raw-response copies come with every generated method (a list's: one page of it)
    raw = Fireworks(api_key="k").responses.with_raw_response
    assert {"create", "retrieve", "list", "delete"} <= set(vars(raw))


def test_a_name_that_does_not_fit_the_spec_stops_the_generation(tmp_path: Path) -> None:
    spec = load_spec()
    names = load_names()
    with pytest.raises(GenerationError) as wrong:
        run_generator(spec, tmp_path, names={**names, "rerank.score": "scoreDocuments"})
    assert "rerank.score: the spec has no operation scoreDocuments" in str(wrong.value)
    del names["models.list"]
    with pytest.raises(GenerationError) as missing:
        run_generator(spec, tmp_path, names=names)
    assert "(listModels) has no friendly name: give it one in openapi3.names.yml" in str(
        missing.value
    )
    assert not (tmp_path / "fireworks_api").exists()  # stopped before the generator ran


# --- a new operation: one line of names ------------------------------------------------------

SCORE = {"type": "object", "required": ["id", "value"]}
SCORE["properties"] = {"id": {"type": "string"}, "value": {"type": "number"}}
ANSWER = {
    "200": {
        "description": "OK",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Score"}}},
    }
}
CREATE_SCORE = {
    "operationId": "createScore",
    "summary": "Score a query",
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
    "responses": ANSWER,
}
GET_SCORE = {
    "operationId": "getScore",
    "summary": "A score by its id",
    "parameters": [
        {"name": "score_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ],
    "responses": ANSWER,
}
NEW_NAMES = {"scores.create": "createScore", "scores.retrieve": "getScore"}

USER_CODE = """
from typing import assert_type

from fireworks_api.models import Score
from fireworks_client import AsyncFireworks, Fireworks, RawResponse


def calls(client: Fireworks) -> None:
    assert_type(client.scores.create(query="lighthouses", top_n=2), Score)
    assert_type(client.scores.retrieve("s-1"), Score)
    assert_type(client.scores.with_raw_response.create(query="q"), RawResponse[Score])


async def async_calls(client: AsyncFireworks) -> None:
    assert_type(await client.scores.create(query="lighthouses"), Score)
    assert_type(await client.scores.retrieve(score_id="s-1"), Score)


def mistakes(client: Fireworks) -> None:
    client.scores.create(query="q", top_n="2")
    client.scores.create(top_n=2)
    client.scores.retrieve(5)
"""
MISTAKES = {
    'top_n="2")': 'Argument "top_n" to "create" of "ScoresOperations" has incompatible type "str"',
    "(top_n=2)": 'Missing named argument "query" for "create" of "ScoresOperations"',
    "retrieve(5)": 'Argument 1 to "retrieve" of "ScoresOperations" has incompatible type "int"',
}

RUN_CODE = """
import sys
sys.path.insert(0, sys.argv[1])
import json
from urllib.parse import urlsplit

import fireworks_api
from fireworks_api.operations import API_ROOT, OPERATIONS
from fireworks_client import Fireworks
from fireworks_client.mock import ASGISyncTransport, create_app

assert fireworks_api.__file__.startswith(sys.argv[1]), fireworks_api.__file__
with open(fireworks_api.__path__[0] + "/openapi.json", encoding="utf-8") as file:
    spec = json.load(file)
app = create_app(spec=spec, operations=OPERATIONS)
client = Fireworks(
    api_key="k",
    base_url="http://mock" + urlsplit(API_ROOT).path,
    transport=ASGISyncTransport(app),
)
score = client.scores.create(query="lighthouses", top_n=2)
print(type(score).__name__, isinstance(score.value, float))
raw = client.scores.with_raw_response.retrieve("s-1")
print(raw.http_response.request.url.path, type(raw.parse()).__name__)
"""


def test_a_new_operation_needs_one_line_of_names(tmp_path: Path) -> None:
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["Score"] = SCORE
    spec["paths"]["/inference/v1/scores"] = {"post": CREATE_SCORE}
    spec["paths"]["/inference/v1/scores/{score_id}"] = {"get": GET_SCORE}
    package, _ = run_generator(spec, tmp_path, names={**load_names(), **NEW_NAMES})

    # mypy --strict on a user's code, with the regenerated package and the hand-written client
    source = tmp_path / "user_code.py"
    source.write_text(USER_CODE, encoding="utf-8")
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    config = config.replace(
        'mypy_path = "generated:overlay"', f'mypy_path = "{tmp_path}:{ROOT / "overlay"}"'
    )
    assert str(tmp_path) in config
    (tmp_path / "mypy.toml").write_text(config, encoding="utf-8")
    out, err, status = api.run(
        [
            "--config-file",
            str(tmp_path / "mypy.toml"),
            "--cache-dir",  # its own: the regenerated modules must not replace the repo's
            str(ROOT / ".mypy_cache" / "new-operation"),
            str(source),
        ]
    )
    errors = [line for line in (out + err).splitlines() if ": error:" in line]
    # The modules this project's codegen writes type-check strictly (those of
    # openapi-python-client do not, and are found as installed, silenced, in `make lint`).
    ours = ("user_code.py:", "fireworks_api/resources/", "fireworks_api/names.py:")
    errors = [e for e in errors if any(name in e for name in ours)]
    assert status == 1, out + err
    assert len(errors) == len(MISTAKES), out + err
    lines = USER_CODE.splitlines()
    for call, expected in MISTAKES.items():
        (line,) = [n for n, text in enumerate(lines, 1) if call in text]
        assert any(f"user_code.py:{line}: error: {expected}" in e for e in errors), out + err

    # and it runs: the client calls the new operations, against the mock made from the spec
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(RUN_CODE), str(package.parent)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["Score True", "/inference/v1/scores/s-1 Score"]


# --- one way down ------------------------------------------------------------------------------

OVERLAY = ROOT / "overlay" / "fireworks_client"
GENERATED = ROOT / "generated" / "fireworks_api"


def _imports(path: Path) -> set[str]:
    """The modules ``path`` imports, at run time (TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])

    visit(tree.body)
    return found


def test_the_runtime_never_imports_a_generated_resource_module() -> None:
    """The request path, settings, senders, streams and errors (every module of the client but
    the hand resources) import no resource module of fireworks_api; the clients import only
    its face, which imports nothing of the client at run time."""
    runtime = [p for p in OVERLAY.rglob("*.py") if "resources" not in p.relative_to(OVERLAY).parts]
    offenders = {
        str(p.relative_to(OVERLAY)): sorted(
            m for m in _imports(p) if m.startswith(generated.__name__ + ".")
        )
        for p in runtime
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert not any(
        m.startswith("fireworks_client") for m in _imports(GENERATED / "resources" / "__init__.py")
    )


def test_no_module_writes_sys_modules() -> None:
    writes = re.compile(r"(del\s+(_?sys)\.modules\[|(_?sys)\.modules\[[^]]+\]\s*=)")
    found = [
        f"{p}:{n}"
        for folder in (OVERLAY, GENERATED, ROOT / "codegen")
        for p in folder.rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if writes.search(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    "first",
    ["fireworks_api.resources.images", "fireworks_api.resources", "fireworks_client.resources"],
)
def test_either_package_imports_first(first: str) -> None:
    """No cycle: a resource module, the face or the hand resources imported before the client
    load once, and the client's resources are their classes."""
    code = (
        f"import importlib, sys\nimportlib.import_module({first!r})\n"
        "import fireworks_api.resources.images as images\n"
        "from fireworks_client import Fireworks\n"
        "from fireworks_client.resources import Images\n"
        "client = Fireworks(api_key='k')\n"
        "assert isinstance(client.images, images.ImagesOperations)\n"
        "assert type(client.images) is Images\n"
        "assert sys.modules['fireworks_api.resources.images'] is images\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_hand_written_methods_are_added_not_overridden() -> None:
    """A name declared `hand: true` has its endpoint generated and no generated method: the
    hand class adds the method (no override with another signature)."""
    from fireworks_api.names import HAND_WRITTEN  # noqa: PLC0415

    client = Fireworks(api_key="k")
    assert load_hand_written() == HAND_WRITTEN
    for friendly in HAND_WRITTEN:
        resource, _, method = friendly.rpartition(".")
        module = importlib.import_module(f"{generated.__name__}.{resource.partition('.')[0]}")
        target: Any = client
        for part in resource.split("."):
            target = getattr(target, part)
        generated_classes = [c for c in type(target).__mro__ if c.__module__ == module.__name__]
        assert generated_classes, friendly
        assert not any(method in vars(c) for c in generated_classes), friendly
        assert callable(getattr(target, method)), friendly
        assert hasattr(module, friendly.upper().replace(".", "_")), friendly  # its endpoint
