"""Backtest helpers: runs without breaks, rolling-origin errors, summaries, replay scores.

Fast (a few seconds): the full backtest (``hn4ir backtest``) is not run here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from hn4ir_analysis import config
from hn4ir_analysis.assess import backtest as B
from hn4ir_analysis.assess import trends


def _rows(years, basis=None, breaks=None):
    n = len(years)
    return pd.DataFrame({
        "year": years,
        "value": [float(y) for y in years],
        "basis": basis or ["current"] * n,
        "break_before": breaks or [""] * n,
    })  # fmt: skip


# --- longest_run ------------------------------------------------------------------


def test_longest_run_plain_and_unsorted():
    run = B.longest_run(_rows([2014, 2012, 2013, 2015]))
    assert list(run.index) == [2012, 2013, 2014, 2015]
    assert list(run) == [2012.0, 2013.0, 2014.0, 2015.0]
    assert run.dtype == float


def test_longest_run_gap():
    run = B.longest_run(_rows([2010, 2011, 2012, 2014, 2015, 2016, 2017]))
    assert list(run.index) == [2014, 2015, 2016, 2017]


def test_longest_run_old_basis_dropped():
    basis = ["old_basis"] * 4 + ["current"] * 3
    run = B.longest_run(_rows(list(range(2010, 2017)), basis=basis))
    assert list(run.index) == [2014, 2015, 2016]
    # an old-basis value inside a run cuts it and is not kept
    basis = ["current"] * 3 + ["old_basis"] + ["current"] * 2
    run = B.longest_run(_rows(list(range(2010, 2016)), basis=basis))
    assert list(run.index) == [2010, 2011, 2012]


def test_longest_run_break_starts_a_new_run():
    breaks = ["", "", "", "ICLS-19 definition", "", "", ""]
    run = B.longest_run(_rows(list(range(2018, 2025)), breaks=breaks))
    assert list(run.index) == [2021, 2022, 2023, 2024]  # the break year opens the new run
    # ties keep the earlier run
    breaks = ["", "", "rebased", ""]
    assert list(B.longest_run(_rows([2010, 2011, 2012, 2013], breaks=breaks)).index) == [2010, 2011]


def test_longest_run_empty():
    assert B.longest_run(_rows([])).empty


# --- forecast_errors --------------------------------------------------------------

YEARS = np.arange(2010, 2023)
EXP = pd.Series(100 * 1.06 ** (YEARS - 2010), index=YEARS)
_rng = np.random.default_rng(3)
NOISY = pd.Series(
    100 * np.exp(np.cumsum(0.05 + 0.02 * _rng.standard_normal(len(YEARS)))), index=YEARS
)


def test_naive_is_exact_on_an_exponential():
    rows = pd.DataFrame(B.forecast_errors(EXP, models=("naive_cagr",), n_sims=20))
    origins = list(range(2010 + B.MIN_TRAIN - 1, 2022))
    assert sorted(rows["origin"].unique()) == origins
    naive = rows[rows["model"] == "naive_cagr"]
    assert len(naive) == sum(min(5, 2022 - o) for o in origins)
    assert set(naive["horizon"]) == set(B.HORIZONS)
    assert naive["error"].abs().max() < 1e-9
    # naive is the only (hence selected) model; the selected rows repeat it
    sel = rows[rows["model"] == "selected"]
    assert (sel["chosen_model"] == "naive_cagr").all()
    assert np.allclose(sel["forecast"].to_numpy(), naive["forecast"].to_numpy())


def test_errors_are_log_points_and_use_no_future_data():
    rows = pd.DataFrame(B.forecast_errors(NOISY, models=("naive_cagr", "ols_log_trend"), n_sims=50))
    assert set(rows["model"]) == {"naive_cagr", "ols_log_trend", "selected"}
    assert (rows.loc[rows["model"] == "selected", "chosen_model"] == "ols_log_trend").all()
    expected = 100 * np.log(rows["forecast"] / rows["actual"])
    assert np.allclose(rows["error"], expected, rtol=0, atol=1e-12)
    assert (rows["actual"].to_numpy() == NOISY[rows["origin"] + rows["horizon"]].to_numpy()).all()
    covered = (rows["lower"] <= rows["actual"]) & (rows["actual"] <= rows["upper"])
    assert (rows["covered"] == covered).all()
    assert rows["horizon"].between(1, 5).all()
    # changing the values after an origin does not change that origin's forecasts
    origin = 2016
    changed = NOISY.copy()
    changed[changed.index > origin] *= 1.5
    again = pd.DataFrame(
        B.forecast_errors(changed, models=("naive_cagr", "ols_log_trend"), n_sims=50)
    )
    a = rows[rows["origin"] == origin].reset_index(drop=True)
    b = again[again["origin"] == origin].reset_index(drop=True)
    pd.testing.assert_series_equal(a["forecast"], b["forecast"])
    assert np.allclose(b["error"], a["error"] - 100 * np.log(1.5))


def test_forecast_errors_too_short():
    assert B.forecast_errors(EXP.iloc[: B.MIN_TRAIN], models=("naive_cagr",)) == []


# --- summarise / by_horizon -------------------------------------------------------


def _err(scope, model, errors, covered, geo="G", panel="p"):
    return [{"scope": scope, "panel": panel, "geo": geo, "origin": 2015, "horizon": h + 1,
             "model": model, "error": e, "covered": c}
            for h, (e, c) in enumerate(zip(errors, covered, strict=True))]  # fmt: skip


def test_summarise_tiny():
    frame = pd.DataFrame(
        _err("panel", "naive_cagr", [1.0, -3.0], [True, False])
        + _err("panel", "selected", [-2.0, 2.0], [True, True])
        + _err("panel", "ets_damped", [0.5], [False])  # only the first horizon
        + _err("hanoi", "naive_cagr", [4.0], [True])
        + _err("hanoi", "selected", [2.0], [False])
    )
    s = B.summarise(frame).set_index(["scope", "model"])
    assert list(B.summarise(frame).columns) == [
        "scope",
        "model",
        "n",
        "mae",
        "coverage",
        "mae_vs_naive",
    ]
    assert s.loc[("panel", "naive_cagr"), "mae_vs_naive"] == 1.0
    assert s.loc[("hanoi", "naive_cagr"), "mae_vs_naive"] == 1.0
    assert s.loc[("panel", "naive_cagr"), "mae"] == 2.0
    assert s.loc[("panel", "selected"), "coverage"] == 1.0
    assert s.loc[("panel", "selected"), "mae_vs_naive"] == pytest.approx(1.0)
    assert s.loc[("hanoi", "selected"), "mae_vs_naive"] == pytest.approx(0.5)
    # compared on the forecasts both made: 0.5 against naive's 1.0 at horizon 1
    assert s.loc[("panel", "ets_damped"), "n"] == 1
    assert s.loc[("panel", "ets_damped"), "mae_vs_naive"] == pytest.approx(0.5)
    h = B.by_horizon(frame)
    assert h.loc[("panel", "naive_cagr"), 2] == 3.0


def test_summarise_empty():
    assert list(B.summarise(pd.DataFrame()).columns) == [
        "scope", "model", "n", "mae", "coverage", "mae_vs_naive"
    ]  # fmt: skip


# --- rolling_origin on a few provinces ---------------------------------------------


@pytest.fixture(scope="module")
def small():
    """One province per panel and Hanoi, few paths: the shape, not the accuracy."""
    return B.rolling_origin(max_geos=1, n_sims=20)


def test_rolling_origin_shape(small):
    assert list(small.columns) == ["panel", "geo", "scope", "origin", "horizon", "model",
                                   "chosen_model", "forecast", "lower", "upper", "actual",
                                   "error", "covered"]  # fmt: skip
    assert set(small["panel"]) == set(B.PANELS)
    assert set(small["scope"]) == {"panel", "hanoi"}
    assert (small.loc[small["scope"] == "hanoi", "geo"] == "HN").all()
    for _panel, g in small[small["scope"] == "panel"].groupby("panel"):
        assert g["geo"].nunique() == 1 and "HN" not in set(g["geo"])  # max_geos=1
    assert set(small["model"]) <= {*trends.MODELS, "selected"}
    assert set(small["chosen_model"]) <= set(trends.MODELS)
    assert small["horizon"].between(1, 5).all()
    assert np.isfinite(small[["forecast", "lower", "upper", "actual", "error"]]).all().all()
    assert (small["lower"] <= small["upper"]).all()
    # one row per geo × origin × horizon × model
    assert not small.duplicated(["panel", "geo", "origin", "horizon", "model"]).any()
    summary = B.summarise(small)
    assert set(summary["scope"]) == {"panel", "hanoi"}
    assert summary["coverage"].between(0, 1).all()


# --- replay_summary ----------------------------------------------------------------


def test_replay_summary_tiny():
    replay = pd.DataFrame({
        "method": ["eurostat", "eurostat", "eurostat", "model", "destatis", "destatis"],
        "right": [True, False, None, True, None, None],
    })  # fmt: skip
    s = B.replay_summary(replay).set_index("method")
    assert list(B.replay_summary(replay).columns) == [
        "method",
        "verdicts",
        "right",
        "share_right",
        "no_verdict",
    ]
    assert s.loc["eurostat"].to_dict() == {
        "verdicts": 2,
        "right": 1,
        "share_right": 0.5,
        "no_verdict": 1,
    }
    assert s.loc["model", "share_right"] == 1.0 and s.loc["model", "no_verdict"] == 0
    # a method that never gave a verdict: 0 verdicts, no share
    assert s.loc["destatis", "verdicts"] == 0 and s.loc["destatis", "no_verdict"] == 2
    assert np.isnan(s.loc["destatis", "share_right"])
    assert s["verdicts"].dtype.kind == "i" and s["right"].dtype.kind == "i"


def test_shipped_replay_scores_an_exceeded_target_as_met():
    """data/processed/backtest_replay.csv (``hn4ir backtest``): Hanoi's 2022 growth target
    (7–7.5 %; 8.96 % came, ex post "exceeded") is replayed from 2019–2021 and scored as met.
    The replay kept only "achieved"/"missed" outcomes, so a rerun dropped these 15 rows."""
    replay = pd.read_csv(config.PROCESSED_DIR / "backtest_replay.csv")
    rows = replay[replay["target_id"] == "PLAN2022_grdp_growth"]
    assert len(rows) == 15 and set(rows["outcome"]) == {"exceeded"}
    model = rows[rows["method"] == "model"].set_index("as_of")
    assert model["p_met"].to_dict() == {2021: 0.094, 2020: 0.18, 2019: 0.884}
    assert model["right"].astype(bool).to_dict() == {2021: False, 2020: False, 2019: True}


def test_stale_files_names_what_a_rerun_would_change(tmp_path):
    """make bench's check that the shipped backtest files are what the code writes."""
    from hn4ir_analysis.assess import backtest_bench
    from hn4ir_analysis.data.processed import write_atomic

    tables = {"backtest_replay.csv": pd.DataFrame({"target_id": ["a"], "p_met": [0.094]}),
              "backtest_skill.csv": pd.DataFrame({"n": [3]})}  # fmt: skip
    write_atomic(tables, tmp_path)
    assert backtest_bench.stale_files(tables, tmp_path) == []
    changed = {**tables, "backtest_replay.csv": tables["backtest_replay.csv"].assign(p_met=0.18)}
    assert backtest_bench.stale_files(changed, tmp_path) == ["backtest_replay.csv"]
    (tmp_path / "backtest_skill.csv").unlink()
    assert backtest_bench.stale_files(tables, tmp_path) == ["backtest_skill.csv"]
