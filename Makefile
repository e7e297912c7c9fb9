# Set-up and everyday commands. `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: setup demo test test-postgres lint clean

ifneq ($(wildcard package.json),)
STATIC_VENDOR := src/corridor/static/vendor/.installed
endif

setup: $(VENV)/.installed $(STATIC_VENDOR)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

# Front-end libraries (MapLibre GL JS, outlines) come from the npm registry, pinned by package-lock.json.
src/corridor/static/vendor/.installed: $(wildcard package.json package-lock.json scripts/vendor_static.py)
	npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python scripts/vendor_static.py
	touch $@

demo: setup
	$(BIN)/corridor demo

test: setup
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/corridor/gazetteer src/corridor/names src/corridor/linkage src/corridor/reader src/corridor/planner

clean:
	rm -rf $(VENV) node_modules src/corridor/static/vendor
