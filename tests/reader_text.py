"""What a reader of a notebook's report page sees, and what must never be in it.

The report renders each notebook with its code hidden: markdown cells, and of each output
its HTML if it has one, else its Markdown, else its plain text. :func:`reader_text` gives
that text (tags removed); :func:`leaks` lists Python reprs (nan, True/False, None, 1e+03)
and indicator or unit codes (words with an underscore) found in it.
"""

from __future__ import annotations

import html
import re

RAW = re.compile(r"\bnan\b|\bNaN\b|\bTrue\b|\bFalse\b|\d[eE][+-]\d|\bNone\b|\bNaT\b")
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def _join(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def reader_text(nb: dict) -> str:
    parts = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            parts.append(_join(cell["source"]))
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                parts.append(_join(out.get("text")))
                continue
            data = out.get("data", {})
            if "text/html" in data:
                parts.append(html.unescape(_TAGS.sub(" ", _join(data["text/html"]))))
            elif "text/markdown" in data:
                parts.append(_join(data["text/markdown"]))
            elif "text/plain" in data and "image/png" not in data:
                parts.append(_join(data["text/plain"]))
    return "\n".join(parts)


def codes() -> set[str]:
    """Indicator and unit codes a reader must never see (those with an underscore)."""
    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import i18n

    found = {t.indicator for t in prepare(2025).targets} | set(i18n.INDICATORS) | set(i18n.UNITS)
    return {c for c in found if "_" in c}


def leaks(text: str) -> list[str]:
    bad = [m.group(0) for m in RAW.finditer(text)]
    bad += [c for c in sorted(codes()) if re.search(rf"(?<![\w/.]){re.escape(c)}(?![\w/.])", text)]
    return bad
