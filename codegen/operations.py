"""The operations of the effective spec and the generated modules that implement them.

python -m codegen.operations     # a table of them
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from fireworks_client._openapi import load_spec

__all__ = ["Operation", "effective_spec", "module_name", "operations"]

_METHODS = ("get", "put", "post", "delete", "patch")
_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def effective_spec() -> dict[str, Any]:
    """The effective spec as shipped inside the installed ``fireworks_api`` package."""
    return load_spec()


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


def _summary(method: str, path: str, op: dict[str, Any]) -> str:
    summary = str(op.get("summary", ""))
    # Some upstream summaries only repeat the method and path; the description says more.
    if summary == f"{method.upper()} {path}":
        return str(op.get("description", summary))
    return summary


def operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    spec = spec if spec is not None else effective_spec()
    return [
        Operation(method.upper(), path, op.get("operationId", ""), _summary(method, path, op))
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
