"""Generic normalisations applied to the upstream document before the declared corrections.

They fix whole classes of problems rather than one place in the file, so that a newer upstream
file with the same habits is handled without new corrections.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "HTTP_METHODS",
    "NORMALISATIONS",
    "common_base",
    "component_names",
    "multipart_flat_bodies",
    "multipart_nullables",
    "normalise",
    "nullable_keyword",
    "open_answers",
    "prose_titles",
    "single_server",
    "string_response_codes",
]

_SCHEMA_REF = "#/components/schemas/"
# The keys of a path item that are operations (the others: servers, parameters, summary ...).
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# Keys that describe a schema rather than constrain its type; they stay on the outer schema.
_ANNOTATIONS = {"description", "title", "default", "example", "deprecated", "readOnly", "writeOnly"}


def string_response_codes(doc: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI requires response codes to be strings; YAML reads ``200:`` as an integer and
    openapi-python-client then refuses the whole document."""
    for item in doc.get("paths", {}).values():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation.get("responses"), dict):
                operation["responses"] = {str(k): v for k, v in operation["responses"].items()}
    return doc


def _refs(node: Any) -> set[str]:
    """Names of the component schemas that ``node`` refers to, directly."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            found.add(ref[len(_SCHEMA_REF) :])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _closure(doc: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = doc.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = set().union(*(_refs(r) for r in roots)) if roots else set()
    while todo:
        name = todo.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            todo |= _refs(schemas[name])
    return seen


def _body_schemas(doc: dict[str, Any], multipart: bool) -> list[Any]:
    out = []
    for item in doc.get("paths", {}).values():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                if (media == "multipart/form-data") == multipart:
                    out.append(content.get("schema"))
    return out


def multipart_nullables(doc: dict[str, Any]) -> dict[str, Any]:
    """Drop ``nullable`` from the fields of multipart/form-data bodies.

    A form field has no null: it is sent or left out. openapi-python-client 0.29.1's own
    model template sends ``str(None)``, the text "None", for a null field (the adapter named
    "None" for ``lora_adapter_name``); ours (codegen/templates) leaves a None out, and this
    keeps the request parameters from admitting a None a form cannot carry.
    """
    multipart = _closure(doc, _body_schemas(doc, multipart=True))
    json_side = _closure(doc, [*_body_schemas(doc, multipart=False), *_responses(doc)])
    schemas = doc.get("components", {}).get("schemas", {})
    for name in sorted(multipart):
        fields = [
            field
            for part in [schemas[name], *schemas[name].get("allOf", [])]
            for field in part.get("properties", {}).values()
            if isinstance(field, dict) and "nullable" in field
        ]
        if fields and name in json_side:
            # Dropping nullable here would change a JSON body or response too.
            raise ValueError(f"{name} has nullable fields and is used by multipart and JSON alike")
        for field in fields:
            del field["nullable"]
    return doc


def multipart_flat_bodies(doc: dict[str, Any]) -> dict[str, Any]:
    """A multipart body schema built with ``allOf`` becomes one object with the merged fields.

    A form is flat by nature, and tools handle a plain object better: schemathesis applies a
    field's multipart ``encoding`` and keeps enum constraints only on a plain object.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    for body in _body_schemas(doc, multipart=True):
        name = str(body.get("$ref", "")).removeprefix(_SCHEMA_REF)
        schema = schemas.get(name)
        if not schema or "allOf" not in schema:
            continue
        properties: dict[str, Any] = {}
        required: list[str] = []
        for member in schema["allOf"]:
            part_name = str(member.get("$ref", "")).removeprefix(_SCHEMA_REF)
            part = schemas.get(part_name, member)
            if "allOf" in part or "anyOf" in part or "oneOf" in part:
                where = part_name or "allOf"
                raise ValueError(f"{name}: cannot flatten a nested composition in {where}")
            for field, value in part.get("properties", {}).items():
                # Both parts apply (allOf): keywords add up; the same keyword twice must agree.
                known = properties.get(field, {})
                clash = [k for k in known.keys() & value.keys() if known[k] != value[k]]
                if clash:
                    keys = ", ".join(sorted(clash))
                    raise ValueError(f"{name}.{field}: allOf parts disagree on {keys}")
                properties[field] = {**known, **value}
            required += [r for r in part.get("required", []) if r not in required]
        flat = {k: v for k, v in schema.items() if k != "allOf"}
        flat.update({"type": "object", "properties": properties})
        if required:
            flat["required"] = required
        schemas[name] = flat
    return doc


