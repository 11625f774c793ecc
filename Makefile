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

.PHONY: run test test-qt68 lint translations update-translations bench bundle bundle-legacy bundle-smoke \
	clean

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

# The window's and the disc reader's tests on the Qt of the arm64 desks (6.8.0.2: the newest
# with manylinux_2_31 aarch64 wheels), laid over the development environment's 6.9.3.
QT68 := build/qt68
test-qt68: $(BIN)/.installed translations
	$(PY) -m pip install --quiet --no-deps --upgrade --target $(QT68) \
		PySide6-Essentials==6.8.0.2 shiboken6==6.8.0.2
	PYTHONPATH=$(QT68) QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/gui tests/disc

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

# The onedir bundle of build.spec (window + command line) from the development Python, then its
# checks and selftest. It needs the glibc of this machine (Debian 12: 2.36), so it is for
# Debian 12 / Ubuntu 22.04 class systems; the desks' bundle is bundle-legacy.
GLIBC_MAX ?= 2.36

bundle: $(BIN)/.installed translations
	rm -rf dist/intake-desk
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	$(PY) .ci/glibc_ceiling.py dist/intake-desk --max $(GLIBC_MAX) --max-glibcxx 3.4.25
	$(PY) .ci/bundle_contents.py dist/intake-desk
	INTAKE_DATA=build/selftest-data dist/intake-desk/intake selftest
	dist/intake-desk/intake --help >/dev/null  # imports every command's module

# The desks' bundle: Kylin V10 / UOS 20 and any x86_64 Linux with glibc >= 2.28, built here
# with a CPython compiled for glibc 2.28 by zig (.ci/legacy/, docs/BUNDLE.md). The first run
# builds Python (under 4 minutes on two cores, measured); later runs reuse it.
bundle-legacy: $(BIN)/.installed translations
	bash .ci/legacy/build-bundle.sh

# The desks' bundle run in a Debian 11 root (glibc 2.31, a desktop's libraries, no Python):
# selftest, verify, a register with a delivery and a printed sheet, the window's screenshot.
bundle-smoke: bundle-legacy
	bash .ci/bundle_smoke.sh dist/legacy/intake-desk

clean:
	rm -rf $(VENV) build dist
