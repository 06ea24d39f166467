"""Fast constructors for every generated model: writes ``fireworks_api/fast.py``.

The generated ``Model.from_dict`` is general and slow: it copies the dict, imports inside the
function, defines a closure per union field, builds enums by calling them and passes every
field by keyword. For each model the generator emits, this renders one straight-line function
that builds the same attrs object from a decoded JSON dict. Wherever the fast code is not sure
what the reference would do (an odd input, or any error), it gives up and the reference
``from_dict`` runs instead, so results and errors are always the reference's.

The models come from the generator's own parser (``openapi_python_client.parser``, the pinned
version) with the settings of ``make generate``, so class names, attribute names, enum classes
and the order in which union members are tried are the generator's own. Each property kind
follows its template in ``openapi_python_client/templates/property_templates`` (its
``construct`` and ``check_type_for_construct`` macros); ``render_fast_models`` refuses to run if
the installed templates no longer define the macros this module assumes. A kind this module
does not know makes its model always take the reference.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader
from openapi_python_client import TEMPLATE_FILTERS
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode

__all__ = ["generator_models", "render_fast_models"]

# Templates whose ``construct`` macro builds something; any other kind is taken as it comes.
_CONSTRUCTS = frozenset(
    {
        "const_property.py.jinja",
        "date_property.py.jinja",
        "datetime_property.py.jinja",
        "enum_property.py.jinja",
        "file_property.py.jinja",
        "list_property.py.jinja",
        "literal_enum_property.py.jinja",
        "model_property.py.jinja",
        "union_property.py.jinja",
        "uuid_property.py.jinja",
    }
)
# Templates with a ``check_type_for_construct`` macro (a union tries such a member only when
# the check passes).
_CHECKS = frozenset(
    {
        "date_property.py.jinja",
        "datetime_property.py.jinja",
        "enum_property.py.jinja",
        "file_property.py.jinja",
        "list_property.py.jinja",
        "literal_enum_property.py.jinja",
        "model_property.py.jinja",
        "uuid_property.py.jinja",
    }
)
# Simple constructs: the template's expression, with the names fast.py loads for it.
_SIMPLE = {
    "date_property.py.jinja": ("_datetime.date.fromisoformat({})", "isinstance({}, str)"),
    "datetime_property.py.jinja": ("_datetime.datetime.fromisoformat({})", "isinstance({}, str)"),
    "uuid_property.py.jinja": ("_UUID({})", "isinstance({}, str)"),
    "file_property.py.jinja": ("_File(payload=_BytesIO({}))", "isinstance({}, bytes)"),
}
# Above this many optional fields, unknown keys are found by a subset test, not by counting.
_COUNT_LIMIT = 6
# Models nested deeper than this are built by a call to their own function.
_INLINE_DEPTH = 3


def generator_models(spec: dict[str, Any], config_path: Path) -> list[ModelProperty]:
    """The models openapi-python-client generates for ``spec`` with the settings in
    ``config_path``, as its parser describes them."""
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        Path("openapi.json"),
        "utf-8",
        True,
        None,
    )
    # The generator reads the spec from JSON; parse the same JSON.
    data = GeneratorData.from_dict(json.loads(json.dumps(spec)), config=config)
    if isinstance(data, GeneratorError):
        raise ValueError(f"openapi-python-client cannot parse the spec: {data.header}")
    return sorted(data.models, key=lambda m: str(m.class_info.name))


def _check_templates() -> None:
    """The macros assumed above are the installed generator's."""
    env = Environment(
        loader=PackageLoader("openapi_python_client"),
        extensions=["jinja2.ext.loopcontrols"],
        autoescape=False,
    )
    env.filters.update(TEMPLATE_FILTERS)
    for name in env.list_templates(filter_func=lambda n: n.startswith("property_templates/")):
        template = name.removeprefix("property_templates/")
        if template in ("helpers.jinja", "property_macros.py.jinja"):
            continue
        module = env.get_template(name).module
        for macro, expected in (("construct", _CONSTRUCTS), ("check_type_for_construct", _CHECKS)):
            if hasattr(module, macro) != (template in expected):
                raise ValueError(
                    f"codegen/fast_models.py: the generator's {template} changed its "
                    f"{macro!r} macro; update this module to match"
                )


