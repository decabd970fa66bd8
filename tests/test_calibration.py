"""Calibration of the predictive distribution (assess.calibration), replay skill, pooled drift.

Synthetic errors with known distributions: calibration must restore nominal coverage on
held-out provinces, and must never use the cells it is measured on.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from hn4ir_analysis.assess import backtest as B
from hn4ir_analysis.assess import calibration as C
from hn4ir_analysis.assess import level_rows, pooled_drift, skill, trends
from hn4ir_analysis.data.asof import Segment
from hn4ir_analysis.data.targets import Target

Z90 = stats.norm.ppf(0.9)


def _synthetic_errors(n_geos=60, overconfidence=(2.0, 2.5, 3.0, 3.5, 4.0), seed=1) -> pd.DataFrame:
    """Selected-model rows whose true log errors are N(0, s_h) but whose stated 80%
    intervals are ``overconfidence[h-1]`` times too narrow (a known miscalibration)."""
    rng = np.random.default_rng(seed)
    rows = []
    for panel in ("grdp_real_index", "population_avg"):
        for g in range(n_geos):
            scale = 0.01 * (1 + g % 7)  # provinces differ in volatility; the score is normalised
            for origin in range(2010, 2016):
                for h in range(1, 6):
                    s = scale * math.sqrt(h)
                    f = 100.0
                    half = Z90 * s / overconfidence[h - 1]
                    a = f * math.exp(s * rng.standard_normal())
                    lo, hi = f * math.exp(-half), f * math.exp(half)
                    rows.append({"panel": panel, "geo": f"P{g:02d}", "scope": "panel", "origin": origin,
                                 "horizon": h, "model": "selected", "chosen_model": "arima_drift", "forecast": f,
                                 "lower": lo, "upper": hi, "actual": a, "error": 100 * math.log(f / a),
                                 "covered": lo <= a <= hi})  # fmt: skip
    return pd.DataFrame(rows)


@pytest.fixture(scope="session")
def synthetic():
    raw = _synthetic_errors()
    return raw, C.cross_fit(raw)


def test_score_and_conformal_quantile_by_hand():
    s = C.scores([100, 100, 100], [90, 90, 90], [110, 110, 110], [105, 80, 110])
    assert s[0] == pytest.approx(math.log(1.05) / math.log(1.1))
    assert s[1] == pytest.approx(-math.log(100 / 80) / math.log(100 / 90))
    assert s[2] == pytest.approx(1.0)  # on the bound: covered
    # ceil((n+1)*0.8)-th smallest: n=4 -> 4th, n=9 -> 8th, n=3 -> ceil(3.2)=4 > 3 -> inf
    assert C.conformal_factor([3, 0.5, 2, 1]) == 3
    assert C.conformal_factor(range(1, 10)) == 8
    assert C.conformal_factor([1, 2, 3]) == math.inf


def test_calibration_restores_nominal_coverage(synthetic):
    raw, cal = synthetic
    table = C.coverage_table(cal)
    panel = table[table["scope"] == "panel"]
    # raw coverage is far below 80% (intervals 2-4x too narrow: P(|Z| < 1.28/k))
    for h, k in zip(range(1, 6), (2.0, 2.5, 3.0, 3.5, 4.0), strict=True):
        rows = panel[panel["horizon"] == str(h)]
        expected_raw = 2 * stats.norm.cdf(Z90 / k) - 1
        assert rows["coverage_raw"].to_numpy() == pytest.approx(expected_raw, abs=0.05)
        assert rows["coverage_cal"].between(0.75, 0.85).all(), rows
    overall = panel[(panel["series_class"] == "all")]["coverage_cal"].iloc[0]
    assert overall == pytest.approx(0.8, abs=0.02)
    # the fitted factors recover the known overconfidence (within sampling error)
    factors = C.fit_factors(raw)
    gi = factors[factors["series_class"] == "growth_index"].set_index("horizon")["factor"]
    assert gi.to_numpy() == pytest.approx([2.0, 2.5, 3.0, 3.5, 4.0], rel=0.12)
    # PIT after calibration is close to uniform (two-piece normal is exact here)
    pit = cal["pit_cal"].dropna()
    assert np.histogram(pit, bins=5, range=(0, 1))[0].min() / len(pit) > 0.15


def test_calibration_never_uses_the_cells_it_is_measured_on(synthetic):
    raw, cal = synthetic
    fold_of = C.folds(raw["geo"])
    assert set(fold_of.values()) == set(range(C.N_FOLDS))
    # every panel cell is in exactly one fold, a province in the same fold in every panel
    assert cal.groupby("geo")["fold"].nunique().eq(1).all()
    assert (cal["fold"] == cal["geo"].map(fold_of)).all()
    # wreck the outcomes of fold 0: fold 0's own factors must not move, the others' must
    wrecked = raw.copy()
    in0 = wrecked["geo"].map(fold_of) == 0
    wrecked.loc[in0, "actual"] = wrecked.loc[in0, "forecast"] * 3.0
    again = C.cross_fit(wrecked)
    assert np.array_equal(again.loc[in0, "factor"].to_numpy(), cal.loc[in0, "factor"].to_numpy())
    assert not np.allclose(again.loc[~in0, "factor"].to_numpy(), cal.loc[~in0, "factor"].to_numpy())


def test_factors_borrowing_and_long_horizons(synthetic):
    raw, _ = synthetic
    table = C.fit_factors(raw)
    gi = C.factors_for("growth_index", [1, 5], table)
    assert np.array_equal(C.factors_for("per_capita", [1, 5], table), gi)  # borrowed
    assert np.array_equal(C.factors_for("growth_index", [5, 9, 20], table), np.repeat(gi[1], 3))
    assert np.array_equal(C.factors_for("share", [2], table), C.factors_for("pooled", [2], table))
    assert np.array_equal(
        C.factors_for("no_such_class", [2], table), C.factors_for("pooled", [2], table)
    )
    assert C.factors_for("growth_index", [1], table.iloc[:0]) is None
    assert C.series_class("digital_econ_share_gso", "logit") == "share"
    assert C.series_class("grdp_per_capita_usd", "log") == "per_capita"


def test_trend_calibrate_widens_on_the_model_scale():
    s = pd.Series(
        100 * np.exp(np.cumsum([0.05, 0.07, 0.04, 0.06, 0.05, 0.08, 0.03])), index=range(2015, 2022)
    )
    fit = trends.fit_trend(s, "naive_cagr", horizon_end=2024, n_sims=400)
    same = trends.calibrate(fit, np.ones(3))
    assert np.allclose(same.lower, fit.lower) and np.allclose(same.paths, fit.paths)
    k = np.array([1.5, 2.0, 3.0])
    wide = trends.calibrate(fit, k, "test")
    assert np.allclose(np.log(wide.upper / fit.mean), k * np.log(fit.upper / fit.mean))
    assert np.allclose(np.log(fit.mean / wide.lower), k * np.log(fit.mean / fit.lower))
    assert np.array_equal(wide.mean, fit.mean)
    # each path's log distance from the point forecast is scaled by k
    assert np.allclose(np.log(wide.paths / fit.mean), k * np.log(fit.paths / fit.mean))
    assert "calibrated" in wide.notes
    share = pd.Series([10.0, 12, 15, 17, 20, 24, 27], index=range(2015, 2022))
    sf = trends.calibrate(
        trends.fit_trend(share, "naive_cagr", horizon_end=2030, transform="logit"), np.full(9, 5.0)
    )
    assert (sf.paths > 0).all() and (sf.paths < 100).all()
    with pytest.raises(ValueError):
        trends.calibrate(fit, [1.0, 2.0])


def _target(low=130.0) -> Target:
    return Target(target_id="T", geo="HN", indicator="x", kind="level", comparison="ge", low=low, high=None,
                  unit="index", target_year=2024, period_start=None, period_end=2024, document="",
                  document_date="2018-01-01", wording_en="", wording_vi="", source_id="", source_url="",
                  direction="increase_good")  # fmt: skip


def test_model_row_uses_the_calibrated_distribution():
    idx = list(range(2012, 2021))
    vals = 100 * np.exp(np.cumsum([0.0, 0.05, 0.07, 0.04, 0.06, 0.05, 0.08, 0.03, 0.06]))
    seg = Segment(geo="HN", indicator="grdp_real_index", values=pd.Series(vals, index=idx),
                  source_ids=pd.Series([f"I{y}" for y in idx], index=idx),
                  vintages=pd.Series(["official"] * len(idx), index=idx), dropped_before=None)  # fmt: skip
    target_value = float(vals[-1] * 1.055**4)  # a little below the trend: p_met > 0.5

    def row(table):
        with C.using(table):
            return level_rows.model_row(_target(target_value), seg, "grdp_real_index", 2020, transform="log",
                                        analytic=True, confidence=0.8, n_sims=500, seed=1, cache={},
                                        stat=lambda f: f.paths[:, f.years == 2024][:, 0])  # fmt: skip

    table = pd.DataFrame({"series_class": "growth_index", "horizon": range(1, 6), "factor": 3.0, "n_cells": 99,
                          "source_class": "growth_index", "calibration_data": C.DATA_NOTE})  # fmt: skip
    raw, cal = row(None), row(table)
    assert "Uncalibrated" in raw["notes"]
    assert "calibrated predictive distribution" in cal["notes"] and C.DATA_NOTE in cal["notes"]
    assert cal["projected_value"] == pytest.approx(raw["projected_value"])
    lf = math.log(raw["projected_value"])
    assert math.log(cal["projected_upper"]) - lf == pytest.approx(
        3 * (math.log(raw["projected_upper"]) - lf)
    )
    assert 0.5 < cal["p_met"] < raw["p_met"]  # wider: less sure of a likely outcome


# --- skill ------------------------------------------------------------------------


def _replay_rows():
    base = {"indicator": "g", "geo": "HN", "target_year": 2020, "kind": "annual_growth", "low": 7.0,
            "high": np.nan, "as_of": 2019, "series": "g"}  # fmt: skip
    return pd.DataFrame([
        {**base, "target_id": "A", "method": "model", "category": "likely", "p_met": 0.7, "outcome": "achieved"},
        {**base, "target_id": "A2", "method": "model", "category": "likely", "p_met": 0.7, "outcome": "achieved"},
        {**base, "target_id": "B", "low": 8.0, "method": "model", "category": "unlikely", "p_met": 0.2,
         "outcome": "missed"},
        {**base, "target_id": "A", "method": "eurostat", "category": "on_track", "p_met": np.nan,
         "outcome": "achieved"},
        {**base, "target_id": "B", "low": 8.0, "method": "eurostat", "category": "moving_away", "p_met": np.nan,
         "outcome": "missed"},
        {**base, "target_id": "C", "low": 9.0, "method": "eurostat", "category": "insufficient_data",
         "p_met": np.nan, "outcome": "missed"},
    ])  # fmt: skip


def test_restated_copies_collapse():
    one = skill.collapse_restated(_replay_rows())
    assert sorted(one.loc[one["method"] == "model", "target_id"]) == ["A", "B"]
    assert one.loc[(one["target_id"] == "A") & (one["method"] == "model"), "copies"].iloc[0] == 2


def test_brier_by_hand():
    t = skill.brier_table(_replay_rows()).set_index("method")
    # model: (0.7-1)^2, (0.2-0)^2 -> 0.065; always-off-track: (0-1)^2, 0 -> 0.5
    assert t.loc["model", "brier"] == pytest.approx((0.09 + 0.04) / 2)
    assert t.loc["model", "brier_off_track"] == pytest.approx(0.5)
    assert t.loc["model", "skill_vs_off_track"] == pytest.approx(1 - 0.065 / 0.5)
    assert t.loc["model", "skill_vs_coin"] == pytest.approx(1 - 0.065 / 0.25)
    # eurostat: on_track 0.8 (achieved), moving_away 0.05 (missed); no verdict dropped
    assert t.loc["eurostat", "forecasts"] == 2
    assert t.loc["eurostat", "brier"] == pytest.approx((0.04 + 0.0025) / 2)
    assert skill.stated_probability("escap", "achieved") == skill.ACHIEVED_P
    assert np.isnan(skill.stated_probability("unsd", "insufficient_data"))


# --- pooled drift -----------------------------------------------------------------


def test_pooled_drift_naive_and_no_look_ahead():
    years = list(range(2010, 2022))
    by_geo = {
        f"G{i}": pd.Series(100 * (1.03 + 0.01 * i) ** np.arange(12), index=years) for i in range(6)
    }
    cells = pooled_drift.drift_cells(by_geo)
    out = pooled_drift.compare(cells)
    assert out["err_naive"].abs().max() < 1e-9  # exact on exponentials
    # leave-one-out pool: G0's pooled drift is the mean of the others' log growth
    g0 = cells[(cells["geo"] == "G0")].iloc[0]
    assert g0["g_pool"] == pytest.approx(np.mean([math.log(1.03 + 0.01 * i) for i in range(1, 6)]))
    # the weight used at an origin depends only on outcomes known by then
    late = cells.copy()
    late.loc[late["origin"] + late["horizon"] > 2017, "actual"] *= 1.3
    w_a, w_b = pooled_drift.learned_weights(cells), pooled_drift.learned_weights(late)
    early = cells["origin"] <= 2017
    assert np.array_equal(w_a[early].to_numpy(), w_b[early].to_numpy())


def test_backtest_run_wires_calibration(monkeypatch, synthetic):
    raw, _ = synthetic
    monkeypatch.setattr(B, "rolling_origin", lambda *a, **k: raw)
    tables = B.run(replay=False, skill_models=False)
    assert set(tables) == {"backtest_errors.csv", "backtest_calibration.csv"}
    errors = tables["backtest_errors.csv"]
    assert {"fold", "factor", "lower_cal", "upper_cal", "covered_cal", "pit", "pit_cal"} <= set(
        errors
    )
    assert list(tables["backtest_calibration.csv"].columns)[: len(C.COLUMNS)] == C.COLUMNS
