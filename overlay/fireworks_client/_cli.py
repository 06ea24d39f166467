"""The ``fireworks-client`` command (also ``python -m fireworks_client``).

    fireworks-client chat "Tell me about lighthouses"        # streams the answer
    fireworks-client --mock chat                              # a conversation with the mock
    echo "hello" | fireworks-client embed                     # JSON vectors
    fireworks-client image "A lighthouse" --out lighthouse.png
    fireworks-client models
    fireworks-client mock --port 0                            # run the mock server
    fireworks-client bulk requests.jsonl results.jsonl        # a resumable bulk job
    fireworks-client deployments list --account-id my-account # the API's resources
    fireworks-client deployments get my-deployment --json

Each command's options for the request (``--max-tokens``, ``--temperature``, ``--seed``, ...)
are the scalar fields of its operation's request body, taken from the effective spec: a field
added to the spec is an option after regeneration. ``_API`` is the one place that names the
operations (by the clients' friendly names) and the fields a command fills itself. The API's
resources (``deployments``, ``datasets``, ...) are commands too, each method a subcommand, all
made from the spec and the friendly names by ``_cli_resources.py``.

Exit codes: 0 done, 1 the API answered with an error, 2 usage error or an extra not installed
(``--mock``, ``mock``: the line names it), 3 could not reach the API, 4 a stream broke off, 130
interrupted with Ctrl-C. Errors are one line on stderr; ``-v``
adds the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from fireworks_client._cli_shared import MOCK_ACCOUNT, UsageError, method_of, scalar_option

if TYPE_CHECKING:
    from fireworks_client._cli_resources import ResourceCommands
    from fireworks_client._client import Fireworks

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_STREAM_BROKEN",
    "EXIT_USAGE",
    "main",
]

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_STREAM_BROKEN = 4
EXIT_INTERRUPTED = 130

DEFAULT_CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
DEFAULT_EMBED_MODEL = "nomic-ai/nomic-embed-text-v1.5"
DEFAULT_RERANK_MODEL = "accounts/fireworks/models/qwen3-reranker-8b"


@dataclass(frozen=True)
class _Command:
    """What a command sends: the operations it may run (friendly names, as the clients call
    them), the fields it fills from its own arguments (never options), and the fields it sends
    unless an option says otherwise."""

    operations: tuple[str, ...]
    fills: frozenset[str] = frozenset()
    defaults: Mapping[str, Any] = field(default_factory=dict)


# The command line's one declared mapping to the API. Every other request field of these
# operations becomes an option of its command.
_API = {
    "chat": _Command(
        ("chat.completions.create",),
        fills=frozenset({"messages", "stream"}),  # the conversation; always streamed
        defaults={"model": DEFAULT_CHAT_MODEL},
    ),
    "complete": _Command(
        ("completions.create",),
        fills=frozenset({"prompt", "stream"}),
        defaults={"model": DEFAULT_CHAT_MODEL},
    ),
    "embed": _Command(
        ("embeddings.create",),
        fills=frozenset({"input"}),
        defaults={"model": DEFAULT_EMBED_MODEL},
    ),
    "image": _Command(
        ("images.generate", "images.image_to_image"),  # the second with --init-image
        fills=frozenset({"text_prompts", "prompt"}),
        # image-to-image needs a mode; keeping a share of the image is the simpler one.
        defaults={"init_image_mode": "IMAGE_STRENGTH"},
    ),
    "models": _Command(("models.list",)),
    "rerank": _Command(
        ("rerank.create",),
        fills=frozenset({"query", "documents"}),
        defaults={"model": DEFAULT_RERANK_MODEL},
    ),
    "flux": _Command(("images.flux",), fills=frozenset({"prompt"})),
}
_DEST = "field:"  # prefix of the argparse destinations of request fields
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]`])\.\s+(?=[A-Z`])")


def _request_fields(friendly: str) -> dict[str, dict[str, Any]]:
    """The fields of an operation's request body, their schemas resolved, in spec order;
    without the binary ones (the command takes files its own way)."""
    from fireworks_api.names import FRIENDLY_NAMES  # noqa: PLC0415
    from fireworks_api.operations import OPERATIONS  # noqa: PLC0415 - keeps `--help` quick

    from fireworks_client._cli_resources import read_spec  # noqa: PLC0415
    from fireworks_client._openapi import object_properties  # noqa: PLC0415

    op = OPERATIONS[FRIENDLY_NAMES[friendly]]
    if not op.request:
        return {}
    spec = read_spec()  # read once for all the commands' options
    declared = next(
        o
        for item in spec["paths"].values()
        for o in item.values()
        if isinstance(o, dict) and o.get("operationId") == op.operation_id
    )
    body = declared["requestBody"]
    if "$ref" in body:
        body = spec["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
    schema = body["content"][op.request[0].content_type]["schema"]
    fields = object_properties(schema, spec)
    return {k: v for k, v in fields.items() if k not in op.binary_fields}


def _help(schema: dict[str, Any], default: Any) -> str:
    text = " ".join(str(schema.get("description", "")).split())
    first = _SENTENCE_END.split(text)[0].rstrip(".")
    first = first if len(first) <= 100 else first[:97] + "..."
    if default is not None:
        first = f"{first} (default {default})" if first else f"default {default}"
    return first.replace("%", "%%")  # argparse formats help with %


def _request_options(parser: argparse.ArgumentParser, command: str) -> None:
    """An option for each scalar request field of the command's operations (the first
    operation that has a field describes it); a CLI option of the same name wins."""
    spec = _API[command]
    taken = set(parser._option_string_actions)
    for friendly in spec.operations:
        for name, schema in _request_fields(friendly).items():
            flag = "--" + name.replace("_", "-")
            settings = scalar_option(schema)
            if name in spec.fills or flag in taken or settings is None:
                continue
            taken.add(flag)
            default = spec.defaults.get(name)
            settings.setdefault("metavar", None if "choices" in settings else name.upper())
            parser.add_argument(
                flag, dest=_DEST + name, default=default, help=_help(schema, default), **settings
            )


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    parser.add_argument(
        "--usage", action="store_true", help="print token usage at the end (stderr)"
    )


class _Parser(argparse.ArgumentParser):
    """Its errors (and its subcommands') in one line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (--help for usage)\n")


def _parser() -> argparse.ArgumentParser:
    """The command line's parser, its resource commands not yet filled (:func:`_parse`)."""
    return _parser_and_resources()[0]


def _parser_and_resources() -> tuple[argparse.ArgumentParser, ResourceCommands]:
    """The command line's parser, and its resource commands (filled when named)."""
    from fireworks_client._cli_resources import ResourceCommands  # noqa: PLC0415

    parser = _Parser(
        prog="fireworks-client",
        description="Fireworks AI from the terminal: inference commands, and the API's "
        "resources (deployments, datasets, jobs, ...) with their methods from its description.",
    )
    parser.add_argument("--api-key", help="API key (default: FIREWORKS_API_KEY)")
    parser.add_argument(
        "--base-url", help="API base URL (default: FIREWORKS_BASE_URL or the service)"
    )
    parser.add_argument("--timeout", type=float, help="seconds (default 600)")
    parser.add_argument("--max-retries", type=int, help="retries of failed requests (default 2)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging and tracebacks")
    parser.add_argument(
        "--mock", action="store_true", help="run against an in-process mock server; no key needed"
    )
    parser.add_argument(
        "--account-id", help="the account of the resource commands (default: FIREWORKS_ACCOUNT_ID)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    chat = sub.add_parser(
        "chat",
        help="chat; streams the answer",
        description="A prompt from the arguments or stdin; "
        "with neither, a conversation (Ctrl-D ends it).",
    )
    chat.add_argument("prompt", nargs="*", help="the message (default: stdin, or a conversation)")
    chat.add_argument("--system", help="a system message")
    _output_options(chat)
    _request_options(chat, "chat")

    complete = sub.add_parser("complete", help="text completion; streams the answer")
    complete.add_argument("prompt", nargs="*", help="the prompt (default: stdin)")
    _output_options(complete)
    _request_options(complete, "complete")

    embed = sub.add_parser("embed", help="embedding vectors as JSON")
    embed.add_argument("text", nargs="*", help="texts (default: one per line of stdin)")
    _request_options(embed, "embed")

    image = sub.add_parser("image", help="generate images (or transform one with --init-image)")
    image.add_argument("prompt", help="what to draw")
    image.add_argument(
        "--out", type=Path, default=Path("image"), help="file or stem to write (default: image)"
    )
    # The client's choice of answer format (the Accept header), not a request field.
    image.add_argument(
        "--format", choices=("png", "jpeg"), default="png", help="image format (default png)"
    )
    image.add_argument("--init-image", type=Path, help="image-to-image from this PNG or JPEG")
    _request_options(image, "image")

    models = sub.add_parser(
        "models",
        help="the models available, as a table; with a method, the account's models",
        add_help=False,  # added with its methods (_parse)
    )

    rerank = sub.add_parser("rerank", help="documents ordered by relevance to a query, as a table")
    rerank.add_argument("query", help="what the documents should be about")
    rerank.add_argument("documents", nargs="*", help="documents (default: one per line of stdin)")
    _output_options(rerank)
    _request_options(rerank, "rerank")

    flux = sub.add_parser("flux", help="an image from a prompt with FLUX.1 [schnell]")
    flux.add_argument("prompt", help="what to draw")
    flux.add_argument(
        "--out", type=Path, default=Path("image"), help="file or stem to write (default: image)"
    )
    flux.add_argument(
        "--format", choices=("png", "jpeg"), default="jpeg", help="image format (default jpeg)"
    )
    _request_options(flux, "flux")

    from fireworks_client.bulk._cli import add_parser as add_bulk  # noqa: PLC0415

    add_bulk(sub)

    _add_mock(sub)
    # The API's resources, from its description; `models` keeps its table without a method.
    resources = ResourceCommands(taken=[c for c in sub.choices if c not in _MERGED])
    resources.add_to(sub, existing={"models": models})
    return parser, resources


def _add_mock(sub: Any) -> None:
    """The ``mock`` command: the mock server, a proxy to the service, or a cassette's replay."""
    mock = sub.add_parser(
        "mock",
        help="run the mock server on 127.0.0.1",
        description="Run the mock server until Ctrl-C or SIGTERM; it prints its base URL.",
    )
    mock.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    mock.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    mock.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only this key (repeatable; default: any non-empty key)",
    )
    mock.add_argument(
        "--max-body-bytes",
        type=int,
        metavar="N",
        help="answer bodies over N bytes with a 413 (default 8 MiB)",
    )
    mock.add_argument(
        "--log-level",
        choices=["critical", "error", "warning", "info", "debug"],
        default="error",
        help="the server's log level (default error: quiet, a line per dropped connection)",
    )
    mock.add_argument(
        "--upstream",
        metavar="URL",
        help="forward every request to the service at URL (its root: https://api.fireworks.ai) "
        "and send its answers back",
    )
    mock.add_argument(
        "--record",
        metavar="FILE",
        help="with --upstream: write each exchange to the cassette FILE (JSON lines; no key)",
    )
    mock.add_argument(
        "--report",
        metavar="FILE",
        help="with --upstream: write how the service's answers differ from the spec to FILE (JSON)",
    )
    mock.add_argument(
        "--replay", metavar="FILE", help="answer from the cassette FILE (recorded with --record)"
    )
    mock.add_argument(
        "--on-miss",
        choices=["synthesize", "error"],
        default="synthesize",
        help="with --replay, a request the cassette has no answer for gets the mock's own "
        "answer (synthesize, the default) or a 404 naming what was not found (error)",
    )
    mock.add_argument(
        "--replay-pace",
        type=float,
        default=1.0,
        metavar="F",
        help="with --replay: the recorded pauses times F (default 1; 0 skips them)",
    )
    mock.add_argument(
        "--replay-check",
        choices=["error", "warn"],
        default="error",
        help="with --replay: an answer that no longer fits the spec stops the mock (error, the "
        "default) or is replayed with a warning (warn)",
    )