def _indent(lines: list[str], by: int = 1) -> list[str]:
    return [("    " * by + line) if line else line for line in lines]


def _key(prop: Property) -> str:
    """The JSON name of ``prop`` as a Python literal."""
    return repr(prop.name.get_untrusted_value())


def _class(prop: ModelProperty | EnumProperty) -> str:
    return str(prop.class_info.name)


class _Renderer:
    """Renders the functions of fast.py; collects what they need loaded."""

    def __init__(self, models: dict[str, ModelProperty]) -> None:
        self.models = models
        self.counter = 0
        self.helpers: set[str] = set()
        self.inlining: list[str] = []  # the models being built, outermost first

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # A property's value ------------------------------------------------------------------

    def value(self, prop: Property, var: str) -> list[str]:
        """Statements turning the raw value in ``var`` into what ``from_dict`` makes of it
        (nothing when it keeps the value as it is)."""
        if isinstance(prop, UnionProperty):
            return self.union(prop, var)
        if prop.template not in _CONSTRUCTS:
            return []
        body = self.known(prop, var)
        if prop.required or not body:
            return body
        return [f"if {var} is not _UNSET:", *_indent(body)]

    def known(self, prop: Property, var: str) -> list[str]:
        """Like ``value``, for a value known to be present."""
        template = prop.template
        if isinstance(prop, EnumProperty):
            return [f"{var} = _E_{_class(prop)}[{var}]"]
        if isinstance(prop, ModelProperty):
            return self.nested(prop, var)
        if isinstance(prop, UnionProperty):
            return self.union(prop, var)
        if isinstance(prop, ListProperty):
            return self.list_of(prop, var)
        if isinstance(prop, ConstProperty):
            value = prop.value.python_code.as_unembedded_code()
            return [f"if {var} != {value}:", "    raise _Fallback"]
        if template in _SIMPLE:
            self.helpers.add(template)
            return [f"{var} = {_SIMPLE[template][0].format(var)}"]
        return [f"raise _Fallback  # {template}: not built here"]

    def list_of(self, prop: ListProperty, var: str) -> list[str]:
        inner = prop.inner_property
        if inner.template not in _CONSTRUCTS:
            return []  # the reference keeps the list as it is
        # The reference iterates over anything; only a list is sure to come out the same.
        lines = [f"if type({var}) is not list:", "    raise _Fallback"]
        if isinstance(inner, EnumProperty):
            return [*lines, f"{var} = list(map(_E_{_class(inner)}.__getitem__, {var}))"]
        item, built = self.fresh("i"), self.fresh("a")
        body = self.value(inner, item)
        if not body:
            return [*lines, f"{var} = list({var})"]
        return [
            *lines,
            f"{built} = []",
            f"for {item} in {var}:",
            *_indent(body),
            f"    {built}.append({item})",
            f"{var} = {built}",
        ]

    def check(self, prop: Property, var: str) -> str | None:
        """The union's type test of a member, as the template writes it."""
        template = prop.template
        if template not in _CHECKS:
            return None
        if isinstance(prop, EnumProperty):
            return f"isinstance({var}, {prop.value_type.__name__})"
        if isinstance(prop, ModelProperty):
            return f"isinstance({var}, dict)"
        if isinstance(prop, ListProperty):
            return f"isinstance({var}, list)"
        if template in _SIMPLE:
            return _SIMPLE[template][1].format(var)
        return "True"  # the member's construct falls back

    def union(self, prop: UnionProperty, var: str) -> list[str]:
        """The generator's ``_parse_<field>``: None and UNSET as they are, then each member in
        turn; a member that can fail is passed over when it does, and when no member takes the
        value it is kept as it is if some member has no construct, as ``cast`` does."""
        types = prop.get_type_strings_in_union(json=True)
        branches: list[tuple[str, list[str]]] = []
        if PythonCode("None") in types:
            branches.append((f"{var} is None", []))
        if PythonCode("Unset") in types:
            branches.append((f"{var} is _UNSET", []))
        members = prop.inner_properties
        built = [i for i, m in enumerate(members) if m.template in _CONSTRUCTS]
        any_kept = len(built) < len(members)
        kept_so_far = False
        final: list[str] | None = None  # the last ``else``; None: the value stays as it is
        for i, member in enumerate(members):
            if member.template not in _CONSTRUCTS:
                kept_so_far = True
                continue
            check = self.check(member, var)
            if check is not None and (i != len(members) - 1 or kept_so_far):
                # Tried: when it fails, the next member is; after the last one that can be
                # built, the value stays as it is if some member has no construct.
                miss_keeps = all(j <= i for j in built) and any_kept
                branches.append(self.tried(member, var, check, miss_keeps=miss_keeps))
                continue
            # Not tried: the reference raises when its type test or its construct fails.
            body = self.known(member, var)
            if check is None:
                final = body
            else:
                branches.append((check, body))
                final = ["raise _Fallback"]
            break
        else:
            final = None if any_kept else ["raise _Fallback"]
        if not final and all(not body for _, body in branches):
            return []  # every path keeps the value
        lines: list[str] = []
        for n, (condition, body) in enumerate(branches):
            lines.append(f"{'if' if n == 0 else 'elif'} {condition}:")
            lines.extend(_indent(body or ["pass"]))
        if final is not None:
            if lines:
                lines.append("else:")
                lines.extend(_indent(final or ["pass"]))
            else:
                lines.extend(final)
        return lines

    def tried(
        self, member: Property, var: str, check: str, *, miss_keeps: bool
    ) -> tuple[str, list[str]]:
        """The branch of a union member that is tried. A miss is told apart from a hit exactly
        for enums and models; any other failure falls back."""
        if isinstance(member, EnumProperty):
            table = f"_E_{_class(member)}"
            if miss_keeps:
                return check, [f"{var} = {table}.get({var}, {var})"]
            return f"{check} and {var} in {table}", [f"{var} = {table}[{var}]"]
        if isinstance(member, ModelProperty):
            name = _class(member)
            if miss_keeps:
                return check, [f"{var} = _member(_f_{name}, _C_{name}, {var}, {var})"]
            got = self.fresh("r")
            call = f"_member(_f_{name}, _C_{name}, {var}, _MISS)"
            return f"{check} and ({got} := {call}) is not _MISS", [f"{var} = {got}"]
        return check, self.known(member, var)

    # A model -------------------------------------------------------------------------------

    def function(self, model: ModelProperty) -> list[str]:
        """``_f_<Model>(data)``: the model built from ``data``, or an exception."""
        self.counter = 0  # local names are per function
        body, obj = self.model(model, "data")
        return [f"def _f_{_class(model)}(data: Any) -> Any:", *_indent([*body, f"return {obj}"])]

    def nested(self, model: ModelProperty, var: str) -> list[str]:
        """A model inside another: built in line (no call), unless it is one of its own
        ancestors or too deep."""
        name = _class(model)
        if name in self.inlining or len(self.inlining) > _INLINE_DEPTH or name not in self.models:
            return [f"{var} = _f_{name}({var})"]
        body, obj = self.model(self.models[name], var)
        return [*body, f"{var} = {obj}"]

    def model(self, model: ModelProperty, src: str) -> tuple[list[str], str]:
        """Statements building ``model`` from the dict in ``src``, and the name they put it in.

        The object is made without ``__init__`` and its slots set one by one: the same object
        as the attrs ``__init__`` makes (fast.py checks when it loads each class that its
        ``__init__`` does only that), for less.
        """
        name = _class(model)
        self.inlining.append(name)
        props = _props(model)
        obj = self.fresh("o")
        lines = [
            f"if type({src}) is not dict:",
            "    raise _Fallback",
            f"{obj} = _new(_C_{name})",
        ]
        optional: list[str] = []
        for prop in props:
            read = f"{src}[{_key(prop)}]" if prop.required else f"{src}.get({_key(prop)}, _UNSET)"
            attribute = f"{obj}.{prop.python_name}"
            var = self.fresh("v")
            body = self.value(prop, var)
            if not body and prop.required:
                lines.append(f"{attribute} = {read}")
                continue
            lines += [f"{var} = {read}", *body, f"{attribute} = {var}"]
            if not prop.required:
                optional.append(var)
        extra = model.additional_properties
        self.inlining.pop()
        if extra is None:  # additionalProperties: false; from_dict drops unknown keys
            return lines, obj
        unknown = self.fresh("x")
        if not props:
            condition = src
            find = [f"{unknown} = dict({src})"]
        else:
            # The common case, no unknown key, is found without copying: every key read
            # counts, and the keys are all known when there are as many as that.
            if len(optional) > _COUNT_LIMIT:
                condition = f"not {src}.keys() <= _K_{name}"
            else:
                required = len(props) - len(optional)
                counted = " + ".join([str(required), *(f"({v} is not _UNSET)" for v in optional)])
                condition = f"len({src}) != {counted}"
            # As the reference: a copy without the keys it pops.
            find = [f"{unknown} = dict({src})"]
            for prop in props:
                if prop.required:
                    find.append(f"del {unknown}[{_key(prop)}]")
                else:
                    find.append(f"{unknown}.pop({_key(prop)}, None)")
        key, value, built = self.fresh("k"), self.fresh("u"), self.fresh("b")
        body = self.value(extra, value)
        if body:
            find += [
                f"{built} = {{}}",
                f"for {key}, {value} in {unknown}.items():",
                *_indent(body),
                f"    {built}[{key}] = {value}",
                f"{unknown} = {built}",
            ]
        lines += [
            f"if {condition}:",
            *_indent(find),
            f"    {obj}.additional_properties = {unknown}",
            "else:",
            f"    {obj}.additional_properties = {{}}",
        ]
        return lines, obj


