"""The productivity estimate (assess.productivity) pinned to hand computations from the raw figures.

Raw figures used (data/raw, as of 2025):
real GRDP growth 2021-25 (GSO V03.10): 2.94, 8.959053834, 6.206000566, 6.536102331, 8.156995849 (2025 estimate);
labour force (GSO V02.34): 2015 4,005.2; 2020 4,124.62; 2021 3,939.9 (ICLS-19);
survey (Hanoi Employment Service Centre): 2019 "4,12 triệu", 2024 "4,15 triệu", 2025 "ước đạt 4,2 triệu".
"""

from __future__ import annotations

import math

import pytest

from hn4ir_analysis.assess import productivity as E
from hn4ir_analysis.data.asof import prepare

G = [2.94, 8.959053834, 6.206000566, 6.536102331, 8.156995849]
GY = math.prod(1 + g / 100 for g in G)  # cumulative real growth 2021-25 = 1.37264...


def _p(gy_cum, l0, l1, n_lf, n=5):
    """Average productivity growth (%) = ((GRDP factor)^(1/n) / (l1/l0)^(1/n_lf)) - 1."""
    return 100 * (gy_cum ** (1 / n) / (l1 / l0) ** (1 / n_lf) - 1)


def _gy(shift):
    """Cumulative growth with the 2025 estimate moved by ``shift`` points."""
    return GY / (1 + G[-1] / 100) * (1 + (G[-1] + shift) / 100)


@pytest.fixture(scope="module")
def d2025():
    return prepare(2025)


@pytest.fixture(scope="module")
def est(d2025):
    return E.estimate(d2025)


def test_rounding_halfwidth_from_the_printed_figure():
    assert E.rounding_halfwidth("4,15 triệu người", "thousand_persons") == pytest.approx(
        5.0
    )  # 0.01 mn
    assert E.rounding_halfwidth("ước đạt 4,2 triệu người", "thousand_persons") == pytest.approx(
        50.0
    )  # 0.1 mn
    assert E.rounding_halfwidth("4124.62", "thousand_persons") == pytest.approx(0.005)


def test_grdp_average_2021_2025(est):
    assert est.grdp_avg == pytest.approx(100 * (GY**0.2 - 1))
    assert est.grdp_avg == pytest.approx(6.5392, abs=1e-4)


def test_constructions_hand_computed(est):
    c = est.constructions.set_index("construction")
    # unbridged: 4,124.62 (2020, old definition) -> 4,200 (2025): LF +0.3629 %/yr, P = 6.1540
    assert c.loc["unbridged", "lf_growth"] == pytest.approx(100 * ((4200 / 4124.62) ** 0.2 - 1))
    assert c.loc["unbridged", "estimate"] == pytest.approx(_p(GY, 4124.62, 4200, 5))
    assert c.loc["unbridged", "estimate"] == pytest.approx(6.1540, abs=1e-4)
    # bridged at the 2015-20 trend: 2020 on the new definition = 3,939.9 / (4124.62/4005.2)^(1/5) = 3,916.82
    trend = (4124.62 / 4005.2) ** 0.2
    assert c.loc["bridged_trend", "lf_start"] == pytest.approx(3939.9 / trend)
    assert c.loc["bridged_trend", "estimate"] == pytest.approx(_p(GY, 3939.9 / trend, 4200, 5))
    assert c.loc["bridged_trend", "estimate"] == pytest.approx(5.0622, abs=1e-4)
    # bridged flat: 2020 on the new definition = 3,939.9
    assert c.loc["bridged_flat", "estimate"] == pytest.approx(_p(GY, 3939.9, 4200, 5))
    # the survey's own release: 4,120 (2019) -> 4,200 (2025) over six years
    assert c.loc["survey_release", "estimate"] == pytest.approx(_p(GY, 4120, 4200, 6))
    assert c.loc["survey_release", "estimate"] == pytest.approx(6.1983, abs=1e-4)
    # new definition only, 2022-25: GRDP of four years over 3,939.9 -> 4,200
    gy4 = GY / 1.0294
    assert c.loc["new_definition", "estimate"] == pytest.approx(_p(gy4, 3939.9, 4200, 4, n=4))
    assert not bool(c.loc["new_definition", "in_headline"])
    assert est.range() == pytest.approx((5.0622, 6.1983), abs=1e-4)


