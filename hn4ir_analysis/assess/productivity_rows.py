"""Verdict rows for Hanoi's labour-productivity targets, judged on the estimate.

:func:`assess_productivity` is called by :mod:`hn4ir_analysis.assess.verdicts` for every
Hanoi target on labour-productivity growth; it returns ``None`` when the estimate of
:mod:`hn4ir_analysis.assess.productivity` does not reach the target (before 2025, or a
period other than 2021-25 / 2026-30), and the generic growth rows then apply.

Notes
-----
* **2021-25 (period over)**: ``ex_post`` on the estimate. ``missed`` when even the
  highest bound of every headline construction (rounding and the 2025 GRDP estimate
  included) misses the target; ``achieved`` when even the lowest meets it; otherwise
  ``undetermined`` (the evidence spans the target). ``latest_value``/``score``: the most
  favourable central construction and its margin. The city's own statement
  (milestone HN-MSLP-2025-01) is quoted as corroboration, not used.
* **2026-30 (not started)**: the official methods compare the *recent pace* (the
  2021-25 estimate, both ends of the range the constructions span) with the required
  rate ``g*`` (the target's lower bound): Eurostat ``R = a / g*``; UNSD
  ``S = ((1+a)^5 - 1) / ((1+g*)^5 - 1)`` (the productivity level reached by 2030 at the
  recent pace as a share of the level the target needs); ESCAP and Destatis the gap
  ``G = 1 - S``. Where the two ends disagree the less favourable verdict stands (as
  Destatis does for several targets); both are in the notes. A single year's rate (KH 345,
  2030) gets the Eurostat ratio only.
* **Model**: the GRDP model of :mod:`hn4ir_analysis.assess.trends` (same fit and seed as
  the GRDP targets) gives real GRDP growth per path; each path's labour-force growth is
  drawn uniformly from the 2020-25 labour-force growth of the headline constructions,
  rounding included (the labour-force trend and its uncertainty); productivity growth per
  path is ``(1+g_Y)/(1+g_L) - 1``. ``p_met`` is the share of paths meeting the target;
  the notes add ``p_met`` at fixed employment growth of 0, 0.5, 1 and 1.5 % a year.
"""

from __future__ import annotations

import numpy as np

from hn4ir_analysis import config
from hn4ir_analysis.assess import productivity as est_mod
from hn4ir_analysis.assess.level_rows import OFFICIAL, _row, model_row
from hn4ir_analysis.assess.methods import severity
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.data.targets import Target
from hn4ir_analysis.growth_targets import implied_level

INDICATORS = ("labour_productivity_growth_avg", "labour_productivity_growth")
NEXT = (2026, 2030)
SCENARIOS = (0.0, 0.5, 1.0, 1.5)
STATEMENT = "HN-MSLP-2025-01"
_CUTS = {  # the cuts of hn4ir_analysis.assess.methods, applied to a pace instead of a level
    "eurostat": ((0.95, 0.6, 0.0), ("on_track", "moderate_progress", "limited_progress", "moving_away")),
    "unsd": ((0.95, 0.5, 0.1, -0.1), ("on_track", "fair_progress", "limited_progress", "stagnation", "regression")),
}  # fmt: skip


def handles(t: Target) -> bool:
    """Whether ``t`` is a Hanoi labour-productivity growth target (routed here)."""
    return t.geo == config.HANOI and t.indicator in INDICATORS


def _period(t: Target) -> tuple[int, int]:
    return (
        (t.period_start, t.period_end)
        if t.kind == "average_growth"
        else (t.target_year, t.target_year)
    )


def _verdict(t: Target, lo: float, hi: float) -> str:
    up = t.direction == "increase_good"
    if all(t.is_met(v) or (up and v > t.bounds()[1]) for v in (lo, hi)):
        return "achieved"
    return "missed" if hi < t.bounds()[0] or (not up and lo > t.bounds()[1]) else "undetermined"


def _values_2025(est: est_mod.Estimate) -> list[tuple[str, float, float, float]]:
    """(construction, central, low, high) of productivity growth in 2025 alone."""
    a = est.annual.set_index("year")
    out = [("survey_2024_2025", a.loc[2025, "estimate"], a.loc[2025, "low"], a.loc[2025, "high"])] if (
        2025 in a.index and a.loc[2025, "flag"] == "ok") else []  # fmt: skip
    g = a.loc[2025, "grdp_growth"] if 2025 in a.index else np.nan
    half = est_mod.GRDP_HALFWIDTH
    f = lambda gy, gl: 100 * ((1 + gy / 100) / (1 + gl / 100) - 1)  # noqa: E731
    for r in est.headline.itertuples():
        out.append((f"{r.construction} (LF pace)", f(g, r.lf_growth), f(g - half, r.lf_growth_high),
                    f(g + half, r.lf_growth_low)))  # fmt: skip
    return out


