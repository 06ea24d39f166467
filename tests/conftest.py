from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# `make test` runs the default profile; `make fuzz` sets HYPOTHESIS_PROFILE=fuzz.
_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}
# derandomize: `make test` is reproducible; `make fuzz` explores with fresh randomness. 15
# examples a property keep `make test` under its 10 minutes with 104 models; fuzz runs 300.
settings.register_profile("default", max_examples=15, derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=300, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
