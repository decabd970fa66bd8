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
