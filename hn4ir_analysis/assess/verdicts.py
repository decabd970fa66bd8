"""Assess every target of a target year, as of a given year: the project's public table.

``assess(target_year=2030, as_of=2025)`` returns one row per (target, measurement series,
method) with the columns :data:`COLUMNS` — the contract read by ``hn4ir assess``, the
notebooks and the report site. Keep them stable.

Methods (``method`` column)
---------------------------
``ex_post``
    the target year (or period) has passed and an outcome is published: ``achieved``,
    ``exceeded`` (above a range where more is better) or ``missed``, by how much (``score`` = relative margin), on which vintage.
``eurostat``, ``unsd``, ``escap``, ``destatis``
    the official trackers' verdicts, see :mod:`hn4ir_analysis.assess.methods`.
``model``
    share of a statsmodels trend model's simulated paths that meet the target
    (:mod:`hn4ir_analysis.assess.trends`); ``category`` uses the IPCC calibrated likelihood
    scale (Mastrandrea et al. 2010, IPCC AR5 guidance note): ≥0.9 very likely, ≥0.66
    likely, ≥0.33 about as likely as not, ≥0.1 unlikely, else very unlikely.
``evidence``
    qualitative targets: ``not_quantifiable``, with the proxy evidence in ``notes``.

Whose target, and which one counts (columns ``place``, ``group_id``, ``restated_in``,
``in_force``; :mod:`hn4ir_analysis.data.targets`): ``place`` is ``Hanoi`` or ``Vietnam``
(national targets — Resolution 52, Decisions 411 and 749 — are judged on national series
and belong in their own section); targets with the same place, indicator, year or
period and threshold are one target restated by several documents (``group_id`` = the
lead target, ``restated_in`` = number of documents); ``in_force`` is False for a target
that a later document (known by the end of ``as_of + 1``) reset for the same place,
indicator and year — history, not a verdict of equal weight — and for every target of a
draft document (``data/raw/document_status.csv``), which never resets an adopted one. Counts and headlines take
one row per ``group_id``, ``in_force`` and ``place == "Hanoi"`` only.

Notes
-----
Every value column is in the row's ``unit`` (the contract of
:mod:`hn4ir_analysis.assess.schema`, checked on every table returned). Growth targets are
judged on levels: an average growth ``g*`` over ``s..e`` is the level target
``I(s−1)·(1+g*)^n`` for the real GRDP index, so the level methods apply unchanged; the
model's probability for a period average mixes observed years with simulated ones. A
period that starts after the latest data is judged on the recent five-year pace of the
same series against the required average (:mod:`hn4ir_analysis.assess.pace`); Destatis
carries the average growth on (its rule for rates). Rows of growth targets speak in
%/yr (``latest_value``: the growth so far or the recent pace) and carry the levels used
in ``base_level``/``latest_level`` (unit ``level_unit``), so the table reproduces every score.
An ex post verdict on a figure that is not final carries the series' usual revision
(``revision``, :mod:`hn4ir_analysis.assess.revision`); within it of the threshold the
notes say "achieved (or missed) on the estimate; within the usual revision". A range or
"about" target of an indicator that is better higher, overshot, is ``exceeded``.
Where a method lacks what it needs (no annual productivity series, a single
observation) the row says ``insufficient_data`` and why.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from hn4ir_analysis import cache, config, params
from hn4ir_analysis.assess import calibration
from hn4ir_analysis.assess.level_rows import (  # noqa: F401  (re-exported: the public names of the assessment)
    COLUMNS,
    COVID_STEP,
    FLOAT_COLUMNS,
    INTEGER_COLUMNS,
    LIKELIHOOD,
    MIN_OBS_PROBABILITY,
    OFFICIAL,
    _row,
    assess_level,
    direction,
    ex_post,
    goal,
    likelihood,
    model_row,
    official_rows,
)
from hn4ir_analysis.assess.verdict_rows import (  # noqa: F401 (re-exported)
    METHOD_ORDER,
    _assess,
    _label_groups,
    assess_qualitative,
)
from hn4ir_analysis.data import latest
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.data.select import MIXED_RELEASES
from hn4ir_analysis.params import validate


def assess(
    target_year: int,
    as_of: int | None = None,
    *,
    confidence: float = params.DEFAULT_CONFIDENCE,
    raw_dir=None,
    n_sims: int = 2000,
    seed: int = 20200910,
) -> pd.DataFrame:
    """Assess every target of ``target_year`` with the data as of ``as_of``.

    Parameters
    ----------
    target_year : int
        Targets whose year is this (2025, 2030, 2045, or a past plan year).
    as_of : int, optional
        Use values for years ≤ ``as_of`` that had been published by the end of
        ``as_of + 1`` (where the publication date is known). Default: the latest year of
        Hanoi's real GRDP growth in the raw data (:func:`hn4ir_analysis.data.latest.default_as_of`).
    confidence : float
        Level of the model's prediction intervals.
    raw_dir : Path, optional
        Raw data folder (default ``data/raw``).
    n_sims, seed : int
        Number of simulated paths and the seed: the table depends on nothing else.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`, one row per target × measurement series × method,
        sorted by target, series and method.
    """
    validate(target_year=target_year, as_of=as_of, confidence=confidence)
    raw_dir = Path(raw_dir or config.RAW_DIR).resolve()
    as_of = latest.resolve(as_of, raw_dir)
    prepare(as_of, raw_dir).check_target_year(target_year)
    parts = (
        cache.data_fingerprint(raw_dir),
        str(raw_dir),
        target_year,
        as_of,
        confidence,
        n_sims,
        seed,
        calibration.fingerprint(),  # the model rows use the backtest's calibration factors
    )
    return cache.cached(
        "assess", parts, lambda: _assess(target_year, as_of, confidence, raw_dir, n_sims, seed)
    )


def headline_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows that counts and headlines use: Hanoi's targets in force, one per group (its lead).

    Rows whose base and latest values come from different releases (their notes say so)
    are left out of counts: a pace read across two releases is not a verdict to quote
    (the city's 16.25 % for 2024 and 17.34 % for 2025; the same-release series judges
    the same target).
    """
    keep = (
        (frame["place"] == "Hanoi") & frame["in_force"] & (frame["target_id"] == frame["group_id"])
    )
    mixed = frame["notes"].fillna("").str.contains(MIXED_RELEASES, regex=False)
    return frame[keep & ~mixed]


def to_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: NaN → None, numpy scalars → Python, floats to 10 digits.

    The one JSON form of the table: ``hn4ir assess --format json`` and the report's
    ``summary.json`` both use it.
    """
    out = []
    for rec in frame.to_dict(orient="records"):
        clean = {}
        for key in COLUMNS:
            value = rec.get(key)
            if value is None or value is pd.NA:
                value = None
            elif isinstance(value, (bool, np.bool_)):
                value = bool(value)
            elif isinstance(value, (float, np.floating)) and math.isnan(value):
                value = None
            elif key in INTEGER_COLUMNS and float(value).is_integer():
                value = int(value)  # a year or count stored as float (NaN in its column)
            elif isinstance(value, (float, np.floating)):
                value = float(f"{value:.10g}") + 0.0  # 10 significant digits, no -0.0
            elif isinstance(value, np.integer):
                value = int(value)
            elif isinstance(value, np.bool_):
                value = bool(value)
            clean[key] = value
        out.append(clean)
    return out


def format_table(frame: pd.DataFrame) -> str:
    """A compact plain-text view: target, series, method, verdict and the key numbers."""
    view = frame[
        ["target_id", "series", "method", "category", "score", "p_met", "required_growth"]
    ].copy()
    for col in ("score", "p_met", "required_growth"):
        view[col] = view[col].map(lambda v: "" if pd.isna(v) else f"{v:.3f}")
    return view.to_string(index=False)


def cmd_assess(args) -> int:
    import json
    import sys

    from hn4ir_analysis.data.latest import as_of_lines
    from hn4ir_analysis.params import ParameterError

    try:
        params.validate(as_of=args.as_of)
        as_of, lines = as_of_lines(args.as_of)
        print("\n".join(lines), file=sys.stderr)
        frame = assess(args.target_year, as_of, confidence=args.confidence)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(to_records(frame), ensure_ascii=False, indent=1, sort_keys=False))
    elif args.format == "csv":
        from hn4ir_analysis.data.csvio import download_csv

        print(download_csv(frame, float_format="%.10g"), end="")
    else:
        print(format_table(frame))
    return 0


def register_cli(sub) -> None:
    """``hn4ir assess --target-year 2030 [--as-of 2024] [--format csv|json|table]``."""
    p = sub.add_parser("assess", help="assess every target of a target year (the verdict table)")
    p.add_argument(
        "--target-year",
        type=int,
        required=True,
        help="a year of the target catalogue (2025, 2030, 2045, …)",
    )
    p.add_argument(
        "--as-of",
        type=int,
        default=None,
        help="last year of data used (default: the latest year of Hanoi's GRDP growth in data/raw)",
    )
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument(
        "--confidence",
        type=float,
        default=params.DEFAULT_CONFIDENCE,
        help=f"prediction-interval level (default {params.DEFAULT_CONFIDENCE})",
    )
    p.set_defaults(func=cmd_assess)
