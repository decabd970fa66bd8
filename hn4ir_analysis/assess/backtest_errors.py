"""Rolling-origin forecast errors over the provincial panels and Hanoi.

The first table of the backtest (:mod:`hn4ir_analysis.assess.backtest`): for every series
and every origin year ``o``, fit each trend model on the data up to ``o`` and forecast
``o+1 … o+5``; compare with the value in the data. Also the two experiments run on the
same panel series: pooled drifts (:func:`drift_experiment`) and the Theta / damped ETS /
global candidates (:func:`skill_experiment`).

Notes
-----
Error in log points (100·ln(forecast/actual)) and whether the 80% interval covered it.
Hanoi's own series are short and broken in 2016/17, so the comparison between methods
rests on the GSO provincial panels shipped in ``data/raw`` (real GRDP index chained from
the growth index 2018–2025, average population 2011–2024, labour force 2007–2020 before
the 2021 definition change), and Hanoi is reported separately. The naive constant-CAGR
rule — what the Eurostat and UNSD methods implicitly assume — is the baseline every model
is shown against. The panels hold one vintage per table, so "what was later published"
is the table's value.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.assess import pooled_drift, skill_models, trends
from hn4ir_analysis.assess.verdicts import COVID_STEP
from hn4ir_analysis.data.load import load_raw
from hn4ir_analysis.data.processed import annual_series

PANELS = {
    "grdp_real_index": "GRDP, real index",
    "population_avg": "Population",
    "labour_force": "Labour force",
}
MIN_TRAIN = 6
HORIZONS = range(1, 6)
CONFIDENCE = 0.8


def longest_run(rows: pd.DataFrame) -> pd.Series:
    """Longest run of consecutive years with no break and no old basis (values by year)."""
    rows = rows.sort_values("year")
    best: list = []
    run: list = []
    for r in rows.itertuples():
        broken = (
            r.basis == "old_basis" or bool(r.break_before) or (run and r.year != run[-1].year + 1)
        )
        if broken:
            run = []
        if r.basis != "old_basis":
            run.append(r)
        if len(run) > len(best):
            best = list(run)
    return pd.Series([r.value for r in best], index=[int(r.year) for r in best], dtype=float)


def panel_series(annual: pd.DataFrame, indicator: str, geos: set[str]) -> dict[str, pd.Series]:
    """One series per geography for ``indicator`` (see :func:`longest_run`)."""
    rows = annual[(annual["indicator"] == indicator) & annual["geo"].isin(geos)]
    rows = rows.assign(break_before=rows["break_before"].fillna(""))
    return {geo: longest_run(g) for geo, g in rows.groupby("geo")}


def forecast_errors(
    series: pd.Series, *, models=trends.MODELS, n_sims: int = 200, seed: int = 20200910
):
    """Rolling-origin errors of each model on one series (list of dict rows)."""
    out = []
    years = series.index.to_numpy()
    for i in range(MIN_TRAIN - 1, len(years) - 1):
        origin = int(years[i])
        train = series.iloc[: i + 1]
        horizon_end = int(min(years[-1], origin + max(HORIZONS)))
        # The same models as the assessment uses, COVID step included (assess.COVID_STEP).
        fits = [trends.fit_trend(train, m, horizon_end=horizon_end, confidence=CONFIDENCE, transform="log",
                                 n_sims=n_sims, seed=seed, step_years=COVID_STEP) for m in models]  # fmt: skip
        chosen = trends.select_model(fits)
        labelled = [(f.model, f) for f in fits] + ([("selected", chosen)] if chosen else [])
        for name, fit in labelled:
            if not fit.ok:
                continue
            for j, year in enumerate(fit.years):
                actual = series.get(int(year))
                if actual is None or np.isnan(actual):
                    continue
                out.append({"origin": origin, "horizon": int(year) - origin, "model": name,
                            "chosen_model": chosen.model if chosen else "", "forecast": fit.mean[j],
                            "lower": fit.lower[j], "upper": fit.upper[j], "actual": actual,
                            "error": 100 * np.log(fit.mean[j] / actual),
                            "covered": bool(fit.lower[j] <= actual <= fit.upper[j])})  # fmt: skip
    return out


def rolling_origin(
    raw_dir=None, *, panels=PANELS, max_geos: int | None = None, n_sims: int = 200
) -> pd.DataFrame:
    """Forecast errors over the provincial panels and Hanoi (``scope`` column: panel/hanoi).

    Parameters
    ----------
    max_geos : int, optional
        Use only the first ``max_geos`` provinces of each panel (tests use a few).
    """
    data = load_raw(raw_dir)
    annual, _ = annual_series(data)
    codes = pd.read_csv(config.GEO_CODES_FILE, dtype=str)
    provinces = set(codes.loc[codes["kind"] == "province", "geo"]) - {config.HANOI}
    rows = []
    for indicator in panels:
        by_geo = panel_series(annual, indicator, provinces | {config.HANOI})
        geos = sorted(g for g in by_geo if g != config.HANOI)[:max_geos] + [config.HANOI]
        for geo in geos:
            if geo not in by_geo:
                continue
            for r in forecast_errors(by_geo[geo], n_sims=n_sims):
                rows.append({"panel": indicator, "geo": geo,
                             "scope": "hanoi" if geo == config.HANOI else "panel", **r})  # fmt: skip
    return pd.DataFrame(rows)


def summarise(errors: pd.DataFrame) -> pd.DataFrame:
    """MAE (log points) and 80% coverage per scope × model, with the ratio to the naive rule.

    ``mae_vs_naive`` compares each model with the naive rule on the same forecasts
    (panel, geo, origin, horizon): a model that skips short training windows is not
    credited with the naive rule's long-horizon errors there.
    """
    if errors.empty:
        return pd.DataFrame(columns=["scope", "model", "n", "mae", "coverage", "mae_vs_naive"])
    g = errors.groupby(["scope", "model"])
    table = pd.DataFrame({"n": g.size(), "mae": g["error"].apply(lambda e: e.abs().mean()),
                          "coverage": g["covered"].mean()}).reset_index()  # fmt: skip
    # ratio on the forecasts both made (models needing more observations skip early origins)
    cell = ["scope", "panel", "geo", "origin", "horizon"]
    naive = errors.loc[errors["model"] == "naive_cagr", cell + ["error"]]
    both = errors.merge(naive, on=cell, suffixes=("", "_naive"))
    both = both.assign(a=both["error"].abs(), b=both["error_naive"].abs())
    sums = both.groupby(["scope", "model"])[["a", "b"]].sum()
    ratio = (sums["a"] / sums["b"]).rename("mae_vs_naive").reset_index()
    return table.merge(ratio, on=["scope", "model"], how="left")


def by_horizon(errors: pd.DataFrame) -> pd.DataFrame:
    """MAE per scope × model × horizon (the shape of the accuracy curve)."""
    return (errors.assign(abs_error=errors["error"].abs())
            .pivot_table(index=["scope", "model"], columns="horizon", values="abs_error", aggfunc="mean"))  # fmt: skip


def today_annual(raw_dir=None) -> pd.DataFrame:
    """Today's chosen and derived annual values of every geography (no as-of cut-off).

    What the panels are cut from (:func:`drift_experiment`, :func:`skill_experiment`,
    :func:`hn4ir_analysis.assess.reliability.synthetic_targets`). Kept in the disk cache
    (:mod:`hn4ir_analysis.cache`) under the raw data's fingerprint, like the as-of data.
    """
    raw = Path(raw_dir or config.RAW_DIR).resolve()
    parts = (cache.data_fingerprint(raw), str(raw))
    return cache.cached("annual", parts, lambda: annual_series(load_raw(raw))[0])


def drift_experiment(raw_dir=None) -> pd.DataFrame:
    """Cells of :mod:`pooled_drift` for every panel (provinces and Hanoi), all candidates' errors.

    Kept in the disk cache under the raw data's fingerprint: notebook 06 reads it.
    """
    raw = Path(raw_dir or config.RAW_DIR).resolve()
    parts = (cache.data_fingerprint(raw), str(raw))
    return cache.cached("drift", parts, lambda: _drift_experiment(raw))


def _drift_experiment(raw_dir: Path) -> pd.DataFrame:
    annual = today_annual(raw_dir)
    codes = pd.read_csv(config.GEO_CODES_FILE, dtype=str)
    provinces = set(codes.loc[codes["kind"] == "province", "geo"])
    parts = [pooled_drift.compare(pooled_drift.drift_cells(panel_series(annual, ind, provinces))).assign(panel=ind)
             for ind in PANELS]  # fmt: skip
    cells = pd.concat(parts, ignore_index=True)
    return cells.assign(scope=np.where(cells["geo"] == config.HANOI, "hanoi", "panel"))


def skill_experiment(raw_dir=None, max_geos: int | None = None) -> pd.DataFrame:
    """:func:`skill_models.model_cells` for every panel (provinces, Hanoi with scope ``hanoi``)."""
    annual = today_annual(raw_dir)
    codes = pd.read_csv(config.GEO_CODES_FILE, dtype=str)
    provinces = set(codes.loc[codes["kind"] == "province", "geo"])
    parts = []
    for ind in PANELS:
        by_geo = panel_series(annual, ind, provinces)
        if max_geos is not None:
            keep = sorted(g for g in by_geo if g != config.HANOI)[:max_geos] + [config.HANOI]
            by_geo = {g: s for g, s in by_geo.items() if g in keep}
        parts.append(skill_models.model_cells(by_geo).assign(panel=ind))
    cells = pd.concat(parts, ignore_index=True)
    return cells.assign(scope=np.where(cells["geo"] == config.HANOI, "hanoi", "panel"))
