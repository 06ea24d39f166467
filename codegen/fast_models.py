"""The one parser of the generated models: writes ``fireworks_api/fast.py``.

Each model's ``from_dict`` (codegen/templates/model.py.jinja) is ``fast.build(cls, data)``: a
straight-line function per model, rendered here, that checks a decoded JSON dict against the
model's schema as the generator understood it and builds the attrs object, filling its slots
directly. There is no second parser: a value that does not fit raises ``SchemaMismatch`` (a
ValueError) naming the model, the field's path and the rule, and the clients turn it into
``APIResponseValidationError``.

What "fits" means, kind by kind (the generator's property classes, from its own parser with
the settings of ``make generate``, so class names, attribute names, enum classes and the order
of union members are the generator's):

- a required field must be present; an optional one may be absent (its attribute is None);
- null only where the schema allows it (a union with null, or any value); an optional field
  received as an explicit null is remembered in the object's ``_nulls`` (bit ``1 << i`` for the
  model's ``i``-th property, required ones first, as the model template numbers them), so that
  ``to_dict()`` gives it back;
- strings, integers (not booleans), numbers (integers too), booleans: their JSON type;
- an enum: one of its values; a const: its value; a list: a JSON array, item by item; a model:
  a JSON object (any Mapping), field by field;
- a union: the members the generator builds (models, enums, lists) are tried in its order, the
  first that fits wins; then the plain members (strings, numbers, ...) keep the value as it is
  if one of them fits;
- unknown keys: kept in ``additional_properties`` (checked when the schema types them), or
  ignored when the schema says ``additionalProperties: false``.

A property kind this module does not know stops the generation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

__all__ = ["generator_models", "render_fast_models"]

# Models nested deeper than this are built by a call to their own function.
_INLINE_DEPTH = 3

# The plain kinds: the test that a value is of the kind (``{}``: the value), and its name.
_PLAIN: dict[type[Any], tuple[str, str]] = {
    StringProperty: ("(type({0}) is str or isinstance({0}, str))", "a string"),
    IntProperty: ("(type({0}) is int or _is_int({0}))", "an integer"),
    FloatProperty: ("(type({0}) is float or _is_number({0}))", "a number"),
    BooleanProperty: ("type({0}) is bool", "a boolean"),
    NoneProperty: ("{0} is None", "null"),
    AnyProperty: ("True", "any value"),
}


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


def _indent(lines: list[str], by: int = 1) -> list[str]:
    return [("    " * by + line) if line else line for line in lines]


def _key(prop: Property) -> str:
    """The JSON name of ``prop`` as a Python literal."""
    return repr(prop.name.get_untrusted_value())


def _class(prop: ModelProperty | EnumProperty) -> str:
    return str(prop.class_info.name)


def _nullable(prop: Property) -> bool:
    """Whether null is a value of ``prop`` (the model template's ``nullable`` agrees)."""
    if isinstance(prop, UnionProperty):
        return any(isinstance(m, NoneProperty) for m in prop.inner_properties)
    return isinstance(prop, NoneProperty | AnyProperty)


def _describe(prop: Property) -> str:
    """What a value of ``prop`` must be, in words (for the errors)."""
    if isinstance(prop, UnionProperty):
        return " or ".join(_describe(m) for m in prop.inner_properties)
    if isinstance(prop, EnumProperty):
        values = ", ".join(repr(v) for v in prop.values.values())
        return f"one of {values}"
    if isinstance(prop, ModelProperty):
        return f"an object ({_class(prop)})"
    if isinstance(prop, ListProperty):
        return f"an array of {_describe(prop.inner_property)}"
    if isinstance(prop, ConstProperty):
        return repr(prop.value.raw_value)
    if isinstance(prop, FileProperty):
        return "bytes (a file)"
    if isinstance(prop, DateTimeProperty):
        return "a date-time (RFC 3339)"
    if isinstance(prop, DateProperty):
        return "a date (RFC 3339 full-date)"
    plain = _PLAIN.get(type(prop))
    if plain is None:
        raise ValueError(f"codegen/fast_models.py does not know the property kind {prop!r}")
    return plain[1]


class _Renderer:
    """Renders the functions of fast.py."""

    def __init__(self, models: dict[str, ModelProperty]) -> None:
        self.models = models
        self.counter = 0
        self.inlining: list[str] = []  # the models being built, outermost first
        self.uses_file = False
        self.helpers: list[str] = []  # module functions of the union members tried in a call
        self.helper_count = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # A value ----------------------------------------------------------------------------

    def value(self, prop: Property, var: str, at: str = "", *, not_null: bool = False) -> list[str]:
        """Statements that check the value in ``var`` against ``prop`` and turn it into what
        the model holds. A mismatch raises SchemaMismatch with a path relative to the value,
        or, with ``at`` (a key or index expression), to the object that holds it.
        ``not_null``: the value is known not to be None (a field's null is dealt with
        before)."""
        compound = self.compound(prop, var, not_null=not_null)
        if compound is None:
            return self.simple(prop, var, at)
        if not at or not compound:
            return compound
        error = self.fresh("err")
        return [
            "try:",
            *_indent(compound),
            f"except SchemaMismatch as {error}:",
            f"    {error}.within({at})",
            "    raise",
        ]

    def compound(self, prop: Property, var: str, *, not_null: bool = False) -> list[str] | None:
        """The statements of a union, a model or a list (None for the other kinds)."""
        if isinstance(prop, UnionProperty):
            return self.union(prop, var, not_null=not_null)
        if isinstance(prop, ModelProperty):
            return self.nested(prop, var)
        if isinstance(prop, ListProperty):
            return self.list_of(prop, var)
        return None

    def simple(self, prop: Property, var: str, at: str, what: str = "") -> list[str]:
        """The check (and conversion) of a value of any other kind; ``what`` it must be, in
        the error (default: what ``prop`` says)."""
        what = what or _describe(prop)
        where = f", {at}" if at else ""
        if isinstance(prop, EnumProperty):
            table = f"_E_{_class(prop)}"
            kind = prop.value_type.__name__
            member = self.fresh("e")
            return [
                f"{member} = {table}.get({var}) if type({var}) is {kind} else None",
                f"if {member} is None:",
                f"    raise _no({what!r}, {var}{where})",
                f"{var} = {member}",
            ]
        if isinstance(prop, ConstProperty):
            value = prop.value.python_code.as_unembedded_code()
            return [
                f"if {var} != {value} or type({var}) is not type({value}):",
                f"    raise _no({what!r}, {var}{where})",
            ]
        if isinstance(prop, FileProperty):
            self.uses_file = True
            return [
                f"if not isinstance({var}, bytes):",
                f"    raise _no({what!r}, {var}{where})",
                f"{var} = _File(payload=_BytesIO({var}))",
            ]
        if isinstance(prop, DateTimeProperty | DateProperty):
            parse = "_datetime" if isinstance(prop, DateTimeProperty) else "_date"
            got = self.fresh("t")
            return [
                f"{got} = {parse}({var}) if type({var}) is str else None",
                f"if {got} is None:",
                f"    raise _no({what!r}, {var}{where})",
                f"{var} = {got}",
            ]
        test, _ = _PLAIN[type(prop)]
        if test == "True":
            return []
        return [f"if not {test.format(var)}:", f"    raise _no({what!r}, {var}{where})"]

    def list_of(self, prop: ListProperty, var: str) -> list[str]:
        inner = prop.inner_property
        lines = [f"if type({var}) is not list:", f"    raise _no({_describe(prop)!r}, {var})"]
        item, built = self.fresh("i"), self.fresh("a")
        if _checked_only(inner):
            # Items that stay as they are: checked, and the list kept (no copy).
            body = self.value(inner, item, f"_index({var}, {item})")
            if not body:
                return lines
            return [*lines, f"for {item} in {var}:", *_indent(body)]
        body = self.value(inner, item)
        error = self.fresh("err")
        return [
            *lines,
            f"{built} = []",
            "try:",
            f"    for {item} in {var}:",
            *_indent(body, 2),
            f"        {built}.append({item})",
            f"except SchemaMismatch as {error}:",
            f"    {error}.within(len({built}))",
            "    raise",
            f"{var} = {built}",
        ]

    def union(self, prop: UnionProperty, var: str, *, not_null: bool = False) -> list[str]:
        """The members the generator builds (models, enums, lists) are tried first, in its
        order, and the first that fits wins; then the value stays as it is when a plain member
        fits; else the mismatch is the union's. A lone built member (``Model | None``) is built
        without a try, so that its own mismatch, deeper inside, is the one reported."""
        members = prop.inner_properties
        built = [m for m in members if not _is_plain(m)]
        plain = [m for m in members if _is_plain(m)]
        if not_null:
            plain = [m for m in plain if not isinstance(m, NoneProperty)]
        tests = [_PLAIN[type(m)][0].format(var) for m in plain]
        if "True" in tests:
            tests = ["True"]
        last = built.pop() if len(built) == 1 and not tests else None
        branches: list[tuple[str, list[str]]] = []
        for member in built:
            got = self.fresh("r")
            if isinstance(member, EnumProperty):
                kind = member.value_type.__name__
                attempt = f"_E_{_class(member)}.get({var}, _MISS)"
                condition = f"type({var}) is {kind} and ({got} := {attempt}) is not _MISS"
            elif isinstance(member, ModelProperty):
                attempt = f"_attempt(_f_{_class(member)}, {var})"
                condition = f"{_guard(member, var)} and ({got} := {attempt}) is not _MISS"
            else:
                attempt = f"_attempt({self.helper(member)}, {var})"
                condition = f"{_guard(member, var)} and ({got} := {attempt}) is not _MISS"
            branches.append((condition, [f"{var} = {got}"]))
        what = _describe(prop)
        if tests and tests != ["True"]:
            branches.append((f"not ({' or '.join(tests)})", [f"raise _no({what!r}, {var})"]))

        lines: list[str] = []
        for n, (condition, body) in enumerate(branches):
            lines += [f"{'if' if n == 0 else 'elif'} {condition}:", *_indent(body)]
        if last is not None:
            # the union's words for an enum (its null said too); a model's or a list's own
            # mismatch, deeper inside, says more
            simple = isinstance(last, EnumProperty)
            body = self.simple(last, var, "", what) if simple else self.value(last, var)
            if lines:
                lines += ["else:", *_indent(body or ["pass"])]
            else:
                lines = body
        elif not tests:  # every member was tried
            lines += ["else:", f"    raise _no({what!r}, {var})"]
        return lines

    def helper(self, member: Property) -> str:
        """A module function building ``member`` (a union's list member, tried in a call)."""
        self.helper_count += 1
        name = f"_h{self.helper_count}"
        saved, self.counter = self.counter, 0
        body = self.value(member, "data")
        self.counter = saved
        self.helpers.append(
            "\n".join([f"def {name}(data: Any) -> Any:", *_indent([*body, "return data"])])
        )
        return name

    # A model -------------------------------------------------------------------------------

    def function(self, model: ModelProperty) -> list[str]:
        """``_f_<Model>(data)``: the model built from ``data``, or SchemaMismatch."""
        self.counter = 0  # local names are per function
        name = _class(model)
        body, obj = self.model(model, "data")
        return [
            f"def _f_{name}(data: Any) -> Any:",
            "    try:",
            *_indent(body, 2),
            "    except SchemaMismatch as error:",
            f"        error.model = {name!r}",
            "        raise",
            f"    return {obj}",
        ]

    def nested(self, model: ModelProperty, var: str) -> list[str]:
        """A model inside another: built in line (no call), unless it is one of its own
        ancestors or too deep."""
        name = _class(model)
        if name in self.inlining or len(self.inlining) > _INLINE_DEPTH or name not in self.models:
            return [f"{var} = _f_{name}({var})"]
        body, obj = self.model(self.models[name], var)
        return [*body, f"{var} = {obj}"]

    def model(self, model: ModelProperty, src: str) -> tuple[list[str], str]:
        """Statements building ``model`` from the object in ``src``, and the name they put it
        in. The object is made without ``__init__`` and its slots set one by one (the model
        template declares no validator, converter or hook)."""
        name = _class(model)
        self.inlining.append(name)
        props = _props(model)
        obj = self.fresh("o")
        lines = [f"if type({src}) is not dict:", f"    {src} = _object({src})"]
        lines.append(f"{obj} = _new(_C_{name})")
        nulls = self.fresh("n") if any(not p.required and _nullable(p) for p in props) else ""
        if nulls:
            lines.append(f"{nulls} = 0")
        optional: list[str] = []
        for position, prop in enumerate(props):
            var = self.fresh("v")
            lines += self.field(prop, position, src, f"{obj}.{prop.python_name}", var, nulls)
            if not prop.required:
                optional.append(var)
        lines.append(f"{obj}._nulls = {nulls or '0'}")
        self.inlining.pop()
        if model.additional_properties is not None:  # else unknown keys are ignored
            lines += self.unknown(model, src, obj, optional)
        if any(p.required for p in props):
            # The only KeyError in a model's block is a required key it reads (an inner
            # model's block turns its own into a mismatch first).
            lines = [
                "try:",
                *_indent(lines),
                "except KeyError as missing:",
                "    raise _absent(missing) from None",
            ]
        return lines, obj

    def field(
        self, prop: Property, position: int, src: str, attribute: str, var: str, nulls: str
    ) -> list[str]:
        """Read a field of ``src`` into ``var``, check and build it, and set ``attribute``."""
        key = _key(prop)
        body = self.value(prop, var, key, not_null=True)
        if prop.required:
            # a missing key raises KeyError, which the model's block turns into its mismatch
            lines = [f"{var} = {src}[{key}]"]
            if _nullable(prop) and body:
                lines += [f"if {var} is not None:", *_indent(body)]
            else:
                lines += body  # null fails every other kind's check
            return [*lines, f"{attribute} = {var}"]
        lines = [f"{var} = {src}.get({key}, _MISS)"]
        branch = "if"
        quick = _quick(prop)
        if quick:  # the expected JSON type first: one test says present and valid
            lines += [f"if type({var}) is {quick}:", f"    {attribute} = {var}"]
            branch = "elif"
        lines += [f"{branch} {var} is _MISS:", f"    {attribute} = None", f"elif {var} is None:"]
        if nulls and _nullable(prop):
            lines += [f"    {nulls} |= {1 << position}", f"    {attribute} = None"]
        else:
            lines.append(f"    raise SchemaMismatch('null is not allowed here', {key})")
        return [*lines, "else:", *_indent(body), f"    {attribute} = {var}"]

    def unknown(self, model: ModelProperty, src: str, obj: str, optional: list[str]) -> list[str]:
        """Keep the keys of ``src`` the model does not name in ``additional_properties``
        (checked and built when the schema types them)."""
        props = _props(model)
        extra = model.additional_properties
        unknown = self.fresh("x")
        if not props:
            condition = src
            find = [f"{unknown} = dict({src})"]
        else:
            # The common case, no unknown key, is found without copying: every key read
            # counts, and the keys are all known when there are as many as that.
            required = len(props) - len(optional)
            counted = " + ".join([str(required), *(f"({v} is not _MISS)" for v in optional)])
            condition = f"len({src}) != {counted}"
            find = [f"{unknown} = dict({src})"]
            for prop in props:
                if prop.required:
                    find.append(f"del {unknown}[{_key(prop)}]")
                else:
                    find.append(f"{unknown}.pop({_key(prop)}, None)")
        key, value, built = self.fresh("k"), self.fresh("u"), self.fresh("b")
        body = self.value(extra, value) if extra is not None else []
        if body:
            error = self.fresh("err")
            find += [
                f"{built} = {{}}",
                f"for {key}, {value} in {unknown}.items():",
                "    try:",
                *_indent(body, 2),
                f"    except SchemaMismatch as {error}:",
                f"        {error}.within({key})",
                "        raise",
                f"    {built}[{key}] = {value}",
                f"{unknown} = {built}",
            ]
        return [
            f"if {condition}:",
            *_indent(find),
            f"    {obj}.additional_properties = {unknown}",
            "else:",
            f"    {obj}.additional_properties = {{}}",
        ]


_QUICK = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
}


