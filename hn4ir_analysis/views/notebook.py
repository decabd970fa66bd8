"""What every notebook does the same way: start, title, tables, figures, versions.

The notebook conventions (cells, parameters, headline cells checked by nbval, figures,
assert cells, how to write and store a notebook) are in ``notebooks/README.md``: read
them before writing or changing a notebook.

Notebooks stay thin: each calls :func:`start` after its parameters cell (validate the
parameters, set the chart style, load the data as of the chosen year), shows tables with
:func:`show`, and ends with :func:`versions`. Nothing here computes a result.
"""

from __future__ import annotations

import html
import platform
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

import pandas as pd

from hn4ir_analysis import config, params
from hn4ir_analysis.data import latest
from hn4ir_analysis.data.asof import AsOfData, prepare
from hn4ir_analysis.data.csvio import download_csv

#: packages whose versions the closing cell reports
VERSIONED = ("numpy", "pandas", "scipy", "statsmodels", "matplotlib", "papermill", "hn4ir-analysis")


@dataclass(frozen=True)
class Session:
    """What a notebook works with after :func:`start`."""

    as_of: int | None
    lang: str
    confidence: float
    data: AsOfData | None  # None for a notebook that reads only processed results

    @property
    def annual(self) -> pd.DataFrame:
        """Chosen and derived annual values as of ``as_of`` (all geographies)."""
        return self.data.annual

    def hanoi(self, indicator: str) -> pd.DataFrame:
        """Hanoi's annual rows of one indicator, by year."""
        a = self.data.annual
        return a[(a["geo"] == config.HANOI) & (a["indicator"] == indicator)].sort_values("year")


#: ``start``'s default for ``as_of``: the notebook has no such parameter and loads no data
NO_DATA = "no data"


def start(
    *,
    lang: str,
    as_of: int | None | str = NO_DATA,
    confidence: float = params.DEFAULT_CONFIDENCE,
    target_year: int | None = None,
) -> Session:
    """Validate the parameters, set the chart style and load the data as of ``as_of``.

    ``as_of=None`` (the parameter cell's default) is resolved here: the latest year of
    Hanoi's real GRDP growth in the raw data
    (:func:`hn4ir_analysis.data.latest.default_as_of`); the notebook then reads the year
    back from ``Session.as_of`` (``as_of = S.as_of``). A notebook without an ``as_of``
    parameter (one that reads processed results only) passes none, and gets no data loaded.

    Raises
    ------
    hn4ir_analysis.params.ParameterError
        At once, for a value the analysis does not support (papermill itself only warns).
    """
    wants_data = as_of is not NO_DATA
    as_of = as_of if wants_data else None
    params.validate(target_year=target_year, as_of=as_of, lang=lang, confidence=confidence)
    if wants_data:
        as_of = latest.resolve(as_of)
    from hn4ir_analysis.views import plots

    plots.use_style()
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", None)
    pd.set_option("display.max_rows", 500)
    data = prepare(as_of) if as_of is not None else None
    if data is not None and target_year is not None:
        data.check_target_year(target_year)
    return Session(as_of=as_of, lang=lang, confidence=confidence, data=data)


#: characters with a meaning in Markdown (CommonMark's escapable punctuation that can
#: start or end a construct); a backslash makes each literal
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:])")


def escape_markdown(text) -> str:
    """Data-derived text made literal before it goes into ``Markdown()``.

    Notes
    -----
    Method: HTML's special characters become entities (``<`` → ``&lt;``, quotes too), so
    markup in a raw file (``<img src=x onerror=…>``) is shown as text instead of becoming
    an element; Markdown punctuation gets a backslash, so ``*``, ``_``, ``[…](…)`` or
    a leading ``#`` cannot restyle the page or make a link; runs of white space (line
    breaks included) become one space, so the text cannot start a new block. Apply it to
    every value that comes from data (descriptions, notes, ids); never to the trusted
    phrase it is put into. The report pages also forbid script
    (``script-src 'none'``); this keeps the text itself harmless and readable.
    """
    text = re.sub(r"\s+", " ", str(text)).strip()
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)  # first: the entities below hold '#'
    return html.escape(text, quote=True)


def compact(value: float) -> str:
    """A number as a reader wants it in a mixed table: 1,587,379 · 17.3 · 0.576."""
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def show(frame: pd.DataFrame, *, floatfmt="{:,.2f}", max_rows: int = 60, index: str | None = None):
    """Show a table with rounded numbers, as HTML in a notebook and plain text elsewhere.

    Numbers are formatted to text first (``floatfmt``, a format string or a function such
    as :func:`compact`; missing values as "–"), so what
    nbval compares in a headline cell is exactly what a reader sees. The first column
    (or ``index``) becomes the row labels.
    """
    table = frame.head(max_rows).copy()
    for col in table.columns:
        if pd.api.types.is_float_dtype(table[col]):
            fmt = floatfmt if callable(floatfmt) else floatfmt.format
            table[col] = [("–" if pd.isna(v) else fmt(v)) for v in table[col]]
    table = table.astype(object).where(table.notna(), "–")
    if len(table.columns) > 1:
        table = table.set_index(index or table.columns[0])
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython is installed with the project
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(table)
    else:
        print(table.to_string())


