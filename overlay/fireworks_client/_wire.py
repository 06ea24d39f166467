"""The boundary between the request path and the transports.

The request path (``_request_path``) prepares a request once (:class:`Prepared`: method, URL,
merged headers, encoded body, timeouts) and hands it to a sender, sync or async, whatever the
HTTP library underneath. A sender puts it on the wire and gives the answer back:

- ``stream=True``: an ``httpx.Response`` whose body is not read yet (the caller closes it);
- ``stream=False``: the whole answer as a :class:`~fireworks_client._response.BufferedResponse`
  (status, raw headers, the body's bytes as they came, NOT decoded: the request path decodes a
  ``Content-Encoding`` itself, so a body that does not decode is reported as the SDK's error
  with the answer's status). The aiohttp sender reads it without any httpx object (its fast
  path; see ``make bench``); httpx-based senders read ``iter_raw()`` into it.

Network failures and timeouts come out as ``httpx.TransportError`` subclasses, whatever the
library, so the request path maps them to the SDK's errors in one place. Speed work lives in
the senders; behaviour (headers, retries, errors) lives in the request path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    import httpx

    from fireworks_client._response import BufferedResponse

__all__ = ["Answer", "AsyncSender", "Prepared", "SyncSender"]


class Prepared(NamedTuple):
    """A request ready to send. ``headers`` are merged already (one value per name, names
    compared without regard to case); ``content`` is the encoded body (JSON or multipart, its
    Content-Type among the headers); ``timeout`` is httpx's timeout dictionary (connect, read,
    write, pool)."""

    method: str
    url: str
    headers: dict[str, str]
    content: bytes | None
    timeout: dict[str, float | None]


Answer: TypeAlias = "httpx.Response | BufferedResponse"


class SyncSender(Protocol):
    def send(self, request: Prepared, *, stream: bool) -> Answer: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncSender(Protocol):
    async def send(self, request: Prepared, *, stream: bool) -> Answer: ...

    async def aclose(self) -> None: ...
