"""The answer page's content: one line per distinct target, its one verdict and why.

:func:`overview` arranges the assessment table for the report's front page, the
target-year pages and the scorecard notebook: Plan 205-KH/TU's own quantitative targets
first, then its qualitative goals, then the other Hanoi targets by theme (one line per
distinct target, "restated in N documents", superseded thresholds as history), then
Vietnam's national targets. Each line carries the verdict of
:func:`hn4ir_analysis.assess.headline.headline`, a one-line reason with the numbers
behind it, the what-if arithmetic of :mod:`hn4ir_analysis.assess.whatif` and the rows of
each method for the detail.

Notes
-----
Grouping uses the targets API (:func:`hn4ir_analysis.data.targets.group_restated`,
:func:`~hn4ir_analysis.data.targets.in_force`): restatements share one verdict (the
lead target's rows); a group whose threshold was later reset for the same place,
indicator and year is listed under "superseded". Every word comes from
:mod:`hn4ir_analysis.views.i18n` (the document's own wording in the reader's language
where the indicator has no label); numbers are formatted in the reader's language.
"""

from __future__ import annotations

import math

from hn4ir_analysis.assess import whatif
from hn4ir_analysis.assess.expost import within_revision
from hn4ir_analysis.assess.headline import Headline, headline
from hn4ir_analysis.data import targets as tg
from hn4ir_analysis.views import i18n

#: target ids of Plan 205-KH/TU itself, the plan the project is about
PLAN_PREFIX = "KH205_"
#: verdict → colour class of the page
VERDICT_COLOUR = {
    "achieved": "green", "on_track": "green", "methods_disagree": "amber", "off_track": "red",
    "missed": "red", "insufficient_data": "grey", "not_quantifiable": "grey",
}  # fmt: skip
#: theme of an indicator: the first prefix that matches
THEMES = (
    ("productivity", ("labour_productivity", "tfp")),
    ("digital_economy", ("digital_econ", "st_innovation", "ecommerce")),
    ("infrastructure", ("fibre", "mobile_5g", "broadband")),
    ("government", ("online_", "full_online", "smart_cit", "party_state", "digital_government")),
    ("innovation", ("startup",)),
    ("structure", ("share_", "manufacturing_share")),
    ("growth", ("grdp", "services_growth", "population")),
)


def theme(indicator: str) -> str:
    return next((name for name, prefixes in THEMES if indicator.startswith(prefixes)), "other")


def _nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def num(x, lang: str, decimals: int | None = None) -> str:
    """A number for a reader: 1,587,379 · 17.3 · 0.58 (decimals from the size unless given)."""
    if _nan(x):
        return i18n.MISSING
    x = float(x)
    if decimals is None:
        decimals = 0 if abs(x) >= 1000 or x.is_integer() else 1 if abs(x) >= 10 else 2
    return i18n.format_number(x, lang, decimals)


def short(x, lang: str) -> str:
    """A threshold as written: 7.5, 30, 1,600,000 (no more decimals than it has, at most 2)."""
    if _nan(x):
        return i18n.MISSING
    decimals = next(d for d in range(3) if round(float(x), d) == round(float(x), 2))
    return i18n.format_number(float(x), lang, decimals)


def unit_text(t: tg.Target, lang: str) -> str:
    """The unit a reader reads (%/yr for average growth, % of GRDP, USD …)."""
    if t.kind == "average_growth":
        return i18n.t("ov.pct_per_year", lang)
    if t.kind == "annual_growth":
        return "%"
    if t.unit == "pct_of_grdp" and t.geo == "VN":
        return i18n.t("units.pct_of_gdp", lang)  # a country's share is of GDP (issue 16 §7)
    return i18n.unit_label(t.unit, lang) if t.unit in i18n.UNITS else ""


def _with_unit(value: str, unit: str) -> str:
    return f"{value} {unit}".strip() if not unit.startswith("%") else f"{value} {unit}"


