"""The optional extras (``pip install 'fireworks-client[X]'``) and the modules each brings.

Every feature that needs an extra turns a missing module of it into :func:`missing_extra`'s
:class:`MissingExtraError`, so that a plain install answers with one line that names the extra,
not a traceback from inside: the mock server (the ``mock`` extra: ``fireworks_client.mock``,
``fireworks-client mock``, ``--mock``, ``python -m fireworks_client.demo``) and the bulk
runner's bar (``progress``). The Ray stage (``ray``) imports nothing of Ray (Ray imports it),
and aiohttp is a core dependency (its extra is kept empty for old install lines). ``codegen``
and ``dev`` are for working on this repository; nothing installed imports them.
"""

from __future__ import annotations

from collections.abc import Mapping

from fireworks_client._exceptions import MissingExtraError

__all__ = ["EXTRAS", "missing_extra"]

# The top-level modules of each extra's distributions (pyproject.toml's optional-dependencies;
# tests/test_extras.py holds the two together).
EXTRAS: Mapping[str, frozenset[str]] = {
    "mock": frozenset(
        {
            "starlette",
            "uvicorn",
            "jsonschema",
            "jsonschema_rs",
            "multipart",
            "python_multipart",
            "PIL",
        }
    ),
    "progress": frozenset({"rich"}),
    "ray": frozenset({"ray"}),
}


def missing_extra(exc: ModuleNotFoundError, extra: str, what: str) -> ModuleNotFoundError:
    """What to raise for ``exc``, from an import that needs ``extra``:

        try:
            from fireworks_client.mock import MockServer
        except ModuleNotFoundError as exc:
            raise missing_extra(exc, "mock", "--mock") from None

    a :class:`MissingExtraError` saying that ``what`` needs ``extra`` when the missing module is
    one of the extra's (or ``exc`` is the MissingExtraError of the same extra, said again for
    ``what``); else ``exc`` itself: any other missing module is a broken install."""
    if isinstance(exc, MissingExtraError):
        return MissingExtraError(what, extra, exc.name) if exc.extra == extra else exc
    top = (exc.name or "").split(".")[0]  # what is not installed: `PIL` of `PIL.Image`
    if top not in EXTRAS[extra]:
        return exc
    return MissingExtraError(what, extra, top)
