"""The report site's index pages: the answer, one page per target year, and their CSVs.

:func:`build_site` writes ``index.html`` (Plan 205's targets with one verdict each, then
the rest), ``<year>/index.html`` (that year's targets and pages) and the revisions page
(:mod:`hn4ir_analysis.report.revisions_page`) of a run whose notebooks are done, with the
downloads ``verdicts.csv`` and ``whatif.csv`` in the run folder.

Notes
-----
* The answer's lines are :func:`hn4ir_analysis.views.overview.overview` on the as-of
  data, each with its standing and lead sentence
  (:func:`hn4ir_analysis.views.line_notes.annotate`) and a small chart.
* The CSV downloads are for machines: stable codes, dot decimals and formula-safe cells
  (:func:`hn4ir_analysis.data.csvio.download_csv`); ``verdicts.csv`` carries each line's
  ``standing`` (in_force / history / draft) as a code (issue 16 §4).
* Pages go through :func:`hn4ir_analysis.report.site.write_page` (template, offline
  filter, Content-Security-Policy).
"""

from __future__ import annotations

from pathlib import Path

from hn4ir_analysis.report import revisions_page
from hn4ir_analysis.report.site import (
    _badge,
    _i18n,
    other_lang,
    phrase,
    target_text,
    write_page,
)
from hn4ir_analysis.views.scorecard import table_rows


def build_site(run_dir: Path, manifest: dict, table, site: dict) -> None:
    """Write ``index.html`` and ``<year>/index.html`` for a run whose notebooks are done."""
    lang, years = site["lang"], site["years"]
    rows = table_rows(table)
    for row in rows:
        row["badge"] = _badge(row, lang)
        row["target_text"] = target_text(row, lang)
        row["indicator_label"] = _i18n("indicator_label", row["indicator"], lang, with_unit=False)
    answer = _answer(rows, site, run_dir)
    labels = {
        "as_of": phrase("as_of", lang, "As of"),
        "data_vintage": phrase("data_vintage", lang, "Data vintage"),
        "target_year": phrase("target_year", lang, "Target year"),
        "target": phrase("target", lang, "Target"),
    }
    common = dict(lang=lang, other=other_lang(lang), site=site, manifest=manifest, labels=labels,
                  failed=manifest["failed"], t=lambda key, **kw: _i18n("t", key, lang, **kw))  # fmt: skip
    write_page(run_dir / "index.html", "index.html.j2", root="", answer=answer, year=None,
               has_table=table is not None, **common)  # fmt: skip
    revisions_page.write(run_dir, common)
    for year in years:
        write_page(
            run_dir / str(year) / "index.html", "year.html.j2", root="../", year=year,
            answer=_only_year(answer, year), pages=site["pages"][year], **common,
        )  # fmt: skip


def _only_year(answer: dict | None, year: int) -> dict | None:
    """The answer's lines whose target year is ``year``."""
    if answer is None:
        return None

    def keep(lines):
        return [line for line in lines if line["target"].target_year == year]

    out = {k: keep(answer[k]) for k in ("plan", "plan_goals", "hanoi_goals")}
    for part in ("hanoi", "vietnam"):
        out[part] = {th: keep(ls) for th, ls in answer[part].items() if keep(ls)}
    return out


def _answer(rows: list[dict], site: dict, run_dir: Path) -> dict | None:
    """The answer page's lines (:func:`hn4ir_analysis.views.overview.overview`) with their
    small charts, and the reusable tables as CSV in the run folder (``verdicts.csv``,
    ``whatif.csv``)."""
    if not rows:
        return None
    from markupsafe import Markup

    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import overview as ov
    from hn4ir_analysis.views import spark

    lang, as_of = site["lang"], site["as_of"]
    data = prepare(as_of)
    answer = ov.overview(rows, data.targets, lang, as_of)
    lines = [*answer["plan"], *answer["plan_goals"], *answer["hanoi_goals"]]
    lines += [
        line for part in ("hanoi", "vietnam") for group in answer[part].values() for line in group
    ]
    _mark_standing_and_lead(lines, data, lang, as_of)
    for line in lines:
        t = line["target"]
        series = line["series"] or t.indicator
        seg = data.segment(t.geo, series) if t.quantitative else None
        values = seg.values.to_dict() if seg is not None and seg.n else {}
        first, last = (min(values), max(values)) if values else ("", "")
        title = _i18n("t", "ov.chart_alt", lang, name=line["name"], first=first, last=last)
        line["spark"] = Markup(spark.spark_svg(values, (t.low,), title))
    # ``standing`` (in_force / history / draft): a stable code for machines (issue 16 §4)
    _write_csv(run_dir / "verdicts.csv",
               [{**ov.csv_line(line, lang), "standing": line["standing"]} for line in lines])  # fmt: skip
    _write_csv(run_dir / "whatif.csv", [w for line in lines for w in ov.csv_whatif(line, lang)])
    return answer


def _mark_standing_and_lead(lines: list[dict], data, lang: str, as_of: int) -> None:
    """Issue 16: each line's standing (in force / history / draft) and its lead sentence
    (:func:`hn4ir_analysis.views.line_notes.annotate`)."""
    from hn4ir_analysis.views import line_notes

    line_notes.annotate(lines, data, lang, as_of)


def _write_csv(path: Path, records: list[dict]) -> None:
    import pandas as pd

    from hn4ir_analysis.data.csvio import download_csv

    text = download_csv(pd.DataFrame(records)) if records else ""
    path.write_text(text, encoding="utf-8")
