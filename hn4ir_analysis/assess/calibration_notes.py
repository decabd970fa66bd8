"""What a note says about a factor of the out-of-time table (:mod:`calibration_oot`).

:func:`horizon_note` is the sentence every model probability carries about its horizon's
factor (:func:`hn4ir_analysis.assess.calibration.apply`): measured or extrapolated, and
the out-of-time coverage behind it; :func:`own_cells` says whether those cells tested the
class's own factor (notebook 06 words the same count, :mod:`hn4ir_analysis.views.reliability_06`).

Notes
-----
A class's first origin knows none of its own errors and is forecast with the pooled
factor of the other classes (``calibration_oot``, step 3), so the coverage measured on its
cells says nothing about the class's own factor. The table's ``n_oot_own`` counts the
cells that had it; a table written before that column existed gives the notes without it.
"""

from __future__ import annotations

import pandas as pd


def horizon_note(table: pd.DataFrame | None, cls: str, horizon: int) -> str:
    """What a reader must know about the factor at ``horizon``: extrapolated or measured, and how well it held.

    For an extrapolated horizon (the GRDP index has out-of-time errors up to horizon 3
    only): the horizon it is extrapolated from, by how much, and the out-of-time coverage
    measured at that horizon.
    """
    if table is None or "coverage_oot" not in table:
        return ""
    sub = table[table["series_class"] == cls]
    sub = sub if len(sub) else table[table["series_class"] == "pooled"]
    by_h = sub.set_index(sub["horizon"].astype(int))
    if sub.empty:
        return ""
    h = min(max(int(horizon), int(by_h.index.min())), int(by_h.index.max()))
    row = by_h.loc[h]
    src = str(row["source_class"])
    if "extrapolated" in src:
        hl = int(src.split(" h")[1].split(" ")[0])
        base = by_h.loc[hl]
        return (f"Horizon-{h} factor extrapolated from horizon {hl} (x{row['factor'] / base['factor']:.2f}: "
                f"no out-of-time errors beyond horizon {hl} for this class); out-of-time 80% coverage at "
                f"horizon {hl}: {base['coverage_oot']:.0%} of {int(base['n_oot'])} cells."
                f"{_own_clause(base)}")  # fmt: skip
    if pd.notna(row.get("coverage_oot")):
        return (f"Out-of-time 80% coverage at horizon {h}: {row['coverage_oot']:.0%} of "
                f"{int(row['n_oot'])} cells.{_own_clause(row)}")  # fmt: skip
    return ""


def own_cells(row) -> int | None:
    """How many of a factor-table row's out-of-time cells had the class's own factor, where
    not all did; ``None`` where all did, or the row has no ``n_oot_own`` (older tables)."""
    mine, n = row.get("n_oot_own"), row.get("n_oot")
    return None if mine is None or pd.isna(mine) or not n or int(mine) == int(n) else int(mine)


def _own_clause(row) -> str:
    """Whether a row's out-of-time cells tested the class's own factor (:func:`own_cells`)."""
    mine = own_cells(row)
    if mine is None:
        return ""
    if mine == 0:
        return (" All of them were forecast before this class had errors of its own, with the "
                "pooled factor: they do not test this class's own factor.")  # fmt: skip
    return f" {mine} of them had this class's own factor, the others the pooled one."
