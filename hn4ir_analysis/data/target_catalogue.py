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

Which of several documents' targets counts (restatements, the target in force) is
:mod:`hn4ir_analysis.data.targets`, which re-exports everything here.

Notes
-----
The comparison (``ge``, ``gt``, ``le``, ``lt``, ``approx``, ``between``) and the
thresholds ``low``/``high`` say when the target is met; :meth:`Target.is_met` applies
them. "About" (``approx``) is read as within ±5% of the stated value and is reported as
such, because the documents give no tolerance.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: tolerance used for "khoảng" / "about" targets (relative), stated in every result note
APPROX_TOLERANCE = 0.05
#: length of a Vietnamese socio-economic plan period (2016-2020, 2021-2025, 2026-2030)
PLAN_PERIOD_YEARS = 5
#: place of a target, from its geo code; other codes are their own place
PLACES = {"HN": "Hanoi", "VN": "Vietnam"}
# document code = the target id before its year: KH205_2030_x -> KH205, HN_DXprog_2025 -> HN_DXprog
_DOC_CODE = re.compile(r"^(.*?)_(?:\d{4}|general)(?:_|$)")


#: a target's comparison as the symbol every text of it uses
SYMBOLS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "approx": "≈"}

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
    status: str = "adopted"  # the setting document's status: adopted or draft (never in force)

    @property
    def place(self) -> str:
        """``"Hanoi"`` for ``HN``, ``"Vietnam"`` for ``VN``, else the geo code itself."""
        return PLACES.get(self.geo, self.geo)

    @property
    def document_code(self) -> str:
        """Short code of the setting document: the target id before its year (``KH205``)."""
        return document_code(self.target_id)

    @property
    def draft(self) -> bool:
        """Whether the setting document is a draft (its scenarios are never in force)."""
        return self.status == "draft"

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
        if self.comparison == "qualitative":
            return self.wording_vi if lang == "vi" else self.wording_en
        return threshold_text(self)


def document_code(target_id: str) -> str:
    """The target id before its year: ``KH205_2030_x`` → ``KH205``, ``HN_DXprog_2025`` → ``HN_DXprog``."""
    m = _DOC_CODE.match(target_id)
    return m.group(1) if m else target_id.split("_")[0]


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


def load_targets(
    targets: pd.DataFrame, indicators: pd.DataFrame, statuses: pd.DataFrame
) -> list[Target]:
    """Typed targets from the validated ``targets``, ``indicators`` and ``document_status`` tables.

    ``statuses`` (``data/raw/document_status.csv``: ``document_code``, ``status``) gives
    each target its document's status; :func:`hn4ir_analysis.data.raw.load_curated` has
    checked that every document has one.
    """
    direction = indicators.set_index("indicator")["direction"].to_dict()
    status = statuses.set_index("document_code")["status"].to_dict()
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
                status=status[document_code(r.target_id)],
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


def threshold_text(t, num=lambda x: f"{x:g}", unit: str | None = None, sep: str = " ") -> str:
    """A target's threshold in symbols with its period: ``≥ 7.5 pct (2026–2030)``.

    Every reader's version of a target is this one with its own ``num`` (how a number is
    written), ``unit`` (the unit as that reader reads it; default the unit code) and ``sep``
    (between the number and the unit): :meth:`Target.describe`, the assessment's notes
    (:func:`hn4ir_analysis.assess.expost.describe`) and the pages
    (:func:`hn4ir_analysis.views.growth_vs_targets.target_text`). ``t`` needs
    ``comparison, low, high, unit, kind, period_start, period_end``.
    """
    tail = f"{sep}{t.unit if unit is None else unit}"
    if t.comparison == "between":
        text = f"{num(t.low)}–{num(t.high)}{tail}"
    else:
        text = f"{SYMBOLS.get(t.comparison, '')} {num(t.low)}{tail}"
    if t.kind == "average_growth" and t.period_start:
        text += f" ({t.period_start}–{t.period_end})"
    return text
