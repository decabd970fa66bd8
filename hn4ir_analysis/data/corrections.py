"""Documented corrections applied to raw observations in the cleaning step.

Raw files are never edited. Where a raw row is coded in a way that would mislead the
selection or the series, the fix is written here — which row, which column, the value
expected in the raw file and the value used, why, and on what source — and applied by
:func:`apply` when the data is loaded. A correction whose raw value is no longer the
expected one stops the pipeline, so a new download is reviewed rather than silently
"corrected". ``data/processed/corrections.csv`` lists what was applied.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

from hn4ir_analysis.errors import RawDataError

_REASSESSMENT = (
    "Figure of December 2019, before the GSO re-assessment of GRDP scale; the re-assessed "
    "figure for the same year (Nov 2020 vintage) is in the data. Levels before and after "
    "the re-assessment are not comparable, so the pre-re-assessment figure is old basis."
)
_REASSESSMENT_SOURCE = "data/raw/hn4ir/README.md §4 caveat 2; the row's own note"


@dataclass(frozen=True)
class Correction:
    """One documented change to one raw cell."""

    obs_id: str
    column: str
    raw_value: str
    used_value: str
    why: str
    source: str


CORRECTIONS = [
    Correction(
        "HN-GRDPV-2019-01", "basis", "current", "old_basis", _REASSESSMENT, _REASSESSMENT_SOURCE
    ),
    Correction(
        "HN-GRDPU-2019-01", "basis", "current", "old_basis", _REASSESSMENT, _REASSESSMENT_SOURCE
    ),
    Correction(
        "HN-GRDPPCU-2019-01", "basis", "current", "old_basis", _REASSESSMENT, _REASSESSMENT_SOURCE
    ),
    Correction(
        "HN-GRDPPCV-2019-01", "basis", "current", "old_basis", _REASSESSMENT, _REASSESSMENT_SOURCE
    ),
]


def apply(observations: pd.DataFrame, corrections: list[Correction] = CORRECTIONS) -> pd.DataFrame:
    """Return a copy of ``observations`` with every correction applied (notes say so).

    Raises
    ------
    RawDataError
        A corrected row is missing, or its raw value is not the one the correction
        expects (the raw data changed: review the correction).
    """
    obs = observations.copy()
    index = pd.Index(obs["obs_id"])
    for c in corrections:
        if c.obs_id not in index:
            raise RawDataError(
                "hn4ir/observations.csv", None, "obs_id", f"corrected row {c.obs_id!r} not found"
            )
        i = index.get_loc(c.obs_id)
        row = obs.iloc[i]
        if str(row[c.column]) != c.raw_value:
            raise RawDataError(
                row["origin"], int(row["line"]), c.column,
                f"correction of {c.obs_id} expects {c.raw_value!r}, found {row[c.column]!r}: review "
                "hn4ir_analysis/corrections.py",
            )  # fmt: skip
        obs.iat[i, obs.columns.get_loc(c.column)] = c.used_value
        note = f"[corrected {c.column}: {c.raw_value} → {c.used_value}; see corrections.py] "
        obs.iat[i, obs.columns.get_loc("note")] = note + str(row["note"] or "")
    return obs


def table(corrections: list[Correction] = CORRECTIONS) -> pd.DataFrame:
    """The corrections as a table (written to ``data/processed/corrections.csv``)."""
    return pd.DataFrame([asdict(c) for c in corrections])
