"""The target scorecard: verdicts side by side, fan-chart inputs, counts.

Used by ``notebooks/05-target-scorecard.ipynb`` and the report site. The numbers come
from :func:`hn4ir_analysis.assess.verdicts.assess`; this module only arranges them for reading.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import calibration, trends
from hn4ir_analysis.assess.verdicts import COVID_STEP, METHOD_ORDER
from hn4ir_analysis.data.asof import LEVEL_OF_RATE, AsOfData, Segment
from hn4ir_analysis.data.targets import Target
from hn4ir_analysis.views import i18n, standing

FORWARD_METHODS = ["eurostat", "unsd", "escap", "destatis", "model"]


def verdict_matrix(frame: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per target × series: each method's verdict word, the model's p_met and the growth needed.

    Parameters
    ----------
    frame : DataFrame
        The assessment table (``assess.COLUMNS``).
    lang : {"en", "vi"}

    Returns
    -------
    DataFrame
        Columns ``target_id``, ``series``, one per method present (localised verdicts),
        ``p_met`` and ``required_growth`` (per cent a year).
    """
    words = frame.assign(word=[i18n.verdict(c, lang) for c in frame["category"]])
    wide = words.pivot_table(
        index=["target_id", "series"], columns="method", values="word", aggfunc="first"
    )
    methods = sorted(wide.columns, key=METHOD_ORDER.get)
    wide = wide[methods]
    wide.columns = [i18n.t(f"method_short.{m}", lang) for m in methods]
    wide = wide.fillna("")
    numeric = frame.assign(
        p_met=pd.to_numeric(frame["p_met"]), required_growth=pd.to_numeric(frame["required_growth"])
    )
    extra = numeric.groupby(["target_id", "series"]).agg(
        p_met=("p_met", "max"), required_growth=("required_growth", "max")
    )
    out = wide.join(extra).reset_index()
    out = out.rename(columns={
        "target_id": i18n.column("target_id", lang), "series": i18n.column("series", lang),
        "p_met": i18n.column("p_met", lang), "required_growth": i18n.column("required_growth", lang),
    })  # fmt: skip
    return out


def headline(frame: pd.DataFrame, lang: str = "en") -> str:
    """One sentence: how many quantitative targets are achieved, on track, likely."""
    quant = frame[frame["method"] != "evidence"]
    by_target = quant.groupby("target_id")
    met = int(
        by_target.apply(
            lambda g: (
                g["category"].isin(["achieved", "exceeded"]).any()
                & (g["method"] == "ex_post").any()
            )
        ).sum()
    )
    on = int(
        by_target.apply(
            lambda g: (
                g["category"].isin(["on_track", "maintain", "sun", "achieved", "exceeded"]).any()
            )
        ).sum()
    )
    likely = int(
        by_target.apply(lambda g: g["category"].isin(["likely", "very_likely"]).any()).sum()
    )
    return i18n.t("nb05.summary", lang, met=met, n=by_target.ngroups, on=on, likely=likely)


def verdict_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """How many verdicts of each category each method gave (rows: method, columns: category)."""
    return frame.pivot_table(
        index="method", columns="category", values="target_id", aggfunc="count", fill_value=0
    )


def targets_table(targets: list[Target], lang: str = "en") -> pd.DataFrame:
    """The targets of a year: id, document, wording in ``lang``, what counts as met."""
    rows = [
        {
            i18n.column("target_id", lang): t.target_id,
            i18n.t("document", lang): t.document[:60],
            i18n.t("wording", lang): (t.wording_vi if lang == "vi" else t.wording_en)[:110],
            i18n.t("goal", lang): t.describe(lang) if t.quantitative else "–",
        }
        for t in sorted(targets, key=lambda t: t.target_id)
    ]
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class FanInput:
    """What a fan chart of one target needs: history, the chosen model's projection, the target level."""

    target: Target
    series: str
    history: Segment
    fit: trends.TrendResult
    target_low: float
    target_high: float | None


