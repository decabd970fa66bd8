"""Hanoi's growth beside its targets, the country and the other provinces (notebook 02).

Pure functions on the frames of an as-of view (:class:`.measures.AsOfData`: ``annual``,
``periods``, ``targets``).

Notes
-----
Method.

* Provincial comparisons use one table only: the statistics office's GRDP index by
  province at constant 2010 prices (GSO/NSO PX-Web table V03.10, previous year = 100,
  2018-2025; rows whose ``source_ids`` start with :data:`GSO_INDEX_PREFIX`), so that every
  province is measured by the same producer and vintage. Region rows are aggregates and
  are never ranked among provinces. Rank 1 is the fastest growth of the 63 provinces
  (ties share the better rank).
* National growth is the GSO's GDP growth (``VN``, ``gdp_growth``): from 2020 the
  national row of the same release as Hanoi's series (PX-Web PL.V03.01, the V03.10
  content in the 34-province layout), so a Hanoi-minus-Vietnam gap compares one release
  (2022: 8.96 − 8.54 = 0.42 points, not 0.94 against the Dec-2022 estimate 8.02); earlier
  years come from press releases and the ``vs_national_releases`` column says when the
  two values come from different releases. The Red River Delta is the V03.10 region row
  (``REG_RRD``).
* Period averages are geometric, :math:`(\\prod_i (1+g_i/100))^{1/n}-1`
  (:func:`.derive.geometric_average`), computed only where every year of the period exists.
* A growth target over ``s..e`` implies a level of the real GRDP index in ``e``:
  :math:`I_{s-1}(1+g^*/100)^{e-s+1}`; a projected level implies an average growth
  :math:`(I_e/I_{s-1})^{1/(e-s+1)}-1`. Both are exact for a chained index.
* Targets set before the 2016/2017 change of GRDP method (or for years up to 2017, or for
  periods starting before 2016) belong to the old yardstick (data README §4 caveat 1):
  they are listed but not judged against current-method values (``met`` = ``old method``).
  Level targets set before Hanoi's re-assessed GRDP was published (Nov 2020) were set on
  the old, lower scale (caveat 2): ``scale`` is ``before``, ``after`` or ``unknown``. The
  re-assessment raised levels, so a miss against an earlier target is a miss on either
  scale, while a hit may not be.

How to read. ``met`` is ``yes``/``no`` by :meth:`.targets.Target.is_met` (``approx``
targets: within ±5%), ``exceeded`` above the range of a range target (growth beyond what
was planned), ``pending`` when the outcome is not yet known as of the view.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.derive import geometric_average
from hn4ir_analysis.data.raw import geo_codes  # the one reader of the geography vocabulary
from hn4ir_analysis.data.select import mixed_release_note
from hn4ir_analysis.growth_targets import implied_level

GSO_INDEX_PREFIX = "GSO-V03.10-"
NATIONAL, NATIONAL_GROWTH, REGION = "VN", "gdp_growth", "REG_RRD"
SHARES = tuple(
    f"share_{s}" for s in ("agriculture", "industry_construction", "services", "product_taxes")
)
#: publication of Hanoi's GRDP on the re-assessed scale (data README §4 caveat 2)
RESCALED_FROM = "2020-11"


def gso_panel(annual: pd.DataFrame, indicator: str = "grdp_growth") -> pd.DataFrame:
    """Chosen values taken from GSO table V03.10, with ``name`` and ``geo_kind`` of each geo."""
    a = annual[(annual["indicator"] == indicator) & (annual["kind"] == "observed")
               & annual["source_ids"].fillna("").str.startswith(GSO_INDEX_PREFIX)]  # fmt: skip
    codes = geo_codes().rename(columns={"name_vi": "name", "kind": "geo_kind"})
    return a.merge(codes[["geo", "name", "geo_kind"]], on="geo", how="left")


def provincial_ranks(annual: pd.DataFrame, indicator: str = "grdp_growth", years=None, *,
                     geo: str = config.HANOI) -> pd.DataFrame:  # fmt: skip
    """Per year: ``geo``'s value and rank among provinces, the median and the fastest province."""
    p = gso_panel(annual, indicator)
    p = p[p["geo_kind"] == "province"]
    rows = []
    for year, g in p.groupby("year", sort=True):
        if (years is not None and year not in years) or geo not in set(g["geo"]):
            continue
        rank = g["value"].rank(ascending=False, method="min")
        top = g.loc[g["value"].idxmax()]
        me = g["geo"] == geo
        rows.append({"year": int(year), "value": float(g.loc[me, "value"].iloc[0]),
                     "rank": int(rank[me].iloc[0]), "n_provinces": len(g),
                     "median": float(g["value"].median()), "fastest": top["name"],
                     "fastest_value": float(top["value"]), "vintage": g.loc[me, "vintage"].iloc[0]})  # fmt: skip
    cols = ["year", "value", "rank", "n_provinces", "median", "fastest", "fastest_value", "vintage"]
    return pd.DataFrame(rows, columns=cols)


