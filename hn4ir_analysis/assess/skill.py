"""Skill, not agreement: Brier scores of the replayed verdicts against simple references.

:func:`backtest.replay_targets <hn4ir_analysis.assess.backtest.replay_targets>` assesses
Hanoi's past targets as they would have been judged one to three years before their
year. Most of those targets were missed, so a method that always says "off track" looks
right most of the time; counting right calls rewards that. Here each verdict becomes a
stated probability of meeting the target and is scored.

Notes
-----
Method. Brier score ``BS = mean((p - o)^2)`` with ``o = 1`` if the target was met (ex post
``achieved``, or ``exceeded``: more than a range asked for; ``MET_OUTCOMES``) (Brier 1950, *Mon. Weather Rev.* 78). Skill against a reference forecast
``BSS = 1 - BS / BS_ref`` (Wilks, *Statistical Methods in the Atmospheric Sciences*,
4th ed., §9.4): 1 is perfect, 0 no better than the reference, negative worse. Two
references on the same rows: "always off track" (``p = 0``; its BS is the share of
targets achieved, a base rate only known in hindsight) and a coin (``p = 0.5``,
``BS = 0.25``).

Stated probabilities (:data:`STATED`): the model's ``p_met`` as it is; an official
category is read as the probability its wording implies — the best category
("on track", "maintain", "sun") as *likely* (0.8, the middle of the IPCC "likely"
band 0.66–0.9 rounded), the worst ("moving away", "regression", "reverse",
"thunderstorm") as *very unlikely* (0.05), the others in between by how far the
trend falls short. "Already achieved" is 0.95. These numbers are our reading, stated
so that a reader can disagree with them; the official trackers publish no probabilities.

Restated targets. One plan target is often restated by several documents (same
indicator, place, year, kind and threshold): :func:`collapse_restated` keeps one copy, so
a repeated target does not weigh more.

How to read. A positive skill against "always off track" means the method's
probabilities separated achieved from missed targets better than a pessimist who knew
the base rate; the replay has few distinct targets, so read the table with its counts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis.assess.expost import MET_OUTCOMES, SETTLED_OUTCOMES

STATED: dict[str, dict[str, float]] = {
    "eurostat": {"on_track": 0.8, "moderate_progress": 0.4, "limited_progress": 0.15, "moving_away": 0.05},
    "unsd": {"on_track": 0.8, "fair_progress": 0.4, "limited_progress": 0.15, "stagnation": 0.05,
             "regression": 0.05},
    "escap": {"maintain": 0.8, "accelerate": 0.3, "reverse": 0.05},
    "destatis": {"sun": 0.8, "sun_cloud": 0.5, "cloud": 0.2, "thunderstorm": 0.05},
}  # fmt: skip
ACHIEVED_P = 0.95
#: the columns that make two target rows the same target
SAME_TARGET = ["indicator", "geo", "target_year", "kind", "low", "high"]


def stated_probability(method: str, category: str, p_met: float | None = None) -> float:
    """The probability of meeting the target that a verdict states (NaN: no verdict)."""
    if category in (None, "", "insufficient_data") or (
        isinstance(category, float) and np.isnan(category)
    ):
        return np.nan
    if method == "model":
        return float(p_met) if p_met is not None else np.nan
    if category == "achieved":
        return ACHIEVED_P
    return STATED.get(method, {}).get(category, np.nan)


def collapse_restated(replay: pd.DataFrame) -> pd.DataFrame:
    """One copy of each restated target (see module Notes); ``copies`` counts them."""
    if replay.empty:
        return replay.assign(copies=pd.Series(dtype=int))
    key = [c for c in SAME_TARGET if c in replay]
    frame = replay.assign(**{c: replay[c].astype(str) for c in key})
    first = frame.groupby(key, dropna=False)["target_id"].transform("min")
    copies = frame.groupby(key, dropna=False)["target_id"].transform("nunique")
    keep = replay[(frame["target_id"] == first).to_numpy()].copy()
    keep["copies"] = copies[keep.index].astype(int)
    return keep.reset_index(drop=True)


def brier_table(replay: pd.DataFrame) -> pd.DataFrame:
    """Per method: forecasts scored, distinct targets, Brier score and skill vs the references.

    ``targets_achieved`` counts distinct targets met (ex post ``achieved`` or ``exceeded``),
    ``achieved`` the scored forecasts of met targets (a target is judged from up to three earlier years).

    ``replay`` needs ``method``, ``category``, ``p_met``, ``outcome`` and the
    :data:`SAME_TARGET` columns; restated copies are collapsed first.
    """
    one = collapse_restated(replay)
    one = one.assign(p=[stated_probability(m, c, p) for m, c, p in zip(one["method"], one["category"],
                                                                       one["p_met"], strict=True)])  # fmt: skip
    one = one[one["p"].notna() & one["outcome"].isin(SETTLED_OUTCOMES)]
    one = one.assign(o=one["outcome"].isin(MET_OUTCOMES).astype(float))
    rows = []
    for method, g in one.groupby("method", sort=True):
        bs = float(np.mean((g["p"] - g["o"]) ** 2))
        base = float(g["o"].mean())  # BS of "always off track" = share achieved
        rows.append({"method": method, "forecasts": len(g), "targets": g["target_id"].nunique(),
                     "targets_achieved": g.loc[g["o"] == 1, "target_id"].nunique(),
                     "achieved": int(g["o"].sum()), "brier": bs, "brier_off_track": base,
                     "skill_vs_off_track": 1 - bs / base if base > 0 else np.nan,
                     "skill_vs_coin": 1 - bs / 0.25})  # fmt: skip
    cols = ["method", "forecasts", "targets", "targets_achieved", "achieved", "brier", "brier_off_track",
            "skill_vs_off_track", "skill_vs_coin"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def reliability(replay: pd.DataFrame, bins=(0, 0.1, 0.33, 0.66, 0.9, 1.0001)) -> pd.DataFrame:
    """Per method and probability bin: forecasts, mean stated probability, share achieved."""
    one = collapse_restated(replay)
    one = one.assign(p=[stated_probability(m, c, p) for m, c, p in zip(one["method"], one["category"],
                                                                       one["p_met"], strict=True)])  # fmt: skip
    one = one[one["p"].notna() & one["outcome"].isin(SETTLED_OUTCOMES)]
    one = one.assign(o=one["outcome"].isin(MET_OUTCOMES).astype(float),
                     bin=pd.cut(one["p"], list(bins), right=False))  # fmt: skip
    g = one.groupby(["method", "bin"], observed=True)
    return pd.DataFrame(
        {"n": g.size(), "mean_p": g["p"].mean(), "share_achieved": g["o"].mean()}
    ).reset_index()


def conclusion_case(row) -> str:
    """Which conclusion a method's row of :func:`brier_table` supports (a phrase key for the
    page): ``few`` (under 10 forecasts or 5 targets), ``all_missed``, ``better``,
    ``better_weak`` (better than "always off track" but not than a coin), ``same`` or ``worse``
    (skill against "always off track" above 0.1, within ±0.1, below -0.1)."""
    n, k, a = int(row["forecasts"]), int(row["targets"]), int(row["achieved"])
    if n < 10 or k < 5:
        return "few"
    off, coin = row["skill_vs_off_track"], row["skill_vs_coin"]
    if a == 0 or not np.isfinite(off):
        return "all_missed"
    if off > 0.1:
        return "better_weak" if coin <= 0.05 else "better"
    return "same" if off >= -0.1 else "worse"


_VERDICT = {
    "better": "its probabilities told achieved from missed targets better than always saying 'off track'",
    "better_weak": "its probabilities told achieved from missed targets better than always saying 'off track'"
    ", though no better than a coin: weak evidence of skill",
    "same": "it did about as well as always saying 'off track'",
    "worse": "always saying 'off track' would have done better: read its optimistic verdicts with caution",
}


def conclusion(row) -> str:
    """One sentence (English) on what a reader may conclude from a method's row of :func:`brier_table`;
    the page's bilingual twin is :func:`hn4ir_analysis.views.backtest_tables.conclusion`."""
    n, k, a = (
        int(row["forecasts"]),
        int(row["targets"]),
        int(row.get("targets_achieved", row["achieved"])),
    )
    head = (f"{row['method']}: {n} scored forecasts ({int(row['achieved'])} of achieved targets) of {k} "
            f"distinct targets ({a} achieved)")  # fmt: skip
    case = conclusion_case(row)
    off, coin = row["skill_vs_off_track"], row["skill_vs_coin"]
    if case == "few":
        return f"{head}: too few to judge; no conclusion about its probabilities."
    if case == "all_missed":
        return (f"{head}: every scored target was missed, so no skill against 'always off track' can be "
                f"shown; its Brier skill against a coin is {coin:+.2f}.")  # fmt: skip
    verdict = (
        _VERDICT[case] + " (each method is scored on the targets it judged, so base rates differ)"
    )
    return (f"{head}: Brier {row['brier']:.3f}, skill {off:+.2f} against 'always off track' and {coin:+.2f} "
            f"against a coin — {verdict}.")  # fmt: skip
