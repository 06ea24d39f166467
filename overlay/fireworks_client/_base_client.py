"""Split by concern into ``_settings``, ``_retries`` and ``_request_path``; this name remains only
while ``_streaming`` still imports ``connection_error`` from here (now in ``_exceptions``)."""

from fireworks_client._exceptions import connection_error

__all__ = ["connection_error"]
