"""What every resource is: a client, and whether its methods answer raw (``with_raw_response``
makes a raw copy; no global state decides what a call returns).

The generated resource classes (``fireworks_api.resources``) build on it; their methods hand
the request path their operation's typed endpoint (``SyncAPIClient.request``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Self, TypeVar

if TYPE_CHECKING:
    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncResource", "Resource", "SyncResource"]

C = TypeVar("C", "SyncAPIClient", "AsyncAPIClient")


class Resource(Generic[C]):
    __slots__ = ("_client", "_raw")

    def __init__(self, client: C, *, raw: bool = False) -> None:
        self._client: C = client
        self._raw = raw

    def _raw_copy(self) -> Self:
        return type(self)(self._client, raw=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}{' raw' if self._raw else ''}>"


if TYPE_CHECKING:
    SyncResource = Resource[SyncAPIClient]
    AsyncResource = Resource[AsyncAPIClient]
else:
    SyncResource = AsyncResource = Resource
