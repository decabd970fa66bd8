"""The digital-economy share targets: the target in force, the growth each needs, and the
year the same-release pace reaches it (notebook 04's target tables).

The measurements themselves (who measured what) are :mod:`hn4ir_analysis.views.digital`;
this module judges the targets on each of them (:data:`.digital.JUDGED`), never on a
series chained across producers.

Notes
-----
* Required growth of a share: ``methods.required_cagr(latest, t, target, T)``, the
  constant relative growth a year that takes the latest value of one measurement to the
  target in the target year; ``required_pp`` is the same path in percentage points a year.
  Compare them with the growth the same measurement has shown
  (:func:`.digital.observed_growth`).
* The official trackers' verdicts are not recomputed here: :func:`assessment_summary`
  only reshapes :func:`hn4ir_analysis.assess.verdicts.assess` rows.
* The target in force is the latest document that sets it
  (:func:`hn4ir_analysis.data.targets.in_force`); the year a pace reaches a target is the
  project's one rule, :func:`hn4ir_analysis.assess.reach.for_target` (:func:`year_reached`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import methods
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.data.select import full_date
from hn4ir_analysis.data.targets import in_force, restatement_key, superseded
from hn4ir_analysis.views.digital import (
    JUDGED,
    METHOD_COLUMNS,
    SAME_RELEASE,
    SERIES,
    TARGET,
    doc_code,
    published_figures,
)


def _target_groups(targets, geo: str) -> list[list]:
    groups: dict[tuple, list] = {}
    for tg in targets:
        if tg.geo == geo and tg.indicator == TARGET:
            groups.setdefault((tg.target_year, tg.low), []).append(tg)
    return [groups[k] for k in sorted(groups)]


def required_share_growth(
    annual: pd.DataFrame, targets, as_of: int | None = None, geo: str = config.HANOI
) -> pd.DataFrame:
    """Growth a year each target needs from the latest value of each measurement.

    Targets with the same year and threshold from several documents are one row
    (``documents``; ``comparison`` lists their wordings, ≈ read as ±5 %). ``status``:
    ``required`` (target year ahead), ``met`` / ``missed`` (the measurement has a value
    for the target year), ``no_data`` (no value of this measurement yet),
    ``passed_unmeasured`` (the target year is not after ``as_of`` and this measurement has
    no value for it; the growth it would have needed is still shown).
    """
    rows = []
    for tgs in _target_groups(targets, geo):
        T, low = tgs[0].target_year, tgs[0].low
        sym = {"ge": "≥", "gt": ">", "approx": "≈"}
        head = {"target_year": T, "target": low, "comparison": "/".join(dict.fromkeys(sym.get(x.comparison, x.comparison) for x in tgs)),
                "documents": ", ".join(sorted({doc_code(x.target_id) for x in tgs}))}  # fmt: skip
        for s in JUDGED:
            seg = annual[(annual["geo"] == geo) & (annual["indicator"] == s)].sort_values("year")
            row = dict(head, series=s, latest_year=np.nan, latest_value=np.nan, years_left=np.nan,
                       required_cagr=np.nan, required_pp=np.nan)  # fmt: skip
            if seg.empty:
                row["status"] = "no_data"
            elif T in set(seg["year"]):
                v = float(seg.loc[seg["year"] == T, "value"].iloc[0])
                met = {x.is_met(v) for x in tgs}
                row.update(latest_year=T, latest_value=v, years_left=0,
                           status="met" if met == {True} else "missed" if met == {False} else "mixed")  # fmt: skip
            else:
                t, v = int(seg["year"].iloc[-1]), float(seg["value"].iloc[-1])
                row.update(latest_year=t, latest_value=v)
                passed = t > T or (as_of is not None and T <= as_of)
                row["status"] = "passed_unmeasured" if passed else "required"
                if t < T:
                    row.update(years_left=T - t, required_cagr=100 * methods.required_cagr(v, t, low, T),
                               required_pp=(low - v) / (T - t))  # fmt: skip
            rows.append(row)
    return pd.DataFrame(rows).astype({"latest_year": "Int64", "years_left": "Int64"})


def timeline(data: AsOfData, ids=("NQ52_2025_digital_econ_share",
             "QD749_2025_digital_econ", "KH205_2025_digital_econ_share",
             "NQ52_2030_digital_econ_share", "KH205_2030_digital_econ_share")) -> pd.DataFrame:  # fmt: skip
    """When the targets were set, and when each measurement first gave a figure (README §4.4).

    Rows sorted by date: ``target_set`` for the documents ``ids``; ``first_figure`` for the
    first published figure of each measurement for Hanoi and Vietnam (as of ``as_of``).
    """
    by_id = {tg.target_id: tg for tg in data.targets}
    rows = [{"date": by_id[i].document_date, "event": "target_set", "what": doc_code(i), "geo": by_id[i].geo,
             "year": by_id[i].target_year, "value": by_id[i].low} for i in ids if i in by_id]  # fmt: skip
    f = published_figures(data, SERIES, geos=[config.HANOI, "VN"])
    f = f[(f["published"] != "") & (f["vintage"] != "projection")]
    for (geo, s), g in f.groupby(["geo", "indicator"]):
        first = g.loc[g["published"].map(full_date).idxmin()]
        rows.append({"date": first["published"], "event": "first_figure", "what": s, "geo": geo,
                     "year": int(first["year"]), "value": float(first["value"])})  # fmt: skip
    out = pd.DataFrame(rows)
    return (
        out.assign(_d=out["date"].map(full_date))
        .sort_values(["_d", "what"])
        .drop(columns="_d")
        .reset_index(drop=True)
    )


def assessment_summary(frame: pd.DataFrame, geo: str = config.HANOI) -> pd.DataFrame:
    """``assess`` rows of the share targets as target × series rows, one column per method."""
    f = frame[(frame["indicator"] == TARGET) & (frame["geo"] == geo)]
    if f.empty:
        return pd.DataFrame(columns=["target_id", "series", *METHOD_COLUMNS, "required_growth"])
    w = f.pivot_table(
        index=["target_id", "series"], columns="method", values="category", aggfunc="first"
    )
    req = f.groupby(["target_id", "series"])["required_growth"].max()
    w = w.reindex(columns=[m for m in METHOD_COLUMNS if m in w.columns]).assign(required_growth=req)
    w.columns.name = None
    order = {s: i for i, s in enumerate(JUDGED)}
    w = w.reset_index()
    return (
        w.assign(_o=w["series"].map(order))
        .sort_values(["target_id", "_o"])
        .drop(columns="_o")
        .reset_index(drop=True)
    )


# --- issue 9: the target in force, and when the same-release pace reaches it ------------


def targets_in_force(targets, as_of: int | None = None, geo: str = config.HANOI) -> pd.DataFrame:
    """Per target year: the target in force (the latest document that sets it) and its history.

    ``status`` is ``in_force`` for the latest document's target (and other scenarios of
    that document), ``restated`` for an earlier document stating the same threshold, and
    ``superseded`` for an earlier threshold a later document reset, ``draft`` for a draft
    document's target or scenario (never in force, issue 16 §4). ``as_of`` ignores
    documents dated after the end of ``as_of + 1`` (the as-of cut-off).
    """
    cut = None if as_of is None else str(as_of + 1)
    rows = []
    years = sorted({tg.target_year for tg in targets if tg.geo == geo and tg.indicator == TARGET})
    for T in years:
        lead = in_force(targets, geo, TARGET, T, as_of=cut)
        if lead is None:
            continue
        for tg in [lead, *superseded(targets, geo, TARGET, T, as_of=cut)]:
            same_doc = (tg.document_code, tg.document_date) == (
                lead.document_code,
                lead.document_date,
            )
            status = ("draft" if tg.draft
                      else "in_force" if tg is lead or same_doc
                      else "restated" if restatement_key(tg)[6:] == restatement_key(lead)[6:]
                      else "superseded")  # fmt: skip
            rows.append({"target_year": T, "status": status, "target_id": tg.target_id,
                         "document": tg.document_code, "document_date": tg.document_date,
                         "target": tg.describe()})  # fmt: skip
    return pd.DataFrame(rows, columns=["target_year", "status", "target_id", "document",
                                       "document_date", "target"])  # fmt: skip


def same_release_pace(annual: pd.DataFrame, geo: str = config.HANOI, series: str = SAME_RELEASE):
    """Percentage points a year between the first and latest value of one release, and its years."""
    s = annual[(annual["geo"] == geo) & (annual["indicator"] == series)].sort_values("year")
    if len(s) < 2:
        return None
    y0, y1 = float(s["value"].iloc[0]), float(s["value"].iloc[-1])
    t0, t1 = int(s["year"].iloc[0]), int(s["year"].iloc[-1])
    return {"series": series, "first_year": t0, "first": y0, "latest_year": t1, "latest": y1,
            "pp_per_year": (y1 - y0) / (t1 - t0)}  # fmt: skip


def year_reached(annual: pd.DataFrame, targets, as_of: int | None = None,
                 geo: str = config.HANOI, series: str = SAME_RELEASE) -> pd.DataFrame:  # fmt: skip
    """For each target (in force and history): the year the same-release pace reaches it.

    Notes
    -----
    Linear in percentage points, as the release speaks, with ``pace = (y_t - y_0) / (t - t0)``
    over the release's own years (2020-2025 for the city's 2025 release: 15.37 % → 17.34 %,
    +0.39 points a year); the year is the project's one rule,
    :func:`hn4ir_analysis.assess.reach.for_target` (the first calendar year at or above the
    threshold; "about X" from 0.95·X, where the assessment counts it met): ≥ 30 % in 2058,
    ≈ 35 % in 2066, > 40 % in 2083. ``year_reached_compound``: the same at the compound
    rate of the same two values (the Eurostat ratio's basis). The pace rests on one
    release only; the other producers' figures are shown beside (:func:`comparison_wide`),
    never chained into it.
    """
    from hn4ir_analysis.assess import reach

    pace = same_release_pace(annual, geo, series)
    status = targets_in_force(targets, as_of, geo)
    if pace is None or status.empty:
        none = pd.array([None] * len(status), dtype="Int64")
        return status.assign(pace=np.nan, year_reached=none, year_reached_compound=none, basis="")
    by_id = {tg.target_id: tg for tg in targets}
    p, t, y = pace["pp_per_year"], pace["latest_year"], pace["latest"]
    basis = (f"{p:+.2f} points a year, {pace['first_year']}-{t} ({series}: "
             f"{pace['first']:.2f} → {y:.2f})")  # fmt: skip
    g = reach.compound_pace(pace["first_year"], pace["first"], t, y)
    reached, compound = [], []
    for tid in status["target_id"]:
        tg = by_id[tid]
        args = (tg.comparison, tg.low, tg.high, t, y)
        reached.append(reach.for_target(*args, p, basis="points", share=True))
        compound.append(reach.for_target(*args, g, basis="compound", share=True))
    return status.assign(pace=p, year_reached=pd.array(reached, dtype="Int64"),
                         year_reached_compound=pd.array(compound, dtype="Int64"), basis=basis)  # fmt: skip