def _props(model: ModelProperty) -> list[Property]:
    """A model's properties in the generator's order: the required ones, then the others."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _attrs_order(model: ModelProperty) -> list[Property]:
    """The order of the attrs fields in model.py.jinja: required fields without a default
    first, then the others, each group in spec order."""
    props = _props(model)
    first = [p for p in props if p.required and p.default is None]
    return first + [p for p in props if not (p.required and p.default is None)]


def _walk(prop: Property) -> Iterator[Property]:
    """``prop`` and every property inside it (union members, list items)."""
    yield prop
    if isinstance(prop, UnionProperty):
        for member in prop.inner_properties:
            yield from _walk(member)
    elif isinstance(prop, ListProperty):
        yield from _walk(prop.inner_property)


def _direct(model: ModelProperty) -> Iterator[ModelProperty | EnumProperty]:
    props = _props(model)
    if model.additional_properties is not None:
        props.append(model.additional_properties)
    for prop in props:
        for inner in _walk(prop):
            if isinstance(inner, ModelProperty | EnumProperty):
                yield inner


def _reach(name: str, models: dict[str, ModelProperty]) -> tuple[str, ...]:
    """``name`` and every model and enum its constructor uses, directly or not."""
    seen = [name]
    todo = [models[name]]
    while todo:
        for dep in _direct(todo.pop()):
            dep_name = _class(dep)
            if dep_name not in seen:
                seen.append(dep_name)
                if isinstance(dep, ModelProperty) and dep_name in models:
                    todo.append(models[dep_name])
    return (seen[0], *sorted(seen[1:]))


_HEADER = '''\
"""Fast constructors of the generated models: ``parser_for(Model)(data)`` gives what
``Model.from_dict(data)`` gives, results and errors, in a fraction of the time.