def fan_input(t: Target, data: AsOfData, series: str, *, confidence: float) -> FanInput | None:
    """The projection the model row of the assessment used, with the target in the same units.

    Growth targets are drawn on their level index (the target as the index level it
    implies), as the assessment judges them; ``None`` where no model could be fitted.
    """
    level = (
        LEVEL_OF_RATE.get(t.indicator, series)
        if t.kind in ("average_growth", "annual_growth")
        else series
    )
    if level is None:
        return None
    seg = data.segment(t.geo, level)
    if seg.n == 0 or seg.values.index[-1] >= t.target_year:
        return None
    # a growth target is judged on its level index (log); a level or share by its unit
    transform = "log" if level != series else trends.transform_for(t.unit, t.kind)
    fits = trends.fit_all(seg.values, horizon_end=t.target_year, confidence=confidence, transform=transform,
                          step_years=COVID_STEP)  # fmt: skip
    # the calibrated distribution, as the assessment's model row uses (assess.calibration)
    chosen, _ = calibration.apply(trends.select_model(fits), level, transform)
    if chosen is None:
        return None
    low, high = t.low, t.high
    if t.kind == "average_growth":
        base_year = t.period_start - 1
        if base_year not in seg.values.index:
            return None
        n = t.period_end - t.period_start + 1
        base = seg.values[base_year]
        low = base * (1 + t.low / 100) ** n
        high = base * (1 + t.high / 100) ** n if t.high is not None else None
    elif t.kind == "annual_growth":
        return None  # one year's rate has no level of its own to draw
    return FanInput(t, level, seg, chosen, low, high)


def source_line(fi: FanInput, observations: pd.DataFrame, max_producers: int = 3) -> str:
    """Who produced the values behind a chart, and which model projects them."""
    ids = {i for joined in fi.history.source_ids for i in joined.split(";") if i}
    producers = observations.loc[observations["obs_id"].isin(ids), "producer"].dropna()
    names = list(dict.fromkeys(sorted(producers, key=lambda p: (-(producers == p).sum(), p))))
    shown = "; ".join(names[:max_producers]) + ("; …" if len(names) > max_producers else "")
    return f"{shown}. Projection: {fi.fit.model} (hn4ir-analysis)"


# --- fan-chart panels: one per distinct series, growth drawn as %/yr ----------------------

#: panels of the scorecard: (panel key, series drawn, unit code, how: "level" | "rate")
PANELS = (
    ("digital_econ_share", ("digital_econ_share_release2025", "digital_econ_share", "digital_econ_share_gso", "digital_econ_share_mic"), "pct_of_grdp", "level"),
    ("grdp_growth", ("grdp_growth",), "pct", "rate"),
    ("labour_productivity", ("labour_productivity_vnd",), "mn_vnd", "level"),
    ("grdp_per_capita_usd", ("grdp_per_capita_usd",), "usd", "level"),
    ("grdp_per_capita_vnd", ("grdp_per_capita_vnd",), "mn_vnd", "level"),
)  # fmt: skip
#: indicator of a target → the panel it is drawn on
PANEL_OF = {
    "digital_econ_share": "digital_econ_share", "grdp_growth": "grdp_growth",
    "grdp_growth_avg": "grdp_growth", "labour_productivity_growth_avg": "labour_productivity",
    "labour_productivity_growth": "labour_productivity", "grdp_per_capita_usd": "grdp_per_capita_usd",
    "grdp_per_capita_vnd": "grdp_per_capita_vnd",
}  # fmt: skip


@dataclass(frozen=True)
class Panel:
    """One chart of the scorecard: observed series, the projection of the first one, targets.

    ``lines`` are ``(series, {year: value})``; ``fan`` is ``(years, mean, lower, upper, model)``
    in the panel's unit (for a ``rate`` panel: annual growth in per cent, from the level
    model's simulated paths) or ``None``; ``targets`` are ``(start, end, low, high, text)``
    in the panel's unit (a growth target over 2026–30 is a band at its %/yr over those years).
    """

    key: str
    unit: str
    how: str
    lines: tuple
    fan: tuple | None
    targets: tuple
    source_ids: tuple
    not_counted: tuple = ()  # (series, why code, years; () = all): points only, never projected


