"""The generated fast constructors (``fireworks_api.fast``) give exactly what the generated
``from_dict`` gives: the same objects, down to enum members, UNSET, None and the unknown keys
kept in ``additional_properties``, and the same errors; and today's service shapes take the fast
path, never ``from_dict``."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from unittest import mock

import attrs
import fireworks_api.models
import pytest
from fireworks_api import fast
from fireworks_api.fast import MODELS, parser_for
from fireworks_api.operations import OPERATIONS
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from codegen.operations import effective_spec, operations
from tests._oas import (
    body_class,
    object_properties,
    request_body,
    response_cases,
    to_json_schema,
)

SPEC = effective_spec()


def _model(name: str) -> type[Any]:
    cls: type[Any] = getattr(fireworks_api.models, name)
    return cls


# The roots drawn from: every component object schema that is a generated model, and every
# request body (the inline ones have no component of their own).
ROOTS: dict[str, tuple[type[Any], dict[str, Any]]] = {
    name: (_model(name), {"$ref": f"#/components/schemas/{name}"})
    for name in SPEC["components"]["schemas"]
    if name in MODELS
}
for _op in operations(SPEC):
    _body = request_body(_op, SPEC)
    if _body is not None:
        _cls = body_class(_op)
        ROOTS.setdefault(_cls.__name__, (_cls, _body[1]))
# ... and every inline answer object (the generator names them after the operation).
for _case in response_cases(SPEC):
    if "$ref" in _case.schema or _case.schema.get("type") != "object":
        continue
    _bodies = OPERATIONS[_case.operation.operation_id].responses[_case.status]
    _name = next((b.model for b in _bodies if b.content_type == _case.media_type), None)
    if _name is not None:
        ROOTS.setdefault(_name, (_model(_name), _case.schema))


def test_the_roots_reach_every_model() -> None:
    """Every model class is built, directly or inside another, by a property test below."""
    reached = {dep for name in ROOTS for dep in fast._REACH[name]}
    assert set(MODELS) <= reached, sorted(set(MODELS) - reached)
    assert len(MODELS) == 104  # the generator emits 104 model classes (and its enums)


def _same(got: Any, expected: Any, path: str = "$") -> None:
    """Equal and of the same types all the way down (a StrEnum member equals its str)."""
    assert type(got) is type(expected), f"{path}: {type(got)} != {type(expected)}"
    if attrs.has(type(expected)):
        for field in attrs.fields(type(expected)):
            _same(getattr(got, field.name), getattr(expected, field.name), f"{path}.{field.name}")
    elif isinstance(expected, list):
        assert len(got) == len(expected), path
        for n, (a, b) in enumerate(zip(got, expected, strict=True)):
            _same(a, b, f"{path}[{n}]")
    elif isinstance(expected, dict):
        assert list(got) == list(expected), path  # the same keys, in the same order
        for key in expected:
            _same(got[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, io.BytesIO):
        assert got.getvalue() == expected.getvalue(), path
    else:
        assert got == expected, f"{path}: {got!r} != {expected!r}"


def _check(cls: type[Any], payload: Any) -> None:
    """``parser_for(cls)`` and ``cls.from_dict`` agree on ``payload``: result or error."""
    parse = parser_for(cls)
    error: Exception | None = None
    try:
        expected = cls.from_dict(payload)
    except Exception as exc:
        error = exc
    if error is None:
        _same(parse(payload), expected)
        return
    with pytest.raises(type(error)) as raised:
        parse(payload)
    assert str(raised.value) == str(error)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _with_unknown_keys(payload: Any, value: Any) -> Any:
    """A copy with an unknown key added to every object, at every depth."""
    if isinstance(payload, dict):
        out = {k: _with_unknown_keys(v, value) for k, v in payload.items()}
        out.setdefault("x_unknown_field", value)
        return out
    if isinstance(payload, list):
        return [_with_unknown_keys(v, value) for v in payload]
    return payload


def _paths(payload: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(payload, dict):
        for key, value in payload.items():
            yield from _paths(value, (*at, key))
    elif isinstance(payload, list):
        for n, value in enumerate(payload):
            yield from _paths(value, (*at, n))


def _mutated(payload: Any, path: tuple[Any, ...], value: Any, delete: bool) -> Any:
    """A copy with the value at ``path`` replaced by ``value``, or its key removed."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(payload, dict):
        out = dict(payload)
        if delete and not rest:
            del out[head]
        else:
            out[head] = _mutated(payload[head], rest, value, delete)
        return out
    out_list = list(payload)
    out_list[head] = _mutated(payload[head], rest, value, delete)
    return out_list


