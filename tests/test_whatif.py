"""Issue 16: the what-if on every kind of target, and one year-reached rule everywhere.

Each test fails on the code before issue 16: the what-if read the productivity index level
(128.0, 2020 = 100) as the average growth so far ("5 %/yr → 54.7 %/yr — met"); notebook 04
and the front page answered "year reached" by two different rules (2057 vs 2058 for 30 %).
"""

import pandas as pd
import pytest

from hn4ir_analysis.assess import reach, whatif
from hn4ir_analysis.assess.verdicts import assess
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import digital_targets, overview, scorecard, whatif_lines, whatif_table


@pytest.fixture(scope="module")
def frame2030():
    return assess(2030, 2025)


@pytest.fixture(scope="module")
def data():
    return prepare(2025)


def _rows(frame, tid):
    return [r for r in scorecard.table_rows(frame) if r["target_id"] == tid]


def test_kh205_productivity_2026_30_scenarios_are_period_averages(frame2030, data):
    # > 7.5 %/yr over 2026-30, a period not yet started: a scenario rate for each of its five
    # years gives that rate as the average: 5 not met, 8 and 10 met.
    ans = overview.overview(scorecard.table_rows(frame2030), data.targets, "en", 2025)
    line = next(x for x in ans["plan"] if x["target_id"] == "KH205_2030_labour_productivity")
    got = {
        s.rate: s
        for s in whatif_lines.whatif_scenarios(line["target"], line["whatif_row"], [5, 8, 10])
    }
    assert got[5].value == pytest.approx(5.0) and got[5].status == "not_met"
    assert got[8].value == pytest.approx(8.0) and got[8].status == "met"
    assert got[10].value == pytest.approx(10.0) and got[10].status == "met"
    assert all(s.unit == "pct_per_year" and s.year_reached is None for s in got.values())
    words = [
        w["value"] for w in whatif_lines.whatif_rows(line["target"], line["whatif_row"], "en", [5])
    ]
    assert words == ["5.00 %/yr (period average)"]


def test_period_under_way_compounds_the_growth_so_far(frame2030, data):
    # QH1569: 8.5-9.5 %/yr over 2021-30; 2021-25 averaged 6.539 %/yr; 10 %/yr in 2026-30 gives
    # (1.06539^5 * 1.10^5)^(1/10) - 1 = 8.256 %/yr: not met
    rows = _rows(frame2030, "QH1569_2030_grdp_growth")
    base = whatif_lines.whatif_base(rows, overview.headline(rows))
    s = whatif.scenario(base, 10.0, "increase_good")
    assert s.value == pytest.approx(100 * ((1.06539239**5 * 1.1**5) ** 0.1 - 1), abs=1e-4)
    assert s.status == "not_met"


def test_overshooting_a_range_where_more_is_better_is_exceeded():
    row = dict(target_id="G", kind="average_growth", comparison="between", low=7.5, high=8.0,
               target_year=2025, period_start=2021, period_end=2025, base_year=2020,
               latest_year=2020, latest_value=None)  # fmt: skip
    assert whatif.scenario(row, 10.0, "increase_good").status == "exceeded"
    assert whatif.scenario(row, 7.8, "increase_good").status == "met"
    assert whatif.scenario(row, 10.0, "none").status == "not_met"  # no better side: a miss


def test_shares_move_by_points():
    row = dict(target_id="S", kind="share", comparison="gt", low=40.0, high=None, unit="pct_of_grdp",
               target_year=2030, base_year=2020, base_value=15.37165, latest_year=2025, latest_value=17.34)  # fmt: skip
    s = whatif.scenario(row, 1.0)
    assert s.rate_unit == "points_per_year" and s.value == pytest.approx(22.34)
    assert whatif.needed_points(row) == pytest.approx((40 - 17.34) / 5)