#: series a panel shows but does not count (issue 16 §6): the city's figures of two
#: releases (16.25 % for 2024, 17.34 % for 2025: a link between releases, not a pace)
TWO_RELEASE_SERIES = {"digital_econ_share": "two_releases"}


def _counted_level(key: str, seg: Segment, data: AsOfData):
    """The values of ``seg`` a panel may project, and the years it must not (issue 16 §6).

    Productivity levels that imply more workers than the labour force
    (:func:`hn4ir_analysis.views.productivity_checks.usable_levels`: 253 for 2020 and 347
    for 2025) are shown but never projected.
    """
    if key != "labour_productivity":
        return seg.values, ()
    from hn4ir_analysis.views.productivity_checks import usable_levels

    ok = set(usable_levels(data)["obs_id"])  # by figure: 2020 has 258.3 (usable) and 253 (not)
    good = [bool(set(seg.source_ids[y].split(";")) & ok) for y in seg.values.index]
    keep = seg.values[good]
    return keep, tuple(int(y) for y, g in zip(seg.values.index, good, strict=True) if not g)


def _rate_fan(level: Segment, fit: trends.TrendResult, confidence: float):
    """Annual growth (per cent) of the level paths, the first year from the last observation."""
    last = level.values.iloc[-1]
    prev = np.column_stack([np.full(fit.paths.shape[0], last), fit.paths[:, :-1]])
    growth = 100 * (fit.paths / prev - 1)
    a = (1 - confidence) / 2
    return (fit.years, np.median(growth, axis=0), np.quantile(growth, a, axis=0),
            np.quantile(growth, 1 - a, axis=0), fit.model)  # fmt: skip


def panels(
    targets: list[Target], data: AsOfData, *, confidence: float, lang: str = "en"
) -> list[Panel]:
    """The panels for Hanoi's quantitative targets in ``targets`` (one per distinct series).

    Distinct thresholds of restated targets are drawn once. A projection is drawn where a
    trend model fits the first series of the panel (for GRDP growth: the real GRDP index,
    whose simulated paths give the annual growth fan).
    """
    by_panel: dict[str, dict] = {}
    horizons: dict[str, int] = {}
    for t in targets:
        key = PANEL_OF.get(t.indicator)
        if key is None or t.geo != "HN" or not t.quantitative or t.low is None or t.draft:
            continue  # a draft's scenarios are never targets (issue 16 §4)
        start = t.period_start if t.kind == "average_growth" else t.target_year
        tgt = (
            start,
            t.period_end if t.kind == "average_growth" else t.target_year,
            t.low,
            t.high,
            t.comparison,
        )
        if key == "labour_productivity":
            # a real-growth target has no place on the nominal level chart (said in the title);
            # its year sets how far the trend is drawn
            horizons["labour_productivity"] = max(
                horizons.get("labour_productivity", 0), t.target_year
            )
            continue
        by_panel.setdefault(key, {})[tgt] = tgt
    wanted = {t_key for t_key in by_panel} | (
        {"labour_productivity"} if any(PANEL_OF.get(t.indicator) == "labour_productivity" and t.geo == "HN" for t in targets) else set()
    )  # fmt: skip
    out = []
    for key, series, unit, how in PANELS:
        if key not in wanted:
            continue
        lines, ids = [], []
        for s in series:
            seg = data.segment("HN", s)
            if seg.n:
                lines.append((s, {int(y): float(v) for y, v in seg.values.items()}))
                ids += [i for joined in seg.source_ids for i in joined.split(";") if i]
        if not lines:
            continue
        fan = None
        level_name = "grdp_real_index" if how == "rate" else series[0]
        level = data.segment("HN", level_name)
        values, rejected = _counted_level(key, level, data)
        not_counted = tuple(
            (s, why, ()) for s, why in TWO_RELEASE_SERIES.items() if s in dict(lines)
        )
        not_counted += ((level_name, "inconsistent", rejected),) if rejected else ()
        horizon = max(
            [t[1] for t in by_panel.get(key, {}).values()] + [data.as_of + 1, horizons.get(key, 0)]
        )
        if len(values) >= 3 and horizon > values.index[-1]:
            transform = "log" if how == "rate" else trends.transform_for(unit)
            fits = trends.fit_all(values, horizon_end=horizon, confidence=confidence,
                                  transform=transform, step_years=COVID_STEP)  # fmt: skip
            # the calibrated distribution, as the assessment's model row uses
            chosen, _ = calibration.apply(trends.select_model(fits), level_name, transform)
            if chosen is not None and chosen.ok:
                fan = (_rate_fan(level, chosen, confidence) if how == "rate"
                       else (chosen.years, chosen.mean, chosen.lower, chosen.upper, chosen.model))  # fmt: skip
        targets_drawn = tuple(sorted(by_panel.get(key, {}).values(), key=lambda x: (x[0], x[2])))
        out.append(
            Panel(
                key,
                unit,
                how,
                tuple(lines),
                fan,
                targets_drawn,
                tuple(dict.fromkeys(ids)),
                not_counted,
            )  # fmt: skip
        )
    return out


