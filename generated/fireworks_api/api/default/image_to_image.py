from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_image_to_image_request import CreateImageToImageRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: CreateImageToImageRequest,
    huggingface_access_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(huggingface_access_key, Unset):
        headers["Huggingface-Access-Key"] = huggingface_access_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/image_generation/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0/image_to_image",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImageToImageRequest,
    huggingface_access_key: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Generate a new image from an image

    Args:
        huggingface_access_key (str | Unset):
        body (CreateImageToImageRequest): Image-to-image in one of two modes, chosen by
            init_image_mode: IMAGE_STRENGTH uses image_strength; STEP_SCHEDULE uses
            step_schedule_start and step_schedule_end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
        huggingface_access_key=huggingface_access_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateImageToImageRequest,
    huggingface_access_key: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Generate a new image from an image

    Args:
        huggingface_access_key (str | Unset):
        body (CreateImageToImageRequest): Image-to-image in one of two modes, chosen by
            init_image_mode: IMAGE_STRENGTH uses image_strength; STEP_SCHEDULE uses
            step_schedule_start and step_schedule_end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        body=body,
        huggingface_access_key=huggingface_access_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImageToImageRequest,
    huggingface_access_key: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Generate a new image from an image

    Args:
        huggingface_access_key (str | Unset):
        body (CreateImageToImageRequest): Image-to-image in one of two modes, chosen by
            init_image_mode: IMAGE_STRENGTH uses image_strength; STEP_SCHEDULE uses
            step_schedule_start and step_schedule_end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
        huggingface_access_key=huggingface_access_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateImageToImageRequest,
    huggingface_access_key: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Generate a new image from an image

    Args:
        huggingface_access_key (str | Unset):
        body (CreateImageToImageRequest): Image-to-image in one of two modes, chosen by
            init_image_mode: IMAGE_STRENGTH uses image_strength; STEP_SCHEDULE uses
            step_schedule_start and step_schedule_end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            huggingface_access_key=huggingface_access_key,
        )
    ).parsed
