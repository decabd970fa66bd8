"""Hanoi among its peers on one statistics-office release: ``data/processed/peers.csv``.

Rows (columns :data:`COLUMNS`) for Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho
and Vietnam:

* ``grdp_growth`` 2021 … 2025 and ``grdp_growth_avg`` 2021-2025: real GRDP growth from
  the statistics office's 34-province growth table (PX-Web PL.V03.01, file
  ``gso/grdp_growth_index_by_province_34.json``), growth = index − 100; the average is
  geometric (:func:`hn4ir_analysis.growth_targets.average_growth`), as in the assessment.
* ``grdp_per_capita_vnd`` 2025 (million VND per person, current prices) from the
  34-province per-capita table (PL.V03.02) and ``grdp_per_capita_usd`` 2025: the same
  value at one conversion rate. The table publishes no USD figure; the rate is the one
  the city's own 2025 statement implies (175 million VND "equivalent to 7,200 USD",
  observations :data:`USD_RATE_IDS`), applied to every row so the ranking is the VND one.
* ``digital_econ_share_gso`` 2023: the statistics office's value-added method, where the
  data hold it for the place (:data:`DIGITAL_IDS`): relays of the office's trial
  provincial compilation, not one table; Vietnam's row is the 2024 vintage that Hanoi's
  own statement quotes beside its 15.85 %. None exists for Da Nang or Can Tho.
* ``labour_productivity_growth_avg`` 2016-2020: the only multi-city release in the data,
  the annex of the National Assembly resolution of 27 July 2021 (source
  :data:`PRODUCTIVITY_SOURCE`), for Hanoi, HCMC, Da Nang and Hai Phong on their
  pre-merger boundaries. No consistent series exists for 2021-25 for any of the cities,
  nor for Can Tho or for Vietnam in that release.

Notes
-----
Boundaries: the 34-province tables use the units formed by Resolution 202/2025/QH15
(12 June 2025, in force 1 July 2025). Hanoi was not merged. HCMC absorbed Bình Dương
and Bà Rịa – Vũng Tàu, Hai Phong absorbed Hải Dương, Da Nang absorbed Quảng Nam, Can Tho
absorbed Sóc Trăng and Hậu Giang (:data:`MERGED`). For a merged unit every year of the
table, 2021-2024 included, is the office's back-cast on the new boundary, not the city
as it was then. Source ids of table cells are ``GSO-<table>-<geo>-<year>`` (the id the
GSO reader gives a cell); the raw file and its manifest entry hold the provenance.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.gso import (
    cell_value,
    geo_lookup,
    name_key,
    parse_year_label,
    read_jsonstat,
)
from hn4ir_analysis.errors import RawDataError
from hn4ir_analysis.growth_targets import average_growth

FILE = "peers.csv"
COLUMNS = ["geo", "place", "indicator", "period", "value", "unit", "release", "source_ids", "note"]
GEOS = (config.HANOI, "HCM", "DN", "HP", "CAN_THO", "VN")
PLACES = {
    "HN": "Hà Nội", "HCM": "TP. Hồ Chí Minh", "DN": "Đà Nẵng", "HP": "Hải Phòng",
    "CAN_THO": "Cần Thơ", "VN": "Việt Nam",
}  # fmt: skip
#: provinces merged into each city by Resolution 202/2025/QH15 (Hanoi: none)
MERGED = {
    "HN": (), "HCM": ("Bình Dương", "Bà Rịa - Vũng Tàu"), "DN": ("Quảng Nam",),
    "HP": ("Hải Dương",), "CAN_THO": ("Sóc Trăng", "Hậu Giang"), "VN": (),
}  # fmt: skip
#: the 63-province geo codes of the merged provinces (to check the 34-province rows)
MERGED_GEOS = {"HCM": ("BINH_DUONG", "BA_RIA_VUNG_TAU"), "DN": ("QUANG_NAM",),
               "HP": ("HAI_DUONG",), "CAN_THO": ("SOC_TRANG", "HAU_GIANG")}  # fmt: skip
RESOLUTION = "Resolution 202/2025/QH15"
GROWTH_FILE, GROWTH_CODE = "grdp_growth_index_by_province_34.json", "PL.V03.01"
PC_FILE, PC_CODE = "grdp_per_capita_by_province_34.json", "PL.V03.02"
PERIOD = (2021, 2025)
#: the city's 2025 statement: 175 million VND per person "tương đương 7.200 USD"
USD_RATE_IDS = ("HN-GRDPPCV-2025-02", "HN-GRDPPCU-2025-01")
DIGITAL_YEAR = 2023
DIGITAL_IDS = {"HN": "HN-DESG-2023-01", "HCM": "W2-HCM-DEGSO-2023-01",
               "HP": "W2-HP-DEGSO-2023-01", "VN": "VN-DESG-2023-01"}  # fmt: skip
PRODUCTIVITY_SOURCE = "SRC152"


def boundary_note(geo: str) -> str:
    """How the unit's boundary relates to the 2025 merger (English, for the CSV)."""
    if geo == "VN":
        return "national total"
    if not MERGED[geo]:
        return f"not merged by {RESOLUTION}: same boundary in every year"
    return (f"merged by {RESOLUTION} with {', '.join(MERGED[geo])}; years before the merger "
            "are the statistics office's back-cast on the new boundary")  # fmt: skip


