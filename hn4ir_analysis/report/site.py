"""The report site's HTML: its labels and badges, the page template, the notebook pages.

Pages work offline, from ``file://`` or any static web server, and fetch nothing:

* notebooks are converted in-process with nbconvert's ``basic`` template (the cells
  only: no require.js, MathJax, web fonts or JupyterLab CSS, which the ``lab``/``classic``
  templates load from CDNs or inline by the 300 kB) inside this package's own page
  (``templates/*.html.j2``, inline CSS only); code cells and prompts are hidden;
* figures are in the notebook outputs as base64 PNG/SVG already; images in markdown
  cells are embedded too (``embed_images``);
* :func:`offline` runs over every page written: it drops ``<script src=…>``/``<link
  href=…>``/``@import`` pointing to the network, neutralises ``url(http…)`` and turns
  network ``src`` attributes of images/iframes into inert ``data-offline-src``;
* every page carries a Content-Security-Policy (:data:`CSP`) that lets the browser load
  images only from ``data:`` URIs and styles only inline and runs no script
  (``script-src 'none'``), so even an output that slipped past :func:`offline` cannot
  reach the network or run injected markup.

LaTeX in markdown cells is shown as source (MathJax would need the network). Cells
tagged ``remove_cell`` are dropped, ``remove_output`` keep their input hidden and lose
their outputs.

Labels come from :mod:`hn4ir_analysis.views.i18n`; codes it does not know are shown as they are.
The index (the answer) and the page of each target year, with their CSV downloads, are
written by :mod:`hn4ir_analysis.report.index_pages`.
"""

from __future__ import annotations

import html
import math
import re
import threading
from pathlib import Path

from hn4ir_analysis import config
from hn4ir_analysis.data.target_catalogue import SYMBOLS
from hn4ir_analysis.report.offline import CSP, offline  # noqa: F401  (offline is part of this module's API)

#: assessment categories by colour (anything else is grey)
COLOURS = {
    "green": {"achieved", "exceeded", "on_track", "maintain", "sun", "very_likely", "likely"},
    "amber": {
        "moderate_progress",
        "moderate",
        "fair_progress",
        "fair",
        "accelerate",
        "sun_cloud",
        "cloud",
        "about_as_likely",
    },  # fmt: skip
    "red": {
        "limited_progress",
        "limited",
        "moving_away",
        "regression",
        "reverse",
        "thunderstorm",
        "missed",
        "stagnation",
        "unlikely",
        "very_unlikely",
    },  # fmt: skip
}


def ui(key: str, lang: str, **fmt) -> str:
    """A phrase of the report site (``site.<key>`` in :mod:`hn4ir_analysis.views.i18n`)."""
    from hn4ir_analysis.views import i18n

    return i18n.t(f"site.{key}", lang, **fmt)


def _i18n(func: str, code, lang: str, **kw) -> str:
    """``i18n.<func>(code, lang)``, or the code itself if i18n is missing or does not know it."""
    try:
        from hn4ir_analysis.views import i18n

        return getattr(i18n, func)(code, lang, **kw)
    except (ImportError, AttributeError, ValueError, KeyError, TypeError):
        return str(code)


def phrase(key: str, lang: str, default: str) -> str:
    text = _i18n("t", key, lang)
    return default if text == key else text


def colour(category) -> str:
    return next((name for name, codes in COLOURS.items() if category in codes), "grey")


def _isnan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def number(x, lang: str, decimals: int | None = None) -> str:
    if _isnan(x):
        return "–"
    x = float(x)
    if decimals is None:
        decimals = 0 if x.is_integer() or abs(x) >= 1000 else 1 if abs(x) >= 10 else 2
    return _i18n("format_number", x, lang, decimals=decimals)


def target_text(row: dict, lang: str) -> str:
    """``≥ 8,300 USD``, ``7–7.5 %``; empty for qualitative targets."""
    low, high = row.get("low"), row.get("high")
    symbol = SYMBOLS.get(row.get("comparison"))
    if row.get("comparison") == "between" and not _isnan(low) and not _isnan(high):
        text = f"{number(low, lang)}–{number(high, lang)}"
    elif symbol and not (_isnan(low) and _isnan(high)):
        text = f"{symbol} {number(high if _isnan(low) else low, lang)}"
    else:
        return ""
    unit = _i18n("unit_label", row.get("unit"), lang) if isinstance(row.get("unit"), str) else ""
    return f"{text} {unit}".strip()


def method_short(code: str, lang: str) -> str:
    """Short method name for a badge (``Eurostat``, ``Mô hình``)."""
    return _i18n("t", f"method_short.{code}", lang)


# --------------------------------------------------------------------------- pages

_local = threading.local()


def _env():
    env = getattr(_local, "env", None)
    if env is None:
        import jinja2

        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(config.TEMPLATES_DIR),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.globals.update(
            ui=ui, colour=colour, number=number, badges=badges, CSP=CSP, counts=_counts
        )
        _local.env = env
    return env


_exporter_lock = threading.Lock()
_exporters: list = []  # the one HTMLExporter of this process, made on first use


