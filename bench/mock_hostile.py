"""The mock under a hostile load: the figures in the README's mock section.

    python bench/mock_hostile.py            # all of it (about a minute)
    python bench/mock_hostile.py --quick    # smaller counts

The mock runs in its own process (``serve_forever``, default settings), so that its peak RSS
(VmHWM) is its own. Each scenario prints what it measured:

* an 8 MB chat body (137,000 messages, prompt_truncate_len 100): time to its answer, and the
  slowest of the GET /models sent meanwhile; a 10 MB one: time to its 413;
* 40 bodies of 8 MB at once: the answers, the time, and the server's peak RSS;
* 2,000 slow connections (a header line a second): a legitimate request's time;
* GET /_mock/requests after all that: time and size.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests._hostile import API, CHAT_MODEL, exchange, request  # noqa: E402

SERVER = """
from fireworks_client.mock import serve_forever
serve_forever(announce=lambda url: print(url, flush=True))
"""


def rss_peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def rss_now_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def chat_body(messages: int, **extra: object) -> bytes:
    return json.dumps(
        {
            "model": CHAT_MODEL,
            "messages": [{"role": "user", "content": "Tell me about lighthouses"}] * messages,
            **extra,
        }
    ).encode()


def large_body_and_models(port: int, messages: int) -> None:
    body = chat_body(messages, prompt_truncate_len=100)
    alone = exchange(port, request("POST", f"{API}/chat/completions", body), 60)
    print(
        f"{len(body) / 1e6:.1f} MB chat body ({messages} messages), alone: {alone.status} in "
        f"{alone.seconds * 1000:.0f} ms"
    )
    answers: list[object] = []
    sender = threading.Thread(
        target=lambda: answers.append(
            exchange(port, request("POST", f"{API}/chat/completions", body), 60)
        )
    )
    sender.start()
    latencies = []
    while sender.is_alive():
        latencies.append(exchange(port, request("GET", f"{API}/models")).seconds)
    sender.join()
    (answer,) = answers
    print(
        f"the same with GET /models sent meanwhile: {answer.status} in "  # type: ignore[attr-defined]
        f"{answer.seconds * 1000:.0f} ms; {len(latencies)} GET /models meanwhile, slowest "  # type: ignore[attr-defined]
        f"{max(latencies) * 1000:.1f} ms, median {sorted(latencies)[len(latencies) // 2] * 1000:.1f} ms"
    )


def too_large(port: int) -> None:
    body = chat_body(172_000, prompt_truncate_len=100)
    answer = exchange(port, request("POST", f"{API}/chat/completions", body), 60)
    print(f"{len(body) / 1e6:.1f} MB chat body: {answer.status} in {answer.seconds * 1000:.1f} ms")


def many_large_bodies(port: int, pid: int, count: int, size_mb: int) -> None:
    messages = size_mb * 1_000_000 // 58
    body = chat_body(messages, max_tokens=4, prompt_truncate_len=1500)
    before = rss_now_mb(pid)
    started = time.monotonic()
    with ThreadPoolExecutor(count) as pool:
        answers = list(
            pool.map(
                lambda _: exchange(port, request("POST", f"{API}/chat/completions", body), 120),
                range(count),
            )
        )
    statuses = sorted({a.status for a in answers})
    print(
        f"{count} bodies of {len(body) / 1e6:.1f} MB at once: statuses {statuses}, "
        f"{time.monotonic() - started:.1f} s; RSS {before:.0f} MB before, peak {rss_peak_mb(pid):.0f} MB, "
        f"{rss_now_mb(pid):.0f} MB after"
    )


def slow_connections(port: int, count: int) -> None:
    socks: list[socket.socket] = []
    stop = threading.Event()

    def trickle() -> None:
        while not stop.wait(1.0):
            for sock in list(socks):
                try:
                    sock.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    socks.remove(sock)
                    try:  # reconnect, as a slowloris does
                        fresh = socket.create_connection(("127.0.0.1", port), timeout=5)
                        fresh.sendall(b"GET /inference/v1/models HTTP/1.1\r\nHost: x\r\n")
                        socks.append(fresh)
                    except OSError:
                        pass

    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /inference/v1/models HTTP/1.1\r\nHost: x\r\n")
        socks.append(sock)
    worker = threading.Thread(target=trickle, daemon=True)
    worker.start()
    times = []
    for _ in range(10):
        times.append(exchange(port, request("GET", f"{API}/models"), 30).seconds)
        time.sleep(0.5)
    stop.set()
    worker.join()
    for sock in socks:
        sock.close()
    print(
        f"{count} slow connections (a header line a second, reconnecting when closed): "
        f"10 GET /models answered, slowest {max(times) * 1000:.1f} ms"
    )


def request_log(port: int) -> None:
    started = time.monotonic()
    answer = exchange(port, request("GET", "/_mock/requests?limit=1000"), 30)
    page = answer.json()
    print(
        f"GET /_mock/requests?limit=1000: {answer.status}, {len(answer.body) / 1e6:.2f} MB, "
        f"{len(page['requests'])} of {page['total']} entries, {(time.monotonic() - started) * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split(":")[2].split("/")[0])
        print(f"idle server: RSS {rss_now_mb(proc.pid):.0f} MB")
        large_body_and_models(port, 20_000 if args.quick else 137_000)
        too_large(port)
        many_large_bodies(port, proc.pid, 8 if args.quick else 40, 8)
        slow_connections(port, 200 if args.quick else 2000)
        request_log(port)
        print(f"server peak RSS over the run: {rss_peak_mb(proc.pid):.0f} MB")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
