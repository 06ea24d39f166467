from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.response_list import ResponseList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    after: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    else:
        json_before = before
    params["before"] = json_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/responses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | ResponseList | None:
    if response.status_code == 200:
        response_200 = ResponseList.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | HTTPValidationError | ResponseList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | ResponseList]:
    """List Responses

     Get a list of all responses for the authenticated account.

    Args:
        limit: Maximum number of responses to return (default: 20, max: 100)
        after: Cursor for pagination - return responses after this ID
        before: Cursor for pagination - return responses before this ID

    Args:
        limit (int | Unset):  Default: 20.
        after (None | str | Unset):
        before (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | ResponseList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | ResponseList | None:
    """List Responses

     Get a list of all responses for the authenticated account.

    Args:
        limit: Maximum number of responses to return (default: 20, max: 100)
        after: Cursor for pagination - return responses after this ID
        before: Cursor for pagination - return responses before this ID

    Args:
        limit (int | Unset):  Default: 20.
        after (None | str | Unset):
        before (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | ResponseList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | ResponseList]:
    """List Responses

     Get a list of all responses for the authenticated account.

    Args:
        limit: Maximum number of responses to return (default: 20, max: 100)
        after: Cursor for pagination - return responses after this ID
        before: Cursor for pagination - return responses before this ID

    Args:
        limit (int | Unset):  Default: 20.
        after (None | str | Unset):
        before (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | ResponseList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | ResponseList | None:
    """List Responses

     Get a list of all responses for the authenticated account.

    Args:
        limit: Maximum number of responses to return (default: 20, max: 100)
        after: Cursor for pagination - return responses after this ID
        before: Cursor for pagination - return responses before this ID

    Args:
        limit (int | Unset):  Default: 20.
        after (None | str | Unset):
        before (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | ResponseList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
