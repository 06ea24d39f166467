"""A mock of the Fireworks inference API, derived from the effective spec, for contract tests.

Three ways to run it:

* ``fireworks-client mock --port 0``: a server on 127.0.0.1 (Ctrl-C or SIGTERM stops it);
* ``create_app()``: an ASGI app, in process through ``httpx.ASGITransport`` (async) or
  :class:`ASGISyncTransport` (sync);
* the pytest fixtures in ``fireworks_client.mock.pytest_plugin``.

Needs the ``mock`` extra (``pip install 'fireworks-client[mock]'``; without it, importing this
package raises :class:`~fireworks_client.MissingExtraError`). What it answers:
``fireworks_client.mock._answers.chat``; the models it knows: :data:`DEFAULT_MODELS`; faults on
demand: :class:`FaultKind`, :class:`FaultPlan`; scripted answers: :class:`ScriptBook`
(``fireworks_client.mock._scripts.book``); what it was sent, typed: :class:`Journal`
(``fireworks_client.mock._journal``); recording, replay and drift reports: ``create_app``'s
``upstream``, ``record``, ``report`` and ``replay`` (:class:`Replay`, :class:`DriftReport`,
:class:`CassetteError`; ``fireworks_client.mock._record.intercept``). Its bounds: the body size
(``create_app``), the request log (:class:`RequestLog`), timeouts and the connection cap on a
socket (:class:`ConnectionLimits`).
"""

from fireworks_client._extras import missing_extra

# Without the extra: one line naming it (MissingExtraError), not a traceback from inside.
try:
    from fireworks_client.mock._app import MockState, create_app
    from fireworks_client.mock._faults import FAULT_HEADER, Fault, FaultKind, FaultPlan
    from fireworks_client.mock._journal import Journal, SentRequest
    from fireworks_client.mock._models import DEFAULT_MODELS, ModelInfo, ModelKind
    from fireworks_client.mock._protocol import ConnectionLimits
    from fireworks_client.mock._record.cassette import CassetteError, Replay
    from fireworks_client.mock._record.drift import DriftReport
    from fireworks_client.mock._requestlog import RequestLog
    from fireworks_client.mock._scripts.book import Script, ScriptBook, ScriptError
    from fireworks_client.mock._server import MockServer, serve_forever
    from fireworks_client.mock._transport import ASGISyncTransport
except ModuleNotFoundError as exc:
    raise missing_extra(exc, "mock", "fireworks_client.mock") from None

__all__ = [
    "DEFAULT_MODELS",
    "FAULT_HEADER",
    "ASGISyncTransport",
    "CassetteError",
    "ConnectionLimits",
    "DriftReport",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "Journal",
    "MockServer",
    "MockState",
    "ModelInfo",
    "ModelKind",
    "Replay",
    "RequestLog",
    "Script",
    "ScriptBook",
    "ScriptError",
    "SentRequest",
    "create_app",
    "serve_forever",
]