def _binary_fields(schema: dict[str, Any]) -> set[str]:
    props = object_properties(schema, SPEC)
    return {name for name, prop in props.items() if prop.get("format") == "binary"}


# What a value anywhere is replaced by: null, a string no enum knows (a plain enum refuses it, a
# nullable one keeps it), a number, empty containers, a list of an empty object, the example's
# random JSON value, and _DELETE, which removes the key.
_DELETE = object()
_ODD_VALUES = [None, "x_odd", 0, [], {}, [{}], _DELETE]
_PATHS = 40  # at most as many paths changed per example (the first, depth first)


@pytest.mark.parametrize("name", sorted(ROOTS))
def test_fast_equals_from_dict_on_payloads_drawn_from_the_schema(name: str) -> None:
    """Valid payloads (optional fields absent, nulls where allowed), the same with an unknown key
    in every object, and the same with any one value replaced by an odd one or removed."""
    cls, schema = ROOTS[name]
    binaries = _binary_fields(schema)

    @given(payload=from_schema(to_json_schema(schema, SPEC)), extra=json_values)
    def check(payload: Any, extra: Any) -> None:
        if binaries and isinstance(payload, dict):
            # multipart bodies: from_dict takes file fields as bytes
            payload = {k: v.encode() if k in binaries else v for k, v in payload.items()}
        _check(cls, payload)
        _check(cls, _with_unknown_keys(payload, extra))
        for path in list(_paths(payload))[:_PATHS]:
            for odd in [*_ODD_VALUES, extra]:
                if odd is _DELETE and not (path and isinstance(path[-1], str)):
                    continue
                _check(cls, _mutated(payload, path, odd, delete=odd is _DELETE))

    check()


@pytest.mark.parametrize("name", MODELS)
def test_every_model_has_a_parser_that_refuses_what_from_dict_refuses(name: str) -> None:
    cls = _model(name)
    parse = parser_for(cls)
    assert parser_for(cls) is parse  # made once
    for payload in (None, [], "text", 3, [("id", "x")], {"x_unknown_field": 1}, {}):
        _check(cls, payload)


def test_every_model_class_is_built_without_its_init() -> None:
    """Under the pinned attrs every model's ``__init__`` only stores its arguments, so the fast
    constructors fill the slots themselves; and were it otherwise, a model's parser would be
    its reference ``from_dict``."""
    for name in MODELS:
        parser_for(_model(name))
    assert not fast._NOT_PLAIN
    cls = _model("UsageInfo")
    with (
        mock.patch.object(fast, "_NOT_PLAIN", {"UsageInfo"}),
        mock.patch.dict(fast._PARSERS, clear=True),
    ):
        parse = parser_for(cls)
        with (
            mock.patch.object(cls, "from_dict", side_effect=AssertionError("reference")),
            pytest.raises(AssertionError, match="reference"),
        ):
            parse(USAGE)
        _check(cls, USAGE)


def test_parser_for_refuses_other_classes() -> None:
    class Stranger:
        pass

    with pytest.raises(TypeError, match="not a model"):
        parser_for(Stranger)
    # Same name as a model, but not the model.
    lookalike = type("UsageInfo", (), {})
    with pytest.raises(TypeError, match="not a model"):
        parser_for(lookalike)


