"""Trend models for short annual series: point forecasts, prediction intervals, simulated paths.

:func:`fit_trend` fits one model in :data:`MODELS` to a Series indexed by year and returns a
:class:`TrendResult`; :func:`fit_all` fits every model; :func:`select_model` picks one;
:func:`calibrate` widens a result by the backtest's factors (the assessment always does,
see :mod:`hn4ir_analysis.assess.calibration`).
The fitting itself lives in :mod:`hn4ir_analysis.assess.trend_models`.
The result type, the transforms and :func:`calibrate` live in
:mod:`hn4ir_analysis.assess.trend_result` (re-exported here).

Notes
-----
Method. Each model is fitted to a transformed series ``z``: ``log`` for positive levels,
``logit`` of ``value / 100`` for shares in per cent (so bounds and paths stay inside 0-100),
``none`` for rates that may be negative. Forecasts, bounds and paths are then mapped back.

* ``ols_log_trend``: deterministic linear trend in ``z`` (constant growth on the log
  scale) with optional level shifts; exact Student-t prediction intervals and paths that
  include parameter uncertainty. The only statsmodels model that accepts gaps.
* ``ets_damped``: ETS(A,Ad,N) (Hyndman et al. 2008, *Forecasting with Exponential
  Smoothing*), statsmodels ``ETSModel``.
* ``arima_drift``: ARIMA(0,1,0) with drift, i.e. a random walk with drift, statsmodels
  ``ARIMA(order=(0, 1, 0), trend="t")``.
* ``ucm_rw_drift``: ``UnobservedComponents(level="random walk with drift")``. This is the
  same process as ``arima_drift``, but the drift is a diffuse state, so its estimation
  uncertainty enters the Kalman-filter interval.
* ``naive_cagr``: the constant-CAGR rule that Eurostat/UNSD-style projections assume. The
  last value is carried forward at the average annual change between the first and last
  observation (for ``log``: the CAGR). The spread comes from a seeded bootstrap of the
  observed annual changes, with the drift re-estimated on each path. It is the baseline
  for the backtest.

Sources: statsmodels 0.15 documentation (``ETSModel``, ``ARIMA``, ``UnobservedComponents``,
``get_prediction``/``get_forecast``, ``simulate``). Minimum sample sizes follow the rule in
Hyndman & Athanasopoulos, *Forecasting: Principles and Practice* 3rd ed. §13.7: more
observations than estimated parameters, counting the error variance.

How to read a result. ``mean`` is the forecast of ``z`` mapped back to the original scale.
For ``log`` and ``logit`` this is the predictive *median*, not the mean. ``lower``/``upper``
bound the central ``confidence`` prediction interval for each single year. ``paths`` are
joint draws over the years. Use them for anything that spans years or needs a
probability. The probability of meeting a target is the share of paths that meet it,
e.g. ``(res.paths[:, res.years == 2025] >= 20).mean()``. For a period average that mixes
observed and future years, average the observed values with the path columns, row by row.
State-space and ETS paths ignore some parameter uncertainty; ``notes`` says what.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import cache
from hn4ir_analysis.assess.trend_models import FITTERS, ModelFailure
from hn4ir_analysis.assess.trend_result import (  # noqa: F401 (re-exported)
    _SCALE_NAME,
    TRANSFORMS,
    TrendResult,
    _domain_problem,
    _forward,
    _inverse,
    calibrate,
    transform_for,
)

MODELS = ("ols_log_trend", "ets_damped", "arima_drift", "ucm_rw_drift", "naive_cagr")

#: Fewest observations each model accepts: more than the estimated parameters, counting
#: sigma^2 (FPP3 §13.7). naive_cagr: two observed changes, so that their dispersion is
#: defined (two points give a CAGR but no uncertainty, hence no probability). ols: 2
#: coefficients + sigma^2 and at least 2 residual df. arima: drift + sigma^2 from the n-1
#: changes. ucm: sigma^2 after two diffuse states (level, drift) use up the first two
#: observations. ets: alpha, beta, phi, l0, b0 and sigma^2 need at least 7.
MIN_OBS: dict[str, int] = {
    "naive_cagr": 3,
    "ols_log_trend": 4,
    "arima_drift": 5,
    "ucm_rw_drift": 6,
    "ets_damped": 7,
}

#: Models that need consecutive years (the state-space/ETS recursions are annual).
CONSECUTIVE_ONLY = frozenset({"ets_damped", "arima_drift", "ucm_rw_drift"})

#: :func:`select_model` takes the first ok model in this order (see its Notes).
SELECTION_ORDER = ("arima_drift", "ucm_rw_drift", "ols_log_trend", "ets_damped", "naive_cagr")


def _years_values(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer years and float values, after checking the input contract."""
    years = np.asarray(series.index, dtype=float)
    values = np.asarray(series.to_numpy(), dtype=float)
    if len(years) and not np.all(years == np.round(years)):
        raise ValueError("series must be indexed by integer years")
    if np.any(np.diff(years) <= 0):
        raise ValueError("series index must be sorted and without duplicate years")
    if np.isnan(values).any():
        raise ValueError("series must not contain NaN")
    return years.astype(int), values


