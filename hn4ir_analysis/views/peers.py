"""Hanoi among its peers, the base rate of fast growth, and what 2026-30 requires (issue 20).

Frames and a chart for notebook 02 and the 2030 page; :func:`show` is the one call the
2030 page makes. Words through :mod:`hn4ir_analysis.views.i18n` (``peers.*`` keys in
the catalogues), numbers through its formatter.

Notes
-----
Data: ``peers.csv`` (:mod:`hn4ir_analysis.data.peers`, one statistics-office release),
the base rates of :mod:`hn4ir_analysis.assess.feasibility` (table V03.10, 2018-2025) and
the requirements of :mod:`hn4ir_analysis.assess.requirements`; each names its sources.
"""

from __future__ import annotations

import re

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import feasibility, requirements
from hn4ir_analysis.data import peers as peers_data
from hn4ir_analysis.views import i18n, plots
from hn4ir_analysis.views.notebook import escape_markdown

#: the page's headline growth target (DH18_2030_grdp_growth, ≥ 11 %/yr)
HEADLINE_THRESHOLD = 11.0


def load(processed_dir=None) -> pd.DataFrame:
    """``peers.csv`` as written by ``hn4ir data`` (built from raw if not there yet)."""
    from hn4ir_analysis.data.processed import load_processed

    try:
        frame = load_processed(peers_data.FILE, processed_dir)
    except FileNotFoundError:
        from hn4ir_analysis.data.load import load_raw

        frame = peers_data.table(load_raw().observations)
    return frame.assign(period=frame["period"].astype(str))


def _numbers(text: str, lang: str) -> str:
    """Numbers inside a short code-made text ("8.5-9.5") in the page's style."""

    def one(m: re.Match) -> str:
        return i18n.format_number(float(m.group(0)), lang, len(m.group(1) or ""))

    return re.sub(r"\d+(?:\.(\d+))?", one, text).replace("-", "–")


def _place(geo: str, lang: str) -> str:
    return i18n.place_name(geo, lang)


def _boundary(geo: str, lang: str) -> str:
    if geo == "VN":
        return i18n.t("peers.boundary.country", lang)
    parts = peers_data.MERGED[geo]
    if not parts:
        return i18n.t("peers.boundary.none", lang)
    return i18n.t("peers.boundary.merged", lang, parts=", ".join(parts))


def usd_rate(frame: pd.DataFrame) -> float:
    """VND per USD used in the USD rows (the VND row over the USD row, Hanoi)."""
    hn = frame[(frame["geo"] == config.HANOI) & (frame["period"] == "2025")].set_index("indicator")
    return (
        float(hn.at["grdp_per_capita_vnd", "value"])
        * 1e6
        / float(hn.at["grdp_per_capita_usd", "value"])
    )


