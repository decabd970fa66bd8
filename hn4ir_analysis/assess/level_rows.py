"""The building blocks of the assessment: the table's columns, one row, ex post verdicts,
the four official methods and the model's probability on one measurement series, and
level/share targets. :mod:`hn4ir_analysis.assess.verdicts` puts them together per target year;
:mod:`hn4ir_analysis.assess.growth_rows` applies them to growth-rate targets.

Notes
-----
See :mod:`hn4ir_analysis.assess.verdicts` for the methods, their sources and how to read a row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis.assess import calibration, calibration_unsettled, methods, revision, trends
from hn4ir_analysis.assess.expost import (  # noqa: F401  (re-exported)
    FINAL_VINTAGES,
    describe,
    ex_post,
    overshoot,
    within_revision,
)
from hn4ir_analysis.assess.schema import (  # noqa: F401  (re-exported)
    COLUMNS,
    FLOAT_COLUMNS,
    INTEGER_COLUMNS,
)
from hn4ir_analysis.data.asof import AsOfData, Segment
from hn4ir_analysis.data.select import mixed_release_note
from hn4ir_analysis.data.targets import APPROX_TOLERANCE, Target

# The table's columns and their contract live in assess.schema (declared once).
OFFICIAL = ("eurostat", "unsd", "escap", "destatis")
LIKELIHOOD = [
    (0.9, "very_likely"),
    (0.66, "likely"),
    (0.33, "about_as_likely"),
    (0.1, "unlikely"),
    (0.0, "very_unlikely"),
]
COVID_STEP = (2020,)
#: fewest observations for which the model's probability is reported
MIN_OBS_PROBABILITY = 5


def segment_ids(seg: Segment) -> str:
    """Every observation id behind a segment, once each, in order (derived values list theirs)."""
    ids = (i for joined in seg.source_ids for i in joined.split(";") if i)
    return ";".join(dict.fromkeys(ids))


def likelihood(p: float) -> str:
    """IPCC calibrated language for a probability (see module docstring)."""
    return next(code for bound, code in LIKELIHOOD if p >= bound)


def direction(t: Target) -> int:
    """+1 when more is better for this target, −1 when less is (ranks, ``le``/``lt``)."""
    return -1 if t.direction == "decrease_good" or t.comparison in ("le", "lt") else 1


def goal(t: Target, latest: float) -> tuple[float, int]:
    """The value to head for from ``latest``, and the good direction.

    For a range (or "about"), the nearer bound: below it, the lower bound upwards; above
    it, the upper bound downwards — unless more is better for the indicator, in which
    case being above the range counts as reaching it. Otherwise the stated threshold.
    """
    d = direction(t)
    if t.comparison not in ("between", "approx"):
        return t.low, d
    lo, hi = t.bounds()
    if latest > hi and t.direction != "increase_good":
        return hi, -1
    return lo, 1


def _row(t: Target, series: str, method: str, as_of: int, **values) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(target_id=t.target_id, target_year=t.target_year, geo=t.geo, indicator=t.indicator,
               kind=t.kind, comparison=t.comparison, low=t.low, high=t.high, unit=t.unit,
               period_start=t.period_start if t.kind == "average_growth" else None,
               period_end=t.period_end if t.kind == "average_growth" else None,
               series=series, method=method, as_of=as_of)  # fmt: skip
    row.update(values)
    if t.comparison == "approx":
        row["notes"] = (
            row["notes"] or ""
        ) + f" 'About' read as ±{APPROX_TOLERANCE:.0%} of {t.low:g}."
    if t.period_assumed:
        row["notes"] = (
            row["notes"] or ""
        ) + f" Period not stated; read as {t.period_start}-{t.period_end}."
    return row


def _base(seg: Segment, ref_year: int) -> int:
    years = seg.values.index
    before = years[years <= ref_year]
    return int(before.max()) if len(before) else int(years.min())


def official_rows(t: Target, seg: Segment, series: str, as_of: int, target_value: float | None,
                  ref_year: int, level_note: str = "", *, rate: bool = False,
                  strict: bool | None = None) -> list[dict]:  # fmt: skip
    """The four official methods on a level/share series towards ``target_value``.

    ``target_value=None`` means the target's own threshold, chosen by :func:`goal`.
    ``rate``: the level is built from the growth rates a target is stated in (Destatis
    then carries the average growth on, its rule for rates). A ``gt``/``lt`` target at
    exactly its threshold is not met, for every method as for :meth:`Target.is_met`.
    """
    if seg.n < 2:
        reason = f"insufficient data: {seg.n} observation(s) of {series} up to {as_of}; the methods need two or more"
        return [
            _row(t, series, m, as_of, category="insufficient_data", n_obs=seg.n, notes=reason)
            for m in OFFICIAL
        ]
    years, vals = seg.values.index.to_numpy(), seg.values.to_numpy()
    if target_value is None:
        target_value, d = goal(t, float(vals[-1]))
    else:
        d = direction(t)
    tl, yl = int(years[-1]), vals[-1]
    t0 = _base(seg, ref_year)
    if t0 >= tl:
        # The plan period has not started (or started with the latest value): judge the
        # recent trend instead, from five years before the latest value, which is
        # Eurostat's short-term window.
        t0 = _base(seg, tl - 5)
        level_note = " ".join(filter(None, [level_note, f"Base {t0}: five years before the latest value "
                                            "(the plan's own base year is not earlier than the latest value)."]))  # fmt: skip
    y0 = seg.values[t0]
    since = seg.values[seg.values.index >= t0]
    bounded = t.unit.startswith("pct") and t.kind == "share"
    strict = is_strict(t, target_value) if strict is None else strict
    res = {
        "eurostat": methods.eurostat_growth_ratio(
            y0, t0, yl, tl, target_value, t.target_year, d, strict=strict
        ),
        "unsd": methods.unsd_progress(
            y0, t0, yl, tl, target_value, t.target_year, d, strict=strict
        ),
        "escap": methods.escap_anticipated(
            since.index.to_numpy(),
            since.to_numpy(),
            target_value,
            t.target_year,
            d,
            weighted=True,
            bounded_pct=bounded,
            strict=strict,
        ),  # fmt: skip
        "destatis": _destatis(t, years, vals, target_value, d, rate=rate, strict=strict),
    }
    rows = []
    for name, r in res.items():
        rows.append(_row(t, series, name, as_of, base_year=t0, base_value=y0, latest_year=tl, latest_value=yl,
                         latest_vintage=seg.vintages[tl], projected_value=r.projected, score=r.score,
                         category=r.category, n_obs=seg.n, source_ids=segment_ids(seg),
                         notes=" ".join(filter(None, [r.notes, seg.note, level_note]))))  # fmt: skip
    return rows


def is_strict(t: Target, target_value: float | None = None) -> bool:
    """A ``gt``/``lt`` target heading for its own threshold: equality does not meet it."""
    return t.comparison in ("gt", "lt") and (target_value is None or target_value == t.low)


def _destatis(t: Target, years, vals, target_value, d, *, rate=False, strict=False):
    """Destatis: a range is two targets (reach the low end, stay below the high end); the worst stands."""
    first = methods.destatis_weather(
        years, vals, target_value, t.target_year, d, rate=rate, strict=strict
    )
    if t.comparison != "between" or t.direction == "increase_good" or rate:
        return first
    return methods.most_negative(
        [first, methods.destatis_weather(years, vals, t.high, t.target_year, -d)]
    )


def model_row(t: Target, seg: Segment, series: str, as_of: int, *, transform: str, stat, analytic: bool,
              confidence: float, n_sims: int, seed: int, cache: dict) -> dict:  # fmt: skip
    """Fit the trend models, choose one, and count the paths that meet the target.

    ``stat(fit)`` turns the chosen model's simulated paths into the quantity the target is
    about (the level in the target year, or a period's average growth), one value per
    path; ``p_met`` is the share of those values that meet the target. With ``analytic``
    the projected value and interval are the model's own forecast for the target year;
    otherwise they are the median and the central ``confidence`` range of ``stat``.
    The chosen model's interval and paths are first widened by the backtest calibration
    (:func:`hn4ir_analysis.assess.calibration.apply`); the notes say so and name the data.
    """
    key = (seg.geo, seg.indicator, transform, t.target_year, confidence)
    if key not in cache:
        fits = trends.fit_all(seg.values, horizon_end=t.target_year, confidence=confidence, transform=transform,
                              n_sims=n_sims, seed=seed, step_years=COVID_STEP)  # fmt: skip
        cache[key] = (fits, trends.select_model(fits))
    fits, chosen = cache[key]
    dropped = "; ".join(f"{f.model} dropped: {f.reason}" for f in fits if not f.ok)
    if chosen is None:
        return _row(t, series, "model", as_of, category="insufficient_data", n_obs=seg.n,
                    notes=f"no model could be fitted ({dropped or 'no data'})")  # fmt: skip
    if seg.n < MIN_OBS_PROBABILITY:
        return _row(t, series, "model", as_of, category="insufficient_data", n_obs=seg.n, model=chosen.model,
                    notes=f"{seg.n} observations: too few for a probability (at least {MIN_OBS_PROBABILITY}); "
                    f"the spread of {seg.n - 1} annual change(s) says nothing reliable about the future. {seg.note}")  # fmt: skip
    alt = calibration_unsettled.alternative(chosen, series, transform)
    # the other calibration first: ``stat`` may keep what it saw last (productivity's notes)
    p_alt = None if alt is None else float(np.mean(t.meets(stat(alt[0]))))
    chosen, cal_note = calibration.apply(chosen, series, transform)
    values = stat(chosen)
    p = float(np.mean(t.meets(values)))
    p_low, p_high = (None, None) if p_alt is None else (min(p, p_alt), max(p, p_alt))
    if alt is not None:
        cal_note = f"{cal_note} {alt[1].format(p_alt=p_alt, p_low=p_low, p_high=p_high)}"
    if analytic:
        at = chosen.years == t.target_year
        proj = (float(chosen.mean[at][0]), float(chosen.lower[at][0]), float(chosen.upper[at][0]))
    else:
        q = np.quantile(values, [0.5, (1 - confidence) / 2, (1 + confidence) / 2])
        proj = tuple(float(v) for v in q)
    return _row(t, series, "model", as_of, latest_year=chosen.last_year, latest_value=float(seg.values.iloc[-1]),
                projected_value=proj[0], projected_lower=proj[1], projected_upper=proj[2], p_met=p,
                p_met_low=p_low, p_met_high=p_high, category=likelihood(p), n_obs=seg.n, model=chosen.model, source_ids=segment_ids(seg),
                notes=" ".join(filter(None, [cal_note, chosen.notes, seg.note, dropped])))  # fmt: skip


def assess_level(t: Target, data: AsOfData, series: str, opts: dict) -> list[dict]:
    """Level and share targets (and single-year growth targets via their level index)."""
    seg = data.segment(t.geo, series)
    as_of = data.as_of
    if t.target_year in seg.values.index:
        y = t.target_year
        return [_row(t, series, "ex_post", as_of, latest_year=y, latest_value=seg.values[y], n_obs=seg.n,
                     **ex_post(t, seg.values[y], seg.vintages[y], seg.source_ids[y],
                               revision.for_outcome(data, t.geo, series, y, seg.vintages[y])))]  # fmt: skip
    if seg.n == 0:
        return [_row(t, series, m, as_of, category="insufficient_data", n_obs=0,
                     notes=f"no observation of {series} for {t.geo} up to {as_of}") for m in (*OFFICIAL, "model")]  # fmt: skip
    rows = official_rows(t, seg, series, as_of, None, _ref_year(t))
    mixed = release_note(data, t.geo, series, rows[0]["base_year"], rows[0]["latest_year"])
    for row in rows:
        if mixed:
            row["notes"] = f"{row['notes']} Base and latest: {mixed}.".strip()
    transform = trends.transform_for(t.unit, t.kind)
    rows.append(model_row(t, seg, series, as_of, transform=transform, analytic=True,
                          stat=lambda fit: fit.paths[:, fit.years == t.target_year][:, 0], **opts))  # fmt: skip
    for row in rows:
        row.update(_required(t, seg))
    return rows


def release_note(data: AsOfData, geo: str, series: str, y0, y1) -> str:
    """'' when the base and latest values come from one release, else which ones.

    A release is the source table or page (the id's prefix) and its publication date;
    derived values (no publication date of their own) count as their inputs' release.
    """
    if y0 is None or y1 is None or pd.isna(y0) or pd.isna(y1) or y0 == y1:
        return ""
    a = data.annual
    parts = a[(a["geo"] == geo) & (a["indicator"] == series) & a["year"].isin([int(y0), int(y1)])]
    if len(parts) < 2 or (parts["kind"] == "derived").any():
        return ""
    parts = parts.assign(producer=parts["source_ids"].fillna("").str.split("-").str[0])
    return mixed_release_note(parts)


def _ref_year(t: Target) -> int:
    """The plan's starting point: the year before the period, else the year the target was set."""
    if t.period_start:
        return t.period_start - 1
    return int(t.document_date[:4]) if t.document_date else t.target_year - 5


def _required(t: Target, seg: Segment) -> dict:
    """Growth a year needed from the latest value to each bound (per cent)."""
    tl, yl = int(seg.values.index[-1]), float(seg.values.iloc[-1])
    if tl >= t.target_year or yl <= 0:
        return {}
    # "about" is read as ±5 % by every method: the growth needed to reach its lower end
    low = t.bounds()[0] if t.comparison == "approx" else t.low
    req = {"required_growth": 100 * methods.required_cagr(yl, tl, low, t.target_year)}
    if t.comparison == "between":
        req["required_growth_high"] = 100 * methods.required_cagr(yl, tl, t.high, t.target_year)
    return req
