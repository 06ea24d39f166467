"""The mock as the effective spec declares it: routing, request checks, error bodies."""
