"""Assess every target of a target year, as of a given year: the project's public table.

``assess(target_year=2030, as_of=2025)`` returns one row per (target, measurement series,
method) with the columns :data:`COLUMNS` — the contract read by ``hn4ir assess``, the
notebooks and the report site. Keep them stable.

Methods (``method`` column)
---------------------------
``ex_post``
    the target year (or period) has passed and an outcome is published: ``achieved`` or
    ``missed``, by how much (``score`` = relative margin), on which vintage.
``eurostat``, ``unsd``, ``escap``, ``destatis``
    the official trackers' verdicts, see :mod:`hn4ir_analysis.methods`.
``model``
    share of a statsmodels trend model's simulated paths that meet the target
    (:mod:`hn4ir_analysis.trends`); ``category`` uses the IPCC calibrated likelihood
    scale (Mastrandrea et al. 2010, IPCC AR5 guidance note): ≥0.9 very likely, ≥0.66
    likely, ≥0.33 about as likely as not, ≥0.1 unlikely, else very unlikely.
``evidence``
    qualitative targets: ``not_quantifiable``, with the proxy evidence in ``notes``.

Notes
-----
Growth targets are judged on levels: an average growth ``g*`` over ``s..e`` is the level
target ``I(s−1)·(1+g*)^n`` for the real GRDP index, so the level methods apply unchanged;
the model's probability for a period average mixes observed years with simulated ones.
Where a method lacks what it needs (no annual productivity series, a single
observation) the row says ``insufficient_data`` and why.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from . import cache, config, methods, trends
from . import evidence as ev
from .measures import AsOfData, Segment, measurements, prepare
from .params import validate
from .targets import APPROX_TOLERANCE, Target

COLUMNS = [
    "target_id", "target_year", "geo", "indicator", "kind", "comparison", "low", "high", "unit",
    "series", "method", "as_of", "base_year", "base_value", "latest_year", "latest_value",
    "latest_vintage", "projected_value", "projected_lower", "projected_upper", "score",
    "category", "p_met", "required_growth", "required_growth_high", "n_obs", "model",
    "source_ids", "notes",
]  # fmt: skip
INTEGER_COLUMNS = ["target_year", "as_of", "base_year", "latest_year", "n_obs"]
FLOAT_COLUMNS = ["low", "high", "base_value", "latest_value", "projected_value", "projected_lower",
                 "projected_upper", "score", "p_met", "required_growth", "required_growth_high"]  # fmt: skip
OFFICIAL = ("eurostat", "unsd", "escap", "destatis")
FINAL_VINTAGES = {"official", "revised"}
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


def ex_post(t: Target, outcome: float, vintage: str, ids: str) -> dict:
    """Achieved or missed, by how much, on which vintage."""
    met = t.is_met(outcome)
    lo, hi = t.bounds()
    note = ""
    if (
        not met
        and t.comparison == "between"
        and outcome > hi
        and direction(t) > 0
        and t.direction != "none"
    ):
        met, note = True, "above the range (exceeded). "
    ref = t.low
    margin = (outcome - ref) / abs(ref) if ref else math.nan
    note += f"{outcome:.4g} against {t.describe()}: {outcome - ref:+.3g} {t.unit} ({margin:+.1%})."
    if vintage not in FINAL_VINTAGES:
        note += f" Vintage: {vintage or 'not stated'}, not a final official figure."
    return dict(category="achieved" if met else "missed", score=margin, notes=note, source_ids=ids,
                latest_vintage=vintage)  # fmt: skip


def _base(seg: Segment, ref_year: int) -> int:
    years = seg.values.index
    before = years[years <= ref_year]
    return int(before.max()) if len(before) else int(years.min())


def official_rows(t: Target, seg: Segment, series: str, as_of: int, target_value: float | None,
                  ref_year: int, level_note: str = "") -> list[dict]:  # fmt: skip
    """The four official methods on a level/share series towards ``target_value``.

    ``target_value=None`` means the target's own threshold, chosen by :func:`goal`.
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
    res = {
        "eurostat": methods.eurostat_growth_ratio(y0, t0, yl, tl, target_value, t.target_year, d),
        "unsd": methods.unsd_progress(y0, t0, yl, tl, target_value, t.target_year, d),
        "escap": methods.escap_anticipated(
            since.index.to_numpy(),
            since.to_numpy(),
            target_value,
            t.target_year,
            d,
            weighted=True,
            bounded_pct=bounded,
        ),  # fmt: skip
        "destatis": _destatis(t, years, vals, target_value, d),
    }
    rows = []
    for name, r in res.items():
        rows.append(_row(t, series, name, as_of, base_year=t0, base_value=y0, latest_year=tl, latest_value=yl,
                         latest_vintage=seg.vintages[tl], projected_value=r.projected, score=r.score,
                         category=r.category, n_obs=seg.n, source_ids=segment_ids(seg),
                         notes=" ".join(filter(None, [r.notes, seg.note, level_note]))))  # fmt: skip
    return rows


