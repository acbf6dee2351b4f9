# Two commands do all set-up on a fresh machine: `make run` (the app; `make demo` renders every
# template) and `make test`. Everything else is a helper for those.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps run gui demo test test-fast lint bench installer clean

$(STAMP): pyproject.toml
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,installer]'
	touch $(STAMP)

setup: $(STAMP)

system-deps:
	bash scripts/system-deps.sh

run: $(STAMP)
	$(PY) -m assetkit gui

gui: run

demo: $(STAMP)
	$(PY) -m assetkit demo --out build/demo

test: $(STAMP)
	bash scripts/system-deps.sh --test
	$(PY) -m pytest -n 2 -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -x -m "not slow"

lint: $(STAMP)
	$(PY) -m ruff check assetkit tests bench tools
	$(PY) -m mypy assetkit
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m bench

installer: $(STAMP)
	$(PY) packaging/build.py

clean:
	rm -rf build dist .pytest_cache
