"""Reader helpers of notebooks 05 and 06: codes become labels, no Python reprs reach a page."""

import math

import pandas as pd

from hn4ir_analysis.assess import skill
from hn4ir_analysis.views import backtest_tables as n06
from hn4ir_analysis.views import reader_notes, scorecard


def _brier_row(**kw):
    row = {"method": "model", "forecasts": 19, "targets": 10, "targets_achieved": 2, "achieved": 6, "brier": 0.248887,
           "brier_off_track": 0.315789, "skill_vs_off_track": 0.211857, "skill_vs_coin": 0.004451}  # fmt: skip
    row.update(kw)
    return pd.Series(row)


def test_conclusion_case_follows_the_documented_thresholds():
    assert skill.conclusion_case(_brier_row(forecasts=9)) == "few"
    assert skill.conclusion_case(_brier_row(targets=4)) == "few"
    assert (
        skill.conclusion_case(_brier_row(achieved=0, skill_vs_off_track=math.nan)) == "all_missed"
    )
    assert (
        skill.conclusion_case(_brier_row()) == "better_weak"
    )  # +0.21 vs off track, +0.004 vs coin
    assert skill.conclusion_case(_brier_row(skill_vs_coin=0.2)) == "better"
    assert skill.conclusion_case(_brier_row(skill_vs_off_track=-0.1)) == "same"
    assert skill.conclusion_case(_brier_row(skill_vs_off_track=-2.7325)) == "worse"


def test_conclusion_in_both_languages_formats_the_row():
    en = n06.conclusion(_brier_row(), "en")
    vi = n06.conclusion(_brier_row(), "vi")
    assert en.startswith(
        "Model: 19 scored forecasts (6 of achieved targets) of 10 distinct targets (2 achieved): Brier 0.249, "
        "skill +0.21"
    )
    assert "điểm Brier 0,249" in vi and "+0,21" in vi and "Mô hình" in vi
    # the English sentence of assess.skill says the same
    assert "skill +0.21 against 'always off track' and +0.00 against a coin" in skill.conclusion(
        _brier_row()
    )


def test_reader_frame_labels_codes_and_shows_shares_in_percent():
    frame = pd.DataFrame({"scope": ["hanoi", "panel"], "model": ["naive_cagr", "selected"],
                          "coverage": [0.7, 0.25], "pooled_vs_naive": [1.03, 0.66], 3: [1.0, 2.0]})  # fmt: skip
    view, units = n06.reader_frame(frame, "vi")
    assert list(view.columns) == [
        "Số liệu",
        "Mô hình",
        "Nằm trong khoảng 80% của mô hình",
        "Hệ số trôi chung",
        "3 năm",
    ]
    assert view.iloc[0, 0] == "Hà Nội" and view.iloc[1, 1] == "Mô hình được chọn"
    assert view.iloc[:, 2].tolist() == [70.0, 25.0]
    assert units == {"Nằm trong khoảng 80% của mô hình": "%"}


def test_replay_detail_has_words_not_booleans():
    replay = pd.DataFrame({"indicator": ["share_product_taxes", "grdp_growth"], "target_year": [2020, 2019],
                           "as_of": [2019, 2018], "method": ["eurostat", "model"], "category": ["on_track", "likely"],
                           "p_met": [math.nan, 0.7], "outcome": ["missed", "achieved"], "right": [False, True]})  # fmt: skip
    view = n06.replay_detail(replay, "en")
    assert view["Call"].tolist() == ["wrong", "right"]
    assert view["Indicator"].tolist() == ["Product taxes less subsidies share", "Real GRDP growth"]
    assert view["Model probability"].iloc[1] == 70.0


def test_reader_note_turns_codes_and_scientific_notation_into_words():
    text = "ihanoi_accounts 2024: 1.04372e+06 count; labour_productivity_vnd 2011: 124.5 mn_vnd; see data/raw/x_y.csv"
    en = reader_notes.reader_note(text, "en")
    assert en == ("ihanoi accounts 2024: 1,043,720 number; Labour productivity per worker 2011: 124.5 million VND; "
                  "see data/raw/x_y.csv")  # fmt: skip
    assert reader_notes.reader_note(
        "full_online_dossier_share 2025: 18.55 pct; dti_rank 2024: 1 rank", "vi"
    ) == ("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình 2025: 18.55 %; dti rank 2024: 1 thứ hạng")
    vi = reader_notes.reader_note("Judged on grdp_real_index [ets_damped]", "vi")
    assert vi == "Judged on Khối lượng GRDP theo giá so sánh [San bằng mũ xu hướng tắt dần]"


def test_table_rows_turns_nan_into_none():
    rows = scorecard.table_rows(pd.DataFrame({"a": [1.0, math.nan], "b": ["x", None]}))
    assert rows == [{"a": 1.0, "b": "x"}, {"a": None, "b": None}]
    assert scorecard.table_rows(None) == []