def _destatis(t: Target, years, vals, target_value, d):
    """Destatis: a range is two targets (reach the low end, stay below the high end); the worst stands."""
    first = methods.destatis_weather(years, vals, target_value, t.target_year, d)
    if t.comparison != "between" or t.direction == "increase_good":
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
    values = stat(chosen)
    p = float(np.mean(_meets(t, values)))
    if analytic:
        at = chosen.years == t.target_year
        proj = (float(chosen.mean[at][0]), float(chosen.lower[at][0]), float(chosen.upper[at][0]))
    else:
        q = np.quantile(values, [0.5, (1 - confidence) / 2, (1 + confidence) / 2])
        proj = tuple(float(v) for v in q)
    return _row(t, series, "model", as_of, latest_year=chosen.last_year, latest_value=float(seg.values.iloc[-1]),
                projected_value=proj[0], projected_lower=proj[1], projected_upper=proj[2], p_met=p,
                category=likelihood(p), n_obs=seg.n, model=chosen.model, source_ids=segment_ids(seg),
                notes=" ".join(filter(None, [chosen.notes, seg.note, dropped])))  # fmt: skip


def assess_level(t: Target, data: AsOfData, series: str, opts: dict) -> list[dict]:
    """Level and share targets (and single-year growth targets via their level index)."""
    seg = data.segment(t.geo, series)
    as_of = data.as_of
    if t.target_year in seg.values.index:
        y = t.target_year
        return [_row(t, series, "ex_post", as_of, latest_year=y, latest_value=seg.values[y], n_obs=seg.n,
                     **ex_post(t, seg.values[y], seg.vintages[y], seg.source_ids[y]))]  # fmt: skip
    if seg.n == 0:
        return [_row(t, series, m, as_of, category="insufficient_data", n_obs=0,
                     notes=f"no observation of {series} for {t.geo} up to {as_of}") for m in (*OFFICIAL, "model")]  # fmt: skip
    rows = official_rows(t, seg, series, as_of, None, _ref_year(t))
    transform = "logit" if t.kind == "share" or t.unit.startswith("pct") else "log"
    rows.append(model_row(t, seg, series, as_of, transform=transform, analytic=True,
                          stat=lambda fit: fit.paths[:, fit.years == t.target_year][:, 0], **opts))  # fmt: skip
    for row in rows:
        row.update(_required(t, seg))
    return rows


def _meets(t: Target, values: np.ndarray) -> np.ndarray:
    lo, hi = t.bounds()
    if t.comparison == "gt":
        return values > lo
    if t.comparison == "lt":
        return values < lo
    return (values >= lo) & (values <= hi)


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
    req = {"required_growth": 100 * methods.required_cagr(yl, tl, t.low, t.target_year)}
    if t.comparison == "between":
        req["required_growth_high"] = 100 * methods.required_cagr(yl, tl, t.high, t.target_year)
    return req


def assess_qualitative(t: Target, data: AsOfData) -> list[dict]:
    """``not_quantifiable``, with the proxy evidence the data holds."""
    found = ev.evidence_for(t.indicator, t.geo, data.annual, data.milestones, data.as_of)
    ids = ";".join(found["source_ids"].astype(str))
    return [_row(t, t.indicator, "evidence", data.as_of, category="not_quantifiable", n_obs=len(found),
                 source_ids=ids, notes=ev.summarise(t.indicator, found))]  # fmt: skip


METHOD_ORDER = {m: i for i, m in enumerate(["ex_post", *OFFICIAL, "model", "evidence"])}


