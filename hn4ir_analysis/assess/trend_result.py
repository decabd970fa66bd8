"""The result of a trend model and the scales it lives on: TrendResult, transforms, widening.

:class:`TrendResult` is what :func:`hn4ir_analysis.assess.trends.fit_trend` returns;
:func:`transform_for` picks the scale a level is modelled on (log or logit);
:func:`calibrate` widens a result by the backtest's factors. Re-exported by
:mod:`hn4ir_analysis.assess.trends`.

Notes
-----
Each model is fitted to a transformed series ``z``: ``log`` for positive levels, ``logit``
of ``value / 100`` for shares in per cent (so bounds and paths stay inside 0-100), ``none``
for rates that may be negative; forecasts, bounds and paths are mapped back
(:func:`_forward`, :func:`_inverse`). ``mean`` is then the predictive *median* for log and
logit. Calibration multiplies each half-width and each path's distance from the point
forecast by the year's factor on the model's own scale (split-conformal factors of
:mod:`hn4ir_analysis.assess.calibration`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TRANSFORMS = ("log", "logit", "none")
_SCALE_NAME = {"log": "log(value)", "logit": "logit(value/100)", "none": "value (no transform)"}


@dataclass
class TrendResult:
    """One model's forecast of one series, on the original scale.

    When ``ok`` is True, every array is finite and ``paths`` has shape
    ``(n_sims, len(years))``. When ``ok`` is False, ``reason`` says why,
    ``mean``/``lower``/``upper`` are NaN and ``paths`` has no rows. See the module Notes for
    how to read the fields.
    """

    model: str
    ok: bool
    reason: str
    n_obs: int
    transform: str
    last_year: int
    years: np.ndarray
    mean: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    paths: np.ndarray
    notes: str = ""


def _forward(values: np.ndarray, transform: str) -> np.ndarray:
    if transform == "log":
        return np.log(values)
    if transform == "logit":
        from scipy.special import logit  # here, not with the module: scipy takes ~0.4 s to import

        return logit(values / 100.0)
    return values.copy()


def _inverse(z: np.ndarray, transform: str) -> np.ndarray:
    if transform == "log":
        return np.exp(z)
    if transform == "logit":
        from scipy.special import expit

        return 100.0 * expit(z)
    return z


def _domain_problem(values: np.ndarray, transform: str) -> str:
    if transform == "log" and not np.all(values > 0):
        return "transform 'log' needs positive values"
    if transform == "logit" and not np.all((values > 0) & (values < 100)):
        return "transform 'logit' needs shares in per cent strictly between 0 and 100"
    return ""


def transform_for(unit: str, kind: str | None = None) -> str:
    """The scale a level is modelled on: ``logit`` for a share in per cent (bounded 0-100:
    a ``share`` target, or any ``pct…`` unit of a level), ``log`` otherwise. The one rule,
    used by the assessment's model row and by every chart of a projection."""
    return "logit" if kind == "share" or str(unit or "").startswith("pct") else "log"


def calibrate(result: TrendResult, factors, source: str = "") -> TrendResult:
    """``result`` with every interval and path widened by ``factors`` (one per forecast year).

    Parameters
    ----------
    result : TrendResult
        An ok result; a failed one is returned unchanged.
    factors : array-like
        Scale factor for each year of ``result.years`` (horizon 1, 2, ...), e.g. from
        :func:`hn4ir_analysis.assess.calibration.factors_for`.
    source : str
        What the factors were fitted on; appended to ``notes``.

    Notes
    -----
    On the model's own scale (``transform``), each half-width of the interval and each
    path's distance from the point forecast is multiplied by the year's factor:
    ``f + k (u - f)``, ``f - k (f - l)``, ``f + k (path - f)``. The point forecast is
    unchanged; paths keep their order and their correlation across years, so the share of
    paths meeting a target is read from the calibrated distribution exactly as before.
    Method and calibration data: :mod:`hn4ir_analysis.assess.calibration`.
    """
    if not result.ok:
        return result
    k = np.asarray(factors, dtype=float)
    if k.shape != result.years.shape or not np.all(np.isfinite(k) & (k > 0)):
        raise ValueError("factors must be positive and finite, one per forecast year")
    tr = result.transform
    f, lo, hi = (_forward(a, tr) for a in (result.mean, result.lower, result.upper))
    paths = _forward(result.paths, tr)
    lower, upper = _inverse(f - k * (f - lo), tr), _inverse(f + k * (hi - f), tr)
    widened = _inverse(f + k * (paths - f), tr)
    span = f"{k[0]:.2f}" if len(k) == 1 or np.allclose(k, k[0]) else f"{k[0]:.2f}-{k[-1]:.2f}"
    note = f"calibrated: intervals and paths widened x{span} by horizon ({source or 'backtest'})"
    return TrendResult(result.model, True, "", result.n_obs, tr, result.last_year, result.years,
                       result.mean, lower, upper, widened, "; ".join(filter(None, [result.notes, note])))  # fmt: skip