def _exporter():
    """The process's HTMLExporter (made once: building one and compiling its templates costs
    about 1 s). Use it only while holding ``_exporter_lock``: nbconvert exporters keep
    per-conversion state."""
    if not _exporters:
        from nbconvert import HTMLExporter
        from nbconvert.preprocessors import TagRemovePreprocessor

        exporter = HTMLExporter(
            template_name="basic",
            exclude_input=True,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
            embed_images=True,
            anchor_link_text="",
        )
        exporter.register_preprocessor(
            TagRemovePreprocessor(
                remove_cell_tags={"remove_cell", "remove-cell"},
                remove_all_outputs_tags={"remove_output", "remove-output"},
            ),
            enabled=True,
        )
        _exporters.append(exporter)
    return _exporters[0]


def _convert(nb, resources: dict) -> str:
    """The page body of an executed notebook: one conversion at a time (the conversion is
    pure Python, so two threads would only take turns on the GIL anyway)."""
    with _exporter_lock:
        body, _ = _exporter().from_notebook_node(nb, resources=resources)
    return body


def write_page(path: Path, template: str, **context) -> None:
    page = _env().get_template(template).render(**context)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(offline(page), encoding="utf-8")


def _title(nb, default: str) -> str:
    """The first heading a reader sees: of a markdown output (narrative generated in the
    page's language), else of a markdown cell."""
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            text = out.get("data", {}).get("text/markdown", "")
            match = re.search(r"^#+\s+(.+)$", text, re.M)
            if match:
                return re.sub(r"[*_`]", "", match.group(1)).strip()
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#+\s+(.+)$", cell.source, re.M)
            if match:
                return re.sub(r"[*_`]", "", match.group(1)).strip()
    return default


def site_context(run_id: str, years: list[int], as_of: int, lang: str, runs: list) -> dict:
    """What every page needs to know: parameters and, per year, the pages in name order."""
    pages = {
        year: [r for r in runs if r.target_year in (None, year)] for year in years
    }  # each year's sequence: its own notebooks and the shared ones, in name order
    return {"run_id": run_id, "years": years, "as_of": as_of, "lang": lang, "pages": pages}


def notebook_page(ipynb: Path, out: Path, run, notebooks_dir: Path, site: dict, nb=None) -> None:
    """Convert the executed notebook (``nb``, else read from ``ipynb``) to the page ``out``:
    code hidden, images embedded."""
    import nbformat

    lang = site["lang"]
    if nb is not None or ipynb.exists():
        nb = nb if nb is not None else nbformat.read(ipynb, as_version=4)
        resources = {"metadata": {"path": str(notebooks_dir), "name": run.notebook.name}}
        body = _convert(nb, resources)
        title = _title(nb, run.notebook.name)
    else:
        body = (
            f"<p class='error'>{html.escape(ui('not_executed', lang, error=run.error or ''))}</p>"
        )
        title = run.notebook.name
    nav = []
    if run.target_year is not None:
        seq = site["pages"][run.target_year]
        i = next(k for k, r in enumerate(seq) if r is run)
        for key, k in (("previous", i - 1), ("next", i + 1)):
            if 0 <= k < len(seq):
                nav.append((f"../{seq[k].html}", f"{ui(key, lang)}: {seq[k].notebook.name}"))
    years = [run.target_year] if run.target_year is not None else site["years"]
    write_page(
        out, "notebook.html.j2", lang=lang, title=title, body=body, run=run, years=years, nav=nav,
        site=site, root="../", other=other_lang(lang), other_text=_i18n("t", "ov.other_lang", lang),
    )  # fmt: skip


def _badge(row: dict, lang: str) -> dict:
    category = row.get("category") or "insufficient_data"
    p = row.get("p_met")
    title = f"{_i18n('method_name', row['method'], lang)} · {row.get('series')}: {_i18n('verdict', category, lang)}"
    return {
        "colour": colour(category),
        "method": method_short(row["method"], lang),
        "verdict": _i18n("verdict", category, lang),
        "p": None if _isnan(p) else number(p, lang, 2),
        "title": title,
        "row": row,
    }


#: short names for the measurements of a target judged on several series
SERIES_TAGS = {
    "digital_econ_share_gso": "GSO",
    "digital_econ_share_mic": "MIC",
    "digital_econ_share": "city",
}


def badges(rows: list[dict], lang: str) -> list[dict]:
    """The overview's badges for one target: one per method, series and verdict reached
    (the series named where a target has several); a single grey badge if no method had
    enough data."""
    several = len({r.get("series") for r in rows}) > 1
    seen: dict = {}
    for r in rows:
        if r.get("category") != "insufficient_data":
            badge = dict(r["badge"])
            if several:
                tag = SERIES_TAGS.get(r.get("series"), r.get("series"))
                badge["method"] = f"{badge['method']} [{tag}]"
            seen.setdefault((badge["method"], r["category"], badge["p"]), badge)
    if seen:
        return list(seen.values())
    return [dict(rows[0]["badge"], method="", title=ui("no_verdict", lang))]


def _counts(lines):
    from hn4ir_analysis.views.overview import counts

    return counts(lines)


def other_lang(lang: str) -> str:
    return "vi" if lang == "en" else "en"
