"""Growth-rate targets: an average over a period, or one year's rate.

Notes
-----
*Average growth over s..e* (productivity +7–7.5% a year over 2021–25). Observed years
give the average so far :math:`g=(\\prod(1+g_i))^{1/k}-1` and the growth each remaining
year needs, :math:`((1+g^*)^n/\\prod(1+g_i))^{1/m}-1` (``required_growth``; for a range,
``required_growth_high`` for the upper end). Once the period is over the outcome is the
geometric average of the annual rates or, where no annual series exists, the published
period average (the best by authority, vintage and date; the others are quoted).
Before that, the official methods judge the level target
:math:`I_{s-1}(1+g^*)^n` of the level series (real GRDP index) and the model counts the
simulated paths whose period average — observed years and simulated years mixed —
meets the target; Destatis carries the average growth of the last five years on (its
rule for rates). When the period has not started (no observed year in it), every
official method compares the recent five-year pace of the same series with the required
average (:mod:`hn4ir_analysis.assess.pace`). ``g*`` is the bound to reach: the lower end
of a range, 95 % of an "about" value. Rows speak in %/yr (the table's contract,
:mod:`hn4ir_analysis.assess.schema`): ``latest_value`` is the growth so far or the recent
pace, ``projected_value`` the period average; the levels used are in ``base_level`` and
``latest_level`` (:func:`in_growth_units`).

*One year's growth* (GRDP +8% in 2025): ex post once published; before that only the
model speaks — the official methods judge trends towards levels and have no verdict
for a single year's rate, which the rows say.
"""

from __future__ import annotations

import math

import numpy as np

from hn4ir_analysis.assess import methods, pace, revision
from hn4ir_analysis.assess.level_rows import (
    OFFICIAL,
    _row,
    ex_post,
    goal,
    model_row,
    official_rows,
    segment_ids,
)
from hn4ir_analysis.data.asof import LEVEL_OF_RATE, AsOfData
from hn4ir_analysis.data.select import AUTHORITY_RANK, VINTAGE_RANK
from hn4ir_analysis.data.targets import Target
from hn4ir_analysis.growth_targets import implied_level


def _in_period(values, s: int, e: int):
    return values[(values.index >= s) & (values.index <= e)]


def _published_outcome(t: Target, data: AsOfData):
    """Best published period average for the target's period, and a note on the others."""
    pub = data.period_values(t.geo, t.indicator, t.period_start, t.period_end)
    if pub.empty:
        return None
    pub = pub.assign(
        a=pub["authority"].map(AUTHORITY_RANK).fillna(3),
        v=pub["vintage"].map(VINTAGE_RANK).fillna(4),
        p=pub["published"].fillna(""),
    ).sort_values(["a", "v", "p"], ascending=[True, True, False])
    best = pub.iloc[0]
    others = [
        f"{r.value:g} ({r.vintage}, {r.published or 'undated'}, {r.source_ids})"
        for r in pub.iloc[1:].itertuples()
    ]
    note = f" Other published figures: {'; '.join(others)}." if others else ""
    return float(best["value"]), str(best["vintage"]), str(best["source_ids"]), note


