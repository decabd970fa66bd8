"""The answer page's content (views.overview), the reader's tables (views.notebook.table) and
the scorecard panels (views.fan_panels.panels) on the shipped data."""

from __future__ import annotations

import pandas as pd
import pytest

from hn4ir_analysis.assess.verdicts import assess
from hn4ir_analysis.data import targets as tg
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import fan_panels, notebook, overview, spark, target_words
from hn4ir_analysis.views.scorecard import table_rows as _rows

PLAN = {"KH205_2025_digital_econ_share", "KH205_2030_digital_econ_share",
        "KH205_2025_labour_productivity", "KH205_2030_labour_productivity"}  # fmt: skip


@pytest.fixture(scope="module")
def data():
    return prepare(2025)


@pytest.fixture(scope="module")
def answer_en(data):
    rows = _rows(pd.concat([assess(y, 2025) for y in (2025, 2030, 2045)], ignore_index=True))
    return overview.overview(rows, data.targets, "en", 2025)


def _all(answer):
    lines = [*answer["plan"], *answer["plan_goals"], *answer["hanoi_goals"]]
    return lines + [x for part in ("hanoi", "vietnam") for ls in answer[part].values() for x in ls]


def test_plan_205_first_and_places_apart(answer_en):
    assert {line["target_id"] for line in answer_en["plan"]} == PLAN
    assert all(x["target"].place == "Vietnam" for ls in answer_en["vietnam"].values() for x in ls)
    assert all(x["target"].place == "Hanoi" for ls in answer_en["hanoi"].values() for x in ls)


def test_one_line_per_restatement_group(answer_en, data):
    lines = _all(answer_en)
    groups = tg.group_restated([t for t in data.targets if t.target_year in (2025, 2030, 2045)])
    shown = [line["target_id"] for line in lines]
    assert len(shown) == len(set(shown))
    for g in groups:  # every group is on the page once, by its lead or by its Plan 205 member(s)
        ids = {m.target_id for m in g.members}
        assert 1 <= len(ids & set(shown)) <= max(1, sum(i.startswith("KH205_") for i in ids)), (
            g.group_id
        )


def test_plan_rows_say_why_in_numbers(answer_en):
    by_id = {line["target_id"]: line for line in answer_en["plan"]}
    d25 = by_id["KH205_2025_digital_econ_share"]
    assert d25["verdict"] == "Missed" and "17.3 % of GRDP in 2025 (estimate)" in d25["reason"]
    d30 = by_id["KH205_2030_digital_econ_share"]
    # (40 / 17.34) ** (1/5) - 1 = 18.2 %/yr needed; on the same-release series (15.37 in
    # 2020, 17.34 in 2025) +0.39 points/yr, 40 % reached in 2025 + ceil(22.66/0.394) = 2083;
    # the city series mixing two releases (+1.09 from 16.25) decides nothing
    assert d30["verdict"] == "Off track"
    # a share needs points a year: (40 - 17.34) / 5 = 4.53; at the compound rate of the same
    # two values (2.44 %/yr) 40 % comes in 2060
    assert "needs 4.53 points/yr" in d30["reason"] and "+0.4 points/yr" in d30["reason"]
    assert (
        "reached in 2083" in d30["reason"]
        and "2060 at the compound rate of 2.4 %/yr" in d30["reason"]
    )
    assert d30["restated"] == 2 and d30["history"]  # later reset by a newer document
    assert [w["growth"] for w in d30["whatif"]] == [
        "+0.5 points/yr", "+1.0 points/yr", "+2.5 points/yr", "+4.5 points/yr"]  # fmt: skip


def test_vietnamese_lines(data):
    rows = _rows(assess(2030, 2025))
    vi = overview.overview(rows, data.targets, "vi", 2025)
    d30 = next(x for x in vi["plan"] if x["target_id"] == "KH205_2030_digital_econ_share")
    assert d30["verdict"] == "Chệch lộ trình"
    assert d30["name"] == "Tỷ trọng kinh tế số > 40 % GRDP, 2030"
    assert "17,3 % GRDP năm 2025" in d30["reason"] and "cần 4,53 điểm %/năm" in d30["reason"]


def test_threshold_text_and_spark():
    t = tg.Target("X", "HN", "labour_productivity_growth_avg", "average_growth", "between", 7.0, 7.5, "pct",
                  2025, 2021, 2025, "d", "2020", "", "", "s", "u")  # fmt: skip
    assert target_words.threshold_text(t, "en") == "7–7.5 %/yr"
    assert target_words.threshold_text(t, "vi") == "7–7,5 %/năm"
    svg = spark.spark_svg({2024: 16.25, 2025: 17.34}, (40.0,), "a <b>")
    assert (
        svg.startswith("<svg")
        and "<polyline" in svg
        and "<script" not in svg
        and "a &lt;b&gt;" in svg
    )
    assert spark.spark_svg({}, None, "x") == ""


def test_reader_table_has_no_index_no_reprs(capsys):
    frame = pd.DataFrame({"Mục tiêu": ["a", "b"], "Giá trị": [1587379.0, 17.34], "Đạt": [True, False],
                          "p": [None, 0.5]})  # fmt: skip
    notebook.table(frame, lang="vi", units={"Giá trị": "% GRDP"})
    out = capsys.readouterr().out
    assert "Giá trị (% GRDP)" in out and "1.587.379" in out and "17,3" in out and "0,50" in out
    assert "không đạt" in out and "True" not in out and "nan" not in out.lower()
    assert "0 " not in out.splitlines()[1][:2]  # no index column


def test_panels_one_per_distinct_series(data):
    targets = [t for t in data.targets if t.target_year == 2030]
    panels = fan_panels.panels(targets, data, confidence=0.8)
    keys = [p.key for p in panels]
    assert len(keys) == len(set(keys))
    assert {"digital_econ_share", "grdp_growth", "labour_productivity"} <= set(keys)
    growth = next(p for p in panels if p.key == "grdp_growth")
    assert growth.how == "rate"
    assert all(
        2 <= low <= 15 for _, _, low, _, _ in growth.targets
    )  # drawn as %/yr, not index levels
    assert len(growth.targets) == len(set(growth.targets))