def assess(
    target_year: int,
    as_of: int = 2025,
    *,
    confidence: float = 0.8,
    raw_dir=None,
    n_sims: int = 2000,
    seed: int = 20200910,
) -> pd.DataFrame:
    """Assess every target of ``target_year`` with the data as of ``as_of``.

    Parameters
    ----------
    target_year : int
        Targets whose year is this (2025, 2030, 2045, or a past plan year).
    as_of : int
        Use values for years ≤ ``as_of`` that had been published by the end of
        ``as_of + 1`` (where the publication date is known).
    confidence : float
        Level of the model's prediction intervals.
    raw_dir : Path, optional
        Raw data folder (default ``data/raw``).
    n_sims, seed : int
        Number of simulated paths and the seed: the table depends on nothing else.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`, one row per target × measurement series × method,
        sorted by target, series and method.
    """
    validate(target_year=target_year, as_of=as_of, confidence=confidence)
    raw_dir = Path(raw_dir or config.RAW_DIR).resolve()
    parts = (
        cache.data_fingerprint(raw_dir),
        str(raw_dir),
        target_year,
        as_of,
        confidence,
        n_sims,
        seed,
    )
    return cache.cached(
        "assess", parts, lambda: _assess(target_year, as_of, confidence, raw_dir, n_sims, seed)
    )


def _assess(target_year, as_of, confidence, raw_dir, n_sims, seed) -> pd.DataFrame:
    from .assess_growth import assess_annual_growth, assess_average_growth

    data = prepare(as_of, raw_dir)
    opts = dict(confidence=confidence, n_sims=n_sims, seed=seed, cache={})
    rows: list[dict] = []
    for t in sorted(
        (t for t in data.targets if t.target_year == target_year), key=lambda t: t.target_id
    ):
        if t.kind == "qualitative":
            rows += assess_qualitative(t, data)
            continue
        for series in measurements(t):
            if t.kind == "average_growth":
                rows += assess_average_growth(t, data, series, opts)
            elif t.kind == "annual_growth":
                rows += assess_annual_growth(t, data, series, opts)
            else:
                rows += assess_level(t, data, series, opts)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["_m"] = frame["method"].map(METHOD_ORDER)
    frame = frame.sort_values(["target_id", "series", "_m"], kind="mergesort").drop(columns="_m")
    for col in ("notes", "source_ids", "model", "latest_vintage"):
        frame[col] = frame[col].fillna("").astype(str).str.strip()
    for col in INTEGER_COLUMNS:
        frame[col] = pd.array(
            [None if v is None or pd.isna(v) else int(v) for v in frame[col]], dtype="Int64"
        )
    for col in FLOAT_COLUMNS:
        frame[col] = pd.to_numeric(frame[col]).astype(float)
    return frame.reset_index(drop=True)


def to_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: NaN → None, numpy scalars → Python, floats to 10 digits."""
    out = []
    for rec in frame.to_dict(orient="records"):
        clean = {}
        for key in COLUMNS:
            value = rec.get(key)
            if value is None or value is pd.NA:
                value = None
            elif isinstance(value, (float, np.floating)):
                value = None if math.isnan(value) else float(f"{value:.10g}")
            elif isinstance(value, np.integer):
                value = int(value)
            clean[key] = value
        out.append(clean)
    return out


def format_table(frame: pd.DataFrame) -> str:
    """A compact plain-text view: target, series, method, verdict and the key numbers."""
    view = frame[
        ["target_id", "series", "method", "category", "score", "p_met", "required_growth"]
    ].copy()
    for col in ("score", "p_met", "required_growth"):
        view[col] = view[col].map(lambda v: "" if pd.isna(v) else f"{v:.3f}")
    return view.to_string(index=False)


def cmd_assess(args) -> int:
    import json
    import sys

    from .params import ParameterError

    try:
        frame = assess(args.target_year, args.as_of, confidence=args.confidence)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(to_records(frame), ensure_ascii=False, indent=1, sort_keys=False))
    elif args.format == "csv":
        print(frame.to_csv(index=False, lineterminator="\n", float_format="%.10g"), end="")
    else:
        print(format_table(frame))
    return 0


def register_cli(sub) -> None:
    """``hn4ir assess --target-year 2030 [--as-of 2024] [--format csv|json|table]``."""
    p = sub.add_parser("assess", help="assess every target of a target year (the verdict table)")
    p.add_argument("--target-year", type=int, required=True)
    p.add_argument("--as-of", type=int, default=2025, help="last year of data used (default 2025)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument(
        "--confidence", type=float, default=0.8, help="prediction-interval level (default 0.8)"
    )
    p.set_defaults(func=cmd_assess)
