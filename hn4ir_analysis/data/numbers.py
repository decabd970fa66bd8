"""Parse figures as Vietnamese, English and French sources print them.

``parse_figure("1,43 triệu tỷ đồng", "bn_vnd")`` → ``1430000.0``.

The sources mix three conventions for the same digits: Vietnamese and French write
``1.196.000`` and ``6,27``; English writes ``1,196,000`` and ``6.27``. A figure with one
separator followed by exactly three digits (``4,117``, ``9.300``) is therefore ambiguous
on its face. The parser decides it only from evidence in the string or the unit, and
otherwise refuses (:class:`AmbiguousFigure`) rather than guess.

Notes
-----
Rules, in order:

1. Several separators of one kind (``1.067.593``, ``1,587,379``) are thousands groups;
   two kinds (``1,234.5``) mean the last one is the decimal mark.
2. One separator followed by anything but three digits (``6,27``, ``0,8241``,
   ``1045,67``) is a decimal mark — no convention groups thousands in 1, 2 or 4 digits.
3. One separator followed by exactly three digits is decided by the language of the
   string (or, failing that, of the quote it came from, if given): Vietnamese or French words (``triệu``, ``tỷ``, ``nghìn``, ``đồng``, ``người``,
   ``milliards``, ``millions de``) make ``.`` a thousands and ``,`` a decimal mark;
   an English currency prefix (``VND``, ``US$``, ``$``) or English scale word
   (``million``, ``billion``, ``trillion``, ``percent``) does the opposite. For units that
   are whole numbers by nature (``count``, ``rank``, ``quartile``) the separator must be a
   thousands mark. Anything else is ambiguous.
4. Scale words multiply: ``nghìn``/``thousand`` 10³, ``triệu``/``million`` 10⁶,
   ``tỷ``/``billion``/``milliard`` 10⁹, ``trillion`` 10¹², ``quadrillion`` 10¹⁵;
   consecutive words compound (``triệu tỷ`` = 10¹⁵). With a scale word or a base word
   (``người`` persons) the figure is converted to the canonical unit; a bare figure is
   taken to be in the canonical unit already (that is how the curated data prints them).
5. Ranks accept ordinals (``87th``, ``thứ 6/63``, ``fifth``, ``thứ nhất``, ``đứng đầu``);
   a rank stated as a movement (``tăng 16 bậc``, ``climbed nine spots``) is refused:
   the number printed is not the rank.
6. Words of decrease (``giảm``, ``decrease``) or a leading minus make the value negative.

The test ``tests/test_numbers.py`` runs this parser over every ``as_published`` value in
``observations.csv`` and lists, with reasons, the figures it refuses or reads differently.
"""

from __future__ import annotations

import math
import re
import unicodedata

#: size of one canonical unit, in base units (VND, USD, persons, items, per cent)
UNIT_SCALE = {
    "bn_vnd": 1e9,
    "mn_vnd": 1e6,
    "usd": 1.0,
    "bn_usd": 1e9,
    "thousand_persons": 1e3,
    "count": 1.0,
    "pct": 1.0,
    "pct_of_grdp": 1.0,
    "rank": 1.0,
    "score": 1.0,
    "quartile": 1.0,
    "mbps": 1.0,
}
INTEGER_UNITS = {"count", "rank", "quartile"}

_SCALE_WORDS = {
    "nghìn": 1e3, "ngàn": 1e3, "thousand": 1e3,
    "triệu": 1e6, "million": 1e6, "millions": 1e6,
    "tỷ": 1e9, "tỉ": 1e9, "billion": 1e9, "milliards": 1e9, "milliard": 1e9,
    "trillion": 1e12, "quadrillion": 1e15,
}  # fmt: skip
_BASE_WORDS = {"người", "persons", "people", "lao", "đồng", "dongs", "usd", "dollars", "vnd", "vnđ"}
_VI_FR_WORDS = {"triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "người", "milliards", "dongs"}
_EN_WORDS = {"million", "billion", "trillion", "quadrillion", "percent", "per"}
#: common Vietnamese words that mark a quote as Vietnamese-language text
_VI_CONTEXT_WORDS = {"năm", "đạt", "của", "và", "người", "tăng", "bình", "quân", "đầu", "với"}
_EN_PREFIX = re.compile(r"(?:VND|VNĐ|US\$|USD|\$)\s*$", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d.,/])[-−]?\d+(?:[.,]\d+)*")
_MOVEMENT = re.compile(
    r"\b(tăng|nhảy|giảm|tụt|climbed|fallen|fell|moving up|moved up|rose|up|down)\b"
    r".*\b(bậc|places?|spots?)\b|\b(bậc|places?|spots?)\b",
    re.IGNORECASE,
)
_DECREASE = re.compile(r"\b(giảm|sụt|decrease|decreased|fell|down)\b", re.IGNORECASE)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "nhất": 1, "đầu": 1,
}  # fmt: skip


