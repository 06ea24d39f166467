"""What each operation of the mock answers, keyed by operationId.

Requests arrive here already validated against the effective spec; these functions add the
service's semantics that a schema cannot say (models, context windows, stop sequences, ...).
What the operation itself is (its path, file parts, answer content types) comes with the
request, from the generated description. Every answer is a function of the request: the same
request gives the same answer.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._answers.chat_today import (
    openai_logprobs,
    raw_output,
    reasoning_budget,
    token_ids,
)
from fireworks_client.mock._answers.image_files import decode_image, encode_image, render_image
from fireworks_client.mock._answers.synth import MAX_UNITS, TooLarge, synthesize
from fireworks_client.mock._answers.text import (
    Generation,
    count_tokens,
    generate,
    rng_for,
    split_tokens,
    stream_pieces,
    topic_words,
)
from fireworks_client.mock._models import ModelInfo, ModelKind, find_model
from fireworks_client.mock._spec.errors import MockError

if TYPE_CHECKING:
    from fireworks_api.operations import Operation
    from PIL.Image import Image

__all__ = [
    "BEHAVIOURS",
    "CREATED",
    "BinaryResult",
    "JsonResult",
    "MockRequest",
    "StreamResult",
    "chat_prompt_tokens",
    "tool_call",
]

# A fixed creation time keeps answers identical across runs.
CREATED = 1735689600
_CHAT_MAX_TOKENS = 200  # the spec's defaults
_COMPLETION_MAX_TOKENS = 16
_PROMPT_TRUNCATE_LEN = 1500
# The mock's own bounds on the work of one request (the service has its own, unpublished):
# choices (prompts x n) and tokens generated to fill a lowered max_tokens (choices x tokens).
MAX_CHOICES = 1024
MAX_FILL_TOKENS = 131_072
MAX_ECHO_CHARACTERS = 16 * 1024 * 1024  # prompt text repeated in the choices by `echo`
# Image-to-image and ControlNet answer at the size of the uploaded image (up to 4096x4096).
MAX_IMAGE_PIXELS = 10 * 1024 * 1024
_JSON = "application/json"


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


@dataclass(frozen=True, slots=True)
class StreamResult:
    chunks: Iterable[dict[str, Any]]


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


# --- chat -----------------------------------------------------------------------------------


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text") or "") for part in content if isinstance(part, dict))
    return ""


def _message_tokens(message: dict[str, Any]) -> int:
    return (
        count_tokens(str(message.get("role", "")))
        + count_tokens(str(message.get("name") or ""))
        + count_tokens(_content_text(message.get("content")))
        + 2
    )


def chat_prompt_tokens(messages: list[dict[str, Any]]) -> int:
    """Each message costs its role, its name, its text, and 2 tokens of framing."""
    return sum(map(_message_tokens, messages))


def _truncate_messages(messages: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """prompt_truncate_len: evict the earliest non-system messages, never the last one. Each
    message is counted once (linear in the size of the prompt)."""
    if limit is None:
        return messages
    costs = [_message_tokens(m) for m in messages]
    total = sum(costs)
    evicted: set[int] = set()
    for index, message in enumerate(messages[:-1]):
        if total <= limit:
            break
        if message.get("role") != "system":
            evicted.add(index)
            total -= costs[index]
    return [m for i, m in enumerate(messages) if i not in evicted]


def _chosen_tool(body: dict[str, Any], messages: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The tool to call, as ``tool_choice`` says: "none" never; a named function that one;
    "required" (or "any") one always: the one the last user message names, else the first;
    "auto" (the default) when the last message, from the user, names one."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice") or "auto"
    if not tools or choice == "none":
        return None
    functions: dict[str, dict[str, Any]] = {
        tool["function"]["name"]: tool for tool in tools if tool.get("function")
    }
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name not in functions:
            raise MockError(
                400,
                f"tool_choice: function {name!r} is not among the tools",
                param="tool_choice",
            )
        return functions[name]
    last = messages[-1] if messages else {}
    asked = _content_text(last.get("content")).lower() if last.get("role") == "user" else ""
    named = next((t for n, t in functions.items() if asked and n.lower() in asked), None)
    if choice in ("required", "any"):
        return named or next(iter(functions.values()), None)
    return named


def _tool_call(
    body: dict[str, Any], messages: list[dict[str, Any]], rng_parts: tuple[Any, ...]
) -> dict[str, Any] | None:
    """A call of the tool that ``_chosen_tool`` picks, with arguments drawn from its
    parameters' schema."""
    tool = _chosen_tool(body, messages)
    if tool is None:
        return None
    function = tool["function"]
    tools = body.get("tools") or []
    number = next(i for i, t in enumerate(tools) if t is tool)
    asked = _content_text(messages[-1].get("content")).lower() if messages else ""
    rng = rng_for(*rng_parts, "tool", function["name"])
    arguments = _synthesized(
        f"tools[{number}].function.parameters",
        function.get("parameters") or {"type": "object"},
        rng,
        topic_words(asked) or ["mock"],
        body.get("n") or 1,
    )
    return {
        "id": "call_"
        + hashlib.sha256(
            json.dumps([rng_parts, function["name"]], default=str).encode()
        ).hexdigest()[:24],
        "type": "function",
        "function": {"name": function["name"], "arguments": json.dumps(arguments)},
    }