def threshold_text(t: tg.Target, lang: str) -> str:
    """``≈ 30 % of GRDP``, ``7–7.5 %/yr``, ``> 40 % of GRDP``."""
    sym = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "approx": "≈"}.get(t.comparison)
    if t.comparison == "between":
        value = f"{short(t.low, lang)}–{short(t.high, lang)}"
    elif sym and t.low is not None:
        value = f"{sym} {short(t.low, lang)}"
    else:
        return ""
    return _with_unit(value, unit_text(t, lang))


def when_text(t: tg.Target) -> str:
    if t.kind == "average_growth" and t.period_start:
        return f"{t.period_start}–{t.period_end}"
    return str(t.target_year)


def name(t: tg.Target, lang: str) -> str:
    """The target in plain words: indicator, threshold, year; or the document's wording."""
    if t.indicator in i18n.INDICATORS and t.quantitative:
        label = i18n.indicator_label(t.indicator, lang, with_unit=False)
        return f"{label} {threshold_text(t, lang)}, {when_text(t)}"
    if lang == "vi" and not (t.wording_vi or "").strip():
        return _name_from_indicator(t, lang)  # no Vietnamese wording: never the English one
    text = (t.wording_vi if lang == "vi" else t.wording_en) or t.wording_en
    text = text[0].upper() + text[1:] if text else text
    return text if len(text) <= 140 else text[:137].rstrip() + "…"


def _name_from_indicator(t: tg.Target, lang: str) -> str:
    """The target named by its indicator's description (``indicators.csv``), threshold and year."""
    from hn4ir_analysis.views.evidence_words import default_labels

    label = default_labels(lang).get(t.indicator) or t.indicator.replace("_", " ")
    if t.quantitative and t.low is not None:
        return f"{label} {threshold_text(t, lang)}, {when_text(t)}"
    return f"{label} ({when_text(t)})"


def series_name(series: str | None, lang: str) -> str:
    """A measurement series in words (``digital_econ_share_gso`` → "GSO method")."""
    if not series:
        return ""
    key = f"nb04.series.{series}"
    if key in i18n.KEYS:
        return i18n.t(key, lang)
    if series in i18n.INDICATORS:
        return i18n.indicator_label(series, lang, with_unit=False)
    return i18n.t("ov.series_other", lang)


def _value(t: tg.Target, x, lang: str) -> str:
    return _with_unit(num(x, lang), unit_text(t, lang))