def _ex_post(t: Target, data: AsOfData, series: str, est: est_mod.Estimate) -> dict:
    if t.kind == "average_growth":
        items = [(r.construction, r.estimate, r.low, r.high) for r in est.headline.itertuples()]
        what = f"average {t.period_start}-{t.period_end}"
    else:
        items = _values_2025(est)
        what = (
            f"growth in {t.target_year} alone (the document's wording: a rate 'in {t.target_year}')"
        )
    cen = [v[1] for v in items]
    lo, hi = min(v[2] for v in items), max(v[3] for v in items)
    cat = _verdict(t, lo, hi)
    best = max(cen)
    listed = "; ".join(f"{k} {c:.2f} [{a:.2f}, {b:.2f}]" for k, c, a, b in items)
    notes = (f"Estimate of labour-productivity growth per labour-force member (real GRDP growth net of "
             f"labour-force growth), {what}: constructions span {min(cen):.2f}-{best:.2f} %/yr; with the rounding "
             f"of the survey figures and the {est.as_of} GRDP estimate {lo:.2f}-{hi:.2f} %/yr, against "
             f"{t.describe()}: {cat}. Constructions: {listed}.")  # fmt: skip
    if t.kind != "average_growth":
        r = est.range()
        notes += f" The 2021-2025 average spans {r[0]:.2f}-{r[1]:.2f} %/yr (interval {est.interval()[0]:.2f}-{est.interval()[1]:.2f})."
    ms = data.milestones[data.milestones["milestone_id"] == STATEMENT]
    if len(ms):
        notes += (
            f" Corroboration ({STATEMENT}, {ms['date'].iloc[0]}): {ms['description_en'].iloc[0]}"
        )
    notes += (f" Labour force is not employment: a 1-point change of the unemployment rate over five years moves "
              f"the average by about {est_mod.UNEMPLOYMENT_SENSITIVITY:g} points a year. Inputs are estimates "
              f"(vintage 'estimate'), not an official productivity figure.")  # fmt: skip
    ids = est.source_ids()
    if t.kind != "average_growth":  # the one-year construction adds the survey's 2024 figure
        a = est.annual.set_index("year")
        ids = list(dict.fromkeys([*ids, *str(a.loc[t.target_year, "source_ids"]).split(";")]))
    return _row(t, series, "ex_post", data.as_of, latest_year=t.period_end, latest_value=best,
                latest_vintage="estimate", score=(best - t.low) / abs(t.low), category=cat, n_obs=len(ids),
                source_ids=";".join(ids), notes=notes)  # fmt: skip


def _cut(value: float, method: str) -> str:
    cuts, labels = _CUTS[method]
    return next((lab for c, lab in zip(cuts, labels, strict=False) if value >= c), labels[-1])


def _pace_scores(a: float, g: float) -> dict[str, tuple[float, str]]:
    s = ((1 + a / 100) ** 5 - 1) / ((1 + g / 100) ** 5 - 1)
    gap = 1 - s
    destatis = (
        "sun" if gap < 0.05 else "sun_cloud" if gap <= 0.2 else "cloud" if a > 0 else "thunderstorm"
    )
    return {"eurostat": (a / g, _cut(a / g, "eurostat")), "unsd": (s, _cut(s, "unsd")),
            "escap": (gap, "maintain" if gap <= 0 else "accelerate" if gap <= 1 else "reverse"),
            "destatis": (gap, destatis)}  # fmt: skip


