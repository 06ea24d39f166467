"""The platform's collections, derived from the spec: the AIP paths of the operations
(``<collection>``, ``<collection>/{id}``, ``{id}:verb``), the create's id and body, the list's
field, and the lifecycle read from the resource's ``state`` enum (:data:`LIFECYCLES`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fireworks_api.operations import Operation

__all__ = ["LIFECYCLES", "Collection", "collections", "split_path"]

_ACCOUNT_ROOT = "/v1/accounts/{account_id}/"
# States in the order a resource goes through them; the first whose states its enum has.
LIFECYCLES: tuple[tuple[str, ...], ...] = (
    ("JOB_STATE_CREATING", "JOB_STATE_RUNNING", "JOB_STATE_COMPLETED"),
    ("CREATING", "READY"),
    ("DEPLOYING", "DEPLOYED"),
    ("BUILDING", "ACTIVE"),
)
_UPLOAD_LIFECYCLE = ("UPLOADING", "READY")
_FAILED = ("JOB_STATE_FAILED", "FAILED", "BUILD_FAILED")
_UPLOAD_VERBS = frozenset({"upload", "getUploadEndpoint", "validateUpload"})
# Fields a client does not set: kept from the stored resource on update.
_OWN_FIELDS = frozenset({"name", "state", "status", "createTime", "updateTime", "createdBy"})


@dataclass(frozen=True)
class Collection:
    """One AIP collection of the spec, e.g. ``deployments`` with ``deployment_id``."""

    path: str  # after the account: "deployments", "deploymentShapes/{deployment_shape_id}/versions"
    id_param: str  # "deployment_id"
    create_id: str | None  # the create's query parameter naming the new id: "deploymentId"
    # When the create's body wraps the resource ({"dataset": {...}, "datasetId": "x"}).
    wrap: str | None
    body_id: str | None
    list_field: str | None  # the array of a list's answer: "deployments"
    lifecycle: tuple[str, ...]
    failed: str | None
    gated: bool  # waits for an upload before its lifecycle's last state
    soft_delete: bool  # has :undelete
    # The resource's readOnly fields (AIP's output only): ignored when a client sends them.
    output_only: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec["components"]["schemas"][str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


def _answer_schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    answer = spec["paths"][path][method.lower()].get("responses", {}).get("200", {})
    while "$ref" in answer:
        answer = spec["components"]["responses"][str(answer["$ref"]).rsplit("/", 1)[-1]]
    schema = answer.get("content", {}).get("application/json", {}).get("schema", {})
    found: dict[str, Any] = _deref(spec, schema) or {}
    return found


def split_path(url_path: str) -> tuple[str, str | None, str | None] | None:
    """(collection path, id parameter or None, verb or None) of an account-scoped path."""
    if not url_path.startswith(_ACCOUNT_ROOT):
        return None
    rest = url_path.removeprefix(_ACCOUNT_ROOT)
    head, _, verb = rest.rpartition(":") if ":" in rest.rsplit("/", 1)[-1] else (rest, "", "")
    parts = head.split("/")
    if parts[-1].startswith("{"):
        return "/".join(parts[:-1]), parts[-1].strip("{}"), verb or None
    return head, None, verb or None


def collections(spec: dict[str, Any], operations: Mapping[str, Operation]) -> dict[str, Collection]:
    """The collections the spec can create resources in, by path."""
    found: dict[str, Collection] = {}
    by_path: dict[str, dict[tuple[str | None, str | None, str], Operation]] = {}
    for op in operations.values():
        split = split_path(op.url_path) if op.service_root else None
        if split is not None:
            path, id_param, verb = split
            by_path.setdefault(path, {})[(id_param, verb, op.method)] = op
    for path, ops in by_path.items():
        create = ops.get((None, None, "POST"))
        getter = next((o for (i, v, m), o in ops.items() if i and not v and m == "GET"), None)
        if create is None or getter is None:
            continue
        id_param = next(i for (i, v, m) in ops if i)
        resource = _answer_schema(spec, getter.path, "GET")
        state = _deref(spec, resource.get("properties", {}).get("state", {})) or {}
        enum = [str(s) for s in state.get("enum", [])]
        verbs = {v for (_, v, _) in ops if v}
        gated = bool(verbs & _UPLOAD_VERBS) and all(s in enum for s in _UPLOAD_LIFECYCLE)
        lifecycle = (
            _UPLOAD_LIFECYCLE
            if gated
            else next((life for life in LIFECYCLES if all(s in enum for s in life)), ())
        )
        lister = ops.get((None, None, "GET"))
        list_field = None
        if lister is not None:
            props = _answer_schema(spec, lister.path, "GET").get("properties", {})
            list_field = next((k for k, v in props.items() if v.get("type") == "array"), None)
        create_id = next(
            (q for q in create.query_params if q.endswith("Id") and q not in ("requestId",)), None
        )
        wrap, body_id = _wrapping(spec, create, getter)
        found[path] = Collection(
            path=path,
            id_param=id_param,
            create_id=create_id,
            wrap=wrap,
            body_id=body_id,
            list_field=list_field,
            lifecycle=lifecycle,
            failed=next((s for s in _FAILED if s in enum), None),
            gated=gated,
            soft_delete="undelete" in verbs,
            output_only=frozenset(
                k for k, v in resource.get("properties", {}).items() if v.get("readOnly")
            )
            | _OWN_FIELDS,
        )
    return found


def _ref(spec: dict[str, Any], path: str, method: str, request: bool) -> str:
    operation = spec["paths"][path][method.lower()]
    node = operation.get("requestBody", {}) if request else operation["responses"].get("200", {})
    schema = node.get("content", {}).get("application/json", {}).get("schema", {})
    return str(schema.get("$ref", ""))


def _wrapping(
    spec: dict[str, Any], create: Operation, getter: Operation
) -> tuple[str | None, str | None]:
    """The create body's field holding the resource, and its field naming the new id."""
    resource = _ref(spec, getter.path, "GET", request=False)
    if not resource or _ref(spec, create.path, "POST", request=True) == resource:
        return None, None
    body = _deref(spec, {"$ref": _ref(spec, create.path, "POST", request=True)}) or {}
    props = body.get("properties", {})
    wrap = next((k for k, v in props.items() if v.get("$ref") == resource), None)
    if wrap is None:
        return None, None
    return wrap, (f"{wrap}Id" if f"{wrap}Id" in props else None)
