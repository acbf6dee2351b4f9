# Two commands do all set-up on a fresh machine: `make run` (the app; `make demo` renders every
# template) and `make test`. Everything else is a helper for those.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps run gui demo test test-fast lint bench installer installer-windows \
        windows-lock clean

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

# The Windows installer is built first (under Wine; seconds when nothing changed) for its
# smoke test, tests/packaging/test_windows_installer.py. Where it cannot be built, the test
# skips and says why; in CI (CI set) a failed build stops here.
test: $(STAMP)
	bash scripts/system-deps.sh --test
	PY=$(PY) bash scripts/windows-installer.sh || [ -z "$$CI" ]
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

# dist/assetkit-<version>-setup.exe for Windows 10/11, built here under Wine (docs/installer.md).
installer-windows: $(STAMP)
	PY=$(PY) bash scripts/windows-installer.sh

# Re-pin packaging/windows/requirements.txt (Windows wheels, by hash) to the venv's versions.
windows-lock: $(STAMP)
	$(PY) packaging/windows/lock.py

clean:
	rm -rf build dist .pytest_cache