def read_cells(raw_dir: Path, file: str) -> dict[tuple[str, int], tuple[float, str]]:
    """``{(geo, year): (value, vintage)}`` for every province/national row of a 34-province table.

    Region rows are skipped (names not in the geo list are regions: checked against the six
    peers, which must all be present).
    """
    name = f"gso/{file}"
    ids, labels, values = read_jsonstat(Path(raw_dir) / "gso" / file, name)
    if len(ids) != 2:
        raise RawDataError(name, None, "dimension", f"expected place × year, got {ids}")
    lookup, out = geo_lookup(), {}
    years = [parse_year_label(str(y)) for y in labels[1]]
    for i, place in enumerate(labels[0]):
        geo = lookup.get(name_key(str(place)))
        for j, parsed in enumerate(years):
            v = cell_value(values[i * len(years) + j], name, f"{place} × {labels[1][j]}")
            if geo and parsed and v is not None:
                out[(geo, parsed[0])] = (v, parsed[1])
    missing = [g for g in GEOS if (g, PERIOD[1]) not in out]
    if missing:
        raise RawDataError(name, None, "Tỉnh, thành phố", f"no {PERIOD[1]} value for {missing}")
    return out


def _obs(observations: pd.DataFrame, obs_id: str) -> pd.Series:
    hit = observations[observations["obs_id"] == obs_id]
    if hit.empty:
        raise RawDataError("hn4ir/observations.csv", None, "obs_id", f"{obs_id!r} not found")
    return hit.iloc[0]


def _row(geo, indicator, period, value, unit, release, ids, note=""):
    return {"geo": geo, "place": PLACES[geo], "indicator": indicator, "period": str(period),
            "value": value, "unit": unit, "release": release, "source_ids": ids,
            "note": note}  # fmt: skip


def growth_rows(raw_dir: Path) -> list[dict]:
    """Annual real GRDP growth 2021-25 and its geometric average, one release."""
    cells = read_cells(raw_dir, GROWTH_FILE)
    release = f"GSO/NSO PX-Web {GROWTH_CODE} (34 provinces), as published 2026-08-15"
    rows = []
    for geo in GEOS:
        years = range(PERIOD[0], PERIOD[1] + 1)
        ids = [f"GSO-{GROWTH_CODE}-{geo}-{y}" for y in years]
        rates = []
        for y, oid in zip(years, ids, strict=True):
            idx, vintage = cells[(geo, y)]
            rates.append(round(idx - 100.0, 10))
            rows.append(_row(geo, "grdp_growth", y, rates[-1], "pct", release, oid,
                             f"{vintage}; {boundary_note(geo)}"))  # fmt: skip
        rows.append(_row(geo, "grdp_growth_avg", f"{PERIOD[0]}-{PERIOD[1]}", average_growth(rates),
                         "pct", release, ";".join(ids),
                         f"geometric average of the five annual rates; {boundary_note(geo)}"))  # fmt: skip
    return rows


