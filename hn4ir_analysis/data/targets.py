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


# --- places, restatements and the target in force -------------------------------------
#
# Several documents restate one target (Plan 205, its implementing plan KH 76, the 17th
# Congress resolution all set "labour productivity +7–7.5 %/yr, 2021–25"), and later
# documents reset a target for the same year (the digital-economy share for 2030: > 40 %
# in Plan 205, ≈ 35 % in KH 345, ≥ 30 % in the 2025 Congress documents). Counting each
# row as a verdict of equal weight inflates headlines; the functions below group the
# restatements and name the target in force.


def _date_key(t: Target) -> tuple[str, str]:
    # ISO dates of mixed precision ("2021", "2021-03", "2021-03-10") sort correctly as
    # text: a year-only date ranks first within its year; an undated document ranks first.
    return ((t.document_date or "").strip(), t.target_id)


def restatement_key(t: Target) -> tuple:
    """Targets with equal keys are one target restated by several documents.

    ``(geo, indicator, kind, target_year, period_start, period_end, comparison, low, high)``:
    the same place, indicator, year (or period) and threshold.
    """
    return (
        t.geo, t.indicator, t.kind, t.target_year, t.period_start, t.period_end,
        t.comparison, t.low, t.high,
    )  # fmt: skip


@dataclass(frozen=True)
class TargetGroup:
    """One target with every document that states it.

    Attributes
    ----------
    key : tuple
        The :func:`restatement_key` shared by all members.
    lead : Target
        The member set by the latest document (ties: the first target id).
    members : tuple of Target
        All restatements, ordered by document date (then target id).
    """

    key: tuple
    lead: Target
    members: tuple[Target, ...]

    @property
    def documents(self) -> tuple[str, ...]:
        """Codes of the documents that state the target (distinct, by document date)."""
        return tuple(dict.fromkeys(m.document_code for m in self.members))

    @property
    def group_id(self) -> str:
        """The lead's target id: the id under which the group is counted."""
        return self.lead.target_id


def _latest(members: list[Target]) -> Target:
    # a draft leads only a group of drafts: an adopted document's statement comes first
    members = [m for m in members if not m.draft] or members
    latest = max((m.document_date or "").strip() for m in members)
    return min((m for m in members if (m.document_date or "").strip() == latest),
               key=lambda m: m.target_id)  # fmt: skip


def group_restated(targets: list[Target]) -> list[TargetGroup]:
    """Group ``targets`` by :func:`restatement_key`, in order of first appearance.

    Notes
    -----
    Qualitative targets have no threshold; their key (indicator, year) would merge
    different goals, so each stays its own group unless its key and wording match.
    """
    groups: dict[tuple, list[Target]] = {}
    for t in targets:
        key = restatement_key(t)
        if t.kind == "qualitative":
            key = key + (t.wording_en,)
        groups.setdefault(key, []).append(t)
    out = []
    for members in groups.values():
        ordered = tuple(sorted(members, key=_date_key))
        out.append(TargetGroup(key=restatement_key(ordered[0]), lead=_latest(members),
                               members=ordered))  # fmt: skip
    return out


def _candidates(targets, geo, indicator, target_year, as_of):
    out = [t for t in targets
           if t.geo == geo and t.indicator == indicator and t.target_year == target_year]  # fmt: skip
    if as_of is not None:
        # a document dated after the as-of date was not yet known; undated ones count
        out = [t for t in out if (t.document_date or "").strip()[: len(str(as_of))] <= str(as_of)]
    return out


def in_force(targets: list[Target], geo: str, indicator: str, target_year: int,
             as_of: str | None = None) -> Target | None:  # fmt: skip
    """The target in force: set by the latest adopted document for that place, indicator and year.

    A later document that resets the threshold supersedes the earlier one (the
    digital-economy share for 2030). A draft never does: its scenarios (the January 2025
    draft Congress report's productivity 6–6.5 % and 8.5–9 %) are history, never in
    force. ``as_of`` (``"2025"`` or an ISO date) ignores documents dated after it.
    ``None`` when no adopted document sets such a target.
    """
    cands = [t for t in _candidates(targets, geo, indicator, target_year, as_of) if not t.draft]
    return _latest(cands) if cands else None


def superseded(targets: list[Target], geo: str, indicator: str, target_year: int,
               as_of: str | None = None) -> list[Target]:  # fmt: skip
    """The other targets for that place, indicator and year (drafts included): history, by date."""
    cands = _candidates(targets, geo, indicator, target_year, as_of)
    lead = in_force(targets, geo, indicator, target_year, as_of)
    return sorted((t for t in cands if t is not lead), key=_date_key)
