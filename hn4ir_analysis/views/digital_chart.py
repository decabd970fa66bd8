"""Notebook 04's share chart (``figures/04_digital_economy_share.png``), moved out of the notebook.

What it shows (issue 16 §6): Hanoi's share on the city's 2025 release, one basis (the
series the pace is read on), as the solid line; the other measurements as their own
lines; the city's figures of two releases (16.25 % for 2024 from an earlier release,
17.34 % for 2025) as hollow points with no line joining them, labelled "link not
counted"; Vietnam's series in grey; published projections as open triangles; the path
each measurement would need to reach Plan 205's > 40 % in 2030 (constant relative
growth, :func:`hn4ir_analysis.views.digital_targets.required_share_growth`).
"""

from __future__ import annotations

from matplotlib import ticker

from hn4ir_analysis.views import digital, digital_targets, plots
from hn4ir_analysis.views.i18n import format_number, indicator_label, t

SOURCE = "GSO; MIC (Vietnam Digital Economy Report 2022); UBND Hanoi; Hanoi Times (data/raw/hn4ir)"
#: series drawn as points only: figures of more than one release, whose link is no pace
TWO_RELEASES = ("digital_econ_share",)
MARKERS = dict(zip(digital.JUDGED, ("s", "^", "o", "D"), strict=True))


def share_chart(ax, long, annual, targets, *, lang: str, as_of: int, target_low: float = 40):
    """Draw the chart on ``ax`` (module notes); returns ``ax``."""
    hn, vn = long[long["geo"] == "HN"], long[long["geo"] == "VN"]
    same = annual[
        (annual["geo"] == "HN") & (annual["indicator"] == digital.SAME_RELEASE)
    ].sort_values("year")
    colour = dict(zip(digital.JUDGED, (*plots.PALETTE[:3], plots.PALETTE[4]), strict=True))
    if len(same):
        ax.plot(same["year"], same["value"], color=colour[digital.SAME_RELEASE], marker=MARKERS[digital.SAME_RELEASE],
                markersize=7, linewidth=2.2, zorder=5,
                label=t("nb04.hn_series", lang, series=t(f"nb04.series.{digital.SAME_RELEASE}", lang)))  # fmt: skip
    for k, s in enumerate(digital.SERIES):
        part = vn[vn["series"] == s]
        if len(part) > 1:
            ax.plot(part["year"], part["value"], color="#999999", linestyle=("-", "--", ":")[k], linewidth=1.2,
                    marker=MARKERS[s], markersize=4,
                    label=t("nb04.vn_series", lang, series=t(f"nb04.series.{s}", lang)))  # fmt: skip
        part = hn[hn["series"] == s]
        if not len(part):
            continue
        label = t("nb04.hn_series", lang, series=t(f"nb04.series.{s}", lang))
        if s in TWO_RELEASES and len(part) > 1:
            ax.plot(part["year"], part["value"], linestyle="none", marker=MARKERS[s], markersize=8,
                    markerfacecolor="white", color=colour[s], zorder=4,
                    label=f"{label} {t('sc.not_counted.two_releases', lang)}")  # fmt: skip
        else:
            ax.plot(part["year"], part["value"], color=colour[s], marker=MARKERS[s], markersize=8,
                    linestyle="-", label=label, zorder=4)  # fmt: skip
    proj = long[long["series"].str.endswith("+proj") & long["geo"].isin(["HN", "VN"])]
    for r in proj.itertuples():
        series = t(f"nb04.series.{r.series}", lang)
        ax.scatter([r.year], [r.value], marker="^", facecolors="white", edgecolors="#999999", zorder=4,
                   label=t("nb04.hn_series" if r.geo == "HN" else "nb04.vn_series", lang, series=series))  # fmt: skip
    paths = digital_targets.required_share_growth(annual, targets, as_of)
    keep = [s for s in digital.JUDGED if s not in TWO_RELEASES]  # no path from a two-release link
    paths = paths[(paths["target_year"] == 2030) & (paths["target"] == target_low)
                  & paths["required_cagr"].notna() & paths["series"].isin(keep)]  # fmt: skip
    for i, r in enumerate(paths.itertuples()):
        yrs = list(range(int(r.latest_year), 2031))
        ax.plot(yrs, [r.latest_value * (1 + r.required_cagr / 100) ** (y - r.latest_year) for y in yrs], ":",
                color=colour[r.series], linewidth=1.1, label=t("nb04.required_path", lang) if i == 0 else None)  # fmt: skip
    for tg in targets:
        if tg.target_id in ("KH205_2025_digital_econ_share", "KH205_2030_digital_econ_share"):
            plots.add_target(ax, tg.target_year, tg.low, lang=lang, unit="pct_of_grdp",
                             label=("≈" if tg.comparison == "approx" else ">") + f"{format_number(tg.low, lang, 0)}% "
                             f"({tg.target_year}, KH 205)")  # fmt: skip
    ax.set_xlim(2019.5, 2030.5)
    ax.set_ylim(0, 45)
    ax.set_title(t("nb04.fig_share", lang))
    ax.set_ylabel(indicator_label("digital_econ_share", lang))
    ax.set_xlabel(t("year", lang))
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(plots.LangFormatter(lang))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=8)
    plots.add_source(ax, SOURCE, lang)
    return ax
