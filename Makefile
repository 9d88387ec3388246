# Two commands for a newcomer on a fresh Debian machine:
#   make serve   set everything up, build site and PDF, serve on http://127.0.0.1:8000
#   make test    set everything up, build, run the whole test suite
# Everything is installed from this repository's own files: Debian packages via apt-get,
# Python packages from the hash-locked requirements.txt into .venv.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages: a browser for the tests, poppler for reading the PDF, git for dates,
# pango and an open font with full Swedish coverage for WeasyPrint's PDF, Java for the W3C HTML checker.
# faketime: the same-bytes test's second build runs with the clock 400 days on.
APT_PACKAGES := chromium poppler-utils git libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core default-jre-headless \
  faketime
# npm for the browser libraries the site publishes (package-lock.json): Debian's, unless the machine
# already has an npm (Node.js's own npm and Debian's package cannot be installed side by side).
APT_IF_NO_COMMAND := npm
# LibreOffice's word processor, without a screen or its recommended extras: the tests open the templates in it.
APT_LEAN := libreoffice-writer-nogui
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
# The same bytes from every build of a commit: dates come from the commit, not the clock
# (MkDocs, pandoc, the PDF and the zip read it; the plugin sets it too when it is missing).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.PHONY: help setup system python node checker check layers granskning lankar checked build site serve test bench lock clean

help:
	@echo "make check   kontrollera alla data- och textfiler på några sekunder, utan att bygga"
	@echo "make granskning  lista sidor som ska granskas och passerade datum (fel om det finns något)"
	@echo "make lankar  kontrollera att källornas webbadresser svarar (behöver internet)"
	@echo "make serve   bygg webbplats och PDF och visa dem på http://127.0.0.1:8000"
	@echo "make test    bygg och kör alla tester"
	@echo "make build   bygg webbplats och PDF till site/"
	@echo "make bench   mät hastighet och storlek"

setup: system python node

# Install the Debian packages that are missing (as root, or through sudo).
system:
	@missing=""; lean=""; \
	for pkg in $(APT_PACKAGES); do dpkg -s "$$pkg" >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	for pkg in $(APT_LEAN); do dpkg -s "$$pkg" >/dev/null 2>&1 || lean="$$lean $$pkg"; done; \
	for cmd in $(APT_IF_NO_COMMAND); do command -v "$$cmd" >/dev/null 2>&1 || missing="$$missing $$cmd"; done; \
	$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing$$lean" ]; then \
	  echo "Installerar Debian-paket:$$missing$$lean"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo"; \
	  export DEBIAN_FRONTEND=noninteractive; $$sudo apt-get update -qq || exit 1; \
	  if [ -n "$$missing" ]; then $$sudo apt-get install -y -qq $$missing || exit 1; fi; \
	  if [ -n "$$lean" ]; then $$sudo apt-get install -y -qq --no-install-recommends $$lean || exit 1; fi; \
	fi
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 eller senare behövs")'

python: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Er plan's Word and OpenDocument libraries, exactly as package-lock.json locks them (the build
# copies them into the site after a SHA-256 check: handbok/documents/browser_libraries.py).
node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent

# The W3C HTML checker (vnu-jar) and Lighthouse, as bench/package-lock.json locks them: `make test`
# runs the checker over the built site (a plain pytest installs them itself when they are missing).
checker: bench/node_modules/.package-lock.json

bench/node_modules/.package-lock.json: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --silent --ignore-scripts

# The editor's first command after a change: every check of data and text, no site build.
check: python
	$(BIN)/python -m handbok check

# The layers of handbok/ run in one direction, and the core never imports MkDocs (contracts in pyproject.toml).
layers: python
	$(BIN)/lint-imports

# Pages past their review date; fails when there is any (the weekly workflow runs it).
granskning: python
	$(BIN)/python -m handbok granskning

# Do the sources' web addresses still answer? Needs the internet (the weekly workflow runs it).
lankar: python
	$(BIN)/python -m handbok lankar

# Byte-compile our own code once (bytecode writing is off above): every build imports it.
# The check runs first, so a mistake is reported in Swedish before MkDocs starts.
checked: setup
	$(BIN)/python -m compileall -q handbok macros.py
	$(BIN)/python -m handbok check

# The generator HANDBOK_GENERATOR names (mkdocs, or properdocs: see handbok/mkdocs/generator.py).
GENERATOR := $(or $(HANDBOK_GENERATOR),mkdocs)
site: checked
	$(BIN)/python -m $(GENERATOR) build --strict

build: site

serve: build
	$(BIN)/python -m $(GENERATOR) serve --strict --dev-addr 127.0.0.1:8000

# Every core (pytest-xdist). Tests go to whichever worker is free, except a module marked with an
# xdist_group (its module-scoped fixtures are made once). The tests read the site built a moment ago
# (HANDBOK_BUILT_SITE), and compare it with a second build of the same tree (HANDBOK_SECOND_SITE): in
# another folder and with the clock 400 days on, so that a path or a time that leaked into the output
# shows. The second build runs beside the first, on the core that one leaves idle. (A plain `pytest`
# makes both builds itself.)
SECOND_SITE := .cache/second-site
test: checked layers checker
	rm -rf $(SECOND_SITE) && mkdir -p .cache
	faketime -f +400d $(BIN)/python -m $(GENERATOR) build --strict --quiet --site-dir $(SECOND_SITE) \
	  > $(SECOND_SITE).log 2>&1 & second=$$!; \
	$(BIN)/python -m $(GENERATOR) build --strict; \
	wait $$second || { cat $(SECOND_SITE).log; exit 1; }
	HANDBOK_BUILT_SITE=$(CURDIR)/site HANDBOK_SECOND_SITE=$(CURDIR)/$(SECOND_SITE) \
	  $(BIN)/python -m pytest -n auto --dist loadgroup

# Lighthouse comes from npm (bench/package-lock.json) and drives Debian's chromium.
bench: build
	@if command -v npm >/dev/null; then npm ci --prefix bench --no-audit --no-fund --silent; \
	else echo "npm saknas: Lighthouse mäts inte (apt-get install npm)"; fi
	$(BIN)/python bench/run.py

# Re-lock requirements.txt from requirements.in, and the ProperDocs and Zensical jobs' own
# files (needs network access to PyPI).
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile requirements.in --generate-hashes --python-version 3.11 \
	  --index-url https://pypi.org/simple --no-header --output-file requirements.txt
	$(BIN)/uv pip compile requirements-properdocs.in --generate-hashes --python-version 3.11 \
	  --index-url https://pypi.org/simple --no-header --output-file requirements-properdocs.txt
	$(BIN)/uv pip compile pyproject.toml requirements-zensical.in --generate-hashes --python-version 3.11 \
	  --index-url https://pypi.org/simple --no-header --output-file requirements-zensical.txt

clean:
	rm -rf site .pytest_cache node_modules bench/node_modules .cache
