"""``client.models``: what the generator cannot say of a model's files.

``upload(model_id, source)`` sends a file, or a directory's files (a checkpoint), from disk,
streamed, each to its signed URL of ``:getUploadEndpoint``, then ``:validateUpload``; it
answers the model as read afterwards (``wait`` it until READY). ``download(model_id,
dest_dir)`` writes the model's files from the signed URLs of ``:getDownloadEndpoint`` under
``dest_dir``, keeping their directories. The API has no upload of its own for a model, so
every file goes to a signed URL. Everything else is generated
(``fireworks_api.resources.models``); the transfers, written once for sync and async, are
``fireworks_client._files``'s flows.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from fireworks_api.resources.models import (
    MODELS_GET,
    MODELS_GET_DOWNLOAD_ENDPOINT,
    MODELS_GET_UPLOAD_ENDPOINT,
    MODELS_VALIDATE_UPLOAD,
    AsyncModelsOperations,
    AsyncModelsOperationsWithRawResponse,
    ModelsOperations,
    ModelsOperationsWithRawResponse,
)

from fireworks_client._files import (
    Call,
    Flow,
    Progress,
    arun,
    download_flow,
    run,
    signed_upload_flow,
    upload_files,
)
from fireworks_client._request_path import request_options
from fireworks_client._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from fireworks_api.models import GatewayModel

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "Models", "ModelsWithRawResponse"]

ModelsWithRawResponse = ModelsOperationsWithRawResponse
AsyncModelsWithRawResponse = AsyncModelsOperationsWithRawResponse


def _upload_flow(
    model_id: str,
    source: str | os.PathLike[str],
    account_id: str | None,
    on_progress: Progress | None,
) -> Flow[GatewayModel]:
    files = upload_files(source)
    ids = {"account_id": account_id, "model_id": model_id}
    yield from signed_upload_flow(
        MODELS_GET_UPLOAD_ENDPOINT, MODELS_VALIDATE_UPLOAD, ids, files, on_progress
    )
    model: GatewayModel = yield Call(MODELS_GET, ids)
    return model


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
        flow = _upload_flow(model_id, source, account_id, on_progress)
        return run(self._client, flow, request_options(extra_headers, timeout, max_retries))

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
        ids = {"account_id": account_id, "model_id": model_id}
        flow = download_flow(
            MODELS_GET_DOWNLOAD_ENDPOINT, ids, dest_dir, keep_dirs=True, on_progress=on_progress
        )
        return run(self._client, flow, request_options(extra_headers, timeout, max_retries))


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
        flow = _upload_flow(model_id, source, account_id, on_progress)
        return await arun(self._client, flow, request_options(extra_headers, timeout, max_retries))

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
        ids = {"account_id": account_id, "model_id": model_id}
        flow = download_flow(
            MODELS_GET_DOWNLOAD_ENDPOINT, ids, dest_dir, keep_dirs=True, on_progress=on_progress
        )
        return await arun(self._client, flow, request_options(extra_headers, timeout, max_retries))
