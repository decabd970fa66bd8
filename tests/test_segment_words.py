"""Notebook 02's per-capita paragraphs: what a trend segment left out, and the chosen model,
in the reader's language (the Vietnamese page printed both in English, and the model as a code)."""

from __future__ import annotations

import pandas as pd
import pytest

from hn4ir_analysis import config
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import growth_vs_targets, reader_tables


@pytest.fixture(scope="module")
def usd():
    """Hanoi's GRDP per capita in USD as of 2025: the 2017 figure (3,910 USD, HN-GRDPPCU-2017-01)
    has an unknown basis, and the series restarts in 2019 at the GRDP re-assessment."""
    return prepare(2025).segment(config.HANOI, "grdp_per_capita_usd")


def test_the_segment_keeps_its_parts_and_its_english_note(usd):
    assert usd.unknown == ((2017, 3910.0, "HN-GRDPPCU-2017-01"),)
    assert usd.dropped_before == 2019 and usd.break_mark.startswith("GRDP scale re-assessed")
    # the assessment table's English note is unchanged
    assert usd.note.startswith("Left out, basis unknown: 2017: 3910 (HN-GRDPPCU-2017-01). ")
    assert "Series used from 2019 (GRDP scale re-assessed from 2019" in usd.note


def test_the_note_in_each_language(usd):
    en, vi = reader_tables.segment_note(usd, "en"), reader_tables.segment_note(usd, "vi")
    assert en == (
        "Left out, basis unknown: 2017: 3,910 (HN-GRDPPCU-2017-01). Series used from 2019 "
        "(GRDP scale re-assessed from 2019 (levels before and after not comparable))."
    )
    assert vi.startswith("Không dùng, vì không rõ phương pháp: 2017: 3.910 (HN-GRDPPCU-2017-01).")
    assert "Chuỗi số liệu được dùng từ năm 2019 (quy mô GRDP được đánh giá lại từ 2019" in vi
    for english in ("Left out", "Series used", "re-assessed", "not comparable"):
        assert english not in vi


def test_a_basis_change_and_nothing_left_out():
    data = prepare(2025)
    growth = data.segment(config.HANOI, "grdp_growth")  # the series changes basis before 2016
    assert reader_tables.segment_note(growth, "vi") == (
        "Chuỗi số liệu được dùng từ năm 2016 (đổi phương pháp (phương pháp cũ → hiện hành))."
    )
    index = data.segment(config.HANOI, "grdp_real_index")
    assert not index.unknown and index.dropped_before is None
    assert reader_tables.segment_note(index, "vi") == ""


def test_models_are_named_not_coded():
    class Chosen:
        model = "arima_drift"

    assert growth_vs_targets.model_name(Chosen(), "en") == "ARIMA with drift"
    assert growth_vs_targets.model_name(Chosen(), "vi") == "ARIMA có hệ số trôi"
    assert growth_vs_targets.model_name(None, "vi") == "–"
    shown = reader_tables.for_reader(pd.DataFrame({"model": ["ols_log_trend"], "n_obs": [7]}), "vi")
    assert shown.iloc[0, 0] == "Xu hướng log-tuyến tính (OLS)"


def test_a_superseded_release_reads_in_vietnamese():
    """The selection log dates the later release ("id, date"); 01's table printed the English."""
    reason = "earlier release of the same producer (superseded by HN-GRDPG-2020-02, 2020-12-28)"
    assert reader_tables.reason_text(reason, "vi") == (
        "bản công bố trước của cùng đơn vị (được thay bằng HN-GRDPG-2020-02, 2020-12-28)"
    )
    assert reader_tables.reason_text(
        "earlier release of the same producer (superseded by B)", "vi"
    ) == ("bản công bố trước của cùng đơn vị (được thay bằng B)")


def test_english_notes_on_a_vietnamese_page_are_announced_as_english():
    """Notebook 04 lists the trackers' notes as the engine writes them (English): the
    Vietnamese heading above them says so, as the model-details sections of 02 and 05 do."""
    from hn4ir_analysis.views import i18n

    assert "bằng tiếng Anh" in i18n.t("nb04.md.trackers", "vi")
