"""A dataset's files (issue 20, point 5): uploaded from a path, small ones through the API's
multipart ``:upload``, large ones to the signed URL of ``:getUploadEndpoint`` then
``:validateUpload``; downloaded from the signed URLs of ``:getDownloadEndpoint``; streamed
both ways (read and written a chunk at a time, with progress), sync and async."""

from __future__ import annotations

import asyncio
import email.parser
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import fireworks_client as fw
import httpx
import pytest
from fireworks_api.models import GatewayDataset, GatewayModel
from fireworks_client import _files
from fireworks_client.mock import ASGISyncTransport, create_app
from fireworks_client.resources import AsyncDatasets, Datasets, Models

from tests._platform_server import Answer, Cut, PlatformServer, Seen

ACCOUNT = "acme"
BASE = f"/v1/accounts/{ACCOUNT}/datasets/ds"
MODEL = f"/v1/accounts/{ACCOUNT}/models/m"
LINES = b"".join(
    b'{"messages": [{"role": "user", "content": "line %d"}]}\n' % n for n in range(400)
)
STORED = {"train.jsonl": LINES, "notes.txt": b"hello\n"}


class _Service:
    def __init__(self) -> None:
        self.uploaded: dict[str, bytes] = {}
        self.origin = ""
        self.refuse_put = False
        self.sizes: dict[str, str] = {}
        self.unavailable_once: set[str] = set()  # paths answered 503 the first time
        self.cut: dict[str, int] = {}  # signed GETs whose body breaks off: how many times

    def __call__(self, seen: Seen) -> Answer:
        path = seen.path
        if path in self.unavailable_once:
            self.unavailable_once.discard(path)
            return 503, {"error": {"message": "try again"}}
        if path == BASE + ":upload" and seen.method == "POST":
            self.uploaded["multipart"] = seen.body
            return 200, {}
        if path == BASE + ":getUploadEndpoint" and seen.method == "POST":
            names = seen.json()["filenameToSize"]
            return 200, {
                "filenameToSignedUrls": {n: f"{self.origin}/signed/put/{n}?sig=s" for n in names}
            }
        if path.startswith("/signed/put/") and seen.method == "PUT":
            if self.refuse_put:
                return 403, {"error": {"message": "signature expired", "code": "FORBIDDEN"}}
            self.uploaded[path.removeprefix("/signed/put/")] = seen.body
            return 200, b""
        if path == BASE + ":validateUpload" and seen.method == "POST":
            return 200, {}
        if path == BASE + ":getDownloadEndpoint" and seen.method == "GET":
            urls = {f"data/{n}": f"{self.origin}/signed/get/{n}" for n in STORED}
            urls["../escape.txt"] = f"{self.origin}/signed/get/notes.txt"
            return 200, {"filenameToSignedUrls": urls}
        if path.startswith("/signed/get/") and seen.method == "GET":
            name = path.removeprefix("/signed/get/")
            if self.cut.get(path):
                self.cut[path] -= 1
                return 200, Cut(STORED[name], len(STORED[name]) // 2)
            return (200, STORED[name]) if name in STORED else (404, {"error": {"message": "no"}})
        if path == MODEL + ":getUploadEndpoint" and seen.method == "POST":
            names = seen.json()["filenameToSize"]
            self.sizes = names
            return 200, {
                "filenameToSignedUrls": {n: f"{self.origin}/signed/put/{n}" for n in names}
            }
        if path == MODEL + ":validateUpload" and seen.method == "GET":
            return 200, {}
        if path == MODEL + ":getDownloadEndpoint" and seen.method == "GET":
            urls = {"config.json": "notes.txt", "shards/train.jsonl": "train.jsonl"}
            urls["/../../up.txt"] = "notes.txt"
            return 200, {
                "filenameToSignedUrls": {
                    k: f"{self.origin}/signed/get/{v}" for k, v in urls.items()
                }
            }
        if path == MODEL and seen.method == "GET":
            return 200, {"name": f"accounts/{ACCOUNT}/models/m", "state": "READY"}
        if path == BASE and seen.method == "GET":
            return 200, {"name": f"accounts/{ACCOUNT}/datasets/ds", "state": "READY"}
        return 404, {"error": {"message": f"no route {seen.method} {path}"}}


@pytest.fixture
def service() -> _Service:
    return _Service()


@pytest.fixture
def server(service: _Service) -> Iterator[PlatformServer]:
    with PlatformServer(service) as server:
        service.origin = server.origin
        yield server


@pytest.fixture
def client(server: PlatformServer) -> Iterator[fw.Fireworks]:
    with fw.Fireworks(api_key="key-1", base_url=server.base_url, account_id=ACCOUNT) as client:
        yield client


@pytest.fixture
def train(tmp_path: Path) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_bytes(LINES)
    return path


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_files, "CHUNK", 1024)  # several chunks of a small file


