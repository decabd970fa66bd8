"""The tables ``make bench`` prints from the backtest, and the skill experiment it reports.

Notes
-----
:func:`benchmark_table` prints, from the tables of :func:`backtest.run` (recomputed, or
read from ``data/processed`` with ``processed=True``): MAE against the naive rule, the
nominal-80% coverage of the calibrated intervals by class and horizon under both
calibrations (provinces left out; out of time), the out-of-time parameter grid and
whether any setting holds every class in band (:mod:`calibration_band`), the
pooled-drift and Theta/ETS/global candidates against naive by panel and horizon (panels
and Hanoi), the reliability of ``p_met`` and the replay's Brier skill. A recomputed run
first says whether the shipped ``data/processed`` backtest files are what this code writes
(:func:`stale_files`): notebook 06 and the assessment read those files, and no test reruns
the backtest (minutes).
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import (
    backtest,
    backtest_errors,
    calibration,
    calibration_band,
    calibration_oot,
    conformal,
    pooled_drift,
    reliability,
    skill,
    skill_models,
)

TABLES = (
    "backtest_errors.csv",
    "backtest_calibration.csv",
    "backtest_replay.csv",
    "backtest_skill.csv",
)
#: goals of issue 19
MAE_GOAL, COVERAGE_GOAL = 0.85, (0.75, 0.85)


def processed_tables(folder=None) -> dict:
    """The backtest tables as written by ``hn4ir backtest --out`` (missing ones left out)."""
    folder = config.PROCESSED_DIR if folder is None else folder
    out = {}
    for name in TABLES:
        p = folder / name
        if p.exists():
            out[name] = pd.read_csv(p)
    if "backtest_errors.csv" in out:
        e = out["backtest_errors.csv"]
        for c in ("covered", "covered_cal", "covered_oot"):
            if c in e:
                e[c] = e[c].astype("boolean")
    return out


def stale_files(tables: dict, folder=None) -> list[str]:
    """Names in ``tables`` whose file in ``folder`` (default ``data/processed``) is missing or
    differs from the bytes ``hn4ir backtest --out`` would write for it."""
    from hn4ir_analysis.data.processed import to_csv_text

    folder = config.PROCESSED_DIR if folder is None else folder
    return [name for name, frame in tables.items()
            if not (folder / name).is_file()
            or (folder / name).read_bytes() != to_csv_text(frame).encode("utf-8")]  # fmt: skip


def _fmt(frame: pd.DataFrame, digits: int = 3) -> str:
    return frame.to_string(index=False, float_format=lambda v: f"{v:.{digits}f}")


def _goal_line(scope: str, cov: pd.DataFrame, col: str, label: str) -> str:
    tot = cov[(cov["scope"] == scope) & (cov["horizon"] == "all")]
    lo, hi = COVERAGE_GOAL
    parts = [f"{r.series_class} {getattr(r, col):.1%} (n={r.n_oot})" for r in tot.itertuples()]
    ok = tot[col].between(lo, hi).all()
    return f"{scope}: {label} 80% coverage {', '.join(parts)} -> goal {lo:.2f}-{hi:.2f} per class: {'met' if ok else 'NOT met'}"


def _band_line(errors: pd.DataFrame) -> str:
    """Whether any setting holds every class in band; the worst class's floor (calibration_band)."""
    search = calibration_band.band_search(errors)
    classes = [c for c in search if c in set(conformal.PANEL_CLASS.values())]
    worst = max(classes, key=lambda c: (search[c] - 0.8).abs().min())
    return calibration_band.summary_line(search, calibration_band.by_origin(errors, worst), worst)


