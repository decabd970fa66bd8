"""The qualitative goals' evidence on the answer page: the label says what the text is.

The evidence is written in the page's language (views.evidence_words); the label must not
call it "English, as the assessment writes them", which is only true of the raw fallback.
"""

from __future__ import annotations

import pytest

from hn4ir_analysis.report import site
from hn4ir_analysis.views import i18n


def _render(lang: str, line: dict) -> str:
    template = site._env().get_template("_sections.html.j2")
    answer = {"plan_goals": [line], "hanoi": {}, "vietnam": {}, "hanoi_goals": []}
    return template.render(
        answer=answer, t=lambda key, **kw: i18n.t(key, lang, **kw), open_themes=False
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_evidence_in_words_is_not_labelled_english(lang):
    line = {"target_id": "G1", "name": "goal", "when": "2025", "n_evidence": 1,
            "evidence": "dti_rank 2024: 1 rank", "evidence_words": "DTI rank, 2024: rank 1"}  # fmt: skip
    page = _render(lang, line)
    assert i18n.t("ov.col.evidence_found", lang) in page
    assert i18n.t("ov.col.notes", lang) not in page
    assert "DTI rank, 2024: rank 1" in page and "dti_rank 2024" not in page


def test_raw_notes_keep_their_english_label_when_no_words_exist():
    line = {"target_id": "G1", "name": "goal", "when": "2025", "n_evidence": 1,
            "evidence": "dti_rank 2024: 1 rank", "evidence_words": ""}  # fmt: skip
    page = _render("vi", line)
    assert i18n.t("ov.col.notes", "vi") in page and "dti_rank 2024: 1 rank" in page
