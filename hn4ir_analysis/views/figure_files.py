"""Figure files: where they go, how they are written, and a notebook's one call to show one.

:func:`save_figure` writes ``<name>.png`` (150 dpi) and ``<name>.svg``.
:func:`show_figure` shows a figure under a notebook cell; given ``save_as`` it also saves
it, and the picture shown is the saved PNG (one render shown and saved, not two).

Where the files go, when no folder is given (:func:`figures_dir`):
:data:`hn4ir_analysis.config.FIGURES_DIR`: the checkout's tracked ``figures/`` (what a
default run of a notebook saves: the README's figures), or the run folder's ``figures/`` in
a report run (``HN4IR_FIGURES_DIR``, set by ``hn4ir report`` for its kernels).
When that is the checkout's ``figures/`` and ``HN4IR_SAVE_FIGURES_DIR`` is set, figures go
into that folder instead. The test run sets it (``notebooks/conftest.py``), so that nbval's
re-execution of the stored notebooks never rewrites the tracked figures. Unlike
``HN4IR_FIGURES_DIR`` it turns on nothing else: the report's CSV downloads beside the
tables (:func:`hn4ir_analysis.views.notebook.table`) stay off, so the notebooks show what a
default run shows.

Notes
-----
Drawing a figure is most of a notebook's time (text layout and glyphs; matplotlib 3.11).
``bbox_inches="tight"`` costs a layout pass before each render, so the old sequence (PNG,
SVG, then the inline backend's own PNG for the notebook) laid the figure out six times.
:func:`save_figure` computes the tight box once (as matplotlib does: the figure's tight
bounding box padded by :rc:`savefig.pad_inches`, but laid out at the figure's own dpi, so
it can differ from a 150-dpi "tight" by a pixel or two) and hands it to both files;
:func:`show_figure` displays the 150-dpi PNG at the width the inline backend would have
used (its pixels × figure dpi / 150), so the page looks the same, sharper, and the figure
is drawn three times instead of six. A figure that is not saved is shown by the inline
backend as before.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import matplotlib as mpl

from hn4ir_analysis import config

#: a folder for the figures a run would save into the checkout's ``figures/`` (tests)
SAVE_ENV = "HN4IR_SAVE_FIGURES_DIR"
PNG_DPI = 150
SVG_SALT = "hn4ir-analysis"


def figures_dir() -> Path:
    """The folder :func:`save_figure` uses by default (module notes)."""
    other = os.environ.get(SAVE_ENV)
    if other and config.FIGURES_DIR == config.PROJECT_ROOT / "figures":
        return Path(other)
    return config.FIGURES_DIR


def save_figure(fig, name: str, folder: str | Path | None = None) -> list[Path]:
    """Save ``<name>.png`` (150 dpi) and ``<name>.svg`` into ``folder`` or ``figures_dir()``.

    Byte-identical on every save of the same figure. Returns the two paths.
    """
    if not name or Path(name).name != name or Path(name).suffix.lower() in (".png", ".svg"):
        raise ValueError(f"figure name must be a bare file stem, not {name!r}")
    out = Path(folder) if folder is not None else figures_dir()
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    with mpl.rc_context({"svg.hashsalt": SVG_SALT, "svg.fonttype": "path"}):
        fig.draw_without_rendering()  # the layout pass that "tight" would repeat per file
        box = fig.get_tightbbox().padded(mpl.rcParams["savefig.pad_inches"])
        fig.savefig(png, format="png", dpi=PNG_DPI, bbox_inches=box, metadata={"Software": None})
        fig.savefig(svg, format="svg", bbox_inches=box, metadata={"Date": None})
    return [png, svg]


def show_figure(fig, save_as: str | None = None, folder: str | Path | None = None) -> None:
    """Show ``fig`` under the cell; with ``save_as``, save it first and show the saved PNG.

    Without ``save_as`` this is ``plt.show()`` (the inline backend draws it). The figure is
    closed either way. Returns nothing, so that a cell ending with it shows no text.
    """
    import matplotlib.pyplot as plt  # here: importing this module selects no backend

    if save_as is None:
        plt.show()
        return
    from IPython.display import Image, display

    paths = save_figure(fig, save_as, folder)
    png = paths[0].read_bytes()
    pixels = struct.unpack(">I", png[16:20])[0]  # IHDR width, the first chunk of every PNG
    display(Image(data=png, format="png", width=round(pixels * fig.dpi / PNG_DPI)))
    plt.close(fig)
