"""Notebook 03's tables in words: no True/False, no codes, years as text, headers in the language."""

import dataclasses

import pandas as pd

from hn4ir_analysis.views import i18n
from hn4ir_analysis.views import productivity_reader as reader


def _frame():
    return pd.DataFrame({
        "construction": ["bridged_flat", "survey_release"],
        "lf_start_year": [2020, 2019],
        "estimate": [5.19, 6.2],
        "in_headline": [True, False],
        "source_ids": ["A", "B"],
    })  # fmt: skip


def test_booleans_codes_years_and_headers_vi():
    out = reader.reader_frame(_frame(), "vi")
    assert list(out.columns) == [
        "Cách tính",
        "Năm đầu của LLLĐ",
        "Ước tính (%/năm)",
        "Đưa vào kết luận chính",
    ]
    assert list(out["Đưa vào kết luận chính"]) == ["có", "không"]
    assert list(out["Cách tính"]) == ["Nối chuỗi, giữ nguyên năm 2021", "Theo điều tra"]
    assert list(out["Năm đầu của LLLĐ"]) == ["2020", "2019"]  # not "2,020"


def test_english_words():
    out = reader.reader_frame(_frame(), "en")
    assert list(out["In the headline"]) == ["yes", "no"]
    assert "source_ids" not in out and "Source IDs" not in out


def test_scenarios_targets_and_published_values():
    frame = pd.DataFrame({
        "path": ["0.5 %/yr", "labour force 2020-25, lowest", "fastest year (2022)", "2016-2020"],
        "target_id": ["KH205_2025_labour_productivity", "DH18DRAFT_2030_labour_productivity_s1",
                      "NQ15_2030_labour_productivity", "KH76_2030_labour_productivity"],
        "published": [5.8, 6.15, 4.9, 5.24],
        "category": ["missed", "missed", "missed", "missed"],
    })  # fmt: skip
    vi = reader.reader_frame(frame, "vi")
    assert list(vi.iloc[:, 0]) == [
        "0,5%/năm",
        "lực lượng lao động 2020-25, thấp nhất",
        "năm cao nhất (2022)",
        "2016-2020",
    ]
    assert list(vi["Mục tiêu"]) == ["KH205, 2025", "DH18DRAFT s1, 2030", "NQ15, 2030", "KH76, 2030"]
    assert "Số công bố" in vi  # a published figure, not "Ngày công bố" (a date)
    assert set(vi["Đánh giá"]) == {i18n.verdict("missed", "vi")} and "missed" not in set(
        vi["Đánh giá"]
    )
    en = reader.reader_frame(frame, "en")
    assert list(en.iloc[:, 0])[0] == "0.5 %/yr"
    assert set(en["Verdict"]) == {i18n.verdict("missed", "en")} != {"missed"}


def test_year_columns_with_missing_values():
    frame = pd.DataFrame({"year_reached": pd.array([2057, None], dtype="Int64")})
    assert list(reader.reader_frame(frame, "vi").iloc[:, 0]) == ["2057", "–"]


def test_plain_replaces_series_and_unit_codes():
    text = "1 observation(s) of digital_econ_share_gso; 17.34 against ≈ 30 pct_of_grdp"
    assert reader.plain(text, "en") == "1 observation(s) of GSO method; 17.34 against ≈ 30%"


def test_constructions_and_checks_are_worded_in_the_page_language():
    """As of 2025: each construction's assumptions in English are the package's own text (one
    wording, not two that drift); the Vietnamese page words them and the cross-checks in
    Vietnamese (it printed the package's English)."""
    import re

    from hn4ir_analysis.assess import productivity as est_mod
    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import productivity_checks

    data = prepare(2025)
    est = est_mod.estimate(data)
    cons = est.constructions
    assert len(cons) == 5
    for row in cons.itertuples():
        assert reader.assumptions(row.construction, row.assumption_args, "en") == row.assumptions
    bridged = cons.set_index("construction").loc["bridged_trend"]
    assert bridged["assumption_args"]["ratio"] == bridged["lf_start"] / 4124.62  # GSO 2020
    vi = reader.reader_frame(cons, "vi")
    assert "assumption_args" not in vi and "assumption_args" not in reader.reader_frame(cons, "en")
    english = re.compile(r"\b(the|of|to|at|from|no|not|by|as)\b")
    checks = productivity_checks.cross_checks(data, est, "vi")
    for text in [*vi.iloc[:, -1], *checks["explanation"]]:
        assert not english.search(text), text
    assert "tỷ số năm trùng 2021 0,9496" in " ".join(vi.iloc[:, -1])
    en_checks = " ".join(productivity_checks.cross_checks(data, est, "en")["explanation"])
    assert "divided by the employment that 291.3 implies gives 188.1" in en_checks
    assert "the current-price levels 124.5 → 291.3 grow 8.03 %/yr, so 5.24 is a real" in en_checks


def test_checks_without_the_city_levels_print_a_dash():
    """The 2012-22 check quotes the two city levels (W3-HN-LPV-2011/2022-01); a view without
    them gives "–" for the nominal pace instead of failing."""
    from hn4ir_analysis.assess import productivity as est_mod
    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import productivity_checks

    data = prepare(2025)
    keep = ~data.observations["obs_id"].isin(["W3-HN-LPV-2011-01", "W3-HN-LPV-2022-01"])
    trimmed = dataclasses.replace(data, observations=data.observations[keep])
    checks = productivity_checks.cross_checks(trimmed, est_mod.estimate(data), "en")
    row = checks[checks["check"] == "average 2012-22"].iloc[0]
    assert "the current-price levels – → – grow – %/yr, so 5.24 is a real" in row["explanation"]
