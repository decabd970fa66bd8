"""The five trend models behind :func:`hn4ir_analysis.assess.trends.fit_trend`, on the transformed scale.

Each ``fit_<model>`` takes the observation years, the transformed values ``z``, the forecast
years and the interval/simulation settings, and returns a :class:`ModelFit` on the
transformed scale, or raises :class:`ModelFailure` with a reason a reader can act on.
:mod:`hn4ir_analysis.assess.trends` checks the inputs, applies and inverts the transform and packs the result.

Notes
-----
* ``ols_log_trend`` — statsmodels ``OLS`` of ``z`` on a constant, ``year - last_year`` and
  step dummies. Intervals: ``get_prediction(exog).summary_frame(alpha)`` ``obs_ci_*``
  (Student-t with ``df_resid``). Paths: for each path a variance
  :math:`\\sigma^{*2} = s^2\\,\\nu/w`, :math:`w \\sim \\chi^2_\\nu`, then
  :math:`\\beta^* \\sim N(\\hat\\beta, \\sigma^{*2}(X'X)^{-1})` and noise
  :math:`\\sigma^*\\varepsilon`. Hence :math:`\\beta^*` is multivariate t with the OLS
  covariance, the noise is :math:`s\\,t_\\nu`, and each year's marginal is exactly the
  Student-t predictive that ``obs_ci`` uses (the flat-prior posterior predictive).
* ``ets_damped``, ``arima_drift``, ``ucm_rw_drift`` — fitted by maximum likelihood on
  ``(z - z[-1]) / s`` with ``s`` the standard deviation of the annual changes, then
  mapped back. The models are affine-equivariant, so only the conditioning of the
  optimiser changes. In a trial on 96 simulated log-level series (6-12 points, noise sd
  0.002-0.08), ARIMA and UCM failed to converge on 8-38 % of the raw series, depending on
  the noise, and on none of the rescaled ones. ETS converged on all of them either way.
* A ``ConvergenceWarning`` or ``mle_retvals['converged'] is False`` fails the model.
* ``naive_cagr`` — random walk with drift fixed at the CAGR, with bootstrapped errors.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: statsmodels' model classes, imported on first use (module ``__getattr__``), not with
#: the module: statsmodels takes 1.5-3 s to import, and a notebook that reads its fits
#: from the disk cache (:mod:`hn4ir_analysis.cache`) never needs it
_LAZY = {
    "ARIMA": "statsmodels.tsa.arima.model",
    "ETSModel": "statsmodels.tsa.exponential_smoothing.ets",
    "UnobservedComponents": "statsmodels.tsa.statespace.structural",
    "OLS": "statsmodels.regression.linear_model",
}


def _statsmodels(name: str):
    """The statsmodels class ``name`` of :data:`_LAZY` (imported now if it was not yet)."""
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)


def __getattr__(name: str):
    """``trend_models.ARIMA`` etc. still work (tests patch their ``fit``)."""
    if name in _LAZY:
        return _statsmodels(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ModelFailure(Exception):
    """The model cannot be used for this series; ``str(exc)`` says why."""


@dataclass
class ModelFit:
    """Forecast on the transformed scale: ``paths`` has shape (n_sims, len(future))."""

    mean: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    paths: np.ndarray
    notes: str
    slope: float = float("nan")  # fitted annual change of z (drift / trend slope)


def _guarded(fit, what: str):
    """Run ``fit()``; fail on ConvergenceWarning, non-convergence or an exception.

    Ignored: optimiser probes of log(0) (``RuntimeWarning``) and missing-date-index notices
    (statsmodels' ``ValueWarning``).
    """
    from statsmodels.tools.sm_exceptions import ConvergenceWarning, ValueWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.simplefilter("error", ConvergenceWarning)
        for category in (RuntimeWarning, ValueWarning):
            warnings.simplefilter("ignore", category)
        try:
            res = fit()
        except ConvergenceWarning as exc:
            raise ModelFailure(f"{what}: ConvergenceWarning: {exc}") from exc
        except Exception as exc:  # estimation errors (LinAlgError, ValueError, ...)
            raise ModelFailure(f"{what} raised {type(exc).__name__}: {exc}") from exc
    retvals = getattr(res, "mle_retvals", None) or {}
    if retvals.get("converged") is False:
        raise ModelFailure(f"{what}: mle_retvals['converged'] is False ({retvals})")
    other = sorted({f"{w.category.__name__}: {w.message}" for w in caught})
    return res, ("; statsmodels warned: " + " | ".join(other)) if other else ""


def _rescaled(z: np.ndarray) -> tuple[pd.Series, float, float]:
    """``(z - z[-1]) / s`` as a RangeIndex Series (no date-index warnings), and the shift/scale."""
    s = float(np.std(np.diff(z), ddof=1))
    if not s > 1e-10 * max(1.0, float(np.abs(z).max())):
        raise ModelFailure(
            "the annual changes of the transformed series have no variance (sd = 0), "
            "so the model's error variance cannot be estimated"
        )
    return pd.Series((z - z[-1]) / s, index=pd.RangeIndex(len(z))), float(z[-1]), s


def _quantile(confidence: float) -> float:
    from scipy import stats

    return float(stats.norm.ppf(0.5 + confidence / 2))


def fit_ols(years, z, future, *, confidence, n_sims, seed, step_years) -> ModelFit:
    """OLS of ``z`` on a constant, ``year - last_year`` and step dummies (see module Notes)."""
    t = (years - years[-1]).astype(float)
    cols, included, notes = [np.ones_like(t), t], [], []
    for step in sorted(set(step_years)):
        before, after = int(np.sum(years < step)), int(np.sum(years >= step))
        cand = np.column_stack([*cols, (years >= step).astype(float)])
        if min(before, after) < 2:
            notes.append(f"step {step} skipped ({before} obs before, {after} from it; need 2+2)")
        elif len(z) - cand.shape[1] < 2:
            notes.append(f"step {step} skipped (would leave fewer than 2 residual df)")
        elif np.linalg.matrix_rank(cand) < cand.shape[1]:
            notes.append(f"step {step} skipped (collinear with an earlier step)")
        else:
            cols.append(cand[:, -1])
            included.append(step)
            notes.append(f"level shift from {step} included")
    X = np.column_stack(cols)
    res, warned = _guarded(lambda: _statsmodels("OLS")(z, X).fit(), "OLS")
    s2, df = float(res.scale), float(res.df_resid)
    if not np.sqrt(s2) > 1e-10 * max(1.0, float(np.abs(z).max())):
        raise ModelFailure("OLS fits exactly (residual variance 0): no uncertainty to estimate")
    tf = (future - years[-1]).astype(float)
    Xf = np.column_stack([np.ones_like(tf), tf] + [(future >= k).astype(float) for k in included])
    frame = res.get_prediction(Xf).summary_frame(alpha=1 - confidence)
    rng = np.random.default_rng(seed)
    sig_ratio = np.sqrt(df / rng.chisquare(df, size=n_sims))  # sigma* / s
    chol = np.linalg.cholesky(res.cov_params())  # s^2 (X'X)^-1
    beta = res.params + sig_ratio[:, None] * (rng.standard_normal((n_sims, X.shape[1])) @ chol.T)
    noise = np.sqrt(s2) * sig_ratio[:, None] * rng.standard_normal((n_sims, len(future)))
    notes.append(
        f"Student-t intervals, df={df:.0f}; paths include parameter uncertainty "
        "(multivariate-t coefficients, shared chi2 variance draw)"
    )
    return ModelFit(
        frame["mean"].to_numpy(),
        frame["obs_ci_lower"].to_numpy(),
        frame["obs_ci_upper"].to_numpy(),
        beta @ Xf.T + noise,
        "; ".join(notes) + warned,
        float(res.params[1]),
    )


def fit_ets(years, z, future, *, confidence, n_sims, seed, step_years) -> ModelFit:
    """ETS(A,Ad,N): additive error, additive damped trend (statsmodels ``ETSModel``)."""
    y, shift, scale = _rescaled(z)
    n, h = len(z), len(future)
    mod = _statsmodels("ETSModel")(y, error="add", trend="add", damped_trend=True)
    res, warned = _guarded(lambda: mod.fit(disp=False), "ETSModel.fit")
    frame = res.get_prediction(start=n, end=n + h - 1).summary_frame(alpha=1 - confidence)
    sims = res.simulate(h, anchor="end", repetitions=n_sims, rng=np.random.default_rng(seed))
    phi = float(dict(zip(res.param_names, res.params, strict=True))["damping_trend"])
    return ModelFit(
        shift + scale * frame["mean"].to_numpy(),
        shift + scale * frame["pi_lower"].to_numpy(),
        shift + scale * frame["pi_upper"].to_numpy(),
        shift + scale * np.asarray(sims, dtype=float).reshape(h, n_sims).T,
        f"damping phi={phi:.3f} (statsmodels bounds 0.8-0.98); analytic ETS interval and "
        "simulated paths ignore parameter uncertainty (too narrow for short series)" + warned,
    )


def fit_arima(years, z, future, *, confidence, n_sims, seed, step_years) -> ModelFit:
    """ARIMA(0,1,0) with drift (``trend='t'``; ``'c'`` is refused when d=1)."""
    y, shift, scale = _rescaled(z)
    h = len(future)
    mod = _statsmodels("ARIMA")(y, order=(0, 1, 0), trend="t")
    res, warned = _guarded(lambda: mod.fit(cov_type="oim"), "ARIMA.fit")
    frame = res.get_forecast(h).summary_frame(alpha=1 - confidence)
    var_drift = float(res.cov_params().iloc[0, 0])
    steps = np.arange(1, h + 1, dtype=float)
    sd = np.sqrt(frame["mean_se"].to_numpy() ** 2 + steps**2 * var_drift)
    rng = np.random.default_rng(seed)
    sims = np.asarray(res.simulate(h, anchor="end", repetitions=n_sims, rng=rng), dtype=float)
    drift_dev = rng.normal(0.0, np.sqrt(var_drift), size=n_sims)
    paths = sims.reshape(h, n_sims).T + drift_dev[:, None] * steps
    mean, q = frame["mean"].to_numpy(), _quantile(confidence)
    return ModelFit(
        shift + scale * mean,
        shift + scale * (mean - q * sd),
        shift + scale * (mean + q * sd),
        shift + scale * paths,
        "normal interval = get_forecast variance + h^2*Var(drift) (cov_type='oim'); "
        "paths = simulate() + h*drift draw; uncertainty in sigma2 ignored" + warned,
        scale * float(res.params.iloc[0]),
    )


def fit_ucm(years, z, future, *, confidence, n_sims, seed, step_years) -> ModelFit:
    """Unobserved components: random-walk level with a fixed (estimated) drift."""
    y, shift, scale = _rescaled(z)
    h = len(future)
    mod = _statsmodels("UnobservedComponents")(y, level="random walk with drift")
    res, warned = _guarded(lambda: mod.fit(disp=False), "UnobservedComponents.fit")
    frame = res.get_forecast(h).summary_frame(alpha=1 - confidence)
    sims = res.simulate(h, anchor="end", repetitions=n_sims, rng=np.random.default_rng(seed))
    return ModelFit(
        shift + scale * frame["mean"].to_numpy(),
        shift + scale * frame["mean_ci_lower"].to_numpy(),
        shift + scale * frame["mean_ci_upper"].to_numpy(),
        shift + scale * np.asarray(sims, dtype=float).reshape(h, n_sims).T,
        "Kalman-filter interval and paths include level/drift state uncertainty "
        "(diffuse states) but ignore uncertainty in sigma2" + warned,
        scale * float(res.filtered_state[1, -1]),
    )


def fit_naive(years, z, future, *, confidence, n_sims, seed, step_years) -> ModelFit:
    """Constant-CAGR projection with a pairs bootstrap of the annual changes."""
    span = float(years[-1] - years[0])
    g = (z[-1] - z[0]) / span  # log(1 + CAGR) for transform="log"
    steps = (future - years[-1]).astype(float)
    mean = z[-1] + g * steps
    what = "projection at the average annual change between first and last observation"
    dt = np.diff(years).astype(float)
    if len(dt) < 2:
        raise ModelFailure("naive_cagr needs two observed changes to estimate their dispersion")
    # one-year shocks: e_i = (dz_i - g dt_i) / sqrt(dt_i), inflated for the fitted drift
    e = (np.diff(z) - g * dt) / np.sqrt(dt) * np.sqrt(len(dt) / (len(dt) - 1))
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(dt), size=(n_sims, len(dt)))
    drift_dev = (e[pick] * np.sqrt(dt[pick])).sum(axis=1) / dt[pick].sum(axis=1)
    shocks = e[rng.integers(0, len(dt), size=(n_sims, len(future)))]
    paths = mean + drift_dev[:, None] * steps + np.cumsum(shocks, axis=1)
    lo, hi = np.quantile(paths, [0.5 - confidence / 2, 0.5 + confidence / 2], axis=0)
    return ModelFit(
        mean,
        lo,
        hi,
        paths,
        what + f"; interval = quantiles of {n_sims} bootstrap paths "
        f"({len(dt)} observed changes resampled, drift re-estimated per path)",
        g,
    )


FITTERS = {
    "ols_log_trend": fit_ols,
    "ets_damped": fit_ets,
    "arima_drift": fit_arima,
    "ucm_rw_drift": fit_ucm,
    "naive_cagr": fit_naive,
}