def reason(t: tg.Target, h: Headline, lang: str) -> str:
    """One line with the numbers behind the verdict."""
    row = h.row or {}
    parts = []
    if h.rule == "ex_post":
        vint = row.get("latest_vintage") or ""
        vint_text = (
            i18n.t(f"nb34.vintage.{vint}", lang) if f"nb34.vintage.{vint}" in i18n.KEYS else ""
        )
        year = when_text(t) if t.kind == "average_growth" else row.get("latest_year")
        parts.append(i18n.t("ov.outcome", lang, value=_value(t, row.get("latest_value"), lang), year=year)
                     + (f" ({vint_text})" if vint_text else ""))  # fmt: skip
        parts.append(i18n.t("ov.target_was", lang, target=threshold_text(t, lang)))
        if row.get("category") == "exceeded":
            parts.append(i18n.t("ov.exceeded", lang))
        if within_revision(row):
            key = (
                "ov.within_revision_missed"
                if row.get("category") == "missed"
                else "ov.within_revision"
            )
            parts.append(i18n.t(key, lang, rev=_value(t, row["revision"], lang)))
    elif row and not _nan(row.get("latest_value")):
        if t.kind in ("average_growth", "annual_growth") and not _nan(row.get("base_year")):
            avg = float(
                row["latest_value"]
            )  # growth so far or recent pace, %/yr (the table's contract)
            start = t.period_start or t.target_year
            if avg is not None and int(row["latest_year"]) < start:
                parts.append(i18n.t("ov.recent_pace", lang, value=_value(t, avg, lang),
                                    years=f"{int(row['base_year']) + 1}–{int(row['latest_year'])}"))  # fmt: skip
            elif avg is not None:
                parts.append(i18n.t("ov.so_far", lang, value=_value(t, avg, lang)))
        else:
            parts.append(i18n.t("ov.latest", lang, value=_value(t, row["latest_value"], lang),
                                year=row.get("latest_year")))  # fmt: skip
        p = whatif.pace(row)
        need = whatif.needed(row)
        if p is not None and t.kind == "share":
            parts.append(i18n.t("ov.pace_pts", lang, pts=num(p.points, lang, 1)))
        elif p is not None:
            parts.append(i18n.t("ov.pace_pct", lang, pct=num(p.growth, lang, 1)))
        if t.kind == "share" and whatif.needed_points(row) is not None:
            parts.append(i18n.t("ov.needs_pts", lang, pts=num(whatif.needed_points(row), lang, 2)))
        elif need is not None:
            parts.append(i18n.t("ov.needs", lang, pct=num(need, lang, 1)))
        if p is not None:
            parts.append(i18n.t("ov.reached", lang, year=p.year_reached) if p.year_reached
                         else i18n.t("ov.not_reached", lang, year=whatif.HORIZON))  # fmt: skip
        if p is not None and t.kind == "share":  # the Eurostat ratio's basis, for comparison
            pct = num(p.growth, lang, 1)
            parts.append(i18n.t("ov.reached_compound", lang, year=p.year_reached_compound, pct=pct)
                         if p.year_reached_compound
                         else i18n.t("ov.not_reached_compound", lang, year=whatif.HORIZON, pct=pct))  # fmt: skip
    elif row and whatif.needed(row) is not None:
        parts.append(i18n.t("ov.needs", lang, pct=num(whatif.needed(row), lang, 1)))
    if h.verdict == "methods_disagree" and h.votes:
        ons = sum(v == "on_track" for v in h.votes.values())
        parts.append(i18n.t("ov.split", lang, on=ons, off=len(h.votes) - ons))
    if h.rule == "model_tiebreak":
        parts.append(i18n.t("ov.tiebreak", lang))
    if h.p_met is not None and h.rule != "ex_post":
        parts.append(
            i18n.t("ov.p_met", lang, p=num(h.p_met, lang, 2), word=i18n.verdict(h.likelihood, lang))
        )
    if h.verdict == "insufficient_data":
        parts.append(i18n.t("ov.no_data", lang))
    return "; ".join(parts)


def method_rows(rows: list[dict], lang: str) -> list[dict]:
    """Each method's verdict for the detail block, in words, insufficient data last."""
    from hn4ir_analysis.assess.verdicts import METHOD_ORDER

    out = []
    for r in sorted(
        rows,
        key=lambda r: (r.get("category") == "insufficient_data", METHOD_ORDER.get(r["method"], 99)),
    ):
        out.append({
            "method": i18n.t(f"method_short.{r['method']}", lang),
            "method_long": i18n.t(f"method.{r['method']}", lang),
            "series": series_name(r.get("series"), lang),
            "verdict": i18n.verdict(r.get("category") or "insufficient_data", lang),
            "category": r.get("category"),
            "p": None if _nan(r.get("p_met")) else num(r["p_met"], lang, 2),
            "latest": num(r.get("latest_value"), lang),
            "latest_year": r.get("latest_year"),
            "projected": num(r.get("projected_value"), lang),
            "notes": r.get("notes") or "",
            "model": r.get("model") or "",
        })  # fmt: skip
    return out


def whatif_base(rows: list[dict], h: Headline) -> dict | None:
    """The assessment row the what-if starts from (``None`` once the period is over)."""
    if h.rule == "ex_post":
        return None
    if h.row and whatif.usable(h.row):
        return h.row
    return next((r for r in rows if r.get("method") != "ex_post" and whatif.usable(r)), None)


def whatif_scenarios(t: tg.Target, base: dict | None, rates=None) -> list[whatif.Scenario]:
    """The scenarios of a target (:func:`hn4ir_analysis.assess.whatif.scenarios`, with the
    indicator's direction for "exceeded"); empty without a starting row."""
    return [] if base is None else whatif.scenarios(base, rates, t.direction)