Do not edit: `make generate` writes this file (codegen/fast_models.py).

Each model has a straight-line function that reads the decoded JSON dict, builds the models
inside it in line, and fills each object's slots directly. Where it is not sure what the
reference would do (an odd input, any error), it raises, and the reference ``from_dict`` runs
instead. Importing this module loads no model (nor attrs): ``parser_for`` loads what a model
needs on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["MODELS", "parser_for"]

T = TypeVar("T")


class _Fallback(Exception):
    """The fast path is not sure: the reference ``from_dict`` decides."""


_MISS: Any = object()
_new = object.__new__
# Set by _load() on first use (placeholders until then).
_UNSET: Any = object()
'''

_FOOTER = '''

def _member(fast: Callable[[Any], Any], cls: Any, data: Any, miss: Any) -> Any:
    """A model member of a union, as the generated ``_parse_<field>`` tries it: its value, or
    ``miss`` when the reference's ``from_dict`` raises one of the errors it passes over."""
    try:
        return fast(data)
    except Exception:
        pass  # the reference tells a miss from a hit
    try:
        return cls.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        return miss


_PARSERS: dict[type[Any], Callable[[Any], Any]] = {}
_LOADED: set[str] = set()
_NOT_PLAIN: set[str] = set()


def _load(name: str) -> None:
    """Import the classes and enums ``name``'s constructor uses into this module's globals."""
    import attrs  # noqa: PLC0415 - the models load it anyway

    from . import types  # noqa: PLC0415

    names = globals()
    names["_UNSET"] = types.UNSET
