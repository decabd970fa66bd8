"""The assessment table's contract, declared once: columns, types, units, allowed codes.

:data:`SCHEMA` (pandera) states every column of
:data:`hn4ir_analysis.assess.level_rows.COLUMNS`; :func:`validate` checks a table against it
and raises :class:`ContractError` naming the target, the column and the rule a row breaks.
:func:`hn4ir_analysis.assess.verdicts.assess` validates every table it returns.

Notes
-----
The unit rule: every *value column* (``base_value``, ``latest_value``,
``projected_value``, ``projected_lower``, ``projected_upper``, ``revision``) is in the row's
``unit``. For ``average_growth`` and ``annual_growth`` rows that is per cent a year: the
growth so far (period under way) or the recent pace (period not started) in
``latest_value``, the projected period average in ``projected_value``; a growth row has no
``base_value`` (``base_year`` is where the pace starts). The levels a growth row is judged
on (a real GRDP index, productivity as an index 2020 = 100) are in ``base_level`` and
``latest_level``, in ``level_unit``; other rows leave the three empty. Checked here: a
growth row's values lie within ±:data:`MAX_GROWTH` %/yr (an index level such as 128.0 or
190.0 does not), a share's within 0–100, levels only with their unit. Source: this
project's own contract (README, "The assessment table").
"""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

#: the table's columns, in order (the public contract; README "The assessment table")
COLUMNS = [
    "target_id", "target_year", "geo", "indicator", "kind", "comparison", "low", "high", "unit",
    "period_start", "period_end", "series", "method", "as_of", "base_year", "base_value",
    "latest_year", "latest_value", "latest_vintage", "base_level", "latest_level", "level_unit",
    "projected_value", "projected_lower", "projected_upper", "revision", "score", "category",
    "p_met", "p_met_low", "p_met_high", "required_growth", "required_growth_high", "n_obs",
    "model", "source_ids", "notes", "place", "group_id", "restated_in", "in_force",
]  # fmt: skip
INTEGER_COLUMNS = ["target_year", "period_start", "period_end", "as_of", "base_year",
                   "latest_year", "n_obs", "restated_in"]  # fmt: skip
FLOAT_COLUMNS = ["low", "high", "base_value", "latest_value", "base_level", "latest_level",
                 "projected_value", "projected_lower", "projected_upper", "revision", "score",
                 "p_met", "p_met_low", "p_met_high", "required_growth",
                 "required_growth_high"]  # fmt: skip
#: text columns that are empty ("") rather than missing
TEXT_COLUMNS = ["notes", "source_ids", "model", "latest_vintage", "level_unit"]
#: columns in the row's unit
VALUE_COLUMNS = ("base_value", "latest_value", "projected_value", "projected_lower",
                 "projected_upper", "revision")  # fmt: skip
#: columns in ``level_unit`` (growth rows only)
LEVEL_COLUMNS = ("base_level", "latest_level")
GROWTH_KINDS = ("average_growth", "annual_growth")
KINDS = ("level", "share", *GROWTH_KINDS, "qualitative")
METHODS = ("ex_post", "eurostat", "unsd", "escap", "destatis", "model", "evidence")
#: every category a row may carry (methods' own words, IPCC likelihood, ex post outcomes)
CATEGORIES = (
    "achieved", "exceeded", "missed", "undetermined", "insufficient_data", "not_quantifiable",
    "on_track", "significant_progress", "moderate_progress", "limited_progress", "moving_away",
    "fair_progress", "stagnation", "regression", "maintain", "accelerate", "reverse",
    "sun", "sun_cloud", "cloud", "thunderstorm",
    "very_likely", "likely", "about_as_likely", "unlikely", "very_unlikely",
)  # fmt: skip
#: a growth row's value beyond this (per cent a year) is no growth rate: a level slipped in
MAX_GROWTH = 60.0


class ContractError(ValueError):
    """A row of the assessment table breaks the contract of :data:`SCHEMA`."""


def _growth_in_pct(pa, col: str):
    def check(df: pd.DataFrame) -> pd.Series:
        v = pd.to_numeric(df[col])
        return ~df["kind"].isin(GROWTH_KINDS) | v.isna() | (v.abs() <= MAX_GROWTH)

    return pa.Check(check, name=f"{col}: a growth row's value is in %/yr (|v| <= {MAX_GROWTH:g})")


def _share_in_range(pa, col: str):
    def check(df: pd.DataFrame) -> pd.Series:
        v = pd.to_numeric(df[col])
        return (
            (df["unit"] != "pct_of_grdp") | (df["kind"] != "share") | v.isna() | v.between(0, 100)
        )

    return pa.Check(check, name=f"{col}: a share is within 0-100")


def _levels_need_unit(df: pd.DataFrame) -> pd.Series:
    has = df[list(LEVEL_COLUMNS)].notna().any(axis=1)
    unit = df["level_unit"].fillna("").astype(str) != ""
    return (has == unit) & (~has | df["kind"].isin(GROWTH_KINDS))


