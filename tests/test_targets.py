"""The targets API: place, restatement groups, the target in force and its history.

Pinned to the catalogue: Plan 205 (2020-09-10), KH 76 (2021-03) and the 17th Congress
(2020-10) all state "labour productivity +7–7.5 %/yr, 2021–25" (one target, several
documents); the 2030 digital-economy share was reset by later documents, the latest in
the catalogue being NQ 57's Hanoi plan (2026-03).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from hn4ir_analysis.data import targets as T


@pytest.fixture(scope="module")
def catalogue(raw_data):
    return T.load_targets(raw_data.targets, raw_data.indicators, raw_data.document_status)


def _t(tid, date, low=30.0, comparison="ge", geo="HN", year=2030, indicator="digital_econ_share"):
    return T.Target(
        target_id=tid, geo=geo, indicator=indicator, kind="share", comparison=comparison,
        low=low, high=None, unit="pct_of_grdp", target_year=year, period_start=None,
        period_end=year, document=tid, document_date=date, wording_en="", wording_vi="",
        source_id="S", source_url="",
    )  # fmt: skip


def test_place_from_geo():
    assert _t("A_2030_x", "2020").place == "Hanoi"
    assert _t("A_2030_x", "2020", geo="VN").place == "Vietnam"
    assert _t("A_2030_x", "2020", geo="HCM").place == "HCM"


def test_document_code():
    assert _t("KH205_2030_digital_econ_share", "").document_code == "KH205"
    assert _t("HN_DXprog_2025_online_L4", "").document_code == "HN_DXprog"
    assert _t("KH205_general_smart_city_2025", "").document_code == "KH205"
    assert _t("PLAN2012_grdp_growth", "").document_code == "PLAN2012"


def test_restatement_key_is_threshold_year_indicator_place():
    a, b = _t("A_2030_d", "2020-09-10"), _t("B_2030_d", "2021-03")
    assert T.restatement_key(a) == T.restatement_key(b)
    assert T.restatement_key(a) != T.restatement_key(replace(b, low=40.0))
    assert T.restatement_key(a) != T.restatement_key(replace(b, comparison="gt"))
    assert T.restatement_key(a) != T.restatement_key(replace(b, geo="VN"))
    assert T.restatement_key(a) != T.restatement_key(replace(b, target_year=2025))


def test_group_lead_is_latest_document_ties_by_id():
    a, b, c = _t("C_2030_d", "2021-03"), _t("A_2030_d", "2020-09-10"), _t("B_2030_d", "2021-03")
    (g,) = T.group_restated([a, b, c])
    assert g.lead.target_id == "B_2030_d"  # 2021-03 is latest; B before C
    assert g.group_id == "B_2030_d"
    assert [m.target_id for m in g.members] == ["A_2030_d", "B_2030_d", "C_2030_d"]
    assert g.documents == ("A", "B", "C")


def test_group_restated_on_catalogue(catalogue):
    groups = T.group_restated(catalogue)
    assert sum(len(g.members) for g in groups) == len(catalogue)
    by_member = {m.target_id: g for g in groups for m in g.members}
    lp = by_member["KH205_2025_labour_productivity"]
    ids = {m.target_id for m in lp.members}
    # Plan 205, KH 76, the 17th Congress, KH 174, CTr 277 and CTr 02's plan: one target
    assert {"KH205_2025_labour_productivity", "KH76_2025_labour_productivity",
            "DH17_2025_labour_productivity", "KH174_2025_labour_productivity",
            "CTR277_2025_labour_productivity"} <= ids  # fmt: skip
    assert lp.lead.target_id in ids and len(lp.documents) == len(ids)
    # a different threshold is a different target
    assert (
        by_member["KH205_2030_digital_econ_share"] is not by_member["KH345_2030_digital_econ_share"]
    )
    # Vietnam's targets never group with Hanoi's
    assert all(len({m.geo for m in g.members}) == 1 for g in groups)


def test_in_force_and_superseded_synthetic():
    ts = [_t("KH205_2030_d", "2020-09-10", 40, "gt"), _t("KH345_2030_d", "2022", 35, "approx"),
          _t("DH18_2030_d", "2025", 30), _t("X_2025_d", "2026", 10, year=2025)]  # fmt: skip
    assert T.in_force(ts, "HN", "digital_econ_share", 2030).target_id == "DH18_2030_d"
    assert [t.target_id for t in T.superseded(ts, "HN", "digital_econ_share", 2030)] == [
        "KH205_2030_d", "KH345_2030_d"]  # fmt: skip
    # as of 2023 the 2025 document is not yet known
    assert (
        T.in_force(ts, "HN", "digital_econ_share", 2030, as_of="2023").target_id == "KH345_2030_d"
    )
    assert T.in_force(ts, "VN", "digital_econ_share", 2030) is None
    assert T.superseded(ts, "VN", "digital_econ_share", 2030) == []


def test_in_force_on_catalogue(catalogue):
    lead = T.in_force(catalogue, "HN", "digital_econ_share", 2030)
    assert lead.target_id == "NQ57HN_2030_digital_econ_share"  # dated 2026-03, the latest
    hist = {t.target_id for t in T.superseded(catalogue, "HN", "digital_econ_share", 2030)}
    assert {"KH205_2030_digital_econ_share", "KH345_2030_digital_econ_share"} <= hist
    assert lead.target_id not in hist
    assert T.in_force(catalogue, "VN", "digital_econ_share", 2030).place == "Vietnam"


# --- issue 16 §4: a draft's scenarios are never in force --------------------------------


def test_draft_never_in_force_synthetic():
    adopted = _t("KH205_2030_p", "2020-09-10", 7.5, "gt")
    draft = replace(_t("DH18DRAFT_2030_p_s1", "2025-01", 6.0), status="draft")
    assert T.in_force([adopted, draft], "HN", "digital_econ_share", 2030) is adopted
    assert T.superseded([adopted, draft], "HN", "digital_econ_share", 2030) == [draft]
    # a draft alone sets nothing in force
    assert T.in_force([draft], "HN", "digital_econ_share", 2030) is None
    # in a restatement group, an adopted document leads even if a draft is later
    (g,) = T.group_restated([replace(adopted, low=6.0, comparison="ge"), draft])
    assert g.lead.target_id == "KH205_2030_p"


def test_catalogue_statuses(catalogue):
    status = {t.document_code: t.status for t in catalogue}
    assert status["DH18DRAFT"] == "draft" and status["HNPC2025"] == "draft"
    assert status["KH205"] == "adopted" and status["DH18"] == "adopted"
    assert set(status.values()) == {"adopted", "draft"}


def test_draft_congress_scenarios_do_not_reset_plan_205(catalogue):
    # the January 2025 draft gave productivity 6-6.5 and 8.5-9 %/yr for 2026-30; Plan 205's
    # > 7.5 %/yr stays the target in force (before the fix the draft's 6-6.5 % was)
    lead = T.in_force(catalogue, "HN", "labour_productivity_growth_avg", 2030)
    assert lead.status == "adopted" and lead.document_code != "DH18DRAFT"
    hist = T.superseded(catalogue, "HN", "labour_productivity_growth_avg", 2030)
    assert {"DH18DRAFT_2030_labour_productivity_s1", "DH18DRAFT_2030_labour_productivity_s2"} <= {
        t.target_id for t in hist
    }
    grdp = T.in_force(catalogue, "HN", "grdp_growth_avg", 2030)
    assert grdp.target_id == "DH18_2030_grdp_growth"  # the adopted Congress resolution


def test_document_without_status_is_refused(raw_data):
    from hn4ir_analysis.data import raw as R
    from hn4ir_analysis.errors import RawDataError

    recs = raw_data.document_status.drop(columns="line").to_dict("records")
    recs = [dict(r, _line=i + 2) for i, r in enumerate(recs) if r["document_code"] != "KH205"]
    targets = [dict(r, _line=i + 2) for i, r in enumerate(raw_data.targets.to_dict("records"))]
    with pytest.raises(RawDataError, match="KH205.*no status") as e:
        R.check_document_status(recs, targets)
    assert "targets.csv" in str(e.value)
    bad = [dict(recs[0], status="proposed")]
    with pytest.raises(RawDataError, match="proposed"):
        R.check_document_status(bad, [])
