"""Labour productivity in Hanoi: the published figures (notebook 03).

Hanoi publishes no annual productivity series and no count of employed persons (data
README §4.6, §7): a few levels (2011, 2020, 2022, 2025), five-year averages, and a labour
force on two definitions (GSO to 2021, a city survey for 2019/2024/2025). This module
shows those figures (:func:`levels_table`, :func:`period_table`, :func:`labour_table`)
and translates tables (:func:`localize`); the checks against GRDP and the labour force are
in :mod:`hn4ir_analysis.views.productivity_checks`, the growth paths in
:mod:`hn4ir_analysis.views.productivity_paths`, the estimate itself in
:mod:`hn4ir_analysis.assess.productivity`.

Notes
-----
Every function is pure on the as-of view (:class:`~hn4ir_analysis.data.asof.AsOfData`).
Read :func:`period_table`'s ``verdict`` as the outcome *on a published figure*; the
verdict on the estimate is in the assessment table (``hn4ir assess``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.views.digital import doc_code, localize_with, published_figures
from hn4ir_analysis.views.notebook import escape_markdown

LEVEL, AVG = "labour_productivity_vnd", "labour_productivity_growth_avg"
#: first year of the ICLS-19 labour-force definition (data README §4.6)
BREAK_YEAR = 2021
#: plan periods shown in the period-average table
PERIODS = ((2011, 2015), (2016, 2020), (2021, 2025), (2026, 2030))
#: column → i18n key prefix for code values that :func:`localize` translates
CODED = {"verdict": "nb03.verdict", "flag": "nb03.flag", "basis_of_growth": "nb03.basis",
         "series": "nb03.series", "scenario": "nb03.scenario", "vintage": "nb34.vintage",
         "basis": "nb34.basis"}  # fmt: skip


def localize(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Headers and code values (verdicts, flags, GRDP bases) in ``lang``."""
    return localize_with(frame, lang, CODED)


def _value(annual: pd.DataFrame, geo: str, indicator: str, year: int, current: bool = False) -> float:  # fmt: skip
    """The chosen value of one year (NaN if none; with ``current``, only a current-basis one)."""
    row = annual[(annual["geo"] == geo) & (annual["indicator"] == indicator) & (annual["year"] == year)]  # fmt: skip
    if current:
        row = row[row["basis"] == "current"]
    return float(row["value"].iloc[0]) if len(row) else np.nan


def levels_table(data: AsOfData) -> pd.DataFrame:
    """Hanoi's published productivity levels beside the national level of the same year.

    ``ratio_to_national`` = Hanoi / Vietnam (the chosen national value): a Hanoi figure
    equal to the national one (ratio 1.00) cannot be Hanoi's.
    """
    lv = published_figures(data, [LEVEL], geos=[config.HANOI])
    lv["national"] = [_value(data.annual, "VN", LEVEL, y) for y in lv["year"]]
    lv["ratio_to_national"] = lv["value"] / lv["national"]
    return lv[["year", "value", "national", "ratio_to_national", "producer", "vintage", "basis",
               "published", "obs_id"]]  # fmt: skip


def period_table(data: AsOfData) -> pd.DataFrame:
    """Published period averages of productivity growth against the targets of the period.

    One row per published figure × target group (targets of equal thresholds from several
    documents are grouped). ``verdict``: ``achieved``, ``exceeded`` (above a range),
    ``missed``, ``no_figure`` (period over, no number published), ``not_met_statement``
    (no number, but milestone HN-MSLP-2025-01 says the target was not met), ``not_over``.
    """
    periods, targets = data.periods, data.targets
    pub = periods[(periods["geo"] == config.HANOI) & (periods["indicator"] == AVG)]
    rows = []
    for s, e in PERIODS:
        figs = (
            pub[pub["period_start"] == s].groupby("value", sort=False)["source_ids"].agg(", ".join)
        )
        figs = list(figs.items()) or [None]
        groups: dict[tuple, list] = {}
        for tg in targets:
            if tg.geo == config.HANOI and tg.indicator == AVG and tg.period_start == s:
                groups.setdefault((tg.comparison, tg.low, tg.high), []).append(tg)
        for fig in figs:
            for tgs in groups.values() or [None]:
                rows.append(_period_row(s, e, fig, tgs, data.milestones, data.as_of))
    return pd.DataFrame(rows)


def _period_row(s, e, fig, tgs, milestones, as_of) -> dict:
    value = fig[0] if fig is not None else np.nan
    row = {"period": f"{s}-{e}", "published_avg": value, "source_ids": fig[1] if fig else "–",
           "target": tgs[0].describe().replace(" pct", "%").split(" (")[0] if tgs else "–",
           "documents": ", ".join(sorted({doc_code(x.target_id) for x in tgs})) if tgs else "–"}  # fmt: skip
    if not tgs:
        verdict = "no_target"
    elif e > as_of:
        verdict = "not_over"
    elif fig is None:
        stated = e == 2025 and milestone_statement(milestones) is not None
        verdict = "not_met_statement" if stated else "no_figure"
    else:
        hi = tgs[0].bounds()[1]
        verdict = "achieved" if tgs[0].is_met(value) else "exceeded" if value > hi else "missed"
    row["verdict"] = verdict
    return row


def milestone_statement(milestones: pd.DataFrame, mid: str = "HN-MSLP-2025-01"):
    """The milestone row ``mid`` (2021-25 targets not met) if the as-of view has it, else None.

    Its id, date and descriptions are escaped for Markdown
    (:func:`hn4ir_analysis.views.notebook.escape_markdown`): notebook 03 shows them with
    ``Markdown()``, and they come from a raw file.
    """
    ms = milestones[milestones["milestone_id"] == mid]
    if not len(ms):
        return None
    row = ms.iloc[0].copy()
    for col in ("milestone_id", "date", "description_en", "description_vi"):
        row[col] = escape_markdown(row[col])
    return row


def labour_table(annual: pd.DataFrame) -> pd.DataFrame:
    """Hanoi's labour force and average population (current basis) from 2010; ``flag`` marks the 2021 break."""
    hn = annual[(annual["geo"] == config.HANOI) & annual["indicator"].isin(["labour_force", "population_avg"])
                & (annual["basis"] == "current")]  # fmt: skip
    w = hn.pivot_table(index="year", columns="indicator", values="value", aggfunc="first")
    w = w.reindex(columns=["labour_force", "population_avg"])
    w = w[w.index >= 2010]
    w.columns.name = None
    lf = hn[hn["indicator"] == "labour_force"].set_index("year")["break_before"].fillna("")
    w["flag"] = ["break" if lf.get(y, "").startswith("ICLS") else "" for y in w.index]
    return w.reset_index()
