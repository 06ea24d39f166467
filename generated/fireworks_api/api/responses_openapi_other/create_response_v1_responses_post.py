from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_response import CreateResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.response import Response
from ...types import Response


def _get_kwargs(
    *,
    body: CreateResponse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | Response | None:
    if response.status_code == 200:
        response_200 = Response.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponse,
) -> Response[ErrorResponse | HTTPValidationError | Response]:
    """Create Response

     Creates a model response, optionally interacting with custom tools via the Model Context Protocol
    (MCP). This endpoint supports conversational continuation and streaming.

    Explore our cookbooks for detailed examples:

    - [Basic MCP Usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_examples.ipynb)
    - [Streaming with MCP](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_with_streaming.ipynb)
    - [Conversational History with `previous_response_id`](https://github.com/fw-
    ai/cookbook/blob/main/learn/response-api/fireworks_previous_response_cookbook.ipynb)
    - [Basic Streaming](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_streaming_example.ipynb)
    - [Controlling Response Storage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/mcp_server_with_store_false_argument.ipynb)

    Args:
        body (CreateResponse): Request model for creating a new response.

            This model defines all the parameters needed to create a new model response,
            including model configuration, input data, tool definitions, and conversation
            continuation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateResponse,
) -> ErrorResponse | HTTPValidationError | Response | None:
    """Create Response

     Creates a model response, optionally interacting with custom tools via the Model Context Protocol
    (MCP). This endpoint supports conversational continuation and streaming.

    Explore our cookbooks for detailed examples:

    - [Basic MCP Usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_examples.ipynb)
    - [Streaming with MCP](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_with_streaming.ipynb)
    - [Conversational History with `previous_response_id`](https://github.com/fw-
    ai/cookbook/blob/main/learn/response-api/fireworks_previous_response_cookbook.ipynb)
    - [Basic Streaming](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_streaming_example.ipynb)
    - [Controlling Response Storage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/mcp_server_with_store_false_argument.ipynb)

    Args:
        body (CreateResponse): Request model for creating a new response.

            This model defines all the parameters needed to create a new model response,
            including model configuration, input data, tool definitions, and conversation
            continuation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponse,
) -> Response[ErrorResponse | HTTPValidationError | Response]:
    """Create Response

     Creates a model response, optionally interacting with custom tools via the Model Context Protocol
    (MCP). This endpoint supports conversational continuation and streaming.

    Explore our cookbooks for detailed examples:

    - [Basic MCP Usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_examples.ipynb)
    - [Streaming with MCP](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_with_streaming.ipynb)
    - [Conversational History with `previous_response_id`](https://github.com/fw-
    ai/cookbook/blob/main/learn/response-api/fireworks_previous_response_cookbook.ipynb)
    - [Basic Streaming](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_streaming_example.ipynb)
    - [Controlling Response Storage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/mcp_server_with_store_false_argument.ipynb)

    Args:
        body (CreateResponse): Request model for creating a new response.

            This model defines all the parameters needed to create a new model response,
            including model configuration, input data, tool definitions, and conversation
            continuation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateResponse,
) -> ErrorResponse | HTTPValidationError | Response | None:
    """Create Response

     Creates a model response, optionally interacting with custom tools via the Model Context Protocol
    (MCP). This endpoint supports conversational continuation and streaming.

    Explore our cookbooks for detailed examples:

    - [Basic MCP Usage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_examples.ipynb)
    - [Streaming with MCP](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_mcp_with_streaming.ipynb)
    - [Conversational History with `previous_response_id`](https://github.com/fw-
    ai/cookbook/blob/main/learn/response-api/fireworks_previous_response_cookbook.ipynb)
    - [Basic Streaming](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/fireworks_streaming_example.ipynb)
    - [Controlling Response Storage](https://github.com/fw-ai/cookbook/blob/main/learn/response-
    api/mcp_server_with_store_false_argument.ipynb)

    Args:
        body (CreateResponse): Request model for creating a new response.

            This model defines all the parameters needed to create a new model response,
            including model configuration, input data, tool definitions, and conversation
            continuation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
