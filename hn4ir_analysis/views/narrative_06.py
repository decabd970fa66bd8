"""Narrative of notebooks 06 in English and Vietnamese (keys `nb06.*`…).

The notebooks show these phrases with ``display(Markdown(i18n.t(key, lang)))``, so a reader of
the Vietnamese report reads Vietnamese. :mod:`hn4ir_analysis.views.i18n` merges this table.
"""

#: key -> (English, Vietnamese)
PHRASES: dict[str, tuple[str, str]] = {}
