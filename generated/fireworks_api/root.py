"""The API root the spec's servers give: the clients' default base URL (written by
codegen/resources.py).

Do not edit: `make generate` writes this file.
"""

__all__ = ["API_ROOT"]

API_ROOT = 'https://api.fireworks.ai/inference/v1'
