"""A tour of fireworks-client against the embedded mock server: no key, no network.

python -m fireworks_client.demo [--out DIR]     (what `make demo` runs)
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Any

from fireworks_api.models import UsageInfo

from fireworks_client import ContextLengthExceededError, Fireworks, MissingExtraError
from fireworks_client._extras import missing_extra

CHAT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
TINY_MODEL = "accounts/fireworks/models/mock-tiny"  # a 64-token context window
EMBED_MODEL = "nomic-ai/nomic-embed-text-v1.5"
REASONING_MODEL = "accounts/fireworks/models/deepseek-r1-0528"


def _title(text: str) -> None:
    print(f"\n\033[1m{text}\033[0m" if sys.stdout.isatty() else f"\n== {text}")


def _todays_api(client: Fireworks, out: Path) -> None:
    """Today's API: reasoning, a tool loop, rerank, FLUX."""
    _title("4. A reasoning model: its thinking apart from its answer")
    thought = client.chat.completions.create(
        model=REASONING_MODEL,
        messages=[{"role": "user", "content": "Why do lighthouses flash?"}],
        reasoning_effort="low",
    )
    message = thought.choices[0].message
    print(f"[reasoning] {message.reasoning_content}")
    print(f"[answer]    {message.content}")

    _title("5. A tool loop")
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            },
        }
    ]
    conversation: list[dict[str, Any]] = [
        {"role": "user", "content": "Is it windy at the lighthouse in Brest?"}
    ]
    first = client.chat.completions.create(
        model=CHAT_MODEL, messages=conversation, tools=tools, tool_choice="required"
    )
    calls = first.choices[0].message.tool_calls
    assert isinstance(calls, list)
    call = calls[0].to_dict()
    print(f"the model calls {call['function']['name']}({call['function']['arguments']})")
    conversation += [
        {"role": "assistant", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call["id"], "content": '{"wind_kmh": 48}'},
    ]
    final = client.chat.completions.create(model=CHAT_MODEL, messages=conversation, tools=tools)
    print(f"and answers: {final.choices[0].message.content}")

    _title("6. Rerank")
    documents = [
        "A lighthouse keeper trims the wick at dusk.",
        "Bees make honey in the summer.",
        "The beacon of a lighthouse warns ships off the rocks.",
    ]
    ranked = client.rerank.create(query="what does a lighthouse do", documents=documents)
    for result in ranked.data:
        print(f"  {result.relevance_score:.3f}  {documents[result.index]}")

    _title("7. An image with FLUX.1 [schnell]")
    image = client.images.flux(prompt="A lighthouse on a cliff at dusk", aspect_ratio="16:9")
    out.mkdir(parents=True, exist_ok=True)
    path = image.save(out / "lighthouse")
    print(
        f"{path} ({len(image.data):,} bytes, {image.format}, "
        f"finish reason {image.finish_reason}, seed {image.seed})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path("build/demo"), help="where to write the image"
    )
    args = parser.parse_args(argv)
    try:
        from fireworks_client.mock import MockServer  # noqa: PLC0415
    except MissingExtraError as exc:  # a plain install: which extra, in one line
        print(missing_extra(exc, "mock", "python -m fireworks_client.demo"), file=sys.stderr)
        return 2
    with MockServer() as mock, Fireworks(api_key="demo-key", base_url=mock.base_url) as client:
        print(f"Mock Fireworks API running at {mock.base_url}")

        _title("1. A streamed chat answer")
        question = "Tell me about lighthouses"
        print(f"> {question}")
        with client.chat.completions.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": question}], stream=True
        ) as stream:
            for chunk in stream:
                for choice in chunk.choices:
                    print(choice.delta.content or "", end="", flush=True)
                    time.sleep(0.01)  # at a reading pace
        used = stream.usage
        print(f"\n({used.prompt_tokens} prompt + {used.completion_tokens} completion tokens)")

        _title("2. A prompt too long for the model's context window")
        long_prompt = [{"role": "user", "content": "Summarise this: " + "lighthouse " * 45}]
        answer = client.chat.completions.create(
            model=TINY_MODEL, messages=long_prompt, max_tokens=200
        )
        usage = answer.usage
        assert isinstance(usage, UsageInfo)
        print(
            'context_length_exceeded_behavior="truncate" (the default): max_tokens lowered '
            f"to fit; finish_reason={answer.choices[0].finish_reason}, "
            f"{usage.prompt_tokens} + {usage.completion_tokens} = {usage.total_tokens} tokens"
        )
        try:
            client.chat.completions.create(
                model=TINY_MODEL,
                messages=long_prompt,
                max_tokens=200,
                context_length_exceeded_behavior="error",
            )
        except ContextLengthExceededError as error:
            print(
                f'context_length_exceeded_behavior="error": {type(error).__name__}: '
                f"{error.prompt_tokens} prompt tokens + max_tokens {error.max_tokens} "
                f"> window {error.context_window}"
            )

        _title("3. Embeddings and their similarity")
        sentences = ["The lighthouse keeper lit the lamp.", "A beacon shone over the harbour."]
        vectors = [
            d.embedding
            for d in client.embeddings.create(model=EMBED_MODEL, input=sentences).data
            if isinstance(d.embedding, list)  # always: base64 vectors come back decoded
        ]
        cosine = sum(a * b for a, b in zip(*vectors, strict=True)) / math.prod(
            math.sqrt(sum(x * x for x in v)) for v in vectors
        )
        for sentence in sentences:
            print(f"  {sentence}")
        print(
            f"cosine similarity: {cosine:+.3f} ({len(vectors[0])} dimensions; "
            "the mock's vectors are random but stable)"
        )

        _todays_api(client, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
