"""The digital-economy share of GRDP: who measured what (notebook 04's measurement tables).

Three measurements of one policy concept (data README §4.4) are kept apart throughout:
the GSO's statistical method (``digital_econ_share_gso``), the ministry's model-based
method (``digital_econ_share_mic``) and figures of unstated method, mostly the city's own
(``digital_econ_share``). They are never chained into one series: a fall from the MIC
figure for 2022 (17.15 %) to the GSO figure for 2023 (15.85 %) is a change of producer.
What the targets need from each measurement, and when the same-release pace reaches
them, is :mod:`hn4ir_analysis.views.digital_targets`.

Notes
-----
* Published figures come from the raw observations of the as-of view, chosen or not
  (:func:`published_figures`); the comparison of every geography uses the chosen values
  plus the published projections, flagged ``+proj`` (:func:`comparison_long`).
* Growth of a share: :func:`observed_growth` is the first-to-latest growth of each
  measurement on its own (``methods.cagr`` and percentage points a year), the yardstick
  for the growth the targets need (:func:`.digital_targets.required_share_growth`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import methods
from hn4ir_analysis.data.asof import MEASURES, AsOfData
from hn4ir_analysis.views.i18n import headers, place_name, t_or

TARGET = "digital_econ_share"
#: the city's 2025 release on one basis (derive.release_shares): the pace the view uses
SAME_RELEASE = "digital_econ_share_release2025"
#: the published measurements of the target, in the order shown (GSO, MIC, unstated
#: method); the derived same-release series is judged too but is not a published figure
SERIES = tuple(s for s in MEASURES[TARGET] if s != SAME_RELEASE)
#: every series the targets are judged on: the three measurements and the same-release one
JUDGED = (*SERIES, SAME_RELEASE)
VA = "digital_econ_va"
RANKS = ("digital_econ_share_gso_rank", "digital_econ_share_mic_rank", "digital_econ_share_rank",
         "digital_econ_share_rank_cities")  # fmt: skip
METHOD_COLUMNS = ("ex_post", "eurostat", "unsd", "escap", "destatis", "model")
CODED = {"series": "nb04.series", "what": "nb04.series", "geo": place_name, "status": "nb04.status", "event": "nb04.event",
         "vintage": "nb34.vintage", **{m: "verdict" for m in METHOD_COLUMNS}}  # fmt: skip


def localize(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Headers and code values (series, geo, status, verdicts) in ``lang``."""
    return localize_with(frame, lang, CODED)


def coded_value(how, value, lang: str):
    """A code value as a reader reads it in ``lang``. ``how``: a key prefix (``nb04.series``
    → the key ``nb04.series.<value>``; the value itself where there is no such key), or a
    function of ``(value, lang)`` (places: :func:`~hn4ir_analysis.views.i18n.place_name`)."""
    return how(value, lang) if callable(how) else t_or(f"{how}.{value}", lang, value)


def localize_with(frame: pd.DataFrame, lang: str, coded: dict) -> pd.DataFrame:
    """Headers (keys ``nb34.col.<column>``) and code values (``coded``: column → key prefix
    or function, :func:`coded_value`) in ``lang``."""
    out = frame.copy()
    for col, how in coded.items():
        if col in out:
            out[col] = [coded_value(how, v, lang) for v in out[col]]
    return out.rename(columns=headers(out.columns, "nb34.col", lang))


def published_figures(data: AsOfData, indicators, *, geos=None) -> pd.DataFrame:
    """Every published figure of ``indicators`` in the as-of view, chosen or not.

    The view has already cut them (years ≤ ``as_of``, published by the end of
    ``as_of + 1`` where the date is known); projections included (``vintage``).
    ``source`` is the publisher of the page (``sources.csv``) or its producer.
    """
    observations = data.observations
    obs = observations[observations["indicator"].isin(list(indicators))]
    if geos is not None:
        obs = obs[obs["geo"].isin(list(geos))]
    obs = obs.assign(year=obs["period_end"].astype(int), published=obs["published"].fillna(""))
    publisher = data.sources.set_index("source_id")["publisher"].to_dict()
    obs["source"] = [
        publisher.get(s) or p for s, p in zip(obs["source_id"], obs["producer"], strict=True)
    ]
    cols = ["geo", "indicator", "period", "year", "value", "unit", "vintage", "basis", "authority",
            "producer", "published", "source", "obs_id", "source_url"]  # fmt: skip
    return (
        obs[cols]
        .sort_values(["geo", "indicator", "year", "published", "obs_id"])
        .reset_index(drop=True)
    )


def doc_code(target_id: str) -> str:
    """Short document code of a target id: ``KH205``, ``DH18DRAFT s1``."""
    parts = target_id.split("_")
    return parts[0] + (f" {parts[-1]}" if parts[-1] in ("s1", "s2") else "")


def _is_share(indicator: str) -> bool:
    return indicator.startswith("digital_econ_share") and not indicator.endswith(
        ("_rank", "_avg", "_cities")
    )


