"""Today's operations through the clients against the mock: rerank, the Responses API (its
cursor pages walked by ``list``), FLUX text-to-image and Kontext's submit-then-poll."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator

import fireworks_client as fw
import httpx
import pytest
from fireworks_api.models import ChatCompletionStreamResponse
from fireworks_api.resources.embeddings import AsyncEmbeddingsOperations, EmbeddingsOperations
from fireworks_client.mock import MockServer
from fireworks_client.resources import _embeddings

KEY = "test-key-not-a-secret"
MODEL = "accounts/fireworks/models/qwen3-235b-a22b"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[fw.Fireworks]:
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        yield client


def test_rerank_orders_by_relevance_and_keeps_top_n(client: fw.Fireworks) -> None:
    documents = ["a cat on a mat", "lighthouse keepers at night", "keepers of bees"]
    answer = client.rerank.create(query="lighthouse keepers", documents=documents, top_n=2)
    scores = [d.relevance_score for d in answer.data]
    assert [d.index for d in answer.data] == [1, 2] and scores == sorted(scores, reverse=True)
    assert answer.data[0].document == documents[1]
    again = client.rerank.create(query="lighthouse keepers", documents=documents, top_n=2)
    assert again.to_dict() == answer.to_dict()  # deterministic
    bare = client.rerank.create(query="q", documents=["x"], return_documents=False)
    assert not isinstance(bare.data[0].document, str)


def test_responses_are_kept_listed_across_pages_and_deleted(client: fw.Fireworks) -> None:
    created = [client.responses.create(model=MODEL, input=f"Question {n}") for n in range(5)]
    ids = [r.id for r in created]
    assert client.responses.retrieve(ids[2]).to_dict() == created[2].to_dict()
    listed = [r.id for r in client.responses.list(limit=2)]  # three pages of at most two
    assert listed[:5] == ids[::-1]
    page = client.responses.list(limit=2).first_page()
    assert page.answer.has_more and len(page.answer.data) == 2 and page.has_next_page()
    follow = client.responses.create(model=MODEL, input="And then?", previous_response_id=ids[-1])
    assert follow.previous_response_id == ids[-1]
    assert client.responses.delete(ids[0]).message
    with pytest.raises(fw.NotFoundError, match="no stored response"):
        client.responses.retrieve(ids[0])


def test_path_parameters_are_quoted_and_required(server: MockServer) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"message": "no", "type": "not_found"}})

    transport = httpx.MockTransport(record)
    with fw.Fireworks(api_key=KEY, base_url=server.base_url, transport=transport) as client:
        with pytest.raises(fw.NotFoundError):
            client.responses.retrieve("resp/../x y", max_retries=0)
        assert seen[-1].url.raw_path.endswith(b"/responses/resp%2F..%2Fx%20y")
        with pytest.raises(TypeError, match="response_id is required"):
            client.responses.retrieve("")
        with pytest.raises(fw.NotFoundError):
            client.responses.list(limit=3, after="resp_1", max_retries=0).first_page()
        assert seen[-1].url.params == httpx.QueryParams({"limit": "3", "after": "resp_1"})


def test_flux_answers_an_image_as_bytes_or_json(client: fw.Fireworks) -> None:
    jpeg = client.images.flux(prompt="a lighthouse", aspect_ratio="16:9", seed=7)
    assert jpeg.format == "jpeg" and jpeg.seed == 7 and jpeg.data[:3] == b"\xff\xd8\xff"
    png = client.images.flux(prompt="a lighthouse", image_format="png", seed=7)
    assert png.format == "png" and png.data.startswith(b"\x89PNG")


def test_kontext_hides_submit_and_poll_behind_one_call(client: fw.Fireworks) -> None:
    result = client.images.kontext(prompt="a lighthouse at dawn", poll_interval=0.01)
    assert str(result.status) == "Ready"
    assert str(result.result["sample"]).startswith("data:image/png;base64,")  # type: ignore[index]
    with pytest.raises(fw.ImageGenerationError) as info:
        client.images.kontext(prompt="something unsafe", poll_interval=0.01)
    assert info.value.status == "Request Moderated" and info.value.request_id
    with pytest.raises(fw.APITimeoutError, match="not ready after 0 s"):
        client.images.kontext(prompt="a lighthouse", wait=0, poll_interval=0.01)


def test_the_async_client_has_them_too(server: MockServer) -> None:
    async def main() -> None:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            ranked = await client.rerank.create(query="bees", documents=["bees", "cats"])
            assert ranked.data[0].index == 0
            made = await client.responses.create(model=MODEL, input="Hello")
            assert (await client.responses.retrieve(made.id)).id == made.id
            listed = [r.id async for r in client.responses.list(limit=1)]
            assert made.id in listed
            image = await client.images.flux(prompt="a lighthouse")
            assert image.format == "jpeg"
            result = await client.images.kontext(prompt="a lighthouse", poll_interval=0.01)
            assert str(result.status) == "Ready"

    asyncio.run(main())


EMBED = "nomic-ai/nomic-embed-text-v1.5"
USAGE = {"prompt_tokens": 1, "total_tokens": 1}


def test_base64_embeddings_are_decoded_into_the_same_floats(server: MockServer) -> None:
    texts = ["a lighthouse", "a beacon"]
    with fw.Fireworks(api_key=KEY, base_url=server.base_url) as client:
        plain = client.embeddings.create(model=EMBED, input=texts, encoding_format="float")
        packed = client.embeddings.create(model=EMBED, input=texts, encoding_format="base64")
        wire = client.embeddings.with_raw_response.create(
            model=EMBED, input=texts, encoding_format="base64"
        )
    assert all(isinstance(item["embedding"], str) for item in wire.http_response.json()["data"])
    # float32 on the wire: equal to the JSON floats at float32 precision
    for a, b in zip(plain.data, packed.data, strict=True):
        assert isinstance(b.embedding, list) and len(a.embedding) == len(b.embedding)
        assert all(abs(x - y) < 1e-6 for x, y in zip(a.embedding, b.embedding, strict=True))
    assert isinstance(packed, fw.DecodedEmbeddingResponse)
    assert isinstance(packed.data[0], fw.DecodedEmbedding)
    assert packed.to_dict()["data"][0]["embedding"] == packed.data[0].embedding

    async def main() -> fw.DecodedEmbeddingResponse:
        async with fw.AsyncFireworks(api_key=KEY, base_url=server.base_url) as client:
            return await client.embeddings.create(
                model=EMBED, input=texts, encoding_format="base64"
            )

    assert asyncio.run(main()).data[1].embedding == packed.data[1].embedding


def test_the_narrower_embeddings_signature_keeps_the_generated_parameters() -> None:
    """``Embeddings.create`` overrides the generated method with a narrower answer only: its
    parameters must stay those of the generated method."""
    for hand, generated in (
        (_embeddings.Embeddings, EmbeddingsOperations),
        (_embeddings.AsyncEmbeddings, AsyncEmbeddingsOperations),
    ):
        declared = inspect.signature(hand.create).parameters
        made = inspect.signature(generated.create).parameters
        assert list(declared) == list(made)
        for name, parameter in declared.items():
            assert (parameter.kind, parameter.annotation, parameter.default) == (
                made[name].kind,
                made[name].annotation,
                made[name].default,
            ), name
        assert inspect.signature(hand.create).return_annotation == "DecodedEmbeddingResponse"


@pytest.mark.parametrize("vector", ["!!not base64!!", "AAA", "AAAAAAA="])
def test_an_embedding_that_is_not_base64_of_floats_is_a_validation_error(vector: str) -> None:
    """A spec-valid answer (the embedding is a string) whose string does not decode: the
    SDK's error naming the item, not binascii's."""

    def answer(request: httpx.Request) -> httpx.Response:
        item = {"object": "embedding", "index": 0, "embedding": vector}
        return httpx.Response(
            200,
            json={"object": "list", "model": EMBED, "data": [item], "usage": USAGE},
        )

    with (
        fw.Fireworks(api_key=KEY, transport=httpx.MockTransport(answer)) as client,
        pytest.raises(fw.APIResponseValidationError, match=r"data\[0\]\.embedding"),
    ):
        client.embeddings.create(model=EMBED, input="hi", encoding_format="base64")


def _chunk(delta: dict[str, object], **choice: object) -> dict[str, object]:
    return {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": None, **choice}],
    }


def test_folding_joins_reasoning_tool_calls_and_logprobs() -> None:
    token = {  # the OpenAI form as today's reference requires it
        "token": "Hi",
        "logprob": -0.1,
        "sampling_logprob": -0.1,
        "bytes": [72, 105],
        "token_id": 13347,
        "text_offset": 0,
        "top_logprobs": [],
    }
    raw = [
        _chunk({"role": "assistant", "reasoning_content": "The user "}),
        _chunk({"reasoning_content": "greets me."}),
        _chunk({"content": "Hi"}, logprobs={"content": [token]}),
        _chunk({"content": "!"}, logprobs={"content": [{**token, "token": "!"}]}),
        _chunk(
            {"tool_calls": [{"index": 1, "id": "b", "function": {"name": "g", "arguments": "{"}}]}
        ),
        _chunk(
            {"tool_calls": [{"index": 0, "id": "a", "function": {"name": "f", "arguments": "{}"}}]}
        ),
        _chunk({"tool_calls": [{"index": 1, "function": {"arguments": "}"}}]}),
        _chunk({}, finish_reason="tool_calls"),
        {  # stream_options.include_usage: a last chunk with no choice
            **_chunk({}),
            "choices": [],
            "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
            "perf_metrics": {"ttft_ms": 12},
        },
    ]
    answer = fw.fold_chat_chunks([ChatCompletionStreamResponse.from_dict(c) for c in raw])
    message = answer.choices[0].message
    assert message.reasoning_content == "The user greets me." and message.content == "Hi!"
    calls = [(c.id, c.function.name, c.function.arguments) for c in message.tool_calls]  # type: ignore[union-attr]
    assert calls == [("a", "f", "{}"), ("b", "g", "{}")]
    assert [t.token for t in answer.choices[0].logprobs.content] == ["Hi", "!"]  # type: ignore[union-attr]
    assert answer.choices[0].finish_reason == "tool_calls"
    assert answer.usage.total_tokens == 7  # type: ignore[union-attr]
    assert answer.to_dict()["perf_metrics"] == {"ttft_ms": 12}


def test_sdxl_calls_say_they_are_deprecated(client: fw.Fireworks) -> None:
    with pytest.warns(DeprecationWarning, match="Stable Diffusion XL") as caught:
        (image,) = client.images.generate(text_prompts=[{"text": "a lighthouse", "weight": 1}])
    # (caught may hold others: a resource's module loads on first use, inside this block)
    (sdxl,) = [w for w in caught if "Stable Diffusion XL" in str(w.message)]
    assert image.data and sdxl.filename == __file__  # points at the caller's line
