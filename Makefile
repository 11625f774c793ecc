# Intake Desk: `make run` sets up .venv and starts the program; `make test` sets up and tests.
PYTHON ?= python3
VENV ?= .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PY := $(BIN)/python
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint translations update-translations bench bundle clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

resources/translations/%.qm: resources/translations/%.ts $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(BIN)/.installed translations
	$(PY) -m app

lint: $(BIN)/.installed
	$(PY) -m ruff check app tests bench

test: $(BIN)/.installed translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-slow: $(BIN)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow

# Re-read the source strings into the .ts catalogue (translators then fill them in).
update-translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find app -name '*.py' | sort) -ts resources/translations/intake_zh_CN.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/intake_zh_CN.ts -qm resources/translations/intake_zh_CN.qm

bench: $(BIN)/.installed
	$(PY) bench/ingest.py
	$(PY) bench/imaging.py
	$(PY) bench/checks.py
	$(PY) bench/seals.py
	$(PY) bench/register.py
	$(PY) bench/startup.py

# The onedir bundle of build.spec (window + command line), then its own selftest.
# The glibc the bundle may need at most. This builder is Debian 12 (glibc 2.36, its libpython
# and libstdc++); a bundle for Kylin V10 / UOS 20 is built on a glibc 2.28 system with
# GLIBC_MAX=2.28 (docs/BUNDLE.md). Raise it only on purpose.
GLIBC_MAX ?= 2.36

bundle: $(BIN)/.installed translations
	rm -rf dist/intake-desk
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	$(PY) .ci/glibc_ceiling.py dist/intake-desk --max $(GLIBC_MAX)
	@! find dist/intake-desk -name 'libQt6Network*' | grep . || \
		(echo "the bundle carries QtNetwork" >&2; false)
	INTAKE_DATA=build/selftest-data dist/intake-desk/intake selftest
	dist/intake-desk/intake --help >/dev/null  # imports every command's module

clean:
	rm -rf $(VENV) build dist
