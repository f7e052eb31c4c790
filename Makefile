# Set-up is part of every target: on a fresh Debian machine `make demo` and
# `make test` install what they need (OS packages when run as root, .venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo test test-fast audit bench lint typecheck tour os-deps clean package package-model-ko learned

os-deps:
	@bash packaging/install-os-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev,package]'
	@touch $(STAMP)

venv: os-deps $(STAMP)

demo: os-deps $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		QT_QPA_PLATFORM= $(BIN)/kiosk demo; \
	else \
		echo "No display found: rendering the screen tour to ./tour/ instead (open tour/*/*/*/*.png)"; \
		echo "and the demo's windows on a 1920x1080 laptop screen to tour/demo.png."; \
		$(BIN)/kiosk tour --out tour && \
		$(BIN)/kiosk --data-dir tour/.demo-data demo --picture tour/demo.png; \
	fi

# Tests run on every core (pytest-xdist); the audit is split per resolution and
# locale so its parts spread over the workers and can be run and fail alone.
# loadgroup: the packaging tests stay on one worker (tests/conftest.py).
PYTEST := $(BIN)/python -m pytest -n auto --dist loadgroup

# The whole suite; the random walk of the kiosk takes its full 10,000 taps here.
test: os-deps $(STAMP)
	KIOSK_RANDOM_TAPS=10000 $(PYTEST)

# The loop to run between two small changes: unit tests and the UI tests that
# build no full tour. Tests marked `slow` (the tour audit, the end2end process
# tests, packaging) run in `make test` only; the random walk takes 500 taps here.
test-fast: os-deps $(STAMP)
	KIOSK_RANDOM_TAPS=500 $(PYTEST) -m "not slow"

# The tour audit alone (tests marked `audit`); one part: `make audit K=1366x768-ko`.
audit: os-deps $(STAMP)
	$(PYTEST) -m audit $(if $(K),-k "$(K)")

bench: os-deps $(STAMP)
	$(BIN)/python benchmarks/run.py

# The learned second opinion (docs/design/0089): retrain locales/<lang>/learned.json
# from the studied sets (benchmarks/intent_bench.py's TUNED) and the round tests'
# sentences (benchmarks/round_sentences.py, ADR 0142) after a set is studied, a round's
# tests pass or a template changes; a unit test says "run make learned" when it is stale.
learned: $(STAMP)
	$(BIN)/python benchmarks/round_sentences.py
	$(BIN)/python benchmarks/learned_train.py

# Lint and types need the Python packages only, not the OS ones.
lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/ruff format --check kiosk tests benchmarks
	$(BIN)/lint-imports

# Settings in pyproject.toml ([tool.mypy]): strict on the domain and the store.
typecheck: $(STAMP)
	$(BIN)/mypy

tour: os-deps $(STAMP)
	$(BIN)/kiosk tour --out tour

# dist/branch-kiosk_<version>_amd64.deb (packaging/deb/build.py; cached on a
# hash of the sources, so a rerun without changes returns at once).
package: os-deps $(STAMP)
	$(BIN)/python packaging/deb/build.py

# Also dist/branch-kiosk-model-ko_<version>_all.deb: the Korean speech model,
# installable offline (250 MB; not part of `make package`).
package-model-ko: os-deps $(STAMP)
	$(BIN)/python packaging/deb/build.py --model-ko

clean:
	rm -rf $(VENV) tour .pytest_cache .mypy_cache .ruff_cache build dist
