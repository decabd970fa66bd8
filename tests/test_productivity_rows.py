"""Verdicts on Hanoi's labour-productivity targets from the estimate (assess.productivity_rows)."""

from __future__ import annotations

import pandas as pd
import pytest

from hn4ir_analysis.assess import productivity_rows as R
from hn4ir_analysis.assess.verdicts import assess

KH_2025 = ("KH205_2025_labour_productivity", "KH345_2025_labour_productivity")


@pytest.fixture(scope="module")
def t2025():
    return assess(2025)


@pytest.fixture(scope="module")
def t2030():
    return assess(2030)


def _hn_lp(frame):
    return frame[frame["indicator"].isin(R.INDICATORS) & (frame["geo"] == "HN")]


def test_2021_25_average_targets_missed_on_the_estimate(t2025):
    rows = _hn_lp(t2025)
    avg = rows[rows["kind"] == "average_growth"]
    assert len(avg) >= 7 and (avg["method"] == "ex_post").all()
    assert set(avg["category"]) == {"missed"}
    r = avg[avg["target_id"] == "KH205_2025_labour_productivity"].iloc[0]
    # most favourable construction: the survey's own 2019-25 growth, 6.198 %/yr
    assert r["latest_value"] == pytest.approx(6.1983, abs=1e-4)
    assert r["score"] == pytest.approx((6.1983 - 7) / 7, abs=1e-4)
    assert (
        "5.06-6.20" in r["notes"] and "4.72-6.53" in r["notes"] and "HN-MSLP-2025-01" in r["notes"]
    )
    ids = set(r["source_ids"].split(";"))
    assert {
        "GSO-V03.10-HN-2025",
        "GSO-V02.34-HN-2020",
        "W3-HN-LF-2025-01",
        "GSO-V02.34-HN-2021",
    } <= ids


def test_kh345_2025_single_year_is_undetermined(t2025):
    r = _hn_lp(t2025).set_index("target_id").loc["KH345_2025_labour_productivity"]
    # 2025 alone: 4.15 -> "about 4.2" million spans labour-force growth of -0.12 to +2.53 %,
    # so productivity growth of 5.00-8.79 % brackets the 7-7.5 % band
    assert r["method"] == "ex_post" and r["category"] == "undetermined"
    assert "5.00-8.79" in r["notes"] and "W3-HN-LF-2024-01" in r["source_ids"]


def test_every_2025_productivity_target_of_hanoi_has_an_ex_post_verdict(t2025):
    rows = _hn_lp(t2025)
    assert set(KH_2025) <= set(rows["target_id"])
    assert (rows["category"] != "insufficient_data").all()


def test_2026_30_targets_get_p_met_and_official_verdicts(t2030):
    rows = _hn_lp(t2030)
    for tid in (
        "KH205_2030_labour_productivity",
        "KH345_2030_labour_productivity",
        "NQ18TU_2030_labour_productivity",
    ):
        sub = rows[rows["target_id"] == tid].set_index("method")
        assert 0 <= sub.loc["model", "p_met"] <= 1
        assert sub.loc["eurostat", "category"] == "moderate_progress"
    kh = rows[rows["target_id"] == "KH205_2030_labour_productivity"].set_index("method")
    # Eurostat on the recent pace: R = 6.1983 / 7.5 at the top of the range, 5.0622 / 7.5 at the
    # bottom; the row carries the less favourable end (both ends say moderate progress here)
    assert kh.loc["eurostat", "score"] == pytest.approx(5.0622 / 7.5, abs=1e-4)
    assert "0.826 (moderate_progress)" in kh.loc["eurostat", "notes"]
    # the pace in the row's unit (%/yr), and the levels (index 2020 = 100) that reproduce it in
    # their own columns: 100 -> 100 * 1.050622^5
    assert kh.loc["eurostat", "latest_value"] == pytest.approx(5.0622, abs=1e-4)
    assert pd.isna(kh.loc["eurostat", "base_value"])
    assert (
        kh.loc["eurostat", "base_level"] == 100.0
        and kh.loc["eurostat", "level_unit"] == "index_2020_100"
    )
    assert kh.loc["eurostat", "latest_level"] == pytest.approx(100 * 1.050622**5, rel=1e-4)
    # UNSD: ((1.050622)^5 - 1) / (1.075^5 - 1)
    assert kh.loc["unsd", "score"] == pytest.approx((1.050622**5 - 1) / (1.075**5 - 1), abs=1e-4)
    assert "labour-force growth drawn uniformly" in kh.loc["model", "notes"]


def test_p_met_is_monotone_in_the_threshold(t2030):
    # same GRDP paths and labour-force draws for every target, so P(>= 8) <= P(>= 7.5) and P(> 7.5) <= P(>= 7.5)
    p = _hn_lp(t2030)
    p = p[p["method"] == "model"].set_index("target_id")["p_met"]
    assert p["NQ18TU_2030_labour_productivity"] <= p["KH76_2030_labour_productivity"]
    assert p["KH205_2030_labour_productivity"] <= p["KH76_2030_labour_productivity"]  # gt vs ge


def test_national_targets_are_not_routed(t2025):
    vn = t2025[t2025["target_id"] == "NQ52_2025_labour_productivity"]
    assert not vn.empty and not (vn["notes"].str.contains("labour-force member")).any()


def test_before_2025_the_generic_rows_apply():
    early = _hn_lp(assess(2025, as_of=2024))
    assert not early["notes"].str.contains("per labour-force member").any()