#HELPERS
    for dep in _REACH[name]:
        if dep in _LOADED:
            continue
        module = importlib.import_module(f"{__package__}.models.{_MODULES[dep]}")
        value = getattr(module, dep)
        if dep in _ENUMS:
            names[f"_E_{dep}"] = {member.value: member for member in value}
        else:
            fields = tuple(a.name for a in attrs.fields(value))
            if fields != _FIELDS[dep]:
                raise RuntimeError(
                    f"{__name__} is out of date: {dep} has {fields}; run `make generate`"
                )
            if not _plain(value, attrs):
                _NOT_PLAIN.add(dep)
            names[f"_C_{dep}"] = value
        _LOADED.add(dep)


def _plain(cls: Any, attrs: Any) -> bool:
    """Whether the attrs ``__init__`` of ``cls`` only stores its arguments (and a new dict):
    then an object made without it, with the same values in its slots, is the same object."""
    return (
        cls.__setattr__ is object.__setattr__
        and not getattr(cls, "__attrs_pre_init__", None)
        and not getattr(cls, "__attrs_post_init__", None)
        and all(a.validator is None and a.converter is None for a in attrs.fields(cls))
    )


def parser_for(cls: type[T]) -> Callable[[Any], T]:
    """The fast constructor of ``cls``, a model class of this package: equal to
    ``cls.from_dict``, which it calls itself whenever it is not sure."""
    parser: Callable[[Any], T] | None = _PARSERS.get(cls)
    if parser is None:
        name = getattr(cls, "__name__", "")
        fast = _FAST.get(name)
        if fast is None:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        _load(name)
        if globals()[f"_C_{name}"] is not cls:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        if _NOT_PLAIN.intersection(_REACH[name]):
            # An attrs this module does not know: only the reference is sure.
            fast = _reference(cls)
        parser = _PARSERS[cls] = _guarded(cls, fast)
    return parser


def _reference(cls: Any) -> Callable[[Any], Any]:
    def reference(data: Any) -> Any:
        return cls.from_dict(data)

    return reference


