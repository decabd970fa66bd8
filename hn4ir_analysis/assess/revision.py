"""The usual revision of a series: how far its estimates moved to the final figure.

:func:`usual_revision` feeds the ex post rule for estimates at the threshold
(:func:`hn4ir_analysis.assess.level_rows.ex_post`).

Notes
-----
Method: for one place and indicator, every year whose chosen figure is final (vintage
``official`` or ``revised``) is compared with the figures of the same vintage as the
outcome (e.g. ``estimate``) and of the outcome's authority that the selection log holds
for that year, on the same statistical basis; a revision is ``final − earlier``. The usual revision is the largest
absolute one (conservative: one past revision as large is enough to flip a verdict).
Source: the selection log of the as-of view (``data/processed/selection_log.csv``, cut
to what was published by the end of ``as_of + 1``): no later figure is used. Example:
Hanoi's real GRDP growth, estimates 2018-2023 against the GSO's official figures, moved
by at most 0.13 points (2019: 7.62 → 7.75; 2020: 3.98 → 4.11).
"""

from __future__ import annotations

import pandas as pd

FINAL = ("official", "revised")


def revisions(log: pd.DataFrame, geo: str, indicator: str, vintage: str,
              authority: str | None = None) -> pd.DataFrame:  # fmt: skip
    """``year, earlier, final, revision`` for each past figure of ``vintage`` (and of
    ``authority``, when given) with a final one; one line per distinct earlier value."""
    cols = ["year", "earlier", "final", "revision"]
    if log is None or log.empty or not vintage or vintage in FINAL:
        return pd.DataFrame(columns=cols)
    part = log[(log["geo"] == geo) & (log["indicator"] == indicator)]
    chosen = part[part["chosen"].astype(str).str.lower() == "true"]
    final = chosen[chosen["vintage"].isin(FINAL)].set_index("year")
    earlier = part[(part["vintage"] == vintage) & part["year"].isin(final.index)]
    if authority:
        earlier = earlier[earlier["authority"] == authority]
    earlier = earlier[earlier["basis"].to_numpy() == final.loc[earlier["year"], "basis"].to_numpy()]
    out = pd.DataFrame({
        "year": earlier["year"].astype(int).to_numpy(),
        "earlier": pd.to_numeric(earlier["value"]).to_numpy(),
        "final": pd.to_numeric(final.loc[earlier["year"], "value"]).to_numpy(),
    })  # fmt: skip
    out = out.drop_duplicates(["year", "earlier"])
    out["revision"] = out["final"] - out["earlier"]
    return out[cols].sort_values("year", kind="mergesort").reset_index(drop=True)


def usual_revision(log: pd.DataFrame, geo: str, indicator: str, vintage: str,
                   authority: str | None = None) -> float | None:  # fmt: skip
    """Largest absolute past revision of ``vintage`` figures (unit of the series), or ``None``
    without any pair (a final figure never revises: ``None`` for final vintages)."""
    r = revisions(log, geo, indicator, vintage, authority)
    return float(r["revision"].abs().max()) if len(r) else None


def for_outcome(data, geo: str, indicator: str, year: int, vintage: str) -> float | None:
    """:func:`usual_revision` for the outcome of ``year`` in an :class:`~hn4ir_analysis.data.asof.AsOfData`
    view, on the outcome's own authority; ``None`` for a final figure or without a past pair."""
    if vintage in FINAL:
        return None
    a = data.series_rows(geo, indicator)
    row = a[a["year"] == year]
    authority = str(row["authority"].iloc[0]) if len(row) else None
    log = data.series_rows(geo, indicator, "selection_log")  # the series' part of the log
    return usual_revision(log, geo, indicator, vintage, authority)
