"""Shared fixtures: the validated raw data and processed tables, loaded once per session."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

# One BLAS thread per process. The pytest-xdist workers, and the commands and kernels they
# start, already use both cores; OpenBLAS's own threads on top of that spin while they
# wait and made the model fits (statsmodels' L-BFGS) several times slower. Results are the
# same bytes (checked: `hn4ir assess --format csv`, `hn4ir data`, a small backtest). Set
# before numpy is imported (OpenBLAS reads it when it loads); the workers inherit it.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

# Tests compute everything from the data of this run: the disk cache (hn4ir_analysis.cache)
# lives in a fresh folder per test run, shared by the pytest-xdist workers and the kernels
# and commands they start, so one assessment is computed once per run, never read from a
# cache an earlier run or the checkout left behind. tests/test_cache.py sets its own.
# The controller makes the folder; xdist workers inherit its environment and reuse it.
if not os.environ.get("HN4IR_TEST_CACHE_DIR"):
    os.environ["HN4IR_TEST_CACHE_DIR"] = tempfile.mkdtemp(prefix="hn4ir-test-cache-")
os.environ["HN4IR_CACHE_DIR"] = os.environ["HN4IR_TEST_CACHE_DIR"]
os.environ["HN4IR_NO_CACHE"] = "0"
# kernels started by tests (nbval, papermill) are headless: no interactive widgets
os.environ["HN4IR_HEADLESS"] = "1"

from hn4ir_analysis import config  # noqa: E402  (after the cache settings above)

# Results shared by the tests of one process (pytest-xdist worker), computed on first use.
# They are read, never changed: a test that edits data works on its own copy.


@pytest.fixture(scope="session")
def raw_data():
    """The shipped raw data, checksums verified."""
    from hn4ir_analysis.data.load import load_raw

    return load_raw(config.RAW_DIR)


@pytest.fixture(scope="session")
def shipped_build():
    """``processed.build()`` of the shipped raw data: what ``hn4ir data`` writes, as frames."""
    from hn4ir_analysis.data import processed

    return processed.build()


@pytest.fixture(scope="session")
def shipped_run(tmp_path_factory):
    """``processed.run`` of the shipped raw data (default raw folder) into an empty folder,
    as ``hn4ir data --out`` does: ``(folder, paths written)``."""
    from hn4ir_analysis.data import processed

    out = tmp_path_factory.mktemp("shipped") / "processed"
    return out, processed.run(None, out)


def pytest_sessionfinish(session, exitstatus):
    """Remove the run's cache folder (the controller, or the only process, does it)."""
    if not hasattr(session.config, "workerinput"):
        shutil.rmtree(os.environ.pop("HN4IR_TEST_CACHE_DIR"), ignore_errors=True)