def _values(annual: pd.DataFrame, geo: str, indicator: str) -> pd.Series:
    a = annual[(annual["geo"] == geo) & (annual["indicator"] == indicator)]
    return pd.Series(a["value"].to_numpy(float), index=a["year"].astype(int).to_numpy())


def growth_vs_benchmarks(annual: pd.DataFrame, years, geo: str = config.HANOI) -> pd.DataFrame:
    """Per year: ``geo``'s growth, national GDP growth, the Red River Delta, provinces' 10/50/90th percentiles."""
    provinces = gso_panel(annual)
    by_year = provinces[provinces["geo_kind"] == "province"].groupby("year")["value"]
    out = pd.DataFrame({"year": list(years)})
    for col, (g, ind) in {"hanoi": (geo, "grdp_growth"), "national": (NATIONAL, NATIONAL_GROWTH),
                          "region": (REGION, "grdp_growth")}.items():  # fmt: skip
        out[col] = out["year"].map(_values(annual, g, ind))
    for col, q in (("province_p10", 0.1), ("province_median", 0.5), ("province_p90", 0.9)):
        out[col] = out["year"].map(by_year.quantile(q))
    out["vs_national"] = out["hanoi"] - out["national"]
    out["vs_region"] = out["hanoi"] - out["region"]
    out["vs_national_releases"] = [
        _releases(annual, y, (geo, "grdp_growth"), (NATIONAL, NATIONAL_GROWTH)) for y in out["year"]
    ]
    return out


def _releases(annual: pd.DataFrame, year: int, *keys) -> str:
    """'' when the values of ``keys`` (geo, indicator) in ``year`` share one release, else a note."""
    parts = pd.concat([annual[(annual["geo"] == g) & (annual["indicator"] == i)
                              & (annual["year"] == year)] for g, i in keys])  # fmt: skip
    if len(parts) < len(keys):
        return ""
    if "producer" not in parts:
        # the annual tables carry no producer: the id prefix names the table (GSO-...)
        parts = parts.assign(producer=parts["source_ids"].fillna("").str.split("-").str[0])
    return mixed_release_note(parts)


def period_average_by_geo(annual: pd.DataFrame, indicator: str, start: int, end: int, *,
                          kinds=("province",), source_prefix: str | None = GSO_INDEX_PREFIX) -> pd.DataFrame:  # fmt: skip
    """Geometric average growth over ``start..end`` per geo having every year; rank 1 = fastest.

    ``source_prefix`` keeps only values of one table (default V03.10); ``None`` takes any
    chosen value. Columns: geo, name, geo_kind, average, n_years, rank.
    """
    a = annual[(annual["indicator"] == indicator) & (annual["kind"] == "observed")
               & annual["year"].between(start, end)]  # fmt: skip
    if source_prefix:
        a = a[a["source_ids"].fillna("").str.startswith(source_prefix)]
    codes = geo_codes().set_index("geo")
    n = end - start + 1
    rows = [{"geo": geo, "name": codes["name_vi"].get(geo, geo), "geo_kind": codes["kind"].get(geo, ""),
             "average": geometric_average(g.sort_values("year")["value"]), "n_years": len(g)}
            for geo, g in a.groupby("geo") if g["year"].nunique() == n]  # fmt: skip
    out = pd.DataFrame(rows, columns=["geo", "name", "geo_kind", "average", "n_years"])
    out = out[out["geo_kind"].isin(list(kinds))]
    out["rank"] = out["average"].rank(ascending=False, method="min").astype(int)
    return out.sort_values(["rank", "geo"]).reset_index(drop=True)


def standing(averages: pd.DataFrame, geo: str = config.HANOI) -> pd.DataFrame:
    """Where ``geo`` stands in :func:`period_average_by_geo`: rank, n, percentile, quartiles."""
    if geo not in set(averages["geo"]):
        return pd.DataFrame(
            columns=["average", "rank", "n", "share_slower_pct", "p25", "median", "p75"]
        )
    v = averages["average"]
    mine = float(v[averages["geo"] == geo].iloc[0])
    row = {"average": mine, "rank": int(averages.loc[averages["geo"] == geo, "rank"].iloc[0]),
           "n": len(v), "share_slower_pct": 100 * float((v < mine).mean()),
           "p25": v.quantile(0.25), "median": v.median(), "p75": v.quantile(0.75)}  # fmt: skip
    return pd.DataFrame([row])


