"""``fireworks-client bulk INPUT OUTPUT``: the runner on the command line.

The global options (``--api-key``, ``--base-url``, ``--timeout``, ``--max-retries``, ``--mock``,
``--account-id`` for ``--remote``) and the environment (``FIREWORKS_API_KEY``,
``FIREWORKS_BASE_URL``, ``FIREWORKS_ACCOUNT_ID``) give the client. Exit codes:
0 every line answered, 1 some lines are error lines (rerun with ``--retry-failed``) or the API
refused the key (the job stopped), 2 a usage error or an extra missing (``--mock``,
``--progress bar``), 5 the output could not be written (what
was written stays; rerun to go on); with ``--remote``, 1 or 3 (unreachable) when a call of the
platform failed (rerun to go on).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fireworks_client._cli_shared import MOCK_ACCOUNT

__all__ = ["EXIT_OUTPUT", "add_parser", "main"]

EXIT_OUTPUT = 5
EXIT_CONNECTION = 3


def add_parser(sub: Any) -> None:
    bulk = sub.add_parser(
        "bulk",
        help="run a file of requests (OpenAI Batch format); resumable",
        description="Run the request lines of INPUT and append their results to OUTPUT. Run "
        "it again with the same OUTPUT to go on after a stop: lines answered there are skipped.",
    )
    bulk.add_argument("input", type=Path, help="request lines (JSONL: custom_id, url, body)")
    bulk.add_argument("output", type=Path, help="result lines, appended")
    bulk.add_argument(
        "--retry-failed", action="store_true", help="run the lines that failed before again"
    )
    bulk.add_argument(
        "--max-concurrency", type=int, default=64, help="requests in flight at most (default 64)"
    )
    bulk.add_argument("--rpm", type=float, help="requests per minute at most")
    bulk.add_argument("--tpm", type=float, help="tokens per minute at most (estimated)")
    bulk.add_argument(
        "--remote",
        action="store_true",
        help="run them as Fireworks batch inference jobs (half price, within 24 h; chat "
        "completions only); rerun to resume, the state is kept beside OUTPUT",
    )
    bulk.add_argument(
        "--poll-interval",
        type=float,
        default=1.0,
        help="with --remote: seconds between reads of a job, growing by half to 60 (default 1)",
    )
    bulk.add_argument(
        "--progress",
        choices=("auto", "bar", "lines", "off"),
        default="auto",
        help="a bar on a terminal, lines otherwise (default auto)",
    )


@contextlib.asynccontextmanager
async def _mock_base_url(args: argparse.Namespace) -> AsyncIterator[str | None]:
    if not args.mock:
        yield args.base_url
        return
    from fireworks_client._extras import missing_extra  # noqa: PLC0415

    try:
        from fireworks_client.mock import MockServer  # noqa: PLC0415
    except ModuleNotFoundError as exc:  # a MissingExtraError: the CLI's main says it
        raise missing_extra(exc, "mock", "--mock") from None

    with MockServer() as server:
        yield server.base_url


def main(args: argparse.Namespace) -> int:
    from fireworks_client._client import AsyncFireworks  # noqa: PLC0415
    from fireworks_client._exceptions import (  # noqa: PLC0415
        APIConnectionError,
        APIError,
        AuthenticationError,
        FireworksConfigurationError,
    )
    from fireworks_client.bulk._output import BulkOutputError  # noqa: PLC0415
    from fireworks_client.bulk._runner import arun  # noqa: PLC0415

    if args.remote and (args.rpm is not None or args.tpm is not None):
        print(
            "fireworks-client bulk: usage: --rpm and --tpm pace a local run; a remote run's "
            "batch job is paced by the service (leave them out with --remote)",
            file=sys.stderr,
        )
        return 2

    async def job() -> Any:
        async with _mock_base_url(args) as base_url:
            options: dict[str, Any] = {}
            if args.timeout is not None:
                options["timeout"] = args.timeout
            api_key = args.api_key or ("mock" if args.mock else None)
            account_id = args.account_id or os.environ.get("FIREWORKS_ACCOUNT_ID")
            if args.mock and account_id is None:
                account_id = MOCK_ACCOUNT
            async with AsyncFireworks(
                api_key=api_key, base_url=base_url, account_id=account_id, **options
            ) as client:
                return await arun(
                    args.input,
                    args.output,
                    client=client,
                    max_retries=args.max_retries,
                    max_concurrency=args.max_concurrency,
                    requests_per_minute=args.rpm,
                    tokens_per_minute=args.tpm,
                    retry_failed=args.retry_failed,
                    progress=args.progress,
                    remote=args.remote,
                    account_id=account_id,
                    poll_interval=args.poll_interval,
                )

    try:
        summary = asyncio.run(job())
    except KeyboardInterrupt:
        print("\nfireworks-client bulk: interrupted; run it again to go on", file=sys.stderr)
        return 130
    except BulkOutputError as exc:
        print(f"fireworks-client bulk: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except AuthenticationError as exc:
        print(
            f"fireworks-client bulk: the API refused the key ({exc}); the job stopped, "
            "nothing was recorded for the lines in flight: fix the key and run it again",
            file=sys.stderr,
        )
        return 1
    except (FireworksConfigurationError, ValueError, FileNotFoundError) as exc:
        print(f"fireworks-client bulk: usage: {exc}", file=sys.stderr)
        return 2
    except APIError as exc:  # of --remote: the platform's calls (a line's failure is a line)
        print(
            f"fireworks-client bulk: {type(exc).__name__}: {exc}; what was done is recorded "
            "beside the output: run the same command again to go on",
            file=sys.stderr,
        )
        return EXIT_CONNECTION if isinstance(exc, APIConnectionError) else 1
    print(f"fireworks-client bulk: {summary}", file=sys.stderr)
    return 1 if summary.failed else 0