def test_one_year_reached_rule_for_notebook_04_and_the_front_page(data, frame2030):
    # notebook 04's table and the front page's reason line agree, target by target
    nb04 = digital_targets.year_reached(data.annual, data.targets, 2025).set_index("target_id")
    ans = overview.overview(scorecard.table_rows(frame2030), data.targets, "en", 2025)
    checked = 0
    for line in ans["plan"] + [x for part in ans["hanoi"].values() for x in part]:
        tid = line["target_id"]
        if tid not in nb04.index or line["series"] != "digital_econ_share_release2025":
            continue
        p = whatif.pace(line["headline"].row)
        assert p.year_reached == nb04.loc[tid, "year_reached"], tid
        assert p.year_reached_compound == nb04.loc[tid, "year_reached_compound"], tid
        assert f"reached in {p.year_reached}" in line["reason"]
        checked += 1
    assert checked >= 2
    # the years of the issue, by one rule: ≥ 30 % 2058, ≈ 35 % 2066, > 40 % 2083
    assert nb04.loc["KH239_2025_digital_econ_share", "year_reached"] == 2058
    assert nb04.loc["KH345_2030_digital_econ_share", "year_reached"] == 2066
    assert nb04.loc["KH205_2030_digital_econ_share", "year_reached"] == 2083


def test_reach_is_the_first_calendar_year_at_the_threshold():
    # 17.34 + 0.39367 n ≥ 30 first at n = 33 (29.99 at n = 32): 2058, not 2057
    assert reach.year_reached(2025, 17.34, 30.0, 0.39367) == 2058
    assert reach.value_at(17.34, 0.39367, 32) < 30 <= reach.value_at(17.34, 0.39367, 33)
    assert reach.year_reached(2025, 17.34, 40.0, 0.39367, strict=True) == 2083
    assert reach.year_reached(2025, 17.34, 40.0, 2.439, basis="compound") == 2060
    assert reach.year_reached(2025, 17.34, 40.0, -0.1) is None
    assert reach.threshold("approx", 35.0) == pytest.approx(33.25)
    assert reach.year_reached(2025, 10.0, 5.0, -1.0, decreasing=True) == 2030


def test_whatif_csv_is_for_machines_and_the_same_in_both_languages(frame2030, data):
    out = {}
    for lang in ("en", "vi"):
        ans = overview.overview(scorecard.table_rows(frame2030), data.targets, lang, 2025)
        out[lang] = whatif_table.whatif_csv_frame(ans, 2030)
    pd.testing.assert_frame_equal(out["en"], out["vi"])
    f = out["en"]
    assert list(f.columns) == ["target_id", "scenario", "scenario_unit", "value_in_target_year",
                               "unit", "met", "year_reached"]  # fmt: skip
    assert set(f["met"]) <= {"met", "exceeded", "not_met"}
    assert set(f["scenario_unit"]) <= {"pct_per_year", "points_per_year"}
    kh = f[f["target_id"] == "KH205_2030_labour_productivity"].set_index("scenario")
    assert kh.loc[5.0, "met"] == "not_met" and kh.loc[8.0, "met"] == "met"
    text = f.to_csv(index=False)
    assert "," in text and not any(
        c.isalpha() for c in f["value_in_target_year"].astype(str).str.replace("e", "").str.cat()
    )


def test_report_writes_the_same_whatif_csv_in_both_languages(frame2030, tmp_path):
    from hn4ir_analysis.assess.verdicts import to_records
    from hn4ir_analysis.report import index_pages

    rows = to_records(frame2030)
    texts = {}
    for lang in ("en", "vi"):
        folder = tmp_path / lang
        folder.mkdir()
        index_pages._answer(rows, {"lang": lang, "as_of": 2025}, folder)
        texts[lang] = (folder / "whatif.csv").read_text(encoding="utf-8")
        verdicts = pd.read_csv(folder / "verdicts.csv")
        assert list(verdicts.columns[:6]) == ["target_id", "place", "target_year", "verdict_code",
                                              "rule", "documents"]  # fmt: skip
    assert texts["en"] == texts["vi"]
    head, *lines = texts["en"].splitlines()
    assert head == "target_id,scenario,scenario_unit,value_in_target_year,unit,met,year_reached"
    kh = [x for x in lines if x.startswith("KH205_2030_labour_productivity,")]
    assert kh[0].split(",")[1:] == ["5.0", "pct_per_year", "5.0", "pct_per_year", "not_met", ""]
