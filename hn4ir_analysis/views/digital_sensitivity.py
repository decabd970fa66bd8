"""The digital-economy reading under each defensible reading of the city's 2025 release.

The same-release pace (:func:`hn4ir_analysis.views.digital_targets.same_release_pace`) rests on
reading "1.76 times 2020" as nominal and on today's 2020 GRDP
(:mod:`hn4ir_analysis.data.release_sensitivity`). This module shows, for every reading,
the share expected in 2030 and the year each 2030 threshold is reached, and the one
sentence a page leads with: the share expected in 2030, then "40 % not before
first–last".

Notes
-----
Both numbers use one basis, the linear points pace of the release's own years
(``pace = (y_t − y_0)/(t − t0)``): expected share in year ``T`` is ``y_t + pace (T − t)``;
the year reached is the project's one rule, :func:`hn4ir_analysis.assess.reach.for_target`,
through :func:`hn4ir_analysis.views.digital_targets.year_reached` (as notebooks 04 and 05 and the
what-if).
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.data.release_sensitivity import READINGS, readings_from_observations
from hn4ir_analysis.views import digital, digital_targets
from hn4ir_analysis.views.i18n import format_number, t

#: the year whose expected share a page leads with, and the threshold it quotes
LEAD_YEAR = 2030
LEAD_THRESHOLD = 40.0


def _as_annual(reading: pd.DataFrame, geo: str) -> pd.DataFrame:
    return pd.DataFrame({"geo": geo, "indicator": digital.SAME_RELEASE,
                         "year": reading["year"].astype(int), "value": reading["share"]})  # fmt: skip


def year_reached_per_reading(annual: pd.DataFrame, targets, as_of: int | None, geo: str):
    """The year each target is reached on one reading's series: the one rule of
    :mod:`hn4ir_analysis.assess.reach`, through :func:`hn4ir_analysis.views.digital_targets.year_reached`."""
    return digital_targets.year_reached(annual, targets, as_of, geo)


def sensitivity(data, as_of: int | None = None, geo: str = config.HANOI,
                year: int = LEAD_YEAR) -> pd.DataFrame:  # fmt: skip
    """One row per reading: shares, pace, the share expected in ``year``, years reached.

    Columns ``growth``, ``grdp`` (reading codes), ``first_year``, ``first``, ``latest_year``,
    ``latest`` (% of GRDP), ``pp_per_year``, ``expected`` (share in ``year``) and
    ``reached_<threshold>`` for each distinct threshold of the ``year`` share targets
    (in force and history), as ``Int64``.

    Kept in the disk cache (:mod:`hn4ir_analysis.cache`) under the content of
    ``data.observations`` and ``data.targets`` and the arguments: notebooks 04 and 05 and
    the report's pages ask for the same table.
    """
    parts = (data.observations, data.targets, as_of, geo, year)
    return cache.cached("dsens", parts, lambda: _sensitivity(data, as_of, geo, year))


def _sensitivity(data, as_of: int | None, geo: str, year: int) -> pd.DataFrame:
    readings = readings_from_observations(data.observations)
    rows = []
    for growth, grdp in READINGS:
        part = readings[(readings["growth"] == growth) & (readings["grdp"] == grdp)]
        annual = _as_annual(part, geo)
        pace = digital_targets.same_release_pace(annual, geo)
        if pace is None:
            continue
        row = {"growth": growth, "grdp": grdp, **{k: pace[k] for k in
               ("first_year", "first", "latest_year", "latest", "pp_per_year")},
               "expected": pace["latest"] + pace["pp_per_year"] * (year - pace["latest_year"])}  # fmt: skip
        reach = year_reached_per_reading(annual, data.targets, as_of, geo)
        reach = reach[reach["target_year"] == year]
        by_id = {tg.target_id: tg for tg in data.targets}
        for tid, y in zip(reach["target_id"], reach["year_reached"], strict=True):
            row[f"reached_{by_id[tid].low:g}"] = y
        rows.append(row)
    out = pd.DataFrame(rows)
    for c in [c for c in out.columns if c.startswith("reached_")]:
        out[c] = out[c].astype("Int64")
    return out


def lead_sentence(table: pd.DataFrame, lang: str, year: int = LEAD_YEAR,
                  threshold: float = LEAD_THRESHOLD) -> str:  # fmt: skip
    """The sentence a page leads with: the share expected in ``year``, then the years reached.

    The first row of ``table`` is the package's own reading (nominal, today's GRDP); the
    range covers every reading.
    """
    if table.empty:
        return ""
    base = table.iloc[0]
    col = f"reached_{threshold:g}"
    years = table[col].dropna() if col in table else pd.Series(dtype="Int64")
    fmt = lambda x: format_number(x, lang, 1)  # noqa: E731
    return t("dsens.lead", lang, expected=fmt(base["expected"]), year=year,
             lo=fmt(table["expected"].min()), hi=fmt(table["expected"].max()),
             threshold=f"{threshold:g}", first=int(years.min()) if len(years) else "–",
             last=int(years.max()) if len(years) else "–",
             y0=int(base["first_year"]), y1=int(base["latest_year"]))  # fmt: skip


def reader_table(table: pd.DataFrame, lang: str, year: int = LEAD_YEAR) -> pd.DataFrame:
    """``table`` for a reader: readings in words, numbers formatted for ``lang``."""
    rows = []
    for r in table.itertuples():
        row = {t("dsens.col.reading", lang): f"{t(f'dsens.growth.{r.growth}', lang)}; "
               f"{t(f'dsens.grdp.{r.grdp}', lang)}",
               t("dsens.col.first", lang): format_number(r.first, lang, 2),
               t("dsens.col.latest", lang): format_number(r.latest, lang, 2),
               t("dsens.col.pp_per_year", lang): format_number(r.pp_per_year, lang, 2),
               t("dsens.col.expected", lang, year=year): format_number(r.expected, lang, 1)}  # fmt: skip
        for c in [c for c in table.columns if c.startswith("reached_")]:
            v = getattr(r, c)
            row[t("dsens.col.reached", lang, threshold=c.removeprefix("reached_"))] = (
                "–" if pd.isna(v) else str(int(v))
            )
        rows.append(row)
    return pd.DataFrame(rows)
