"""fireworks-client: a typed Python SDK for the Fireworks AI inference API.

The generated layer, ``fireworks_api``, holds the attrs models and request builders compiled
from the effective spec (``fireworks_api/openapi.json``). This package is the handwritten
layer on top of it.
"""

from fireworks_client._version import __version__

__all__ = ["__version__"]
