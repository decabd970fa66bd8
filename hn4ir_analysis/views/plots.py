"""One chart style for every figure, in English or Vietnamese.

Call :func:`use_style` once (a notebook's first cell), then draw on ``Axes`` you created
(``fig, ax = plt.subplots()`` or ``matplotlib.figure.Figure().subplots()``):

>>> series_chart(ax, years, values, label="grdp_growth", unit="pct", lang="vi", source="GSO")
>>> add_target(ax, 2025, 30, label=None, lang="vi", unit="pct_of_grdp")
>>> save_figure(fig, "digital_economy_vi")

Notes
-----
* Font: DejaVu Sans, which ships with matplotlib and covers Vietnamese (precomposed
  letters with two diacritics such as ``ệ``, ``ở``, ``ữ``); tests check that no glyph is
  missing. Palette: Okabe & Ito (2008), safe for the common colour-vision deficiencies.
* The module never selects a backend: it uses the object-oriented API only, so it works
  under Jupyter's inline backend and headless (Agg) alike.
* The source line sits below everything the axes draw (tick labels, axis label), in small
  grey text; it lies outside the axes, so save or display with ``bbox_inches="tight"``
  (:func:`save_figure` does; so does Jupyter's inline backend).
* ``label`` and ``unit`` arguments accept an indicator/unit code known to
  :mod:`hn4ir_analysis.views.i18n` (translated) or any other text (printed as given).
* :func:`save_figure` is deterministic: two saves of the same figure are byte-identical
  (no date in the SVG, fixed SVG id salt, no software version in the PNG).
"""

from __future__ import annotations

import textwrap
import weakref
from collections.abc import Sequence

import matplotlib as mpl
import numpy as np
from cycler import cycler
from matplotlib import ticker
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

# save_figure and show_figure are re-exported: notebooks and tests call them as plots.*
from hn4ir_analysis.views.figure_files import PNG_DPI, SVG_SALT, save_figure, show_figure  # noqa: F401
from hn4ir_analysis.views.i18n import (
    INDICATORS,
    UNITS,
    format_number,
    indicator_label,
    t,
    unit_label,
)

FONT = "DejaVu Sans"
#: Okabe–Ito colour-blind-safe palette (yellow last: weak on white)
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
OBSERVED_COLOUR, PROJECTION_COLOUR, TARGET_COLOUR = PALETTE[0], PALETTE[1], "#333333"
SOURCE_COLOUR = "#666666"
_TARGETS: weakref.WeakSet = weakref.WeakSet()  # target artists go last in the legend
_SOURCES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # axes/figure → (note, texts)

# fmt: off
STYLE = {
    "font.family": "sans-serif", "font.sans-serif": [FONT], "font.size": 10.5,
    "axes.titlesize": 12, "axes.titleweight": "bold", "axes.titlelocation": "left",
    "axes.labelsize": 10.5, "xtick.labelsize": 9.5, "ytick.labelsize": 9.5,
    "legend.fontsize": 9, "legend.frameon": True, "legend.framealpha": 0.85,
    "legend.edgecolor": "none", "axes.grid": True, "axes.axisbelow": True,
    "grid.color": "#dddddd", "grid.linewidth": 0.6, "axes.edgecolor": "#555555",
    "axes.spines.top": False, "axes.spines.right": False,
    "axes.prop_cycle": cycler(color=list(PALETTE)), "lines.linewidth": 1.8,
    "lines.markersize": 5, "figure.figsize": (7.0, 4.2), "figure.facecolor": "white",
    "savefig.dpi": PNG_DPI, "savefig.bbox": "tight", "savefig.facecolor": "white",
    "svg.fonttype": "path", "svg.hashsalt": SVG_SALT, "axes.unicode_minus": True,
}
# fmt: on


def use_style() -> None:
    """Set the project's rcParams (font, sizes, grid, spines, palette); no backend change."""
    mpl.rcParams.update(STYLE)


# -- helpers ------------------------------------------------------------------------------


def _label_text(label: str, lang: str) -> str:
    return indicator_label(label, lang, with_unit=False) if label in INDICATORS else label


def _unit_text(unit: str | None, lang: str) -> str:
    if not unit:
        return ""
    return unit_label(unit, lang) if unit in UNITS else unit


def _short_number(x: float, lang: str) -> str:
    decimals = next((d for d in range(3) if round(x, d) == round(x, 2)), 2)
    return format_number(x, lang, decimals)


