"""What a rebuild of ``data/processed`` changes, and which changes a person must accept.

``hn4ir data`` (and ``hn4ir import gso``) compare the tables they are about to write with
the ones already in the output folder (``data/processed`` is committed, so those are the
last release) and write ``revisions.csv``: one row per value that is new, changed or gone.
A change to a value already published (``kind = observed``) beyond its tolerance, or such a
value gone, stops the run until it is accepted with ``--accept-revisions --reason``; the
accepted rows are appended, with the reason and date, to ``revisions_accepted.csv``.

Notes
-----
Method. Rows are matched on their key: ``geo, indicator, year`` in the annual tables;
``geo, indicator, period`` for derived period averages and ``geo, indicator, period,
source_ids`` for published ones (several published figures per period exist). Values are
compared as written (10 significant digits). ``change`` is ``new``, ``changed``, ``gone``
or ``source`` (same value, different source ids). The tolerance of a change is
``max(abs_tolerance, rel_tolerance × |old|)`` from ``reference/revision_tolerances.csv``:
the indicator's own row, else its unit's, else the default row (each row says why).
Derived values (real index, ratios, period averages) are listed but never need acceptance:
they move only when an observed value moves, and that one is checked.

A rerun that changes nothing leaves ``revisions.csv`` as it was, so it keeps describing
the last release's changes (what the report's "What changed since the last release" page
shows); it is written empty when it does not exist yet.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.errors import RawDataError

REVISIONS = "revisions.csv"
ACCEPTED = "revisions_accepted.csv"
TOLERANCES_FILE = config.REFERENCE_DIR / "revision_tolerances.csv"
COLUMNS = [
    "table", "geo", "indicator", "period", "kind", "unit", "change", "old_value", "new_value",
    "difference", "tolerance", "needs_acceptance", "old_source_ids", "new_source_ids",
]  # fmt: skip
ACCEPTED_COLUMNS = ["accepted_on", "reason", *COLUMNS]
#: the tables compared (the selection log and targets are not values of a series)
TABLES = (config.HANOI_ANNUAL, config.PANEL_ANNUAL, config.PERIODS)
#: at most this many pending changes are printed; the full list goes to a file
SHOWN = 40


class RevisionsBlocked(RawDataError):
    """Published values changed beyond tolerance and nobody accepted it."""

    def __init__(self, pending: pd.DataFrame, message: str):
        self.pending = pending
        super().__init__(REVISIONS, None, None, message)


def load_tolerances(path: Path | None = None) -> pd.DataFrame:
    """The tolerance table (``scope, code, abs_tolerance, rel_tolerance, why``)."""
    table = pd.read_csv(path or TOLERANCES_FILE, dtype={"scope": str, "code": str})
    if not (table["scope"] == "default").any():
        raise ValueError(f"{TOLERANCES_FILE.name}: no 'default' row")
    return table


def tolerance(indicator: str, unit: str, old: float, table: pd.DataFrame | dict) -> float:
    """The largest change of ``old`` accepted without a person (see module Notes).

    ``table`` is :func:`load_tolerances`' table, or its :func:`_rules` (read once when
    many values are compared).
    """
    rules = table if isinstance(table, dict) else _rules(table)
    for key in (("indicator", indicator), ("unit", unit), ("default", "*")):
        if key in rules:
            abs_tol, rel_tol = rules[key]
            return max(abs_tol, rel_tol * abs(old))
    raise AssertionError("unreachable: load_tolerances requires a default row")


def _rules(table: pd.DataFrame) -> dict[tuple[str, str], tuple[float, float]]:
    """``(scope, code) → (abs, rel)`` of the first row of each scope and code."""
    rules: dict[tuple[str, str], tuple[float, float]] = {}
    for scope, code, abs_tol, rel_tol in zip(table["scope"], table["code"], table["abs_tolerance"],
                                             table["rel_tolerance"], strict=True):  # fmt: skip
        if isinstance(scope, str) and isinstance(code, str):
            rules.setdefault((scope, code), (float(abs_tol), float(rel_tol)))
    return rules


def _keyed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """The comparable columns, with ``period`` as text and the match key ``_key``."""
    frame = frame.copy()
    if frame.empty:
        frame = pd.DataFrame(columns=["geo", "indicator", "period", "value", "kind", "unit", "source_ids"])  # fmt: skip
    if "year" in frame.columns:
        frame["period"] = frame["year"].astype("Int64").astype(str)
    frame["period"] = frame["period"].astype(str)
    frame["source_ids"] = frame["source_ids"].fillna("").astype(str)
    frame["value"] = [float(f"{v:.10g}") for v in pd.to_numeric(frame["value"]).astype(float)]
    observed_period = (table == config.PERIODS) & (frame["kind"] == "observed")
    frame["_key"] = (
        frame["geo"] + "|" + frame["indicator"] + "|" + frame["period"]
        + observed_period.map({True: "|", False: ""}) + frame["source_ids"].where(observed_period, "")
    )  # fmt: skip
    return frame[["_key", "geo", "indicator", "period", "value", "kind", "unit", "source_ids"]]


def compare_table(
    table: str, old: pd.DataFrame, new: pd.DataFrame, tolerances: pd.DataFrame
) -> pd.DataFrame:
    """Revisions of one table (columns :data:`COLUMNS`)."""
    m = _keyed(old, table).merge(
        _keyed(new, table), on="_key", how="outer", suffixes=("_old", "_new"), indicator=True
    )
    # rows of both tables with the same value and the same sources are no revision: drop
    # them before the row-by-row rules below (most of a table, read thousands of times)
    old_v, new_v = m["value_old"], m["value_new"]
    same_value = (old_v == new_v) | (old_v.isna() & new_v.isna())
    unchanged = (m["_merge"] == "both") & same_value & (m["source_ids_old"] == m["source_ids_new"])
    rows, rules = [], _rules(tolerances)
    for get in m[~unchanged].to_dict("records"):
        where = get["_merge"]
        side = "_new" if where != "left_only" else "_old"
        geo, indicator = get[f"geo{side}"], get[f"indicator{side}"]
        row = {
            "table": table, "geo": geo, "indicator": indicator, "period": get[f"period{side}"],
            "kind": get[f"kind{side}"], "unit": get[f"unit{side}"], "old_value": get["value_old"],
            "new_value": get["value_new"], "old_source_ids": get["source_ids_old"],
            "new_source_ids": get["source_ids_new"], "difference": None, "tolerance": None,
            "needs_acceptance": False,
        }  # fmt: skip
        published = get["kind_old"] == "observed"
        if where == "right_only":
            row["change"] = "new"
        elif where == "left_only":
            row["change"] = "gone"
            row["needs_acceptance"] = published
        elif get["value_old"] != get["value_new"] and not (
            pd.isna(get["value_old"]) and pd.isna(get["value_new"])
        ):
            diff = get["value_new"] - get["value_old"]
            tol = tolerance(indicator, row["unit"], get["value_old"], rules)
            row.update(change="changed", difference=float(f"{diff:.10g}"), tolerance=tol)
            row["needs_acceptance"] = published and abs(diff) > tol + 1e-9 * max(1.0, tol)
        elif get["source_ids_old"] != get["source_ids_new"]:
            row["change"] = "source"
        else:
            continue
        rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS)


def compare(new_files: dict[str, pd.DataFrame], old_dir: Path) -> pd.DataFrame:
    """Every new, changed, gone or re-sourced value of :data:`TABLES` against ``old_dir``."""
    tolerances = load_tolerances()
    parts = []
    for table in TABLES:
        path = Path(old_dir) / table
        old = pd.read_csv(path, dtype={"source_ids": str}) if path.is_file() else pd.DataFrame()
        parts.append(compare_table(table, old, new_files[table], tolerances))
    out = (
        pd.concat([p for p in parts if len(p)], ignore_index=True)
        if any(map(len, parts))
        else parts[0]
    )
    order = {"changed": 0, "gone": 1, "source": 2, "new": 3}
    out = out.assign(_o=out["change"].map(order))
    out = out.sort_values(["_o", "table", "geo", "indicator", "period", "old_source_ids"])
    return out.drop(columns="_o").reset_index(drop=True)


def describe(row) -> str:
    """One pending change as a line: ``HN grdp_growth 2020: 4.11 → 5.2 (+1.09; tolerance 0.3)``."""
    where = f"{row['table']}: {row['geo']} {row['indicator']} {row['period']}"
    if row["change"] == "gone":
        return f"{where}: {row['old_value']:g} gone ({row['old_source_ids']})"
    ids = row["old_source_ids"]
    if row["new_source_ids"] != ids:
        ids = f"{ids} → {row['new_source_ids']}"
    return (
        f"{where}: {row['old_value']:g} → {row['new_value']:g} ({row['difference']:+g}; "
        f"tolerance {row['tolerance']:g}; {ids})"
    )


def blocked_message(pending: pd.DataFrame, full_list: Path | None) -> str:
    lines = [describe(r) for _, r in pending.head(SHOWN).iterrows()]
    more = len(pending) - len(lines)
    text = (
        f"{len(pending)} value(s) already published would change beyond their tolerance "
        f"({TOLERANCES_FILE.name}) or disappear; nothing was written:\n  " + "\n  ".join(lines)
    )
    if more:
        text += f"\n  … and {more} more" + (f" (all in {full_list})" if full_list else "")
    return text + (
        "\nCheck them against the source. If they are right, run again with "
        '--accept-revisions --reason "<why, e.g. GSO revised 2024 in the 2026 yearbook>"; '
        f"the change is logged in {ACCEPTED}."
    )


def release_files(
    new_files: dict[str, pd.DataFrame],
    out_dir: Path,
    accept_reason: str | None = None,
    accepted_on: str | None = None,
) -> dict[str, pd.DataFrame]:
    """``revisions.csv`` (and the acceptance log) to write beside ``new_files``.

    Raises
    ------
    RevisionsBlocked
        Values need acceptance (see module docstring) and ``accept_reason`` is empty.
    """  # fmt: skip
    out_dir = Path(out_dir)
    rev = compare(new_files, out_dir)
    pending = rev[rev["needs_acceptance"]]
    if len(pending) and not (accept_reason or "").strip():
        full = None
        if len(pending) > SHOWN:
            import tempfile

            fd, name = tempfile.mkstemp(prefix="hn4ir-revisions-pending-", suffix=".csv")
            with open(fd, "w", encoding="utf-8", newline="") as f:
                f.write(pending.to_csv(index=False, lineterminator="\n", float_format="%.10g"))
            full = Path(name)
        raise RevisionsBlocked(pending, blocked_message(pending, full))
    files: dict[str, pd.DataFrame] = {}
    if len(rev) or not (out_dir / REVISIONS).is_file():
        files[REVISIONS] = rev
    if len(pending):
        log = pending.assign(
            accepted_on=accepted_on or _dt.date.today().isoformat(), reason=accept_reason.strip()
        )[ACCEPTED_COLUMNS]
        path = out_dir / ACCEPTED
        if path.is_file():
            log = pd.concat([pd.read_csv(path, dtype=str, keep_default_na=False), log])
        files[ACCEPTED] = log
    return files
