"""fireworks_api: the Fireworks AI API as the effective spec describes it, generated.

Its modules: ``models`` (a class per schema, each built by its ``from_dict``: ``fast``),
``params`` (a TypedDict per request body), ``operations`` (every operation described as
data), ``names`` (the clients' friendly names), ``resources`` (the clients' resource classes
and each operation's typed endpoint), ``root`` (the default base URL) and ``openapi.json`` (the
effective spec). The clients are ``fireworks_client``'s. Do not edit: `make generate` writes
this package.
"""

__all__: list[str] = []