def _with_unit(value: str, unit: str) -> str:
    return f"{value}{unit}" if unit.startswith("%") else f"{value} {unit}".strip()


class LangFormatter(ticker.Formatter):
    """Tick labels in the reader's number style, with as many decimals as the tick step needs."""

    def __init__(self, lang: str):
        self.lang = lang
        self.decimals = 0

    def set_locs(self, locs):
        super().set_locs(locs)
        locs = np.asarray(locs, dtype=float)
        locs = locs[np.isfinite(locs)]
        tol = 1e-9 * max(1.0, float(np.abs(locs).max())) if locs.size else 0.0
        self.decimals = next(
            (d for d in range(5) if np.all(np.abs(locs - np.round(locs, d)) <= tol)), 4
        )

    def __call__(self, x, pos=None):
        return format_number(x, self.lang, self.decimals)


def _format_axes(ax, lang: str) -> None:
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda v, _: f"{v:.0f}"))
    ax.yaxis.set_major_formatter(LangFormatter(lang))


def _legend(ax) -> None:
    handles, labels = ax.get_legend_handles_labels()
    order = sorted(range(len(handles)), key=lambda i: handles[i] in _TARGETS)
    if handles:
        ax.legend([handles[i] for i in order], [labels[i] for i in order], loc="best")


def _floats(values) -> np.ndarray:
    return np.asarray(values, dtype=float)


# -- public API ---------------------------------------------------------------------------


def add_source(fig_or_ax, text: str, lang: str = "en") -> Annotation:
    """Write ``Source: text`` (``Nguồn: …``) in small grey type under the axes.

    Given a figure, the line goes under all its axes. Long sources wrap to the axes width.
    Called again for the same axes or figure, it adds the new text to the same line
    (``Source: A; B``) instead of drawing a second one.
    """
    if not text or not str(text).strip():
        raise ValueError("a chart needs its source: empty source text")
    is_ax = hasattr(fig_or_ax, "xaxis")
    fig = fig_or_ax.figure if is_ax else fig_or_ax
    axes = [fig_or_ax] if is_ax else list(fig.axes)
    if not axes:
        raise ValueError("add_source needs a figure with at least one axes")
    prefix, body = t("source", lang), str(text).strip()
    if body.lower().startswith(prefix.lower() + ":"):
        body = body[len(prefix) + 1 :].strip()
    note, parts = _SOURCES.get(fig_or_ax, (None, []))
    if body not in parts:
        parts = [*parts, body]
    size = 8  # points; DejaVu Sans averages about 0.6 em per character
    span = max(a.get_position().x1 for a in axes) - min(a.get_position().x0 for a in axes)
    width = max(40, int((fig.get_figwidth() * span + 0.5) * 72 / (size * 0.6)))
    line = textwrap.fill(f"{prefix}: {'; '.join(parts)}", width=width, break_on_hyphens=False)
    if note is not None:
        note.set_text(line)
        _SOURCES[fig_or_ax] = (note, parts)
        return note

    def under_axes(renderer, last=[]) -> Bbox:  # noqa: B006 (this note's memo of its last call,
        # reused while the figure is unchanged since its last draw: savefig's tight-bbox pass)
        state = (type(renderer), id(renderer), fig.dpi, [a.bbox.bounds for a in axes])
        if not (last and not fig.stale and last[0] == state):
            tight = Bbox.union([a.get_tightbbox(renderer) for a in axes])
            left = min(a.get_window_extent(renderer).x0 for a in axes)
            last[:] = [state, Bbox.from_extents(left, *tight.extents[1:])]
        return last[1]

    note = Annotation(line, (0, 0), xycoords=under_axes, xytext=(0, -6), textcoords="offset points",
                      ha="left", va="top", fontsize=size, color=SOURCE_COLOUR)  # fmt: skip
    fig.add_artist(note)
    _SOURCES[fig_or_ax] = (note, parts)
    return note


def series_chart(ax, years, values, *, label: str, unit: str | None, lang: str, source: str,
                 kind: str = "line", marker: str | None = "o"):  # fmt: skip
    """One annual series: ``kind="line"`` (with ``marker``) or ``"bar"``.

    The y label is ``label (unit)``; the x label "Year"; the source line goes under the chart.
    Returns ``ax``.
    """
    text, unit_text = _label_text(label, lang), _unit_text(unit, lang)
    x, y = _floats(years), _floats(values)
    if kind == "line":
        ax.plot(x, y, marker=marker, label=text)
    elif kind == "bar":
        ax.bar(x, y, width=0.7, label=text)
    else:
        raise ValueError(f"unknown chart kind {kind!r}; expected 'line' or 'bar'")
    ax.set_ylabel(f"{text} ({unit_text})" if unit_text and unit_text not in text else text)
    ax.set_xlabel(t("year", lang))
    _format_axes(ax, lang)
    add_source(ax, source, lang)
    return ax


