"""hn4ir_analysis.views.compare and .growth_vs_targets on the shipped data: provincial ranks, benchmarks, period averages, targets.

Numbers are pinned to data/raw (GSO table V03.10 in data/raw/gso; targets in data/raw/hn4ir).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from hn4ir_analysis.assess import trends
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import compare, growth_vs_targets


@pytest.fixture(scope="module")
def data():
    return prepare(2025)


def _target(data, target_id):
    return next(t for t in data.targets if t.target_id == target_id)


def test_geo_codes_have_63_provinces():
    codes = compare.geo_codes()
    assert (codes["kind"] == "province").sum() == 63
    assert set(codes.loc[codes["kind"] == "region", "geo"]) >= {"REG_RRD"}


def test_gso_panel_is_one_table(data):
    p = compare.gso_panel(data.annual)
    assert p["source_ids"].str.startswith("GSO-V03.10-").all()
    assert p.groupby("year").size().to_dict() == {
        y: 69 for y in range(2018, 2026)
    }  # 63 + 6 regions


def test_provincial_ranks(data):
    r = compare.provincial_ranks(data.annual, "grdp_growth", range(2018, 2026))
    assert list(r["year"]) == list(range(2018, 2026))
    assert (r["n_provinces"] == 63).all()
    assert list(r["rank"]) == [40, 22, 26, 41, 25, 26, 44, 25]
    r2020 = r.set_index("year").loc[2020]
    assert r2020["value"] == pytest.approx(4.11) and r2020["median"] == pytest.approx(3.42)
    first = r.set_index("year").loc[2018]
    assert first["fastest"] == "Hà Tĩnh" and first["fastest_value"] == pytest.approx(20.85)
    assert list(r["vintage"].iloc[-2:]) == ["preliminary", "estimate"]


def test_provincial_ranks_empty_before_the_table_was_published():
    old = prepare(2022)
    assert compare.provincial_ranks(old.annual, "grdp_growth", range(2018, 2023)).empty
    assert compare.period_average_by_geo(old.annual, "grdp_growth", 2018, 2022).empty


def test_growth_vs_benchmarks(data):
    b = compare.growth_vs_benchmarks(data.annual, range(2016, 2026)).set_index("year")
    assert b.at[2020, "hanoi"] == pytest.approx(4.11)
    # national row of PL.V03.01 (102.8654 -> 2.8654), the release of Hanoi's 4.11
    assert b.at[2020, "national"] == pytest.approx(2.8654, abs=1e-4)
    assert b.at[2020, "region"] == pytest.approx(5.16)
    assert b.at[2020, "vs_national"] == pytest.approx(1.2446, abs=1e-4)
    assert np.isnan(b.at[2016, "region"])  # V03.10 starts in 2018
    later = b.loc[2018:]
    assert (later["province_p10"] < later["province_median"]).all()
    assert (later["province_median"] < later["province_p90"]).all()
    assert b.at[2020, "province_median"] == pytest.approx(3.42)


def test_period_average_by_geo(data):
    av = compare.period_average_by_geo(data.annual, "grdp_growth", 2021, 2025)
    assert len(av) == 63 and (av["n_years"] == 5).all()
    hn = av.set_index("geo").loc["HN"]
    assert hn["average"] == pytest.approx(6.539239, abs=1e-6) and hn["rank"] == 30
    derived = data.period_values("HN", "grdp_growth_avg", 2021, 2025)["value"].iloc[0]
    assert hn["average"] == pytest.approx(derived)
    assert av.iloc[0]["geo"] == "BG" and av.iloc[0]["average"] == pytest.approx(14.85, abs=0.01)
    regions = compare.period_average_by_geo(
        data.annual, "grdp_growth", 2021, 2025, kinds=("region",)
    )
    assert len(regions) == 6
    assert regions.set_index("geo").at["REG_RRD", "average"] == pytest.approx(7.7096, abs=1e-4)
    # 2016-2020: the provincial table has no 2016-2017
    assert compare.period_average_by_geo(data.annual, "grdp_growth", 2016, 2020).empty


@pytest.mark.parametrize(
    ("lang", "region", "country", "province"),
    [
        ("en", "Red River Delta", "Vietnam", "Hà Nội"),
        ("vi", "Đồng bằng sông Hồng", "Cả nước", "Hà Nội"),
    ],
)
def test_region_and_country_names_are_in_the_readers_language(
    data, lang, region, country, province
):
    """Provinces keep their proper names; the country and the regions are words of the page
    (the English page showed "CẢ NƯỚC" and "Đồng bằng sông Hồng")."""
    names = {}
    for kinds, indicator, prefix in ((("province",), "grdp_growth", compare.GSO_INDEX_PREFIX),
                                     (("region",), "grdp_growth", compare.GSO_INDEX_PREFIX),
                                     (("country",), "gdp_growth", None)):  # fmt: skip
        av = compare.period_average_by_geo(data.annual, indicator, 2021, 2025, kinds=kinds,
                                           source_prefix=prefix, lang=lang)  # fmt: skip
        names.update(zip(av["geo"], av["name"], strict=True))
    assert (names["REG_RRD"], names["VN"], names["HN"]) == (region, country, province)


@pytest.mark.parametrize(("lang", "country"), [("en", "Vietnam"), ("vi", "Cả nước")])
def test_regions_and_country_table(data, lang, country):
    """Notebook 02's table of the regions and the country: regions ranked 1-6 among themselves,
    the country without a rank (it read "1" before), under a "place" header."""
    t = compare.regions_and_country(data.annual, 2021, 2025, lang=lang)
    assert list(t.columns) == ["place", "geo_kind", "average", "n_years", "rank"]
    assert t["geo_kind"].tolist() == ["region"] * 6 + ["country"]
    assert t["rank"].iloc[:6].tolist() == [1, 2, 3, 4, 5, 6] and pd.isna(t["rank"].iloc[6])
    assert t["place"].iloc[6] == country
    # GSO V03.10, Red River Delta 2021-25; GSO national GDP growth, 6.20 %/yr
    rrd = t[t["place"] == ("Red River Delta" if lang == "en" else "Đồng bằng sông Hồng")]
    assert rrd["average"].iloc[0] == pytest.approx(7.7096, abs=1e-4)
    assert t["average"].iloc[6] == pytest.approx(6.2026, abs=1e-4)


def test_standing(data):
    av = compare.period_average_by_geo(data.annual, "grdp_growth", 2021, 2025)
    s = compare.standing(av).iloc[0]
    assert (s["rank"], s["n"]) == (30, 63)
    assert s["share_slower_pct"] == pytest.approx(100 * 33 / 63)
    assert s["p25"] < s["median"] < s["p75"]
    assert compare.standing(av, "NOWHERE").empty


def test_annual_growth_table(data):
    g = growth_vs_targets.annual_growth_table(data.annual, data.targets).set_index("year")
    assert list(g.index) == list(range(2016, 2026))
    assert g.at[2020, "growth"] == pytest.approx(4.11)
    assert (g.at[2020, "n_candidates"], g.at[2020, "vintage"]) == (8, "official")
    assert g.at[2020, "spread"] == pytest.approx(0.24)
    assert g.at[2016, "met"] == "old method" and g.at[2017, "met"] == "old method"
    assert g.at[2020, "met"] == "no" and g.at[2025, "met"] == "yes"  # 8.16 against ≥ 8
    assert g.at[2023, "met"] == "no; no"
    assert g.at[2022, "met"] == "exceeded"  # 8.96 against a 7-7.5 range
    assert g.at[2019, "target"] == "–"


def test_period_growth_vs_targets(data):
    p = growth_vs_targets.period_growth_vs_targets(data.periods, data.targets)
    late = p[p["period"] == "2021-2025"]
    assert set(late["target_id"]) == {
        "CTR277_2025_grdp_growth",
        "DH17_2025_grdp_growth",
        "NQ15_2025_grdp_growth",
    }
    assert late["average"].iloc[0] == pytest.approx(6.539239, abs=1e-6)
    assert (late["met"] == "no").all() and late["gap"].iloc[0] == pytest.approx(6.539239 - 7.5)
    early = p[p["period"] == "2016-2020"].set_index("target_id")
    assert early.at["CTR03_2020_grdp_growth", "average"] == pytest.approx(6.7177, abs=1e-4)
    assert early.at["PLAN1620_2020_grdp_growth", "met"] == "old method"
    assert "STRAT1120_2020_grdp_growth" not in set(
        p["target_id"]
    )  # 2011-2020 average not computable


def test_level_targets(data):
    v = growth_vs_targets.level_targets(data.annual, data.targets, "grdp_per_capita_vnd").set_index(
        "target_id"
    )
    dh17 = v.loc["DH17_2025_grdp_per_capita_vnd"]
    assert dh17["outcome"] == pytest.approx(179.289, abs=1e-3) and dh17["met"] == "no"
    assert dh17["scale"] == "before"
    assert v.at["HDND_2023_grdp_per_capita", "met"] == "yes"  # ≈150 (±5%) against 149.69
    assert v.at["HDND482_2026_grdp_per_capita", "met"] == "pending"
    u = growth_vs_targets.level_targets(data.annual, data.targets, "grdp_per_capita_usd").set_index(
        "target_id"
    )
    assert u.at["NQ15_2025_grdp_per_capita", "outcome"] == pytest.approx(7200)
    assert u.at["NQ15_2025_grdp_per_capita", "met"] == "no"


def test_old_yardstick(data):
    assert growth_vs_targets.old_yardstick(_target(data, "STRAT1120_2020_grdp_growth"))
    assert growth_vs_targets.old_yardstick(_target(data, "PLAN2017_grdp_growth"))
    assert not growth_vs_targets.old_yardstick(_target(data, "DH17_2025_grdp_growth"))


def test_implied_index_target_and_average_growth(data):
    seg = data.segment("HN", "grdp_real_index").values
    year, low, high = growth_vs_targets.implied_index_target(
        seg, _target(data, "NQ15_2025_grdp_growth")
    )
    assert year == 2025
    assert low == pytest.approx(seg[2020] * 1.075**5) and high == pytest.approx(seg[2020] * 1.08**5)
    assert seg[2025] < low  # the 2021-25 average fell short
    avg = growth_vs_targets.implied_average_growth(seg[2020], seg[2025], 5)
    assert float(avg) == pytest.approx(6.539239, abs=1e-6)
    y, lo, hi = growth_vs_targets.implied_index_target(seg, _target(data, "DH18_2030_grdp_growth"))
    assert (y, hi) == (2030, None) and lo == pytest.approx(seg[2025] * 1.11**5)
    assert (
        growth_vs_targets.implied_index_target(
            seg.loc[2021:], _target(data, "NQ15_2025_grdp_growth")
        )
        is None
    )


def test_shares_table(data):
    full = compare.shares_table(data.annual).set_index("year")
    assert list(full.index) == [2018, 2019, 2020, 2022, 2024, 2025]  # 2017 has an unknown basis
    for year in (2018, 2019, 2022, 2025):
        assert full.at[year, "total"] == pytest.approx(100, abs=0.05)
    assert np.isnan(full.at[2020, "total"])  # agriculture only
    h1 = compare.shares_table(data.annual, half_year=True).set_index("year")
    assert list(h1.index) == [2024, 2025] and h1.at[2024, "total"] == pytest.approx(100, abs=0.05)
    assert isinstance(h1, pd.DataFrame)


@pytest.fixture(scope="module")
def index_fit(data):
    seg = data.segment("HN", "grdp_real_index")
    fits = trends.fit_all(
        seg.values, horizon_end=2030, transform="log", confidence=0.8, step_years=(2020,)
    )
    return seg.values, fits, trends.select_model(fits)


def test_trend_table(index_fit):
    _, fits, best = index_fit
    table = growth_vs_targets.trend_table(fits, 2030).set_index("model")
    assert list(table.index) == list(trends.MODELS) and (table["n_obs"] == 11).all()
    assert best.model == "arima_drift"
    row = table.loc["arima_drift"]
    assert row["lower"] < row["value"] < row["upper"]
    assert row["value"] == pytest.approx(best.mean[-1])


def test_projection_vs_growth_targets(data, index_fit):
    index, _, best = index_fit
    p = growth_vs_targets.projection_vs_targets(
        best, data.targets, "grdp_growth_avg", index=index
    ).set_index("target_id")
    nq15 = p.loc["NQ15_2030_grdp_growth"]
    expected = growth_vs_targets.implied_average_growth(index[2025], best.mean[-1], 5)
    assert nq15["value"] == pytest.approx(float(expected)) and nq15["period"] == "2026-2030"
    assert nq15["lower"] < nq15["value"] < nq15["upper"]
    assert 0 <= nq15["p_paths"] <= 1 and p.at["DH18_2030_grdp_growth", "p_paths"] < nq15["p_paths"]
    assert p.at["QH1569_2030_grdp_growth", "period"] == "2021-2030"  # measured from the 2020 base
    assert (
        p["median_meets"] == "no"
    ).all()  # the trend (about 6.6%/yr) meets no 2030 growth target
    assert growth_vs_targets.projection_vs_targets(None, data.targets, "grdp_growth_avg").empty


def test_projection_vs_level_targets(data):
    seg = data.segment("HN", "grdp_per_capita_vnd")
    best = trends.select_model(
        trends.fit_all(seg.values, horizon_end=2030, transform="log", step_years=(2020,))
    )
    p = growth_vs_targets.projection_vs_targets(best, data.targets, "grdp_per_capita_vnd")
    assert (
        list(p["target_id"]) == ["HDND482_2026_grdp_per_capita"] and p["period"].iloc[0] == "2026"
    )
    assert p["lower"].iloc[0] < 198 < p["upper"].iloc[0]


def test_hanoi_minus_vietnam_uses_one_release(data):
    g = compare.growth_vs_benchmarks(data.annual, range(2018, 2026)).set_index("year")
    # V03.10 Hanoi 8.96 - PL.V03.01 national 8.54 (same release); 0.94 against 8.02 before
    assert g.loc[2022, "vs_national"] == pytest.approx(0.42, abs=0.005)
    assert g.loc[2022, "vs_national_releases"] == ""
    assert g.loc[2019, "vs_national_releases"].startswith("values from different releases")


def test_target_text_reads_as_words_and_numbers_of_the_page():
    from types import SimpleNamespace

    between = SimpleNamespace(comparison="between", low=7.5, high=8.0, unit="pct", kind="average_growth",
                              period_start=2021, period_end=2025)  # fmt: skip
    assert growth_vs_targets.target_text(between, "en") == "7.5–8% (2021–2025)"
    assert growth_vs_targets.target_text(between, "vi") == "7,5–8% (2021–2025)"
    level = SimpleNamespace(comparison="ge", low=12000.0, high=None, unit="usd", kind="level",
                            period_start=None, period_end=2030)  # fmt: skip
    assert growth_vs_targets.target_text(level, "vi") == "≥ 12.000 USD"
