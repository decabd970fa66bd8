"""Everything a reader sees, in English and Vietnamese: ``t("source", "vi")`` → ``"Nguồn"``.

The words live in gettext catalogues that a translator edits, one per language:
``views/catalogue/en.po`` and ``views/catalogue/vi.po`` (msgid = a stable key, msgstr = the
text; each Vietnamese entry carries the English text as a comment). Python holds no phrase.
Keys are namespaced: ``verdict.<code>`` (categories of the assessment engine),
``method.<code>``, ``column.<name>`` (headers of the assessment table),
``indicator.<code>``, ``unit.<code>``; ``nbNN.*`` (notebook narrative), ``ov.*`` (the report
site) and bare keys (``source``, ``target`` …). A text may hold ``str.format`` fields:
``t("prediction_interval", "vi", p=80)`` → ``"Khoảng dự báo 80%"``. The unit of each
indicator (data, not words) is ``catalogue/indicator_units.csv``.

Notes
-----
* Why gettext ``.po`` read with Babel (not YAML/JSON): the standard format of translation
  tools (Poedit, Weblate, Lokalize), comments and fuzzy flags for translators, read by a
  well-kept library already pinned; see ``docs/translation.md``.
* A catalogue is parsed on first use of its language (about 0.06 s), once per process.
* An unknown key or language raises :class:`ValueError` (never ``KeyError``) naming it.
* :func:`indicator_label` falls back to the bare indicator code for indicators not in the
  catalogue, so a chart of a new indicator still renders. Everything else is strict.
* Texts are normalised to NFC on load.
* :func:`format_number`: Vietnamese groups thousands with ``.`` and marks decimals with
  ``,`` (``1.234,5``); English does the opposite (``1,234.5``); NaN/None → ``"–"``.
"""

from __future__ import annotations

import csv
import functools
import math
import unicodedata
from pathlib import Path

import pandas as pd
from babel.messages.pofile import read_po

from hn4ir_analysis import config

LANGS = ("en", "vi")
MISSING = "–"
CATALOGUE_DIR = Path(__file__).parent / "catalogue"


def catalogue_path(lang: str) -> Path:
    """The ``.po`` file of ``lang``."""
    return CATALOGUE_DIR / f"{lang}.po"


@functools.cache
def _texts(lang: str) -> dict[str, str]:
    with open(catalogue_path(lang), "rb") as fh:
        catalogue = read_po(fh, locale=lang)
    return {
        str(m.id): unicodedata.normalize("NFC", str(m.string))
        for m in catalogue
        if m.id and not m.fuzzy
    }


def _indicator_units() -> dict[str, str]:
    with open(CATALOGUE_DIR / "indicator_units.csv", encoding="utf-8", newline="") as fh:
        return {row["indicator"]: row["unit"] for row in csv.DictReader(fh)}


_UNIT_OF = _indicator_units()

#: every key of the English catalogue (the reference language)
KEYS = tuple(_texts("en"))
_KEY_SET = frozenset(KEYS)


def _codes(prefix: str) -> tuple[str, ...]:
    return tuple(k[len(prefix) + 1 :] for k in KEYS if k.startswith(prefix + "."))


#: the codes each helper accepts (for tests and callers that iterate)
VERDICTS = _codes("verdict")
METHODS = _codes("method")
COLUMNS = _codes("column")
INDICATORS = tuple(_UNIT_OF)
UNITS = _codes("unit")


def _lang_index(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return LANGS.index(lang)


def t(key: str, lang: str = "en", **fmt) -> str:
    """The text of ``key`` in ``lang``, with ``fmt`` fields filled in (``str.format``)."""
    _lang_index(lang)
    texts = _texts(lang)
    if key not in texts:
        raise ValueError(f"no translation for key {key!r} in {catalogue_path(lang).name}")
    text = texts[key]
    return text.format(**fmt) if fmt else text


def has(key: str) -> bool:
    """Whether the catalogues have ``key`` (every language has every key: tests)."""
    return key in _KEY_SET


def headers(columns, prefix: str, lang: str) -> dict:
    """``{column: t(f"{prefix}.{column}")}`` for the columns the catalogue names under
    ``prefix`` (for ``DataFrame.rename``; other columns keep their names)."""
    return {c: t(f"{prefix}.{c}", lang) for c in columns if has(f"{prefix}.{c}")}


def t_or(key: str, lang: str, default):
    """:func:`t` of ``key`` where the catalogue has it, else ``default`` (a code shown as it
    is, a fallback word)."""
    _lang_index(lang)
    return t(key, lang) if has(key) else default


def verdict(code: str, lang: str = "en") -> str:
    """An assessment category (``achieved``, ``on_track``, ``sun_cloud`` …)."""
    return t(f"verdict.{code}", lang)


def method_name(code: str, lang: str = "en") -> str:
    """An assessment method (``ex_post``, ``eurostat``, ``unsd``, ``escap``, ``destatis``, ``model``)."""
    return t(f"method.{code}", lang)


def column(name: str, lang: str = "en") -> str:
    """A header of the assessment table."""
    return t(f"column.{name}", lang)


def unit_label(code: str, lang: str = "en") -> str:
    """A unit as printed on an axis (``bn_vnd`` → ``billion VND`` / ``tỷ đồng``)."""
    return t(f"unit.{code}", lang)


def indicator_unit(code: str) -> str | None:
    """The unit code of an indicator in the catalogue, ``None`` for others."""
    return _UNIT_OF.get(code)


def indicator_label(code: str, lang: str = "en", *, with_unit: bool = True) -> str:
    """Axis label of an indicator, with its unit: ``Real GRDP growth (%)``.

    Indicators not in the catalogue fall back to the code itself (no unit: it is not known
    here), so that a chart of a new indicator still renders.
    """
    _lang_index(lang)
    if code not in _UNIT_OF:
        return code
    label = t(f"indicator.{code}", lang)
    unit = unit_label(_UNIT_OF[code], lang)
    return f"{label} ({unit})" if with_unit and unit else label


def province_name(geo: str) -> str:
    """A province's name as the geography list writes it: Vietnamese, a proper name in both
    languages (codes are for machines); the code itself for a code the list lacks."""
    path = config.GEO_CODES_FILE
    return _geo_names(str(path), path.stat().st_mtime_ns).get(geo, geo)


@functools.lru_cache(maxsize=2)
def _geo_names(path: str, mtime_ns: int) -> dict[str, str]:
    """geo code → name, read once per version of the file (a page asks ~100 times)."""
    from hn4ir_analysis.data.raw import geo_codes

    codes = geo_codes()
    return dict(zip(codes["geo"], codes["name_vi"], strict=True))


def place_name(geo: str, lang: str = "en") -> str:
    """A place as a reader names it: the catalogue's ``place.<geo>`` where it has one (the
    country, Hanoi, the cities it is compared with: "Vietnam" / "Cả nước"), otherwise
    :func:`province_name`. One list of place words for every page and chart."""
    text = t_or(f"place.{geo}", lang, None)
    return province_name(geo) if text is None else text


def format_number(x, lang: str = "en", decimals: int = 1) -> str:
    """``1234.5`` → ``"1,234.5"`` (en) / ``"1.234,5"`` (vi); NaN, None, NA → ``"–"``."""
    _lang_index(lang)
    if x is None or (pd.api.types.is_scalar(x) and pd.isna(x)):
        return MISSING
    x = float(x)
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    text = f"{x:,.{decimals}f}"
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # no "-0.0"
    if lang == "vi":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text