def _responses(doc: dict[str, Any]) -> list[Any]:
    out: list[Any] = [doc.get("components", {}).get("responses", {})]
    for item in doc.get("paths", {}).values():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                out.append(operation.get("responses", {}))
    return out


_COMPOSITIONS = ("allOf", "anyOf", "oneOf")


def _open(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
        for value in node.values():
            _open(value)
    elif isinstance(node, list):
        for value in node:
            _open(value)


def open_answers(doc: dict[str, Any]) -> dict[str, Any]:
    """No ``additionalProperties: false`` in what the service answers.

    Today's document closes most answer schemas. A client must take a field the service adds
    tomorrow (and ``system_fingerprint``, which it sends today) as ``additional_properties``:
    the generated models of closed schemas drop such fields, and validators reject the answer.
    Request schemas stay closed: the service refuses unknown request fields. A schema that
    requests share with answers (a chat message) is opened for both.
    """
    responses = _responses(doc)
    schemas = doc.get("components", {}).get("schemas", {})
    for name in sorted(_closure(doc, responses)):
        _open(schemas[name])
    _open(responses)
    return doc


def _nullable_31(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` (which has ``nullable: true``) in the 3.1 form: the annotations stay outside,
    the rest becomes the first member of ``anyOf: [..., {type: "null"}]``."""
    outer = {k: v for k, v in node.items() if k in _ANNOTATIONS}
    inner = {k: v for k, v in node.items() if k not in _ANNOTATIONS and k != "nullable"}
    if isinstance(inner.get("enum"), list):
        inner["enum"] = [v for v in inner["enum"] if v is not None]
    if list(inner) == ["allOf"] and len(inner["allOf"]) == 1:
        inner = inner["allOf"][0]  # the 3.0 idiom for a nullable reference
    if not inner:  # nullable and nothing else: any value
        return {**outer}
    return {**outer, "anyOf": [inner, {"type": "null"}]}


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in list(node.items()):
            node[key] = _walk(value)
        if node.get("nullable") is True:
            return _nullable_31(node)
        if node.get("nullable") is False:
            del node["nullable"]
    elif isinstance(node, list):
        return [_walk(v) for v in node]
    return node


def nullable_keyword(doc: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0's ``nullable: true``, which 3.1 dropped, in the 3.1 form: ``anyOf`` with
    ``{type: "null"}``, as today's document writes its own nullables.

    The documents kept from the 3.0 era (and the 3.0 slices inside today's, rerank and
    embeddings) use it; JSON Schema tools on a 3.1 document ignore it, so schemathesis would
    send nulls nowhere and the mock would refuse the nulls the service sends. The form also
    makes openapi-python-client check for None before an enum (its issue 1405: a nullable enum
    otherwise raises on null).
    """
    components = doc.get("components", {})
    for kind in ("schemas", "responses", "parameters", "requestBodies", "headers"):
        if kind in components:
            components[kind] = _walk(components[kind])
    if "paths" in doc:
        doc["paths"] = _walk(doc["paths"])
    return doc


def common_base(urls: list[str], *, drop_last: bool = False) -> tuple[str, str]:
    """(origin, base path): the longest path prefix the URLs share at a segment boundary
    (``drop_last``: never an URL's own last segment). One origin only."""
    origins = {urlsplit(u)._replace(path="", query="", fragment="").geturl() for u in urls}
    if len(origins) > 1:
        raise ValueError(f"paths on several hosts: {sorted(origins)}")
    paths = [[seg for seg in urlsplit(u).path.split("/") if seg] for u in urls]
    common: list[str] = []
    for segments in zip(*(p[:-1] if drop_last else p for p in paths), strict=False):
        if len(set(segments)) != 1:
            break
        common.append(segments[0])
    return (origins.pop() if origins else ""), "".join(f"/{seg}" for seg in common)


def single_server(doc: dict[str, Any]) -> dict[str, Any]:
    """One server for the whole document: each path gets the base path of its own server
    (``/embeddings`` on ``.../inference/v1/`` becomes ``/v1/embeddings`` on ``.../inference``).

    Today's document puts servers on path items, with two base paths; tools given one base URL
    (``schemathesis run --url``, the generator's client) then reach half of the operations at
    the wrong path. The URLs do not change. Runs last, after the corrections, which name the
    paths as upstream writes them.
    """
    top = doc.get("servers") or [{"url": "/"}]
    urls = []
    for item in doc.get("paths", {}).values():
        servers = item.get("servers") or top
        urls.append(str(servers[0]["url"]).rstrip("/"))
    if not urls:
        return doc
    origin, base = common_base(urls)
    folded: dict[str, Any] = {}
    for (path, item), url in zip(doc.get("paths", {}).items(), urls, strict=True):
        prefix = urlsplit(url).path.rstrip("/").removeprefix(base)
        folded[prefix + path] = {k: v for k, v in item.items() if k != "servers"}
    doc["paths"] = folded
    doc["servers"] = [{"url": origin + base}]
    return doc


# A title that names its schema: up to four words of letters and digits ("Top K", "APIError",
# "CreateMessageParams"). Anything else is prose.
_NAME_TITLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3}")


def _untitle(node: Any) -> None:
    if isinstance(node, dict):
        title = node.get("title")
        if isinstance(title, str) and not _NAME_TITLE.fullmatch(title):
            del node["title"]
            description = str(node.get("description") or "")
            if title.strip() not in description:
                node["description"] = f"{title.strip()}\n\n{description}".strip()
        for key, value in node.items():
            if key not in ("properties", "example", "examples", "default", "enum", "const"):
                _untitle(value)
            elif key == "properties" and isinstance(value, dict):
                for prop in value.values():
                    _untitle(prop)
    elif isinstance(node, list):
        for value in node:
            _untitle(value)


def prose_titles(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema's ``title`` that is prose, not a name, joins its description.

    The generator names a class and its module after a schema's title; the platform document's
    titles are often its protobuf comments (``DeploymentShapePresetType``'s is seven lines,
    which made a file name too long for the file system, and others give module names of 200
    characters). Without the title, the class is named after the component or the property,
    as for any untitled schema; the words stay in the description.
    """
    _untitle(doc.get("components", {}))
    _untitle(doc.get("paths", {}))
    return doc


def component_names(doc: dict[str, Any]) -> dict[str, Any]:
    """A component schema is named by its key, never by a ``title`` that differs from it.

    The generator prefers the title; titles need not be unique, keys must be. The Anthropic
    messages document's ``AnthropicErrorResponse`` is titled ``ErrorResponse``, like the
    inference API's own ``ErrorResponse``, and ``AnthropicMessage`` ``Message``: the generator
    drops such schemas as duplicates. A title that is more than the key's words stays in the
    description.
    """
    for key, schema in doc.get("components", {}).get("schemas", {}).items():
        if isinstance(schema, dict) and isinstance(schema.get("title"), str):
            title = schema["title"]
            if title != key:
                del schema["title"]
                if not key.lower().endswith(title.replace(" ", "").lower()):
                    description = str(schema.get("description") or "")
                    if title not in description:
                        schema["description"] = f"{title}\n\n{description}".strip()
    return doc


NORMALISATIONS = (
    string_response_codes,
    component_names,
    prose_titles,
    multipart_nullables,
    multipart_flat_bodies,
    nullable_keyword,
    open_answers,
)


def normalise(doc: dict[str, Any], steps: tuple[Any, ...] = NORMALISATIONS) -> dict[str, Any]:
    for step in steps:
        doc = step(doc)
    return doc
