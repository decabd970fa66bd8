"""The one-verdict rule (hn4ir_analysis.assess.headline) and the what-if arithmetic (assess.whatif).

Cases are built by hand from the rule in the module docstring; the what-if numbers are
computed by hand in the comments.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from hn4ir_analysis.assess import headline as H
from hn4ir_analysis.assess import whatif as W


def r(method, category, series="s", p=None, **kw):
    return {
        "target_id": "T",
        "method": method,
        "category": category,
        "series": series,
        "p_met": p,
        **kw,
    }


OFF = [r("eurostat", "moderate_progress"), r("unsd", "limited_progress"), r("escap", "accelerate"),
       r("destatis", "cloud")]  # fmt: skip
ON = [
    r("eurostat", "on_track"),
    r("unsd", "on_track"),
    r("escap", "maintain"),
    r("destatis", "sun"),
]


def test_ex_post_decides_once_the_period_is_over():
    h = H.headline([r("ex_post", "missed"), *ON, r("model", "very_likely", p=0.95)])
    assert (h.verdict, h.rule) == ("missed", "ex_post")
    assert H.headline([r("ex_post", "achieved"), *OFF]).verdict == "achieved"


def test_ex_post_measurements_that_disagree_are_said():
    h = H.headline([r("ex_post", "missed", "a"), r("ex_post", "achieved", "b")])
    assert h.verdict == "methods_disagree" and h.rule == "ex_post"
    assert h.votes == {"ex_post [a]": "missed", "ex_post [b]": "achieved"}


def test_ex_post_without_outcome_does_not_decide():
    h = H.headline([r("ex_post", "insufficient_data"), *OFF])
    assert (h.verdict, h.rule) == ("off_track", "official_agree")


def test_agreeing_official_methods_give_their_side_and_the_model_never_overrides():
    h = H.headline([*OFF, r("model", "very_likely", p=0.97)])
    assert (h.verdict, h.rule) == ("off_track", "official_agree")
    assert h.likelihood == "very_likely" and h.p_met == 0.97  # shown beside, not deciding
    assert H.headline([*ON, r("model", "very_unlikely", p=0.01)]).verdict == "on_track"


def test_methods_without_data_do_not_vote():
    rows = [r("eurostat", "on_track"), r("unsd", "insufficient_data"), r("escap", "maintain"),
            r("destatis", "insufficient_data")]  # fmt: skip
    h = H.headline(rows)
    assert h.verdict == "on_track" and set(h.votes) == {"eurostat", "escap"}


@pytest.mark.parametrize(
    ("p", "verdict", "rule"),
    [(0.66, "on_track", "model_tiebreak"), (0.8, "on_track", "model_tiebreak"),
     (0.5, "methods_disagree", "disagree"), (0.33, "methods_disagree", "disagree"),
     (0.329, "off_track", "model_tiebreak"), (None, "methods_disagree", "disagree")],
)  # fmt: skip
def test_split_methods_the_model_breaks_the_tie_only_when_decisive(p, verdict, rule):
    rows = [r("eurostat", "on_track"), r("unsd", "on_track"), r("escap", "accelerate"),
            r("destatis", "cloud"), r("model", "x", p=p)]  # fmt: skip
    h = H.headline(rows)
    assert (h.verdict, h.rule) == (verdict, rule)


def test_several_series_must_agree_too():
    rows = [r("eurostat", "on_track", "gso"), r("unsd", "on_track", "gso"),
            r("eurostat", "limited_progress", "mic")]  # fmt: skip
    h = H.headline(rows)
    assert h.verdict == "methods_disagree"
    assert h.votes == {
        "eurostat [gso]": "on_track",
        "unsd [gso]": "on_track",
        "eurostat [mic]": "off_track",
    }


def test_too_little_data_and_model_alone():
    none = [r(m, "insufficient_data") for m in ("eurostat", "unsd", "escap", "destatis", "model")]
    assert H.headline(none).verdict == "insufficient_data"
    alone = [*none[:4], r("model", "unlikely", p=0.12)]
    assert (H.headline(alone).verdict, H.headline(alone).rule) == ("off_track", "model_only")
    middling = [*none[:4], r("model", "about_as_likely", p=0.5)]
    assert H.headline(middling).verdict == "insufficient_data"


def test_qualitative_targets():
    assert H.headline([r("evidence", "not_quantifiable")]).verdict == "not_quantifiable"


def test_headlines_reads_a_dataframe_with_missing_values():
    frame = pd.DataFrame([r("ex_post", "missed"), {**r("eurostat", "on_track"), "target_id": "U"}])
    frame["p_met"] = frame["p_met"].astype(float)
    frame["latest_year"] = pd.array([2025, None], dtype="Int64")
    out = H.headlines(frame)
    assert out["T"].verdict == "missed" and out["U"].verdict == "on_track"
    assert out["U"].row["latest_year"] is None


def test_sides_of_the_official_categories():
    assert H.side("sun") == "on_track" and H.side("sun_cloud") == "off_track"
    assert H.side("insufficient_data") is None and H.side(None) is None


# ------------------------------------------------------------------- what if

SHARE = dict(target_id="D", kind="share", comparison="gt", low=40.0, high=None, target_year=2030, unit="pct_of_grdp",
             base_year=2024, base_value=16.25, latest_year=2025, latest_value=17.34,
             required_growth=None)  # fmt: skip


def test_needed_growth_is_the_cagr_to_the_threshold():
    # (40 / 17.34) ** (1/5) - 1 = 0.18196
    assert W.needed(SHARE) == pytest.approx(18.1958, abs=1e-3)
    assert W.needed({**SHARE, "required_growth": 18.0}) == 18.0  # the assessment's own figure wins


def test_share_scenario_value_met_and_year_reached():
    # shares move by points a year: 17.34 + 4.5 * 5 = 39.84 (not > 40); 17.34 + 4.5 n > 40
    # from n = 6 (44.34) -> 2031
    s = W.scenario(SHARE, 4.5)
    assert s.value == pytest.approx(39.84) and not s.met and s.year_reached == 2031
    assert s.rate_unit == "points_per_year" and s.unit == "pct_of_grdp"
    # the relative growth of the share it amounts to: (39.84 / 17.34) ** (1/5) - 1 = 18.1 %
    assert s.relative == pytest.approx(100 * ((39.84 / 17.34) ** 0.2 - 1))
    s = W.scenario(SHARE, 5.0)  # 42.34 > 40 in 2030; first year: 17.34 + 5 n > 40 from n = 5
    assert s.value == pytest.approx(42.34) and s.met and s.year_reached == 2030
    assert [x.rate for x in W.scenarios(SHARE)] == list(W.SHARE_SCENARIOS)


def test_share_is_capped_at_100_percent():
    assert W.scenario({**SHARE, "target_year": 2060}, 4.5).value == 100.0


def test_pace_and_year_reached_at_the_current_pace():
    p = W.pace(SHARE)
    # 17.34/16.25 - 1 = 6.708 %/yr; 1.09 points/yr; a share is reached at the points pace the
    # reader is shown: 17.34 + 1.09 n > 40 from n = 21 (-> 2046)
    assert p.growth == pytest.approx(6.7077, abs=1e-3)
    assert p.points == pytest.approx(1.09)
    n = math.ceil((40 - 17.34) / 1.09 + 1e-9)
    assert p.year_reached == 2025 + n == 2046


def test_average_growth_scenario_compounds_observed_and_assumed_years():
    row = dict(target_id="P", kind="average_growth", comparison="between", low=7.0, high=7.5,
               target_year=2030, period_start=2026, period_end=2030, base_year=2025,
               base_value=None, latest_year=2027, latest_value=6.0, required_growth=8.0)  # fmt: skip
    # two years at 6 %, three at 8 %: (1.06**2 * 1.08**3) ** (1/5) - 1 = 7.1964 %
    s = W.scenario(row, 8.0)
    assert s.value == pytest.approx(7.1964, abs=1e-3) and s.met
    assert not W.scenario(row, 6.5).met  # (1.06**2*1.065**3)**0.2-1 = 6.30 %
    assert W.needed(row) == 8.0


def test_unusable_rows_give_no_scenarios():
    assert W.scenarios({**SHARE, "latest_value": None}) == []
    assert W.scenarios({"kind": "qualitative", "low": None}) == []


def test_rows_mixing_releases_are_set_aside_when_one_release_judges():
    mixed = "pace 2024-2025; values from different releases (city 2025-01; city 2026-01)"
    rows = [r(m, "on_track", series="city", notes=mixed) for m in ("eurostat", "unsd")]
    rows += [
        r("eurostat", "limited_progress", series="release"),
        r("unsd", "limited_progress", series="release"),
    ]
    h = H.headline(rows)
    assert (h.verdict, h.series) == ("off_track", "release")
    # with nothing else to go on, the mixed rows still speak (and their notes say so)
    assert H.headline(rows[:2]).verdict == "on_track"
