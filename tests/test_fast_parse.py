"""The models' one parser (``fireworks_api.fast``, each model's ``from_dict``) held to the
schema's meaning on payloads drawn from the schema: what the schema allows parses and comes
back unchanged from ``to_dict()`` (optional fields absent stay absent, nulls stay null, unknown
fields are kept); any value replaced by one of another type, or removed, parses exactly when
the schema still allows it, and otherwise raises ``SchemaMismatch`` naming the model, the
field and the rule. There is no second parser to fall back on."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import fireworks_api.models
import fireworks_api.types
import jsonschema_rs
import pytest
from fireworks_api import fast
from fireworks_api.fast import MODELS, SchemaMismatch, parser_for
from fireworks_api.operations import OPERATIONS
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from codegen.operations import effective_spec, operations
from codegen.params import _model_name
from tests._oas import (
    body_class,
    drawable,
    examples_for,
    json_same,
    object_properties,
    request_body,
    response_cases,
    to_json_schema,
)

SPEC = effective_spec()


def _class_name(component: str) -> str:
    """The generator's class name of a component schema (``gatewayAccount`` ->
    ``GatewayAccount``)."""
    return _model_name(f"#/components/schemas/{component}")


def _model(name: str) -> type[Any]:
    cls: type[Any] = getattr(fireworks_api.models, name)
    return cls


# The roots drawn from: every component object schema that is a generated model, and every
# request body (the inline ones have no component of their own).
ROOTS: dict[str, tuple[type[Any], dict[str, Any]]] = {
    _class_name(name): (_model(_class_name(name)), {"$ref": f"#/components/schemas/{name}"})
    for name in SPEC["components"]["schemas"]
    if _class_name(name) in MODELS
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
    assert len(MODELS) == 324  # the generator emits 324 model classes (and its enums)


# What the parser checks is the JSON type of every value (and enums, consts, required
# fields, null); the value constraints (ranges, lengths, patterns, formats) and the
# conditional keywords are the service's to enforce. The oracle is the schema without them;
# ``additionalProperties: false`` stays out of it too, since unknown keys are ignored.
_CONSTRAINTS = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "not",
        "if",
        "then",
        "else",
        "contentMediaType",
        "contentSchema",
    }
)


def _types_only(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_types_only(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "format" and value in ("date-time", "date"):
            out[key] = value  # the parser checks the formats it builds a value of, no other
            continue
        if key in _CONSTRAINTS or (key == "additionalProperties" and value is False):
            continue
        if key == "properties":
            out[key] = {k: _types_only(v) for k, v in value.items()}
        elif key == "oneOf":  # the parser takes the first member that fits
            out["anyOf"] = _types_only(value)
        elif key in ("items", "additionalProperties", "allOf", "anyOf"):
            out[key] = _types_only(value)
        else:
            out[key] = value
    return out


# Random JSON values; no float with an integral value (JSON Schema counts 1.0 as an integer,
# the parser wants an integer written as one, as every JSON encoder writes it).
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer())
    | st.text(max_size=8),
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


def _related(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """One path leads to the other (an error is reported where the value stops fitting: at
    the changed value, at the union holding it, or at a required field inside it)."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _keeps_unknown_keys(cls: type[Any]) -> bool:
    """Whether the schema lets the model keep unknown keys (not ``additionalProperties:
    false``): then it has ``additional_properties``."""
    return "additional_properties" in attrs.fields_dict(cls)


def _rebuilt_equal(cls: type[Any], model: Any) -> None:
    """``to_dict()`` and ``to_json()`` give back what parses into an equal model."""
    again = cls.from_dict(model.to_dict())
    assert again == model
    assert again.to_dict() == model.to_dict()
    assert json.loads(model.to_json()) == json.loads(json.dumps(model.to_dict()))


def _changes(payload: Any, extra: Any) -> Iterator[Any]:
    """The payload with an unknown key in every object, then with one value replaced by an
    odd one or removed, path by path."""
    yield _with_unknown_keys(payload, extra)
    for path in list(_paths(payload))[:_PATHS]:
        for odd in [*_ODD_VALUES, extra]:
            if odd is _DELETE and not (path and isinstance(path[-1], str)):
                continue
            yield _mutated(payload, path, odd, delete=odd is _DELETE)


