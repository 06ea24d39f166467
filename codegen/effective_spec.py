"""Build the effective spec: the upstream documents merged as ``openapi3.sources.yml`` declares
(today's ``openapi3.yml`` and the parts kept under ``upstream/``), generic normalisations, the
declared corrections in ``openapi3.overlay.yml``; validated with openapi-spec-validator
(OpenAPI 3.1).

    python -m codegen.effective_spec --out build/openapi.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from codegen.normalise import NORMALISATIONS, normalise, single_server
from codegen.overlay import apply_overlay
from codegen.sources import merge_sources

__all__ = ["ROOT", "SpecError", "build", "dumps", "load_yaml", "validate"]

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "openapi3.overlay.yml"


class SpecError(ValueError):
    """The effective spec is not a valid OpenAPI 3.1 document."""


def load_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return data


def _null_defaults(node: Any, where: str = "$") -> list[str]:
    """``default: null`` on a schema that does not allow null, with its location: the
    validator reports these without saying where they are."""
    found: list[str] = []
    if isinstance(node, dict):
        kind = node.get("type")
        allows_null = kind == "null" or (isinstance(kind, list) and "null" in kind)
        if isinstance(kind, str | list) and node.get("default", 0) is None and not allows_null:
            found.append(f"{where}: default is null but the schema does not allow null")
        for key, value in node.items():
            found += _null_defaults(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _null_defaults(value, f"{where}[{i}]")
    return found


def validate(doc: dict[str, Any]) -> None:
    try:
        errors = sorted(
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in OpenAPIV31SpecValidator(doc).iter_errors()
        )
    except ValueError as exc:  # the validator cannot even read it (integer keys, say)
        raise SpecError(f"the effective spec cannot be validated: {exc}") from exc
    if errors:
        errors += _null_defaults(doc.get("components", {}), "$.components")
        raise SpecError("the effective spec is invalid:\n  " + "\n  ".join(errors))


def build(
    upstream: dict[str, Any] | None = None,
    overlay: dict[str, Any] | None = None,
    normalisations: tuple[Any, ...] = NORMALISATIONS,
    last: tuple[Any, ...] = (single_server,),
) -> dict[str, Any]:
    """The effective spec. Tests pass a changed overlay or fewer normalisations to show what
    each correction is for. ``last`` runs after the corrections (which name the paths as
    upstream writes them)."""
    doc = normalise(upstream if upstream is not None else merge_sources(), normalisations)
    doc = apply_overlay(doc, overlay if overlay is not None else load_yaml(OVERLAY))
    # Again, so that schemas the overlay declares get the same treatment (all are idempotent).
    doc = normalise(doc, normalisations)
    doc = normalise(doc, last)
    validate(doc)
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON")
    args = parser.parse_args(argv)
    try:
        text = dumps(build())
    except (SpecError, ValueError) as exc:
        print(f"effective spec: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
