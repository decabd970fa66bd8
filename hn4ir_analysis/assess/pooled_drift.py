"""Can a pooled drift beat the naive constant-growth rule? Held-out point forecasts on the panels.

The naive rule carries each province's last value forward at its own average growth
since the start of its series. Province growth rates are noisy; shrinking each one
towards the growth of the other provinces at the same time (a pooled, or hierarchical,
drift) is the textbook remedy (James–Stein; Hyndman & Athanasopoulos, *FPP3* §11 on
hierarchical series). This module tries it honestly, with every choice made from data
available at the forecast origin.

Notes
-----
Forecasts on the log scale from origin ``o`` with horizon ``h``:
``ln ŷ = ln y_o + h · (w · g_own + (1 - w) · g_pool)`` where ``g_own`` is the province's
average annual log change over its training run (the naive rule, ``w = 1``) and
``g_pool`` the mean of the other provinces' ``g_own`` at the same origin (leave one out;
cross-sections at ``o`` are known at ``o``). Candidates:

* ``naive`` (``w = 1``), ``pooled`` (``w = 0``), ``recent3`` (own change over the last
  three years);
* ``shrink_learned``: ``w`` on a grid 0, 0.1, …, 1 chosen at each origin ``o`` to
  minimise the MAE of forecasts whose outcome was known by ``o`` (``origin + h <= o``),
  same panel, provinces of the *other* folds only (:func:`calibration.folds`), so the
  weight is learned on earlier origins and other provinces. ``w = 1`` until such
  forecasts exist.
* ``mean_naive_recent3``: the average of the naive and ``recent3`` forecasts (a fixed,
  equal-weight combination);
* ``choice_learned``: at each origin and horizon, whichever of the candidates above had
  the lowest MAE on outcomes known by then, other folds' provinces only;
* ``shrink_hindsight``: the single best ``w`` over all cells: in-sample, an upper bound
  on what shrinking can do, not a forecast.

Errors are 100·ln(ŷ / y) as in the backtest; MAE ratios are on the same cells as naive.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis.assess.conformal import folds

GRID = np.round(np.arange(0, 1.0001, 0.1), 2)


def drift_cells(by_geo: dict[str, pd.Series], min_train: int = 6, max_h: int = 5) -> pd.DataFrame:
    """One row per geo × origin × horizon: last log value, own/recent/pooled drift, outcome."""
    own: dict[tuple[str, int], tuple[float, float, float]] = {}
    for geo, s in by_geo.items():
        z, years = np.log(s.to_numpy(dtype=float)), s.index.to_numpy(dtype=int)
        for i in range(min_train - 1, len(years) - 1):
            g = (z[i] - z[0]) / (years[i] - years[0])
            recent = (z[i] - z[i - 3]) / (years[i] - years[i - 3])
            own[(geo, int(years[i]))] = (z[i], g, recent)
    by_origin: dict[int, dict[str, float]] = {}
    for (geo, o), (_, g, _) in own.items():
        by_origin.setdefault(o, {})[geo] = g
    rows = []
    for (geo, o), (z_o, g, recent) in own.items():
        others = [v for k, v in by_origin[o].items() if k != geo]
        pool = float(np.mean(others)) if others else g
        s = by_geo[geo]
        for h in range(1, max_h + 1):
            if o + h in s.index:
                rows.append({"geo": geo, "origin": o, "horizon": h, "z": z_o, "g_own": g,
                             "g_recent": recent, "g_pool": pool, "actual": float(s[o + h])})  # fmt: skip
    return pd.DataFrame(rows)


def _error(cells: pd.DataFrame, drift) -> np.ndarray:
    return 100 * (cells["z"] + cells["horizon"] * drift - np.log(cells["actual"]))


def _shrunk(cells: pd.DataFrame, w) -> np.ndarray:
    return _error(cells, w * cells["g_own"] + (1 - w) * cells["g_pool"])


def learned_weights(cells: pd.DataFrame) -> pd.Series:
    """Weight ``w`` per cell, learned on earlier outcomes of other folds' provinces."""
    fold = cells["geo"].map(folds(cells["geo"]))
    known_at = cells["origin"] + cells["horizon"]
    errs = {w: np.abs(_shrunk(cells, w)) for w in GRID}
    out = pd.Series(1.0, index=cells.index)
    for (o, f), idx in cells.groupby([cells["origin"], fold]).groups.items():
        train = (known_at <= o) & (fold != f)
        if train.any():
            maes = [errs[w][train].mean() for w in GRID]
            out[idx] = GRID[int(np.argmin(maes))]  # ties: the smaller w (more pooling)
    return out


def learned_choice(
    cells: pd.DataFrame, errs: dict[str, np.ndarray]
) -> tuple[np.ndarray, pd.Series]:
    """Per cell, the candidate with the lowest MAE at its horizon on earlier outcomes of other folds."""
    fold = cells["geo"].map(folds(cells["geo"]))
    known_at = cells["origin"] + cells["horizon"]
    names = list(errs)
    pick = pd.Series("naive", index=cells.index)
    for (o, f, h), idx in cells.groupby([cells["origin"], fold, cells["horizon"]]).groups.items():
        train = (known_at <= o) & (fold != f) & (cells["horizon"] == h)
        if train.any():
            pick[idx] = names[int(np.argmin([np.abs(errs[n][train]).mean() for n in names]))]
    out = np.array([errs[n][i] for i, n in enumerate(pick)])
    return out, pick


def compare(cells: pd.DataFrame) -> pd.DataFrame:
    """Errors of every candidate on the same cells (columns ``err_<candidate>``, plus ``w_learned``)."""
    cells = cells.reset_index(drop=True)
    w = learned_weights(cells)
    maes = {wv: np.abs(_shrunk(cells, wv)).mean() for wv in GRID}
    best = min(maes, key=maes.get)
    errs = {"naive": _shrunk(cells, 1.0).to_numpy(), "pooled": _shrunk(cells, 0.0).to_numpy(),
            "recent3": _error(cells, cells["g_recent"]).to_numpy(),
            "shrink_learned": _shrunk(cells, w).to_numpy()}  # fmt: skip
    errs["mean_naive_recent3"] = (errs["naive"] + errs["recent3"]) / 2
    chosen, pick = learned_choice(cells, errs)
    return cells.assign(**{f"err_{k}": v for k, v in errs.items()}, w_learned=w,
                        err_choice_learned=chosen, choice_learned=pick, w_hindsight=best,
                        err_shrink_hindsight=_shrunk(cells, best))  # fmt: skip


def summary(compared: pd.DataFrame, by=("panel",)) -> pd.DataFrame:
    """MAE of each candidate and its ratio to naive, per ``by`` (e.g. panel, horizon)."""
    cands = [c[4:] for c in compared if c.startswith("err_")]
    g = compared.groupby(list(by))
    table = pd.DataFrame({"n": g.size()})
    for c in cands:
        table[f"mae_{c}"] = g[f"err_{c}"].apply(lambda e: e.abs().mean())
    for c in cands:
        if c != "naive":
            table[f"{c}_vs_naive"] = table[f"mae_{c}"] / table["mae_naive"]
    return table.reset_index()
