"""``RayRequests``: the bulk runner's requests as a Ray Data stage.

    import ray
    from fireworks_client.bulk import RayRequests

    ds = ray.data.read_json("requests.jsonl")  # rows: custom_id, method, url, body
    results = ds.map_batches(
        RayRequests,
        fn_constructor_kwargs={"api_key": key, "base_url": url},
        concurrency=4,  # actors; each sends up to max_concurrency requests at once
    )

Each actor makes its own client (a client is never pickled: it holds the key and open
connections) on an event loop of its own, in a thread, and keeps it with its adaptive limit from
batch to batch; a forked copy makes new ones. A batch's rows come back with the Batch output
fields added: ``id``, ``response`` and ``error``, one row a request and in the same order; a row
that is not a request gets an ``error`` (Ray's rows have no line number: the message names the
row of the batch). Columns from Arrow carry ``null`` for the fields a row lacks; they are left
out of the request body, as the row's own JSON would have left them out.
"""

from __future__ import annotations

import asyncio
import math
import os
import threading
from collections.abc import Mapping
from typing import Any

from fireworks_client._settings import hidden
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client.bulk._engine import Engine
from fireworks_client.bulk._format import Request, check_request, error_result

__all__ = ["RayRequests"]


def _plain(value: Any) -> Any:
    """A value of a batch as plain Python: numpy arrays and scalars converted, nulls (and
    pandas' NaN for them) dropped from objects, whole floats made integers again (Arrow and
    pandas turn an integer column with nulls into floats: ``max_tokens`` 4 becomes 4.0)."""
    tolist = getattr(value, "tolist", None)
    if tolist is not None and not isinstance(value, str | bytes):
        value = tolist()  # numpy arrays and scalars
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, Mapping):
        plain = {str(k): _plain(v) for k, v in value.items()}
        return {k: v for k, v in plain.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _rows(batch: Any) -> tuple[list[dict[str, Any]], str]:
    """The rows of a batch and its kind: ``pandas``, ``pyarrow`` or ``dict``."""
    module = type(batch).__module__
    if module.startswith("pandas"):
        return [_plain(r) for r in batch.to_dict("records")], "pandas"
    if module.startswith("pyarrow"):
        return [_plain(r) for r in batch.to_pylist()], "pyarrow"
    if isinstance(batch, Mapping):
        columns = {str(k): list(v) for k, v in batch.items()}
        count = len(next(iter(columns.values()), []))
        return [{k: _plain(v[i]) for k, v in columns.items()} for i in range(count)], "dict"
    raise TypeError(
        f"batch: expected a dict of columns, a pandas DataFrame or a pyarrow Table, got "
        f"{type(batch).__name__}"
    )


def _batch(rows: list[dict[str, Any]], kind: str) -> Any:
    import pyarrow  # noqa: PLC0415 - Ray Data's own dependency

    table = pyarrow.Table.from_pylist(rows)
    return table.to_pandas() if kind == "pandas" else table


class RayRequests:
    """A callable class for ``Dataset.map_batches``: request rows in, the rows with their
    results out. The settings are those of :func:`fireworks_client.bulk.run`."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        overload_retries: int = 10,
        max_concurrency: int = 32,
        initial_concurrency: int = 8,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
    ) -> None:
        # Shown as <hidden> (repr, vars(), traceback locals); given to the client made here.
        self._key = hidden(api_key) if api_key is not None else None
        self.base_url = base_url
        self._timeout = timeout
        self._engine_options: dict[str, Any] = {
            "max_retries": max_retries,
            "overload_retries": overload_retries,
            "max_concurrency": max_concurrency,
            "initial_concurrency": initial_concurrency,
            "requests_per_minute": requests_per_minute,
            "tokens_per_minute": tokens_per_minute,
        }
        self._pid = -1
        self._loop: asyncio.AbstractEventLoop | None = None
        self._engine: Engine | None = None

    def __repr__(self) -> str:
        return f"RayRequests(base_url={self.base_url!r})"

    def __getstate__(self) -> dict[str, Any]:
        # A copy sent to another process makes its own loop and client there; the key goes as
        # Ray sends fn_constructor_kwargs (a hidden value refuses pickling).
        key = None if self._key is None else str(self._key)
        return {**self.__dict__, "_key": key, "_loop": None, "_engine": None, "_pid": -1}

    def __setstate__(self, state: dict[str, Any]) -> None:
        key = state["_key"]
        self.__dict__.update(state, _key=None if key is None else hidden(key))

    def _start(self) -> asyncio.AbstractEventLoop:
        """This process's loop and engine (made again after a fork: threads do not survive
        one, and a connection must not be shared with the parent)."""
        if self._loop is None or self._pid != os.getpid():
            from fireworks_client._client import AsyncFireworks  # noqa: PLC0415

            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="fireworks-bulk", daemon=True).start()
            client = AsyncFireworks(
                api_key=self._key, base_url=self.base_url, timeout=self._timeout
            )
            self._engine = Engine(client, **self._engine_options)
            self._loop, self._pid = loop, os.getpid()
        return self._loop

    @property
    def stats(self) -> Any:
        """This actor's counters (:class:`~fireworks_client.bulk.Stats`), or None before its
        first batch."""
        return self._engine.stats if self._engine is not None else None

    def __call__(self, batch: Any) -> Any:
        rows, kind = _rows(batch)
        loop = self._start()
        results = asyncio.run_coroutine_threadsafe(self._answer_all(rows), loop).result()
        return _batch([{**row, **result} for row, result in zip(rows, results, strict=True)], kind)

    async def _answer_all(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        engine = self._engine
        assert engine is not None

        async def one(index: int, row: dict[str, Any]) -> dict[str, Any]:
            checked = check_request(row, index, f"row {index} of the batch")
            if not isinstance(checked, Request):
                result = error_result(None, checked.code, checked.message)
            else:
                result = await engine.answer(checked, await engine.limit.acquire())
            del result["custom_id"]  # the row has its own
            return result

        return list(await asyncio.gather(*(one(i, row) for i, row in enumerate(rows))))

    def close(self) -> None:
        """Close the client and stop the loop (an actor that ends does it by ending)."""
        loop, engine = self._loop, self._engine
        if loop is None or engine is None or self._pid != os.getpid():
            return
        asyncio.run_coroutine_threadsafe(engine.client.close(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        self._loop = self._engine = None