def _official(t: Target, data: AsOfData, series: str, est: est_mod.Estimate) -> list[dict]:
    lo, hi = est.range()
    ilo, ihi = est.interval()
    g = t.low
    ends = {k: (_pace_scores(lo, g)[k], _pace_scores(hi, g)[k]) for k in OFFICIAL}
    rows = []
    for m in OFFICIAL:
        if t.kind == "annual_growth" and m != "eurostat":
            rows.append(_row(t, series, m, data.as_of, category="insufficient_data",
                             notes="a single year's growth target: only the Eurostat ratio of paces applies"))  # fmt: skip
            continue
        (s_lo, c_lo), (s_hi, c_hi) = ends[m]
        cat = max((c_lo, c_hi), key=lambda c: severity(m, c))
        # the row's numbers are those of the end whose verdict stands, so score and
        # category agree: latest_value the pace (%/yr), the levels an index (2020 = 100)
        pace, score = (lo, s_lo) if cat == c_lo else (hi, s_hi)
        notes = (f"Recent pace: the 2021-2025 estimate of productivity growth per labour-force member, "
                 f"{lo:.2f}-{hi:.2f} %/yr (interval {ilo:.2f}-{ihi:.2f}), against the {g:g} %/yr required over "
                 f"{t.period_start or t.target_year}-{t.period_end}; score {s_lo:.3f} ({c_lo}) at {lo:.2f} and "
                 f"{s_hi:.3f} ({c_hi}) at {hi:.2f}; the less favourable stands. Base years 2020-2025 (the period "
                 f"has not started; no base before it is blended in). Levels: productivity per "
                 f"labour-force member as an index, 2020 = 100, at {pace:.2f} %/yr.")  # fmt: skip
        rows.append(_row(t, series, m, data.as_of, base_year=2020, base_level=100.0, latest_year=2025,
                         latest_level=implied_level(100.0, pace, 5), level_unit="index_2020_100",
                         latest_value=pace, latest_vintage="estimate",
                         score=score, category=cat, n_obs=len(est.source_ids()),
                         source_ids=";".join(est.source_ids()), notes=notes))  # fmt: skip
    return rows


def _model(t: Target, data: AsOfData, series: str, est: est_mod.Estimate, opts: dict) -> dict:
    seg = data.segment(config.HANOI, "grdp_real_index")
    e0, e1 = _period(t)
    lf_lo, lf_hi = est.lf_growth_interval()
    kept: dict = {}

    def level(fit, y):
        return np.full(fit.paths.shape[0], seg.values[y]) if y in seg.values.index else fit.paths[:, list(fit.years).index(y)]  # fmt: skip

    def stat(fit):
        n = e1 - e0 + 1
        gy = 100 * ((level(fit, e1) / level(fit, e0 - 1)) ** (1 / n) - 1)
        rng = np.random.default_rng(opts["seed"] + 11)
        gl = rng.uniform(lf_lo, lf_hi, size=gy.shape[0])
        kept["gy"] = gy
        return 100 * ((1 + gy / 100) / (1 + gl / 100) - 1)

    row = model_row(
        t, seg, "grdp_real_index", data.as_of, transform="log", analytic=False, stat=stat, **opts
    )
    row.update(
        series=series, latest_year=None, latest_value=None
    )  # the GRDP index is not the target's unit
    if "gy" in kept:
        gy = kept["gy"]
        fixed = ", ".join(
            f"{e:g}%: {np.mean(t.meets(100 * ((1 + gy / 100) / (1 + e / 100) - 1))):.3f}"
            for e in SCENARIOS
        )
        span = f"{e0}-{e1}" if e1 > e0 else f"in {e1}"
        row["notes"] = (f"Real GRDP growth {span} from the {row['model']} paths of grdp_real_index (median "
                        f"{np.median(gy):.2f} %/yr) minus labour-force growth drawn uniformly in {lf_lo:.2f}-{lf_hi:.2f} "
                        f"%/yr (2020-2025 labour-force growth of the estimate's constructions, rounding included). "
                        f"p_met at fixed employment growth {fixed}. {row['notes']}").strip()  # fmt: skip
    return row


def _estimate(data: AsOfData, opts: dict) -> est_mod.Estimate:
    """The estimate of ``data``, made once per assessment (``opts["cache"]``): every
    productivity target reads the same one, and none changes it."""
    memo = opts.setdefault("cache", {})
    if "productivity.estimate" not in memo:
        memo["productivity.estimate"] = est_mod.estimate(data)
    return memo["productivity.estimate"]


def assess_productivity(t: Target, data: AsOfData, series: str, opts: dict) -> list[dict] | None:
    """Rows for one Hanoi productivity target on the estimate, or None (generic rows apply)."""
    est = _estimate(data, opts)
    if est.constructions.empty or not est.headline.size:
        return None
    s, e = _period(t)
    if (s, e) in (est_mod.PERIOD, (2025, 2025)) and e <= data.as_of:
        return [_ex_post(t, data, series, est)]
    if NEXT[0] <= s and e <= NEXT[1] and e > data.as_of:
        extra = {"required_growth": t.low}
        if t.comparison == "between":
            extra["required_growth_high"] = t.high
        rows = [*_official(t, data, series, est), _model(t, data, series, est, opts)]
        for r in rows:
            r.update(extra)
        return rows
    return None