class FigureError(ValueError):
    """A figure could not be read."""


class AmbiguousFigure(FigureError):
    """The digits can be read two ways and nothing in the string decides which."""


class UnparseableFigure(FigureError):
    """The string holds no figure the parser can read (or more than one)."""


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def parse_number(token: str, *, language: str | None = None, integer: bool = False) -> float:
    """Read one number token such as ``"1.196.000"``, ``"6,27"`` or ``"1,587,379"``.

    Parameters
    ----------
    token : str
        Digits with ``.``/``,`` separators and an optional leading minus.
    language : {"vi", "en", None}
        Convention to apply to a lone separator followed by three digits.
    integer : bool
        The quantity is a whole number, so a lone separator must group thousands.

    Returns
    -------
    float

    Raises
    ------
    AmbiguousFigure
        One separator followed by exactly three digits, and neither ``language`` nor
        ``integer`` decides it.
    """
    sign = -1.0 if token[:1] in "-−" else 1.0
    body = token.lstrip("-−")
    seps = re.findall(r"[.,]", body)
    if not seps:
        return sign * float(body)
    kinds = set(seps)
    if len(kinds) == 2:  # 1,234.5 or 1.234,5: the last separator is the decimal mark
        decimal = seps[-1]
        thousands = "," if decimal == "." else "."
        return sign * float(body.replace(thousands, "").replace(decimal, "."))
    sep = seps[0]
    if len(seps) > 1:  # 1.067.593 / 1,587,379
        groups = body.split(sep)
        if any(len(g) != 3 for g in groups[1:]):
            raise UnparseableFigure(f"{token!r}: repeated separator but not groups of three")
        return sign * float(body.replace(sep, ""))
    whole, frac = body.split(sep)
    if len(frac) != 3:
        return sign * float(f"{whole}.{frac}")
    if integer:
        return sign * float(whole + frac)
    if language == "vi":
        return sign * float(whole + frac) if sep == "." else sign * float(f"{whole}.{frac}")
    if language == "en":
        return sign * float(whole + frac) if sep == "," else sign * float(f"{whole}.{frac}")
    raise AmbiguousFigure(
        f"{token!r}: one separator followed by three digits reads as "
        f"{whole}{frac} or {whole}.{frac}, and nothing in the text says which"
    )


def _language(text: str, before: str, context: str | None) -> str | None:
    words = set(_words(text))
    if _EN_PREFIX.search(before) or words & _EN_WORDS:
        return "en"
    if words & _VI_FR_WORDS:
        return "vi"
    if context:
        # The curated quotes end with "(English)" or "(French)" when not in Vietnamese.
        if "(English)" in context:
            return "en"
        if "(French)" in context or set(_words(context)) & _VI_CONTEXT_WORDS:
            return "vi"
    return None


def _parse_rank(text: str) -> float:
    low = text.lower()
    if _MOVEMENT.search(low):
        raise UnparseableFigure(f"{text!r}: a rank stated as a movement, not a rank")
    if re.search(r"\d+\s*(?:và|and|,)\s*\d+", low):
        raise UnparseableFigure(f"{text!r}: more than one rank")
    number = _NUMBER.search(low)
    ordinal = re.search(r"\b(" + "|".join(_ORDINAL_WORDS) + r")\b", low)
    # "thứ nhất trên 34 tỉnh": the ordinal word comes first and is the rank
    if ordinal and (number is None or ordinal.start() < number.start()):
        return float(_ORDINAL_WORDS[ordinal.group(1)])
    if number:
        return float(number.group().replace(",", "").replace(".", ""))
    raise UnparseableFigure(f"{text!r}: no rank in the text")


