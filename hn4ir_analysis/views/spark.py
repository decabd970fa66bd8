"""The small line chart of each line of the answer page (an inline SVG).

Notes
-----
Plain SVG written as text: no script, no external reference; the title is escaped
(:func:`html.escape`). The target is a dashed line; the years the line spans are written
under it, so a reader knows how much history the line rests on.
"""

from __future__ import annotations

import math

from hn4ir_analysis.views.target_words import is_missing


def spark_svg(values, target: tuple | None, title: str, width: int = 150, height: int = 44) -> str:
    """A small inline SVG line of ``values`` (``{year: value}``) with the target as a dashed
    line; no script, no external reference. ``""`` with fewer than one value."""
    import html

    pts = sorted((int(y), float(v)) for y, v in dict(values).items() if not is_missing(v))
    if not pts:
        return ""
    ys = [v for _, v in pts]
    tgt = [x for x in (target or ()) if x is not None and math.isfinite(x)]
    lo, hi = min(ys + tgt), max(ys + tgt)
    span = (hi - lo) or 1.0
    x0, x1 = pts[0][0], max(pts[-1][0], pts[0][0] + 1)
    pad = 4

    def xy(year, v):
        x = pad + (year - x0) / (x1 - x0) * (width - 2 * pad)
        y = height - 12 - (v - lo) / span * (height - 12 - pad)
        return f"{x:.1f},{y:.1f}"

    line = " ".join(xy(y, v) for y, v in pts)
    parts = [f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>']  # fmt: skip
    for v in tgt[:1]:
        y = xy(x0, v).split(",")[1]
        parts.append(
            f'<line x1="{pad}" x2="{width - pad}" y1="{y}" y2="{y}" stroke="#555" stroke-dasharray="3 2"/>'
        )
    if len(pts) > 1:
        parts.append(f'<polyline points="{line}" fill="none" stroke="#0072B2" stroke-width="1.8"/>')
    cx, cy = xy(*pts[-1]).split(",")
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="2.6" fill="#0072B2"/>')
    # the years the line spans, so the reader knows how much history it rests on
    parts.append(f'<text x="{pad}" y="{height}" font-size="9" fill="#666">{pts[0][0]}</text>')
    if len(pts) > 1:
        parts.append(
            f'<text x="{width - pad}" y="{height}" font-size="9" fill="#666" text-anchor="end">{pts[-1][0]}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
