"""Proxy evidence for qualitative targets (5G, e-government, open data, start-ups, smart city).

A qualitative target ("develop 5G; all residents have access to low-cost broadband") has
no number to project, so the assessment marks it ``not_quantifiable`` and lists what the
data holds that bears on it: dated milestones and related indicators (ranks, counts,
shares), each with its year and source. :data:`PROXIES` says which indicators and
milestone themes bear on which target theme; it is a judgement, written down here so it
can be argued with.

Notes
-----
Ranks are ordinal and their universes change (DTI 2024 ranks 34 merged provinces, IMD
adds cities each year): the evidence lists them, it does not average or trend them.
Gaps the data package records (no 5G population coverage, no fibre-household coverage,
no Hanoi open-data portal, no city AI ranking: ``data/raw/hn4ir/README.md`` §7) are
stated as such in :data:`KNOWN_GAPS`.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis.assess.schema import number, unit_word
from hn4ir_analysis.data.asof import AsOfData

#: target theme (targets.csv indicator) → (related indicators, milestone indicators)
PROXIES: dict[str, tuple[list[str], list[str]]] = {
    "digital_infrastructure": (["mobile_5g_download_speed", "fibre_household_coverage"], ["mobile_5g_launch"]),
    "mobile_5g_broadband_access": (["mobile_5g_download_speed", "adult_smartphone_share"], ["mobile_5g_launch"]),
    "data_science_ai_standing": (["ai_disruption_index_rank", "tholons_super_city_rank"], []),
    "party_state_digital_transformation": (["dti_rank", "dti_digital_gov_rank", "dx_goals_achieved"], ["egov_platform_launch"]),
    "open_data": ([], ["open_data_portal_launch"]),
    "digital_government": (
        ["dti_rank", "dti_digital_gov_rank", "online_public_service_index_rank", "full_online_dossier_share",
         "online_intake_share", "online_public_procedures", "par_index_rank", "ihanoi_accounts"],
        ["egov_platform_launch", "dti_top10_status"],
    ),
    "smart_city": (["imd_smart_city_rank"], ["smart_city_ioc_status"]),
    "startup_ecosystem": (
        ["startupblink_city_rank", "innovative_startups", "innovative_startups_share_national",
         "business_incubators", "business_accelerators", "startup_funding_cumulative"],
        ["startup_genome_emerging_band"],
    ),
    "innovation_hub_vision": (["pii_rank", "startupblink_city_rank", "imd_smart_city_rank"], ["lp_target_status"]),
    "dx_ranking_standing": (["dti_rank", "pci_rank", "pii_rank"], ["dti_top10_status"]),
    "sedp_general_objective": (["pci_rank", "pii_rank"], ["lp_target_status"]),
    "labour_productivity_relative": (["labour_productivity_vnd"], ["lp_target_status"]),
}  # fmt: skip

#: what the data package says is missing for a theme (README §7)
KNOWN_GAPS = {
    "mobile_5g_broadband_access": "no Hanoi 5G population coverage and no measured broadband price or coverage",
    "digital_infrastructure": "no measured fibre-household coverage for Hanoi",
    "open_data": "no Hanoi open-data portal found (only the national portal)",
    "data_science_ai_standing": "no city-level AI/data-science ranking for Southeast Asia",
}


def evidence_for(indicator: str, geo: str, data: AsOfData) -> pd.DataFrame:
    """Rows of proxy evidence for a qualitative target theme in the as-of view ``data``.

    Parameters
    ----------
    indicator : str
        The target's theme (``indicator`` column of ``targets.csv``).
    geo : str
        ``HN`` or ``VN``; national milestones are listed for Hanoi targets too, marked.
    data : AsOfData
        Its chosen annual values and its milestones (both already cut to the as-of view).

    Returns
    -------
    DataFrame
        Columns ``kind`` (indicator/milestone), ``geo``, ``what``, ``year``, ``value``,
        ``unit``, ``source_ids``.
    """
    indicators, themes = PROXIES.get(indicator, ([], []))
    rows = []
    annual, milestones = data.annual, data.milestones
    found = annual[annual["indicator"].isin(indicators) & (annual["geo"] == geo)]
    for r in found.itertuples():
        rows.append(("indicator", r.geo, r.indicator, int(r.year), r.value, r.unit, r.source_ids))
    ms = milestones[milestones["indicator"].isin(themes) & milestones["geo"].isin([geo, "VN"])]
    for r in ms.itertuples():
        year = int(str(r.date)[:4])
        rows.append(("milestone", r.geo, r.description_en, year, None, "", r.milestone_id))
    frame = pd.DataFrame(
        rows, columns=["kind", "geo", "what", "year", "value", "unit", "source_ids"]
    )
    return frame.sort_values(["kind", "what", "year"]).reset_index(drop=True)


def summarise(indicator: str, evidence: pd.DataFrame) -> str:
    """One line for the assessment table's ``notes``: what evidence exists and what is missing."""
    parts = []
    for r in evidence[evidence["kind"] == "indicator"].itertuples():
        parts.append(f"{r.what} {r.year}: {number(r.value)} {unit_word(r.unit)}")
    n_ms = int((evidence["kind"] == "milestone").sum())
    if n_ms:
        parts.append(f"{n_ms} dated milestone(s)")
    if indicator in KNOWN_GAPS:
        parts.append(f"gap: {KNOWN_GAPS[indicator]}")
    return "; ".join(parts) if parts else "no proxy evidence in the data"
