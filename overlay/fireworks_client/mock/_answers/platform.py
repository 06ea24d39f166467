"""The platform API (``/v1/accounts/{account_id}/...``) served statefully, derived from the spec.

A collection (``platform_collections``: its paths, ids and lifecycle, from the spec) is
stored when the spec can create its resources, and the others keep the answers synthesised
from their schemas. Each read (get) of a resource advances it one state of its lifecycle, so a
test polls it to its end deterministically.

What a resource does beyond that is written here, once: the generic methods (create, get,
list with AIP-158 pages and AIP-160 filters, update, delete), uploads and downloads through
signed URLs served by the mock itself (``/_mock/uploads/{token}``,
``/_mock/downloads/{token}``), soft delete where the spec has ``:undelete``, scaling, cancel and
resume, and batch inference jobs, which run their input dataset's lines through the mock's own
chat completions and write an output dataset (a job may be made to expire half done, and a job
naming ``continuedFromJobName`` runs the lines its chain left).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from fireworks_api.names import FRIENDLY_NAMES
from fireworks_api.operations import OPERATIONS, Operation
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from fireworks_client.mock._answers.chat import chat_completion
from fireworks_client.mock._answers.common import JsonResult, MockRequest, Result
from fireworks_client.mock._answers.platform_collections import (
    Collection,
    collections,
    split_path,
)
from fireworks_client.mock._answers.platform_store import PlatformStore, StoredResource
from fireworks_client.mock._models import ModelInfo
from fireworks_client.mock._spec.errors import MockError
from fireworks_client.mock._spec.requests import read_body
from fireworks_client.mock._spec.routes import friendly_name

__all__ = ["PlatformAnswer", "PlatformStore", "platform_answers", "platform_routes"]

_CANCELLED = "JOB_STATE_CANCELLED"
_DELETED = "DELETED"
# AIP-158.
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# A batch inference job's input lines; beyond it the job fails saying so.
MAX_BATCH_LINES = 10_000
_CHAT = FRIENDLY_NAMES["chat.completions.create"]
_FILTER_TERM = re.compile(r'\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(!=|=)\s*("(?:[^"\\]|\\.)*"|[^\s"]+)\s*')

PlatformAnswer = Callable[[tuple[ModelInfo, ...], MockRequest], Result | None]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _filled(path: str, params: Mapping[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: params.get(m.group(1), m.group(0)), path)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class _Platform:
    """The answers of the platform's operations over one :class:`PlatformStore`."""

    def __init__(self, spec: dict[str, Any], operations: Mapping[str, Operation]) -> None:
        self.collections = collections(spec, operations)
        self.operations = operations

    def answers(self) -> dict[str, PlatformAnswer]:
        made: dict[str, PlatformAnswer] = {}
        for op in self.operations.values():
            split = split_path(op.url_path) if op.service_root else None
            if split is None or split[0] not in self.collections:
                continue
            collection = self.collections[split[0]]
            _, id_param, verb = split
            action = self._action(op.method, id_param, verb)
            if action is not None:
                made[friendly_name(op.operation_id)] = _bound(action, collection)
        return made

    def _action(
        self, method: str, id_param: str | None, verb: str | None
    ) -> Callable[[Collection, tuple[ModelInfo, ...], MockRequest], Result | None] | None:
        if id_param is None:
            return {"GET": _list, "POST": _create}.get(method) if verb is None else None
        if verb is None:
            return {"GET": _get, "PATCH": _update, "DELETE": _delete}.get(method)
        return _VERBS.get(verb)


def _bound(
    action: Callable[[Collection, tuple[ModelInfo, ...], MockRequest], Result | None],
    collection: Collection,
) -> PlatformAnswer:
    def answer(models: tuple[ModelInfo, ...], request: MockRequest) -> Result | None:
        return action(collection, models, request)

    return answer


def platform_answers(
    spec: dict[str, Any], operations: Mapping[str, Operation] | None = None
) -> dict[str, PlatformAnswer]:
    """friendly name -> answer, for the platform operations the mock serves statefully. An
    answer of None leaves the answer to the spec's schema."""
    return _Platform(spec, operations if operations is not None else OPERATIONS).answers()


# The store, the account and the resource of a request.


def _store(request: MockRequest) -> PlatformStore:
    store: PlatformStore = request.memory["platform"]
    return store


def _where(collection: Collection, request: MockRequest) -> tuple[str, str]:
    return request.params.get("account_id", ""), _filled(collection.path, request.params)


