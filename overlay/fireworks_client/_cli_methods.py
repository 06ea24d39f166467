"""The resource commands that are no operation of the spec: a resource's ``wait`` and the
hand-written methods (``datasets upload ID FILE``), beside those ``_cli_resources`` makes
from the spec.

Waits. Every resource with a generated ``wait`` (``fireworks_api.names.WAITED``: its state
enum has an ``x-waits`` in ``openapi3.names.yml``) has a ``wait`` command (``deployments wait
ID``), and its methods that make or change one (those answering the resource, or naming it in
their path: ``create``, ``scale``, ...; not ``get``, ``delete`` nor a list) a ``--wait``
option: the command then waits for the resource and prints it settled. Progress goes to
stderr (``_cli_progress``); a resource that ends in a failed state exits 1 with its status
message (``ResourceFailedError``), a ``--deadline`` passed with APITimeoutError's exit code.

Hand-written methods. :data:`HAND_COMMANDS` declares the classes of ``fireworks_client.resources``
whose own public methods are commands; each command's arguments come from the method's
signature: its required parameters positional (``dataset_id``, ``file``), the others
``--options`` (a path, an integer, a number, a flag or a text, by their annotation), the
account as ``--account-id``, an ``on_progress`` the command's own display of the bytes.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fireworks_client._cli_shared import UsageError, endpoint_of, method_of

if TYPE_CHECKING:
    from fireworks_client._client import Fireworks

__all__ = [
    "HAND_COMMANDS",
    "WAIT_FLAG",
    "add_hand_command",
    "add_wait_command",
    "add_wait_option",
    "hand_methods",
    "run_hand",
    "run_wait",
    "waitable",
    "waits_after",
]

# Resource -> the class (module:name) whose own public methods, written by hand, are commands.
HAND_COMMANDS: Mapping[str, str] = {
    "datasets": "fireworks_client.resources._datasets:Datasets",
    "models": "fireworks_client.resources._models:Models",
}

WAIT_FLAG = "resource_wait"  # argparse destination of --wait
_ARG = "hand_argument:"  # argparse destinations of a hand method's parameters
_ACCOUNT = "account_id"
_PROGRESS = "on_progress"
# Parameters the command line sets by its global options (--timeout, --max-retries) or never.
_LEFT_OUT = frozenset({"self", "extra_headers", "timeout", "max_retries"})
_TYPES: dict[str, Callable[[str], Any]] = {"int": int, "float": float, "str": str}


def _names() -> tuple[Mapping[str, str], frozenset[str]]:
    from fireworks_api.names import FRIENDLY_NAMES, WAITED  # noqa: PLC0415

    return FRIENDLY_NAMES, WAITED


def _command(name: str) -> str:
    return name.replace("_", "-")


# --- waits --------------------------------------------------------------------------------


def _answer_model(friendly: str) -> str | None:
    from fireworks_api.operations import OPERATIONS  # noqa: PLC0415

    names, _ = _names()
    operation = OPERATIONS.get(names.get(friendly, ""))
    return operation.json_model if operation is not None else None


def _get_path(resource: str) -> tuple[str, ...]:
    """The path parameters of the resource's ``get`` (the ids a wait takes), the account's
    excepted."""

    return tuple(p for p in endpoint_of(resource + ".get").path_params if p != _ACCOUNT)


def waitable(friendly: str) -> bool:
    """Whether the method makes or changes a resource one can wait for (see the module)."""
    resource, _, method = friendly.rpartition(".")
    if resource not in _names()[1] or method in ("get", "delete") or method.startswith("list"):
        return False

    model = _answer_model(friendly)
    if model is not None and model == _answer_model(resource + ".get"):
        return True
    return set(_get_path(resource)) <= set(endpoint_of(friendly).path_params)


def _wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--deadline", type=float, metavar="SECONDS", help="give up after this long (default: never)"
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="between the first reads, growing by half up to 30 s (default: 1)",
    )


def add_wait_option(parser: argparse.ArgumentParser) -> None:
    """``--wait`` (and how) on a method of :func:`waitable`."""
    parser.add_argument(
        "--wait",
        dest=WAIT_FLAG,
        action="store_true",
        help="then wait until the resource is ready, showing its state on stderr",
    )
    _wait_options(parser)


def add_wait_command(sub: Any, resource: str, argument: Callable[..., None]) -> None:
    """The resource's ``wait`` command (``argument(parser, name, help)`` adds a path
    parameter as the generated commands have them)."""
    child = sub.add_parser(
        "wait",
        help="wait until it is ready, showing its state",
        description=f"Read it until it is ready, showing each state on stderr (client."
        f"{resource}.wait); a failed end exits 1 with its status message.",
    )
    for name in _get_path(resource):
        argument(child, name)
    child.add_argument("--account-id", dest="resource_path:" + _ACCOUNT, metavar="ID")
    child.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    _wait_options(child)
    child.set_defaults(_friendly=resource + ".wait")


def _wait(client: Fireworks, resource: str, ids: list[str], account: str | None, args: Any) -> Any:
    from fireworks_client._cli_progress import StateProgress  # noqa: PLC0415

    progress = StateProgress(" ".join([_command(resource).replace(".", " "), *ids]))
    keywords = {_ACCOUNT: account} if account else {}
    try:
        return method_of(client, resource + ".wait")(
            *ids,
            **keywords,
            deadline=args.deadline,
            poll_interval=args.poll_interval,
            on_progress=progress,
        )
    finally:
        progress.close()


def run_wait(
    client: Fireworks, friendly: str, ids: list[str], account: str | None, args: Any
) -> Any:
    """``<resource> wait ID``: the resource, settled."""
    return _wait(client, friendly.rpartition(".")[0], ids, account, args)


def waits_after(
    client: Fireworks,
    friendly: str,
    answer: Any,
    given: Mapping[str, str],
    account: str | None,
    args: Any,
) -> Any:
    """With ``--wait``: the resource the call made or changed, waited for; else the answer.
    Its ids are the call's own path parameters, else the answer's ``name``
    (``accounts/a/deployments/d``: every second part)."""
    if not getattr(args, WAIT_FLAG, False):
        return answer
    resource = friendly.rpartition(".")[0]
    names = _get_path(resource)
    if all(n in given for n in names):
        ids = [given[n] for n in names]
    else:
        name = getattr(answer, "name", None)
        if not isinstance(name, str) or not name:
            raise UsageError(f"--wait: the answer names no {resource} to wait for")
        ids = name.split("/")[1::2][-len(names) :] if names else []
    return _wait(client, resource, ids, account, args)


# --- hand-written methods -----------------------------------------------------------------


@cache
def hand_methods(resource: str) -> dict[str, Callable[..., Any]]:
    """The public methods a class of :data:`HAND_COMMANDS` defines itself, by name."""
    where = HAND_COMMANDS.get(resource)
    if where is None:
        return {}
    module, _, name = where.partition(":")
    cls = getattr(importlib.import_module(module), name)
    return {
        method: function
        for method, function in vars(cls).items()
        if not method.startswith("_") and inspect.isfunction(function)
    }


def _kind(parameter: inspect.Parameter) -> dict[str, Any] | None:
    """argparse settings for a parameter, by its annotation; None: not said on a command line."""
    words = {w.strip() for w in str(parameter.annotation).split("|")} - {"None"}
    if any("PathLike" in w or w == "Path" for w in words):
        return {"type": Path}
    if words == {"bool"}:
        return {"action": argparse.BooleanOptionalAction}
    if len(words) == 1 and (kind := _TYPES.get(words.pop())) is not None:
        return {"type": kind}
    return None


def _parameters(function: Callable[..., Any]) -> list[tuple[inspect.Parameter, dict[str, Any]]]:
    found = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name in _LEFT_OUT or parameter.name in (_ACCOUNT, _PROGRESS):
            continue
        kind = _kind(parameter)
        if kind is None:
            if parameter.default is inspect.Parameter.empty:
                raise TypeError(f"{function.__qualname__}: {parameter.name} has no command form")
            continue
        found.append((parameter, kind))
    return found


def add_hand_command(sub: Any, resource: str, method: str) -> None:
    """The command of a hand-written method: its arguments from its signature."""
    function = hand_methods(resource)[method]
    doc = inspect.getdoc(function) or ""
    child = sub.add_parser(
        _command(method),
        help=" ".join(doc.split(". ")[0].split()).replace("%", "%%"),
        description=f"{' '.join(doc.split())} (client.{resource}.{method})".replace("%", "%%"),
    )
    for parameter, kind in _parameters(function):
        if parameter.default is inspect.Parameter.empty:
            child.add_argument(_ARG + parameter.name, metavar=parameter.name.upper(), **kind)
        else:
            child.add_argument(
                "--" + _command(parameter.name),
                dest=_ARG + parameter.name,
                metavar=parameter.name.upper(),
                help=f"(default: {parameter.default})",
                **kind,
            )
    if _ACCOUNT in inspect.signature(function).parameters:
        child.add_argument("--account-id", dest="resource_path:" + _ACCOUNT, metavar="ID")
    child.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    child.set_defaults(_friendly=f"{resource}.{method}")


def run_hand(client: Fireworks, friendly: str, account: str | None, args: Any) -> Any:
    """Call a hand-written method with the command line's arguments (showing the bytes of
    its files as they go); its answer."""
    from fireworks_client._cli_progress import BytesProgress  # noqa: PLC0415

    resource, _, method = friendly.rpartition(".")
    function = hand_methods(resource)[method]
    values = vars(args)
    keywords = {
        p.name: values[_ARG + p.name]
        for p, _ in _parameters(function)
        if values.get(_ARG + p.name) is not None
    }
    signature = inspect.signature(function).parameters
    if _ACCOUNT in signature and account:
        keywords[_ACCOUNT] = account
    progress = BytesProgress(friendly.replace(".", " ")) if _PROGRESS in signature else None
    if progress is not None:
        keywords[_PROGRESS] = progress
    try:
        return method_of(client, friendly)(**keywords)
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
        raise UsageError(str(exc)) from exc
    finally:
        if progress is not None:
            progress.close()