def _quick(prop: Property) -> str:
    """The type a valid value of ``prop`` usually has, when such a value is kept as it is
    (``""``: none, or the value is built)."""
    if isinstance(prop, UnionProperty):
        members = [m for m in prop.inner_properties if not isinstance(m, NoneProperty)]
        if len(members) == 1:
            return _QUICK.get(type(members[0]), "")
        return ""
    return _QUICK.get(type(prop), "")


def _is_plain(prop: Property) -> bool:
    return type(prop) in _PLAIN


def _checked_only(prop: Property) -> bool:
    """Whether a value of ``prop`` is kept as it is once checked (nothing is built of it)."""
    if isinstance(prop, UnionProperty):
        return all(_is_plain(m) for m in prop.inner_properties)
    return _is_plain(prop) or isinstance(prop, ConstProperty)


def _guard(member: Property, var: str) -> str:
    """A cheap test before a built union member is tried."""
    if isinstance(member, ModelProperty):
        return f"(type({var}) is dict or isinstance({var}, _Mapping))"
    if isinstance(member, ListProperty):
        return f"type({var}) is list"
    if isinstance(member, EnumProperty):
        return f"type({var}) is {member.value_type.__name__}"
    return "True"


def _props(model: ModelProperty) -> list[Property]:
    """A model's properties in the generator's order: the required ones, then the others."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _attrs_order(model: ModelProperty) -> list[Property]:
    """The order of the attrs fields in the model template: required fields without a
    default first, then the others, each group in spec order."""
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
"""The one parser of the generated models: each model's ``from_dict`` is ``build(cls, data)``.