# Commands of their own that also hold their resource's methods: what each does without one.
_MERGED = {"models": "the models available (models list), as a table"}


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Two passes: the first finds the command; a resource command is then filled with its
    methods (from the spec) and the command line parsed again, whole."""
    parser, resources = _parser_and_resources()
    first, _ = parser.parse_known_args(argv)
    top = resources.top_of(first.command)
    if top is not None:
        resources.fill(top, without_method=_MERGED.get(top))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.verbose:
        from fireworks_client._logging import set_console_log_level  # noqa: PLC0415

        set_console_log_level("DEBUG")
    from fireworks_client import _exceptions as errors  # noqa: PLC0415 - keeps `--help` quick

    try:
        if args.command == "mock":
            return _run_mock(args)
        if args.command == "bulk":  # async, its own client and exit codes: bulk/_cli.py
            from fireworks_client.bulk._cli import main as bulk_main  # noqa: PLC0415

            return bulk_main(args)
        return _run(args)
    except errors.MissingExtraError as exc:  # a plain install: which extra, in one line
        return _fail(args, str(exc), EXIT_USAGE)


# How long a Ctrl-C may take to unwind before the process ends without the rest of it.
INTERRUPT_GRACE_SECONDS = 3.0


@contextlib.contextmanager
def interrupt_bounded() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt as always, and also starts a timer that ends the process
    (exit 130) if unwinding has not finished within :data:`INTERRUPT_GRACE_SECONDS`.

    Why: CPython delivers the interrupt between any two bytecodes, so it can land after a lock
    was taken and before the ``with`` that would release it (bpo-29988); a cleanup on the way
    out that takes the same lock (closing a stream hands its connection back to httpcore's
    pool) then waits forever, and so does the user. Only in the main thread, and only where
    Python's own handler is in place (a program that set its own keeps it)."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    timers: list[threading.Timer] = []

    def interrupted(signum: int, frame: FrameType | None) -> None:
        timer = threading.Timer(INTERRUPT_GRACE_SECONDS, _end_interrupted)
        timer.daemon = True
        timers.append(timer)
        timer.start()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for timer in timers:  # unwound in time: nothing to end
            timer.cancel()


def _end_interrupted() -> None:
    # os.write, not sys.stderr: the main thread may hold the stream's lock where it hangs.
    with contextlib.suppress(OSError):
        os.write(2, b"\nfireworks-client: interrupted\n")
    os._exit(EXIT_INTERRUPTED)


def _run(args: argparse.Namespace) -> int:
    from fireworks_client import _exceptions as errors  # noqa: PLC0415 - keeps `--help` quick

    try:
        with interrupt_bounded(), _client(args) as client:
            from fireworks_client._cli_resources import chosen, run_method  # noqa: PLC0415

            if chosen(args) is not None:
                return run_method(client, args)
            return _COMMANDS[args.command](client, args)
    except KeyboardInterrupt:
        print("\nfireworks-client: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (UsageError, errors.FireworksConfigurationError) as exc:
        return _fail(args, f"usage: {exc}", EXIT_USAGE)
    except errors.IncompleteStreamError as exc:
        return _fail(args, f"the stream broke off: {exc}", EXIT_STREAM_BROKEN)
    except errors.APIConnectionError as exc:
        return _fail(args, str(exc), EXIT_CONNECTION)
    except errors.APIStatusError as exc:
        return _fail(args, f"{type(exc).__name__}: {exc}", EXIT_API_ERROR)
    except errors.APIError as exc:
        return _fail(args, f"{type(exc).__name__}: {exc}", EXIT_API_ERROR)


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    if args.verbose:
        traceback.print_exc()
    print(f"fireworks-client: {message}", file=sys.stderr)
    return code


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Iterator[Fireworks]:
    from fireworks_client._client import Fireworks  # noqa: PLC0415

    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    if not args.mock:
        with Fireworks(
            api_key=args.api_key, base_url=args.base_url, account_id=args.account_id, **options
        ) as client:
            yield client
        return
    from fireworks_client._extras import missing_extra  # noqa: PLC0415

    try:
        from fireworks_client.mock import MockServer  # noqa: PLC0415
    except ModuleNotFoundError as exc:  # a MissingExtraError: main says it
        raise missing_extra(exc, "mock", "--mock") from None

    with (
        MockServer() as server,
        Fireworks(
            api_key=args.api_key or "mock",
            base_url=server.base_url,
            account_id=args.account_id or os.environ.get("FIREWORKS_ACCOUNT_ID") or MOCK_ACCOUNT,
            **options,
        ) as client,
    ):
        yield client


def _params(args: argparse.Namespace, friendly: str) -> dict[str, Any]:
    """The request fields the options give for this operation of the command; a usage error
    for an option the operation does not take."""
    fields = _request_fields(friendly)
    given = {
        dest.removeprefix(_DEST): value
        for dest, value in vars(args).items()
        if dest.startswith(_DEST) and value is not None
    }
    defaults = _API[args.command].defaults
    for name, value in given.items():
        if name not in fields and value != defaults.get(name):
            flag = "--" + name.replace("_", "-")
            raise UsageError(f"{flag} does not apply to {friendly}")
    return {name: value for name, value in given.items() if name in fields}


def _text_or_stdin(words: list[str]) -> str | None:
    if words:
        return " ".join(words)
    if not sys.stdin.isatty():
        return sys.stdin.read().strip()
    return None


def _print_usage(args: argparse.Namespace, usage: Any) -> None:
    if args.usage and usage is not None and hasattr(usage, "total_tokens"):
        completion = getattr(usage, "completion_tokens", None)
        parts = f"{usage.prompt_tokens} prompt" + (
            f" + {completion} completion" if isinstance(completion, int) else ""
        )
        print(f"usage: {parts} = {usage.total_tokens} tokens", file=sys.stderr)


class _Reasoning:
    """A reasoning model's thinking, on stderr and apart from the answer (stdout)."""

    def __init__(self) -> None:
        self.started = self.ended = False

    def show(self, text: Any) -> None:
        if not isinstance(text, str) or not text or self.ended:
            return
        if not self.started:
            self.started = True
            print("[reasoning] ", end="", file=sys.stderr, flush=True)
        print(text, end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.started and not self.ended:
            print("\n[answer]", file=sys.stderr, flush=True)
        self.ended = True


def _chat(client: Fireworks, args: argparse.Namespace) -> int:
    from fireworks_client._accumulate import fold_chat_chunks  # noqa: PLC0415

    messages: list[dict[str, Any]] = (
        [{"role": "system", "content": args.system}] if args.system else []
    )
    prompt = _text_or_stdin(args.prompt)
    interactive = prompt is None
    while True:
        if interactive:
            try:
                prompt = input("you> ")
            except EOFError:
                print(file=sys.stderr)
                return 0
            if not prompt.strip():
                continue
            print("model> ", end="", flush=True)
        messages.append({"role": "user", "content": prompt})
        chunks = []
        (friendly,) = _API["chat"].operations
        with method_of(client, friendly)(
            messages=messages, stream=True, **_params(args, friendly)
        ) as stream:
            reasoning = _Reasoning()
            for chunk in stream:
                chunks.append(chunk)
                if not args.json:
                    for choice in chunk.choices:
                        reasoning.show(getattr(choice.delta, "reasoning_content", None))
                        if choice.delta.content:
                            reasoning.end()
                        print(choice.delta.content or "", end="", flush=True)
            reasoning.end()
        answer = fold_chat_chunks(chunks)
        if args.json:
            print(json.dumps(answer.to_dict(), indent=2))
        else:
            print()
        _print_usage(args, stream.usage)
        if not interactive:
            return 0
        messages.append({"role": "assistant", "content": answer.choices[0].message.content or ""})


def _complete(client: Fireworks, args: argparse.Namespace) -> int:
    from fireworks_client._accumulate import fold_completion_chunks  # noqa: PLC0415

    prompt = _text_or_stdin(args.prompt)
    if prompt is None:
        raise UsageError("complete needs a prompt, as arguments or on stdin")
    (friendly,) = _API["complete"].operations
    chunks = []
    with method_of(client, friendly)(
        prompt=prompt, stream=True, **_params(args, friendly)
    ) as stream:
        for chunk in stream:
            chunks.append(chunk)
            if not args.json:
                print("".join(c.text for c in chunk.choices), end="", flush=True)
    if args.json:
        print(json.dumps(fold_completion_chunks(chunks).to_dict(), indent=2))
    else:
        print()
    _print_usage(args, stream.usage)
    return 0


def _embed(client: Fireworks, args: argparse.Namespace) -> int:
    texts = list(args.text) or (
        [line.rstrip("\n") for line in sys.stdin if line.strip()] if not sys.stdin.isatty() else []
    )
    if not texts:
        raise UsageError("embed needs texts, as arguments or one per line on stdin")
    (friendly,) = _API["embed"].operations
    print(json.dumps(method_of(client, friendly)(input=texts, **_params(args, friendly)).to_dict()))
    return 0


def _image(client: Fireworks, args: argparse.Namespace) -> int:
    generate, image_to_image = _API["image"].operations
    if args.init_image:
        if not args.init_image.is_file():
            raise UsageError(f"--init-image: no such file: {args.init_image}")
        (file_field,) = _binary_fields(image_to_image)
        images = method_of(client, image_to_image)(
            **{file_field: args.init_image},
            prompt=args.prompt,
            image_format=args.format,
            **_params(args, image_to_image),
        )
    else:
        images = method_of(client, generate)(
            text_prompts=[{"text": args.prompt, "weight": 1}],
            image_format=args.format,
            **_params(args, generate),
        )
    for number, image in enumerate(images):
        target = (
            args.out
            if len(images) == 1
            else args.out.with_name(f"{args.out.stem}-{number + 1}{args.out.suffix}")
        )
        path = image.save(target)
        print(f"{path}\t{image.finish_reason}\tseed {image.seed}")
    return 0


def _binary_fields(friendly: str) -> frozenset[str]:
    from fireworks_api.names import FRIENDLY_NAMES  # noqa: PLC0415
    from fireworks_api.operations import OPERATIONS  # noqa: PLC0415

    return OPERATIONS[FRIENDLY_NAMES[friendly]].binary_fields


def _models(client: Fireworks, args: argparse.Namespace) -> int:
    (friendly,) = _API["models"].operations
    rows = [(m.id, m.owned_by, str(m.created)) for m in method_of(client, friendly)().data]
    widths = [max(len(r[i]) for r in [("MODEL", "OWNER", "CREATED"), *rows]) for i in range(3)]
    for row in [("MODEL", "OWNER", "CREATED"), *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


def _run_mock(args: argparse.Namespace) -> int:
    from fireworks_client._extras import missing_extra  # noqa: PLC0415

    try:
        from fireworks_client.mock import serve_forever  # noqa: PLC0415
    except ModuleNotFoundError as exc:  # a MissingExtraError: main says it
        raise missing_extra(exc, "mock", "the mock server") from None
    keys = frozenset(args.api_keys) if args.api_keys else None
    options: dict[str, Any] = {"api_keys": keys, "log_level": args.log_level}
    if args.max_body_bytes is not None:
        options["max_body_bytes"] = args.max_body_bytes
    options.update(
        upstream=args.upstream,
        record=args.record,
        report=args.report,
        replay=args.replay,
        on_miss=args.on_miss,
        pace=args.replay_pace,
        replay_check=args.replay_check,
    )
    try:
        with contextlib.suppress(KeyboardInterrupt):
            serve_forever(
                args.host,
                args.port,
                announce=lambda url: print(
                    f"Fireworks mock server on {url} (Ctrl-C to stop)", flush=True
                ),
                **options,
            )
    except ValueError as exc:  # a setting out of its range, a malformed cassette (its line)
        print(f"fireworks-client mock: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0


def _rerank(client: Fireworks, args: argparse.Namespace) -> int:
    documents = list(args.documents) or (
        [line.rstrip("\n") for line in sys.stdin if line.strip()] if not sys.stdin.isatty() else []
    )
    if not documents:
        raise UsageError("rerank needs documents, as arguments or one per line on stdin")
    (friendly,) = _API["rerank"].operations
    answer = method_of(client, friendly)(
        query=args.query, documents=documents, **_params(args, friendly)
    )
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2))
        return 0
    for result in answer.data:
        print(f"{result.relevance_score:.4f}\t{result.index}\t{documents[result.index]}")
    _print_usage(args, answer.usage)
    return 0


def _flux(client: Fireworks, args: argparse.Namespace) -> int:
    (friendly,) = _API["flux"].operations
    image = method_of(client, friendly)(
        prompt=args.prompt, image_format=args.format, **_params(args, friendly)
    )
    path = image.save(args.out)
    print(f"{path}\t{image.finish_reason}\tseed {image.seed}")
    return 0


_COMMANDS = {
    "chat": _chat,
    "flux": _flux,
    "rerank": _rerank,
    "complete": _complete,
    "embed": _embed,
    "image": _image,
    "models": _models,
}
