"""What every resource is: a client, and whether its methods answer raw (``with_raw_response``
makes a raw copy; no global state decides what a call returns).

The generated resource classes (``fireworks_api.resources``) build on it. A hand-written
subclass gives an operation its own answer parser by naming it in ``_parsers`` (method name ->
parser of the whole answer), without repeating the method's signature.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

if TYPE_CHECKING:
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
    from fireworks_client._wire import Answer

__all__ = ["AsyncResource", "Resource", "SyncResource"]

C = TypeVar("C", "SyncAPIClient", "AsyncAPIClient")


class Resource(Generic[C]):
    __slots__ = ("_client", "_raw")

    _parsers: ClassVar[Mapping[str, Callable[[Answer], Any]]] = MappingProxyType({})
    """Answer parsers of operations the spec's answer model does not describe whole, by
    method name; the generated method passes its own to the request path (None: the model's)."""

    def __init__(self, client: C, *, raw: bool = False) -> None:
        self._client: C = client
        self._raw = raw

    def _raw_copy(self) -> Self:
        return type(self)(self._client, raw=True)


if TYPE_CHECKING:
    SyncResource = Resource[SyncAPIClient]
    AsyncResource = Resource[AsyncAPIClient]
else:
    SyncResource = AsyncResource = Resource
