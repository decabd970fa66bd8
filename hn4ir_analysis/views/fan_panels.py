"""The scorecard's fan charts: one panel per distinct series, growth drawn as %/yr.

:func:`panels` gathers, for Hanoi's quantitative targets of a year, each panel's observed
series, the projection of its first series and the targets in the panel's unit;
:func:`hn4ir_analysis.views.panel_chart.panel_chart` draws them. :func:`fan_input` is the same
projection for a single target (the one the assessment's model row used).

Notes
-----
Projections are the trend models of :mod:`hn4ir_analysis.assess.trends` (the COVID step
of :data:`hn4ir_analysis.assess.verdicts.COVID_STEP`), the chosen model's distribution
calibrated as the assessment's model row uses it
(:func:`hn4ir_analysis.assess.calibration.apply`). GRDP growth is drawn from the real GRDP
index's simulated paths. Values a panel shows but does not count (the city's two releases
of the digital-economy share; productivity levels implying more workers than the labour
force) are points only, never projected (issue 16 §6).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from hn4ir_analysis.assess import calibration, trends
from hn4ir_analysis.assess.verdicts import COVID_STEP
from hn4ir_analysis.data.asof import LEVEL_OF_RATE, AsOfData, Segment
from hn4ir_analysis.data.targets import Target


@dataclass(frozen=True)
class FanInput:
    """What a fan chart of one target needs: history, the chosen model's projection, the target level."""

    target: Target
    series: str
    history: Segment
    fit: trends.TrendResult
    target_low: float
    target_high: float | None


def fan_input(t: Target, data: AsOfData, series: str, *, confidence: float) -> FanInput | None:
    """The projection the model row of the assessment used, with the target in the same units.

    Growth targets are drawn on their level index (the target as the index level it
    implies), as the assessment judges them; ``None`` where no model could be fitted.
    """
    level = (
        LEVEL_OF_RATE.get(t.indicator, series)
        if t.kind in ("average_growth", "annual_growth")
        else series
    )
    if level is None:
        return None
    seg = data.segment(t.geo, level)
    if seg.n == 0 or seg.values.index[-1] >= t.target_year:
        return None
    # a growth target is judged on its level index (log); a level or share by its unit
    transform = "log" if level != series else trends.transform_for(t.unit, t.kind)
    fits = trends.fit_all(seg.values, horizon_end=t.target_year, confidence=confidence, transform=transform,
                          step_years=COVID_STEP)  # fmt: skip
    # the calibrated distribution, as the assessment's model row uses (assess.calibration)
    chosen, _ = calibration.apply(trends.select_model(fits), level, transform)
    if chosen is None:
        return None
    low, high = t.low, t.high
    if t.kind == "average_growth":
        base_year = t.period_start - 1
        if base_year not in seg.values.index:
            return None
        n = t.period_end - t.period_start + 1
        base = seg.values[base_year]
        low = base * (1 + t.low / 100) ** n
        high = base * (1 + t.high / 100) ** n if t.high is not None else None
    elif t.kind == "annual_growth":
        return None  # one year's rate has no level of its own to draw
    return FanInput(t, level, seg, chosen, low, high)


def source_line(fi: FanInput, observations: pd.DataFrame, max_producers: int = 3) -> str:
    """Who produced the values behind a chart, and which model projects them."""
    ids = {i for joined in fi.history.source_ids for i in joined.split(";") if i}
    producers = observations.loc[observations["obs_id"].isin(ids), "producer"].dropna()
    names = list(dict.fromkeys(sorted(producers, key=lambda p: (-(producers == p).sum(), p))))
    shown = "; ".join(names[:max_producers]) + ("; …" if len(names) > max_producers else "")
    return f"{shown}. Projection: {fi.fit.model} (hn4ir-analysis)"


#: panels of the scorecard: (panel key, series drawn, unit code, how: "level" | "rate")
PANELS = (
    ("digital_econ_share", ("digital_econ_share_release2025", "digital_econ_share", "digital_econ_share_gso", "digital_econ_share_mic"), "pct_of_grdp", "level"),
    ("grdp_growth", ("grdp_growth",), "pct", "rate"),
    ("labour_productivity", ("labour_productivity_vnd",), "mn_vnd", "level"),
    ("grdp_per_capita_usd", ("grdp_per_capita_usd",), "usd", "level"),
    ("grdp_per_capita_vnd", ("grdp_per_capita_vnd",), "mn_vnd", "level"),
)  # fmt: skip
#: indicator of a target → the panel it is drawn on
PANEL_OF = {
    "digital_econ_share": "digital_econ_share", "grdp_growth": "grdp_growth",
    "grdp_growth_avg": "grdp_growth", "labour_productivity_growth_avg": "labour_productivity",
    "labour_productivity_growth": "labour_productivity", "grdp_per_capita_usd": "grdp_per_capita_usd",
    "grdp_per_capita_vnd": "grdp_per_capita_vnd",
}  # fmt: skip


@dataclass(frozen=True)
class Panel:
    """One chart of the scorecard: observed series, the projection of the first one, targets.

    ``lines`` are ``(series, {year: value})``; ``fan`` is ``(years, mean, lower, upper, model)``
    in the panel's unit (for a ``rate`` panel: annual growth in per cent, from the level
    model's simulated paths) or ``None``; ``targets`` are ``(start, end, low, high, text)``
    in the panel's unit (a growth target over 2026–30 is a band at its %/yr over those years).
    """

    key: str
    unit: str
    how: str
    lines: tuple
    fan: tuple | None
    targets: tuple
    source_ids: tuple
    not_counted: tuple = ()  # (series, why code, years; () = all): points only, never projected