def tool_call(
    body: dict[str, Any], messages: list[dict[str, Any]], rng_parts: tuple[Any, ...]
) -> dict[str, Any] | None:
    """The tool call a chat answer makes (the Responses API's too): ``body`` has ``tools`` (in
    the chat form) and ``tool_choice``; None when no tool is to be called."""
    return _tool_call(body, messages, rng_parts)


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


def _chat_logprobs(body: dict[str, Any]) -> tuple[int | None, bool]:
    """(how many alternatives, OpenAI form) for the chat ``logprobs``/``top_logprobs``."""
    asked = body.get("logprobs")
    if asked is True:
        return int(body.get("top_logprobs") or 0), True
    if isinstance(asked, int) and not isinstance(asked, bool) and asked > 0:
        return asked, False
    return None, False


def _reasoning(
    budget: int | None, topics: list[str], rng_parts: tuple[Any, ...]
) -> tuple[str | None, int]:
    """(reasoning text, its tokens); (None, 0) when the model is not to reason."""
    if budget is None:
        return None, 0
    thought = generate(rng_for(*rng_parts, "reasoning"), topics, max_tokens=budget, stop=[])
    return thought.text, thought.token_count


def _chat_extra(body: dict[str, Any], prompt_tokens: int, conversation: str) -> dict[str, Any]:
    """The answer's fields that ``return_token_ids`` and ``perf_metrics_in_response`` add."""
    extra: dict[str, Any] = {}
    if body.get("return_token_ids"):
        extra["prompt_token_ids"] = token_ids(conversation.split())
    if body.get("perf_metrics_in_response"):
        extra["perf_metrics"] = {
            "prompt_tokens": prompt_tokens,
            "time_to_first_token_ms": 1,
            "tokens_per_second": 1000.0,
        }
    return extra


