# Set-up is part of every target: on a fresh Debian machine `make demo` and
# `make test` install what they need (OS packages when run as root, .venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo test bench lint tour os-deps clean

os-deps:
	@bash packaging/install-os-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

venv: os-deps $(STAMP)

demo: os-deps $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		QT_QPA_PLATFORM= $(BIN)/kiosk demo; \
	else \
		echo "No display found: rendering the screen tour to ./tour/ instead (open tour/*/*/*/*.png)."; \
		$(BIN)/kiosk tour --out tour; \
	fi

test: os-deps $(STAMP)
	$(BIN)/python -m pytest

bench: os-deps $(STAMP)
	$(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/ruff format --check kiosk tests benchmarks

tour: os-deps $(STAMP)
	$(BIN)/kiosk tour --out tour

clean:
	rm -rf $(VENV) tour .pytest_cache
