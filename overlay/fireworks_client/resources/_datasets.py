"""``client.datasets``: what the generator cannot say of a dataset's files.

``upload(dataset_id, file=path)`` sends a file from disk, streamed: a file up to
``large_file_threshold`` bytes through the dataset's multipart ``:upload`` (declared
``hand: true`` in ``openapi3.names.yml``: its endpoint is generated, this method is written
here), a larger one to the signed URL of ``:getUploadEndpoint`` then ``:validateUpload``;
it answers the dataset as read after the upload (``wait`` it until READY).
``download(dataset_id, dest_dir)`` writes the dataset's files, from the signed URLs of
``:getDownloadEndpoint``, under ``dest_dir``. Everything else, ``wait`` included, is
generated (``fireworks_api.resources.datasets``); the streaming is ``fireworks_client._files``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from fireworks_api.resources.datasets import (
    DATASETS_UPLOAD,
    AsyncDatasetsOperations,
    AsyncDatasetsOperationsWithRawResponse,
    DatasetsOperations,
    DatasetsOperationsWithRawResponse,
)

from fireworks_client._files import (
    Progress,
    async_download,
    async_send_file,
    download,
    download_target,
    file_body,
    multipart_file,
    request_timeouts,
    send_file,
)
from fireworks_client._request_path import RequestOptions, request_options
from fireworks_client._settings import merge_headers
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import GatewayDataset

    from fireworks_client._request_path import AsyncAPIClient, SyncAPIClient

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


def _multipart_request(
    client: SyncAPIClient | AsyncAPIClient,
    dataset_id: str,
    account_id: str | None,
    options: RequestOptions,
) -> tuple[str, dict[str, str], dict[str, float | None]]:
    """The URL, headers (the client's: its key among them) and timeouts of ``:upload``."""
    if _FILE_FIELD not in DATASETS_UPLOAD.binary_fields:
        raise TypeError(f"{DATASETS_UPLOAD.friendly}: the spec gives no {_FILE_FIELD} field")
    url, _ = client._target(DATASETS_UPLOAD, {"account_id": account_id, "dataset_id": dataset_id})
    headers = merge_headers(client._settings.headers, {}, options.extra_headers)
    return url, headers, request_timeouts(client, options)


def _size(file: str | os.PathLike[str]) -> tuple[Path, int]:
    if not isinstance(file, str | os.PathLike):
        raise TypeError(
            f"file: expected a path (str or os.PathLike) to upload from, got {type(file).__name__}"
        )
    path = Path(file)
    if not path.is_file():
        raise FileNotFoundError(f"no file {str(path)!r} to upload")
    return path, path.stat().st_size


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
        path, size = _size(file)
        options = request_options(extra_headers, timeout, max_retries)
        if size <= large_file_threshold:
            url, headers, timeouts = _multipart_request(
                self._client, dataset_id, account_id, options
            )
            body, content_type = multipart_file(_FILE_FIELD, path, on_progress)
            send_file("POST", url, {**headers, "Content-Type": content_type}, body, timeouts)
        else:
            endpoint = self.get_upload_endpoint(
                dataset_id,
                filename_to_size={path.name: str(size)},
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            urls = endpoint.filename_to_signed_urls
            signed = urls.additional_properties.get(path.name) if urls is not None else None
            if signed is None:
                raise FileNotFoundError(f"the service gave no upload URL for {path.name!r}")
            send_file(
                "PUT",
                signed,
                {"Content-Type": "application/octet-stream"},
                file_body(path, on_progress),
                request_timeouts(self._client, options),
            )
            self.validate_upload(
                dataset_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
        return self.get(
            dataset_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

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
        options = request_options(extra_headers, timeout, max_retries)
        endpoint = self.get_download_endpoint(
            dataset_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        urls = endpoint.filename_to_signed_urls
        Path(dest_dir).mkdir(parents=True, exist_ok=True)
        timeouts = request_timeouts(self._client, options)
        return [
            download(url, download_target(dest_dir, name), timeouts, on_progress)
            for name, url in (urls.additional_properties.items() if urls is not None else ())
        ]


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
        path, size = _size(file)
        options = request_options(extra_headers, timeout, max_retries)
        if size <= large_file_threshold:
            url, headers, timeouts = _multipart_request(
                self._client, dataset_id, account_id, options
            )
            body, content_type = multipart_file(_FILE_FIELD, path, on_progress)
            await async_send_file(
                "POST", url, {**headers, "Content-Type": content_type}, body, timeouts
            )
        else:
            endpoint = await self.get_upload_endpoint(
                dataset_id,
                filename_to_size={path.name: str(size)},
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            urls = endpoint.filename_to_signed_urls
            signed = urls.additional_properties.get(path.name) if urls is not None else None
            if signed is None:
                raise FileNotFoundError(f"the service gave no upload URL for {path.name!r}")
            await async_send_file(
                "PUT",
                signed,
                {"Content-Type": "application/octet-stream"},
                file_body(path, on_progress),
                request_timeouts(self._client, options),
            )
            await self.validate_upload(
                dataset_id,
                account_id=account_id,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
        return await self.get(
            dataset_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

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
        options = request_options(extra_headers, timeout, max_retries)
        endpoint = await self.get_download_endpoint(
            dataset_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        urls = endpoint.filename_to_signed_urls
        Path(dest_dir).mkdir(parents=True, exist_ok=True)
        timeouts = request_timeouts(self._client, options)
        return [
            await async_download(url, download_target(dest_dir, name), timeouts, on_progress)
            for name, url in (urls.additional_properties.items() if urls is not None else ())
        ]
