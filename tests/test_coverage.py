"""hn4ir_analysis.views.coverage and .reader_tables on the shipped data: coverage cells, conflicts, breaks, gaps, sources.

Numbers are pinned to data/raw (README §4-§7 of data/raw/hn4ir and data/raw/gso).
"""

from __future__ import annotations

import pandas as pd
import pytest

from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import coverage, reader_tables


@pytest.fixture(scope="module")
def data():
    return prepare(2025)


@pytest.fixture(scope="module")
def log(data):
    return coverage.as_of_log(data)


def _row(frame: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for col, value in where.items():
        mask &= frame[col] == value
    rows = frame[mask]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_as_of_log_keeps_every_candidate_up_to_as_of(data, log):
    hn = log[(log["geo"] == "HN") & (log["indicator"] == "grdp_growth") & (log["year"] == 2020)]
    assert len(hn) == 8 and hn["chosen"].sum() == 1
    assert log["year"].max() <= 2025
    # as of 2022 the GSO table V03.10 (stamped 2026-08-15) is not yet published
    old = coverage.as_of_log(prepare(2022))
    assert not old["obs_id"].str.startswith("GSO-V03.10-").any()
    chosen = _row(old[old["chosen"]], geo="HN", indicator="grdp_growth", year=2020)
    assert chosen["value"] == pytest.approx(4.18) and chosen["vintage"] == "revised"


def test_coverage_matrix_cells(data, log):
    m = coverage.coverage_matrix(data.annual, "HN", log=log, indicators=coverage.CORE_INDICATORS)
    g = m.set_index("indicator")
    assert list(m.columns) == ["indicator", *map(str, range(2010, 2026))]
    assert g.at["grdp_growth", "2020"] == "8f"  # 8 candidates, official (V03.10)
    assert g.at["grdp_growth", "2016"] == "6ro"  # restated current value, old-basis rivals
    assert g.at["grdp_growth", "2017"] == "3eo"
    assert g.at["grdp_growth", "2024"] == "6p" and g.at["grdp_growth", "2025"] == "6e"
    assert g.at["grdp_current_prices", "2023"] == coverage.EMPTY
    assert g.at["labour_force", "2021"] == "2p"
    # without the log only the chosen value's basis can mark "o"
    plain = coverage.coverage_matrix(data.annual, "HN", indicators=["grdp_growth"])
    assert plain.set_index("indicator").at["grdp_growth", "2016"] == "6r"
    assert plain.set_index("indicator").at["grdp_growth", "2015"] == "1eo"


def test_coverage_counts_agree_with_the_log(data, log):
    counts = coverage.coverage_counts(data.annual, log, "HN").set_index("count")["n"]
    assert counts["candidate figures (annual)"] == int((log["geo"] == "HN").sum())
    hn = data.annual[(data.annual["geo"] == "HN") & (data.annual["kind"] == "observed")]
    assert counts["indicator-years with a chosen value"] == len(hn)
    assert (
        counts["... of which the candidates differ"]
        <= counts["indicator-years with more than one candidate"]
    )
    vi = coverage.coverage_counts(data.annual, log, "HN", lang="vi")
    assert list(vi["n"]) == list(counts)


def test_conflicts_pinned_to_the_readme(log):
    c = coverage.conflicts(log, "HN", top=None)
    g2020 = _row(c, indicator="grdp_growth", year=2020)
    assert g2020["sequence"] == "3.94 → 3.98 → 4.18 → 4.11"
    assert g2020["n_candidates"] == 8 and g2020["spread"] == pytest.approx(0.24)
    assert g2020["chosen"] == pytest.approx(4.11) and g2020["vintage"] == "official"
    assert _row(c, indicator="grdp_growth", year=2022)["sequence"] == "8.89 → 8.29 → 8.96"
    assert "971,700 → 1,024,000" in _row(c, indicator="grdp_current_prices", year=2019)["sequence"]
    assert (c["spread"] > 0).all() and (c["n_candidates"] > 1).all()
    assert c["rel_spread_pct"].is_monotonic_decreasing
    top = coverage.conflicts(log, "HN", top=10)
    assert len(top) == 10
    assert (top.iloc[0]["indicator"], top.iloc[0]["year"]) == ("labour_productivity_vnd", 2022)
    assert top.iloc[0]["sequence"] == "188.1 → 291.3 → 304.1"  # release 3 adds 291.3


def test_method_breaks(data):
    hn = coverage.method_breaks(data.annual, "HN")
    lf = _row(hn, indicator="labour_force", year=2021)
    assert lf["prev_value"] == pytest.approx(4124.62) and lf["value"] == pytest.approx(3939.9)
    assert lf["change_pct"] == pytest.approx(-4.478, abs=1e-3)
    assert "ICLS-19" in lf["break_before"]
    vn = _row(coverage.method_breaks(data.annual, "VN"), indicator="labour_force", year=2021)
    assert vn["change_pct"] == pytest.approx(-7.81, abs=0.01)
    assert "re-assessed" in _row(hn, indicator="grdp_per_capita_vnd", year=2019)["break_before"]
    assert pd.isna(
        _row(hn, indicator="grdp_growth", year=2016)["change_pct"]
    )  # a rate: no level change


def test_basis_overlaps_show_the_two_2017_growth_figures(log):
    b = coverage.basis_overlaps(log, "HN")
    r = _row(b, indicator="grdp_growth", year=2017)
    assert (r["old_basis"], r["current"], r["chosen"]) == ("8.5", "7.3, 7.31", 7.3)


def test_gaps(data):
    g = coverage.gaps(
        data.annual, "HN", ["grdp_current_prices", "grdp_growth", "employed"], 2010, 2025
    )
    g = g.set_index("indicator")
    assert g.at["grdp_current_prices", "missing"] == "2010–2018, 2023"
    assert g.at["grdp_growth", "years"] == "2016–2025" and g.at["grdp_growth", "n_years"] == 10
    assert g.at["employed", "years"] == coverage.EMPTY  # the one 2024 figure has an unknown basis


def test_sources_by_publisher_accounts_for_every_figure(data):
    s = coverage.sources_by_publisher(data.observations, data.sources, data.annual, "HN", top=None)
    n_hn = int((data.observations["geo"] == "HN").sum())
    assert s["figures"].sum() == n_hn
    assert (s[["high", "medium", "low"]].sum(axis=1) == s["figures"]).all()
    assert (s["chosen"] <= s["figures"]).all()
    assert s["figures"].is_monotonic_decreasing


def test_series_table_digital_economy(data):
    inds = ["digital_econ_share_gso", "digital_econ_share_mic", "digital_econ_share"]
    w = coverage.series_table(data.annual, inds, ["HN", "VN"], 2020, 2025).set_index(
        ["geo", "indicator"]
    )
    assert w.at[("HN", "digital_econ_share_mic"), "2022"] == pytest.approx(17.15)
    assert w.at[("HN", "digital_econ_share_gso"), "2023"] == pytest.approx(15.85)
    assert w.at[("VN", "digital_econ_share_mic"), "2022"] == pytest.approx(14.26)


def test_labelled_translates_known_columns_only():
    frame = pd.DataFrame(columns=["year", "met", "no_such_column"])
    assert list(reader_tables.labelled(frame, "en").columns) == ["year", "met", "no_such_column"]
    assert list(reader_tables.labelled(frame, "vi").columns) == ["năm", "đạt", "no_such_column"]
    words = pd.DataFrame({"met": ["yes", "no; exceeded", "–", None]})
    assert list(reader_tables.labelled(words, "en")["met"])[:3] == ["yes", "no; exceeded", "–"]
    assert list(reader_tables.labelled(words, "vi")["đạt"])[:3] == [
        "đạt",
        "không đạt; vượt mục tiêu",
        "–",
    ]


def test_cite_keeps_order_and_falls_back_to_the_producer(data):
    c = coverage.cite(
        data.observations, data.sources, ["HN-GRDPG-2020-03", "", "GSO-V02.34-HN-2021"]
    )
    assert list(c["obs_id"]) == ["HN-GRDPG-2020-03", "GSO-V02.34-HN-2021"]
    assert c["publisher"].iloc[0] == "VietReader (mirror of English news)"
    assert c["publisher"].iloc[1] == "GSO, PX-Web table V02.34"  # no sources.csv row: the producer
    assert c["source_url"].iloc[0].startswith("https://m.vietreader.com/")


def test_for_reader_names_codes_translates_words_and_keeps_years_as_text():
    import pandas as pd

    from hn4ir_analysis.views import reader_tables

    frame = pd.DataFrame({"geo": ["HN"], "indicator": ["grdp_growth"], "year": [2022], "unit": ["pct"],
                          "vintage": ["early_estimate"], "sequence": ["8.89 → 8.29 → 8.96"],
                          "reason": ["lower basis (old_basis vs current of HN-GRDPG-2017-01)"]})  # fmt: skip
    vi = reader_tables.for_reader(frame, "vi")
    row = vi.iloc[0].to_dict()
    assert row == {"địa bàn": "Hà Nội", "chỉ tiêu": "Tốc độ tăng GRDP (giá so sánh)", "năm": "2022",
                   "đơn vị": "%", "loại số liệu": "ước tính sớm",
                   "giá trị theo ngày công bố": "8,89 → 8,29 → 8,96",
                   "lý do loại giá trị xa nhất": "phương pháp kém ưu tiên hơn (phương pháp cũ so với hiện hành của HN-GRDPG-2017-01)"}  # fmt: skip
    en = reader_tables.for_reader(frame.drop(columns="unit"), "en")
    assert (
        en.loc[0, "indicator"] == "Real GRDP growth (%)"
    )  # no unit column: the unit goes in the name
    assert (
        en.loc[0, "why the farthest value lost"]
        == "lower basis (old basis vs current of HN-GRDPG-2017-01)"
    )


def test_authority_by_vintage_counts_in_order():
    import pandas as pd

    from hn4ir_analysis.views import coverage

    log = pd.DataFrame(
        {"authority": ["high", "high", "low"], "vintage": ["official", "estimate", "estimate"]}
    )
    out = coverage.authority_by_vintage(log, "en")
    assert list(out.columns) == ["authority", "estimate", "official"]
    assert out.values.tolist() == [["high", 1, 1], ["medium", 0, 0], ["low", 1, 0]]


def test_show_keys_units_and_decimals_by_the_frames_own_columns(capsys):
    import pandas as pd

    from hn4ir_analysis.views import reader_tables

    reader_tables.show(pd.DataFrame({"year": [2025], "value": [179.25]}), lang="vi", units={"value": "triệu đồng"},
                  decimals={"value": 2})  # fmt: skip
    out = capsys.readouterr().out
    assert (
        "giá trị (triệu đồng)" in out and "179,25" in out and "2025" in out and "2.025" not in out
    )


def test_break_text_translates_each_part_and_keeps_unknown_parts():
    from hn4ir_analysis.views import reader_tables

    text = "GRDP scale re-assessed from 2019 (levels before and after not comparable); basis changes (old_basis → current)"
    assert reader_tables.break_text(text, "vi") == (
        "quy mô GRDP được đánh giá lại từ 2019 (mức trước và sau không so sánh được); "
        "đổi phương pháp (phương pháp cũ → hiện hành)"
    )
    assert reader_tables.break_text("a new note", "vi") == "a new note"