def old_yardstick(t) -> bool:
    """A target of the old GRDP method (module Notes)."""
    date = t.document_date if isinstance(t.document_date, str) else ""
    doc_year = int(date[:4]) if date[:4].isdigit() else 9999
    return t.target_year <= 2017 or (t.period_start or t.target_year) < 2016 or doc_year < 2017


def target_text(t, lang: str = "en") -> str:
    """A target as a reader reads it: "7.3–7.8% (2016–2020)", "≥ 190 million VND" (numbers
    and unit in ``lang``; :meth:`hn4ir_analysis.data.targets.Target.describe` writes codes)."""
    from hn4ir_analysis.views import i18n

    if t.comparison == "qualitative":
        return t.describe(lang)

    def num(x: float) -> str:
        return i18n.format_number(x, lang, len(f"{x:g}".partition(".")[2]))

    try:
        unit = i18n.unit_label(t.unit, lang)
    except ValueError:
        unit = t.unit
    sep = "" if unit == "%" else " "
    sym = {"ge": "≥ ", "gt": "> ", "le": "≤ ", "lt": "< ", "approx": "≈ "}
    if t.comparison == "between":
        text = f"{num(t.low)}–{num(t.high)}{sep}{unit}"
    else:
        text = f"{sym[t.comparison]}{num(t.low)}{sep}{unit}"
    if t.kind == "average_growth" and t.period_start:
        text += f" ({t.period_start}–{t.period_end})"
    return text


def _met(t, value: float) -> str:
    if old_yardstick(t):
        return "old method"
    if value is None or np.isnan(value):
        return "pending"
    if t.comparison == "between" and value > t.high and t.direction == "increase_good":
        return "exceeded"  # above the range: more than the target asked for
    return "yes" if t.is_met(value) else "no"


