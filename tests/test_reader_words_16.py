"""Issue 16 §7: words a reader sees — evidence without codes, Vietnamese without English or dots."""

from __future__ import annotations

import re

import pytest

from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import evidence_words as E

EGOV = ("dti_digital_gov_rank 2022: 40 rank; ihanoi_accounts 2024: 1.04372e+06 count; "
        "innovative_startups 2024: 1000 count; full_online_dossier_share 2025: 18.55 pct; "
        "4 dated milestone(s); gap: no Hanoi open-data portal found (only the national portal)")  # fmt: skip


@pytest.fixture(scope="module")
def data():
    return prepare(2025)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_evidence_has_no_codes(data, lang):
    text = E.evidence_text(EGOV, lang, E.labels(data.indicators, lang))
    for code in ("dti_digital_gov_rank", "ihanoi_accounts", "40 rank", "1000 number", "milestone(s)",
                 "gap:", "e+06", " pct", "0 count", "6 count"):  # fmt: skip
        assert code not in text
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text)  # no snake_case code left
    if lang == "en":
        assert "Rank on the DTI digital-government pillar, 2022: rank 40" in text
        assert "Registered accounts on the iHanoi citizen app, 2024: 1,043,720" in text
        assert "Number of innovative start-ups, 2024: 1,000" in text
        assert "18.55 %" in text and "dated events or statements: 4" in text
    else:
        assert "Thứ hạng trụ cột chính quyền số, 2022: hạng 40" in text
        assert "1.043.720" in text and "18,55 %" in text and "18.55" not in text
        assert "còn thiếu: chưa tìm thấy cổng dữ liệu mở của Hà Nội" in text


def test_default_labels_match_the_data(data):
    assert E.default_labels("en") == E.labels(data.indicators, "en")
    assert E.evidence_text("", "vi") == ""


def test_national_productivity_note_does_not_deny_its_annual_figures():
    from hn4ir_analysis.assess.verdicts import assess

    f = assess(2025, 2025)
    notes = f[(f["target_id"] == "NQ52_2025_labour_productivity") & (f["method"] == "eurostat")][
        "notes"
    ]
    text = notes.iloc[0]
    assert (
        "no annual" not in text
    )  # it used to say "no annual series" beside "Observed 3 of 5 years"
    assert "cover 3 of 5 years of 2021-2025" in text


def test_vietnam_share_is_of_gdp_and_vi_names_are_vietnamese(data):
    from hn4ir_analysis.views import target_words

    by_id = {t.target_id: t for t in data.targets}
    vn = by_id["QD749_2025_digital_econ"]
    assert (
        target_words.unit_text(vn, "en") == "% of GDP"
        and target_words.unit_text(vn, "vi") == "% GDP"
    )
    assert "GRDP" in target_words.unit_text(by_id["KH205_2030_digital_econ_share"], "en")
    # a target whose document was read in English only is named in Vietnamese from its indicator
    name = target_words.name(by_id["HN_DXprog_2025_online_L4"], "vi")
    assert "per cent" not in name and "administrative" not in name and name.startswith("Tỷ lệ")


def test_coverage_names_indicators_not_codes():
    from hn4ir_analysis.views import reader_tables

    assert reader_tables._indicator("share_product_taxes", "en", False).startswith(
        "Product taxes less subsidies"
    )
    assert reader_tables._indicator("share_product_taxes", "vi", False).startswith(
        "Tỷ trọng thuế sản phẩm"
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_assessments_own_evidence_reads_as_words(lang):
    """The notes the assessment writes today (not a literal copy of an older format) come
    out in words: no code, no unit code, no exponent, numbers in the page's format."""
    from hn4ir_analysis.assess.verdicts import assess

    f = assess(2030, 2025)
    notes = [n for n in f.loc[f["method"] == "evidence", "notes"] if n]
    assert any("ihanoi_accounts" in n for n in notes)  # the e-government goal's evidence
    for n in notes:
        text = E.evidence_text(n, lang)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text
        assert "e+0" not in text and " count" not in text and " pct" not in text, text
    egov = E.evidence_text(next(n for n in notes if "ihanoi_accounts" in n), lang)
    assert ("1,043,724" if lang == "en" else "1.043.724") in egov
    assert ("18.55 %" if lang == "en" else "18,55 %") in egov
