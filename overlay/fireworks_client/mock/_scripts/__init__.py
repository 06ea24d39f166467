"""Scripted answers: what a script is, its checks against the spec and the matching of a
request (``book``: :class:`ScriptBook`), and the answer a match makes (``answer``)."""

from fireworks_client.mock._scripts.answer import answer
from fireworks_client.mock._scripts.book import (
    MAX_SCRIPT_BYTES,
    MAX_SCRIPTS,
    Script,
    ScriptBook,
    ScriptedAnswer,
    ScriptError,
)

__all__ = [
    "MAX_SCRIPTS",
    "MAX_SCRIPT_BYTES",
    "Script",
    "ScriptBook",
    "ScriptError",
    "ScriptedAnswer",
    "answer",
]
