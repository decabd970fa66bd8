"""The ``hn4ir report`` command: its options, exit statuses and the terminal summary.

:func:`register_cli` adds the subcommand to ``hn4ir``; :func:`cmd_report` runs
:func:`hn4ir_analysis.report.runner.run_report` (what one run does is described there).

Notes
-----
Exit statuses: 0 when every notebook and the assessment succeeded, 1 when something failed
(or the run could not start, or ``--out`` cannot be written: one line, no traceback), 2 for
a bad parameter (one sentence, nothing written), 130 on Ctrl-C and 143 on SIGTERM (the
kernels are killed, nothing published).
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from hn4ir_analysis import config, params
from hn4ir_analysis.report.kernel import Terminated, on_sigterm
from hn4ir_analysis.report.plan import ReportError, default_jobs
from hn4ir_analysis.report.runner import run_report


def cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.out or config.REPORTS_DIR)
    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        result = run_report(
            target_years=args.target_year or params.PLAN_TARGET_YEARS,
            as_of=args.as_of,
            lang=args.lang,
            out=out,
            jobs=args.jobs,
            timeout=args.timeout,
            notebooks=args.notebooks,
            force=args.force,
        )
    except (params.ParameterError, ReportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, params.ParameterError) else 1
    except OSError as exc:  # read-only or full --out: one line, not a traceback
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: cannot write the report into {out}: {exc.strerror or exc}{where}",
              file=sys.stderr)  # fmt: skip
        return 1
    except KeyboardInterrupt as exc:
        print("terminated: nothing published", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    finally:
        signal.signal(signal.SIGTERM, previous)
    from hn4ir_analysis.report.screen import terminal_summary

    print("\n".join(terminal_summary(result, out.resolve())))
    return result.exit_code


def register_cli(sub) -> None:
    """``hn4ir report [--target-year Y ...] [--as-of Y] [--lang en|vi] [--out DIR] ...``."""
    p = sub.add_parser(
        "report",
        help="run every notebook for each target year and publish reports/latest/",
        description="Run notebooks/NN-*.ipynb for each target year (year-independent notebooks once) "
        "and publish an offline HTML report under <out>/runs/<run_id>/, <out>/latest.",
    )
    p.add_argument("--target-year", type=int, action="append", default=None,
                   help="repeatable (default: 2025 2030 2045)")  # fmt: skip
    p.add_argument(
        "--as-of",
        type=int,
        default=None,
        help="last year of data used (default: the latest year of Hanoi's GRDP growth in data/raw)",
    )
    p.add_argument("--lang", default="en", help="en or vi (default en)")
    p.add_argument("--out", default=None, help="report folder (default reports/)")
    p.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        help="parallel kernels (default: CPU count)",
    )
    p.add_argument("--timeout", type=int, default=600, help="seconds per notebook (default 600)")
    p.add_argument("--notebooks", default=None, help="notebooks folder (default notebooks/)")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace <out>/latest even if it holds other target years, as-of year or language",
    )
    p.set_defaults(func=cmd_report)