def annual_growth_table(
    annual: pd.DataFrame, targets, geo: str = config.HANOI, start: int = 2016, lang: str = "en"
) -> pd.DataFrame:
    """Chosen annual GRDP growth of ``geo`` from ``start`` with its vintage and that year's targets."""
    a = annual[
        (annual["geo"] == geo) & (annual["indicator"] == "grdp_growth") & (annual["year"] >= start)
    ]
    by_year: dict[int, list] = {}
    for t in targets:
        if t.geo == geo and t.indicator == "grdp_growth" and t.kind == "annual_growth":
            by_year.setdefault(t.target_year, []).append(t)
    rows = []
    for r in a.sort_values("year").itertuples():
        ts = sorted(by_year.get(r.year, []), key=lambda t: t.target_id)
        rows.append({"year": int(r.year), "growth": r.value, "vintage": r.vintage, "basis": r.basis,
                     "authority": r.authority, "n_candidates": r.n_candidates, "spread": r.spread,
                     "source": r.source_ids, "target": "; ".join(target_text(t, lang) for t in ts) or "–",
                     "met": "; ".join(_met(t, r.value) for t in ts) or "–"})  # fmt: skip
    cols = ["year", "growth", "vintage", "basis", "authority", "n_candidates", "spread", "source",
            "target", "met"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def period_growth_vs_targets(
    periods: pd.DataFrame, targets, geo: str = config.HANOI, lang: str = "en"
) -> pd.DataFrame:
    """Average growth of each plan period beside the average-growth targets for that period.

    Only periods present in ``periods`` (i.e. ended by the as-of year) are listed.
    """
    p = periods[(periods["geo"] == geo) & (periods["indicator"] == "grdp_growth_avg")]
    avg = {(int(r.period_start), int(r.period_end)): r.value for r in p.itertuples()}
    rows = []
    for t in sorted(targets, key=lambda t: (t.period_start or 0, t.period_end, t.target_id)):
        if (
            t.geo != geo
            or t.indicator != "grdp_growth_avg"
            or (t.period_start, t.period_end) not in avg
        ):
            continue
        value = avg[(t.period_start, t.period_end)]
        rows.append({"period": f"{t.period_start}-{t.period_end}", "average": value, "target": target_text(t, lang),
                     "target_id": t.target_id, "set": t.document_date or "–", "met": _met(t, value),
                     "gap": value - t.low if not np.isnan(value) else np.nan})  # fmt: skip
    return pd.DataFrame(
        rows, columns=["period", "average", "target", "target_id", "set", "met", "gap"]
    )


def level_targets(
    annual: pd.DataFrame, targets, indicator: str, geo: str = config.HANOI, lang: str = "en"
) -> pd.DataFrame:
    """Level targets of ``indicator`` beside the chosen value of their year (if known)."""
    values = annual[(annual["geo"] == geo) & (annual["indicator"] == indicator)].set_index("year")
    rows = []
    for t in sorted(targets, key=lambda t: (t.target_year, t.target_id)):
        if t.geo != geo or t.indicator != indicator or t.kind != "level":
            continue
        value = float(values["value"].get(t.target_year, np.nan))
        date = t.document_date or ""
        scale = "unknown" if not date else ("before" if date < RESCALED_FROM else "after")
        rows.append({"year": t.target_year, "target": target_text(t, lang), "target_id": t.target_id, "set": date or "–",
                     "scale": scale, "outcome": value, "met": _met(t, value)})  # fmt: skip
    return pd.DataFrame(
        rows, columns=["year", "target", "target_id", "set", "scale", "outcome", "met"]
    )


def implied_index_target(index: pd.Series, t) -> tuple | None:
    """``(year, low, high)`` of the real GRDP index that an average-growth target implies.

    ``high`` is None unless the target is a range; None if the base year is not in ``index``.
    """
    base = (t.period_start or t.target_year) - 1
    if base not in index.index or t.low is None:
        return None
    n = t.period_end - base
    level = float(index.loc[base])
    high = None
    if t.comparison == "between" and t.high is not None:
        high = implied_level(level, t.high, n)
    return t.period_end, implied_level(level, t.low, n), high


def implied_average_growth(level_base: float, level_end, years: int):
    """Average annual growth (%) that takes a level from ``level_base`` to ``level_end`` in ``years``."""
    return (np.power(np.asarray(level_end, dtype=float) / level_base, 1 / years) - 1) * 100


def _period(t) -> str:
    start = t.period_start or t.period_end
    return str(t.period_end) if start == t.period_end else f"{start}-{t.period_end}"


def projection_vs_targets(result, targets, indicator: str, *, index: pd.Series | None = None,
                          geo: str = config.HANOI, lang: str = "en") -> pd.DataFrame:  # fmt: skip
    """A trend projection beside the targets of ``indicator`` for the projected years.

    Level targets are read on the projected level; average-growth targets
    (``grdp_growth_avg``) on the average growth from the observed base year ``s − 1`` of
    ``index`` to the projected level (``index`` and ``result`` must be the same series).
    ``p_paths`` is the share of simulated paths that meet the target; ``median_meets``
    applies the target to the median projection.
    """
    cols = "target_id period target set value lower upper p_paths median_meets".split()
    rows = []
    if result is None or not result.ok:
        return pd.DataFrame(rows, columns=cols)
    for t in sorted(targets, key=lambda t: (t.period_end, t.target_id)):
        if t.geo != geo or t.indicator != indicator or t.period_end not in set(result.years):
            continue
        k = int(np.flatnonzero(result.years == t.period_end)[0])
        values = np.array([result.mean[k], result.lower[k], result.upper[k]])
        paths = result.paths[:, k]
        if t.kind == "average_growth":
            base = (t.period_start or t.target_year) - 1
            if index is None or base not in index.index:
                continue
            n = t.period_end - base
            values = implied_average_growth(float(index.loc[base]), values, n)
            paths = implied_average_growth(float(index.loc[base]), paths, n)
        met = t.meets(paths)
        rows.append({"target_id": t.target_id, "period": _period(t),
                     "target": target_text(t, lang), "set": t.document_date or "–", "value": values[0],
                     "lower": values[1], "upper": values[2], "p_paths": float(met.mean()),
                     "median_meets": "yes" if t.is_met(float(values[0])) else "no"})  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def trend_table(results, year: int) -> pd.DataFrame:
    """One row per fitted trend model: its value and interval in ``year``, or why it failed."""
    rows = []
    for r in results:
        k = np.flatnonzero(r.years == year)
        v = [float(a[k[0]]) if r.ok and len(k) else np.nan for a in (r.mean, r.lower, r.upper)]
        rows.append({"model": r.model, "ok": "yes" if r.ok else "no", "n_obs": r.n_obs,
                     "value": v[0], "lower": v[1], "upper": v[2],
                     "notes": r.notes if r.ok else r.reason})  # fmt: skip
    return pd.DataFrame(rows, columns=["model", "ok", "n_obs", "value", "lower", "upper", "notes"])


def shares_table(
    annual: pd.DataFrame, geo: str = config.HANOI, *, half_year: bool = False
) -> pd.DataFrame:
    """Sector shares of GRDP by year (current basis only), with their total.

    ``half_year=True`` gives the first-half-year shares (``share_*_h1``): never mix them
    with full-year shares (data README §4 caveat 7).
    """
    names = [s + "_h1" if half_year else s for s in SHARES]
    a = annual[
        (annual["geo"] == geo) & annual["indicator"].isin(names) & (annual["basis"] == "current")
    ]
    wide = a.pivot_table(index="year", columns="indicator", values="value", aggfunc="first")
    wide = wide.reindex(columns=names)
    wide.columns = list(SHARES)
    wide["total"] = wide.sum(axis=1, min_count=len(SHARES))
    return wide.reset_index()
