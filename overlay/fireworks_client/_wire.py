"""The boundary between the request path and the transports.

The request path (``_request_path``) prepares a request once (:class:`Prepared`: method, URL,
merged headers, encoded body, timeouts) and hands it to a sender, sync or async, whatever the
HTTP library underneath. A sender puts it on the wire and gives the answer back, each method
with one answer type:

- ``send``: the whole answer, a :class:`~fireworks_client._response.BufferedResponse`
  (status, raw headers, the body's bytes as they came, NOT decoded: the request path decodes a
  ``Content-Encoding`` itself, so a body that does not decode is reported as the SDK's error
  with the answer's status). The aiohttp sender reads it without any httpx object (its fast
  path; see ``make bench``); httpx-based senders read ``iter_raw()`` into it.
- ``open_stream``: an ``httpx.Response`` whose body is not read yet (the caller closes it),
  for a :class:`~fireworks_client._streaming.Stream`.

Network failures and timeouts come out as ``httpx.TransportError`` subclasses, whatever the
library, so the request path maps them to the SDK's errors in one place. Speed work lives in
the senders; behaviour (headers, retries, errors) lives in the request path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

if TYPE_CHECKING:
    import httpx

    from fireworks_client._response import BufferedResponse

__all__ = ["AsyncSender", "Prepared", "SyncSender"]


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


class SyncSender(Protocol):
    def send(self, request: Prepared) -> BufferedResponse: ...

    def open_stream(self, request: Prepared) -> httpx.Response: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncSender(Protocol):
    async def send(self, request: Prepared) -> BufferedResponse: ...

    async def open_stream(self, request: Prepared) -> httpx.Response: ...

    async def aclose(self) -> None: ...