def fit_trend(
    series: pd.Series,
    model: str,
    *,
    horizon_end: int,
    confidence: float = 0.8,
    transform: str = "log",
    n_sims: int = 2000,
    seed: int = 20200910,
    step_years: tuple[int, ...] = (),
) -> TrendResult:
    """Fit ``model`` to an annual series and forecast it up to ``horizon_end``.

    Parameters
    ----------
    series : pandas.Series
        Values indexed by integer year, sorted, NaN-free. Gaps are allowed only for
        ``ols_log_trend`` and ``naive_cagr``.
    model : str
        One of :data:`MODELS`.
    horizon_end : int
        Last forecast year; the forecast covers ``last_year + 1 .. horizon_end``.
    confidence : float
        Coverage of the central prediction interval, e.g. 0.8 for 10 %-90 %.
    transform : {"log", "logit", "none"}
        Scale the model works on. ``logit`` expects per cent (0-100).
    n_sims : int
        Number of simulated paths.
    seed : int
        Seed for every random draw; the same inputs give identical outputs.
    step_years : tuple of int
        Level-shift years for ``ols_log_trend``. A dummy is 1 from that year on. It is
        used only with at least 2 observations on each side; otherwise it is skipped
        and ``notes`` says so. Other models ignore it.

    Returns
    -------
    TrendResult
        ``ok`` False with a ``reason`` if the model cannot be used (too few observations,
        gaps, values outside the transform's domain, a horizon not after the data,
        non-convergence or an estimation error).

    Raises
    ------
    ValueError
        Unknown model/transform, bad confidence or n_sims, or a series that breaks the
        input contract (non-integer, unsorted or duplicate years, NaN).

    Notes
    -----
    Methods and sources are in the module Notes. Read ``mean`` as the back-transformed
    point forecast (a median for log/logit), ``lower``/``upper`` as yearly prediction
    bounds, and ``(paths >= target).mean(axis=0)`` as the probability of meeting a target.
    """
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; choose from {MODELS}")
    if transform not in TRANSFORMS:
        raise ValueError(f"unknown transform {transform!r}; choose from {TRANSFORMS}")
    if not 0 < confidence < 1:
        raise ValueError("confidence must lie strictly between 0 and 1")
    if n_sims < 1:
        raise ValueError("n_sims must be at least 1")
    years, values = _years_values(series)
    n = len(years)
    last_year = int(years[-1]) if n else 0
    future = np.arange(last_year + 1, int(horizon_end) + 1, dtype=int)

    def result(ok, reason, mean, lower, upper, paths, notes=""):
        return TrendResult(
            model, ok, reason, n, transform, last_year, future, mean, lower, upper, paths, notes
        )

    def fail(reason: str) -> TrendResult:
        nan = np.full(len(future), np.nan)
        return result(False, reason, nan, nan.copy(), nan.copy(), np.empty((0, len(future))))

    if n < MIN_OBS[model]:
        return fail(f"{model} needs at least {MIN_OBS[model]} observations (MIN_OBS), got {n}")
    if horizon_end <= last_year:
        return fail(f"horizon_end {horizon_end} is not after the last observed year {last_year}")
    gaps = years[1:][np.diff(years) > 1]
    if model in CONSECUTIVE_ONLY and len(gaps):
        return fail(f"{model} needs consecutive years; gap before {', '.join(map(str, gaps))}")
    problem = _domain_problem(values, transform)
    if problem:
        return fail(problem)
    z = _forward(values, transform)
    try:
        fit = FITTERS[model](
            years, z, future, confidence=confidence, n_sims=n_sims, seed=seed,
            step_years=tuple(step_years),
        )  # fmt: skip
    except ModelFailure as exc:
        return fail(str(exc))
    mean, lower, upper = (_inverse(a, transform) for a in (fit.mean, fit.lower, fit.upper))
    paths = _inverse(fit.paths, transform)
    if not all(np.isfinite(a).all() for a in (mean, lower, upper, paths)):
        return fail(f"{model} produced non-finite forecasts")
    notes = [f"fitted on {_SCALE_NAME[transform]}"]
    if transform == "log" and np.isfinite(fit.slope):
        notes.append(f"trend growth {np.expm1(fit.slope):.2%}/yr")
    elif np.isfinite(fit.slope):
        notes.append(f"trend slope {fit.slope:.4g}/yr on that scale")
    if len(gaps):
        notes.append(f"gap before {', '.join(map(str, gaps))}")
    notes.append(fit.notes)
    return result(True, "", mean, lower, upper, paths, "; ".join(notes))


