"""Which operation of the spec a method and a path are: for the mock's recording, replay and
drift checks, which see requests before the mock's own routes do (``_record.intercept``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from fireworks_api.names import FRIENDLY_NAMES
from fireworks_api.operations import Operation
from starlette.routing import compile_path

__all__ = ["OperationFinder", "Routed", "friendly_name"]

_FRIENDLY = {operation_id: name for name, operation_id in FRIENDLY_NAMES.items()}


def friendly_name(operation_id: str) -> str:
    """The clients' name of an operation (``chat.completions.create``, openapi3.names.yml); an
    operation of a changed spec that has none yet goes by its operationId."""
    return _FRIENDLY.get(operation_id, operation_id)


@dataclass(frozen=True, slots=True)
class Routed:
    """A request's operation, its friendly name and its path parameters."""

    operation: Operation
    name: str
    path_params: dict[str, str]


class OperationFinder:
    """The operations by method and path, as the mock routes them: a custom method
    (``.../{id}:scale``) before the plain path it extends, else ``{id}`` would take it."""

    def __init__(self, operations: Mapping[str, Operation]) -> None:
        ordered = sorted(
            operations.values(), key=lambda op: ":" not in op.url_path.rsplit("/", 1)[-1]
        )
        self._routes: list[tuple[re.Pattern[str], Operation, str]] = [
            (compile_path(op.url_path)[0], op, friendly_name(op.operation_id)) for op in ordered
        ]
        self.by_name = {name: op for _, op, name in self._routes}

    def find(self, method: str, path: str) -> Routed | None:
        for pattern, op, name in self._routes:
            if op.method != method:
                continue
            found = pattern.match(path)
            if found is not None:
                return Routed(op, name, dict(found.groupdict()))
        return None
