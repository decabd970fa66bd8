"""Assess every target of a target year, as of a given year: the project's public table.

``assess(target_year=2030, as_of=2025)`` returns one row per (target, measurement series,
method) with the columns :data:`COLUMNS` — the contract read by ``hn4ir assess``, the
notebooks and the report site. Keep them stable.

Methods (``method`` column)
---------------------------
``ex_post``
    the target year (or period) has passed and an outcome is published: ``achieved`` or
    ``missed``, by how much (``score`` = relative margin), on which vintage.
``eurostat``, ``unsd``, ``escap``, ``destatis``
    the official trackers' verdicts, see :mod:`hn4ir_analysis.assess.methods`.
``model``
    share of a statsmodels trend model's simulated paths that meet the target
    (:mod:`hn4ir_analysis.assess.trends`); ``category`` uses the IPCC calibrated likelihood
    scale (Mastrandrea et al. 2010, IPCC AR5 guidance note): ≥0.9 very likely, ≥0.66
    likely, ≥0.33 about as likely as not, ≥0.1 unlikely, else very unlikely.
``evidence``
    qualitative targets: ``not_quantifiable``, with the proxy evidence in ``notes``.

Notes
-----
Growth targets are judged on levels: an average growth ``g*`` over ``s..e`` is the level
target ``I(s−1)·(1+g*)^n`` for the real GRDP index, so the level methods apply unchanged;
the model's probability for a period average mixes observed years with simulated ones.
Where a method lacks what it needs (no annual productivity series, a single
observation) the row says ``insufficient_data`` and why.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.assess import calibration
from hn4ir_analysis.assess import evidence as ev
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
from hn4ir_analysis.data.asof import AsOfData, measurements, prepare
from hn4ir_analysis.data.targets import Target
from hn4ir_analysis.params import validate


def assess_qualitative(t: Target, data: AsOfData) -> list[dict]:
    """``not_quantifiable``, with the proxy evidence the data holds."""
    found = ev.evidence_for(t.indicator, t.geo, data.annual, data.milestones, data.as_of)
    ids = ";".join(found["source_ids"].astype(str))
    return [_row(t, t.indicator, "evidence", data.as_of, category="not_quantifiable", n_obs=len(found),
                 source_ids=ids, notes=ev.summarise(t.indicator, found))]  # fmt: skip


METHOD_ORDER = {m: i for i, m in enumerate(["ex_post", *OFFICIAL, "model", "evidence"])}


def assess(
    target_year: int,
    as_of: int = 2025,
    *,
    confidence: float = 0.8,
    raw_dir=None,
    n_sims: int = 2000,
    seed: int = 20200910,
) -> pd.DataFrame:
    """Assess every target of ``target_year`` with the data as of ``as_of``.

    Parameters
    ----------
    target_year : int
        Targets whose year is this (2025, 2030, 2045, or a past plan year).
    as_of : int
        Use values for years ≤ ``as_of`` that had been published by the end of
        ``as_of + 1`` (where the publication date is known).
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


def _assess(target_year, as_of, confidence, raw_dir, n_sims, seed) -> pd.DataFrame:
    from hn4ir_analysis.assess.growth_rows import assess_annual_growth, assess_average_growth

    data = prepare(as_of, raw_dir)
    opts = dict(confidence=confidence, n_sims=n_sims, seed=seed, cache={})
    rows: list[dict] = []
    for t in sorted(
        (t for t in data.targets if t.target_year == target_year), key=lambda t: t.target_id
    ):
        if t.kind == "qualitative":
            rows += assess_qualitative(t, data)
            continue
        for series in measurements(t):
            if t.kind == "average_growth":
                rows += assess_average_growth(t, data, series, opts)
            elif t.kind == "annual_growth":
                rows += assess_annual_growth(t, data, series, opts)
            else:
                rows += assess_level(t, data, series, opts)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["_m"] = frame["method"].map(METHOD_ORDER)
    frame = frame.sort_values(["target_id", "series", "_m"], kind="mergesort").drop(columns="_m")
    for col in ("notes", "source_ids", "model", "latest_vintage"):
        frame[col] = frame[col].fillna("").astype(str).str.strip()
    for col in INTEGER_COLUMNS:
        frame[col] = pd.array(
            [None if v is None or pd.isna(v) else int(v) for v in frame[col]], dtype="Int64"
        )
    for col in FLOAT_COLUMNS:
        frame[col] = pd.to_numeric(frame[col]).astype(float)
    return frame.reset_index(drop=True)


def to_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: NaN → None, numpy scalars → Python, floats to 10 digits."""
    out = []
    for rec in frame.to_dict(orient="records"):
        clean = {}
        for key in COLUMNS:
            value = rec.get(key)
            if value is None or value is pd.NA:
                value = None
            elif isinstance(value, (float, np.floating)):
                value = None if math.isnan(value) else float(f"{value:.10g}")
            elif isinstance(value, np.integer):
                value = int(value)
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

    from hn4ir_analysis.params import ParameterError

    try:
        frame = assess(args.target_year, args.as_of, confidence=args.confidence)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(to_records(frame), ensure_ascii=False, indent=1, sort_keys=False))
    elif args.format == "csv":
        print(frame.to_csv(index=False, lineterminator="\n", float_format="%.10g"), end="")
    else:
        print(format_table(frame))
    return 0


def register_cli(sub) -> None:
    """``hn4ir assess --target-year 2030 [--as-of 2024] [--format csv|json|table]``."""
    p = sub.add_parser("assess", help="assess every target of a target year (the verdict table)")
    p.add_argument("--target-year", type=int, required=True)
    p.add_argument("--as-of", type=int, default=2025, help="last year of data used (default 2025)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument(
        "--confidence", type=float, default=0.8, help="prediction-interval level (default 0.8)"
    )
    p.set_defaults(func=cmd_assess)
