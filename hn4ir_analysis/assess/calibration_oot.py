"""Out-of-time calibration: each forecast widened only with errors known at its origin.

The leave-province-out check of :mod:`hn4ir_analysis.assess.conformal` shares calendar
years between the fitted and the tested provinces, so a common shock is calibrated on
itself. Here a cell forecast at origin ``o`` is calibrated only with cells whose outcome
year is ``<= o`` (all provinces), as a forecaster at ``o`` could have done.

Notes
-----
Method, per series class ``c`` and horizon ``h`` (scores as in
:func:`conformal.scores`, on the panel cells of the selected model):

1. **Conformal quantile at an adaptive level** (adaptive conformal inference, Gibbs &
   Candès 2021, *NeurIPS* 34, "Adaptive conformal inference under distribution shift").
   The factor is the ``ceil((n+1)·q)``-th smallest known score of ``c × h``; the level
   ``q`` starts at 0.8 and, each time a batch of its own earlier forecasts is resolved
   (outcome year = the current origin), moves by ``GAMMA × (miss rate - 0.2)``, clipped
   to [:data:`LEVEL_MIN`, :data:`LEVEL_MAX`]: a class that missed more than 20% last
   time is widened, one that missed less is narrowed. The level is one per class (all
   horizons' resolved cells in one batch): per class × horizon it swung from 0.5 to 0.99
   on a handful of batches.
2. **Horizons borrowed**: a horizon with fewer than :data:`conformal.MIN_CELLS` known
   cells takes the factor of the class's last horizon ``hl`` that has them, times the
   larger of ``(h/hl)^BETA`` and the mean growth ``k(h)/k(hl)`` of the classes whose
   longer series do have ``h`` (labour force 2007–2020 and population 2011–2024 reach
   horizon 5; the GRDP index 2018–2025 only 3). ``BETA = 1`` (errors of a drift growing
   linearly with the horizon, intervals of a random walk with ``sqrt(h)``, hence
   ``h^0.5`` at least; the panels' own factors grow roughly like ``h^0.3``–``h^0.9``).
3. A class with no known cells of its own at a horizon borrows the pooled factor of all
   classes (each class weighted equally), as in :mod:`conformal`.

The parameters (``GAMMA = 1``, ``BETA = 1``, level bounds 0.6–0.95) were chosen after
looking at the out-of-time coverage of a small grid (``GAMMA`` 0–1, ``BETA`` 0.5–1, bounds
0.5/0.6/0.7–0.95/0.99), so the coverage reported is mildly optimistic; :func:`grid`
(printed by ``make bench``) shows how much it moves. Without adaptation (``GAMMA = 0``)
population, whose provincial errors jumped in 2020–21, is covered about 0.67–0.70.

The factor table the assessment reads (:func:`fit_factors`) is this method at the
origin after the last outcome year: every error known, levels after every update.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from hn4ir_analysis import cache
from hn4ir_analysis.assess import conformal

GAMMA = 1.0
BETA = 1.0
LEVEL_MIN, LEVEL_MAX = 0.6, 0.95
OOT_NOTE = "out-of-time (errors known at each origin), adaptive level, horizons borrowed"


def _quantile(abs_scores: np.ndarray, level: float) -> float:
    s = np.sort(abs_scores)
    n = len(s)
    if n == 0:
        return math.nan
    return float(s[min(math.ceil((n + 1) * level), n) - 1])


def _factors_at(known: pd.DataFrame, level: dict, beta: float, classes) -> dict:
    """Factor and its source per (class, horizon 1–5) from the ``known`` cells."""
    out: dict = {}
    enough = {(c, h): g["a"].to_numpy() for (c, h), g in known.groupby(["series_class", "horizon"])
              if len(g) >= conformal.MIN_CELLS}  # fmt: skip
    at80 = {key: _quantile(a, conformal.NOMINAL) for key, a in enough.items()}
    for c in classes:
        own = sorted(h for (cc, h) in enough if cc == c)
        for h in range(1, 6):
            if h in own:
                out[(c, h)] = (_quantile(enough[(c, h)], level.get(c, 0.8)), f"{c} h{h}")
            elif own and own[-1] < h:
                hl = own[-1]
                k0 = _quantile(enough[(c, hl)], level.get(c, 0.8))
                ratios = [at80[(o, h)] / at80[(o, hl)] for (o, hh) in at80
                          if hh == h and o != c and (o, hl) in at80]  # fmt: skip
                grow = max((h / hl) ** beta, float(np.mean(ratios)) if ratios else 0.0)
                out[(c, h)] = (k0 * grow, f"{c} h{hl} x{grow:.2f} (extrapolated)")
            else:
                sub = known[known["horizon"] == h]
                if len(sub) >= conformal.MIN_CELLS:
                    k = conformal._pooled_factor(sub.assign(score=sub["a"]), conformal.NOMINAL)
                    out[(c, h)] = (k, f"pooled h{h}")
    return out


def cross_time(errors: pd.DataFrame, gamma: float = GAMMA, beta: float = BETA,
               level_min: float = LEVEL_MIN):  # fmt: skip
    """Per-cell out-of-time factors of the panel cells, and the final table (:func:`_cross_time`)."""
    return _cross_time(errors, gamma, beta, level_min)[0::2]  # factors and table


def _cross_time(errors: pd.DataFrame, gamma: float, beta: float, level_min: float):
    """Per-cell out-of-time factors of the panel cells, whether each is the class's own, and the final table.

    ``level_min``: floor of the adaptive level (:data:`LEVEL_MIN`; :mod:`calibration_band` varies it).

    Returns
    -------
    (Series, Series, DataFrame)
        ``factor_oot`` indexed like ``errors`` (NaN where no earlier error exists); whether
        it is the class's own (else the pooled one: a class's first origin knows none of its
        errors); the factor table after the last outcome year (:data:`conformal.COLUMNS`, ``level``).
    """
    cells = conformal._panel_cells(errors)
    cells["a"] = cells["score"].abs()
    cells["outcome_year"] = cells["origin"] + cells["horizon"]
    classes = sorted(set(cells["series_class"]))
    level: dict = {}
    used = pd.Series(np.nan, index=errors.index)
    own = pd.Series(False, index=errors.index)
    origins = sorted(set(cells["origin"]) | set(cells["outcome_year"]))
    for o in origins:
        resolved = cells[(cells["outcome_year"] == o) & used[cells.index].notna().to_numpy()]
        for key, g in resolved.groupby("series_class"):
            miss = float((g["a"] > used[g.index]).mean())
            new = level.get(key, conformal.NOMINAL) + gamma * (miss - (1 - conformal.NOMINAL))
            level[key] = min(LEVEL_MAX, max(level_min, new))
        known = cells[cells["outcome_year"] <= o]
        test = cells[cells["origin"] == o]
        if known.empty or test.empty:
            continue
        table = _factors_at(known, level, beta, classes)
        got = [table.get((c, h), (np.nan, "pooled")) for c, h in
               zip(test["series_class"], test["horizon"], strict=True)]  # fmt: skip
        used[test.index] = [k for k, _ in got]
        own[test.index] = [not src.startswith("pooled") for _, src in got]
    final = _factors_at(cells, level, beta, classes)
    return used, own, _table(final, cells, level)


def _table(final: dict, cells: pd.DataFrame, level: dict) -> pd.DataFrame:
    n = cells.groupby(["series_class", "horizon"]).size()
    rows = [(c, h, k, int(n.get((c, h), 0)), src, level.get(c, conformal.NOMINAL))
            for (c, h), (k, src) in final.items()]  # fmt: skip
    pooled_cells = cells.assign(score=cells["a"])
    for h in range(1, 6):
        sub = pooled_cells[pooled_cells["horizon"] == h]
        if len(sub) >= conformal.MIN_CELLS:
            k = conformal._pooled_factor(sub, conformal.NOMINAL)
            rows.append(("pooled", h, k, len(sub), f"pooled h{h}", conformal.NOMINAL))
    for cls, src in conformal.BORROWS.items():
        rows += [(cls, h, k, nn, s if "extrapolated" in s else src, lv)
                 for c, h, k, nn, s, lv in rows if c == src]  # fmt: skip
    cols = conformal.COLUMNS[:-1] + ["level"]
    table = pd.DataFrame(rows, columns=cols).assign(
        calibration_data=f"{conformal.DATA_NOTE}; {OOT_NOTE}"
    )
    table = table[conformal.COLUMNS + ["level"]]
    return table.sort_values(["series_class", "horizon"], kind="mergesort").reset_index(drop=True)


def add_columns(errors: pd.DataFrame, gamma: float = GAMMA, beta: float = BETA):
    """``errors`` with ``factor_oot, lower_oot, upper_oot, covered_oot``, and the final table.

    Hanoi's cells are calibrated like the panel's: by the panel's errors known at their
    origin (Hanoi never enters the fit).
    """
    out = errors.copy()
    factor, own, table = _cross_time(errors, gamma, beta, LEVEL_MIN)
    hanoi = out[(out["scope"] == "hanoi") & (out["model"] == "selected")]
    if len(hanoi):
        factor[hanoi.index] = _hanoi_factors(errors, hanoi, gamma, beta)
    out["factor_oot"] = factor
    conformal.write_widened(out, factor, "oot")
    return out, _with_coverage(table, out, own)


def _with_coverage(table: pd.DataFrame, out: pd.DataFrame, own: pd.Series) -> pd.DataFrame:
    """Add the out-of-time coverage (``coverage_oot``, ``n_oot``) of each row's source class and
    ``n_oot_own``, how many of those cells had that class's own factor (empty for pooled)."""
    panel = out[(out["scope"] == "panel") & out["covered_oot"].notna()]
    cls = panel["panel"].map(conformal.PANEL_CLASS).fillna("other")
    g = panel["covered_oot"].astype(bool).groupby([cls, panel["horizon"]])
    cov, n = g.mean(), g.size()
    n_own = own[panel.index].groupby([cls, panel["horizon"]]).sum()
    g_all = panel["covered_oot"].astype(bool).groupby(panel["horizon"])
    cov = pd.concat([cov, pd.concat({"pooled": g_all.mean()})])
    n = pd.concat([n, pd.concat({"pooled": g_all.size()})])
    src = table["source_class"].str.split(" ").str[0]
    src = src.where(src.isin(set(cls)), "pooled")
    key = list(zip(src, table["horizon"].astype(int), strict=True))
    return table.assign(coverage_oot=[cov.get(k, np.nan) for k in key],
                        n_oot=[int(n.get(k, 0)) for k in key],
                        n_oot_own=[n_own.get(k, np.nan) if k[0] != "pooled" else np.nan
                                   for k in key])  # fmt: skip


