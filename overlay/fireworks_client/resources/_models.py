"""``client.models``: what the generator cannot say of a model's files.

``upload(model_id, source)`` sends a file, or a directory's files (a checkpoint), from disk,
streamed, each to its signed URL of ``:getUploadEndpoint``, then ``:validateUpload``; it
answers the model as read afterwards (``wait`` it until READY). ``download(model_id,
dest_dir)`` writes the model's files from the signed URLs of ``:getDownloadEndpoint`` under
``dest_dir``, keeping their directories. The API has no upload of its own for a model, so
every file goes to a signed URL. Everything else is generated
(``fireworks_api.resources.models``); the streaming is ``fireworks_client._files``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from fireworks_api.resources.models import (
    AsyncModelsOperations,
    AsyncModelsOperationsWithRawResponse,
    ModelsOperations,
    ModelsOperationsWithRawResponse,
)

from fireworks_client._files import (
    Progress,
    async_download,
    async_send_file,
    download,
    download_target,
    file_body,
    request_timeouts,
    send_file,
    upload_files,
)
from fireworks_client._request_path import request_options
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import GatewayModel

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "Models", "ModelsWithRawResponse"]

ModelsWithRawResponse = ModelsOperationsWithRawResponse
AsyncModelsWithRawResponse = AsyncModelsOperationsWithRawResponse


def _signed(urls: object, files: Mapping[str, Path]) -> dict[str, str]:
    """The signed URL of each file; a file the service gave none for is an error."""
    given = getattr(urls, "additional_properties", None) or {}
    missing = sorted(set(files) - set(given))
    if missing:
        raise FileNotFoundError(f"the service gave no upload URL for {', '.join(missing)}")
    return {name: str(given[name]) for name in files}


class Models(ModelsOperations):
    """``client.models``."""

    def upload(
        self,
        model_id: str,
        source: str | os.PathLike[str],
        *,
        account_id: str | None = None,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayModel:
        """Upload ``source`` (a file, or a directory's files by their paths under it) to the
        model, streamed (``on_progress(sent, size)`` for each file); the model afterwards."""
        files = upload_files(source)
        options = request_options(extra_headers, timeout, max_retries)
        endpoint = self.get_upload_endpoint(
            model_id,
            filename_to_size={name: str(path.stat().st_size) for name, path in files.items()},
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        timeouts = request_timeouts(self._client, options)
        for name, url in _signed(endpoint.filename_to_signed_urls, files).items():
            body = file_body(files[name], on_progress)
            send_file("PUT", url, {"Content-Type": "application/octet-stream"}, body, timeouts)
        self.validate_upload(
            model_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self.get(
            model_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def download(
        self,
        model_id: str,
        dest_dir: str | os.PathLike[str],
        *,
        account_id: str | None = None,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """Write the model's files under ``dest_dir``, keeping their directories, streamed;
        their paths."""
        options = request_options(extra_headers, timeout, max_retries)
        endpoint = self.get_download_endpoint(
            model_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        urls = endpoint.filename_to_signed_urls
        timeouts = request_timeouts(self._client, options)
        return [
            download(url, download_target(dest_dir, name, keep_dirs=True), timeouts, on_progress)
            for name, url in (urls.additional_properties.items() if urls is not None else ())
        ]


class AsyncModels(AsyncModelsOperations):
    """``client.models`` of the async client: as :class:`Models`."""

    async def upload(
        self,
        model_id: str,
        source: str | os.PathLike[str],
        *,
        account_id: str | None = None,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GatewayModel:
        """As :meth:`Models.upload`."""
        files = upload_files(source)
        options = request_options(extra_headers, timeout, max_retries)
        endpoint = await self.get_upload_endpoint(
            model_id,
            filename_to_size={name: str(path.stat().st_size) for name, path in files.items()},
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        timeouts = request_timeouts(self._client, options)
        for name, url in _signed(endpoint.filename_to_signed_urls, files).items():
            body = file_body(files[name], on_progress)
            await async_send_file(
                "PUT", url, {"Content-Type": "application/octet-stream"}, body, timeouts
            )
        await self.validate_upload(
            model_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self.get(
            model_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def download(
        self,
        model_id: str,
        dest_dir: str | os.PathLike[str],
        *,
        account_id: str | None = None,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """As :meth:`Models.download`."""
        options = request_options(extra_headers, timeout, max_retries)
        endpoint = await self.get_download_endpoint(
            model_id,
            account_id=account_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        urls = endpoint.filename_to_signed_urls
        timeouts = request_timeouts(self._client, options)
        return [
            await async_download(
                url, download_target(dest_dir, name, keep_dirs=True), timeouts, on_progress
            )
            for name, url in (urls.additional_properties.items() if urls is not None else ())
        ]