def whatif_rows(t: tg.Target, base: dict | None, lang: str, rates=None) -> list[dict]:
    """The scenario table of a target, in words (empty without a starting row)."""
    out = []
    for s in whatif_scenarios(t, base, rates):
        sign = "+" if s.rate_unit == whatif.POINTS_PER_YEAR and s.rate > 0 else ""
        value = _value(t, s.value, lang)
        if t.kind == "average_growth":
            value = f"{value} ({i18n.t('wi.period_average', lang)})"
        out.append({
            "growth": f"{sign}{num(s.rate, lang, 1)} {i18n.t(f'wi.unit.{s.rate_unit}', lang)}",
            "value": value,
            "relative": "" if s.relative is None else f"{num(s.relative, lang, 1)} {i18n.t('wi.unit.pct_per_year', lang)}",
            "met": i18n.t(f"wi.status.{s.status}", lang),
            "year": str(s.year_reached) if s.year_reached else f"> {whatif.HORIZON}" if t.kind in ("level", "share") else "–",
        })  # fmt: skip
    return out


def _line(group: tg.TargetGroup, t: tg.Target, rows: list[dict], lang: str, history: list) -> dict:
    h = headline(rows)
    return {
        "target_id": t.target_id,
        "group_id": group.group_id,
        "name": name(t, lang),
        "when": when_text(t),
        "verdict_code": h.verdict,
        "verdict": i18n.t(f"ov.verdict.{h.verdict}", lang),
        "colour": VERDICT_COLOUR[h.verdict],
        "rule": h.rule,
        "reason": reason(t, h, lang),
        "documents": group.documents,
        "restated": len(group.documents),
        "methods": method_rows(rows, lang),
        "whatif_row": whatif_base(rows, h) if t.quantitative else None,
        "whatif": whatif_rows(t, whatif_base(rows, h), lang) if t.quantitative else [],
        "history": history,
        "headline": h,
        "target": t,
        "series": h.series,
        "evidence": (rows[0].get("notes") or "") if t.kind == "qualitative" and rows else "",
        "n_evidence": rows[0].get("n_obs") if t.kind == "qualitative" and rows else None,
    }


def overview(table_rows: list[dict], targets: list[tg.Target], lang: str, as_of: int) -> dict:
    """Lines of the answer page for the targets in ``table_rows`` (the assessment table).

    Returns ``{"plan": [...], "plan_goals": [...], "hanoi": {theme: [...]}, "hanoi_goals":
    [...], "vietnam": {theme: [...]}}``; each line is a dict (see :func:`_line`).
    """
    by_id: dict[str, list[dict]] = {}
    for r in table_rows:
        by_id.setdefault(r["target_id"], []).append(r)
    known = [t for t in targets if t.target_id in by_id]
    groups = tg.group_restated(known)
    out = {"plan": [], "plan_goals": [], "hanoi": {}, "hanoi_goals": [], "vietnam": {}}
    for g in sorted(
        groups, key=lambda g: (g.lead.target_year, theme(g.lead.indicator), g.group_id)
    ):
        lead = g.lead
        # documents known by the end of as_of + 1, as the assessment (verdicts._label_groups) and
        # asof.visible read them: one answer to "which target is in force" (issue 16 §4)
        force = tg.in_force(known, lead.geo, lead.indicator, lead.target_year, as_of=str(as_of + 1))
        later = force is not None and tg.restatement_key(force) != g.key and lead.quantitative
        history = [{"name": name(force, lang), "document": force.document_code}] if later else []
        plan = [m for m in g.members if m.target_id.startswith(PLAN_PREFIX)]
        for m in plan:
            line = _line(g, m, by_id[m.target_id], lang, history)
            out["plan" if m.quantitative else "plan_goals"].append(line)
        if plan:
            continue
        line = _line(g, lead, by_id[lead.target_id], lang, history)
        line["superseded"] = later
        if lead.place == "Vietnam":
            out["vietnam"].setdefault(theme(lead.indicator), []).append(line)
        elif not lead.quantitative:
            out["hanoi_goals"].append(line)
        else:
            out["hanoi"].setdefault(theme(lead.indicator), []).append(line)
    order = [name for name, _ in THEMES] + ["other"]
    for key in ("hanoi", "vietnam"):
        out[key] = {k: out[key][k] for k in order if k in out[key]}
    out["plan"].sort(key=lambda line: (line["target"].target_year, line["target"].indicator))
    return out


