"""Can a reader check ``p_met``? Reliability of the stated probabilities, out of time.

A probability of meeting a target is *reliable* if, among the cases given about ``p``, a
share of about ``p`` were met (Wilks, *Statistical Methods in the Atmospheric
Sciences*, 4th ed., §9.4.4). Hanoi's replayed past targets are few (13 distinct), so the
diagram is also drawn on synthetic targets built from the provincial panels.

Notes
-----
Synthetic targets (:func:`synthetic_targets`): every held-out backtest cell of the
selected model with an out-of-time interval (``lower_oot``/``upper_oot`` of
``backtest_errors.csv``: calibrated with errors known at its origin only), i.e. each
province × origin × horizon, and every threshold of :data:`RATES` for its panel: "the
value at ``origin + h`` reaches the value at the origin grown by ``r`` a year". The
probability is that of the out-of-time predictive distribution, taken as a two-piece
normal on the log scale with the median at the forecast and the 10%/90% quantiles at the
interval's bounds (the same approximation as :func:`calibration.pit`; the assessment
itself counts simulated paths). The outcome is the panel's value.

Replayed targets (:func:`replayed`): the model's ``p_met`` for Hanoi's past targets as
assessed one to three years before their year (``backtest_replay.csv``), restated
copies collapsed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.assess import skill
from hn4ir_analysis.assess.expost import MET_OUTCOMES, SETTLED_OUTCOMES

#: thresholds (average annual growth from the origin, %/yr) of the synthetic targets,
#: spanning each panel's usual provincial growth
RATES = {
    "grdp_real_index": (4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0),
    "population_avg": (0.0, 0.5, 1.0, 1.5, 2.0),
    "labour_force": (-1.0, 0.0, 1.0, 2.0, 3.0),
}
BINS = tuple(np.round(np.linspace(0, 1, 11), 1))


def p_exceed(forecast, lower, upper, threshold) -> np.ndarray:
    """P(Y >= threshold) under the two-piece log-normal matched to ``[lower, upper]`` (see Notes)."""
    from scipy.stats import norm

    z = norm.ppf(0.9)
    lf, ll, lu, lt = (
        np.log(np.asarray(a, dtype=float)) for a in (forecast, lower, upper, threshold)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        sd = np.where(lt >= lf, (lu - lf) / z, (lf - ll) / z)
        x = np.where(sd > 0, (lt - lf) / sd, np.where(lt > lf, np.inf, -np.inf))
    return 1 - norm.cdf(x)


#: the columns of a backtest error table that :func:`synthetic_targets` reads
_CELL_COLUMNS = ["panel", "geo", "scope", "origin", "horizon", "forecast", "lower_oot",
                 "upper_oot", "actual"]  # fmt: skip


def synthetic_targets(errors: pd.DataFrame, raw_dir=None) -> pd.DataFrame:
    """One row per held-out cell × threshold: ``p_met`` out of time and ``met`` (see Notes).

    Kept in the disk cache (:mod:`hn4ir_analysis.cache`) under the cells' content and the
    raw data's fingerprint.
    """
    cells = errors[(errors["model"] == "selected") & errors["lower_oot"].notna()]
    if cells.empty:
        return pd.DataFrame(
            columns=["panel", "geo", "scope", "origin", "horizon", "rate", "p_met", "met"]
        )
    cells = cells[_CELL_COLUMNS]
    raw = Path(raw_dir or config.RAW_DIR).resolve()
    parts = (cache.data_fingerprint(raw), str(raw), cells)
    return cache.cached("synthetic", parts, lambda: _synthetic(cells, raw))


def _synthetic(cells: pd.DataFrame, raw_dir: Path) -> pd.DataFrame:
    from hn4ir_analysis.assess.backtest_errors import panel_series, today_annual

    annual = today_annual(raw_dir)
    parts = []
    for panel, g in cells.groupby("panel"):
        by_geo = panel_series(annual, panel, set(g["geo"]))
        base = np.array([by_geo[geo].get(int(o), np.nan) if geo in by_geo else np.nan
                         for geo, o in zip(g["geo"], g["origin"], strict=True)])  # fmt: skip
        for r in RATES.get(panel, ()):
            t = base * (1 + r / 100) ** g["horizon"].to_numpy()
            p = p_exceed(g["forecast"], g["lower_oot"], g["upper_oot"], t)
            parts.append(pd.DataFrame({"panel": panel, "geo": g["geo"].to_numpy(), "scope": g["scope"].to_numpy(),
                                       "origin": g["origin"].to_numpy(), "horizon": g["horizon"].to_numpy(),
                                       "rate": r, "p_met": p, "met": g["actual"].to_numpy() >= t}))  # fmt: skip
    out = pd.concat(parts, ignore_index=True)
    return out[np.isfinite(out["p_met"])].reset_index(drop=True)


def replayed(replay: pd.DataFrame) -> pd.DataFrame:
    """The model's ``p_met`` on replayed past targets (restated copies collapsed) and ``met``."""
    one = skill.collapse_restated(replay)
    one = one[
        (one["method"] == "model") & one["p_met"].notna() & one["outcome"].isin(SETTLED_OUTCOMES)
    ]
    return pd.DataFrame({"target_id": one["target_id"], "as_of": one["as_of"], "p_met": one["p_met"].astype(float),
                         "met": one["outcome"].isin(MET_OUTCOMES), "scope": config.HANOI}).reset_index(drop=True)  # fmt: skip


def table(cases: pd.DataFrame, bins=BINS) -> pd.DataFrame:
    """Per probability bin: cases, mean stated ``p_met``, share met (a reliability diagram's points)."""
    if cases.empty:
        return pd.DataFrame(columns=["bin", "n", "mean_p", "share_met"])
    edges = list(bins)
    edges[-1] = 1.0 + 1e-9  # p = 1 falls in the last bin
    b = pd.cut(cases["p_met"], edges, right=False)
    g = cases.assign(met=cases["met"].astype(float)).groupby(b, observed=True)
    out = pd.DataFrame({"n": g.size(), "mean_p": g["p_met"].mean(), "share_met": g["met"].mean()})
    out = out.rename_axis("bin").reset_index()
    out["bin"] = out["bin"].astype(str)
    return out


def brier(cases: pd.DataFrame) -> float:
    """Brier score of the cases (``mean((p - met)^2)``)."""
    return float(np.mean((cases["p_met"] - cases["met"].astype(float)) ** 2))
