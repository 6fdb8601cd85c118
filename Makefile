# Mining Loss Monitor — developer commands (Debian 12 / Ubuntu; QGIS from the distribution).
SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SCALE_VENV := .venv-scale
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-gdal python3-scipy python3-matplotlib \
	python3-venv xvfb qttools5-dev-tools pyqt5-dev-tools fonts-open-sans poppler-utils
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: help deps venv scale-env test test-core demo demo-same package install-dev translations bench lint sample screenshots clean qt6-sweep qt6-check

help:
	@echo "make demo        run the detection on the embedded sample through qgis_process (writes demo_output/)"
	@echo "make test        run the test suite"
	@echo "make scale-env   .venv-scale: Dask for scripts/batch/batch.py (many tiles on a cluster; the plugin needs none)"
	@echo "make demo-same REV=<rev>  the demo's outputs identical at REV and in this tree"
	@echo "make bench       benchmarks against gdal_calc.py and QGIS zonal tools (not a test; minutes)"
	@echo "make screenshots the real QGIS desktop under Xvfb: the dock (docs/qgis_timeline_dock.png) and, in Spanish,"
	@echo "                 the user guide's screenshots (docs/img: demo project, dialogs, dock, reports)"
	@echo "make package     release zip from committed files (dist/)"
	@echo "make install-dev link this checkout into your QGIS profile"
	@echo "make qt6-sweep   rewrite the code for QGIS 4 (scoped enums, exec, QMetaType); idempotent"
	@echo "make qt6-check   nothing left to sweep; QGIS's pyqt5_to_pyqt6 checker and the widgets under PyQt6"
	@echo "make translations refresh i18n/*.ts from the sources and compile the .qm"

# Install QGIS and tools from the distribution when missing.
deps:
	@if ! command -v qgis_process.bin >/dev/null 2>&1 || ! $(SYSTEM_PYTHON) -c "import qgis.core, scipy, matplotlib" >/dev/null 2>&1 \
		|| ! command -v lrelease >/dev/null 2>&1 || ! command -v xvfb-run >/dev/null 2>&1 \
		|| ! fc-list : family 2>/dev/null | grep -qi "open sans" || ! command -v pdftotext >/dev/null 2>&1; then \
		echo "Installing QGIS and tools from the distribution's packages..."; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(DEBIAN_PACKAGES); \
	fi

$(VENV)/.installed: requirements-dev.txt
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

venv: deps $(VENV)/.installed

# Dask for scripts/batch/batch.py, on the system Python so Debian's GDAL, numpy and scipy are the ones used
# (numpy pinned to the system's: a newer wheel would break Debian's GDAL and scipy bindings).
$(SCALE_VENV)/.installed: requirements-scale.txt
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(SCALE_VENV)
	echo "numpy==$$($(SYSTEM_PYTHON) -c 'import numpy; print(numpy.__version__)')" > $(SCALE_VENV)/constraints.txt
	$(SCALE_VENV)/bin/python -m pip install -q -r requirements-scale.txt -c $(SCALE_VENV)/constraints.txt
	$(SCALE_VENV)/bin/python -c "import distributed, numpy, osgeo.gdal, scipy.ndimage"
	touch $@

scale-env: deps $(SCALE_VENV)/.installed

test: venv scale-env
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests

test-core: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/*/test_core_*.py

lint: venv
	$(PY) -m ruff check .

# QGIS 4 (Qt6): rewrite unscoped enums, exec_, QVariant types, QWheelEvent.pos() (idempotent; run after merges)
qt6-sweep: deps
	$(SYSTEM_PYTHON) scripts/docs/qt6_sweep.py

# Nothing left to sweep, then QGIS's own checker on the release zip (QGIS_PYQT6_CHECKER or QGIS_SOURCE) and the
# widgets under PyQt6 (tests/project/test_qt6.py; they skip, saying why, where the tools are missing)
qt6-check: venv
	$(SYSTEM_PYTHON) scripts/docs/qt6_sweep.py --check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -rs tests/project/test_qt6.py

demo: deps
	$(SYSTEM_PYTHON) scripts/demo/demo.py demo_output

# The demo's outputs through qgis_process, identical at REV and in this tree (a refactoring changes nothing).
REV ?= HEAD
demo-same: deps
	$(SYSTEM_PYTHON) scripts/demo/demo_same.py $(REV)

screenshots: demo
	$(SYSTEM_PYTHON) scripts/docs/screenshots.py docs

bench: deps scale-env
	$(SYSTEM_PYTHON) scripts/bench/bench.py bench_output
	$(SCALE_VENV)/bin/python scripts/bench/bench_cluster.py bench_output

sample:
	$(SYSTEM_PYTHON) scripts/demo/simulate_s2.py sample
	$(SYSTEM_PYTHON) -m scripts.demo.simulate_s1 .

translations: deps
	pylupdate5 -noobsolete $$(git ls-files '*.py' | grep -v -e '^tests/' -e '^scripts/') scripts/demo/make_project.py -ts i18n/mining_loss_monitor_es.ts
	lrelease i18n/mining_loss_monitor_es.ts -qm i18n/mining_loss_monitor_es.qm

# The zip the QGIS plugin repository expects, from committed files; .gitattributes export-ignore keeps tests,
# scripts, CI and dev files out (tests/project/test_package.py lists it).
DIST ?= dist
package:
	mkdir -p $(DIST)
	git archive --format=zip --prefix=mining_loss_monitor/ -o $(DIST)/mining_loss_monitor-$(VERSION).zip HEAD
	@echo "$(DIST)/mining_loss_monitor-$(VERSION).zip"

install-dev:
	mkdir -p "$(QGIS_PLUGINS_DIR)"
	ln -sfn "$(CURDIR)" "$(QGIS_PLUGINS_DIR)/mining_loss_monitor"
	@echo "Linked into $(QGIS_PLUGINS_DIR); enable 'Mining Loss Monitor' in QGIS's Plugins dialog."

clean:
	rm -rf demo_output bench_output dist .pytest_cache
