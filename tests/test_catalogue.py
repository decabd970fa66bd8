"""The message catalogues a translator edits: complete, consistent and all in use.

``hn4ir_analysis/views/catalogue/{en,vi}.po`` hold every word a reader sees. These tests
check what a translation tool would not: the same keys in every language, the same
``{placeholders}``, the English text beside each Vietnamese entry up to date, and no key
that nothing reads.
"""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from hn4ir_analysis.views import i18n

ROOT = Path(__file__).resolve().parents[1]


def _catalogue(lang):
    with open(i18n.catalogue_path(lang), "rb") as fh:
        return read_po(fh, locale=lang)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture(scope="module")
def catalogues():
    return {lang: {str(m.id): m for m in _catalogue(lang) if m.id} for lang in i18n.LANGS}


def test_every_key_in_every_language(catalogues):
    keys = {lang: set(c) for lang, c in catalogues.items()}
    assert keys["en"] == keys["vi"], {
        "only in en": sorted(keys["en"] - keys["vi"]),
        "only in vi": sorted(keys["vi"] - keys["en"]),
    }
    assert len(keys["en"]) > 500


def test_no_fuzzy_or_empty_entries(catalogues):
    for lang, entries in catalogues.items():
        fuzzy = [k for k, m in entries.items() if m.fuzzy]
        assert not fuzzy, f"{lang}.po: fuzzy entries are not shown: {fuzzy}"
        empty = [k for k, m in entries.items() if not m.string and catalogues["en"][k].string]
        assert not empty, f"{lang}.po: untranslated: {empty}"


def test_placeholders_match(catalogues):
    wrong = {
        k: (sorted(_fields(str(m.string))), sorted(_fields(str(catalogues["vi"][k].string))))
        for k, m in catalogues["en"].items()
        if _fields(str(m.string)) != _fields(str(catalogues["vi"][k].string))
    }
    assert not wrong, f"placeholders differ between en.po and vi.po: {wrong}"


def test_no_tex_math(catalogues):
    """The report pages run no script, so no MathJax: ``$I_t$`` would reach the reader as
    typed. Formulas are written in plain text (``index(t) = index(t − 1) × …``)."""
    tex = re.compile(r"\$[^$\s][^$]*\$")
    found = {f"{lang}:{k}": tex.search(str(m.string)).group(0)
             for lang, entries in catalogues.items() for k, m in entries.items()
             if tex.search(str(m.string))}  # fmt: skip
    assert not found, found


def test_vietnamese_entries_show_the_current_english(catalogues):
    stale = [
        k
        for k, m in catalogues["vi"].items()
        if catalogues["en"][k].string
        and " ".join(f"en: {catalogues['en'][k].string}".split())
        != " ".join(" ".join(m.auto_comments).split())
    ]
    assert not stale, f"vi.po comments out of date with en.po (the translator's source): {stale}"


def test_a_broken_catalogue_is_an_error_naming_the_key(tmp_path, monkeypatch):
    po = tmp_path / "vi.po"
    po.write_text('msgid "only.here"\nmsgstr "x"\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: po)
    i18n._texts.cache_clear()
    try:
        with pytest.raises(ValueError, match="source"):
            i18n.t("source", "vi")
    finally:
        i18n._texts.cache_clear()


# --- no key unused --------------------------------------------------------------------
#: key prefixes read through a code from data (``verdict.<category>`` …); a key under one
#: of these is used when its code is a string anywhere in the package, its reference
#: tables, templates or notebooks (the codes come from data or the engine)
_LITERAL = re.compile(r"""["']([A-Za-z0-9_.\-]+)["']""")


def _strings_in_python(path: Path) -> set[str]:
    return _strings_in_code(path.read_text(encoding="utf-8"))


def _strings_in_code(code: str) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.add(node.value)
    return out


def _sources() -> tuple[set[str], str]:
    """String constants of the package, templates and notebooks, and all their text (with
    the reference tables and the curated data, whose codes build keys)."""
    pkg = ROOT / "hn4ir_analysis"
    strings: set[str] = set()
    texts: list[str] = []
    for path in pkg.rglob("*.py"):
        texts.append(path.read_text(encoding="utf-8"))
        strings |= _strings_in_code(texts[-1])
    for path in [*pkg.rglob("*.j2"), *pkg.rglob("*.csv"), *(ROOT / "data" / "raw").rglob("*.csv")]:
        texts.append(path.read_text(encoding="utf-8"))
        strings |= set(_LITERAL.findall(texts[-1]))
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                code = "".join(cell["source"])
                code = "\n".join(
                    x for x in code.splitlines() if not x.lstrip().startswith(("%", "!"))
                )
                texts.append(code)
                strings |= _strings_in_code(code)
    return strings, "\n".join(texts)


def _is_used(key: str, strings: set[str], corpus: str) -> bool:
    """A key is used when it is a string constant, or when it is built from a string
    constant prefix (``f"verdict.{code}"``, ``"nb04.series." + s``) and a rest that occurs
    in the code or data (a code, a column, a note)."""
    if key in strings:
        return True
    # f"nb03.scenario.lf_{end}": a constant head of the key and a rest found in the sources
    for head in (s for s in strings if "." in s and len(s) > 5 and key.startswith(s)):
        if key[len(head) :] in corpus:
            return True
    parts = key.split(".")
    for i in range(1, len(parts)):
        prefix, rest = ".".join(parts[:i]), ".".join(parts[i:])
        # a rest may be a code built in code ("digital_econ_share" + "+proj")
        if (prefix in strings or prefix + "." in strings) and all(
            part in corpus for part in rest.split("+")
        ):
            return True
    return False


def test_no_key_is_unused():
    strings, corpus = _sources()
    unused = [k for k in i18n.KEYS if not _is_used(k, strings, corpus)]
    assert not unused, f"keys nothing reads (remove them from both catalogues): {unused}"


@pytest.mark.parametrize(
    ("geo", "lang", "name"),
    [
        ("VN", "en", "Vietnam"),  # never the geography list's "CẢ NƯỚC" on an English page
        ("VN", "vi", "Cả nước"),
        ("HN", "en", "Hanoi"),
        ("HN", "vi", "Hà Nội"),
        ("QUANG_NINH", "en", "Quảng Ninh"),  # a province without a place.* entry: its proper name
        ("QUANG_NINH", "vi", "Quảng Ninh"),
        ("XX", "en", "XX"),  # a code the list lacks stays visible as itself
    ],
)
def test_place_names_come_from_one_list(geo, lang, name):
    assert i18n.place_name(geo, lang) == name