def _cell(value, lang: str, decimals) -> str:
    """One value as a reader reads it: numbers in the page's style, booleans and missing as words."""
    from hn4ir_analysis.views import i18n

    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return i18n.MISSING
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return i18n.t("ov.yes" if value else "ov.no", lang)
    if isinstance(value, (int, float)) or pd.api.types.is_number(value):
        x = float(value)
        if decimals is None:
            decimals = 0 if abs(x) >= 1000 or x.is_integer() else 1 if abs(x) >= 10 else 2
        return i18n.format_number(x, lang, decimals)
    return str(value)


def table(frame: pd.DataFrame, *, lang: str, units: dict | None = None, decimals: dict | None = None,
          csv: str | None = None, caption: str | None = None, max_rows: int = 200,
          highlight: dict | None = None, csv_frame: pd.DataFrame | None = None):  # fmt: skip
    """Show a table for reading: text left, numbers right with units in the header, numbers
    in the page's language, no index column; as HTML (pandas ``Styler``) with a plain-text twin.

    Parameters
    ----------
    frame : DataFrame
        Columns already named for the reader (headers through :mod:`hn4ir_analysis.views.i18n`,
        no codes); the index is not shown.
    lang : {"en", "vi"}
    units : dict, optional
        ``{column: unit text}``, written into the header: "Latest value (% of GRDP)".
    decimals : dict, optional
        ``{column: decimals}`` for numeric columns (default: by size, 1,587,379 · 17.3 · 0.58).
    csv : str, optional
        File stem: the raw table is written as ``<csv>.csv`` next to the run's figures
        (``HN4IR_FIGURES_DIR``, set by ``hn4ir report``) and linked under the table. Outside
        a report run no file is written (the tracked ``figures/`` stays clean).
    caption : str, optional
    highlight : dict, optional
        ``{column: {cell text: css colour}}``: cells shaded by their word (verdicts).
    csv_frame : DataFrame, optional
        What ``<csv>.csv`` holds instead of ``frame``: a table for machines (codes, plain
        numbers, the same in every language) where the shown one is in words.

    Notes
    -----
    The HTML is deterministic (fixed Styler uuid from the CSV stem or caption), so a stored
    notebook does not change between runs. Booleans print as the page's "met"/"not met"
    words, missing values as "–": no ``True``, ``nan`` or ``1e+06`` reaches the reader.
    """
    import hashlib
    import html
    import os

    from hn4ir_analysis.views import i18n

    units, decimals = units or {}, decimals or {}
    view = frame.head(max_rows).reset_index(drop=True)
    numeric = [c for c in view.columns
               if pd.api.types.is_numeric_dtype(view[c]) and not pd.api.types.is_bool_dtype(view[c])]  # fmt: skip
    shown = pd.DataFrame(
        {c: [_cell(v, lang, decimals.get(c)) for v in view[c]] for c in view.columns}
    )
    shown.columns = [f"{c} ({units[c]})" if units.get(c) else str(c) for c in view.columns]
    right = [shown.columns[list(view.columns).index(c)] for c in numeric]
    uid = hashlib.sha1((csv or caption or "|".join(shown.columns)).encode()).hexdigest()[:8]
    styler = shown.style.hide(axis="index").set_uuid(f"t{uid}")
    styler = styler.set_table_styles(
        [{"selector": "th", "props": "text-align:left;padding:.25em .6em"},
         {"selector": "td", "props": "text-align:left;padding:.25em .6em"}]
        + [{"selector": f"{cell}.col{list(shown.columns).index(c)}", "props": "text-align:right"}
           for c in right for cell in ("th", "td")]
    )  # fmt: skip
    for col, colours in (highlight or {}).items():
        styler = styler.map(lambda v, c=colours: f"background-color:{c[v]};font-weight:600" if v in c else "",
                            subset=[col])  # fmt: skip
    if caption:
        styler = styler.set_caption(caption)
    markup = styler.to_html()
    if csv and os.environ.get("HN4IR_FIGURES_DIR"):
        folder = config.FIGURES_DIR
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{csv}.csv").write_text(
            download_csv(frame if csv_frame is None else csv_frame), encoding="utf-8"
        )
        markup += (f'<p class="dl"><a href="../figures/{html.escape(csv)}.csv" download>'
                   f"{html.escape(csv)}.csv</a> ({i18n.t('ov.csv', lang)})</p>")  # fmt: skip
    text = shown.to_string(index=False)
    _display({"text/html": markup, "text/plain": text})


def details(summary: str, body: str) -> None:
    """A collapsed block (``<details>``) for what most readers skip: model internals, notes.
    ``body`` is plain text (escaped here)."""
    import html

    markup = f"<details><summary>{html.escape(summary)}</summary><pre>{html.escape(body)}</pre></details>"
    _display({"text/html": markup, "text/plain": f"{summary}\n{body}"})


def _display(bundle: dict) -> None:
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython is installed with the project
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(bundle, raw=True)
    else:
        print(bundle["text/plain"])


def versions() -> pd.DataFrame:
    """Python and package versions, for the closing cell of every notebook."""
    rows = [("python", platform.python_version())]
    for name in VERSIONED:
        try:
            rows.append((name, version(name)))
        except PackageNotFoundError:
            rows.append((name, "not installed"))
    return pd.DataFrame(rows, columns=["package", "version"])
