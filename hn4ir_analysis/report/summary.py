"""The run's assessment table and its two files, ``summary.json`` and ``summary.csv``.

:func:`assessment` computes the table of every target year with
:func:`hn4ir_analysis.assess.verdicts.assess` (in the runner's process, before the kernels
start, with :func:`shared_tables`: :func:`prepare_run`); :func:`write_summary` writes it
into the run folder.

Notes
-----
Method: rows are sorted by :data:`SUMMARY_ORDER` with a stable sort; the columns are
:data:`hn4ir_analysis.assess.verdicts.COLUMNS`. In JSON, NaN becomes ``null``, floats keep 10
significant digits and ``-0.0`` becomes ``0.0``: the one JSON form of the table,
:func:`hn4ir_analysis.assess.verdicts.to_records`, which ``hn4ir assess --format json``
prints too. Keys are sorted and there are no timings or
dates, so two runs on the same data and parameters give byte-identical files.
``summary.csv`` is written through :func:`hn4ir_analysis.data.csvio.download_csv`: a
text cell beginning with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'``.

How to read: ``summary.json`` is a JSON array, one object per row and per line;
``summary.csv`` holds the same table. Both are empty (``[]``, no header) when the
assessment failed; ``manifest.json`` (``assessment``) says which.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pandas as pd

from hn4ir_analysis.assess import verdicts
from hn4ir_analysis.data.csvio import download_csv

#: sort order of summary.json / summary.csv rows
SUMMARY_ORDER = ["target_year", "target_id", "method", "series"]


def assessment(years: list[int], as_of: int):
    """``(table, info)``: the assessment of every target year, or ``(None, info)``.

    ``info["status"]`` is ``ok``, or ``failed`` (the assessment raised; the run then fails).
    """
    start = time.perf_counter()
    try:
        table = pd.concat(
            [verdicts.assess(target_year=y, as_of=as_of) for y in years], ignore_index=True
        )
        table = table.reindex(columns=verdicts.COLUMNS)
        table = table.sort_values(SUMMARY_ORDER, kind="mergesort").reset_index(drop=True)
    except Exception as exc:  # noqa: BLE001
        return None, {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    return table, {
        "status": "ok",
        "rows": len(table),
        "seconds": round(time.perf_counter() - start, 3),
    }


def shared_tables(table, as_of: int, lang: str) -> dict:
    """Compute, into the disk cache, the tables several notebooks and the pages read besides
    the assessment: the digital-economy readings (notebooks 04, 05 and the pages), the
    base-rate windows (02, 05, pages), the productivity range (03, 05, pages).

    It calls what the pages call, :func:`hn4ir_analysis.views.line_notes.annotate` on the
    run's answer, so the keys are those the notebooks and the pages ask for: each table is
    computed once per run (before the kernels start), not once in each kernel that needs it.
    A failure here is only noted: the notebooks and pages then compute what they need.
    """
    start = time.perf_counter()
    try:
        from hn4ir_analysis.data.asof import prepare
        from hn4ir_analysis.views import line_notes, overview, scorecard

        data = prepare(as_of)
        answer = overview.overview(scorecard.table_rows(table), data.targets, lang, as_of)
        line_notes.annotate(answer, data, lang, as_of)
    except Exception as exc:  # noqa: BLE001
        return {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    return {"status": "ok", "seconds": round(time.perf_counter() - start, 3)}


def prepare_run(years: list[int], as_of: int, lang: str):
    """What a report run computes before its kernels start: :func:`assessment` (its
    ``info`` gains ``shared``, from :func:`shared_tables`)."""
    table, info = assessment(years, as_of)
    if table is not None:
        info["shared"] = shared_tables(table, as_of, lang)
    return table, info


def summary_records(table) -> list[dict]:
    """Rows of the assessment table as JSON-ready dicts (NaN → None), in summary order."""
    return verdicts.to_records(table)


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
    csv = "" if table is None else download_csv(table, float_format="%.10g")
    (run_dir / "summary.csv").write_text(csv, encoding="utf-8")
