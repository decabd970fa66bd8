"""Where :func:`hn4ir_analysis.views.plots.save_figure` writes when it is given no folder.

:data:`hn4ir_analysis.config.FIGURES_DIR`: the checkout's tracked ``figures/`` (what a
default run of a notebook saves: the README's figures), or the run folder's ``figures/`` in
a report run (``HN4IR_FIGURES_DIR``, set by ``hn4ir report`` for its kernels).

When that is the checkout's ``figures/`` and ``HN4IR_SAVE_FIGURES_DIR`` is set, figures go
into that folder instead. The test run sets it (``notebooks/conftest.py``), so that nbval's
re-execution of the stored notebooks never rewrites the tracked figures. Unlike
``HN4IR_FIGURES_DIR`` it turns on nothing else: the report's CSV downloads beside the
tables (:func:`hn4ir_analysis.views.notebook.table`) stay off, so the notebooks show what a
default run shows.
"""

from __future__ import annotations

import os
from pathlib import Path

from hn4ir_analysis import config

#: a folder for the figures a run would save into the checkout's ``figures/`` (tests)
SAVE_ENV = "HN4IR_SAVE_FIGURES_DIR"


def figures_dir() -> Path:
    """The folder :func:`~hn4ir_analysis.views.plots.save_figure` uses by default (module notes)."""
    other = os.environ.get(SAVE_ENV)
    if other and config.FIGURES_DIR == config.PROJECT_ROOT / "figures":
        return Path(other)
    return config.FIGURES_DIR
