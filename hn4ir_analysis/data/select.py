"""Choose one value per (geo, indicator, year) and log every candidate.

Notes
-----
The rule, applied to all candidates of one geo × indicator × year, in this order:

1. **Annual figures only.** Values for a multi-year period (``2021-2025``) are period
   averages or totals; they go to the period table, never into an annual series.
   Projections (forecasts made before the year ended) are not observations of the year.
2. **Basis**: ``current`` over ``unknown`` over ``old_basis`` (the 2016/2017 GRDP method
   change, pre-census population, older labour vintages: README §3-§4).
3. **Authority**: ``high`` over ``medium`` over ``low``.
4. **Vintage**: {``revised``, ``official``} over ``preliminary`` over ``estimate`` over
   ``early_estimate``. Revised and official rank equal, so that the later publication
   decides between them: the statistics office's table V03.10 (official, 2026) revises
   the city's 2021 "revised" 4.18% for 2020 to 4.11% (README caveat 3).
5. **Latest publication** (``YYYY`` < ``YYYY-MM`` < ``YYYY-MM-DD`` of the same period;
   unknown dates last).
6. **Id** (alphabetical), so that the choice never depends on row order.

Every candidate is logged with ``chosen`` and, for the others, the first rule that
ruled it out. The chosen value carries ``n_candidates`` and ``spread`` (max − min of all
candidate values), so disagreements between sources stay visible.

``published_by`` restricts the candidates to what had been published by a date, which
is how an assessment "as of" a past year sees only the vintages of that time.
"""

from __future__ import annotations

import pandas as pd

BASIS_RANK = {"current": 0, "unknown": 1, "old_basis": 2}
AUTHORITY_RANK = {"high": 0, "medium": 1, "low": 2}
VINTAGE_RANK = {"revised": 0, "official": 0, "preliminary": 1, "estimate": 2, "early_estimate": 3}
KEY = ["geo", "indicator", "year"]
_RULES = [
    ("basis", "basis_rank", "lower basis"),
    ("authority", "authority_rank", "lower authority"),
    ("vintage", "vintage_rank", "earlier vintage"),
    ("published", "published_rank", "earlier publication"),
]


def published_sort_key(published: str) -> str:
    """A sortable form of ``YYYY[-MM[-DD]]``; unknown dates sort first (oldest)."""
    return published if isinstance(published, str) and published else "0000"


def published_before(published: pd.Series, cutoff: str) -> pd.Series:
    """True where ``published`` is not after ``cutoff`` (``YYYY-MM-DD``), or is unknown.

    A date known only to the year or month counts as published at the start of it
    (generous to an as-of view by less than a year). A figure whose publication date is
    unknown is kept: the rule "only what had been published by then" can be applied only
    where the date is known.
    """
    known = published.fillna("").astype(str)
    return (known == "") | (known.map(full_date) <= cutoff)


def full_date(published: str) -> str:
    """``"2024"`` → ``"2024-01-01"``, ``"2024-12"`` → ``"2024-12-01"`` (start of the period)."""
    return {4: published + "-01-01", 7: published + "-01"}.get(len(published), published)


def select_annual(observations: pd.DataFrame, *, published_by: str | None = None):
    """Apply the selection rule (module notes) to annual observations.

    Parameters
    ----------
    observations : DataFrame
        Columns of :data:`hn4ir_analysis.data.load.OBS_COLUMNS`.
    published_by : str, optional
        ``YYYY-MM-DD``; ignore what is known to have been published after it.

    Returns
    -------
    series : DataFrame
        One row per geo × indicator × year: the chosen observation's columns plus
        ``year``, ``n_candidates``, ``spread`` and ``source_ids``.
    log : DataFrame
        Every candidate with ``chosen`` (bool), ``rank`` (1 = chosen) and ``reason``.
    """
    obs = observations
    if published_by is not None:
        obs = obs[published_before(obs["published"], published_by)]
    annual = obs[
        (obs["period_start"] == obs["period_end"]) & (obs["vintage"] != "projection")
    ].copy()
    annual["year"] = annual["period_start"].astype(int)
    annual["basis_rank"] = annual["basis"].map(BASIS_RANK)
    annual["authority_rank"] = annual["authority"].map(AUTHORITY_RANK)
    annual["vintage_rank"] = annual["vintage"].map(VINTAGE_RANK)
    pub = annual["published"].map(published_sort_key)
    # rank of publication within the whole frame, inverted so that later is better (lower)
    annual["published_rank"] = -pub.rank(method="dense").astype(int)
    order = [*KEY, "basis_rank", "authority_rank", "vintage_rank", "published_rank", "obs_id"]
    annual = annual.sort_values(order, kind="mergesort").reset_index(drop=True)
    annual["rank"] = annual.groupby(KEY).cumcount() + 1
    annual["chosen"] = annual["rank"] == 1
    best = annual[annual["chosen"]].set_index(KEY)
    annual["reason"] = [
        _reason(row, best.loc[(row.geo, row.indicator, row.year)]) for row in annual.itertuples()
    ]
    grouped = annual.groupby(KEY)["value"]
    stats = pd.DataFrame({"n_candidates": grouped.size(), "spread": grouped.max() - grouped.min()})
    series = annual[annual["chosen"]].merge(stats, left_on=KEY, right_index=True)
    series["source_ids"] = series["obs_id"]
    helper = ["basis_rank", "authority_rank", "vintage_rank", "published_rank"]
    log = annual.drop(columns=helper)
    return series.drop(columns=[*helper, "rank", "chosen", "reason"]).reset_index(drop=True), log


def _reason(row, best) -> str:
    if row.chosen:
        return "chosen"
    for label, col, words in _RULES:
        mine, theirs = getattr(row, col), best[col]
        if mine != theirs:
            return f"{words} ({getattr(row, label) or 'unknown'} vs {best[label] or 'unknown'} of {best['obs_id']})"
    return f"tie on every rule; {best['obs_id']} comes first by id"


def periods(observations: pd.DataFrame) -> pd.DataFrame:
    """Observations that refer to a multi-year period (averages), never mixed into annual series."""
    return observations[observations["period_start"] != observations["period_end"]].copy()