def add_target(
    ax, year, low, high=None, *, label: str | None = None, lang: str = "en", unit: str | None = None
):
    """Mark a target at ``year``: a diamond at ``low``, or a band ``low``–``high`` for a range.

    ``label=None`` writes "Target ≈30%" / "Mục tiêu 6,5–7%" from the values and ``unit``.
    A dotted vertical line marks the target year. Returns ``ax``.
    """
    unit_text = _unit_text(unit, lang)
    if high is None or high == low:
        auto = t("target_approx", lang, value=_with_unit(_short_number(low, lang), unit_text))
        (mark,) = ax.plot([year], [low], marker="D", markersize=8, linestyle="none",
                          color=TARGET_COLOUR, label=label or auto, zorder=5)  # fmt: skip
    else:
        low, high = sorted((low, high))
        high_text = _with_unit(_short_number(high, lang), unit_text)
        auto = t("target_range", lang, low=_short_number(low, lang), high=high_text)
        mark = ax.fill_between([year - 0.4, year + 0.4], low, high, facecolor=TARGET_COLOUR,
                               alpha=0.18, edgecolor=TARGET_COLOUR, linewidth=1.2,
                               label=label or auto, zorder=4)  # fmt: skip
    _TARGETS.add(mark)
    ax.axvline(year, color=TARGET_COLOUR, linestyle=":", linewidth=0.9, zorder=1)
    _format_axes(ax, lang)
    _legend(ax)
    return ax


def add_interval(ax, years, lower, upper, *, confidence: float, lang: str,
                 label: str | None = None, colour: str = PROJECTION_COLOUR):  # fmt: skip
    """Shade a prediction interval; ``confidence`` as a fraction (0.8) or percent (80)."""
    if not 0 < confidence < 100:
        raise ValueError(f"confidence must be a fraction (0.8) or a percent (80): {confidence!r}")
    pct = confidence * 100 if confidence < 1 else confidence
    p = format_number(pct, lang, 0 if round(pct, 0) == round(pct, 1) else 1)
    label = label or t("prediction_interval", lang, p=p)
    band = ax.fill_between(_floats(years), _floats(lower), _floats(upper), color=colour,
                           alpha=0.25, linewidth=0, label=label)  # fmt: skip
    _legend(ax)
    return band


def fan_chart(ax, hist_years, hist_values, fc_years, mean, lower, upper, *,
              target: Sequence | None = None, confidence: float, lang: str, unit: str | None,
              title: str, source: str):  # fmt: skip
    """Observed series, projection with its interval, and the target, on one axes.

    ``target`` is ``(year, low)`` or ``(year, low, high)`` (``high`` may be ``None``), or
    ``None``. The projection and its interval start from the last observation so the fan
    opens from the data. ``title`` may be an indicator code. Returns ``ax``.
    """
    hx, hy = _floats(hist_years), _floats(hist_values)
    fx, fm, flo, fhi = _floats(fc_years), _floats(mean), _floats(lower), _floats(upper)
    ok = ~np.isnan(hy)
    if ok.any() and fx.size and hx[ok][-1] < fx[0]:
        last_x, last_y = hx[ok][-1], hy[ok][-1]
        fx, fm = np.r_[last_x, fx], np.r_[last_y, fm]
        flo, fhi = np.r_[last_y, flo], np.r_[last_y, fhi]
    ax.plot(hx, hy, marker="o", color=OBSERVED_COLOUR, label=t("observed", lang), zorder=3)
    if fx.size:
        add_interval(ax, fx, flo, fhi, confidence=confidence, lang=lang)
        label = t("projection", lang)
        ax.plot(fx, fm, linestyle="--", color=PROJECTION_COLOUR, label=label, zorder=3)
    if target is not None:
        year, low, *rest = target
        add_target(ax, year, low, rest[0] if rest else None, lang=lang, unit=unit)
    ax.set_title(_label_text(title, lang))
    ax.set_ylabel(_unit_text(unit, lang))
    ax.set_xlabel(t("year", lang))
    _format_axes(ax, lang)
    _legend(ax)
    add_source(ax, source, lang)
    return ax
