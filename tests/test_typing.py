"""The public API as a type checker sees it: code a user writes, checked by mypy --strict.

Return types follow ``stream=``, answers are the generated models, keyword arguments are the
spec's (a misspelt one is an error), and ``with_options`` keeps the client's class."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = """
from typing import Any, assert_type

from fireworks_api.models import (
    ChatCompletionMessageToolCall,
    ChatCompletionResponse,
    ChatCompletionStreamResponse,
    CompletionResponse,
    CreateEmbeddingResponse,
    GatewayDeployment,
    GatewayListDeploymentsResponse,
    ListModelsResponse,
    Response,
)
from fireworks_client import (
    AsyncFireworks,
    AsyncStream,
    DecodedEmbeddingResponse,
    Fireworks,
    GeneratedImage,
    RawResponse,
    Stream,
)
from fireworks_client._pagination import AsyncPage, SyncPage

MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


def sync_calls(client: Fireworks) -> None:
    answer = client.chat.completions.create(model=MODEL, messages=[{"role": "user"}])
    assert_type(answer, ChatCompletionResponse)
    # an absent optional field is None, typed X | None (no sentinel in the answer's types)
    reasoning: str | None = answer.choices[0].message.reasoning_content
    assert_type(answer.choices[0].message.tool_calls, list[ChatCompletionMessageToolCall] | None)
    if answer.usage is not None:
        assert_type(answer.usage.completion_tokens, int | None)
    assert_type(answer.to_dict(), dict[str, Any])
    assert_type(answer.to_json(), str)
    stream = client.chat.completions.create(model=MODEL, messages=[], stream=True)
    assert_type(stream, Stream[ChatCompletionStreamResponse])
    assert_type(client.completions.create(model=MODEL, prompt="x"), CompletionResponse)
    embedded = client.embeddings.create(model=MODEL, input="x", encoding_format="base64")
    assert_type(embedded, DecodedEmbeddingResponse)
    assert_type(embedded.data[0].embedding, list[float])  # decoded, whatever went over the wire
    generic: CreateEmbeddingResponse = embedded  # still the generated class
    assert_type(client.models.list(), ListModelsResponse)
    assert_type(client.images.generate(text_prompts=[{"text": "x"}]), list[GeneratedImage])
    assert_type(client.with_options(max_retries=0), Fireworks)
    raw = client.chat.completions.with_raw_response.create(model=MODEL, messages=[])
    assert_type(raw, RawResponse[ChatCompletionResponse])
    assert_type(raw.parse(), ChatCompletionResponse)
    raw_stream = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[], stream=True
    )
    assert_type(raw_stream.parse(), Stream[ChatCompletionStreamResponse])
    assert_type(client.models.with_raw_response.list().parse(), ListModelsResponse)
    raw_images = client.images.with_raw_response.generate(text_prompts=[{"text": "x"}])
    assert_type(raw_images.parse(), list[GeneratedImage])


async def async_calls(client: AsyncFireworks) -> None:
    answer = await client.chat.completions.create(model=MODEL, messages=[])
    assert_type(answer, ChatCompletionResponse)
    stream = await client.chat.completions.create(model=MODEL, messages=[], stream=True)
    assert_type(stream, AsyncStream[ChatCompletionStreamResponse])
    assert_type(client.with_options(timeout=5), AsyncFireworks)
    raw = await client.chat.completions.with_raw_response.create(model=MODEL, messages=[])
    assert_type(raw.parse(), ChatCompletionResponse)
    raw_stream = await client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[], stream=True
    )
    assert_type(raw_stream.parse(), AsyncStream[ChatCompletionStreamResponse])
    embedded = await client.embeddings.create(model=MODEL, input="x")
    assert_type(embedded.data[0].embedding, list[float])
    raw_embedding = await client.embeddings.with_raw_response.create(model=MODEL, input="x")
    assert_type(raw_embedding.parse(), CreateEmbeddingResponse)
    async for deployment in client.deployments.list(page_size=5):
        assert_type(deployment, GatewayDeployment)
    first = await client.deployments.list().first_page()
    assert_type(first.items, list[GatewayDeployment])
    following = await first.next_page()
    assert_type(following, AsyncPage[GatewayDeployment, GatewayListDeploymentsResponse] | None)


def platform_calls(client: Fireworks) -> None:
    for deployment in client.deployments.list(page_size=5):
        assert_type(deployment, GatewayDeployment)
    for page in client.deployments.list().pages():
        assert_type(page, SyncPage[GatewayDeployment, GatewayListDeploymentsResponse])
        assert_type(page.answer, GatewayListDeploymentsResponse)
    for stored in client.responses.list(limit=2):
        assert_type(stored, Response)
    raw = client.deployments.with_raw_response.list()
    assert_type(raw.parse(), GatewayListDeploymentsResponse)
"""

MISTAKES = {
    "a misspelt parameter": (
        "client.chat.completions.create(model=MODEL, messages=[], max_token=5)",
        'Unexpected keyword argument "max_token"',
    ),
    "a parameter of the wrong type": (
        "client.embeddings.create(model=MODEL, input='x', dimensions='5')",
        # mypy names the class that defines the method: the generated one
        'Argument "dimensions" to "create" of "Embeddings" has incompatible type "str"',
    ),
    "a parameter of the wrong type on an overload": (
        "client.chat.completions.create(model=MODEL, messages=[], max_tokens='5')",
        'No overload variant of "create" of "ChatCompletionsOperations" matches argument types',
    ),
    "a misspelt parameter through with_raw_response": (
        "client.chat.completions.with_raw_response.create(model=MODEL, messages=[], max_token=5)",
        'Unexpected keyword argument "max_token"',
    ),
    "a misspelt setting in with_options": (
        "client.with_options(max_retry=1)",
        'Unexpected keyword argument "max_retry"',
    ),
    "a missing required parameter": (
        "client.embeddings.create(input='x')",
        'Missing named argument "model"',
    ),
    # fireworks_api.models loads lazily, but only its real names type-check (no Any hole)
    "a name the models do not have": (
        "from fireworks_api.models import NoSuchName",
        'Module "fireworks_api.models" has no attribute "NoSuchName"',
    ),
    "a name the package does not have": (
        "from fireworks_api import NoSuchName",
        'Module "fireworks_api" has no attribute "NoSuchName"',
    ),
    "an optional answer field read as never absent": (
        "text: str = client.chat.completions.create(model=MODEL, messages=[]).choices[0]"
        ".message.reasoning_content",
        'Incompatible types in assignment (expression has type "str | None", variable has type'
        ' "str")',
    ),
}


def _mypy(tmp_path: Path, code: str) -> tuple[str, int]:
    source = tmp_path / "user_code.py"
    source.write_text(code, encoding="utf-8")
    out, err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(source),
        ]
    )
    return out + err, status


def test_users_code_type_checks(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, USER_CODE)
    assert status == 0, out


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_mistakes_are_type_errors(tmp_path: Path, mistake: str) -> None:
    call, expected = MISTAKES[mistake]
    code = USER_CODE + f"\n\ndef mistake(client: Fireworks) -> None:\n    {call}\n"
    out, status = _mypy(tmp_path, code)
    assert status == 1 and expected in out, out
