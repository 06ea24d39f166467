"""The OpenAPI Overlay 1.0 applier in codegen/overlay.py."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.overlay import OverlayError, apply_overlay


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def act(target: str, **kw: Any) -> dict[str, Any]:
    return {"target": target, "description": "because a test says so", **kw}


DOC = {
    "paths": {
        "/a": {"post": {"responses": {"200": {"description": "ok"}}}},
        "/b": {"get": {"responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "X": {
                "type": "object",
                "required": ["id", "model"],
                "properties": {"id": {"type": "string"}},
            }
        }
    },
}


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    out = apply_overlay(
        DOC,
        overlay(
            act(
                "$.components.schemas.X",
                update={"type": "array", "properties": {"n": {"type": "integer"}}},
            )
        ),
    )
    x = out["components"]["schemas"]["X"]
    assert x["type"] == "array"
    assert x["properties"] == {"id": {"type": "string"}, "n": {"type": "integer"}}


def test_update_concatenates_arrays_and_appends_to_array_targets() -> None:
    out = apply_overlay(
        DOC,
        overlay(
            act("$.components.schemas.X", update={"required": ["extra"]}),
            act("$.components.schemas.X.required", update="last"),
        ),
    )
    assert out["components"]["schemas"]["X"]["required"] == ["id", "model", "extra", "last"]


def test_wildcards_and_bracketed_names() -> None:
    out = apply_overlay(
        DOC,
        overlay(
            act("$.paths.*.*.responses", update={"500": {"description": "boom"}}),
            act("$.paths['/a'].post", update={"operationId": "opA"}),
        ),
    )
    assert all("500" in item[m]["responses"] for item in out["paths"].values() for m in item)
    assert out["paths"]["/a"]["post"]["operationId"] == "opA"


def test_remove_by_name_and_by_filter() -> None:
    out = apply_overlay(
        DOC,
        overlay(
            act("$.components.schemas.X.required[?(@ == 'model')]", remove=True),
            act("$.paths['/b']", remove=True),
        ),
    )
    assert out["components"]["schemas"]["X"]["required"] == ["id"]
    assert list(out["paths"]) == ["/a"]


def test_the_input_document_is_not_changed() -> None:
    before = repr(DOC)
    apply_overlay(DOC, overlay(act("$.components.schemas.X", update={"title": "changed"})))
    assert repr(DOC) == before


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "$.paths", "update": {}}, "description is required"),
        (act("$.nothing.here", update={"a": 1}), "selects nothing"),
        (act("$.paths", update={"a": 1}, remove=True), "exactly one of update or remove"),
        (
            act(
                "$.paths",
            ),
            "exactly one of update or remove",
        ),
        (
            act("$.components.schemas.X.type", update={"a": 1}),
            "update targets must be objects or arrays",
        ),
        (
            act("$.components.schemas.X", update={"properties": ["not", "a", "map"]}),
            "cannot merge list into dict",
        ),
        (act("$[[[", update={}), "invalid JSONPath"),
        (act("$", remove=True), "cannot remove"),
    ],
)
def test_errors_name_the_action_and_the_rule(action: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message) as info:
        apply_overlay(DOC, overlay(action))
    assert str(info.value).startswith("action 1 (")


def test_only_overlay_1_0_documents() -> None:
    with pytest.raises(OverlayError, match=r"Overlay 1\.0"):
        apply_overlay(DOC, {"overlay": "2.0.0", "actions": [act("$.paths", update={})]})
    with pytest.raises(OverlayError, match="non-empty list"):
        apply_overlay(DOC, {"overlay": "1.0.0", "actions": []})