def measurements_table(data: AsOfData, geo: str = config.HANOI) -> pd.DataFrame:
    """Every published figure of the three measurements (and the value added) for ``geo``.

    Figures repeated by several pages (same series, year and value) are one row with their
    ids joined; ``published`` is the earliest date.
    """
    f = published_figures(data, [*SERIES, VA], geos=[geo])
    if f.empty:
        return pd.DataFrame(columns=["series", "year", "value", "unit", "producer", "vintage",
                                     "published", "source", "obs_id"])  # fmt: skip
    f = f.assign(
        series=f["indicator"], order=f["indicator"].map({s: i for i, s in enumerate([*SERIES, VA])})
    )
    g = f.sort_values(["order", "year", "published"]).groupby(
        ["order", "series", "year", "value"], sort=True
    )
    out = g.agg(unit=("unit", "first"), producer=("producer", "first"), vintage=("vintage", "first"),
                published=("published", "first"), source=("source", lambda x: "; ".join(dict.fromkeys(x))),
                obs_id=("obs_id", lambda x: ";".join(x))).reset_index()  # fmt: skip
    return out.drop(columns="order")


def value_added_check(annual: pd.DataFrame) -> pd.DataFrame:
    """Digital value added / GRDP at current prices against the published share of the same year."""
    hn = annual[annual["geo"] == config.HANOI].set_index(["indicator", "year"])["value"]
    rows = []
    for year in sorted(y for ind, y in hn.index if ind == VA):
        grdp = hn.get(("grdp_current_prices", year), np.nan)
        share = 100 * hn[(VA, year)] / grdp
        rows.append({"year": year, "value_added": hn[(VA, year)], "grdp": grdp, "computed_share": share,
                     "published_share": hn.get((TARGET, year), np.nan)})  # fmt: skip
    return pd.DataFrame(rows)


def comparison_long(data: AsOfData) -> pd.DataFrame:
    """All share measurements of every geography (chosen values), plus published projections.

    Projections (``series`` suffixed ``+proj``) come from the raw observations: the
    selection rule keeps them out of annual series, but a reader should see, e.g., the
    ministry's 18.6 % for Vietnam in 2024 flagged as a forecast.
    """
    a = data.annual[data.annual["indicator"].map(_is_share)]
    long = a.assign(series=a["indicator"])[["geo", "series", "year", "value", "vintage"]]
    shares = [i for i in data.observations["indicator"].unique() if _is_share(i)]
    p = published_figures(data, shares)
    p = p[p["vintage"] == "projection"]
    proj = p.assign(series=p["indicator"] + "+proj")[["geo", "series", "year", "value", "vintage"]]
    return (
        pd.concat([long, proj], ignore_index=True)
        .sort_values(["geo", "series", "year"])
        .reset_index(drop=True)
    )


def comparison_wide(long: pd.DataFrame) -> pd.DataFrame:
    """``comparison_long`` as geo × series rows and one column per year (Hanoi first, then Vietnam)."""
    if long.empty:
        return pd.DataFrame(columns=["geo", "series"])
    w = long.pivot_table(index=["geo", "series"], columns="year", values="value", aggfunc="first")
    w.columns = [str(c) for c in w.columns]
    w = w.reset_index()
    first = {config.HANOI: 0, "VN": 1}
    w["_o"] = w["geo"].map(lambda g: first.get(g, 2))
    return w.sort_values(["_o", "geo", "series"]).drop(columns="_o").reset_index(drop=True)


def ranks_table(data: AsOfData) -> pd.DataFrame:
    """Published national ranks of the digital-economy share (1 = highest), every geography."""
    r = published_figures(data, RANKS)
    r = r.assign(series=r["indicator"], rank=r["value"].astype(int))
    r = r.drop_duplicates(["geo", "series", "year", "rank"])
    return r[["series", "year", "geo", "rank", "producer", "obs_id"]].sort_values(
        ["series", "year", "rank"]).reset_index(drop=True)  # fmt: skip


def observed_growth(annual: pd.DataFrame) -> pd.DataFrame:
    """First-to-latest growth of every share series with two or more years (one measurement each)."""
    rows = []
    a = annual[annual["indicator"].map(_is_share)].sort_values("year")
    for (geo, ind), g in a.groupby(["geo", "indicator"]):
        if len(g) < 2:
            continue
        y0, y1, t0, t1 = (
            g["value"].iloc[0],
            g["value"].iloc[-1],
            int(g["year"].iloc[0]),
            int(g["year"].iloc[-1]),
        )
        rows.append({"geo": geo, "series": ind, "years": f"{t0}-{t1}", "first": y0, "latest": y1,
                     "cagr": 100 * methods.cagr(y0, t0, y1, t1), "pp_per_year": (y1 - y0) / (t1 - t0)})  # fmt: skip
    return pd.DataFrame(rows)