def _form_parts(content_type: str, body: bytes) -> list[tuple[str | None, bytes]]:
    message = email.parser.BytesParser().parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    return [
        (part.get_filename(), part.get_payload(decode=True))  # type: ignore[misc]
        for part in message.get_payload()  # type: ignore[union-attr]
    ]


def test_a_small_file_goes_through_the_multipart_upload_streamed(
    client: fw.Fireworks, server: PlatformServer, service: _Service, train: Path
) -> None:
    progress: list[tuple[int, int]] = []
    dataset = client.datasets.upload(
        "ds", file=str(train), on_progress=lambda done, total: progress.append((done, total))
    )
    assert isinstance(client.datasets, Datasets)
    assert isinstance(dataset, GatewayDataset) and dataset.state is not None
    post = next(r for r in server.requests if r.path.endswith(":upload"))
    assert post.headers["authorization"] == "Bearer key-1"
    assert int(post.headers["content-length"]) == len(post.body)
    assert _form_parts(post.headers["content-type"], post.body) == [("train.jsonl", LINES)]
    # read a chunk at a time, reported as it went
    assert progress[0] == (0, len(LINES)) and progress[-1] == (len(LINES), len(LINES))
    assert len(progress) == 1 + -(-len(LINES) // 1024)
    assert [r.path for r in server.requests][-1] == BASE  # the dataset read afterwards


def test_a_large_file_goes_to_the_signed_url_then_is_validated(
    client: fw.Fireworks, server: PlatformServer, service: _Service, train: Path
) -> None:
    progress: list[int] = []
    client.datasets.upload(
        "ds",
        file=train,
        large_file_threshold=1000,
        on_progress=lambda done, _: progress.append(done),
    )
    paths = [r.path for r in server.requests]
    assert paths == [
        BASE + ":getUploadEndpoint",
        "/signed/put/train.jsonl",
        BASE + ":validateUpload",
        BASE,
    ]
    ask = server.requests[0].json()
    assert ask == {"filenameToSize": {"train.jsonl": str(len(LINES))}}
    put = server.requests[1]
    assert service.uploaded["train.jsonl"] == LINES
    assert "authorization" not in put.headers  # a signed URL gets no API key
    assert put.query == {"sig": "s"}
    assert progress[-1] == len(LINES) and len(progress) > 2


def test_a_refused_signed_upload_is_the_sdks_error(
    client: fw.Fireworks, service: _Service, train: Path
) -> None:
    service.refuse_put = True
    with pytest.raises(fw.PermissionError, match="signature expired"):
        client.datasets.upload("ds", file=train, large_file_threshold=0)


def test_a_missing_file_is_said_before_anything_is_sent(
    client: fw.Fireworks, server: PlatformServer, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        client.datasets.upload("ds", file=tmp_path / "nope.jsonl")
    assert server.requests == []


def test_a_download_writes_every_file_under_dest_dir(
    client: fw.Fireworks, server: PlatformServer, tmp_path: Path
) -> None:
    progress: list[tuple[int, int]] = []
    written = client.datasets.download(
        "ds", tmp_path / "out", on_progress=lambda d, t: progress.append((d, t))
    )
    assert sorted(p.name for p in written) == ["escape.txt", "notes.txt", "train.jsonl"]
    assert all(p.parent == tmp_path / "out" for p in written)  # "../" stays inside
    assert (tmp_path / "out" / "train.jsonl").read_bytes() == LINES
    assert not list((tmp_path / "out").glob("*.part"))
    assert (len(LINES), len(LINES)) in progress
    assert len([p for p in progress if p[1] == len(LINES)]) == -(-len(LINES) // 1024)
    gets = [r for r in server.requests if r.path.startswith("/signed/get/")]
    assert len(gets) == 3 and not any("authorization" in r.headers for r in gets)


def test_async_upload_and_download(server: PlatformServer, service: _Service, train: Path) -> None:
    async def main() -> list[Path]:
        async with fw.AsyncFireworks(
            api_key="k", base_url=server.base_url, account_id=ACCOUNT
        ) as client:
            assert isinstance(client.datasets, AsyncDatasets)
            await client.datasets.upload("ds", file=train)
            threads: set[int] = set()
            await client.datasets.upload(
                "ds",
                file=train,
                large_file_threshold=10,
                on_progress=lambda *_: threads.add(threading.get_ident()),
            )
            assert threads == {threading.get_ident()}  # reported on the event loop
            return await client.datasets.download("ds", train.parent / "back")

    written = asyncio.run(main())
    post = next(r for r in server.requests if r.path.endswith(":upload"))
    assert _form_parts(post.headers["content-type"], post.body) == [("train.jsonl", LINES)]
    assert service.uploaded["train.jsonl"] == LINES
    assert (train.parent / "back" / "train.jsonl").read_bytes() == LINES
    assert len(written) == 3


def test_a_models_files_go_up_and_come_down_keeping_their_directories(
    client: fw.Fireworks, server: PlatformServer, service: _Service, tmp_path: Path
) -> None:
    checkpoint = tmp_path / "checkpoint"
    (checkpoint / "shards").mkdir(parents=True)
    (checkpoint / "config.json").write_bytes(b"{}")
    (checkpoint / "shards" / "a.bin").write_bytes(LINES)
    assert isinstance(client.models, Models)
    model = client.models.upload("m", checkpoint)
    assert isinstance(model, GatewayModel)
    assert service.sizes == {"config.json": "2", "shards/a.bin": str(len(LINES))}
    assert service.uploaded["shards/a.bin"] == LINES and service.uploaded["config.json"] == b"{}"
    assert [r.path for r in server.requests][-2:] == [MODEL + ":validateUpload", MODEL]
    written = client.models.download("m", tmp_path / "back")
    assert sorted(p.relative_to(tmp_path / "back").as_posix() for p in written) == [
        "config.json",
        "shards/train.jsonl",
        "up.txt",  # no way out of dest_dir
    ]
    assert (tmp_path / "back" / "shards" / "train.jsonl").read_bytes() == LINES


def test_uploads_are_retried_by_the_clients_retries_the_file_read_again(
    server: PlatformServer, service: _Service, train: Path
) -> None:
    service.unavailable_once = {BASE + ":upload", "/signed/put/train.jsonl"}
    with fw.Fireworks(
        api_key="key-1",
        base_url=server.base_url,
        account_id=ACCOUNT,
        max_retries=1,
        retry_initial_delay=0.001,
    ) as client:
        client.datasets.upload("ds", file=train)
        client.datasets.upload("ds", file=train, large_file_threshold=0)
    posts = [r for r in server.requests if r.path == BASE + ":upload"]
    assert len(posts) == 2  # the 503, then the retry with the whole form again
    for post in posts:
        assert _form_parts(post.headers["content-type"], post.body) == [("train.jsonl", LINES)]
    puts = [r for r in server.requests if r.path == "/signed/put/train.jsonl"]
    assert [r.body for r in puts] == [LINES, LINES]
    assert not any("authorization" in r.headers for r in puts)


def test_a_download_that_breaks_off_is_read_again_within_the_retries(
    server: PlatformServer, service: _Service, tmp_path: Path
) -> None:
    train = "/signed/get/train.jsonl"
    service.cut = {train: 2}
    options = {"api_key": "key-1", "base_url": server.base_url, "account_id": ACCOUNT}
    with fw.Fireworks(**options, max_retries=2, retry_initial_delay=0.001) as client:
        client.datasets.download("ds", tmp_path / "sync")
    assert (tmp_path / "sync" / "train.jsonl").read_bytes() == LINES
    assert len([r for r in server.requests if r.path == train]) == 3  # two broke off

    service.cut = {train: 1}

    async def main() -> list[Path]:
        async with fw.AsyncFireworks(
            **options, max_retries=1, retry_initial_delay=0.001
        ) as aclient:
            return await aclient.datasets.download("ds", tmp_path / "async")

    assert sorted(p.name for p in asyncio.run(main())) == ["escape.txt", "notes.txt", "train.jsonl"]
    assert (tmp_path / "async" / "train.jsonl").read_bytes() == LINES

    # Past the retries: the SDK's error, and nothing partial left behind (train.jsonl is the
    # first file).
    service.cut = {train: 2}
    with (
        fw.Fireworks(**options, max_retries=1, retry_initial_delay=0.001) as client,
        pytest.raises(fw.APIConnectionError),
    ):
        client.datasets.download("ds", tmp_path / "failed")
    assert list((tmp_path / "failed").iterdir()) == []


def test_files_travel_through_the_clients_own_transport(tmp_path: Path) -> None:
    # The mock in process, no socket: only the client's transport reaches it, signed URLs too.
    train = tmp_path / "train.jsonl"
    train.write_bytes(b'{"messages": []}\n' * 3)
    with fw.Fireworks(
        api_key="key-1",
        base_url="http://mock/inference/v1",
        account_id=ACCOUNT,
        transport=ASGISyncTransport(create_app()),
    ) as client:
        client.datasets.create(dataset_id="small", dataset={})
        assert client.datasets.upload("small", file=train).example_count == "3"
        client.datasets.create(dataset_id="large", dataset={})
        large = client.datasets.upload("large", file=train, large_file_threshold=0)
        assert large.state == "READY"
        written = client.datasets.download("large", tmp_path / "back")
    assert [p.read_bytes() for p in written] == [train.read_bytes()]

    async def main() -> list[Path]:
        async with fw.AsyncFireworks(
            api_key="key-1",
            base_url="http://mock/inference/v1",
            account_id=ACCOUNT,
            transport=httpx.ASGITransport(create_app()),
        ) as client:
            await client.datasets.create(dataset_id="small", dataset={})
            assert (await client.datasets.upload("small", file=train)).example_count == "3"
            await client.datasets.create(dataset_id="large", dataset={})
            await client.datasets.upload("large", file=train, large_file_threshold=0)
            return await client.datasets.download("large", tmp_path / "async")

    written = asyncio.run(main())
    assert [p.read_bytes() for p in written] == [train.read_bytes()]


def test_a_large_file_is_never_whole_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = 24 << 20
    monkeypatch.setattr(_files, "CHUNK", 256 << 10)
    big = tmp_path / "big.jsonl"
    with big.open("wb") as out:
        out.truncate(size)  # sparse: the test itself holds none of it
    service = _Service()

    def route(seen: Seen) -> Answer:
        if seen.path == "/signed/get/big.jsonl":
            return 200, big  # streamed from disk by the server
        if seen.path == BASE + ":getDownloadEndpoint":
            url = f"{service.origin}/signed/get/big.jsonl"
            return 200, {"filenameToSignedUrls": {"big.jsonl": url}}
        return service(seen)

    with PlatformServer(route, keep_bodies=False) as server:
        service.origin = server.origin
        with fw.Fireworks(api_key="k", base_url=server.base_url, account_id=ACCOUNT) as client:
            tracemalloc.start()
            try:
                client.datasets.upload("ds", file=big)  # the multipart :upload
                client.datasets.upload("ds", file=big, large_file_threshold=0)  # a signed PUT
                (back,) = client.datasets.download("ds", tmp_path / "back")
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
    sent = {r.path: sum(r.chunks) for r in server.requests if r.method in ("POST", "PUT")}
    assert sent[BASE + ":upload"] > size and sent["/signed/put/big.jsonl"] == size
    assert back.stat().st_size == size
    assert peak < size // 4, f"{peak} bytes at the peak for a file of {size}"
