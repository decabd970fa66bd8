"""Choose one value per (geo, indicator, year) and log every candidate.

Notes
-----
The rule, applied to all candidates of one geo × indicator × year, in this order:

1. **Annual figures only.** Values for a multi-year period (``2021-2025``) are period
   averages or totals; they go to the period table, never into an annual series.
   Projections (forecasts made before the year ended) are not observations of the year.
2. **Basis**: ``current`` over ``unknown`` over ``old_basis`` (the 2016/2017 GRDP method
   change, pre-census population, older labour vintages: README §3-§4).
3. **The same producer's later revision beats its own earlier estimate**: a candidate
   is *superseded* when a candidate of the same producer (the statistics office, the
   ministry, the city: the first word of ``producer``), on the same basis, was published
   later with a vintage at least as final. Authority rates the page that relays a
   figure, not the figure: GSO's 12.83 % digital-economy share of 2022 (revised, relayed
   in 2025, ``medium``) beats its own 12.67 % estimate of Dec 2023 (``high``). Unknown
   publication dates neither supersede nor are superseded.
4. **Authority**: ``high`` over ``medium`` over ``low``.
5. **Vintage**: {``revised``, ``official``} over ``preliminary`` over ``estimate`` over
   ``early_estimate``. Revised and official rank equal, so that the later publication
   decides between them: the statistics office's table V03.10 (official, 2026) revises
   the city's 2021 "revised" 4.18% for 2020 to 4.11% (README caveat 3).
6. **Latest publication** (``YYYY`` < ``YYYY-MM`` < ``YYYY-MM-DD`` of the same period;
   unknown dates last).
7. **Ties.** Candidates equal on every rule above must agree within the rounding of the
   less precise one (16.25 and 16.3 agree: 16.3 is 16.25–16.35); then the more precise is
   kept (more decimals), and the id decides only between equally precise equal values.
   Candidates that disagree beyond rounding stop the run (:class:`UnsettledTie`, naming
   both rows): a 31 % share beside 17.34 % must be settled by a person (authority, a note,
   or removing one), never by the ids' alphabetical order.

One release per comparison: a growth rate or ratio is computed from two values of one
release wherever one exists (Vietnam's growth comes from the statistics office's
table that gives Hanoi's series, so a Hanoi-minus-Vietnam gap compares one release:
2022 8.54 for Vietnam, not the Dec-2022 estimate 8.02); where the values come from
different releases, the row says so (:func:`mixed_release_note`). A level series that
changes release across a re-assessment carries a break flag
(:data:`hn4ir_analysis.data.breaks.KNOWN_BREAKS`) and is not chained across it.

Every candidate is logged with ``chosen`` and, for the others, the first rule that
ruled it out. The chosen value carries ``n_candidates`` and ``spread`` (max − min of all
candidate values), so disagreements between sources stay visible.

``published_by`` restricts the candidates to what had been published by a date, which
is how an assessment "as of" a past year sees only the vintages of that time.
"""

from __future__ import annotations

import re

import pandas as pd

from hn4ir_analysis.errors import RawDataError

