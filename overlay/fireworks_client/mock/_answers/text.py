"""Deterministic text for the mock: the token counting rule, generation, stop sequences,
log probabilities.

Token counting rule (documented in the README): a token is a run of letters, digits and
underscores, or a single other non-space character; whitespace belongs to the token after it.
"Hello, world!" is 4 tokens. A prompt given as token ids counts one token per id.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Generation",
    "count_tokens",
    "generate",
    "rng_for",
    "split_tokens",
    "stream_pieces",
    "topic_words",
]

_TOKEN = re.compile(r"\s*(?:\w+|[^\w\s])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{4,}")
_COMMON = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "before",
        "being",
        "below",
        "between",
        "could",
        "does",
        "doing",
        "during",
        "explain",
        "having",
        "other",
        "please",
        "should",
        "their",
        "there",
        "these",
        "those",
        "through",
        "under",
        "until",
        "where",
        "which",
        "while",
        "would",
        "write",
        "tell",
        "what",
        "when",
        "with",
        "your",
        "yours",
        "give",
        "short",
        "answer",
        "sentence",
    ]
)

_SENTENCES = (
    "Here is a mock answer about {t}.",
    "{T} is worth a closer look.",
    "The mock server writes the same words for the same request.",
    "Nothing here comes from a real model.",
    "Think of {t} as a test fixture with good manners.",
    "Each sentence is picked by a seeded random generator.",
    "Your tests can rely on {t} staying put between runs.",
    "A real model would say something cleverer about {t}.",
    "This text is long enough to stream in small pieces.",
    "Contract tests like answers that never change.",
)
_ALTERNATIVES = (" the", " a", " mock", " answer", " model", " test", ".", ",", " and", " of")


def split_tokens(text: str) -> list[str]:
    """The tokens of ``text``, each with the whitespace before it."""
    return _TOKEN.findall(text)


def stream_pieces(text: str) -> list[str]:
    """``text`` in the pieces a stream sends, a token each: :func:`split_tokens`, and the
    whitespace at the end (which no token takes) as a piece of its own, so that the pieces
    join to the whole text."""
    pieces = split_tokens(text)
    rest = text[sum(map(len, pieces)) :]
    return [*pieces, rest] if rest else pieces


def count_tokens(text: str) -> int:
    # subn counts in C without building a list of the tokens (a 10 MB text has millions); what
    # is left is at most trailing whitespace.
    return _TOKEN.subn("", text)[1]


def rng_for(*parts: Any) -> random.Random:
    """A random generator seeded by ``parts``: the same request gives the same answer."""
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=True).encode()
    return random.Random(hashlib.sha256(blob).digest())


def topic_words(text: str, limit: int = 3) -> list[str]:
    seen: list[str] = []
    for match in _WORD.finditer(text):  # stops at `limit`, however long the text
        lowered = match.group().lower()
        if lowered not in seen and lowered not in _COMMON:
            seen.append(lowered)
        if len(seen) == limit:
            break
    return seen


def _compose(rng: random.Random, topics: list[str], min_tokens: int, lead: str) -> list[str]:
    tokens: list[str] = []
    while len(tokens) < min_tokens:
        topic = rng.choice(topics) if topics else "your question"
        sentence = rng.choice(_SENTENCES).format(t=topic, T=topic[:1].upper() + topic[1:])
        tokens += split_tokens((" " if tokens else lead) + sentence)
    return tokens


@dataclass(frozen=True, slots=True)
class Generation:
    text: str
    token_count: int
    finish_reason: str  # "stop" or "length"
    logprobs: dict[str, Any] | None


def generate(
    rng: random.Random,
    topics: list[str],
    *,
    max_tokens: int,
    stop: list[str],
    fill: bool = False,
    logprobs: int | None = None,
    text_offset: int = 0,
    lead: str = "",
) -> Generation:
    """Generate whole sentences, 12 to 48 tokens or more (at least ``max_tokens`` when
    ``fill``), cut at ``max_tokens`` (finish "length") or just before the first stop sequence,
    which the text does not contain, as today's reference says (finish "stop"). ``lead`` goes
    before the first word (a completion continues its prompt after a space)."""
    natural = rng.randint(12, 48)
    if fill:
        natural = max(natural, max_tokens)
    tokens = _compose(rng, topics, natural, lead)
    finish = "stop"
    if max_tokens < len(tokens):
        tokens = tokens[:max_tokens]
        finish = "length"
    text = "".join(tokens)
    # Where the earliest stop sequence starts; the text ends there, without it.
    cut = min((i for s in stop if s and (i := text.find(s)) >= 0), default=-1)
    if cut >= 0:
        text = text[:cut]
        # Keep the tokens that the cut text touches; the last may be cut inside.
        kept, length = [], 0
        for token in tokens:
            if length >= cut:
                break
            kept.append(token[: cut - length])
            length += len(token)
        # Whitespace left before the stop sequence stays in the text but is no token (the
        # counting rule's: whitespace belongs to the token after it).
        while kept and not kept[-1].strip():
            kept.pop()
        tokens = kept
        finish = "stop"
    return Generation(text, len(tokens), finish, _logprobs(rng, tokens, logprobs, text_offset))


def _logprobs(
    rng: random.Random, tokens: list[str], top: int | None, offset: int
) -> dict[str, Any] | None:
    if top is None:
        return None
    token_logprobs: list[float] = []
    top_logprobs: list[dict[str, float]] = []
    offsets: list[int] = []
    for token in tokens:
        chosen = -round(rng.random() * 2, 4)
        token_logprobs.append(chosen)
        entries = {token: chosen}
        for alternative in rng.sample(_ALTERNATIVES, k=top):
            if len(entries) > top:
                break
            entries.setdefault(alternative, round(chosen - 0.5 - rng.random() * 3, 4))
        top_logprobs.append(entries)
        offsets.append(offset)
        offset += len(token)
    return {
        "tokens": tokens,
        "token_logprobs": token_logprobs,
        "top_logprobs": top_logprobs,
        "text_offset": offsets,
    }
