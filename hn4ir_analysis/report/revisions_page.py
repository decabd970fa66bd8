"""The report site's "What changed since the last release" page (issue 17 §2).

Reads ``data/processed/revisions.csv`` and ``revisions_accepted.csv``
(:mod:`hn4ir_analysis.data.revisions`), writes ``revisions.html`` and a copy of
``revisions.csv`` into the run folder. Words come from :mod:`hn4ir_analysis.views.i18n`
(``rev.*`` keys), numbers through its formatter; every data-derived text is escaped by the
template engine (autoescape).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.revisions import ACCEPTED, REVISIONS

#: the sections in page order; ``new`` may be long and is cut at :data:`LIMIT` rows
SECTIONS = ("changed", "gone", "source", "new")
LIMIT = 200


def _row(r: dict, lang: str, place, number, t, label) -> dict:
    def num(x, signed=False):
        if pd.isna(x):
            return ""
        text = number(float(x), lang)
        return f"+{text}" if signed and float(x) > 0 else text

    old_ids = "" if pd.isna(r["old_source_ids"]) else str(r["old_source_ids"])
    new_ids = "" if pd.isna(r["new_source_ids"]) else str(r["new_source_ids"])
    sources = old_ids if old_ids == new_ids or not new_ids else new_ids if not old_ids else f"{old_ids} → {new_ids}"  # fmt: skip
    return {
        "geo": place(r["geo"]), "indicator": label(r["indicator"]),
        "period": r["period"], "kind": t(f"rev.kind.{r['kind']}") if r["kind"] in ("observed", "derived") else r["kind"],
        "old": num(r["old_value"]), "new": num(r["new_value"]), "diff": num(r["difference"], True),
        "tolerance": num(r["tolerance"]), "sources": sources, "beyond": bool(r["needs_acceptance"]),
    }  # fmt: skip


def context(lang: str, processed_dir: Path | None = None) -> dict:
    """What the page shows: counts, rows per section, accepted revisions."""
    from hn4ir_analysis.report.site import number
    from hn4ir_analysis.views import i18n

    folder = Path(processed_dir or config.PROCESSED_DIR)
    if not (folder / REVISIONS).is_file():
        return {"missing": True}
    rev = pd.read_csv(folder / REVISIONS, dtype={"period": str, "old_source_ids": str, "new_source_ids": str})  # fmt: skip

    def place(geo):
        return i18n.place_name(geo, lang)

    def t(key, **kw):
        return i18n.t(key, lang, **kw)

    def label(code):
        try:
            return i18n.indicator_label(code, lang, with_unit=False)
        except (KeyError, ValueError):
            return code

    counts = {c: int((rev["change"] == c).sum()) for c in SECTIONS}
    sections = []
    for change in SECTIONS:
        part = rev[rev["change"] == change]
        if len(part):
            rows = [
                _row(r, lang, place, number, t, label) for r in part.head(LIMIT).to_dict("records")
            ]
            sections.append({"title": t(f"rev.section.{change}"), "rows": rows, "more": len(part) - len(rows)})  # fmt: skip
    accepted = []
    if (folder / ACCEPTED).is_file():
        log = pd.read_csv(folder / ACCEPTED, dtype={"period": str, "old_source_ids": str, "new_source_ids": str})  # fmt: skip
        for r in log.to_dict("records"):
            accepted.append({**_row(r, lang, place, number, t, label), "date": r["accepted_on"], "reason": r["reason"]})  # fmt: skip
    return {"missing": False, "counts": counts, "sections": sections, "accepted": accepted,
            "total": len(rev), "folder": folder}  # fmt: skip


def write(run_dir: Path, common: dict) -> None:
    """Write ``revisions.html`` (and copy ``revisions.csv``) into ``run_dir``."""
    from hn4ir_analysis.report.site import write_page

    ctx = context(common["lang"])
    if not ctx["missing"]:
        shutil.copyfile(ctx["folder"] / REVISIONS, Path(run_dir) / REVISIONS)
    write_page(
        Path(run_dir) / "revisions.html", "revisions.html.j2", root="", rev=ctx, year=None, **common
    )