#: series a panel shows but does not count (issue 16 §6): the city's figures of two
#: releases (16.25 % for 2024, 17.34 % for 2025: a link between releases, not a pace)
TWO_RELEASE_SERIES = {"digital_econ_share": "two_releases"}


def _counted_level(key: str, seg: Segment, data: AsOfData):
    """The values of ``seg`` a panel may project, and the years it must not (issue 16 §6).

    Productivity levels that imply more workers than the labour force
    (:func:`hn4ir_analysis.views.productivity_checks.usable_levels`: 253 for 2020 and 347
    for 2025) are shown but never projected.
    """
    if key != "labour_productivity":
        return seg.values, ()
    from hn4ir_analysis.views.productivity_checks import usable_levels

    ok = set(usable_levels(data)["obs_id"])  # by figure: 2020 has 258.3 (usable) and 253 (not)
    good = [bool(set(seg.source_ids[y].split(";")) & ok) for y in seg.values.index]
    keep = seg.values[good]
    return keep, tuple(int(y) for y, g in zip(seg.values.index, good, strict=True) if not g)


def _rate_fan(level: Segment, fit: trends.TrendResult, confidence: float):
    """Annual growth (per cent) of the level paths, the first year from the last observation."""
    last = level.values.iloc[-1]
    prev = np.column_stack([np.full(fit.paths.shape[0], last), fit.paths[:, :-1]])
    growth = 100 * (fit.paths / prev - 1)
    a = (1 - confidence) / 2
    return (fit.years, np.median(growth, axis=0), np.quantile(growth, a, axis=0),
            np.quantile(growth, 1 - a, axis=0), fit.model)  # fmt: skip


def panels(
    targets: list[Target], data: AsOfData, *, confidence: float, lang: str = "en"
) -> list[Panel]:
    """The panels for Hanoi's quantitative targets in ``targets`` (one per distinct series).

    Distinct thresholds of restated targets are drawn once. A projection is drawn where a
    trend model fits the first series of the panel (for GRDP growth: the real GRDP index,
    whose simulated paths give the annual growth fan).
    """
    by_panel: dict[str, dict] = {}
    horizons: dict[str, int] = {}
    for t in targets:
        key = PANEL_OF.get(t.indicator)
        if key is None or t.geo != "HN" or not t.quantitative or t.low is None or t.draft:
            continue  # a draft's scenarios are never targets (issue 16 §4)
        start = t.period_start if t.kind == "average_growth" else t.target_year
        tgt = (
            start,
            t.period_end if t.kind == "average_growth" else t.target_year,
            t.low,
            t.high,
            t.comparison,
        )
        if key == "labour_productivity":
            # a real-growth target has no place on the nominal level chart (said in the title);
            # its year sets how far the trend is drawn
            horizons["labour_productivity"] = max(
                horizons.get("labour_productivity", 0), t.target_year
            )
            continue
        by_panel.setdefault(key, {})[tgt] = tgt
    wanted = {t_key for t_key in by_panel} | (
        {"labour_productivity"} if any(PANEL_OF.get(t.indicator) == "labour_productivity" and t.geo == "HN" for t in targets) else set()
    )  # fmt: skip
    out = []
    for key, series, unit, how in PANELS:
        if key not in wanted:
            continue
        lines, ids = [], []
        for s in series:
            seg = data.segment("HN", s)
            if seg.n:
                lines.append((s, {int(y): float(v) for y, v in seg.values.items()}))
                ids += [i for joined in seg.source_ids for i in joined.split(";") if i]
        if not lines:
            continue
        fan = None
        level_name = "grdp_real_index" if how == "rate" else series[0]
        level = data.segment("HN", level_name)
        values, rejected = _counted_level(key, level, data)
        not_counted = tuple(
            (s, why, ()) for s, why in TWO_RELEASE_SERIES.items() if s in dict(lines)
        )
        not_counted += ((level_name, "inconsistent", rejected),) if rejected else ()
        horizon = max(
            [t[1] for t in by_panel.get(key, {}).values()] + [data.as_of + 1, horizons.get(key, 0)]
        )
        if len(values) >= 3 and horizon > values.index[-1]:
            transform = "log" if how == "rate" else trends.transform_for(unit)
            fits = trends.fit_all(values, horizon_end=horizon, confidence=confidence,
                                  transform=transform, step_years=COVID_STEP)  # fmt: skip
            # the calibrated distribution, as the assessment's model row uses
            chosen, _ = calibration.apply(trends.select_model(fits), level_name, transform)
            if chosen is not None and chosen.ok:
                fan = (_rate_fan(level, chosen, confidence) if how == "rate"
                       else (chosen.years, chosen.mean, chosen.lower, chosen.upper, chosen.model))  # fmt: skip
        targets_drawn = tuple(sorted(by_panel.get(key, {}).values(), key=lambda x: (x[0], x[2])))
        out.append(
            Panel(
                key,
                unit,
                how,
                tuple(lines),
                fan,
                targets_drawn,
                tuple(dict.fromkeys(ids)),
                not_counted,
            )  # fmt: skip
        )
    return out


def panel_source(panel: Panel, observations: pd.DataFrame, max_producers: int = 3) -> str:
    """Who produced the values of a panel, and which model projects them."""
    producers = observations.loc[
        observations["obs_id"].isin(set(panel.source_ids)), "producer"
    ].dropna()
    names = list(dict.fromkeys(sorted(producers, key=lambda p: (-(producers == p).sum(), p))))
    shown = "; ".join(names[:max_producers]) + ("; …" if len(names) > max_producers else "")
    model = f". {panel.fan[4]} (statsmodels, hn4ir-analysis)" if panel.fan is not None else ""
    return f"{shown}{model}"
