"""The API reference (``api.md``), written by ``make generate`` (codegen/reference.py): held
against the generated resources and parameters it describes, and its staleness caught by
``generate --check``."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from fireworks_api import params as generated_params
from fireworks_api.names import FRIENDLY_NAMES, HAND_WRITTEN
from fireworks_client._operations import Endpoint

from codegen import generate
from codegen.operations import Described, DescribedBody
from codegen.reference import REFERENCE, render_reference

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / REFERENCE).read_text(encoding="utf-8")
HEADING = re.compile(r"^### `client\.([a-z_.]+)\((.*?)\)(?: -> (.+))?`$", re.MULTILINE)


def _sections() -> dict[str, tuple[str, str | None, str]]:
    """friendly name -> (arguments, answer, the section's text)."""
    found = {}
    matches = list(HEADING.finditer(TEXT))
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(TEXT)
        found[match.group(1)] = (match.group(2), match.group(3), TEXT[match.end() : end])
    return found


SECTIONS = _sections()


def _endpoint(friendly: str) -> Endpoint[object, object]:
    module = importlib.import_module(f"fireworks_api.resources.{friendly.partition('.')[0]}")
    (endpoint,) = (
        v for v in vars(module).values() if isinstance(v, Endpoint) and v.friendly == friendly
    )
    return endpoint


def test_every_friendly_name_has_its_section_in_order() -> None:
    """In the names' order, grouped by top-level resource (first seen first)."""
    tops = list(dict.fromkeys(f.partition(".")[0] for f in FRIENDLY_NAMES))
    grouped = sorted(FRIENDLY_NAMES, key=lambda f: tops.index(f.partition(".")[0]))
    assert list(SECTIONS) == grouped
    for top in tops:
        assert f"\n## {top}\n" in TEXT
        assert f"[{top}](#{top})" in TEXT  # the table of contents


@pytest.mark.parametrize("friendly", list(FRIENDLY_NAMES))
def test_a_method_is_described_as_generated(friendly: str) -> None:
    """Its positional arguments, account and answer are the generated endpoint's; each of
    its keywords is a key of its generated TypedDict, with a row in the table."""
    arguments, answer, section = SECTIONS[friendly]
    endpoint = _endpoint(friendly)
    positional = [p for p in endpoint.path_params if p != "account_id"]
    given = [a for a in arguments.split(", ") if a]
    assert given[: len(positional)] == positional
    assert ("account_id=None" in given) == ("account_id" in endpoint.path_params)
    assert f"`{endpoint.method} " in section
    if friendly in HAND_WRITTEN:
        assert answer is None and "Written by hand" in section
    elif endpoint.answer is not None:
        assert answer is not None
        expected = f"list[{endpoint.answer}]" if endpoint.answer_array else endpoint.answer
        assert answer.split(" | ")[0] == expected
        streams = endpoint.chunk is not None or bool(endpoint.chunk_variants)
        assert streams == ("Stream[" in answer)
    rows = re.findall(r"^\| `([a-z_0-9A-Z]+)` \|", section, re.MULTILINE)
    keywords = [r for r in rows if r not in (*endpoint.path_params, "stream")]
    declared = re.search(r"`fireworks_api\.params\.(\w+)`", section)
    if declared is None:
        assert keywords == [] and "**params" not in given
        return
    typed = getattr(generated_params, declared.group(1))
    assert keywords == list(typed.__annotations__)
    assert "**params" in given


def test_a_field_row_says_type_requirement_and_description() -> None:
    _, _, section = SECTIONS["deployments.create"]
    rows = {
        m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", section, re.MULTILINE)
    }
    assert rows["base_model"] == (
        "| `base_model` | `str` | required | The base model name. "
        "e.g. accounts/fireworks/models/falcon-7b |"
    )
    assert "read-only" in rows["state"]
    assert "`Literal['ACCELERATOR_TYPE_UNSPECIFIED', " in rows["accelerator_type"]
    assert "keyword; default: the client's" in rows["account_id"]


def _described(**kwargs: object) -> Described:
    base: dict[str, object] = {
        "operation_id": "op",
        "method": "POST",
        "url": "https://h/v1/accounts/{account_id}/things/{thing_id}:poke",
        "request": (DescribedBody("application/json", "Thing"),),
        "params": "OpParams",
        "binary_fields": (),
        "responses": {"200": (DescribedBody("application/json", "Thing"),)},
        "path_params": ("account_id", "thing_id"),
    }
    base.update(kwargs)
    return Described(**base)  # type: ignore[arg-type]


def test_render_reference_from_a_small_spec() -> None:
    spec = {
        "paths": {
            "/v1/accounts/{account_id}/things/{thing_id}:poke": {
                "post": {
                    "operationId": "op",
                    "summary": "Poke a thing. It wakes up.",
                    "parameters": [
                        {"name": "thing_id", "in": "path", "description": "The thing | id"},
                        {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"type": "string", "enum": ["A", "B"], "description": "Kind."},
                        "name": {"type": "string", "readOnly": True},
                    },
                }
            }
        },
    }
    text = render_reference(spec, {"things.poke": "op"}, [_described()])
    assert "### `client.things.poke(thing_id, *, account_id=None, **params) -> Thing`" in text
    assert "`POST /v1/accounts/{account_id}/things/{thing_id}:poke`: Poke a thing." in text
    assert "| `thing_id` | `str` | positional, required | The thing \\| id |" in text
    assert "| `kind` | `Literal['A', 'B']` | required | Kind |" in text
    assert "| `name` | `str` | optional, read-only (set by the service) |  |" in text
    assert "| `page_size` | `int` | optional |  |" in text
    assert "from fireworks_api.models import Thing" in text


def test_generate_check_catches_a_stale_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh"
    (fresh / "fireworks_api").mkdir(parents=True)
    (fresh / REFERENCE).write_text("# fresh\n", encoding="utf-8")
    checkout = tmp_path / "checkout"
    (checkout / "generated" / "fireworks_api").mkdir(parents=True)
    monkeypatch.setattr(generate, "generate_into", lambda out: fresh / "fireworks_api")
    monkeypatch.setattr(generate, "TARGET", checkout / "generated" / "fireworks_api")
    monkeypatch.setattr(generate, "ROOT", checkout)
    assert generate.main(["--check"]) == 1
    assert f"{REFERENCE} is missing" in capsys.readouterr().err
    (checkout / REFERENCE).write_text("# by hand\n", encoding="utf-8")
    assert generate.main(["--check"]) == 1
    assert f"{REFERENCE} differs from a fresh generation" in capsys.readouterr().err
    (checkout / REFERENCE).write_text("# fresh\n", encoding="utf-8")
    assert generate.main(["--check"]) == 0


def test_the_readme_links_the_reference() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"]({REFERENCE})" in readme