# --- the scorecard notebook's tables, in words (from views.overview lines) ------------------


def answer_lines(answer: dict, year: int | None = None) -> list[tuple[str, dict]]:
    """``[(section key, line), ...]``: Plan 205 first, then Hanoi by theme, then Vietnam."""
    out = [("plan", line) for line in answer["plan"]]
    out += [(f"theme.{th}", line) for th, lines in answer["hanoi"].items() for line in lines]
    out += [("vietnam", line) for lines in answer["vietnam"].values() for line in lines]
    return [(k, line) for k, line in out if year is None or line["target"].target_year == year]


def _section(key: str, lang: str) -> str:
    return i18n.t(f"ov.{key}" if key.startswith("theme.") else f"nb05.section.{key}", lang)


def answer_frame(answer: dict, lang: str, year: int | None = None) -> pd.DataFrame:
    """One row per distinct target: section, target in words, verdict, why, documents."""
    rows = [
        {i18n.t("nb05.col.section", lang): _section(key, lang),
         i18n.t("ov.col.target_plain", lang): line["name"],
         i18n.t("ov.col.verdict", lang): line["verdict"],
         i18n.t("standing.col", lang): standing.standing_text(line, lang),  # issue 16 §4
         i18n.t("ov.col.why", lang): " ".join(filter(None, [line.get("lead"), line["reason"]])),
         i18n.t("ov.col.documents", lang): len(line["documents"])}
        for key, line in answer_lines(answer, year)
    ]  # fmt: skip
    return pd.DataFrame(rows)


def methods_frame(answer: dict, lang: str, year: int | None = None) -> pd.DataFrame:
    """Each method's verdict per distinct target (the detail behind the one verdict)."""
    rows = []
    for _key, line in answer_lines(answer, year):
        judged = [m for m in line["methods"] if m["category"] != "insufficient_data"]
        for m in judged or line["methods"][:1]:  # methods without data: one line says so
            if not judged:
                m = {**m, "method": "–", "series": "", "p": None, "latest": i18n.MISSING, "latest_year": None,
                     "projected": i18n.MISSING}  # fmt: skip
            rows.append({
                i18n.t("ov.col.target_plain", lang): line["name"],
                i18n.t("ov.col.method", lang): m["method"],
                i18n.t("ov.col.series", lang): m["series"],
                i18n.t("ov.col.verdict", lang): m["verdict"],
                i18n.t("ov.col.p", lang): m["p"] or "",
                i18n.t("ov.col.latest", lang): m["latest"] + (f" ({m['latest_year']})" if m["latest_year"] else ""),
                i18n.t("ov.col.projected", lang): m["projected"],
            })  # fmt: skip
    return pd.DataFrame(rows)


