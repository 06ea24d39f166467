"""The ``fireworks-client`` command (also ``python -m fireworks_client``).

Subcommands so far: ``mock``, which runs the mock server (needs the ``mock`` extra).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

__all__ = ["main"]

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fireworks-client", description="Fireworks AI from the terminal."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
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
    if args.command == "mock":
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
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
