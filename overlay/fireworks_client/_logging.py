"""The ``fireworks_client`` logger.

``FIREWORKS_LOG=debug`` (or info, warning, ...) in the environment, or
``set_console_log_level("DEBUG")``, sends its records to stderr. Every record that goes through
the console handler passes a filter that masks anything shaped like a bearer token, so a key
cannot reach a log line even if a message quoted a header.
"""

from __future__ import annotations

import logging
import os
import re
from typing import TextIO

__all__ = ["RedactingFilter", "logger", "set_console_log_level", "setup_from_environment"]

logger = logging.getLogger("fireworks_client")

_LEVELS = {"CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG"}
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",]+")


class RedactingFilter(logging.Filter):
    """Masks ``Bearer <token>`` in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _BEARER.sub(r"\1***", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class _ConsoleHandler(logging.StreamHandler[TextIO]):
    """The handler set_console_log_level adds, once."""


def set_console_log_level(level: str) -> None:
    """Print the client's log records at ``level`` and above to stderr. ``level`` is one of
    CRITICAL, FATAL, ERROR, WARN, WARNING, INFO, DEBUG (any case)."""
    name = level.upper()
    if name not in _LEVELS:
        raise ValueError(f"level: expected one of {', '.join(sorted(_LEVELS))}, got {level!r}")
    numeric = logging.getLevelName("WARNING" if name == "WARN" else name)
    handler = next((h for h in logger.handlers if isinstance(h, _ConsoleHandler)), None)
    if handler is None:
        handler = _ConsoleHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
        )
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
    handler.setLevel(numeric)
    logger.setLevel(numeric)


def setup_from_environment() -> None:
    level = os.environ.get("FIREWORKS_LOG")
    if level and level.upper() in _LEVELS:
        set_console_log_level(level)
