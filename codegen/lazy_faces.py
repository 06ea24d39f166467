"""Make the generated package faces load their modules on first use.

``fireworks_api/models/__init__.py`` imports all of its ~70 model modules eagerly, which costs
more import time than httpx itself; the clients need a handful. ``fireworks_api/__init__.py``
imports the generated ``Client`` and with it attrs (~13 ms), which fireworks_client does not
use. This rewrites each face with the same names (PEP 562 ``__getattr__``; the eager imports
stay for type checkers), so ``from fireworks_api.models import X`` loads only X's module and
``import fireworks_api`` loads nothing. The ``__getattr__`` is defined only outside
``TYPE_CHECKING``: a type checker sees the explicit imports and nothing else, so importing a
name the package does not have is a type error (a renamed schema fails ``make lint``, not the
user's program). Applied by ``make generate``; it becomes unnecessary if the generator gains a
lazy-import option.
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["make_lazy"]


def make_lazy(init: Path) -> None:
    """Rewrite the package face ``init`` to import its names on first use; its docstring
    is kept, with a line saying so."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    doc = (ast.get_docstring(tree, clean=False) or "").strip()
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    if not names:
        raise ValueError(f"{init}: found no relative imports to make lazy")
    lines = [
        f'"""{doc}',
        "",
        "Each name's module loads on first use (codegen/lazy_faces.py).",
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
        "# Outside TYPE_CHECKING: a type checker sees only the imports above, so a name that",
        "# does not exist is an error, not the Any this function would give it.",
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        module = _MODULES.get(name)",
        "        if module is None:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        value = getattr(importlib.import_module(module, __name__), name)",
        "        globals()[name] = value",
        "        return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return [*globals(), *__all__]",
        "",
    ]
    init.write_text("\n".join(lines), encoding="utf-8")
