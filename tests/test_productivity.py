"""Labour productivity (notebook 03): numbers pinned to the data and to hand computations."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import productivity as P
from hn4ir_analysis.views import productivity_checks as C
from hn4ir_analysis.views import productivity_paths as PP


@pytest.fixture(scope="module")
def d2025():
    return prepare(2025)


@pytest.fixture(scope="module")
def d2022():
    return prepare(2022)


def test_required_employment_growth_hand_computed():
    # (1.06539 / 1.07 - 1) = -0.431 %; (1.06539 / 1.075 - 1) = -0.894 %
    assert PP.required_employment_growth(6.539, 7.0) == pytest.approx(-0.4308, abs=1e-4)
    assert PP.required_employment_growth(6.539, 7.5) == pytest.approx(-0.8940, abs=1e-4)
    assert PP.required_employment_growth(11.0, 7.5) == pytest.approx(100 * (1.11 / 1.075 - 1))
    assert PP.required_employment_growth(7.0, 7.0) == 0.0


def test_employment_table_uses_observed_grdp_2021_2025(d2025):
    tab = PP.employment_table(d2025)
    obs = tab[tab["basis_of_growth"] == "observed"].set_index("productivity_target")
    # geometric average of GSO table V03.10: 2.94, 8.96, 6.21, 6.54, 8.16
    assert obs.loc[7.0, "grdp_growth"] == pytest.approx(6.5392, abs=1e-4)
    assert obs.loc[7.0, "required_employment_growth"] == pytest.approx(-0.4306, abs=1e-4)
    assert obs.loc[7.5, "required_employment_growth"] == pytest.approx(-0.8937, abs=1e-4)
    plan = tab[(tab["basis_of_growth"] == "plan") & (tab["period"] == "2026-2030")]
    assert plan["grdp_growth"].tolist() == [11.0]  # DH18: 11 % or more a year 2026-30
    assert plan["required_employment_growth"].iloc[0] == pytest.approx(3.2558, abs=1e-4)


def test_employment_table_partial_period(d2022):
    tab = PP.employment_table(d2022)
    part = tab[tab["basis_of_growth"] == "observed_partial"]
    assert set(part["grdp_source"]) == {"2021-2022"}
    assert not (tab["basis_of_growth"] == "observed").any()


def test_levels_show_the_188_contradiction(d2025):
    lv = P.levels_table(d2025)
    y22 = lv[lv["year"] == 2022].set_index("value")
    # 188.1 is Vietnam's Dec-2022 estimate to the digit; the national value chosen now is the
    # statistics office's own Dec-2023 revision, 188.7 (same producer, later release wins)
    assert y22["national"].unique().tolist() == [188.7]
    assert y22.loc[188.1, "ratio_to_national"] == pytest.approx(188.1 / 188.7)
    assert y22.loc[304.1, "ratio_to_national"] == pytest.approx(304.1 / 188.7)
    # release 3 adds 124.5 (2011) and 291.3 (2022, conflicting with 304.1)
    assert set(lv["value"]) == {124.5, 253.0, 258.3, 291.3, 304.1, 188.1, 347.0, 358.0}
    assert lv.loc[lv["value"] == 358.0, "vintage"].item() == "projection"
    assert (lv["year"] <= 2025).all()


def test_implied_employment_flags_levels_beyond_the_labour_force(d2025):
    emp = C.implied_employment(d2025).set_index("level")
    # 2020 GRDP = GSO per capita x average population = 123.3966572 x 8,246.5 = 1,017,590.5 bn VND
    assert emp.loc[258.3, "grdp"] == pytest.approx(123.3966572182195 * 8246.5)
    assert emp.loc[258.3, "implied_employment"] == pytest.approx(123.3966572182195 * 8246.5 / 258.3)
    # 253: 1,060,000 (the GRDP published at the time) / 253 = 4,189.7 > 4,124.62 labour force
    assert emp.loc[253.0, "implied_employment_published"] == pytest.approx(1060000 / 253)
    assert emp.loc[253.0, "flag"] == "inconsistent" and emp.loc[258.3, "flag"] == "consistent"
    # 347 labelled 2025: 1,587,379 / 347 = 4,574.6 > 4,200 (+50 rounding)
    assert emp.loc[347.0, "implied_employment"] == pytest.approx(1587379 / 347)
    assert emp.loc[347.0, "flag"] == "inconsistent"
    assert emp.loc[304.1, "flag"] == "no_labour_force"  # no labour force for 2022
    assert emp.loc[188.1, "flag"] == emp.loc[358.0, "flag"] == "basis_unknown"


def test_deflator_recomputed_on_the_statistics_office_grdp(d2025):
    g, ids, how = C.grdp_level(d2025, 2020)
    assert g == pytest.approx(1017590.53, abs=0.01) and how == "per_capita_x_population"
    assert ids == "W2-HN-GRDPPC-2020-NSO;GSO-V02.01-HN-2020"
    dfl = C.deflators(d2025).set_index("years")
    nominal = (1587379 / (123.3966572182195 * 8246.5)) ** 0.2  # 9.30 %/yr
    real = (1.0294 * 1.08959053834 * 1.06206000566 * 1.06536102331 * 1.08156995849) ** 0.2
    assert dfl.loc["2020-2025", "deflator"] == pytest.approx(100 * (nominal / real - 1), abs=1e-6)
    assert dfl.loc["2020-2025", "deflator"] == pytest.approx(
        2.5916, abs=1e-4
    )  # was 1.8 on 1,060,000
    assert not bool(
        dfl.loc["2020-2025", "same_method"]
    )  # 2025 is a published level, not per capita x pop


def test_nominal_bounds_use_consistent_levels_only(d2025):
    b = C.nominal_bounds(d2025)
    assert (
        not b["source_ids"].str.contains("HN-LPV-2020-01|HN-LPV-2025-01").any()
    )  # 253 and 347 excluded
    row = b[b["p_end"] == 304.1].iloc[0]
    assert row["nominal_p"] == pytest.approx(100 * ((304.1 / 258.3) ** 0.5 - 1))
    assert bool(row["crosses_break"])


def test_growth_minus_labour(d2025):
    gm = PP.growth_minus_labour(d2025).set_index("year")
    assert gm.loc[2016, "proxy"] == pytest.approx(100 * (1.0715 / (4006.3 / 4005.2) - 1))
    assert gm.loc[2020, "proxy"] == pytest.approx(100 * (1.0411 / (4124.62 / 4118.3) - 1))
    assert gm.loc[2021, "flag"] == "break" and math.isnan(gm.loc[2021, "proxy"])
    assert gm.loc[2011, "flag"] == "no_grdp"
    assert (gm.loc[2012:2015, "flag"] == "old_basis").all()
    assert (gm.loc[2022:2024, "flag"] == "no_lf").all()
    # 2016-20: 6.718 % real GRDP a year against 0.589 % labour force: 6.09 %
    avg = PP.proxy_average(gm.reset_index(), 2016, 2020)
    assert avg == pytest.approx(100 * (1.067177 / ((4124.62 / 4005.2) ** 0.2) - 1), abs=1e-3)
    assert 5.8 < avg < 6.15  # between the two published averages
    assert math.isnan(PP.proxy_average(gm.reset_index(), 2011, 2015))


def test_period_table(d2025, d2022):
    tab = P.period_table(d2025)
    v = {(r.period, r.published_avg, r.documents): r.verdict for r in tab.itertuples()}
    assert v[("2016-2020", 5.8, "KH60")] == "missed"
    assert v[("2016-2020", 5.8, "CTR03")] == "achieved"
    assert v[("2016-2020", 6.15, "CTR03")] == "exceeded"
    row = tab[tab["period"] == "2021-2025"].iloc[0]
    assert math.isnan(row["published_avg"]) and row["verdict"] == "not_met_statement"
    assert "KH205" in row["documents"] and row["target"] == "7–7.5%"
    old = P.period_table(d2022)
    assert set(old.loc[old["period"] == "2021-2025", "verdict"]) == {"not_over"}


def test_required_growth():
    d = prepare(2023)
    req = PP.required_growth(d.targets, 2023, {"a": 5.8})
    row = req[(req["period"] == "2021-2025") & (req["target_avg"] == 7.0)].iloc[0]
    assert row["years_elapsed"] == 3 and row["years_left"] == 2
    assert row["required"] == pytest.approx(100 * ((1.07**5 / 1.058**3) ** 0.5 - 1))
    d5 = prepare(2025)
    later = PP.required_growth(d5.targets, 2025, {})
    assert not (later["period"] == "2021-2025").any()  # period over: outcome, not requirement
    first = later[later["target_avg"] == 7.5].iloc[0]
    assert first["required"] == pytest.approx(7.5) and first["scenario"] == "no_year_measured"


def test_labour_supply_and_table(d2025):
    ls = PP.labour_supply_growth(d2025.annual).set_index(["series", "years"])["growth"]
    assert ls[("labour_force", "2015-2020")] == pytest.approx(100 * ((4124.62 / 4005.2) ** 0.2 - 1))
    lt = P.labour_table(d2025.annual)
    assert lt.loc[lt["flag"] == "break", "year"].tolist() == [2021]
    assert lt.loc[lt["year"] == 2021, "labour_force"].item() == pytest.approx(3939.9)


def test_localize():
    f = pd.DataFrame({"period": ["2016-2020"], "verdict": ["missed"], "flag": ["break"]})
    vi = P.localize(f, "vi")
    assert list(vi.columns) == ["Giai đoạn", "Đánh giá", "Ghi chú"]
    assert vi.iloc[0, 1] == "Không đạt"
    assert P.localize(f, "en").iloc[0, 0] == "2016-2020"
