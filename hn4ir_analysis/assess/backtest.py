"""How reliable is each method? Rolling-origin backtests and replays of past plan targets.

Two questions, two tables:

1. **Forecast errors** (:func:`rolling_origin`). For every series and every origin year
   ``o``, fit each trend model on the data up to ``o`` and forecast ``o+1 … o+5``; compare
   with the value in the data: error in log points (100·ln(forecast/actual)) and whether
   the 80% interval covered it. Hanoi's own series are short and broken in 2016/17, so the
   comparison between methods rests on the GSO provincial panels shipped in ``data/raw``
   (real GRDP index chained from the growth index 2018–2025, average population
   2011–2024, labour force 2007–2020 before the 2021 definition change), and Hanoi is
   reported separately. The naive constant-CAGR rule — what the Eurostat and UNSD
   methods implicitly assume — is the baseline every model is shown against.
2. **Past targets replayed** (:func:`replay_targets`). For targets whose outcome is known
   (e.g. GRDP growth 2016–2020, per capita 2020, annual growth 2018–2023), assess them as
   of each earlier year with the vintages of that time, and record whether each method's
   verdict pointed the right way.

3. **Calibration** (:mod:`hn4ir_analysis.assess.calibration`): the errors of step 1 give a
   split-conformal widening factor per series class and horizon, measured on provinces
   left out (5 folds); :func:`run` writes the factors the assessment reads
   (``backtest_calibration.csv``) and replays the targets with them.
4. **Skill** (:mod:`hn4ir_analysis.assess.skill`): Brier scores of the replayed verdicts
   against "always off track" and a coin; :mod:`hn4ir_analysis.assess.pooled_drift` tries
   to beat the naive rule with pooled/shrunk drifts.

Notes
-----
The panels hold one vintage per table, so "what was later published" is the table's
value; only Hanoi's GRDP series has real-time vintages (selection ``published_by``),
which the replay uses. ``make bench`` prints :func:`backtest_bench.benchmark_table`. Goals: a chosen
model with a mean absolute error <= 0.85x the naive rule's over horizons 1-5, and
calibrated nominal-80% intervals holding 75-85% of held-out panel outcomes, overall and
for every series class with >= 200 cells.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import calibration, calibration_oot, skill
from hn4ir_analysis.assess.backtest_errors import (  # noqa: F401 (re-exported: tests, notebooks)
    CONFIDENCE,
    HORIZONS,
    MIN_TRAIN,
    PANELS,
    by_horizon,
    drift_experiment,
    forecast_errors,
    longest_run,
    panel_series,
    rolling_origin,
    skill_experiment,
    summarise,
)
from hn4ir_analysis.assess.expost import MET_OUTCOMES, SETTLED_OUTCOMES
from hn4ir_analysis.data.load import load_raw

#: what a forward verdict says about meeting the target (for the replay)
PREDICTS_MET = {"achieved", "on_track", "maintain", "sun"}


def replay_targets(
    raw_dir=None, *, latest_as_of: int = 2025, lookback=(1, 2, 3), n_sims: int = 500
) -> pd.DataFrame:
    """Assess Hanoi's past targets as of 1–3 years before their year and score the calls.

    Returns
    -------
    DataFrame
        One row per target × as-of year × method: the verdict then, the outcome known
        now (ex post as of ``latest_as_of``) and ``right`` (True/False; missing where the
        method gave no verdict).
    """
    from hn4ir_analysis.assess.verdicts import assess
    from hn4ir_analysis.params import MIN_AS_OF

    data = load_raw(raw_dir)
    years = sorted({int(y) for y, c, g in zip(data.targets["target_year"], data.targets["comparison"],
                                               data.targets["geo"], strict=True)
                    if c != "qualitative" and g == config.HANOI and int(y) <= latest_as_of})  # fmt: skip
    rows = []
    for year in years:
        final = assess(year, latest_as_of, raw_dir=raw_dir, n_sims=n_sims)
        known = final[(final["method"] == "ex_post") & final["category"].isin(SETTLED_OUTCOMES)]
        outcome = dict(zip(known["target_id"], known["category"], strict=False))
        for k in lookback:
            as_of = year - k
            if as_of < MIN_AS_OF:
                continue
            past = assess(year, as_of, raw_dir=raw_dir, n_sims=n_sims)
            past = past[past["target_id"].isin(outcome) & (past["method"] != "ex_post")]
            for r in past.itertuples():
                if r.category == "insufficient_data":
                    predicted = None
                elif r.method == "model":
                    predicted = r.p_met >= 0.5
                else:
                    predicted = r.category in PREDICTS_MET
                actual = outcome[r.target_id]
                rows.append({"target_id": r.target_id, "target_year": year, "as_of": as_of, "series": r.series,
                             "indicator": r.indicator, "geo": r.geo, "kind": r.kind, "low": r.low, "high": r.high,
                             "method": r.method, "category": r.category, "p_met": r.p_met, "outcome": actual,
                             "right": None if predicted is None else predicted == (actual in MET_OUTCOMES)})  # fmt: skip
    return pd.DataFrame(rows)


def replay_summary(replay: pd.DataFrame) -> pd.DataFrame:
    """Per method: verdicts given, right calls, and the share right."""
    given = replay[replay["right"].notna()]
    g = given["right"].astype(bool).groupby(given["method"])
    table = pd.DataFrame({"verdicts": g.size(), "right": g.sum(), "share_right": g.mean(),
                          "no_verdict": replay[replay["right"].isna()].groupby("method").size()})  # fmt: skip
    # a method that never gave a verdict has 0 verdicts (not NaN) and no share right
    table = table.fillna({"verdicts": 0, "right": 0, "no_verdict": 0})
    table = table.astype({"verdicts": int, "right": int, "no_verdict": int, "share_right": float})
    return table.rename_axis("method").reset_index()


def run(
    raw_dir=None,
    *,
    max_geos: int | None = None,
    n_sims: int = 200,
    replay: bool = True,
    skill_models: bool = True,
) -> dict:
    """The whole backtest: errors with held-out calibration, the factors, the replay.

    Returns a dict of DataFrames keyed by the file each is written to:
    ``backtest_errors.csv`` (:func:`rolling_origin` plus the columns of
    :func:`calibration.cross_fit`), ``backtest_calibration.csv`` (the factors the
    assessment reads, fitted on every panel province) and ``backtest_replay.csv``
    (:func:`replay_targets`, assessed with those factors), ``backtest_skill.csv``
    (:func:`backtest_errors.skill_experiment`: Theta, damped ETS, combination, global model).
    The factors are the out-of-time ones (:mod:`calibration_oot`).
    """
    errors = calibration.cross_fit(rolling_origin(raw_dir, max_geos=max_geos, n_sims=n_sims))
    # the assessment uses the calibration that holds out of time (calibration_oot)
    errors, factors = calibration_oot.add_columns(errors)
    out = {"backtest_errors.csv": errors, "backtest_calibration.csv": factors}
    if skill_models:
        out["backtest_skill.csv"] = skill_experiment(raw_dir, max_geos=max_geos)
    if replay:
        with calibration.using(factors):
            out["backtest_replay.csv"] = replay_targets(raw_dir)
    return out


def _fmt(frame: pd.DataFrame, digits: int = 3) -> str:
    return frame.to_string(index=False, float_format=lambda v: f"{v:.{digits}f}")


def cmd_backtest(args) -> int:
    if args.out:
        from hn4ir_analysis.params import check_out

        check_out(args.out, "backtest")  # before the long run: exit 2, nothing written
    tables = run(max_geos=args.max_geos)
    errors = tables["backtest_errors.csv"]
    print(summarise(errors).to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print()
    print(_fmt(calibration_oot.coverage_table(errors)))
    print()
    print(
        replay_summary(tables["backtest_replay.csv"]).to_string(
            index=False, float_format=lambda v: f"{v:.2f}"
        )
    )
    print()
    print(_fmt(skill.brier_table(tables["backtest_replay.csv"])))
    if args.out:
        from hn4ir_analysis.assess import feasibility
        from hn4ir_analysis.data.processed import write_atomic

        tables = {**tables, **feasibility.files()}  # base rates: needs the panel only
        write_atomic(tables, args.out)
        print(f"wrote {', '.join(tables)} to {args.out}")
    return 0


def register_cli(sub) -> None:
    """``hn4ir backtest [--max-geos N] [--out DIR]``."""
    p = sub.add_parser(
        "backtest", help="rolling-origin forecast errors and replays of past targets"
    )
    p.add_argument("--max-geos", type=int, default=None, help="provinces per panel (default all)")
    p.add_argument(
        "--out",
        default=None,
        help="folder to write backtest_errors.csv, backtest_calibration.csv, backtest_skill.csv,"
        " backtest_replay.csv and feasibility.csv",
    )
    p.set_defaults(func=cmd_backtest)
