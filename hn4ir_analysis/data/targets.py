"""The target catalogue as typed objects.

:func:`load_targets` turns ``targets.csv`` rows into :class:`Target` objects whose
``kind`` says how progress towards them is measured:

``level``
    a value of the indicator in the target year (GRDP per capita ≥ 190 million VND);
``share``
    a share of GRDP in the target year (digital economy ≈ 30% of GRDP);
``annual_growth``
    a growth rate in one year (GRDP growth ≥ 8% in 2025);
``average_growth``
    an average annual growth rate over a period (productivity +7–7.5% a year 2021–25);
``qualitative``
    a goal without a number (5G for all, open data, smart city).

The comparison (``ge``, ``gt``, ``le``, ``lt``, ``approx``, ``between``) and the
thresholds ``low``/``high`` say when the target is met; :meth:`Target.is_met` applies
them. "About" (``approx``) is read as within ±5% of the stated value and is reported as
such, because the documents give no tolerance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: tolerance used for "khoảng" / "about" targets (relative), stated in every result note
APPROX_TOLERANCE = 0.05
#: length of a Vietnamese socio-economic plan period (2016-2020, 2021-2025, 2026-2030)
PLAN_PERIOD_YEARS = 5


@dataclass(frozen=True)
class Target:
    """One official target (one row of ``targets.csv``)."""

    target_id: str
    geo: str
    indicator: str
    kind: str
    comparison: str
    low: float | None
    high: float | None
    unit: str
    target_year: int
    period_start: int | None
    period_end: int
    document: str
    document_date: str
    wording_en: str
    wording_vi: str
    source_id: str
    source_url: str
    direction: str = "increase_good"
    period_assumed: bool = False  # an average-growth target whose document gives no start year

    @property
    def quantitative(self) -> bool:
        return self.kind != "qualitative"

    def bounds(self) -> tuple[float, float]:
        """The interval of values that meet the target (open ends as ±inf)."""
        lo, hi = self.low, self.high
        match self.comparison:
            case "ge" | "gt":
                return lo, math.inf
            case "le" | "lt":
                return -math.inf, lo
            case "between":
                return lo, hi
            case "approx":
                return lo * (1 - APPROX_TOLERANCE), lo * (1 + APPROX_TOLERANCE)
        raise ValueError(f"{self.target_id}: no bounds for a {self.comparison} target")

    def meets(self, values):
        """Element-wise: which of ``values`` (scalar or array) meet the target (strict for ``gt``/``lt``)."""
        values = np.asarray(values, dtype=float)
        lo, hi = self.bounds()
        if self.comparison == "gt":
            return values > lo
        if self.comparison == "lt":
            return values < lo
        return (values >= lo) & (values <= hi)

    def is_met(self, value: float) -> bool:
        """Whether one ``value`` meets the target (:meth:`meets` for arrays of values)."""
        return bool(self.meets(value))

    def describe(self, lang: str = "en") -> str:
        """``"≥ 7.5 pct (2026–2030)"`` — the comparison in symbols with the period."""
        sym = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "approx": "≈"}
        if self.comparison == "qualitative":
            return self.wording_vi if lang == "vi" else self.wording_en
        if self.comparison == "between":
            text = f"{self.low:g}–{self.high:g} {self.unit}"
        else:
            text = f"{sym[self.comparison]} {self.low:g} {self.unit}"
        if self.kind == "average_growth" and self.period_start:
            text += f" ({self.period_start}–{self.period_end})"
        return text


def target_kind(indicator: str, unit: str, comparison: str, period_start, period_end) -> str:
    """Classify a target (see module docstring)."""
    if comparison == "qualitative":
        return "qualitative"
    if indicator.endswith("_growth_avg") or (
        indicator.endswith("_growth") and period_start and period_start != period_end
    ):
        return "average_growth"
    if indicator.endswith("_growth"):
        return "annual_growth"
    if unit == "pct_of_grdp":
        return "share"
    return "level"


def _num(text) -> float | None:
    return float(text) if isinstance(text, str) and text.strip() else None


def _int(text) -> int | None:
    return int(text) if isinstance(text, str) and text.strip() else None


def load_targets(targets: pd.DataFrame, indicators: pd.DataFrame) -> list[Target]:
    """Typed targets from the validated ``targets`` and ``indicators`` tables."""
    direction = indicators.set_index("indicator")["direction"].to_dict()
    out = []
    for r in targets.itertuples():
        start, end = _int(r.period_start), int(r.period_end)
        kind = target_kind(r.indicator, r.unit, r.comparison, start, end)
        assumed = kind == "average_growth" and start is None
        if assumed:
            # The document states an average without its period: read it as the
            # five-year plan period ending in the target year (said in every result).
            start = end - PLAN_PERIOD_YEARS + 1
        out.append(
            Target(
                target_id=r.target_id,
                geo=r.geo,
                indicator=r.indicator,
                kind=kind,
                period_assumed=assumed,
                comparison=r.comparison,
                low=_num(r.low),
                high=_num(r.high),
                unit=r.unit,
                target_year=int(r.target_year),
                period_start=start,
                period_end=end,
                document=r.document,
                document_date=r.document_date,
                wording_en=r.wording_en,
                wording_vi=r.wording_vi,
                source_id=r.source_id,
                source_url=r.source_url,
                direction=direction.get(r.indicator, "increase_good"),
            )  # fmt: skip
        )
    return out


def targets_frame(targets: list[Target]) -> pd.DataFrame:
    """The typed catalogue as a table (written to ``data/processed/targets.csv``)."""
    rows = []
    for t in targets:
        row = {f: getattr(t, f) for f in Target.__dataclass_fields__}
        row["description"] = t.describe()
        rows.append(row)
    return pd.DataFrame(rows)
