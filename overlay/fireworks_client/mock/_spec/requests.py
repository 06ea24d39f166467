"""Requests read and checked as the effective spec declares them: the key (401), the body's
size (413), content type and parse (400), the body and the query against their schemas (400
naming the field and the rule). Bodies over :data:`LARGE_BODY_BYTES` are decoded in pieces and
validated by jsonschema-rs, off the event loop."""

from __future__ import annotations

import json
import math
from collections.abc import AsyncGenerator, Iterable, Mapping
from typing import Any

import jsonschema
import jsonschema_rs
from fireworks_api.operations import Operation
from python_multipart.multipart import parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import ClientDisconnect, Request

from fireworks_client._openapi import to_json_schema
from fireworks_client.mock._gate import LoopGate
from fireworks_client.mock._spec.errors import MockError
from fireworks_client.mock._spec.jsonpieces import loads_in_pieces
from fireworks_client.mock._spec.schemas import resolved

__all__ = [
    "LARGE_BODY_BYTES",
    "MAX_DEPTH",
    "RequestSpec",
    "check_auth",
    "closest",
    "field_path",
    "is_large",
    "parse_json",
    "read_body",
]

# Above this a body is validated by jsonschema-rs, and only a few are worked on at once.
LARGE_BODY_BYTES = 256 * 1024
MAX_DEPTH = 64
_MESSAGE_LIMIT = 300
_JSON = "application/json"
_FORM = "multipart/form-data"


def field_path(parts: Iterable[Any]) -> str:
    """A field's path as the messages name it: ``messages[0].content``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def closest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """The error to word: "not valid under any of the given schemas" says little, so the
    closest alternative's, leaving out the null branch that `nullable` adds."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        candidates = [e for e in error.context if e.validator_value != "null"]
        best = jsonschema.exceptions.best_match(candidates)
        if best is None:
            break
        error = best
    return error


def _describe(error: jsonschema.ValidationError) -> tuple[str, str | None]:
    """A message naming the field and the rule, and the field for ``param``."""
    error = closest(error)
    where = field_path(error.absolute_path)
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        # jsonschema types validator_value as object; for "required" it is the list of names.
        wanted: list[str] = list(error.validator_value)  # type: ignore[arg-type]
        missing = next((r for r in wanted if r not in instance), "?")
        name = f"{where}.{missing}" if where else missing
        return f"{name}: is required (rule: required)", name
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        known = set(schema.get("properties", {}))
        extra = sorted(set(instance) - known)[0] if set(instance) - known else "?"
        name = f"{where}.{extra}" if where else extra
        return f"{name}: unknown field (rule: additionalProperties)", name
    message = error.message
    if len(message) > _MESSAGE_LIMIT:
        message = message[:_MESSAGE_LIMIT] + "..."
    return f"{where or 'body'}: {message} (rule: {error.validator})", where or None


