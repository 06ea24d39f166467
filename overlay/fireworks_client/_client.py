"""``Fireworks`` and ``AsyncFireworks``, the clients.

client = Fireworks()  # FIREWORKS_API_KEY, FIREWORKS_BASE_URL
answer = client.chat.completions.create(model=..., messages=[...])
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypedDict, Unpack

import httpx
from fireworks_api.resources import AsyncFireworksResources, FireworksResources

from fireworks_client._constants import DEFAULT_MAX_RETRIES, INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
from fireworks_client._exceptions import FireworksConfigurationError
from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient
from fireworks_client._settings import Settings
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout
from fireworks_client._wire import AsyncSender, SyncSender

if TYPE_CHECKING:
    from fireworks_client._http_checks import Sender
    from fireworks_client.resources._datasets import AsyncDatasets, Datasets
    from fireworks_client.resources._embeddings import AsyncEmbeddings, Embeddings
    from fireworks_client.resources._images import AsyncImages, Images
    from fireworks_client.resources._models import AsyncModels, Models

__all__ = ["AsyncFireworks", "AsyncFireworksOptions", "Fireworks", "FireworksOptions"]

Verify = bool | str | ssl.SSLContext
Cert = str | tuple[str, str] | tuple[str, str, str | None] | None


class _Options(TypedDict, total=False):
    api_key: str | None
    base_url: str | None
    account_id: str | None
    timeout: Timeout | NotGiven
    max_retries: int
    default_headers: Mapping[str, str] | None
    retry_initial_delay: float
    retry_max_delay: float
    verify: Verify
    cert: Cert
    proxy: str | httpx.URL | httpx.Proxy | None
    limits: httpx.Limits | None
    trust_env: bool


class FireworksOptions(_Options, total=False):
    """The constructor's arguments of :class:`Fireworks`, for ``with_options``."""

    http_client: httpx.Client | None
    transport: httpx.BaseTransport | None


class AsyncFireworksOptions(_Options, total=False):
    """The constructor's arguments of :class:`AsyncFireworks`, for ``with_options``."""

    http_client: httpx.AsyncClient | None
    transport: httpx.AsyncBaseTransport | None


def _http_arguments(
    http_client: object | None,
    transport: object | None,
    verify: Verify,
    cert: Cert,
    proxy: str | httpx.URL | httpx.Proxy | None,
    limits: httpx.Limits | None,
    trust_env: bool,
    *,
    sender: Sender,
) -> dict[str, Any]:
    """The HTTP layer's arguments, checked: an ``http_client`` of yours brings its own pool,
    so the pool's settings go on it, not here; the settings of a pool of the client's own, and
    the environment's where ``trust_env`` lets it in, must be able to work (``_http_checks``:
    ``sender`` the pool they are for)."""
    if http_client is not None and transport is not None:
        raise FireworksConfigurationError(
            "transport: give either http_client or transport, not both (put the transport "
            "on your http_client)"
        )
    if http_client is not None or transport is not None:
        own = {"verify": verify is not True, "cert": cert is not None, "proxy": proxy is not None}
        own |= {"limits": limits is not None, "trust_env": trust_env is not True}
        given = [name for name, set_ in own.items() if set_]
        if given:
            which = "http_client" if http_client is not None else "transport"
            raise FireworksConfigurationError(
                f"{', '.join(given)}: these set up the client's own connection pool; with "
                f"{which}=... set them on your {which} instead"
            )
    else:
        from fireworks_client._http_checks import check_http_settings  # noqa: PLC0415

        check_http_settings(
            verify=verify, cert=cert, proxy=proxy, limits=limits, trust_env=trust_env, sender=sender
        )
    return {
        "http_client": http_client,
        "transport": transport,
        "verify": verify,
        "cert": cert,
        "proxy": proxy,
        "limits": limits,
        "trust_env": trust_env,
    }


