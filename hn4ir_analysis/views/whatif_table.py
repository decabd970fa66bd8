"""The scorecard's what-if: the scenario table of every target, its CSV frame, a slider.

The scenarios of each line (:func:`hn4ir_analysis.views.whatif_lines.whatif_rows`) of the
answer (:func:`hn4ir_analysis.views.answer_tables.answer_lines`) as one table in words
(:func:`whatif_frame`), as codes and plain numbers for machines (:func:`whatif_csv_frame`,
the columns of ``whatif.csv``), and a slider over the growth rate for JupyterLab.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.views import i18n, overview
from hn4ir_analysis.views.answer_tables import answer_lines
from hn4ir_analysis.views.whatif_lines import whatif_rows


def whatif_frame(answer: dict, lang: str, year: int | None = None, rates=None) -> pd.DataFrame:
    """The scenario table of every quantitative target with a starting value."""
    rows = []
    heads = {"growth": "wi.col.scenario", "value": "ov.col.value", "relative": "wi.col.relative",
             "met": "ov.col.met", "year": "ov.col.year"}  # fmt: skip
    for _key, line in answer_lines(answer, year):
        for w in whatif_rows(line["target"], line["whatif_row"], lang, rates):
            rows.append({i18n.t("ov.col.target_plain", lang): line["name"],
                         **{i18n.t(key, lang): w[k] for k, key in heads.items()}})  # fmt: skip
    frame = pd.DataFrame(rows)
    rel = i18n.t("wi.col.relative", lang)
    if len(frame) and (frame[rel] == "").all():
        frame = frame.drop(columns=rel)  # no share among the targets shown
    return frame


def whatif_csv_frame(answer: dict, year: int | None = None) -> pd.DataFrame:
    """The scenarios of :func:`whatif_frame` for machines: the columns of ``whatif.csv``
    (:data:`hn4ir_analysis.views.overview.WHATIF_CSV`), codes and plain numbers, the same
    in both languages."""
    rows = [r for _key, line in answer_lines(answer, year) for r in overview.csv_whatif(line)]
    frame = pd.DataFrame(rows, columns=list(overview.WHATIF_CSV))
    frame["year_reached"] = pd.array(frame["year_reached"], dtype="Int64")
    return frame


def whatif_slider(answer: dict, lang: str, year: int | None = None):
    """An ``ipywidgets`` slider over the growth rate that redraws :func:`whatif_frame` (JupyterLab).

    None in a kernel no person watches (``HN4IR_HEADLESS`` set: report runs, tests): there
    the static what-if table above stands alone, and a widget's comm has been seen to stall
    a headless client under load (a papermill run waited forever on this cell).
    """
    import os

    if os.environ.get(config.HEADLESS_ENV):
        return None
    import ipywidgets as widgets

    from hn4ir_analysis.views import notebook

    def show(growth: float):
        notebook.table(whatif_frame(answer, lang, year, rates=[growth]), lang=lang)

    slider = widgets.FloatSlider(value=8.0, min=0.0, max=25.0, step=0.5, description="",
                                 continuous_update=False, readout_format=".1f")  # fmt: skip
    label = widgets.Label(i18n.t("nb05.slider2", lang))
    out = widgets.interactive_output(show, {"growth": slider})
    return widgets.VBox([widgets.HBox([label, slider]), out])
