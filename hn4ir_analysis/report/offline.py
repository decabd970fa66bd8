"""Keep report pages offline: nothing a browser would fetch from the network survives.

:func:`offline` runs over every page the report writes: it drops ``<script src=…>``,
``<link href=…>`` and ``@import`` pointing to the network, neutralises ``url(http…)``
and turns network ``src`` attributes of images and frames into inert
``data-offline-src``. :data:`CSP`, the Content-Security-Policy every page carries, lets
the browser load images only from ``data:`` URIs and styles only inline, and runs no
script at all (``script-src 'none'``: no page needs one), so even an output that slipped
past :func:`offline` cannot reach the network, and markup injected through data (an
``<img onerror=…>`` in a raw description) cannot run.
"""

from __future__ import annotations

import re

CSP = (
    "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
    "script-src 'none'; base-uri 'none'; form-action 'none'"
)

_NET = r"""(?:https?:)?//"""
_RULES = [
    (re.compile(rf"""<script\b[^>]*\bsrc\s*=\s*["']?{_NET}[^>]*>.*?</script\s*>""", re.I | re.S), ""),
    (re.compile(rf"""<link\b[^>]*\bhref\s*=\s*["']?{_NET}[^>]*>""", re.I), ""),
    (re.compile(rf"""@import\s+(?:url\()?\s*["']?{_NET}[^;]*;?""", re.I), ""),
    (re.compile(rf"""url\(\s*["']?{_NET}[^)]*\)""", re.I), "none"),
    (re.compile(rf"""(<(?:img|iframe|source|video|audio|embed|track|object)\b[^>]*?\s)(src|srcset|data|poster)(\s*=\s*["']?{_NET})""", re.I),
     r"\1data-offline-\2\3"),
]  # fmt: skip


def offline(page: str) -> str:
    """Remove or neutralise everything in ``page`` that a browser would fetch from the network."""
    for pattern, repl in _RULES:
        page = pattern.sub(repl, page)
    return page