def table_rows(table) -> list[dict]:
    """The assessment table as a list of row dicts, missing values as ``None`` (what
    :func:`hn4ir_analysis.views.overview.overview` and the report site read)."""
    if table is None:
        return []
    return [
        {
            k: None if (v is None or (isinstance(v, float) and math.isnan(v))) else v
            for k, v in r.items()
        }
        for r in table.to_dict(orient="records")
    ]


_CODE = re.compile(r"(?<![\w/.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/.])")
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d )(pct|count|rank|score|index|usd)\b")
_EXP = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[eE][+-]\d+(?![\w.])")


def _code_word(code: str, lang: str) -> str:
    from hn4ir_analysis.views import narrative_06

    if code in i18n.INDICATORS:
        return i18n.indicator_label(code, lang, with_unit=False)
    if code in i18n.UNITS:
        return i18n.unit_label(code, lang)
    word = narrative_06.label(code, lang)  # trend models (ets_damped …)
    return word if word != code else code.replace("_", " ")


def reader_note(text: str, lang: str) -> str:
    """A technical note (assessment ``notes``, evidence summary) as a reader reads it: indicator,
    unit and model codes as their labels (other codes with spaces for underscores; a unit code
    right after a number too: ``18.55 pct`` → ``18.55 %``), numbers in
    scientific notation (``1.04372e+06``) written out in the page's style."""

    def number(m):
        x = float(m.group(0))
        return i18n.format_number(x, lang, 0 if abs(x) >= 1000 else 2)

    text = _CODE.sub(lambda m: _code_word(m.group(0), lang), _EXP.sub(number, str(text)))
    return _UNIT_AFTER_NUMBER.sub(lambda m: i18n.unit_label(m.group(0), lang), text)


def method_notes(answer: dict, year: int | None = None, lang: str = "en") -> str:
    """The technical notes and model names of every method row, as plain text (codes as labels,
    see :func:`reader_note`)."""
    out = []
    for _key, line in answer_lines(answer, year):
        notes = [f"  {m['method']}: {reader_note(m['notes'], lang)}"
                 + (f" [{reader_note(m['model'], lang)}]" if m["model"] else "")
                 for m in line["methods"] if m["notes"]]  # fmt: skip
        if notes:
            out += [line["name"], *notes]
    return "\n".join(out)


def goal_notes(answer: dict, lang: str, year: int | None = None) -> str:
    """The evidence summary of each qualitative goal, one line each (codes as labels)."""
    lines = [*answer["plan_goals"], *answer["hanoi_goals"]]
    from hn4ir_analysis.views.evidence_words import evidence_text  # issue 16 §7: words, not codes

    return "\n".join(f"{line['name']}: {line.get('evidence_words') or evidence_text(line['evidence'], lang)}"
                     for line in lines if year is None or line["target"].target_year == year)  # fmt: skip


def whatif_frame(answer: dict, lang: str, year: int | None = None, rates=None) -> pd.DataFrame:
    """The scenario table of every quantitative target with a starting value."""
    from hn4ir_analysis.views import overview as ov

    rows = []
    heads = {"growth": "wi.col.scenario", "value": "ov.col.value", "relative": "wi.col.relative",
             "met": "ov.col.met", "year": "ov.col.year"}  # fmt: skip
    for _key, line in answer_lines(answer, year):
        for w in ov.whatif_rows(line["target"], line["whatif_row"], lang, rates):
            rows.append({i18n.t("ov.col.target_plain", lang): line["name"],
                         **{i18n.t(key, lang): w[k] for k, key in heads.items()}})  # fmt: skip
    frame = pd.DataFrame(rows)
    rel = i18n.t("wi.col.relative", lang)
    if len(frame) and (frame[rel] == "").all():
        frame = frame.drop(columns=rel)  # no share among the targets shown
    return frame


