"""Hanoi's GRDP growth and level beside its targets: annual, plan-period and level targets,
trend projections against them, and the index levels the targets imply (notebook 02).

Pure functions on the frames of an as-of view (:class:`.measures.AsOfData`: ``annual``,
``periods``, ``targets``) and on trend fits (:mod:`hn4ir_analysis.assess.trends`); the
comparisons with the country and the provinces are :mod:`hn4ir_analysis.views.compare`.

Notes
-----
Method.

* Period averages (``periods``) are geometric, :math:`(\\prod_i (1+g_i/100))^{1/n}-1`
  (:func:`.derive.geometric_average`), computed only where every year of the period exists.
* A growth target over ``s..e`` implies a level of the real GRDP index in ``e``:
  :math:`I_{s-1}(1+g^*/100)^{e-s+1}`; a projected level implies an average growth
  :math:`(I_e/I_{s-1})^{1/(e-s+1)}-1`. Both are exact for a chained index.
* Targets set before the 2016/2017 change of GRDP method (or for years up to 2017, or for
  periods starting before 2016) belong to the old yardstick (data README §4 caveat 1):
  they are listed but not judged against current-method values (``met`` = ``old method``).
  Level targets set before Hanoi's re-assessed GRDP was published (Nov 2020) were set on
  the old, lower scale (caveat 2): ``scale`` is ``before``, ``after`` or ``unknown``. The
  re-assessment raised levels, so a miss against an earlier target is a miss on either
  scale, while a hit may not be.

How to read. ``met`` is ``yes``/``no`` by :meth:`.targets.Target.is_met` (``approx``
targets: within ±5%), ``exceeded`` above the range of a range target (growth beyond what
was planned), ``pending`` when the outcome is not yet known as of the view.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.target_catalogue import threshold_text
from hn4ir_analysis.growth_targets import implied_level

#: publication of Hanoi's GRDP on the re-assessed scale (data README §4 caveat 2)
RESCALED_FROM = "2020-11"


def old_yardstick(t) -> bool:
    """A target of the old GRDP method (module Notes)."""
    date = t.document_date if isinstance(t.document_date, str) else ""
    doc_year = int(date[:4]) if date[:4].isdigit() else 9999
    return t.target_year <= 2017 or (t.period_start or t.target_year) < 2016 or doc_year < 2017


def target_text(t, lang: str = "en") -> str:
    """A target as a reader reads it: "7.3–7.8% (2016–2020)", "≥ 190 million VND" (numbers
    and unit in ``lang``; :meth:`hn4ir_analysis.data.targets.Target.describe` writes codes)."""
    from hn4ir_analysis.views import i18n

    if t.comparison == "qualitative":
        return t.describe(lang)

    def num(x: float) -> str:
        return i18n.format_number(x, lang, len(f"{x:g}".partition(".")[2]))

    try:
        unit = i18n.unit_label(t.unit, lang)
    except ValueError:
        unit = t.unit
    return threshold_text(t, num, unit, "" if unit == "%" else " ")


def _met(t, value: float) -> str:
    if old_yardstick(t):
        return "old method"
    if value is None or np.isnan(value):
        return "pending"
    if t.comparison == "between" and value > t.high and t.direction == "increase_good":
        return "exceeded"  # above the range: more than the target asked for
    return "yes" if t.is_met(value) else "no"


def annual_growth_table(
    annual: pd.DataFrame, targets, geo: str = config.HANOI, start: int = 2016, lang: str = "en"
) -> pd.DataFrame:
    """Chosen annual GRDP growth of ``geo`` from ``start`` with its vintage and that year's targets."""
    a = annual[
        (annual["geo"] == geo) & (annual["indicator"] == "grdp_growth") & (annual["year"] >= start)
    ]
    by_year: dict[int, list] = {}
    for t in targets:
        if t.geo == geo and t.indicator == "grdp_growth" and t.kind == "annual_growth":
            by_year.setdefault(t.target_year, []).append(t)
    rows = []
    for r in a.sort_values("year").itertuples():
        ts = sorted(by_year.get(r.year, []), key=lambda t: t.target_id)
        rows.append({"year": int(r.year), "growth": r.value, "vintage": r.vintage, "basis": r.basis,
                     "authority": r.authority, "n_candidates": r.n_candidates, "spread": r.spread,
                     "source": r.source_ids, "target": "; ".join(target_text(t, lang) for t in ts) or "–",
                     "met": "; ".join(_met(t, r.value) for t in ts) or "–"})  # fmt: skip
    cols = ["year", "growth", "vintage", "basis", "authority", "n_candidates", "spread", "source",
            "target", "met"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def period_growth_vs_targets(
    periods: pd.DataFrame, targets, geo: str = config.HANOI, lang: str = "en"
) -> pd.DataFrame:
    """Average growth of each plan period beside the average-growth targets for that period.

    Only periods present in ``periods`` (i.e. ended by the as-of year) are listed.
    """
    p = periods[(periods["geo"] == geo) & (periods["indicator"] == "grdp_growth_avg")]
    avg = {(int(r.period_start), int(r.period_end)): r.value for r in p.itertuples()}
    rows = []
    for t in sorted(targets, key=lambda t: (t.period_start or 0, t.period_end, t.target_id)):
        if (
            t.geo != geo
            or t.indicator != "grdp_growth_avg"
            or (t.period_start, t.period_end) not in avg
        ):
            continue
        value = avg[(t.period_start, t.period_end)]
        rows.append({"period": f"{t.period_start}-{t.period_end}", "average": value, "target": target_text(t, lang),
                     "target_id": t.target_id, "set": t.document_date or "–", "met": _met(t, value),
                     "gap": value - t.low if not np.isnan(value) else np.nan})  # fmt: skip
    return pd.DataFrame(
        rows, columns=["period", "average", "target", "target_id", "set", "met", "gap"]
    )


def level_targets(
    annual: pd.DataFrame, targets, indicator: str, geo: str = config.HANOI, lang: str = "en"
) -> pd.DataFrame:
    """Level targets of ``indicator`` beside the chosen value of their year (if known)."""
    values = annual[(annual["geo"] == geo) & (annual["indicator"] == indicator)].set_index("year")
    rows = []
    for t in sorted(targets, key=lambda t: (t.target_year, t.target_id)):
        if t.geo != geo or t.indicator != indicator or t.kind != "level":
            continue
        value = float(values["value"].get(t.target_year, np.nan))
        date = t.document_date or ""
        scale = "unknown" if not date else ("before" if date < RESCALED_FROM else "after")
        rows.append({"year": t.target_year, "target": target_text(t, lang), "target_id": t.target_id, "set": date or "–",
                     "scale": scale, "outcome": value, "met": _met(t, value)})  # fmt: skip
    return pd.DataFrame(
        rows, columns=["year", "target", "target_id", "set", "scale", "outcome", "met"]
    )


def implied_index_target(index: pd.Series, t) -> tuple | None:
    """``(year, low, high)`` of the real GRDP index that an average-growth target implies.

    ``high`` is None unless the target is a range; None if the base year is not in ``index``.
    """
    base = (t.period_start or t.target_year) - 1
    if base not in index.index or t.low is None:
        return None
    n = t.period_end - base
    level = float(index.loc[base])
    high = None
    if t.comparison == "between" and t.high is not None:
        high = implied_level(level, t.high, n)
    return t.period_end, implied_level(level, t.low, n), high


def implied_average_growth(level_base: float, level_end, years: int):
    """Average annual growth (%) that takes a level from ``level_base`` to ``level_end`` in ``years``."""
    return (np.power(np.asarray(level_end, dtype=float) / level_base, 1 / years) - 1) * 100


def _period(t) -> str:
    start = t.period_start or t.period_end
    return str(t.period_end) if start == t.period_end else f"{start}-{t.period_end}"


def projection_vs_targets(result, targets, indicator: str, *, index: pd.Series | None = None,
                          geo: str = config.HANOI, lang: str = "en") -> pd.DataFrame:  # fmt: skip
    """A trend projection beside the targets of ``indicator`` for the projected years.

    Level targets are read on the projected level; average-growth targets
    (``grdp_growth_avg``) on the average growth from the observed base year ``s − 1`` of
    ``index`` to the projected level (``index`` and ``result`` must be the same series).
    ``p_paths`` is the share of simulated paths that meet the target; ``median_meets``
    applies the target to the median projection.
    """
    cols = "target_id period target set value lower upper p_paths median_meets".split()
    rows = []
    if result is None or not result.ok:
        return pd.DataFrame(rows, columns=cols)
    for t in sorted(targets, key=lambda t: (t.period_end, t.target_id)):
        if t.geo != geo or t.indicator != indicator or t.period_end not in set(result.years):
            continue
        k = int(np.flatnonzero(result.years == t.period_end)[0])
        values = np.array([result.mean[k], result.lower[k], result.upper[k]])
        paths = result.paths[:, k]
        if t.kind == "average_growth":
            base = (t.period_start or t.target_year) - 1
            if index is None or base not in index.index:
                continue
            n = t.period_end - base
            values = implied_average_growth(float(index.loc[base]), values, n)
            paths = implied_average_growth(float(index.loc[base]), paths, n)
        met = t.meets(paths)
        rows.append({"target_id": t.target_id, "period": _period(t),
                     "target": target_text(t, lang), "set": t.document_date or "–", "value": values[0],
                     "lower": values[1], "upper": values[2], "p_paths": float(met.mean()),
                     "median_meets": "yes" if t.is_met(float(values[0])) else "no"})  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def model_name(result, lang: str) -> str:
    """The name of a chosen trend model in ``lang`` ("ARIMA with drift"); "–" without one."""
    from hn4ir_analysis.views.backtest_tables import label

    return label(result.model, lang) if result is not None else "–"


def trend_table(results, year: int) -> pd.DataFrame:
    """One row per fitted trend model: its value and interval in ``year``, or why it failed."""
    rows = []
    for r in results:
        k = np.flatnonzero(r.years == year)
        v = [float(a[k[0]]) if r.ok and len(k) else np.nan for a in (r.mean, r.lower, r.upper)]
        rows.append({"model": r.model, "ok": "yes" if r.ok else "no", "n_obs": r.n_obs,
                     "value": v[0], "lower": v[1], "upper": v[2],
                     "notes": r.notes if r.ok else r.reason})  # fmt: skip
    return pd.DataFrame(rows, columns=["model", "ok", "n_obs", "value", "lower", "upper", "notes"])
