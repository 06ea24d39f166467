"""Completions (``completions.create``): a text per prompt and choice, ``echo``, log
probabilities, JSON mode; streamed a token a chunk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fireworks_client.mock._answers.common import (
    CREATED,
    JsonResult,
    MockRequest,
    Result,
    StreamResult,
    _check_work,
    _fit_window,
    _json_mode_generation,
    _max_tokens,
    _request_id,
    _seed_parts,
    _stops,
    _text_model,
)
from fireworks_client.mock._answers.text import (
    count_tokens,
    generate,
    rng_for,
    stream_pieces,
    topic_words,
)
from fireworks_client.mock._models import ModelInfo
from fireworks_client.mock._spec.errors import MockError

__all__ = ["completion"]


_COMPLETION_MAX_TOKENS = 16

MAX_ECHO_CHARACTERS = 16 * 1024 * 1024  # prompt text repeated in the choices by `echo`


def _prompts(prompt: Any) -> list[tuple[str, int]]:
    """(text, token count) for each prompt; token ids count one token each. An empty list is
    one empty prompt (today's schema allows it)."""
    if isinstance(prompt, str) or not prompt:
        prompt = prompt or ""
        return [(prompt, count_tokens(prompt))]
    if prompt and all(isinstance(p, str) for p in prompt):
        return [(p, count_tokens(p)) for p in prompt]
    if prompt and all(isinstance(p, int) for p in prompt):
        return [(" ".join(map(str, prompt)), len(prompt))]
    return [(" ".join(map(str, ids)), len(ids)) for ids in prompt]


def completion(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    model = _text_model(models, request)
    prompts = _prompts(body["prompt"])
    requested = _max_tokens(body, _COMPLETION_MAX_TOKENS)
    max_tokens, fill = _fit_window(model, body, max(count for _, count in prompts), requested)
    echo = bool(body.get("echo"))
    echoed = n_echo = 0
    if echo:
        n_echo = body.get("n") or 1
        echoed = n_echo * sum(len(text) for text, _ in prompts)
    if echoed > MAX_ECHO_CHARACTERS:
        raise MockError(
            400,
            f"echo: n x prompt length is {n_echo} x {echoed // n_echo} characters; the mock "
            f"echoes at most {MAX_ECHO_CHARACTERS} per request (rule: mock limit)",
            param="echo",
            code="mock_limit",
        )
    choices = []
    completion_tokens = 0
    n = body.get("n") or 1
    _check_work("prompts x n", len(prompts) * n, max_tokens, fill)
    for p, (text, _) in enumerate(prompts):
        for i in range(n):
            rng = rng_for(*_seed_parts(model, body), text, i)
            offset = len(text) if echo else 0
            generation = generate(
                rng,
                topic_words(text),
                max_tokens=max_tokens,
                stop=_stops(body.get("stop")),
                fill=fill,
                logprobs=body.get("logprobs"),
                text_offset=offset,
                lead=" ",
            )
            generation = _json_mode_generation(
                body,
                generation,
                (*_seed_parts(model, body), text, i),
                topic_words(text),
                max_tokens,
                [{"role": "user", "content": text}],
                "prompt",
            )
            completion_tokens += generation.token_count
            choices.append(
                {
                    "text": (text if echo else "") + generation.text,
                    "index": p * n + i,
                    "logprobs": generation.logprobs,
                    "finish_reason": generation.finish_reason,
                }
            )
    prompt_tokens = sum(count for _, count in prompts)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    head = {
        "id": _request_id("cmpl", body),
        "object": "text_completion",
        "created": CREATED,
        "model": model.id,
    }
    if body.get("stream"):
        return StreamResult(
            _completion_chunks(
                head, choices, usage, echo_prompts=[t for t, _ in prompts] if echo else None, n=n
            )
        )
    return JsonResult({**head, "choices": choices, "usage": usage})


def _completion_chunks(
    head: dict[str, Any],
    choices: list[dict[str, Any]],
    usage: dict[str, int],
    *,
    echo_prompts: list[str] | None,
    n: int,
) -> Iterator[dict[str, Any]]:
    """One chunk per token; the last chunk of each choice carries finish_reason and usage.
    Made as they are sent, like the chat chunks."""
    per_choice: list[tuple[dict[str, Any], list[str]]] = []
    for choice in choices:
        text: str = choice["text"]
        pieces: list[str] = []
        if echo_prompts is not None:
            prompt = echo_prompts[choice["index"] // n]
            pieces.append(prompt)
            text = text[len(prompt) :]
        pieces += stream_pieces(text) or [""]
        per_choice.append((choice, pieces))
    shift = 1 if echo_prompts is not None else 0

    def event(choice: dict[str, Any], pieces: list[str], k: int) -> dict[str, Any]:
        logprobs = choice["logprobs"]
        token_logprobs = None
        j = k - shift
        if logprobs is not None and 0 <= j < len(logprobs["tokens"]):
            token_logprobs = {key: values[j : j + 1] for key, values in logprobs.items()}
        return {
            "text": pieces[k],
            "index": choice["index"],
            "logprobs": token_logprobs,
            "finish_reason": choice["finish_reason"] if k == len(pieces) - 1 else None,
        }

    for step in range(max(len(pieces) for _, pieces in per_choice)):
        for choice, pieces in per_choice:
            if step < len(pieces):
                made = event(choice, pieces, step)
                yield {**head, "choices": [made], "usage": usage if made["finish_reason"] else None}
