"""Scripted answers: a script's checks and matching (``book``), the answer it makes (``answer``)."""