def per_capita_rows(raw_dir: Path, observations: pd.DataFrame) -> list[dict]:
    """GRDP per capita 2025 in million VND (table PL.V03.02) and in USD at one rate."""
    cells = read_cells(raw_dir, PC_FILE)
    vnd, usd = (_obs(observations, i) for i in USD_RATE_IDS)
    rate = float(vnd["value"]) * 1e6 / float(usd["value"])  # VND per USD
    release = f"GSO/NSO PX-Web {PC_CODE} (34 provinces), as published 2026-08-18"
    y, rows = PERIOD[1], []
    for geo in GEOS:
        value, vintage = cells[(geo, y)]
        oid = f"GSO-{PC_CODE}-{geo}-{y}"
        rows.append(_row(geo, "grdp_per_capita_vnd", y, value, "mn_vnd", release, oid,
                         f"{vintage}; current prices; {boundary_note(geo)}"))  # fmt: skip
        rows.append(_row(geo, "grdp_per_capita_usd", y, value * 1e6 / rate, "usd", release,
                         ";".join([oid, *USD_RATE_IDS]),
                         f"VND value at {rate:,.0f} VND/USD, the rate implied by Hanoi's 2025 statement "
                         f"({vnd['value']:g} million VND = {usd['value']:g} USD); the table publishes no USD "
                         f"figure; {boundary_note(geo)}"))  # fmt: skip
    return rows


def digital_rows(observations: pd.DataFrame) -> list[dict]:
    """Digital-economy share on the statistics office's method, where the data hold it."""
    rows = []
    for geo, oid in DIGITAL_IDS.items():
        o = _obs(observations, oid)
        rows.append(_row(geo, "digital_econ_share_gso", DIGITAL_YEAR, float(o["value"]),
                         o["unit"], f"{o['producer']} ({o['published']})", oid,
                         f"{o['vintage']}; GSO value-added method as relayed; not one table"))  # fmt: skip
    return rows


def productivity_rows(observations: pd.DataFrame) -> list[dict]:
    """Labour-productivity growth 2016-20 from the one multi-city release (NA annex 2021)."""
    o = observations[(observations["source_id"] == PRODUCTIVITY_SOURCE)
                     & (observations["indicator"] == "labour_productivity_growth_avg")]  # fmt: skip
    rows = []
    for r in o[o["geo"].isin(GEOS)].itertuples():
        rows.append(_row(r.geo, r.indicator, r.period, float(r.value), r.unit,
                         f"{r.producer} ({r.published})", r.obs_id,
                         "pre-merger boundary; the release gives no national figure"))  # fmt: skip
    return rows


def table(observations: pd.DataFrame, raw_dir: Path | None = None) -> pd.DataFrame:
    """Every row of ``peers.csv`` (see module docstring), sorted by geo, indicator, period."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    rows = [*growth_rows(raw_dir), *per_capita_rows(raw_dir, observations),
            *digital_rows(observations), *productivity_rows(observations)]  # fmt: skip
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.sort_values(["geo", "indicator", "period"]).reset_index(drop=True)


#: the target in the catalogue that asks for productivity growth above the national average
ABOVE_NATIONAL_TARGET = "VNLP_2030_hanoi_above_national"


def productivity_goal(observations: pd.DataFrame, target_ids) -> dict:
    """The "above the national average" productivity goal judged on one release.

    Returns ``target_id``, Hanoi's 2016-20 figure in the one multi-city release
    (:data:`PRODUCTIVITY_SOURCE`), the national 2016-20 figures of other releases (values
    and ids), ``relation`` (``above`` only if Hanoi beats every national figure) and
    ``judgeable`` — False: no release in the data gives both for the same years.
    """
    if ABOVE_NATIONAL_TARGET not in set(target_ids):
        raise RawDataError(
            "hn4ir/targets.csv", None, "target_id", f"{ABOVE_NATIONAL_TARGET} not found"
        )
    lp = observations[(observations["indicator"] == "labour_productivity_growth_avg")
                      & (observations["period"].astype(str) == "2016-2020")]  # fmt: skip
    hn = lp[(lp["geo"] == config.HANOI) & (lp["source_id"] == PRODUCTIVITY_SOURCE)]
    vn = lp[lp["geo"] == "VN"].drop_duplicates("obs_id")
    same = set(hn["source_id"]) & set(vn["source_id"])
    hn_v = float(hn["value"].iloc[0])
    return {"target_id": ABOVE_NATIONAL_TARGET, "hn": hn_v, "hn_id": hn["obs_id"].iloc[0],
            "vn": sorted(vn["value"].astype(float)), "vn_ids": list(vn["obs_id"]),
            "relation": "above" if hn_v > vn["value"].astype(float).max() else "not_above",
            "judgeable": bool(same)}  # fmt: skip
