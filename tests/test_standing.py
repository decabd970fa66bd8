"""Issue 16 §4: each scorecard line says whether its target is in force, history or a draft."""

from __future__ import annotations

import pandas as pd
import pytest

from hn4ir_analysis.assess.verdicts import assess
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import answer_tables, i18n, line_notes, overview, standing
from hn4ir_analysis.views.scorecard import table_rows


@pytest.fixture(scope="module")
def frame():
    return assess(2030, 2025)


@pytest.fixture(scope="module")
def lines(frame):
    answer = overview.overview(table_rows(frame), prepare(2025).targets, "en", 2025)
    standing_lines = [*answer["plan"], *answer["plan_goals"], *answer["hanoi_goals"]]
    standing_lines += [x for p in ("hanoi", "vietnam") for ls in answer[p].values() for x in ls]
    return answer, {line["target_id"]: line for line in standing_lines}


def test_draft_rows_are_not_in_force(frame):
    draft = frame[frame["target_id"].str.startswith(("DH18DRAFT_", "HNPC2025_"))]
    assert len(draft) and not draft["in_force"].any()
    # the adopted NQ 18-NQ/TU (Dec 2022, >= 8 %/yr) is in force for 2026-30, not the Jan
    # 2025 draft's 6-6.5 % scenario (which, before issue 16, was)
    nq18 = frame[frame["target_id"] == "NQ18TU_2030_labour_productivity"]
    assert len(nq18) and nq18["in_force"].all()


def test_each_line_has_its_standing(lines):
    answer, by_id = lines
    assert standing.standing(by_id["DH18DRAFT_2030_labour_productivity_s1"]) == "draft"
    assert standing.standing(by_id["NQ18TU_2030_labour_productivity"]) == "in_force"
    assert standing.standing(by_id["KH205_2030_labour_productivity"]) == "history"
    # Plan 205's > 40 % for 2030 was reset by later adopted documents: history
    assert standing.standing(by_id["KH205_2030_digital_econ_share"]) == "history"
    codes = {standing.standing(x) for x in by_id.values()}
    assert codes <= set(standing.STANDINGS) and {"in_force", "history", "draft"} <= codes


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_scorecard_table_shows_standing(lines, lang):
    answer, _ = lines
    f = answer_tables.answer_frame(answer, lang, 2030)
    col = {"en": "Standing", "vi": "Hiệu lực"}[lang]
    words = {"en": ("in force", "history", "draft"), "vi": ("hiệu lực", "lịch sử", "dự thảo")}[lang]
    assert col in f.columns
    assert all(any(w in v for v in f[col]) for w in words)
    assert isinstance(f, pd.DataFrame)


# --- issue 16 §3: every page shows the productivity range and says which end it uses --------


@pytest.fixture(scope="module")
def annotated():
    frame = pd.concat([assess(y, 2025) for y in (2025, 2030)], ignore_index=True)
    data = prepare(2025)
    out = {}
    for lang in ("en", "vi"):
        answer = overview.overview(table_rows(frame), data.targets, lang, 2025)
        line_notes.annotate(answer, data, lang, 2025)
        out[lang] = answer
    return out


def test_productivity_range_on_both_years(annotated):
    by_id = {x["target_id"]: x for x in line_notes.all_lines(annotated["en"])}
    past, ahead = by_id["KH205_2025_labour_productivity"], by_id["KH205_2030_labour_productivity"]
    for line in (past, ahead):
        assert "5.06–6.20 %/yr" in line["lead"]  # the range, never one end alone
    assert "higher end, 6.20 %/yr" in past["lead"]
    assert "lower end, 5.06 %/yr" in ahead["lead"]
    vi = {x["target_id"]: x for x in line_notes.all_lines(annotated["vi"])}
    assert "5,06–6,20%/năm" in vi["KH205_2030_labour_productivity"]["lead"]
    assert "5.06" not in vi["KH205_2030_labour_productivity"]["lead"]


def test_scorecard_why_leads_with_the_range_and_the_2030_share(annotated):
    f = answer_tables.answer_frame(annotated["en"], "en", 2030)
    why = " ".join(f["Why: the numbers"])
    assert "5.06–6.20 %/yr" in why
    assert "40 % not before 2055–2083" in why and "19.3 % of GRDP in 2030" in why


def test_standing_agrees_with_the_assessment_in_force(frame, lines):
    # one answer to "which target is in force": the page's standing and the table's in_force
    # (before the fix the page read documents to as_of, the table to as_of + 1: NQ 57's
    # 2026 plan was in force in the table and missing on the page)
    _, by_id = lines
    force = frame.groupby("target_id")["in_force"].all()
    checked = 0
    for tid, line in by_id.items():
        if line["target"].quantitative and tid in force:
            assert (standing.standing(line) == "in_force") == bool(force[tid]), tid
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_site_line_shows_standing_and_lead(frame, lang):
    from hn4ir_analysis.report import site

    data = prepare(2025)
    answer = overview.overview(table_rows(frame), data.targets, lang, 2025)
    line_notes.annotate(answer, data, lang, 2025)
    by_id = {x["target_id"]: x for x in line_notes.all_lines(answer)}
    tpl = site._env().get_template("_line.html.j2")
    t = lambda key, **kw: site._i18n("t", key, lang, **kw)  # noqa: E731
    html = {tid: tpl.render(l=by_id[tid], t=t, link=False, detail=False, spark=False, root="")
            for tid in ("KH205_2030_digital_econ_share", "NQ57HN_2030_digital_econ_share",
                        "DH18DRAFT_2030_labour_productivity_s1")}  # fmt: skip
    words = {
        "en": ("history", "in force", "draft", "not before 2055–2083"),
        "vi": ("lịch sử", "đang có hiệu lực", "dự thảo", "không sớm hơn 2055–2083"),
    }[lang]
    assert (
        'class="v ' in html["KH205_2030_digital_econ_share"]
        and ' hist"' in html["KH205_2030_digital_econ_share"]
    )
    assert words[0] in html["KH205_2030_digital_econ_share"]
    assert (
        words[1] in html["NQ57HN_2030_digital_econ_share"]
        and ' hist"' not in html["NQ57HN_2030_digital_econ_share"]
    )
    assert words[2] in html["DH18DRAFT_2030_labour_productivity_s1"]
    assert words[3] in html["NQ57HN_2030_digital_econ_share"]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_model_probability_links_to_its_reliability(frame, lang):
    """A line whose reason quotes the model's p links to notebook 06's reliability diagram
    (the anchor of its heading ``nb06.s5c``); a line that quotes no p has no link."""
    from hn4ir_analysis.report import site
    from hn4ir_analysis.views import reliability_06

    data = prepare(2025)
    answer = overview.overview(table_rows(frame), data.targets, lang, 2025)
    tpl = site._env().get_template("_line.html.j2")
    t = lambda key, **kw: site._i18n("t", key, lang, **kw)  # noqa: E731
    href = f'href="shared/06-method-reliability.html#{reliability_06.RELIABILITY_ANCHOR}"'
    lines = line_notes.all_lines(answer)
    forward = [
        x for x in lines if x["headline"].p_met is not None and x["headline"].rule != "ex_post"
    ]
    without = [x for x in lines if x["headline"].p_met is None or x["headline"].rule == "ex_post"]
    assert forward and without
    for x in forward:
        assert href in tpl.render(l=x, t=t, link=False, detail=False, spark=False, root="")
    for x in without:
        assert href not in tpl.render(l=x, t=t, link=False, detail=False, spark=False, root="")
    assert f'id="{reliability_06.RELIABILITY_ANCHOR}"' in i18n.t("nb06.s5c", lang)
