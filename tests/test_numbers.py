"""The figure parser against every published figure in observations.csv, and unit examples.

``parse_figure(as_published, unit, context=quote)`` must give the row's ``value`` for every
row except the ones listed below, each with the reason. The lists are exact: a row that
starts failing, or a listed row that starts parsing to ``value``, fails the test, so the
lists always describe the parser as it is.
"""

from __future__ import annotations

import csv
import math

import pytest

from hn4ir_analysis import config
from hn4ir_analysis.data.numbers import (
    AmbiguousFigure,
    FigureError,
    UnparseableFigure,
    parse_figure,
)

OBSERVATIONS = config.RAW_DIR / config.HN4IR_DIR_NAME / "observations.csv"

#: rows the parser refuses (raises FigureError): the printed text is not the value
REFUSED = {
    "HN-DESMR-2022-01": "'thứ 6 và 7' names two ranks (HCM 6th, Hanoi 7th); which is Hanoi's is in the quote's word order",
    "HN-DTIR-2021-01": "a movement: the 2022 rank 24 'tăng 16 bậc'; the 2021 rank 40 is implied (24 + 16)",
    "HN-GRDPV-2019-03": "'920.272' in an English Wikipedia table of Vietnamese figures: 920,272 or 920.272 is undecidable",
    "HN-IMDR-2019-01": "a movement ('fallen 18 places'); the rank 66 is implied (84 - 18)",
    "HN-IMDR-2023-01": "a movement ('moving up three places'); the rank 100 is implied (97 + 3)",
    "HN-PCIR-2020-01": "a rank read from the order of a list of names; no number is printed",
    "HN-SBCR-2019-01": "a movement ('nhảy 33 bậc lên hạng 196'); the rank 229 is implied (196 + 33)",
    "HN-SBCR-2024-01": "a movement ('climbed nine spots to 148th'); the rank 157 is implied (148 + 9)",
}  # fmt: skip

#: rows the parser reads, but to a number that is not ``value``; each with the relation
#: between what it reads and ``value`` (checked, so the reason stays true)
READ_DIFFERENTLY = {
    **{
        f"W2-HN-GRDPG-{year}-NSO": (
            "as_published is the GSO index (previous year = 100); growth = index - 100",
            lambda parsed, value: math.isclose(parsed - 100, value, rel_tol=1e-9, abs_tol=1e-9),
        )
        for year in range(2018, 2026)
    },
    "W2-HN-EMP-2024-01": (
        "'4,117 nghìn người' uses an English thousands comma in Vietnamese text; the Vietnamese "
        "reading (4.117 thousand) is implausible, the curated value is 4,117 thousand",
        lambda parsed, value: math.isclose(parsed * 1000, value, rel_tol=1e-9),
    ),
    "W2-HCM-GRDPG-2021-03": (
        "'5,36%': the fall is in the surrounding quote ('mức giảm sâu 5,36%'), not in the figure",
        lambda parsed, value: math.isclose(-parsed, value, rel_tol=1e-9),
    ),
}


