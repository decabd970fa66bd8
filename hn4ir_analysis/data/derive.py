"""Derive what the selected series allow: a real GRDP index, ratios, period averages.

Every derived value carries ``source_ids``: the ``obs_id`` of each value it came from,
joined by ``;``. A derivation never crosses a method break (``basis`` other than
``current``, or a break listed in :data:`KNOWN_BREAKS`; :mod:`hn4ir_analysis.data.breaks`
flags them), and refuses parts whose units are not the ones its formula is written for.

Notes
-----
* Real GRDP index: :math:`I_t = I_{t-1}(1 + g_t/100)`, ``I = 100`` in the year before the
  first growth rate of the latest unbroken run of current-basis annual growth rates.
* Ratios: GRDP at current prices (bn VND) / persons (thousand) = million VND per person;
  per capita with average population, per member of the labour force with the labour
  force (a lower bound on productivity per employed worker, since the labour force
  includes the unemployed), and productivity proper only where employment exists.
* Period average growth: geometric mean :math:`(\\prod_i (1+g_i/100))^{1/n} - 1`, computed
  only when every year of the period has a current-basis value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from hn4ir_analysis.data.breaks import GEO_BREAKS, KNOWN_BREAKS, flag_breaks  # noqa: F401 (re-exported)
from hn4ir_analysis.data.select import mixed_release_note
from hn4ir_analysis.errors import DerivationError
from hn4ir_analysis.growth_targets import (
    average_growth as geometric_average,
)  # the one geometric average

#: derived indicator → (unit, description)
DERIVED = {
    "grdp_real_index": (
        "index",
        "Real GRDP volume index chained from annual growth rates (base year = 100)",
    ),
    "grdp_per_capita_vnd_calc": ("mn_vnd", "GRDP at current prices / average population"),
    "grdp_per_labour_force": (
        "mn_vnd",
        "GRDP at current prices / labour force (lower bound on productivity)",
    ),
    "labour_productivity_vnd_calc": ("mn_vnd", "GRDP at current prices / employed persons"),
    "grdp_growth_avg": ("pct", "Geometric average of annual real GRDP growth over the period"),
}

#: (output, numerator, denominator, numerator unit, denominator unit, factor)
RATIOS = [
    (
        "grdp_per_capita_vnd_calc",
        "grdp_current_prices",
        "population_avg",
        "bn_vnd",
        "thousand_persons",
        1.0,
    ),
    (
        "grdp_per_labour_force",
        "grdp_current_prices",
        "labour_force",
        "bn_vnd",
        "thousand_persons",
        1.0,
    ),
    (
        "labour_productivity_vnd_calc",
        "grdp_current_prices",
        "employed",
        "bn_vnd",
        "thousand_persons",
        1.0,
    ),
]
#: plan periods over which average GRDP growth is derived
PLAN_PERIODS = [(2011, 2015), (2016, 2020), (2021, 2025)]


def _check_unit(part, expected: str):
    """Refuse ``part`` (a row: Series or mapping) unless its unit is ``expected``."""
    if part["unit"] != expected:
        raise DerivationError(
            part["origin"], part["line"], "unit",
            f"{part['indicator']} in {part['unit']!r} cannot enter a formula written for {expected!r} "
            f"(value {part['obs_id']})",
        )  # fmt: skip


def real_index(series: pd.DataFrame) -> pd.DataFrame:
    """Chain ``grdp_growth`` into ``grdp_real_index`` per geo (see module notes)."""
    rows = []
    growth = series[series["indicator"] == "grdp_growth"].sort_values(["geo", "year"])
    growth = growth.reset_index(drop=True)
    records = growth.to_dict("records")  # row i of ``growth`` (read once, not per run)
    for geo, g in growth.groupby("geo"):
        run = _latest_unbroken_run(g)
        if len(run) < 1:
            continue
        base = int(run["year"].iloc[0]) - 1
        level, ids = 100.0, []
        rows.append(_derived(geo, "grdp_real_index", base, level, "", f"base year {base} = 100"))
        for part in (records[i] for i in run.index):
            _check_unit(part, "pct")
            level *= 1 + part["value"] / 100
            ids.append(part["obs_id"])
            rows.append(
                _derived(
                    geo,
                    "grdp_real_index",
                    part["year"],
                    level,
                    ";".join(ids),
                    f"base year {base} = 100",
                )
            )
    return pd.DataFrame(rows)


def _latest_unbroken_run(g: pd.DataFrame) -> pd.DataFrame:
    """The last run of consecutive years with current basis and no known break."""
    ok = (g["basis"] == "current").to_numpy()
    years = g["year"].to_numpy()
    end = len(g)
    start = end
    while start > 0 and ok[start - 1] and (start == end or years[start] == years[start - 1] + 1):
        start -= 1
    return g.iloc[start:end]


def _derived(geo, indicator, year, value, source_ids, note) -> dict:
    return {
        "geo": geo, "indicator": indicator, "year": int(year), "value": float(value),
        "unit": DERIVED[indicator][0], "kind": "derived", "basis": "current", "vintage": "",
        "authority": "", "published": "", "source_ids": source_ids, "n_candidates": 0,
        "spread": 0.0, "note": note,
    }  # fmt: skip


def ratios(series: pd.DataFrame) -> pd.DataFrame:
    """Ratios of :data:`RATIOS` where numerator and denominator exist for the same year."""
    rows = []
    current = series[series["basis"] == "current"]
    for out, num, den, num_unit, den_unit, factor in RATIOS:
        a, b = _by_geo_year(current, num), _by_geo_year(current, den)
        for key in sorted(a.keys() & b.keys()):
            pa, pb = a[key], b[key]
            _check_unit(pa, num_unit)
            _check_unit(pb, den_unit)
            value = pa["value"] / pb["value"] * factor
            # one release per ratio, or the row says it mixes releases
            parts = {c: [pa[c], pb[c]] for c in ("producer", "published")}
            mixed = mixed_release_note(parts)
            note = DERIVED[out][1] + (f"; {mixed}" if mixed else "")
            rows.append(
                _derived(*key[:1], out, key[1], value, f"{pa['obs_id']};{pb['obs_id']}", note)
            )
    return pd.DataFrame(rows)


def _by_geo_year(series: pd.DataFrame, indicator: str) -> dict[tuple, dict]:
    """``(geo, year) → row`` (a dict) of one indicator; one row per key (the selection's)."""
    rows = series[series["indicator"] == indicator]
    keys = zip(rows["geo"], rows["year"], strict=True)
    read = ["value", "unit", "indicator", "obs_id", "origin", "line", "producer", "published"]
    return dict(zip(keys, rows[read].to_dict("records"), strict=True))


def period_averages(series: pd.DataFrame, periods=PLAN_PERIODS) -> pd.DataFrame:
    """Average annual GRDP growth over each plan period, with a reason where it cannot be computed."""
    rows = []
    growth = series[series["indicator"] == "grdp_growth"]
    for geo, g in growth.groupby("geo"):
        # year → (value, basis, obs_id), looked up in a dict rather than cell by cell; the
        # selection gives one value per year (a year given twice is refused below)
        years_seen = g["year"].tolist()
        by_year = dict(zip(years_seen, zip(g["value"], g["basis"], g["obs_id"], strict=True),
                           strict=True))  # fmt: skip
        for start, end in periods:
            years = range(start, end + 1)
            if any(years_seen.count(y) > 1 for y in years):
                raise ValueError(f"{geo} grdp_growth has two values for a year of {start}-{end}")
            have = [y for y in years if y in by_year and by_year[y][1] == "current"]
            row = {"geo": geo, "indicator": "grdp_growth_avg", "period": f"{start}-{end}",
                   "period_start": start, "period_end": end, "unit": "pct", "kind": "derived"}  # fmt: skip
            if len(have) == len(years):
                row.update(value=geometric_average([by_year[y][0] for y in years]),
                           source_ids=";".join(by_year[y][2] for y in years), note="")  # fmt: skip
            else:
                missing = [str(y) for y in years if y not in have]
                row.update(value=np.nan, source_ids="",
                           note=f"not computed: no current-basis value for {', '.join(missing)}")  # fmt: skip
            rows.append(row)
    return pd.DataFrame(rows)


# --- same-release values from a release's own statements --------------------------------
#
# The city's 2025 release gives digital value added (275.3 trillion VND, 17.34 % of
# GRDP) and says it grew 13.4 % on 2024 and is 1.76 times its 2020 level. Those
# statements give 2024 and 2020 on the release's own basis; read against nominal GRDP
# they give shares comparable with 2025's, so the pace is not a chain of releases
# (16.25 % for 2024 came from an earlier release, of unstated method).


@dataclass(frozen=True)
class ReleaseStatement:
    """A release's statement of how a value compares with an earlier year."""

    obs_id: str  # the observation (in the release) the statement is attached to
    year: int  # the earlier year it speaks of
    divisor: float  # value(obs year) / value(year)
    text: str  # the words in the observation's quote that state it (checked)


RELEASE_2025 = "digital_econ_share_release2025"
STATEMENTS = [
    ReleaseStatement("HN-DEVA-2025-01", 2024, 1.134, "13.4%"),
    ReleaseStatement("HN-DEVA-2025-01", 2020, 1.76, "1.76 times"),
]
#: the release's own share for its year (same source as the value added)
RELEASE_SHARE_ID = "HN-DES-2025-01"
DERIVED[RELEASE_2025] = (
    "pct_of_grdp",
    "Digital value added on the city's 2025 release (its growth statements, read as nominal) "
    "/ nominal GRDP (GSO per capita × average population)",
)


def release_shares(series: pd.DataFrame) -> pd.DataFrame:
    """Digital-economy shares of 2020 and 2024 on the city's 2025 release (module notes).

    Notes
    -----
    ``VA_y = VA_2025 / divisor`` for each statement (13.4 % on 2024 → ÷1.134; 1.76 times
    2020 → ÷1.76), the statements' growth being read as nominal (the release does not say
    whether it is real or nominal; nominal is the reading that matches a share of nominal
    GRDP). ``share_y = 100 VA_y / GRDP_y`` with ``GRDP_y`` = GSO GRDP per capita (million
    VND) × average population (thousand) = bn VND, one consistent release. Hanoi: 2020
    156,420 / 1,017,591 = 15.37 %; 2024 242,769 / 1,420,309 = 17.09 %; 2025 the release's
    own 17.34 %. Each value cites the raw ids it came from. A statement whose words are no
    longer in the raw quote stops the pipeline (review the statement).
    """
    rows = []
    by_id = series.set_index("obs_id") if "obs_id" in series else pd.DataFrame()
    cur = series[series["basis"] == "current"]
    pc = cur[cur["indicator"] == "grdp_per_capita_vnd"].set_index(["geo", "year"])
    pop = cur[cur["indicator"] == "population_avg"].set_index(["geo", "year"])
    for st in STATEMENTS:
        if st.obs_id not in by_id.index:
            continue
        va = by_id.loc[st.obs_id]
        if st.text not in str(va.get("quote", "")) + " " + str(va.get("note", "")):
            raise DerivationError(
                va["origin"], va["line"], "quote",
                f"{st.obs_id} no longer states {st.text!r}: review derive.STATEMENTS",
            )  # fmt: skip
        _check_unit(va, "bn_vnd")
        key = (va["geo"], st.year)
        if key not in pc.index or key not in pop.index:
            continue
        p, n = pc.loc[key], pop.loc[key]
        _check_unit(p, "mn_vnd")
        _check_unit(n, "thousand_persons")
        grdp = p["value"] * n["value"]
        share = 100 * va["value"] / st.divisor / grdp
        note = (f"{va['value']:g} bn VND in {int(va['year'])} / {st.divisor:g} ({st.text}, read as nominal) "
                f"/ GRDP {grdp:,.0f} bn VND (per capita × population)")  # fmt: skip
        rows.append(_derived(va["geo"], RELEASE_2025, st.year, share,
                             f"{st.obs_id};{p['obs_id']};{n['obs_id']}", note))  # fmt: skip
    if rows and RELEASE_SHARE_ID in by_id.index:
        own = by_id.loc[RELEASE_SHARE_ID]
        rows.append(_derived(own["geo"], RELEASE_2025, int(own["year"]), float(own["value"]),
                             RELEASE_SHARE_ID, "the release's own share"))  # fmt: skip
    return pd.DataFrame(rows)
