"""The ``fireworks-client`` command (also ``python -m fireworks_client``).

    fireworks-client chat "Tell me about lighthouses"        # streams the answer
    fireworks-client --mock chat                              # a conversation with the mock
    echo "hello" | fireworks-client embed                     # JSON vectors
    fireworks-client image "A lighthouse" --out lighthouse.png
    fireworks-client models
    fireworks-client mock --port 0                            # run the mock server

Exit codes: 0 done, 1 the API answered with an error, 2 usage error, 3 could not reach the
API, 4 a stream broke off, 130 interrupted with Ctrl-C. Errors are one line on stderr; ``-v``
adds the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


class UsageError(Exception):
    """A command line that cannot be run as given."""


def _sampling(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", default=DEFAULT_CHAT_MODEL, help=f"model (default {DEFAULT_CHAT_MODEL})"
    )
    parser.add_argument("--max-tokens", type=int, help="the most tokens to generate")
    parser.add_argument("--temperature", type=float)
    parser.add_argument("--top-p", type=float)
    parser.add_argument("--top-k", type=int)
    parser.add_argument("--stop", action="append", help="a stop sequence (repeatable)")
    parser.add_argument(
        "--context-length-exceeded",
        choices=("truncate", "error"),
        help="when prompt + max tokens exceed the model's window: "
        "lower max tokens (truncate) or fail (error)",
    )
    parser.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    parser.add_argument(
        "--usage", action="store_true", help="print token usage at the end (stderr)"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fireworks-client", description="Fireworks AI from the terminal."
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    chat = sub.add_parser(
        "chat",
        help="chat; streams the answer",
        description="A prompt from the arguments or stdin; "
        "with neither, a conversation (Ctrl-D ends it).",
    )
    chat.add_argument("prompt", nargs="*", help="the message (default: stdin, or a conversation)")
    chat.add_argument("--system", help="a system message")
    _sampling(chat)

    complete = sub.add_parser("complete", help="text completion; streams the answer")
    complete.add_argument("prompt", nargs="*", help="the prompt (default: stdin)")
    complete.add_argument("--echo", action="store_true", help="print the prompt too")
    _sampling(complete)

    embed = sub.add_parser("embed", help="embedding vectors as JSON")
    embed.add_argument("text", nargs="*", help="texts (default: one per line of stdin)")
    embed.add_argument("--model", default=DEFAULT_EMBED_MODEL)
    embed.add_argument("--dimensions", type=int)

    image = sub.add_parser("image", help="generate images (or transform one with --init-image)")
    image.add_argument("prompt", help="what to draw")
    image.add_argument(
        "--out", type=Path, default=Path("image"), help="file or stem to write (default: image)"
    )
    image.add_argument("--width", type=int, default=1024)
    image.add_argument("--height", type=int, default=1024)
    image.add_argument("--samples", type=int, default=1)
    image.add_argument("--seed", type=int)
    image.add_argument("--format", choices=("png", "jpeg"), default="png")
    image.add_argument("--init-image", type=Path, help="image-to-image from this PNG or JPEG")
    image.add_argument(
        "--strength",
        type=float,
        default=0.5,
        help="with --init-image: how much of it to keep (0-1)",
    )

    sub.add_parser("models", help="the models available, as a table")

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.verbose:
        from fireworks_client._logging import set_console_log_level  # noqa: PLC0415

        set_console_log_level("DEBUG")
    if args.command == "mock":
        return _run_mock(args)
    from fireworks_client import _exceptions as errors  # noqa: PLC0415 - keeps `--help` quick

    try:
        with _client(args) as client:
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
        with Fireworks(api_key=args.api_key, base_url=args.base_url, **options) as client:
            yield client
        return
    from fireworks_client.mock import MockServer  # noqa: PLC0415 - needs the mock extra

    with (
        MockServer() as server,
        Fireworks(api_key=args.api_key or "mock", base_url=server.base_url, **options) as client,
    ):
        yield client


def _params(args: argparse.Namespace) -> dict[str, Any]:
    params: dict[str, Any] = {"model": args.model}
    for name in ("max_tokens", "temperature", "top_p", "top_k", "stop"):
        if getattr(args, name) is not None:
            params[name] = getattr(args, name)
    if args.context_length_exceeded:
        params["context_length_exceeded_behavior"] = args.context_length_exceeded
    return params


def _text_or_stdin(words: list[str]) -> str | None:
    if words:
        return " ".join(words)
    if not sys.stdin.isatty():
        return sys.stdin.read().strip()
    return None


def _print_usage(args: argparse.Namespace, usage: Any) -> None:
    if args.usage and usage is not None and hasattr(usage, "total_tokens"):
        print(
            f"usage: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion "
            f"= {usage.total_tokens} tokens",
            file=sys.stderr,
        )


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
        with client.chat.completions.create(
            messages=messages, stream=True, **_params(args)
        ) as stream:
            for chunk in stream:
                chunks.append(chunk)
                if not args.json:
                    for choice in chunk.choices:
                        print(choice.delta.content or "", end="", flush=True)
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
    params = _params(args)
    if args.echo:
        params["echo"] = True
    chunks = []
    with client.completions.create(prompt=prompt, stream=True, **params) as stream:
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
    params: dict[str, Any] = {"model": args.model, "input": texts}
    if args.dimensions is not None:
        params["dimensions"] = args.dimensions
    print(json.dumps(client.embeddings.create(**params).to_dict()))
    return 0


def _image(client: Fireworks, args: argparse.Namespace) -> int:
    common: dict[str, Any] = {"samples": args.samples}
    if args.seed is not None:
        common["seed"] = args.seed
    if args.init_image:
        if not args.init_image.is_file():
            raise UsageError(f"--init-image: no such file: {args.init_image}")
        images = client.images.image_to_image(
            init_image=args.init_image,
            init_image_mode="IMAGE_STRENGTH",
            image_strength=args.strength,
            prompt=args.prompt,
            image_format=args.format,
            **common,
        )
    else:
        images = client.images.generate(
            text_prompts=[{"text": args.prompt, "weight": 1}],
            width=args.width,
            height=args.height,
            image_format=args.format,
            **common,
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


def _models(client: Fireworks, args: argparse.Namespace) -> int:
    rows = [(m.id, m.owned_by, str(m.created)) for m in client.models.list().data]
    widths = [max(len(r[i]) for r in [("MODEL", "OWNER", "CREATED"), *rows]) for i in range(3)]
    for row in [("MODEL", "OWNER", "CREATED"), *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


def _run_mock(args: argparse.Namespace) -> int:
    try:
        # Imported here: the mock's web stack is an optional extra.
        from fireworks_client.mock import serve_forever  # noqa: PLC0415
    except ImportError as exc:
        print(
            "fireworks-client mock: needs the mock extra: "
            f"pip install 'fireworks-client[mock]' ({exc})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    keys = frozenset(args.api_keys) if args.api_keys else None
    with contextlib.suppress(KeyboardInterrupt):
        serve_forever(
            args.host,
            args.port,
            announce=lambda url: print(
                f"Fireworks mock server on {url} (Ctrl-C to stop)", flush=True
            ),
            api_keys=keys,
        )
    return 0


_COMMANDS = {
    "chat": _chat,
    "complete": _complete,
    "embed": _embed,
    "image": _image,
    "models": _models,
}
