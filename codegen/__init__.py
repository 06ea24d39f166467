"""Build-time tools: turn the upstream ``openapi3.yml`` into the effective spec and generate
``generated/fireworks_api`` from it. Not part of the installed distribution."""
