from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_kontext_result_body import GetKontextResultBody
from ...models.get_kontext_result_response_200 import GetKontextResultResponse200
from ...types import Response


def _get_kwargs(
    model: str,
    *,
    body: GetKontextResultBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/accounts/fireworks/models/{model}/get_result".format(
            model=quote(str(model), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetKontextResultResponse200 | None:
    if response.status_code == 200:
        response_200 = GetKontextResultResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetKontextResultResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    body: GetKontextResultBody,
) -> Response[ErrorResponse | GetKontextResultResponse200]:
    """Get generated image from FLUX.1 Kontext

    Args:
        model (str):
        body (GetKontextResultBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetKontextResultResponse200]
    """

    kwargs = _get_kwargs(
        model=model,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model: str,
    *,
    client: AuthenticatedClient,
    body: GetKontextResultBody,
) -> ErrorResponse | GetKontextResultResponse200 | None:
    """Get generated image from FLUX.1 Kontext

    Args:
        model (str):
        body (GetKontextResultBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetKontextResultResponse200
    """

    return sync_detailed(
        model=model,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    body: GetKontextResultBody,
) -> Response[ErrorResponse | GetKontextResultResponse200]:
    """Get generated image from FLUX.1 Kontext

    Args:
        model (str):
        body (GetKontextResultBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetKontextResultResponse200]
    """

    kwargs = _get_kwargs(
        model=model,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    *,
    client: AuthenticatedClient,
    body: GetKontextResultBody,
) -> ErrorResponse | GetKontextResultResponse200 | None:
    """Get generated image from FLUX.1 Kontext

    Args:
        model (str):
        body (GetKontextResultBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetKontextResultResponse200
    """

    return (
        await asyncio_detailed(
            model=model,
            client=client,
            body=body,
        )
    ).parsed
