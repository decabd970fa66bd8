"""Why a line of the answer page has its verdict: the reason line and each method's verdict.

:func:`reason` writes the numbers behind the one verdict of
:func:`hn4ir_analysis.assess.headline.headline` (outcome against the target, recent pace,
the growth needed, the year reached, how the methods split); :func:`method_rows` lists
each method's verdict for the detail block.

Notes
-----
Paces and needed growth come from :mod:`hn4ir_analysis.assess.whatif` (``pace``,
``needed``, ``needed_points``) and the revision rule from
:func:`hn4ir_analysis.assess.expost.within_revision`; words from
:mod:`hn4ir_analysis.views.i18n`, numbers formatted in the reader's language.
"""

from __future__ import annotations

from hn4ir_analysis.assess import whatif
from hn4ir_analysis.assess.expost import within_revision
from hn4ir_analysis.assess.headline import Headline
from hn4ir_analysis.data import targets as tg
from hn4ir_analysis.views import i18n
from hn4ir_analysis.views.target_words import (
    is_missing,
    num,
    series_name,
    threshold_text,
    value_text,
    when_text,
)


def reason(t: tg.Target, h: Headline, lang: str) -> str:
    """One line with the numbers behind the verdict."""
    row = h.row or {}
    parts = []
    if h.rule == "ex_post":
        vint = row.get("latest_vintage") or ""
        vint_text = i18n.t_or(f"nb34.vintage.{vint}", lang, "")
        year = when_text(t) if t.kind == "average_growth" else row.get("latest_year")
        parts.append(i18n.t("ov.outcome", lang, value=value_text(t, row.get("latest_value"), lang), year=year)
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
            parts.append(i18n.t(key, lang, rev=value_text(t, row["revision"], lang)))
    elif row and not is_missing(row.get("latest_value")):
        if t.kind in ("average_growth", "annual_growth") and not is_missing(row.get("base_year")):
            avg = float(
                row["latest_value"]
            )  # growth so far or recent pace, %/yr (the table's contract)
            start = t.period_start or t.target_year
            if avg is not None and int(row["latest_year"]) < start:
                parts.append(i18n.t("ov.recent_pace", lang, value=value_text(t, avg, lang),
                                    years=f"{int(row['base_year']) + 1}–{int(row['latest_year'])}"))  # fmt: skip
            elif avg is not None:
                parts.append(i18n.t("ov.so_far", lang, value=value_text(t, avg, lang)))
        else:
            parts.append(i18n.t("ov.latest", lang, value=value_text(t, row["latest_value"], lang),
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
        word, p = i18n.verdict(h.likelihood, lang), num(h.p_met, lang, 2)
        if h.p_range:  # calibration unsettled (assess.calibration_unsettled): both readings
            lo, hi = (num(x, lang, 2) for x in h.p_range)
            parts.append(i18n.t("ov.p_met_range", lang, p=p, lo=lo, hi=hi, word=word))
        else:
            parts.append(i18n.t("ov.p_met", lang, p=p, word=word))
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
            "p": None if is_missing(r.get("p_met")) else num(r["p_met"], lang, 2),
            "latest": num(r.get("latest_value"), lang),
            "latest_year": r.get("latest_year"),
            "projected": num(r.get("projected_value"), lang),
            "notes": r.get("notes") or "",
            "model": r.get("model") or "",
        })  # fmt: skip
    return out
