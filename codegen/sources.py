"""Merge the upstream documents into one, as ``openapi3.sources.yml`` declares.

The base document (``openapi3.yml``) is taken whole. Each import names a document kept as
published under ``upstream/``, the paths to take from it (``all`` for a document that joins
whole) and further component schemas. A path
comes with every component it refers to (transitively), its document's servers when it has
none of its own, and its document's top-level security on operations that declare none, so
that it means in the merged document what it meant in its own. A component name that both
documents define must hold the same value; anything else is an error that names it.

Documents written for OpenAPI 3.0 keep their 3.0 habits (``nullable``) here; the generic
normalisations (``codegen.normalise``) turn them into the 3.1 forms afterwards.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from codegen.normalise import HTTP_METHODS, common_base

__all__ = ["API_ROOT_KEY", "SOURCES", "SourcesError", "merge_sources"]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "openapi3.sources.yml"

# Component kinds a reference can point into (#/components/<kind>/<name>).
_KINDS = ("schemas", "responses", "parameters", "requestBodies", "headers", "examples", "links")


class SourcesError(ValueError):
    """The declared merge cannot be carried out as written."""


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise SourcesError(f"{path.name}: cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise SourcesError(f"{path.name}: expected a mapping at the top level")
    return data


def _references(node: Any) -> set[tuple[str, str]]:
    """The (kind, name) of every local component reference under ``node``."""
    found: set[tuple[str, str]] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            parts = ref.removeprefix("#/components/").split("/")
            if len(parts) == 2 and parts[0] in _KINDS:
                found.add((parts[0], parts[1]))
        for value in node.values():
            found |= _references(value)
    elif isinstance(node, list):
        for value in node:
            found |= _references(value)
    return found


def _closure(
    source: dict[str, Any], roots: set[tuple[str, str]], where: str
) -> set[tuple[str, str]]:
    components = source.get("components", {})
    seen: set[tuple[str, str]] = set()
    todo = set(roots)
    while todo:
        kind, name = todo.pop()
        if (kind, name) in seen:
            continue
        if name not in components.get(kind, {}):
            raise SourcesError(f"{where}: #/components/{kind}/{name} is not defined there")
        seen.add((kind, name))
        todo |= _references(components[kind][name])
    return seen


def _import_path(item: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(item)
    if "servers" not in item and source.get("servers"):
        item["servers"] = copy.deepcopy(source["servers"])
    security = source.get("security")
    for method, operation in item.items():
        if method in HTTP_METHODS and "security" not in operation and security is not None:
            operation["security"] = copy.deepcopy(security)
    return item


def _merge_import(doc: dict[str, Any], spec: dict[str, Any], root: Path) -> None:
    name = spec.get("document")
    if not isinstance(name, str) or not str(spec.get("description", "")).strip():
        raise SourcesError("every import needs a document and a description saying why")
    source = _load(root / name)
    paths = spec.get("paths", [])
    if paths == "all":  # a document that joins whole: every path, in its own order
        paths = list(source.get("paths", {}))
    if not isinstance(paths, list):
        raise SourcesError(f"{name}: paths must be a list of paths or 'all', got {paths!r}")
    roots = {("schemas", schema) for schema in spec.get("schemas", [])}
    for path in paths:
        if path not in source.get("paths", {}):
            raise SourcesError(f"{name}: has no path {path}")
        if path in doc.setdefault("paths", {}):
            raise SourcesError(f"{path}: already in the base document; import it from one place")
        item = _import_path(source["paths"][path], source)
        doc["paths"][path] = item
        roots |= _references(item)
    for kind, component in sorted(_closure(source, roots, name)):
        value = source["components"][kind][component]
        target = doc.setdefault("components", {}).setdefault(kind, {})
        if component in target and target[component] != value:
            raise SourcesError(
                f"#/components/{kind}/{component}: {name} and the base document define it "
                "differently; import one of them under another name"
            )
        target[component] = copy.deepcopy(value)
    for scheme in {s for op in _operations(doc, paths) for r in op.get("security", []) for s in r}:
        if scheme not in doc.get("components", {}).get("securitySchemes", {}):
            raise SourcesError(f"{name}: security scheme {scheme} is not in the base document")


def _operations(doc: dict[str, Any], paths: list[str]) -> list[dict[str, Any]]:
    return [
        operation
        for path in paths
        for method, operation in doc["paths"][path].items()
        if method in HTTP_METHODS
    ]


def merge_sources(sources: dict[str, Any] | None = None, root: Path = ROOT) -> dict[str, Any]:
    """The merged document: the base with every declared import."""
    declared = sources if sources is not None else _load(SOURCES)
    base = declared.get("base")
    if not isinstance(base, str):
        raise SourcesError("base: the file name of today's document is required")
    doc = _load(root / base)
    doc[API_ROOT_KEY] = _base_root(doc)
    for spec in declared.get("imports", []):
        _merge_import(doc, spec, root)
    return doc


# Where the merged document keeps its clients' base URL (read by codegen.operations).
API_ROOT_KEY = "x-fireworks-api-root"


def _base_root(doc: dict[str, Any]) -> str:
    """The base document's API root: the common base of its operations' URLs, never an
    operation's own last segment (``https://api.fireworks.ai/inference/v1``). The clients'
    base URL is this root, where OpenAI-compatible clients point; operations imported from
    documents on another base (the platform's ``/v1/accounts/...``) are reached from the
    service's root above it."""
    top = doc.get("servers") or [{"url": "/"}]
    urls = []
    for path, item in doc.get("paths", {}).items():
        servers = item.get("servers") or top
        urls.append(str(servers[0]["url"]).rstrip("/") + path)
    origin, base = common_base(urls, drop_last=True)
    return origin + base