class Fireworks(SyncAPIClient, FireworksResources):
    """The synchronous client.

    ``api_key`` defaults to ``FIREWORKS_API_KEY``; ``base_url`` to ``FIREWORKS_BASE_URL`` or
    the spec's server (https://api.fireworks.ai/inference/v1), where the inference API lives;
    the platform's operations (``client.deployments``, ``client.datasets``, ...) are reached
    from the service root above it (https://api.fireworks.ai). ``account_id`` (default
    ``FIREWORKS_ACCOUNT_ID``) is the account of the platform's calls that give none;
    ``timeout`` to 600 s with a 5 s connect timeout; ``max_retries`` to 2, with exponential
    backoff from ``retry_initial_delay`` (0.5 s) up to ``retry_max_delay`` (8 s), or the server's
    ``Retry-After``. The connection pool honours ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``/
    ``NO_PROXY`` and ``SSL_CERT_FILE``/``SSL_CERT_DIR`` as httpx does (``trust_env=False``:
    not), and takes ``verify``, ``cert``, ``proxy`` and ``limits`` as httpx's client does; one
    of these, or of those variables, that cannot work (a SOCKS proxy without ``socksio``, a
    file that does not exist, ``max_connections=0``...) is a ``FireworksConfigurationError``
    here (``_http_checks``). Or bring your own: ``http_client`` (an ``httpx.Client``, left
    open by ``close()``) or ``transport``. A context manager; ``close()`` releases the
    connections.
    """

    # The resources are generated attributes (FireworksResources: one per top-level resource
    # of openapi3.names.yml, made on first use); these three are hand-written subclasses, for
    # what the generator cannot express.
    @cached_property
    def embeddings(self) -> Embeddings:
        from fireworks_client.resources._embeddings import Embeddings  # noqa: PLC0415 - lazy

        return Embeddings(self)

    @cached_property
    def images(self) -> Images:
        from fireworks_client.resources._images import Images  # noqa: PLC0415 - lazy

        return Images(self)

    @cached_property
    def datasets(self) -> Datasets:
        from fireworks_client.resources._datasets import Datasets  # noqa: PLC0415 - lazy

        return Datasets(self)

    @cached_property
    def models(self) -> Models:
        from fireworks_client.resources._models import Models  # noqa: PLC0415 - lazy

        return Models(self)

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        account_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry_initial_delay: float = INITIAL_RETRY_DELAY,
        retry_max_delay: float = MAX_RETRY_DELAY,
        verify: Verify = True,
        cert: Cert = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
    ) -> None:
        settings = Settings.resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_initial_delay=retry_initial_delay,
            retry_max_delay=retry_max_delay,
            account_id=account_id,
        )
        self._http = _http_arguments(
            http_client, transport, verify, cert, proxy, limits, trust_env, sender="httpx"
        )
        super().__init__(settings, self._new_sender)

    def _new_sender(self) -> SyncSender:
        from fireworks_client._transports import HTTPOptions, SyncHTTPSender  # noqa: PLC0415

        http = dict(self._http)
        http_client, transport = http.pop("http_client"), http.pop("transport")
        if http["limits"] is None:
            del http["limits"]
        return SyncHTTPSender(HTTPOptions(**http), http_client=http_client, transport=transport)

    def _copy_arguments(self) -> dict[str, Any]:
        return {**self._settings.arguments(), **self._http}

    def with_options(self, **changes: Unpack[FireworksOptions]) -> Self:
        """A copy with some settings changed, made through the constructor (any of its
        arguments may be given); it shares this client's connections unless an HTTP setting
        changes (``http_client``, ``transport``, ``verify``, ``cert``, ``proxy``, ``limits``,
        ``trust_env``)."""
        return self._copy_with(dict(changes))


class AsyncFireworks(AsyncAPIClient, AsyncFireworksResources):
    """The asynchronous client; the same settings as :class:`Fireworks`, ``http_client`` an
    ``httpx.AsyncClient`` and ``transport`` an async transport. Without them, requests go
    through aiohttp (many times faster than httpx's own async pool under concurrency), with the
    same proxy, TLS and limit settings."""

    # As Fireworks.
    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from fireworks_client.resources._embeddings import AsyncEmbeddings  # noqa: PLC0415

        return AsyncEmbeddings(self)

    @cached_property
    def images(self) -> AsyncImages:
        from fireworks_client.resources._images import AsyncImages  # noqa: PLC0415

        return AsyncImages(self)

    @cached_property
    def datasets(self) -> AsyncDatasets:
        from fireworks_client.resources._datasets import AsyncDatasets  # noqa: PLC0415

        return AsyncDatasets(self)

    @cached_property
    def models(self) -> AsyncModels:
        from fireworks_client.resources._models import AsyncModels  # noqa: PLC0415

        return AsyncModels(self)

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        account_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_initial_delay: float = INITIAL_RETRY_DELAY,
        retry_max_delay: float = MAX_RETRY_DELAY,
        verify: Verify = True,
        cert: Cert = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
    ) -> None:
        settings = Settings.resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_initial_delay=retry_initial_delay,
            retry_max_delay=retry_max_delay,
            account_id=account_id,
        )
        self._http = _http_arguments(
            http_client, transport, verify, cert, proxy, limits, trust_env, sender="aiohttp"
        )
        super().__init__(settings, self._new_sender)

    def _new_sender(self) -> AsyncSender:
        http = dict(self._http)
        http_client, transport = http.pop("http_client"), http.pop("transport")
        if isinstance(transport, AsyncSender):  # an AiohttpTransport of the caller's own
            return transport
        if http_client is not None or transport is not None:
            from fireworks_client._transports import AsyncHTTPSender  # noqa: PLC0415

            return AsyncHTTPSender(http_client=http_client, transport=transport)
        from fireworks_client._aiohttp_transport import AiohttpTransport  # noqa: PLC0415

        if http["limits"] is None:
            del http["limits"]
        return AiohttpTransport(**http)

    def _copy_arguments(self) -> dict[str, Any]:
        return {**self._settings.arguments(), **self._http}

    def with_options(self, **changes: Unpack[AsyncFireworksOptions]) -> Self:
        """As :meth:`Fireworks.with_options`."""
        return self._copy_with(dict(changes))
