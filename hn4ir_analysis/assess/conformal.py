"""Conformal widening factors fitted on the backtest errors (split conformal, province-out).

The rolling-origin backtest (:mod:`hn4ir_analysis.assess.backtest`) shows that the chosen
model's nominal 80% intervals are too narrow on the GSO provincial panels. This module
turns those out-of-sample errors into one scale factor per series class and horizon;
:mod:`hn4ir_analysis.assess.calibration` applies the factors in effect to a
:class:`~hn4ir_analysis.assess.trends.TrendResult`.

Notes
-----
Method: split-conformal prediction with a normalised score (Lei et al. 2018, *JASA* 113,
"Distribution-free predictive inference for regression"; Angelopoulos & Bates 2023,
*Found. Trends ML* 16, §2.3 "normalised/scaled scores"). For a forecast ``f`` with interval
``[l, u]`` and outcome ``y``, on the model's scale (log for the panels) the score is

    s = (ln y - ln f) / (ln u - ln f)   if y >= f,   else   (ln f - ln y) / (ln f - ln l),

so ``s <= 1`` exactly when the interval covers ``y``. The factor ``k`` for a class and
horizon is the conformal quantile of the scores of the calibration cells: the
``ceil((n + 1) * 0.8)``-th smallest of ``n``. Widening every half-width by ``k`` on the
model's scale (``f + k (u - f)``, ``f - k (f - l)``; paths ``f + k (path - f)``) then covers
a new exchangeable cell with probability >= 80%.

Calibration data: the panel cells (scope ``panel``, model ``selected``) of
``data/processed/backtest_errors.csv``: GSO provincial panels of the real GRDP index,
average population and labour force, 62 provinces, Hanoi excluded. Hanoi's own cells are
never used to fit, so they are a second held-out check.

Held-out measurement (:func:`cross_fit`): provinces are split into :data:`N_FOLDS` folds
(sorted codes, round robin); the factors applied to a fold are fitted on the other folds
only, so no cell is ever calibrated on itself, and ``covered_cal`` in the backtest table
is measured on provinces left out. Folds share calendar years: a common shock (e.g. 2020)
is in both parts, so this is not an out-of-time test. That test, and the factors the
assessment uses (``backtest_calibration.csv``), come from
:mod:`hn4ir_analysis.assess.calibration_oot` (same scores and quantiles, errors known at
each origin only, adaptive level, horizons beyond the data extrapolated); :func:`fit_factors`
is the province-out fit.

Classes: ``growth_index`` (real GRDP index), ``population``, ``labour_force`` have their
own panel. ``per_capita`` (GRDP or productivity per head) borrows ``growth_index``: per
head errors are GRDP errors plus population errors two orders smaller. ``share`` (logit
scale) and any other series borrow ``pooled`` (all panel cells, each class weighted
equally). A horizon beyond the last with :data:`MIN_CELLS` cells keeps that horizon's
factor here (the out-of-time table extrapolates it instead).

How to read: a factor of 2 at horizon 3 means the model's three-year-ahead 80% interval
had to be twice as wide (on its own scale) to hold 80% of the held-out outcomes.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

FILE_NAME = "backtest_calibration.csv"
NOMINAL = 0.8
N_FOLDS = 5
#: fewest calibration cells for a class × horizon to get its own factor
MIN_CELLS = 30
#: backtest panel -> series class
PANEL_CLASS = {
    "grdp_real_index": "growth_index",
    "population_avg": "population",
    "labour_force": "labour_force",
}
#: assessment series -> class (transform "logit" is always "share")
SERIES_CLASS = {
    "grdp_real_index": "growth_index",
    "grdp_current_prices": "growth_index",
    "population_avg": "population",
    "population": "population",
    "labour_force": "labour_force",
    "grdp_per_capita_usd": "per_capita",
    "grdp_per_capita_vnd": "per_capita",
    "labour_productivity_vnd": "per_capita",
}
#: classes without a panel of their own, and the class whose factors they use
BORROWS = {"per_capita": "growth_index", "share": "pooled", "other": "pooled"}
COLUMNS = ["series_class", "horizon", "factor", "n_cells", "source_class", "calibration_data"]
DATA_NOTE = "GSO provincial panels (real GRDP index, avg population, labour force), 62 provinces"


def series_class(series: str, transform: str) -> str:
    """The calibration class of an assessed series (see module Notes)."""
    if transform == "logit":
        return "share"
    return SERIES_CLASS.get(series, "other")


def scores(forecast, lower, upper, actual) -> np.ndarray:
    """Signed normalised score on the log scale: ``|s| <= 1`` iff ``lower <= actual <= upper``."""
    lf, ll, lu, la = (np.log(np.asarray(a, dtype=float)) for a in (forecast, lower, upper, actual))
    d = la - lf
    with np.errstate(divide="ignore", invalid="ignore"):
        up = np.where(lu > lf, d / (lu - lf), np.where(d > 0, np.inf, 0.0))
        down = np.where(lf > ll, d / (lf - ll), np.where(d < 0, -np.inf, 0.0))
    return np.where(d >= 0, up, down)


def conformal_factor(abs_scores, nominal: float = NOMINAL) -> float:
    """The ``ceil((n+1)·nominal)``-th smallest score (inf if ``n`` is too small)."""
    s = np.sort(np.asarray(abs_scores, dtype=float))
    n = len(s)
    rank = math.ceil((n + 1) * nominal)
    return float(s[rank - 1]) if 0 < rank <= n else math.inf


def _panel_cells(errors: pd.DataFrame) -> pd.DataFrame:
    cells = errors[(errors["scope"] == "panel") & (errors["model"] == "selected")].copy()
    cells["series_class"] = cells["panel"].map(PANEL_CLASS).fillna("other")
    cells["score"] = scores(cells["forecast"], cells["lower"], cells["upper"], cells["actual"])
    return cells


def _pooled_factor(cells: pd.DataFrame, nominal: float) -> float:
    """Conformal quantile with each class weighted equally (weighted empirical quantile)."""
    a = cells["score"].abs().to_numpy()
    w = 1.0 / cells.groupby("series_class")["score"].transform("size").to_numpy()
    order = np.argsort(a, kind="mergesort")
    cum = np.cumsum(w[order]) / w.sum()
    return float(a[order][np.searchsorted(cum, nominal * (1 + 1 / len(a)) - 1e-12)])


def fit_factors(errors: pd.DataFrame, nominal: float = NOMINAL) -> pd.DataFrame:
    """Factors per class × horizon (1–5) from the panel cells of ``errors`` (columns :data:`COLUMNS`)."""
    cells = errors if "score" in errors else _panel_cells(errors)
    rows = []
    for cls in [*sorted(set(cells["series_class"])), "pooled"]:
        last = None  # (factor, cells, source) of the last horizon with enough cells
        for h in range(1, 6):
            sub = cells[cells["horizon"] == h]
            sub = sub if cls == "pooled" else sub[sub["series_class"] == cls]
            if len(sub) >= MIN_CELLS:
                a = sub["score"].abs()
                k = (
                    _pooled_factor(sub, nominal)
                    if cls == "pooled"
                    else conformal_factor(a, nominal)
                )
                last = (k, len(sub), f"{cls} h{h}")
            if last is not None:
                rows.append((cls, h, *last))
    for cls, src in BORROWS.items():
        rows += [(cls, h, k, n, src) for c, h, k, n, _ in rows if c == src]
    table = pd.DataFrame(rows, columns=COLUMNS[:-1]).assign(calibration_data=DATA_NOTE)
    return table.sort_values(["series_class", "horizon"], kind="mergesort").reset_index(drop=True)


def folds(geos) -> dict[str, int]:
    """Deterministic fold of each province: sorted codes dealt round robin."""
    return {g: i % N_FOLDS for i, g in enumerate(sorted(set(geos)))}


def widen(forecast, lower, upper, k) -> tuple[np.ndarray, np.ndarray]:
    """Interval with each half-width multiplied by ``k`` on the log scale."""
    lf, ll, lu = (np.log(np.asarray(a, dtype=float)) for a in (forecast, lower, upper))
    k = np.asarray(k, dtype=float)
    return np.exp(lf - k * (lf - ll)), np.exp(lf + k * (lu - lf))


def write_widened(out: pd.DataFrame, factor: pd.Series, suffix: str) -> None:
    """Write ``lower_<suffix>``, ``upper_<suffix>`` (the cell's interval widened by its
    ``factor``) and ``covered_<suffix>`` (the outcome inside it) into ``out``, in place;
    empty (NA) where a cell has no factor."""
    sel = factor.notna()
    lo, hi = widen(
        out.loc[sel, "forecast"], out.loc[sel, "lower"], out.loc[sel, "upper"], factor[sel]
    )
    lower, upper = f"lower_{suffix}", f"upper_{suffix}"
    out[lower], out[upper] = np.nan, np.nan
    out.loc[sel, lower], out.loc[sel, upper] = lo, hi
    cov = (out[lower] <= out["actual"]) & (out["actual"] <= out[upper])
    out[f"covered_{suffix}"] = pd.array(
        [bool(c) if s else pd.NA for c, s in zip(cov, sel, strict=True)], dtype="boolean"
    )


def _lookup(table: pd.DataFrame, classes, horizons) -> np.ndarray:
    f = table.set_index(["series_class", "horizon"])["factor"]
    hmax = table.groupby("series_class")["horizon"].max()
    out = [
        f.get((c, min(int(h), int(hmax.get(c, 5)))), np.nan)
        for c, h in zip(classes, horizons, strict=True)
    ]
    return np.asarray(out, dtype=float)


def cross_fit(errors: pd.DataFrame, nominal: float = NOMINAL) -> pd.DataFrame:
    """``errors`` with ``fold``, ``factor``, ``lower_cal``, ``upper_cal``, ``covered_cal``, ``pit``, ``pit_cal``.

    Panel cells of the selected model get factors fitted on the other folds' provinces
    (see module Notes); Hanoi's cells get the factors fitted on every province. Other
    models' rows are left without calibrated columns (NaN / missing).
    """
    out = errors.copy()
    cells = _panel_cells(errors)
    fold_of = folds(cells["geo"])
    cells["fold"] = cells["geo"].map(fold_of)
    factor = pd.Series(np.nan, index=out.index)
    fold = pd.Series(pd.NA, index=out.index, dtype="Int64")
    for f in range(N_FOLDS):
        test = cells[cells["fold"] == f]
        table = fit_factors(cells[cells["fold"] != f], nominal)
        factor[test.index] = _lookup(table, test["series_class"], test["horizon"])
        fold[test.index] = f
    hanoi = out[(out["scope"] == "hanoi") & (out["model"] == "selected")]
    if len(hanoi):
        full = fit_factors(cells, nominal)
        factor[hanoi.index] = _lookup(
            full, hanoi["panel"].map(PANEL_CLASS).fillna("other"), hanoi["horizon"]
        )
    out["fold"] = fold
    out["factor"] = factor
    write_widened(out, factor, "cal")
    s = scores(out["forecast"], out["lower"], out["upper"], out["actual"])
    out["pit"] = np.where(out["model"] == "selected", pit(s, 1.0), np.nan)
    out["pit_cal"] = np.where(factor.notna(), pit(s, factor.to_numpy()), np.nan)
    return out


def pit(score, k=1.0) -> np.ndarray:
    """PIT of the outcome under a two-piece normal matched to the (widened) interval.

    Each half of the predictive distribution is taken as normal with the 10%/90% quantile
    at the interval's bound: PIT = Φ(z₀.₉ · s / k). Only the interval is stored, not the
    paths, hence the approximation; a calibrated forecast gives a flat histogram.
    """
    from scipy.stats import norm

    z = norm.ppf(0.5 + NOMINAL / 2)
    return norm.cdf(z * np.asarray(score, dtype=float) / np.asarray(k, dtype=float))


def coverage_table(calibrated: pd.DataFrame) -> pd.DataFrame:
    """Nominal-80% coverage before/after calibration of the selected model, by scope × class × horizon.

    Rows with horizon "all" are the totals; panel rows are held-out provinces.
    """
    sel = calibrated[(calibrated["model"] == "selected") & calibrated["covered_cal"].notna()].copy()
    sel["series_class"] = sel["panel"].map(PANEL_CLASS).fillna("other")
    sel["covered_cal"] = sel["covered_cal"].astype(bool)
    parts = []
    for keys, extra in ((["scope", "series_class", "horizon"], {}), (["scope", "series_class"], {"horizon": "all"}),
                        (["scope"], {"series_class": "all", "horizon": "all"})):  # fmt: skip
        g = sel.groupby(keys)
        t = pd.DataFrame(
            {
                "n": g.size(),
                "coverage_raw": g["covered"].mean(),
                "coverage_cal": g["covered_cal"].mean(),
            }
        )
        parts.append(t.reset_index().assign(**extra))
    table = pd.concat(parts, ignore_index=True)
    table["horizon"] = table["horizon"].astype(str)
    return table[["scope", "series_class", "horizon", "n", "coverage_raw", "coverage_cal"]].sort_values(
        ["scope", "series_class", "horizon"], kind="mergesort").reset_index(drop=True)  # fmt: skip