def fit_all(
    series: pd.Series,
    *,
    horizon_end: int,
    confidence: float = 0.8,
    transform: str = "log",
    n_sims: int = 2000,
    seed: int = 20200910,
    step_years: tuple[int, ...] = (),
    models: tuple[str, ...] = MODELS,
) -> list[TrendResult]:
    """Fit each of ``models`` with :func:`fit_trend` (same arguments); results in that order.

    Notes
    -----
    Every model gets the same ``seed``. Failed models are kept with ``ok=False`` and a
    ``reason``, so a table of results shows why a model is missing. Results are kept in
    the disk cache (:mod:`hn4ir_analysis.cache`) under the series' years and values and
    every argument, so notebooks and the report share one fit per series.
    """
    kwargs = dict(horizon_end=horizon_end, confidence=confidence, transform=transform)
    kwargs.update(n_sims=n_sims, seed=seed, step_years=step_years)
    parts = (
        series.index.to_numpy(dtype=np.int64),
        series.to_numpy(dtype=float),
        sorted(kwargs.items()),
        models,
    )
    return cache.cached("fits", parts, lambda: [fit_trend(series, m, **kwargs) for m in models])


def select_model(results: list[TrendResult]) -> TrendResult | None:
    """The first ok result in :data:`SELECTION_ORDER`, or None if no model is ok.

    Notes
    -----
    The order is arima_drift, ucm_rw_drift, ols_log_trend, ets_damped, then naive_cagr.
    A random walk with drift is the standard benchmark for annual output-type series,
    and its intervals widen with the horizon as they should if the series has a
    stochastic trend. ``arima_drift`` comes first because it needs the fewest
    observations of the two random-walk forms (5 against 6). ``ols_log_trend`` is next:
    it is the only statsmodels model that accepts gaps and level shifts, but its
    deterministic trend gives narrower long-horizon intervals. ``ets_damped`` estimates
    six parameters and is too noisy for most short series. ``naive_cagr`` is the
    fallback baseline. This is a fixed rule, not a comparison of accuracy. Compare the
    models by backtest before trusting a single one.
    """
    by_model = {r.model: r for r in results if r.ok}
    return next((by_model[m] for m in SELECTION_ORDER if m in by_model), None)
