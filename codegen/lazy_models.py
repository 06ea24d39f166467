"""Make ``fireworks_api/models/__init__.py`` load each model module on first use.

The generated package face imports all of its ~70 model modules eagerly, which costs more
import time than httpx itself; the clients need a handful. This rewrites the face with the
same names (PEP 562 ``__getattr__``; the eager imports stay for type checkers), so
``from fireworks_api.models import X`` loads only X's module. Applied by ``make generate``;
it becomes unnecessary if the generator gains a lazy-import option.
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["make_models_lazy"]


def make_models_lazy(init: Path) -> None:
    tree = ast.parse(init.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    if not names:
        raise ValueError(f"{init}: found no relative imports to make lazy")
    lines = [
        '"""Contains all the data models used in inputs/outputs.',
        "",
        "Each model's module loads on first use (codegen/lazy_models.py).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{module} import {name}" for name, module in names.items()),
        "",
        "_MODULES = {",
        *(f'    "{name}": ".{module}",' for name, module in names.items()),
        "}",
        "",
        "__all__ = (",
        *(f'    "{name}",' for name in sorted(names)),
        ")",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "    value = getattr(importlib.import_module(module, __name__), name)",
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return [*globals(), *__all__]",
        "",
    ]
    init.write_text("\n".join(lines), encoding="utf-8")