def parse_figure(text: str, unit: str, context: str | None = None) -> float:
    """Read a published figure and return it in the canonical ``unit``.

    Parameters
    ----------
    text : str
        The figure as printed, e.g. ``"1,43 triệu tỷ đồng"`` or ``"VND971.7 trillion"``.
    unit : str
        Canonical unit code of the indicator (see :data:`UNIT_SCALE`).
    context : str, optional
        The sentence the figure was quoted from. When the figure itself carries no sign
        of its language, the quote's language decides a lone three-digit group
        (``"5.420 USD"`` in a Vietnamese sentence is 5,420).

    Returns
    -------
    float
        The value in ``unit`` (``"1,43 triệu tỷ đồng"``, ``"bn_vnd"`` → ``1430000.0``).

    Raises
    ------
    AmbiguousFigure, UnparseableFigure
        See the module notes; the message says why.

    Examples
    --------
    >>> parse_figure("6,27%", "pct")
    6.27
    >>> parse_figure("VND971.7 trillion", "bn_vnd")
    971700.0
    >>> parse_figure("8.685.607 người", "thousand_persons")
    8685.607
    """
    if unit not in UNIT_SCALE:
        raise UnparseableFigure(f"unknown unit {unit!r}")
    text = unicodedata.normalize("NFC", str(text)).strip()
    if unit in {"rank", "quartile"}:
        return _parse_rank(text)
    matches = list(_NUMBER.finditer(text))
    if not matches:
        raise UnparseableFigure(f"{text!r}: no number in the text")
    first = matches[0]
    rest = text[first.end() :]
    # "8 of the 15", "45 out of 63", "102 triệu (4.512 USD)": the first figure is the one.
    language = _language(text, text[: first.start()], context)
    value = parse_number(first.group(), language=language, integer=unit in INTEGER_UNITS)
    following = _words(re.split(r"[(/]", rest, maxsplit=1)[0])
    multiplier = 1.0
    scaled = False
    for word in following:
        if word in _SCALE_WORDS:
            multiplier *= _SCALE_WORDS[word]
            scaled = True
        elif scaled or word not in {"de"}:
            break
    based = scaled or bool(set(following[:2]) & _BASE_WORDS)
    if based and unit not in {"pct", "pct_of_grdp", "score", "mbps"}:
        value = value * multiplier / UNIT_SCALE[unit]
    if value > 0 and _DECREASE.search(text[: first.start()]):
        value = -value
    return float(value)


#: how a documented exception's printed figure relates to its value
#: (``reference/as_published_exceptions.csv``, column ``reads_as``)
READS_AS = {
    "index_minus_100": lambda parsed: parsed - 100.0,  # a GSO index, previous year = 100
    "times_1000": lambda parsed: parsed * 1000.0,  # a thousands mark read as a decimal mark
    "negated": lambda parsed: -parsed,  # the fall is stated in the words around the figure
}
#: "beyond rounding": more than 0.5 % apart and more than 0.005 in absolute terms. The
#: printed figures carry 2-4 significant digits, so a rounded print differs from its
#: value by well under 0.5 %; a misplaced thousands mark differs by a factor of 1000.
REL_TOL, ABS_TOL = 5e-3, 5e-3


def disagreement(as_published: str, value: float, unit: str, context: str | None = None,
                 reads_as: str | None = None) -> str | None:  # fmt: skip
    """Why ``value`` contradicts its own printed figure, or ``None``.

    Parameters
    ----------
    as_published, unit, context
        As for :func:`parse_figure`.
    value : float
        The curated value in ``unit``.
    reads_as : str, optional
        For a documented exception, the relation (a key of :data:`READS_AS`) between the
        parsed figure and the value.

    Notes
    -----
    A figure the parser refuses (ambiguous, a movement rather than a rank, no number) is
    not a contradiction: only a figure that is read, and read as another number beyond
    rounding, is.
    """
    if not str(as_published).strip():
        return None
    try:
        parsed = parse_figure(as_published, unit, context=context)
    except FigureError:
        return None
    expected = READS_AS[reads_as](parsed) if reads_as else parsed
    if math.isclose(expected, value, rel_tol=REL_TOL, abs_tol=ABS_TOL):
        return None
    how = f" ({reads_as}: {expected:g})" if reads_as else ""
    return (
        f"value {value:g} disagrees with as_published {as_published!r}, which reads as "
        f"{parsed:g} {unit}{how}; correct one of them, or document the row in "
        "hn4ir_analysis/data/reference/as_published_exceptions.csv"
    )