def test_interval_carries_rounding_and_the_2025_estimate(est):
    c = est.constructions.set_index("construction")
    # unbridged low: 2025 GRDP -0.5 pt, 2020 LF -0.005 (its last digit), 2025 LF +50 (0.1 million)
    assert c.loc["unbridged", "low"] == pytest.approx(_p(_gy(-0.5), 4124.615, 4250, 5))
    assert c.loc["unbridged", "high"] == pytest.approx(_p(_gy(+0.5), 4124.625, 4150, 5))
    assert c.loc["survey_release", "high"] == pytest.approx(_p(_gy(+0.5), 4125, 4150, 6))
    lo, hi = est.interval()
    assert lo == pytest.approx(c.loc["bridged_trend", "low"]) and hi == pytest.approx(
        c.loc["survey_release", "high"]
    )
    assert (lo, hi) == pytest.approx((4.716, 6.530), abs=1e-3)
    assert hi < 7.0  # even the most favourable corner misses the 7-7.5 % target


def test_changing_the_rounding_assumption_moves_the_interval(d2025, est):
    base = est.constructions.set_index("construction")
    # 4.2 million read as rounded to 0.01 million (±5 thousand) instead of 0.1 (±50): narrower
    narrow = E.estimate(d2025, rounding={"W3-HN-LF-2025-01": 5.0}).constructions.set_index(
        "construction"
    )
    wide = E.estimate(d2025, rounding={"W3-HN-LF-2025-01": 100.0}).constructions.set_index(
        "construction"
    )
    for k in ("unbridged", "bridged_trend", "survey_release"):
        assert narrow.loc[k, "estimate"] == pytest.approx(
            base.loc[k, "estimate"]
        )  # the centre does not move
        assert narrow.loc[k, "low"] > base.loc[k, "low"] > wide.loc[k, "low"]
        assert narrow.loc[k, "high"] < base.loc[k, "high"] < wide.loc[k, "high"]
    assert narrow.loc["unbridged", "high"] == pytest.approx(_p(_gy(+0.5), 4124.625, 4195, 5))
    # no GRDP revision and no rounding at all: the interval collapses onto the estimate
    none = {i: 0.0 for i in ("W3-HN-LF-2025-01", "W3-HN-LF-2019-01", "GSO-V02.34-HN-2020", "GSO-V02.34-HN-2021",
                             "GSO-V02.34-HN-2015")}  # fmt: skip
    exact = E.estimate(d2025, rounding=none, grdp_halfwidth=0.0).constructions
    assert (exact["high"] - exact["low"]).abs().max() < 1e-9


def test_annual_table(est):
    a = est.annual.set_index("year")
    assert a.loc[2016, "estimate"] == pytest.approx(100 * (1.0715 / (4006.3 / 4005.2) - 1))
    assert a.loc[2021, "flag"] == "break" and math.isnan(a.loc[2021, "estimate"])
    # 2025 alone: 8.157 % GRDP over 4,150 -> 4,200: 6.87 %, rounding spans 5.00-8.79
    assert a.loc[2025, "estimate"] == pytest.approx(100 * (1.08156995849 / (4200 / 4150) - 1))
    assert a.loc[2025, "low"] == pytest.approx(100 * (1.07656995849 / (4250 / 4145) - 1))
    assert a.loc[2025, "high"] == pytest.approx(100 * (1.08656995849 / (4150 / 4155) - 1))


def test_source_ids_cover_every_input(est):
    ids = set(est.source_ids())
    assert {f"GSO-V03.10-HN-{y}" for y in range(2021, 2026)} <= ids
    assert {"GSO-V02.34-HN-2020", "GSO-V02.34-HN-2021", "GSO-V02.34-HN-2015", "W3-HN-LF-2019-01",
            "W3-HN-LF-2025-01"} <= ids  # fmt: skip


def test_no_estimate_before_2025():
    early = E.estimate(prepare(2024))
    assert early.constructions.empty  # the 2021-25 average needs 2025
