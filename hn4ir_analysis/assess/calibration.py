"""Calibrated predictive distributions: the factors in effect and their use in the assessment.

The rolling-origin backtest (:mod:`hn4ir_analysis.assess.backtest`) shows that the chosen
model's nominal 80% intervals are too narrow on the GSO provincial panels. The scale
factors per series class and horizon are fitted in :mod:`hn4ir_analysis.assess.conformal`
(province-out) and :mod:`hn4ir_analysis.assess.calibration_oot` (out of time, the table
the assessment reads); this module holds the table in effect and applies it to a
:class:`~hn4ir_analysis.assess.trends.TrendResult`. The fitting names are re-exported here.

Notes
-----
Method: split-conformal prediction with a normalised score (Lei et al. 2018, *JASA* 113;
Angelopoulos & Bates 2023, *Found. Trends ML* 16, §2.3); see :mod:`conformal` for the
score, the quantile and the classes. The table in effect is an override (:class:`using`,
``hn4ir backtest`` replays with the factors it just fitted), else
``data/processed/backtest_calibration.csv``, else none (the fit is returned unwidened and
the note says so). Widening every half-width by ``k`` on the model's scale
(``f + k (u - f)``, ``f - k (f - l)``; paths ``f + k (path - f)``) covers a new
exchangeable cell with probability >= 80%. Calibration data: GSO provincial panels of the
real GRDP index, average population and labour force, 62 provinces, Hanoi excluded.

How to read: a factor of 2 at horizon 3 means the model's three-year-ahead 80% interval
had to be twice as wide (on its own scale) to hold 80% of the held-out outcomes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess.conformal import (  # noqa: F401 (re-exported: callers, tests)
    BORROWS,
    COLUMNS,
    DATA_NOTE,
    FILE_NAME,
    MIN_CELLS,
    N_FOLDS,
    NOMINAL,
    PANEL_CLASS,
    SERIES_CLASS,
    _lookup,
    _panel_cells,
    _pooled_factor,
    conformal_factor,
    coverage_table,
    cross_fit,
    fit_factors,
    folds,
    pit,
    scores,
    series_class,
    widen,
)

# --- the factors the assessment uses ---------------------------------------------------

_OVERRIDE: list[pd.DataFrame] = []


def path() -> Path:
    return config.PROCESSED_DIR / FILE_NAME


def active() -> pd.DataFrame | None:
    """The factor table in effect: an override (:func:`using`), else the processed file, else None."""
    if _OVERRIDE:
        return _OVERRIDE[-1]
    p = path()
    if not p.exists():
        return None
    return pd.read_csv(p)


class using:
    """Context manager: make ``table`` the active calibration (``hn4ir backtest`` replays with it)."""

    def __init__(self, table: pd.DataFrame | None):
        self.table = table

    def __enter__(self):
        _OVERRIDE.append(self.table)
        return self.table

    def __exit__(self, *exc):
        _OVERRIDE.pop()


def fingerprint() -> str:
    """A hash of the active factors (part of the assessment's cache key)."""
    table = active()
    if table is None:
        return "uncalibrated"
    text = table.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def factors_for(cls: str, horizons, table: pd.DataFrame | None = None) -> np.ndarray | None:
    """Factors for ``horizons`` of class ``cls`` (beyond the table: its last horizon), or None."""
    table = active() if table is None else table
    if table is None:
        return None
    sub = table[table["series_class"] == cls]
    if sub.empty:
        sub = table[table["series_class"] == "pooled"]
    if sub.empty:
        return None
    by_h = dict(zip(sub["horizon"].astype(int), sub["factor"].astype(float), strict=True))
    hmax, hmin = max(by_h), min(by_h)
    return np.array([by_h[min(max(int(h), hmin), hmax)] for h in horizons], dtype=float)


def apply(fit, series: str, transform: str) -> tuple:
    """``fit`` (a TrendResult) widened by the active factors of its series class, and a note.

    Used by the assessment's model row and by every chart of the model's projection, so
    that ``p_met``, the interval and the fan come from one calibrated distribution. With
    no factor table (``hn4ir backtest`` not run) the fit is returned as it is and the note
    says so. ``fit`` may be None (no model): returned unchanged.
    """
    from hn4ir_analysis.assess import trends

    if fit is None or not fit.ok:
        return fit, ""
    cls = series_class(series, transform)
    horizons = fit.years - fit.last_year
    factors = factors_for(cls, horizons)
    if factors is None:
        return (
            fit,
            f"Uncalibrated: no {FILE_NAME} (run hn4ir backtest); intervals may be too narrow.",
        )
    from hn4ir_analysis.assess.calibration_notes import horizon_note

    note = (f"p_met and interval from the calibrated predictive distribution: spread x{factors[-1]:.2f} at "
            f"horizon {int(horizons[-1])} (conformal factor, class {cls}, calibrated out of time; calibration "
            f"data: {DATA_NOTE}; coverage in backtest_errors.csv). "
            f"{horizon_note(active(), cls, int(horizons[-1]))}").strip()  # fmt: skip
    return trends.calibrate(fit, factors, f"class {cls}, fitted on {DATA_NOTE}"), note