def peer_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per place: growth, per capita, digital share, productivity; source ids."""
    cols = {("grdp_growth_avg", "2021-2025"): "peers.col.avg", ("grdp_growth", "2025"): "peers.col.g2025",
            ("grdp_per_capita_vnd", "2025"): "peers.col.pc_vnd", ("grdp_per_capita_usd", "2025"): "peers.col.pc_usd",
            ("digital_econ_share_gso", str(peers_data.DIGITAL_YEAR)): "peers.col.digital",
            ("labour_productivity_growth_avg", "2016-2020"): "peers.col.prod"}  # fmt: skip
    rows = []
    for geo in peers_data.GEOS:
        g = frame[frame["geo"] == geo]
        row = {i18n.t("peers.col.place", lang): _place(geo, lang),
               i18n.t("peers.col.boundary", lang): _boundary(geo, lang)}  # fmt: skip
        ids = []
        for (ind, period), key in cols.items():
            hit = g[(g["indicator"] == ind) & (g["period"] == period)]
            row[(key, ind)] = float(hit["value"].iloc[0]) if len(hit) else float("nan")
            ids += [i for s in hit["source_ids"] for i in s.split(";")]
        row[i18n.t("peers.col.sources", lang)] = "; ".join(dict.fromkeys(ids))
        rows.append(row)
    out = pd.DataFrame(rows)
    unit = {"grdp_growth_avg": "pct_year", "grdp_growth": "pct", "grdp_per_capita_vnd": "mn_vnd",
            "grdp_per_capita_usd": "usd", "digital_econ_share_gso": "pct_of_grdp",
            "labour_productivity_growth_avg": "pct_year"}  # fmt: skip
    names = {}
    for c in out.columns:
        if isinstance(c, tuple):
            u = unit[c[1]]
            label = i18n.t("peers.unit.pct", lang) if u == "pct_year" else i18n.unit_label(u, lang)
            names[c] = f"{i18n.t(c[0], lang)} ({label})"
    return out.rename(columns=names)


def dot_plot(ax, frame: pd.DataFrame, lang: str, threshold: float = HEADLINE_THRESHOLD):
    """Annual growth 2021-25 (small dots) and the average (large dot) per place; Hanoi marked."""
    geos = list(peers_data.GEOS)[::-1]
    for i, geo in enumerate(geos):
        g = frame[frame["geo"] == geo]
        annual = g[g["indicator"] == "grdp_growth"]["value"]
        avg = float(g[g["indicator"] == "grdp_growth_avg"]["value"].iloc[0])
        colour = plots.PALETTE[1] if geo == config.HANOI else plots.PALETTE[5]
        ax.scatter(annual, [i] * len(annual), s=18, color=colour, alpha=0.55,
                   label=i18n.t("peers.plot.annual", lang) if i == 0 else None)  # fmt: skip
        ax.scatter([avg], [i], s=90, color=colour, edgecolor="black", zorder=3,
                   label=i18n.t("peers.plot.avg", lang) if i == 0 else None)  # fmt: skip
        ax.annotate(i18n.format_number(avg, lang, 2), (avg, i), textcoords="offset points",
                    xytext=(0, 7), ha="center", fontsize=8)  # fmt: skip
    ax.axvline(threshold, color="black", linestyle="--", linewidth=1,
               label=i18n.t("peers.plot.target", lang, thr=i18n.format_number(threshold, lang, 0)))  # fmt: skip
    ax.set_yticks(range(len(geos)), [_place(g, lang) for g in geos])
    ax.set_xlabel(i18n.t("peers.plot.x", lang))
    ax.set_title(i18n.t("peers.plot.title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    plots.add_source(ax, i18n.t("peers.plot.source", lang), lang)
    return ax


def base_rate_frame(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The 5-year GRDP rows of ``feasibility.csv`` for reading."""
    t = table[(table["indicator"] == "grdp_growth") & (table["window_years"] == 5)]
    return pd.DataFrame({
        i18n.t("peers.col.threshold", lang) + f" ({i18n.t('peers.unit.pct', lang)})": t["threshold"],
        i18n.t("peers.col.windows", lang): t["windows"].astype(int),
        i18n.t("peers.col.met", lang): t["windows_met"].astype(int),
        i18n.t("peers.col.share", lang) + " (%)": 100 * t["share"],
        i18n.t("peers.col.large_met", lang): t["large_met"].astype(int),
        i18n.t("peers.col.who", lang): [", ".join(i18n.province_name(g) for g in str(p).split(";") if g)
                                        for p in t["provinces_met"].fillna("")],
    })  # fmt: skip


def base_rate_sentence(table: pd.DataFrame, windows: pd.DataFrame, lang: str,
                       threshold: float = HEADLINE_THRESHOLD) -> str:  # fmt: skip
    """ "x of y five-year windows … reached it, none of them a city of Hanoi's size"."""
    row = table[(table["indicator"] == "grdp_growth") & (table["window_years"] == 5)
                & (table["threshold"] == threshold)].iloc[0]  # fmt: skip
    w = windows[(windows["indicator"] == "grdp_growth") & (windows["window_years"] == 5)]
    hn = w[w["geo"] == config.HANOI].sort_values("average").iloc[-1]
    met_ids = [s for s in str(row["windows_met_ids"] or "").split(";") if s]
    who = ", ".join(
        escape_markdown(f"{i18n.province_name(g)} {span.replace('-', '–')}")
        for g, span in (m.split(":") for m in met_ids)
    ) or i18n.t("peers.base.nobody", lang)
    k = int(row["large_met"])
    large = (
        i18n.t("peers.base.none_large", lang)
        if k == 0
        else i18n.t("peers.base.some_large", lang, k=k)
    )
    return i18n.t("peers.base.sentence", lang, thr=i18n.format_number(threshold, lang, 0),
                  met=int(row["windows_met"]), n=int(row["windows"]), provinces=w["geo"].nunique(),
                  first=int(w["start"].min()), who=who, large=large,
                  best=i18n.format_number(hn["average"], lang, 2), span=f"{hn['start']}–{hn['end']}")  # fmt: skip