def assess_average_growth(t: Target, data: AsOfData, rate_series: str, opts: dict) -> list[dict]:
    """Rows for a target on average growth over ``period_start..period_end``."""
    as_of, s, e = data.as_of, t.period_start, t.period_end
    n = e - s + 1
    rates = data.segment(t.geo, rate_series)
    observed = _in_period(rates.values, s, e)
    if e <= as_of:
        if len(observed) == n:
            vint = min(rates.vintages[observed.index], key=lambda v: -VINTAGE_RANK.get(v, 4))
            ids = ";".join(rates.source_ids[observed.index])
            out = methods.average_growth(observed.to_numpy())
            return [_row(t, rate_series, "ex_post", as_of, latest_year=e, latest_value=out, n_obs=n,
                         **ex_post(t, out, vint, ids))]  # fmt: skip
        published = _published_outcome(t, data)
        if published:
            value, vint, ids, note = published
            row = _row(t, rate_series, "ex_post", as_of, latest_year=e, latest_value=value, n_obs=1,
                       **ex_post(t, value, vint, ids))  # fmt: skip
            row["notes"] += " Published period average." + note
            return [row]
    so_far = methods.average_growth(observed.to_numpy()) if len(observed) else math.nan
    extra = {}
    if len(observed) < n:
        extra["required_growth"] = methods.required_average_growth(observed.to_numpy(), n, t.low)
        if t.comparison == "between":
            extra["required_growth_high"] = methods.required_average_growth(
                observed.to_numpy(), n, t.high
            )
    head = (f"Observed {len(observed)} of {n} years of {s}-{e}"
            + (f", average so far {so_far:.2f}%." if len(observed) else "."))  # fmt: skip
    rows = []
    if e <= as_of:
        rows.append(_row(t, rate_series, "ex_post", as_of, category="insufficient_data", n_obs=len(observed),
                         notes=f"No published outcome for {s}-{e} as of {as_of}. {head}"
                         + _milestone_note(t, data)))  # fmt: skip
    level = LEVEL_OF_RATE.get(t.indicator)
    seg = data.segment(t.geo, level) if level else None
    g_star, d = goal(t, so_far if len(observed) else t.low)
    strict = t.comparison in ("gt", "lt")
    if seg is not None and seg.n and int(seg.values.index.max()) < s:
        # The period has not started: the recent pace against the required average.
        rows += _before_period_rows(t, seg, level, as_of, g_star, d, strict, head)
        rows.append(model_row(t, seg, level, as_of, transform="log", analytic=False,
                              stat=lambda fit: _average_growth_paths(t, seg.values, fit), **opts))  # fmt: skip
    elif seg is None or seg.n == 0 or (s - 1) not in seg.values.index:
        why = (f"the annual {rate_series} rates for {t.geo} cover {len(observed)} of {n} years of {s}-{e} and "
               f"no level series exists to project the rest"
               if level is None else f"no {level} value for the base year {s - 1}")  # fmt: skip
        rows += [_row(t, rate_series, m, as_of, category="insufficient_data", n_obs=len(observed),
                      notes=f"insufficient data: {why}. {head}") for m in (*OFFICIAL, "model")]  # fmt: skip
    else:
        base = seg.values[s - 1]
        target_level = implied_level(base, g_star, n)
        note = (f"Judged on {level} (the level its growth rates build): reaching {g_star:g}%/yr means "
                f"{target_level:.1f} in {e} ({s - 1} = {base:.1f}). {head}")  # fmt: skip
        official = official_rows(t, seg, level, as_of, target_level, s - 1, note, rate=True,
                                 strict=strict)  # fmt: skip
        for row in official:
            # Speak in growth a year, like the target: the projected level as the average
            # growth over the period it implies (the levels go to their own columns below)
            if row["projected_value"] is not None and not math.isnan(row["projected_value"]):
                row["projected_value"] = 100 * ((row["projected_value"] / base) ** (1 / n) - 1)
        rows += official
        rows.append(model_row(t, seg, level, as_of, transform="log", analytic=False,
                              stat=lambda fit: _average_growth_paths(t, seg.values, fit), **opts))  # fmt: skip
    for row in rows:
        row.update({k: v for k, v in extra.items() if row["method"] != "ex_post"})
        row["series"] = rate_series  # one series name per target; notes name the level used
        if row["method"] != "ex_post":
            in_growth_units(row)
    return rows


#: unit of the level series a growth rate builds (``level_unit`` of the table)
LEVEL_UNIT = {"grdp_real_index": "index"}


def in_growth_units(row: dict, level_unit: str = "index") -> dict:
    """Move a growth row's levels to ``base_level``/``latest_level`` (in ``level_unit``) and
    put the average growth between them, per cent a year, in ``latest_value`` (the growth
    so far, or the recent pace before the period starts); ``base_value`` is left empty.
    A row with a latest level only (the model's) keeps it in ``latest_level``."""

    def num(x):
        return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)

    bv, lv = num(row.get("base_value")), num(row.get("latest_value"))
    b, t = row.get("base_year"), row.get("latest_year")
    if bv is None and lv is None:
        return row
    row.update(
        base_level=bv, latest_level=lv, level_unit=level_unit, base_value=None, latest_value=None
    )
    if (
        bv is not None
        and lv is not None
        and b is not None
        and t is not None
        and int(t) > int(b)
        and bv > 0
        and lv > 0
    ):
        row["latest_value"] = 100 * ((lv / bv) ** (1 / (int(t) - int(b))) - 1)
    return row


