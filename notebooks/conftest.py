"""pytest settings for the test run (``make test``), which runs nbval over these notebooks.

nbval re-executes every stored notebook with its default parameters, and a default run of a
notebook saves its figures (``plots.save_figure``) into the checkout's tracked ``figures/``.
The kernels of a test run must not rewrite tracked files: ``HN4IR_SAVE_FIGURES_DIR``
(:mod:`hn4ir_analysis.views.figure_files`) sends them into a temporary folder instead, for
the nbval kernels and every other kernel or command the test run starts (they inherit the
environment). The controller makes the folder, pytest-xdist workers inherit it, and the
controller removes it at the end, as ``tests/conftest.py`` does for the cache folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile

from hn4ir_analysis.views.figure_files import SAVE_ENV

if not os.environ.get("HN4IR_TEST_FIGURES_DIR"):
    os.environ["HN4IR_TEST_FIGURES_DIR"] = tempfile.mkdtemp(prefix="hn4ir-test-figures-")
os.environ[SAVE_ENV] = os.environ["HN4IR_TEST_FIGURES_DIR"]


def pytest_sessionfinish(session, exitstatus):
    """Remove the run's figures folder (the controller, or the only process, does it)."""
    if not hasattr(session.config, "workerinput"):
        shutil.rmtree(os.environ.pop("HN4IR_TEST_FIGURES_DIR"), ignore_errors=True)