def whatif_csv_frame(answer: dict, year: int | None = None) -> pd.DataFrame:
    """The scenarios of :func:`whatif_frame` for machines: the columns of ``whatif.csv``
    (:data:`hn4ir_analysis.views.overview.WHATIF_CSV`), codes and plain numbers, the same
    in both languages."""
    from hn4ir_analysis.views import overview as ov

    rows = [r for _key, line in answer_lines(answer, year) for r in ov.csv_whatif(line)]
    frame = pd.DataFrame(rows, columns=list(ov.WHATIF_CSV))
    frame["year_reached"] = pd.array(frame["year_reached"], dtype="Int64")
    return frame


def goals_frame(answer: dict, lang: str, year: int | None = None) -> pd.DataFrame:
    """Plan 205's qualitative goals (and other documents') with the number of evidence items."""
    lines = [*answer["plan_goals"], *answer["hanoi_goals"]]
    return pd.DataFrame([
        {i18n.t("ov.col.target_plain", lang): line["name"],
         i18n.t("ov.col.evidence", lang): i18n.t("ov.evidence_n", lang, n=line["n_evidence"] or 0)}
        for line in lines if year is None or line["target"].target_year == year
    ])  # fmt: skip


def whatif_slider(answer: dict, lang: str, year: int | None = None):
    """An ``ipywidgets`` slider over the growth rate that redraws :func:`whatif_frame` (JupyterLab).

    None in a kernel no person watches (``HN4IR_HEADLESS`` set: report runs, tests): there
    the static what-if table above stands alone, and a widget's comm has been seen to stall
    a headless client under load (a papermill run waited forever on this cell).
    """
    import os

    if os.environ.get(config.HEADLESS_ENV):
        return None
    import ipywidgets as widgets

    from hn4ir_analysis.views import notebook

    def show(growth: float):
        notebook.table(whatif_frame(answer, lang, year, rates=[growth]), lang=lang)

    slider = widgets.FloatSlider(value=8.0, min=0.0, max=25.0, step=0.5, description="",
                                 continuous_update=False, readout_format=".1f")  # fmt: skip
    label = widgets.Label(i18n.t("nb05.slider2", lang))
    out = widgets.interactive_output(show, {"growth": slider})
    return widgets.VBox([widgets.HBox([label, slider]), out])


def panel_source(panel: Panel, observations: pd.DataFrame, max_producers: int = 3) -> str:
    """Who produced the values of a panel, and which model projects them."""
    producers = observations.loc[
        observations["obs_id"].isin(set(panel.source_ids)), "producer"
    ].dropna()
    names = list(dict.fromkeys(sorted(producers, key=lambda p: (-(producers == p).sum(), p))))
    shown = "; ".join(names[:max_producers]) + ("; …" if len(names) > max_producers else "")
    model = f". {panel.fan[4]} (statsmodels, hn4ir-analysis)" if panel.fan is not None else ""
    return f"{shown}{model}"


def verdict_colours(lang: str) -> dict:
    """``{column: {verdict word: colour}}`` for :func:`hn4ir_analysis.views.notebook.table`."""
    from hn4ir_analysis.views.overview import VERDICT_COLOUR

    css = {"green": "#c8ecc9", "amber": "#ffe3a3", "red": "#f8c0c0", "grey": "#e4e4e4"}
    words = {i18n.t(f"ov.verdict.{v}", lang): css[c] for v, c in VERDICT_COLOUR.items()}
    words.update({i18n.verdict(v, lang): css[c] for v, c in _CATEGORY_COLOUR.items()})
    return {i18n.t("ov.col.verdict", lang): words}


#: the method categories by colour, as on the report site
_CATEGORY_COLOUR = {
    **dict.fromkeys(["achieved", "exceeded", "on_track", "maintain", "sun", "very_likely", "likely"], "green"),
    **dict.fromkeys(["moderate_progress", "fair_progress", "accelerate", "sun_cloud", "cloud", "about_as_likely"], "amber"),
    **dict.fromkeys(["limited_progress", "moving_away", "regression", "reverse", "thunderstorm", "missed",
                     "stagnation", "unlikely", "very_unlikely"], "red"),
    **dict.fromkeys(["insufficient_data", "not_quantifiable"], "grey"),
}  # fmt: skip
