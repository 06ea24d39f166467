"""What every answer takes and gives (:class:`MockRequest`, the results), and what the text
answers share: the model's lookup, the context window, the mock's bounds on one request's
work, JSON mode. Every answer is a function of the request: the same request gives the same
answer."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._answers.synth import MAX_UNITS, TooLarge, synthesize
from fireworks_client.mock._answers.text import (
    Generation,
    rng_for,
    split_tokens,
)
from fireworks_client.mock._models import ModelInfo, ModelKind, find_model
from fireworks_client.mock._spec.errors import MockError
from fireworks_client.mock._spec.framing import Pause

if TYPE_CHECKING:
    from fireworks_api.operations import Operation

__all__ = [
    "CREATED",
    "BinaryResult",
    "JsonResult",
    "MockRequest",
    "Pause",
    "Result",
    "StreamResult",
]


# A fixed creation time keeps answers identical across runs.
CREATED = 1735689600
# The mock's own bounds on the work of one request (the service has its own, unpublished):
# choices (prompts x n) and tokens generated to fill a lowered max_tokens (choices x tokens).
MAX_CHOICES = 1024
MAX_FILL_TOKENS = 131_072


@dataclass(frozen=True, slots=True)
class MockRequest:
    operation: Operation
    body: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    accept: str = ""
    params: Mapping[str, str] = field(default_factory=dict)
    """The path and query parameters."""
    memory: Mapping[str, Any] = field(default_factory=dict)
    """What the app keeps between requests (stored responses, Kontext jobs)."""
    origin: str = ""
    """The server's root as the client reached it (``http://127.0.0.1:PORT``), for the URLs an
    answer hands out."""

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


@dataclass(frozen=True, slots=True)
class JsonResult:
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200


@dataclass(frozen=True, slots=True)
class StreamResult:
    chunks: Iterable[dict[str, Any] | Pause]


@dataclass(frozen=True, slots=True)
class BinaryResult:
    content: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)


Result = JsonResult | StreamResult | BinaryResult


def _request_id(prefix: str, body: dict[str, Any]) -> str:
    # Streamed or not, the same request has the same id.
    digest = hashlib.sha256()
    for part in _sorted_json({k: v for k, v in body.items() if k != "stream"}):
        digest.update(part.encode())
    return f"{prefix}-{digest.hexdigest()[:24]}"


def _sorted_json(body: dict[str, Any]) -> Iterator[str]:
    """The text of ``json.dumps(body, sort_keys=True, default=str)`` in pieces, a list's items
    one by one: the C encoder holds the GIL for all it encodes at once (100 ms for a body of
    8 MB), and other clients wait for it."""
    yield "{"
    for number, key in enumerate(sorted(body)):
        yield (", " if number else "") + json.dumps(key) + ": "
        value = body[key]
        if isinstance(value, list):
            yield "["
            for index, item in enumerate(value):
                yield (", " if index else "") + json.dumps(item, sort_keys=True, default=str)
            yield "]"
        else:
            yield json.dumps(value, sort_keys=True, default=str)
    yield "}"


def _text_model(models: tuple[ModelInfo, ...], request: MockRequest) -> ModelInfo:
    body = request.body
    model = find_model(models, body["model"])
    if model is None or model.kind is not ModelKind.TEXT:
        raise MockError(
            404,
            f"Model not found: {body['model']!r} does not exist or does not serve "
            f"{request.operation.path}",
            param="model",
            code="model_not_found",
        )
    return model


def _stops(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _fit_window(
    model: ModelInfo, body: dict[str, Any], prompt_tokens: int, max_tokens: int
) -> tuple[int, bool]:
    """The max_tokens to use and whether it was lowered to fit the context window."""
    window = model.context_window
    if prompt_tokens + max_tokens <= window:
        return max_tokens, False
    behaviour = body.get("context_length_exceeded_behavior") or "truncate"
    if behaviour == "error" or prompt_tokens >= window:
        raise MockError(
            400,
            f"The prompt is too long: {prompt_tokens} prompt tokens + max_tokens {max_tokens} = "
            f"{prompt_tokens + max_tokens} tokens exceeds the context window of {window} tokens "
            f"of model {model.id}",
            param="max_tokens" if prompt_tokens < window else "prompt",
            code="context_length_exceeded",
        )
    return window - prompt_tokens, True


def _check_work(choices: str, count: int, max_tokens: int, fill: bool) -> None:
    """A 400 when a request asks the mock for more than it generates at once: ``count``
    choices (described by ``choices``), each of max_tokens tokens when it fills its window."""
    if count > MAX_CHOICES:
        raise MockError(
            400,
            f"{choices}: {count} choices; the mock answers at most {MAX_CHOICES} per request "
            "(rule: mock limit)",
            param="n",
            code="mock_limit",
        )
    if fill and count * max_tokens > MAX_FILL_TOKENS:
        raise MockError(
            400,
            f"{choices} x max_tokens: {count} x {max_tokens} tokens to generate (max_tokens "
            f"lowered to fit the context window); the mock generates at most {MAX_FILL_TOKENS} "
            "per request (rule: mock limit)",
            param="max_tokens",
            code="mock_limit",
        )


def _seed_parts(model: ModelInfo, body: dict[str, Any]) -> tuple[Any, ...]:
    # Not max_tokens, stop, stream, logprobs or echo: those cut or dress the same text.
    return (
        model.id,
        body.get("temperature"),
        body.get("top_p"),
        body.get("top_k"),
        body.get("frequency_penalty"),
        body.get("presence_penalty"),
    )


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text") or "") for part in content if isinstance(part, dict))
    return ""


def _synthesized(
    field: str, schema: Any, rng: random.Random, words: list[str], choices: int
) -> Any:
    """A value of a schema the request gave; a 400 naming ``field`` when it asks for more than
    the mock makes (the choices share the budget)."""
    try:
        return synthesize(schema, rng, words, MAX_UNITS // max(choices, 1))
    except TooLarge as exc:
        raise MockError(
            400, f"{field}: {exc} (rule: mock limit)", param=field, code="mock_limit"
        ) from None


# Where a JSON Schema is looked for in a prompt, and how hard (the prompt may be megabytes).
_PROMPT_SCHEMA_CHARACTERS = 64 * 1024
_PROMPT_SCHEMA_TRIES = 16
_PROMPT_SCHEMA_SYSTEM = 4  # leading system messages read


def _schema_in_prompt(messages: list[dict[str, Any]]) -> tuple[str, Any]:
    """(where, schema): the first JSON Schema of an object written in the last user message,
    else in the first leading system messages; ("", None) when there is none. A message over
    _PROMPT_SCHEMA_CHARACTERS is not read, and at most _PROMPT_SCHEMA_TRIES of its "{" are
    tried as the start of a JSON document."""
    places = []
    for index, message in enumerate(messages[:_PROMPT_SCHEMA_SYSTEM]):
        if message.get("role") not in ("system", "developer"):
            break
        places.append(index)
    last_user = next(
        (i for i in range(len(messages) - 1, -1, -1) if messages[i].get("role") == "user"), None
    )
    if last_user is not None:
        places.insert(0, last_user)
    decoder = json.JSONDecoder()
    for index in places:
        text = _content_text(messages[index].get("content"))
        if len(text) > _PROMPT_SCHEMA_CHARACTERS:
            continue
        start = text.find("{")
        for _ in range(_PROMPT_SCHEMA_TRIES):
            if start < 0:
                break
            try:
                found, _ = decoder.raw_decode(text, start)
            except (ValueError, RecursionError):
                found = None
            if isinstance(found, dict) and (
                isinstance(found.get("properties"), dict) or found.get("type") == "object"
            ):
                return f"messages[{index}].content", found
            start = text.find("{", start + 1)
    return "", None


def _json_mode_generation(
    body: dict[str, Any],
    generation: Generation,
    rng_parts: tuple[Any, ...],
    topics: list[str],
    max_tokens: int,
    messages: list[dict[str, Any]] | None = None,
    prompt_field: str | None = None,
) -> Generation:
    """The answer in JSON mode (``response_format`` ``json_object`` or ``json_schema``): a
    value of the schema given, else of one written in the prompt (``messages``: the chat's, or
    a completion's prompt as one user message, named ``prompt_field``), else ``{"answer":
    text}``; ``generation`` as it is otherwise."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") not in ("json_object", "json_schema"):
        return generation  # text, or a grammar: the mock's text stands for any
    schema = fmt.get("schema")
    field = "response_format.schema"
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or schema
    if not schema:
        # JSON mode with the schema in the prompt, as prompting libraries send it (instructor's
        # JSON mode): the service's models follow it, and so does the mock.
        field, schema = _schema_in_prompt(
            messages if messages is not None else body.get("messages") or []
        )
        if prompt_field is not None and field:
            field = prompt_field
    value = (
        _synthesized(
            field,
            schema,
            rng_for(*rng_parts, "json"),
            topics or ["mock"],
            body.get("n") or 1,
        )
        if schema
        else {"answer": generation.text}
    )
    tokens = split_tokens(json.dumps(value))
    if len(tokens) > max_tokens:  # cut like any answer: the JSON is then incomplete
        return Generation("".join(tokens[:max_tokens]), max_tokens, "length", None)
    return Generation("".join(tokens), len(tokens), "stop", None)


def _max_tokens(body: dict[str, Any], default: int) -> int:
    """``max_tokens``, or its alias ``max_completion_tokens`` (not both), else ``default``."""
    given = body.get("max_tokens")
    alias = body.get("max_completion_tokens")
    if given is not None and alias is not None:
        raise MockError(
            400,
            "max_completion_tokens: cannot be given with max_tokens (rule: exclusive)",
            param="max_completion_tokens",
        )
    chosen = given if given is not None else alias
    return default if chosen is None else int(chosen)
