"""What today's chat API adds to the mock's answers: reasoning (``reasoning_content``, by
``reasoning_effort`` / ``thinking``), log probabilities in the OpenAI form, and the fields that
``perf_metrics_in_response``, ``return_token_ids`` and ``raw_output`` ask for."""

from __future__ import annotations

import hashlib
from typing import Any

from fireworks_client.mock._spec.errors import MockError

__all__ = ["openai_logprobs", "raw_output", "reasoning_budget", "token_id", "token_ids"]

_EFFORT_TOKENS = {"low": 16, "medium": 48, "high": 96}


def reasoning_budget(reasoning_model: bool, body: dict[str, Any]) -> int | None:
    """How many tokens of reasoning to write; None for none. A reasoning model reasons unless
    told not to (``reasoning_effort`` "none", false or 0; ``thinking.type`` "disabled");
    ``reasoning_effort`` sets how much (an integer caps it), as does
    ``thinking.budget_tokens``. The two settings exclude each other, as on the service."""
    effort = body.get("reasoning_effort")
    thinking = body.get("thinking")
    if effort is not None and thinking is not None:
        raise MockError(
            400,
            "reasoning_effort: cannot be given with thinking (rule: exclusive)",
            param="reasoning_effort",
        )
    if not reasoning_model:
        return None
    if isinstance(thinking, dict):
        if thinking.get("type") == "disabled":
            return None
        budget = thinking.get("budget_tokens")
        return min(int(budget), 96) if isinstance(budget, int) else _EFFORT_TOKENS["medium"]
    if effort is None or effort is True:
        return _EFFORT_TOKENS["medium"]
    if effort is False or effort in ("none", 0):
        return None
    if isinstance(effort, int):
        return max(1, min(effort, 96))
    return _EFFORT_TOKENS.get(str(effort), _EFFORT_TOKENS["medium"])


def token_id(token: str) -> int:
    """A stable id for a token (the mock has no vocabulary)."""
    return int(hashlib.sha256(token.encode()).hexdigest()[:6], 16)


def token_ids(tokens: list[str]) -> list[int]:
    return [token_id(t) for t in tokens]


def openai_logprobs(legacy: dict[str, Any], top: int) -> dict[str, Any]:
    """The legacy parallel lists as the OpenAI form (``logprobs: true``): one entry per token
    with its ``top`` alternatives."""
    content = []
    for token, logprob, alternatives, offset in zip(
        legacy["tokens"],
        legacy["token_logprobs"],
        legacy["top_logprobs"],
        legacy["text_offset"],
        strict=True,
    ):
        ranked = sorted(alternatives.items(), key=lambda item: -item[1])[:top]
        content.append(
            {
                "token": token,
                "logprob": logprob,
                "sampling_logprob": logprob,
                "bytes": list(token.encode()),
                "token_id": token_id(token),
                "text_offset": offset,
                "top_logprobs": [
                    {"token": t, "logprob": lp, "token_id": token_id(t), "bytes": list(t.encode())}
                    for t, lp in ranked
                ],
            }
        )
    return {"content": content}


def raw_output(prompt: str, completion: str, tokens: list[str]) -> dict[str, Any]:
    return {
        "prompt_fragments": [prompt],
        "prompt_token_ids": token_ids(prompt.split()),
        "completion": completion,
        "completion_token_ids": token_ids(tokens),
    }