def test_importing_the_module_loads_no_model() -> None:
    code = (
        "import sys\n"
        "import fireworks_api.fast\n"
        "heavy = ('fireworks_api.models.', 'fireworks_api.types', 'attr')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "assert loaded == [], loaded\n"
        "from fireworks_api.models import UsageInfo\n"
        "fireworks_api.fast.parser_for(UsageInfo)\n"
        "assert 'fireworks_api.models.create_chat_completion_response' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# Today's service shapes: more than the seed's (``"logprobs": null`` in every choice, unknown
# top-level fields such as ``perf_metrics``, unknown delta fields such as ``reasoning_content``).
HEAD = {"id": "chatcmpl-1", "created": 1735689600, "model": "accounts/fireworks/models/m"}
USAGE = {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}
CHAT_CHUNKS = [
    {
        **HEAD,
        "object": "chat.completion.chunk",
        "choices": [
            {
                "index": 0,
                "delta": {"role": "assistant", "content": None},
                "finish_reason": None,
                "logprobs": None,
            }
        ],
        "usage": None,
        "perf_metrics": {"ttft_ms": 12.5},
    },
    {
        **HEAD,
        "object": "chat.completion.chunk",
        "choices": [
            {
                "index": 0,
                "delta": {"content": " word", "reasoning_content": None},
                "finish_reason": None,
                "logprobs": None,
            }
        ],
        "usage": None,
        "system_fingerprint": "fp",
    },
    {
        **HEAD,
        "object": "chat.completion.chunk",
        "choices": [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "f", "arguments": "{"},
                        }
                    ]
                },
                "finish_reason": None,
                "logprobs": None,
            }
        ],
        "usage": None,
    },
    {
        **HEAD,
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop", "logprobs": None}],
        "usage": USAGE,
        "perf_metrics": {"ttft_ms": 12.5},
    },
    # the seed's shape
    {
        **HEAD,
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {"content": " word"}, "finish_reason": None}],
        "usage": None,
    },
]
TEXT_CHUNKS = [
    {
        **HEAD,
        "object": "text_completion",
        "choices": [{"index": 0, "text": " a", "finish_reason": None, "logprobs": None}],
        "usage": None,
        "perf_metrics": {},
    },
    {
        **HEAD,
        "object": "text_completion",
        "choices": [
            {
                "index": 0,
                "text": " b",
                "finish_reason": "length",
                "logprobs": {"tokens": [" b"], "token_logprobs": [-0.5]},
            }
        ],
        "usage": USAGE,
    },
]
CHAT_ANSWER = {
    **HEAD,
    "object": "chat.completion",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello", "reasoning_content": None},
            "finish_reason": "stop",
            "logprobs": None,
        },
        {
            "index": 1,
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "f", "arguments": "{}"},
                    }
                ],
            },
            "finish_reason": "tool_calls",
            "logprobs": None,
        },
    ],
    "usage": USAGE,
    "perf_metrics": {"ttft_ms": 1},
}
TEXT_ANSWER = {
    **HEAD,
    "object": "text_completion",
    "choices": [{"index": 0, "text": "sky", "finish_reason": "stop", "logprobs": None}],
    "usage": USAGE,
}
EMBEDDINGS = {
    "object": "list",
    "model": "nomic-ai/nomic-embed-text-v1.5",
    "data": [{"index": 0, "object": "embedding", "embedding": [0.1, -0.2]}],
    "usage": {"prompt_tokens": 3, "total_tokens": 3},
}
MODEL_LIST = {
    "object": "list",
    "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "fireworks"}],
}
SERVICE_SHAPES = [
    *(("ChatCompletionStreamResponse", c) for c in CHAT_CHUNKS),
    *(("CompletionStreamResponse", c) for c in TEXT_CHUNKS),
    ("ChatCompletionResponse", CHAT_ANSWER),
    ("CompletionResponse", TEXT_ANSWER),
    ("CreateEmbeddingResponse", EMBEDDINGS),
    ("ListModelsResponse", MODEL_LIST),
]


@contextlib.contextmanager
def _no_from_dict() -> Iterator[None]:
    """Every model's from_dict raises: whatever parses now took the fast path throughout."""
    with contextlib.ExitStack() as stack:
        for name in MODELS:
            stack.enter_context(
                mock.patch.object(
                    _model(name), "from_dict", side_effect=AssertionError(f"{name}.from_dict")
                )
            )
        yield


@pytest.mark.parametrize(
    ("name", "payload"), SERVICE_SHAPES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(SERVICE_SHAPES)]
)
def test_the_service_shapes_take_the_fast_path(name: str, payload: dict[str, Any]) -> None:
    cls = _model(name)
    parse = parser_for(cls)
    expected = cls.from_dict(payload)
    with _no_from_dict():
        got = parse(payload)
    _same(got, expected)
    assert got.to_dict() == expected.to_dict() == payload


def test_the_fallback_is_the_reference_from_dict_of_the_moment() -> None:
    """An input the fast path refuses goes to from_dict, looked up when it is needed."""
    cls = _model("ChatCompletionStreamResponse")
    parse = parser_for(cls)
    odd = {**CHAT_CHUNKS[1], "choices": tuple(CHAT_CHUNKS[1]["choices"])}
    with _no_from_dict(), pytest.raises(AssertionError, match=r"Response\.from_dict"):
        parse(odd)
    _check(cls, odd)


# The same shapes with random values and random extra fields: always the fast path.
_TEXT = st.text(max_size=12)
_EXTRA_KEYS = st.dictionaries(st.sampled_from(["perf_metrics", "x_new", "trace"]), json_values)
_USAGE = st.fixed_dictionaries({k: st.integers(0, 10**6) for k in USAGE})
_HEAD = {"id": _TEXT, "created": st.integers(0, 2**40), "model": _TEXT, "object": _TEXT}


def _choice(fields: dict[str, Any]) -> Any:
    """A choice, with ``"logprobs": null`` or without (unless ``fields`` has it)."""
    return st.builds(
        lambda base, extra: {**extra, **base},
        st.fixed_dictionaries(fields),
        st.fixed_dictionaries({}, optional={"logprobs": st.none()}),
    )


