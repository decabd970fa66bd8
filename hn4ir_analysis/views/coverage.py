"""What the data cover, where they come from, and where the sources disagree: the tables.

Every function is pure: it reads the frames of an as-of view (:class:`.measures.AsOfData`:
``annual``, ``raw.observations``, ``raw.sources``) or the selection log and returns a table;
:mod:`hn4ir_analysis.views.reader_tables` shows it in the reader's language.

Notes
-----
Method. The selection rule of :mod:`hn4ir_analysis.data.select` keeps one value per geo × indicator × year and
logs every candidate. This module summarises that log:

* :func:`coverage_matrix` — one cell per indicator × year: the number of candidates, a
  letter for the vintage of the chosen value (:data:`VINTAGE_LETTER`) and ``o`` if any
  candidate is on the old basis (the layout of the coverage table in data/raw/hn4ir/
  README.md §5, but counted from the processed data, so GSO-table cells are included
  and projections and period values are not).
* :func:`conflicts` — keys whose candidates differ, ordered by the *relative* spread
  (max − min over the largest absolute candidate), so that per cent, billion VND and
  persons can be ranked together; ``sequence`` lists the distinct values in order of
  publication (undated first), e.g. Hanoi's 2020 growth 3.94 → 3.98 → 4.18 → 4.11.
* :func:`method_breaks` and :func:`basis_overlaps` — where the chosen series changes
  definition (``break_before``, README §4 caveats 1, 2, 6) and where the same year was
  published on two bases (the 2017 growth: 8.5 on the old method, 7.3 on the new).
* :func:`gaps` — years without a current-basis value (README §7 in numbers).

How to read. A large spread is not an error: it is usually an early estimate revised
later, or a level before and after the 2019 re-assessment. The chosen value and the
rule that ruled the others out (``reason``) say how it was resolved.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import cache
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.views.i18n import t
from hn4ir_analysis.views.reader_tables import label

#: letter of the chosen value's vintage in :func:`coverage_matrix`
VINTAGE_LETTER = {"early_estimate": "E", "estimate": "e", "preliminary": "p", "official": "f",
                  "revised": "r"}  # fmt: skip
EMPTY = "·"
#: indicators the targets of Plan 205 and the growth notebooks rest on
CORE_INDICATORS = (
    "grdp_growth", "grdp_current_prices", "grdp_current_usd", "grdp_per_capita_vnd",
    "grdp_per_capita_usd", "share_services", "share_industry_construction", "share_agriculture",
    "share_product_taxes", "population_avg", "labour_force", "employed", "labour_productivity_vnd",
    "labour_productivity_growth", "digital_econ_share_gso", "digital_econ_share_mic",
    "digital_econ_share",
)  # fmt: skip
KEY = ["geo", "indicator", "year"]


def as_of_log(data: AsOfData) -> pd.DataFrame:
    """The selection log as the as-of view saw it: candidates published by the cut-off, years ≤ as_of."""
    return data.selection_log


def coverage_matrix(annual: pd.DataFrame, geo: str, *, log: pd.DataFrame | None = None,
                    indicators=None, start: int = 2010, end: int | None = None) -> pd.DataFrame:  # fmt: skip
    """Indicator × year cells ``<candidates><vintage letter>[o]`` (``·`` = no value).

    Observed values only (derived series are not sources). ``o`` marks a key with an
    old-basis candidate (from ``log``; without it, an old-basis chosen value). Columns are
    ``indicator`` and one per year ``start..end`` (default: the last year in the data).
    """
    a = annual[(annual["geo"] == geo) & (annual["kind"] == "observed")]
    if indicators is not None:
        a = a[a["indicator"].isin(list(indicators))]
    end = int(a["year"].max()) if end is None and len(a) else (end or start)
    a = a[(a["year"] >= start) & (a["year"] <= end)]
    old = a.set_index(["indicator", "year"])["basis"].eq("old_basis")
    if log is not None:
        lg = log[(log["geo"] == geo)]
        old = lg.assign(o=lg["basis"].eq("old_basis")).groupby(["indicator", "year"])["o"].any()
    cells = {}
    for r in a.itertuples():
        mark = "o" if old.get((r.indicator, r.year), False) else ""
        cells[(r.indicator, r.year)] = f"{r.n_candidates}{VINTAGE_LETTER.get(r.vintage, '?')}{mark}"
    names = sorted(a["indicator"].unique()) if indicators is None else [
        i for i in indicators if i in set(a["indicator"])]  # fmt: skip
    rows = [{"indicator": i, **{str(y): cells.get((i, y), EMPTY) for y in range(start, end + 1)}}
            for i in names]  # fmt: skip
    return pd.DataFrame(rows, columns=["indicator", *map(str, range(start, end + 1))])


def coverage_counts(
    annual: pd.DataFrame, log: pd.DataFrame, geo: str, lang: str = "en"
) -> pd.DataFrame:
    """Totals for one geo: indicators, indicator-years, candidates, conflicts, old-basis values."""
    a = annual[(annual["geo"] == geo) & (annual["kind"] == "observed")]
    multi = a["n_candidates"] > 1
    counts = {
        "indicators": a["indicator"].nunique(),
        "keys": len(a),
        "candidates": int((log["geo"] == geo).sum()),
        "multi": int(multi.sum()),
        "conflicts": int((multi & (a["spread"] > 0)).sum()),
        "old_basis": int((a["basis"] == "old_basis").sum()),
        "unknown": int((a["basis"] == "unknown").sum()),
        "derived": int(((annual["geo"] == geo) & (annual["kind"] == "derived")).sum()),
    }
    return pd.DataFrame(
        [(t(f"nb01.count.{k}", lang), v) for k, v in counts.items()], columns=["count", "n"]
    )


def _fmt(v: float) -> str:
    if abs(v) >= 10_000:
        return f"{v:,.0f}"
    text = f"{v:,.1f}" if abs(v) >= 100 else f"{v:,.2f}"
    return text.rstrip("0").rstrip(".")


def conflicts(log: pd.DataFrame, geo: str, top: int | None = 10) -> pd.DataFrame:
    """Keys whose candidates disagree, largest relative spread first (module Notes).

    Columns: indicator, year, unit, n_candidates, spread, rel_spread_pct, sequence (distinct
    values by publication date), chosen, vintage, producer, reason (why the candidate
    farthest from the chosen value lost).

    The table of every conflict is kept in the disk cache (:mod:`hn4ir_analysis.cache`)
    under the content of ``geo``'s log rows.
    """
    lg = log[log["geo"] == geo]
    out = cache.cached("conflicts", (lg,), lambda: _conflicts(lg))
    return out.head(top).reset_index(drop=True) if top else out


def _conflicts(lg: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for (indicator, year), g in lg.groupby(["indicator", "year"], sort=True):
        spread = g["value"].max() - g["value"].min()
        if len(g) < 2 or spread <= 0:
            continue
        best = g[g["chosen"]].iloc[0]
        by_date = g.assign(p=g["published"].fillna("")).sort_values(
            ["p", "obs_id"], kind="mergesort"
        )
        shown = [_fmt(v) for v in by_date["value"]]
        seq = [v for i, v in enumerate(shown) if i == 0 or v != shown[i - 1]]
        far = g.loc[(g["value"] - best["value"]).abs().idxmax()]
        rows.append({
            "indicator": indicator, "year": int(year), "unit": best["unit"], "n_candidates": len(g),
            "spread": spread, "rel_spread_pct": 100 * spread / g["value"].abs().max(),
            "sequence": " → ".join(seq), "chosen": best["value"],
            "vintage": best["vintage"], "producer": best["producer"], "reason": far["reason"],
        })  # fmt: skip
    cols = ["indicator", "year", "unit", "n_candidates", "spread", "rel_spread_pct", "sequence",
            "chosen", "vintage", "producer", "reason"]  # fmt: skip
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["rel_spread_pct", "indicator", "year"], ascending=[False, True, True])
    return out.reset_index(drop=True)


def method_breaks(annual: pd.DataFrame, geo: str) -> pd.DataFrame:
    """Chosen values that are not comparable with the previous year (``break_before``).

    ``change_pct`` is the change from the previous value (levels only; NaN for rates in
    per cent, whose difference is not a change of level).
    """
    a = annual[(annual["geo"] == geo) & (annual["kind"] == "observed")].sort_values(
        ["indicator", "year"]
    )
    a = a.assign(prev_year=a.groupby("indicator")["year"].shift(),
                 prev_value=a.groupby("indicator")["value"].shift())  # fmt: skip
    b = a[a["break_before"].fillna("") != ""].copy()
    level = ~b["unit"].isin(["pct", "pct_of_grdp"])
    b["change_pct"] = (100 * (b["value"] / b["prev_value"] - 1)).where(level)
    b["prev_year"] = b["prev_year"].astype("Int64")
    cols = ["geo", "indicator", "prev_year", "prev_value", "year", "value", "unit", "change_pct",
            "break_before"]  # fmt: skip
    return b[cols].reset_index(drop=True)


def basis_overlaps(log: pd.DataFrame, geo: str) -> pd.DataFrame:
    """Years published on more than one basis (old method vs current, or unknown).

    One row per indicator × year, with the distinct values of each basis and the chosen value.
    """
    lg = log[log["geo"] == geo]
    rows = []
    for (indicator, year), g in lg.groupby(["indicator", "year"], sort=True):
        if g["basis"].nunique() < 2:
            continue
        row = {"indicator": indicator, "year": int(year)}
        for basis in ("old_basis", "current", "unknown"):
            vals = sorted(set(g.loc[g["basis"] == basis, "value"]))
            row[basis] = ", ".join(_fmt(v) for v in vals) or EMPTY
        row["chosen"] = g.loc[g["chosen"], "value"].iloc[0]
        rows.append(row)
    return pd.DataFrame(
        rows, columns=["indicator", "year", "old_basis", "current", "unknown", "chosen"]
    )


def _ranges(years: list[int]) -> str:
    out, run = [], []
    for y in years:
        if run and y != run[-1] + 1:
            out.append(run)
            run = []
        run.append(y)
    if run:
        out.append(run)
    return ", ".join(f"{r[0]}" if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in out) or EMPTY


def gaps(annual: pd.DataFrame, geo: str, indicators, start: int, end: int) -> pd.DataFrame:
    """Per indicator: years ``start..end`` with a current-basis value, and the years missing."""
    a = annual[(annual["geo"] == geo) & (annual["basis"] == "current")]
    rows = []
    for ind in indicators:
        have = sorted(int(y) for y in a.loc[a["indicator"] == ind, "year"] if start <= y <= end)
        missing = [y for y in range(start, end + 1) if y not in have]
        rows.append({"indicator": ind, "n_years": len(have), "years": _ranges(have),
                     "missing": _ranges(missing)})  # fmt: skip
    return pd.DataFrame(rows, columns=["indicator", "n_years", "years", "missing"])


def sources_by_publisher(observations: pd.DataFrame, sources: pd.DataFrame, annual: pd.DataFrame,
                         geo: str, top: int | None = 15) -> pd.DataFrame:  # fmt: skip
    """Figures about ``geo`` per publisher: pages, figures, chosen figures, authority mix.

    The publisher is the outlet of ``sources.csv``; GSO-table cells without a source row
    take their producer. ``high``/``medium``/``low`` count figures by their authority.
    """
    obs = observations[observations["geo"] == geo]
    pub = sources.set_index("source_id")["publisher"]
    publisher = obs["source_id"].map(pub).fillna(obs["producer"])
    chosen = set(";".join(annual.loc[(annual["geo"] == geo) & (annual["kind"] == "observed"),
                                     "source_ids"].fillna("")).split(";"))  # fmt: skip
    frame = obs.assign(publisher=publisher, chosen=obs["obs_id"].isin(chosen))
    out = frame.groupby("publisher").agg(pages=("source_url", "nunique"), figures=("obs_id", "size"),
                                          chosen=("chosen", "sum"))  # fmt: skip
    mix = pd.crosstab(frame["publisher"], frame["authority"]).reindex(columns=["high", "medium", "low"],
                                                                      fill_value=0)  # fmt: skip
    out = out.join(mix).reset_index().sort_values(["figures", "publisher"], ascending=[False, True])
    return out.head(top).reset_index(drop=True) if top else out.reset_index(drop=True)


def series_table(annual: pd.DataFrame, indicators, geos, start: int, end: int) -> pd.DataFrame:
    """Wide table of chosen values: one row per geo × indicator, one column per year."""
    a = annual[annual["indicator"].isin(list(indicators)) & annual["geo"].isin(list(geos))
               & annual["year"].between(start, end)]  # fmt: skip
    wide = a.pivot_table(
        index=["geo", "indicator"], columns="year", values="value", aggfunc="first"
    )
    wide = wide.reindex(columns=range(start, end + 1))
    wide.columns = [str(c) for c in wide.columns]
    return wide.reset_index()


def cite(observations: pd.DataFrame, sources: pd.DataFrame, obs_ids) -> pd.DataFrame:
    """The figures ``obs_ids`` with their wording, producer, publisher, date and URL (in that order)."""
    ids = [i for i in obs_ids if i]
    obs = observations.set_index("obs_id").reindex(ids)
    publisher = (
        obs["source_id"].map(sources.set_index("source_id")["publisher"]).fillna(obs["producer"])
    )
    out = obs.assign(publisher=publisher).reset_index()
    cols = ["obs_id", "value", "as_published", "producer", "publisher", "published", "source_url"]
    return out[cols]


def authority_by_vintage(log: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Candidates counted by authority (rows, high to low) and vintage (columns, early to revised)."""
    tab = pd.crosstab(log["authority"], log["vintage"]).reindex(index=["high", "medium", "low"],
                                                               fill_value=0)  # fmt: skip
    tab = tab.reindex(columns=[v for v in VINTAGE_LETTER if v in tab.columns])
    tab.columns = [label(f"nb01.word.{v}", lang, v) for v in tab.columns]
    tab.index = [label(f"nb01.word.{a}", lang, a) for a in tab.index]
    return tab.rename_axis(t("nb01.col.authority", lang)).reset_index()