BASIS_RANK = {"current": 0, "unknown": 1, "old_basis": 2}
AUTHORITY_RANK = {"high": 0, "medium": 1, "low": 2}
VINTAGE_RANK = {"revised": 0, "official": 0, "preliminary": 1, "estimate": 2, "early_estimate": 3}
KEY = ["geo", "indicator", "year"]
#: the rank columns of the rule, in order (a tie is equality on all of them)
RULE_RANKS = ["basis_rank", "superseded_rank", "authority_rank", "vintage_rank", "published_rank"]
_RULES = [
    ("basis", "basis_rank", "lower basis"),
    ("superseded_by", "superseded_rank", "earlier release of the same producer"),
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


def select_annual(
    observations: pd.DataFrame, *, published_by: str | None = None, strict: bool | None = None
):
    """Apply the selection rule (module notes) to annual observations.

    Parameters
    ----------
    observations : DataFrame
        Columns of :data:`hn4ir_analysis.data.load.OBS_COLUMNS`.
    published_by : str, optional
        ``YYYY-MM-DD``; ignore what is known to have been published after it.
    strict : bool, optional
        Raise :class:`UnsettledTie` for a tie that disagrees beyond rounding (rule 7).
        Default: only for the full view (no ``published_by``). A past view keeps the
        older vintages a later release has settled (the statistics office's two 2015
        population figures of one 2018 download, 7202.9 and 7216, both superseded by the
        census-adjusted series); its choice between them falls to precision and id, and
        the log says so. :func:`hn4ir_analysis.data.asof.cut` checks the full view first.

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
    annual["superseded_by"] = _superseded_by(annual)
    annual["superseded_rank"] = (annual["superseded_by"] != "").astype(int)
    pub = annual["published"].map(published_sort_key)
    # rank of publication within the whole frame, inverted so that later is better (lower)
    annual["published_rank"] = -pub.rank(method="dense").astype(int)
    annual["precision_rank"] = -annual["value"].map(decimals)
    order = [*KEY, *RULE_RANKS, "precision_rank", "obs_id"]
    annual = annual.sort_values(order, kind="mergesort").reset_index(drop=True)
    if published_by is None if strict is None else strict:
        check_ties(annual)
    annual["rank"] = annual.groupby(KEY).cumcount() + 1
    annual["chosen"] = annual["rank"] == 1
    # a reason for the candidates ruled out only: most keys have one candidate, "chosen"
    ruled_out = annual[~annual["chosen"]]
    contested = annual[annual["chosen"]].merge(ruled_out[KEY].drop_duplicates(), on=KEY)
    keys = zip(contested["geo"], contested["indicator"], contested["year"], strict=True)
    read = [c for rule in _RULES for c in rule[:2]] + ["precision_rank", "value", "obs_id"]
    best = dict(zip(keys, contested[read].to_dict("records"), strict=True))  # what _reason reads
    reason = pd.Series("chosen", index=annual.index, dtype=object)
    reason[ruled_out.index] = [
        _reason(row, best[(row.geo, row.indicator, row.year)]) for row in ruled_out.itertuples()
    ]
    annual["reason"] = reason
    grouped = annual.groupby(KEY)["value"]
    stats = pd.DataFrame({"n_candidates": grouped.size(), "spread": grouped.max() - grouped.min()})
    series = annual[annual["chosen"]].merge(stats, left_on=KEY, right_index=True)
    series["source_ids"] = series["obs_id"]
    helper = ["basis_rank", "superseded_rank", "superseded_by", "authority_rank", "vintage_rank",
              "published_rank", "precision_rank"]  # fmt: skip
    log = annual.drop(columns=helper)
    return series.drop(columns=[*helper, "rank", "chosen", "reason"]).reset_index(drop=True), log


def producer_key(producer) -> str:
    """The producing body: the first word of ``producer`` (``"GSO/NSO, PX-Web"`` → ``"GSO"``)."""
    text = str(producer or "").strip()
    return re.split(r"[\s,(/]", text, maxsplit=1)[0].upper() if text else ""


def _superseded_by(annual: pd.DataFrame) -> pd.Series:
    """For each candidate, the id of a later release of the same producer ('' if none)."""
    # plain lists by position (the rule below reads single cells thousands of times)
    prod = annual["producer"].map(producer_key).tolist()
    pub = annual["published"].fillna("").astype(str).map(full_date).tolist()
    rank, ids = annual["vintage_rank"].tolist(), annual["obs_id"].tolist()
    published = annual["published"].tolist()
    out = [""] * len(annual)
    for idx in annual.groupby([*KEY, "basis_rank"]).indices.values():
        if len(idx) < 2:
            continue
        for i in idx:
            if not pub[i] or not prod[i]:
                continue
            later = [j for j in idx if j != i and prod[j] == prod[i] and pub[j] and pub[j] > pub[i]
                     and rank[j] <= rank[i]]  # fmt: skip
            if later:
                j = max(later, key=lambda k: (pub[k], ids[k]))
                out[i] = f"{ids[j]}, {published[j]}"
    return pd.Series(out, index=annual.index, dtype=object)


#: the words a row's notes carry when its two values come from different releases
MIXED_RELEASES = "values from different releases"


def mixed_release_note(parts) -> str:
    """'' when every value of a ratio or growth rate comes from one release, else a note.

    A release is the producer's publication (``producer`` and ``published``); derived
    values are judged by the values they came from. ``parts``: a DataFrame, or a dict of
    lists, with those two columns.
    """
    keys = {(producer_key(p), str(d or "")) for p, d in zip(parts["producer"], parts["published"],
                                                            strict=True)}  # fmt: skip
    if len(keys) <= 1:
        return ""
    desc = "; ".join(f"{p or '?'} {d or 'undated'}" for p, d in sorted(keys))
    return f"{MIXED_RELEASES} ({desc})"


def _reason(row, best) -> str:
    if row.chosen:
        return "chosen"
    for label, col, words in _RULES:
        mine, theirs = getattr(row, col), best[col]
        if mine != theirs:
            if col == "superseded_rank":
                return f"{words} (superseded by {row.superseded_by})"
            return f"{words} ({getattr(row, label) or 'unknown'} vs {best[label] or 'unknown'} of {best['obs_id']})"
    if row.precision_rank != best["precision_rank"] and agree_within_rounding(
        row.value, best["value"]
    ):
        return f"tie on every rule, equal within rounding; {best['obs_id']} is more precise"
    if row.value == best["value"]:
        return f"tie on every rule, same value; {best['obs_id']} comes first by id"
    return f"unsettled tie in this past view; {best['obs_id']} comes first by id"


def decimals(value) -> int:
    """Decimals of a value as written (``16.3`` → 1, ``16.25`` → 2, ``7200`` → 0)."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        return 0
    frac = text.split(".")[1] if "." in text else ""
    return 0 if frac == "0" else len(frac)


def agree_within_rounding(a: float, b: float) -> bool:
    """True when ``a`` and ``b`` are equal to the rounding of the less precise of them."""
    places = min(decimals(a), decimals(b))
    return abs(a - b) <= 0.5 * 10.0**-places + 1e-9


class UnsettledTie(RawDataError):
    """Two candidates equal on every selection rule disagree beyond rounding."""


def check_ties(annual: pd.DataFrame) -> None:
    """Raise :class:`UnsettledTie` when the chosen candidate ties one that disagrees with it.

    ``annual`` is sorted by the rule (module notes), so a tie with the chosen candidate is a
    row right after the first of its group with the same rule ranks.
    """
    rows = annual[[*KEY, *RULE_RANKS]]
    same_group = (rows == rows.shift()).all(axis=1)
    first_of_key = ~(annual[KEY] == annual[KEY].shift()).all(axis=1)
    for i in annual.index[same_group]:
        first = i
        while first > 0 and same_group[first]:
            first -= 1
        if not first_of_key[first]:
            continue  # a tie between candidates that are not chosen: it decides nothing
        a, b = annual.loc[first], annual.loc[i]
        if agree_within_rounding(float(a["value"]), float(b["value"])):
            continue
        where_b = f"{b.get('origin', '') or '?'} row {b.get('line', '?')}"
        raise UnsettledTie(
            a.get("origin", "") or "observations", _line(a.get("line")), "value",
            f"{a['obs_id']} ({a['value']:g}) and {b['obs_id']} ({b['value']:g}, {where_b}) "
            f"give {a['geo']} {a['indicator']} {a['year']} and no selection rule separates "
            "them (same basis, producer release, authority, vintage and publication date); "
            "settle it: correct the authority of one, explain in a note which one holds, or "
            "remove one",
        )  # fmt: skip


def _line(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def periods(observations: pd.DataFrame) -> pd.DataFrame:
    """Observations that refer to a multi-year period (averages), never mixed into annual series."""
    return observations[observations["period_start"] != observations["period_end"]].copy()