def requirements_frame(req: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The 2026-30 requirements table for reading (values in %/yr, or % of growth for TFP)."""
    lo, hi = (req["employment_low"].dropna().iloc[0], req["employment_high"].dropna().iloc[0])
    return pd.DataFrame({
        i18n.t("peers.col.item", lang): [i18n.t(f"peers.req.{i}", lang) for i in req["item"]],
        i18n.t("peers.col.target_id", lang): req["target_id"].fillna(""),
        i18n.t("peers.col.period", lang): req["period"].str.replace("-", "–"),
        i18n.t("peers.col.target", lang): [_numbers(x, lang) if isinstance(x, str) else "" for x in req["target"]],
        i18n.t("peers.col.value", lang): req["value"],
        i18n.t("peers.col.other_low", lang, e=i18n.format_number(lo, lang, 2)): req["at_employment_low"],
        i18n.t("peers.col.other_low", lang, e=i18n.format_number(hi, lang, 2)): req["at_employment_high"],
        i18n.t("peers.col.unit", lang): [i18n.t(f"peers.unit.{u}", lang) for u in req["unit"]],
        i18n.t("peers.col.sources", lang): req["source_ids"].str.replace(";", "; "),
    })  # fmt: skip


def goal_text(goal: dict, lang: str) -> str:
    """The "above the national average" productivity goal, judged on one release."""
    vn = "–".join(i18n.format_number(v, lang, 2) for v in sorted(set(goal["vn"])))
    key = "peers.goal.one_release" if goal["judgeable"] else "peers.goal.text"
    return i18n.t("peers.goal.title", lang) + "\n\n" + i18n.t(
        key, lang, target_id=goal["target_id"], hn=i18n.format_number(goal["hn"], lang, 1),
        vn=vn, vn_ids=", ".join(goal["vn_ids"]), relation=i18n.t(f"peers.goal.{goal['relation']}", lang))  # fmt: skip


PARTS = ("peers", "base", "requirements")


def show(lang: str, data=None, *, parts=PARTS, processed_dir=None) -> None:
    """The 2030 page's section: peers (table, dot plot, productivity goal), base rate, requirements.

    ``data`` is the page's :class:`~hn4ir_analysis.data.asof.AsOfData`; nothing is shown
    before as of 2025 (the release covers 2021-2025). ``parts`` picks sections of :data:`PARTS`.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Markdown, display

    from hn4ir_analysis.views import notebook

    if data is not None and data.as_of < peers_data.PERIOD[1]:
        return
    if "peers" in parts:
        _show_peers(lang, data, load(processed_dir), plt, display, Markdown, notebook)
    if "base" in parts:
        _show_base(lang, processed_dir, display, Markdown, notebook)
    if "requirements" in parts:
        _show_requirements(lang, data, display, Markdown, notebook)


def _show_peers(lang, data, frame, plt, display, Markdown, notebook) -> None:
    display(Markdown(i18n.t("peers.title", lang) + "\n\n" + i18n.t(
        "peers.intro", lang, rate=i18n.format_number(usd_rate(frame), lang, 0))))  # fmt: skip
    pf = peer_frame(frame, lang)
    notebook.table(
        pf,
        lang=lang,
        csv=f"peers_{lang}",
        decimals=dict(zip(pf.columns[2:8], (2, 2, 1, 0, 2, 1), strict=True)),
    )
    fig, ax = plt.subplots(figsize=(8, 3.8))
    dot_plot(ax, frame, lang)
    plt.show()
    if data is not None:
        ids = [t.target_id for t in data.targets]
        display(Markdown(goal_text(peers_data.productivity_goal(data.observations, ids), lang)))


def _show_base(lang, processed_dir, display, Markdown, notebook) -> None:
    panel = feasibility.panel(processed_dir)
    table, windows = feasibility.table(panel), feasibility.windows(panel, 5)
    display(Markdown(i18n.t("peers.base.title", lang) + "\n\n" + base_rate_sentence(table, windows, lang)
                     + "\n\n" + i18n.t("peers.base.note", lang)))  # fmt: skip
    bf = base_rate_frame(table, lang)
    notebook.table(
        bf, lang=lang, csv=f"feasibility_{lang}", decimals={bf.columns[0]: 0, bf.columns[3]: 1}
    )


def _show_requirements(lang, data, display, Markdown, notebook) -> None:
    req = requirements.table(data)
    lo, hi = req["employment_low"].dropna().iloc[0], req["employment_high"].dropna().iloc[0]
    display(Markdown(i18n.t("peers.req.title", lang) + "\n\n" + i18n.t(
        "peers.req.note", lang, lo=i18n.format_number(lo, lang, 2), hi=i18n.format_number(hi, lang, 2))))  # fmt: skip
    rf = requirements_frame(req, lang)
    notebook.table(
        rf, lang=lang, csv=f"requirements_2030_{lang}", decimals=dict.fromkeys(rf.columns[4:7], 2)
    )
