"""A mock of the Fireworks inference API, derived from the effective spec, for contract tests.

Three ways to run it:

* ``fireworks-client mock --port 0``: a server on 127.0.0.1 (Ctrl-C or SIGTERM stops it);
* ``create_app()``: an ASGI app, in process through ``httpx.ASGITransport`` (async) or
  :class:`ASGISyncTransport` (sync);
* the pytest fixtures in ``fireworks_client.mock.pytest_plugin``.

Needs the ``mock`` extra (``pip install 'fireworks-client[mock]'``; without it, importing this
package raises :class:`~fireworks_client.MissingExtraError`).

Where each concern lives (``fireworks_client.mock.``...):

* ``_app``: :func:`create_app`, each operation's request taken through the concerns below;
  ``_state``: :class:`MockState`; ``_control``: the ``/_mock/...`` routes;
* ``_spec``: the effective spec's side: routing (``routes``), reading and validating requests
  (``requests``), error bodies (``errors``), stream framing (``framing``);
* ``_answers``: what the mock answers, a module per resource, found by friendly name in
  ``_answers.ANSWERS`` (the platform's in ``_answers.platform``); the models it knows:
  :data:`DEFAULT_MODELS` (``_models``);
* ``_faults``: faults on demand (:class:`FaultKind`, :class:`FaultPlan`), each kind parsed,
  taken and answered there, a stream's break included;
* ``_scripts``: scripted answers (:class:`ScriptBook`): a script's checks and matching
  (``book``), the answer it makes (``answer``);
* ``_record``: recording, replay and drift reports (``create_app``'s ``upstream``, ``record``,
  ``report`` and ``replay``; :class:`Replay`, :class:`DriftReport`, :class:`CassetteError`);
* what it was sent, typed: :class:`Journal` (``_journal``, over :class:`RequestLog`);
* running it: ``_server`` (:class:`MockServer`), ``_transport``, ``_protocol``
  (:class:`ConnectionLimits`), ``_quietlog``, ``_gate``.

Its bounds: the body size (``create_app``), the request log (:class:`RequestLog`), timeouts and
the connection cap on a socket (:class:`ConnectionLimits`).
"""

from fireworks_client._extras import missing_extra

# Without the extra: one line naming it (MissingExtraError), not a traceback from inside.
try:
    from fireworks_client.mock._app import create_app
    from fireworks_client.mock._faults import FAULT_HEADER, Fault, FaultKind, FaultPlan
    from fireworks_client.mock._journal import Journal, SentRequest
    from fireworks_client.mock._models import DEFAULT_MODELS, ModelInfo, ModelKind
    from fireworks_client.mock._protocol import ConnectionLimits
    from fireworks_client.mock._record.cassette import CassetteError, Replay
    from fireworks_client.mock._record.drift import DriftReport
    from fireworks_client.mock._requestlog import RequestLog
    from fireworks_client.mock._scripts import Script, ScriptBook, ScriptError
    from fireworks_client.mock._server import MockServer, serve_forever
    from fireworks_client.mock._state import MockState
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
