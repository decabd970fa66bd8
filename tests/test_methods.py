"""Progress-assessment methods: worked-example answers, edge cases and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hn4ir_analysis.assess.methods import (
    ACHIEVED,
    CATEGORIES,
    INSUFFICIENT,
    MethodResult,
    average_growth,
    cagr,
    destatis_weather,
    escap_anticipated,
    eurostat_growth_ratio,
    most_negative,
    required_average_growth,
    required_cagr,
    severity,
    unsd_progress,
)

# 50 examples per property and method (16 cases): the same derandomized cases on every run
PROPS = settings(max_examples=50, derandomize=True, deadline=None)

# --- worked example: share 16 (2020) -> 20 (2023), target 30 in 2025 -----------------


def test_worked_example_growth_rates():
    assert cagr(16, 2020, 20, 2023) == pytest.approx(0.0772, abs=5e-5)
    assert required_cagr(16, 2020, 30, 2025) == pytest.approx(0.1340, abs=5e-5)


def test_worked_example_eurostat():
    res = eurostat_growth_ratio(16, 2020, 20, 2023, 30, 2025)
    assert res.method == "eurostat"
    assert res.score == pytest.approx(0.576, abs=5e-4)
    assert res.category == "limited_progress"
    assert res.projected is None
    assert "R = 0.576" in res.notes


def test_worked_example_unsd():
    res = unsd_progress(16, 2020, 20, 2023, 30, 2025)
    assert res.projected == pytest.approx(23.21, abs=5e-3)
    assert res.score == pytest.approx(0.515, abs=5e-4)
    assert res.category == "fair_progress"


def test_worked_example_escap_unweighted():
    res = escap_anticipated([2020, 2023], [16, 20], 30, 2025, weighted=False)
    assert res.projected == pytest.approx(23.21, abs=5e-3)
    assert res.score == pytest.approx(0.485, abs=5e-4)
    assert res.category == "accelerate"


def test_escap_weighted_equals_unweighted_with_two_points():
    w = escap_anticipated([2020, 2023], [16, 20], 30, 2025)
    u = escap_anticipated([2020, 2023], [16, 20], 30, 2025, weighted=False)
    assert w.projected == pytest.approx(u.projected)
    assert w.category == u.category


# --- average-growth targets -------------------------------------------------------------


def test_average_growth_known_answers():
    observed = [5.5, 6.8, 6.0]
    assert average_growth(observed) == pytest.approx(6.10, abs=5e-3)
    assert required_average_growth(observed, 5, 7.0) == pytest.approx(8.37, abs=5e-3)
    assert required_average_growth(observed, 5, 7.5) == pytest.approx(9.64, abs=5e-3)


def test_required_average_growth_closes_the_period_on_target():
    observed = [5.5, 6.8, 6.0]
    g = required_average_growth(observed, 5, 7.0)
    assert average_growth([*observed, g, g]) == pytest.approx(7.0)


def test_required_average_growth_refuses_a_finished_period():
    with pytest.raises(ValueError, match="no year left"):
        required_average_growth([5.5, 6.8, 6.0, 7.0, 7.1], 5, 7.0)
    with pytest.raises(ValueError):
        average_growth([])
    with pytest.raises(ValueError):
        average_growth([5.0, -100.0])


# --- Eurostat specifics -------------------------------------------------------------------


def test_target_reached_overrides_a_negative_trend():
    res = eurostat_growth_ratio(40, 2018, 35, 2023, 30, 2025)  # falling, but above 30
    assert res.category == ACHIEVED
    assert severity("eurostat", res.category) == -1
    assert unsd_progress(40, 2018, 35, 2023, 30, 2025).category == ACHIEVED
    assert escap_anticipated([2018, 2023], [40, 35], 30, 2025).category == ACHIEVED
    years = list(range(2018, 2024))
    assert destatis_weather(years, [40, 39, 38, 37, 36, 35], 30, 2025).category == ACHIEVED


def test_decrease_is_good_rank():
    # rank 40 -> 30 (lower is better), target rank 20 in 2025
    res = eurostat_growth_ratio(40, 2020, 30, 2023, 20, 2025, direction=-1)
    assert res.score == pytest.approx(0.706, abs=5e-4)
    assert res.category == "moderate_progress"
    assert eurostat_growth_ratio(40, 2020, 15, 2023, 20, 2025, -1).category == ACHIEVED
    assert eurostat_growth_ratio(40, 2020, 45, 2023, 20, 2025, -1).category == "moving_away"
    assert unsd_progress(40, 2020, 30, 2023, 20, 2025, -1).score > 0


def test_target_on_the_bad_side_of_the_base_scores_by_direction():
    # base 50 already met 40; the series fell to 30: moving the bad way scores negative
    res = unsd_progress(50, 2020, 30, 2023, 40, 2025)
    assert res.score < 0 and res.category == "regression"
    gap = escap_anticipated([2020, 2023], [50, 30], 40, 2025)
    assert gap.score > 1 and gap.category == "reverse"


# --- Destatis -----------------------------------------------------------------------------

YEARS6 = list(range(2018, 2024))
RISING = [10.0, 11.0, 12.0, 13.0, 14.0, 15.0]  # +1 a year, 17 expected in 2025


@pytest.mark.parametrize(
    ("target", "category", "score"),
    [
        (17.0, "sun", 0.0),
        (16.0, "sun", -1.0),  # overshoot
        (17.2, "sun_cloud", 0.2 / 2.2),
        (20.0, "cloud", 0.6),
    ],
)
def test_destatis_symbols(target, category, score):
    res = destatis_weather(YEARS6, RISING, target, 2025)
    assert res.projected == pytest.approx(17.0)
    assert res.score == pytest.approx(score)
    assert res.category == category


def test_destatis_thunderstorm_and_direction():
    falling = RISING[::-1]
    assert destatis_weather(YEARS6, falling, 20, 2025).category == "thunderstorm"
    assert destatis_weather(YEARS6, RISING, 5, 2025, direction=-1).category == "thunderstorm"
    assert destatis_weather(YEARS6, falling, 8, 2025, direction=-1).category == "sun"


def test_destatis_uses_only_the_last_five_years():
    older = destatis_weather([2000, 2005, *YEARS6], [900.0, 1.0, *RISING], 20, 2025)
    assert older == destatis_weather(YEARS6, RISING, 20, 2025)


def test_bounded_pct_keeps_a_share_below_100():
    years, shares = [2019, 2021, 2023], [50.0, 70.0, 90.0]
    free = escap_anticipated(years, shares, 99.5, 2035)
    bounded = escap_anticipated(years, shares, 99.5, 2035, bounded_pct=True)
    assert free.projected > 100
    assert 90 < bounded.projected < 100


# --- insufficient data: a verdict with a reason, never an exception ---------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: eurostat_growth_ratio(16, 2023, 20, 2023, 30, 2025),  # base year == latest
        lambda: eurostat_growth_ratio(30, 2020, 20, 2023, 30, 2025),  # target == base
        lambda: eurostat_growth_ratio(0, 2020, 20, 2023, 30, 2025),  # CAGR of zero
        lambda: eurostat_growth_ratio(16, 2020, math.nan, 2023, 30, 2025),
        lambda: unsd_progress(16, 2023, 20, 2023, 30, 2025),
        lambda: unsd_progress(16, 2020, 20, 2023, 16, 2025, -1),
        lambda: escap_anticipated([2023], [20], 30, 2025),
        lambda: escap_anticipated([], [], 30, 2025),
        lambda: escap_anticipated([2020, 2023], [math.nan, 20], 30, 2025),
        lambda: escap_anticipated([2020, 2023], [0.0, 20], 30, 2025, bounded_pct=True),
        lambda: destatis_weather([2021, 2022, 2023], [10, 11, 12], 30, 2025),
        lambda: destatis_weather([2015, 2016, 2022, 2023], [8, 9, 11, 12], 30, 2025),
    ],
)
def test_insufficient_data_is_a_result_with_a_reason(call):
    res = call()
    assert isinstance(res, MethodResult)
    assert res.category == INSUFFICIENT
    assert res.score is None and res.projected is None
    assert len(res.notes) > 10
    assert severity(res.method, res.category) > max(len(c) for c in CATEGORIES.values())


@pytest.mark.parametrize(
    "call",
    [
        lambda: eurostat_growth_ratio(16, 2020, 20, 2023, 30, 2023),  # T == t
        lambda: unsd_progress(16, 2020, 20, 2023, 30, 2020),
        lambda: eurostat_growth_ratio(16, 2020, 20, 2023, 30, 2025, direction=0),
        lambda: escap_anticipated([2020, 2020], [16, 20], 30, 2025),  # duplicate years
        lambda: escap_anticipated([2020, 2021], [16], 30, 2025),  # lengths differ
        lambda: destatis_weather(YEARS6, RISING, 30, 2023),
        lambda: required_cagr(16, 2020, 30, 2020),
    ],
)
def test_programming_errors_raise(call):
    with pytest.raises(ValueError):
        call()


# --- severity and the Destatis "most negative" rule --------------------------------------


def test_severity_order():
    for method, cats in CATEGORIES.items():
        assert [severity(method, c) for c in cats] == list(range(len(cats)))
        assert severity(method, ACHIEVED) < 0 < severity(method, INSUFFICIENT) - len(cats)
    with pytest.raises(ValueError):
        severity("eurostat", "sun")
    with pytest.raises(ValueError):
        severity("oecd", "on_track")


def test_most_negative_keeps_the_worst_bound():
    # a range target 25-30: the lower bound is nearly met, the upper bound is not
    low = destatis_weather(YEARS6, RISING, 17.0, 2025)
    high = destatis_weather(YEARS6, RISING, 20.0, 2025)
    assert most_negative([low, high]) is high
    assert most_negative([high, low]) is high
    with pytest.raises(ValueError):
        most_negative([])
    with pytest.raises(ValueError):
        most_negative([low, eurostat_growth_ratio(16, 2020, 20, 2023, 30, 2025)])


# --- properties ---------------------------------------------------------------------------


@st.composite
def cases(draw, bounded=False):
    """An annual-ish series of positive integers, a target and a later target year."""
    n = draw(st.integers(2, 7))
    steps = draw(st.lists(st.integers(1, 2), min_size=n - 1, max_size=n - 1))
    years = [draw(st.integers(2005, 2015))]
    for s in steps:
        years.append(years[-1] + s)
    hi = 99 if bounded else 1000
    values = draw(st.lists(st.integers(1, hi), min_size=n, max_size=n))
    target = draw(st.integers(1, hi if bounded else 2000))
    T = years[-1] + draw(st.integers(1, 10))
    return years, [float(v) for v in values], float(target), T


def run(method, years, values, target, T, d=1):
    if method in ("eurostat", "unsd"):
        fn = eurostat_growth_ratio if method == "eurostat" else unsd_progress
        return fn(values[0], years[0], values[-1], years[-1], target, T, d)
    if method == "destatis":
        return destatis_weather(years, values, target, T, d)
    weighted = method != "escap_plain"
    return escap_anticipated(
        years, values, target, T, d, weighted=weighted, bounded_pct=method == "escap_logit"
    )


def rank(res):
    return severity(res.method, res.category)


METHODS = ["eurostat", "unsd", "escap", "escap_plain", "destatis"]


@pytest.mark.parametrize("method", [*METHODS, "escap_logit"])
@PROPS
@given(data=st.data())
def test_a_higher_latest_value_is_never_judged_worse(method, data):
    years, values, target, T = data.draw(cases(bounded=method == "escap_logit"))
    bump = data.draw(st.integers(1, 500))
    better = [*values[:-1], values[-1] + bump]
    if method == "escap_logit":
        assume(better[-1] < 100)
    assert rank(run(method, years, better, target, T)) <= rank(
        run(method, years, values, target, T)
    )


@pytest.mark.parametrize("method", METHODS)
@PROPS
@given(data=st.data())
def test_a_lower_latest_rank_is_never_judged_worse(method, data):
    years, values, target, T = data.draw(cases())
    lower = values[-1] - data.draw(st.integers(1, 500))
    assume(lower >= 1)
    better = [*values[:-1], lower]
    assert rank(run(method, years, better, target, T, -1)) <= rank(
        run(method, years, values, target, T, -1)
    )


@pytest.mark.parametrize("method", METHODS)
@PROPS
@given(data=st.data())
def test_categories_do_not_depend_on_the_unit(method, data):
    years, values, target, T = data.draw(cases())
    d = data.draw(st.sampled_from([1, -1]))
    k = data.draw(st.sampled_from([0.5, 2.0, 10.0, 1000.0, 1e6]))
    base = run(method, years, values, target, T, d)
    scaled = run(method, years, [v * k for v in values], target * k, T, d)
    assert scaled.category == base.category
    if base.score is not None:
        assert scaled.score == pytest.approx(base.score, rel=1e-9, abs=1e-12)
        if base.projected is not None:
            assert scaled.projected == pytest.approx(base.projected * k, rel=1e-9)


# --- issue 9: growth targets before their period, thresholds, Destatis for rates -----

from hn4ir_analysis.assess import pace  # noqa: E402
from hn4ir_analysis.assess.methods import destatis_weather as _destatis  # noqa: E402

# Hanoi's real GRDP index 2020-25 (data/processed/hanoi_annual.csv, built from GSO V03.10): 6.54 %/yr
HN_YEARS = [2020, 2021, 2022, 2023, 2024, 2025]
HN_INDEX = [138.4147226, 142.4841154, 155.249344, 164.8841192, 175.661114, 189.9897837]


def test_pace_before_the_period_eurostat_is_recent_over_required():
    res = pace.pace_methods(HN_YEARS, HN_INDEX, 11.0, 5, 1, label="2026-2030")
    a = (189.9897837 / 138.4147226) ** (1 / 5) - 1
    assert a == pytest.approx(0.06539, abs=5e-5)
    r = res["eurostat"]
    assert r.score == pytest.approx(a / 0.11) and 0.55 < r.score < 0.65
    assert r.category == "limited_progress"  # base code: R = 0.748 moderate (blended base)
    assert "2020-2025" in r.notes and "2026-2030" in r.notes


def test_pace_before_the_period_unsd_escap_destatis_hand_computed():
    res = pace.pace_methods(HN_YEARS, HN_INDEX, 11.0, 5, 1)
    a = (189.9897837 / 138.4147226) ** 0.2 - 1
    Fa, Fg = (1 + a) ** 5 - 1, 1.11**5 - 1  # 37.3 % vs 68.5 % over the period
    assert res["unsd"].score == pytest.approx(Fa / Fg) and res["unsd"].category == "fair_progress"
    assert res["destatis"].score == pytest.approx(1 - Fa / Fg)
    assert res["destatis"].category == "cloud"
    assert res["destatis"].projected == pytest.approx(100 * a)  # 6.54, not 4.92
    assert res["escap"].category == "accelerate" and 0 < res["escap"].score < 1


def test_pace_uses_only_the_last_five_years():
    years = [2010, 2015, *HN_YEARS]
    vals = [10.0, 50.0, *HN_INDEX]  # a wild early history must not matter
    assert pace.pace_methods(years, vals, 11.0, 5)["eurostat"].score == pytest.approx(
        pace.pace_methods(HN_YEARS, HN_INDEX, 11.0, 5)["eurostat"].score
    )


def test_pace_meeting_the_required_average_is_on_track():
    vals = [100 * 1.12**i for i in range(6)]
    res = pace.pace_methods(HN_YEARS, vals, 11.0, 5)
    assert res["eurostat"].category == "on_track" and res["destatis"].category == "sun"
    assert res["escap"].category == "maintain" and res["unsd"].category == "on_track"


@pytest.mark.parametrize("fn", [eurostat_growth_ratio, unsd_progress])
def test_gt_at_the_threshold_is_not_achieved(fn):
    # Target.is_met(40) is False for "> 40": the methods must not say "achieved"
    assert fn(30, 2020, 40, 2024, 40, 2030).category == "achieved"
    assert fn(30, 2020, 40, 2024, 40, 2030, strict=True).category != "achieved"


def test_gt_at_the_threshold_series_methods():
    yrs, vals = [2019, 2020, 2021, 2022, 2023, 2024], [30, 32, 34, 36, 38, 40]
    assert escap_anticipated(yrs, vals, 40, 2030, strict=True).category != "achieved"
    assert _destatis(yrs, vals, 40, 2030, strict=True).category != "achieved"
    assert _destatis(yrs, vals, 40, 2030).category == "achieved"


def test_destatis_rate_rule_carries_average_growth():
    # steady 6.54 %/yr: a linear index extrapolation gives 4.92 %/yr, the rate rule 6.54
    lin = _destatis(HN_YEARS, HN_INDEX, 320.1, 2030)
    rate = _destatis(HN_YEARS, HN_INDEX, 320.1, 2030, rate=True)
    a = (189.9897837 / 138.4147226) ** 0.2 - 1
    assert (lin.projected / 189.9897837) ** 0.2 - 1 == pytest.approx(0.0492, abs=5e-4)
    assert rate.projected == pytest.approx(189.9897837 * (1 + a) ** 5)
