"""Hanoi's growth beside the country, the Red River Delta and the other provinces, and the
sector shares of its GRDP: the comparison tables of notebook 02.

Pure functions on the frames of an as-of view (:class:`.measures.AsOfData`: ``annual``);
Hanoi's growth beside its own targets is :mod:`hn4ir_analysis.views.growth_vs_targets`.

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
* Sector shares are current-basis values only; first-half-year shares are a separate
  series, never mixed with full-year shares (data README §4 caveat 7).
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.derive import geometric_average
from hn4ir_analysis.data.raw import geo_codes  # the one reader of the geography vocabulary
from hn4ir_analysis.data.select import mixed_release_note
from hn4ir_analysis.views import i18n

GSO_INDEX_PREFIX = "GSO-V03.10-"
NATIONAL, NATIONAL_GROWTH, REGION = "VN", "gdp_growth", "REG_RRD"
SHARES = tuple(
    f"share_{s}" for s in ("agriculture", "industry_construction", "services", "product_taxes")
)


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
                          kinds=("province",), source_prefix: str | None = GSO_INDEX_PREFIX,
                          lang: str = "en") -> pd.DataFrame:  # fmt: skip
    """Geometric average growth over ``start..end`` per geo having every year; rank 1 = fastest.

    ``source_prefix`` keeps only values of one table (default V03.10); ``None`` takes any
    chosen value. Columns: geo, name, geo_kind, average, n_years, rank. ``name``: a
    province's proper name, the country's and a region's name in ``lang``
    (:func:`hn4ir_analysis.views.i18n.place_name`).
    """
    a = annual[(annual["indicator"] == indicator) & (annual["kind"] == "observed")
               & annual["year"].between(start, end)]  # fmt: skip
    if source_prefix:
        a = a[a["source_ids"].fillna("").str.startswith(source_prefix)]
    codes = geo_codes().set_index("geo")
    n = end - start + 1

    def name(geo: str) -> str:
        kind = codes["kind"].get(geo, "")
        return i18n.province_name(geo) if kind == "province" else i18n.place_name(geo, lang)

    rows = [{"geo": geo, "name": name(geo), "geo_kind": codes["kind"].get(geo, ""),
             "average": geometric_average(g.sort_values("year")["value"]), "n_years": len(g)}
            for geo, g in a.groupby("geo") if g["year"].nunique() == n]  # fmt: skip
    out = pd.DataFrame(rows, columns=["geo", "name", "geo_kind", "average", "n_years"])
    out = out[out["geo_kind"].isin(list(kinds))]
    out["rank"] = out["average"].rank(ascending=False, method="min").astype(int)
    return out.sort_values(["rank", "geo"]).reset_index(drop=True)


def regions_and_country(
    annual: pd.DataFrame, start: int, end: int, *, lang: str = "en"
) -> pd.DataFrame:
    """The six regions' average GRDP growth over ``start..end`` (GSO V03.10, ranked among
    themselves) and the country's GDP growth (any chosen value), for one table.

    Columns: place, geo_kind, average, n_years, rank. The country's ``rank`` is missing:
    ranked alone it would read "1" beside regions it does not outgrow. ``place`` (not
    ``name``, whose header says "province") is a region's or the country's name in ``lang``.
    """
    regions = period_average_by_geo(annual, "grdp_growth", start, end, kinds=("region",), lang=lang)
    country = period_average_by_geo(annual, "gdp_growth", start, end, kinds=("country",),
                                    source_prefix=None, lang=lang)  # fmt: skip
    out = pd.concat([regions, country.drop(columns="rank")], ignore_index=True)
    out["rank"] = out["rank"].astype("Int64")
    return out.drop(columns="geo").rename(columns={"name": "place"})


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
