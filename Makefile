# fireworks-client. Every target bootstraps .venv (python3 -m venv + an editable install with
# the extras) the first time, and again only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(VENV)/bin):$(PATH)

.PHONY: help demo test generate check-generated lint fuzz bench clean

help:
	@echo "make demo      the main job: a tour of the client against the embedded mock server"
	@echo "make test      regeneration check, lint, and the test suite"
	@echo "make generate  rebuild the effective spec and generated/fireworks_api"
	@echo "make lint      ruff and mypy --strict"
	@echo "make fuzz      the property tests with many more examples"
	@echo "make bench     benchmarks"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

demo: $(STAMP)
	$(PY) -m fireworks_client.demo --out build/demo

generate: $(STAMP)
	$(PY) -m codegen.generate

check-generated: $(STAMP)
	$(PY) -m codegen.generate --check

lint: $(STAMP)
	$(PY) -m ruff check overlay codegen tests bench
	$(PY) -m ruff format --check overlay codegen tests bench
	$(PY) -m mypy

# The suite runs on two workers (pytest-xdist): most of its time is hypothesis and servers
# answering on loopback, which the two cores of a CI machine share well. TEST_WORKERS=0 runs it
# in one process (easier to debug). The schemathesis module runs apart: its items share one node
# id, which xdist cannot schedule (the module says so if tried). It runs beside the workers, not
# after them (2 min of one core: the workers leave a core idle often enough, in their tail and
# while their servers wait), its output printed when both are done; either failing fails test.
TEST_WORKERS ?= 2
test: check-generated lint
	@log=$$(mktemp); \
	$(PY) -m pytest tests/test_mock_schemathesis.py >$$log 2>&1 & apart=$$!; \
	$(PY) -m pytest -n $(TEST_WORKERS) --ignore=tests/test_mock_schemathesis.py; suite=$$?; \
	wait $$apart; schemathesis=$$?; \
	echo "--- tests/test_mock_schemathesis.py (run beside the suite) ---"; cat $$log; rm -f $$log; \
	test $$suite -eq 0 && test $$schemathesis -eq 0

# The property tests with 300 examples per schema instead of 15, and schemathesis against the
# mock with 1000 examples per operation instead of 15 (108 operations), with fresh randomness each run; the
# mock's hostile-input suite and its generated scripts with 300 generated examples each, the
# probe's full load, and threads sharing one client at full size (32 threads x 40 streams).
FUZZ_EXAMPLES ?= 1000
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz SCHEMATHESIS_EXAMPLES=$(FUZZ_EXAMPLES) FIREWORKS_PROBE_SCALE=full $(PY) -m pytest -s -p no:cacheprovider \
		tests/test_schema_roundtrip.py tests/test_mock_schemathesis.py tests/test_fast_parse.py \
		tests/test_sse_decoder.py tests/test_mock_hostile.py tests/test_mock_load.py \
		tests/test_concurrent_streams.py tests/test_mock_scripts.py

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache .mypy_cache bench-results
