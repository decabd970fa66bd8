"""The ``hn4ir`` command line.

``hn4ir data``
    Rebuild ``data/processed`` from ``data/raw`` (same as ``make data``).
``hn4ir manifest [--update]``
    Verify ``data/raw`` against its checksum manifest, or rewrite the checksums after a
    deliberate new download.

Each command lives in a function ``cmd_<name>`` registered in :data:`COMMANDS`; errors in
the data exit with status 1 and a one-line message naming file, row and column; a bad
argument exits with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from hn4ir_analysis import __version__, config
from hn4ir_analysis.errors import RawDataError


def cmd_data(args: argparse.Namespace) -> int:
    from hn4ir_analysis.data import processed

    paths = processed.run(args.raw_dir, args.out)
    for path in paths:
        rows = sum(1 for _ in open(path, encoding="utf-8")) - 1
        print(f"wrote {path} ({rows} rows)")
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
    p.set_defaults(func=cmd_data)


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
    _add_manifest,
    "hn4ir_analysis.assess.verdicts:register_cli",
    "hn4ir_analysis.assess.backtest:register_cli",
    "hn4ir_analysis.report.runner:register_cli",
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
