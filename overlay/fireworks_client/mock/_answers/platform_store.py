"""What the mock keeps of the platform between requests: resources per account and collection,
and the bytes put to its signed URLs. Bounded; thread-safe (answers run in worker threads).

Knows nothing of the spec: :mod:`.platform` says what a collection is.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from fireworks_client.mock._spec.errors import MockError

__all__ = ["Blob", "PlatformStore", "StoredResource"]

# Resources of one collection in one account; beyond it a create is refused (400 mock_limit).
MAX_RESOURCES = 1000
# Bytes put to signed URLs, all of them together; and how many blobs.
MAX_BLOB_BYTES = 64 * 1024 * 1024
MAX_BLOBS = 1000
# Signed URLs handed out and not yet used (the oldest forgotten beyond it).
MAX_PENDING_URLS = 1000


@dataclass
class StoredResource:
    """One resource: its body as the API answers it, and what the mock needs besides."""

    body: dict[str, Any]
    # Where it is in its lifecycle (an index into the collection's states) and the reads left
    # before the next step.
    step: int = 0
    # The state it ends in instead of its lifecycle's last, with the status message (a fault).
    fails_with: str | None = None
    # That state, when not the collection's failed one: a job that expires (``JOB_STATE_EXPIRED``)
    # does half its work first.
    ends_in: str | None = None
    # Files of the resource (a dataset's uploads): file name -> blob key.
    files: dict[str, str] = field(default_factory=dict)
    deleted: bool = False


@dataclass(frozen=True)
class Blob:
    data: bytes


class PlatformStore:
    """Resources keyed by (account, collection path) then id, in creation order."""

    def __init__(
        self,
        *,
        max_resources: int = MAX_RESOURCES,
        max_blob_bytes: int = MAX_BLOB_BYTES,
        max_blobs: int = MAX_BLOBS,
    ) -> None:
        self.max_resources = max_resources
        self.max_blob_bytes = max_blob_bytes
        self.max_blobs = max_blobs
        self.lock = threading.RLock()
        self._collections: dict[tuple[str, str], OrderedDict[str, StoredResource]] = {}
        self._blobs: dict[str, Blob] = {}
        self._blob_bytes = 0
        # token -> (blob key, the size declared for it, or None)
        self._upload_urls: OrderedDict[str, tuple[str, int | None]] = OrderedDict()
        self._download_urls: OrderedDict[str, str] = OrderedDict()
        self._ids = itertools.count(1)
        # collection name -> (status message, end state or None for the collection's failed
        # one): the next resources created there end so.
        self._failures: dict[str, list[tuple[str, str | None]]] = {}

    # Resources.

    def collection(self, account: str, path: str) -> OrderedDict[str, StoredResource]:
        return self._collections.setdefault((account, path), OrderedDict())

    def add(self, account: str, path: str, rid: str, resource: StoredResource) -> None:
        with self.lock:
            items = self.collection(account, path)
            if rid in items:
                # ALREADY_EXISTS, as the gateway answers it (the overlay declares the 409).
                raise MockError(
                    409,
                    f"{path}/{rid} already exists in account {account} (rule: a new id)",
                    code="already_exists",
                )
            if len(items) >= self.max_resources:
                raise MockError(
                    400,
                    f"{path}: the mock keeps at most {self.max_resources} per account "
                    f"(rule: mock limit); delete some first",
                    code="mock_limit",
                )
            items[rid] = resource

    def find(self, account: str, path: str, rid: str) -> StoredResource | None:
        return self._collections.get((account, path), OrderedDict()).get(rid)

    def remove(self, account: str, path: str, rid: str) -> StoredResource | None:
        with self.lock:
            found = self._collections.get((account, path), OrderedDict()).pop(rid, None)
            if found is not None:
                for key in found.files.values():
                    self._drop_blob(key)
            return found

    def new_id(self, prefix: str) -> str:
        with self.lock:
            return f"{prefix}-{next(self._ids):06d}"

    # Faults.

    def fail_next(
        self, collection: str, message: str = "failed (mock fault)", state: str | None = None
    ) -> None:
        """The next resource created in ``collection`` (``"deployments"``,
        ``"batchInferenceJobs"``) ends failed, its ``status.message`` ``message``; with
        ``state`` (``"JOB_STATE_EXPIRED"``) it ends in that state, half its work done."""
        with self.lock:
            self._failures.setdefault(collection, []).append((message, state))

    def take_failure(self, collection: str) -> tuple[str, str | None] | None:
        with self.lock:
            queued = self._failures.get(collection)
            return queued.pop(0) if queued else None

    # Blobs and signed URLs.

    def sign_upload(self, key: str, size: int | None) -> str:
        """A token for a URL that stores what is PUT to it under ``key``."""
        with self.lock:
            token = hashlib.sha256(f"{key}/{next(self._ids)}".encode()).hexdigest()[:32]
            self._upload_urls[token] = (key, size)
            while len(self._upload_urls) > MAX_PENDING_URLS:
                self._upload_urls.popitem(last=False)
            return token

    def sign_download(self, key: str) -> str:
        """A token for a URL that answers the blob ``key`` (while it exists)."""
        with self.lock:
            token = hashlib.sha256(f"get/{key}".encode()).hexdigest()[:32]
            self._download_urls[token] = key
            while len(self._download_urls) > MAX_PENDING_URLS:
                self._download_urls.popitem(last=False)
            return token

    def download(self, token: str) -> bytes | None:
        key = self._download_urls.get(token)
        return None if key is None else self.blob(key)

    def put(self, token: str, data: bytes) -> str:
        with self.lock:
            signed = self._upload_urls.get(token)
            if signed is None:
                raise MockError(404, "This signed upload URL is unknown or was used already")
            key, size = signed
            if size is not None and size != len(data):
                raise MockError(
                    400,
                    f"body: {len(data)} bytes, but the upload endpoint was asked for {size} "
                    f"(rule: filenameToSize)",
                    param="filenameToSize",
                )
            self.store_blob(key, data)
            del self._upload_urls[token]
            return key

    def store_blob(self, key: str, data: bytes) -> None:
        with self.lock:
            old = self._blobs.get(key)
            held = self._blob_bytes - (len(old.data) if old else 0)
            if held + len(data) > self.max_blob_bytes or (
                old is None and len(self._blobs) >= self.max_blobs
            ):
                raise MockError(
                    413,
                    f"the mock keeps at most {self.max_blob_bytes} bytes in {self.max_blobs} "
                    f"files (rule: mock limit); delete datasets first",
                    code="mock_limit",
                )
            self._blobs[key] = Blob(data)
            self._blob_bytes = held + len(data)

    def blob(self, key: str) -> bytes | None:
        found = self._blobs.get(key)
        return found.data if found else None

    def _drop_blob(self, key: str) -> None:
        old = self._blobs.pop(key, None)
        if old is not None:
            self._blob_bytes -= len(old.data)
