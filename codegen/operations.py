"""The operations of the effective spec and the generated modules that implement them.

python -m codegen.operations     # a table, what `make demo` prints for now
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import Any

__all__ = ["Operation", "effective_spec", "module_name", "operations"]

_METHODS = ("get", "put", "post", "delete", "patch")
_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def effective_spec() -> dict[str, Any]:
    """The effective spec as shipped inside the installed ``fireworks_api`` package."""
    text = resources.files("fireworks_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def module_name(operation_id: str) -> str:
    """openapi-python-client's module name for an operationId (camelCase to snake_case)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    summary: str

    @property
    def module_path(self) -> str:
        return f"fireworks_api.api.default.{module_name(self.operation_id)}"

    def module(self) -> ModuleType:
        return importlib.import_module(self.module_path)


def operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    spec = spec if spec is not None else effective_spec()
    return [
        Operation(method.upper(), path, op.get("operationId", ""), op.get("summary", ""))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in _METHODS
    ]


def main() -> int:
    spec = effective_spec()
    print(
        f"{spec['info']['title']} {spec['info']['version']}: the generated client, fireworks_api\n"
    )
    for op in operations(spec):
        module = op.module()
        present = [f for f in _FUNCTIONS if callable(getattr(module, f, None))]
        print(f"  {op.method:4} {op.path}")
        print(f"       {op.module_path} ({', '.join(present)})")
        print(f"       {op.summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