def chat_completion(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = _text_model(models, request)
    # No truncation unless asked for (the 0.0.1 document's 1500 default is gone).
    messages = _truncate_messages(body["messages"], body.get("prompt_truncate_len"))
    prompt_tokens = chat_prompt_tokens(messages)
    requested = _max_tokens(body, _CHAT_MAX_TOKENS)
    max_tokens, fill = _fit_window(model, body, prompt_tokens, requested)
    _check_work("n", body.get("n") or 1, max_tokens, fill)
    conversation = "\n".join(_content_text(m.get("content")) for m in messages)
    last_user = next(
        (_content_text(m.get("content")) for m in reversed(messages) if m.get("role") == "user"),
        conversation,
    )
    topics = topic_words(last_user)
    seed = (*_seed_parts(model, body), conversation)
    budget = reasoning_budget(model.reasoning, body)
    top, openai_form = _chat_logprobs(body)
    choices = []
    completion_tokens = 0
    for index in range(body.get("n") or 1):
        reasoning, reasoning_tokens = _reasoning(budget, topics, (*seed, index))
        completion_tokens += reasoning_tokens
        call = _tool_call(body, messages, (*seed, index))
        if call is not None:
            message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
            if reasoning is not None:
                message["reasoning_content"] = reasoning
            completion_tokens += count_tokens(
                call["function"]["name"] + call["function"]["arguments"]
            )
            choices.append({"index": index, "message": message, "finish_reason": "tool_calls"})
            continue
        generation = generate(
            rng_for(*seed, index),
            topics,
            max_tokens=max_tokens,
            stop=_stops(body.get("stop")),
            fill=fill,
            logprobs=top,
        )
        generation = _json_mode_generation(body, generation, (*seed, index), topics, max_tokens)
        completion_tokens += generation.token_count
        message = {"role": "assistant", "content": generation.text}
        if reasoning is not None:
            message["reasoning_content"] = reasoning
        choice: dict[str, Any] = {
            "index": index,
            "message": message,
            "finish_reason": generation.finish_reason,
        }
        if generation.logprobs is not None:
            choice["logprobs"] = (
                openai_logprobs(generation.logprobs, top or 0)
                if openai_form
                else generation.logprobs
            )
        tokens = split_tokens(generation.text)
        if body.get("return_token_ids"):
            choice["token_ids"] = token_ids(tokens)
        if body.get("raw_output"):
            choice["raw_output"] = raw_output(conversation, generation.text, tokens)
        choices.append(choice)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    head = {"id": _request_id("chatcmpl", body), "created": CREATED, "model": model.id}
    extra = _chat_extra(body, prompt_tokens, conversation)
    if body.get("stream"):
        return StreamResult(_chat_chunks(head, choices, usage, extra))
    return JsonResult(
        {**head, "object": "chat.completion", "choices": choices, "usage": usage, **extra}
    )


def _chat_chunks(
    head: dict[str, Any],
    choices: list[dict[str, Any]],
    usage: dict[str, int],
    extra: dict[str, Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """Role first, then the reasoning and the content a token a chunk (each content chunk
    with its log probabilities, when asked), then a finish chunk carrying usage (and
    ``perf_metrics``), for each choice; the choices' chunks interleave. Made as they are sent,
    so that the chunks of a long answer never all exist at once."""
    extra = extra or {}
    per_choice: list[tuple[dict[str, Any], list[Any]]] = []
    for choice in choices:
        message = choice["message"]
        pieces: list[Any] = [
            {"reasoning_content": piece}
            for piece in split_tokens(message.get("reasoning_content") or "")
        ]
        if message.get("tool_calls"):
            pieces.append({"tool_calls": [{"index": 0, **message["tool_calls"][0]}]})
        else:
            entries = (choice.get("logprobs") or {}).get("content")
            for position, piece in enumerate(stream_pieces(message["content"])):
                delta: dict[str, Any] = {"content": piece}
                if entries is not None and position < len(entries):
                    delta = {"content": piece, "_logprobs": {"content": [entries[position]]}}
                pieces.append(delta)
        per_choice.append((choice, pieces))

    def event(choice: dict[str, Any], pieces: list[Any], step: int) -> dict[str, Any]:
        if step == 0:
            return {
                "index": choice["index"],
                "delta": {"role": "assistant", "content": ""},
                "finish_reason": None,
            }
        if step <= len(pieces):
            piece = dict(pieces[step - 1])
            logprobs = piece.pop("_logprobs", None)
            made: dict[str, Any] = {"index": choice["index"], "delta": piece, "finish_reason": None}
            if logprobs is not None:
                made["logprobs"] = logprobs
            return made
        return {"index": choice["index"], "delta": {}, "finish_reason": choice["finish_reason"]}

    for step in range(max(len(pieces) + 2 for _, pieces in per_choice)):
        for choice, pieces in per_choice:
            if step < len(pieces) + 2:
                made = event(choice, pieces, step)
                final = made["finish_reason"] is not None
                yield {
                    **head,
                    "object": "chat.completion.chunk",
                    "choices": [made],
                    "usage": usage if final else None,
                    **(extra if final else {}),
                }


# --- completions ----------------------------------------------------------------------------


def _prompts(prompt: Any) -> list[tuple[str, int]]:
    """(text, token count) for each prompt; token ids count one token each. An empty list is
    one empty prompt (today's schema allows it)."""
    if isinstance(prompt, str) or not prompt:
        prompt = prompt or ""
        return [(prompt, count_tokens(prompt))]
    if prompt and all(isinstance(p, str) for p in prompt):
        return [(p, count_tokens(p)) for p in prompt]
    if prompt and all(isinstance(p, int) for p in prompt):
        return [(" ".join(map(str, prompt)), len(prompt))]
    return [(" ".join(map(str, ids)), len(ids)) for ids in prompt]


def completion(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = _text_model(models, request)
    prompts = _prompts(body["prompt"])
    requested = _max_tokens(body, _COMPLETION_MAX_TOKENS)
    max_tokens, fill = _fit_window(model, body, max(count for _, count in prompts), requested)
    echo = bool(body.get("echo"))
    echoed = n_echo = 0
    if echo:
        n_echo = body.get("n") or 1
        echoed = n_echo * sum(len(text) for text, _ in prompts)
    if echoed > MAX_ECHO_CHARACTERS:
        raise MockError(
            400,
            f"echo: n x prompt length is {n_echo} x {echoed // n_echo} characters; the mock "
            f"echoes at most {MAX_ECHO_CHARACTERS} per request (rule: mock limit)",
            param="echo",
            code="mock_limit",
        )
    choices = []
    completion_tokens = 0
    n = body.get("n") or 1
    _check_work("prompts x n", len(prompts) * n, max_tokens, fill)
    for p, (text, _) in enumerate(prompts):
        for i in range(n):
            rng = rng_for(*_seed_parts(model, body), text, i)
            offset = len(text) if echo else 0
            generation = generate(
                rng,
                topic_words(text),
                max_tokens=max_tokens,
                stop=_stops(body.get("stop")),
                fill=fill,
                logprobs=body.get("logprobs"),
                text_offset=offset,
                lead=" ",
            )
            generation = _json_mode_generation(
                body,
                generation,
                (*_seed_parts(model, body), text, i),
                topic_words(text),
                max_tokens,
                [{"role": "user", "content": text}],
                "prompt",
            )
            completion_tokens += generation.token_count
            choices.append(
                {
                    "text": (text if echo else "") + generation.text,
                    "index": p * n + i,
                    "logprobs": generation.logprobs,
                    "finish_reason": generation.finish_reason,
                }
            )
    prompt_tokens = sum(count for _, count in prompts)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    head = {
        "id": _request_id("cmpl", body),
        "object": "text_completion",
        "created": CREATED,
        "model": model.id,
    }
    if body.get("stream"):
        return StreamResult(
            _completion_chunks(
                head, choices, usage, echo_prompts=[t for t, _ in prompts] if echo else None, n=n
            )
        )
    return JsonResult({**head, "choices": choices, "usage": usage})


def _completion_chunks(
    head: dict[str, Any],
    choices: list[dict[str, Any]],
    usage: dict[str, int],
    *,
    echo_prompts: list[str] | None,
    n: int,
) -> Iterator[dict[str, Any]]:
    """One chunk per token; the last chunk of each choice carries finish_reason and usage.
    Made as they are sent, like the chat chunks."""
    per_choice: list[tuple[dict[str, Any], list[str]]] = []
    for choice in choices:
        text: str = choice["text"]
        pieces: list[str] = []
        if echo_prompts is not None:
            prompt = echo_prompts[choice["index"] // n]
            pieces.append(prompt)
            text = text[len(prompt) :]
        pieces += stream_pieces(text) or [""]
        per_choice.append((choice, pieces))
    shift = 1 if echo_prompts is not None else 0

    def event(choice: dict[str, Any], pieces: list[str], k: int) -> dict[str, Any]:
        logprobs = choice["logprobs"]
        token_logprobs = None
        j = k - shift
        if logprobs is not None and 0 <= j < len(logprobs["tokens"]):
            token_logprobs = {key: values[j : j + 1] for key, values in logprobs.items()}
        return {
            "text": pieces[k],
            "index": choice["index"],
            "logprobs": token_logprobs,
            "finish_reason": choice["finish_reason"] if k == len(pieces) - 1 else None,
        }

    for step in range(max(len(pieces) for _, pieces in per_choice)):
        for choice, pieces in per_choice:
            if step < len(pieces):
                made = event(choice, pieces, step)
                yield {**head, "choices": [made], "usage": usage if made["finish_reason"] else None}


# --- embeddings -----------------------------------------------------------------------------


_FIELD = re.compile(r"\{\{?\s*(\w+)\s*\}?\}")


def _embedding_texts(body: dict[str, Any]) -> list[str]:
    """The texts to embed: strings as they are; structured inputs (objects) through
    ``prompt_template``, whose ``{field}`` (or ``{{ field }}``) places take the object's
    fields."""
    given = body["input"]
    items = [given] if isinstance(given, str | dict) else list(given)
    template = body.get("prompt_template")
    texts = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            texts.append(item)
            continue
        if not isinstance(template, str):
            raise MockError(
                400,
                f"input[{index}]: an object needs prompt_template to become text",
                param="prompt_template",
                code="missing_prompt_template",
            )

        texts.append(_render(template, item))
    return texts


def _render(template: str, fields: dict[str, Any]) -> str:
    """``template`` with each ``{field}`` replaced; a field the object lacks renders empty, as
    an undefined Jinja2 variable does."""
    values = {k: str(v) for k, v in fields.items()}
    return _FIELD.sub(lambda match: values.get(match.group(1), ""), template)


def _base64_floats(values: list[float]) -> str:
    """Little-endian float32, base64-encoded: the service's encoding_format "base64"."""
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def embedding(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = find_model(models, body["model"])
    if model is None or model.kind is not ModelKind.EMBEDDING:
        raise MockError(
            404,
            f"Model not found: {body['model']!r} is not an embedding model",
            param="model",
            code="model_not_found",
        )
    inputs = _embedding_texts(body)
    size = body.get("dimensions") or model.dimensions
    if size > model.dimensions:
        raise MockError(
            400,
            f"dimensions: {size} is more than the {model.dimensions} that {model.id} produces",
            param="dimensions",
            code="invalid_dimensions",
        )
    data, total = [], 0
    for index, text in enumerate(inputs):
        tokens = count_tokens(text)
        if not text:
            raise MockError(
                400,
                f"input[{index}]: must not be an empty string",
                param="input",
                code="empty_input",
            )
        if tokens > model.context_window:
            raise MockError(
                400,
                f"input[{index}]: {tokens} tokens is more than the {model.context_window} "
                f"that {model.id} accepts",
                param="input",
                code="input_too_long",
            )
        total += tokens
        rng = rng_for(model.id, text)
        full = [rng.gauss(0.0, 1.0) for _ in range(model.dimensions)]
        vector = full[:size]
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        unit = [v / norm for v in vector]
        data.append(
            {
                "object": "embedding",
                "index": index,
                "embedding": _base64_floats(unit)
                if body.get("encoding_format") == "base64"
                else unit,
            }
        )
    return JsonResult(
        {
            "object": "list",
            "model": model.id,
            "data": data,
            "usage": {"prompt_tokens": total, "total_tokens": total},
        }
    )


# --- images ---------------------------------------------------------------------------------

_UNSAFE_WORD = "unsafe"  # with safety_check, a prompt containing it comes back CONTENT_FILTERED


def _image_answer(
    request: MockRequest,
    prompt: str,
    size: tuple[int, int],
    init: Any = None,
    strength: float = 0.5,
) -> Result:
    body = request.body
    samples = body.get("samples") or 1
    if samples * size[0] * size[1] > MAX_IMAGE_PIXELS:
        raise MockError(
            400,
            f"samples x image size: {samples} x {size[0]}x{size[1]} pixels; the mock renders at "
            f"most {MAX_IMAGE_PIXELS} pixels per request (10 of 1024x1024) (rule: mock limit)",
            param="samples",
            code="mock_limit",
        )
    base_seed = body.get("seed") or int(
        hashlib.sha256(json.dumps([prompt, size, body.get("steps")]).encode()).hexdigest()[:8], 16
    )
    filtered = bool(body.get("safety_check")) and _UNSAFE_WORD in prompt.lower()
    finish = "CONTENT_FILTERED" if filtered else "SUCCESS"
    wants = _answer_type(request)
    images = []
    for k in range(samples):
        seed = (base_seed + k) % 4294967296
        images.append(
            (
                seed,
                render_image(
                    size[0],
                    size[1],
                    rng_for(prompt, seed),
                    filtered=filtered,
                    init=init,
                    strength=strength,
                ),
            )
        )
    if samples == 1 and wants != _JSON:
        seed, image = images[0]
        return BinaryResult(
            encode_image(image, wants), wants, {"Finish-Reason": finish, "Seed": str(seed)}
        )
    artifacts = [
        {
            "base64": base64.b64encode(encode_image(image, "image/png")).decode(),
            "finishReason": finish,
            "seed": seed,
        }
        for seed, image in images
    ]
    return JsonResult(artifacts)


def _answer_type(request: MockRequest) -> str:
    """The first of the operation's success content types that the Accept header names, else
    the first it declares (image/png)."""
    offered = [b.content_type for b in request.operation.success]
    for part in request.accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return offered[0]


def _file_part(request: MockRequest) -> Image:
    """The image sent in the operation's one file part (init_image, control_image)."""
    (name,) = request.operation.binary_fields
    return decode_image(request.files.get(name, b""), name)


def _prompt_of(body: dict[str, Any]) -> str:
    if "text_prompts" in body:
        return " ".join(p["text"] for p in body["text_prompts"] if p.get("weight", 1) >= 0)
    return str(body.get("prompt") or "")


def generate_image(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    size = (body.get("width") or 1024, body.get("height") or 1024)
    return _image_answer(request, _prompt_of(body), size)


def image_to_image(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    init = _file_part(request)
    if body["init_image_mode"] == "STEP_SCHEDULE":
        if "step_schedule_end" not in body:
            raise MockError(
                400,
                "step_schedule_end: required when init_image_mode is STEP_SCHEDULE",
                param="step_schedule_end",
                code="mode_requires_field",
            )
        strength = 1.0 - float(body.get("step_schedule_start", 0.65))
    else:
        strength = float(body.get("image_strength", 0.1))
    return _image_answer(request, _prompt_of(body), init.size, init=init, strength=1.0 - strength)


def control_net(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    control = _file_part(request)
    scale = float(body.get("conditioning_scale", 0.5))
    return _image_answer(request, _prompt_of(body), control.size, init=control, strength=scale)


# --- models ---------------------------------------------------------------------------------


def list_models(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    data = [
        {"id": m.id, "object": "model", "created": m.created, "owned_by": m.owned_by}
        for m in models
    ]
    return JsonResult({"object": "list", "data": data})


BEHAVIOURS: dict[str, Callable[[tuple[ModelInfo, ...], MockRequest], Result]] = {
    "create_chat_completion_v1_chat_completions_post": chat_completion,
    "create_completion_v1_completions_post": completion,
    "createEmbedding": embedding,
    "generateImage": generate_image,
    "imageToImage": image_to_image,
    "controlNet": control_net,
    "listModels": list_models,
}
