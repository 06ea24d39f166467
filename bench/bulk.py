"""The bulk runner's benchmarks: ``rows()`` for bench/run.py, and each case in a fresh process:

    python bench/bulk.py CASE BASE_URL COUNT WORKDIR [FRESH]

Against bench/limited_server.py in its own process: ``plain`` (throughput), ``busy`` (a server
with a capacity, 429 beyond it: about 20% of the baseline's answers), ``random429`` (20% of
answers 429 whatever the load). Requests are counted by the server.

``runner``: ``fireworks_client.bulk.run`` over COUNT request lines (concurrency up to 64);
``gather``: what people write today, ``asyncio.gather`` with a semaphore of 64 over the same
lines with the SDK's async client (its retries: 2), writing one result line a request;
``memory``: the runner over COUNT lines of which all but the last FRESH (a fifth argument) are
answered already in the output (it reads the whole input and output and remembers every id,
and sends FRESH requests), for peak RSS.
Prints JSON: seconds, lines answered, lines lost, peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from cases import case_env, peak_rss_kb

HERE = Path(__file__).resolve().parent

MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
CONCURRENCY = 64


def write_input(path: Path, count: int) -> None:
    with path.open("w") as file:
        for i in range(count):
            body = {"model": MODEL, "messages": [{"role": "user", "content": f"Say hello {i}"}]}
            line = {"custom_id": f"req-{i}", "method": "POST", "url": "/v1/chat/completions"}
            file.write(json.dumps({**line, "body": body}) + "\n")


def answered(path: Path) -> int:
    ids = set()
    with path.open() as file:
        for line in file:
            result = json.loads(line)
            if result.get("error") is None:
                ids.add(result["custom_id"])
    return len(ids)


def runner(url: str, source: Path, out: Path) -> dict[str, Any]:
    from fireworks_client import bulk

    summary = bulk.run(source, out, api_key="bench-key", base_url=url, progress="off")
    return {"sent_by_client": summary.requests_sent, "retries": summary.retries}


def gather(url: str, source: Path, out: Path) -> dict[str, Any]:
    from fireworks_client import APIError, AsyncFireworks

    async def main() -> None:
        semaphore = asyncio.Semaphore(CONCURRENCY)
        lines = [json.loads(line) for line in source.open()]
        with out.open("w") as sink:
            async with AsyncFireworks(api_key="bench-key", base_url=url) as client:

                async def one(line: dict[str, Any]) -> None:
                    async with semaphore:
                        try:
                            answer = await client.chat.completions.create(**line["body"])
                        except APIError as exc:
                            result = {"custom_id": line["custom_id"], "error": str(exc)}
                        else:
                            result = {
                                "custom_id": line["custom_id"],
                                "response": answer.to_dict(),
                                "error": None,
                            }
                        sink.write(json.dumps(result) + "\n")

                await asyncio.gather(*(one(line) for line in lines))

    asyncio.run(main())
    return {}


def memory(url: str, source: Path, out: Path) -> dict[str, Any]:
    return runner(url, source, out)


def prepare_memory(source: Path, out: Path, count: int, fresh: int) -> None:
    """An output in which all but the last ``fresh`` lines are answered (as an earlier run
    would have left it)."""
    write_input(source, count)
    head = '{"id":"batch_req_0","custom_id":'
    tail = (
        ',"response":{"status_code":200,"request_id":"r","body":{"choices":[{"index":0,'
        '"message":{"role":"assistant","content":"Hello"}}]}},"error":null}\n'
    )
    with out.open("w") as file:
        for i in range(max(0, count - fresh)):
            file.write(head + json.dumps(f"req-{i}") + tail)


def _case(name: str, url: str, count: int, workdir: Path, fresh: int = 0) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(HERE / "bulk.py"), name, url, str(count), str(workdir), str(fresh)],
        capture_output=True,
        text=True,
        check=True,
        env=case_env(),
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


class _Server:
    def __init__(self, mode: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "limited_server.py"), mode],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = f"http://127.0.0.1:{self.proc.stdout.readline().strip()}"

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(self.url + "/_stats") as answer:
            counts: dict[str, int] = json.load(answer)
        return counts

    def counted(self, name: str, count: int, workdir: Path) -> dict[str, Any]:
        """A case, with the requests and 429s the server saw for it."""
        before = self.stats()
        result = _case(name, self.url, count, workdir)
        after = self.stats()
        result["requests"] = after["requests"] - before["requests"]
        result["rate_limited"] = after["rate_limited"] - before["rate_limited"]
        return result

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _faults_row(
    name: str, server: _Server, count: int, workdir: Path, measure: str = "requests"
) -> dict[str, Any]:
    """``measure``: what the ratio compares, runner / baseline: "requests" sent, or "seconds"
    taken (infinite when the runner lost a line, whatever it measured)."""
    base = server.counted("gather", count, workdir)
    cand = server.counted("runner", count, workdir)

    def value(r: dict[str, Any]) -> str:
        share = r["rate_limited"] / r["requests"] if r["requests"] else 0.0
        return f"{r['requests']} requests, {share:.0%} 429, {r['lost']} lost, {r['seconds']:.1f} s"

    return {
        "name": name,
        "baseline": "asyncio.gather + semaphore(64), AsyncFireworks",
        "candidate": "fireworks_client.bulk.run",
        "baseline_value": value(base),
        "candidate_value": value(cand),
        "ratio": cand[measure] / base[measure] if cand["lost"] == 0 else float("inf"),
        "lines": count,
        "baseline_lost": base["lost"],
        "candidate_lost": cand["lost"],
    }


def rows(smoke: bool, repeats: int) -> list[dict[str, Any]]:
    """The bulk rows of the benchmark table."""
    workdir = Path(tempfile.mkdtemp(prefix="bulk-bench-"))
    result: list[dict[str, Any]] = []
    servers = {mode: _Server(mode) for mode in ("plain", "busy", "random429")}
    try:
        plain = servers["plain"]
        count = 100 if smoke else 4000
        runs: dict[str, list[float]] = {"gather": [], "runner": []}
        for _ in range(repeats):
            for name in runs:  # alternate, so drift hits both alike
                r = _case(name, plain.url, count, workdir)
                runs[name].append(r["lines"] / r["seconds"])
        base, cand = (statistics.median(runs[n]) for n in ("gather", "runner"))
        result.append(
            {
                "name": "bulk",
                "baseline": "asyncio.gather + semaphore(64), AsyncFireworks",
                "candidate": "fireworks_client.bulk.run",
                "baseline_value": f"{base:,.0f} lines/s",
                "candidate_value": f"{cand:,.0f} lines/s",
                "ratio": cand / base,
            }
        )
        faults = 200 if smoke else 2000
        result.append(_faults_row("bulk 429 busy", servers["busy"], faults, workdir))
        # 429s whatever the load: no client can send fewer requests and lose no line, so the
        # row says whether the runner mistakes them for overload (it took 15x the time when
        # it halved its concurrency on every 429).
        result.append(
            _faults_row("bulk 429 random", servers["random429"], faults, workdir, "seconds")
        )
        small, big = (10_000, 30_000) if smoke else (100_000, 1_000_000)
        fresh = 200 if smoke else 20_000
        memory = [_case("memory", plain.url, n, workdir, fresh) for n in (small, big)]

        def rss(r: dict[str, Any]) -> str:
            grown = (r["peak_rss_kb"] - r["rss_before_kb"]) / 1024
            return f"{r['peak_rss_kb'] / 1024:.0f} MB peak (+{grown:.0f} MB), {r['seconds']:.0f} s"

        result.append(
            {
                "name": "bulk memory",
                "baseline": f"{small:,} lines (all but {fresh:,} answered before)",
                "candidate": f"{big:,} lines (all but {fresh:,} answered before)",
                "baseline_value": rss(memory[0]),
                "candidate_value": rss(memory[1]),
                "ratio": memory[1]["peak_rss_kb"] / memory[0]["peak_rss_kb"],
            }
        )
    finally:
        for server in servers.values():
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return result


if __name__ == "__main__":
    case, url, count, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    fresh = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    source, out = workdir / f"{case}-in.jsonl", workdir / f"{case}-out.jsonl"
    out.unlink(missing_ok=True)
    if case == "memory":
        prepare_memory(source, out, count, fresh)
    else:
        write_input(source, count)
    import fireworks_client._aiohttp_transport  # noqa: F401 - imports are not what is timed

    rss_before = peak_rss_kb()
    started = time.perf_counter()
    extra = {"runner": runner, "gather": gather, "memory": memory}[case](url, source, out)
    seconds = time.perf_counter() - started
    peak = peak_rss_kb()  # before answered() counts ids
    done = answered(out)
    print(
        json.dumps(
            {
                "case": case,
                "seconds": seconds,
                "lines": count,
                "answered": done,
                "lost": count - done,
                "peak_rss_kb": peak,
                "rss_before_kb": rss_before,
                **extra,
            }
        )
    )
    source.unlink()
    out.unlink()
