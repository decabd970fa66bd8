"""The end-of-run screen of ``hn4ir report``, in the run's language: the plan's own targets
with their one verdict, and per target year the verdicts of the other distinct targets.

Notes
-----
The verdicts are those of the report's front page
(:func:`hn4ir_analysis.views.overview.overview`, one line per restatement group, by the
rule of :func:`hn4ir_analysis.assess.headline.headline`); Hanoi's targets are counted,
Vietnam's national targets are counted apart. The screen fits one terminal page.
"""

from __future__ import annotations

from pathlib import Path

from hn4ir_analysis.views.overview import PLAN_PREFIX, VERDICT_COLOUR  # noqa: F401  (PLAN_PREFIX re-exported)
from hn4ir_analysis.views.scorecard import table_rows

SYMBOLS = {"green": "✓", "amber": "~", "red": "✗", "grey": "·"}


def _t(key: str, lang: str, **kw) -> str:
    from hn4ir_analysis.views import i18n

    return i18n.t(key, lang, **kw)


def headline(rows: list[dict]) -> str:
    """The colour of a target's one verdict (:func:`hn4ir_analysis.assess.headline.headline`)."""
    from hn4ir_analysis.assess.headline import headline as one_verdict

    return VERDICT_COLOUR[one_verdict(rows).verdict]


def _count_line(lines: list[dict]) -> str:
    cols = [line["colour"] for line in lines]
    return "  ".join(f"{s} {cols.count(c)}" for c, s in SYMBOLS.items())


def _answer_lines(result, lang: str) -> list[str]:
    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import overview as ov

    m = result.manifest
    as_of = m["parameters"]["as_of"]
    rows = table_rows(result.summary)
    if not rows:
        return []
    from hn4ir_analysis.views import line_notes

    data = prepare(as_of)
    answer = ov.overview(rows, data.targets, lang, as_of)
    # the page's lead sentences (the productivity range, the digital share expected in 2030):
    # without them the screen would quote one end of a range the verdict reads whole
    line_notes.annotate(answer["plan"], data, lang, as_of)
    out = [f"\n{_t('ov.col.target', lang)} · {_t('ov.as_of_line', lang, as_of=as_of)}"]
    for line in answer["plan"]:
        verdict = f"{SYMBOLS[line['colour']]} {line['verdict']}"
        out.append(f"  {verdict:<22} {line['name'][:70]:<70} {line['reason'][:100]}")
        if line.get("lead"):
            lead = line["lead"]
            out.append(f"  {'':<22} {lead[:170]}{'…' if len(lead) > 170 else ''}")
    for year in m["parameters"]["target_years"]:
        hanoi = [
            x
            for lines in answer["hanoi"].values()
            for x in lines
            if x["target"].target_year == year
        ]
        vietnam = [
            x
            for lines in answer["vietnam"].values()
            for x in lines
            if x["target"].target_year == year
        ]
        if hanoi or vietnam:
            out.append(f"  {year}: {_t('ov.hanoi_title', lang)} ({len(hanoi)}): {_count_line(hanoi)}"
                       f"   · {_t('ov.vietnam_title', lang)} ({len(vietnam)}): {_count_line(vietnam)}")  # fmt: skip
    groups = {}
    for verdict, colour in VERDICT_COLOUR.items():
        if verdict != "not_quantifiable":
            groups.setdefault(colour, []).append(_t("ov.verdict." + verdict, lang))
    legend = "  ".join(f"{SYMBOLS[c]} {' / '.join(words)}" for c, words in groups.items())
    out.append(f"  ({legend})")
    return out


def terminal_summary(result, out: Path) -> list[str]:
    """The end-of-run screen: the plan's own targets, then counts per target year."""
    m = result.manifest
    lang = m["parameters"].get("lang", "en")
    runs = result.executions
    n_shared = sum(r.target_year is None for r in runs)
    state = (
        _t("ov.screen.ok", lang)
        if not result.failed
        else _t("ov.screen.failed", lang, n=len(result.failed))
    )
    lines = [_t("ov.screen.head", lang, n=len(runs), shared=n_shared, per=len(runs) - n_shared,
                s=f"{m['wall_s']:.1f}", jobs=m["parameters"]["jobs"], state=state)]  # fmt: skip
    lines += _answer_lines(result, lang)
    if m["assessment"]["status"] != "ok":
        lines.append(_t("ov.screen.assessment", lang, status=m["assessment"]["status"],
                        error=m["assessment"].get("error")))  # fmt: skip
    for f in result.failed:
        where = f"  → {result.run_dir / f['html']}" if f.get("html") else ""
        lines.append(
            f"{_t('ov.screen.failed_item', lang)} {f.get('ipynb', f['notebook'])}: {f['error']}{where}"
        )
    if result.published:
        report = _t("ov.screen.report", lang)
        lines.append(
            f"\n{report}: {out / 'latest' / 'index.html'}  ({_t('ov.screen.run', lang)} {result.run_id})"
        )
        lines.append(f"{' ' * len(report)}  {out / ('latest-' + lang) / 'index.html'}")
    else:
        lines.append(f"\n{_t('ov.screen.not_published', lang)}: {result.run_dir / 'index.html'}")
    return lines
