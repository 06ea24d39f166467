"""The typed request journal: what a test's code sent, per operation, as the generated models.

    sent = mock.requests.of("chat.completions.create")
    assert sent[-1].params.temperature == 0.2  # a fireworks_api.models.ChatCompletionRequest
    assert sent[-1].params.messages[0].content == "Hi"

It reads the mock's bounded :class:`RequestLog` (the same entries ``GET /_mock/requests``
pages through, each naming its ``operation``; ``?operation=`` there keeps one operation's), so it
keeps what that keeps: the newest 1,000 entries by default, and a body over 64 KiB only as a
summary, whose ``params`` is then None (``body_kept`` false).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from fireworks_api.names import FRIENDLY_NAMES
from fireworks_api.operations import OPERATIONS, Operation

from fireworks_client._operations import model_parser
from fireworks_client.mock._requestlog import RequestLog

__all__ = ["Journal", "SentRequest"]


@dataclass(frozen=True)
class SentRequest:
    """One request the mock answered: ``operation`` (the friendly name), ``method``, ``path``,
    ``headers`` (without Authorization), ``body`` (the parsed JSON or form fields) and
    ``params``, the body as the operation's generated request model (None when the operation
    takes no body or the log kept only a summary of it)."""

    operation: str | None
    method: str
    path: str
    headers: Mapping[str, str]
    body: Mapping[str, Any]
    body_kept: bool
    model: str | None

    @cached_property
    def params(self) -> Any:
        if self.model is None or not self.body_kept:
            return None
        return model_parser(self.model)(dict(self.body))


class Journal:
    """The mock's request log, typed: :meth:`of` an operation, oldest first."""

    def __init__(self, log: RequestLog, operations: Mapping[str, Operation] | None = None) -> None:
        self.log = log
        operations = operations if operations is not None else OPERATIONS
        self._models: dict[str, str | None] = {}
        for name, operation_id in FRIENDLY_NAMES.items():
            operation = operations.get(operation_id)
            if operation is not None:
                json_bodies = [b for b in operation.request if b.content_type == "application/json"]
                self._models[name] = json_bodies[0].model if json_bodies else None

    def of(self, operation: str) -> list[SentRequest]:
        """The requests of ``operation`` (a friendly name: ``chat.completions.create``), oldest
        first; a ValueError naming the known names for a name the mock does not serve."""
        if operation not in self._models:
            known = ", ".join(sorted(self._models))
            raise ValueError(f"operation: {operation!r} is not one of {known} (rule: enum)")
        return [entry for entry in self if entry.operation == operation]

    def last(self, operation: str) -> SentRequest:
        """The newest request of ``operation``; LookupError when it has none."""
        sent = self.of(operation)
        if not sent:
            raise LookupError(f"the mock has answered no {operation} request")
        return sent[-1]

    def clear(self) -> None:
        self.log.clear()

    def __iter__(self) -> Iterator[SentRequest]:
        for record in self.log:
            name = record.get("operation")
            yield SentRequest(
                name,
                record["method"],
                record["path"],
                record["headers"],
                record["body"],
                bool(record["body_kept"]),
                self._models.get(name) if isinstance(name, str) else None,
            )

    def __len__(self) -> int:
        return len(self.log)
