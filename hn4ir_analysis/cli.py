"""The ``hn4ir`` command line.

``hn4ir data [--accept-revisions --reason TEXT]``
    Rebuild ``data/processed`` from ``data/raw`` (same as ``make data``) and list what
    changed in ``data/processed/revisions.csv``; published values changed beyond tolerance
    stop it (exit 1) until accepted with a reason.
``hn4ir import gso FILE --table ID --url URL [--retrieved DATE]``
    Put a table downloaded from the statistics office into ``data/raw/gso`` with its
    manifest row, validated and diffed like ``hn4ir data``, in one step.
``hn4ir manifest [--update]``
    Verify ``data/raw`` against its checksum manifest, or rewrite the checksums after a
    deliberate new download.

Each command lives in a function ``cmd_<name>`` registered in :data:`COMMANDS`; errors in
the data exit with status 1 and a one-line message naming file, row and column; a bad
argument (:class:`hn4ir_analysis.params.ParameterError`, e.g. an ``--out`` inside
``data/raw``: :func:`hn4ir_analysis.params.check_out`) exits with status 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

# startup: before anything reaches nbformat (skips a 3 s grammar build; see its notes)
from hn4ir_analysis import __version__, config, params, startup  # noqa: F401
from hn4ir_analysis.errors import RawDataError


def _accept_reason(args: argparse.Namespace) -> str | None:
    problem = None
    if args.reason is not None and not args.accept_revisions:
        problem = "--reason goes with --accept-revisions"
    elif args.accept_revisions and not (args.reason or "").strip():
        problem = '--accept-revisions needs --reason "<why the revisions are right>"'
    if problem:
        print(f"hn4ir: error: {problem}", file=sys.stderr)
        raise SystemExit(2)
    return args.reason.strip() if args.accept_revisions else None


def _print_written(paths, out_dir) -> None:
    from hn4ir_analysis.data import revisions

    for path in paths:
        rows = sum(1 for _ in open(path, encoding="utf-8")) - 1
        print(f"wrote {path} ({rows} rows)")
    if not any(p.name == revisions.REVISIONS for p in paths):
        print(
            f"no value changed since the tables in {out_dir}; {revisions.REVISIONS} kept as it was"
        )
        return
    import pandas as pd

    rev = pd.read_csv(next(p for p in paths if p.name == revisions.REVISIONS))
    counts = rev["change"].value_counts()
    parts = [f"{counts.get(c, 0)} {c}" for c in ("new", "changed", "gone", "source")]
    print(f"revisions: {', '.join(parts)} (source = same value, other source)")
    if any(p.name == revisions.ACCEPTED for p in paths):
        print(
            f"accepted {int(rev['needs_acceptance'].sum())} revision(s); logged in {revisions.ACCEPTED}"
        )


def cmd_data(args: argparse.Namespace) -> int:
    from hn4ir_analysis.data import processed

    reason = _accept_reason(args)
    if args.out is not None:
        params.check_out(args.out, "data", args.raw_dir)
    from hn4ir_analysis.data.latest import as_of_lines

    out_dir = args.out or config.PROCESSED_DIR
    paths = processed.run(args.raw_dir, out_dir, accept_reason=reason)
    _print_written(paths, out_dir)
    print("\n".join(as_of_lines(None, args.raw_dir, build=True)[1]), file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from hn4ir_analysis.data import importer

    reason = _accept_reason(args)
    if args.out is not None:
        params.check_out(args.out, "data", args.raw_dir)
    out_dir = args.out or config.PROCESSED_DIR
    done = importer.import_gso(
        args.file, args.table, url=args.url, retrieved=args.retrieved, raw_dir=args.raw_dir,
        out_dir=out_dir, title=args.title, published=args.published, accept_reason=reason,
    )  # fmt: skip
    print(f"imported {args.file} as {done.raw_file} (manifest updated)")
    _print_written(done.processed, out_dir)
    return 0


def cmd_manifest(args: argparse.Namespace) -> int:
    from hn4ir_analysis.data import manifest

    if args.update:
        print(f"wrote {manifest.update(args.raw_dir)}")
        return 0
    checked = manifest.verify(args.raw_dir)
    print(f"{len(checked)} raw files match {config.MANIFEST_NAME}")
    return 0


def _add_data(sub) -> None:
    p = sub.add_parser("data", help="rebuild data/processed from data/raw")
    p.add_argument("--raw-dir", default=None, help="raw folder (default data/raw)")
    p.add_argument("--out", default=None, help="output folder (default data/processed)")
    _add_accept(p)
    p.set_defaults(func=cmd_data)


def _add_accept(p) -> None:
    p.add_argument(
        "--accept-revisions", action="store_true",
        help="accept published values that change beyond tolerance (needs --reason; logged "
        "in data/processed/revisions_accepted.csv)",
    )  # fmt: skip
    p.add_argument(
        "--reason", default=None, help="why the revisions are right (with --accept-revisions)"
    )


def _date(text: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _add_import(sub) -> None:
    import datetime

    p = sub.add_parser("import", help="import a table downloaded from the statistics office")
    kinds = p.add_subparsers(dest="source", required=True)
    g = kinds.add_parser(
        "gso", help="a GSO PX-Web table (JSON-stat 1.x/2.0 or PX-Web CSV) into data/raw/gso"
    )
    g.add_argument("file", help="the downloaded file (.json or .csv)")
    g.add_argument(
        "--table", required=True, help="its table code in data/raw/gso/tables.csv (e.g. V03.10)"
    )
    g.add_argument("--url", required=True, help="the address it was downloaded from")
    g.add_argument(
        "--retrieved", default=datetime.date.today().isoformat(), type=_date,
        help="download date YYYY-MM-DD (default today)",
    )  # fmt: skip
    g.add_argument(
        "--published", default=None, type=_date, help="the table's publication date YYYY-MM-DD"
    )
    g.add_argument("--title", default=None, help="title for the manifest (default the catalogue's)")
    g.add_argument("--raw-dir", default=None, help="raw folder (default data/raw)")
    g.add_argument("--out", default=None, help="processed folder (default data/processed)")
    _add_accept(g)
    g.set_defaults(func=cmd_import)


def _add_manifest(sub) -> None:
    p = sub.add_parser("manifest", help="verify (or --update) the raw-data checksum manifest")
    p.add_argument("--raw-dir", default=None)
    p.add_argument(
        "--update", action="store_true", help="rewrite checksums after a deliberate change"
    )
    p.set_defaults(func=cmd_manifest)


#: subcommand registrars, in the order ``hn4ir --help`` lists them. Modules that add a
#: command expose ``register_cli(subparsers)`` and are named here as "module:function",
#: imported only when the parser is built.
COMMANDS: list[Callable | str] = [
    _add_data,
    _add_import,
    _add_manifest,
    "hn4ir_analysis.assess.verdicts:register_cli",
    "hn4ir_analysis.assess.backtest:register_cli",
    "hn4ir_analysis.assess.feasibility:register_cli",
    "hn4ir_analysis.report.command:register_cli",
    "hn4ir_analysis.report.findings:register_cli",
]


def _resolve(register: Callable | str) -> Callable:
    if callable(register):
        return register
    module, _, func = register.partition(":")
    return getattr(importlib.import_module(module), func)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hn4ir", description="Hanoi 4IR plan (KH 205-KH/TU): data, assessment, reports."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in map(_resolve, COMMANDS):
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except params.ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RawDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if not (config.RAW_DIR / config.MANIFEST_NAME).is_file():
            print(
                f"hint: no {config.MANIFEST_NAME} in {config.RAW_DIR}; run from the project "
                f"checkout or set {config.HOME_ENV} to it (README, 'Installed elsewhere')",
                file=sys.stderr,
            )
        return 1


if __name__ == "__main__":
    sys.exit(main())
