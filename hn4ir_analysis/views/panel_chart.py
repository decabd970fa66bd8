"""One scorecard panel as a chart: every measurement, the projection and the targets.

:func:`panel_chart` draws a :class:`hn4ir_analysis.views.fan_panels.Panel` on an ``Axes``
in the style of :mod:`hn4ir_analysis.views.plots` (call :func:`~hn4ir_analysis.views.plots.use_style`
first):

>>> panel_chart(ax, panel, confidence=0.8, lang="vi", title="...", source="GSO")

Notes
-----
* A measurement shown but not counted (issue 16 §6) is drawn as hollow points with no
  line joining them; the others as lines with points.
* The projection (a level panel's fan opens from its last observation) is shaded with its
  prediction interval (:func:`~hn4ir_analysis.views.plots.add_interval`).
* Targets in the panel's unit: one mark per threshold, with its wordings joined
  (``≥ / > 40``); growth targets as %/yr bands over their years, a single year's target as
  a diamond (or a band for a range).
* Titles wrap to the panel width and the legend goes under the axes, in two columns only
  where both fit, so neighbouring panels never overlap.
"""

from __future__ import annotations

import textwrap

import matplotlib as mpl
import numpy as np

from hn4ir_analysis.data.target_catalogue import SYMBOLS
from hn4ir_analysis.views.i18n import t
from hn4ir_analysis.views.plots import (
    PALETTE,
    PROJECTION_COLOUR,
    _floats,
    _format_axes,
    _short_number,
    _unit_text,
    add_interval,
    add_source,
)


def _wrapped_title(ax, text: str) -> None:
    """A title wrapped to the axes width, so that neighbouring panels' titles never overlap."""
    fig = ax.figure
    width_in = fig.get_figwidth() * ax.get_position().width
    size = mpl.rcParams["axes.titlesize"]
    size = size if isinstance(size, (int, float)) else 12
    chars = max(20, int(width_in * 72 / (size * 0.62)))
    ax.set_title(textwrap.fill(text, width=chars, break_on_hyphens=False))


def panel_chart(ax, panel, *, confidence: float, lang: str, title: str, source: str):
    """One scorecard panel (:class:`hn4ir_analysis.views.fan_panels.Panel`): every measurement
    observed, the projection of the first with its interval, and the targets in the panel's
    unit (growth targets as %/yr bands over their years). Returns ``ax``."""
    unit_text = _unit_text(panel.unit, lang)
    if panel.how == "rate":
        unit_text = t("ov.pct_per_year", lang)
    excluded = {s: (why, set(years)) for s, why, years in getattr(panel, "not_counted", ())}
    for i, (series, values) in enumerate(panel.lines):
        years = sorted(values)
        label = t(f"nb04.series.{series}", lang) if len(panel.lines) > 1 else t("observed", lang)
        colour = PALETTE[i % len(PALETTE)]
        if series not in excluded:
            ax.plot(
                years, [values[y] for y in years], marker="o", color=colour, label=label, zorder=3
            )
            continue
        # shown, not counted (issue 16 §6): hollow points, no line joining them
        why, bad = excluded[series]
        bad = bad or set(years)
        good = [y for y in years if y not in bad]
        if good:
            ax.plot(
                good, [values[y] for y in good], marker="o", color=colour, label=label, zorder=3
            )
        ax.plot(sorted(bad), [values[y] for y in sorted(bad)], marker="o", linestyle="none",
                markerfacecolor="white", color=colour, zorder=3,
                label=f"{label} {t(f'sc.not_counted.{why}', lang)}")  # fmt: skip
    if panel.fan is not None:
        years, mean, lower, upper, _model = panel.fan
        first = panel.lines[0][1]
        last_year = max(first)
        fx, fm, flo, fhi = _floats(years), _floats(mean), _floats(lower), _floats(upper)
        if panel.how == "level":
            fx, fm = np.r_[last_year, fx], np.r_[first[last_year], fm]
            flo, fhi = np.r_[first[last_year], flo], np.r_[first[last_year], fhi]
        add_interval(ax, fx, flo, fhi, confidence=confidence, lang=lang)
        ax.plot(
            fx, fm, linestyle="--", color=PROJECTION_COLOUR, label=t("projection", lang), zorder=3
        )
    drawn: dict[tuple, list[str]] = {}  # one mark per threshold; its wordings joined ("≥ / > 40")
    for start, end, low, high, comparison in panel.targets:
        drawn.setdefault((start, end, low, high), []).append(SYMBOLS.get(comparison, ""))
    for k, ((start, end, low, high), syms) in enumerate(drawn.items()):
        colour = ("#333333", "#7a3b8f", "#b35806", "#1b7837")[k % 4]
        lo, hi = (low, high) if high is not None else (low, low)
        sym = " / ".join(dict.fromkeys(x for x in syms if x))
        value = (f"{_short_number(lo, lang)}–{_short_number(hi, lang)}" if hi != lo
                 else f"{sym} {_short_number(lo, lang)}".strip())  # fmt: skip
        when = f"{start}–{end}" if end != start else f"{end}"
        label = f"{t('target', lang)} {value} {unit_text}, {when}"
        if end != start or panel.how == "rate":
            x = [start - 0.4, end + 0.4]
            if hi != lo:
                ax.fill_between(x, lo, hi, color=colour, alpha=0.22, label=label, zorder=2)
            else:
                ax.plot(x, [lo, lo], color=colour, linewidth=2.4, label=label, zorder=2)
        else:
            if hi != lo:
                ax.fill_between(
                    [end - 0.4, end + 0.4], lo, hi, color=colour, alpha=0.3, label=label, zorder=4
                )
            else:
                ax.plot(
                    [end],
                    [lo],
                    marker="D",
                    markersize=8,
                    linestyle="none",
                    color=colour,
                    label=label,
                    zorder=5,
                )
    _wrapped_title(ax, title)
    ax.set_ylabel(unit_text)
    ax.set_xlabel(t("year", lang))
    _format_axes(ax, lang)
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        # two columns only when both fit under the axes; else one (never into the next panel)
        width_in = ax.figure.get_figwidth() * ax.get_position().width
        ncol = 2 if 2 * (max(map(len, labels)) + 4) * 8 * 0.6 / 72 <= width_in else 1
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(0, -0.16), ncol=ncol, fontsize=8,
                  frameon=False)  # fmt: skip
    add_source(ax, source, lang)
    return ax
