# The two commands of the README: `make run` and `make test`. Both set up .venv from nothing.
# `make dist` builds the wheel, the sdist and the standalone bundle (packaging/README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := resources/templates/washing-machine-retailer.cjm
SPEC := packaging/cjdesigner.spec
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-fast test-dist lint bench venv dist clean npm-tests translations

# A usable .venv: a half-made one (no working bin/python, or no pip: an earlier
# `python3 -m venv` stopped on ensurepip) is noticed here, before make looks at any stamp
# inside it, and made again. Making it says in one line what to do when this Python
# cannot make one, or when the folder is read-only.
ifneq ($(wildcard $(VENV)),)
ifneq ($(shell [ -x $(BIN)/python ] && $(BIN)/python -m pip --version >/dev/null 2>&1 && echo ok),ok)
$(info make: $(VENV) is half-made (no working bin/python or pip); making it again)
$(shell rm -rf $(VENV))
endif
endif

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "make: cjdesigner needs Python 3.11 or newer as '$(PYTHON)'; install one and name it: make PYTHON=python3.12 $(MAKECMDGOALS)"; exit 1; }
	@touch .write-test 2>/dev/null && rm -f .write-test || { \
	  echo "make: $(CURDIR) is read-only, so $(VENV) cannot be made here; put the venv elsewhere: make VENV=$$HOME/.cache/cjdesigner-venv $(or $(MAKECMDGOALS),run)"; exit 1; }
	@$(PYTHON) -m venv $(VENV) >/dev/null 2>&1 && $(BIN)/python -m pip --version >/dev/null 2>&1 || { \
	  rm -rf $(VENV); \
	  echo "make: '$(PYTHON) -m venv' cannot make a virtual environment with pip (its venv/ensurepip module is missing); install it: sudo apt install python3-venv (Debian/Ubuntu), sudo dnf install python3 (Fedora)"; exit 1; }

venv: $(BIN)/python

# `make run` installs what running needs; `make test` adds the test tools. A stamp per set.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed-run

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $@ $(VENV)/.installed-test $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/python -m cjdesigner $(EXAMPLE)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check cjdesigner tests bench tools main.py
	$(BIN)/lint-imports
	$(BIN)/mypy

# the npm packages of the room's interoperability tests (yjs, y-websocket, the Yjs
# project's y-websocket server), from their lock file
NPM_TESTS := tests/room/js
$(NPM_TESTS)/node_modules/.package-lock.json: $(NPM_TESTS)/package-lock.json
	cd $(NPM_TESTS) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

npm-tests: $(NPM_TESTS)/node_modules/.package-lock.json

# the everyday suite, then the distribution tests (wheel, sdist, fresh venv, bundle)
test: lint npm-tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m dist

test-fast: lint npm-tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-dist: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m dist

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# the editor's translations: pyside6-lupdate extracts every translate() string of cjdesigner/
# into resources/translations/cjdesigner_LANG.ts (keeping what is translated), then
# pyside6-lrelease compiles them to the .qm files the editor loads; both are committed, and
# tests/ui/test_i18n_catalogue.py fails when either is behind the code
translations: $(VENV)/.installed-run
	$(BIN)/python -m tools.i18n all

# wheel + sdist in dist/, then the Linux bundle dist/cjdesigner/ and dist/cjdesigner-VERSION-linux-ARCH.tar.gz
dist: $(VENV)/.installed-test
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller $(SPEC)
	cd dist && tar -czf cjdesigner-$$(sed -n 's/^__version__ = "\(.*\)"/\1/p' ../cjdesigner/about.py)-linux-$$(uname -m).tar.gz cjdesigner

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