def benchmark_table(raw_dir=None, max_geos: int | None = None, tables: dict | None = None,
                    processed: bool = False) -> str:  # fmt: skip
    """The text ``make bench`` prints (see module Notes)."""
    if tables is None:
        tables = processed_tables() if processed else backtest.run(raw_dir, max_geos=max_geos)
    errors, replay = tables["backtest_errors.csv"], tables.get("backtest_replay.csv")
    head = []
    if not processed and max_geos is None and raw_dir is None:
        stale = stale_files({k: v for k, v in tables.items() if k in TABLES})
        head = ["Shipped backtest files in data/processed: "
                + (f"STALE, this code writes other bytes for {', '.join(stale)} (run make backtest)"
                   if stale else "the bytes this code writes"), ""]  # fmt: skip
    summary = backtest_errors.summarise(errors)
    cov = calibration_oot.coverage_table(errors)
    wide = cov.pivot_table(index=["scope", "series_class"], columns="horizon",
                           values=["coverage_province_out", "coverage_oot"])  # fmt: skip
    n = cov.pivot_table(index=["scope", "series_class"], columns="horizon", values="n_oot")
    lines = [*head, "Backtest: rolling origin, horizons 1-5, log-point errors (100*ln(forecast/actual))",
             _fmt(summary), "", "MAE by horizon:",
             backtest_errors.by_horizon(errors).to_string(float_format=lambda v: f"{v:.2f}"), "",
             "Nominal-80% coverage of the selected model, two calibrations: provinces left out "
             f"({calibration.N_FOLDS}-fold; same years) and out of time (errors known at each origin only):",
             wide.to_string(float_format=lambda v: f"{v:.3f}"), "cells (out of time):",
             n.to_string(float_format=lambda v: f"{v:.0f}"), "", _fmt(cov[cov["horizon"] == "all"]), "",
             "Out-of-time coverage for other parameters (gamma: adaptive step, beta: horizon exponent):",
             _fmt(calibration_oot.grid(errors)), "", _band_line(errors), "",
             "Factors the assessment reads (out of time, after the last outcome year):",
             _fmt(tables["backtest_calibration.csv"].drop(columns="calibration_data")), ""]  # fmt: skip
    for scope in ("panel", "hanoi"):
        if (cov["scope"] == scope).any():
            lines.append(_goal_line(scope, cov, "coverage_province_out", "provinces-left-out"))
            lines.append(_goal_line(scope, cov, "coverage_oot", "out-of-time"))
    lines += ["", *_skill_lines(tables, raw_dir), *_reliability_lines(errors, replay, raw_dir)]
    if replay is not None:
        lines += ["Replay of past targets: Brier score and skill (restated copies collapsed; read with "
                  "notebook 06 section 5b):", _fmt(skill.brier_table(replay)), ""]  # fmt: skip
    return "\n".join(lines)


def _skill_lines(tables: dict, raw_dir) -> list[str]:
    lines = []
    drift = pooled_drift.summary(backtest_errors.drift_experiment(raw_dir), by=("scope", "panel"))
    lines += ["Pooled/shrunk drift against the naive rule (MAE ratio, same cells; see pooled_drift):",
              _fmt(drift[["scope", "panel", "n", "mae_naive"] + [c for c in drift if c.endswith("_vs_naive")]]),
              ""]  # fmt: skip
    cells = tables.get("backtest_skill.csv")
    if cells is None or cells.empty:
        return lines + ["(no backtest_skill.csv: Theta/ETS/global candidates not run)", ""]
    lines += ["Theta, damped ETS, combination, global pooled model and the learned choice (earlier "
              "origins only) against naive, MAE ratio on the same cells:",
              _fmt(skill_models.summary(cells, by=("scope", "panel"))), "",
              "by horizon:", _fmt(skill_models.by_horizon(cells)), ""]  # fmt: skip
    tot = skill_models.summary(cells.assign(all="all"), by=("scope", "all"))
    for r in tot.itertuples():
        goal = MAE_GOAL if r.scope == "panel" else 1.0
        lines.append(f"{r.scope}: learned choice MAE = {r.choice_vs_naive:.3f}x naive over {r.n} cells "
                     f"(goal <= {goal:.2f}: {'met' if r.choice_vs_naive <= goal else 'NOT met'}); "
                     f"fallbacks to naive in fits: {int(cells.loc[cells['scope'] == r.scope, 'fallback'].sum())}")  # fmt: skip
    return lines + [""]


def _reliability_lines(errors: pd.DataFrame, replay, raw_dir) -> list[str]:
    synth = reliability.synthetic_targets(errors, raw_dir)
    lines = ["Reliability of p_met, synthetic targets (province x origin x threshold, out-of-time "
             "calibration):", _fmt(reliability.table(synth)), ""]  # fmt: skip
    if replay is not None:
        lines += ["Reliability of p_met, replayed past targets:",
                  _fmt(reliability.table(reliability.replayed(replay))), ""]  # fmt: skip
    return lines