def _hanoi_factors(errors, hanoi, gamma, beta) -> np.ndarray:
    """Hanoi's cells: the panel's out-of-time factor of the same class, horizon and origin."""
    factor, _ = cross_time(errors, gamma, beta)
    cells = conformal._panel_cells(errors).assign(k=factor)
    key = cells.dropna(subset=["k"]).groupby(["series_class", "origin", "horizon"])["k"].first()
    cls = hanoi["panel"].map(conformal.PANEL_CLASS).fillna("other")
    return np.array([key.get((c, o, h), np.nan) for c, o, h in
                     zip(cls, hanoi["origin"], hanoi["horizon"], strict=True)])  # fmt: skip


def coverage_table(calibrated: pd.DataFrame) -> pd.DataFrame:
    """Out-of-time coverage beside the leave-province-out one, by scope × class × horizon."""
    sel = calibrated[(calibrated["model"] == "selected") & calibrated["covered_oot"].notna()].copy()
    sel["series_class"] = sel["panel"].map(conformal.PANEL_CLASS).fillna("other")
    sel["covered_oot"] = sel["covered_oot"].astype(bool)
    sel["covered_cal"] = sel["covered_cal"].astype("boolean").astype(float)
    parts = []
    for keys, extra in ((["scope", "series_class", "horizon"], {}), (["scope", "series_class"], {"horizon": "all"}),
                        (["scope"], {"series_class": "all", "horizon": "all"})):  # fmt: skip
        g = sel.groupby(keys)
        t = pd.DataFrame({"n_oot": g.size(), "coverage_raw": g["covered"].mean(),
                          "coverage_province_out": g["covered_cal"].mean(),
                          "coverage_oot": g["covered_oot"].mean()})  # fmt: skip
        parts.append(t.reset_index().assign(**extra))
    table = pd.concat(parts, ignore_index=True)
    table["horizon"] = table["horizon"].astype(str)
    cols = [
        "scope",
        "series_class",
        "horizon",
        "n_oot",
        "coverage_raw",
        "coverage_province_out",
        "coverage_oot",
    ]
    return table[cols].sort_values(cols[:3], kind="mergesort").reset_index(drop=True)