def _p_range_holds_p(df: pd.DataFrame) -> pd.Series:
    lo, p, hi = (pd.to_numeric(df[c]) for c in ("p_met_low", "p_met", "p_met_high"))
    empty = lo.isna() & hi.isna()
    return empty | ((lo <= p + 1e-12) & (p <= hi + 1e-12) & lo.between(0, 1) & hi.between(0, 1))


def _no_growth_base_value(df: pd.DataFrame) -> pd.Series:
    return ~df["kind"].isin(GROWTH_KINDS) | pd.to_numeric(df["base_value"]).isna()


def _column(pa, col: str):
    if col in INTEGER_COLUMNS:
        return pa.Column("Int64", nullable=True)
    if col in FLOAT_COLUMNS:
        return pa.Column(float, nullable=True)
    if col == "in_force":
        return pa.Column(bool)
    checks = {
        "kind": pa.Check.isin(KINDS),
        "method": pa.Check.isin(METHODS),
        "category": pa.Check.isin(CATEGORIES),
        "level_unit": pa.Check.isin(("", "index", "index_2020_100")),
    }.get(col)
    required = col in ("target_id", "kind", "method", "category", "series")
    return pa.Column(str, checks=checks, nullable=not required)


@lru_cache(maxsize=1)
def schema():
    """The pandera schema of the table (:data:`SCHEMA`), built on first use.

    Why not at import: pandera takes 0.2-0.7 s to import, and a notebook that reads its
    tables from the disk cache (:mod:`hn4ir_analysis.cache`) validates nothing.
    """
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {col: _column(pa, col) for col in COLUMNS},
        checks=[
            *(_growth_in_pct(pa, c) for c in VALUE_COLUMNS),
            *(_share_in_range(pa, c) for c in VALUE_COLUMNS),
            pa.Check(_levels_need_unit, name="base_level/latest_level: growth rows only, with level_unit"),
            pa.Check(_no_growth_base_value, name="base_value: empty on a growth row (base_year says where the pace starts)"),
            pa.Check(_p_range_holds_p, name="p_met_low/p_met_high: both empty, or 0 <= low <= p_met <= high <= 1"),
        ],
        strict=True,
        ordered=True,
    )  # fmt: skip


def __getattr__(name: str):
    """``SCHEMA``: the pandera schema (:func:`schema`), built when first asked for."""
    if name == "SCHEMA":
        return schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def validate(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` unchanged if it keeps the contract; else :class:`ContractError` naming, for
    each broken rule, the rule (its column first) and the target ids of the rows breaking it."""
    import pandera.pandas as pa

    try:
        return schema().validate(frame, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as exc:
        cases = getattr(exc, "failure_cases", None)
        if cases is None or not len(cases):
            raise ContractError(f"assessment table: {exc}") from exc
        lines = []
        for (column, check), part in cases.groupby(["column", "check"], dropna=False, sort=False):
            idx = [int(i) for i in part["index"].dropna().unique() if i in frame.index]
            ids = sorted({str(frame.loc[i, "target_id"]) for i in idx})
            where = column if isinstance(column, str) else "table"
            rows = (
                f"target_id {', '.join(ids[:8])}" + (" …" if len(ids) > 8 else "")
                if ids
                else "every row"
            )
            lines.append(f"{where} [{check}]: {rows}")
        raise ContractError(
            "assessment table breaks its contract:\n  " + "\n  ".join(lines)
        ) from exc


# --- numbers and units in notes: written out, with their units --------------------------

#: the unit a note names (codes of data/raw/hn4ir/indicators.csv)
UNIT_WORDS = {"pct": "%", "pct_of_grdp": "% of GRDP", "usd": "USD", "bn_vnd": "bn VND",
              "mn_vnd": "mn VND", "rank": "rank", "number": "", "none": ""}  # fmt: skip


def unit_word(unit: str, kind: str | None = None) -> str:
    """``%/yr`` for a growth target, else the unit in words (``% of GRDP``, ``bn VND``)."""
    if kind == "average_growth":
        return "%/yr"
    return UNIT_WORDS.get(unit, unit)


def number(x: float, sign: bool = False) -> str:
    """A number written out for a note: ``1,587,379`` · ``7,200`` · ``8.157`` · ``-0.961``
    (four significant digits at most below 1,000, never an exponent)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    x = float(x)
    digits = 0 if abs(x) >= 1000 or x == 0 else max(0, 3 - math.floor(math.log10(abs(x))))
    text = f"{x:+,.{digits}f}" if sign else f"{x:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def with_unit(x: float, unit: str, kind: str | None = None, sign: bool = False) -> str:
    """``7,200 USD``, ``8.157 %``, ``66.44 % of GRDP``."""
    word = unit_word(unit, kind)
    return f"{number(x, sign)} {word}".strip()
