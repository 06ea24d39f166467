"""``client.datasets``: what the generator cannot say of a dataset's files.

``upload(dataset_id, file=path)`` sends a file from disk, streamed: a file up to
``large_file_threshold`` bytes through the dataset's multipart ``:upload`` (declared
``hand: true`` in ``openapi3.names.yml``: its endpoint is generated, this method is written
here), a larger one to the signed URL of ``:getUploadEndpoint`` then ``:validateUpload``;
it answers the dataset as read after the upload (``wait`` it until READY).
``download(dataset_id, dest_dir)`` writes the dataset's files, from the signed URLs of
``:getDownloadEndpoint``, under ``dest_dir``. Everything else, ``wait`` included, is
generated (``fireworks_api.resources.datasets``); the transfers, written once for sync and
async, are ``fireworks_client._files``'s flows.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from fireworks_api.resources.datasets import (
    DATASETS_GET,
    DATASETS_GET_DOWNLOAD_ENDPOINT,
    DATASETS_GET_UPLOAD_ENDPOINT,
    DATASETS_UPLOAD,
    DATASETS_VALIDATE_UPLOAD,
    AsyncDatasetsOperations,
    AsyncDatasetsOperationsWithRawResponse,
    DatasetsOperations,
    DatasetsOperationsWithRawResponse,
)

from fireworks_client._files import (
    Call,
    Flow,
    Progress,
    SendFile,
    arun,
    download_flow,
    multipart_file,
    run,
    signed_upload_flow,
)
from fireworks_client._request_path import request_options
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import GatewayDataset

__all__ = [
    "LARGE_FILE_THRESHOLD",
    "AsyncDatasets",
    "AsyncDatasetsWithRawResponse",
    "Datasets",
    "DatasetsWithRawResponse",
]

DatasetsWithRawResponse = DatasetsOperationsWithRawResponse
AsyncDatasetsWithRawResponse = AsyncDatasetsOperationsWithRawResponse

# Files above this many bytes go to a signed URL rather than through the API's own upload.
LARGE_FILE_THRESHOLD = 150 * 1024 * 1024
_FILE_FIELD = "file"


def _upload_flow(
    dataset_id: str,
    file: str | os.PathLike[str],
    account_id: str | None,
    large_file_threshold: int,
    on_progress: Progress | None,
) -> Flow[GatewayDataset]:
    """The upload's steps (see the module); the file is checked before anything is sent."""
    if not isinstance(file, str | os.PathLike):
        raise TypeError(
            f"file: expected a path (str or os.PathLike) to upload from, got {type(file).__name__}"
        )
    path = Path(file)
    if not path.is_file():
        raise FileNotFoundError(f"no file {str(path)!r} to upload")
    if _FILE_FIELD not in DATASETS_UPLOAD.binary_fields:
        raise TypeError(f"{DATASETS_UPLOAD.friendly}: the spec gives no {_FILE_FIELD} field")
    ids = {"account_id": account_id, "dataset_id": dataset_id}
    if path.stat().st_size <= large_file_threshold:
        yield SendFile(DATASETS_UPLOAD, ids, *multipart_file(_FILE_FIELD, path, on_progress))
    else:
        yield from signed_upload_flow(
            DATASETS_GET_UPLOAD_ENDPOINT,
            DATASETS_VALIDATE_UPLOAD,
            ids,
            {path.name: path},
            on_progress,
        )
    dataset: GatewayDataset = yield Call(DATASETS_GET, ids)
    return dataset


class Datasets(DatasetsOperations):
    """``client.datasets``."""

    def upload(
        self,
        dataset_id: str,
        *,
        file: str | os.PathLike[str],
        account_id: str | None = None,
        large_file_threshold: int = LARGE_FILE_THRESHOLD,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDataset:
        """Upload ``file`` (a path) to the dataset, streamed from disk (``on_progress(sent,
        size)``); the dataset as read afterwards."""
        flow = _upload_flow(dataset_id, file, account_id, large_file_threshold, on_progress)
        return run(self._client, flow, request_options(extra_headers, timeout, max_retries))

    def download(
        self,
        dataset_id: str,
        dest_dir: str | os.PathLike[str],
        *,
        account_id: str | None = None,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """Write the dataset's files under ``dest_dir`` (made if missing), streamed
        (``on_progress(written, size)`` for each file); their paths."""
        ids = {"account_id": account_id, "dataset_id": dataset_id}
        flow = download_flow(
            DATASETS_GET_DOWNLOAD_ENDPOINT, ids, dest_dir, keep_dirs=False, on_progress=on_progress
        )
        return run(self._client, flow, request_options(extra_headers, timeout, max_retries))


class AsyncDatasets(AsyncDatasetsOperations):
    """``client.datasets`` of the async client: as :class:`Datasets`."""

    async def upload(
        self,
        dataset_id: str,
        *,
        file: str | os.PathLike[str],
        account_id: str | None = None,
        large_file_threshold: int = LARGE_FILE_THRESHOLD,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayDataset:
        """As :meth:`Datasets.upload`."""
        flow = _upload_flow(dataset_id, file, account_id, large_file_threshold, on_progress)
        return await arun(self._client, flow, request_options(extra_headers, timeout, max_retries))

    async def download(
        self,
        dataset_id: str,
        dest_dir: str | os.PathLike[str],
        *,
        account_id: str | None = None,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """As :meth:`Datasets.download`."""
        ids = {"account_id": account_id, "dataset_id": dataset_id}
        flow = download_flow(
            DATASETS_GET_DOWNLOAD_ENDPOINT, ids, dest_dir, keep_dirs=False, on_progress=on_progress
        )
        return await arun(self._client, flow, request_options(extra_headers, timeout, max_retries))
