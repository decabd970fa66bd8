"""show_figure shows the PNG it saved; save_figure's one tight box matches matplotlib's."""

from __future__ import annotations

import io
import struct

import IPython.display
import matplotlib.pyplot as plt
import pytest
from PIL import Image as PILImage
from test_plots import fan

from hn4ir_analysis.views import figure_files, plots


def _size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png[16:24])


def test_the_saved_png_has_the_box_matplotlib_would_give_it(tmp_path):
    fig, _ = fan("vi")
    png = plots.save_figure(fig, "fan", tmp_path)[0].read_bytes()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=figure_files.PNG_DPI, bbox_inches="tight")
    ours, theirs = _size(png), _size(buffer.getvalue())
    # one box for both files, laid out at the figure's dpi: within a few pixels of "tight"
    assert all(abs(a - b) <= 6 for a, b in zip(ours, theirs, strict=True)), (ours, theirs)
    # nothing cut off: the outermost pixel rows and columns are background only
    image = PILImage.open(io.BytesIO(png)).convert("RGB")
    w, h = image.size
    edges = [image.getpixel((x, y)) for x in range(w) for y in (0, h - 1)]
    edges += [image.getpixel((x, y)) for y in range(h) for x in (0, w - 1)]
    assert set(edges) == {(255, 255, 255)}


def test_show_figure_displays_the_saved_png_at_the_inline_width(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: shown.extend(objs))
    fig, _ = plt.subplots()  # a pyplot figure, as in a notebook
    fig.set_dpi(100)
    plots.series_chart(fig.axes[0], [2020, 2021], [1.0, 2.0], label="grdp_growth", unit="pct",
                       lang="en", source="GSO")  # fmt: skip
    assert (
        plots.show_figure(fig, save_as="series", folder=tmp_path) is None
    )  # no text under the cell
    assert sorted(p.name for p in tmp_path.iterdir()) == ["series.png", "series.svg"]
    [image] = shown
    assert image.data == (tmp_path / "series.png").read_bytes() and image.format == "png"
    assert image.width == round(_size(image.data)[0] * 100 / figure_files.PNG_DPI)
    assert not plt.fignum_exists(fig.number), (
        "the figure is closed: the inline backend must not draw it again"
    )


def test_show_figure_without_a_name_saves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_files, "figures_dir", lambda: pytest.fail("nothing is saved"))
    called = []
    monkeypatch.setattr(plt, "show", lambda: called.append(True))
    fig, _ = plt.subplots()
    plots.show_figure(fig)
    assert called == [True]
    plt.close(fig)