def counts(lines: list[dict]) -> list[tuple[str, str, int]]:
    """``[(colour, verdict code, n), ...]`` of a list of lines, in :data:`VERDICT_COLOUR` order."""
    found: dict[str, int] = {}
    for line in lines:
        found[line["verdict_code"]] = found.get(line["verdict_code"], 0) + 1
    order = list(VERDICT_COLOUR)
    return [
        (VERDICT_COLOUR[v], v, n)
        for v, n in sorted(found.items(), key=lambda kv: order.index(kv[0]))
    ]


def spark_svg(values, target: tuple | None, title: str, width: int = 150, height: int = 44) -> str:
    """A small inline SVG line of ``values`` (``{year: value}``) with the target as a dashed
    line; no script, no external reference. ``""`` with fewer than one value."""
    import html

    pts = sorted((int(y), float(v)) for y, v in dict(values).items() if not _nan(v))
    if not pts:
        return ""
    ys = [v for _, v in pts]
    tgt = [x for x in (target or ()) if x is not None and math.isfinite(x)]
    lo, hi = min(ys + tgt), max(ys + tgt)
    span = (hi - lo) or 1.0
    x0, x1 = pts[0][0], max(pts[-1][0], pts[0][0] + 1)
    pad = 4

    def xy(year, v):
        x = pad + (year - x0) / (x1 - x0) * (width - 2 * pad)
        y = height - 12 - (v - lo) / span * (height - 12 - pad)
        return f"{x:.1f},{y:.1f}"

    line = " ".join(xy(y, v) for y, v in pts)
    parts = [f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>']  # fmt: skip
    for v in tgt[:1]:
        y = xy(x0, v).split(",")[1]
        parts.append(
            f'<line x1="{pad}" x2="{width - pad}" y1="{y}" y2="{y}" stroke="#555" stroke-dasharray="3 2"/>'
        )
    if len(pts) > 1:
        parts.append(f'<polyline points="{line}" fill="none" stroke="#0072B2" stroke-width="1.8"/>')
    cx, cy = xy(*pts[-1]).split(",")
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="2.6" fill="#0072B2"/>')
    # the years the line spans, so the reader knows how much history it rests on
    parts.append(f'<text x="{pad}" y="{height}" font-size="9" fill="#666">{pts[0][0]}</text>')
    if len(pts) > 1:
        parts.append(
            f'<text x="{width - pad}" y="{height}" font-size="9" fill="#666" text-anchor="end">{pts[-1][0]}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def csv_line(line: dict, lang: str) -> dict:
    """One line of ``verdicts.csv``: stable column names and codes in every language; the
    ``*_text`` columns repeat the target, verdict and reason in the page's words."""
    t = line["target"]
    return {
        "target_id": t.target_id, "place": t.place, "target_year": t.target_year,
        "verdict_code": line["verdict_code"], "rule": line["rule"], "documents": " ".join(line["documents"]),
        "target_text": line["name"], "verdict_text": line["verdict"], "why_text": line["reason"],
    }  # fmt: skip


#: the columns of ``whatif.csv``, the same in every language (codes, dot decimals)
WHATIF_CSV = ("target_id", "scenario", "scenario_unit", "value_in_target_year", "unit", "met",
              "year_reached")  # fmt: skip


def csv_whatif(line: dict, lang: str | None = None) -> list[dict]:
    """The scenario rows of a line for ``whatif.csv``: machine columns :data:`WHATIF_CSV`,
    codes not words (``met``: ``met``/``exceeded``/``not_met``; units ``pct_per_year``,
    ``points_per_year`` or the target's unit code), plain numbers; ``lang`` is not used —
    the file is identical in both languages (the HTML table carries the labels)."""
    return [
        {"target_id": line["target_id"], "scenario": round(s.rate, 10), "scenario_unit": s.rate_unit,
         "value_in_target_year": round(s.value, 10), "unit": s.unit, "met": s.status,
         "year_reached": s.year_reached}
        for s in whatif_scenarios(line["target"], line["whatif_row"])
    ]  # fmt: skip