def _paths_changed(old: Any, new: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The paths where ``new`` differs from ``old`` (outermost)."""
    if type(old) is not type(new):
        yield at
    elif isinstance(old, dict):
        for key in old.keys() | new.keys():
            if key not in old or key not in new:
                yield (*at, key)
            else:
                yield from _paths_changed(old[key], new[key], (*at, key))
    elif isinstance(old, list):
        if len(old) != len(new):
            yield at
        for n, (a, b) in enumerate(zip(old, new, strict=False)):
            yield from _paths_changed(a, b, (*at, n))
    elif old != new:
        yield at


# What a value anywhere is replaced by: null, a string no enum knows, a number, empty
# containers, a list of an empty object, the example's random JSON value, and _DELETE, which
# removes the key.
_DELETE = object()
_ODD_VALUES = [None, "x_odd", 0, 0.5, True, [], {}, [{}], _DELETE]
_PATHS = 25  # at most as many paths changed per example (the first, depth first)


@pytest.mark.parametrize("name", sorted(ROOTS))
def test_the_parser_accepts_exactly_what_the_schema_allows(name: str) -> None:
    """Payloads drawn from the schema parse and come back unchanged (also with an unknown key
    in every object, where the schema keeps them); with one value replaced or removed, they
    parse if and only if the schema (its types) still allows them, and a refusal names the
    model and a field on the way to the change."""
    cls, schema = ROOTS[name]
    binaries = _binary_fields(schema)
    json_schema = to_json_schema(schema, SPEC)
    oracle = jsonschema_rs.validator_for(_types_only(json_schema), validate_formats=True)
    parse = parser_for(cls)

    @settings(max_examples=examples_for(cls.__name__))
    @given(payload=from_schema(drawable(json_schema)), extra=json_values)
    def check(payload: Any, extra: Any) -> None:
        if binaries and isinstance(payload, dict):
            # multipart bodies: file fields are bytes; their parts are test_schema_roundtrip's
            payload = {k: v.encode() if k in binaries else v for k, v in payload.items()}
            parse(payload)
            return
        model = parse(payload)
        assert json_same(model.to_dict(), payload)
        _rebuilt_equal(cls, model)
        wider = {**payload, "x_unknown_field": extra}
        if oracle.is_valid(wider):  # unknown keys: kept, or ignored where the schema says so
            assert json_same(parse(wider).to_dict(), wider if _keeps_unknown_keys(cls) else payload)
        for changed in _changes(payload, extra):
            if oracle.is_valid(changed):
                model = parse(changed)
                assert cls.from_dict(model.to_dict()) == model
                continue
            with pytest.raises(SchemaMismatch) as refused:
                parse(changed)
            error = refused.value
            assert error.model and str(error).startswith(error.model), error
            assert any(_related(error.keys, path) for path in _paths_changed(payload, changed))

    check()


@pytest.mark.parametrize("name", MODELS)
def test_every_model_refuses_what_is_not_an_object(name: str) -> None:
    cls = _model(name)
    parse = parser_for(cls)
    assert parser_for(cls) is parse is fast._FAST[name]  # the function itself, made once
    for payload in (None, [], "text", 3, [("id", "x")]):
        with pytest.raises(SchemaMismatch, match=rf"^{name}: expected an object, got"):
            cls.from_dict(payload)


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


def test_there_is_one_parser() -> None:
    """The models' from_dict is the parser; nothing falls back to a second one."""
    source = inspect.getsource(fast)
    for gone in ("_Fallback", "_guarded", "_reference", "except Exception"):
        assert gone not in source, gone
    for name in MODELS:
        assert "_fast.build(cls, src_dict)" in inspect.getsource(_model(name).from_dict), name


def test_every_attribute_type_is_free_of_the_sentinel() -> None:
    """An answer's fields are typed ``X | None``; Unset appears only in the constructors'
    signatures (the "not given" marker of requests)."""
    for name in MODELS:
        cls = _model(name)
        for field in attrs.fields(cls):
            assert "Unset" not in str(field.type), (name, field.name, field.type)
            assert field.default is not fireworks_api.types.UNSET, (name, field.name)


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


# The same shapes with random values and random extra fields: always the fast path.
_TEXT = st.text(max_size=12)
_EXTRA_KEYS = st.dictionaries(st.sampled_from(["x_new", "trace"]), json_values)
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
                "finish_reason": st.sampled_from([None, "stop", "length", "tool_calls"]),
            }
        ),
        {"usage": st.none() | _USAGE},
    ),
    "CompletionStreamResponse": _answer(
        _choice(
            {
                "index": st.integers(0, 8),
                "text": _TEXT,
                "finish_reason": st.sampled_from([None, "stop", "length"]),
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


@pytest.mark.parametrize(
    ("name", "payload"), SERVICE_SHAPES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(SERVICE_SHAPES)]
)
def test_the_service_shapes_parse_and_come_back_unchanged(name: str, payload: Any) -> None:
    got = _model(name).from_dict(payload)
    assert json_same(got.to_dict(), payload)
    assert "Unset" not in repr(got)


@pytest.mark.parametrize("name", sorted(SERVICE))
def test_service_shapes_with_random_values_parse_and_come_back_unchanged(name: str) -> None:
    cls = _model(name)

    @given(SERVICE[name])
    def check(payload: dict[str, Any]) -> None:
        assert json_same(cls.from_dict(payload).to_dict(), payload)

    check()


CHUNK_ORACLE = jsonschema_rs.validator_for(
    _types_only(to_json_schema(ROOTS["ChatCompletionStreamResponse"][1], SPEC))
)


@pytest.mark.parametrize(
    "choice",
    [
        {"index": 0, "delta": {}, "finish_reason": "surprise"},
        {"index": 0, "delta": {}, "finish_reason": 7},
        {"index": 0, "delta": {"role": "robot"}, "finish_reason": None},
        {"index": 0, "delta": {"role": None}, "finish_reason": None},
        {"index": 0, "delta": None, "finish_reason": None},
        {"index": 0, "delta": {"tool_calls": None}, "finish_reason": None},
        {"index": 0, "delta": {"tool_calls": [{"id": "t"}]}, "finish_reason": None},
        {"index": 0, "finish_reason": None},
        {"delta": {"content": []}, "finish_reason": None, "index": "0"},
        {"index": True, "delta": {}},
    ],
)
def test_odd_chunks_parse_exactly_when_the_schema_allows_them(choice: dict[str, Any]) -> None:
    chunk = {**HEAD, "object": "chat.completion.chunk", "choices": [choice]}
    cls = _model("ChatCompletionStreamResponse")
    for usage in ({}, {"usage": None}, {"usage": []}, {"usage": {"prompt_tokens": 1}}):
        payload = {**chunk, **usage}
        if CHUNK_ORACLE.is_valid(payload):
            assert json_same(cls.from_dict(payload).to_dict(), payload)
        else:
            with pytest.raises(SchemaMismatch, match=r"^ChatCompletionStreamResponse: "):
                cls.from_dict(payload)


def test_a_mismatch_names_the_model_the_field_and_the_rule() -> None:
    cls = _model("ChatCompletionStreamResponse")
    chunk = {**CHAT_CHUNKS[1], "choices": [{"index": 0, "delta": {"content": 5}}]}
    with pytest.raises(SchemaMismatch) as raised:
        cls.from_dict(chunk)
    assert str(raised.value) == (
        "ChatCompletionStreamResponse: choices[0].delta.content: "
        "expected a string or null, got int 5"
    )
    assert raised.value.keys == ("choices", 0, "delta", "content")
    del chunk["id"]
    with pytest.raises(SchemaMismatch, match=r"^ChatCompletionStreamResponse: id: a required"):
        cls.from_dict(chunk)
    usage = _model("UsageInfo")
    with pytest.raises(SchemaMismatch, match=r"^UsageInfo: total_tokens: expected an integer"):
        usage.from_dict({**USAGE, "total_tokens": True})
    with pytest.raises(SchemaMismatch, match=r"^UsageInfo: total_tokens: expected an integer"):
        usage.from_dict({**USAGE, "total_tokens": 12.0})


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("hi", str),
        (None, type(None)),
        ([{"type": "text", "text": "hi"}], list),
        ([{"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}], list),
        ([{"type": "other"}], list),
        (["not an object"], None),
        (7, None),
        ({"type": "text"}, None),
    ],
)
def test_union_members_are_tried_in_the_generators_order(content: Any, kind: type | None) -> None:
    """ChatMessage.content: null, a string, or a list of content parts; anything else is a
    mismatch at the field."""
    cls = _model("ChatMessage")
    if kind is None:
        with pytest.raises(SchemaMismatch, match=r"^ChatMessage: content: expected "):
            cls.from_dict({"role": "user", "content": content})
        return
    message = cls.from_dict({"role": "user", "content": content})
    assert type(message.content) is kind
    if kind is list:
        assert all(type(part).__name__ == "ChatMessageContent" for part in message.content)
    assert message.to_dict() == {"role": "user", "content": content}


def test_absent_and_null_read_alike_and_come_back_as_they_came() -> None:
    delta = _model("DeltaMessage")
    absent = delta.from_dict({"content": "hi"})
    null = delta.from_dict({"content": "hi", "reasoning_content": None})
    assert absent.reasoning_content is None and null.reasoning_content is None
    assert absent == null  # models compare by their values
    assert absent.to_dict() == {"content": "hi"}
    assert null.to_dict() == {"content": "hi", "reasoning_content": None}
    assert null.to_json() == '{"content": "hi", "reasoning_content": null}'
    assert repr(absent) == (
        "DeltaMessage(role=None, content='hi', reasoning_content=None, tool_calls=None,"
        " additional_properties={})"
    )
    assert absent != delta.from_dict({"content": "other"})


def test_a_model_built_by_hand_sends_what_was_given() -> None:
    """The constructor's "not given" default: left out is None and not sent; None given is
    sent as null where the field may be null."""
    message = _model("ChatMessage")
    assert message(role="user", content="hi").to_dict() == {"role": "user", "content": "hi"}
    given_null = message(role="assistant", content=None)
    assert given_null.content is None
    assert given_null.to_dict() == {"role": "assistant", "content": None}
    later = message(role="user")
    later.content = "set later"
    assert later.to_dict() == {"role": "user", "content": "set later"}
    later.content = None
    assert later.to_dict() == {"role": "user"}


def test_json_round_trip_of_a_stream_chunk() -> None:
    """The parser on what json.loads gives, as the client calls it."""
    cls = _model("ChatCompletionStreamResponse")
    for chunk in CHAT_CHUNKS:
        model = cls.from_dict(json.loads(json.dumps(chunk)))
        assert json.loads(model.to_json()) == chunk
