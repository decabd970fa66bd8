"""The end-of-run screen of ``hn4ir report``: verdict counts per target year and the plan's own targets."""

from __future__ import annotations

from pathlib import Path

from hn4ir_analysis.assess.verdicts import METHOD_ORDER
from hn4ir_analysis.report.site import _isnan, _rows, colour

SYMBOLS = {"green": "✓", "amber": "~", "red": "✗", "grey": "·"}


def headline(rows: list[dict]) -> str:
    """One colour for a target: the ex-post verdict if there is one, else the majority colour
    of the methods that reached a verdict (ties go to the worse colour)."""
    informative = [r for r in rows if r.get("category") != "insufficient_data"]
    ex_post = [r for r in informative if r["method"] == "ex_post"]
    if ex_post:
        return colour(ex_post[0]["category"])
    votes = [colour(r.get("category")) for r in informative]
    order = ["red", "amber", "green", "grey"]
    return max(order, key=lambda c: (votes.count(c), -order.index(c))) if votes else "grey"


#: target ids of Plan 205-KH/TU itself, the plan the project is about
PLAN_PREFIX = "KH205_"


def terminal_summary(result, out: Path) -> list[str]:
    """The end-of-run screen: per target year the verdict counts and the plan's own targets."""
    m = result.manifest
    runs = result.executions
    n_shared = sum(r.target_year is None for r in runs)
    state = "all succeeded" if not result.failed else f"{len(result.failed)} FAILED"
    lines = [
        f"hn4ir report: {len(runs)} notebook runs ({n_shared} shared, {len(runs) - n_shared} per "
        f"year) in {m['wall_s']:.1f} s with {m['parameters']['jobs']} kernels: {state}"
    ]
    rows = _rows(result.summary)
    for year in m["parameters"]["target_years"]:
        targets: dict[str, list[dict]] = {}
        for row in (r for r in rows if r["target_year"] == year):
            targets.setdefault(row["target_id"], []).append(row)
        heads = {tid: headline(t_rows) for tid, t_rows in targets.items()}
        counts = "  ".join(f"{SYMBOLS[c]} {list(heads.values()).count(c)}" for c in SYMBOLS)
        lines.append(
            f"\n{year} (as of {m['parameters']['as_of']}): {len(targets)} targets   {counts}"
        )
        # One screen: the plan's own targets (KH 205-KH/TU) line by line; the others are
        # counted above and listed in summary.csv and index.html.
        plan = {tid: r for tid, r in targets.items() if tid.startswith(PLAN_PREFIX)}
        rest = len(targets) - len(plan)
        for tid, t_rows in sorted(plan.items()):
            verdicts = []
            for r in sorted(t_rows, key=lambda r: METHOD_ORDER.get(r["method"], 99)):
                if r.get("category") == "insufficient_data":
                    continue
                p = "" if _isnan(r.get("p_met")) else f" {r['p_met']:.2f}"
                verdicts.append(f"{r['method']}:{r['category']}{p}")
            text = " ".join(dict.fromkeys(verdicts)) or "insufficient_data"
            lines.append(f"  {SYMBOLS[heads[tid]]} {tid[:40]:<40} {text[:110]}")
        if rest:
            lines.append(f"  … and {rest} targets of other documents (summary.csv, index.html)")
    if m["assessment"]["status"] != "ok":
        lines.append(f"assessment {m['assessment']['status']}: {m['assessment'].get('error')}")
    for f in result.failed:
        where = f"  → {result.run_dir / f['html']}" if f.get("html") else ""
        lines.append(f"FAILED {f.get('ipynb', f['notebook'])}: {f['error']}{where}")
    if result.published:
        lines.append(f"\nreport: {out / 'latest' / 'index.html'}  (run {result.run_id})")
    else:
        lines.append(f"\nreport NOT published, latest unchanged: {result.run_dir / 'index.html'}")
    return lines