def _rows() -> list[dict[str, str]]:
    with open(OBSERVATIONS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ROWS = _rows()


def test_lists_name_existing_rows():
    ids = {r["obs_id"] for r in ROWS}
    assert set(REFUSED) <= ids
    assert set(READ_DIFFERENTLY) <= ids
    assert not set(REFUSED) & set(READ_DIFFERENTLY)
    assert len(REFUSED) == 8 and len(READ_DIFFERENTLY) == 10


def test_every_published_figure():
    """Every row parses to its value, except the listed ones, which fail as listed."""
    problems = []
    for row in ROWS:
        oid, value = row["obs_id"], float(row["value"])
        try:
            parsed = parse_figure(row["as_published"], row["unit"], context=row["quote"])
        except FigureError as exc:
            if oid not in REFUSED:
                problems.append(f"{oid}: refused {row['as_published']!r}: {exc}")
            continue
        if oid in REFUSED:
            problems.append(f"{oid}: listed as REFUSED but parses to {parsed!r}; update the list")
        elif oid in READ_DIFFERENTLY:
            reason, relation = READ_DIFFERENTLY[oid]
            if math.isclose(parsed, value, rel_tol=1e-9):
                problems.append(f"{oid}: listed as READ_DIFFERENTLY but now parses to {value!r}")
            elif not relation(parsed, value):
                problems.append(f"{oid}: reads {parsed!r}, which no longer fits: {reason}")
        elif not math.isclose(parsed, value, rel_tol=1e-9):
            problems.append(
                f"{oid}: {row['as_published']!r} ({row['unit']}) reads {parsed!r}, value is {value!r}"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("6,27%", "pct", 6.27),
        ("1.196.000 tỷ đồng", "bn_vnd", 1_196_000),
        ("1,43 triệu tỷ đồng", "bn_vnd", 1_430_000),
        ("158,6 triệu đồng", "mn_vnd", 158.6),
        ("VND971.7 trillion", "bn_vnd", 971_700),
        ("8.685.607 người", "thousand_persons", 8685.607),
        ("1,587,379", "count", 1_587_379),
        ("87th", "rank", 87),
        ("thứ 6/63", "rank", 6),
        ("thứ nhất trên 34 tỉnh", "rank", 1),
    ],
)
def test_examples(text, unit, expected):
    assert parse_figure(text, unit) == pytest.approx(expected, rel=1e-12)


def test_lone_three_digit_group_is_refused_without_evidence():
    with pytest.raises(AmbiguousFigure):
        parse_figure("5.420 USD", "usd")


def test_lone_three_digit_group_decided_by_the_quote():
    quote = "GRDP bình quân đầu người năm 2022 đạt 5.420 USD"
    assert parse_figure("5.420 USD", "usd", context=quote) == 5420
    assert parse_figure(
        "5.420 USD", "usd", context="(English) per capita 5.420 USD"
    ) == pytest.approx(5.42)


def test_count_units_group_thousands():
    assert parse_figure("1.877", "count") == 1877


def test_movement_is_not_a_rank():
    with pytest.raises(UnparseableFigure, match="movement"):
        parse_figure("climbed nine spots to 148th", "rank")
    with pytest.raises(UnparseableFigure, match="more than one rank"):
        parse_figure("thứ 6 và 7", "rank")


def test_unknown_unit_is_refused():
    with pytest.raises(UnparseableFigure, match="unknown unit"):
        parse_figure("5", "furlongs")


# --- issue 10 case 6: the loader refuses a value that contradicts its own as_published ---

from hn4ir_analysis.data.numbers import READS_AS, disagreement  # noqa: E402
from hn4ir_analysis.data.raw import as_published_exceptions  # noqa: E402


def test_the_loaders_exceptions_are_the_documented_ones():
    """The loader's list (reference/as_published_exceptions.csv) is READ_DIFFERENTLY."""
    exceptions = as_published_exceptions()
    assert set(exceptions) == set(READ_DIFFERENTLY)
    assert set(exceptions.values()) <= set(READS_AS)
    by_id = {r["obs_id"]: r for r in ROWS}
    for oid, reads_as in exceptions.items():
        row = by_id[oid]
        args = (row["as_published"], float(row["value"]), row["unit"], row["quote"])
        assert disagreement(*args, reads_as) is None, oid
        assert disagreement(*args) is not None, f"{oid} needs no exception"


@pytest.mark.parametrize(
    ("printed", "value", "unit", "context", "agrees"),
    [
        (
            "7.200 USD",
            7200,
            "usd",
            "GRDP/người ước đạt 175 triệu đồng, tương đương 7.200 USD",
            True,
        ),
        (
            "7.200 USD",
            7.2,
            "usd",
            "GRDP/người ước đạt 175 triệu đồng, tương đương 7.200 USD",
            False,
        ),
        ("1.877", 1877, "count", None, True),
        ("1.877", 1.877, "count", None, False),
        ("6,3%", 6.27, "pct", None, True),  # rounded in print: within 0.5 %
        ("6,3%", 6.9, "pct", None, False),
        ("5.420 USD", 5.42, "usd", None, True),  # ambiguous: the parser refuses, no verdict
    ],
)
def test_disagreement_beyond_rounding(printed, value, unit, context, agrees):
    assert (disagreement(printed, value, unit, context) is None) is agrees
