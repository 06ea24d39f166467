from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_kontext_request_body import CreateKontextRequestBody
from ...models.create_kontext_request_response_200 import (
    CreateKontextRequestResponse200,
)
from ...models.create_kontext_request_response_400 import (
    CreateKontextRequestResponse400,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    model: str,
    *,
    body: CreateKontextRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/accounts/fireworks/models/{model}".format(
            model=quote(str(model), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateKontextRequestResponse200
    | CreateKontextRequestResponse400
    | ErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = CreateKontextRequestResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateKontextRequestResponse400.from_dict(response.json())

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
) -> Response[
    CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse
]:
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
    body: CreateKontextRequestBody,
) -> Response[
    CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse
]:
    """Generate or edit an image with FLUX.1 Kontext

     💡 Note that this API is async and will return the **request\\_id** instead of the image. Call the
    [get\\_result](/api-reference/get-generated-image-from-flux-kontex) API to obtain the generated
    image.

    Args:
        model (str):
        body (CreateKontextRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse]
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
    body: CreateKontextRequestBody,
) -> (
    CreateKontextRequestResponse200
    | CreateKontextRequestResponse400
    | ErrorResponse
    | None
):
    """Generate or edit an image with FLUX.1 Kontext

     💡 Note that this API is async and will return the **request\\_id** instead of the image. Call the
    [get\\_result](/api-reference/get-generated-image-from-flux-kontex) API to obtain the generated
    image.

    Args:
        model (str):
        body (CreateKontextRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse
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
    body: CreateKontextRequestBody,
) -> Response[
    CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse
]:
    """Generate or edit an image with FLUX.1 Kontext

     💡 Note that this API is async and will return the **request\\_id** instead of the image. Call the
    [get\\_result](/api-reference/get-generated-image-from-flux-kontex) API to obtain the generated
    image.

    Args:
        model (str):
        body (CreateKontextRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse]
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
    body: CreateKontextRequestBody,
) -> (
    CreateKontextRequestResponse200
    | CreateKontextRequestResponse400
    | ErrorResponse
    | None
):
    """Generate or edit an image with FLUX.1 Kontext

     💡 Note that this API is async and will return the **request\\_id** instead of the image. Call the
    [get\\_result](/api-reference/get-generated-image-from-flux-kontex) API to obtain the generated
    image.

    Args:
        model (str):
        body (CreateKontextRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKontextRequestResponse200 | CreateKontextRequestResponse400 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            model=model,
            client=client,
            body=body,
        )
    ).parsed