def _too_deep(value: Any) -> bool:
    """Whether ``value`` nests deeper than MAX_DEPTH; level by level, containers only (a
    body of a few MB has hundreds of thousands of values)."""
    frontier = [value] if isinstance(value, dict | list) else []
    for _ in range(MAX_DEPTH):
        if not frontier:
            return False
        frontier = [
            child
            for node in frontier
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
    return bool(frontier)


class _OutOfRange(ValueError):
    """A JSON number beyond the float range (1e400), which Python would read as infinity."""


_OUT_OF_RANGE = object()  # stands for such a number when looking for where it is


def _json_number(text: str) -> float | int:
    value = float(text)
    if not math.isfinite(value):
        raise _OutOfRange(text)
    # JSON Schema counts 4.0 as an integer; the answers then need it as one (slicing and
    # ranges refuse floats).
    return int(value) if value.is_integer() else value


def _where_out_of_range(raw: bytes) -> str | None:
    """The path of the first out-of-range number: parsed again, that number as a marker."""

    def number(text: str) -> Any:
        return _json_number(text) if math.isfinite(float(text)) else _OUT_OF_RANGE

    def find(node: Any, path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        if node is _OUT_OF_RANGE:
            return path
        if not isinstance(node, dict | list):
            return None
        for key, child in node.items() if isinstance(node, dict) else enumerate(node):
            found = find(child, (*path, key))
            if found is not None:
                return found
        return None

    found = find(json.loads(raw, parse_float=number), ())
    return field_path(found) if found else None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _flat_properties(schema: Any) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if isinstance(schema, dict):
        for part in schema.get("allOf", []):
            props.update(_flat_properties(part))
        props.update(schema.get("properties", {}))
    return props


def _coerce_form_value(name: str, text: str, prop: dict[str, Any]) -> Any:
    """A form field's text as the type its schema says; a 400 naming the field otherwise."""
    kind = prop.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            value = float(text)
            if not math.isfinite(value):
                raise ValueError(text)
            return value
    except ValueError:
        raise MockError(
            400, f"{name}: {text[:40]!r} is not a valid {kind} (rule: type)", param=name
        ) from None
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise MockError(
                400, f"{name}: {text[:40]!r} is not a valid boolean (rule: type)", param=name
            )
        return text.lower() == "true"
    return text


_PLATFORM_FORMATS = jsonschema.FormatChecker(formats=["date-time"])


class RequestSpec:
    """What the spec declares of one operation's requests: its bodies by content type (their
    validators and fields), its query's parameters, its binary fields, the headers that carry
    the key. ``declared`` is the operation in the spec, read for its schemas."""

    def __init__(
        self, operation: Operation, declared: dict[str, Any], spec: dict[str, Any]
    ) -> None:
        self.binaries = operation.binary_fields
        # By request content type: the body's validator and its fields (as JSON Schema).
        self.bodies: dict[str, tuple[jsonschema.protocols.Validator, dict[str, Any]]] = {}
        self.fast_validators: dict[str, Any] = {}
        if operation.request:
            content = resolved(spec, declared["requestBody"])["content"]
            # Formats are not asserted, except the platform's times: it stores what it is sent
            # and answers it back, where a time that is not one would break the answer's schema.
            formats = _PLATFORM_FORMATS if operation.service_root else None
            for body in operation.request:
                schema = to_json_schema(content[body.content_type]["schema"], spec)
                self.bodies[body.content_type] = (
                    jsonschema.Draft202012Validator(schema, format_checker=formats),
                    _flat_properties(schema),
                )
                self.fast_validators[body.content_type] = jsonschema_rs.validator_for(
                    schema, validate_formats=formats is not None
                )
        # The query's parameters as the spec declares them, each checked as its schema says
        # (what a body's fields are, a query's are too: a page size past int32, a flag that is
        # not a boolean, are refused for every operation, stored or not).
        self.query: dict[str, tuple[dict[str, Any], jsonschema.protocols.Validator]] = {}
        for given in declared.get("parameters", []):
            ref = given.get("$ref")
            parameter = spec["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else given
            if parameter.get("in") == "query":
                schema = to_json_schema(parameter.get("schema") or {}, spec)
                self.query[parameter["name"]] = (schema, jsonschema.Draft202012Validator(schema))
        # Headers that carry the API key besides Authorization (apiKey schemes it declares).
        self.key_headers = _key_headers(spec, declared)

    def check_query(self, items: list[tuple[str, str]]) -> None:
        """A 400 naming the parameter and the rule when the query breaks its schema."""
        for name, text in items:
            declared = self.query.get(name)
            if declared is None:
                continue
            schema, validator = declared
            value = _coerce_form_value(name, text, schema)
            error = jsonschema.exceptions.best_match(validator.iter_errors(value))
            if error is not None:
                message = error.message[:_MESSAGE_LIMIT]
                raise MockError(400, f"{name}: {message} (rule: {error.validator})", param=name)

    async def parse(
        self, request: Request, max_body_bytes: int, workers: LoopGate
    ) -> tuple[dict[str, Any], dict[str, bytes], int]:
        """The body as fields, the file parts, and the body's size in bytes."""
        if not self.bodies:
            return {}, {}, 0
        raw = await read_body(request, max_body_bytes)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        declared = _declared_type(content_type, self.bodies)
        if declared is None:
            raise MockError(
                400,
                f"Content-Type: expected {' or '.join(self.bodies)}, got {content_type or 'none'}",
                param="content-type",
            )
        if declared == _FORM:
            body, files = await self._parse_form(
                request, raw, self.bodies[declared][1], max_body_bytes
            )
            self._validate(declared, body, len(raw))
            return body, files, len(raw)

        def decode() -> dict[str, Any]:
            body: dict[str, Any] = parse_json(raw)
            self._validate(declared, body, len(raw))
            return body

        # Parsing and validating take time in proportion to the body: off the event loop.
        async with workers.slot():
            return await run_in_threadpool(decode), {}, len(raw)

    def validate_json(self, content_type: str, body: dict[str, Any]) -> None:
        self._validate(content_type, body, 0)

    def _validate(self, content_type: str, body: dict[str, Any], size: int) -> None:
        """A 400 naming the field and the rule when ``body`` breaks the schema. Bodies up to
        LARGE_BODY_BYTES go through jsonschema, whose errors this module words; larger ones
        through jsonschema-rs (hundreds of times faster, its own wording), so that validation
        stays well under a second at the body size limit."""
        validator, _ = self.bodies[content_type]
        if size > LARGE_BODY_BYTES:
            fast = self.fast_validators[content_type]
            first = next(iter(fast.iter_errors(body)), None)
            if first is not None:
                name = field_path(first.instance_path)
                rule = _RS_RULES.get(type(first.kind).__name__) or _camel(type(first.kind).__name__)
                message = first.message
                if len(message) > _MESSAGE_LIMIT:
                    message = message[:_MESSAGE_LIMIT] + "..."
                raise MockError(
                    400,
                    f"Invalid request: {name or 'body'}: {message} (rule: {rule})",
                    param=name or None,
                )
            return
        error = jsonschema.exceptions.best_match(validator.iter_errors(body))
        if error is not None:
            message, param = _describe(error)
            raise MockError(400, f"Invalid request: {message}", param=param)

    async def _parse_form(
        self, request: Request, raw: bytes, properties: dict[str, Any], max_part_size: int
    ) -> tuple[dict[str, Any], dict[str, bytes]]:
        _check_multipart(request.headers.get("content-type", ""), raw)

        async def whole() -> AsyncGenerator[bytes, None]:
            yield raw

        parser = MultiPartParser(
            request.headers,
            whole(),
            max_files=16,
            max_fields=256,
            max_part_size=max_part_size,
        )
        try:
            form = await parser.parse()
        except (MultiPartException, ValueError, KeyError, UnicodeDecodeError) as exc:
            message = exc.message if isinstance(exc, MultiPartException) else str(exc)
            raise MockError(400, f"Malformed multipart body: {message}") from None
        body: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        try:
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read()
                else:
                    data = value.encode() if name in self.binaries else b""
                if name in self.binaries:
                    files[name] = data
                    body[name] = "<binary>"
                elif isinstance(value, UploadFile):
                    raise MockError(
                        400, f"{name}: expected a plain form field, got a file", param=name
                    )
                else:
                    body[name] = _coerce_form_value(name, value, properties.get(name, {}))
        finally:
            await form.close()
        return body, files


def _check_multipart(content_type: str, raw: bytes) -> None:
    """What python-multipart takes silently or reports vaguely: the boundary, and a body that
    stops before its closing delimiter (which would otherwise read as missing fields)."""
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary", b"")
    if not 1 <= len(boundary) <= 70:
        got = "none" if b"boundary" not in options else f"{len(boundary)} characters"
        raise MockError(
            400,
            f"Content-Type: multipart/form-data needs a boundary of 1 to 70 characters, got "
            f"{got} (rule: RFC 2046)",
            param="content-type",
        )
    if b"--" + boundary + b"--" not in raw:
        raise MockError(
            400,
            f"Malformed multipart body: it does not end with the closing delimiter "
            f"--{boundary.decode('latin-1')}-- (rule: RFC 2046)",
        )


def _declared_type(content_type: str, declared: Mapping[str, Any]) -> str | None:
    """Which of the operation's request content types a request's Content-Type is: itself, or
    for JSON any ``+json`` type or none at all (clients that omit the header)."""
    if content_type in declared:
        return content_type
    if _JSON in declared and (not content_type or content_type.endswith("+json")):
        return _JSON
    return None


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_json_number)


def parse_json(raw: bytes, what: str = "body") -> Any:
    """A JSON document of at most MAX_DEPTH levels and finite numbers; MockError otherwise."""
    if not raw.strip():
        raise MockError(400, "The request body is empty; expected a JSON object")
    try:
        if len(raw) > LARGE_BODY_BYTES:
            # As json.loads reads bytes, but a member at a time: other clients go on meanwhile.
            text = raw.decode(json.detect_encoding(raw), "surrogatepass")
            body = loads_in_pieces(text, _DECODER)
        else:
            body = _DECODER.decode(raw.decode(json.detect_encoding(raw), "surrogatepass"))
    except RecursionError:
        raise MockError(
            400, f"Malformed JSON body: nested deeper than {MAX_DEPTH} levels"
        ) from None
    except _OutOfRange as exc:
        # The document nests less than the recursion limit (the parser got to a number), so
        # parsing it once more is safe.
        try:
            name = _where_out_of_range(raw) or what
        except RecursionError:  # a deep document after the number: name no field
            name = what
        raise MockError(
            400,
            f"{name}: {str(exc)[:40]} is out of range for a 64-bit float (rule: finite)",
            param=name,
        ) from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, NaN and friends
        raise MockError(400, f"Malformed JSON body: {exc}") from None
    if _too_deep(body):
        raise MockError(400, f"Malformed JSON body: nested deeper than {MAX_DEPTH} levels")
    if not isinstance(body, dict):
        raise MockError(400, f"{what}: {type(body).__name__} is not of type 'object' (rule: type)")
    return body


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise MockError(
            413,
            f"The request body is {declared} bytes; the limit is {limit}",
            code="request_too_large",
        )
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise MockError(
                    413,
                    f"The request body is over the limit of {limit} bytes",
                    code="request_too_large",
                )
            chunks.append(chunk)
    except ClientDisconnect:
        # The client went, or the body deadline closed the connection: nobody hears this.
        raise MockError(408, "The connection closed before the whole body arrived") from None
    return b"".join(chunks)


def _key_headers(spec: dict[str, Any], declared: dict[str, Any]) -> tuple[str, ...]:
    """The headers of the apiKey schemes the operation's security declares (``x-api-key``
    for Anthropic's clients), lowercase."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    names = {name for requirement in declared.get("security", []) for name in requirement}
    return tuple(
        str(schemes[name]["name"]).lower()
        for name in sorted(names)
        if schemes.get(name, {}).get("type") == "apiKey" and schemes[name].get("in") == "header"
    )


def check_auth(
    request: Request, api_keys: frozenset[str] | None, key_headers: tuple[str, ...] = ()
) -> None:
    header = request.headers.get("authorization")
    key_header = next((h for h in key_headers if h in request.headers), None)
    if header is None and key_header is not None:
        key = request.headers[key_header].strip()
        if not key:
            raise MockError(401, f"Empty {key_header} header", code="invalid_api_key")
        if api_keys is not None and key not in api_keys:
            raise MockError(401, "Invalid API key", code="invalid_api_key")
        return
    if header is None:
        raise MockError(
            401,
            "Missing Authorization header: send `Authorization: Bearer <API key>`",
            code="missing_api_key",
        )
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise MockError(
            401,
            "Malformed Authorization header: expected `Bearer <API key>`",
            code="invalid_api_key",
        )
    if api_keys is not None and token.strip() not in api_keys:
        raise MockError(401, "Invalid API key", code="invalid_api_key")


def is_large(request: Request) -> bool:
    """Whether the body may be over LARGE_BODY_BYTES: declared so, or of unknown length."""
    declared = request.headers.get("content-length", "")
    return not declared.isdigit() or int(declared) > LARGE_BODY_BYTES


# jsonschema-rs error kinds whose name is not the keyword's.
_RS_RULES = {
    "OneOfNotValid": "oneOf",
    "OneOfMultipleValid": "oneOf",
    "FalseSchema": "false",
    "Constant": "const",
}


def _camel(name: str) -> str:
    return name[:1].lower() + name[1:]