def _answer(choice: Any, usage: Any) -> Any:
    return st.builds(
        lambda head, extra: {**extra, **head},
        st.fixed_dictionaries({**_HEAD, "choices": st.lists(choice, max_size=3)}, optional=usage),
        _EXTRA_KEYS,
    )


_DELTA = st.fixed_dictionaries(
    {},
    optional={
        "role": st.sampled_from(["assistant", "user", "system", "tool"]),
        "content": st.none() | _TEXT,
        "reasoning_content": st.none() | _TEXT,
    },
)
SERVICE = {
    "ChatCompletionStreamResponse": _answer(
        _choice(
            {
                "index": st.integers(0, 8),
                "delta": _DELTA,
                "finish_reason": st.sampled_from([None, "stop", "length", "tool_calls", "new"]),
            }
        ),
        {"usage": st.none() | _USAGE},
    ),
    "CompletionStreamResponse": _answer(
        _choice(
            {
                "index": st.integers(0, 8),
                "text": _TEXT,
                "finish_reason": st.sampled_from([None, "stop", "length", "new"]),
            }
        ),
        {"usage": st.none() | _USAGE},
    ),
    "ChatCompletionResponse": _answer(
        _choice(
            {
                "index": st.integers(0, 8),
                "message": st.fixed_dictionaries(
                    {"role": st.sampled_from(["assistant", "user", "system"])},
                    optional={"content": st.none() | _TEXT},
                ),
                "finish_reason": st.sampled_from(["stop", "length", "tool_calls"]),
            }
        ),
        {"usage": _USAGE},
    ),
    "CompletionResponse": st.builds(  # usage is required in today's answer
        lambda head, extra: {**extra, **head},
        st.fixed_dictionaries(
            {
                **_HEAD,
                "choices": st.lists(
                    _choice(
                        {
                            "index": st.integers(0, 8),
                            "text": _TEXT,
                            "finish_reason": st.sampled_from(["stop", "length"]),
                            "logprobs": st.none(),
                        }
                    ),
                    max_size=3,
                ),
                "usage": _USAGE,
            }
        ),
        _EXTRA_KEYS,
    ),
}


@pytest.mark.parametrize("name", sorted(SERVICE))
def test_service_shapes_with_random_values_take_the_fast_path(name: str) -> None:
    cls = _model(name)
    parse = parser_for(cls)

    @given(SERVICE[name])
    def check(payload: dict[str, Any]) -> None:
        expected = cls.from_dict(payload)
        with _no_from_dict():
            got = parse(payload)
        _same(got, expected)

    check()


@pytest.mark.parametrize(
    "choice",
    [
        # a nullable enum lets an unknown value through as it is; a plain one refuses it
        {"index": 0, "delta": {}, "finish_reason": "surprise"},
        {"index": 0, "delta": {}, "finish_reason": 7},
        {"index": 0, "delta": {"role": "robot"}, "finish_reason": None},
        {"index": 0, "delta": {"role": None}, "finish_reason": None},
        {"index": 0, "delta": None, "finish_reason": None},
        {"index": 0, "delta": {"tool_calls": None}, "finish_reason": None},
        {"index": 0, "delta": {"tool_calls": [{"id": "t"}]}, "finish_reason": None},
        {"index": 0, "finish_reason": None},
        {"delta": {"content": []}, "finish_reason": None, "index": "0"},
    ],
)
def test_odd_chunks_parse_or_fail_as_from_dict_does(choice: dict[str, Any]) -> None:
    chunk = {**HEAD, "object": "chat.completion.chunk", "choices": [choice]}
    for usage in ({}, {"usage": None}, {"usage": []}, {"usage": {"prompt_tokens": 1}}):
        _check(_model("ChatCompletionStreamResponse"), {**chunk, **usage})


@pytest.mark.parametrize(
    "content",
    [
        "hi",
        None,
        [{"type": "text", "text": "hi"}],
        [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}],
        [{"type": "image_url"}, {"text": "x"}, {}],
        [{"type": "other"}],
        ["not an object"],
        7,
    ],
)
def test_union_members_are_tried_in_the_generators_order(content: Any) -> None:
    """ChatMessage.content: null, a string, or a list of content parts; whatever fails the
    list is kept as it came."""
    _check(_model("ChatMessage"), {"role": "user", "content": content})


def test_json_round_trip_of_a_stream_chunk() -> None:
    """The fast constructor on what json.loads gives, as the client calls it."""
    cls = _model("ChatCompletionStreamResponse")
    for chunk in CHAT_CHUNKS:
        _check(cls, json.loads(json.dumps(chunk)))