Do not edit: `make generate` writes this file (codegen/fast_models.py, which says what fits
each kind of field).

Each model has a straight-line function that checks the decoded JSON against the model's
schema, builds the models inside it in line, and fills each object's slots directly. A value
that does not fit raises ``SchemaMismatch`` (a ValueError) naming the model, the field's path
and the rule; there is no second, slower parser behind it. Importing this module loads no model
(nor attrs): a model's function loads what it needs on first use.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

__all__ = ["MODELS", "SchemaMismatch", "build", "parser_for"]

T = TypeVar("T")


class SchemaMismatch(ValueError):
    """A value that does not fit its model's schema: ``model`` (the class built),
    ``path`` (the field, e.g. ``choices[0].delta.role``; empty for the object itself) and
    ``rule`` (what the value must be, and what it was)."""

    def __init__(self, rule: str, key: str | int | None = None) -> None:
        super().__init__(rule)
        self.rule = rule
        self.model = ""
        self._parts: list[str | int] = [] if key is None else [key]

    def within(self, part: str | int) -> None:
        """Add the key or index of an enclosing value (errors gain their path outwards)."""
        self._parts.append(part)

    @property
    def keys(self) -> tuple[str | int, ...]:
        """The path as keys and indexes, outermost first."""
        return tuple(reversed(self._parts))

    @property
    def path(self) -> str:
        out = ""
        for part in reversed(self._parts):
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def __str__(self) -> str:
        return ": ".join(p for p in (self.model, self.path, self.rule) if p)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | int | float):
        return f"{type(value).__name__} {value!r}"
    if isinstance(value, str):
        return f"string {value[:40]!r}" + ("..." if len(value) > 40 else "")
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "an array"
    return type(value).__name__


