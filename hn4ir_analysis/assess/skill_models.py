"""Theta, damped ETS, their combination and a global pooled model against the naive rule.

On the M4 competition's yearly series Theta and damped exponential smoothing beat the
naive rule by about a fifth, and combinations and models pooled across series do better
still (Makridakis et al. 2020, *IJF* 36; Montero-Manso & Hyndman 2021, *IJF* 37). This
module asks whether they do on the GSO provincial panels, on the cells of
:func:`pooled_drift.drift_cells` (province × origin × horizon 1–5, training run up to the
origin only).

Notes
-----
Candidates, all on the log scale, fitted on the series up to the origin:

* ``theta``: the Theta method (Assimakopoulos & Nikolopoulos 2000), statsmodels
  ``ThetaModel`` (no seasonality; SES plus half the linear trend);
* ``ets_damped``: ETS(A,Ad,N), statsmodels ``ETSModel`` (additive error, damped additive
  trend), maximum likelihood;
* ``combo``: the mean of naive, Theta and damped ETS (equal weights, fixed in advance);
* ``global``: one model pooled across provinces: for each horizon ``h``, the average annual
  log change to ``o + h`` regressed on the province's own average change and its last
  three years' change, fitted by least squares on every province's outcomes known by
  ``o`` (``origin + h <= o``), applied to the province's own level; naive until 20 such
  outcomes exist.
* ``choice``: per cell, the candidate (naive included) with the lowest MAE at that
  horizon on outcomes known by the origin (:func:`pooled_drift.learned_choice`: earlier
  origins and other folds' provinces only). This is "choose the model class by the
  backtest of earlier origins".

statsmodels is used because statsforecast (AutoTheta/AutoETS) needs pandas < 3. A fit
that fails or returns a non-finite path falls back to the naive forecast (counted in
``fallback``).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from hn4ir_analysis.assess import pooled_drift

CANDIDATES = ("naive", "theta", "ets_damped", "combo", "global")
MIN_GLOBAL = 20


def _fit_paths(train: np.ndarray, max_h: int) -> dict[str, np.ndarray | None]:
    """Log-scale forecasts of Theta and damped ETS for horizons 1..max_h (None on failure)."""
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel
    from statsmodels.tsa.forecasting.theta import ThetaModel

    out: dict[str, np.ndarray | None] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, fit in (
            ("theta", lambda: ThetaModel(train, period=1, deseasonalize=False).fit()),
            (
                "ets_damped",
                lambda: ETSModel(train, error="add", trend="add", damped_trend=True).fit(
                    disp=False
                ),
            ),
        ):
            try:
                path = np.asarray(fit().forecast(max_h), dtype=float)
                out[name] = path if np.isfinite(path).all() else None
            except Exception:  # noqa: BLE001 - a failed fit falls back to naive, counted
                out[name] = None
    return out


def model_cells(by_geo: dict[str, pd.Series], min_train: int = 6, max_h: int = 5) -> pd.DataFrame:
    """:func:`pooled_drift.drift_cells` plus ``err_<candidate>`` for every candidate and the learned choice."""
    cells = pooled_drift.drift_cells(by_geo, min_train, max_h).reset_index(drop=True)
    if cells.empty:
        return cells
    log_actual = np.log(cells["actual"].to_numpy())
    naive = cells["z"] + cells["horizon"] * cells["g_own"]
    preds = {"theta": naive.to_numpy().copy(), "ets_damped": naive.to_numpy().copy()}
    fallback = np.zeros(len(cells), dtype=bool)
    for (geo, o), idx in cells.groupby(["geo", "origin"]).groups.items():
        s = by_geo[geo]
        train = np.log(s.loc[:o].to_numpy(dtype=float))
        paths = _fit_paths(train, max_h)
        h = cells.loc[idx, "horizon"].to_numpy() - 1
        for name, path in paths.items():
            if path is None:
                fallback[idx] = True
            else:
                preds[name][idx] = path[h]
    preds["naive"] = naive.to_numpy()
    preds["combo"] = (preds["naive"] + preds["theta"] + preds["ets_damped"]) / 3
    preds["global"] = _global(cells)
    errs = {n: 100 * (preds[n] - log_actual) for n in CANDIDATES}
    chosen, pick = pooled_drift.learned_choice(cells, errs)
    return cells.assign(**{f"err_{n}": errs[n] for n in CANDIDATES}, err_choice=chosen,
                        choice=pick, fallback=fallback)  # fmt: skip


def _global(cells: pd.DataFrame) -> np.ndarray:
    """Pooled regression forecast per cell, fitted on outcomes known at its origin (see Notes)."""
    y = (np.log(cells["actual"]) - cells["z"]) / cells["horizon"]
    x = np.column_stack([np.ones(len(cells)), cells["g_own"], cells["g_recent"]])
    known_at = (cells["origin"] + cells["horizon"]).to_numpy()
    pred = (cells["z"] + cells["horizon"] * cells["g_own"]).to_numpy().copy()
    for (o, h), idx in cells.groupby(["origin", "horizon"]).groups.items():
        train = (known_at <= o) & (cells["horizon"] == h).to_numpy()
        if train.sum() < MIN_GLOBAL:
            continue
        beta, *_ = np.linalg.lstsq(x[train], y[train], rcond=None)
        rows = cells.index.get_indexer(idx)
        pred[rows] = cells["z"].to_numpy()[rows] + h * (x[rows] @ beta)
    return pred


def summary(cells: pd.DataFrame, by=("scope", "panel")) -> pd.DataFrame:
    """MAE of naive and each candidate's ratio to it (same cells), per ``by``."""
    names = [*CANDIDATES, "choice"]
    g = cells.groupby(list(by))
    table = pd.DataFrame(
        {"n": g.size(), "mae_naive": g["err_naive"].apply(lambda e: e.abs().mean())}
    )
    for n in names[1:]:
        table[f"{n}_vs_naive"] = g[f"err_{n}"].apply(lambda e: e.abs().mean()) / table["mae_naive"]
    return table.reset_index()


def by_horizon(cells: pd.DataFrame) -> pd.DataFrame:
    """The learned choice's MAE ratio to naive by scope × horizon (and every candidate's)."""
    return summary(cells, by=("scope", "horizon"))
