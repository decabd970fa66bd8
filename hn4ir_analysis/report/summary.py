"""The run's assessment table and its two files, ``summary.json`` and ``summary.csv``.

:func:`assessment` computes the table of every target year with
:func:`hn4ir_analysis.assess.verdicts.assess` (in the runner's process, while the notebooks run);
:func:`write_summary` writes it into the run folder.

Notes
-----
Method: rows are sorted by :data:`SUMMARY_ORDER` with a stable sort; the columns are
:data:`hn4ir_analysis.assess.verdicts.COLUMNS`. In JSON, NaN becomes ``null``, floats keep 10
significant digits (the rounding of ``hn4ir assess --format json``), ``-0.0`` becomes
``0.0``, and the whole-number columns of :data:`INTEGER_COLUMNS` (stored as float by
pandas when they hold NaN) are integers. Keys are sorted and there are no timings or
dates, so two runs on the same data and parameters give byte-identical files.

How to read: ``summary.json`` is a JSON array, one object per row and per line;
``summary.csv`` holds the same table. Both are empty (``[]``, no header) when the
assessment is unavailable or failed; ``manifest.json`` (``assessment``) says which.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

#: sort order of summary.json / summary.csv rows
SUMMARY_ORDER = ["target_year", "target_id", "method", "series"]
#: float columns holding whole numbers (NaN makes pandas store them as float): ints in JSON
INTEGER_COLUMNS = {"target_year", "as_of", "base_year", "latest_year", "n_obs"}


def assessment(years: list[int], as_of: int):
    """``(table, info)``: the assessment of every target year, or ``(None, info)``.

    ``info["status"]`` is ``ok``, ``unavailable`` (no :mod:`hn4ir_analysis.assess.verdicts` module
    in this version of the package) or ``failed`` (it raised; the run then fails).
    """
    import importlib

    start = time.perf_counter()
    try:
        assess = importlib.import_module("hn4ir_analysis.assess.verdicts")
    except ModuleNotFoundError as exc:
        if exc.name != "hn4ir_analysis.assess.verdicts":
            return None, {"status": "failed", "error": f"ModuleNotFoundError: {exc}"}
        return None, {
            "status": "unavailable",
            "error": "hn4ir_analysis.assess.verdicts is not in this version",
        }
    try:
        import pandas as pd

        table = pd.concat(
            [assess.assess(target_year=y, as_of=as_of) for y in years], ignore_index=True
        )
        table = table.reindex(columns=assess.COLUMNS)
        table = table.sort_values(SUMMARY_ORDER, kind="mergesort").reset_index(drop=True)
    except Exception as exc:  # noqa: BLE001
        return None, {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    return table, {
        "status": "ok",
        "rows": len(table),
        "seconds": round(time.perf_counter() - start, 3),
    }


def _json_value(value):
    import numpy as np
    import pandas as pd

    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_json_value(v) for v in value]
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(f"{float(value):.10g}")  # same rounding as `hn4ir assess --format json`
        return 0.0 if value == 0 else value  # no -0.0
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.isoformat()
    return str(value)


def summary_records(table) -> list[dict]:
    """Rows of the assessment table as JSON-ready dicts (NaN → None), in summary order."""
    rows = []
    for row in table.to_dict(orient="records"):
        clean = {k: _json_value(v) for k, v in row.items()}
        for k in INTEGER_COLUMNS.intersection(clean):
            if isinstance(clean[k], float) and clean[k].is_integer():
                clean[k] = int(clean[k])
        rows.append(clean)
    return rows


def summary_json(table) -> str:
    """summary.json text: one row object per line, sorted keys, no timings: reproducible."""
    rows = summary_records(table) if table is not None else []
    dump = [
        json.dumps(r, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        for r in rows
    ]
    return "[\n" + ",\n".join(dump) + "\n]\n" if dump else "[]\n"


def write_summary(table, run_dir: Path) -> None:
    """Write ``summary.json`` and ``summary.csv`` (the table, or empty files) into ``run_dir``."""
    (run_dir / "summary.json").write_text(summary_json(table), encoding="utf-8")
    csv = (
        ""
        if table is None
        else table.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    )
    (run_dir / "summary.csv").write_text(csv, encoding="utf-8")