#: the columns of a backtest error table that :func:`grid` reads
_GRID_COLUMNS = ["scope", "model", "panel", "origin", "horizon", "forecast", "lower", "upper",
                 "actual"]  # fmt: skip


def grid(errors: pd.DataFrame, gammas=(0.0, 0.5, 1.0), betas=(0.5, 0.75, 1.0)) -> pd.DataFrame:
    """Out-of-time panel coverage (overall and the worst class) for each ``gamma × beta``.

    Kept in the disk cache (:mod:`hn4ir_analysis.cache`) under the content of the columns
    it reads and the arguments (notebook 06 and the backtest bench ask for it).
    """
    errors = errors[_GRID_COLUMNS]
    parts = (errors, tuple(gammas), tuple(betas))
    return cache.cached("oot-grid", parts, lambda: _grid(errors, gammas, betas))


def _grid(errors: pd.DataFrame, gammas, betas) -> pd.DataFrame:
    rows = []
    cells = conformal._panel_cells(errors)
    for g in gammas:
        for b in betas:
            k, _ = cross_time(errors, g, b)
            c = cells.assign(k=k[cells.index]).dropna(subset=["k"])
            cov = c["score"].abs() <= c["k"]
            by = cov.groupby(c["series_class"]).mean()
            rows.append({"gamma": g, "beta": b, "n": len(c), "coverage": cov.mean(),
                         "worst_class": by.idxmin(), "worst": by.min(), "best": by.max()})  # fmt: skip
    return pd.DataFrame(rows)
