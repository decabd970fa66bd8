# hn4ir-analysis — run `make` or `make help` for the list of targets.
# Every target creates .venv (Python 3.11) and installs the pinned versions on first use.

PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
KERNEL := hn4ir

# Some machines (this project's CI among them) set PYTHONDONTWRITEBYTECODE=1. Then every
# process (each pytest worker, each notebook kernel, each `hn4ir` run) compiles the package
# from source again and pytest rewrites every test file's asserts again: ~30 s of CPU per
# `make test`. The recipes run without it; __pycache__/ is ignored by git.
unexport PYTHONDONTWRITEBYTECODE

.DEFAULT_GOAL := help
.PHONY: help setup data backtest test test-fast lint format reports bench lock lab clean

help: ## List the targets (colour only on a terminal)
	@if [ -t 1 ]; then c='\033[36m'; r='\033[0m'; else c=''; r=''; fi; \
	awk -v c="$$c" -v r="$$r" 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %s%-10s%s %s\n", c, $$1, r, $$2}' $(MAKEFILE_LIST)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (hn4ir)" >/dev/null
	touch $(STAMP)

setup: $(STAMP) ## Create .venv, install pinned packages, register the "hn4ir" Jupyter kernel

data: $(STAMP) ## Rebuild data/processed/ from data/raw/ (checks the raw manifest first)
	$(VENV)/bin/hn4ir data

backtest: $(STAMP) ## Re-run the backtest into data/processed/backtest_*.csv (minutes; read by notebook 06)
	$(VENV)/bin/hn4ir backtest --out data/processed

reports: $(STAMP) ## Main job: data, then every notebook for 2025/2030/2045 into reports/latest/
	$(VENV)/bin/hn4ir data
	$(VENV)/bin/hn4ir report

# Two workers (pytest-xdist); --dist loadfile keeps each notebook's cells in one kernel.
XDIST := -n 2 --dist loadfile

test: $(STAMP) ## The canonical test command: unit tests + nbval on the stored notebooks
	$(VENV)/bin/pytest $(XDIST) --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

test-fast: $(STAMP) ## Unit tests only (no notebooks, no browser)
	$(VENV)/bin/pytest $(XDIST) tests -m "not slow and not browser" -q

lint: $(STAMP) ## ruff on the package, tests and notebooks
	$(VENV)/bin/ruff check hn4ir_analysis tests notebooks
	$(VENV)/bin/ruff format --check hn4ir_analysis tests

format: $(STAMP) ## Apply ruff's formatter and safe fixes
	$(VENV)/bin/ruff format hn4ir_analysis tests
	$(VENV)/bin/ruff check --fix hn4ir_analysis tests

bench: $(STAMP) ## Benchmarks: backtest accuracy, report-runner speed/memory, test-suite times
	$(PY) -m hn4ir_analysis.bench

lab: $(STAMP) ## Open JupyterLab on notebooks/ (kernel "Python (hn4ir)")
	$(VENV)/bin/jupyter lab notebooks/

lock: ## Re-pin requirements.lock from the current .venv (then update environment.yml)
	$(PY) -m pip freeze --exclude-editable | grep -v -E '^(pip|hn4ir)' > requirements.lock.new
	( head -2 requirements.lock; cat requirements.lock.new ) > requirements.lock.tmp && rm requirements.lock.new && mv requirements.lock.tmp requirements.lock

clean: ## Remove reports and caches (keeps .venv, data/raw and the committed data/processed)
	rm -rf reports .pytest_cache data/processed/.cache
