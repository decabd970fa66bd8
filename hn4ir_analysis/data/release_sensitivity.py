"""How much the same-release digital-economy shares rest on two readings (issue 16 §3).

:func:`hn4ir_analysis.data.derive.release_shares` turns the city's 2025 release (digital
value added 275.3 trillion VND, 17.34 % of GRDP, "+13.4 % on 2024", "1.76 times 2020")
into shares for 2020 and 2024 by two choices the release does not make for us:

``growth``
    ``nominal`` (the default): "1.76 times" compares value added at current prices;
    ``real``: it compares volumes, so at current prices 2020's value added is smaller by
    the price rise, ``VA_y = VA_2025 / (divisor × D_y)`` with the GRDP deflator ratio
    ``D_y = (GRDP_2025 / GRDP_y) / (I_2025 / I_y)`` (nominal GRDP ratio over the real GRDP
    index ratio chained from the chosen annual growth rates). The deflator of digital
    value added itself is not published; the GRDP deflator stands in for it.
``grdp``
    ``gso_series`` (the default): GRDP of year ``y`` = GSO per capita × average population
    (the series of today); ``published_at_time``: the first GRDP at current prices
    published for that year (for 2020 the city's 1,060,000 bn VND of October 2020,
    before the 2021 revisions).

Notes
-----
``GRDP_2025`` in the deflator is the release's own: value added / its share
(275,300 / 17.34 % = 1,587,659 bn VND). The 2025 share is the release's own in every
reading. Every value cites the raw ids it came from; the default reading reproduces
:func:`~hn4ir_analysis.data.derive.release_shares` exactly (tested).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis.data import derive
from hn4ir_analysis.data.select import full_date, select_annual

#: (growth reading, GRDP reading); the first is the one the package's series uses
READINGS = (
    ("nominal", "gso_series"),
    ("nominal", "published_at_time"),
    ("real", "gso_series"),
    ("real", "published_at_time"),
)
COLUMNS = ["growth", "grdp", "year", "share", "grdp_bn_vnd", "divisor", "deflator",
           "source_ids", "note"]  # fmt: skip


def _gso_grdp(chosen: pd.DataFrame, geo: str, year: int):
    cur = chosen[(chosen["basis"] == "current") & (chosen["geo"] == geo) & (chosen["year"] == year)]
    pc = cur[cur["indicator"] == "grdp_per_capita_vnd"]
    pop = cur[cur["indicator"] == "population_avg"]
    if pc.empty or pop.empty:
        return None
    p, n = pc.iloc[0], pop.iloc[0]
    derive._check_unit(p, "mn_vnd")
    derive._check_unit(n, "thousand_persons")
    return float(p["value"]) * float(n["value"]), f"{p['obs_id']};{n['obs_id']}"


def _first_published_grdp(observations: pd.DataFrame, geo: str, year: int):
    o = observations[
        (observations["geo"] == geo) & (observations["indicator"] == "grdp_current_prices")
        & (observations["period_start"] == year) & (observations["period_end"] == year)
        & (observations["basis"] == "current") & (observations["vintage"] != "projection")
        & (observations["published"].fillna("") != "")
    ]  # fmt: skip
    if o.empty:
        return None
    first = o.assign(_d=o["published"].map(full_date)).sort_values(["_d", "obs_id"]).iloc[0]
    derive._check_unit(first, "bn_vnd")
    return float(first["value"]), str(first["obs_id"])


def _real_ratio(chosen: pd.DataFrame, geo: str, y0: int, y1: int):
    g = chosen[(chosen["geo"] == geo) & (chosen["indicator"] == "grdp_growth")
               & (chosen["basis"] == "current")].set_index("year")  # fmt: skip
    years = range(y0 + 1, y1 + 1)
    if any(y not in g.index for y in years):
        return None
    for y in years:
        derive._check_unit(g.loc[y], "pct")
    return float(np.prod([1 + g.at[y, "value"] / 100 for y in years])), ";".join(
        g.loc[list(years), "obs_id"]
    )


def release_share_readings(chosen: pd.DataFrame, observations: pd.DataFrame) -> pd.DataFrame:
    """The same-release shares under each of :data:`READINGS` (module notes).

    Parameters
    ----------
    chosen : DataFrame
        The chosen annual observations (with ``obs_id``, ``quote``), as
        :func:`~hn4ir_analysis.data.derive.release_shares` takes them.
    observations : DataFrame
        Every observation (for the GRDP published at the time).

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`: one row per reading and year (the statements' years and
        the release's own year), ``share`` in % of GRDP. A reading whose parts are missing
        has no rows.
    """
    base = derive.release_shares(chosen)
    if base.empty:
        return pd.DataFrame(columns=COLUMNS)
    by_id = chosen.set_index("obs_id")
    own = by_id.loc[derive.RELEASE_SHARE_ID]
    rows = []
    for st in derive.STATEMENTS:
        va = by_id.loc[st.obs_id]
        geo, t1 = va["geo"], int(va["year"])
        grdp_t1 = float(va["value"]) / (float(own["value"]) / 100)  # the release's own GRDP
        for growth, grdp in READINGS:
            part = (_gso_grdp(chosen, geo, st.year) if grdp == "gso_series"
                    else _first_published_grdp(observations, geo, st.year))  # fmt: skip
            if part is None:
                continue
            grdp_y, ids = part
            deflator, real_ids = 1.0, ""
            if growth == "real":
                real = _real_ratio(chosen, geo, st.year, t1)
                if real is None:
                    continue
                deflator, real_ids = (grdp_t1 / grdp_y) / real[0], real[1]
            share = 100 * float(va["value"]) / (st.divisor * deflator) / grdp_y
            note = (f"{va['value']:g} bn VND / ({st.divisor:g} ({st.text}, read as {growth})"
                    f" × deflator {deflator:.4f}) / GRDP {grdp_y:,.0f} bn VND ({grdp})")  # fmt: skip
            src = ";".join(x for x in (st.obs_id, ids, real_ids, derive.RELEASE_SHARE_ID) if x)
            rows.append({"growth": growth, "grdp": grdp, "year": st.year, "share": share,
                         "grdp_bn_vnd": grdp_y, "divisor": st.divisor, "deflator": deflator,
                         "source_ids": src, "note": note})  # fmt: skip
    for growth, grdp in READINGS:
        if any(r["growth"] == growth and r["grdp"] == grdp for r in rows):
            rows.append({"growth": growth, "grdp": grdp, "year": int(own["year"]),
                         "share": float(own["value"]), "grdp_bn_vnd": np.nan, "divisor": 1.0,
                         "deflator": 1.0, "source_ids": derive.RELEASE_SHARE_ID,
                         "note": "the release's own share"})  # fmt: skip
    order = {r: i for i, r in enumerate(READINGS)}
    out = pd.DataFrame(rows, columns=COLUMNS)
    out["_o"] = [order[(g, d)] for g, d in zip(out["growth"], out["grdp"], strict=True)]
    return out.sort_values(["_o", "year"]).drop(columns="_o").reset_index(drop=True)


def readings_from_observations(observations: pd.DataFrame) -> pd.DataFrame:
    """:func:`release_share_readings` from the observations alone (chosen by the selection rule).

    ``observations`` is usually an as-of view's, already checked: today's data stop on an
    unsettled tie when the view is prepared (:func:`hn4ir_analysis.data.asof.prepare`), and a
    past view logs its ties instead of stopping (the user cannot settle the past), so the
    choice here does not check ties again.
    """
    chosen, _log = select_annual(observations, strict=False)
    return release_share_readings(chosen, observations)