def _before_period_rows(t: Target, seg, level: str, as_of: int, g_star: float, d: int,
                        strict: bool, head: str) -> list[dict]:  # fmt: skip
    """Official rows for a period that starts after the latest level (:mod:`pace`)."""
    s, e = t.period_start, t.period_end
    years, vals = seg.values.index.to_numpy(), seg.values.to_numpy()
    wy, wv = pace.recent_window(years, vals)
    res = pace.pace_methods(years, vals, g_star, e - s + 1, d, strict=strict, label=f"{s}-{e}")
    why = (f"The period {s}-{e} starts after the latest {level} value ({int(years.max())}): "
           f"recent pace of the same series vs the required average (no base blended in).")  # fmt: skip
    rows = []
    for name in OFFICIAL:
        r = res[name]
        base = dict(base_year=int(wy[0]), base_value=float(wv[0]), latest_year=int(wy[-1]),
                    latest_value=float(wv[-1]), latest_vintage=seg.vintages[int(wy[-1])]) if len(wy) else {}  # fmt: skip
        rows.append(_row(t, level, name, as_of, projected_value=r.projected, score=r.score,
                         category=r.category, n_obs=seg.n, source_ids=segment_ids(seg),
                         notes=" ".join(filter(None, [r.notes, why, seg.note, head])), **base))  # fmt: skip
    return rows


def _milestone_note(t: Target, data: AsOfData) -> str:
    ms = data.milestones[
        (data.milestones["indicator"] == "lp_target_status") & (data.milestones["geo"] == t.geo)
    ]
    if t.indicator.startswith("labour_productivity") and len(ms):
        r = ms.iloc[0]
        return f" Qualitative statement ({r['milestone_id']}, {r['date']}): {r['description_en']}"
    return ""


def _levels_with_paths(observed, fit, years):
    """Matrix (paths × years) of levels: observed values where known, simulated otherwise."""
    out = np.empty((fit.paths.shape[0], len(years)))
    for j, y in enumerate(years):
        if y in observed.index:
            out[:, j] = observed[y]
        else:
            out[:, j] = fit.paths[:, list(fit.years).index(y)]
    return out


def _average_growth_paths(t: Target, observed, fit) -> np.ndarray:
    """Per path: average growth over the target period (per cent), observed years kept."""
    s, e = t.period_start, t.period_end
    lv = _levels_with_paths(observed, fit, [s - 1, e])
    return 100 * ((lv[:, 1] / lv[:, 0]) ** (1 / (e - s + 1)) - 1)


def assess_annual_growth(t: Target, data: AsOfData, rate_series: str, opts: dict) -> list[dict]:
    """Rows for a growth target for one year ``target_year``."""
    as_of, y = data.as_of, t.target_year
    rates = data.segment(t.geo, rate_series)
    if y in rates.values.index:
        return [_row(t, rate_series, "ex_post", as_of, latest_year=y, latest_value=rates.values[y], n_obs=rates.n,
                     **ex_post(t, rates.values[y], rates.vintages[y], rates.source_ids[y],
                               revision.for_outcome(data, t.geo, rate_series, y, rates.vintages[y])))]  # fmt: skip
    why = ("a single-year growth target: the official methods judge a trend towards a level and give "
           "no verdict for one year's rate; see the model row")  # fmt: skip
    rows = [_row(t, rate_series, m, as_of, category="insufficient_data", n_obs=rates.n, notes=why,
                 required_growth=t.low) for m in OFFICIAL]  # fmt: skip
    level = LEVEL_OF_RATE.get(t.indicator)
    seg = data.segment(t.geo, level) if level else None
    if seg is None or seg.n == 0:
        rows.append(_row(t, rate_series, "model", as_of, category="insufficient_data", n_obs=0,
                         required_growth=t.low, notes=f"no annual level series for {t.indicator}"))  # fmt: skip
        return rows

    def growth_in_year(fit):
        lv = _levels_with_paths(seg.values, fit, [y - 1, y])
        return 100 * (lv[:, 1] / lv[:, 0] - 1)

    row = model_row(
        t, seg, level, as_of, transform="log", analytic=False, stat=growth_in_year, **opts
    )
    row.update(
        required_growth=t.low,
        series=rate_series,
        notes=f"Judged on {level}. {row['notes']}".strip(),
    )
    rows.append(in_growth_units(row, LEVEL_UNIT.get(level, "index")))
    return rows
