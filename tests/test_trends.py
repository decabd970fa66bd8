"""Tests for hn4ir_analysis.assess.trends: accuracy on known trends, intervals, seeding, failures."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.regression.linear_model import OLS
from statsmodels.tools.sm_exceptions import ConvergenceWarning
from statsmodels.tools.tools import add_constant

from hn4ir_analysis.assess import trend_models
from hn4ir_analysis.assess.trends import (
    CONSECUTIVE_ONLY,
    MIN_OBS,
    MODELS,
    TrendResult,
    fit_all,
    fit_trend,
    select_model,
)

YEARS = np.arange(2015, 2025)
T = np.arange(len(YEARS))
#: exact 7 % growth times a tiny deterministic wiggle (so variances are not zero)
EXP7 = pd.Series(100 * 1.07**T * (1 + 0.003 * np.sin(1.7 * T)), index=YEARS)
#: a noisier seeded log random walk with drift, for interval shape checks
_rng = np.random.default_rng(7)
NOISY = pd.Series(100 * np.exp(np.cumsum(0.07 + 0.03 * _rng.standard_normal(10))), index=YEARS)
#: Hanoi average population, thousand persons (GSO, data/processed/hanoi_annual.csv)
HANOI_POP = pd.Series([8093.9, 8246.5, 8330.8, 8435.7, 8587.1, 8717.6], index=np.arange(2019, 2025))


@pytest.fixture(scope="module")
def exp7_results():
    return {r.model: r for r in fit_all(EXP7, horizon_end=2030)}


@pytest.fixture(scope="module")
def noisy_results():
    return {r.model: r for r in fit_all(NOISY, horizon_end=2030)}


def test_exact_exponential_next_year(exp7_results):
    truth = 100 * 1.07**10
    assert all(r.ok for r in exp7_results.values()), {m: r.reason for m, r in exp7_results.items()}
    for model, res in exp7_results.items():
        # ets_damped is damped (phi <= 0.98), so it undershoots an undamped trend slightly
        assert res.mean[0] == pytest.approx(truth, rel=0.015), model
        assert res.years[0] == 2025 and res.years[-1] == 2030 and res.last_year == 2024
        assert res.paths.shape == (2000, 6) and res.n_obs == 10
    ols = exp7_results["ols_log_trend"]
    assert ols.mean[1] / ols.mean[0] - 1 == pytest.approx(0.07, abs=5e-4)
    assert "trend growth 7.00%/yr" in ols.notes


def test_intervals_contain_mean_and_widen(noisy_results):
    for model, res in noisy_results.items():
        assert res.ok, (model, res.reason)
        assert np.all(res.lower < res.mean) and np.all(res.mean < res.upper), model
        assert np.all(np.diff(np.log(res.upper) - np.log(res.lower)) > 0), model
        inside = ((res.paths >= res.lower) & (res.paths <= res.upper)).mean(axis=0)
        assert np.all(np.abs(inside - 0.8) < 0.06), (model, inside)


def test_logit_stays_inside_0_100():
    share = pd.Series([55.0, 61.0, 66.5, 70.0, 75.2, 79.0, 82.5, 85.1], index=np.arange(2017, 2025))
    for res in fit_all(share, horizon_end=2040, transform="logit", models=MODELS):
        if not res.ok:
            continue
        for arr in (res.mean, res.lower, res.upper, res.paths):
            assert np.all((arr > 0) & (arr < 100)), res.model
    assert fit_trend(share, "ols_log_trend", horizon_end=2030, transform="logit").ok
    bad = fit_trend(share * 2, "ols_log_trend", horizon_end=2030, transform="logit")
    assert not bad.ok and "between 0 and 100" in bad.reason


@pytest.mark.parametrize("model", MODELS)
def test_seeded_reproducibility(model):
    a = fit_trend(NOISY, model, horizon_end=2028, n_sims=300, seed=5)
    b = fit_trend(NOISY, model, horizon_end=2028, n_sims=300, seed=5)
    c = fit_trend(NOISY, model, horizon_end=2028, n_sims=300, seed=6)
    assert a.ok and c.ok
    for field in ("mean", "lower", "upper", "paths"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.paths, c.paths)


@pytest.mark.parametrize("model", MODELS)
def test_too_few_observations(model):
    k = MIN_OBS[model]
    res = fit_trend(NOISY.iloc[: k - 1], model, horizon_end=2030)
    assert not res.ok and f"at least {k} observations" in res.reason
    assert res.paths.shape == (0, len(res.years)) and np.isnan(res.mean).all()


def test_gaps_refused_by_recursive_models_only():
    gappy = NOISY.drop([2018, 2021])
    for res in fit_all(gappy, horizon_end=2030):
        if res.model in CONSECUTIVE_ONLY:
            assert not res.ok and "consecutive years" in res.reason and "2019" in res.reason
        else:
            assert res.ok, res.reason
            assert "gap before 2019, 2022" in res.notes


def test_horizon_not_after_data():
    res = fit_trend(NOISY, "ols_log_trend", horizon_end=2024)
    assert not res.ok and "not after the last observed year 2024" in res.reason
    assert len(res.years) == 0


def test_constant_series_is_refused():
    flat = pd.Series(50.0, index=YEARS)
    for res in fit_all(flat, horizon_end=2030, models=MODELS[:4]):
        assert not res.ok
        assert "variance" in res.reason, (res.model, res.reason)


def _with_fit(cls, method, wrapper):
    original = getattr(cls, method)

    def patched(self, *args, **kwargs):
        return wrapper(original(self, *args, **kwargs))

    return patched


def test_convergence_warning_drops_model(monkeypatch):
    def warn(res):
        warnings.warn(
            "Maximum Likelihood optimization failed to converge.", ConvergenceWarning, stacklevel=2
        )
        return res

    monkeypatch.setattr(trend_models.ARIMA, "fit", _with_fit(trend_models.ARIMA, "fit", warn))
    res = fit_trend(NOISY, "arima_drift", horizon_end=2030)
    assert not res.ok and "ConvergenceWarning" in res.reason


def test_unconverged_retvals_drop_model(monkeypatch):
    def unconverge(res):
        res.mle_retvals["converged"] = False
        return res

    ucm = trend_models.UnobservedComponents
    monkeypatch.setattr(ucm, "fit", _with_fit(ucm, "fit", unconverge))
    res = fit_trend(NOISY, "ucm_rw_drift", horizon_end=2030)
    assert not res.ok and "mle_retvals['converged'] is False" in res.reason


def test_estimation_exception_drops_model(monkeypatch):
    def boom(self, *args, **kwargs):
        raise np.linalg.LinAlgError("Singular matrix")

    monkeypatch.setattr(trend_models.ETSModel, "fit", boom)
    res = fit_trend(NOISY, "ets_damped", horizon_end=2030)
    assert not res.ok and "LinAlgError: Singular matrix" in res.reason


def test_naive_cagr_hanoi_population_pinned():
    res = fit_trend(HANOI_POP, "naive_cagr", horizon_end=2030)
    cagr = (8717.6 / 8093.9) ** (1 / 5) - 1  # ln(1.077058)/5 = 0.014847 -> 1.4957 % a year
    assert cagr == pytest.approx(0.014957, abs=1e-6)
    assert res.mean[0] == pytest.approx(8717.6 * (1 + cagr), rel=1e-12)
    assert res.mean[-1] == pytest.approx(8717.6 * (1 + cagr) ** 6, rel=1e-12)
    assert res.mean[0] == pytest.approx(8848.0, abs=0.1)  # hand computation
    assert res.mean[-1] == pytest.approx(9529.8, abs=0.1)  # 8717.6 * exp(6 * 0.014847)
    assert "trend growth 1.50%/yr" in res.notes
    assert np.all(res.lower < res.mean) and np.all(res.mean < res.upper)


def test_naive_cagr_two_points_refused():
    share = pd.Series([16.25, 17.34], index=[2024, 2025])  # Hanoi digital-economy share, % GRDP
    res = fit_trend(share, "naive_cagr", horizon_end=2030, transform="logit")
    assert not res.ok and "at least 3 observations" in res.reason
    gappy = pd.Series([15.0, 16.25, 17.34], index=[2021, 2024, 2025])  # illustrative 2021 value
    three = fit_trend(gappy, "naive_cagr", horizon_end=2030, transform="logit")
    assert three.ok and three.paths.shape == (2000, 5) and np.isfinite(three.lower).all()


def test_ols_path_share_matches_student_t_predictive():
    series = NOISY
    res = fit_trend(series, "ols_log_trend", horizon_end=2030, n_sims=40000, seed=11)
    X = add_constant((series.index.to_numpy() - 2024).astype(float))
    ols = OLS(np.log(series.to_numpy()), X).fit()
    frame = ols.get_prediction(np.array([[1.0, 6.0]])).summary_frame(alpha=0.2)
    se_obs = np.sqrt(frame["mean_se"].iloc[0] ** 2 + ols.scale)
    for threshold in np.quantile(res.paths[:, -1], [0.1, 0.3, 0.5, 0.7, 0.9]):
        z = (np.log(threshold) - frame["mean"].iloc[0]) / se_obs
        p_exact = stats.t.sf(z, ols.df_resid)
        p_paths = (res.paths[:, -1] >= threshold).mean()
        assert p_paths == pytest.approx(p_exact, abs=0.01)
    assert res.lower[-1] == pytest.approx(np.exp(frame["obs_ci_lower"].iloc[0]))


def test_probability_monotone_and_period_average(noisy_results):
    thresholds = np.linspace(150, 300, 16)
    for res in noisy_results.values():
        p = [(res.paths[:, -1] >= c).mean() for c in thresholds]
        assert all(0 <= q <= 1 for q in p) and np.all(np.diff(p) <= 0), res.model
    # average over 2022-2026: three observed years plus two simulated ones, per path
    res = noisy_results["arima_drift"]
    observed = NOISY.loc[2022:2024].to_numpy()
    sim = res.paths[:, (res.years >= 2025) & (res.years <= 2026)]
    avg = (observed.sum() + sim.sum(axis=1)) / 5
    assert avg.shape == (2000,) and 0 < (avg >= np.median(avg)).mean() < 1


def test_step_dummy_included_or_skipped():
    t = np.arange(12)
    shifted = pd.Series(100 * 1.07**t * np.where(t >= 5, 0.85, 1.0) * (1 + 0.003 * np.sin(1.7 * t)),
                        index=2015 + t)  # fmt: skip
    with_step = fit_trend(shifted, "ols_log_trend", horizon_end=2027, step_years=(2020,))
    without = fit_trend(shifted, "ols_log_trend", horizon_end=2027)
    assert "level shift from 2020 included" in with_step.notes
    assert with_step.mean[0] == pytest.approx(100 * 1.07**12 * 0.85, rel=0.01)
    assert abs(without.mean[0] / (100 * 1.07**12 * 0.85) - 1) > 0.03
    late = fit_trend(shifted, "ols_log_trend", horizon_end=2027, step_years=(2026, 2016))
    assert "step 2016 skipped (1 obs before" in late.notes and "step 2026 skipped" in late.notes


def test_select_model_rule(noisy_results):
    assert select_model(list(noisy_results.values())).model == "arima_drift"
    short = fit_all(NOISY.iloc[:4], horizon_end=2030)
    assert select_model(short).model == "ols_log_trend"
    assert select_model(fit_all(NOISY.iloc[:3], horizon_end=2030)).model == "naive_cagr"
    assert select_model(fit_all(NOISY.iloc[:1], horizon_end=2030)) is None


def test_bad_inputs_raise():
    with pytest.raises(ValueError, match="unknown model"):
        fit_trend(NOISY, "prophet", horizon_end=2030)
    with pytest.raises(ValueError, match="NaN"):
        fit_trend(NOISY.where(NOISY.index != 2019), "naive_cagr", horizon_end=2030)
    with pytest.raises(ValueError, match="sorted"):
        fit_trend(NOISY.iloc[::-1], "naive_cagr", horizon_end=2030)
    assert isinstance(fit_trend(NOISY, "naive_cagr", horizon_end=2030), TrendResult)


def test_one_rule_for_the_modelling_scale():
    from hn4ir_analysis.assess.trends import transform_for

    assert transform_for("pct_of_grdp") == "logit"  # a share of GRDP stays inside 0-100
    assert transform_for("pct", "level") == "logit"  # e.g. the share of dossiers filed online
    assert transform_for("usd", "share") == "logit"
    assert transform_for("bn_vnd", "level") == "log"
    assert transform_for("index") == "log"
