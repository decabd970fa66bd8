"""Row assembly of the assessment: every target of a year through its methods, one table.

:func:`_assess` is the uncached body of :func:`hn4ir_analysis.assess.verdicts.assess`:
it routes each target and measurement series to the rows of its kind (levels and shares
:mod:`~hn4ir_analysis.assess.level_rows`, growth targets
:mod:`~hn4ir_analysis.assess.growth_rows`, Hanoi's productivity
:mod:`~hn4ir_analysis.assess.productivity_rows`, qualitative targets the proxy evidence),
labels restated and superseded targets (:func:`_label_groups`), sorts and types the
columns and checks the contract (:mod:`~hn4ir_analysis.assess.schema`).

Notes
-----
Rows are sorted by target, series and method (:data:`METHOD_ORDER`: ex post, the official
trackers, the model, evidence). ``place``, ``group_id``, ``restated_in`` and ``in_force``:
targets with the same place, indicator, year or period and threshold are one target
restated by several documents (:func:`hn4ir_analysis.data.targets.group_restated`);
``in_force`` is False for a target that a later document known by the end of
``as_of + 1`` reset (:func:`hn4ir_analysis.data.targets.in_force`) and for every target of
a draft document. Every value column is in the row's ``unit``.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis.assess import evidence as ev
from hn4ir_analysis.assess import schema
from hn4ir_analysis.assess.level_rows import (
    COLUMNS,
    FLOAT_COLUMNS,
    INTEGER_COLUMNS,
    OFFICIAL,
    _row,
    assess_level,
)
from hn4ir_analysis.assess.schema import TEXT_COLUMNS
from hn4ir_analysis.data.asof import AsOfData, measurements, prepare
from hn4ir_analysis.data.targets import Target, group_restated, in_force


def assess_qualitative(t: Target, data: AsOfData) -> list[dict]:
    """``not_quantifiable``, with the proxy evidence the data holds."""
    found = ev.evidence_for(t.indicator, t.geo, data)
    ids = ";".join(found["source_ids"].astype(str))
    return [_row(t, t.indicator, "evidence", data.as_of, category="not_quantifiable", n_obs=len(found),
                 source_ids=ids, notes=ev.summarise(t.indicator, found))]  # fmt: skip


METHOD_ORDER = {m: i for i, m in enumerate(["ex_post", *OFFICIAL, "model", "evidence"])}


def _assess(target_year, as_of, confidence, raw_dir, n_sims, seed) -> pd.DataFrame:
    from hn4ir_analysis.assess import productivity_rows
    from hn4ir_analysis.assess.growth_rows import assess_annual_growth, assess_average_growth

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
            # Hanoi's productivity targets are judged on the estimate (assess.productivity_rows)
            own = productivity_rows.assess_productivity(t, data, series, opts) if productivity_rows.handles(t) else None  # fmt: skip
            if own is not None:
                rows += own
            elif t.kind == "average_growth":
                rows += assess_average_growth(t, data, series, opts)
            elif t.kind == "annual_growth":
                rows += assess_annual_growth(t, data, series, opts)
            else:
                rows += assess_level(t, data, series, opts)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame = _label_groups(frame, data.targets, as_of)
    frame["_m"] = frame["method"].map(METHOD_ORDER)
    frame = frame.sort_values(["target_id", "series", "_m"], kind="mergesort").drop(columns="_m")
    for col in TEXT_COLUMNS:
        frame[col] = frame[col].fillna("").astype(str).str.strip()
    for col in INTEGER_COLUMNS:
        frame[col] = pd.array(
            [None if v is None or pd.isna(v) else int(v) for v in frame[col]], dtype="Int64"
        )
    for col in FLOAT_COLUMNS:
        frame[col] = pd.to_numeric(frame[col]).astype(float)
    return schema.validate(frame.reset_index(drop=True))  # the contract, or a clear error


def _label_groups(frame: pd.DataFrame, targets: list[Target], as_of: int) -> pd.DataFrame:
    """Fill ``place``, ``group_id``, ``restated_in`` and ``in_force`` (module docstring)."""
    by_id = {t.target_id: t for t in targets}
    group_of = {m.target_id: g for g in group_restated(targets) for m in g.members}
    cutoff = str(as_of + 1)  # documents known by the end of as_of + 1, as asof.visible
    force = {}
    for tid in frame["target_id"].unique():
        t, g = by_id[tid], group_of[tid]
        if all(m.draft for m in g.members):
            force[tid] = False  # a draft's target is never in force (history only)
            continue
        if t.kind == "qualitative":
            force[tid] = True  # no threshold to reset
            continue
        lead = in_force(targets, t.geo, t.indicator, t.target_year, as_of=cutoff)
        # scenarios of the latest document (same document and date) are all in force
        same = lambda m, lead=lead: (m.document_code, m.document_date) == (  # noqa: E731
            lead.document_code, lead.document_date)  # fmt: skip
        force[tid] = lead is None or any(m is lead or same(m) for m in g.members)
    frame["place"] = frame["target_id"].map(lambda i: by_id[i].place)
    frame["group_id"] = frame["target_id"].map(lambda i: group_of[i].group_id)
    frame["restated_in"] = frame["target_id"].map(lambda i: len(group_of[i].documents))
    frame["in_force"] = frame["target_id"].map(force).astype(bool)
    return frame