def _guarded(cls: type[T], fast: Callable[[Any], Any]) -> Callable[[Any], T]:
    def parse(data: Any) -> T:
        try:
            result: T = fast(data)
        except Exception:
            # Not sure, or not valid: the reference decides, and raises its own errors.
            result = getattr(cls, "from_dict")(data)
        return result

    parse.__name__ = parse.__qualname__ = f"parse_{cls.__name__}"
    parse.__doc__ = f"``{cls.__name__}.from_dict(data)``, built fast."
    return parse
'''

_HELPER_LOADS = {
    "date_property.py.jinja": ["import datetime", 'names["_datetime"] = datetime'],
    "datetime_property.py.jinja": ["import datetime", 'names["_datetime"] = datetime'],
    "uuid_property.py.jinja": ["from uuid import UUID", 'names["_UUID"] = UUID'],
    "file_property.py.jinja": [
        "from io import BytesIO",
        'names["_File"] = types.File',
        'names["_BytesIO"] = BytesIO',
    ],
}


def render_fast_models(spec: dict[str, Any], config_path: Path) -> str:
    """The source of ``fireworks_api/fast.py`` for ``spec``, generated with the settings in
    ``config_path``."""
    _check_templates()
    models = generator_models(spec, config_path)
    by_name = {_class(m): m for m in models}
    enums: dict[str, EnumProperty] = {}
    for model in models:
        for dep in _direct(model):
            if isinstance(dep, EnumProperty):
                enums[_class(dep)] = dep
    renderer = _Renderer(by_name)
    functions = ["\n".join(renderer.function(m)) for m in models]

    out = [_HEADER]
    for helper in ("_datetime", "_UUID", "_File", "_BytesIO"):
        if any(helper in _SIMPLE[t][0] for t in renderer.helpers):
            out.append(f"{helper}: Any = None")
    out += [f"_C_{name}: Any = None" for name in by_name]
    out += [f"_E_{name}: dict[Any, Any] = {{}}" for name in sorted(enums)]
    out.append("")
    out.append("# Every model class the generator emits.")
    out.append(f"MODELS: tuple[str, ...] = ({''.join(f'{n!r}, ' for n in by_name)})")
    modules = {n: str(m.class_info.module_name) for n, m in by_name.items()}
    modules |= {n: str(e.class_info.module_name) for n, e in enums.items()}
    out.append("# The module of each class under models/.")
    out.append(f"_MODULES: dict[str, str] = {dict(sorted(modules.items()))!r}")
    out.append(f"_ENUMS: frozenset[str] = frozenset({sorted(enums)!r})")
    out.append("# A model and every model and enum its constructor uses.")
    reach = {name: _reach(name, by_name) for name in by_name}
    out.append(f"_REACH: dict[str, tuple[str, ...]] = {reach!r}")
    out.append("# The attrs fields of each model, in order (checked when loaded).")
    fields = {
        _class(m): tuple(str(p.python_name) for p in _attrs_order(m))
        + (("additional_properties",) if m.additional_properties is not None else ())
        for m in models
    }
    out.append(f"_FIELDS: dict[str, tuple[str, ...]] = {fields!r}")
    for model in models:
        props = _props(model)
        optional = [p for p in props if not p.required]
        if model.additional_properties is not None and len(optional) > _COUNT_LIMIT:
            keys = ", ".join(_key(p) for p in props)
            out.append(f"_K_{_class(model)} = frozenset({{{keys}}})")
    out.append("\n")
    out.append("\n\n\n".join(functions))
    out.append("\n")
    table = ", ".join(f"{n!r}: _f_{n}" for n in by_name)
    out.append(f"_FAST: dict[str, Callable[[Any], Any]] = {{{table}}}")
    helpers: list[str] = []
    for template in sorted(renderer.helpers):
        for line in _HELPER_LOADS[template]:
            if line not in helpers:
                helpers.append(line)
    helper_lines = "".join(f"    {line}\n" for line in helpers)
    out.append(_FOOTER.replace("#HELPERS\n", helper_lines))
    return "\n".join(out)