def _no(expected: str, value: Any, key: str | int | None = None) -> SchemaMismatch:
    return SchemaMismatch(f"expected {expected}, got {_kind(value)}", key)


def _absent(missing: KeyError) -> SchemaMismatch:
    return SchemaMismatch("a required field is missing", missing.args[0])


def _index(items: list[Any], item: Any) -> int:
    """The position of ``item`` in ``items`` (for an error: the loops do not count)."""
    return next(n for n, x in enumerate(items) if x is item)


def _attempt(build: Callable[[Any], Any], value: Any) -> Any:
    """A union member tried: what ``build`` makes of ``value``, or _MISS when it does not fit."""
    try:
        return build(value)
    except SchemaMismatch:
        return _MISS


def _object(value: Any) -> dict[Any, Any]:
    """A model's source that is not a dict: a copy of a Mapping, or a mismatch."""
    if isinstance(value, Mapping):
        return dict(value)
    raise _no("an object", value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _datetime(value: str) -> Any:
    """An RFC 3339 date-time (``Z`` or an offset; digits past microseconds dropped), or None."""
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _date(value: str) -> Any:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


_MISS: Any = object()
_Mapping = Mapping
_new = object.__new__
'''

_FOOTER = '''

_PARSERS: dict[type[Any], Callable[[Any], Any]] = {}
_LOADED: set[str] = set()


def _load(name: str) -> None:
    """Import the classes and enums ``name``'s constructor uses into this module's globals."""
    import attrs  # noqa: PLC0415 - the models load it anyway

    names = globals()
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
            names[f"_C_{dep}"] = value
        _LOADED.add(dep)


def parser_for(cls: type[T]) -> Callable[[Any], T]:
    """The parser of ``cls``, a model class of this package: ``cls.from_dict``."""
    parser: Callable[[Any], T] | None = _PARSERS.get(cls)
    if parser is None:
        name = getattr(cls, "__name__", "")
        parser = _FAST.get(name)
        if parser is None:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        _load(name)
        if globals()[f"_C_{name}"] is not cls:
            raise TypeError(f"{cls!r} is not a model of {__package__}")
        _PARSERS[cls] = parser
    return parser


def build(cls: type[T], data: Any) -> T:
    """``cls`` built from ``data`` (decoded JSON), or SchemaMismatch."""
    parser = _PARSERS.get(cls)
    if parser is None:
        parser = parser_for(cls)
    return parser(data)
'''


def render_fast_models(spec: dict[str, Any], config_path: Path) -> str:
    """The source of ``fireworks_api/fast.py`` for ``spec``, generated with the settings in
    ``config_path``."""
    models = generator_models(spec, config_path)
    by_name = {_class(m): m for m in models}
    enums: dict[str, EnumProperty] = {}
    for model in models:
        for dep in _direct(model):
            if isinstance(dep, EnumProperty):
                enums[_class(dep)] = dep
    renderer = _Renderer(by_name)
    functions = ["\n".join(renderer.function(m)) for m in models]
    functions += renderer.helpers

    out = [_HEADER]
    if renderer.uses_file:
        out += ["_File: Any = None", "_BytesIO: Any = None"]
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
        + ("_nulls",)
        for m in models
    }
    out.append(f"_FIELDS: dict[str, tuple[str, ...]] = {fields!r}")
    out.append("\n")
    out.append("\n\n\n".join(functions))
    out.append("\n")
    table = ", ".join(f"{n!r}: _f_{n}" for n in by_name)
    out.append(f"_FAST: dict[str, Callable[[Any], Any]] = {{{table}}}")
    helpers = ""
    if renderer.uses_file:
        helpers = (
            "    from io import BytesIO  # noqa: PLC0415\n\n"
            "    from . import types  # noqa: PLC0415\n\n"
            '    names["_File"] = types.File\n'
            '    names["_BytesIO"] = BytesIO\n'
        )
    out.append(_FOOTER.replace("#HELPERS\n", helpers))
    return "\n".join(out)