def _resource(collection: Collection, request: MockRequest) -> StoredResource:
    account, path = _where(collection, request)
    rid = request.params.get(collection.id_param, "")
    if ":" in rid:
        name, _, verb = rid.partition(":")
        raise MockError(
            404,
            f"{path}/{name}:{verb}: :{verb} is not a method of {collection.name} answering "
            f"this HTTP method (rule: AIP-136 custom methods)",
            code="not_found",
        )
    found = _store(request).find(account, path, rid)
    if found is None:
        raise MockError(
            404,
            f"{collection.id_param}: accounts/{account}/{path}/{rid} not found",
            param=collection.id_param,
            code="not_found",
        )
    return found


# Generic methods.


def _create(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    account, path = _where(collection, request)
    given = request.body
    if collection.wrap is not None:
        given = request.body.get(collection.wrap) or {}
    id_field = collection.body_id or collection.create_id
    rid = str(
        (request.body.get(collection.body_id) if collection.body_id else None)
        or request.params.get(collection.create_id or "", "")
        or str(given.get("name", "")).rsplit("/", 1)[-1]
        or store.new_id(collection.name.lower().rstrip("s")[:20])
    )
    if "/" in rid or not rid.strip():
        raise MockError(
            400,
            f"{id_field}: {rid!r} is not a resource id (rule: a non-empty path segment)",
            param=id_field,
            code="invalid_argument",
        )
    body = {k: v for k, v in given.items() if k not in collection.output_only}
    now = _now()
    body.update(
        name=f"accounts/{account}/{path}/{rid}",
        createTime=now,
        updateTime=now,
        status={"code": "OK", "message": ""},
    )
    resource = StoredResource(body)
    if collection.lifecycle:
        body["state"] = collection.lifecycle[0]
    if request.params.get("validateOnly") in ("true", "1"):
        return JsonResult(body)
    with store.lock:
        store.add(account, path, rid, resource)
        # Taken once the resource is stored: a refused create leaves the failure for the next.
        failure = store.take_failure(collection.name)
        if failure is not None:
            resource.fails_with, resource.ends_in = failure
    return JsonResult(body)


def _get(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    with store.lock:
        resource = _resource(collection, request)
        _advance(collection, models, request, resource)
        return JsonResult(resource.body)


def _advance(
    collection: Collection,
    models: tuple[ModelInfo, ...],
    request: MockRequest,
    resource: StoredResource,
) -> None:
    """One step along the lifecycle, on a read; at its last, the resource's own work."""
    life = collection.lifecycle
    body = resource.body
    if resource.deleted or not life or body.get("state") != life[resource.step]:
        return
    if resource.step + 1 >= len(life) or (collection.gated and resource.step + 2 >= len(life)):
        return  # at its end, or waiting for an upload
    resource.step += 1
    body["updateTime"] = _now()
    if resource.step == len(life) - 1:
        failing = resource.fails_with is not None and resource.ends_in is None
        if failing and collection.failed is not None:
            _fail(collection, resource, resource.fails_with or "")
            return
        finish = _FINISH.get(collection.name)
        if finish is not None:
            try:
                finish(collection, models, request, resource)
            except MockError as exc:
                _fail(collection, resource, exc.message)
                return
        if resource.ends_in is not None:  # it ran out of time, its work half done
            body["state"] = resource.ends_in
            body["status"] = {"code": "DEADLINE_EXCEEDED", "message": resource.fails_with or ""}
            return
    body["state"] = life[resource.step]


def _fail(collection: Collection, resource: StoredResource, message: str) -> None:
    resource.body["state"] = collection.failed
    resource.body["status"] = {"code": "INTERNAL", "message": message}


def _page_size(request: MockRequest) -> int:
    raw = request.params.get("pageSize")
    if raw in (None, "", "0"):
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        size = -1
    if size < 0:
        raise MockError(
            400,
            f"pageSize: {raw!r} is not a non-negative integer (rule: AIP-158)",
            param="pageSize",
            code="invalid_argument",
        )
    return min(size, MAX_PAGE_SIZE)


def _value(body: dict[str, Any], field: str) -> Any:
    node: Any = body
    for part in field.split("."):
        node = node.get(_camel(part)) if isinstance(node, dict) else None
    return node


def _matches(request: MockRequest) -> Callable[[dict[str, Any]], bool]:
    """The cheap part of AIP-160: ``field = value`` and ``field != value`` joined by AND."""
    text = request.params.get("filter", "").strip()
    if not text:
        return lambda _: True
    terms = []
    for part in re.split(r"\s+AND\s+", text):
        match = _FILTER_TERM.fullmatch(part)
        if match is None:
            raise MockError(
                400,
                f"filter: {part.strip()!r} is not understood by the mock (rule: field = value, "
                f"field != value, joined by AND)",
                param="filter",
                code="invalid_argument",
            )
        field, op, value = match.groups()
        if value.startswith('"'):
            value = json.loads(value)
        terms.append((field, op, value))

    def check(body: dict[str, Any]) -> bool:
        for field, op, value in terms:
            actual = _value(body, field)
            text = json.dumps(actual) if isinstance(actual, bool) else str(actual)
            if (text == value) != (op == "="):
                return False
        return True

    return check


def _order(request: MockRequest, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """AIP-132's ``order_by``: ``field [desc], ...``."""
    text = request.params.get("orderBy", "").strip()
    for part in reversed([p.strip() for p in text.split(",") if p.strip()]):
        words = part.split()
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise MockError(
                400,
                f"orderBy: {part!r} (rule: field [asc|desc], comma-separated)",
                param="orderBy",
                code="invalid_argument",
            )

        def key(body: dict[str, Any], field: str = words[0]) -> tuple[bool, str, Any]:
            value = _value(body, field)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return (value is None, "0", value)
            return (value is None, "1", "" if value is None else str(value))

        items.sort(key=key, reverse=len(words) == 2 and words[1].lower() == "desc")
    return items


def _list(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    account, path = _where(collection, request)
    size = _page_size(request)
    token = request.params.get("pageToken", "")
    start = 0
    if token:
        if not re.fullmatch(r"o[0-9]{1,9}", token):
            raise MockError(
                400,
                f"pageToken: {token[:40]!r} is not a token this list gave (rule: nextPageToken)",
                param="pageToken",
                code="invalid_argument",
            )
        start = int(token[1:])
    show_deleted = request.params.get("showDeleted") in ("true", "1")
    check = _matches(request)
    with store.lock:
        items = [
            r.body
            for r in store.collection(account, path).values()
            if (show_deleted or not r.deleted) and check(r.body)
        ]
    items = _order(request, items)
    page = items[start : start + size]
    answer: dict[str, Any] = {collection.list_field or "items": page, "totalSize": len(items)}
    if start + size < len(items):
        answer["nextPageToken"] = f"o{start + size}"
    return JsonResult(answer)


def _update(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    with store.lock:
        resource = _resource(collection, request)
        mask = [f.strip() for f in request.params.get("updateMask", "").split(",") if f.strip()]
        changes = {k: v for k, v in request.body.items() if k not in collection.output_only}
        if mask:
            fields = [_camel(f) for f in mask]
            for field in fields:
                if field in collection.output_only:
                    raise MockError(
                        400,
                        f"updateMask: {field} is set by the service (rule: output only)",
                        param="updateMask",
                        code="invalid_argument",
                    )
                if field in changes:
                    resource.body[field] = changes[field]
                else:
                    resource.body.pop(field, None)  # AIP-134: a masked field absent is cleared
        else:
            resource.body.update(changes)
        resource.body["updateTime"] = _now()
        return JsonResult(resource.body)


def _delete(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    account, path = _where(collection, request)
    with store.lock:
        resource = _resource(collection, request)
        if collection.soft_delete and request.params.get("hard") not in ("true", "1"):
            resource.deleted = True
            resource.body.update(state=_DELETED, deleteTime=_now(), updateTime=_now())
        else:
            store.remove(account, path, request.params.get(collection.id_param, ""))
    return JsonResult({})


# Custom methods, each written once for every collection that has it.


def _undelete(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    with _store(request).lock:
        resource = _resource(collection, request)
        if not resource.deleted:
            raise MockError(
                400,
                f"{collection.id_param}: {resource.body['name']} is not deleted",
                param=collection.id_param,
                code="failed_precondition",
            )
        resource.deleted = False
        resource.body.pop("deleteTime", None)
        if collection.lifecycle:
            resource.body["state"] = collection.lifecycle[resource.step]
        return JsonResult(resource.body)


def _scale(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    with _store(request).lock:
        resource = _resource(collection, request)
        count = request.body.get("replicaCount", 0)
        resource.body.update(replicaCount=count, desiredReplicaCount=count, updateTime=_now())
    return JsonResult({})


def _cancel(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    with _store(request).lock:
        resource = _resource(collection, request)
        if collection.lifecycle and resource.body.get("state") != collection.lifecycle[-1]:
            resource.body.update(state=_CANCELLED, updateTime=_now())
            resource.step = len(collection.lifecycle)  # off its path: no more steps
    return JsonResult({})


def _resume(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    life = collection.lifecycle
    with _store(request).lock:
        resource = _resource(collection, request)
        if len(life) > 2 and resource.body.get("state") not in (life[-1], *life[:2]):
            resource.step = 1
            resource.body.update(state=life[1], updateTime=_now())
            resource.body["status"] = {"code": "OK", "message": ""}
    return None if len(life) < 2 else JsonResult(resource.body)


def _file_key(collection: Collection, request: MockRequest, filename: str) -> str:
    account, path = _where(collection, request)
    return f"{account}/{path}/{request.params.get(collection.id_param, '')}/{filename}"


def _upload_endpoint(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    sizes = request.body.get("filenameToSize")
    if not isinstance(sizes, dict) or not sizes:
        raise MockError(
            400,
            "filenameToSize: name at least one file and its size (rule: required)",
            param="filenameToSize",
            code="invalid_argument",
        )
    store = _store(request)
    urls = {}
    with store.lock:
        resource = _resource(collection, request)
        for filename, size in sizes.items():
            try:
                declared = int(size)
            except (TypeError, ValueError):
                declared = -1
            if declared < 0 or not filename:
                raise MockError(
                    400,
                    f"filenameToSize.{filename}: {size!r} (rule: a file name and its size in "
                    f"bytes, an int64 as a string)",
                    param=f"filenameToSize.{filename}",
                    code="invalid_argument",
                )
            key = _file_key(collection, request, filename)
            resource.files[filename] = key
            urls[filename] = f"{request.origin}/_mock/uploads/{store.sign_upload(key, declared)}"
    return JsonResult({"filenameToSignedUrls": urls})


def _lines(store: PlatformStore, resource: StoredResource) -> list[bytes] | None:
    """The non-blank lines of the resource's files; None when one was never uploaded."""
    lines: list[bytes] = []
    for key in resource.files.values():
        data = store.blob(key)
        if data is None:
            return None
        lines += [line for line in data.splitlines() if line.strip()]
    return lines


def _ready(collection: Collection, store: PlatformStore, resource: StoredResource) -> None:
    lines = _lines(store, resource)
    if not resource.files or lines is None:
        missing = [n for n, k in resource.files.items() if store.blob(k) is None]
        raise MockError(
            400,
            f"{collection.id_param}: {resource.body['name']} has no uploaded file"
            + (f" ({', '.join(missing)} not PUT to its signed URL)" if missing else "")
            + " (rule: upload first)",
            param=collection.id_param,
            code="failed_precondition",
        )
    if collection.lifecycle:
        resource.step = len(collection.lifecycle) - 1
        resource.body["state"] = collection.lifecycle[-1]
    if collection.name == "datasets":
        resource.body["exampleCount"] = str(len(lines))
    resource.body["updateTime"] = _now()


def _validate_upload(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    with store.lock:
        _ready(collection, store, _resource(collection, request))
    return JsonResult({})


def _upload(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    data = request.files.get("file")
    if data is None:
        raise MockError(
            400,
            "file: a multipart file part is required (rule: required)",
            param="file",
            code="invalid_argument",
        )
    store = _store(request)
    with store.lock:
        resource = _resource(collection, request)
        filename = "upload.jsonl"
        key = _file_key(collection, request, filename)
        store.store_blob(key, data)
        resource.files = {filename: key}
        _ready(collection, store, resource)
        created = resource.body.get("createTime", "")
    stamp = int(datetime.fromisoformat(created).timestamp()) if created else 0
    return JsonResult(
        {
            "id": request.params.get(collection.id_param, ""),
            "object": "file",
            "bytes": len(data),
            "created_at": stamp,
            "filename": filename,
            "purpose": "fine-tune",
        }
    )


def _download_endpoint(
    collection: Collection, models: tuple[ModelInfo, ...], request: MockRequest
) -> Result | None:
    store = _store(request)
    with store.lock:
        resource = _resource(collection, request)
        urls = {
            name: f"{request.origin}/_mock/downloads/{store.sign_download(key)}"
            for name, key in resource.files.items()
            if store.blob(key) is not None
        }
    return JsonResult({"filenameToSignedUrls": urls})


_VERBS: dict[str, Callable[[Collection, tuple[ModelInfo, ...], MockRequest], Result | None]] = {
    "undelete": _undelete,
    "scale": _scale,
    "cancel": _cancel,
    "resume": _resume,
    "getUploadEndpoint": _upload_endpoint,
    "getDownloadEndpoint": _download_endpoint,
    "validateUpload": _validate_upload,
    "upload": _upload,
}


# What a resource does at the end of its lifecycle, where it has its own work.


def _short(name: str, collection: str) -> str:
    """``accounts/a/datasets/x`` or ``x`` -> ``x``."""
    return name.rsplit(f"{collection}/", 1)[-1] if f"{collection}/" in name else name


def _run_batch(
    collection: Collection,
    models: tuple[ModelInfo, ...],
    request: MockRequest,
    resource: StoredResource,
) -> None:
    """Each line of the input dataset through the mock's chat completions; the answers to the
    output dataset (``results.jsonl``, a line per input line with its ``custom_id``)."""
    store = _store(request)
    job = resource.body
    account = request.params.get("account_id", "")
    done = _continued(store, account, collection, job)
    source = _short(str(job.get("inputDatasetId", "")), "datasets")
    dataset = store.find(account, "datasets", source)
    lines = None if dataset is None else _lines(store, dataset)
    if dataset is None or not dataset.files or lines is None:
        raise MockError(400, f"inputDatasetId: accounts/{account}/datasets/{source} has no data")
    if len(lines) > MAX_BATCH_LINES:
        raise MockError(
            400, f"inputDatasetId: {len(lines)} lines, the mock runs at most {MAX_BATCH_LINES}"
        )
    # An expiring job does half its lines (at least one); a continuation those not done before.
    half = (len(lines) + 1) // 2 if resource.ends_in is not None else None
    check = request.memory.get("validate:chat.completions.create")
    out, counts = _chat_lines(models, job, lines, done, half, check)
    default = f"{_short(job['name'], collection.path)}-output"
    target = _short(str(job.get("outputDatasetId") or default), "datasets")
    output = store.find(account, "datasets", target)
    if output is None:
        now = _now()
        output = StoredResource(
            {
                "name": f"accounts/{account}/datasets/{target}",
                "createTime": now,
                "updateTime": now,
                "state": "READY",
                "status": {"code": "OK", "message": ""},
                "sourceJobName": job["name"],
                "format": "CHAT",
            }
        )
        store.add(account, "datasets", target, output)
    key = f"{account}/datasets/{target}/results.jsonl"
    store.store_blob(key, b"".join(json.dumps(o).encode() + b"\n" for o in out))
    output.files = {"results.jsonl": key}
    output.body.update(state="READY", exampleCount=str(len(out)), updateTime=_now())
    job["outputDatasetId"] = output.body["name"]
    job["jobProgress"] = {
        "percent": 100 if half is None else round(100 * len(out) / max(len(lines), 1)),
        "totalInputRequests": len(lines),
        "totalProcessedRequests": len(out) + len(done),
        "successfullyProcessedRequests": counts[0],
        "failedRequests": counts[1],
        "outputRows": len(out),
        "inputTokens": counts[2],
        "outputTokens": counts[3],
    }


def _continued(
    store: PlatformStore, account: str, collection: Collection, job: dict[str, Any]
) -> set[str]:
    """For a job continuing another (``continuedFromJobName``): the earlier job's model and input
    taken where this one names none, and the custom_ids answered along the chain, not run again."""
    done: set[str] = set()
    seen: set[str] = set()
    earlier_name = job.get("continuedFromJobName")
    while isinstance(earlier_name, str) and earlier_name and earlier_name not in seen:
        seen.add(earlier_name)
        earlier = store.find(account, collection.path, _short(earlier_name, collection.path))
        if earlier is None:
            raise MockError(400, f"continuedFromJobName: {earlier_name} not found")
        for field in ("model", "inputDatasetId"):
            job.setdefault(field, earlier.body.get(field))
        target = _short(str(earlier.body.get("outputDatasetId", "")), "datasets")
        output = store.find(account, "datasets", target) if target else None
        for line in (_lines(store, output) or []) if output is not None else []:
            answered = json.loads(line)
            if isinstance(answered, dict) and isinstance(answered.get("custom_id"), str):
                done.add(answered["custom_id"])
        earlier_name = earlier.body.get("continuedFromJobName")
    return done


def _chat_lines(
    models: tuple[ModelInfo, ...],
    job: dict[str, Any],
    lines: list[bytes],
    done: set[str],
    limit: int | None,
    check: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[list[dict[str, Any]], tuple[int, int, int, int]]:
    """The output lines (at most ``limit``; the lines of ``done`` custom_ids skipped), and
    (succeeded, failed, input tokens, output tokens); each body checked by ``check`` (the chat
    operation's schema, as a request of its own would be) first."""
    defaults = {
        _snake(k): v for k, v in (job.get("inferenceParameters") or {}).items() if k != "extraBody"
    }
    chat = chat_completion
    out: list[dict[str, Any]] = []
    ok, failed, tokens_in, tokens_out = 0, 0, 0, 0
    for number, line in enumerate(lines):
        if limit is not None and len(out) >= limit:
            break
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not a JSON object")
            if item.get("custom_id") in done:
                continue
        except ValueError as exc:
            out.append({"custom_id": None, "error": {"message": f"line {number + 1}: {exc}"}})
            failed += 1
            continue
        body = item.get("body", item)
        body = {**defaults, **body} if isinstance(body, dict) else body
        if isinstance(body, dict):
            body.setdefault("model", job.get("model"))
            body.pop("stream", None)
        try:
            if check is not None and isinstance(body, dict):
                check(body)
            answer = chat(models, MockRequest(OPERATIONS[_CHAT], body))
            if not isinstance(answer, JsonResult):
                raise MockError(400, "the answer is not JSON")
        except (MockError, KeyError, TypeError, AttributeError) as exc:
            message = exc.message if isinstance(exc, MockError) else f"invalid request: {exc}"
            out.append({"custom_id": item.get("custom_id"), "error": {"message": message}})
            failed += 1
            continue
        usage = answer.body.get("usage") or {}
        tokens_in += int(usage.get("prompt_tokens", 0))
        tokens_out += int(usage.get("completion_tokens", 0))
        out.append({"custom_id": item.get("custom_id"), "response": answer.body})
        ok += 1
    return out, (ok, failed, tokens_in, tokens_out)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


_FINISH: dict[
    str, Callable[[Collection, tuple[ModelInfo, ...], MockRequest, StoredResource], None]
] = {"batchInferenceJobs": _run_batch}


# The signed URLs' routes and the control of failures.


def _error(exc: MockError) -> Response:
    return JSONResponse(exc.body(), exc.status, headers=exc.headers)


def platform_routes(store: PlatformStore, max_body_bytes: int) -> list[Route]:
    """``PUT /_mock/uploads/{token}`` (a signed upload URL: no key, the token is the secret),
    ``GET /_mock/downloads/{token}``, and ``POST /_mock/platform/fail`` (``{"collection":
    "deployments", "message": "..."}``: the next resource created there fails; with
    ``"state": "JOB_STATE_EXPIRED"`` a job ends so, half its lines done)."""

    async def upload(request: Request) -> Response:
        try:
            data = await read_body(request, max_body_bytes)
            store.put(request.path_params["token"], data)
        except MockError as exc:
            return _error(exc)
        return Response(status_code=200)

    async def download(request: Request) -> Response:
        data = store.download(request.path_params["token"])
        if data is None:
            return _error(MockError(404, "This signed download URL is unknown or its file gone"))
        return Response(data, media_type="application/octet-stream")

    async def fail(request: Request) -> Response:
        try:
            raw = await read_body(request, 64 * 1024)
            try:
                data = json.loads(raw or b"{}")
            except ValueError as exc:
                raise MockError(400, f"Malformed JSON body: {exc}") from None
            name = data.get("collection") if isinstance(data, dict) else None
            message = data.get("message", "failed (mock fault)") if isinstance(data, dict) else ""
            state = data.get("state") if isinstance(data, dict) else None
            if not isinstance(name, str) or not name or not isinstance(message, str):
                raise MockError(
                    400,
                    "collection: a collection name such as 'deployments' is required, and "
                    "message a string (rule: type)",
                    param="collection",
                )
            if state is not None and not isinstance(state, str):
                raise MockError(400, "state: a state name (rule: type)", param="state")
            store.fail_next(name, message, state)
        except MockError as exc:
            return _error(exc)
        return JSONResponse({"collection": name, "message": message})

    return [
        Route("/_mock/uploads/{token}", upload, methods=["PUT"]),
        Route("/_mock/downloads/{token}", download, methods=["GET"]),
        Route("/_mock/platform/fail", fail, methods=["POST"]),
    ]
